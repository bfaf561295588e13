from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from briefing.ingest import read_sources
from briefing.ingest.text import decode_text, parse_article


def test_front_matter_sets_metadata(write):
    path = write(
        "a.txt",
        "Title: Talks resume\nSource: Wire\nURL: https://example.org/a\n"
        "Published: 2026-11-27T21:00:00+08:00\n\nFirst paragraph.\n\nSecond.\n",
    )
    read = read_sources([path])
    [article] = read.articles
    assert read.skipped == []
    assert (article.title, article.outlet, article.url) == (
        "Talks resume",
        "Wire",
        "https://example.org/a",
    )
    assert article.published == datetime(2026, 11, 27, 13, 0, tzinfo=UTC)
    assert article.paragraphs == ("First paragraph.", "Second.")


def test_first_line_is_title_and_file_name_stands_in_for_source(tmp_path):
    article = parse_article(
        "Headline here\n\nBody one.\nstill body.\n\nBody two.", tmp_path / "x.md"
    )
    assert article.title == "Headline here"
    assert article.outlet == "x"
    assert article.paragraphs == ("Body one.\nstill body.", "Body two.")
    assert article.published is None


def test_naive_published_time_is_in_configured_zone(tmp_path):
    text = "Title: T\nPublished: 2026-11-28 06:00\n\nBody."
    article = parse_article(text, tmp_path / "a.txt", ZoneInfo("Asia/Yangon"))
    assert article.published == datetime(2026, 11, 27, 23, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\n ", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file, not text"),
        (b"caf\xe9 au lait", "not UTF-8 text (byte 0xe9 at offset 3)"),
    ],
)
def test_unusable_bytes_give_a_reason(data, reason):
    with pytest.raises(ValueError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        decode_text(data)


def test_bad_files_are_skipped_and_good_ones_read(write, tmp_path):
    write("news/good.txt", "Headline\n\nA sentence about things.")
    write("news/empty.txt", "")
    write("news/latin1.txt", "Caf\xe9".encode("latin-1"))
    write("news/.hidden/ignored.txt", "Headline\n\nIgnored.")
    write("news/notes.pdf", b"%PDF-1.4")
    read = read_sources([tmp_path / "news", tmp_path / "missing"])
    assert [a.title for a in read.articles] == ["Headline"]
    reasons = {s.source.rsplit("/", 1)[-1]: s.reason for s in read.skipped}
    assert reasons["empty.txt"] == "empty file"
    assert reasons["latin1.txt"].startswith("not UTF-8 text")
    assert reasons["missing"] == "no such file or folder"
    assert "notes.pdf" not in reasons  # folders are scanned for articles only


def test_empty_folder_and_unsupported_file_are_reported(tmp_path, write):
    (tmp_path / "empty").mkdir()
    pdf = write("report.pdf", b"%PDF")
    read = read_sources([tmp_path / "empty", pdf])
    assert read.articles == []
    assert [s.reason for s in read.skipped] == [
        "folder holds no articles, pages or feeds",
        "unsupported file type '.pdf'",
    ]


def test_title_only_file_is_rejected(tmp_path):
    with pytest.raises(ValueError, match="no article text"):
        parse_article("Just a headline\n", tmp_path / "a.txt")
