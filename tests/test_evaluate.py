import pytest

from briefing.errors import BriefingError
from briefing.summariser.evaluate import evaluate, load_dataset, truncate
from briefing.weights import Summary

DOCS = {
    "one.txt": "Ships collided near Second Thomas Shoal on Monday, the coast guard said.\n\n"
    "Lunch was served in the capital at noon.",
    "two.txt": "Chinese and Philippine ships collided near Second Thomas Shoal on Monday.\n\n"
    "The weather stayed mild all week.",
}


def _dataset(root, with_topic=False):
    folder = root / "c1"
    (folder / "docs").mkdir(parents=True)
    (folder / "refs").mkdir()
    for name, text in DOCS.items():
        (folder / "docs" / name).write_text(text)
    (folder / "refs/A.txt").write_text(
        "Chinese and Philippine ships collided near Second Thomas Shoal on Monday.\n"
    )
    if with_topic:
        (folder / "topic.txt").write_text("Shoal collision\nDescribe the collision.\n")
    return root


def test_load_dataset_reads_the_duc_layout(tmp_path):
    [cluster] = load_dataset(_dataset(tmp_path, with_topic=True))
    assert cluster.name == "c1" and len(cluster.documents) == 2 and len(cluster.references) == 1
    assert cluster.topic.startswith("Shoal collision")
    [first] = load_dataset(tmp_path, documents=1)
    assert first.documents == cluster.documents[:1]


def test_evaluate_scores_each_algorithm(tmp_path):
    clusters = load_dataset(_dataset(tmp_path))
    ticks = []
    scores = evaluate(clusters, ["default", "lead"], words=12, progress=lambda: ticks.append(1))
    assert [s.algorithm for s in scores] == ["default", "lead"]
    assert len(ticks) == 2
    default = scores[0]
    assert default.rouge["rouge2"] > 50  # the shared sentence is found
    assert set(default.rouge) == {"rouge1", "rouge2", "rougeL"}
    assert default.per_cluster == {"c1": default.rouge["rouge2"]}


def test_rouge_2_alone_gives_the_same_rouge_2_as_all_three(tmp_path):
    clusters = load_dataset(_dataset(tmp_path))
    [every] = evaluate(clusters, ["lead"], words=12)
    [alone] = evaluate(clusters, ["lead"], words=12, metrics=("rouge2",))
    [also] = evaluate(clusters, ["lead"], words=12, metrics=("rougeL",))
    assert set(alone.rouge) == {"rouge2"} and set(also.rouge) == {"rouge2", "rougeL"}
    assert alone.rouge["rouge2"] == every.rouge["rouge2"] and alone.per_cluster == every.per_cluster


def test_truncate_counts_words():
    assert truncate("a b  c\nd", 3) == "a b c"


def test_missing_or_empty_dataset(tmp_path):
    with pytest.raises(BriefingError, match="no such dataset folder"):
        load_dataset(tmp_path / "nope")
    with pytest.raises(BriefingError, match="no clusters"):
        load_dataset(tmp_path)


def _one_document(root, document: str, reference: str):
    folder = root / "c1"
    (folder / "docs").mkdir(parents=True)
    (folder / "refs").mkdir()
    (folder / "docs/a.txt").write_text(document)
    (folder / "refs/A.txt").write_text(reference + "\n")
    return load_dataset(root)


def test_dangling_share_is_measured_before_and_after(tmp_path):
    clusters = _one_document(
        tmp_path,
        "But ships collided near Second Thomas Shoal on Monday morning.\n\n"
        "Manila summoned the ambassador over the collision near the shoal.\n\n"
        "The weather in the capital stayed mild for the whole week.",
        "Ships collided near Second Thomas Shoal on Monday.",
    )
    [before] = evaluate(clusters, ["lead"], words=10, weights=Summary(dangling_penalty=1.0))
    [after] = evaluate(clusters, ["lead"], words=10)
    assert before.dangling == 1.0 and after.dangling == 0.0
    assert before.leaning == 1.0 and after.leaning == 0.0


