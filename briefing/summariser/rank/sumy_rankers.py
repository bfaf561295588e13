"""Every sumy summariser as a ranker, fed by the project's offline tokenizer (no NLTK data)."""

# ruff: noqa: E402  (sumy is imported after NLTK is)

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy

from briefing.text import nltk as _nltk

_nltk.import_package()  # sumy imports all of NLTK: without scipy.stats

from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.edmundson import EdmundsonSummarizer
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.reduction import ReductionSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

from briefing.config import CueWords
from briefing.models import Sentence
from briefing.summariser.rank.registry import Ranker, register
from briefing.text.segment import split_sentences, split_words

_WORD = re.compile(r"\w")


class OfflineTokenizer:
    """The tokenizer interface sumy expects, built on the project's own splitter."""

    language = "english"

    def to_sentences(self, paragraph: str) -> list[str]:
        """Sentences of a paragraph."""
        return split_sentences(paragraph)

    def to_words(self, sentence: str) -> list[str]:
        """Word tokens of a sentence, punctuation dropped."""
        return [word for word in split_words(sentence) if _WORD.search(word)]


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    return frozenset(get_stop_words("english"))


def build_document(sentences: Sequence[Sentence]) -> ObjectDocumentModel:
    """A sumy document of the sentences, one paragraph per article paragraph, titles as headings."""
    tokenizer = OfflineTokenizer()
    paragraphs: list[list[SumySentence]] = []
    last: tuple[int, int] | None = None
    titled: set[int] = set()
    for sentence in sentences:
        key = (sentence.article.id, sentence.paragraph)
        if key != last:
            paragraphs.append([])
            if sentence.article.id not in titled and sentence.article.title:
                titled.add(sentence.article.id)
                paragraphs[-1].append(SumySentence(sentence.article.title, tokenizer, True))
            last = key
        paragraphs[-1].append(SumySentence(sentence.text, tokenizer))
    return ObjectDocumentModel(tuple(Paragraph(p) for p in paragraphs))


def _ratings(summarizer: object, document: ObjectDocumentModel) -> list[float]:
    """The rating sumy gives each sentence, read where it would pick the best ones."""
    captured: list[float] = []

    def capture(
        sentences: Sequence[SumySentence],
        count: int,
        rating: dict[SumySentence, float] | Callable[..., float],
        *args: object,
        **kwargs: object,
    ) -> tuple[()]:
        rate = rating.__getitem__ if isinstance(rating, dict) else rating
        captured.extend(float(rate(s, *args, **kwargs)) for s in sentences)
        return ()

    summarizer._get_best_sentences = capture  # type: ignore[attr-defined]
    with numpy.errstate(invalid="ignore", divide="ignore"):  # NaN ratings: choose.normalise
        summarizer(document, len(document.sentences))  # type: ignore[operator]
    return captured


class SumyRanker(Ranker):
    """Adapter from one sumy summariser class to the Ranker interface."""

    summarizer_class: type = LexRankSummarizer

    def __init__(self, **_: object) -> None:
        self.summarizer = self.summarizer_class(Stemmer("english"))
        self.summarizer.stop_words = _stop_words()

    def score(self, sentences: Sequence[Sentence], query: str = "") -> list[float]:
        """sumy's rating of each sentence (sumy ignores the query)."""
        if not sentences:
            return []
        document = build_document(sentences)
        ratings = _ratings(self.summarizer, document)
        if len(ratings) != len(sentences):  # sumy collapses sentences with equal text
            raise ValueError("sumy rankers need de-duplicated sentences")
        return ratings


def _sumy(name: str, cls: type) -> type[SumyRanker]:
    return register(name)(type(f"{cls.__name__}Ranker", (SumyRanker,), {"summarizer_class": cls}))


for _name, _cls in {
    "lexrank": LexRankSummarizer,
    "textrank": TextRankSummarizer,
    "lsa": LsaSummarizer,
    "luhn": LuhnSummarizer,
    "kl": KLSummarizer,
    "sumbasic": SumBasicSummarizer,
    "reduction": ReductionSummarizer,
}.items():
    _sumy(_name, _cls)


@register("edmundson")
class EdmundsonRanker(SumyRanker):
    """sumy's Edmundson, with cue words (bonus, stigma, null) from the configuration."""

    summarizer_class = EdmundsonSummarizer

    def __init__(self, cue_words: CueWords | None = None, **_: object) -> None:
        super().__init__()
        cue_words = cue_words or CueWords()
        self.summarizer.bonus_words = cue_words.bonus
        self.summarizer.stigma_words = cue_words.stigma
        self.summarizer.null_words = cue_words.null or sorted(_stop_words())
