"""Words as a reader counts them."""

from __future__ import annotations


def word_count(text: str) -> int:
    """Number of words, as a reader counts them."""
    return len(text.split())


def counted(number: int, noun: str) -> str:
    """ "1 article", "2 articles"."""
    return f"{number} {noun}{'' if number == 1 else 's'}"
