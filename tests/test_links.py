"""Links a reader may click and see: http(s) only, no tracking parameters, letters decoded."""

import pytest

from briefing.ingest.links import clean_link, doubt, readable_link, safe_link, url_problem


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/a?b=c#d",
        "http://127.0.0.1:8080/x",
        "HTTP://EXAMPLE.ORG",
        " https://x.example ",
    ],
)
def test_http_urls_with_a_host_are_links(url):
    assert safe_link(url) == url.strip()


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("javascript:alert(1)", "javascript: URLs are not read (only http and https)"),
        ("JavaScript:alert(1)", "javascript: URLs are not read (only http and https)"),
        ("java\tscript:alert(1)", "java\tscript: URLs are not read (only http and https)"),
        ("data:text/html,<b>x</b>", "data: URLs are not read (only http and https)"),
        ("file:///etc/passwd", "file: URLs are not read (only http and https)"),
        ("//example.org/a", "not a URL"),
        ("", "not a URL"),
        ("http://", "no host in URL"),
        ("https:///path", "no host in URL"),
        ("http://[::1", "invalid URL (Invalid IPv6 URL)"),
        ("http://x.example:99999/", "invalid URL (Port out of range 0-65535)"),
        ("http://x.example/a b", "invalid URL (spaces or control characters)"),
        ("http://x.example/\nSet-Cookie:a", "invalid URL (spaces or control characters)"),
    ],
)
def test_anything_else_is_no_link_and_says_why(url, problem):
    assert safe_link(url) == ""
    assert url_problem(url) == problem


def test_safe_link_takes_none_and_doubt_shortens():
    assert safe_link(None) == ""
    flag = doubt("javascript:" + "x" * 200)
    assert flag.startswith("link 'javascript:xxx") and "...' not kept: javascript: URLs" in flag


@pytest.mark.parametrize(
    ("url", "clean"),
    [
        (
            "https://www.reuters.com/world/x?utm_source=tw&utm_medium=social&id=5&fbclid=a#top",
            "https://www.reuters.com/world/x?id=5#top",
        ),
        ("https://apnews.com/a?gclid=1&mc_cid=2&mc_eid=3", "https://apnews.com/a"),
        ("https://example.org/a?page=2&ref=home", "https://example.org/a?page=2&ref=home"),
        ("https://example.org/a", "https://example.org/a"),
        ("file:///home/me/seeds/a.txt", ""),
        ("seeds/asean-talks-us-china.txt", ""),
        ("javascript:alert(1)", ""),
    ],
)
def test_tracking_parameters_are_dropped(url, clean):
    assert clean_link(url) == clean


def test_display_decodes_letters_and_keeps_the_link_working():
    burmese = "https://www.irrawaddy.com/news/%E1%80%99%E1%80%BC%E1%80%94%E1%80%BA?utm_source=x"
    assert readable_link(burmese) == "https://www.irrawaddy.com/news/မြန်"
    # Spaces, slashes and direction-changing characters stay escaped: they would break or spoof.
    assert (
        readable_link("https://x.example/a%20b%2Fc%E2%80%AEd")
        == "https://x.example/a%20b%2Fc%E2%80%AEd"
    )
    assert readable_link("https://x.example/%FF") == "https://x.example/%FF"  # not UTF-8
    assert readable_link("/home/me/seeds/a.txt") == ""
