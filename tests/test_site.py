"""The static archive site: index, edition pages, Atom feed, and Pagefind search in a real
headless Chromium over a 127.0.0.1 HTTP server."""

from __future__ import annotations

import functools
import http.server
import threading
from datetime import UTC, date, datetime
from pathlib import Path

import feedparser
import lxml.html
import pytest

from briefing.config import load_config
from briefing.deliver.site import Edition, atom_feed, build_site
from briefing.errors import BriefingError
from briefing.models import Article, Briefing, Item, Section, Sentence, Story
from briefing.pipeline import Run, build

from .conftest import read_only, run_cli
from .test_email_browser import CHROMIUM, FLAGS

OLD, MIDDLE, NEW = date(2026, 11, 20), date(2026, 11, 27), date(2026, 11, 28)
ARTICLES = {  # one article a day; only the oldest mentions Masinloc
    OLD: (
        "Chinese ships fire water cannon off Scarborough Shoal",
        "Chinese coast guard ships fired water cannon at Filipino fishermen from Masinloc near "
        "Scarborough Shoal in the South China Sea on Monday, the Philippine coast guard said. "
        "Manila protested the incident in the disputed waterway.",
    ),
    MIDDLE: (
        "Myanmar junta extends emergency rule",
        "Myanmar's military junta extended emergency rule for another six months on Wednesday, "
        "state media said. The junta has ruled since the coup in 2021.",
    ),
    NEW: (
        "US and Chinese diplomats meet in Jakarta",
        "The top US and Chinese diplomats met in Jakarta on Thursday to discuss tensions over "
        "Taiwan and export controls, the State Department said.",
    ),
}


def _write_project(root: Path) -> None:
    (root / "news").mkdir(parents=True)
    for day, (title, text) in ARTICLES.items():
        (root / "news" / f"{day}.txt").write_text(
            f"Title: {title}\nSource: Wire\nURL: https://news.example.org/{day}\n"
            f"Published: {day.replace(day=day.day - 1)}T12:00:00Z\n\n{text}\n",
            encoding="utf-8",
        )
    (root / "briefing.toml").write_text(
        'sources = ["news"]\n[compute]\njobs = 1\n[site]\nurl = "https://briefing.example.org/desk"\n'
    )


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """Three days built from small articles, then the site."""
    root = tmp_path_factory.mktemp("site")
    _write_project(root)
    config = load_config(root / "briefing.toml")
    for day in ARTICLES:
        build(Run.of(config, day=day))
    return root, config, build_site(config)


def test_index_lists_every_edition_newest_first_with_its_lead(project):
    root, _, site = project
    assert site.folder == root / "output" / "site" and site.days == (OLD, MIDDLE, NEW)
    assert site.indexed == 3 and site.skipped == ()
    page = lxml.html.parse(str(site.folder / "index.html")).getroot()
    links = [(a.get("href"), a.text_content()) for a in page.xpath("//ol/li/a")]
    assert links == [
        ("2026-11-28/", "28 November 2026"),
        ("2026-11-27/", "27 November 2026"),
        ("2026-11-20/", "20 November 2026"),
    ]
    assert "Chinese ships fire water cannon off Scarborough Shoal" in page.text_content()
    assert page.xpath('//link[@type="application/atom+xml"]')[0].get("href") == "feed.xml"


def test_each_edition_page_is_its_built_briefing_marked_for_search(project):
    root, _, site = project
    built = (root / "output" / "2026-11-20" / "briefing.html").read_text(encoding="utf-8")
    page = lxml.html.parse(str(site.folder / "2026-11-20" / "index.html")).getroot()
    body = page.find("body")
    assert body.get("data-pagefind-body") == ""
    assert [a.get("href") for a in body.xpath('.//nav[@class="site"]/a')] == ["../", "../feed.xml"]
    title = page.xpath('//meta[@data-pagefind-meta="title[content]"]')[0].get("content")
    assert title == "Daily briefing, 20 November 2026"
    item = lxml.html.fromstring(built).xpath('//p[@class="text"]')[0].text_content()
    assert "Masinloc" in item and item in body.text_content()


