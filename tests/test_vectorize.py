import numpy as np

from briefing.text.vectorize import (
    RUN,
    alike_in_terms,
    content_terms,
    query_terms,
    runs_by_text,
    tfidf,
    weighted_tfidf,
    words_by_text,
)


def test_content_terms_are_stemmed_without_stop_words():
    assert content_terms("The ships were sailing to China's islands") == [
        "ship",
        "sail",
        "china",
        "island",
    ]


def test_a_chinese_or_japanese_run_gives_its_letter_pairs():
    """cjk16: a text of Han or kana gave no term (only [a-z0-9] words were read), so no two
    Chinese reports of one event shared one; each overlapping pair of letters is a term now."""
    assert content_terms("东京股市下跌，Stocks fell。南シナ海") == [
        "东京", "京股", "股市", "市下", "下跌", "stock", "fell", "南シ", "シナ", "ナ海",
    ]  # fmt: skip
    texts = ["中美磋商", "中美 talks"]
    matrix, query = tfidf(texts, ["中美"])
    assert matrix.shape == (2, 4) and query.nnz == 1  # 中美 美磋 磋商, talk


def test_a_korean_word_shares_its_stems_pairs_whatever_its_particle():
    """hangul19: "서울에서" (in Seoul) and "서울은" (Seoul, topic) were two terms, so two Korean
    reports of one event shared few; Hangul is read in letter pairs as Han is, ASCII as before."""
    assert content_terms("서울에서 열린 회의, 서울은") == [
        "서울", "울에", "에서", "열린", "회의", "서울", "울은",
    ]  # fmt: skip
    assert content_terms("北核 협상 KBS뉴스") == ["北核", "협상", "kb", "뉴스"]
    matrix, query = tfidf(["서울에서 회의", "부산의 화재"], ["서울은"])
    assert (matrix @ query.T).toarray().ravel()[0] > 0


def test_query_framing_words_are_ignored():
    assert query_terms("Describe the activities of Morris Dees.") == {"activ", "morri", "dee"}


def test_tfidf_rows_are_unit_length_and_query_shares_the_space():
    matrix, query = tfidf(
        ["Ships sail to the reef.", "The junta met in Naypyidaw.", ""], ["reef ships unseenword"]
    )
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    assert np.allclose(norms, [1.0, 1.0, 0.0])
    similarity = (matrix @ query.T).toarray().ravel()
    assert similarity[0] > 0.8 and similarity[1] == 0.0  # "sail" is not in the query


def test_tfidf_numbers_terms_by_first_use_and_counts_each_occurrence():
    texts = ["Ships sail.", "Islands, ships and ships' crews", "the of"]
    matrix, _ = tfidf(texts, ignore=frozenset({"crew"}))
    terms = [content_terms(t) for t in texts]  # ship sail / island ship ship / -
    assert matrix.shape == (3, 3)  # ship, sail, island: "crew" ignored
    assert sorted(matrix[0].indices) == [0, 1] and sorted(matrix[1].indices) == [0, 2]
    row = matrix[1].toarray().ravel()
    assert terms[1].count("ship") == 2 and row[0] > row[2] > 0
    assert matrix[2].nnz == 0


def test_runs_are_read_from_words_as_a_run_pattern_reads_them():
    texts = ["Don't stop O’Neil's band", "rock'n'roll in the 90's", "", "x'ab3 y", "A-1 b2"]
    for chosen in (texts, texts[:3]):  # with and without a run after an apostrophe into digits
        rows, words, distinct = runs_by_text(chosen)
        expected = words_by_text(chosen, RUN)
        assert [distinct[w] for w in words] == [expected[2][w] for w in expected[1]]
        assert list(rows) == list(expected[0])


def test_weighted_tfidf_names_its_columns_when_asked():
    columns: list[str] = []
    matrix = weighted_tfidf([["bomb", "@gaza"], ["plane", "bomb"]], columns=columns)
    assert columns == ["bomb", "@gaza", "plane"]
    assert matrix.shape == (2, 3) and matrix[0, 1] > matrix[0, 0] > 0  # "bomb" in both: lighter


