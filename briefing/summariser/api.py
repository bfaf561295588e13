"""Summarise any texts: the library call behind `briefing summarise` and `briefing evaluate`.

`import briefing` loads this module, so NLTK, numpy and scipy load on the first call instead:
`briefing --help` need not wait for them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing.errors import BriefingError
from briefing.models import Article, Sentence

if TYPE_CHECKING:
    from briefing.summariser.choose import Budget
    from briefing.weights import Summary

MIN_WORDS = 5  # the shortest sentence `summarise` picks (a build's own setting is 6)
MAX_WORDS = 60  # the longest (a build's default too; `summarise` reads no configuration)


def text_sentences(texts: Sequence[str]) -> list[Sentence]:
    """Sentences of plain documents (blank lines split paragraphs; junk, headlines dropped)."""
    from briefing.day.clean import clean_article
    from briefing.text.invisible import visible
    from briefing.text.segment import article_sentences

    sentences: list[Sentence] = []
    for number, text in enumerate(texts):
        text = visible(text.replace("\r\n", "\n"))
        blocks = tuple(b.strip() for b in text.split("\n\n") if b.strip())
        article = Article("", f"document {number + 1}", "", f"<text {number + 1}>", None, blocks)
        sentences.extend(article_sentences(clean_article(article)))
    return sentences


def summarise_sentences(
    sentences: Sequence[Sentence],
    budget: Budget,
    algorithm: str = "default",
    topic: str | None = None,
    weights: Summary | None = None,
) -> list[str]:
    """The selected sentences' texts, most important first (weights: the defaults unless
    given)."""
    from briefing.summariser import pyramid
    from briefing.summariser.choose import candidates, choose, normalise
    from briefing.summariser.rank.registry import get_ranker
    from briefing.text.vectorize import tfidf
    from briefing.weights import SUMMARY

    weights = weights or SUMMARY
    pool = candidates(sentences, MIN_WORDS, MAX_WORDS)
    if not pool:
        return []
    texts = [s.text for s in pool]
    ranker = get_ranker(algorithm)
    scores = normalise(ranker.score(pool, topic or ""))
    vectors, _ = tfidf(texts)
    coverage = ranker.selection == "coverage"
    concepts = pyramid.concepts(pool, topic or "", weights, budget) if coverage else None
    chosen = choose(texts, scores, budget, vectors, concepts, weights)
    return [texts[i] for i in chosen]


def documents(texts: str | Sequence[str], caller: str = "summarise") -> list[str]:
    """The documents `texts` stands for: a str is one document; TypeError for anything else."""
    if isinstance(texts, str):
        return [texts]
    if isinstance(texts, bytes | bytearray) or not isinstance(texts, Sequence):
        raise TypeError(
            f"{caller}() takes a str or a list of str documents, not {type(texts).__name__}"
        )
    for number, text in enumerate(texts):
        if not isinstance(text, str):
            raise TypeError(
                f"{caller}() takes a list of str documents; item {number} is "
                f"{type(text).__name__}" + (" (decode it first)" if isinstance(text, bytes) else "")
            )
    return list(texts)


def summarise(
    texts: str | Sequence[str],
    words: int | None = None,
    sentences: int | None = None,
    algorithm: str = "default",
    topic: str | None = None,
    weights: Summary | None = None,
) -> list[str]:
    """Summarise one document (a str) or many (a list of str): verbatim sentences, most
    important first.

    Give a budget in `words`, in `sentences`, or both; with neither, five sentences. The list is
    empty when no sentence of 5 to 60 words fits the budget (`shortest_fit` says why). `weights`
    (briefing.weights.Summary) change how sentences are valued and picked.
    """
    texts = documents(texts)
    if (words is not None and words < 1) or (sentences is not None and sentences < 1):
        raise BriefingError("the summary budget must be at least one word or sentence")
    if words is None and sentences is None:
        sentences = 5
    from briefing.summariser.choose import Budget

    budget = Budget(sentences, words)
    return summarise_sentences(text_sentences(texts), budget, algorithm, topic, weights)


def shortest_fit(texts: str | Sequence[str]) -> int | None:
    """The fewest words a summary of `texts` can have (its shortest selectable sentence), or
    None when no sentence is selectable."""
    from briefing.summariser.choose import candidates
    from briefing.text.words import word_count

    pool = candidates(text_sentences(documents(texts, "shortest_fit")), MIN_WORDS, MAX_WORDS)
    return min((word_count(s.text) for s in pool), default=None)
