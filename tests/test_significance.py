"""A story about a topic is told; one that mentions it in passing is left out, and says why."""

from dataclasses import replace
from datetime import UTC, datetime

from briefing.config import SelectConfig, Topic
from briefing.day.stories import group_stories, make_story
from briefing.day.topics import TopicMatcher
from briefing.models import Article, Briefing, new_id
from briefing.render.page import quiet_note
from briefing.render.serialize import from_dict, to_dict
from briefing.select.day import read_day
from briefing.select.sections import select_sections
from briefing.select.significance import names_topic, passing_mention
from briefing.summariser.rank.registry import get_ranker
from briefing.text.segment import article_sentences

NOON = datetime(2026, 11, 28, 12, tzinfo=UTC)
TOPIC = Topic(name="Korean Peninsula", terms={"north korea": 2.0, "pyongyang": 2.0})
STOCKS = Article(
    "Seoul shares close higher",
    "Yonhap",
    "https://yonhap.example/markets",
    "stocks.txt",
    NOON,
    (
        "Seoul shares closed higher on Friday as chipmakers gained for a third day.",
        "The benchmark KOSPI rose 1.2 percent to its highest close in a month.",
        "Samsung Electronics added 2 percent and SK Hynix rose 3 percent.",
        "Foreign investors bought a net 300 billion won of shares.",
        "An analyst said tension with North Korea had little effect on trading this week.",
        "The won firmed against the dollar.",
    ),
)


def _section(*articles: Article):
    sentences = [s for a in articles for s in article_sentences(a)]
    on_topic = [(s, 1.5) for s in sentences if "North Korea" in s.text or "Pyongyang" in s.text]
    day = read_day(group_stories(list(articles)), sentences, None)
    [section] = select_sections(
        {TOPIC.name: on_topic}, [TOPIC], get_ranker("default"), SelectConfig(), day
    )
    return section


def _launch(*more: str) -> Article:
    """An article all about North Korea's launch: its first two lines, then `more`."""
    return Article(
        "North Korea fires missile",
        "AP",
        "https://ap.example/launch",
        "launch.txt",
        NOON,
        (
            "North Korea fired a ballistic missile into the sea off its east coast on Friday.",
            "Pyongyang's launch was its third this month, Seoul's military said.",
            *more,
        ),
    )


def test_a_single_mention_outside_the_lead_is_passing():
    sentences = article_sentences(STOCKS)
    story = make_story([STOCKS])
    reason = passing_mention(story, [sentences[4]], len(sentences))
    assert reason.startswith("mentions the topic in passing: 1 of its 6 sentences")
    assert passing_mention(story, [sentences[0]], len(sentences)) == ""  # the lead is about it
    assert passing_mention(story, [sentences[3], sentences[4]], len(sentences)) == ""


def test_a_section_of_passing_mentions_says_nothing_significant_and_why():
    section = _section(STOCKS)
    assert section.items == ()
    [left] = section.left_out
    assert "in passing" in left.reason and left.headline == "Seoul shares close higher"
    assert quiet_note(section) == (
        "Nothing significant on this topic today: 1 story mentions it in passing."
    )
    briefing = Briefing(day=NOON.date(), generated=NOON, sections=(section,))
    assert from_dict(to_dict(briefing, UTC)).sections[0].left_out == section.left_out


def test_a_story_about_the_topic_is_told_and_the_passing_one_is_not():
    launch = _launch(
        "Japan's coast guard warned ships to stay clear of falling debris.",
        "The missile flew about 600 kilometres before splashing down.",
        "The United Nations Security Council bans ballistic missile tests by Pyongyang.",
    )
    section = _section(STOCKS, launch)
    assert [s.headline for s in section.stories] == ["North Korea fires missile"]
    assert [left.headline for left in section.left_out] == ["Seoul shares close higher"]


COMMISSION = Article(
    "",
    "AP",
    "https://ap.example/truth",
    "truth.txt",
    NOON,
    (
        "South Africa's truth commission will publish its final report on Thursday.",
        "Former president F.W. de Klerk, who shared a Nobel prize, went to court to stop it.",
        "The ruling party said the report would also accuse it of planting land mines.",
        "The commission heard 21,000 victims over two and a half years.",
        "Archbishop Desmond Tutu chaired its hearings in Cape Town and Johannesburg.",
        "Its amnesty committee has granted about 150 amnesties so far.",
        "Thousands of applications are still waiting to be heard.",
        "Victims' groups say the reparations offered are far too small.",
        "Tutu is to hand the report to President Nelson Mandela.",
        "A spokesman for the party said it would seek an injunction in the morning.",
        "Judges will hear the application before dawn.",
        "The report runs to five volumes.",
    ),
)


