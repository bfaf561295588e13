"""Concepts for greedy submodular selection: word bigrams weighted by how many documents share them.

A summary that covers the concepts most documents repeat (and, with a topic, the concepts found
where the topic is discussed) covers the story; each concept counts once, so repeats gain nothing.
Without a topic, where few documents corroborate, a position prior takes over.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from .models import Sentence
from .vectorize import query_terms, query_text, stem, stop_words, tfidf

_WORD = re.compile(r"[a-z0-9]+")
UNIGRAM_WEIGHT = 0.2  # a shared word counts a fifth of a shared bigram
MIN_DOCUMENTS = 2  # a concept must appear in two documents (or twice in one) to count
GENERIC_SHARPNESS = 2.0  # without a topic, weight = documents ** 2: favour what most report
RELEVANCE_FLOOR = 0.1  # with a topic, a concept never found near it keeps a tenth of its weight


def concepts(text: str) -> set[str]:
    """Stemmed bigrams (not both stop words) and stemmed content words of a text."""
    stops = stop_words()
    raw = _WORD.findall(text.lower())
    words = [stem(w) for w in raw]
    stopped = [w in stops for w in raw]
    found = {
        f"{a} {b}"
        for a, b, sa, sb in zip(words, words[1:], stopped, stopped[1:], strict=False)
        if not (sa and sb)
    }
    found.update(w for w, s in zip(words, stopped, strict=True) if not s and len(w) > 1)
    return found


def relevance(sentences: Sequence[Sentence], query: str) -> np.ndarray:
    """Cosine similarity of each sentence to the query, scaled so the best is 1."""
    matrix, queries = tfidf([s.text for s in sentences], [query_text(query)])
    values = np.asarray((matrix @ queries.T).toarray()).ravel()
    return values / values.max() if values.max() > 0 else values


def concept_matrix(
    sentences: Sequence[Sentence], query: str = ""
) -> tuple[sparse.csr_matrix, np.ndarray]:
    """A sentences x concepts 0/1 matrix and each concept's weight."""
    vocabulary: dict[str, int] = {}
    rows, cols = [], []
    for row, sentence in enumerate(sentences):
        for concept in concepts(sentence.text):
            rows.append(row)
            cols.append(vocabulary.setdefault(concept, len(vocabulary)))
    shape = (len(sentences), max(len(vocabulary), 1))
    matrix = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=shape)
    matrix.sum_duplicates()
    matrix.data[:] = 1.0
    # Document frequency: in how many articles each concept occurs (one article counts once),
    # and how early each of them first says it.
    documents, earliness = _article_counts(sentences, matrix)
    occurrences = np.asarray(matrix.sum(axis=0)).ravel()
    frequent = (documents >= MIN_DOCUMENTS) | (occurrences >= MIN_DOCUMENTS)
    is_unigram = np.zeros(shape[1], dtype=bool)
    for concept, column in vocabulary.items():
        is_unigram[column] = " " not in concept
    weights = np.where(frequent, np.maximum(documents, 1.0), 0.0)
    weights *= np.where(is_unigram, UNIGRAM_WEIGHT, 1.0)
    terms = query_terms(query)
    if terms:
        topical = np.zeros(shape[1], dtype=bool)
        for concept, column in vocabulary.items():
            topical[column] = any(part in terms for part in concept.split())
        near = relevance(sentences, query)
        mean_relevance = (matrix.T @ near) / np.maximum(occurrences, 1.0)
        weights *= (1.0 + topical) * (RELEVANCE_FLOOR + mean_relevance)
    else:
        weights = (weights * position_prior(sentences, documents, earliness)) ** GENERIC_SHARPNESS
    return matrix, weights


def position_prior(
    sentences: Sequence[Sentence], documents: np.ndarray, earliness: np.ndarray
) -> np.ndarray:
    """Per concept, the mean over its articles of 1 / (1 + index of its first sentence there),
    raised to 1 / sqrt(articles): with one article, where it is said first is all there is to go
    on (news puts what matters first); the more articles, the more their agreement speaks."""
    articles = max(1, len({id(s.article) for s in sentences}))
    return (earliness / np.maximum(documents, 1.0)) ** (1.0 / np.sqrt(articles))


def _owners(sentences: Sequence[Sentence]) -> np.ndarray:
    """For each sentence, the number of its article (in order of first appearance)."""
    articles: dict[int, int] = {}
    return np.array([articles.setdefault(id(s.article), len(articles)) for s in sentences])


def _article_counts(
    sentences: Sequence[Sentence], matrix: sparse.csr_matrix
) -> tuple[np.ndarray, np.ndarray]:
    """Per concept: the number of articles that have it, and the sum over them of
    1 / (1 + index of the article's first sentence with it)."""
    found = matrix.tocoo()
    keys = _owners(sentences)[found.row].astype(np.int64) * matrix.shape[1] + found.col
    index = np.array([s.index for s in sentences], dtype=float)[found.row]
    order = np.lexsort((index, keys))  # by (article, concept), earliest sentence first
    keys, index = keys[order], index[order]
    first = np.ones(len(keys), dtype=bool)
    first[1:] = keys[1:] != keys[:-1]
    columns = keys[first] % matrix.shape[1]
    size = matrix.shape[1]
    return (
        np.bincount(columns, minlength=size).astype(float),
        np.bincount(columns, 1.0 / (1.0 + index[first]), minlength=size),
    )
