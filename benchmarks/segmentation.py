"""Sentence splitters side by side on ../shared/eval/segmentation/cases.jsonl: briefing's default
(a vote of our Punkt rules, syntok and pySBD), our rules alone, and syntok, pySBD and the
Moses-style `sentence-splitter` alone. Prints the share of cases split exactly, per source suite,
and the time per 1,000 sentences on the cases and on news paragraphs (the DUC 2003 documents in
../shared/eval when present), and how the default's time grows on one long paragraph.
Everything runs offline; --min gates the default's share."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pysbd
from sentence_splitter import SentenceSplitter
from syntok.segmenter import analyze

from briefing import split_sentences

EVAL = Path(__file__).resolve().parents[1].parent / "shared/eval"
DEFAULT = EVAL / "segmentation/cases.jsonl"


def _syntok(text: str) -> list[str]:
    return [
        text[sentence[0].offset : sentence[-1].offset + len(sentence[-1].value)]
        for paragraph in analyze(text)
        for sentence in paragraph
    ]


SPLITTERS: dict[str, Callable[[str], list[str]]] = {
    "briefing (vote, default)": split_sentences,
    "briefing rules alone": partial(split_sentences, vote=False),
    "syntok": _syntok,
    "pySBD": pysbd.Segmenter(language="en", clean=False).segment,
    "sentence-splitter": SentenceSplitter(language="en").split,
}


DEFAULT_NAME, BASELINE = "briefing (vote, default)", "briefing rules alone"


def _sentences(split: Callable[[str], list[str]], text: str) -> list[str]:
    return [s.strip() for s in split(text) if s.strip()]


def _ms_per_1k(split: Callable[[str], list[str]], texts: list[str], sentences: int) -> float:
    """CPU milliseconds per 1,000 sentences, best of three (CPU time: the machine is shared)."""
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for text in texts:
            split(text)
        best = min(best, time.process_time() - start)
    return best * 1000 / sentences * 1000


def news_paragraphs() -> list[str]:
    """Paragraphs of the DUC 2003 documents (news wire), or none when the data is absent."""
    return [
        paragraph.strip()
        for path in sorted(EVAL.glob("duc2003/*/docs/*.txt"))
        for paragraph in path.read_text(encoding="utf-8").split("\n\n")
        if paragraph.strip()
    ]


def score(path: Path, show_failures: bool = False) -> float:
    """Print the comparison table; return the default splitter's share of exact cases."""
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    suites = sorted({case["source"] for case in cases})
    news = news_paragraphs()
    sentences = sum(len(c["expected"]) for c in cases)
    news_sentences = sum(len(split_sentences(p)) for p in news)
    shares: dict[str, float] = {}
    rows: dict[str, tuple[str, float, float]] = {}
    for name, split in SPLITTERS.items():
        passed = dict.fromkeys(suites, 0)
        for case in cases:
            got = _sentences(split, case["text"])
            if got == [s.strip() for s in case["expected"]]:
                passed[case["source"]] += 1
            elif show_failures and name == DEFAULT_NAME:
                print(json.dumps({"id": case["id"], "got": got}, ensure_ascii=False))
        shares[name] = sum(passed.values()) / len(cases)
        per_suite = " | ".join(
            f"{passed[s]}/{sum(c['source'] == s for c in cases)}" for s in suites
        )
        exact = f"{sum(passed.values())} ({100 * shares[name]:.1f}%) | {per_suite}"
        on_cases = _ms_per_1k(split, [c["text"] for c in cases], sentences)
        rows[name] = (exact, on_cases, _ms_per_1k(split, news, news_sentences) if news else 0)
    print(f"{len(cases)} cases ({sentences} sentences); news: {len(news)} paragraphs")
    print(f"| splitter | exact | {' | '.join(suites)} | ms / 1k sentences: cases | news |")
    print("|---" * (len(suites) + 4) + "|")
    for name, (exact, on_cases, on_news) in rows.items():
        ratio = f" ({on_news / rows[BASELINE][2]:.1f}×)" if news else "no data"
        print(f"| {name} | {exact} | {on_cases:.0f} | {on_news:.0f}{ratio} |")
    if news:
        _growth(news)
    return shares[DEFAULT_NAME]


def _growth(news: list[str]) -> None:
    """Time of the default on one paragraph made of 100 and of 1,000 news paragraphs (HTML pages
    without paragraph breaks look like this): the growth should stay linear."""
    times = []
    for count in (100, 1000):
        text = " ".join(news[:count])
        start = time.process_time()
        split_sentences(text)
        times.append((len(text), time.process_time() - start))
    (small, t_small), (large, t_large) = times
    print(
        f"one long paragraph: {small:,} characters {t_small:.2f} s, {large:,} characters "
        f"{t_large:.2f} s ({t_large / t_small:.1f}× the time for {large / small:.1f}× the text)"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("cases", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--failures", action="store_true", help="print the default's failures")
    parser.add_argument("--min", type=float, default=0.0, help="exit 1 below this share")
    args = parser.parse_args()
    if not args.cases.is_file():
        print(f"segmentation: {args.cases} not found, skipped")
        sys.exit(0)
    sys.exit(0 if score(args.cases, args.failures) >= args.min else 1)