def test_a_topic_word_spread_thinly_outside_the_opening_is_passing_beside_real_stories():
    """'party' (from a desk's China Democracy Party) twice in 12 sentences, once in the lead's
    third line: when the desk has stories all about it today (`crowded`), no article opens on
    the topic and a sixth of the story is on it, so it is a mention, not filler."""
    sentences = article_sentences(COMMISSION)
    story = make_story([COMMISSION])
    party = [s for s in sentences if "party" in s.text]
    assert [s.index for s in party] == [2, 9]
    reason = passing_mention(story, party, len(sentences), crowded=True)
    assert reason == (
        "mentions the topic in passing: 2 of its 12 sentences, none in the opening of its 1 article"
    )
    # An article opening on the topic makes the story about it, however few lines follow it up
    assert passing_mention(story, [sentences[0]], len(sentences), crowded=True) == ""
    # So does a topic carried through a fifth of the story or more
    assert passing_mention(story, [*party, sentences[5]], len(sentences), crowded=True) == ""
    # On a quiet topic, the lead's mention is still the day's story on it
    assert passing_mention(story, party, len(sentences)) == ""


def test_one_opening_line_in_a_long_story_is_passing_beside_real_stories():
    """A story of eight long articles, one of which opens on the topic: under mention_share."""
    sentences = article_sentences(COMMISSION)
    story = make_story([COMMISSION])
    reason = passing_mention(story, [sentences[0]], 8 * len(sentences), crowded=True)
    assert reason == "mentions the topic in passing: 1 of its 96 sentences, of its 1 article"


def test_a_thin_story_beside_one_all_about_the_topic_is_left_out():
    """The section sees the difference: the truth commission names the Korea desk's word once
    in a lead's third line; the launch is all about it."""
    launch = _launch()
    thin = replace(
        COMMISSION,
        paragraphs=tuple(
            p.replace("The ruling party", "Pyongyang's embassy") for p in COMMISSION.paragraphs
        ),
        path="thin.txt",
        url="https://ap.example/thin",
    )
    alone = _section(thin)  # the day's only story naming the desk in its lead: told
    assert len(alone.stories) == 1 and alone.left_out == ()
    both = _section(thin, launch)
    assert [s.headline for s in both.stories] == ["North Korea fires missile"]
    [left] = both.left_out
    assert left.reason.startswith("mentions the topic in passing: 1 of its 12 sentences")


def test_one_article_of_three_opening_on_the_topic_is_passing_beside_real_stories():
    """Region seeds 8 and 69: Libya's Lockerbie trials under Asia, three articles of which one
    names 'dissidents' (the desk's China dissidents) in its lead. A story of several articles
    is about the topic when at least half of them open on it, not one."""
    articles = [
        replace(COMMISSION, path=f"{n}.txt", url=f"https://ap.example/{n}", id=new_id())
        for n in range(3)
    ]
    story = make_story(articles)
    sentences = [s for a in articles for s in article_sentences(a)]
    lead = [s for s in sentences if s.index == 0]
    reason = passing_mention(story, lead[:1], 20, crowded=True)
    assert reason == (
        "mentions the topic in passing: 1 of its 20 sentences, "
        "the opening of only 1 of its 3 articles"
    )
    # two of the three opening on it: the story is about the topic
    assert passing_mention(story, lead[:2], 20, crowded=True) == ""
    # on a quiet topic the lead rule stands as before
    assert passing_mention(story, lead[:1], 20) == ""


BRAZIL = Article(
    "",
    "The New York Times",
    "https://nyt.example/brazil",
    "brazil.txt",
    NOON,
    (
        "Brazilian voters appeared to re-elect President Fernando Henrique Cardoso on Sunday.",
        "Cardoso appeared to have defeated Luiz Inacio Lula da Silva of the Workers Party.",
        "The balloting was confused, with half the country voting on small computers.",
        "Cardoso faces a budget crisis that has shaken Latin American markets.",
        "His economic team is to present spending cuts to Congress this week.",
        "The International Monetary Fund is preparing a loan of about $30 billion.",
        "Governors were also elected in 12 states, with runoffs in the others.",
        "Results from the Amazon states were expected on Tuesday.",
        "Lula had campaigned against the austerity plan.",
        "Markets in Sao Paulo rose on the news.",
    ),
)
DESK = Topic(name="Middle East", terms={"turkey": 1.0, "tehran": 1.0, "voters": 1.0, "party": 1.0})


