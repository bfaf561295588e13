import pytest

from briefing.models import Article, Sentence
from briefing.select.background import background
from briefing.select.news import (
    backstory,
    dated,
    elaborates,
    newsworthiness,
    reaction,
    setting,
)
from briefing.text.segment import article_sentences

BACKGROUND = "Myanmar has been ruled by the military for most of the years since 1962."


def _article(path: str, *paragraphs: str) -> Article:
    return Article(path, "O", "", path, None, paragraphs)


def test_a_line_other_stories_repeat_is_background_and_a_story_may_repeat_itself():
    one = _article("one", BACKGROUND, "The junta freed 300 prisoners on Tuesday.", "Short one.")
    two = _article("two", BACKGROUND, "Rebels took the town of Tachileik on Monday.")
    copy = _article("copy", "The junta freed 300 prisoners on Tuesday, state media said.")
    sentences = [s for a in (one, two, copy) for s in article_sentences(a)]
    stories = {one.id: "a", copy.id: "a", two.id: "b"}
    by_id = {s.id: s.text for s in sentences}
    flagged = {by_id[key] for key in background(sentences, stories)}
    assert flagged == {BACKGROUND}  # the junta line is repeated within its own story only
    # Asked of one article's sentences alone, the rest of the day still counts.
    assert {by_id[key] for key in background(sentences, stories, sentences[3:])} == {BACKGROUND}
    assert background([], {}) == set()


def test_news_reads_as_news_and_background_dated_years_ago_does_not():
    news = "The junta freed 300 prisoners from Insein jail in Yangon on Tuesday."
    assert newsworthiness(news, 2026) > newsworthiness(BACKGROUND, 2026)


def test_background_is_found_late_in_the_day_after_the_scan_has_pruned():
    early = "Aid convoys reached the border town of Myawaddy on Monday."
    day = [_article("first", BACKGROUND, early), _article("second", early)]
    day += [
        _article(f"filler{n}", f"Filler story number {n} has words of its own.") for n in range(9)
    ]
    day.append(_article("last", "Elections were held again on Sunday.", BACKGROUND))
    sentences = [s for a in day for s in article_sentences(a)]
    stories = {a.id: a.path for a in day}
    by_id = {s.id: s.text for s in sentences}
    # The early line is resolved (two stories hold it) and pruned long before the last article.
    assert {by_id[key] for key in background(sentences, stories, sentences[:2], chunk=2)} == {
        BACKGROUND,
        early,
    }


def test_a_short_line_is_background_only_where_it_is_a_whole_sentence():
    one = _article("one", "MORE.", "The junta freed 300 prisoners on Tuesday.")
    two = _article("two", "Rebels took the town on Monday and want more.")
    three = _article("three", "(MORE)")
    sentences = [s for a in (one, two) for s in article_sentences(a)]
    stories = {one.id: "a", two.id: "b", three.id: "c"}
    assert background(sentences, stories, sentences[:1]) == set()
    sentences += article_sentences(three)
    assert background(sentences, stories, sentences[:1]) == {sentences[0].id}


def test_words_are_told_apart_by_any_punctuation_and_a_nul_joins_no_sentences():
    line = "The pro-junta militia and anti-coup forces signed a long-awaited, hard-won truce."
    one, two = _article("one", line), _article("two", line.replace("-", "\u2011"))
    sentences = [s for a in (one, two) for s in article_sentences(a)]
    stories = {one.id: "a", two.id: "b"}
    assert background(sentences, stories, sentences[:1]) == {sentences[0].id}
    # A NUL inside a sentence is no sentence boundary: no shingle runs across it.
    odd = _article("odd", "Alpha beta gamma \x00 delta epsilon zeta eta theta.")
    parts = _article("parts", "Zeta alpha beta gamma.", "Delta epsilon zeta eta theta iota.")
    sentences = [s for a in (odd, parts) for s in article_sentences(a)]
    assert background(sentences, {odd.id: "a", parts.id: "b"}, sentences[:1]) == set()


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("PAL earlier accepted a preliminary investment offer from Cathay Pacific.", True),
        ("The two airlines had agreed to draw up a rescue plan for the carrier.", True),
        ("Turkey had asked Russia to extradite Ocalan, the Kurdish rebel leader.", True),
        ("The junta previously closed the universities.", True),
        ("Gingrich asked a judge to move the money the couple agreed to set up last month.", False),
        ("Cathay said it had withdrawn its bid for Philippine Airlines.", False),
        ("Prosecutors also unsealed an earlier indictment against bin Laden.", False),
        ("Chile has previously said it does not recognize foreign courts.", True),
        ("Cathay and PAL clashed on Tuesday over the layoff of 5,000 workers.", False),
        ("PAL earlier on Tuesday rejected the offer from Cathay Pacific.", False),
        ("The cabinet suspended talks on the accord that was reached last month.", False),
        ("Pinochet has been arrested in London after Spain asked for his extradition.", False),
        # what the news goes on began, dated by its month (wire style: further back than a week)
        ("Poland's extreme cold began Nov. 16, with temperatures dropping to minus 26.", True),
        ("The talks began on October 15 and resulted in the new interim agreement.", True),
        ("The trial began Monday with the prosecution's opening statement.", False),
        ("The Celebici trial, which began in March 1997, drags on for a 19th month.", False),
    ],
)
def test_a_line_telling_what_came_before_is_backstory_and_the_days_news_is_not(text, before):
    assert backstory(text) is before


