"""One document alone: the inverted pyramid. A news article says first what matters, so with a
single document (no other to corroborate) its lead, the first budget's worth of it, is its news.

Position is counted in budgets (words before a sentence over the word budget, or sentences before
it over the sentence budget) instead of sentences, and a sentence past the lead earns nothing for
a concept the lead already says: it is taken only for what the lead lacks. A sentence opening on a
quotation earns less: summaries retell a story in their own words, and a quotation is its colour.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse

from briefing.models import Sentence
from briefing.summariser.choose import Budget
from briefing.summariser.coverage import concept_matrix
from briefing.text.news_marks import opens_on_quotation
from briefing.text.words import word_count
from briefing.weights import Summary


def budgets_before(sentences: Sequence[Sentence], budget: Budget) -> np.ndarray:
    """For each sentence, how many budgets of its article come before it (0 to <1: the lead)."""
    if budget.words is not None:
        sizes, size = [word_count(s.text) for s in sentences], budget.words
    else:
        sizes, size = [1] * len(sentences), budget.items or 1
    before: dict[int, float] = {}
    spans = np.zeros(len(sentences))
    for row, (sentence, words) in enumerate(zip(sentences, sizes, strict=True)):
        spans[row] = before.get(sentence.article.id, 0.0) / size
        before[sentence.article.id] = before.get(sentence.article.id, 0.0) + words
    return spans


def beyond_lead(matrix: sparse.csr_matrix, spans: np.ndarray) -> sparse.csr_matrix:
    """The concept matrix with each sentence past the lead stripped of the lead's concepts."""
    lead = spans < 1.0
    said = np.asarray(matrix[np.flatnonzero(lead)].sum(axis=0)).ravel() > 0
    found = matrix.tocoo()
    keep = lead[found.row] | ~said[found.col]
    return sparse.csr_matrix(
        (found.data[keep], (found.row[keep], found.col[keep])), shape=matrix.shape
    )


def quotations_discounted(
    matrix: sparse.csr_matrix, sentences: Sequence[Sentence], kept: float
) -> sparse.csr_matrix:
    """The concept matrix with each sentence opening on a quotation weighted `kept`."""
    quoted = np.array([opens_on_quotation(s.text) for s in sentences])
    return (sparse.diags(np.where(quoted, kept, 1.0)) @ matrix).tocsr()


def concepts(
    sentences: Sequence[Sentence], query: str, weights: Summary, budget: Budget
) -> tuple[sparse.csr_matrix, np.ndarray]:
    """`concept_matrix`, with the pyramid when the sentences come from one article."""
    if len({s.article.id for s in sentences}) != 1:
        return concept_matrix(sentences, query, weights)
    spans = budgets_before(sentences, budget)
    matrix, value = concept_matrix(sentences, query, weights, spans)
    matrix = beyond_lead(matrix, spans)
    return quotations_discounted(matrix, sentences, weights.quoted_penalty), value
