import math

import pytest

from briefing.config import email_address, load_config
from briefing.errors import BriefingError
from briefing.weights import Weights

from .conftest import endless_pipe


def test_defaults_define_the_three_topics(config):
    assert [t.name for t in config.topics] == ["US–China relations", "South China Sea", "Myanmar"]
    assert config.select.ranker and config.page.size == "A4"


def test_user_file_overrides_tables_key_by_key(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "briefing.toml").write_text('title = "Morning notes"\n[select]\nmax_items = 2\n')
    config = load_config()
    assert config.title == "Morning notes"
    assert config.select.max_items == 2
    assert config.select.max_words == 260  # default kept
    assert config.base_dir == tmp_path


def test_topics_list_replaces_defaults(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text('[[topics]]\nname = "Arctic"\nterms = { "Arctic" = 1.0 }\n')
    assert [t.name for t in load_config(path).topics] == ["Arctic"]


def test_a_recipients_topic_written_decomposed_is_the_topic_it_looks_like(tmp_path):
    # "Tu" + combining diaeresis + "rkiye" was "unknown topic 'Türkiye' (topics: Türkiye)"
    path = tmp_path / "c.toml"
    path.write_text(
        '[[recipients]]\naddress = "tr@example.org"\ntopics = ["Tu\u0308rkiye"]\n'
        '[[topics]]\nname = "Türkiye"\nterms = { "Ankara" = 1.0 }\n'
        '[[topics]]\nname = "Ko\u0308ln"\nterms = { "Köln" = 1.0 }\n',
        encoding="utf-8",
    )
    config = load_config(path)
    assert config.recipients[0].topics == ["Türkiye"]
    assert [t.name for t in config.topics] == ["Türkiye", "Köln"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("title = \n", r"c.toml: not valid TOML: .*line 1"),
        ("[select]\nmax_items = 0\n", r"c.toml: select.max_items: Input should be greater"),
        ("colour = 'blue'\n", r"c.toml: colour: Extra inputs are not permitted"),
        ("timezone = 'Mars/Olympus'\n", r"c.toml: timezone: .*unknown time zone"),
    ],
)
def test_bad_config_gives_one_line_naming_the_file(tmp_path, content, message):
    _one_line_error(tmp_path / "c.toml", content, message)


def _one_line_error(path, content: str, message: str) -> str:
    """The error loading `content` from `path` gives: one line, matching `message`."""
    path.write_text(content)
    with pytest.raises(BriefingError, match=message) as info:
        load_config(path)
    assert "\n" not in str(info.value)
    return str(info.value)


def test_a_configuration_that_never_ends_is_refused_not_read_into_memory(tmp_path):
    """hostile18: `--config /dev/zero` (or a pipe that never ends) read until memory ran out."""
    with (
        endless_pipe(tmp_path / "c.toml", b"# a comment\n" * 1000) as pipe,
        pytest.raises(BriefingError, match=r"c.toml: cannot read configuration: a pipe or"),
    ):
        load_config(pipe)


def test_a_configuration_saved_with_a_byte_order_mark_is_read(tmp_path):
    """hostile18: a briefing.toml saved by Notepad (UTF-8 with a BOM) was "not valid TOML:
    Invalid statement (at line 1, column 1)", a character the user cannot see."""
    path = tmp_path / "c.toml"
    path.write_bytes('\ufefftitle = "Desk"\n'.encode())
    assert load_config(path).title == "Desk"


def test_missing_config_file(tmp_path):
    with pytest.raises(BriefingError, match="configuration file not found"):
        load_config(tmp_path / "nope.toml")


@pytest.mark.parametrize(
    ("value", "normalised"),
    [
        ("desk@example.org", "desk@example.org"),
        ("Desk <desk@example.org>", "Desk <desk@example.org>"),
    ],
)
def test_email_address_accepts_plain_and_named_addresses(value, normalised):
    assert email_address(value) == normalised


@pytest.mark.parametrize(
    "value",
    [
        "",
        "  ",
        "a@b.org\r\nBcc: c@d.org",
        "a@b.org\n",
        "not an address",
        "a@",
        "@b.org",
        "a@b.org, c@d.org",
        "Group: a@b.org;",
        "a@b..org",
    ],
)
def test_email_address_refuses_anything_but_one_address(value):
    with pytest.raises(ValueError):
        email_address(value)


TOPIC = '[[topics]]\nname = "{name}"\nterms = {terms}\n{extra}\n'


