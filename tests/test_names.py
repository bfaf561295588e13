from collections.abc import Sequence

from briefing.day.names import _SHOUTED, entities, people, read_names, reading


def _people_of(*articles: Sequence[str]) -> tuple[list[frozenset[str]], ...]:
    """`people` of articles given as their paragraphs, each read as a day's grouping reads an
    untitled article (its paragraphs joined by full stops)."""
    return people([reading(". ".join(["", *paragraphs]))[1] for paragraphs in articles])


def test_a_texts_names_are_read_once_as_places_and_as_people():
    """One scan gives both readings: "bin" and an initial join a person's name ("Osama bin
    Laden", "James P. Rubin") and the article before a name is read with it ("the Bank of
    England"), not in a place's or a body's ("Osama", "Laden", "Bank of England"); "of" both."""
    text = (
        "Osama bin Laden's aides met the Bank of England. Ludwig van Beethoven wrote it, "
        "James P. Rubin said."
    )
    names = list(read_names(text))
    assert [(name, at_start) for name, at_start, person, _ in names if person] == [
        ("osama bin laden", True),
        ("the bank of england", False),
        ("ludwig van beethoven", True),
        ("james p. rubin", False),
    ]
    assert [(name, at_start) for name, at_start, _, entity in names if entity] == [
        ("osama", True),
        ("laden", False),
        ("bank of england", False),
        ("ludwig", True),
        ("beethoven", False),
        ("james p", False),
        ("rubin", True),  # after "P." as after a sentence's end
    ]
    assert entities(text) == ["laden", "bank of england", "beethoven", "james p"]


def test_names_in_capitals_past_ascii_are_names():
    # hostile10: "President Łukasz Nowak" read as "president" and "nowak", "Öcalan" as no name
    text = "Officials said President Łukasz Nowak met Öcalan's lawyers and Émile Zola in Århus."
    assert entities(text) == ["president łukasz nowak", "öcalan", "émile zola", "århus"]


def test_a_name_after_a_titles_abbreviation_is_inside_its_sentence():
    # "Mr." and "Gen." stand before a name and end no sentence, and are no one's names: as a
    # person's, "Yeltsin" after "Mr." is a name written alone, "Augusto Pinochet" after "Gen."
    # one introduced by a first name; the entities of the vectors are read as before (a
    # sentence start: "yeltsin" none)
    text = "Officials met Mr. Yeltsin on Monday. Gen. Augusto Pinochet was held. Yeltsin spoke."
    assert [(name, at_start) for name, at_start, person, _ in read_names(text) if person] == [
        ("officials", True),
        ("yeltsin", False),
        ("monday", False),
        ("augusto pinochet", False),
        ("yeltsin", True),
    ]
    assert entities(text) == ["mr", "monday", "augusto pinochet"]
    held = (
        "Britain held Gen. Augusto Pinochet in London, and Mr. Pinochet's lawyers said Dr. "
        "Pinochet was ill."
    )
    assert _people_of([held], [held])[0] == [frozenset({"@pinochet"})] * 2


def test_a_particle_ending_a_name_is_no_persons_name():
    # "Johan van der Merwe": the name read ends before "van", which joins a name only before a
    # capitalised word, and "Van", opening a name, is no one's surname
    articles = [
        [
            f"The court heard that Police Commissioner Johan van der Merwe burned the files, "
            f"{said} Van der Merwe."
        ]
        for said in ("said", "and so did")
    ]
    assert _people_of(*articles)[0] == [frozenset()] * 2


def test_a_persons_name_never_ends_on_a_word_joining_names():
    # DUC 2007: "accused Marianne Gingrich of waiting" was read "marianne gingrich of", so "of",
    # written alone ('"Of course'), was a person introduced by most articles naming it, of 9 of
    # a day's 15 events; the entity keeps its "of" (the terms of the vectors, as they were)
    text = "Lawyers accused Marianne Gingrich of waiting, said the Bank of Spain."
    assert [name for name, _, person, _ in read_names(text) if person] == [
        "lawyers",
        "marianne gingrich",
        "the bank of spain",
    ]
    assert entities(text) == ["marianne gingrich of", "bank of spain"]
    article = ["Police accused Jake Liang of fraud.", '"Of course," said Liang.']
    assert _people_of(article, article)[0] == [frozenset({"@liang"})] * 2
    # nor is a name after "of" inside a longer name introduced by it ("Myanmar" of a newspaper's
    # "the New Light of Myanmar", review35's reading of the same day)
    paper = ["Officials said New Light of Myanmar erred, and the New Light of Myanmar agreed."]
    paper.append("Yangon said Myanmar denied it.")
    assert _people_of(paper, paper)[0] == [frozenset()] * 2


