import io
import json
import os
import re
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from datetime import UTC, date, datetime
from html import unescape
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from briefing.errors import BriefingError
from briefing.models import (
    OFF_PAGE,
    Article,
    Briefing,
    Item,
    LeftOut,
    Section,
    Sentence,
    Skipped,
    Story,
)
from briefing.render.renderer import Renderer, _TemplatesOnly, cut_order, without
from briefing.render.serialize import from_dict

ARTICLE = Article(
    "Talks resume",
    "Wire",
    "https://example.org/a",
    "news/a.txt",
    datetime(2026, 11, 27, 22, 0, tzinfo=UTC),
    ("x",),
)


def _briefing(
    items_per_topic: int, text: str = "Diplomats met in Jakarta on Thursday."
) -> Briefing:
    sections = tuple(
        Section(
            name,
            "",
            tuple(
                Item(Sentence(f"{text} ({name} {n})", ARTICLE, 0, n), 1 - n / 100)
                for n in range(items_per_topic)
            ),
            1,
            9,
        )
        for name in ("Alpha", "Beta", "Gamma")
    )
    return Briefing(
        date(2026, 11, 28),
        datetime(2026, 11, 28, 5, 0, tzinfo=UTC),
        sections,
        (Skipped("bad.txt", "empty file"),),
        1,
    )


def _pdf_text(data: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(data))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def test_json_has_the_documented_shape(config):
    data = json.loads(Renderer(config).json(_briefing(1)))
    assert data["date"] == "2026-11-28"
    item = data["topics"][0]["items"][0]
    assert set(item) >= {"text", "score", "source"}
    assert item["source"] == {
        "title": "Talks resume",
        "outlet": "Wire",
        "url": "https://example.org/a",
        "path": "news/a.txt",
        "published": "2026-11-27T22:00:00+00:00",
        "place": "",
        "also": [],
        "flags": [],
    }
    assert data["skipped"] == [{"source": "bad.txt", "reason": "empty file"}]


def test_every_output_names_where_a_wire_story_was_filed(config):
    """The dateline's place, left out of the line, is in its citation on every page and kept
    through the JSON a past edition is rendered from again."""
    filed = replace(ARTICLE, place="Seoul")
    sentence = Sentence("Diplomats arrived here on Thursday.", filed, 0, 0)
    section = Section("Alpha", "", (Item(sentence, 1.0),), 1, 9)
    briefing = Briefing(date(2026, 11, 28), datetime(2026, 11, 28, 5, 0, tzinfo=UTC), (section,))
    renderer = Renderer(config)
    cited = "Wire</span> · Seoul · 27 Nov 22:00"
    assert cited in renderer.html(briefing)
    assert "Wire</b> · Seoul · 27 Nov 22:00" in renderer.email(briefing)[1]
    assert "— Wire · Seoul · 27 Nov 22:00 · Talks resume" in renderer.text(briefing)
    again = from_dict(json.loads(renderer.json(briefing)))
    assert again.sections[0].items[0].sentence.article.place == "Seoul"


def test_text_cites_every_story_without_paths(config):
    text = Renderer(config).text(_briefing(2))
    assert text.count("   — Wire · 27 Nov 22:00 · Talks resume\n     https://example.org/a\n") == 6
    assert "news/a.txt" not in text
    assert "bad.txt" not in text and "empty file" not in text  # on stderr and in the JSON
    assert text.endswith("from 1 article; 1 source skipped.\n")


def test_pdf_is_one_page_and_cites_sources(config):
    _, files = Renderer(config).outputs(_briefing(2))
    pages, text = _pdf_text(files["briefing.pdf"])
    assert pages == 1
    for name in ("Alpha", "Beta", "Gamma"):
        assert name in text
    assert text.count("Wire · 27 Nov 22:00 · Talks resume") == 6


def test_too_many_items_are_cut_to_one_page_keeping_every_topic(config):
    long = "The ministers discussed the long and winding matter of regional security " * 4
    briefing, files = Renderer(config).outputs(_briefing(20, long))
    assert _pdf_text(files["briefing.pdf"])[0] == 1
    assert all(1 <= len(s.items) < 20 for s in briefing.sections)
    # The kept items are the best-scored ones of each section.
    assert all(s.items[-1].score >= 1 - (len(s.items) - 1) / 100 for s in briefing.sections)
    assert json.loads(files["briefing.json"])["topics"][0]["items"][0]["score"] == 1.0


def test_coming_up_leaves_the_page_when_stories_would_otherwise_be_cut(config):
    from briefing.models import Event

    long = "The ministers discussed the long and winding matter of regional security " * 4
    crowded = _briefing(20, long)
    said = Sentence(f"The ministers will meet again on Friday. {long}", ARTICLE, 0, 99)
    events = tuple(Event(date(2026, 11, 28 + n), "day", "Friday", said, "Alpha") for n in range(3))
    with_events = replace(crowded, coming=events)
    renderer = Renderer(config)
    page_alone = renderer.fit(crowded).page
    fitted = renderer.fit(with_events)
    assert fitted.page.coming == () and fitted.briefing.coming == events
    assert sum(map(len, (s.items for s in fitted.page.sections))) == sum(
        map(len, (s.items for s in page_alone.sections))
    )
    _, files = renderer.outputs(with_events)
    assert "Coming up" not in _pdf_text(files["briefing.pdf"])[1]
    assert "COMING UP" in files["briefing.txt"].decode()
    # A page with room keeps its Coming up
    roomy = renderer.fit(replace(_briefing(1), coming=events[:1]))
    assert roomy.page.coming == events[:1]


