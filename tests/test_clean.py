from briefing.day.clean import clean_article, clean_articles, is_junk_line
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


STORY = [
    "Ships gathered near the reef on Friday.",
    "He declined to comment.",
    "The coast guard said two vessels were damaged in the collision.",
    "Talks resume on Monday.",
]


def test_wire_copies_keep_their_short_paragraphs():
    copies = [_article(*STORY, path="am.txt"), _article(*STORY[:3], path="pm.txt")]
    cleaned, _ = clean_articles(copies)
    assert [c.paragraphs for c in cleaned] == [tuple(STORY), tuple(STORY[:3])]


def test_a_long_line_beside_different_text_in_many_articles_is_boilerplate():
    footer = (
        "This article was produced by the newsroom and may not be reproduced, broadcast or "
        "rewritten without the written permission of its owners."
    )
    stories = [
        "Talks began in Jakarta on Thursday.",
        "The junta extended the state of emergency.",
        "Ships gathered near the reef on Friday.",
    ]
    articles = [_article(s, footer, path=f"{n}.txt") for n, s in enumerate(stories)]
    articles.append(_article(*STORY, footer, path="wire.txt"))
    articles.append(_article(*STORY, footer, path="wire-copy.txt"))
    cleaned, _ = clean_articles(articles)
    assert all(footer not in c.paragraphs for c in cleaned)
    assert [c.paragraphs for c in cleaned[:3]] == [(s,) for s in stories]
    assert cleaned[3].paragraphs == tuple(STORY)  # the copies keep every line of the story


def test_a_line_repeated_inside_one_article_only_is_kept():
    line = "Officials met again."
    cleaned, _ = clean_articles([_article(line, "They talked.", line, "They left.")])
    assert cleaned[0].paragraphs == (line, "They talked.", line, "They left.")


def _from(outlet: str, *paragraphs: str, path: str) -> Article:
    return Article("T", outlet, "", path, None, paragraphs)


def test_a_fact_two_outlets_quote_is_kept_a_line_in_many_outlets_is_not():
    fact = "The junta extended the state of emergency by six months on Monday."
    own = ["Talks began in Jakarta.", "Ships gathered near the reef.", "Prices rose again."]
    quoted = [_from(o, fact, own[n], path=f"{o}.txt") for n, o in enumerate(["AP", "AFP"])]
    cleaned, _ = clean_articles(quoted)
    assert all(fact in c.paragraphs for c in cleaned)
    footer = "Get the day's top stories in your inbox each morning."
    spread = [
        _from(f"O{n}", f"Story number {n} began here.", footer, path=f"{n}.txt") for n in range(5)
    ]
    cleaned, _ = clean_articles(spread)
    assert all(footer not in c.paragraphs for c in cleaned)
    cleaned, _ = clean_articles(spread[:4])
    assert all(footer in c.paragraphs for c in cleaned)
