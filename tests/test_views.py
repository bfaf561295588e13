"""benchmarks/views.py: the paired comparison of one summariser with a peer, cluster by cluster."""

import importlib.util
from pathlib import Path

SPEC = importlib.util.spec_from_file_location(
    "views", Path(__file__).resolve().parents[1] / "benchmarks" / "views.py"
)
views = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(views)


def test_tally_counts_wins_losses_and_draws_per_cluster():
    ours = {"a": 7.5, "b": 6.0, "c": 5.0, "d": 5.0 + 1e-12}
    lead = {"a": 7.0, "b": 6.5, "c": 5.0, "d": 5.0}
    assert views.tally(ours, lead) == (1, 1, 2)


def test_bootstrap_is_a_one_sided_p_of_being_ahead():
    lead = {name: 5.0 for name in "abcdefgh"}
    ahead = {name: 6.0 for name in "abcdefgh"}
    assert views.bootstrap(ahead, lead, 1000) == 0.0
    assert views.bootstrap(lead, ahead, 1000) == 1.0
    assert views.bootstrap(lead, lead, 1000) == 1.0  # level is not ahead


def test_views_cover_topics_only_where_the_set_has_them():
    chosen = views.views(["duc2003", "duc2007"], [1, 3, 10], [100, 250])
    assert len(chosen) == 18
    assert not any(topic for name, _, topic, _ in chosen if name == "duc2003")
