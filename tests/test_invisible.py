"""Characters a reader cannot see that split words: soft hyphens, zero-width spaces and joiners."""

from briefing.config import load_config
from briefing.day.split import split_day
from briefing.ingest.read import read_sources
from briefing.summariser.api import text_sentences
from briefing.text.invisible import visible


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
