"""How an untitled story's headline (`from_sentence`), the leaning test (`leaning_of`) and a
dateline's place grow on hostile text: one unit repeated to each size in characters, one
sentence for the headline and the place, one article of sentences for the leaning test.
Prints a Markdown table of seconds; 10x the text should cost about 10x the time."""

from __future__ import annotations

from collections.abc import Callable

from split_growth import table

from briefing.day.sentence_cut import from_sentence
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


if __name__ == "__main__":
    table(UNITS, __doc__)
