"""Whether a story is about a topic or only mentions it: a section tells the first kind, and says
why it left the second out (a Cambodia story naming Clinton is no Washington story)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.day.topics import TopicMatcher
from briefing.models import PASSING, Sentence, Story
from briefing.weights import DEFAULT, Weights

LEAD = 3  # an article's first sentences: the topic there makes the story about it
_BEFORE = re.compile(r"(\S+)\s+$")  # the word before a place in a line
# Where a sentence or a quotation opens: a capital there is no name's sign
_OPENS = re.compile(r"(?:^|[:.!?]\s+)[\"'(“‘]*$|,\s+[\"'“‘]+$")
_ENDS = re.compile(r"[,;:)\"”’]$")  # a word closing a name before a place ("Syria, Turkey")
_POSSESSIVE = re.compile(r"['’]s\b")  # "Turkey's army": a name, where a line opens too


def passing_mention(
    story: Story,
    on_topic: Sequence[Sentence],
    size: int,
    weights: Weights = DEFAULT,
    crowded: bool = False,
    named: bool = True,
) -> str:
    """Why the story only mentions the topic ("" when it is about it): its lead (an article's
    first LEAD sentences) is off the topic, and few of its sentences are on it."""
    share = len(on_topic) / max(size, 1)
    opens = len({s.article.id for s in on_topic if s.index == 0})
    opening = opens > 0 and 2 * opens >= len(story.articles)  # most of its sources open on it
    enough = opening and named and share >= weights.mention_share
    # When the topic has stories all about it today (`crowded`), a thin one must open on it in
    # half of its articles: a desk word in a lead's second line or in one lead of several is a
    # mention, not filler; so is a lead tied to the topic by common words alone (not `named`:
    # "voters" of another country's election).
    if crowded and share < weights.thin and not enough:
        if opening and not named:
            where = "only its common words in the opening of"
        elif opening:
            where = "of"
        else:
            where = f"the opening of only {opens} of" if opens else "none in the opening of"
        return _reason(story, on_topic, size, where)
    if any(s.index < LEAD for s in on_topic):
        return ""
    if len(on_topic) >= weights.mentions and share >= weights.mention_share:
        return ""
    return _reason(story, on_topic, size, "none in the lead of")


def names_topic(lines: Sequence[Sentence], matcher: TopicMatcher) -> bool:
    """Whether a line names the topic: one of its terms capitalised where a sentence or a
    quotation does not open, or there with a possessive ("Turkey's army"), or in a script
    without case; not as the tail of a name the topic does not hold ("Workers Party")."""
    for line in lines:
        text = " ".join(line.text.split())
        found = matcher.hits(text)
        starts = {start for _, start, _ in found}
        for _, start, end in found:
            if text[start].islower():
                continue
            if not text[start].isupper():
                return True  # Chinese, Arabic, Thai: no case tells a name from a word
            if _OPENS.search(text, 0, start):
                if _POSSESSIVE.match(text, end):
                    return True
                continue  # a sentence's first word is capitalised whatever it is
            if not _tail(text, start, starts):
                return True
    return False


def _tail(text: str, start: int, starts: set[int]) -> bool:
    """Whether the term at `start` ends a capitalised name whose word before the topic does not
    hold ("the Workers Party"), that word not closing a name ("Syria,") nor opening a sentence."""
    before = _BEFORE.search(text, 0, start)
    return (
        before is not None
        and before[1][:1].isupper()
        and not _ENDS.search(before[1])
        and before.start(1) not in starts
        and not _OPENS.search(text, 0, before.start(1))
    )


def _reason(story: Story, on_topic: Sequence[Sentence], size: int, where: str) -> str:
    count = len(story.articles)
    return (
        f"{PASSING}: {len(on_topic)} of its {size} sentences, {where} its {count} "
        f"article{'s' if count > 1 else ''}"
    )
