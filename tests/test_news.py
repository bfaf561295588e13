from briefing.models import Article
from briefing.news import background, newsworthiness
from briefing.segment import article_sentences

BACKGROUND = "Myanmar has been ruled by the military for most of the years since 1962."


def _article(path: str, *paragraphs: str) -> Article:
    return Article(path, "O", "", path, None, paragraphs)


def test_a_line_other_stories_repeat_is_background_and_a_story_may_repeat_itself():
    one = _article("one", BACKGROUND, "The junta freed 300 prisoners on Tuesday.", "Short one.")
    two = _article("two", BACKGROUND, "Rebels took the town of Tachileik on Monday.")
    copy = _article("copy", "The junta freed 300 prisoners on Tuesday, state media said.")
    sentences = [s for a in (one, two, copy) for s in article_sentences(a)]
    stories = {id(one): "a", id(copy): "a", id(two): "b"}
    by_id = {id(s): s.text for s in sentences}
    flagged = {by_id[key] for key in background(sentences, stories)}
    assert flagged == {BACKGROUND}  # the junta line is repeated within its own story only
    # Asked of one article's sentences alone, the rest of the day still counts.
    assert {by_id[key] for key in background(sentences, stories, sentences[3:])} == {BACKGROUND}
    assert background([], {}) == set()


def test_news_reads_as_news_and_background_dated_years_ago_does_not():
    news = "The junta freed 300 prisoners from Insein jail in Yangon on Tuesday."
    assert newsworthiness(news, 2026) > newsworthiness(BACKGROUND, 2026)
