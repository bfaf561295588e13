import unicodedata
from dataclasses import replace
from datetime import UTC, date, datetime
from urllib.parse import quote, unquote
from zoneinfo import ZoneInfo

import pytest

from briefing.models import (
    ELSEWHERE,
    OFF_PAGE,
    PASSING,
    UNCHANGED,
    Article,
    Item,
    LeftOut,
    Section,
    Sentence,
    Story,
)
from briefing.render.page import (
    HEADLINE_CHARS,
    UNTITLED,
    cite,
    clean_url,
    display_url,
    groups,
    no_room_line,
    quiet_note,
    shorten,
    trend_summary,
    typeset,
    unchanged_line,
)

ZONE = ZoneInfo("Asia/Bangkok")
WHEN = datetime(2026, 11, 27, 15, 5, tzinfo=UTC)


def _article(outlet: str, title: str = "Talks resume", url: str = "") -> Article:
    return Article(title, outlet, url, f"news/{outlet}.txt", WHEN, ("x",))


def _item(article: Article, text: str, story: str = "", score: float = 0.5) -> Item:
    return Item(Sentence(text, article, 0, 0), score, story=story)


@pytest.mark.parametrize(
    ("url", "clean"),
    [
        (
            "https://ex.org/a?id=7&utm_source=x&utm_medium=y&fbclid=z&gclid=q&mc_cid=1&mc_eid=2",
            "https://ex.org/a?id=7",
        ),
        ("https://ex.org/a?utm_campaign=x#part", "https://ex.org/a#part"),
        ("http://ex.org/", "http://ex.org/"),
        ("javascript:alert(1)", ""),
        ("JavaScript:alert(1)", ""),
        ("data:text/html,<script>alert(1)</script>", ""),
        ("file:///etc/passwd", ""),
        ("/home/me/seeds/a.txt", ""),
        ("seeds/a.txt", ""),
        ("http://[::1", ""),
        ("https://", ""),
        ("https://ex.org/a b", ""),
    ],
)
def test_only_http_urls_survive_without_tracking(url, clean):
    assert clean_url(url) == clean


def test_urls_display_decoded_and_capped():
    url = "https://xn--mgbh0fb.example/%E1%80%99%E1%80%BC%E1%80%94%E1%80%BA?utm_source=rss"
    assert display_url(url) == "https://مثال.example/မြန်"
    long = display_url("https://ex.org/" + "a" * 15_000)
    assert len(long) == 100 and long.endswith("…")
    assert display_url("javascript:alert(1)") == ""


def test_shorten_never_ends_on_a_verb_its_particle_follows():
    text = (
        "The U.S. Supreme Court Thursday struck down as unconstitutional the line-item veto law "
        "that lets the U.S. President strike out specific items in tax and spending measures."
    )
    for limit in range(100, 160, 5):
        assert not shorten(text, limit).endswith(("strike…", "out…")), limit


def test_shorten_cuts_at_a_word_with_an_ellipsis():
    assert shorten("Short  title", 20) == "Short title"
    cut = shorten("word " * 10_000, 160)
    assert len(cut) <= 160 and cut.endswith("word…")
    assert shorten("x" * 500, 10) == "x" * 9 + "…"


def test_shorten_and_display_url_count_a_wide_letter_as_two():
    # a Han, kana, Hangul or full-width letter is as wide as two Latin ones: a Chinese headline
    # cut at 160 letters took four lines of the page where an English one takes two
    def columns(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)

    for text in ("中国海警" * 80, "서울 정부 " * 40, "Xinhua: 仁爱礁" * 30):
        assert columns(shorten(text, 40).removesuffix("…")) <= 40 - 1
    assert shorten("仁爱礁" * 6, 40) == "仁爱礁" * 6  # 36 columns: it fits
    url = display_url("https://example.org/" + quote("南海仁爱礁" * 40))
    assert columns(url) <= 100 and url.endswith("…")
    assert len(shorten("word " * 10_000, 160)) == 155  # Latin text: as before


