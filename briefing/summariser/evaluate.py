"""Score rankers with ROUGE against human summaries, on DUC-style folders of clusters."""

from __future__ import annotations

import stat
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefing.errors import BriefingError
from briefing.ingest.text import display_path, printable, read_text, unreadable
from briefing.ingest.walk import not_regular
from briefing.models import Sentence
from briefing.summariser.api import summarise_sentences, text_sentences
from briefing.summariser.choose import Budget, is_dangling
from briefing.text.standalone import stands_alone
from briefing.weights import SUMMARY, Summary

METRICS = ("rouge1", "rouge2", "rougeL")


@dataclass(frozen=True)
class Cluster:
    """Documents on one story, the human summaries of them and an optional topic statement."""

    name: str
    documents: tuple[str, ...]
    references: tuple[str, ...]
    topic: str | None = None


@dataclass(frozen=True)
class Score:
    """Mean ROUGE F1 (in percent) of one algorithm over the clusters, and how it chose."""

    algorithm: str
    rouge: dict[str, float]
    dangling: float  # share of selected sentences that start with a connective or pronoun
    leaning: float = 0.0  # share that cannot stand alone by any rule of briefing.standalone
    per_cluster: dict[str, float] = field(default_factory=dict)  # ROUGE-2 by cluster


def _document_order(path: Path) -> str:
    return path.stem[3:]  # APW19981017.0151 -> 19981017.0151: date order across agencies


def _read(path: Path) -> str:
    """A document or summary's text, as ingest reads text files, with how to convert one that
    is not UTF-8; a pipe or device among them named, not waited on."""
    try:
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):
            raise BriefingError(f"{display_path(path)}: {not_regular(mode)}")
        return read_text(path)
    except OSError as exc:
        raise unreadable(path, exc) from None
    except BriefingError as exc:
        hint = "; convert it: iconv -f latin1 -t utf-8" if "UTF-8" in str(exc) else ""
        raise BriefingError(f"{exc}{hint}") from None


def load_dataset(root: Path, documents: int | None = None) -> list[Cluster]:
    """Clusters under `root`: `<cluster>/docs/*.txt`, `<cluster>/refs/*.txt`, `topic.txt`;
    with `documents`, only each cluster's first documents in date order (few-source news).
    BriefingError naming the cluster or file that cannot be scored."""
    if not root.is_dir():
        raise BriefingError(f"{root}: no such dataset folder")
    clusters = []
    for folder in sorted(p for p in root.iterdir() if (p / "docs").is_dir()):
        docs = sorted((folder / "docs").glob("*.txt"), key=_document_order)[:documents]
        refs = sorted((folder / "refs").glob("*.txt"))
        for kind, found in (("docs", docs), ("refs", refs)):
            if not found:
                raise BriefingError(
                    f"{folder / kind}: no .txt files, so cluster {folder.name} cannot be scored"
                )
        topic = folder / "topic.txt"
        clusters.append(
            Cluster(
                folder.name,
                tuple(map(_read, docs)),
                tuple(map(_read, refs)),
                _read(topic) if topic.is_file() else None,
            )
        )
    if not clusters:
        raise BriefingError(f"{root}: no clusters (<cluster>/docs/*.txt) found")
    return clusters


def _stands_alone(text: str, sentences: Sequence[Sentence]) -> bool:
    """Whether a picked sentence reads alone, judged with what its document said before it."""
    found = next((s for s in sentences if s.text == text), None)
    earlier = [
        s.text for s in sentences if found and s.article is found.article and s.index < found.index
    ]
    return stands_alone(text, earlier)


def truncate(text: str, words: int) -> str:
    """The first `words` words of a text, as DUC cuts summaries."""
    return " ".join(text.split()[:words])


def evaluate(
    clusters: Sequence[Cluster],
    algorithms: Sequence[str],
    words: int = 100,
    use_topic: bool = True,
    progress: Callable[[], None] | None = None,
    weights: Summary = SUMMARY,
    metrics: Sequence[str] = METRICS,
) -> list[Score]:
    """Mean ROUGE F1 (stemmed) of each algorithm's `words`-word summaries, in `metrics` and
    ROUGE-2 (always scored: `per_cluster` holds it; ROUGE-L alone costs most of a run)."""
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        raise BriefingError(
            "evaluate needs the rouge-score package: pip install 'briefing[eval]' "
            "(or pip install rouge-score)"
        ) from None

    scored = [m for m in METRICS if m in metrics or m == "rouge2"]
    scorer = rouge_scorer.RougeScorer(scored, use_stemmer=True)
    split = [text_sentences(cluster.documents) for cluster in clusters]  # once for every algorithm
    results = []
    for algorithm in algorithms:
        totals: dict[str, list[float]] = {m: [] for m in scored}
        per_cluster: dict[str, float] = {}
        dangling = leaning = chosen = 0
        for cluster, sentences in zip(clusters, split, strict=True):
            picked = summarise_sentences(
                sentences,
                Budget(words=words, overflow=True),
                algorithm,
                cluster.topic if use_topic else None,
                weights,
            )
            dangling += sum(is_dangling(s) for s in picked)
            leaning += sum(not _stands_alone(s, sentences) for s in picked)
            chosen += len(picked)
            summary = truncate(" ".join(picked), words)
            scores = [scorer.score(truncate(ref, words), summary) for ref in cluster.references]
            for metric in scored:
                totals[metric].append(statistics.mean(100 * s[metric].fmeasure for s in scores))
            per_cluster[cluster.name] = totals["rouge2"][-1]
            if progress:
                progress()
        results.append(
            Score(
                algorithm,
                {m: statistics.mean(v) for m, v in totals.items()},
                dangling / chosen if chosen else 0.0,
                leaning / chosen if chosen else 0.0,
                per_cluster,
            )
        )
    return results


def report(scores: Sequence[Score], dataset: Path, words: int, as_json: bool) -> None:
    """Print the scores as a table on the terminal, or as JSON (a name's bytes that are not
    UTF-8 as escapes)."""
    name = printable(str(dataset))
    if as_json:
        import json

        print(
            json.dumps(
                {
                    "dataset": name,
                    "words": words,
                    "scores": [
                        {
                            "algorithm": s.algorithm,
                            **{m: round(v, 2) for m, v in s.rouge.items()},
                            "dangling_share": round(s.dangling, 4),
                            "cannot_stand_alone_share": round(s.leaning, 4),
                        }
                        for s in scores
                    ],
                },
                indent=2,
            )
        )
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"ROUGE F1 (%), stemmed, {words} words: {name}")
    columns = (
        "algorithm",
        "ROUGE-1",
        "ROUGE-2",
        "ROUGE-L",
        "dangling starts",
        "cannot stand alone",
    )
    for column in columns:
        table.add_column(column, justify="left" if column == "algorithm" else "right")
    for s in scores:
        table.add_row(
            s.algorithm,
            *(f"{s.rouge[m]:.2f}" for m in METRICS),
            f"{s.dangling:.1%}",
            f"{s.leaning:.1%}",
        )
    Console(markup=False, highlight=False).print(table)  # names and paths print as they are
