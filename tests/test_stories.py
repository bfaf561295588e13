from datetime import UTC, datetime

from briefing.day.headlines import headline
from briefing.day.stories import group_stories
from briefing.models import Article


def _article(path: str, outlet: str, title: str, *paragraphs: str, hour: int = 9) -> Article:
    published = datetime(2026, 11, 27, hour, tzinfo=UTC)
    return Article(
        title, outlet, f"https://{outlet.lower()}.example/{path}", path, published, paragraphs
    )


SUMMIT = [
    _article(
        "a",
        "AP",
        "Thailand and Laos sign Mekong water treaty - AP",
        "Leaders of Thailand and Laos signed a treaty in Vientiane on Monday sharing the Mekong "
        "river's water for a decade.",
        hour=10,
    ),
    _article(
        "b",
        "Reuters",
        "Thailand, Laos seal Mekong deal in Vientiane",
        "Thailand and Laos sealed a decade-long treaty on sharing the Mekong's water at a summit "
        "in Vientiane on Monday, officials said.",
        hour=8,
    ),
    _article(
        "c",
        "AFP",
        "Mekong treaty signed by Thai and Lao leaders",
        "Thai and Lao leaders signed the Mekong water treaty in Vientiane after years of talks.",
    ),
]
FIRE = _article(
    "d",
    "Bangkok Post",
    "Warehouse fire in Bangkok",
    "A fire destroyed a textile warehouse in Bangkok's Bang Na district on Sunday, police said.",
)


def test_articles_about_one_event_across_outlets_are_one_story():
    stories = group_stories([*SUMMIT, FIRE])
    assert sorted(len(s.articles) for s in stories) == [1, 3]
    summit = next(s for s in stories if len(s.articles) == 3)
    assert summit.outlets == ("Reuters", "AFP", "AP")  # the first to report it first
    assert summit.first_seen == datetime(2026, 11, 27, 8, tzinfo=UTC)
    assert summit.headline == "Thailand, Laos seal Mekong deal in Vientiane"


def test_story_ids_are_stable_and_depend_on_the_articles_only():
    first = {s.id for s in group_stories([*SUMMIT, FIRE])}
    again = {s.id for s in group_stories([FIRE, *reversed(SUMMIT)])}
    assert first == again and all(len(i) == 9 and i.startswith("s") for i in first)


def test_a_footer_every_article_shares_joins_no_stories():
    footer = "Follow our live coverage of Southeast Asia on every platform and subscribe today."
    articles = [
        _article(str(n), "Site", f"Story number {n}", f"Item {word} happened here.", footer)
        for n, word in enumerate(
            ["Cattle", "Rainfall", "Elections", "Bridges", "Vaccines", "Football", "Opera"] * 20
        )
    ]
    assert len(group_stories(articles)) >= 7


def test_headline_keeps_titles_whose_tail_is_not_an_outlet():
    assert headline(FIRE, ("Bangkok Post",)) == "Warehouse fire in Bangkok"
    assert headline(SUMMIT[0], ("AP",)) == "Thailand and Laos sign Mekong water treaty"
    title = _article("e", "AP", "Talks resume - and stall", "Text.")
    assert headline(title, ("AP",)) == "Talks resume - and stall"
    news = _article("f", "AP News", "Quake hits Java | AP News", "Text.")
    assert headline(news, ("AP News",)) == "Quake hits Java"