def test_shorten_never_cuts_a_letter_from_its_mark_or_its_syllable():
    """hostile19: a run with no space was cut at any character, so a Thai line in a chat post
    (160 characters) or a headline lost the tone mark of its last letter ("อย่าง" cut "อย",
    a rewrite of the word), a Thai "ำ" its consonant, a Hindi vowel sign its letter, a Burmese
    stacked consonant its virama. The cut backs off to the letter's or syllable's start."""
    thai = "ตลาดหุ้นไทยปรับตัวลดลงอย่างหนักในวันอังคารหลังจากนักลงทุนต่างชาติขายหุ้นออกมาเป็นจำนวนมาก"
    burmese = "မြန်မာနိုင်ငံစစ်ကောင်စီသည်အရေးပေါ်အခြေအနေကိုသက်တမ်းတိုးကြောင်းအင်္ဂါနေ့ကကြေညာခဲ့သည်"
    hindi = "प्रधानमंत्रीनरेंद्रमोदीनेमंगलवारकोनईदिल्लीमेंकहा"
    for text in (thai, burmese, hindi):
        for limit in range(12, len(text)):
            cut = shorten(text, limit).removesuffix("…")
            assert text.startswith(cut) and len(cut) < limit
            after, last = text[len(cut)], cut[-1:]
            assert unicodedata.category(after)[0] != "M" and after != "ำ", (limit, cut)
            assert last not in "\u1039\u17d2เแโใไ", (limit, cut)
    url = "https://example.co.th/ข่าว/" + quote(thai)
    for limit in range(30, 80):
        shown = display_url(url, limit).removesuffix("…")
        assert unicodedata.category(unquote(url)[len(shown)])[0] != "M", (limit, shown)


def test_shorten_never_ends_on_a_word_that_opens_a_phrase():
    # region seed 12's no-room line: "Star striker Chen Yang scored a hat trick Wednesday for
    # China in a…"
    text = (
        "Star striker Chen Yang scored a hat trick Wednesday for China in a 10-0 rout of "
        "Thailand at the Asian Games."
    )
    assert shorten(text, 70) == "Star striker Chen Yang scored a hat trick Wednesday for China…"
    assert shorten("Talks on the future of the ministry are held", 30) == "Talks on the future…"


def test_shorten_runs_a_little_past_its_limit_rather_than_split_a_name_or_a_phrase():
    # region seeds 62-64's no-room lines: "... re-elect President Fernando Henrique…", "... gold
    # medal in the martial…", "... investor Cathay Pacific…"
    brazil = (
        "Brazilian voters appeared to re-elect President Fernando Henrique Cardoso in the first "
        "round of balloting Sunday."
    )
    assert shorten(brazil, 70).endswith("President Fernando Henrique Cardoso…")
    games = "China hopes to win its first Asian Games gold medal in the martial art of taekwondo."
    assert shorten(games, 70).endswith("gold medal in the martial art…")
    # never far past it: a short limit stays a hard one
    assert shorten("Envoy meets Suu Kyi", 8) == "Envoy…"


def test_items_group_under_their_stories_cited_once():
    ap = _article("AP", "Envoy meets Suu Kyi", "https://ap.example/1?utm_source=feed")
    reuters = _article("Reuters", "Thai minister met Suu Kyi")
    other = _article("Wire", "Port reopens")
    story = Story("s00000001", "Envoy meets Suu Kyi", (ap, reuters), ("AP", "Reuters", "AFP"), WHEN)
    section = Section(
        "Myanmar",
        "",
        (
            _item(other, "A port reopened."),
            _item(ap, "The envoy met Suu Kyi.", "s00000001"),
            _item(reuters, "She was in good health.", "s00000001"),
        ),
        stories=(story,),
    )
    found = groups(section, ZONE, "myanmar")
    assert [g.anchor for g in found] == ["story-myanmar-s00000001", "story-myanmar-1"]
    first, own = found
    assert [line.number for line in first.lines] == [2, 3]
    assert first.lines[0].via is None  # from the cited article
    assert first.lines[1].via.outlet == "Reuters"  # from another: named where it stands
    cite = first.citation
    assert (cite.outlet, cite.time, cite.headline) == ("AP", "27 Nov 22:05", "Envoy meets Suu Kyi")
    assert cite.href == "https://ap.example/1" and cite.others == ("Reuters", "AFP")
    assert cite.more == "and 2 more outlets"
    assert cite.text() == (
        "AP · 27 Nov 22:05 · Envoy meets Suu Kyi · and 2 more outlets (Reuters, AFP)"
    )
    assert own.citation.text() == "Wire · 27 Nov 22:05 · Port reopens"
    assert own.citation.href == "" and own.citation.url == ""  # a path is never a link