def test_a_people_is_no_persons_name():
    # "Muslims" and "Jews" are introduced as a person is ("Shiite Muslims", "Orthodox Jews") and
    # written alone, but their singular ("Muslim") or its adjective ("Jewish") is a name too; so
    # are "Croats" and "American" ("Catholic Croats", "Latin American"), of "Croatia", "America"
    first = [
        "Envoys met Shiite Muslims and Orthodox Jews as Foreign Minister Ali Alatas spoke.",
        "Leaders who are Jewish and Muslim will meet, said Alatas, and the talks pleased Muslims.",
    ]
    second = [
        "Envoys met Shiite Muslims and Orthodox Jews with Foreign Minister Ali Alatas.",
        "The talks pleased Jews, said Alatas.",
    ]
    assert _people_of(first, second)[0] == [frozenset({"@alatas"})] * 2
    lands = [
        "Envoys met Catholic Croats and Latin American bishops as Minister Ali Alatas spoke.",
        "The talks in Croatia and South America pleased Croats and American envoys, said Alatas.",
    ]
    assert _people_of(lands, lands)[0] == [frozenset({"@alatas"})] * 2


def test_a_name_in_n_of_another_name_is_no_lands_adjective():
    # a land's adjective is its land in -a and "n" ("American"); "Glenn" of "Glen" and "Lin" of
    # "Li" are persons however the day writes the shorter name (hostile24: both were dropped)
    for person, other in (("Glenn", "Glen"), ("Lin", "Li")):
        first = [f"Envoys met Senator John {person} in Manila. They agreed, said {other}."]
        second = [f"Envoys met Senator John {person} there. It was so, said {person}."]
        assert _people_of(first, second)[0] == [frozenset({f"@{person.lower()}"})] * 2


def test_a_full_name_opening_a_sentence_introduces_a_person():
    # wire copy often introduces a person by opening a sentence with the full name ("Abdullah
    # Ocalan, leader of ..."): that counts as an introduction, as the same name inside a
    # sentence does; a one-word name opening a sentence ("Ocalan wrote") and a body after "The"
    # ("The Cabinet met") introduce no one
    rome = ["Abdullah Ocalan, the Kurdish rebel leader, was held in Rome.", "Police held Ocalan."]
    moscow = ["Deputies backed Kurdish rebel leader Abdullah Ocalan.", "Ocalan wrote to them."]
    ankara = ["Turkey asked Italy to hand over Ocalan.", "The Cabinet met in Ankara."]
    named, about, _ = _people_of(rome, moscow, ankara)
    assert named == [frozenset({"@ocalan"})] * 3
    assert about == [frozenset({"@ocalan"})] * 2 + [frozenset()]
    assert _people_of(["Ocalan wrote to them."], ["Police held Ocalan."])[0] == [frozenset()] * 2
    cabinet = ["The Cabinet met.", "Later the Cabinet voted."]
    assert _people_of(cabinet, cabinet)[0] == [frozenset()] * 2


def test_a_sentence_opening_on_a_word_the_day_writes_alone_introduces_no_one():
    # "Turkish Kurdish rebels ..." opens a sentence as "Abdullah Ocalan, ..." does, but the day
    # writes "Turkish" alone ("sent Turkish troops"): an adjective, no first name
    first = ["Turkish Kurdish rebels fled.", "Ankara sent Turkish troops after Kurdish rebels."]
    second = ["Turkish Kurdish leaders met.", "Ankara sent Turkish troops."]
    assert _people_of(first, second)[0] == [frozenset()] * 2
    # nor does a sentence opening on a word the day writes before no name inside a sentence
    days = [["On Wednesday the talks ended.", "They met on Wednesday."]] * 2
    assert _people_of(*days)[0] == [frozenset()] * 2


