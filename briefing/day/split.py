"""The split stage of a build: one map over the articles (on a process pool or Dask) finds each
article's sentences and which of them are on a topic; an article then holds its sentences too."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial

from briefing.compute import Executor, Failed, SerialExecutor
from briefing.config import Topic
from briefing.day.topics import article_topics
from briefing.ingest.outlets import dateline_outlet
from briefing.models import Article, Sentence, Skipped
from briefing.text.news_marks import dateline_end, dateline_place
from briefing.text.segment import paragraph_sentences


@dataclass(frozen=True)
class Split:
    """A day's articles split: the articles (each with its sentences), every
    sentence in reading order, each topic's sentences with their relevance, and the articles
    that could not be split."""

    articles: list[Article]
    sentences: list[Sentence]
    by_topic: dict[str, list[tuple[Sentence, float]]]
    skipped: list[Skipped]


def _split_one(
    article: tuple[str, Sequence[str]], topics: Sequence[Topic]
) -> tuple[list[tuple[int, str]], list[tuple[int, int, float]]]:
    """One article's work, from its title and paragraphs: its sentences with their paragraph's
    number, and those on a topic."""
    title, paragraphs = article
    found = paragraph_sentences(paragraphs)
    return found, article_topics(found, topics, title)


def split_day(
    articles: Sequence[Article],
    topics: Sequence[Topic],
    executor: Executor | None = None,
    keep_paragraphs: bool = True,
) -> Split:
    """Every article's sentences and each topic's, found on `executor` (default: this process);
    an article whose splitting failed is reported, not dropped silently. Without
    `keep_paragraphs` an article lets its paragraphs go: its sentences hold the same text."""
    runner = executor or SerialExecutor()
    found = runner.map(
        partial(_split_one, topics=tuple(topics)), [(a.title, a.paragraphs) for a in articles]
    )
    kept: list[Article] = []
    sentences: list[Sentence] = []
    skipped: list[Skipped] = []
    by_topic: dict[str, list[tuple[Sentence, float]]] = {topic.name: [] for topic in topics}
    for article, result in zip(articles, found, strict=True):
        if isinstance(result, Failed):
            skipped.append(Skipped(article.url or article.path, result.reason))
            continue
        pairs, on_topic = result
        paragraphs = article.paragraphs if keep_paragraphs else ()
        filed = article.paragraphs
        article = replace(article, paragraphs=paragraphs, sentences=tuple(t for _, t in pairs))
        as_filed = _as_filed(article, filed)
        own = [
            Sentence(text, as_filed[number], number, n) for n, (number, text) in enumerate(pairs)
        ]
        kept.append(article)
        sentences.extend(own)
        for n, topic, relevance in on_topic:
            by_topic[topics[topic].name].append((own[n], relevance))
    return Split(kept, sentences, by_topic, skipped)


def _as_filed(article: Article, paragraphs: Sequence[str]) -> list[Article]:
    """The article as each of its paragraphs was filed: from a later paragraph opening on a
    dateline of its own (a roundup's "ÉVORA, Portugal (AP) _ ...") to the next, the same article
    from that place (none for a wire label's) and by the agency it credits; elsewhere the
    article (its first dateline's)."""
    filed, current = [], article
    for n, paragraph in enumerate(paragraphs):
        if n and dateline_end(paragraph):
            place, outlet = dateline_place(paragraph), dateline_outlet(paragraph) or article.outlet
            moved = (place, outlet) != (article.place, article.outlet)
            current = replace(article, place=place, outlet=outlet) if moved else article
        filed.append(current)
    return filed