def test_an_untitled_article_is_not_cited_by_the_line_it_prints_whole():
    lead = "Egyptian President Hosni Mubarak flew on short notice to Syria on Sunday to mediate."
    wire = Article(
        "",
        "AP",
        "",
        "news/ap.txt",
        WHEN,
        (lead, "Talks followed."),
        sentences=("CAIRO, Egypt (AP) _", lead, "Talks followed."),
    )
    later = Item(Sentence("Talks followed.", wire, 0, 2), 0.5)
    (told,) = groups(Section("T", "", (_item(wire, lead),)), ZONE, "t")
    assert told.citation.text() == "AP · 27 Nov 22:05"  # the line already says it
    (other,) = groups(Section("T", "", (later,)), ZONE, "t")
    assert other.citation.headline == lead.rstrip(".")
    linked = replace(wire, url="https://ap.example/2")
    (link,) = groups(Section("T", "", (_item(linked, lead),)), ZONE, "t")
    assert link.citation.headline  # the headline is what the link is read by


def test_an_untitled_feature_is_not_cited_by_the_lead_that_names_no_event():
    # region two-day 150/151: "Feature · The New York Times · Manila · 28 Nov 14:29 · Christmas
    # is a sacred holiday in the Philippines" under the airline's line; the lead that makes it a
    # feature says nothing of what the line reports
    lead = "Christmas is a sacred holiday in the Philippines."
    line = "Analysts said they doubted that Philippine Airlines would find a white knight."
    feature = Article("", "NYT", "", "news/nyt.txt", WHEN, (lead, line), sentences=(lead, line))
    (group,) = groups(Section("T", "", (_item(feature, line),)), ZONE, "t")
    assert group.citation.text() == "NYT · 27 Nov 22:05"
    titled = replace(feature, title="Philippine Airlines seeks a white knight")
    (named,) = groups(Section("T", "", (_item(titled, line),)), ZONE, "t")
    assert named.citation.headline == "Philippine Airlines seeks a white knight"
    report = "Philippine Airlines cut 5,000 jobs on Monday, the airline said."
    wire = Article("", "AP", "", "news/ap.txt", WHEN, (report, line), sentences=(report, line))
    (news,) = groups(Section("T", "", (_item(wire, line),)), ZONE, "t")
    assert news.citation.headline.startswith("Philippine Airlines cut 5,000 jobs")


def test_a_citation_names_the_place_its_article_was_filed_from():
    filed = replace(_article("AP"), place="Seoul")
    (group,) = groups(Section("T", "", (_item(filed, "Talks resumed here today."),)), ZONE, "t")
    assert group.citation.named() == "AP · Seoul · 27 Nov 22:05 · Talks resume"
    (unplaced,) = groups(Section("T", "", (_item(_article("AP"), "Talks resumed."),)), ZONE, "t")
    assert unplaced.citation.named() == "AP · 27 Nov 22:05 · Talks resume"


def test_an_item_without_a_story_is_its_own_and_keeps_its_outlets():
    article = _article("Wire", url="javascript:alert(1)")
    item = Item(Sentence("Talks resumed today.", article, 0, 0), 1.0, outlets=("Wire", "AP"))
    (group,) = groups(Section("T", "", (item,)), ZONE, "t")
    assert group.citation.others == ("AP",) and group.citation.more == "and 1 more outlet"
    assert group.citation.href == ""


def test_trend_summary_in_words():
    days = [date(2026, 11, d) for d in range(22, 29)]
    assert trend_summary(list(zip(days, [5, 5, 5, 5, 5, 5, 25], strict=True))) == (
        "25 articles today, 5 a day in the 6 days before"
    )
    assert trend_summary(list(zip(days, [0, 0, 0, 0, 1, 1, 1], strict=True))) == (
        "1 article today, 0.3 a day in the 6 days before"
    )
    assert trend_summary([(days[0], 3)]) == "3 articles today"
    assert trend_summary([]) == ""


def test_the_trend_averages_only_over_days_that_were_built():
    days = [date(2026, 11, d) for d in range(22, 29)]
    trend = list(zip(days, [None, None, None, None, 2, 3, 4], strict=True))
    assert trend_summary(trend) == (
        "4 articles today, 2.5 a day on the 2 days of the 6 before with a briefing"
    )
    trend = list(zip(days, [None, None, None, None, None, 18, 10], strict=True))
    assert trend_summary(trend) == (
        "10 articles today, 18 on the one day of the 6 before with a briefing"
    )
    assert trend_summary(list(zip(days[-2:], [None, 1], strict=True))) == "1 article today"


