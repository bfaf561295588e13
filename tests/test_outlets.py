"""Outlet names: front matter, site name, dateline, link host; one name per outlet, never a file."""

import pytest

from briefing.ingest.feeds import parse_feed
from briefing.ingest.outlets import (
    dateline_outlet,
    feed_outlet,
    host_name,
    page_outlet,
    registrable,
)
from briefing.ingest.read import read_sources
from briefing.ingest.text import parse_article


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        ("BEIJING (AP) _ China on Tuesday said", "AP"),
        ("JAKARTA, July 12 (Reuters) - The top US and Chinese diplomats", "Reuters"),
        ("YANGON, Myanmar (AP) — Myanmar's military", "AP"),
        ("MANILA (Agence France-Presse) -- Philippine ships", "AFP"),
        ("HANOI, Nov 27 (Xinhua) -- Vietnam", "Xinhua"),
        # a city with a letter past ASCII: its place was read, its credit was not
        ("ZÜRICH, Switzerland (AP) _ Voters in Switzerland", "AP"),
        ("ÉVORA, Portugal (AP) _ A fire", "AP"),
        ("ŁÓDŹ, Poland (AP) _ A fire", "AP"),  # past Latin-1 too
        ("İZMİR, Turkey (AP) _ A fire", "AP"),
        ("The top US (and Chinese) diplomats - met", ""),  # not a dateline: no capitals place
        ("China said (AP) _ ", ""),
        # dateline19: a wire's dateline in another script credits its agency too
        ("МОСКВА, 28 ноя — РИА Новости. Землетрясение произошло", "RIA Novosti"),
        ("МОСКВА, 28 ноября. /ТАСС/. Землетрясение произошло", "TASS"),
        ("Москва. 28 ноября. INTERFAX.RU - Землетрясение произошло", "Interfax"),
        ("أنقرة (رويترز) - قال مسؤولون", "Reuters"),
        ("بيروت (أ ف ب) - قال مسؤولون", "AFP"),
        ("(서울=연합뉴스) 김철수 기자 = 터키 동부에서", "Yonhap"),
        ("(서울=뉴스1) 이영희 특파원 = 구조대는", "News1"),
        ("新华社北京12月3日电 国务院", "Xinhua"),
        ("【マニラ＝共同】フィリピン政府は", "Kyodo"),
        ("中新社北京12月3日电 国务院", ""),  # an agency the project does not know
        ("【ワシントン＝山田太郎】米政府は", ""),  # a reporter, no agency
        ("МОСКВА, 28 ноя — Пожар потушен.", ""),  # no agency
    ],
)
def test_dateline_names_the_agency(lead, outlet):
    assert dateline_outlet(lead) == outlet


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://www.xinhuanet.com/english/20261127/c_1.htm", "Xinhua"),
        ("https://english.news.cn/20261127/a.html", "Xinhua"),
        ("https://www.bbc.co.uk/news/world-asia-1", "BBC"),
        ("https://apnews.com/article/x", "AP"),
        ("https://myanmar-now.org/en/news/x", "Myanmar Now"),
        ("https://www.rfa.org/english/x", "RFA"),
        ("https://news.example.org/story.html", "Example"),
        ("http://127.0.0.1:8000/a.html", ""),
        ("file:///home/me/seeds/a.txt", ""),
        ("", ""),
    ],
)
def test_link_host_gives_a_readable_name(url, name):
    assert host_name(url) == name


def test_registrable_domain():
    assert registrable("www.news.bbc.co.uk") == "bbc.co.uk"
    assert registrable("english.news.cn") == "news.cn"
    assert registrable("localhost") == "localhost"


def test_one_outlet_one_name_across_feed_page_and_text():
    link = "http://www.xinhuanet.com/english/asiapacific/2026-11/27/c_1.htm"
    assert feed_outlet("Xinhua | Asia-Pacific", link) == "Xinhua"
    assert page_outlet("xinhuanet", link) == "Xinhua"
    assert page_outlet("Xinhua News Agency", "") == "Xinhua"
    assert feed_outlet("Asia Wire | World", "http://127.0.0.1/a") == "Asia Wire"
    assert feed_outlet("", "https://myanmar-now.org/x") == "Myanmar Now"
    assert page_outlet("", "", "BEIJING (AP) _ China said") == "AP"


def test_feed_entries_are_named_by_their_link_not_the_feed_title():
    rss = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Xinhua | Asia-Pacific</title>'
        b"<item><title>A</title><link>http://www.xinhuanet.com/english/a.htm</link>"
        b"<description>Body of the story.</description></item>"
        b"<item><title>B</title><description>No link here.</description></item>"
        b"</channel></rss>"
    )
    _, entries = parse_feed(rss, "/home/me/feeds/xinhua.xml")
    assert [e.article.outlet for e in entries] == ["Xinhua", "Xinhua"]


def test_text_files_take_the_outlet_from_front_matter_or_dateline_never_the_file(tmp_path):
    dated = parse_article("Headline\n\nBEIJING (AP) _ China on Tuesday said no.", tmp_path / "APW1")
    assert dated.outlet == "AP"
    named = parse_article("Source: Associated Press\nTitle: T\n\nBody.", tmp_path / "b.txt")
    assert named.outlet == "AP"
    linked = parse_article(
        "Title: T\nURL: https://www.reuters.com/world/x\n\nBody.", tmp_path / "c.txt"
    )
    assert linked.outlet == "Reuters"
    bare = parse_article("Headline\n\nNothing names who wrote this.", tmp_path / "asean-talks.txt")
    assert bare.outlet == ""


def test_a_folder_of_unnamed_files_shows_no_file_names(tmp_path):
    (tmp_path / "APW19981202.1274.txt").write_text("Headline\n\nBEIJING (AP) _ Text here.\n")
    (tmp_path / "asean-talks-us-china.txt").write_text("Headline\n\nText without a credit.\n")
    read = read_sources([tmp_path])
    assert sorted(a.outlet for a in read.articles) == ["", "AP"]
