"""HTML pages, feeds, OPML and URLs, read from files and from a real HTTP server on 127.0.0.1."""

from datetime import UTC, datetime
from html import escape

import pytest

from briefing.config import HttpConfig, SourcesConfig
from briefing.ingest.fetch import Fetcher
from briefing.ingest.html import decode_html, fragment_paragraphs
from briefing.ingest.read import read_sources

from .conftest import Route
from .pages import SEED_PARAGRAPHS, SEED_TITLE, index_page, news_page, rss

# Content links to the test server (on loopback) are followed only because this allows them.
FAST = HttpConfig(timeout=1.0, retries=1, backoff=0.01, allow=["127.0.0.1"])
JUNK = (
    "Home",
    "Share on",
    "Related articles",
    "Spain sweats",
    "Leave a comment",
    "Please enter",
    "Great article",
    "All rights reserved",
)


def _reasons(read):
    return {s.source: s.reason for s in read.skipped}


def test_saved_page_gives_article_text_and_metadata_without_site_junk(write):
    page = write("saved/asean.html", news_page())
    [article] = read_sources([page]).articles
    assert article.title == SEED_TITLE
    assert article.outlet == "Asia Wire"
    assert article.url == "https://asiawire.example/asean-talks"
    assert article.published == datetime(2026, 11, 27, 14, 30, tzinfo=UTC)
    assert article.paragraphs[0] == SEED_PARAGRAPHS[0]  # the repeated headline is dropped
    text = "\n".join(article.paragraphs)
    for junk in JUNK:
        assert junk not in text, junk


def test_index_page_is_skipped(write):
    read = read_sources([write("front.html", index_page())])
    assert read.articles == []
    assert list(_reasons(read).values()) == ["no article body (an index or front page?)"]


def test_page_without_charset_in_cp1252_is_decoded():
    assert decode_html("<p>café – “quoted”</p>".encode("cp1252")) == "<p>café – “quoted”</p>"
    assert decode_html("<p>café</p>".encode("latin-1"), declared="latin-1") == "<p>café</p>"
    with pytest.raises(ValueError, match="binary"):
        decode_html(b"%PDF-1.7\x00\x00")


def test_fragment_paragraphs():
    assert fragment_paragraphs("<p>One <b>bold</b> claim.</p><p>Two.</p>") == [
        "One bold claim.",
        "Two.",
    ]
    assert fragment_paragraphs("Plain text.\n\nSecond.") == ["Plain text.", "Second."]


def test_fragment_cells_and_small_headings_part_the_words_they_stand_between():
    """hostile13: a feed entry's table cells and <h5> ran on into the text after them ("Ankara
    fell.Istanbul rose.", "HeadBody text."): one sentence the entry never wrote."""
    assert fragment_paragraphs(
        "<table><tr><td>Ankara fell.</td><td>Istanbul rose.</td></tr></table><h5>Head</h5>Body."
    ) == ["Ankara fell.", "Istanbul rose.", "Head", "Body."]


def test_feed_file_entries_become_articles(write):
    feed = write(
        "feeds/wire.rss",
        rss(
            "Pacific Wire",
            [
                {
                    "title": "Junta extends emergency",
                    "link": "https://pw.example/1",
                    "pubDate": "Fri, 27 Nov 2026 10:00:00 +0000",
                    "description": "<p>"
                    + " ".join(["Myanmar's junta extended the emergency."] * 12)
                    + "</p>",
                },
            ],
        ),
    )
    [article] = read_sources([feed], options=SourcesConfig(follow_teasers=False)).articles
    assert (article.title, article.outlet, article.url) == (
        "Junta extends emergency",
        "Pacific Wire",
        "https://pw.example/1",
    )
    assert article.published == datetime(2026, 11, 27, 10, 0, tzinfo=UTC)


