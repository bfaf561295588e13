"""Fault injection on the input side: hostile routes on a real HTTP server on 127.0.0.1, hostile
files and sources. The rule each test keeps: one bad source is one Skipped entry with a one-line
reason, good input beside it is still read, and nothing hangs past its deadline."""

from __future__ import annotations

import time
from pathlib import Path

from briefing.config import HttpConfig
from briefing.ingest.read import read_sources

from .conftest import SEEDS, Route, run_cli
from .pages import feed_route, news_page

HOSTILE = HttpConfig(timeout=1.0, retries=1, backoff=0.01, deadline=2.0, budget=30.0)
SEED = next(SEEDS.glob("*.txt"))


def _good(write):
    """A good local article to read beside the hostile sources."""
    return write("good.txt", SEED.read_text(encoding="utf-8"))


def _reasons(read) -> dict[str, str]:
    reasons = {s.source: s.reason for s in read.skipped}
    assert all("\n" not in r and 0 < len(r) <= 300 for r in reasons.values()), reasons
    assert not any("internal error" in r for r in reasons.values()), reasons
    return reasons


def _deep_page(levels: int = 300) -> str:
    body = " ".join(["Myanmar's junta extended the state of emergency on Friday."] * 20)
    return f"<html><body>{'<div>' * levels}<p>{body}</p>{'</div>' * levels}</body></html>"


def _entity_bomb() -> str:
    """A billion-laughs feed: nine levels of entities, and an entry made of their references."""
    levels = "".join(
        f'<!ENTITY lol{n} "{(f"&lol{n - 1};" if n > 1 else "lol") * 10}">' for n in range(1, 10)
    )
    good = " ".join(["Myanmar's junta extended the state of emergency on Friday."] * 12)
    return (
        f'<?xml version="1.0"?><!DOCTYPE rss [{levels}]><rss version="2.0"><channel>'
        f"<title>Bomb</title><link>https://b.example/</link><description>x</description>"
        f"<item><title>&lol9;</title><link>https://b.example/1</link>"
        f"<description>They said &amp;lol9 today.</description></item>"
        f"<item><title>Emergency extended</title><link>https://b.example/2</link>"
        f"<description>{good}</description></item></channel></rss>"
    )


def test_hostile_routes_each_become_one_reason_and_the_good_article_is_kept(server, write):
    routes = {
        "/trickle": Route(news_page(), trickle=0.05),
        "/trickle-headers": Route(raw=b"HTTP/1.1 200 OK\r\n" + b"X-A: b\r\n" * 100, trickle=0.05),
        "/bad-gzip": Route(b"this is not gzip " * 20, headers={"Content-Encoding": "gzip"}),
        "/huge-headers": Route(raw=b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * 300_000 + b"\r\n\r\n"),
        "/to-invalid": Route(b"", 302, headers={"Location": "http://[::1"}),
        "/to-script": Route(b"", 302, headers={"Location": "javascript:alert(1)"}),
        "/deep": Route(_deep_page()),
    }
    server.routes.update(routes)
    urls = {path: server.url(path) for path in routes}
    odd = ["http://[::1", "http://", "javascript:alert(1)", "data:text/html,hi"]
    start = time.monotonic()
    read = read_sources([_good(write), *urls.values(), *odd], http=HOSTILE)
    elapsed = time.monotonic() - start
    assert [Path(a.path).name for a in read.articles] == ["good.txt"]
    reasons = _reasons(read)
    assert reasons[urls["/trickle"]] == "no complete answer within 2 s"
    assert reasons[urls["/trickle-headers"]] == "no complete answer within 2 s"
    assert reasons[urls["/bad-gzip"]].startswith("body does not match its Content-Encoding (")
    assert reasons[urls["/huge-headers"]].startswith("broken HTTP answer")
    assert (
        reasons[urls["/to-invalid"]]
        == "redirected to 'http://[::1': invalid URL (Invalid IPv6 URL)"
    )
    assert reasons[urls["/to-script"]] == (
        "redirected to 'javascript:alert(1)': javascript: URLs are not read (only http and https)"
    )
    assert reasons[urls["/deep"]] == "markup nested deeper than 256 levels (the parser's limit)"
    assert reasons["http://[::1"] == "invalid URL (Invalid IPv6 URL)"
    assert reasons["http://"] == "no host in URL"
    assert reasons["javascript:alert(1)"] == "javascript: URLs are not read (only http and https)"
    assert reasons["data:text/html,hi"] == "data: URLs are not read (only http and https)"
    assert elapsed < 15, f"hostile routes held the read for {elapsed:.1f} s"  # a hang, not speed


