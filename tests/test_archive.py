"""The archive: every build's articles and items in the history with an FTS5 index, searched
with the topic query syntax through the real command line; a missing or broken index, or a
history without archive, is repaired with a note, never a traceback."""

from __future__ import annotations

import json
import shutil
import sqlite3
import unicodedata
from pathlib import Path

import pytest

from briefing.query import parse_query
from briefing.store.archive import Document, asked, search, store
from briefing.store.history import History

from .conftest import read_only, run_cli

ARTICLES = {
    "day1/cannon.txt": (
        "Philippine coast guard says Chinese ship fired water cannon",
        "Rappler",
        "https://www.rappler.com/nation/water-cannon",
        "2026-11-27T10:00:00+00:00",
        "A Chinese coast guard ship fired water cannons at a Philippine supply boat near Second "
        "Thomas Shoal in the South China Sea on Monday, the Philippine coast guard said.\n\n"
        "Manila said the attack on its boat violated its sovereignty and its territorial claims.",
    ),
    "day1/junta.txt": (
        "Myanmar junta extends emergency rule",
        "Irrawaddy",
        "https://www.irrawaddy.com/news/junta-emergency",
        "2026-11-27T11:00:00+00:00",
        "Myanmar's military junta extended the state of emergency by six months on Monday, "
        "delaying elections it had promised.\n\nThe junta said the resistance had not ended.",
    ),
    "day2/talks.txt": (
        "US and Chinese diplomats hold talks in Jakarta",
        "AP",
        "https://apnews.com/article/jakarta-talks",
        "2026-11-28T09:00:00+00:00",
        "US Secretary of State Antony Blinken and China's Wang Yi held talks in Jakarta on "
        "Tuesday to ease tensions over hacking and export controls.\n\n"
        "The diplomats agreed that the United States and China would keep talking.",
    ),
    "day2/typhoon.txt": (
        "Typhoon crosses the South China Sea",
        "CNA",
        "https://www.channelnewsasia.com/asia/typhoon",
        "2026-11-28T08:00:00+00:00",
        "A typhoon crossing the South China Sea is expected to reach Vietnam on Wednesday, "
        "forecasters said.\n\nFishing boats were told to stay in port until the storm passed.",
    ),
}


def _search(folder: Path, *args: str) -> tuple[int, str, str]:
    done = run_cli(folder, "search", *args)
    return done.returncode, done.stdout, done.stderr


def _hits(folder: Path, *args: str) -> list[dict]:
    code, out, err = _search(folder, *args, "--format", "json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture(scope="module")
def archived(tmp_path_factory) -> Path:
    """A folder with two days built from the articles above: 2026-11-28 and 2026-11-29."""
    folder = tmp_path_factory.mktemp("archive")
    for name, (title, outlet, url, published, body) in ARTICLES.items():
        path = folder / name
        path.parent.mkdir(exist_ok=True)
        path.write_text(
            f"Title: {title}\nSource: {outlet}\nURL: {url}\nPublished: {published}\n\n{body}\n",
            encoding="utf-8",
        )
    for day, sources in (("2026-11-28", "day1"), ("2026-11-29", "day2")):
        done = run_cli(folder, "build", sources, "--date", day, "--quiet")
        assert done.returncode == 0, done.stderr
    return folder


@pytest.fixture
def copy(archived: Path, tmp_path: Path) -> Path:
    """The archived folder, copied for a test that breaks it."""
    return Path(shutil.copytree(archived, tmp_path / "copy"))


def test_hits_are_dated_with_outlet_title_and_link(archived):
    code, out, err = _search(archived, '"water cannon"')
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].startswith(
        "2026-11-28  Rappler: Philippine coast guard says Chinese ship fired water cannon  ["
    )
    assert lines[1].strip() == "https://www.rappler.com/nation/water-cannon"
    assert "water cannons" in out  # the plural, as a topic term matches it


def test_the_query_syntax_is_the_topics_own(archived):
    def urls(query: str) -> set[str]:
        return {hit["url"].rsplit("/", 1)[1] for hit in _hits(archived, query)}

    assert urls('"South China Sea"') == {"water-cannon", "typhoon"}
    assert urls('"South China Sea" AND NOT typhoon') == {"water-cannon"}
    assert urls("Spratly* OR Irrawadd* OR junt*") == {"junta-emergency"}
    assert urls('"coast guard" NEAR/3 cannon*') == {"water-cannon"}
    assert urls('"coast guard" NEAR/2 boat') == set()
    assert urls('"ship cannons water"~3') == {"water-cannon"}
    assert urls("title:(typhoon OR Jakarta)") == {"typhoon", "jakarta-talks"}
    assert urls("title:Blinken") == set() and urls("Blinken") == {"jakarta-talks"}
    assert urls("US AND China") == {"jakarta-talks"}  # "us" in lower case is not US
    assert urls("china") == {"water-cannon", "jakarta-talks", "typhoon"}  # in the sea's name too
    assert urls('China AND NOT "South China Sea"') == {"jakarta-talks"}  # the longest term wins


