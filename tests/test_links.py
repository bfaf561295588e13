import pytest

from briefing.links import doubt, safe_link, url_problem


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
