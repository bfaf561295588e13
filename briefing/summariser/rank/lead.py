"""The lead baseline: first sentences of each document in turn."""

from __future__ import annotations

from collections.abc import Sequence

from briefing.models import Sentence
from briefing.summariser.rank.registry import Ranker, register


@register("lead")
class LeadRanker(Ranker):
    """Scores the first sentence of every article above every second sentence, and so on."""

    def __init__(self, **_: object) -> None:
        pass

    def score(self, sentences: Sequence[Sentence], query: str = "") -> list[float]:
        """Higher for earlier positions; among equal positions, earlier documents first."""
        order: dict[int, int] = {}
        for sentence in sentences:
            order.setdefault(sentence.article.id, len(order))
        total = len(sentences) * (len(order) + 1)
        return [float(total - s.index * len(order) - order[s.article.id]) for s in sentences]
