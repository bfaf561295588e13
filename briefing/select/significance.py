"""Whether a story is about a topic or only mentions it: a section tells the first kind, and says
why it left the second out (a Cambodia story naming Clinton is no Washington story)."""

from __future__ import annotations

from collections.abc import Sequence

from briefing.models import PASSING, Sentence, Story
from briefing.weights import DEFAULT, Weights

LEAD = 3  # an article's first sentences: the topic there makes the story about it


def passing_mention(
    story: Story, on_topic: Sequence[Sentence], size: int, weights: Weights = DEFAULT
) -> str:
    """Why the story only mentions the topic ("" when it is about it): its lead (an article's
    first LEAD sentences) is off the topic, and fewer than `mentions` of its sentences, or less
    than `mention_share` of them, are on it."""
    if any(s.index < LEAD for s in on_topic):
        return ""
    share = len(on_topic) / max(size, 1)
    if len(on_topic) >= weights.mentions and share >= weights.mention_share:
        return ""
    return (
        f"{PASSING}: {len(on_topic)} of its {size} sentences, none in the "
        f"lead of its {len(story.articles)} article{'s' if len(story.articles) > 1 else ''}"
    )