def test_dates_topics_and_items_narrow_the_search(archived):
    every = _hits(archived, "said OR talks OR junta OR typhoon")
    assert {hit["day"] for hit in every} == {"2026-11-28", "2026-11-29"}
    assert {h["kind"] for h in every} == {"article", "item"}
    since = _hits(archived, "said OR talks OR junta OR typhoon", "--since", "2026-11-29")
    until = _hits(archived, "said OR talks OR junta OR typhoon", "--until", "2026-11-28")
    assert {h["day"] for h in since} == {"2026-11-29"} and {h["day"] for h in until} == {
        "2026-11-28"
    }
    assert len(since) + len(until) == len(every)
    myanmar = _hits(archived, "said OR talks OR junta OR typhoon", "--topic", "Myanmar")
    assert myanmar and all("Myanmar" in h["topics"] for h in myanmar)
    items = _hits(archived, "said OR talks OR junta OR typhoon", "--items-only")
    assert items and all(h["kind"] == "item" for h in items)
    by_url = {url: body for _, _, url, _, body in ARTICLES.values()}
    assert all(" ".join(h["text"].split()) in " ".join(by_url[h["url"]].split()) for h in items)
    typhoon = [h for h in every if h["url"].endswith("typhoon")]
    assert typhoon and all(h["kind"] == "article" and not h["topics"] for h in typhoon)


def test_bm25_ranks_the_document_that_is_about_it_first(archived):
    hits = _hits(archived, "junta OR emergency")
    assert hits[0]["title"] == "Myanmar junta extends emergency rule"
    assert [h["rank"] for h in hits] == sorted(h["rank"] for h in hits)


def test_a_day_built_again_replaces_its_archive(copy):
    before = _hits(copy, "talks")
    done = run_cli(copy, "build", "day2", "--date", "2026-11-29", "--quiet")
    assert done.returncode == 0, done.stderr
    assert _hits(copy, "talks") == before


@pytest.mark.parametrize(
    ("damage", "note"),
    [
        ("DELETE FROM documents_fts_data", "the search index was unreadable"),
        ("DROP TABLE documents_fts", "the search index was missing; rebuilt"),
    ],
)
def test_a_broken_or_missing_index_is_rebuilt_with_a_note(copy, damage, note):
    before = _hits(copy, "cannon OR talks OR junta")
    with sqlite3.connect(copy / "output" / "history.sqlite") as db:
        db.execute(damage)
    code, out, err = _search(copy, "cannon OR talks OR junta", "--format", "json")
    assert code == 0 and err.startswith("note: ") and note in err and "Traceback" not in err
    assert json.loads(out) == before
    assert _search(copy, "cannon")[2] == ""  # repaired once


def test_without_its_history_the_archive_is_rebuilt_from_the_stored_briefings(copy):
    (copy / "output" / "history.sqlite").unlink()
    code, out, err = _search(copy, "cannon OR talks", "--format", "json")
    assert code == 0, err
    assert "lacked 2 stored briefing(s)" in err and "2026-11-28/briefing.json" in err
    hits = json.loads(out)
    assert {h["day"] for h in hits if h["kind"] == "item"} == {"2026-11-28", "2026-11-29"}
    cited = [h for h in hits if h["kind"] == "article"]  # the articles its stories cite: titles
    assert cited and all(h["text"] == h["title"] for h in cited)
    assert _hits(copy, "title:typhoon") == []  # an article no story cited is not in a briefing


def test_a_history_without_archive_is_filled_from_its_stored_briefings(copy):
    with sqlite3.connect(copy / "output" / "history.sqlite") as db:
        db.execute("DROP TABLE documents_fts")
        db.execute("DELETE FROM documents")
    code, out, err = _search(copy, "talks")
    assert code == 0 and "from the history" in err and "2026-11-29  AP: " in out


