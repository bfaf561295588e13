"""The command line as a user runs it: `python -m briefing` in a working folder."""

import json
import sqlite3
import subprocess
import sys

import pytest

from .conftest import SEEDS, run_cli

SEED_TEXT = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")


run = run_cli


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


@pytest.mark.parametrize(
    ("files", "args", "message"),
    [
        ({}, ["missing.txt"], "error: missing.txt: no such file or folder"),
        ({"empty/.keep": b""}, ["empty"], "error: empty: folder holds no articles, pages or feeds"),
        ({"a.txt": "Caf\xe9".encode("latin-1")}, ["a.txt"], "error: a.txt: not UTF-8 text"),
        ({"a.txt": b"\x00\x01\x02binary"}, ["a.txt"], "error: a.txt: binary file, not text"),
        ({"a.txt": b""}, ["a.txt"], "error: a.txt: empty file"),
        (
            {"a.txt": b"Title\n\nBody.", "briefing.toml": b"title = [\n"},
            ["a.txt"],
            "error: briefing.toml: not valid TOML",
        ),
    ],
)
def test_bad_input_gives_one_clear_line(tmp_path, files, args, message):
    for name, data in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    assert one_error_line(run(tmp_path, "build", *args)).startswith(message)


def test_an_error_names_a_path_with_control_characters_escaped(tmp_path):
    """A name the user typed is shown as typed, its escape sequence visible, on one line."""
    line = one_error_line(run(tmp_path, "build", "--config", "my\x1b[2J\nconf.toml"))
    assert line.startswith("error: my\\x1b[2J\\nconf.toml: configuration file not found")