def test_shorten_to_less_than_a_character_and_an_ellipsis_is_empty():
    assert shorten("Envoy meets Suu Kyi", 0) == ""
    assert shorten("Envoy meets Suu Kyi", 1) == ""
    assert shorten("Envoy meets Suu Kyi", -5) == ""
    assert shorten("Envoy meets Suu Kyi", 8) == "Envoy…"


def test_an_untitled_article_is_still_cited_by_its_link_or_as_untitled():
    """A first sentence of function words gives no headline: a citation with nothing else to
    name printed a bare "— ", and the HTML and email, which hang the link on the headline,
    dropped the article's link."""
    words = "Of the " * 12 + "fire were all at the mill."
    bare = Article("", "", "", "news/a.txt", None, (words,), sentences=(words,))
    assert cite(bare, (), ZONE).text() == UNTITLED
    linked = cite(replace(bare, url="https://example.org/a"), (), ZONE)
    assert (linked.headline, linked.href) == (UNTITLED, "https://example.org/a")
    assert cite(replace(bare, outlet="AP"), (), ZONE).text() == "AP"  # the outlet names it


def test_a_cut_of_function_words_alone_is_no_headline():
    assert shorten("Of the of the of the of the of the of the of the", 30) == ""
    assert shorten("Of the of the talks in the city", 25) == "Of the of the talks…"


def test_the_text_citation_names_a_few_other_outlets_and_counts_the_rest():
    article = _article("AP")
    others = [f"Outlet {n}" for n in range(209)]
    text = cite(article, ["AP", *others], ZONE).text()
    named = "Outlet 0, Outlet 1, Outlet 2, Outlet 3, Outlet 4"
    assert text.endswith(f"and 209 more outlets ({named} and 204 others)")
    assert "Outlet 5" not in text
    few = cite(article, ["AP", *others[:6]], ZONE).text()
    assert few.endswith(f"and 6 more outlets ({named}, Outlet 5)")


def test_a_section_with_a_story_too_short_to_tell_says_so():
    left = LeftOut("s1", "Myanmar junta falls.", "no sentence of 6 to 60 words")
    section = Section("Myanmar", "", (), 1, 1, left_out=(left,))
    assert quiet_note(section) == (
        "Nothing to tell on this topic today: 1 story has no sentence of 6 to 60 words."
    )


def test_an_empty_section_gives_every_reason_its_stories_were_left_out():
    """A story on the topic with no line to print is not "nothing significant": the note names
    each reason the JSON gives, counted."""
    left_out = (
        LeftOut("s1", "Talks resume", "no line that stands alone and fits the page"),
        LeftOut("s2", "Port reopens", "no line that stands alone and fits the page"),
        LeftOut("s3", "Envoy meets", f"{PASSING} (1 of 40 sentences)"),
        LeftOut("s4", "Bomb in market", f"{ELSEWHERE}Middle East"),
    )
    assert quiet_note(Section("Myanmar", "", (), 1, 1, left_out=left_out)) == (
        "Nothing significant on this topic today: 2 stories have no line that stands alone and "
        "fits the page; 1 story mentions it in passing; 1 story is more about another topic: "
        "Middle East."
    )
    alone = (LeftOut("s1", "Talks resume", "no line that stands alone and fits the page"),)
    assert quiet_note(Section("Myanmar", "", (), 1, 1, left_out=alone)) == (
        "Nothing to tell on this topic today: 1 story has no line that stands alone and fits the "
        "page."
    )


def test_an_empty_section_with_an_unchanged_story_still_gives_the_other_reasons():
    """An unchanged story does not hide a story left out for another reason: the note named the
    unchanged one only, and the passing mention and the story without a line went unseen."""
    left_out = (
        LeftOut("s1", "Talks resume", f"{UNCHANGED}2026-11-26"),
        LeftOut("s2", "Port reopens", "no line that stands alone and fits the page"),
        LeftOut("s3", "Envoy meets", f"{PASSING} (1 of 40 sentences)"),
    )
    assert quiet_note(Section("Myanmar", "", (), 1, 1, left_out=left_out)) == (
        "No new developments since 26 November 2026: Talks resume. Nothing else significant on "
        "this topic today: 1 story has no line that stands alone and fits the page; 1 story "
        "mentions it in passing."
    )
    assert quiet_note(Section("Myanmar", "", (), 1, 1, left_out=left_out[:2])) == (
        "No new developments since 26 November 2026: Talks resume. Nothing else to tell on this "
        "topic today: 1 story has no line that stands alone and fits the page."
    )


