"""Characters a reader cannot see that split words: soft hyphens, zero-width spaces and joiners."""

from briefing.config import Topic, load_config
from briefing.day.split import split_day
from briefing.ingest.read import read_sources
from briefing.summariser.api import text_sentences
from briefing.text.invisible import shown, visible


def test_soft_hyphens_and_zero_width_characters_leave_words_whole():
    assert visible("Myan\u00admar") == "Myanmar"
    assert visible("jun\u200bta\u2060 lead\ufeffers") == "junta leaders"
    assert visible("Aung\u200c San\u200d Suu Kyi") == "Aung San Suu Kyi"
    # Joiners shape other scripts and emoji: between letters that are not Latin they stay.
    assert visible("می\u200cخواهم") == "می\u200cخواهم"
    assert visible("👩\u200d💻") == "👩\u200d💻"


def test_a_topic_hidden_by_a_soft_hyphen_is_found(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(
        "Title: Prisoners freed\nSource: AP\n\n"
        "The Myan\u00admar junta freed 23 political prisoners on Friday, state media said.\n",
        encoding="utf-8",
    )
    articles = read_sources([tmp_path / "a.txt"]).articles
    assert "\u00ad" not in articles[0].paragraphs[0]
    split = split_day(articles, load_config().topics)
    assert [t for t, found in split.by_topic.items() if found] == ["Myanmar"]
    (sentence,) = text_sentences(["The Myan\u00admar junta freed 23 prisoners on Friday."])
    assert sentence.text == "The Myanmar junta freed 23 prisoners on Friday."


def test_decomposed_accents_are_composed_as_a_reader_sees_them():
    # "O" + combining diaeresis is the letter "Ö" on screen, not "O" and a mark between words
    assert visible("O\u0308calan met E\u0301lodie Dupre\u0301") == "Öcalan met Élodie Dupré"
    assert visible("Öcalan") == "Öcalan"  # composed already: unchanged


def test_a_decomposed_article_is_read_as_a_composed_one(tmp_path):
    # A macOS-made text file in decomposed form: its dateline, its topic's accented query word
    # and its names are read as in the same article composed (each was lost before).
    (tmp_path / "a.txt").write_text(
        "Title: Party backs Imamoglu\nSource: Bianet\n\n"
        "ANKARA, Tu\u0308rkiye — Abdullah O\u0308calan's party said on Wednesday it stood with "
        "the mayor, and O\u0308calan's lawyers called the detention a coup.\n",
        encoding="utf-8",
    )
    (article,) = read_sources([tmp_path / "a.txt"]).articles
    assert article.paragraphs[0].startswith("ANKARA, Türkiye — Abdullah Öcalan's party")
    split = split_day([article], [Topic(name="Türkiye", query="Öcalan")])
    assert [s.text[:16] for s, _ in split.by_topic["Türkiye"]] == ["Abdullah Öcalan'"]


def test_only_letters_digits_marks_of_punctuation_and_symbols_are_shown():
    assert not shown("\u200c\u200d \u200e\u200f\u034f\ufe0f\n")  # joiners, marks alone
    assert shown("\u200c.") and shown("\ue000") and shown("a\u0301")  # a private-use icon
