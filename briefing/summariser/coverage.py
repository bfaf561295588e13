"""Concepts for greedy submodular selection: word bigrams weighted by how many documents share them.

A summary that covers the concepts most documents repeat (and, with a topic, the concepts found
where the topic is discussed) covers the story; each concept counts once, so repeats gain nothing.
Without a topic, where few documents corroborate, a position prior takes over.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse

from briefing.models import Sentence
from briefing.text.vectorize import query_terms, query_text, runs_by_text, stem, stop_words, tfidf
from briefing.weights import SUMMARY, Summary


def _concept_keys(
    rows: np.ndarray, words: np.ndarray, distinct: Sequence[str]
) -> tuple[list[str], np.ndarray, np.ndarray]:
    """The concepts of sentences given as `words_by_text` gives them: the distinct stems, and
    for each occurrence of a concept its row and its key (a bigram of stems a, b is
    a * len(stems) + b; a content word's stem s is len(stems) ** 2 + s)."""
    stops = stop_words()
    number: dict[str, int] = {}
    word_stem = np.array(
        [number.setdefault(stem(w), len(number)) for w in distinct], dtype=np.int64
    )
    stopped = np.array([w in stops for w in distinct], dtype=bool)
    stems = list(number)
    size = len(stems)
    long = np.array([len(s) > 1 for s in stems], dtype=bool)
    at, is_stop = word_stem[words], stopped[words]
    pair = (rows[1:] == rows[:-1]) & ~(is_stop[1:] & is_stop[:-1])
    single = ~is_stop & long[at]
    keys = np.concatenate([at[:-1][pair] * size + at[1:][pair], size * size + at[single]])
    return stems, np.concatenate([rows[:-1][pair], rows[single]]), keys


def relevance(sentences: Sequence[Sentence], query: str) -> np.ndarray:
    """Cosine similarity of each sentence to the query, scaled so the best is 1."""
    matrix, queries = tfidf([s.text for s in sentences], [query_text(query)])
    values = np.asarray((matrix @ queries.T).toarray()).ravel()
    return values / values.max() if values.max() > 0 else values


def concept_matrix(
    sentences: Sequence[Sentence],
    query: str = "",
    weights: Summary = SUMMARY,
    positions: np.ndarray | None = None,
) -> tuple[sparse.csr_matrix, np.ndarray]:
    """A sentences x concepts 0/1 matrix and each concept's weight; `positions` place each
    sentence in its article for the position prior (default: its index)."""
    stems, rows, keys = _concept_keys(*runs_by_text([s.text for s in sentences]))
    size = len(stems)
    used, columns = np.unique(keys, return_inverse=True)  # concepts numbered by key
    shape = (len(sentences), max(len(used), 1))
    matrix = sparse.csr_matrix((np.ones(len(rows)), (rows, columns)), shape=shape)
    matrix.sum_duplicates()
    matrix.data[:] = 1.0
    # Document frequency: in how many articles each concept occurs (one article counts once),
    # and how early each of them first says it.
    if positions is None:
        positions = np.array([s.index for s in sentences], dtype=float)
    documents, earliness = _article_counts(sentences, matrix, positions)
    occurrences = np.asarray(matrix.sum(axis=0)).ravel()
    frequent = (documents >= weights.min_documents) | (occurrences >= weights.min_documents)
    is_unigram = np.zeros(shape[1], dtype=bool)
    is_unigram[: len(used)] = used >= size * size
    value = np.where(frequent, np.maximum(documents, 1.0), 0.0)
    value *= np.where(is_unigram, weights.unigram_weight, 1.0)
    terms = query_terms(query)
    if terms:
        on_topic = np.array([s in terms for s in stems] + [False], dtype=bool)
        bigram = used < size * size
        first = np.where(bigram, used // max(size, 1), used - size * size)
        second = np.where(bigram, used % max(size, 1), size)  # size: the False at the end
        topical = np.zeros(shape[1], dtype=bool)
        topical[: len(used)] = on_topic[first] | on_topic[second]
        near = relevance(sentences, query)
        mean_relevance = (matrix.T @ near) / np.maximum(occurrences, 1.0)
        value *= (1.0 + topical) * (weights.relevance_floor + mean_relevance)
    else:
        prior = position_prior(sentences, documents, earliness)
        value = (value * prior) ** weights.generic_sharpness
    return matrix, value


def position_prior(
    sentences: Sequence[Sentence], documents: np.ndarray, earliness: np.ndarray
) -> np.ndarray:
    """Per concept, the mean over its articles of 1 / (1 + position of its first sentence there),
    raised to 1 / sqrt(articles): with one article, where it is said first is all there is to go
    on (news puts what matters first); the more articles, the more their agreement speaks."""
    articles = max(1, len({s.article.id for s in sentences}))
    return (earliness / np.maximum(documents, 1.0)) ** (1.0 / np.sqrt(articles))


def _owners(sentences: Sequence[Sentence]) -> np.ndarray:
    """For each sentence, the number of its article (in order of first appearance)."""
    articles: dict[int, int] = {}
    return np.array([articles.setdefault(s.article.id, len(articles)) for s in sentences])


def _article_counts(
    sentences: Sequence[Sentence], matrix: sparse.csr_matrix, positions: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Per concept: the number of articles that have it, and the sum over them of
    1 / (1 + position of the article's first sentence with it)."""
    found = matrix.tocoo()
    keys = _owners(sentences)[found.row].astype(np.int64) * matrix.shape[1] + found.col
    position = positions[found.row]
    order = np.lexsort((position, keys))  # by (article, concept), earliest sentence first
    keys, position = keys[order], position[order]
    first = np.ones(len(keys), dtype=bool)
    first[1:] = keys[1:] != keys[:-1]
    columns = keys[first] % matrix.shape[1]
    size = matrix.shape[1]
    return (
        np.bincount(columns, minlength=size).astype(float),
        np.bincount(columns, 1.0 / (1.0 + position[first]), minlength=size),
    )
