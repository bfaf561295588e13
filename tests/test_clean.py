from briefing.clean import clean_article, clean_articles, is_junk_line
from briefing.models import Article


def _article(*paragraphs: str, path: str = "a.txt") -> Article:
    return Article("T", "O", "", path, None, paragraphs)


def test_navigation_form_and_share_lines_are_junk():
    for line in [
        "Previous articleSpain sweats out sultry nights",
        "Next article: Drone strike",
        "Please enter your comment!",
        "Please enter your name here",
        "Share this article",
        "Subscribe to our newsletter today",
        "Read more",
        "Related Articles",
        "By John Smith",
        "Advertisement",
        "© 2026 Some Media",
        "* * *",
    ]:
        assert is_junk_line(line), line


def test_prose_is_not_junk():
    for line in [
        "The talks will resume on Thursday.",
        "Read the statement, the minister said.",
        "By Friday, the ships had left the shoal.",
    ]:
        assert not is_junk_line(line), line


def test_blocks_without_sentence_punctuation_are_dropped_and_lines_joined():
    article = _article(
        "Home | World | Asia",
        "Officials met in Jakarta.\nThey spoke for hours.",
        "Menu\nLogin",
        "The junta said nothing",
    )
    assert clean_article(article).paragraphs == ("Officials met in Jakarta. They spoke for hours.",)


def test_short_lines_repeated_across_articles_are_boilerplate():
    footer = "Sign in to keep reading."
    a = _article("Talks began in Jakarta on Thursday.", footer, path="a.txt")
    b = _article("Ships gathered near the reef on Friday.", footer, path="b.txt")
    cleaned, skipped = clean_articles([a, b])
    assert [c.paragraphs for c in cleaned] == [
        ("Talks began in Jakarta on Thursday.",),
        ("Ships gathered near the reef on Friday.",),
    ]
    assert skipped == []


def test_article_with_only_junk_is_skipped():
    cleaned, skipped = clean_articles([_article("Previous article", "Please enter your comment!")])
    assert cleaned == []
    assert skipped[0].reason == "no article text left after removing page junk"