def test_items_that_cannot_stand_alone_are_counted_beyond_the_first_word(tmp_path):
    clusters = _one_document(
        tmp_path,
        "Dissident Xu Wenli was detained in Beijing on Monday for founding a party.\n\n"
        "Washington urged that Xu be released, saying the detention broke China's pledges.",
        "Washington urged the release of Xu.",
    )
    [score] = evaluate(clusters, ["lead"], words=30)
    assert score.dangling == 0.0 and score.leaning == 0.5


def test_an_empty_refs_folder_names_the_cluster(tmp_path):
    root = _dataset(tmp_path)
    (root / "c1" / "refs" / "A.txt").unlink()
    with pytest.raises(BriefingError, match=r"c1/refs: no .txt files, so cluster c1 cannot"):
        load_dataset(root)


def test_a_latin_1_document_is_named_with_how_to_convert_it(tmp_path):
    root = _dataset(tmp_path)
    (root / "c1" / "docs" / "three.txt").write_bytes(
        "Caf\xe9 talks near the shoal.".encode("latin-1")
    )
    with pytest.raises(BriefingError) as info:
        load_dataset(root)
    assert str(info.value) == (
        f"{root / 'c1' / 'docs' / 'three.txt'}: not UTF-8 text (byte 0xe9 at offset 3); "
        "convert it: iconv -f latin1 -t utf-8"
    )


def test_without_rouge_score_evaluate_says_how_to_get_it(tmp_path):
    import subprocess
    import sys

    from .conftest import ROOT

    _dataset(tmp_path / "data")
    hide = "import sys; sys.modules['rouge_score'] = None; from briefing.cli import main; "
    done = subprocess.run(
        [sys.executable, "-c", hide + "sys.argv = ['briefing', 'evaluate', 'data']; main()"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr == (
        "error: evaluate needs the rouge-score package: pip install 'briefing[eval]' "
        "(or pip install rouge-score)\n"
    )


def test_a_dataset_whose_name_looks_like_markup_is_printed_as_it_is(tmp_path):
    from .conftest import run_cli

    _dataset(tmp_path / "runs[" / "]" / "[bold]x")
    done = run_cli(tmp_path, "evaluate", "runs[/]/[bold]x", "--algorithm", "lead")
    assert done.returncode == 0, done.stderr
    assert "runs[/]/[bold]x" in " ".join(done.stdout.split())


@pytest.mark.parametrize("floor", ["nan", "inf", "-1", "101"])
def test_a_fail_under_that_no_score_can_meet_or_miss_is_a_usage_error(tmp_path, floor):
    from .conftest import run_cli

    _dataset(tmp_path / "data")
    done = run_cli(tmp_path, "evaluate", "data", "--algorithm", "lead", "--fail-under", floor)
    assert done.returncode == 2
    assert "--fail-under" in done.stderr and "from 0 to 100" in done.stderr


def test_a_dataset_whose_name_is_not_utf8_is_printed_escaped(tmp_path):
    import json
    import os

    from .conftest import run_cli

    _dataset(tmp_path / os.fsdecode(b"caf\xe9"))
    done = run_cli(tmp_path, "evaluate", os.fsdecode(b"caf\xe9"), "--algorithm", "lead", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["dataset"] == "caf\\xe9"


def test_a_named_pipe_among_the_documents_is_named_not_waited_on(tmp_path):
    import os
    import threading

    root = _dataset(tmp_path)
    os.mkfifo(root / "c1" / "docs" / "three.txt")  # no writer: opening it would wait forever
    raised: list[BaseException] = []

    def load() -> None:
        try:
            load_dataset(root)
        except BaseException as exc:  # handed to the test's thread
            raised.append(exc)

    reader = threading.Thread(target=load, daemon=True)
    reader.start()
    reader.join(timeout=10)
    assert not reader.is_alive(), "load_dataset waited on the named pipe"
    [error] = raised
    assert isinstance(error, BriefingError)
    assert (
        str(error)
        == f"{root / 'c1' / 'docs' / 'three.txt'}: not a regular file: a named pipe (FIFO)"
    )


def test_a_broken_link_among_the_documents_is_named_with_what_the_system_says(tmp_path):
    root = _dataset(tmp_path)
    gone = root / "c1" / "docs" / "three.txt"
    gone.symlink_to(tmp_path / "gone.txt")
    with pytest.raises(BriefingError) as info:
        load_dataset(root)
    assert str(info.value) == f"{gone}: No such file or directory"
