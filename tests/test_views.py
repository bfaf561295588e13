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


def test_each_document_alone_is_scored_then_averaged_back_to_its_cluster():
    clusters = [
        views.Cluster("D1", ("first.", "second."), ("ref",), "topic"),
        views.Cluster("D2", ("only.",), ("ref",)),
    ]
    single = views.alone(clusters)
    assert [(c.name, c.documents, c.topic) for c in single] == [
        ("D1/0", ("first.",), "topic"),
        ("D1/1", ("second.",), "topic"),
        ("D2/0", ("only.",), None),
    ]
    assert views.by_cluster({"D1/0": 4.0, "D1/1": 6.0, "D2/0": 3.0}) == {"D1": 5.0, "D2": 3.0}
    assert views.by_cluster({"D1": 4.0}) == {"D1": 4.0}  # a whole cluster stays as it is