def test_a_quiet_note_ending_on_a_topic_name_with_its_own_stop_gets_no_second():
    left_out = (LeftOut("s1", "Talks resume", f"{ELSEWHERE}Trade with the U.S."),)
    assert quiet_note(Section("China", "", (), 1, 1, left_out=left_out)) == (
        "Nothing significant on this topic today: 1 story is more about another topic: Trade "
        "with the U.S."
    )


def test_a_story_without_a_headline_is_listed_as_untitled_not_as_an_empty_entry():
    """A left-out story whose text gave no headline ("Of the of the …") is still named."""
    left_out = (
        LeftOut("s1", "", OFF_PAGE, "new"),
        LeftOut("s2", "Talks resume", OFF_PAGE),
        LeftOut("s3", "", f"{UNCHANGED}2026-11-26"),
    )
    section = Section("T", "", (), left_out=left_out)
    listed = "No room on this page for: [New] an untitled story; Talks resume."
    assert no_room_line(section) == listed
    assert unchanged_line(section) == "Unchanged since earlier briefings: an untitled story."
    quiet = quiet_note(Section("T", "", (), left_out=left_out[2:]))
    assert quiet == "No new developments since 26 November 2026: an untitled story."


def test_stories_unchanged_under_one_briefed_headline_are_named_once():
    """Two of today's stories continuing the one story briefed under "Talks resume" are that
    story to the reader: the line names it once, by its latest briefing."""
    left_out = (
        LeftOut("s1", "Talks resume", f"{UNCHANGED}2026-11-25"),
        LeftOut("s2", "Port reopens", f"{UNCHANGED}2026-11-26"),
        LeftOut("s3", "Talks resume", f"{UNCHANGED}2026-11-27"),
    )
    section = Section("T", "", (), left_out=left_out)
    assert (
        unchanged_line(section) == "Unchanged since earlier briefings: Talks resume; Port reopens."
    )
    quiet = quiet_note(section)
    assert quiet == "No new developments since 27 November 2026: Talks resume; Port reopens."


def test_an_unchanged_story_is_named_by_its_headline_cut_as_the_page_shows_one():
    """A briefed headline of hundreds of characters (a title running on) is named in the
    unchanged line and a quiet note cut at HEADLINE_CHARS, as the page shows it: named whole,
    eight such titles made one 15,000-character line and the PDF left the whole topic out."""
    long = "North Korea opened a railway: " + " ".join(f"stop{n}" for n in range(80))
    left_out = (LeftOut("s1", long, f"{UNCHANGED}2026-11-26"),)
    cut = shorten(long, HEADLINE_CHARS)
    assert cut.endswith("…") and len(cut) <= HEADLINE_CHARS
    section = Section("Korea", "", (), left_out=left_out)
    assert unchanged_line(section) == f"Unchanged since earlier briefings: {cut}"
    assert quiet_note(section) == f"No new developments since 26 November 2026: {cut}"

    # two titles alike up to the cut are one name on the page, with the later day
    other = LeftOut("s2", long + " and beyond", f"{UNCHANGED}2026-11-27")
    section = Section("Korea", "", (), left_out=(*left_out, other))
    assert unchanged_line(section) == f"Unchanged since earlier briefings: {cut}"
    assert quiet_note(section) == f"No new developments since 27 November 2026: {cut}"


def test_a_listed_headline_is_never_cut_before_its_verb():
    # region seeds 71 and 74: "The death toll from almost three weeks of sub-zero
    # temperatures…", "Hundreds of thousands of pieces of Swissair Flight 111…" named stories
    # in the no-room line by their subjects alone
    toll = "The death toll from almost three weeks of sub-zero temperatures has reached 83"
    pieces = (
        "Hundreds of thousands of pieces of Swissair Flight 111 have now been retrieved from the "
        "ocean floor"
    )
    faa = (
        "The Federal Aviation Administration on Thursday abruptly ordered airlines that fly "
        "MD-11s to inspect two cockpit switches"
    )
    left_out = tuple(LeftOut(f"s{n}", h, OFF_PAGE) for n, h in enumerate((toll, pieces, faa)))
    assert no_room_line(Section("Europe", "", (), left_out=left_out)) == (
        f"No room on this page for: {toll}; {pieces}; {faa}."
    )