def test_bad_file_among_good_ones_is_skipped_and_listed(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news/good.txt").write_text(SEED_TEXT, encoding="utf-8")
    (tmp_path / "news/bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00garbage")
    result = run(tmp_path, "build", "news", "--date", "2026-11-28")
    assert result.returncode == 0, result.stderr
    assert "skipped news/bad.txt: binary file, not text" in result.stderr
    data = json.loads((tmp_path / "output/2026-11-28/briefing.json").read_text())
    assert data["skipped"] == [{"source": "news/bad.txt", "reason": "binary file, not text"}]
    assert all(topic["items"] for topic in data["topics"])


def test_an_articles_flags_are_one_warning_line_per_file(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news/good.txt").write_text(SEED_TEXT, encoding="utf-8")
    (tmp_path / "news/keys.md").write_text(
        "Title: Junta frees prisoners\nTags: [myanmar]\nPublished: 1985-01-01\n\n"
        "Myanmar's junta freed 300 prisoners on Friday, the state broadcaster said.\n\n"
        "- Home\n- World\n",
        encoding="utf-8",
    )
    (tmp_path / "news/toml.md").write_text(
        "+++\ntitle = Talks\n+++\n\nFishing boats left the shoal on Friday, officials said.\n",
        encoding="utf-8",
    )
    result = run(tmp_path, "build", "news", "--date", "2026-11-28")
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning ")]
    assert warnings[0] == (
        "warning news/keys.md: front matter keys not used: Tags; publication date 1985-01-01 is "
        "before 1990; not trusted; 2 list lines left out as page furniture, not sentences: "
        "“- Home”, “- World”"
    )
    assert warnings[1].startswith("warning news/toml.md: front matter is not valid TOML (")
    assert len(warnings) == 2
    data = json.loads((tmp_path / "output/2026-11-28/briefing.json").read_text())
    assert [flagged["source"] for flagged in data["flagged"]] == ["news/keys.md", "news/toml.md"]


def test_failed_run_leaves_previous_briefing_intact(tmp_path):
    (tmp_path / "a.txt").write_text(SEED_TEXT, encoding="utf-8")
    assert run(tmp_path, "build", "a.txt", "--date", "2026-11-28").returncode == 0
    folder = tmp_path / "output/2026-11-28"
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert set(before) == {"briefing.pdf", "briefing.html", "briefing.txt", "briefing.json"}
    (tmp_path / "a.txt").write_bytes(b"")
    one_error_line(run(tmp_path, "build", "a.txt", "--date", "2026-11-28"))
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_bad_date_is_a_usage_error(tmp_path):
    result = run(tmp_path, "build", "--date", "28/11/2026")
    assert result.returncode == 2
    assert "is not a date like 2026-11-28" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_cli_module_runs_as_a_script(tmp_path):
    """`python -m briefing.cli` is the same command as `python -m briefing`, not a silent no-op."""
    result = subprocess.run(
        [sys.executable, "-m", "briefing.cli", "--help"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 and "Usage:" in result.stdout


def test_rankers_lists_the_algorithms(tmp_path):
    result = run(tmp_path, "rankers")
    assert {"lexrank", "textrank", "lsa", "edmundson"} <= set(result.stdout.split())


def test_summarise_prints_one_sentence_per_line(tmp_path):
    (tmp_path / "a.txt").write_text(SEED_TEXT, encoding="utf-8")
    result = run(tmp_path, "summarise", "a.txt", "--sentences", "3", "--topic", "Myanmar")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 3 and all(line in SEED_TEXT for line in lines)
    assert "Myanmar" in lines[0]


def test_summarise_names_an_unreadable_file(tmp_path):
    (tmp_path / "b.txt").write_bytes(b"\x00\x01")
    assert one_error_line(run(tmp_path, "summarise", "b.txt")) == (
        "error: b.txt: binary file, not text"
    )


def test_evaluate_prints_json_and_gates_on_a_floor(tmp_path):
    folder = tmp_path / "set/c1"
    (folder / "docs").mkdir(parents=True)
    (folder / "refs").mkdir()
    (folder / "docs/one.txt").write_text(SEED_TEXT, encoding="utf-8")
    (folder / "refs/A.txt").write_text("Blinken and Wang Yi will meet in Jakarta.\n")
    result = run(tmp_path, "evaluate", "set", "--words", "30", "--algorithm", "default", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["scores"][0]["algorithm"] == "default" and data["words"] == 30
    assert {"rouge1", "rouge2", "rougeL", "dangling_share"} <= set(data["scores"][0])
    gated = run(tmp_path, "evaluate", "set", "--algorithm", "lead", "--json", "--fail-under", "99")
    assert "is below the floor 99" in one_error_line(gated)


def test_date_window_and_since(tmp_path):
    (tmp_path / "old.txt").write_text(
        "Title: Old\nSource: Wire\nPublished: 2026-11-20T10:00:00Z\n\n"
        + SEED_TEXT.split("\n\n", 1)[1],
        encoding="utf-8",
    )
    outside = run(tmp_path, "build", "old.txt", "--date", "2026-11-28")
    assert "no articles published between 2026-11-27 06:00 and 2026-11-28 06:00 UTC" in (
        one_error_line(outside)
    )
    widened = run(tmp_path, "build", "old.txt", "--date", "2026-11-28", "--since", "2026-11-19")
    assert widened.returncode == 0, widened.stderr
    assert "1 article kept" in widened.stdout
    text = (tmp_path / "output/2026-11-28/briefing.txt").read_text()
    assert "news published since 19 Nov 2026, 00:00." in text  # the footer says the window used
    data = json.loads((tmp_path / "output/2026-11-28/briefing.json").read_text())
    assert data["since"] == "2026-11-19T00:00:00+00:00"


def test_since_after_the_window_is_a_usage_error_and_hints_only_help(tmp_path):
    body = SEED_TEXT.split("\n\n", 1)[1]
    for name, published in (("old.txt", "2026-11-20T10:00:00Z"), ("new.txt", "2026-11-28T12:00Z")):
        (tmp_path / name).write_text(
            f"Title: {name}\nSource: Wire\nPublished: {published}\n\n{body}", encoding="utf-8"
        )
    late = run(tmp_path, "build", "old.txt", "--date", "2026-11-28", "--since", "2026-11-29")
    assert late.returncode == 2 and "Traceback" not in late.stderr
    assert "'--since': 2026-11-29 00:00 is not before the end of the briefing's window" in (
        late.stderr
    )
    old = one_error_line(run(tmp_path, "build", "old.txt", "--date", "2026-11-28"))
    assert old.endswith("UTC (1 earlier: --since widens the window)")
    new = one_error_line(run(tmp_path, "build", "new.txt", "--date", "2026-11-28"))
    assert new.endswith("UTC (1 later: a later --date covers them)") and "--since" not in new


def test_since_is_read_in_the_configured_time_zone(tmp_path):
    (tmp_path / "briefing.toml").write_text('timezone = "Asia/Singapore"\n', encoding="utf-8")
    (tmp_path / "evening.txt").write_text(
        "Title: Evening\nSource: Wire\nPublished: 2026-11-27T20:00:00+08:00\n\n"
        + SEED_TEXT.split("\n\n", 1)[1],
        encoding="utf-8",
    )
    # 18:00 in Singapore is 10:00 UTC: the article at 20:00 Singapore time is inside the window.
    built = run(
        tmp_path, "build", "evening.txt", "--date", "2026-11-28", "--since", "2026-11-27T18:00"
    )
    assert built.returncode == 0, built.stderr
    data = json.loads((tmp_path / "output/2026-11-28/briefing.json").read_text())
    assert data["since"] == "2026-11-27T18:00:00+08:00"
    text = (tmp_path / "output/2026-11-28/briefing.txt").read_text()
    assert "news published since 27 Nov 2026, 18:00." in text
    late = run(
        tmp_path, "build", "evening.txt", "--date", "2026-11-28", "--since", "2026-11-28T07:00"
    )
    assert late.returncode == 2
    assert "2026-11-28 07:00 is not before the end of the briefing's window" in late.stderr
    assert "(2026-11-28 06:00 +08)" in late.stderr


def test_a_send_that_builds_names_the_skipped_sources_on_stderr(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "story.txt").write_text(SEED_TEXT, encoding="utf-8")
    (tmp_path / "news" / "bad.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "briefing.toml").write_text('sources = ["news"]\n', encoding="utf-8")
    args = ("--date", "2026-11-28", "--dry-run", "--to", "desk@example.org", "--quiet")
    done = run(tmp_path, "daily", *args)
    assert done.returncode == 0, done.stderr
    assert done.stderr == "skipped news/bad.txt: binary file, not text\n"
    text = (tmp_path / "output/2026-11-28/briefing.txt").read_text()
    assert "bad.txt" not in text and text.endswith("; 1 source skipped.\n")


def test_a_send_of_a_stored_briefing_counts_what_its_build_warned_of(tmp_path):
    """leftovers12: a `send` of the briefing built earlier printed none of its build's warnings:
    one line now counts them and says where they are listed; --quiet prints none."""
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "story.txt").write_text(SEED_TEXT, encoding="utf-8")
    (tmp_path / "news" / "bad.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "news" / "keys.md").write_text(
        "Title: Junta frees prisoners\nTags: x\n\nMyanmar's junta freed 300 prisoners.\n",
        encoding="utf-8",
    )
    assert run(tmp_path, "build", "news", "--date", "2026-11-28").returncode == 0
    args = ("send", "--date", "2026-11-28", "--dry-run", "--to", "desk@example.org")
    sent = run(tmp_path, *args)
    assert sent.returncode == 0, sent.stderr
    assert sent.stderr == (
        "note: the briefing built earlier for 2026-11-28 skipped 1 source and used 1 with "
        "doubts, each listed under 'skipped' and 'flagged' in output/2026-11-28/briefing.json\n"
    )
    assert run(tmp_path, *args, "--quiet").stderr == ""


def test_show_names_the_field_of_a_stored_briefing_of_the_wrong_type(tmp_path):
    (tmp_path / "briefing.toml").write_text(f'sources = ["{SEEDS}"]\n')
    assert run_cli(tmp_path, "build", "--date", "2026-11-28", "--quiet").returncode == 0
    with sqlite3.connect(tmp_path / "output" / "history.sqlite") as db:
        (stored,) = db.execute("SELECT briefing FROM builds").fetchone()
        data = json.loads(stored)
        data["topics"][0]["name"] = 5
        db.execute("UPDATE builds SET briefing = ?", (json.dumps(data),))
    db.close()
    shown = run_cli(tmp_path, "show", "2026-11-28")
    assert shown.returncode == 1 and shown.stderr.count("\n") == 1, shown.stderr
    assert "history.sqlite: the briefing of 2026-11-28 is unreadable" in shown.stderr
    assert "topics[0].name: 5 is not text" in shown.stderr
    assert run_cli(tmp_path, "show", "2026-11-28", "--format", "json").returncode == 0
    with sqlite3.connect(tmp_path / "output" / "history.sqlite") as db:
        db.execute("UPDATE builds SET briefing = '{not json'")
    db.close()
    for args in ((), ("--format", "json")):
        shown = run_cli(tmp_path, "show", "2026-11-28", *args)
        assert shown.returncode == 1 and shown.stderr.count("\n") == 1, shown.stderr
        assert "history.sqlite: the briefing of 2026-11-28 is not JSON" in shown.stderr


def _feed_of_forty(tmp_path, item) -> tuple[list[str], dict]:
    """Build a day of one good file and a feed of 40 entries (`item(n)` each): the build's
    stderr lines and its briefing.json."""
    entries = "".join(
        f"<item>{item(n)}<pubDate>Fri, 27 Nov 2026 20:00:00 GMT</pubDate></item>" for n in range(40)
    )
    (tmp_path / "news").mkdir()
    (tmp_path / "news/good.txt").write_text(SEED_TEXT, encoding="utf-8")
    return _feed_day(tmp_path, entries)


def _feed_day(tmp_path, entries: str) -> tuple[list[str], dict]:
    """Build the day of news/ with news/feed.xml holding `entries`: the build's stderr lines
    and its briefing.json."""
    (tmp_path / "news").mkdir(exist_ok=True)
    (tmp_path / "news/feed.xml").write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Ex</title>{entries}'
        "</channel></rss>",
        encoding="utf-8",
    )
    result = run(tmp_path, "build", "news", "--date", "2026-11-28", "--quiet")
    assert result.returncode == 0, result.stderr
    data = json.loads((tmp_path / "output/2026-11-28/briefing.json").read_text())
    return result.stderr.splitlines(), data


def test_a_feed_of_many_flagged_entries_warns_in_a_few_lines_and_lists_them_all(tmp_path):
    """1,000 entries of one feed each with a doubt made 1,000 warning lines (a cron mail of
    them): a file's first PER_FILE_LINES entries are named, the rest counted in one line."""
    warnings, data = _feed_of_forty(
        tmp_path,
        lambda n: (
            f"<title>Shoal report {n}</title><link>https://example.org/a b{n}</link>"
            "<description>The coast guard said "
            f"ship {n} sailed near the shoal in the South China Sea on Friday.</description>"
        ),
    )
    assert len(warnings) == 4, warnings
    assert all(line.startswith("warning news/feed.xml: link ") for line in warnings[:3])
    assert warnings[3] == (
        "warning news/feed.xml: 37 more entries flagged, each listed under 'flagged' in "
        "output/2026-11-28/briefing.json"
    )
    assert len(data["flagged"]) == 40


@pytest.mark.parametrize("kind", ["Flagged", "Skipped"])
def test_a_flagged_or_skipped_source_names_its_file_past_a_feed_entrys_link(kind):
    from briefing.models import Flagged, Skipped

    def file(source: str) -> str:
        return (Flagged(source, ()) if kind == "Flagged" else Skipped(source, "")).file

    assert file("news/feed.xml (https://example.org/a)") == "news/feed.xml"
    assert file("news/notes (copy)") == "news/notes (copy)"  # a file's own name
    assert file("https://example.org/a") == "https://example.org/a"


def test_a_feed_of_many_skipped_entries_names_a_few_and_counts_the_rest(tmp_path):
    """1,000 menu-only entries of one feed printed 1,000 identical 'skipped feed.xml' lines; once
    each entry was named by its link (input14), they were counted per entry, 40 lines: a feed's
    skipped entries are counted by their file."""
    lines, data = _feed_of_forty(
        tmp_path,
        lambda n: (
            f"<title>Menu {n}</title><link>https://example.org/{n}</link>"
            "<description>Home | World</description>"
        ),
    )
    assert len(lines) == 4, lines
    assert all(
        line.startswith(f"skipped news/feed.xml (https://example.org/{n}): no paragraph")
        for n, line in enumerate(lines[:3])
    ), lines
    assert lines[3] == (
        "skipped news/feed.xml: 37 more entries skipped, each listed under 'skipped' in "
        "output/2026-11-28/briefing.json"
    )
    assert len(data["skipped"]) == 40


def test_a_chinese_article_is_told_under_its_topic(tmp_path):
    """cjk15: a Chinese article under a topic `东京 OR 股市` printed "1 story has no sentence of 6
    to 60 words" (its three sentences were one, of one word): each Han letter counts now."""
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "tokyo.txt").write_text(
        "东京股市暴跌\n\n东京股市周二大幅下跌，日经指数收盘下跌百分之三。分析人士说，投资者担心美国"
        "经济放缓将影响日本出口企业的利润。东京证券交易所的交易量比前一天增加了两成以上。\n",
        encoding="utf-8",
    )
    topic = '[[topics]]\nname = "股市"\nquery = "东京 OR 股市"\n'
    (tmp_path / "briefing.toml").write_text(f'sources = ["news"]\n\n{topic}', encoding="utf-8")
    done = run(tmp_path, "build", "--date", "2026-11-28", "--quiet")
    assert done.returncode == 0, done.stderr
    topic = json.loads((tmp_path / "output/2026-11-28/briefing.json").read_text())["topics"][0]
    assert [item["text"] for item in topic["items"]] == [
        "东京股市周二大幅下跌，日经指数收盘下跌百分之三。",
        "东京证券交易所的交易量比前一天增加了两成以上。",
    ]
    assert topic["left_out"] == []
    assert (tmp_path / "output/2026-11-28/briefing.pdf").stat().st_size > 0


def test_untitled_chinese_and_japanese_articles_are_headed_by_a_clause(tmp_path):
    """cjk18: an untitled Chinese or Japanese article's headline was its whole first sentence
    (Top stories of 60-70 letters each); now its first clause in reach, or a cut at a word's
    end with "…", the dateline left out."""
    (tmp_path / "news").mkdir()
    articles = {
        "trade": "新华社华盛顿12月3日电 中美两国经贸团队3日在华盛顿举行新一轮经贸磋商，双方就关税、"
        "出口管制和市场准入等问题深入交换了意见，并同意在近期继续保持密切沟通。\n\n"
        "据悉，此轮磋商持续两天，双方代表团由两国负责经贸事务的高级官员率领。",
        "myanmar": "新华社内比都12月3日电 缅甸国防和安全委员会3日在首都内比都召开会议决定将全国紧急"
        "状态再延长六个月以便为明年举行的全国大选做好各项准备工作。\n\n缅甸自2021年2月起实施紧急状态。",
        "kyodo": "【マニラ＝共同】フィリピン沿岸警備隊は3日、南シナ海のアユンギン礁付近で"
        "中国海警局の船がフィリピンの補給船に衝突し、乗組員1人が負傷したと発表した。\n\n"
        "中国側は責任はフィリピン側にあると主張している。",
    }
    for name, text in articles.items():
        (tmp_path / "news" / f"{name}.txt").write_text(f"{text}\n", encoding="utf-8")
    topics = (("中美", "中美 OR 美中"), ("南海", "南海 OR 南シナ海"), ("缅甸", "缅甸"))
    (tmp_path / "briefing.toml").write_text(
        'sources = ["news"]\n'
        + "".join(f'\n[[topics]]\nname = "{n}"\nquery = "{q}"\n' for n, q in topics),
        encoding="utf-8",
    )
    done = run(tmp_path, "build", "--date", "2026-12-03", "--quiet")
    assert done.returncode == 0, done.stderr
    data = json.loads((tmp_path / "output/2026-12-03/briefing.json").read_text())
    assert sorted(story["headline"] for story in data["top_stories"]) == [
        "フィリピン沿岸警備隊は3日、南シナ海の…",
        "中美两国经贸团队3日在华盛顿举行新一轮经贸磋商",
        "缅甸国防和安全委员会…",
    ]


def test_a_russian_arabic_or_korean_wires_dateline_is_left_out_and_cited(tmp_path):
    """dateline18 (hostile16's find): RIA's "МОСКВА, 28 ноя — РИА Новости." was printed as an
    item of its own, Reuters' "أنقرة (رويترز) -" and Yonhap's "(서울=연합뉴스) ... 기자 =" opened
    their items, and none of the three cited its city."""
    (tmp_path / "news").mkdir()
    articles = {
        "ria": "МОСКВА, 28 ноя — РИА Новости. Землетрясение магнитудой 6,1 произошло в восточной "
        "Турции в четверг, сообщили сейсмологи.",
        "reuters": "أنقرة (رويترز) - قال مسؤولون إن زلزالا بقوة 6.1 درجة ضرب شرق تركيا يوم "
        "الخميس وأدى إلى انهيار مبان.",
        "yonhap": "(서울=연합뉴스) 김철수 기자 = 터키 동부에서 28일 규모 6.1의 지진이 발생해 "
        "건물이 무너졌다고 현지 당국이 밝혔다.",
    }
    for name, text in articles.items():
        (tmp_path / "news" / f"{name}.txt").write_text(f"{name}\n\n{text}\n", encoding="utf-8")
    topic = '[[topics]]\nname = "quake"\nquery = "Землетрясение OR زلزالا OR 지진이"\n'
    (tmp_path / "briefing.toml").write_text(f'sources = ["news"]\n\n{topic}', encoding="utf-8")
    done = run(tmp_path, "build", "--date", "2026-11-28", "--quiet")
    assert done.returncode == 0, done.stderr
    items = json.loads((tmp_path / "output/2026-11-28/briefing.json").read_text())["topics"][0]
    cited = {item["source"]["place"]: item["text"] for item in items["items"]}
    assert cited == {
        "Москва": articles["ria"].removeprefix("МОСКВА, 28 ноя — РИА Новости. "),
        "أنقرة": articles["reuters"].removeprefix("أنقرة (رويترز) - "),
        "서울": articles["yonhap"].removeprefix("(서울=연합뉴스) 김철수 기자 = "),
    }


def test_a_russian_topic_term_finds_its_inflected_forms(tmp_path):
    """stem19 (hostile16's find): the term "землетрясение" missed RIA's "землетрясения", so the
    death-toll report was no item of the topic."""
    (tmp_path / "news").mkdir()
    articles = {
        "Землетрясение у Камчатки": (
            "Сильное землетрясение магнитудой 6,8 произошло в среду у восточного побережья "
            "Камчатки, сообщили в Геофизической службе РАН.",
            "Угрозы цунами нет.",
        ),
        "Число жертв растёт": (
            "Число погибших в результате землетрясения на Камчатке выросло до трёх человек, "
            "сообщили в МЧС России.",
            "Спасатели продолжают разбирать завалы.",
        ),
    }
    for n, (title, (text, more)) in enumerate(articles.items()):
        body = f"{title}\n\n{text} {more}\n"
        (tmp_path / "news" / f"{n}.txt").write_text(body, encoding="utf-8")
    topic = '[[topics]]\nname = "quake"\nterms = { "землетрясение" = 1.0 }\n'
    (tmp_path / "briefing.toml").write_text(f'sources = ["news"]\n\n{topic}', encoding="utf-8")
    done = run(tmp_path, "build", "--date", "2026-11-28", "--quiet")
    assert done.returncode == 0, done.stderr
    items = json.loads((tmp_path / "output/2026-11-28/briefing.json").read_text())["topics"][0]
    assert sorted(item["text"] for item in items["items"]) == sorted(
        t for t, _ in articles.values()
    )


def test_a_wire_datelines_agency_must_be_known_and_names_the_outlet(tmp_path):
    """dateline19: a sentence after a dated dateline with no agency was taken for the agency and
    lost; TASS's "/ТАСС/." and Interfax's "INTERFAX.RU -" were not read; no wire dateline of
    another script named its outlet, as "(AP)" does."""
    (tmp_path / "news").mkdir()
    articles = {
        "Пожар": ("МОСКВА, 28 ноя — ", "Пожар в доме на юге потушен."),
        "Землетрясение": (
            "КАЗАНЬ, 28 ноября. /ТАСС/. ",
            "Землетрясение магнитудой 6,1 произошло в Турции.",
        ),
        "Наводнение": (
            "Самара. 28 ноября. INTERFAX.RU - ",
            "Наводнение затопило поселок под Самарой в четверг.",
        ),
        "زلزالا": ("بيروت (أ ف ب) - ", "قال مسؤولون إن زلزالا بقوة 6.1 درجة ضرب شرق تركيا."),
    }
    topics = ""
    for n, (name, (dateline, text)) in enumerate(articles.items()):
        news = f"a{n}\n\n{dateline}{text}\n"
        (tmp_path / "news" / f"a{n}.txt").write_text(news, encoding="utf-8")
        topics += f'\n[[topics]]\nname = "t{n}"\nquery = "{name}"\n'
    (tmp_path / "briefing.toml").write_text(f'sources = ["news"]\n{topics}', encoding="utf-8")
    done = run(tmp_path, "build", "--date", "2026-11-28", "--quiet")
    assert done.returncode == 0, done.stderr
    topics = json.loads((tmp_path / "output/2026-11-28/briefing.json").read_text())["topics"]
    items = [item for topic in topics for item in topic["items"]]
    cited = [(i["source"]["place"], i["source"]["outlet"], i["text"]) for i in items]
    assert cited == [
        ("Москва", "", articles["Пожар"][1]),
        ("Казань", "TASS", articles["Землетрясение"][1]),
        ("Самара", "Interfax", articles["Наводнение"][1]),
        ("بيروت", "AFP", articles["زلزالا"][1]),
    ]


def test_a_feed_entry_is_named_by_its_link_whichever_of_its_siblings_are_left(tmp_path):
    """hostile15: an entry was named "FEED (LINK)" only while another entry of its feed was
    still there: with its siblings outside the date window or skipped, its flag said the feed
    alone (which entry?). A file that gave several articles names each by its link."""
    stamp = "<pubDate>Fri, 27 Nov 2026 20:00:00 GMT</pubDate>"
    entries = (
        "<item><title>Old</title><link>https://example.org/old</link><description>The coast "
        "guard said a ship sailed near the shoal.</description>"
        "<pubDate>Fri, 20 Nov 2026 20:00:00 GMT</pubDate></item>"
        f"<item><title>Menu</title><link>https://example.org/menu</link>"
        f"<description>Home | World</description>{stamp}</item>"
        "<item><title>Shoal</title><link>https://example.org/shoal</link><description>The coast "
        f"guard said a ship sailed near the shoal on Friday.</description>{stamp}</item>"
    )
    _, data = _feed_day(tmp_path, entries)
    assert [s["source"] for s in data["skipped"]] == ["news/feed.xml (https://example.org/menu)"]
    assert [f["source"] for f in data["flagged"]] == ["news/feed.xml (https://example.org/shoal)"]


def test_a_thai_page_and_a_feed_in_lao_khmer_and_burmese_are_told_under_their_topics(tmp_path):
    """scripts25: on a desk reading Thai, Lao, Khmer and Burmese copy, the Thai page was "no
    article body" (its runs between spaces counted as words), the Lao entry "no paragraph ends a
    sentence" (Lao marks none), the Khmer and Burmese entries teasers whose pages were fetched,
    and the Khmer lead "no sentence of 6 to 60 words"; each is one item under its topic now."""
    thai = (
        "ตลาดหุ้นไทยปรับตัวลดลงอย่างหนักในวันอังคารหลังจากนักลงทุนต่างชาติขายหุ้นออกมาเป็นจำนวนมาก "
        "ดัชนีหลักทรัพย์ปิดตลาดลดลงร้อยละสามซึ่งเป็นการลดลงมากที่สุดในรอบหกเดือน",
        "กระทรวงการคลังระบุว่าจะติดตามสถานการณ์อย่างใกล้ชิดและพร้อมออกมาตรการเพื่อรักษาเสถียรภาพ "
        "ธนาคารแห่งประเทศไทยจะประชุมคณะกรรมการนโยบายการเงินในสัปดาห์หน้า",
    )
    entries = {
        "lao": "ລັດຖະບານລາວໄດ້ປະກາດມາດຕະການໃໝ່ເພື່ອແກ້ໄຂບັນຫາເງິນເຟີ້ທີ່ສູງຂຶ້ນໃນວັນອັງຄານທີ່ຜ່ານມາ "
        "ລັດຖະມົນຕີກະຊວງການເງິນກ່າວວ່າລາຄາສິນຄ້າຈະຫຼຸດລົງພາຍໃນສາມເດືອນ",
        "khmer": "ទឹកជំនន់បានបំផ្លាញផ្ទះរាប់ពាន់ខ្នងនៅក្នុងខេត្តបាត់ដំបងកាលពីថ្ងៃអង្គារ។ "
        "អាជ្ញាធរខេត្តបាននិយាយថា មនុស្សប្រាំនាក់បានស្លាប់ ហើយរាប់រយនាក់ត្រូវបានជម្លៀសចេញពីភូមិ។",
        "burmese": "မြန်မာနိုင်ငံ စစ်ကောင်စီသည် အရေးပေါ်အခြေအနေကို နောက်ထပ် ခြောက်လ "
        "သက်တမ်းတိုးကြောင်း အင်္ဂါနေ့က နေပြည်တော်တွင် ကြေညာခဲ့သည်။ ရွေးကောက်ပွဲ ကျင်းပရန် "
        "ပြင်ဆင်မှုများ ဆက်လက်လုပ်ဆောင်နေကြောင်း ပြောရေးဆိုခွင့်ရှိသူက ပြောကြားခဲ့သည်။",
    }
    (tmp_path / "news").mkdir()
    body = "".join(f"<p>{paragraph}</p>" for paragraph in thai)
    (tmp_path / "news" / "thai.html").write_text(
        f'<html lang="th"><head><meta charset="utf-8"><title>ตลาดหุ้นไทยร่วงหนัก</title></head>'
        f"<body><article><h1>ตลาดหุ้นไทยร่วงหนัก</h1>{body}{body}</article></body></html>",
        encoding="utf-8",
    )
    items = "".join(
        f"<item><title>{name}</title><link>https://example.org/{name}</link>"
        f"<description><![CDATA[{f'<p>{text}</p>' * 3}]]></description></item>"
        for name, text in entries.items()
    )
    (tmp_path / "news" / "feed.xml").write_text(
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Desk</title>'
        f"{items}</channel></rss>",
        encoding="utf-8",
    )
    queries = {"thai": "ตลาดหุ้น", "lao": "ລັດຖະບານ", "khmer": "ទឹកជំនន់", "burmese": "စစ်ကောင်စီ"}
    (tmp_path / "briefing.toml").write_text(
        'sources = ["news"]\n'
        + "".join(f'\n[[topics]]\nname = "{n}"\nquery = "{q}"\n' for n, q in queries.items()),
        encoding="utf-8",
    )
    done = run(tmp_path, "build", "--date", "2026-12-03", "--quiet")
    assert done.returncode == 0 and not done.stderr, done.stderr
    data = json.loads((tmp_path / "output/2026-12-03/briefing.json").read_text())
    assert data["skipped"] == []
    assert [(topic["name"], len(topic["items"])) for topic in data["topics"]] == [
        (name, 1) for name in queries
    ]


def test_a_build_where_no_font_is_installed_says_so_in_one_line(tmp_path, monkeypatch):
    """A machine with no font at all (a bare container) is told why no PDF can be laid out,
    not that the page has no room for its header, nor warned by WeasyPrint on stderr."""
    (tmp_path / "none").mkdir()
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        f"<fontconfig><dir>{tmp_path / 'none'}</dir><cachedir>{tmp_path}</cachedir></fontconfig>"
    )
    monkeypatch.setenv("FONTCONFIG_FILE", str(conf))
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(
        "Talks resume\n\nDiplomats met in Jakarta on Thursday to resume the stalled talks.\n"
    )
    line = one_error_line(run(tmp_path, "build", "news", "--date", "2026-11-28"))
    assert "no font" in line and "make system-packages" in line, line
