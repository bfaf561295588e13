import numpy as np

import briefing
from briefing.models import Article, Sentence
from briefing.summariser.choose import Budget
from briefing.summariser.coverage import concept_matrix
from briefing.summariser.pyramid import (
    beyond_lead,
    budgets_before,
    concepts,
    quotations_discounted,
)
from briefing.text.segment import article_sentences
from briefing.text.words import word_count
from briefing.weights import SUMMARY

LEAD = "Flood barriers near Rotterdam failed under a storm surge on Sunday night, officials said."
WARNED = "Dutch engineers had warned for years that the old barriers could fail."
FILLER = [
    "Orchards bloomed across northern valleys this spring.",
    "Painters restored frescoes inside old chapels.",
]
RESTATED = "Flood barriers near Rotterdam failed."
DOCUMENT = "\n\n".join([LEAD, WARNED, *FILLER, RESTATED])


def _article(path: str, *paragraphs: str) -> list[Sentence]:
    return article_sentences(Article("T", "O", "", path, None, paragraphs))


def test_position_is_counted_in_budgets_of_the_same_article():
    sentences = _article("a.txt", LEAD, WARNED, *FILLER) + _article("b.txt", WARNED)
    lengths = [word_count(s.text) for s in sentences]
    spans = budgets_before(sentences, Budget(words=20))
    assert list(spans) == [0.0, lengths[0] / 20, sum(lengths[:2]) / 20, sum(lengths[:3]) / 20, 0.0]
    assert list(budgets_before(sentences, Budget(items=2))) == [0.0, 0.5, 1.0, 1.5, 0.0]


def test_a_sentence_past_the_lead_earns_only_what_the_lead_lacks():
    sentences = _article("a.txt", LEAD, WARNED, *FILLER, RESTATED, "The old barriers had warned.")
    matrix, _ = concept_matrix(sentences)
    spans = budgets_before(sentences, Budget(words=30))
    stripped = beyond_lead(matrix, spans)
    lead = set(matrix[0].indices) | set(matrix[1].indices)
    assert set(matrix[4].indices) <= lead and stripped[4].nnz == 0  # all said in the lead
    assert set(stripped[5].indices) == set(matrix[5].indices) - lead != set()
    assert (stripped[:2] != matrix[:2]).nnz == 0  # the lead keeps all it says


def test_only_one_article_is_read_as_a_pyramid():
    sentences = _article("a.txt", LEAD, WARNED, *FILLER, RESTATED) + _article("b.txt", RESTATED)
    matrix, value = concepts(sentences, "", SUMMARY, Budget(words=30))
    plain, plain_value = concept_matrix(sentences)
    assert (matrix != plain).nnz == 0 and np.array_equal(value, plain_value)


def test_one_article_opens_with_its_lead_not_a_later_restatement():
    assert briefing.summarise(DOCUMENT, words=30)[0] == LEAD
    # two articles agree on the restatement: corroboration, not position, decides
    other = f"{RESTATED} Nobody was hurt in the night."
    assert briefing.summarise([DOCUMENT, other], words=30)[0] == RESTATED


QUOTE = '"Harbour pumps will run through the night," the mayor said.'
REPORT = "Army crews stacked sandbags along the river dykes."
RETOLD = "Harbour pumps are old and army crews are tired."


def test_a_quotation_keeps_its_share_of_concept_gain():
    sentences = _article("a.txt", LEAD, QUOTE, REPORT, RETOLD)
    matrix, _ = concept_matrix(sentences)
    discounted = quotations_discounted(matrix, sentences, 0.5)
    assert np.allclose(discounted[1].toarray(), 0.5 * matrix[1].toarray())
    assert (discounted[[0, 2, 3]] != matrix[[0, 2, 3]]).nnz == 0


def test_one_article_tells_in_its_reporters_words_before_a_quotation():
    document = "\n\n".join([LEAD, QUOTE, REPORT, *FILLER, RETOLD])
    assert briefing.summarise(document, words=30)[:2] == [REPORT, QUOTE]
