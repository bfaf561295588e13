"""Sentences as sparse TF-IDF vectors of stemmed content words (numpy / scipy, no pair loops)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import cached_property, lru_cache
from importlib import resources
from itertools import chain, islice
from typing import Any

import numpy as np
from scipy import sparse

from briefing.text import words as classes
from briefing.text.nltk import PorterStemmer, import_package
from briefing.text.words import HANGUL, IDEOGRAPHS, lower, wide_kana, yo_as_e

# The letters read in overlapping pairs: Han, kana and Hangul syllables, as Lucene's
# CJKBigramFilter pairs them (a Korean word's particle or ending is joined to it: "서울에서")
PAIRED = f"{IDEOGRAPHS}{HANGUL}"
_PAIRED = re.compile(f"[{PAIRED}]")


def _with_bigrams(word: str) -> re.Pattern[str]:
    """A pattern finding `word` and each overlapping pair of `PAIRED` letters ("东京股市":
    "东京", "京股", "股市"; "서울에서": "서울", "울에", "에서"), as retrieval reads Chinese with no
    spaces between words and Korean with particles joined to words (Lucene's CJKAnalyzer; Kwok
    1997; Lee and Ahn 1996): the lookahead keeps what is found, one letter is taken."""
    return re.compile(f"(?=({word}|[{PAIRED}]{{2}}))(?:{word}|[{PAIRED}])")


class Words:
    """A word pattern as a text needs it: ASCII's for a text all ASCII (the Unicode classes cost
    more), any script's, and with the pairs of Han, kana or Hangul letters (twice as slow); the
    last two compiled when a text first needs them (tens of milliseconds each, every start-up)."""

    def __init__(self, ascii: str, word: str) -> None:
        """The ASCII pattern and `word`, a pattern with `{chars}` and `{letters}` (the class
        bodies of every script's; without Hangul where it is paired)."""
        self.ascii = re.compile(ascii)
        self._word = word

    @cached_property
    def spaced(self) -> re.Pattern[str]:
        """Words of any script."""
        return re.compile(self._word.format(chars=classes.WORD_CHARS, letters=classes.LETTERS))

    @cached_property
    def paired(self) -> re.Pattern[str]:
        """Words of any script, and the pairs of Han, kana and Hangul letters."""
        paired = self._word.format(chars=classes.UNHANGUL_CHARS, letters=classes.UNHANGUL_LETTERS)
        return _with_bigrams(paired)

    def find(self, text: str) -> list[str]:
        """The words in lower-case `text` (half-width katakana, paired letters, read full-width)."""
        if text.isascii():
            return self.ascii.findall(text)
        if _PAIRED.search(text):
            return self.paired.findall(wide_kana(text))
        return self.spaced.findall(text)


# A word: a run of letters (with the marks on them) and digits of any script ("öcalan", "москва",
# "हिन्दी") with its possessive or contraction ("o'neil's"); a run: "don't" is two
_WORD = Words(r"[a-z0-9]+(?:['’][a-z]+)?", "[{chars}]+(?:['’][{letters}]+)?")
RUN = Words(r"[a-z0-9]+", "[{chars}]+")


@lru_cache(maxsize=1)
def _into_digits() -> re.Pattern[str]:
    """Where `_WORD` ends a word and `RUN` does not ("x'ab3"), compiled when first needed."""
    return re.compile(f"['’][{classes.LETTERS}]+[{classes.DIGITS}]")


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """English stop words (sumy's list, shipped with it; read directly, since importing
    sumy.utils costs a third of a second)."""
    data = resources.files("sumy").joinpath("data/stopwords/english.txt").read_text("utf-8")
    return frozenset(w.strip() for w in data.splitlines() if w.strip())


# Cyrillic letters, and those of them Russian does not write: Ukrainian "і ї є ґ", Belarusian
# "ў", Serbian and Macedonian "ђ ћ џ љ њ ј ѓ ќ ѕ", the old and other languages' letters
_CYRILLIC = re.compile("[\u0400-\u052f]")
_NOT_RUSSIAN = re.compile("[\u0400\u0402-\u040f\u0450\u0452-\u052f]")


@lru_cache(maxsize=1)
def _stemmer() -> PorterStemmer:
    return PorterStemmer()


@lru_cache(maxsize=1)
def _russian() -> Any:
    """NLTK's Snowball stemmer of Russian, its only Cyrillic one (its module imports NLTK whole,
    0.7 s, so only once a Russian word is met)."""
    import_package()
    from nltk.stem.snowball import RussianStemmer

    return RussianStemmer()


def is_russian(word: str) -> bool:
    """Whether `word` is read as Russian, told by the word alone: a Cyrillic letter and none
    Russian does not write (Bulgarian, with no letter of its own, is read as Russian)."""
    return _CYRILLIC.search(word) is not None and _NOT_RUSSIAN.search(word) is None


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Stem of a lower-case word, cached (news repeats its words): Russian Snowball's for a
    Russian word ("землетрясения", "землетрясение": "землетрясен"), none for other Cyrillic
    ("україни", "љубав": Russian endings are not theirs), Porter's for others."""
    if _CYRILLIC.search(word) is None:
        return _stemmer().stem(word)
    return word if _NOT_RUSSIAN.search(word) else _russian().stem(yo_as_e(word))


def content_terms(text: str) -> list[str]:
    """Stemmed content words of a text, stop words and possessives removed, in order (not
    cached: sentences are read through `words_by_text`, and a whole article's terms kept for
    every article of a day took 150 MiB at 20,000 articles)."""
    return [t for t in map(_word_term, _WORD.find(lower(text))) if t is not None]


@lru_cache(maxsize=1 << 18)
def _word_term(word: str) -> str | None:
    """The term a word of `_WORD` stands for: its stem without a possessive, or None for a
    stop word or a single letter."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if word in stop_words() or len(word) <= 1:
        return None
    return stem(word)


def words_by_text(
    texts: Sequence[str], pattern: Words
) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    """The words `pattern` finds in the lower-cased texts, all in one go: for each occurrence,
    its text's number and its word's number, and the distinct words by number (in order of
    first use). Callers work per distinct word, then with numpy, not in a loop per word.
    Cached, read-only: ranking, selection and concepts read the same sentences."""
    return _words_by_text(tuple(texts), pattern)


@lru_cache(maxsize=2)
def _words_by_text(
    texts: tuple[str, ...], pattern: Words
) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    rows, words, distinct = read_words(texts, pattern)
    rows.flags.writeable = words.flags.writeable = False
    return rows, words, distinct


CHUNK = 2_000  # texts read at a time: a word found is a Python str only until it is numbered


def read_words(
    texts: Sequence[str], pattern: Words
) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    """`words_by_text`, not cached (for the whole day's sentences, read once)."""
    number: dict[str, int] = {}
    rows, words = [], []
    for start in range(0, len(texts), CHUNK):
        found = [pattern.find(lower(text)) for text in texts[start : start + CHUNK]]
        every = list(chain.from_iterable(found))
        for word in dict.fromkeys(every):  # in order of first use
            number.setdefault(word, len(number))
        words.append(np.fromiter(map(number.__getitem__, every), dtype=np.int32, count=len(every)))
        lengths = np.fromiter(map(len, found), dtype=np.int32, count=len(found))
        rows.append(np.repeat(np.arange(start, start + len(found), dtype=np.int32), lengths))
    if not texts:
        return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.int32), ()
    return np.concatenate(rows), np.concatenate(words), tuple(number)


def runs_by_text(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    """`words_by_text(texts, RUN)`, derived from the texts' words (one reading of the texts
    for TF-IDF and concepts): a word's runs are its parts either side of its apostrophe."""
    if _into_digits().search(lower("\n".join(texts))):
        return words_by_text(texts, RUN)
    rows, words, distinct = words_by_text(texts, _WORD)
    parts = [word.replace("’", "'").split("'") for word in distinct]  # one or two each
    runs = tuple(dict.fromkeys(chain.from_iterable(parts)))
    number = {run: n for n, run in enumerate(runs)}
    pairs = np.array([[number[p[0]], number[p[1]] if len(p) > 1 else -1] for p in parts])
    found = pairs.reshape(-1, 2)[words].ravel()
    kept = found >= 0
    return np.repeat(rows, 2)[kept], found[kept], runs


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
    term_lists: Iterable[Sequence[str]],
    weight: Callable[[str], float] = lambda _: 1.0,
    columns: list[str] | None = None,
) -> sparse.csr_matrix:
    """L2-normalised TF-IDF rows (float32) of documents given as term lists, each term's count
    scaled by `weight(term)`; the lists are read CHUNK at a time (a generator need not hold them
    all), and the matrix is scaled in place: a day of articles is large. `columns`, when given,
    receives the terms in column order."""
    number: dict[str, int] = {}  # columns in order of first use
    weights: list[float] = []
    data, indices, lengths = [], [], []
    lists = iter(term_lists)
    while chunk := list(islice(lists, CHUNK)):  # bounds the arrays per occurrence
        every = list(chain.from_iterable(chunk))
        for term in dict.fromkeys(every):
            if term not in number:
                number[term] = len(number)
                weights.append(weight(term))
        cols = np.fromiter(map(number.__getitem__, every), dtype=np.int32, count=len(every))
        sizes = np.fromiter(map(len, chunk), dtype=np.int32, count=len(chunk))
        rows = np.repeat(np.arange(len(chunk), dtype=np.int32), sizes)
        block = sparse.csr_matrix(
            (np.asarray(weights, dtype=np.float32)[cols], (rows, cols)),
            shape=(len(chunk), max(len(number), 1)),
        )
        block.sum_duplicates()
        data.append(block.data)
        indices.append(block.indices.astype(np.int32))
        lengths.append(np.diff(block.indptr))
    if columns is not None:
        columns.extend(number)
    shape = (sum(map(len, lengths)), max(len(number), 1))
    if not data:
        return sparse.csr_matrix(shape, dtype=np.float32)
    indptr = np.concatenate([[0], np.cumsum(np.concatenate(lengths))])
    counts = sparse.csr_matrix((_joined(data), _joined(indices), indptr), shape)
    document_frequency = np.bincount(counts.indices, minlength=shape[1])
    return normalise_rows(counts, np.log((1 + shape[0]) / (1 + document_frequency)) + 1.0)


def _joined(blocks: list[np.ndarray]) -> np.ndarray:
    """The blocks end to end, each let go once copied (the list is emptied): the whole is never
    held twice, since memory that np.empty reserves is only taken as it is written."""
    joined = np.empty(sum(len(block) for block in blocks), dtype=blocks[0].dtype)
    at = 0
    while blocks:
        block = blocks.pop(0)
        joined[at : at + len(block)] = block
        at += len(block)
    return joined


def normalise_rows(matrix: sparse.csr_matrix, scale: np.ndarray | None = None) -> sparse.csr_matrix:
    """The matrix with each column multiplied by `scale` (when given) and each row scaled to
    unit length, in place (an empty row stays empty)."""
    lengths = np.diff(matrix.indptr)
    for start in range(0, matrix.shape[0], CHUNK):  # bounds the per-entry arrays
        rows = slice(start, start + CHUNK)
        a, b = matrix.indptr[start], matrix.indptr[min(start + CHUNK, matrix.shape[0])]
        if scale is not None:
            matrix.data[a:b] *= scale[matrix.indices[a:b]]
        squares = np.bincount(
            np.repeat(np.arange(len(lengths[rows])), lengths[rows]),
            weights=matrix.data[a:b].astype(float) ** 2,
            minlength=len(lengths[rows]),
        )
        norms = np.sqrt(squares)
        norms[norms == 0] = 1.0
        matrix.data[a:b] /= np.repeat(norms, lengths[rows]).astype(matrix.data.dtype)
    return matrix


def tfidf(
    texts: Sequence[str], extra: Sequence[str] = (), ignore: frozenset[str] = frozenset()
) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
    """L2-normalised TF-IDF rows for `texts`, and for `extra` texts (a query) in the same space.

    IDF comes from `texts` alone; terms of `extra` unseen in `texts` are dropped, and so are
    the stemmed terms in `ignore`.
    """
    rows, words, distinct = words_by_text(texts, _WORD)
    # Terms numbered in order of first use, as a loop over the texts' words would number them:
    # distinct words come in order of first use, so a term's first word comes first.
    vocabulary: dict[str, int] = {}
    word_terms = np.array(
        [
            -1 if t is None or t in ignore else vocabulary.setdefault(t, len(vocabulary))
            for t in map(_word_term, distinct)
        ],
        dtype=np.int64,
    )
    terms = word_terms[words]
    kept = terms >= 0
    shape = (len(texts), max(len(vocabulary), 1))
    counts = sparse.csr_matrix((np.ones(int(kept.sum())), (rows[kept], terms[kept])), shape=shape)
    counts.sum_duplicates()
    document_frequency = np.bincount(counts.indices, minlength=shape[1])
    idf = np.log((1 + shape[0]) / (1 + document_frequency)) + 1.0
    matrix = _normalise(counts.multiply(idf).tocsr())
    extra_rows, extra_cols = [], []
    for row, text in enumerate(extra):
        for term in content_terms(text):
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


def alike_in_terms(
    rows: sparse.spmatrix, columns: sparse.spmatrix, cosines: sparse.spmatrix | None = None
) -> sparse.csr_matrix:
    """Cosine of each of `rows` (unit rows) with each of `columns` (`cosines`, where the caller
    has them), kept where the two share two terms at least, or are the one term each: one word
    in common ("sleep" of a five-word quote) is no fact, nor story, but a one-term line written
    again ("Israel strikes Gaza." beside the topic's "Israel" and "Gaza") is its own fact."""
    here, there = (rows > 0).astype(float), (columns > 0).astype(float)
    shared = (here @ there.T).tocoo()
    lone = np.asarray(here.sum(axis=1)).ravel() == 1, np.asarray(there.sum(axis=1)).ravel() == 1
    keep = (shared.data >= 2) | (lone[0][shared.row] & lone[1][shared.col])
    mask = sparse.csr_matrix((keep.astype(float), (shared.row, shared.col)), shape=shared.shape)
    return sparse.csr_matrix((rows @ columns.T if cosines is None else cosines).multiply(mask))