def test_a_longer_name_opening_a_sentence_introduces_a_person_from_its_second_word():
    # "Syrian President Hafez Assad met ..." opens a sentence on a word no name inside one opens,
    # but its second word is one that does ("met President Hafez Assad"): any word opens a
    # sentence capitalised, so the name may start there; not past a word the day writes alone
    # ("On Wednesday Assad met ...": "on Wednesday")
    damascus = ["Syrian President Hafez Assad met envoys.", "It was so, said Assad."]
    cairo = ["Envoys met President Hafez Assad in Cairo.", "It was so, said Assad."]
    assert _people_of(damascus, cairo)[0] == [frozenset({"@assad"})] * 2
    late = ["On Wednesday Assad met envoys.", "They met on Wednesday, said Assad."]
    assert _people_of(late, cairo)[0] == [frozenset()] * 2


def test_a_peoples_adjective_is_no_persons_name():
    # "Kurdish" is introduced as a person is ("Turkish Kurdish rebels", "Iraqi Kurdish") and
    # written alone, but the day writes its people's plural ("Kurds") too
    first = [
        "Troops fought Turkish Kurdish rebels as Foreign Minister Ismail Cem spoke.",
        "The talks pleased Kurdish leaders, said Cem, and Kurds marched.",
    ]
    second = ["Envoys met Iraqi Kurdish groups and Foreign Minister Ismail Cem.", "Cem said so."]
    assert _people_of(first, second)[0] == [frozenset({"@cem"})] * 2


def test_a_land_under_a_point_of_the_compass_is_no_person_but_holds_its_story():
    # "East Timor" introduces "Timor" as "President Suharto" introduces "Suharto", and the day
    # writes it alone ("in Timor"), but a point of the compass makes it a land's name: no one's,
    # yet still a subject every report naming holds a story (as a person named by all does)
    first = ["Troops fought rebels in East Timor as Minister Ali Alatas spoke.", "So said Alatas."]
    second = ["Rebels in East Timor met Minister Ali Alatas.", "Talks ended in Timor, said Alatas."]
    named, about, subjects = _people_of(first, second)
    assert named == [frozenset({"@alatas"})] * 2
    assert about == [frozenset({"@alatas"})] * 2
    assert subjects == [frozenset({"@alatas", "@east timor"})] * 2
    # a point of the compass opening a sentence makes no person either
    opening = ["East Timor was calm.", "Rebels met Minister Ali Alatas in Timor."]
    assert _people_of(opening, second)[2] == [frozenset({"@alatas", "@east timor"})] * 2


def test_lands_under_two_points_of_the_compass_are_two_subjects():
    # "North Korea" and "South Korea" are two lands, not one "Korea": a story of each holds its
    # own; an article writing "Korea" alone may be of either, so it holds both
    north = ["Troops in North Korea fired.", "Korea's army said so."]
    south = ["Voters in South Korea met.", "Talks ended in Korea."]
    either = ["Envoys met in Korea.", "North Korea and South Korea wait."]
    assert _people_of(north, south, ["Rain fell on Korea."], either)[2] == [
        frozenset({"@north korea"}),
        frozenset({"@south korea"}),
        frozenset({"@north korea", "@south korea"}),
        frozenset({"@north korea", "@south korea"}),
    ]


def test_a_point_of_the_compass_as_a_surname_is_a_person():
    # the compass makes a land of the name after it, not of itself ("Oliver North", "Mae West")
    north = ["Crowds met Colonel Oliver North.", "He acted alone, said North."]
    west = ["Crowds in West Berlin met actress Mae West.", "That is so, said West, in Berlin."]
    assert _people_of(north, west)[0] == [frozenset({"@north"}), frozenset({"@west"})]


def test_a_name_after_in_is_a_place_introduced_by_no_article_writing_it_so():
    # "Hands Off Libya" introduces "Libya" as "President Hosni Mubarak" does "Mubarak", and the
    # day writes it alone ("to Libya"), but the article writing "in Libya" reads it as a place
    posters = ['Posters read "Hands Off Libya" in Tripoli.', "Envoys flew to Libya."]
    assert _people_of([*posters, "Life in Libya is calm."])[0] == [frozenset()]
    assert _people_of(posters)[0] == [frozenset({"@libya"})]
    names = [name for name, _, person, _ in read_names("Envoys in Libya met.") if person]
    assert names == ["envoys", "in libya"]


