"""Share of ../shared/eval/segmentation/cases.jsonl that briefing.split_sentences splits exactly."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from briefing import split_sentences

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/eval/segmentation/cases.jsonl"


def score(path: Path, show_failures: bool = False) -> float:
    """Fraction of cases whose sentences match the expected ones exactly."""
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    passed = 0
    for case in cases:
        got = [s.strip() for s in split_sentences(case["text"])]
        want = [s.strip() for s in case["expected"]]
        if got == want:
            passed += 1
        elif show_failures:
            print(json.dumps({"id": case["id"], "got": got, "want": want}, ensure_ascii=False))
    print(f"segmentation: {passed} of {len(cases)} cases exact ({100 * passed / len(cases):.1f}%)")
    return passed / len(cases)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("cases", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--failures", action="store_true", help="print each failing case")
    parser.add_argument("--min", type=float, default=0.0, help="exit 1 below this share")
    args = parser.parse_args()
    if not args.cases.is_file():
        print(f"segmentation: {args.cases} not found, skipped")
        sys.exit(0)
    sys.exit(0 if score(args.cases, args.failures) >= args.min else 1)