def test_the_turkish_capital_i_is_an_i_in_terms():
    assert content_terms("İSTANBUL talks") == content_terms("Istanbul talks")


def test_a_cyrillic_word_is_read_by_its_russian_stem():
    """stem19: a Russian word's cases were terms apart ("землетрясение", "землетрясения");
    Russian Snowball's stem joins them, as Porter's joins English plurals."""
    assert content_terms("землетрясение, землетрясения; Москва, Москвы") == [
        "землетрясен", "землетрясен", "москв", "москв",
    ]  # fmt: skip
    assert content_terms("мир, мировой; earthquakes") == ["мир", "миров", "earthquak"]


def test_a_cyrillic_word_russian_does_not_write_is_its_own_term():
    """stem19 stemmed all Cyrillic as Russian: Ukrainian "україна" and "україни" met, "україні"
    kept its "і", Serbian "љубав" was "љуба". A word with a letter Russian does not write
    (Ukrainian "і ї є ґ", Belarusian "ў", Serbian and Macedonian "ђ ћ џ љ њ ј") is kept whole."""
    assert content_terms("Україна, України, Україні; љубав, Југославија; Київ") == [
        "україна", "україни", "україні", "љубав", "југославија", "київ",
    ]  # fmt: skip
    assert content_terms("Украина, Украины; Ёлка") == ["украин", "украин", "елк"]


def test_half_width_katakana_gives_the_full_width_terms():
    assert content_terms("ﾄﾖﾀのﾃﾞｼﾞﾀﾙ") == content_terms("トヨタのデジタル")


def test_a_word_is_a_run_of_letters_of_any_script():
    """terms17: a word was [a-z0-9]+, so Greek, Cyrillic, Arabic ... gave no term and "Öcalan"
    was "calan", "Zürich" "z" and "rich"; a Devanagari word keeps its vowel signs and virama."""
    assert content_terms("Öcalan flew to Zürich and Łódź") == ["öcalan", "flew", "zürich", "łódź"]
    assert content_terms("Москва и Αθήνα: هجوم على غزة") == [
        "москв", "αθήνα", "هجوم", "على", "غزة",
    ]  # fmt: skip
    assert content_terms("हिन्दी समाचार, ภาษาไทย") == ["हिन्दी", "समाचार", "ภาษาไทย"]
    assert content_terms("Öcalan's 2nd trip, Ankara’s 1990's") == [
        "öcalan", "2nd", "trip", "ankara", "1990",
    ]  # fmt: skip
    texts = ["Öcalan's Zürich'3 trip", "Σ'αγαπώ 5"]
    _, words, distinct = runs_by_text(texts)
    runs = [distinct[w] for w in words]
    assert runs == ["öcalan", "s", "zürich", "3", "trip", "σ", "αγαπώ", "5"]
    assert runs == [
        run for _, w, found in [words_by_text(texts, RUN)] for run in map(found.__getitem__, w)
    ]


def test_texts_alike_in_terms_share_two_terms_at_least():
    rows, _ = tfidf(["Frozen bodies in Warsaw", "Warsaw police", "frozen Warsaw park", "sleep"])
    alike = alike_in_terms(rows[:1], rows[1:]).toarray()
    assert alike[0, 0] == 0 and alike[0, 2] == 0  # "Warsaw" alone; nothing
    assert np.isclose(alike[0, 1], (rows[0] @ rows[2].T).toarray()[0, 0]) and alike[0, 1] > 0


def test_one_term_lines_alike_in_it_are_alike():
    """Two lines of one term each, the same, are alike (a line written again); one of them
    against a longer line sharing that term is not."""
    rows, _ = tfidf(["Evacuated.", "Evacuated!", "Families were evacuated at night."])
    alike = alike_in_terms(rows[:1], rows[1:]).toarray()
    assert np.isclose(alike[0, 0], 1.0) and alike[0, 1] == 0