def test_a_name_in_a_place_after_in_names_no_one():
    # DUC 2007: "a trial in Fort Smith" named "Smith" without introducing him, so the article
    # writing "Dr. Michael Smith" was the half that introduces him, and no more: he was no one
    smith = ["Researchers led by Dr. Michael Smith found it.", "It works, said Smith."]
    trial = ["Jurors at the trial in Fort Smith heard him.", "It ended."]
    assert _people_of(smith, trial)[0] == [frozenset({"@smith"}), frozenset()]


def test_a_persons_name_after_in_as_a_possessive_or_opening_a_quote_still_introduces_him():
    # "in Netanyahu's cabinet", "in Ross' way": "in" goes with what the person holds; a quote
    # opening on "In" ("In Boxer we trust") is no place's "in" either
    for text in (
        "Critics in Netanyahu's cabinet met Prime Minister Benjamin Netanyahu.",
        "Crowds stood in Netanyahu' way as Prime Minister Benjamin Netanyahu spoke.",
        '"In Netanyahu we trust," aides of Prime Minister Benjamin Netanyahu said.',
    ):
        assert _people_of([text, "It was so, said Netanyahu."])[0] == [frozenset({"@netanyahu"})]


def test_a_name_most_articles_write_in_capitals_is_an_acronym_no_persons_name():
    # "Israel TV" introduces "TV" as "President Hosni Mubarak" does "Mubarak", and the day writes
    # it alone ("satellite TV"), but in capitals: an acronym; a byline's capitals in one article
    # of three ("By ALI CEM") leave a person
    first = ["Arafat spoke on Israel TV.", "Viewers of satellite TV saw Minister Ismail Cem."]
    second = ["Crowds saw Israeli TV and Minister Ismail Cem.", "By ISMAIL CEM. So said Cem."]
    third = ["Envoys met Minister Ismail Cem.", "Cem spoke."]
    assert _people_of(first, second, third)[0] == [frozenset({"@cem"})] * 3


def test_a_word_in_capitals_is_read_whole_from_a_word_boundary():
    # "TV" and "PKK" are words in capitals; "aTV" and "ÖZAL3" are not (a letter before, a digit
    # after), nor is the "ATO" inside "NATOs"
    text = "Smith said on Israel TV that PKK rebels, not aTV nor ÖZAL3 nor NATOs, fled."
    assert _SHOUTED.findall(text) == ["TV", "PKK"]
    assert sorted(reading(text)[1].capitals) == ["pkk", "tv"]


def test_a_name_ending_in_an_abbreviation_and_its_period_is_no_persons():
    # "Co." is a company's ("Boeing Co."), as "Mr." is a title: no one's surname, though the
    # entities still hold it
    text = "A manager at Boeing Co., Jane Smith, said Smith would stay with Boeing Co."
    assert ("boeing co", False, False, True) in list(read_names(text))
    assert reading(text)[1].after == (("jane", "smith"),)
    assert "boeing co" in entities(text)


def test_a_name_after_a_kind_the_day_writes_in_lower_case_is_no_persons():
    # "Hurricane Georges" with "the hurricane" names a storm, "Swissair Flight" with "the flight"
    # a flight; "President Suharto" with "the president" still a person where the day writes
    # "President" before a first name, as a title is ("President Hosni Mubarak")
    storm = [
        "Hurricane Georges hit the island on Monday, and the hurricane killed 10",
        "Officials said Georges moved west as Swissair Flight 111 crashed, Swissair said",
        "The flight had left New York, and Flight 111 was lost",
    ]
    told = ["Damage from Hurricane Georges was large, officials said, and Georges left"]
    assert _people_of(storm, told)[0] == [frozenset()] * 2
    assert _people_of(told, told)[0] == [frozenset({"@georges"})] * 2
    fell = ["Officials said President Suharto resigned, and the president left as Suharto wept"]
    met = ["Officials said President Hosni Mubarak met President Suharto, and Mubarak spoke"]
    assert _people_of(fell)[0] == [frozenset()]
    suharto = frozenset({"@suharto"})
    assert _people_of(fell, met)[0] == [suharto, suharto | {"@mubarak"}]


