"""What a story's reports agree happened: every article of a story retells its core event, so
the words of a line that states it recur across the story, while a follow-up's details
("offered no word on what might have caused ...") stay in the one article that reports them."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from briefing.models import Sentence, Story
from briefing.text.vectorize import content_terms

READ_ARTICLES = 50  # a story's first articles read for what they share (bounds the day's biggest)


def agreement(
    sentences: Sequence[Sentence], wanted: Sequence[Sentence], story_of: dict[int, Story]
) -> dict[int, float]:
    """Per id of a `wanted` sentence: the sum, over its distinct content terms, of the share of
    its story's other articles that use the term (0 in a story of one article). `sentences`:
    the day's, each article's in reading order; `story_of`: article id -> its story."""
    read: dict[str, list[int]] = {}  # story id -> the ids of its articles read
    for sentence in wanted:
        story = story_of[sentence.article.id]
        read.setdefault(story.id, [a.id for a in story.articles[:READ_ARTICLES]])
    reading = {key for keys in read.values() for key in keys}
    terms: dict[int, set[str]] = defaultdict(set)
    for sentence in sentences:
        if sentence.article.id in reading:
            terms[sentence.article.id].update(content_terms(sentence.text))
    shares: dict[int, float] = {}
    counts: dict[str, Counter[str]] = {}  # story id -> in how many of its articles read, per term
    for sentence in wanted:
        story = story_of[sentence.article.id].id
        keys = read[story]
        if len(keys) < 2:
            shares[sentence.id] = 0.0
            continue
        if story not in counts:
            counts[story] = Counter(t for key in keys for t in terms[key])
        used = counts[story]
        others = len(keys) - (sentence.article.id in keys)
        own = terms[sentence.article.id]
        # whole counts summed, then divided once: the same share whatever the order of the terms
        uses = sum(used[t] - (t in own) for t in set(content_terms(sentence.text)))
        shares[sentence.id] = uses / others
    return shares
