"""Sentences as sparse TF-IDF vectors of stemmed content words (numpy / scipy, no pair loops)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from importlib import resources

import numpy as np
from scipy import sparse

from ._nltk import PorterStemmer

_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """English stop words (sumy's list, shipped with it; read directly, since importing
    sumy.utils costs a third of a second)."""
    data = resources.files("sumy").joinpath("data/stopwords/english.txt").read_text("utf-8")
    return frozenset(w.strip() for w in data.splitlines() if w.strip())


@lru_cache(maxsize=1)
def _stemmer() -> PorterStemmer:
    return PorterStemmer()


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Porter stem of a lower-case word, cached: news repeats its words."""
    return _stemmer().stem(word)


def content_terms(text: str) -> list[str]:
    """Stemmed content words of a text, stop words and possessives removed, in order."""
    return list(_content_terms(text))


@lru_cache(maxsize=1 << 17)
def _content_terms(text: str) -> tuple[str, ...]:
    """Cached: ranking, selection, relevance and corroboration read the same sentences."""
    stops = stop_words()
    terms = []
    for word in _WORD.findall(text.lower()):
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        if word not in stops and len(word) > 1:
            terms.append(stem(word))
    return tuple(terms)


# Words of a question's framing ("Describe the activities of ..."), not of its subject.
QUERY_STOP_WORDS = frozenset(
    """
describe discuss identify explain include including information specific example examples detail
details provide give list also known report reports reported regarding concerning
""".split()
)


def query_text(query: str) -> str:
    """A topic or question without its framing words, as the text to match sentences against."""
    return " ".join(w for w in re.findall(r"[\w'’-]+", query) if w.lower() not in QUERY_STOP_WORDS)


def query_terms(query: str) -> frozenset[str]:
    """Stemmed content words of a topic or question."""
    return frozenset(content_terms(query_text(query)))


def weighted_tfidf(
    term_lists: Sequence[Sequence[str]], weight: Callable[[str], float] = lambda _: 1.0
) -> sparse.csr_matrix:
    """L2-normalised TF-IDF rows of documents given as term lists, each term's count scaled by
    `weight(term)`."""
    vocabulary: dict[str, int] = {}
    rows, cols, values = [], [], []
    for row, terms in enumerate(term_lists):
        for term in terms:
            rows.append(row)
            cols.append(vocabulary.setdefault(term, len(vocabulary)))
            values.append(weight(term))
    shape = (len(term_lists), max(len(vocabulary), 1))
    counts = sparse.csr_matrix((values, (rows, cols)), shape=shape)
    counts.sum_duplicates()
    document_frequency = np.bincount(counts.indices, minlength=shape[1])
    idf = np.log((1 + shape[0]) / (1 + document_frequency)) + 1.0
    return _normalise(counts.multiply(idf).tocsr())


def tfidf(
    texts: Sequence[str], extra: Sequence[str] = (), ignore: frozenset[str] = frozenset()
) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
    """L2-normalised TF-IDF rows for `texts`, and for `extra` texts (a query) in the same space.

    IDF comes from `texts` alone; terms of `extra` unseen in `texts` are dropped, and so are
    the stemmed terms in `ignore`.
    """
    vocabulary: dict[str, int] = {}
    rows, cols = [], []
    for row, text in enumerate(texts):
        for term in _content_terms(text):
            if term in ignore:
                continue
            rows.append(row)
            cols.append(vocabulary.setdefault(term, len(vocabulary)))
    shape = (len(texts), max(len(vocabulary), 1))
    counts = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=shape)
    counts.sum_duplicates()
    document_frequency = np.bincount(counts.indices, minlength=shape[1])
    idf = np.log((1 + shape[0]) / (1 + document_frequency)) + 1.0
    matrix = _normalise(counts.multiply(idf).tocsr())
    extra_rows, extra_cols = [], []
    for row, text in enumerate(extra):
        for term in _content_terms(text):
            if term in vocabulary:
                extra_rows.append(row)
                extra_cols.append(vocabulary[term])
    extra_counts = sparse.csr_matrix(
        (np.ones(len(extra_rows)), (extra_rows, extra_cols)), shape=(len(extra), shape[1])
    )
    extra_counts.sum_duplicates()
    return matrix, _normalise(extra_counts.multiply(idf).tocsr())


def _normalise(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.diags(1.0 / norms) @ matrix