def test_a_common_noun_after_an_adjective_or_a_name_after_a_prefix_is_no_persons():
    # "the Italian parliament" writes "parliament" as a common noun, so "Kurdish Parliament" is a
    # body; "pro-Nazi Ustashe" writes "Nazi" as an adjective, no first name
    house = (
        "Officials said Kurdish Parliament met, Kurdish aides said Parliament met,"
        " and the Italian parliament met"
    )
    regime = "Officials said the pro-Nazi Ustashe ruled, and the Church backed Ustashe rule"
    assert _people_of([house], [house])[0] == [frozenset()] * 2
    assert _people_of([regime], [regime])[0] == [frozenset()] * 2
    named = "Officials said Kurdish Parliament met, and Nazi Ustashe said Parliament met Ustashe"
    assert _people_of([named], [named])[0] == [frozenset({"@parliament", "@ustashe"})] * 2


def test_a_kind_word_inside_a_bodys_name_before_a_person_is_no_title():
    # hostile30: "National Hurricane Center Director Jerry Jarrell" writes "Hurricane" in a
    # body's name, not right before a first name as a title ("President Hosni Mubarak"), so
    # "Hurricane Georges" beside "the hurricane" still introduces no one
    storm = ["Hurricane Georges hit the island on Monday, and the hurricane killed 10"]
    told = ["Damage from Hurricane Georges was large, officials said, and Georges left"]
    center = ["Forecasters said National Hurricane Center Director Jerry Jarrell and Jarrell"]
    assert _people_of(storm, told, center)[0] == [frozenset(), frozenset(), {"@jarrell"}]


def test_a_surname_the_article_writes_as_a_common_noun_after_a_first_name_is_a_persons():
    # hostile30: "Bill Gates" beside "the gates", "Condoleezza Rice" beside "the rice harvest":
    # a surname that is a common noun is still one after a first name the day never writes alone
    # (as "Swissair Flight" beside "the flight" is a thing where the day writes "Swissair" alone)
    gates = ["Microsoft chairman Bill Gates testified, and Gates said crowds filled the gates"]
    rice = ["Officials said Condoleezza Rice saw farms where the rice failed, and Rice spoke"]
    assert _people_of(gates)[0] == [frozenset({"@gates"})]
    assert _people_of(rice)[0] == [frozenset({"@rice"})]
    flight = ["Officials said Swissair Flight 111 crashed, and the flight and Flight 111 were lost"]
    swissair = ["Officials said Swissair and Flight 111 spoke"]
    assert _people_of(flight, swissair)[0] == [frozenset()] * 2
    # a body's name of three words is no first name's and a last name's (seed 85's census)
    body = [
        "Officials said Pan Africanist Congress members met, and the congress said Congress met"
    ]
    assert _people_of(body)[0] == [frozenset()]


def test_a_name_after_a_title_the_day_writes_as_a_common_noun_is_a_speakers_persons():
    # hostile30: "King Hussein" beside "the king", "Prince Charles" beside "the prince" have
    # "Hurricane Georges"'s shape, but the day writes them saying ("Hussein said", "Charles
    # told"): a storm or a flight never says, a person does, so they stay people; Georges, whom
    # officials said things of ("officials said Georges moved") but who never says, no one
    king = ["Officials said King Hussein returned, and the king waved, as Hussein said"]
    prince = ["Crowds said Prince Charles arrived, and the prince waved, as Charles told them"]
    storm = [
        "Hurricane Georges hit the island, and the hurricane killed 10, officials said Georges"
    ]
    told = ["Damage from Hurricane Georges was large, officials said, and Georges left"]
    assert _people_of(king, storm, told)[0] == [{"@hussein"}, frozenset(), frozenset()]
    assert _people_of(prince)[0] == [{"@charles"}]