def test_coming_up_says_where_its_line_was_filed(config):
    """A Coming up line is cited by its outlet and its dateline's place, as a section's line is:
    "church Masses and a march are planned to coincide with the seventh anniversary of a
    massacre ..." never says where; "(AP)" did not either."""
    from briefing.models import Event

    filed = replace(ARTICLE, place="Dili")
    said = Sentence("Church Masses and a march are planned on Thursday.", filed, 0, 9)
    briefing = replace(
        _briefing(1), coming=(Event(date(2026, 12, 3), "day", "Thursday", said, "Alpha"),)
    )
    renderer = Renderer(config)
    assert "planned on Thursday. (Wire · Dili, https://example.org/a)" in renderer.text(briefing)
    html = renderer.html(briefing)
    assert '<a href="https://example.org/a">Wire</a> · Dili</span>' in html
    _, files = renderer.outputs(briefing)
    assert "Wire · Dili" in _pdf_text(files["briefing.pdf"])[1]
    unplaced = replace(
        briefing, coming=(replace(briefing.coming[0], sentence=replace(said, article=ARTICLE)),)
    )
    assert "planned on Thursday. (Wire, https://example.org/a)" in renderer.text(unplaced)


def test_cut_order_drops_lowest_first_and_never_empties_a_topic():
    assert cut_order(_briefing(1)) == []
    order = cut_order(_briefing(3))
    assert len(order) == 6
    assert {n for _, n in order[:3]} == {2}  # every topic's worst item goes first
    smaller = without(_briefing(3), order)
    assert [len(s.items) for s in smaller.sections] == [1, 1, 1]
    assert all(s.items[0].score == 1.0 for s in smaller.sections)


def test_a_story_second_item_goes_before_any_story_first_and_empty_stories_go():
    story = Story("s1", "Talks", (ARTICLE,), ("AP",), None, 2.0)
    other = Story("s2", "Fire", (ARTICLE,), ("AP",), None, 0.4)
    items = (
        Item(Sentence("Talks began in Jakarta on Thursday.", ARTICLE, 0, 0), 2.0, story="s1"),
        Item(Sentence("Both sides said they made progress.", ARTICLE, 0, 1), 1.0, story="s1"),
        Item(Sentence("A fire destroyed a warehouse on Monday.", ARTICLE, 0, 2), 0.4, story="s2"),
    )
    briefing = replace(_briefing(1), sections=(Section("T", "", items, 1, 3, (), (story, other)),))
    order = cut_order(briefing)
    assert order == [(0, 1), (0, 2)]  # the second item of s1 first, although it scores higher
    cut = without(briefing, order[1:])
    assert [s.id for s in cut.sections[0].stories] == ["s1"]
    # the story the page had no room for is named, with why, in every output's left out
    assert cut.sections[0].left_out == (LeftOut("s2", "Fire", OFF_PAGE),)


def _crowded(count: int, repeat: int) -> Briefing:
    """One section of `count` stories, new and developing in turn, told by long items."""
    long = "The ministers discussed the long and winding matter of regional security " * repeat
    stories = tuple(
        Story(f"s{n}", f"Talks round {n}", (ARTICLE,), ("Wire",), None, 1 - n / 100)
        for n in range(count)
    )
    stories = tuple(
        replace(s, status="developing" if n % 2 else "new") for n, s in enumerate(stories)
    )
    items = tuple(
        Item(Sentence(f"{long}(round {n})", ARTICLE, 0, n), 1 - n / 100, story=f"s{n}")
        for n in range(count)
    )
    return replace(_briefing(1), sections=(Section("Alpha", "", items, 1, count, (), stories),))


def test_stories_the_page_has_no_room_for_are_named_with_their_status(config):
    """A development of a story briefed before that the page cannot hold is not dropped unseen:
    one line under its section names it, with its status, in the text and the JSON (and the
    PDF, below)."""
    fitted, files = Renderer(config).outputs(_crowded(12, 4))
    [section] = fitted.sections
    told = [s.id for s in section.stories]
    assert _pdf_text(files["briefing.pdf"])[0] == 1 and 1 <= len(told) < 12
    cut = [s for s in _crowded(12, 4).sections[0].stories if s.id not in told]
    assert [(left.story, left.reason, left.status) for left in section.left_out] == [
        (s.id, OFF_PAGE, s.status) for s in cut
    ]
    listed = "; ".join(f"[{s.status.capitalize()}] {s.headline}" for s in cut)
    assert f"No room on this page for: {listed}." in files["briefing.txt"].decode()
    topic = json.loads(files["briefing.json"])["topics"][0]
    assert [left["status"] for left in topic["left_out"]] == [s.status for s in cut]


def test_the_pdf_names_the_stories_it_cut_when_the_line_fits_where_they_did_not(config):
    fitted, files = Renderer(config).outputs(_crowded(3, 25))
    assert [s.id for s in fitted.sections[0].stories] == ["s0", "s1"]
    pages, pdf = _pdf_text(files["briefing.pdf"])
    assert pages == 1 and "No room on this page for: [New] Talks round 2." in " ".join(pdf.split())


def _stories_section(name: str, count: int, repeat: int, headline: str, score: float) -> Section:
    """A section of `count` new stories, each told by one item `repeat` phrases long."""
    long = "The ministers discussed the long and winding matter of regional security " * repeat
    ids = [f"{name}{n}" for n in range(count)]
    stories = tuple(
        Story(i, f"{headline} {n}", (ARTICLE,), ("Wire",), None, score - n / 100, status="new")
        for n, i in enumerate(ids)
    )
    items = tuple(
        Item(Sentence(f"{long}(round {n})", ARTICLE, 0, n), score - n / 100, story=i)
        for n, i in enumerate(ids)
    )
    return Section(name, "", items, 1, count, (), stories)


def test_the_pdf_names_the_stories_cut_from_each_section_whose_line_fits(config):
    """Region seeds 110-114: every section's no-room line together never fit, so the PDF named no
    cut story at all; the lines that fit are printed, in page order, still at no item's cost."""
    wordy = "The delegations of the northern and southern provinces met again over the border"
    sections = (
        _stories_section("Alpha", 3, 25, "Talks round", 1.0),
        _stories_section("Beta", 14, 2, wordy, 0.5),
    )
    fitted, files = Renderer(config).outputs(replace(_briefing(1), sections=sections))
    alpha, beta = fitted.sections
    assert [len(s.left_out) for s in (alpha, beta)] == [1, 13]
    text = files["briefing.txt"].decode()
    assert "No room on this page for: [New] Talks round 2." in text
    assert text.count(f"[New] {wordy[:40]}") == 13
    pages, pdf = _pdf_text(files["briefing.pdf"])
    pdf = " ".join(pdf.split())
    assert pages == 1 and "No room on this page for: [New] Talks round 2." in pdf
    assert f"[New] {wordy[:40]}" not in pdf  # Beta's line, thirteen headlines long: no room
    assert pdf.count("(round ") == len(alpha.items) + len(beta.items)


