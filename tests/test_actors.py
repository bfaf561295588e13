"""Tests of day/actors: who acted in a lead, and where an article writes them."""

import numpy as np
from scipy import sparse

from briefing.day.actors import acting, kin, spelled_out, where_written


def test_a_lands_name_and_its_peoples_are_kin_not_two_lands_sharing_letters():
    assert kin("turkey", "turkish") and kin("australian", "australia")
    assert kin("israeli", "israel") and kin("chinese", "china")
    assert not kin("iran", "iraq") and not kin("syria", "sweden")


def test_an_article_writes_a_leads_name_in_its_forms_not_a_name_sharing_a_word():
    columns = [
        "@foreign minister alexander downer",
        "@eu",
        "@u",
        "@n",
        "@soviet union",
        "@north atlantic treaty organization",
        "@s",
        "@house",
    ]
    rows = [[0], [1], [2, 3], [2, 4, 6, 7], [5]]  # the columns each article writes
    indices = np.concatenate(rows)
    matrix = sparse.csr_matrix(
        (np.ones(len(indices)), indices, np.cumsum([0, *map(len, rows)])), shape=(5, 8)
    )
    names = ["@australian foreign minister alexander downer", "@european union"]
    names += ["@united nations", "@nato", "@downer", "@white house"]
    assert where_written(matrix, columns, names).toarray().tolist() == [
        [1, 0, 0, 0, 1, 0],  # a tail of the name, and a name it is the tail of
        [0, 1, 0, 0, 0, 0],  # the initials ("EU")
        [0, 0, 1, 0, 0, 0],  # the initials in pieces ("U.N.")
        [0, 0, 0, 0, 0, 0],  # "U.S.", the Soviet Union, the House: a letter, a word shared
        [0, 0, 0, 1, 0, 0],  # a name the lead's is the initials of
    ]


def test_a_name_set_as_a_place_or_written_as_initials_acts_in_no_lead():
    text = "Laos and Thailand signed the treaty in Vientiane, the U.N. said."
    assert acting(text, "thailand") and not acting(text, "vientiane")
    assert not acting(text, "u") and not acting("Talks opened in western Turkey.", "turkey")


def test_a_regnal_numeral_is_a_names_own_word_not_an_initial():
    text = "Pope John Paul II beatified a cardinal; King Louis XVI was named."
    assert acting(text, "pope john paul ii") and acting(text, "king louis xvi")
    assert not acting(text, "ii") and not acting(text, "malcolm x")
    # hostile38: a thing's numbering after a word written in lower case is no regnal numeral
    war = "World War II veterans said the war ended."
    assert not acting(war, "world war ii") and acting(war.replace("the war", "it"), "world war ii")


def test_a_name_and_the_acronym_spelled_out_beside_it_are_one():
    text = (
        "Abdullah Ocalan, leader of the Kurdistan Workers Party ( PKK ), spoke. VATICAN CITY (AP)"
    )
    pairs = set(spelled_out(text + " The Kurdistan Workers' Party, or PKK, agreed."))
    assert pairs == {("kurdistan workers party", "pkk"), ("kurdistan workers' party", "pkk")}
    # hostile38: no tail of a longer name joined by "and" ("Southern Africa" is no COMESA), but
    # a list's next name
    tail = "the Common Market for Eastern and Southern Africa (COMESA) met"
    listed = "the Kayin National Union (KNU) and Democratic Alliance of Burma (DAB) met"
    assert list(spelled_out(tail)) == []
    assert list(spelled_out(listed))[1:] == [("democratic alliance of burma", "dab")]
    columns = ["@kurdistan workers party", "@pkk", "@vatican city"]
    matrix = sparse.csr_matrix(np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1]]))
    names = ["@pkk", "@kurdistan workers party"]
    assert where_written(matrix, columns, names).toarray().tolist() == [[0, 1], [1, 0], [0, 0]]
    assert where_written(matrix, columns, names, pairs).toarray().tolist() == [
        [1, 1],
        [1, 1],
        [0, 0],
    ]
