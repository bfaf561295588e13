from dataclasses import replace
from datetime import UTC, datetime

from briefing.day.headlines import headline
from briefing.day.stories import group_stories
from briefing.models import Article
from briefing.weights import GROUPING


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


_ACCORD = (
    "Yasser Arafat's Palestinian Authority and Israel blame each other for delays to the accord."
)
_BOMB = "Police sealed off the market stalls and searched nearby streets for accomplices."
_AIRPORT = "Flights to Amman and Cairo are to begin next week from the new terminal."
DESK = [  # two events of one desk, untitled wire copy sharing a line of background
    _article(
        "bomb-ap",
        "AP",
        "",
        "A car bomb exploded at a crowded Jerusalem market, killing the two bombers and wounding "
        "24 shoppers, police said.",
        _BOMB,
        _ACCORD,
        hour=7,
    ),
    _article(
        "airport-ap",
        "AP",
        "",
        "Palestinians opened Gaza International Airport with cheers as the first Egypt Air plane "
        "landed on the tarmac.",
        _AIRPORT,
        _ACCORD,
        hour=8,
    ),
    _article(
        "bomb-nyt",
        "NYT",
        "",
        "Islamic Jihad said its bombers set off the explosion at the Jerusalem market that "
        "wounded 24 shoppers.",
        _BOMB,
        _ACCORD,
        hour=9,
    ),
    _article(
        "airport-nyt",
        "NYT",
        "",
        "The first plane to land at Gaza International Airport brought cheers from Palestinians "
        "on the tarmac.",
        _AIRPORT,
        _ACCORD,
        hour=10,
    ),
]


def test_events_of_one_desk_sharing_background_are_told_apart_by_their_leads():
    def grouped(rules=GROUPING):
        return sorted(sorted(a.path for a in s.articles) for s in group_stories(DESK, rules))

    assert grouped() == [["airport-ap", "airport-nyt"], ["bomb-ap", "bomb-nyt"]]
    # by their whole texts alone (cosine 0.18 across events), the background joins them
    assert grouped(replace(GROUPING, lead_agree=0.0)) == [sorted(a.path for a in DESK)]