def test_each_story_not_news_is_labelled_for_what_it_is_on_every_page(config):
    """Opinion, news analysis and features are each named by their own word, news by none."""
    reasons = ["its title marks it as opinion", "news analysis: its lead ...", "a feature: ...", ""]
    crowded = _crowded(4, 1)
    [section] = crowded.sections
    stories = tuple(replace(s, opinion=r) for s, r in zip(section.stories, reasons, strict=True))
    labelled = replace(crowded, sections=(replace(section, stories=stories),))
    renderer = Renderer(config)
    text = renderer.text(labelled)
    assert [text.count(f"— {word} · ") for word in ("Opinion", "Analysis", "Feature")] == [1] * 3
    for html in (renderer.html(labelled), renderer.email(labelled)[1]):
        found = re.findall(r'class="opinion"[^>]*>([^<]*)<', html)
        assert found == ["Opinion", "Analysis", "Feature"]


def test_article_text_is_escaped_in_html(config):
    hostile = "<script>alert(1)</script><img src=x onerror=alert(2)> said the minister."
    html = Renderer(config).html(_briefing(1, hostile))
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_article_text_is_escaped_in_the_email(config):
    hostile = "<script>alert(1)</script><img src=x onerror=alert(2)> said the minister."
    _, html = Renderer(config).email(_briefing(1, hostile))
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html


def test_pdf_fetches_nothing_outside_the_templates(config, tmp_path):
    fetch = _TemplatesOnly([tmp_path])
    for url in ("http://127.0.0.1/x.png", "file:///etc/passwd", "data:text/plain,hi"):
        with pytest.raises(ValueError, match="refusing"):
            fetch(url)
    (tmp_path / "ok.css").write_text("p {}")
    assert fetch((tmp_path / "ok.css").as_uri()).read() == b"p {}"


def test_user_templates_override_and_errors_name_file_and_line(config, tmp_path):
    (tmp_path / "briefing.txt").write_text("Custom {{ title }}\n")
    assert Renderer(config, tmp_path).text(_briefing(1)) == "Custom Daily briefing\n"
    (tmp_path / "briefing.txt").write_text("line one\n{% for x in %}\n")
    with pytest.raises(BriefingError, match=r"briefing.txt:2: "):
        Renderer(config, tmp_path).text(_briefing(1))


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    counts=st.lists(st.integers(min_value=0, max_value=40), min_size=1, max_size=5),
    words=st.integers(min_value=6, max_value=60),
    title_words=st.integers(min_value=1, max_value=30),
)
def test_any_input_fits_one_page_keeping_every_topic_that_had_items(
    config, counts, words, title_words
):
    article = Article(
        " ".join(["Headline"] * title_words),
        "Outlet",
        "https://x.example/" + "segment/" * 10,
        "",
        datetime(2026, 11, 27, tzinfo=UTC),
        ("x",),
    )
    sentence = " ".join(["word"] * (words - 1)) + " end."
    sections = tuple(
        Section(
            f"Topic {s}",
            "",
            tuple(Item(Sentence(sentence, article, 0, n), 1 - n / 50) for n in range(count)),
            1,
            count,
        )
        for s, count in enumerate(counts)
    )
    briefing = Briefing(date(2026, 11, 28), datetime(2026, 11, 28, tzinfo=UTC), sections, (), 1)
    fit = Renderer(config).fit(briefing)
    assert len(fit.document.pages) == 1
    for before, after in zip(briefing.sections, fit.briefing.sections, strict=True):
        assert (len(after.items) >= 1) == (len(before.items) >= 1)
        assert after.items == before.items[: len(after.items)]  # the best ones are kept


def _story_briefing(articles: dict[str, Article], topics: int = 2, **extra) -> Briefing:
    """Topics with two stories each: the first told by two items and carried by three outlets."""
    sections = []
    for t in range(topics):
        name = f"Topic {t}"
        first, second = f"s{t:04d}0001", f"s{t:04d}0002"
        sections.append(
            Section(
                name,
                "",
                (
                    Item(
                        Sentence(f"Envoys met in Jakarta ({t}).", articles["ap"], 0, 0),
                        0.9 - t / 10,
                        story=first,
                    ),
                    Item(
                        Sentence(f"They agreed on a plan ({t}).", articles["ap"], 0, 1),
                        0.5,
                        story=first,
                    ),
                    Item(
                        Sentence(f"A port reopened ({t}).", articles["wire"], 0, 0),
                        0.4,
                        story=second,
                    ),
                ),
                3,
                9,
                stories=(
                    Story(
                        first,
                        articles["ap"].title,
                        (articles["ap"],),
                        ("AP", "Reuters", "AFP"),
                        None,
                        0.9 - t / 10,
                    ),
                    Story(
                        second, articles["wire"].title, (articles["wire"],), ("Wire",), None, 0.4
                    ),
                ),
            )
        )
    return Briefing(
        date(2026, 11, 28),
        datetime(2026, 11, 28, 5, 0, tzinfo=UTC),
        tuple(sections),
        (),
        3,
        **extra,
    )


ARTICLES = {
    "ap": Article(
        "Envoy meets Suu Kyi",
        "AP",
        "https://ap.example/news/1?utm_source=rss&utm_medium=feed&id=7&fbclid=abc",
        "/home/analyst/news/ap.txt",
        datetime(2026, 11, 27, 22, 0, tzinfo=UTC),
        ("x",),
    ),
    "wire": Article("Port reopens", "Wire", "", "/home/analyst/news/wire.txt", None, ("x",)),
}


