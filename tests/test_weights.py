"""Every weight in one place: listed by `briefing weights`, read from the configuration, passed
to selection, and each item's score explained by its `why`."""

import math
import tomllib
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from briefing.config import SelectConfig, Topic, load_config
from briefing.models import Article, Briefing
from briefing.render.serialize import from_dict, to_dict
from briefing.select.sections import select_sections
from briefing.summariser.rank.registry import get_ranker
from briefing.text.segment import article_sentences
from briefing.weights import Grouping, Weights

from .conftest import run_cli

TOPIC = Topic(name="Quake", terms={"earthquake": 1.0, "quake": 1.0})
REPORT = (
    "A strong earthquake struck the coastal city of Tarn on Monday, officials said.",
    "Rescue teams searched the rubble of the quake for survivors through the night.",
    "The earthquake damaged the port, the governor told reporters on Monday.",
)


def _section(weights: Weights):
    articles = [
        Article(
            f"Quake hits Tarn ({outlet})", outlet, f"https://{outlet}.example/q", "", None, REPORT
        )
        for outlet in ("ap", "afp")
    ]
    sentences = [s for a in articles for s in article_sentences(a)]
    by_topic = {TOPIC.name: [(s, 1.0) for s in sentences]}
    settings = SelectConfig(weights=weights)
    return select_sections(by_topic, [TOPIC], get_ranker("lead"), settings)[0]


def test_briefing_weights_prints_the_tables_a_configuration_reads_back(tmp_path):
    listed = run_cli(tmp_path, "weights")
    assert listed.returncode == 0, listed.stderr
    tables = tomllib.loads(listed.stdout)
    assert set(tables["select"]["weights"]) == {name for name, _, _ in Weights.described()}
    assert set(tables["grouping"]) == {name for name, _, _ in Grouping.described()}
    assert all(" # " in line for line in listed.stdout.splitlines() if " = " in line)
    (tmp_path / "briefing.toml").write_text(listed.stdout, encoding="utf-8")
    config = load_config(tmp_path / "briefing.toml")
    assert config.select.weights == Weights() and config.grouping == Grouping()


def test_a_weight_set_in_the_configuration_reaches_the_listing(tmp_path):
    (tmp_path / "briefing.toml").write_text("[select.weights]\nsecond_item = 0.25\n")
    listed = run_cli(tmp_path, "weights", "--config", "briefing.toml")
    assert tomllib.loads(listed.stdout)["select"]["weights"]["second_item"] == 0.25


@pytest.mark.parametrize(
    ("table", "line", "named"),
    [
        ("select.weights", "lead = -1", "select.weights"),
        ("select.weights", "leed = 0.3", "select.weights.leed"),
        ("grouping", "merge = nan", "grouping"),
        ("select.weights", "recency_hours = 0", "select.weights"),
    ],
)
def test_a_bad_weight_is_one_line_naming_it(tmp_path, table, line, named):
    (tmp_path / "briefing.toml").write_text(f"[{table}]\n{line}\n")
    result = run_cli(tmp_path, "weights", "--config", "briefing.toml")
    assert result.returncode == 1
    assert (
        result.stderr.startswith(f"error: briefing.toml: {named}")
        and result.stderr.count("\n") == 1
    )


def test_selection_uses_the_weights_it_is_given():
    plain = _section(Weights())
    halved = _section(replace(Weights(), second_item=0.25))
    assert [i.sentence.text for i in plain.items] == [i.sentence.text for i in halved.items]
    assert len(plain.items) >= 2 and plain.items[0].score == halved.items[0].score
    first, second = halved.items[0].score, halved.items[1].score
    assert second == pytest.approx(first * 0.25, abs=1e-4)
    assert plain.items[1].score == pytest.approx(plain.items[0].score * 0.5, abs=1e-4)


def test_each_items_why_multiplies_out_to_its_story_score():
    section = _section(Weights())
    for item in section.items:
        why = item.why
        assert why is not None and why.reach > 1 and why.news_value > 0
        story = next(s for s in section.stories if s.id == item.story)
        rank = why.reach * why.topicality * why.relevance * why.recency
        assert math.isclose(rank, story.score, rel_tol=1e-3)


def test_why_is_written_to_the_json_and_read_back(config):
    section = _section(Weights())
    briefing = Briefing(date(2026, 11, 28), datetime(2026, 11, 28, 6, tzinfo=UTC), (section,))
    data = to_dict(briefing, config.zone)
    written = data["topics"][0]["items"][0]["why"]
    assert set(written) >= {"reach", "topicality", "news_value", "novelty", "corroboration"}
    assert from_dict(data).sections[0].items[0].why == section.items[0].why
    del data["topics"][0]["items"][0]["why"]  # a briefing stored before items had one
    assert from_dict(data).sections[0].items[0].why is None


def test_the_summarisers_weights_are_listed_and_reach_summarise(tmp_path):
    from briefing import summarise
    from briefing.weights import Summary

    listed = run_cli(tmp_path, "weights").stdout
    assert "# briefing summarise and evaluate" in listed
    assert all(f"# {name} = " in listed for name, _, _ in Summary.described())
    text = " ".join(REPORT)
    assert len(summarise(text, sentences=2)) == 2
    assert summarise(text, sentences=2, weights=Summary(redundant=0.0)) == []  # all repeat