def test_teaser_is_followed_to_its_page(server, tmp_path):
    server.routes["/story"] = Route(news_page())
    server.routes["/feed"] = Route(
        rss(
            "Pacific Wire",
            [
                {
                    "title": "Diplomats meet",
                    "link": server.url("/story"),
                    "pubDate": "Fri, 27 Nov 2026 10:00:00 +0000",
                    "description": "The top US and Chinese diplomats will meet… Read more",
                }
            ],
        ),
        content_type="application/rss+xml",
    )
    [article] = read_sources([server.url("/feed")], http=FAST).articles
    assert article.paragraphs[0] == SEED_PARAGRAPHS[0]
    assert (article.outlet, article.title, article.url) == (
        "Pacific Wire",
        "Diplomats meet",
        server.url("/story"),
    )
    assert article.published == datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
    [teaser] = read_sources(
        [server.url("/feed")], http=FAST, options=SourcesConfig(follow_teasers=False)
    ).articles
    assert teaser.paragraphs == ("The top US and Chinese diplomats will meet… Read more",)


def test_teaser_whose_page_fails_keeps_its_text_with_a_flag(server):
    server.routes["/feed"] = Route(
        rss(
            "W",
            [
                {
                    "title": "T",
                    "link": server.url("/gone"),
                    "pubDate": "Fri, 27 Nov 2026 10:00:00 +0000",
                    "description": "Short teaser text here…",
                }
            ],
        ),
        content_type="application/rss+xml",
    )
    [article] = read_sources([server.url("/feed")], http=FAST).articles
    assert article.flags == ("teaser only: article page HTTP 404 Not Found",)


def test_article_url_and_opml_of_feeds(server, write):
    server.routes["/page"] = Route(news_page(canonical=""))
    server.routes["/feed.xml"] = Route(
        rss(
            "Wire",
            [
                {
                    "title": "Long",
                    "link": "https://x.example/long",
                    "pubDate": "Fri, 27 Nov 2026 10:00:00 GMT",
                    "description": " ".join(SEED_PARAGRAPHS[:4]),
                }
            ],
        ),
        content_type="text/xml",
    )
    opml = write(
        "feeds.opml",
        f'<?xml version="1.0"?><opml version="2.0"><body>'
        f'<outline text="Wire" xmlUrl="{server.url("/feed.xml")}"/>'
        f"</body></opml>",
    )
    read = read_sources([server.url("/page"), opml], http=FAST)
    assert sorted(a.outlet for a in read.articles) == ["Asia Wire", "Wire"]
    assert read.skipped == []
    assert read.sources_read == 3
    assert all(headers.get("User-Agent", "").startswith("briefing/") for _, headers in server.log)


def test_each_failure_is_one_skipped_entry_and_the_rest_goes_on(server):
    server.routes["/ok"] = Route(news_page())
    server.routes["/missing"] = Route(b"gone", 404)
    server.routes["/broken"] = Route(b"oops", 500)
    server.routes["/slow"] = Route(news_page(), delay=1.5)
    server.routes["/loop"] = Route(b"", 302, headers={"Location": "/loop"})
    server.routes["/report.pdf"] = Route(b"%PDF-1.7 binary", content_type="application/pdf")
    server.routes["/empty"] = Route(b"")
    server.routes["/bad.rss"] = Route(
        b"<rss><channel><item><title>unclosed", content_type="application/rss+xml"
    )
    server.routes["/huge"] = Route(b"x" * 50_000)
    urls = {
        p: server.url(p)
        for p in (
            "/ok",
            "/missing",
            "/broken",
            "/slow",
            "/loop",
            "/report.pdf",
            "/empty",
            "/bad.rss",
            "/huge",
        )
    }
    settings = HttpConfig(timeout=0.5, retries=1, backoff=0.01, max_bytes=40_000)
    read = read_sources(list(urls.values()), http=settings)
    assert [a.outlet for a in read.articles] == ["Asia Wire"]
    reasons = _reasons(read)
    assert reasons[urls["/missing"]] == "HTTP 404 Not Found"
    assert reasons[urls["/broken"]] == "HTTP 500 Internal Server Error (after 2 tries)"
    assert reasons[urls["/slow"]] == "timed out (after 2 tries)"
    assert reasons[urls["/loop"]] == "more than 5 redirects (a loop?)"
    assert reasons[urls["/report.pdf"]] == "not a page or a feed (application/pdf)"
    assert reasons[urls["/empty"]] == "empty page"
    assert reasons[urls["/bad.rss"]].startswith("not a readable feed")
    assert reasons[urls["/huge"]] == "larger than 40000 bytes"
    assert sum(path == "/broken" for path, _ in server.log) == 2  # retried once
    assert all("\n" not in reason for reason in reasons.values())