@pytest.mark.parametrize(
    ("text", "reacts"),
    [
        ("Foreign Minister Ismail Cem said Wednesday Turkey was remaining cautious.", True),
        ("President Fidel Castro said Sunday he disagreed with the arrest of Pinochet.", True),
        ("The minister said he welcomed the deal with Damascus.", True),
        ("Turkey and Syria said Wednesday they agreed to end the crisis.", False),
        ("Police said the bomb killed 24 people, and the minister was concerned.", False),
        ("Pinochet was arrested in London, the British authorities said Saturday.", False),
        # a want or an obligation in the main clause (region seeds 7 and 20)
        ("Yugoslavia must cooperate with a U.N. war crimes panel, a U.S. official said.", True),
        ("Cathay Pacific wants the staff of PAL slashed to 5,000, Espiritu said Monday.", True),
        ("The minister said Syria should stop supporting Kurdish rebels.", False),
        ("Clinton expressed sympathy but said the attack should not derail the accord.", False),
        ("Rebels who want independence attacked a police post on Monday.", False),
        # a feeling reported of the main clause's subject (region seed 242's market bomb)
        ("The bomber's father said Saturday he was sad about his son's death.", True),
        ("The mother said she was proud of what her son had done.", True),
        ("The minister said the sad news reached him on Friday.", False),
        # a wish or a readiness reported of the subject (DUC 2007 region days' EU candidacy)
        ("Papandreou said Friday that his country was keen to see Turkey join the EU.", True),
        ("The minister said Sunday his government is willing to hold talks with the rebels.", True),
        ("Police said the willing volunteers rebuilt 40 homes on Friday.", False),
        # a necessity stated as its negation, in the main clause only
        ("The EU can no longer put off the question of Turkey's entry, a minister said.", True),
        ("The court ruled Tuesday that the state can no longer bar the march.", False),
        # hostile19: a compound adjective is no modal ("must-do business", DUC 2003)
        ("The Senate passed a must-pass spending bill on Friday, ending the standoff.", False),
        ("Congress is trying to wrap up its must-do business before the recess.", False),
        ("The must-win game ended in a 3-2 loss for the Yankees on Sunday.", False),
    ],
)
def test_a_reported_attitude_is_a_reaction_and_a_reported_event_is_not(text, reacts):
    assert reaction(text) is reacts


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("North Korea said Tuesday it is willing to return to six-party talks.", True),
        ("Rescuers reached the village today after the floods.", True),
        ("The six-party talks stalled in November over sanctions.", False),
        ("Prices rose 4 percent in the year to March, the most in a decade.", False),
    ],
)
def test_a_line_naming_the_days_own_time_is_dated_and_a_month_or_year_is_not(text, day):
    assert dated(text) is day


@pytest.mark.parametrize(
    ("text", "sets"),
    [
        # a frame before a main clause the day does not date: a scene, a profile
        ("Signaling it does not want a war, Israel is limiting exercises on its border.", True),
        ("Eight years after his regime ended, Pinochet is being called to account.", True),
        ("A stubborn judge who challenged Madrid, Garzon was ridiculed at first.", True),
        ("Once at the top of world field hockey, India would like to regain that glory.", True),
        ("A week before the pope left Rome, the center asked the Vatican to wait.", True),
        # days or weeks after: the news's own pace (DUC 2007 D0729G's lead, once its dateline
        # "ANDREWS, N.C._" was read)
        ("Nine days after Rudolph fled into the woods, officials still have not found him.", False),
        # a news lead's frame: the day dates its main clause
        ("Despite hunger, North Korea plans to send 317 athletes, officials said Thursday.", False),
        ("Responding to a warrant, police said Saturday they had arrested Pinochet.", False),
        ("Hailing him as a martyr, Pope John Paul II beatified the cardinal on Saturday.", False),
        ("With attorneys locked up, two dissidents will defend themselves Thursday.", False),
        # an eve, left to a rule telling an event from its preview (region days' Leonid storm)
        ("By the time the earth meets meteoroids Tuesday, satellites will have moved.", False),
        # no frame: the subject opens the line
        ("Ailing Philippine Airlines and Cathay Pacific have clashed, prompting new talks.", False),
        ("Israel is limiting routine exercises along its border with Syria.", False),
        ("According to the police, 24 people were killed in the blast.", False),
    ],
)
def test_a_line_opening_on_a_frame_the_day_does_not_date_is_a_setting(text, sets):
    assert setting(text) is sets