def test_a_joining_word_opening_a_name_the_day_writes_in_lower_case_is_no_first_name():
    # names35's census: "Al Qaeda" introduced "Qaeda" as "Osama bin Laden" introduces "Laden",
    # written alone after the day's "al Qaeda"
    group = ["Officials said Al Qaeda grew, and a man for Al Qaeda spoke"]
    lower = ["Officials said the al Qaeda group grew"]
    assert _people_of(group, group, lower)[0] == [frozenset()] * 3
    # hostile38: a man named Al is introduced by it ("Al Gore", no day writes "al Gore"), and
    # "of Gore" is no joining word of his name
    gore = ["Officials said Al Gore spoke, and Gore said so"]
    of = ["Supporters of Gore said Al Gore left"]
    assert _people_of(gore, of)[0] == [frozenset({"@gore"})] * 2
    # a first name before the joining word still introduces the last name
    man = ["Officials said Mohamed al Fayed met, and Fayed said so"]
    assert _people_of(man, man)[0] == [frozenset({"@fayed"})] * 2


def test_a_plural_counted_is_no_persons_name():
    # DUC 2007: "a brief for three House Democrats" introduced "Democrats", written alone in
    # "Conservative Republicans joined Democrats"; a party's members counted, as after an article
    party = [
        "Lawyers filed for three House Democrats, and Conservative Republicans joined Democrats"
    ]
    kurds = ["Police held several Kurdish Protesters, and Protesters said so"]
    assert _people_of(party, party)[0] == [frozenset()] * 2
    assert _people_of(kurds, kurds)[0] == [frozenset()] * 2
    # a surname ending in "s" is still a person's where no count comes before it, nor a year
    jones = ["Officials said Paula Jones sued, and In 1997, Jones said so"]
    assert _people_of(jones, jones)[0] == [frozenset({"@jones"})] * 2
    # hostile38: nor where the count is of a noun after the name ("the two Williams sisters")
    sisters = [
        "Officials said Venus Williams won, and the two Williams sisters left, and Williams said"
    ]
    fans = ["Officials said Gov. Gray Davis won, and many Davis supporters left, and Davis said"]
    assert _people_of(sisters)[0] == [frozenset({"@williams"})]
    assert _people_of(fans)[0] == [frozenset({"@davis"})]


def test_a_word_the_day_writes_as_an_adjective_before_a_common_noun_is_no_first_name():
    # names35's census: "Islamic Virtue" introduced the Virtue Party as a person; the day writes
    # "the Islamic party", an adjective between an article and a common noun
    party = ["Officials said Islamic Virtue won, and Virtue gained seats"]
    other = ["Voters said the Islamic party and the party's Virtue won"]
    assert _people_of(party)[0] == [frozenset({"@virtue"})]
    assert _people_of(party, other)[0] == [frozenset()] * 2
    # a people's adjective still opens a sentence before a title and a full name
    italian = ["Former Italian President Francesco Cossiga arrived, and Cossiga said so"]
    parliament = [
        "Officials said the Italian parliament met, and Italian Premier Romano Prodi left"
    ]
    assert _people_of(italian, parliament)[0][0] == frozenset({"@cossiga"})
    # nor is a title a noun's adjective before a verb ("the President said")
    president = ["Officials said President Suharto quit, and Suharto left"]
    said = ["Officials said the President said so, and the president left"]
    assert _people_of(president, said)[0][0] == frozenset({"@suharto"})


def test_a_word_the_article_writes_as_a_plural_in_lower_case_is_a_kind():
    # names35's census: "Hurricane Georges" in an article writing "many past hurricanes" and
    # never "the hurricane"; a kind's plural, as after an article
    storm = ["Officials said Hurricane Georges hit, as many past hurricanes did, and Georges left"]
    assert _people_of(storm)[0] == [frozenset()]
    # a title stays one where the day writes it before a first name
    leader = ["Officials said President Suharto met presidents, and Suharto left"]
    full = ["Officials said President Hosni Mubarak left"]
    assert _people_of(leader, full)[0][0] == frozenset({"@suharto"})
    # hostile38: the plural makes a kind of its own article's first word only ("two bills" there
    # makes no kind of "Bill" before "Bill Richardson" in another)
    bills = ["Officials said Bill Clinton signed two bills, and Clinton left"]
    richardson = ["Officials said Bill Richardson met, and Richardson left"]
    assert _people_of(richardson, bills)[0][0] == frozenset({"@richardson"})
