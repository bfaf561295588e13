from briefing.models import Article, Sentence
from briefing.summariser.coverage import concept_matrix
from briefing.text.segment import article_sentences

FILLER = [
    "Orchards bloomed across northern valleys.",
    "Painters restored frescoes inside chapels.",
    "Bakers queued outside flour mills.",
    "Sailors mended nets along harbours.",
]


def _article(path: str, *paragraphs: str) -> list[Sentence]:
    return article_sentences(Article("T", "O", "", path, None, paragraphs))


def _weight(sentences: list[Sentence], phrase: str) -> float:
    """The weight of the concept "phrase" (a two-word phrase that only its sentences share)."""
    matrix, weights = concept_matrix(sentences)
    rows = [i for i, s in enumerate(sentences) if phrase in s.text.lower()]
    shared = set(matrix[rows[0]].indices)
    for row in rows[1:]:
        shared &= set(matrix[row].indices)
    others = {c for i in range(len(sentences)) if i not in rows for c in matrix[i].indices}
    return max(weights[c] for c in shared - others)


def test_one_article_weighs_what_it_says_first_above_what_it_says_later():
    sentences = _article(
        "a.txt",
        "Flood barriers failed near Rotterdam overnight.",
        "Engineers blamed flood barriers installed decades ago.",
        *FILLER,
        "Tram drivers struck in Utrecht on Monday.",
        "The Utrecht strike by tram drivers ended quickly.",
    )
    assert _weight(sentences, "flood barriers") > 2 * _weight(sentences, "tram drivers")


def test_many_articles_agreeing_outweigh_an_early_mention_in_few():
    early = "Flood barriers failed near Rotterdam overnight."
    late = "Tram drivers struck in Utrecht on Monday."
    sentences = _article("0.txt", early, *FILLER, late)
    sentences += _article("1.txt", early.replace("overnight", "on Sunday"), *FILLER, late)
    for n in range(2, 6):
        sentences += _article(f"{n}.txt", *FILLER, f"{late} Passengers waited {n} hours.")
    assert _weight(sentences, "tram drivers") > 1.5 * _weight(sentences, "flood barriers")