def _links(pdf: bytes) -> list[str]:
    """Every link on the PDF's pages: a URI, or "#name" for a link within the page."""
    reader = PdfReader(io.BytesIO(pdf))
    annotations = [a.get_object() for page in reader.pages for a in page.get("/Annots", [])]
    return [str(a["/A"]["/URI"]) if "/A" in a else f"#{a['/Dest']}" for a in annotations]


def test_a_story_is_cited_once_its_headline_the_link(config):
    briefing = _story_briefing(ARTICLES)
    html = Renderer(config).html(briefing)
    link = '<a href="https://ap.example/news/1?id=7">Envoy meets Suu Kyi</a>'
    assert html.count(link) == 2  # one citation per story, in each topic
    assert html.count('<p class="source">') == 4  # four stories, six items
    assert html.count('title="Reuters, AFP">and 2 more outlets</span>') == 2
    assert "utm_" not in html and "fbclid" not in html and "break-all" not in html
    text = Renderer(config).text(briefing)
    assert (
        text.count("— AP · 27 Nov 22:00 · Envoy meets Suu Kyi · and 2 more outlets (Reuters, AFP)")
        == 2
    )
    assert text.count("https://ap.example/news/1?id=7") == 2
    assert "1. Envoys met in Jakarta (0).\n   They agreed on a plan (0).\n   — AP" in text


def test_no_path_and_no_unsafe_link_reaches_a_reader(config):
    hostile = {
        "ap": replace(ARTICLES["ap"], url="javascript:alert(document.cookie)"),
        "wire": replace(ARTICLES["wire"], url="data:text/html,<b>x</b>"),
    }
    for url in ("file:///etc/passwd", "JAVASCRIPT:alert(1)", " javascript:alert(1)"):
        renderer = Renderer(config)
        briefing = _story_briefing(
            hostile | {"ap": replace(hostile["ap"], url=url)} if url else hostile
        )
        _, files = renderer.outputs(briefing)
        shown = [files[name].decode() for name in ("briefing.html", "briefing.txt")]
        shown.append(_pdf_text(files["briefing.pdf"])[1])
        for text in shown:
            assert "/home/analyst" not in text and "ap.txt" not in text
            assert "javascript:" not in text.lower() and "file:" not in text and "data:" not in text
        assert all(link.startswith(("https://", "#")) for link in _links(files["briefing.pdf"]))
        data = json.loads(files["briefing.json"])
        assert data["topics"][0]["items"][0]["source"]["path"] == "/home/analyst/news/ap.txt"


def test_pdf_links_are_http_only(config):
    _, files = Renderer(config).outputs(_story_briefing(ARTICLES))
    uris = [link for link in _links(files["briefing.pdf"]) if link.startswith("http")]
    assert uris == ["https://ap.example/news/1?id=7"] * 2


def test_top_stories_lead_the_page(config):
    briefing = _story_briefing(ARTICLES, topics=3)
    top = [story.id for story, _ in briefing.top_stories()]
    assert top == ["s00000001", "s00010001", "s00020001"]
    html = Renderer(config).html(briefing)
    block = html.split('<section id="top-stories"', 1)[1].split("</section>", 1)[0]
    assert block.count("<li>") == 3
    assert '<a href="#story-topic-0-s00000001">Envoy meets Suu Kyi</a>' in block
    assert "· 3 outlets · Topic 0" in block
    assert 'id="story-topic-0-s00000001"' in html
    text = Renderer(config).text(briefing)
    assert "TOP STORIES\n1. Envoy meets Suu Kyi · 3 outlets · Topic 0\n" in text
    # A story cut from the page leaves the block with it.
    assert 'id="top-stories"' not in Renderer(config).html(_briefing(1))


def test_footer_says_the_window_used(config):
    plain = Renderer(config).html(_briefing(1))
    assert "news published in the 24 hours before" in plain
    since = replace(_briefing(1), since=datetime(2026, 11, 20, tzinfo=UTC))
    for text in (Renderer(config).html(since), Renderer(config).text(since)):
        assert "news published since 20 Nov 2026, 00:00" in text
        assert "24 hours" not in text


def test_trend_figure_has_alt_text_and_numbers(config):
    trend = tuple(
        (date(2026, 11, d), n) for d, n in zip(range(22, 29), [5, 4, 6, 5, 5, 5, 25], strict=True)
    )
    briefing = _briefing(1)
    briefing = replace(briefing, sections=tuple(replace(s, trend=trend) for s in briefing.sections))
    _, files = Renderer(config).outputs(briefing)
    reader = PdfReader(io.BytesIO(files["briefing.pdf"]))
    figures = []

    def walk(element):
        element = element.get_object()
        if element.get("/S") == "/Figure":
            figures.append(str(element.get("/Alt", "")))
        for kid in element.get("/K", []) if isinstance(element.get("/K"), list) else []:
            if hasattr(kid, "get_object") and hasattr(kid.get_object(), "get"):
                walk(kid)

    walk(reader.trailer["/Root"]["/StructTreeRoot"])
    assert len(figures) == 3
    assert all(
        "22 Nov 5" in alt and "25 articles today, 5 a day in the 6 days before" in alt
        for alt in figures
    )
    assert (
        _pdf_text(files["briefing.pdf"])[1].count("25 articles today, 5 a day in the 6 days before")
        == 3
    )


