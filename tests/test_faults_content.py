"""Fault injection on what content says: a hostile feed, page and server on 127.0.0.1 try to
inject headers, terminal escapes and credentials into everything a build shows, stores and
sends. The rule: the reader sees the source's words, never its control characters, and no
secret from a URL is shown or stored anywhere."""

from __future__ import annotations

import base64
import email
import email.policy
import gzip
import json
import sqlite3
import time
import tracemalloc
import zlib

import brotli
import pytest
from pypdf import PdfReader

from briefing.config import HttpConfig
from briefing.deliver.headers import check_headers, folding_bug, header_text
from briefing.deliver.smtp import compose
from briefing.errors import BriefingError
from briefing.ingest.read import read_sources

from .conftest import Route, Server, run_cli
from .pages import SEED_PARAGRAPHS, feed_route, news_page, rss

INJECTION = b"Junta frees prisoners\r\nReply-To: evil@attacker.example\r\nX-Injected: yes"
ENCODED = "=?utf-8?b?" + base64.b64encode(INJECTION).decode() + "?="
SECRET = "t0psecret"
ESC = "\x1b"


def _hostile(server) -> list[str]:
    """A feed and a 404 on the test server, each named with credentials, carrying an
    encoded-word headline with CR/LF, escape sequences in the feed title, text and reason."""
    paragraphs = [f"{ESC}[31mYANGON{ESC}[0m (AP) — {SEED_PARAGRAPHS[0]}", *SEED_PARAGRAPHS[1:5]]
    entry = {
        "title": ENCODED,
        "link": server.base.replace("://", f"://reader:{SECRET}@") + "/story",
        "pubDate": "Fri, 27 Nov 2026 10:00:00 +0000",
        "description": "".join(f"<p>{p}</p>" for p in paragraphs),
    }
    feed = rss(f"{ESC}]0;owned{ESC}\\{ESC}[2JEvil Wire | World", [entry])
    server.routes["/feed"] = Route(feed, content_type="application/rss+xml")
    gone = f"HTTP/1.1 404 {ESC}[2J{ESC}]0;x{ESC}\\Gone\r\n\r\n"
    server.routes["/gone"] = Route(raw=gone.encode())
    base = server.base.replace("://", f"://me:{SECRET}@")
    return [base + "/feed", base + "/gone"]


def _clean(where: str, text: str) -> None:
    assert SECRET not in text, f"{where} shows the URL's password"
    assert not any((ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F for c in text), (
        f"{where} carries control characters: {text!r}"[:300]
    )


def test_hostile_sources_reach_no_output_with_controls_credentials_or_headers(server, tmp_path):
    sources = _hostile(server)
    (tmp_path / "briefing.toml").write_text(
        f'sources = {json.dumps(sources)}\n[email]\nrecipients = ["desk@example.org"]\n'
    )
    built = run_cli(tmp_path, "build", "--date", "2026-11-28", "--jobs", "1")
    assert built.returncode == 0, built.stderr
    _clean("build's stdout", built.stdout)
    _clean("build's stderr", built.stderr)
    assert "skipped http://127.0.0.1:" in built.stderr and "HTTP 404 Gone" in built.stderr
    day = tmp_path / "output" / "2026-11-28"
    for name in ("briefing.txt", "briefing.json", "briefing.html"):
        _clean(name, (day / name).read_text(encoding="utf-8"))
    pdf = "".join(page.extract_text() for page in PdfReader(day / "briefing.pdf").pages)
    _clean("briefing.pdf", pdf)
    data = json.loads((day / "briefing.json").read_text(encoding="utf-8"))
    outlets = {i["source"]["outlet"] for t in data["topics"] for i in t["items"]}
    assert "Evil Wire" in outlets
    with sqlite3.connect(tmp_path / "output" / "history.sqlite") as db:
        for row in db.execute("SELECT url, outlet, title FROM articles"):
            _clean("the history", " ".join(row))
    shown = run_cli(tmp_path, "show", "2026-11-28")
    _clean("show", shown.stdout)
    with sqlite3.connect(tmp_path / "output" / "history.sqlite") as db:  # a store from before
        [(stored,)] = db.execute("SELECT briefing FROM builds").fetchall()
        stored = stored.replace("Evil Wire", "Evil\\u001b[2J\\u009b2J Wire")  # JSON escapes
        db.execute("UPDATE builds SET briefing = ?", (stored,))
    old = run_cli(tmp_path, "show", "2026-11-28")
    assert old.returncode == 0 and "Evil Wire" in old.stdout
    _clean("show of an older store", old.stdout)
    sent = run_cli(tmp_path, "send", "--date", "2026-11-28", "--dry-run")
    assert sent.returncode == 0, sent.stderr
    raw = (day / "briefing.eml").read_bytes()
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert "Reply-To" not in message and "X-Injected" not in message
    assert sorted(message.keys()) == sorted(
        ["Subject", "From", "To", "Date", "Message-ID", "MIME-Version", "Content-Type"]
    )
    subject = message["Subject"]
    assert "Junta frees prisoners Reply-To: evil@attacker.example X-Injected: yes" in subject
    text = message.get_body(("plain",)).get_content()
    _clean("the email's text", text)
    _clean("the email's HTML", message.get_body(("html",)).get_content())
    assert "YANGON (AP)" in text or "Evil Wire" in text


def test_credentials_and_controls_in_a_page_are_not_kept(server):
    canonical = f"https://me:{SECRET}@asiawire.example/a"
    server.routes["/page"] = Route(news_page(site=f"Asia{ESC}[8m Wire", canonical=canonical))
    read = read_sources([server.base.replace("://", f"://me:{SECRET}@") + "/page"])
    [article] = read.articles
    assert article.url == server.url("/page")  # the canonical's host is not where it came from
    for field in (article.title, article.outlet, article.url, *article.paragraphs):
        _clean("the article", field)


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (ENCODED, "Junta frees prisoners Reply-To: evil@attacker.example X-Injected: yes"),
        ("=?utf-8?q?" + "=3D=3Futf-8=3Fq=3Fa=0D=0AX-B=3A_c=3F=3D" + "?=", "a X-B: c"),
        ("plain\r\nBcc: x@y.org", "plain Bcc: x@y.org"),
        (f"{ESC}[1mBold{ESC}[0m\u2028line", "[1mBold [0m line"),
    ],
)
def test_header_text_is_decoded_and_on_one_line(value, shown):
    assert header_text(value) == shown


