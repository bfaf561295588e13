"""Telling a topic's stories: one item per story in rank order before any story gets a second,
within the topic's budget, nothing redundant with what other topics took, nothing shown twice."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse

from briefing.day.opinion import opinion_label, opinion_reason
from briefing.day.stories import make_story
from briefing.models import Item, Sentence, Story, Why
from briefing.select.news import backstory, dated, elaborates, reaction, setting
from briefing.select.stories import Candidate
from briefing.select.value import Pool
from briefing.text.vectorize import content_terms
from briefing.text.words import word_count
from briefing.weights import Weights

if TYPE_CHECKING:
    from briefing.config import SelectConfig


class _Telling:
    """What a topic has told so far: items per story, words, and what it must not repeat."""

    def __init__(
        self,
        pool: Pool,
        rows: np.ndarray,
        vectors: sparse.csr_matrix,
        taken: list[int],
        max_words: int,
        redundant: float,
    ) -> None:
        self.pool, self.rows, self.vectors, self.taken = pool, rows, vectors, taken
        self.max_words, self.redundant = max_words, redundant
        self.similarity = np.zeros(len(pool.sentences))  # to what is taken, here or elsewhere
        if taken:
            block = vectors[rows] @ vectors[taken].T
            self.similarity = np.asarray(block.max(axis=1).toarray()).ravel()
        self.shown: set[int] = set()  # ids of the sentences shown, lead-ins included
        self.follows: set[int] = set()  # items printed right after the line they lean on
        self.words = self.count = 0

    def size(self, n: int, last: int | None = None) -> int | None:
        """The words sentence n would add as an item after `last` (its story's latest item),
        or None when it cannot be shown now."""
        sentence, before = self.pool.sentences[n], self.pool.lead_in[n]
        if self.similarity[n] >= self.redundant or sentence.id in self.shown:
            return None
        if before is not None and before.id in self.shown:
            if last is None or before.id != self.pool.sentences[last].id:
                return None
            before = None  # it reads on from the item printed just above it
        elif self.pool.leans[n] and before is None:
            return None  # every item must read on its own, or with the line it leans on
        size = word_count(sentence.text) + (word_count(before.text) if before else 0)
        fits = self.count == 0 or self.words + size <= self.max_words
        return size if fits else None

    def take(self, n: int, size: int) -> None:
        """Show sentence n (with its lead-in): no later item may repeat it."""
        self.words += size
        self.count += 1
        before = self.pool.lead_in[n]
        if before is not None and before.id in self.shown:
            self.follows.add(n)
        self.shown.update(x.id for x in (self.pool.sentences[n], before) if x is not None)
        self.taken.append(int(self.rows[n]))
        row = self.vectors[self.rows[n]].T
        similar = (self.vectors[self.rows] @ row).toarray().ravel()
        self.similarity = np.maximum(self.similarity, similar)


def tell_stories(
    pool: Pool,
    ranked: list[Candidate],
    rows: np.ndarray,
    vectors: sparse.csr_matrix,
    taken: list[int],
    settings: SelectConfig,
    weights: Weights,
) -> tuple[list[Item], list[Story]]:
    """Items and the stories they tell, best story first. A story is told first by a sentence
    worth `close_to_best` of its best or not at all, then by its next best; `taken` (rows of
    `vectors` chosen for other topics) receives this topic's choices. A news story is told by
    the lines that report it (`_reported`)."""
    value = pool.value
    orders = [_reported(sorted(c.rows, key=lambda n: (-value[n], n)), pool) for c in ranked]
    telling = _Telling(pool, rows, vectors, taken, settings.max_words, weights.redundant)
    chosen: list[list[int]] = [[] for _ in ranked]
    for round_ in range(min(settings.max_items, settings.max_story_items)):
        for order, picks in zip(orders, chosen, strict=True):
            if telling.count >= settings.max_items or len(picks) < round_:
                continue  # the topic is full, or the story missed a round
            best = weights.close_to_best * value[order[0]]
            if picks:
                allowed = order
            else:
                allowed = _retold_first([n for n in order if value[n] >= best], pool, weights)
            for n in allowed:
                size = telling.size(n, picks[-1] if picks else None)
                if size is not None:
                    telling.take(n, size)
                    picks.append(n)
                    break
    items: list[Item] = []
    stories: list[Story] = []
    for candidate, picks in zip(ranked, chosen, strict=True):
        if not picks:
            continue
        worth = candidate.rank.value
        story = replace(
            make_story(
                candidate.story.articles,
                pool.sentences[picks[0]].article,
                pool.sentences[picks[0]].text,
            ),
            score=round(worth, 4),
            status=candidate.status.name,
            since=candidate.status.first if candidate.status.name == "developing" else None,
        )
        stories.append(story)
        items.extend(
            Item(
                pool.sentences[n],
                round(worth * weights.second_item**k, 4),
                pool.statuses[n],
                pool.outlets[n],
                story.id,
                None if n in telling.follows else pool.lead_in[n],
                _why(candidate, pool, n),
            )
            for k, n in enumerate(picks)
        )
    return items, stories


def _reported(order: list[int], pool: Pool) -> list[int]:
    """The lines of `order` that report, or all of them when none does (a story of opinion
    alone is told, and labelled): no line of opinion, and no analysis's or feature's lead (it
    states a significance or sets a scene; the news it holds comes later), stands unlabelled in a
    news story."""
    labels: dict[int, str] = {}  # by article id: each article's genre read once

    def reports(sentence: Sentence) -> bool:
        article = sentence.article
        if article.id not in labels:
            labels[article.id] = opinion_label(opinion_reason(article))
        label = labels[article.id]
        return not label or (label != "Opinion" and sentence.index > 0)

    return [n for n in order if reports(pool.sentences[n])] or order


def _retold_first(allowed: list[int], pool: Pool, weights: Weights) -> list[int]:
    """`allowed` (best first) with the lines worth `lead_first` of the best put before the rest,
    the one the story's other articles retell most first, the asides after (`own`)."""
    # Every report retells the event, while a follow-up's or a reaction's lead adds what only it
    # reports. Of two lines retold alike, the one their leads retell more goes first (what they
    # say happened, not the background they recap); on a tie (a story of one article) an opening
    # sentence, news being an inverted pyramid. A line briefed before is no news, and a fuller
    # lead telling the same news goes before them all (`_fuller_first`).
    if not allowed:
        return allowed
    floor = weights.lead_first * pool.value[allowed[0]]
    openings = {pool.sentences[n].article.id: n for n in allowed if pool.sentences[n].index == 0}
    kept = {n for n in allowed if pool.value[n] >= floor and pool.statuses[n] != "repeat"}
    stances = {n for n in kept if reaction(pool.sentences[n].text)}
    recaps = {n for n in kept if backstory(pool.sentences[n].text) or elaborates(pool.sentences[n])}
    framed = {n: setting(pool.sentences[n].text) for n in kept}  # opens on a frame (`setting`)
    told = [n for n in kept if n not in stances | recaps]
    happened = any(dated(pool.sentences[n].text) or framed[n] for n in told)

    # A line of backstory ("PAL earlier accepted ...") or one elaborating its article's statement
    # goes after the day's news, and so does a reported stance ("Castro said he disagreed") when
    # a line is dated in the day or sets a scene ("North Korea said Tuesday it is willing ..."
    # over "Six-party talks ... stalled"); a line opening on a frame the day does not date (a
    # scene, a profile) goes after the news but before those asides.
    @cache  # read again by `key` for the lines elaborating an opening, and for the leads
    def own(n: int) -> tuple[bool, bool, bool, float, float, bool]:
        if n not in kept:
            return True, False, False, 0.0, 0.0, False
        aside = n in recaps or (n in stances and happened)
        retold = -pool.agreement[n], -pool.led[n]
        return False, aside, framed[n], *retold, pool.sentences[n].index > 0

    def key(n: int) -> tuple[bool, bool, bool, float, float, bool]:
        opening = openings.get(pool.sentences[n].article.id)
        if opening is not None and elaborates(pool.sentences[n]):
            # right after the opening it elaborates ("The lowest temperature reported was ...")
            return (*own(opening)[:5], True)
        return own(n)

    order = sorted(allowed, key=key)
    leads = [n for n in order[1:] if pool.sentences[n].index == 0 and not any(own(n)[:3])]
    return _fuller_first(order, leads, pool, weights)


def _fuller_first(order: list[int], leads: list[int], pool: Pool, weights: Weights) -> list[int]:
    """`order` with the fullest of `leads` (article leads after its first line, worth
    `lead_first`, no aside) put first when it names `same_news` of the first line's terms and
    has `fuller` times as many: of two wire leads of one news the fuller adds the who, where and
    why an editor writes, which agreement, summing over terms any other article uses, barely
    sees."""
    first = set(content_terms(pool.sentences[order[0]].text))
    sizes: dict[int, int] = {}
    for n in leads:
        terms = set(content_terms(pool.sentences[n].text))
        same = len(terms & first) >= weights.same_news * len(first)
        if same and len(terms) >= weights.fuller * len(first) and terms:
            sizes[n] = len(terms)
    if not sizes:
        return order
    fullest = max(sizes, key=sizes.__getitem__)
    return [fullest, *(n for n in order if n != fullest)]


def _why(candidate: Candidate, pool: Pool, n: int) -> Why:
    """The parts of item n's score, rounded as the JSON shows them."""
    rank = candidate.rank
    parts = (
        rank.reach,
        rank.topicality,
        rank.relevance,
        rank.recency,
        pool.news_value[n],
        pool.novelty[n],
        pool.corroboration[n],
        pool.leaning[n],
        pool.relevance[n],
        pool.background[n],
    )
    return Why(*(round(float(part), 4) for part in parts))