# A line in each script the desks read, with its fontconfig language (Mongolian's own script is
# left out: only the 42 MB fonts-noto-core draws it).
DESK_SCRIPTS = {
    "vi": "Việt Nam phản đối",
    "ru": "Москва заявила",
    "el": "Αθήνα κυβέρνηση",
    "hy": "Երևան կառավարություն",
    "ka": "თბილისი მთავრობა",
    "he": "ירושלים ממשלה",
    "ar": "القدس الحكومة غزة",
    "fa": "تهران گفتگو پژوهش",
    "ur": "پاکستان کی حکومت ہے۔",
    "hi": "नई दिल्ली सरकार",
    "bn": "ঢাকা সরকার",
    "pa": "ਅੰਮ੍ਰਿਤਸਰ ਸਰਕਾਰ",
    "gu": "અમદાવાદ સરકાર",
    "or": "ଭୁବନେଶ୍ୱର ସରକାର",
    "te": "హైదరాబాద్ ప్రభుత్వం",
    "kn": "ಬೆಂಗಳೂರು ಸರ್ಕಾರ",
    "ml": "തിരുവനന്തപുരം സർക്കാർ",
    "ta": "சென்னை அரசு",
    "si": "කොළඹ රජය",
    "th": "กรุงเทพมหานคร รัฐบาล",
    "lo": "ວຽງຈັນ ລັດຖະບານ",
    "km": "ភ្នំពេញ រដ្ឋាភិបាល",
    "my": "မြန်မာ နိုင်ငံ",
    "bo": "ལྷ་ས་ བོད་",
    "zh-cn": "仁爱礁 中国海警",
    "ja": "東京 ひらがな カタカナ",
    "ko": "서울 정부",
    "am": "አዲስ አበባ መንግሥት",
}


def _inked_fonts(pdf: bytes) -> dict[str, set[str]]:
    """Each character the PDF draws -> the embedded fonts whose glyph for it has ink (a glyph
    that is .notdef or empty, tofu, counts for none)."""
    from fontTools.ttLib import TTFont

    inked: dict[str, set[str]] = {}
    for font in PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]["/Font"].values():
        font = font.get_object()
        descendant = font["/DescendantFonts"][0].get_object()
        program = descendant["/FontDescriptor"]["/FontFile2"].get_object().get_data()
        tt = TTFont(io.BytesIO(program))
        order, glyf = tt.getGlyphOrder(), tt["glyf"]
        encoding = font["/Encoding"].get_object()  # a custom CMap maps codes to glyph ids
        to_glyph = (
            {
                int(c, 16): int(g)
                for c, g in re.findall(r"<([0-9a-f]+)> (\d+)", encoding.get_data().decode())
            }
            if hasattr(encoding, "get_data")
            else {}
        )
        cmap = font["/ToUnicode"].get_object().get_data().decode().split("endcodespacerange")[-1]
        for code, hexed in re.findall(r"<([0-9a-f]+)> *<([0-9a-f]*)>", cmap):
            gid = to_glyph.get(int(code, 16), int(code, 16))
            name = str(font["/BaseFont"]).split("+")[-1]
            for ch in bytes.fromhex(hexed).decode("utf-16-be"):
                fonts = inked.setdefault(ch, set())
                if 0 < gid < len(order) and glyf[order[gid]].numberOfContours != 0:
                    fonts.add(name)
    return inked


def test_every_desk_script_prints_in_a_font_the_stylesheet_names(config):
    """No script the desks read prints as empty boxes, and each is drawn whole by one face the
    stylesheet names (not fontconfig's guess, not two fonts in one word); skips only where the
    fonts are missing and `make` could not install them (not root, or no apt-get)."""
    lines = [f"{lang}: {text}." for lang, text in DESK_SCRIPTS.items()]
    body = tuple(" ".join(lines[n : n + 4]) for n in range(0, len(lines), 4))
    _, files = Renderer(config).outputs(_briefing(1, " ".join(body)))
    inked = _inked_fonts(files["briefing.pdf"])
    tofu = [
        lang
        for lang, text in DESK_SCRIPTS.items()
        if any(not inked.get(ch) for ch in text if not ch.isspace())
    ]
    fc_list = shutil.which("fc-list")
    unfonted = [
        lang
        for lang in tofu
        if not fc_list
        or not subprocess.run(
            [fc_list, f":lang={lang}", "family"], capture_output=True, text=True
        ).stdout.strip()
    ]
    if tofu and unfonted == tofu and not (os.geteuid() == 0 and shutil.which("apt-get")):
        pytest.skip(f"no font installed for {', '.join(tofu)}: `make` as root installs them")
    assert not tofu, f"printed as empty boxes: {tofu} (run `make system-packages` as root)"
    stylesheet = (Path(__file__).resolve().parents[1] / "templates" / "style.css").read_text()
    named = re.sub(r"[\s-]", "", stylesheet)
    for lang, text in DESK_SCRIPTS.items():
        letters = [ch for ch in text if ch.isalpha()]
        drawn_by = set.intersection(*(inked[ch] for ch in letters))
        assert drawn_by, f"{lang}: no one font draws all of {text!r}"
        assert any(re.sub("-", "", face) in named for face in drawn_by), (lang, drawn_by)


def test_emoji_in_a_line_or_an_outlet_print_in_a_font_the_stylesheet_names(config):
    """Emoji a post or an outlet's name carries (a joined family, a flag, a newspaper) print with
    ink, not as boxes or blanks; skips as the script test does where no font draws them."""
    emoji = (
        "\U0001f468\u200d\U0001f469\u200d\U0001f467 \U0001f1ee\U0001f1f7 \U0001f4f0 \u2764\ufe0f"
    )
    article = replace(ARTICLE, outlet="\U0001f4f0 Daily")
    item = Item(Sentence(f"Families {emoji} waited in Tehran on Monday.", article, 0, 0), 1.0)
    section = Section("Iran", "", (item,), 1, 9)
    briefing = Briefing(date(2026, 11, 28), datetime(2026, 11, 28, 5, 0, tzinfo=UTC), (section,))
    inked = _inked_fonts(Renderer(config).outputs(briefing)[1]["briefing.pdf"])
    drawn = [ch for ch in emoji if unicodedata.category(ch) == "So"]
    tofu = [ch for ch in drawn if not inked.get(ch)]
    fc_list = shutil.which("fc-list")
    fonted = (
        fc_list
        and subprocess.run(
            [fc_list, ":charset=1f4f0", "family"], capture_output=True, text=True
        ).stdout.strip()
    )
    if tofu and not fonted and not (os.geteuid() == 0 and shutil.which("apt-get")):
        pytest.skip("no emoji font installed: `make` as root installs one")
    assert not tofu, f"printed as empty boxes: {tofu} (run `make system-packages` as root)"
    stylesheet = (Path(__file__).resolve().parents[1] / "templates" / "style.css").read_text()
    families = {name.replace(" ", "") for name in re.findall(r'"([^"]+)"', stylesheet)}
    for ch in drawn:  # a face is named by its family and style ("Symbola-Semi-Condensed")
        assert any(face.replace("-", "").startswith(tuple(families)) for face in inked[ch]), ch