def test_a_composed_message_with_a_broken_header_is_refused():
    from datetime import UTC, date, datetime

    message = compose(
        "s",
        "t",
        None,
        None,
        "a@b.org",
        ["c@d.org"],
        date(2026, 11, 28),
        datetime(2026, 11, 28, tzinfo=UTC),
    )
    check_headers(message)
    del message["Subject"]
    message["Subject"] = ENCODED  # straight in, as the library takes it
    with pytest.raises(BriefingError, match="message not sent"):
        check_headers(message)


def test_the_header_folding_bug_is_named_by_version():
    assert "CVE-2024-6923" in folding_bug((3, 11, 7)) and "3.11.10" in folding_bug((3, 11, 7))
    assert "3.12.5" in folding_bug((3, 12, 4))
    assert folding_bug((3, 11, 10)) == folding_bug((3, 12, 5)) == folding_bug((3, 13, 0)) == ""


FAST = HttpConfig(timeout=1.0, retries=0, deadline=2.0, budget=30.0, max_bytes=1_000_000)
PRIVATE = [
    "http://169.254.169.254/latest/meta-data/",
    "http://metadata.google.internal/computeMetadata/v1/",
    "http://[::1]:{port}/secret",
    "http://0.0.0.0:{port}/secret",
    "http://2130706433:{port}/secret",
    "http://localhost:{port}/secret",
    "http://127.0.0.1:{port}/secret",
]


@pytest.fixture
def secret():
    """A second server on 127.0.0.1: an internal service a feed's links should not reach."""
    instance = Server()
    instance.routes["/secret"] = Route(news_page(title="INTERNAL ADMIN PAGE"))
    yield instance
    instance.close()


def _teasers(server, links: list[str]) -> None:
    entries = [(f"Entry {n}", link, "The junta said… Read more") for n, link in enumerate(links)]
    server.routes["/feed"] = feed_route(entries)


def test_links_in_content_cannot_reach_private_addresses(server, secret, sockets):
    sockets.allow("127.0.0.1", server.httpd.server_port)
    links = [link.format(port=secret.httpd.server_port) for link in PRIVATE]
    _teasers(server, [*links, server.url("/page")])  # the feed's own server too: content
    server.routes["/page"] = Route(news_page())
    elsewhere = f"http://2130706433:{secret.httpd.server_port}/secret"  # another host: loopback
    server.routes["/jump"] = Route(b"", 302, headers={"Location": elsewhere})
    read = read_sources([server.url("/feed"), server.url("/jump")], http=FAST)
    assert secret.log == []
    assert sorted(path for path, _ in server.log) == ["/feed", "/jump"]  # read concurrently
    flags = {a.url: a.flags for a in read.articles}
    for link in [*links, server.url("/page")]:
        [flag] = flags[link]
        assert flag.startswith("teaser only: article page not fetched: "), flag
        assert flag.endswith("or list it in http.allow)"), flag
    assert "is a loopback address" in flags[links[2]][0]
    assert "is a link-local address" in flags[links[0]][0]
    assert "metadata.google.internal is this machine or cloud metadata" in flags[links[1]][0]
    assert "0.0.0.0 is the unspecified address" in flags[links[3]][0]
    assert "2130706433 (127.0.0.1) is a loopback address" in flags[links[4]][0]
    [jump] = read.skipped
    assert jump.reason.startswith("not fetched: 2130706433 (127.0.0.1) is a loopback address")


