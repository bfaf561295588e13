"""Coming up's detector (`briefing.select.coming.find_dates`) against hand labels: precision and
recall of the sentences announcing a future event, and how many of the found ones got the
labelled date; on the "fires" sets (samples of what the detector finds) precision only. The
sentences are read in place from ../shared/eval (DUC 2003 and 2007; the labels file,
benchmarks/data/coming_labels.tsv, holds only their ids); each document's date is in its name
(APW19981017.0151: 17 October 1998) and is the publication day events resolve against."""

from __future__ import annotations

import argparse
import hashlib
import os
import re
from datetime import date
from pathlib import Path

from briefing import split_sentences
from briefing.select.coming import find_dates

HERE = Path(__file__).resolve().parent
EVAL = Path(os.environ.get("BRIEFING_EVAL", HERE.parents[1] / "shared/eval"))
LABELS = HERE / "data/coming_labels.tsv"


def _labels(path: Path) -> list[tuple[str, str, str, set[str]]]:
    rows = [line.split("\t") for line in path.read_text().splitlines() if line[:1] != "#"]
    return [
        (i, digest, part, set(filter(None, events.split(","))))
        for i, digest, part, events in rows[1:]
    ]


def _find(sentences: list[str], index: int, digest: str) -> str | None:
    """The labelled sentence: at its index, or (the splitter moved it) wherever its hash is."""
    ordered = sentences[index : index + 1] + sentences
    return next((t for t in ordered if hashlib.sha256(t.encode()).hexdigest()[:8] == digest), None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--eval", type=Path, default=EVAL, help="the shared evaluation folder")
    args = parser.parse_args()
    if not (args.eval / "duc2003").is_dir():
        print(f"skipped: no DUC data in {args.eval}")
        return
    split: dict[Path, list[str]] = {}
    lost: list[str] = []
    tally: dict[str, list[int]] = {}  # set -> [tp, fp, fn, tn, right date]
    for sentence_id, digest, part, events in _labels(LABELS):
        name, index = sentence_id.rsplit("#", 1)
        path = args.eval / name
        if path not in split:
            # as a build reads them: a lead-in ending on a colon kept with its sentence
            split[path] = split_sentences(path.read_text(encoding="utf-8"), lead_ins=False)
        text = _find(split[path], int(index), digest)
        if text is None:  # the splitter now cuts the labelled sentence elsewhere
            lost.append(sentence_id)
            continue
        y, m, d = re.search(r"(\d{4})(\d{2})(\d{2})", path.name).groups()
        found = {f.when.isoformat() for f in find_dates(text, date(int(y), int(m), int(d)))}
        for key in {part, "all" if part in ("dev", "held-out") else part}:
            row = tally.setdefault(key, [0, 0, 0, 0, 0])
            row[(0 if events else 1) if found else (2 if events else 3)] += 1
            row[4] += bool(found & events)
    print("| set | sentences | events | precision | recall | dated right |")
    print("| --- | --- | --- | --- | --- | --- |")
    for key in ("dev", "held-out", "all", "fires-dev", "fires-held-out"):
        tp, fp, fn, tn, right = tally[key]
        precision = f"{tp / max(1, tp + fp):.2f} ({tp}/{tp + fp})"
        recall = f"{tp / max(1, tp + fn):.2f} ({tp}/{tp + fn})" if "fires" not in key else "–"
        counts = f"{tp + fp + fn + tn} | {tp + fn}"
        print(f"| {key} | {counts} | {precision} | {recall} | {right}/{tp} |")
    if lost:
        print(f"{len(lost)} labelled sentences no longer split as labelled, left out: {lost}")


if __name__ == "__main__":
    main()
