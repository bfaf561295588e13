"""How an untitled story's headline (`from_sentence`), the leaning test (`leaning_of`) and a
dateline's place grow on hostile text: one unit repeated to each size in characters, one
sentence for the headline and the place, one article of sentences for the leaning test.
Prints a Markdown table of seconds; 10x the text should cost about 10x the time."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from briefing.day.headlines import from_sentence
from briefing.models import Article, Sentence
from briefing.text.news_marks import dateline_place
from briefing.text.standalone import leaning_of


def _lean(text: str) -> None:
    """The leaning test over the text's sentences, five to a paragraph, as one article."""
    article = Article("", "", "", "", None, ())
    lines = text.split(". ")
    leaning_of([Sentence(f"{line}.", article, n // 5, n) for n, line in enumerate(lines)])


UNITS: dict[str, tuple[str, Callable[[str], object]]] = {
    "headline: verbless bounds `a, `": ("a, ", from_sentence),
    "headline: appositives": ("Pieces of wood, the big ones, ", from_sentence),
    "headline: settings": ("Despite the rain, ", from_sentence),
    "headline: quotes": ('"the ', from_sentence),
    "place: capitals `AA-BB `": ("AA-BB ", lambda text: dateline_place(f"{text}_")),
    "leaning: `The storm ...`": ("Storms hit. The storm moved north. ", _lean),
    "leaning: lead-in blocks": ("Beijing responded: We will watch. We will talk. ", _lean),
    "leaning: names": ("Prime Minister Benjamin Netanyahu met Ahmed. Netanyahu left. ", _lean),
}


def seconds(work: Callable[[str], object], text: str) -> float:
    """Time to run `work` on `text`."""
    start = time.perf_counter()
    work(text)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000, 1_000_000])
    sizes = parser.parse_args().sizes
    print("| input | " + " | ".join(f"{n:,}" for n in sizes) + " |")
    print("| --- |" + " --- |" * len(sizes))
    for name, (unit, work) in UNITS.items():
        cells = [f"{seconds(work, (unit * (n // len(unit) + 1))[:n]):.2f}" for n in sizes]
        print(f"| {name} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