def test_bad_input_is_one_line(archived):
    code, _, err = _search(archived, "cannon AND (talks")
    assert code == 2 and err.count("\n") == 1
    assert err.startswith("error: query: the query ends early") and "character 18" in err
    code, _, err = _search(archived, "talks", "--topic", "Arctic")
    assert code == 2 and "--topic 'Arctic'" in err and "Myanmar" in err
    code, _, err = _search(archived, "talks", "--since", "2026-11-29", "--until", "2026-11-28")
    assert code == 2 and err.count("\n") == 1
    empty = run_cli(archived / "day1", "search", "talks")
    assert empty.returncode == 0 and "no briefings archived" in empty.stderr


def test_the_fts5_expression_holds_only_the_querys_word_tokens():
    query = parse_query('title:(Spratly* OR "U.S.") AND NOT typhoon OR "NEAR(a b)" OR US OR wom?n')
    assert asked(query)[0] == (
        'title : "spratly" * OR title : "u s" OR "near a b" OR "us" * OR "wom" *'
    )
    # the Turkish "İ" is an "i", not an "i" and a dot (two tokens: no article held "i mamoğlu")
    assert asked(parse_query("İmamoğlu"))[0] == '"imamoğlu" *'
    # a query pasted with decomposed accents is the composed word the archive holds
    assert asked(parse_query("O\u0308calan"))[0] == '"öcalan" *'
    # a term in a script written without spaces is scanned for, not asked of FTS5
    query = parse_query("东京 OR title:株価* OR Tokyo OR 会议在Tokyo举行")
    assert asked(query) == (
        '"tokyo" *',
        (("", ("东京",)), ("title", ("株価",)), ("", ("会议在", "举行"))),
    )


def test_a_read_only_history_is_searched_as_it_is(copy):
    before = _hits(copy, "talks OR cannon")
    restore = read_only(copy / "output")
    try:
        code, out, err = _search(copy, "talks OR cannon", "--format", "json")
    finally:
        restore()
    assert code == 0 and err == "" and json.loads(out) == before


def test_a_topic_is_matched_by_its_whole_name(tmp_path):
    """Not as a LIKE pattern: "_" and "%" in a name are plain characters."""
    with History(tmp_path / "h.sqlite") as history:
        with history.transaction() as db:
            for topic in ("US_China", "USxChina", "US_China talks"):
                store(
                    db, [Document("2026-11-28", "item", (topic,), "AP", "T", topic, None, "talks")]
                )
        assert [hit.url for hit in search(history.db, "talks", topic="US_China")] == ["US_China"]
        assert search(history.db, "talks", topic="%") == []


def test_a_hand_edited_stored_briefing_of_the_wrong_types_is_named_not_archived(copy):
    (copy / "output" / "history.sqlite").unlink()
    path = copy / "output" / "2026-11-28" / "briefing.json"
    data = json.loads(path.read_text())
    n = next(n for n, topic in enumerate(data["topics"]) if topic["items"])
    data["topics"][n]["items"][0]["source"]["title"] = 5
    path.write_text(json.dumps(data))
    code, out, err = _search(copy, "cannon OR talks", "--format", "json")
    assert code == 0 and "Traceback" not in err
    assert "2026-11-28/briefing.json: the briefing of 2026-11-28 is unreadable" in err
    assert f"topics[{n}].items[0].source.title: 5 is not text" in err
    assert {h["day"] for h in json.loads(out)} == {"2026-11-29"}


