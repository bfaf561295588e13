"""`briefing init`: a new user's folder, built in at once, never overwritten without --force."""

from __future__ import annotations

import json
from pathlib import Path

from briefing.config import load_config
from briefing.starter import config_text

from .conftest import SEEDS, run_cli


def test_init_then_build_in_an_empty_folder_builds_a_briefing(tmp_path):
    done = run_cli(tmp_path, "init")
    assert done.returncode == 0, done.stderr
    assert f"5 6 * * *  cd {tmp_path} && " in done.stdout and "daily --quiet" in done.stdout
    assert "[Timer]\n  OnCalendar=*-*-* 06:05:00" in done.stdout
    assert f"WorkingDirectory={tmp_path}" in done.stdout
    sample = (tmp_path / "sources" / "asean-talks-us-china.txt").read_bytes()
    assert sample == (SEEDS / "asean-talks-us-china.txt").read_bytes()

    built = run_cli(tmp_path, "build", "--quiet")
    assert built.returncode == 0, built.stderr
    [found] = (tmp_path / "output").glob("*/briefing.json")
    briefing = json.loads(found.read_text(encoding="utf-8"))
    assert briefing["articles_read"] == 1
    assert all(section["items"] for section in briefing["topics"])
    assert (found.parent / "briefing.pdf").stat().st_size > 0


def test_init_never_overwrites_without_force(tmp_path):
    mine = tmp_path / "briefing.toml"
    mine.write_text('title = "Mine"\n')
    refused = run_cli(tmp_path, "init")
    assert refused.returncode == 1
    assert refused.stderr == f"error: {mine} exists: use --force to overwrite\n"
    assert mine.read_text() == 'title = "Mine"\n' and not (tmp_path / "sources").exists()

    forced = run_cli(tmp_path, "init", "--force")
    assert forced.returncode == 0, forced.stderr
    assert mine.read_text(encoding="utf-8") == config_text()


def test_init_makes_the_folder_it_is_given_and_refuses_a_folder_where_a_file_goes(tmp_path):
    assert run_cli(tmp_path, "init", "desk/briefing").returncode == 0
    assert (tmp_path / "desk" / "briefing" / "briefing.toml").is_file()
    (tmp_path / "other" / "briefing.toml").mkdir(parents=True)
    refused = run_cli(tmp_path, "init", "other", "--force")
    assert refused.returncode == 1 and "briefing.toml is a folder" in refused.stderr
    assert refused.stderr.count("\n") == 1


def test_the_written_configuration_holds_the_default_topics_and_its_sections(tmp_path, config):
    path = tmp_path / "briefing.toml"
    path.write_text(config_text(), encoding="utf-8")
    written = load_config(path)
    assert written.topics == config.topics and all(t.query for t in written.topics)
    assert [written.resolve(s) for s in written.sources.items] == [tmp_path / "sources"]
    lines = config_text().splitlines()
    for start in ("[email]", "# [chat]", "# urls = []"):  # chat commented until it is set up
        assert any(line.startswith(start) for line in lines), start
    assert sum(line.startswith('  # "https://') for line in lines) >= 2  # example feeds
    assert not Path(tmp_path / "sources").exists()