def test_a_right_to_left_line_reads_right_to_left_and_its_names_keep_their_place(config):
    """An Arabic line is set right to left on the page and in the email (a page set left to right
    puts its full stop first and reorders its Latin words), and a name in a script of either
    direction is kept apart from the " · " around it, so two Arabic names never swap."""
    filed = replace(ARTICLE, title="وقف إطلاق النار في غزة", outlet="الجزيرة", place="القدس")
    text = "وأكد مسؤول في حركة Hamas أن الاتفاق سيدخل حيز التنفيذ عند الساعة 08:00 صباحا."
    section = Section("غزة", "", (Item(Sentence(text, filed, 0, 0), 1.0),), 1, 9)
    briefing = Briefing(date(2026, 11, 28), datetime(2026, 11, 28, 5, 0, tzinfo=UTC), (section,))
    renderer = Renderer(config)
    html, email = renderer.html(briefing), renderer.email(briefing)[1]
    assert re.search(r'<p class="text" id="[^"]+" dir="rtl">وأكد', html)
    assert re.search(r'<p class="item" dir="rtl"[^>]*>وأكد', email)
    for page in (html, email):
        assert re.search(r'dir="rtl"[^>]*>الجزيرة</', page)
        assert re.search(r'<span dir="rtl"[^>]*>القدس</span>', page)
        assert re.search(r'<h2[^>]*><span dir="rtl"[^>]*>غزة</span></h2>', page)
        assert re.search(r'<a href="[^"]+" dir="rtl"[^>]*>وقف إطلاق النار في غزة</a>', page)
    assert 'dir="' not in renderer.html(_briefing(1)).split("<body>")[1]


def test_twelve_and_more_topics_never_fail_the_build(config):
    long = "The ministers discussed the long and winding matter of regional security " * 3
    sections = tuple(
        Section(
            f"Topic number {t}",
            "",
            tuple(Item(Sentence(f"{long} ({t} {n})", ARTICLE, 0, n), 1 - n / 10) for n in range(3)),
            1,
            3,
        )
        for t in range(16)
    )
    briefing = Briefing(date(2026, 11, 28), datetime(2026, 11, 28, tzinfo=UTC), sections, (), 1)
    fit = Renderer(config).fit(briefing)
    assert len(fit.document.pages) == 1
    kept = [s.name for s in fit.page.sections]
    assert 0 < len(kept) < 16 and kept == [
        s.name for s in sections[: len(kept)]
    ]  # trailing ones leave
    assert fit.off_page == tuple(s.name for s in sections[len(kept) :])
    _, files = Renderer(config).outputs(briefing)
    pdf_text = " ".join(_pdf_text(files["briefing.pdf"])[1].split())
    assert (
        f"No room on this page for {16 - len(kept)} more topics (Topic number {len(kept)},"
        in pdf_text
    )
    data = json.loads(files["briefing.json"])
    assert len(data["topics"]) == 16 and all(t["items"] for t in data["topics"])
    assert all(f"Topic number {t}<" in files["briefing.html"].decode() for t in range(16))
    assert "No room" not in files["briefing.html"].decode()


def test_an_oversized_item_is_dropped_not_everyone(config):
    giant = replace(ARTICLE, title="Headline " * 4700, url="https://x.example/" + "p" * 15_000)
    normal = _briefing(4)
    huge = replace(
        normal,
        sections=(
            replace(
                normal.sections[0],
                items=(
                    *normal.sections[0].items[:2],
                    Item(Sentence("A " + "y" * 6000 + " said.", ARTICLE, 0, 9), 0.99),
                    Item(Sentence("Envoys met on Friday in Jakarta.", giant, 0, 8), 0.95),
                ),
            ),
            *normal.sections[1:],
        ),
    )
    fit = Renderer(config).fit(huge)
    alpha = fit.briefing.sections[0]
    assert [i.sentence.index for i in alpha.items] == [0, 1, 8]  # the 6,000-letter word is cut
    assert [len(s.items) for s in fit.briefing.sections[1:]] == [4, 4]  # no one else
    _, files = Renderer(config).outputs(huge)
    html = files["briefing.html"].decode()
    assert "Headline " * 20 not in html and "p" * 200 not in html.split("href=")[0]
    assert " ".join(["Headline"] * 17) + "…<" in html  # titles and URLs capped for display
    assert "Headline " * 4700 in files["briefing.json"].decode()  # the JSON keeps them whole


def test_the_page_is_filled_by_rank(config):
    long = "The ministers discussed the long and winding matter of regional security " * 2
    briefing = _briefing(8, long)
    fit = Renderer(config).fit(briefing)
    shown = {(s, i.sentence.index) for s, sec in enumerate(fit.page.sections) for i in sec.items}
    cut = [(s, n) for s, n in cut_order(briefing) if (s, n) not in shown]
    assert cut, "the test needs more than a page"
    # Putting back the best item that was cut no longer fits: the page is full.
    best = cut[-1]
    again = without(briefing, [p for p in cut if p != best])
    assert len(Renderer(config)._document(again).pages) == 2


def test_a_story_second_item_goes_before_any_story_first():
    # Per topic: story 1 told by 0.9 (0.8) and 0.5, story 2 by 0.4; the 0.5s go first.
    assert cut_order(_story_briefing(ARTICLES)) == [(0, 1), (1, 1), (0, 2), (1, 2)]