def test_a_content_link_to_an_allowed_host_is_followed(server, secret, sockets):
    for port in (server.httpd.server_port, secret.httpd.server_port):
        sockets.allow("127.0.0.1", port)
    _teasers(server, [secret.url("/secret")])
    allowed = FAST.model_copy(update={"allow": ["127.0.0.0/8"]})
    [article] = read_sources([server.url("/feed")], http=allowed).articles
    assert not any(flag.startswith("teaser only") for flag in article.flags), article.flags
    assert [path for path, _ in secret.log] == ["/secret"]
    assert len(article.paragraphs) > 3


def test_a_stalled_name_lookup_ends_at_the_deadline(server, sockets):
    sockets.allow("127.0.0.1", server.httpd.server_port)
    sockets.stalls["stalled.example"] = 20.0
    _teasers(server, ["http://stalled.example/story"])
    start = time.monotonic()
    read = read_sources([server.url("/feed"), "http://stalled.example/feed"], http=FAST)
    assert time.monotonic() - start < 8
    [skip] = read.skipped
    assert (skip.source, skip.reason) == (
        "http://stalled.example/feed",
        "no complete answer within 2 s",
    )
    [article] = read.articles
    assert article.flags == ("teaser only: article page no complete answer within 2 s",)


@pytest.mark.parametrize("encoding", ["br", "gzip", "deflate", "gzip, br"])
def test_a_decompression_bomb_is_cut_at_max_bytes(server, sockets, encoding):
    sockets.allow("127.0.0.1", server.httpd.server_port)
    body = b"<p>" + b"\0" * 40_000_000 + b"</p>"
    for name in [n.strip() for n in encoding.split(",")]:
        body = (
            brotli.compress(body, quality=1)
            if name == "br"
            else gzip.compress(body, 1)
            if name == "gzip"
            else zlib.compress(body, 1)
        )
    server.routes["/bomb"] = Route(body, headers={"Content-Encoding": encoding})
    tracemalloc.start()
    try:
        read = read_sources([server.url("/bomb")], http=FAST)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    [skip] = read.skipped
    assert skip.reason.startswith("larger than 1000000 bytes once decompressed"), skip.reason
    assert peak < 12_000_000, f"{len(body)} bytes on the wire took {peak:,} bytes to refuse"


def test_a_page_claiming_another_site_is_cited_by_its_real_host(server):
    canonical = "https://www.reuters.com/world/asia-pacific/talks"
    server.routes["/spoof"] = Route(news_page(site="Reuters", canonical=canonical))
    [article] = read_sources([server.url("/spoof")], http=FAST).articles
    assert (article.url, article.outlet) == (server.url("/spoof"), "")
    assert article.flags == (
        f"page claims to be {canonical!r} but came from 127.0.0.1: cited by its real host",
        "page claims to be Reuters but came from 127.0.0.1: not cited as Reuters",
    )


def test_a_feed_titled_as_another_outlet_is_not_cited_as_it(server, write):
    text = " ".join(SEED_PARAGRAPHS[:4])
    server.routes["/feed"] = feed_route(
        [("Talks", "https://www.reuters.com/world/talks", text)], title="Reuters | World"
    )
    [fetched] = read_sources([server.url("/feed")], http=FAST).articles
    assert fetched.outlet == "" and fetched.flags == (
        "feed claims to be Reuters but came from 127.0.0.1: not cited as it",
    )
    lookalike = write(
        "lookalike.xml",
        feed_route(
            [("Talks", "https://reuters.com.world-news.example/t", text)], "Reuters | World"
        ).body.decode(),
    )
    real = write(
        "real.xml",
        feed_route(
            [("Talks", "https://www.reuters.com/world/t", text)], "Reuters | World"
        ).body.decode(),
    )
    spoofed, genuine = read_sources([lookalike, real]).articles
    assert spoofed.outlet == "World News" and spoofed.flags == (
        "feed claims to be Reuters but came from reuters.com.world-news.example: not cited as it",
    )
    assert (genuine.outlet, genuine.flags) == ("Reuters", ())


def test_the_socket_guard_stops_what_the_test_did_not_allow(server, sockets):
    import socket

    with pytest.raises(ConnectionRefusedError, match="socket guard"):
        socket.create_connection(("127.0.0.1", server.httpd.server_port), timeout=1)
    with pytest.raises(socket.gaierror, match="socket guard"):
        socket.getaddrinfo("example.org", 80)
    assert sockets.refused == [("127.0.0.1", server.httpd.server_port), "example.org"]
    sockets.refused.clear()  # seen: the guard works
    sockets.allow("127.0.0.1", server.httpd.server_port)
    socket.create_connection(("127.0.0.1", server.httpd.server_port), timeout=1).close()


def test_debug_logs_show_no_url_password(server, caplog):
    server.routes["/flaky"] = Route(b"down", 503)
    url = server.base.replace("://", f"://me:{SECRET}@") + "/flaky"
    with caplog.at_level("DEBUG", logger="briefing"):
        [skip] = read_sources([url], http=FAST.model_copy(update={"retries": 1})).skipped
    assert "try 1 of 2" in caplog.text and SECRET not in caplog.text
    assert skip.source == server.url("/flaky")