def _built(tmp_path, days: dict[str, tuple[str, str]]) -> None:
    """Build each day of `days` (day: (title, body)) from a folder of its one article."""
    for day, (title, body) in days.items():
        (tmp_path / day).mkdir()
        (tmp_path / day / "a.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
        done = run_cli(tmp_path, "build", day, "--date", day, "--quiet")
        assert done.returncode == 0, done.stderr


def test_a_term_in_a_script_without_spaces_is_found_inside_its_run(tmp_path):
    """FTS5's unicode61 makes a whole run of Han one token: "东京" is looked for in the text."""
    days = {
        "2026-11-28": ("东京股市暴跌", "东京股市周二大幅下跌，日经指数收盘下跌百分之三。"),
        "2026-11-29": ("日経平均株価が反発", "日経平均株価は水曜日に反発した。"),
    }
    _built(tmp_path, days)
    hits = _hits(tmp_path, "东京")
    assert [(h["day"], h["title"]) for h in hits] == [("2026-11-28", "东京股市暴跌")]
    assert "东京股市周二" in hits[0]["text"]
    assert [h["day"] for h in _hits(tmp_path, "株価 OR 股市")] == ["2026-11-29", "2026-11-28"]
    assert [h["day"] for h in _hits(tmp_path, "title:反発 AND NOT 东京")] == ["2026-11-29"]
    assert _hits(tmp_path, "市") and _hits(tmp_path, "大阪") == []


def test_a_thai_lao_khmer_or_burmese_term_is_found_inside_its_sentence(tmp_path):
    """A term of a script written without spaces is scanned for inside its run, as Han is; a
    Khmer article, its sentences ended by "។" (no stop to `is_prose`), was refused as no prose."""
    days = {
        "2026-11-25": ("ข่าวเชียงใหม่", "เกิดแผ่นดินไหวรุนแรงที่เชียงใหม่เมื่อวันอังคาร ประชาชนต้องอพยพ."),
        "2026-11-26": ("ຂ່າວວຽງຈັນ", "ເກີດນ້ຳຖ້ວມໃຫຍ່ຢູ່ວຽງຈັນ ປະຊາຊົນຫຼາຍພັນຄົນຕ້ອງອົບພະຍົບ."),
        "2026-11-27": ("ព័ត៌មានភ្នំពេញ", "មានទឹកជំនន់ធំនៅភ្នំពេញកាលពីម្សិលមិញ។ ប្រជាជនបានភៀសខ្លួន។"),
        "2026-11-28": ("မန္တလေးသတင်း", "မန္တလေးတွင်ငလျင်လှုပ်ခဲ့သည်။ လူထောင်ချီ၍ ထွက်ခွာခဲ့ရသည်။"),
    }
    _built(tmp_path, days)
    for day, term in zip(days, ("แผ่นดินไหว", "ນ້ຳຖ້ວມ", "ទឹកជំនន់", "ငလျင်"), strict=True):
        hits = _hits(tmp_path, term)
        assert [h["day"] for h in hits] == [day] and term in hits[0]["text"], term


def test_a_hit_is_shown_with_whole_letters_around_it():
    """hostile19: the letters around a hit in a run with no space were cut at any character,
    so a Thai snippet opened on a tone mark parted from its letter ("่นดินไหว...")."""
    from briefing.store.archive import _around

    body = "ประชาชนต้องอพยพหลังเกิดแผ่นดินไหวรุนแรงที่เชียงใหม่เมื่อวันอังคารที่ผ่านมา"
    for term in ("แผ่นดินไหว", "เชียงใหม่", "วันอังคาร"):
        shown = _around(body, (("", (term,)),)).strip("…")
        assert term in shown and body.find(shown) >= 0
        start, end = body.find(shown), body.find(shown) + len(shown)
        assert unicodedata.category(body[start])[0] != "M", shown
        assert end == len(body) or unicodedata.category(body[end])[0] != "M", shown


def test_a_korean_term_finds_the_word_its_particle_joins(tmp_path):
    """hostile15: a topic `서울` matches "서울에서" (Korean joins particles to a word), but
    `briefing search 서울` found nothing: FTS5 was asked for the whole token "서울" alone."""
    assert asked(parse_query("서울 OR title:증시"))[0] == '"서울" * OR title : "증시" *'
    _built(
        tmp_path,
        {
            "2026-11-28": (
                "증시가 하락했다",
                "서울에서 열린 회의에서 증시가 크게 하락했다고 정부가 밝혔다.",
            )
        },
    )
    assert [h["title"] for h in _hits(tmp_path, "서울")] == ["증시가 하락했다"]
    assert _hits(tmp_path, "남서울") == []  # not at a word's start: another word


def test_a_latin_term_finds_the_word_a_korean_particle_joins(tmp_path):
    """hostile16: Korean joins particles to a Latin word or a number too ("NATO는", "G20에서");
    a topic `NATO` matches there, but `search NATO` asked FTS5 for the token "nato" alone, and
    unicode61 indexes "nato는" whole: a term in capitals or ending in a digit is a prefix too."""
    assert asked(parse_query("NATO OR G20"))[0] == '"nato" * OR "g20" *'
    _built(
        tmp_path, {"2026-11-28": ("정상회의 개막", "NATO는 G20에서 열린 회의에서 북한을 규탄했다.")}
    )
    assert [h["title"] for h in _hits(tmp_path, "NATO AND G20")] == ["정상회의 개막"]
    assert _hits(tmp_path, "NAT") == []  # a prefix asked of FTS5 only: the word must be whole


def test_a_russian_term_finds_its_inflected_forms(tmp_path):
    """stem19: a topic `землетрясение` matches "землетрясения" by its Russian stem, but `search`
    asked FTS5 for the term as a prefix, which the inflected form does not start with: a
    Cyrillic term not in capitals is asked for by its words' stems, each a prefix."""
    assert asked(parse_query('"землетрясение в Турции" OR title:НАТО'))[0] == (
        '(("землетрясен" * OR "зёмлетрясен" * OR "землётрясен" * OR "землетрясён" * OR '
        '"зёмлётрясен" * OR "зёмлетрясён" * OR "землётрясён" *) AND "в" * AND "турц" *) OR '
        'title : "нато" *'
    )  # the words ANDed, one or two of their "е"s read as "ё" too (tests below)
    days = {
        "2026-11-28": ("Землетрясение в Турции", "Сильное землетрясение произошло в Турции."),
        "2026-11-29": ("Число жертв растёт", "Число жертв землетрясения в Турции выросло до ста."),
    }
    _built(tmp_path, days)
    both = {"2026-11-28", "2026-11-29"}
    assert {h["day"] for h in _hits(tmp_path, "землетрясение")} == both
    assert {h["day"] for h in _hits(tmp_path, '"землетрясение в Турции"')} == both
    assert _hits(tmp_path, "землетряс") == []  # the matcher keeps only the term's own stem


def test_a_russian_term_finds_its_words_written_with_yo_or_ye(tmp_path):
    """search20 read "ё" as "е" in topics (Snowball's stems write "е"), but FTS5's unicode61
    keeps "ё" a letter of its own: an archived "ёлочный" was found by no query, "ёлочный" nor
    "елочный". Each stem is asked with "ё" for each of its "е"s too (a word has one "ё")."""
    assert asked(parse_query("ёлка OR title:НАТО"))[0] == (
        '("елк" * OR "ёлк" *) OR title : "нато" *'
    )
    assert asked(parse_query('title:"ёлочный базар"'))[0] == (
        'title : (("елочн" * OR "ёлочн" *) AND "базар" *)'
    )
    days = {
        "2026-11-28": ("Ёлочный базар открылся", "В посёлке открылся ёлочный базар."),
        "2026-11-29": ("Елочный базар закрылся", "Елочный базар в поселке закрылся."),
    }
    _built(tmp_path, days)
    both = {"2026-11-28", "2026-11-29"}
    for query in ("ёлочный", "елочный", '"елочный базар"', "title:ёлочный", "посёлке", "елоч*"):
        assert {h["day"] for h in _hits(tmp_path, query)} == both, query


def test_a_katakana_term_finds_its_half_and_full_width_spellings(tmp_path):
    """The scan looked for a run as typed: "トヨタ" missed an archived "ﾄﾖﾀ" (half-width, as
    some feeds write katakana), and back; each run is looked for in both widths."""
    days = {
        "2026-11-28": ("ﾄﾖﾀが新型車", "ﾄﾖﾀ自動車は火曜日に新型車を発表した。"),
        "2026-11-29": ("トヨタが工場再開", "トヨタ自動車は水曜日に工場を再開した。"),
    }
    _built(tmp_path, days)
    for query in ("トヨタ", "ﾄﾖﾀ", "title:トヨタ AND 新型車"):
        hits = _hits(tmp_path, query)
        assert {h["day"] for h in hits} == ({"2026-11-28"} if "新" in query else set(days)), query
    assert "ﾄﾖﾀ自動車は" in _hits(tmp_path, "トヨタ AND 発表")[0]["text"]


def test_a_russian_word_written_with_two_yo_is_found_as_written_and_with_ye(tmp_path):
    """hostile17: each stem was asked with one "ё" for one of its "е"s, so a compound writing
    two ("трёхзвёздочный", "четырёхзвёздочный") was found by no query, its own spelling neither:
    a word is asked with "ё" for any one or two of its "е"s."""
    days = {
        "2026-11-28": ("Трёхзвёздочный отель открылся", "В посёлке открылся трёхзвёздочный отель."),
        "2026-11-29": ("Трехзвездочный отель закрылся", "Трехзвездочный отель в поселке закрылся."),
    }
    _built(tmp_path, days)
    both = {"2026-11-28", "2026-11-29"}
    for query in ("трёхзвёздочный", "трехзвездочный", '"трёхзвёздочный отель"', "трёхзвёздоч*"):
        assert {h["day"] for h in _hits(tmp_path, query)} == both, query
