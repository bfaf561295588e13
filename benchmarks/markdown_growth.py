"""How a `.md` source's reading grows on hostile markup: one unit (open brackets, stars, tags,
backticks, links, nested emphasis, reference links and definitions, footnotes, pictures)
repeated to each size, read as a `.md` article. Prints a Markdown table of seconds; 10x the
text should cost about 10x the time."""

from __future__ import annotations

from pathlib import Path

from split_growth import table

from briefing.ingest.text import parse_article

UNITS = {
    "open brackets": "[",
    "stars": "*a ",
    "tags": "<a <br>",
    "backticks": "`` ` ",
    "open links": "[x](",
    "nested emphasis": "**_*",
    "reference links": "[a][b] ",
    "definitions": "[a]: /u\n",
    "footnotes": "a[^1] b.\n\n[^1]: c.\n\n",
    "pictures": "![A b.](c.jpg)\n",
    "paragraphs": "The *market* rose [sharply](x) on **Monday**.\n\n",
}


def _read(text: str) -> None:
    """Read `text` as the body of a `.md` article, a sentence after it."""
    parse_article("Published: 2026-11-27\n\n" + text + "\n\nEnd.", Path("a.md"))


if __name__ == "__main__":
    table({name: (unit, _read) for name, unit in UNITS.items()}, __doc__)
