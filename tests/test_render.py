import io
import json
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from briefing.errors import BriefingError
from briefing.models import Article, Briefing, Item, Section, Sentence, Skipped
from briefing.render import Renderer, _TemplatesOnly, cut_order, without

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
        "also": [],
        "flags": [],
    }
    assert data["skipped"] == [{"source": "bad.txt", "reason": "empty file"}]


def test_text_cites_every_item(config):
    text = Renderer(config).text(_briefing(2))
    assert text.count("— Wire · Talks resume · 27 Nov 2026, https://example.org/a") == 6
    assert "Skipped bad.txt: empty file" in text


def test_pdf_is_one_page_and_cites_sources(config):
    _, files = Renderer(config).outputs(_briefing(2))
    pages, text = _pdf_text(files["briefing.pdf"])
    assert pages == 1
    for name in ("Alpha", "Beta", "Gamma"):
        assert name in text
    assert text.count("Wire · Talks resume") == 6


def test_too_many_items_are_cut_to_one_page_keeping_every_topic(config):
    long = "The ministers discussed the long and winding matter of regional security " * 4
    briefing, files = Renderer(config).outputs(_briefing(20, long))
    assert _pdf_text(files["briefing.pdf"])[0] == 1
    assert all(1 <= len(s.items) < 20 for s in briefing.sections)
    # The kept items are the best-scored ones of each section.
    assert all(s.items[-1].score >= 1 - (len(s.items) - 1) / 100 for s in briefing.sections)
    assert json.loads(files["briefing.json"])["topics"][0]["items"][0]["score"] == 1.0


def test_cut_order_drops_lowest_first_and_never_empties_a_topic():
    assert cut_order(_briefing(1)) == []
    order = cut_order(_briefing(3))
    assert len(order) == 6
    assert {n for _, n in order[:3]} == {2}  # every topic's worst item goes first
    smaller = without(_briefing(3), order)
    assert [len(s.items) for s in smaller.sections] == [1, 1, 1]
    assert all(s.items[0].score == 1.0 for s in smaller.sections)


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
