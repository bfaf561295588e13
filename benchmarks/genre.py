"""Which wire articles the build marks as opinion, news analysis or features, to be read by hand.

Every document of ../shared/eval/duc2003 and duc2007 is read as the build reads a text file
(`parse_article`: a first line without final punctuation is its title), cleaned and split, and
asked `opinion_reason`. Most of them are hard news wire copy, so each flag is read by hand:
editorials, news analysis and feature leads are right, a hard news lead is a false positive.
`--show` lists every flagged document with its reason and its lead. Skips cleanly when the
evaluation data is absent.

    python benchmarks/genre.py --show
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
SETS = ("duc2003", "duc2007")


def flags(root: Path) -> list[tuple[str, str, str]]:
    """(document, reason, lead) of every document of `root` that reads as no news, in path
    order."""
    from briefing.day.clean import clean_article
    from briefing.day.opinion import opinion_reason
    from briefing.ingest.text import parse_article
    from briefing.text.segment import paragraph_sentences

    found = []
    for path in sorted(root.glob("*/docs/*.txt")):
        article = clean_article(parse_article(path.read_text(encoding="utf-8"), path))
        sentences = tuple(text for _, text in paragraph_sentences(article.paragraphs))
        reason = opinion_reason(replace(article, sentences=sentences))
        if reason:
            found.append((f"{path.parent.parent.name}/{path.stem}", reason, sentences[0]))
    return found


def main() -> int:
    """Print each set's count of flagged documents by label (and, `--show`, the documents)."""
    from briefing.day.opinion import opinion_label

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=EVAL, help="the folder holding the sets")
    parser.add_argument("--show", action="store_true", help="list every flagged document")
    options = parser.parse_args()
    roots = [options.data / name for name in SETS if any((options.data / name).glob("*/docs"))]
    if not roots:
        print(f"no evaluation data at {options.data}: genre benchmark skipped")
        return 0
    for root in roots:
        read = len(list(root.glob("*/docs/*.txt")))
        found = flags(root)
        labels = Counter(opinion_label(reason) for _, reason, _ in found)
        counts = ", ".join(f"{label} {n}" for label, n in sorted(labels.items()))
        print(f"{root.name}: {len(found)} of {read} documents flagged ({counts})")
        for name, reason, lead in found if options.show else ():
            print(f"  {name}  {reason}\n      {lead[:150]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