def test_the_atom_feed_has_an_entry_per_edition_linked_to_its_page(project):
    _, _, site = project
    feed = feedparser.parse((site.folder / "feed.xml").read_bytes())
    assert not feed.bozo and feed.feed.title == "Daily briefing"
    assert [e.link for e in feed.entries] == [
        f"https://briefing.example.org/desk/{day}/"
        for day in ("2026-11-28", "2026-11-27", "2026-11-20")
    ]
    old = feed.entries[2]
    assert old.title == (
        "Daily briefing, 20 November 2026: Chinese ships fire water cannon off Scarborough Shoal"
    )
    assert "Masinloc" in old.content[0].value and "https://news.example.org/2026-11-20" in (
        old.content[0].value
    )
    assert old.updated.startswith("2026-11-20T06:00:00")


def test_the_search_binary_comes_from_the_installed_wheel():
    import pagefind_bin

    binary = pagefind_bin.get_executable()
    assert binary.is_relative_to(Path(pagefind_bin.__file__).parent) and binary.is_file()


def test_a_bad_day_folder_is_skipped_and_the_rest_published(project, tmp_path):
    root, config, _ = project
    import shutil

    copy = tmp_path / "output"
    shutil.copytree(root / "output", copy, ignore=shutil.ignore_patterns("site"))
    (copy / "2026-11-21").mkdir()
    (copy / "2026-11-21" / "briefing.json").write_text("{not json")
    (copy / "2026-11-21" / "briefing.html").write_text("<html></html>")
    (copy / "2026-11-22").mkdir()
    shutil.copy(copy / "2026-11-20" / "briefing.json", copy / "2026-11-22")
    site = build_site(config, copy)
    assert site.days == (OLD, MIDDLE, NEW)
    reasons = sorted((Path(s.source).name, s.reason.split(" (")[0]) for s in site.skipped)
    assert reasons == [("2026-11-21", "not a briefing"), ("2026-11-22", "no briefing.html")]


def test_a_failed_site_leaves_the_previous_one(project, tmp_path, monkeypatch):
    root, config, _ = project
    import shutil

    from briefing.deliver import site as site_module

    copy = tmp_path / "output"
    shutil.copytree(root / "output", copy)
    before = (copy / "site" / "index.html").read_bytes()

    def broken(folder: Path) -> int:
        raise BriefingError("pagefind failed: disk full")

    monkeypatch.setattr(site_module, "pagefind", broken)
    (copy / "2026-11-27" / "briefing.json").unlink()  # the next site would differ
    with pytest.raises(BriefingError, match="pagefind failed"):
        build_site(config, copy)
    assert (copy / "site" / "index.html").read_bytes() == before
    assert [p.name for p in copy.iterdir() if p.name.startswith(".site")] == []


def test_a_site_never_replaces_the_output_a_day_or_other_files(project, tmp_path):
    root, config, _ = project
    out = root / "output"
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("my notes")
    for folder, problem in (
        (out, "cannot replace the output folder"),
        (root, "cannot replace the output folder"),
        (out / "2026-11-20", "cannot replace a day's briefing"),
        (mine, "exists and is not a briefing site"),
        (mine / "notes.txt", "exists and is not a folder"),
    ):
        with pytest.raises(BriefingError, match=problem):
            build_site(config, out, folder)
    assert (mine / "notes.txt").read_text() == "my notes"
    assert (out / "2026-11-20" / "briefing.json").is_file()