def test_refused_connection_and_other_schemes(tmp_path):
    with Fetcher(HttpConfig(timeout=0.5, retries=0)) as fetcher:
        with pytest.raises(ValueError, match="connection failed"):
            fetcher.fetch("http://127.0.0.1:9/nothing")
        with pytest.raises(ValueError, match="only http and https"):
            fetcher.fetch("file:///etc/passwd")


def test_conditional_requests_reuse_the_cache(server, tmp_path):
    server.routes["/feed"] = Route(rss("Wire", []), content_type="application/rss+xml", etag='"v1"')
    with Fetcher(FAST, tmp_path / "cache") as fetcher:
        first = fetcher.fetch(server.url("/feed"))
        second = fetcher.fetch(server.url("/feed"))
    assert not first.cached and second.cached
    assert second.content == first.content
    assert server.log[1][1].get("If-None-Match") == '"v1"'


def test_impossible_dates_are_flagged_not_trusted(write):
    future = write("a.txt", "Title: A\nPublished: 2031-01-01\n\nBody text here.")
    ancient = write("b.txt", "Title: B\nPublished: 1970-01-01\n\nBody text here.")
    read = read_sources([future, ancient], now=datetime(2026, 11, 28, tzinfo=UTC))
    assert [a.published for a in read.articles] == [None, None]
    assert read.articles[0].flags == ("publication date 2031-01-01 is in the future; not trusted",)
    assert read.articles[1].flags == ("publication date 1970-01-01 is before 1990; not trusted",)


@pytest.mark.parametrize(
    "canonical", ["javascript:alert(1)", "data:text/html,<script>x</script>", "http://[::1"]
)
def test_a_canonical_url_that_is_not_http_is_not_the_link(write, canonical):
    page = write("saved/a.html", news_page(canonical=escape(canonical)))
    [article] = read_sources([page]).articles
    assert article.url == ""
    assert [f.partition(" not kept")[0] for f in article.flags] == [f"link {canonical!r}"]


def test_stated_publication_time_beats_a_date_in_the_url(write):
    page = news_page(
        canonical="https://asiawire.example/2026/11/27/asean-talks",
        published="2026-11-27T16:00:00Z",
    )
    [article] = read_sources([write("a.html", page)]).articles
    assert article.published == datetime(2026, 11, 27, 16, 0, tzinfo=UTC)
    assert article.flags == ()


def test_json_ld_date_published_is_read(write):
    page = news_page(published="").replace(
        "</head>",
        '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle",'
        ' "datePublished": "2026-11-27T18:45:00+00:00"}]}</script></head>',
    )
    [article] = read_sources([write("a.html", page)]).articles
    assert article.published == datetime(2026, 11, 27, 18, 45, tzinfo=UTC)


def test_utf16_page_with_a_byte_order_mark_is_decoded():
    assert decode_html("\ufeff<p>café</p>".encode("utf-16-le")) == "<p>café</p>"


def test_an_unresolved_entity_of_any_length_is_never_published(write):
    body = " ".join(["Myanmar's junta extended the emergency."] * 12)
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        "<item><title>Junta &g; extends</title><link>https://pw.example/1</link>"
        f"<description>{body}</description></item>"
        "<item><title>Talks &amp; ships</title><link>https://pw.example/2</link>"
        f"<description>{body} AT&amp;T and R&amp;D, &amp;c.</description></item>"
        "</channel></rss>"
    )
    read = read_sources([write("f.rss", feed)], options=SourcesConfig(follow_teasers=False))
    assert [a.title for a in read.articles] == ["Talks & ships"]
    assert [s.reason for s in read.skipped] == [
        "unresolved entity reference &g; in its text (an entity attack?)"
    ]