def test_a_thin_story_tied_only_by_the_desks_common_words_is_passing():
    """Region seeds 62 and 167: Brazil's election under Middle East, whose Iran election gives
    the desk "voters" and whose Turkish Virtue Party "party". Opening on those words alone
    ("Brazilian voters", "the Workers Party"), it names none of the desk's places or people:
    beside stories all about the desk, a thin story must name the desk in its lead."""
    matcher = TopicMatcher((DESK,))
    sentences = article_sentences(BRAZIL)
    lead = sentences[:2]
    assert not names_topic(lead, matcher)
    story = make_story([BRAZIL])
    reason = passing_mention(story, lead, 20, crowded=True, named=False)
    assert reason == (
        "mentions the topic in passing: 2 of its 20 sentences, "
        "only its common words in the opening of its 1 article"
    )
    # a desk's name in the lead ties it: a place or person, not at a line's start
    iran = replace(sentences[0], text="Iran's clerics urged voters in Tehran to turn out.")
    assert names_topic([iran], matcher)
    # a line's first word is capitalised whatever it is; a name's tail is another name's
    assert not names_topic(
        [replace(iran, text="Voters in Ankara backed the Workers Party.")], matcher
    )
    # a story mostly on the desk's common words is about it; so is any on a quiet topic
    assert passing_mention(story, lead, 8, crowded=True, named=False) == ""
    assert passing_mention(story, lead, 20, named=False) == ""


def _iran(lead: str) -> Article:
    """An article all about the desk's Iran election, opening on `lead`."""
    return Article(
        "",
        "AP",
        "https://ap.example/iran",
        "iran.txt",
        NOON,
        (
            lead,
            "Reformist voters lined up outside mosques before dawn.",
            "The hardline party warned voters against a boycott.",
            "Turnout was high, party officials said.",
        ),
    )


def test_a_desk_whose_stories_name_it_holds_a_thin_story_to_its_name():
    """The shortlist asks Brazil's thin story for the desk's name only where the desk's own
    stories name it: not when they too hold only its common words ("voters", "party")."""
    matcher = TopicMatcher((DESK,))

    def section(*articles: Article):
        sentences = [s for a in articles for s in article_sentences(a)]
        on_topic = [(s, 1.5) for s in sentences if matcher.terms_in(s.text)]
        day = read_day(group_stories(list(articles)), sentences, None)
        [found] = select_sections(
            {DESK.name: on_topic}, [DESK], get_ranker("default"), SelectConfig(), day
        )
        return found

    more = tuple(f"Count {n} of the state's vote was in on Tuesday." for n in range(10))
    brazil = replace(BRAZIL, paragraphs=(*BRAZIL.paragraphs, *more))  # under `thin` on the desk
    named = section(_iran("Iran's clerics urged voters in Tehran to turn out."), brazil)
    assert [left.reason for left in named.left_out] == [
        "mentions the topic in passing: 2 of its 20 sentences, "
        "only its common words in the opening of its 1 article"
    ]
    unnamed = section(_iran("Young voters turned out for the party of the clerics."), brazil)
    assert len(unnamed.stories) == 2 and not unnamed.left_out


def _names(text: str, topic: Topic = DESK) -> bool:
    """Whether a lead line of `text` names `topic`."""
    line = replace(article_sentences(BRAZIL)[0], text=text)
    return names_topic([line], TopicMatcher((topic,)))


def test_what_comes_before_a_desks_term_tells_a_name_not_a_common_word():
    """hostile21: a list of places ("Syria, Turkey"), a quoted phrase and a line's possessive
    name ("Turkey's army", after an opening quote too) name the desk; a quotation's or a colon's
    first word is capitalised whatever it is ('said: "Voters'); a script without case (Chinese,
    Arabic, Thai) names it wherever it stands. Each that names it here named none before."""
    assert _names("Troops from Syria, Turkey and Iraq met on the border.")
    assert _names('The paper called it "Turkey at its worst" on Sunday.')
    assert _names("Turkey's army massed troops on the Syrian border.")
    assert _names("In Turkey, troops massed on the border.")
    assert _names('"In Turkey, we wait," he said.')
    assert _names('"Turkey\'s patience is over," the prime minister said.')
    assert not _names('"Voters will not wait," the prime minister said.')
    assert not _names('The mayor said: "Voters in the east are angry."')
    assert not _names('He said, "Party members are angry."')
    assert not _names("Voters in Ankara backed the Workers Party.")
    china = Topic(name="China", terms={"中国": 1.0, "china": 1.0})
    assert _names("中国外交部星期二表示，将继续谈判。", china)
    assert _names("消息人士说，中国将继续谈判。", china)
    gulf = Topic(name="Gulf", terms={"إيران": 1.0, "NATO": 1.0})
    assert _names("قالت إيران إنها سترد.", gulf)
    assert _names("Turkey asked NATO for help.", gulf)
