"""Property-based fault injection (hypothesis): random bytes and random front matter fed to the
readers never raise, never sink the good article beside them, and every skip has a one-line
reason that is not a reader's internal error."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.ingest.links import safe_link, url_problem
from briefing.ingest.read import read_sources

from .conftest import SEEDS

SEED = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")
SUFFIXES = [".txt", ".md", ".html", ".htm", ".xml", ".rss", ".atom", ".opml"]
BODY = "The junta met in Naypyidaw today."
PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Bytes that look a little like the formats, so the readers get past their first checks.
_prefixes = st.sampled_from(
    [
        b"",
        b"<?xml version='1.0'?><rss><channel><item><title>",
        b"<html><body><p>",
        b"---\n",
        b"+++\n",
        b"Title: ",
        b"\xef\xbb\xbf",
        b"\xff\xfe",
        b"<opml><body><outline xmlUrl='",
    ]
)
_keys = st.sampled_from(
    [
        "Title",
        "title",
        "TITLE",
        "Source",
        "outlet",
        "URL",
        "link",
        "Published",
        "date",
        "Author",
        "tags",
        "draft",
        "x-custom",
        "Canonical URL",
    ]
)
_values = st.one_of(
    st.text(st.characters(blacklist_categories=["Cs", "Cc"]), max_size=40),
    st.sampled_from(
        [
            "9999-12-31T23:59:59-05:00",
            "0001-01-01T00:00:00+05:00",
            "2026-11-27T10:00:00Z",
            "javascript:alert(1)",
            "data:text/html,x",
            "http://[::1",
            "http://",
            "[a, b]",
            "'quoted'",
            '"unterminated',
            "|",
            "&lol9;",
            "2026-13-45",
        ]
    ),
)


def _read(files: dict[str, bytes]):
    """Write the files with a good article beside them and read the folder."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "good.txt").write_text(SEED, encoding="utf-8")
        for name, data in files.items():
            (root / name).write_bytes(data)
        return read_sources([root])


def _check(read) -> None:
    assert "good.txt" in {Path(a.path).name for a in read.articles}
    for skip in read.skipped:
        assert skip.reason and "\n" not in skip.reason and "\n" not in skip.source
        assert "internal error" not in skip.reason, skip
    for article in read.articles:
        assert article.paragraphs
        assert article.url == safe_link(article.url)
        assert article.published is None or article.published.tzinfo is not None


@PROPERTY
@given(
    st.lists(st.tuples(st.sampled_from(SUFFIXES), _prefixes, st.binary(max_size=400)), max_size=4)
)
def test_random_bytes_never_sink_the_build(samples):
    files = {f"f{n}{suffix}": prefix + data for n, (suffix, prefix, data) in enumerate(samples)}
    _check(_read(files))


@PROPERTY
@given(
    st.sampled_from(["", "---", "+++"]),
    st.lists(st.tuples(_keys, _values), min_size=1, max_size=6),
    st.sampled_from(["\n", "\r\n", "\r"]),
    st.sampled_from([":", " =", ": "]),
)
def test_random_front_matter_keeps_the_body(fence, pairs, newline, separator):
    lines = [f"{key}{separator} {value}" for key, value in pairs]
    head = [fence, *lines, fence] if fence else lines
    text = newline.join([*head, "", BODY, ""])
    read = _read({"a.md": text.encode("utf-8")})
    _check(read)
    [article] = [a for a in read.articles if Path(a.path).name == "a.md"]
    assert BODY in "\n".join(article.paragraphs)


@PROPERTY
@given(st.text(max_size=60))
def test_a_link_is_http_with_a_host_or_nothing(url):
    link = safe_link(url)
    assert link == "" or (
        link.lower().startswith(("http://", "https://")) and not url_problem(link)
    )
