import pytest

from briefing.config import load_config
from briefing.errors import BriefingError


def test_defaults_define_the_three_topics(config):
    assert [t.name for t in config.topics] == ["US–China relations", "South China Sea", "Myanmar"]
    assert config.select.ranker and config.page.size == "A4"


def test_user_file_overrides_tables_key_by_key(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "briefing.toml").write_text('title = "Morning notes"\n[select]\nmax_items = 2\n')
    config = load_config()
    assert config.title == "Morning notes"
    assert config.select.max_items == 2
    assert config.select.max_words == 130  # default kept
    assert config.base_dir == tmp_path


def test_topics_list_replaces_defaults(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text('[[topics]]\nname = "Arctic"\nterms = { "Arctic" = 1.0 }\n')
    assert [t.name for t in load_config(path).topics] == ["Arctic"]


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
    path = tmp_path / "c.toml"
    path.write_text(content)
    with pytest.raises(BriefingError, match=message) as info:
        load_config(path)
    assert "\n" not in str(info.value)


def test_missing_config_file(tmp_path):
    with pytest.raises(BriefingError, match="configuration file not found"):
        load_config(tmp_path / "nope.toml")
