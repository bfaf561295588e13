"""What a story's reports agree happened: a lead retelling the event is repeated across the
story's articles, a follow-up's lead is not; a story of one article agrees with nothing."""

from briefing.day.stories import make_story
from briefing.models import Article
from briefing.select.agreement import agreements
from briefing.text.segment import article_sentences

FIRE = "A fire swept through a crowded dance hall in Goteborg on Friday, killing 60 teenagers."
NO_WORD = "Officials offered no word Sunday on what might have caused it, and grim rumours spread."


def _article(path: str, *paragraphs: str) -> Article:
    return Article(path, "AP", "", path, None, paragraphs)


def test_a_lead_the_storys_other_articles_retell_agrees_more_than_a_follow_up():
    first = _article("first", FIRE, "Rescuers worked through the night.")
    later = _article("later", NO_WORD, "The dance hall fire in Goteborg killed 60 teenagers.")
    third = _article("third", "Police searched the dance hall in Goteborg where 60 teenagers died.")
    alone = _article("alone", "Thai and Lao leaders signed a Mekong water treaty on Monday.")
    story = make_story([first, later, third])
    story_of = {a.id: story for a in (first, later, third)} | {alone.id: make_story([alone])}
    sentences = [s for a in (first, later, third, alone) for s in article_sentences(a)]
    fire, no_word, lone = sentences[0], sentences[2], sentences[-1]
    shares = agreements(sentences, [fire, no_word, lone], story_of)[0]
    # dance, hall, Goteborg, 60, teenagers: in both other articles (5 x 1); fire, kill: in one
    # of the two (2 x 0.5). The follow-up's words (offered, word, caused, grim) are its own.
    assert shares[fire.id] == 6.0 and shares[no_word.id] == 0.0
    assert shares[lone.id] == 0.0  # a story of one article: nothing to agree with
    # only the wanted sentences are scored, and only their stories' articles are read
    assert set(agreements(sentences, [fire], story_of)[0]) == {fire.id}


def test_a_big_storys_first_articles_are_read_and_a_later_ones_lead_is_scored_against_them(
    monkeypatch,
):
    import briefing.select.agreement as module

    monkeypatch.setattr(module, "READ_ARTICLES", 2)
    first = _article("first", "Police searched the dance hall in Goteborg where 60 teenagers died.")
    second = _article("second", "The dance hall fire in Goteborg killed 60 teenagers.")
    late = _article("late", "Officials offered no word on the dance hall.")  # not read
    story = make_story([first, second, late])
    story_of = {a.id: story for a in (first, second, late)}
    sentences = [s for a in (first, second, late) for s in article_sentences(a)]
    shares = agreements(sentences, [sentences[0], sentences[-1]], story_of)[0]
    # the first lead against the second article alone: dance, hall, Goteborg, 60, teenagers
    # (had the late article been read: 3.5, its words shared by one of two)
    assert shares[sentences[0].id] == 5.0
    # the late lead against both articles read: dance and hall in each
    assert shares[sentences[-1].id] == 2.0


def test_an_outlets_rewrite_of_its_own_report_is_no_second_witness():
    rewrite = f"{FIRE[:-1]}, police said."  # a later version of the same report
    follow_up = "Officials offered no word on what caused the dance hall fire."

    def shares(outlet: str) -> float:
        first = _article("first", FIRE, "Rescuers worked through the night.")
        again = Article("again", outlet, "", "again", None, (rewrite,))
        later = _article("later", follow_up)
        story = make_story([first, again, later])
        story_of = {a.id: story for a in (first, again, later)}
        sentences = [s for a in (first, again, later) for s in article_sentences(a)]
        return agreements(sentences, [sentences[0]], story_of)[0][sentences[0].id]

    # AP's later version retells its own lead: the fire lead is retold by the follow-up alone
    # (dance, hall, fire: 3 of its terms, over one other report)
    assert shares("AP") == 3.0
    # the same words from another outlet are a second report: (10 + 3) over two
    assert shares("Reuters") == 6.5


def test_two_articles_naming_no_outlet_are_not_taken_for_one_outlets_rewrite():
    # "" is an outlet no one named (a text file with no source, dateline or address): two such
    # articles retelling the fire alike are two reports, as two named outlets' are
    rewrite = f"{FIRE[:-1]}, police said."
    first = Article("first", "", "", "first", None, (FIRE, "Rescuers worked through the night."))
    again = Article("again", "", "", "again", None, (rewrite,))
    later = Article("later", "", "", "later", None, ("The dance hall fire.",))
    story = make_story([first, again, later])
    story_of = {a.id: story for a in (first, again, later)}
    sentences = [s for a in (first, again, later) for s in article_sentences(a)]
    assert agreements(sentences, [sentences[0]], story_of)[0][sentences[0].id] == 6.5


RAID = "Soldiers crossed the border to attack rebel camps on Friday."
TALKS = "Talks between the two neighbours collapsed in anger on Saturday."


def _raid_and_talks() -> tuple[list, dict]:
    """Three reports: one leads on a raid the others recap lower down, two on the talks."""
    raid = _article("raid", RAID, "Talks between the neighbours collapsed.")
    talks = _article("talks", TALKS, "Diplomats left the capital.")
    said = _article(
        "said",
        "The neighbours' talks collapsed, officials said.",
        "Soldiers crossed the border to attack rebel camps last week.",
    )
    story = make_story([raid, talks, said])
    sentences = [s for a in (raid, talks, said) for s in article_sentences(a)]
    return sentences, {a.id: story for a in (raid, talks, said)}


def test_read_by_their_leads_the_other_reports_retell_what_they_lead_with_not_their_recaps():
    sentences, story_of = _raid_and_talks()
    raid, talks = sentences[0], sentences[2]
    whole, led = agreements(sentences, [raid, talks], story_of)
    # soldier, cross, border, attack, rebel, camp: in one of the two others (6 / 2); talks,
    # neighbours, collapsed: in both (3 x 2 / 2); a tie over whole texts
    assert whole[raid.id] == whole[talks.id] == 3.0
    # only the talks are what another report leads with
    assert led[raid.id] == 0.0 and led[talks.id] == 1.5