def test_a_top_story_without_a_named_outlet_counts_articles(config):
    briefing = _story_briefing(ARTICLES, topics=1)
    section = briefing.sections[0]
    stories = tuple(replace(story, outlets=()) for story in section.stories)
    briefing = replace(briefing, sections=(replace(section, stories=stories),))
    text = Renderer(config).text(briefing)
    assert "1. Envoy meets Suu Kyi · 1 article · Topic 0\n" in text and "0 outlets" not in text


def test_an_undefined_variable_names_file_and_line(config, tmp_path):
    (tmp_path / "briefing.txt").write_text("{{ title }}\n\n{{ sections[0].nmae.upper() }}\n")
    with pytest.raises(BriefingError) as info:
        Renderer(config, tmp_path).text(_briefing(1))
    assert str(info.value).startswith(f"{tmp_path / 'briefing.txt'}:3: ")
    assert "nmae" in str(info.value)


def test_a_missing_templates_folder_is_an_error(tmp_path):
    from .conftest import SEEDS, run_cli

    usage = run_cli(tmp_path, "build", str(SEEDS), "--templates", "nonexistent")
    assert usage.returncode == 2 and "nonexistent" in usage.stderr
    (tmp_path / "briefing.toml").write_text('templates = "gone"\n')
    configured = run_cli(tmp_path, "build", str(SEEDS), "--date", "2026-11-28")
    assert configured.returncode == 1
    assert configured.stderr == f"error: {tmp_path / 'gone'}: no such templates folder\n"


WHEN = datetime(2026, 11, 27, 22, 0, tzinfo=UTC)
LIFTED = "Sanctions were lifted on Friday."
XINHUA = Article("", "Xinhua", "https://xinhua.example/1", "x.txt", WHEN, (), sentences=(LIFTED,))
NYT = Article(
    "SANCTIONS ARE JUST ONE FOREIGN-POLICY TOOL", "NYT", "https://nyt.example/op", "", WHEN, ()
)
UNNAMED = Article("Junta frees prisoners", "", "", "u.txt", WHEN, ())
REUTERS = Article("Prisoners walk free", "Reuters", "https://reuters.example/p", "", WHEN, ())
WIRE = Article("Port reopens", "Wire", "https://wire.example/port", "", WHEN, ())
LOCAL = Article("Ships return", "", "", "/home/analyst/ships.txt", None, ())
# Each item's text and how its own article is named beside it (outlet · time · title).
OWN = {
    "Sanctions were lifted on Friday.": "Xinhua · 27 Nov 22:00 · Sanctions were lifted on Friday",
    "Sanctions are one tool, the writer argues.": (
        "NYT · 27 Nov 22:00 · Sanctions are just one foreign-policy tool"  # its title, unshouted
    ),
    "Twenty-three prisoners were freed.": "27 Nov 22:00 · Junta frees prisoners",
    "They walked out at dawn.": "Reuters · 27 Nov 22:00 · Prisoners walk free",
    "The port reopened on Friday.": "Wire · 27 Nov 22:00 · Port reopens",
    "Ships came back to the port.": "Ships return",
}


def _mixed_briefing() -> Briefing:
    """Three stories whose articles have different outlets, or none, and titles, or none."""
    told = [
        ("s1", XINHUA, "Sanctions were lifted on Friday."),
        ("s1", NYT, "Sanctions are one tool, the writer argues."),
        ("s2", UNNAMED, "Twenty-three prisoners were freed."),
        ("s2", REUTERS, "They walked out at dawn."),
        ("s3", WIRE, "The port reopened on Friday."),
        ("s3", LOCAL, "Ships came back to the port."),
    ]
    stories = (
        Story("s1", NYT.title, (XINHUA, NYT), ("Xinhua", "NYT"), WHEN, 0.9),
        Story("s2", UNNAMED.title, (UNNAMED, REUTERS), ("Reuters",), WHEN, 0.8),
        Story("s3", WIRE.title, (WIRE, LOCAL), ("Wire",), WHEN, 0.7),
    )
    items = tuple(
        Item(Sentence(text, article, 0, n), 1 - n / 10, story=story, outlets=("Xinhua", "NYT"))
        for n, (story, article, text) in enumerate(told)
    )
    section = Section("Myanmar", "", items, 6, 6, stories=stories)
    return Briefing(date(2026, 11, 28), datetime(2026, 11, 28, 5, 0, tzinfo=UTC), (section,))


def _assert_each_line_names_its_own_article(shown: str) -> None:
    shown = " ".join(shown.split())
    assert "()" not in shown
    for text, own in OWN.items():
        after = shown[shown.index(text) + len(text) :]
        # Its own source follows it: in brackets right after it, or as its story's citation.
        assert own in after[:300], (text, after[:300])
    for wrong in ("Xinhua · 27 Nov 22:00 · Sanctions are", "Reuters · 27 Nov 22:00 · Junta"):
        assert wrong not in shown


def test_every_line_names_its_own_article_in_text_html_pdf_and_email(config):
    renderer = Renderer(config)
    briefing = _mixed_briefing()
    text = renderer.text(briefing)
    lines = text.splitlines()
    for text_line, own in OWN.items():
        line = next(n for n, line in enumerate(lines) if text_line in line)
        following = " ".join(lines[line : line + 4])
        assert own in following, (text_line, following)
    _assert_each_line_names_its_own_article(text)
    assert "/home/analyst" not in text
    html = renderer.html(briefing)
    assert '<a href="https://nyt.example/op">Sanctions are just one foreign-policy tool</a>' in html
    assert '<a href="https://xinhua.example/1">Sanctions were lifted on Friday</a>' in html
    _, files = renderer.outputs(briefing)
    _, pdf = _pdf_text(files["briefing.pdf"])
    _assert_each_line_names_its_own_article(pdf)
    assert "https://nyt.example/op" in _links(files["briefing.pdf"])
    _, email = renderer.email(briefing)
    assert '<a href="https://reuters.example/p">Prisoners walk free</a>' in email
    for shown in (html, email):
        plain = re.sub(r"<[^>]+>", "", re.sub(r"<head>.*?</head>", "", shown, flags=re.S))
        _assert_each_line_names_its_own_article(unescape(plain))