@pytest.mark.parametrize(
    ("topics", "message"),
    [
        (TOPIC.format(name="A", terms='{ "" = 1.0 }', extra=""), r"topics.0.terms: .*'' has no"),
        (TOPIC.format(name="A", terms='{ " " = 1.0 }', extra=""), r"topics.0.terms: .*no letters"),
        (TOPIC.format(name="A", terms='{ "x" = -1.0 }', extra=""), r"'x' has weight -1.0"),
        (TOPIC.format(name="A", terms='{ "x" = 0.0 }', extra=""), r"weights must be above 0"),
        (TOPIC.format(name="A", terms='{ "x" = nan }', extra=""), r"finite number"),
        (TOPIC.format(name=" ", terms='{ "x" = 1.0 }', extra=""), r"topics.0.name: .*blank"),
        (TOPIC.format(name="A", terms='{ "x" = 1.0 }', extra="require = [[]]"), r"empty require"),
        (TOPIC.format(name="A", terms='{ "x" = 1.0 }', extra='require = [["y", ""]]'), r"''"),
        (TOPIC.format(name="A", terms='{ "x" = 1.0 }', extra='exclude = [""]'), r"exclude: .*''"),
        (
            TOPIC.format(name="Myanmar", terms='{ "x" = 1.0 }', extra="")
            + TOPIC.format(name="myanmar ", terms='{ "y" = 1.0 }', extra=""),
            r"c.toml: topics: .*two topics are named 'myanmar'",
        ),
        ("[select]\nmin_sentence_words = 70\n", r"select: .*min_sentence_words \(70\) is above"),
    ],
)
def test_contradictory_or_empty_settings_are_one_line_errors(tmp_path, topics, message):
    path = tmp_path / "c.toml"
    assert _one_line_error(path, topics, message).startswith(f"{path}: ")


def test_a_bad_topic_is_exit_1_on_the_command_line(tmp_path):
    from .conftest import run_cli

    (tmp_path / "briefing.toml").write_text(TOPIC.format(name="A", terms='{ "" = 1.0 }', extra=""))
    done = run_cli(tmp_path, "build")
    assert done.returncode == 1 and done.stderr.startswith("error: briefing.toml: topics.0.terms")


QUERY = "[[topics]]\nname = \"{name}\"\nquery = '{query}'\n{extra}\n"


@pytest.mark.parametrize(
    ("topics", "message"),
    [
        (
            QUERY.format(name="Sea", query="Spratly* AND (reef", extra=""),
            r"topics.0: .*topic 'Sea': query: the query ends early .* at character 19$",
        ),
        (
            QUERY.format(name="Sea", query="reef", extra="terms = { reef = 1.0 }"),
            r"topic 'Sea' has a query and terms",
        ),
        (QUERY.format(name="Sea", query="reef", extra="threshold = 2.0"), r"query and threshold"),
        ('[[topics]]\nname = "Sea"\n', r"topic 'Sea' needs terms or a query"),
    ],
)
def test_a_topic_is_a_query_or_weighted_terms_and_a_bad_query_says_where(tmp_path, topics, message):
    _one_line_error(tmp_path / "c.toml", topics, message)


def test_a_malformed_query_is_one_line_on_the_command_line(tmp_path):
    from .conftest import run_cli

    (tmp_path / "briefing.toml").write_text(QUERY.format(name="Sea", query="a OR OR b", extra=""))
    done = run_cli(tmp_path, "build")
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1
    assert "topic 'Sea': query: unexpected 'OR' at character 6" in done.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[select]\nnovelty_days = 99999999\n", r"select.novelty_days: .*less than or equal"),
        ("[compute]\njobs = 99999999\n", r"compute.jobs: .*less than or equal"),
        ("[http]\ntimeout = inf\n", r"http.timeout: .*finite"),
        ("[email]\nbackoff = inf\n", r"email.backoff: .*finite"),
        ("[select.weights]\nsecond_item = inf\n", r"second_item: .*finite"),
        ("[grouping]\nsame_story = inf\n", r"same_story: .*finite"),
    ],
)
def test_numbers_out_of_any_workable_range_are_one_line_errors(tmp_path, content, message):
    _one_line_error(tmp_path / "c.toml", content, message)


def test_weights_made_in_python_are_finite():
    with pytest.raises(ValueError, match="second_item is inf: weights are finite numbers"):
        Weights(second_item=math.inf)


def test_jobs_on_the_command_line_are_checked_as_the_files_are(tmp_path):
    from .conftest import run_cli

    result = run_cli(tmp_path, "build", "--jobs", "99999999", "--date", "2026-11-28")
    assert result.returncode == 2
    assert "--jobs" in result.stderr and "less than or equal to 256" in result.stderr
    assert "Traceback" not in result.stderr