def test_bad_gzip_behind_a_feed_teaser_flags_the_teaser(server):
    server.routes["/bad-gzip"] = Route(b"not gzip " * 30, headers={"Content-Encoding": "gzip"})
    server.routes["/feed"] = feed_route(
        [("Junta extends emergency", server.url("/bad-gzip"), "The junta extended it… Read more")]
    )
    allowed = HOSTILE.model_copy(update={"allow": ["127.0.0.1"]})  # the teaser is on loopback
    [article] = read_sources([server.url("/feed")], http=allowed).articles
    [flag] = article.flags
    assert flag.startswith("teaser only: article page body does not match its Content-Encoding")


def test_feed_links_that_are_not_http_are_not_kept_nor_followed(server):
    links = ["http://[::1", "javascript:alert(document.cookie)", "data:text/html,<b>x</b>", "ftp:x"]
    server.routes["/feed"] = feed_route(
        [(f"Entry {n}", link, "A short teaser about the junta…") for n, link in enumerate(links)]
    )
    read = read_sources([server.url("/feed")], http=HOSTILE)
    assert [a.url for a in read.articles] == ["", "", "", ""]
    assert [path for path, _ in server.log] == ["/feed"]  # none was followed
    for article, link in zip(read.articles, links, strict=True):
        [flag] = article.flags
        assert flag.startswith(f"link {link!r} not kept: ")


def test_entity_bomb_entry_is_skipped_and_the_good_entry_kept(server):
    server.routes["/bomb"] = Route(_entity_bomb(), content_type="application/rss+xml")
    read = read_sources([server.url("/bomb")], http=HOSTILE)
    assert [a.title for a in read.articles] == ["Emergency extended"]
    [reason] = _reasons(read).values()
    assert reason == "unresolved entity reference &lol9; in its text (an entity attack?)"


def test_the_fetch_phase_has_a_budget(server, write):
    server.routes["/a"] = Route(news_page(), trickle=0.05)
    server.routes["/b"] = Route(news_page(), trickle=0.05)
    settings = HttpConfig(timeout=1.0, retries=0, deadline=30.0, budget=1.5, concurrency=1)
    start = time.monotonic()
    read = read_sources([_good(write), server.url("/a"), server.url("/b")], http=settings)
    assert time.monotonic() - start < 10
    assert [Path(a.path).name for a in read.articles] == ["good.txt"]
    assert sorted(_reasons(read).values()) == [
        "cut off: the fetch budget of 1.5 s ran out",
        "not fetched: the fetch budget of 1.5 s ran out",
    ]


def test_dates_out_of_range_on_the_command_line_are_usage_errors(tmp_path):
    for option in (["--date", "0001-01-01"], ["--since", "0001-01-01T00:00:00+05:00"]):
        result = run_cli(tmp_path, "build", *option)
        assert result.returncode == 2, (option, result.stderr)
        assert "Traceback" not in result.stderr
        assert "Invalid value" in result.stderr


def test_http_cache_goes_under_the_output_folder_used(server, tmp_path, write):
    server.routes["/story"] = Route(news_page(), etag='"v1"')
    local = _good(write).rename(tmp_path / "elsewhere.txt").as_uri()  # a configured file: URL
    write("briefing.toml", f'sources = ["{local}", "{server.url("/story")}"]\n')
    result = run_cli(tmp_path, "build", "--date", "2026-11-28", "--out", "o2")
    assert result.returncode == 0, result.stderr
    assert "skipped" not in result.stderr
    assert "read 2 sources" in result.stdout
    assert list((tmp_path / "o2" / ".cache" / "http").glob("*.body"))
    assert not (tmp_path / "output").exists()