@pytest.mark.parametrize(
    ("text", "index", "marked"),
    [
        ("The lowest temperature reported was minus 26 Celsius on Sunday.", 4, True),
        ("Friday's bombing marked the third time in three weeks that Hamas tried.", 4, True),
        ("The first Palestinian flight landed in Amman on Saturday.", 0, False),  # a lead
        ("The United States said Friday it would send envoys to the talks.", 3, False),  # a name
        ("Bin Laden and an aide were indicted Wednesday by a U.S. court.", 1, False),
    ],
)
def test_a_later_line_on_a_definite_subject_elaborates_what_its_article_stated(text, index, marked):
    article = Article("", "AP", "", "a.txt", None, (text,))
    assert elaborates(Sentence(text, article, 0, index)) is marked


@pytest.mark.parametrize(
    ("background_line", "news_line"),
    [
        (
            "Last week the Chinese government arrested 10 members of the party on Dec. 17.",
            "The Chinese government arrested 10 members of the party on Dec. 17.",
        ),
        (
            "In recent days, suicide bombers have attacked an Israeli school bus in Gaza.",
            "Suicide bombers have attacked an Israeli school bus in Gaza.",
        ),
        (
            "In 1966, sky watchers clocked a rate of up to 100,000 meteors an hour.",
            "Sky watchers clocked a rate of up to 100,000 meteors an hour.",
        ),
        (
            "Two years ago, Turkey asked Russia to extradite Ocalan, the rebel leader.",
            "Turkey asked Russia to extradite Ocalan, the rebel leader.",
        ),
        (
            "Earlier this year, China announced it would ban its swimmers for life.",
            "China announced it would ban its swimmers for life.",
        ),
        # hostile31: a decade, a season of a year, a full date with its year
        (
            "In the 1990s, the rebels seized the town of Kisangani.",
            "The rebels seized the town of Kisangani.",
        ),
        (
            "In the summer of 1996, the rebels seized the town of Kisangani.",
            "The rebels seized the town of Kisangani.",
        ),
        (
            "On Dec. 3, 1997, the rebels seized the town of Kisangani.",
            "The rebels seized the town of Kisangani.",
        ),
    ],
)
def test_a_line_opening_on_a_past_time_phrase_reads_as_background(background_line, news_line):
    assert newsworthiness(background_line) < newsworthiness(news_line)


@pytest.mark.parametrize(
    ("text", "alike"),
    [
        ("Last night rebels shelled the airport.", "Tonight rebels shelled the airport."),
        ("Earlier today, rebels shelled the airport.", "Rebels shelled the airport today."),
        (
            "Gingrich asked a judge to move money the couple agreed to set up last month.",
            "Gingrich asked a judge to move money the couple agreed to set up a month ago.",
        ),
        (
            "For 11 days last month, Hurricane Georges plowed across the Caribbean.",
            "For 11 days, Hurricane Georges plowed across the Caribbean.",
        ),
        (
            "Nine months before the attack, U.S. officials received a detailed warning.",
            "Before the attack, U.S. officials received a detailed warning.",
        ),
    ],
)
def test_the_days_own_opening_or_a_past_time_phrase_inside_the_line_is_no_background(text, alike):
    assert newsworthiness(text, 2026) == newsworthiness(alike, 2026)


@pytest.mark.parametrize(
    ("text", "alike"),
    [
        (
            "By 2005, the European Union will admit five new members, leaders agreed on Friday.",
            "The European Union will admit five new members by 2005, leaders agreed on Friday.",
        ),
        (
            "In 2000, the euro will replace the currencies of 11 nations, ministers said Friday.",
            "The euro will replace the currencies of 11 nations in 2000, ministers said Friday.",
        ),
        (
            "In December 1998, the central bank cut its rates again on Thursday.",
            "The central bank cut its rates again in December 1998 on Thursday.",
        ),
        (
            "Late this year, the company plans to list in London, its chairman said on Monday.",
            "The company plans to list in London late this year, its chairman said on Monday.",
        ),
    ],
)
def test_an_opening_on_a_time_to_come_or_the_days_year_is_no_background(text, alike):
    """hostile17: background20's past openings took any year ("By 2005," on a 1998 day, "In
    December 1998,") and "Late this year" as the past: a year before the day's is."""
    assert newsworthiness(text, 1998) == newsworthiness(alike, 1998)
