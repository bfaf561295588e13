"""Sentence splitters on UD English news: the Wikinews documents of GUM (UD_English-GUM), split a
paragraph at a time as a reader of news meets them. A gold sentence counts when a splitter
produces exactly it, both boundaries right. Documents are tuned on by sorted name (even indices)
and held out (odd indices), each half reported apart. Offline; without the data it says how to
get it and exits 0."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from segmentation import DEFAULT_NAME, SPLITTERS  # benchmarks/segmentation.py, beside this script

DATA = Path("/tmp/ud-news")
FETCH = """\
The data is not in this repository (evaluation only). Fetch the news documents of
https://github.com/UniversalDependencies/UD_English-GUM, not-to-release/sources/GUM_news_*.conllu
(or each GUM_news_* document cut out of en_gum-ud-{train,dev,test}.conllu), one file a document,
into one folder and point --data at it. Only the "# text = " lines and the "# newpar" markers
are read."""


@dataclass(frozen=True)
class Document:
    """One news document: its name and its paragraphs, each a tuple of gold sentences."""

    name: str
    paragraphs: tuple[tuple[str, ...], ...]

    @property
    def sentences(self) -> int:
        return sum(len(p) for p in self.paragraphs)


def read_document(path: Path) -> Document:
    """A CoNLL-U file's sentences grouped by its "# newpar" markers; a file without markers
    (older GUM releases) starts a paragraph after each line without final punctuation (a
    headline, a dateline), the only paragraphs that rule can tell."""
    sentences: list[tuple[str, bool]] = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = block.splitlines()
        text = next(
            (ln.removeprefix("# text = ").strip() for ln in lines if ln.startswith("# text = ")), ""
        )
        if text:
            newpar = any(line == "# newpar" or line.startswith("# newpar ") for line in lines)
            sentences.append((text, newpar))
    marked = any(newpar for _, newpar in sentences)
    paragraphs: list[list[str]] = []
    for index, (text, newpar) in enumerate(sentences):
        after_line = index == 0 or sentences[index - 1][0][-1].isalnum()
        if not paragraphs or (newpar if marked else after_line):
            paragraphs.append([])
        paragraphs[-1].append(text)
    return Document(path.stem, tuple(tuple(p) for p in paragraphs))


def exact(split: Callable[[str], list[str]], paragraph: tuple[str, ...]) -> list[bool]:
    """For each gold sentence of the paragraph (joined by one space), whether the splitter
    produced exactly its span."""
    text, spans, position = " ".join(paragraph), [], 0
    for sentence in paragraph:
        spans.append((position, position + len(sentence)))
        position += len(sentence) + 1
    found, position = set(), 0
    for piece in (p.strip() for p in split(text)):
        start = text.find(piece, position) if piece else -1
        if start >= 0:
            found.add((start, start + len(piece)))
            position = start + len(piece)
    return [span in found for span in spans]


def _cpu_ms_per_1k(split: Callable[[str], list[str]], documents: list[Document]) -> float:
    """CPU milliseconds per 1,000 gold sentences, best of three (the machine is shared)."""
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for document in documents:
            for paragraph in document.paragraphs:
                split(" ".join(paragraph))
        best = min(best, time.process_time() - start)
    return best * 1e6 / sum(d.sentences for d in documents)


def report(documents: list[Document], show_failures: bool = False) -> dict[str, float]:
    """Print the table (all, tuned-on half, held-out half, time); return each splitter's share."""
    halves = {"tune": documents[0::2], "held-out": documents[1::2]}
    counts = {name: sum(d.sentences for d in docs) for name, docs in halves.items()}
    total = sum(counts.values())
    print(
        f"{len(documents)} GUM news documents, {total} sentences "
        f"(tune: {len(halves['tune'])} documents, {counts['tune']} sentences; "
        f"held-out: {len(halves['held-out'])}, {counts['held-out']})"
    )
    print(
        f"| splitter | exact ({total}) | tune ({counts['tune']}) | held-out "
        f"({counts['held-out']}) | ms / 1k sentences |"
    )
    print("|---|---|---|---|---|")
    shares = {}
    for name, split in SPLITTERS.items():
        right = {}
        for half, docs in halves.items():
            right[half] = 0
            for document in docs:
                for paragraph in document.paragraphs:
                    hits = exact(split, paragraph)
                    right[half] += sum(hits)
                    if show_failures and name == DEFAULT_NAME:
                        for sentence, hit in zip(paragraph, hits, strict=True):
                            if not hit:
                                print(f"{document.name}: missed {sentence!r}")
        hit = sum(right.values())
        shares[name] = hit / total
        cells = " | ".join(f"{right[h]} ({100 * right[h] / counts[h]:.1f}%)" for h in halves)
        ms = _cpu_ms_per_1k(split, documents)
        print(f"| {name} | {hit} ({100 * shares[name]:.1f}%) | {cells} | {ms:.0f} |")
    return shares


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DATA, help="folder of GUM_news_*.conllu")
    parser.add_argument("--failures", action="store_true", help="print the default's misses")
    args = parser.parse_args()
    paths = sorted(args.data.glob("*.conllu")) if args.data.is_dir() else []
    if not paths:
        print(f"ud_news: no .conllu files in {args.data}, skipped.\n{FETCH}")
        sys.exit(0)
    report([read_document(path) for path in paths], args.failures)
