"""How split_sentences grows on hostile paragraphs: one unit (colons, quotes, colon lead-ins,
lone quotes, list markers, mixed scripts) repeated to each size, split in both lead_ins modes.
Prints a Markdown table of seconds; 10x the text should cost about 10x the time."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from briefing import split_sentences

UNITS = {
    "colons": ": ",
    "quotes": '" ',
    "colon+quote": 'a: "B ',
    "lead-in block": "He noted: We go. We stay. ",
    "quoted lead-in": 'Officials said: "We go. We stay. ',
    "woven+lead-in": 'He called it "a plan" and said: We go. We stay. ',
    "lone quotes": 'We go. " We stay. ',
    "list markers": "It rose. 1. One rose. ",
    "signed quotes": '"We go. We stay." - Ann Lee. ',
    "mixed scripts": "မြန်မာ: နိုင်ငံ။ 他说：我们走。 قال: نعم. He said: “Go. ",
}


def _split(text: str) -> None:
    """Split `text` with and without lead-ins cut."""
    split_sentences(text)
    split_sentences(text, lead_ins=False)


def table(units: dict[str, tuple[str, Callable[[str], object]]], description: str) -> None:
    """Time each unit's work on the unit repeated to each size in characters (the command
    line's) and print a Markdown table of seconds."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000, 1_000_000])
    sizes = parser.parse_args().sizes
    print("| input | " + " | ".join(f"{n:,}" for n in sizes) + " |")
    print("| --- |" + " --- |" * len(sizes))
    for name, (unit, work) in units.items():
        cells = []
        for n in sizes:
            text = (unit * (n // len(unit) + 1))[:n]
            start = time.perf_counter()
            work(text)
            cells.append(f"{time.perf_counter() - start:.2f}")
        print(f"| {name} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    table({name: (unit, _split) for name, unit in UNITS.items()}, __doc__)