@pytest.mark.parametrize(
    ("headline", "listed"),
    [
        pytest.param(  # dropped "at least 62 people", the news, with the qualifier it ended on
            "An Arctic cold wave and accompanying blizzards have killed at least 62 people "
            "throughout Europe",
            "An Arctic cold wave and accompanying blizzards have killed at least 62 people…",
            id="seed-172",
        ),
        pytest.param(  # read "months" as its verb and named the story by its setting alone
            "Nine months before the attack on the American Embassy in Nairobi, U.S. intelligence "
            "officials received a detailed warning…",
            "Nine months before the attack on the American Embassy in Nairobi, U.S. intelligence "
            "officials received a detailed warning…",
            id="seed-174",
        ),
    ],
)
def test_a_listed_headline_keeps_its_number_and_reaches_past_a_spelled_numbers_setting(
    headline, listed
):
    """review16: region seeds 172 and 174's no-room lines."""
    left_out = (LeftOut("s1", headline, OFF_PAGE),)
    assert no_room_line(Section("Europe", "", (), left_out=left_out)) == (
        f"No room on this page for: {listed}"
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # review18: region seeds 222 and 224 listed "Indonesian legislators on Friday chided a
        # Portuguese effort…", two-day 177 "A delegation of U.N. war crimes investigators and
        # prosecutors plans…": the infinitive that says what
        (
            "Indonesian legislators on Friday chided a Portuguese effort to extradite former "
            "President Suharto",
            "A delegation of U.N. war crimes investigators and prosecutors plans to visit Kosovo "
            "early next month",
        ),
        # review19: region seeds 226 and 228 listed "President Joseph Estrada on Saturday urged
        # militant unionists at Philippine Airlines…": what the urging asks
        (
            "President Joseph Estrada on Saturday urged militant unionists at Philippine "
            "Airlines to accept a vote…",
            "Russia's parliament on Wednesday asked President Boris Yeltsin to offer political "
            "asylum to Kurdish rebel leader Abdullah Ocalan",
        ),
    ],
    ids=["infinitive", "asking"],
)
def test_a_listed_headline_is_never_cut_before_what_its_verb_awaits(first, second):
    left_out = (LeftOut("s1", first, OFF_PAGE), LeftOut("s2", second, OFF_PAGE))
    assert no_room_line(Section("Asia", "", (), left_out=left_out)) == (
        f"No room on this page for: {first}; {second}."
    )


@pytest.mark.parametrize("limit", [20, 28, 40, 60])
def test_a_cut_never_ends_on_a_dash(limit):
    """A cut stops before a dash it reaches, never on it ("Fire at the mill _…" printed the
    wire's dash bare, where the page sets it as a dash only between words)."""
    text = "Fire at the mill _ two dead as - the alarm failed — in the night shift of a long week"
    cut = shorten(text, limit)
    assert cut.endswith("…") and cut[:-1].split()[-1] not in ("_", "-", "—"), cut


@pytest.mark.parametrize(
    ("source", "page"),
    [
        (
            "The score _ the best-selling single _ will",
            "The score — the best-selling single — will",
        ),
        (
            "_ Almost 55 percent of adults are overweight.",
            "— Almost 55 percent of adults are overweight.",
        ),
        ("Port strike ends after talks _", "Port strike ends after talks —"),
        ("the alarm, known as __ALARM_V2__, failed", "the alarm, known as __ALARM_V2__, failed"),
        (
            "https://example.org/mill_fire_(update) and snake_case",
            "https://example.org/mill_fire_(update) and snake_case",
        ),
        ("a __ b", "a __ b"),
    ],
)
def test_typeset_sets_the_wires_lone_underscore_as_a_dash_and_nothing_else(source, page):
    """The wire's dash is an underscore standing alone as a word: between words, opening a
    listed point (AP's "_ Almost 55 percent ...") or closing a title."""
    assert typeset(source) == page