def test_a_site_is_made_from_an_output_folder_it_cannot_write(project, tmp_path):
    """hostile18: `site --from` a read-only archive (a backup, another user's output) failed
    with "cannot write the briefing here": only taking the build lock wrote there, and no build
    can be writing a folder that cannot be written."""
    root, config, _ = project
    import shutil

    copy = tmp_path / "output"
    shutil.copytree(root / "output", copy, ignore=shutil.ignore_patterns("site", ".build.lock"))
    restore = read_only(copy)
    try:
        site = build_site(config, copy, tmp_path / "public")
    finally:
        restore()
    assert site.days == (OLD, MIDDLE, NEW)
    assert sorted(p.name for p in copy.iterdir()) == sorted(
        p.name for p in (root / "output").iterdir() if p.name not in ("site", ".build.lock")
    )


def test_cli_site_and_nothing_built(project, tmp_path):
    root, _, _ = project
    done = run_cli(root, "site", "--out", str(tmp_path / "public"))
    assert done.returncode == 0, done.stderr
    assert "3 editions, 3 pages searchable" in done.stdout
    assert (tmp_path / "public" / "pagefind" / "pagefind-ui.js").is_file()
    empty = tmp_path / "empty"
    (empty / "output").mkdir(parents=True)
    nothing = run_cli(empty, "site")
    assert nothing.returncode == 1
    assert nothing.stderr.strip().endswith(
        "no built briefings to publish; run `briefing build` first"
    )


@pytest.fixture
def served(project):
    """The site over HTTP on 127.0.0.1, under a sub-path as a real host might put it."""
    _, _, site = project
    handler = functools.partial(
        http.server.SimpleHTTPRequestHandler, directory=str(site.folder.parent)
    )
    handler.log_message = lambda *args: None
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_port}/site/"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium installed (make browser)")
def test_search_finds_a_word_from_an_old_edition_and_follows_the_hit(served):
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            page = browser.new_page()
            requests: list[str] = []
            page.on("request", lambda request: requests.append(request.url))
            page.goto(served)
            page.fill(".pagefind-ui__search-input", "Masinloc")
            hit = page.locator(".pagefind-ui__result-link").first
            hit.wait_for(timeout=15_000)
            assert page.locator(".pagefind-ui__result-link").count() == 1
            assert hit.inner_text() == "Daily briefing, 20 November 2026"
            hit.click()
            page.wait_for_url(served + "2026-11-20/")
            assert "Masinloc" in page.locator("body").inner_text()
            assert all(url.startswith("http://127.0.0.1:") for url in requests)
        finally:
            browser.close()


def test_a_site_with_every_day_unusable_says_why(project, tmp_path):
    _, config, _ = project
    out = tmp_path / "output"
    for day in ("2026-11-21", "2026-11-22"):
        (out / day).mkdir(parents=True)
        (out / day / "briefing.json").write_text('{"date": 5}')
        (out / day / "briefing.html").write_text("<html></html>")
    with pytest.raises(BriefingError) as raised:
        build_site(config, out)
    assert str(raised.value) == (
        f"{out}: no built briefings to publish: {out / '2026-11-21'}: not a briefing "
        "(ValueError: date: 5 is not text) and 1 more day folder unusable"
    )


def test_the_feed_sets_the_wires_dash_as_its_pages_do(config):
    """The feed's entry title and lines are typeset like every page ("score — the single"); the
    feed printed the wire's " _ " the site's pages set as a dash."""
    wired = Article("Score _ a best-seller _ sold", "Port _ Wire", "", "a.txt", None, ("x",))
    sentence = Sentence("The score _ the best-selling single _ will be auctioned.", wired, 0, 0)
    story = Story("s1", wired.title, (wired,), (wired.outlet,), None, 1.0)
    section = Section("Alpha", "", (Item(sentence, 1.0, story="s1"),), 1, 9, stories=(story,))
    briefing = Briefing(date(2026, 11, 28), datetime(2026, 11, 28, 5, tzinfo=UTC), (section,))
    entry = feedparser.parse(atom_feed(config, [Edition(briefing, b"<html></html>")])).entries[0]
    assert entry.title.endswith(": Score — a best-seller — sold")
    content = entry.content[0].value
    assert "The score — the best-selling single — will be auctioned. (Port — Wire)" in content
    assert " _ " not in entry.title + content