def test_the_citation_filter_names_the_items_own_outlet_or_none(config):
    env = Renderer(config).env
    quoted = env.from_string("{{ item | citation }}")
    unnamed = Item(Sentence("Prisoners were freed.", UNNAMED, 0, 0), 1.0, outlets=("Reuters",))
    assert quoted.render(item=unnamed) == (
        "Junta frees prisoners · 27 Nov 2026 · also reported by Reuters"
    )
    own = Item(Sentence("It was lifted.", NYT, 0, 0), 1.0, outlets=("Xinhua", "NYT", "AP"))
    assert quoted.render(item=own).startswith("NYT · Sanctions are just one foreign-policy tool")
    assert quoted.render(item=own).endswith("also reported by Xinhua and AP")


@pytest.mark.parametrize(
    "names", [("中国", "日本"), ("Asia & Pacific", "Asia, Pacific"), ("🇲🇲", "★", "topic")]
)
def test_every_topic_name_gives_its_items_unique_ids_and_a_fit_in_two_layouts(config, names):
    long = "The ministers discussed the long and winding matter of regional security " * 2
    sections = tuple(
        Section(
            name,
            "",
            tuple(
                Item(Sentence(f"{long} ({t} {n})", ARTICLE, 0, n), 1 - n / 100) for n in range(12)
            ),
            1,
            12,
        )
        for t, name in enumerate(names)
    )
    briefing = Briefing(date(2026, 11, 28), datetime(2026, 11, 28, tzinfo=UTC), sections, (), 1)
    renderer = Renderer(config)
    ids = re.findall(r'id="([^"]*)"', renderer.html(briefing))
    assert len(ids) == len(set(ids)) and all(i and not i.endswith("-") for i in ids)
    assert renderer.fit(briefing).layouts == 2


def test_days_without_a_briefing_are_no_zeros_in_any_output(config):
    days = [date(2026, 11, d) for d in range(22, 29)]
    trend = tuple(zip(days, [None, None, None, None, 2, 0, 4], strict=True))
    briefing = _briefing(1)
    briefing = replace(briefing, sections=(replace(briefing.sections[0], trend=trend),))
    renderer = Renderer(config)
    text = renderer.text(briefing)
    assert "4 articles today, 1 a day on the 2 days of the 6 before with a briefing" in text
    assert "articles per day, last 7 days: – – – – 2 0 4" in text
    html = renderer.html(briefing)
    assert html.count("no briefing</title>") == 4
    _, email = renderer.email(briefing)
    assert "Articles per day, last 7 days: –, –, –, –, 2, 0, 4" in email
    data = json.loads(renderer.json(briefing))
    assert [t["articles"] for t in data["topics"][0]["trend"]] == [None] * 4 + [2, 0, 4]


def test_a_story_without_a_headline_is_no_top_story(config):
    # an untitled story whose news sentence holds no content word in its cut has no headline:
    # the top stories listed " · 1 article · Myanmar"
    articles = {**ARTICLES, "ap": replace(ARTICLES["ap"], title="")}
    briefing = _story_briefing(articles, topics=1)
    section = briefing.sections[0]
    untitled = replace(section, stories=(replace(section.stories[0], headline=""),))
    briefing = replace(briefing, sections=(untitled,))
    assert briefing.top_stories() == []
    text = Renderer(config).text(briefing)
    assert "TOP STORIES" not in text and "Envoys met in Jakarta (0)." in text


def test_the_wires_underscore_dash_is_set_as_a_dash_on_every_page_not_in_the_json(config):
    """Wire copy writes a dash as " _ " ("score _ the best-selling single _ will"): every page sets
    it as the dash it stands for; the JSON keeps the source's characters."""
    wired = replace(ARTICLE, title="Score _ a best-seller _ to be sold")
    sentence = Sentence("The score _ the best-selling single _ will be auctioned.", wired, 0, 0)
    story = Story("s1", wired.title, (wired,), ("Wire",), None, 1.0)
    section = Section("Alpha", "", (Item(sentence, 1.0, story="s1"),), 1, 9, stories=(story,))
    briefing = Briefing(date(2026, 11, 28), datetime(2026, 11, 28, 5, 0, tzinfo=UTC), (section,))
    renderer = Renderer(config)
    dashed = "The score — the best-selling single — will be auctioned."
    pages = {
        "html": unescape(renderer.html(briefing)),
        "email": unescape(renderer.email(briefing)[1]),
        "text": renderer.text(briefing),
        "pdf": " ".join(_pdf_text(renderer.outputs(briefing)[1]["briefing.pdf"])[1].split()),
    }
    for name, page in pages.items():
        assert dashed in page and " _ " not in page, name
        assert "Score — a best-seller — to be sold" in page, name
    assert "Score — a best-seller — to be sold" in renderer.subject(briefing)
    data = json.loads(renderer.json(briefing))
    assert data["topics"][0]["items"][0]["text"] == sentence.text


def test_top_stories_tied_in_value_follow_the_page_not_their_ids():
    """Two desks' stories of one size tie in value: the desk the page shows first leads Top
    Stories (and the subject), not the story whose id (a hash of its files' paths) sorts first,
    so the same articles read from another folder lead the same way."""
    sections = []
    for name, story_id in (("Alpha", "s9"), ("Beta", "s1")):
        article = replace(ARTICLE, title=f"{name} news", path=f"{name}.txt")
        story = Story(story_id, article.title, (article,), ("Wire",), None, 4.4)
        sentence = Sentence(f"{name} happened today.", article, 0, 0)
        item = Item(sentence, 1.0, story=story_id)
        sections.append(Section(name, "", (item,), 1, 9, stories=(story,)))
    briefing = Briefing(
        date(2026, 11, 28), datetime(2026, 11, 28, 5, 0, tzinfo=UTC), tuple(sections)
    )
    assert [topic for _, topic in briefing.top_stories()] == ["Alpha", "Beta"]
