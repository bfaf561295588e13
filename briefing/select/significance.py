"""Whether a story is about a topic or only mentions it: a section tells the first kind, and says
why it left the second out (a Cambodia story naming Clinton is no Washington story)."""

from __future__ import annotations

from collections.abc import Sequence

from briefing.models import PASSING, Sentence, Story
from briefing.weights import DEFAULT, Weights


def passing_mention(
    story: Story, on_topic: Sequence[Sentence], size: int, weights: Weights = DEFAULT
) -> str:
    """Why the story only mentions the topic ("" when it is about it). It is about the topic when
    an article opens on it (its first sentence) and at least `mention_share` of the story's
    sentences are on it, or when at least `mentions` and `thin` of them are: a word of the topic
    spread thinly through a story, or in one line of its second or third, is a mention."""
    share = len(on_topic) / max(size, 1)
    if share >= weights.mention_share and any(s.index == 0 for s in on_topic):
        return ""
    if len(on_topic) >= weights.mentions and share >= weights.thin:
        return ""
    opening = "" if any(s.index == 0 for s in on_topic) else ", none in the opening"
    return (
        f"{PASSING}: {len(on_topic)} of its {size} sentences{opening} "
        f"of its {len(story.articles)} article{'s' if len(story.articles) > 1 else ''}"
    )
