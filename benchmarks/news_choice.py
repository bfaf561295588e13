"""Which line tells a story, replayed: rules for a story's first item on region days' own pools.

Each region day (`regions.py`, `--seed N`) is built once; every topic's pool, as selection read
it (values, agreement, lead-ins), is kept, and each rule below picks each shortlisted story's
first line from the lines `tell` may open it with (worth `close_to_best` of its best, able to
stand alone). Per rule: events told (each by its first shortlisted story, before the page's room
cut, so more than `stories.py --region` tells), how many at 75% of the oracle or more, how many
below their own lead (ROUGE-1 recall against the human summaries, read as `stories.py` does),
and the mean share. `build` is the build's own rule (`tell._retold_first`).

    python benchmarks/news_choice.py --seed 1 --seed 2 --seed 3
"""

from __future__ import annotations

import math
import re
import statistics
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from stories import EVAL, TARGET, built, read_clusters, recall, sentences, topic_terms

if TYPE_CHECKING:
    from briefing.models import Sentence

Rule = Callable[[list[int], object, object], list[int]]  # allowed, pool, candidate -> order


@cache
def terms(text: str) -> frozenset[str]:
    """The stemmed content terms of a text, as agreement reads them."""
    from briefing.text.vectorize import content_terms

    return frozenset(content_terms(text))


def article_terms(article, first: int | None = None) -> frozenset[str]:
    """The terms of an article's sentences (its first `first` only, when given)."""
    return frozenset().union(*(terms(s) for s in article.sentences[:first]))


def opening(allowed: list[int], pool, share: float) -> list[int]:
    """The lines of `allowed` that `tell` puts first: articles' opening sentences worth `share`
    of the best, not briefed before."""
    floor = share * pool.value[allowed[0]]
    return [
        n
        for n in allowed
        if pool.sentences[n].index == 0 and pool.value[n] >= floor and pool.statuses[n] != "repeat"
    ]


def leads_by(key: Callable[[int, object, object], float], share: float = 0.85) -> Rule:
    """The opening lines first, highest `key` first, then the rest best first."""

    def rule(allowed: list[int], pool, candidate) -> list[int]:
        first = sorted(opening(allowed, pool, share), key=lambda n: -key(n, pool, candidate))
        return first + [n for n in allowed if n not in first]

    return rule


def build_rule(share: float) -> Rule:
    """The build's rule, with `lead_first` at `share`."""
    from dataclasses import replace

    from briefing.select.tell import _retold_first
    from briefing.weights import DEFAULT

    weights = replace(DEFAULT, lead_first=share)
    return lambda allowed, pool, candidate: _retold_first(allowed, pool, weights)


def retold(n: int, pool, candidate) -> float:
    """Agreement, as the build reads it (`select/agreement.py`)."""
    return pool.agreement[n]


def others(n: int, pool, candidate) -> list:
    """The story's articles read for agreement, but the line's own."""
    from briefing.select.agreement import READ_ARTICLES

    own = pool.sentences[n].article.id
    return [a for a in candidate.story.articles[:READ_ARTICLES] if a.id != own]


def retold_by_leads(n: int, pool, candidate) -> float:
    """Agreement against the other articles' opening sentences only."""
    rest = others(n, pool, candidate)
    used = Counter(t for a in rest for t in article_terms(a, 1))
    return sum(used[t] for t in terms(pool.sentences[n].text)) / max(len(rest), 1)


def like_leads(n: int, pool, candidate) -> float:
    """Mean cosine (of term sets) with the other articles' opening sentences."""
    mine = terms(pool.sentences[n].text)
    rest = [article_terms(a, 1) for a in others(n, pool, candidate)]
    alike = [len(mine & t) / math.sqrt(len(mine) * len(t)) for t in rest if mine and t]
    return sum(alike) / max(len(rest), 1)


def central_article(n: int, pool, candidate) -> float:
    """How alike the line's article is to the story's others (whole texts, term sets)."""
    mine = article_terms(pool.sentences[n].article)
    rest = [article_terms(a) for a in others(n, pool, candidate)]
    return sum(len(mine & t) / math.sqrt(len(mine) * len(t) or 1) for t in rest)


def earliest(n: int, pool, candidate) -> float:
    """Earlier articles first (undated last)."""
    published = pool.sentences[n].article.published
    return -published.timestamp() if published else -math.inf


def per_root_term(n: int, pool, candidate) -> float:
    """Agreement over the square root of the line's term count (a long line wins less)."""
    return pool.agreement[n] / math.sqrt(len(terms(pool.sentences[n].text)) or 1)


def later_if_much(ratio: float, share: float = 0.85) -> Rule:
    """e6d4864's rule, but a later line worth `share` of the best goes first when its agreement
    is over `ratio` times the first opening line's."""
    opening_first = leads_by(retold, share)

    def rule(allowed: list[int], pool, candidate) -> list[int]:
        order = opening_first(allowed, pool, candidate)
        firsts = opening(allowed, pool, share)
        if not firsts:
            return order
        bar, floor = ratio * pool.agreement[order[0]], share * pool.value[allowed[0]]
        much = [
            n
            for n in allowed
            if n not in firsts
            and pool.statuses[n] != "repeat"
            and pool.value[n] >= floor
            and pool.agreement[n] > bar > 0
        ]
        if not much:
            return order
        best = max(much, key=lambda n: pool.agreement[n])
        return [best] + [n for n in order if n != best]

    return rule


# Marks tried beside the build's backstory and reaction (`select/news.py`), not kept.
_RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose|when|where)\b")
_DEMAND = re.compile(r"^[^,]*?\b(?:demanded|urged|called on|called for|appealed)\b")
_FUTURE = re.compile(r"\b(?:will|would|plans? to|is to|are to|(?:is|are) expected to)\b")
_STANCE = re.compile(
    r"\b(?:expressed (?:\w+ )?(?:sympathy|concern|regret|hope|support|outrage)|welcomed|"
    r"condemned|criticized|denounced|deplored|praised|hailed|regretted|disagreed|demanded|urged|"
    r"appealed|called (?:on|for)|protested|cautious|(?:was|is|were|are) (?:pleased|concerned))\b"
)


def main_clause(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    """Whether `pattern` is found before any relative pronoun of a line."""

    def found(text: str) -> bool:
        return any(not _RELATIVE.search(text, 0, m.start()) for m in pattern.finditer(text))

    return found


def aside_last(aside: Callable[[Sentence], bool], share: float = 0.85) -> Rule:
    """The build's rule with `aside` (a line -> whether it is not the day's news) as the lines
    it puts after those stating the news."""

    def rule(allowed: list[int], pool, candidate) -> list[int]:
        floor = share * pool.value[allowed[0]]

        def key(n: int) -> tuple:
            if pool.value[n] < floor or pool.statuses[n] == "repeat":
                return True, False, 0.0, False
            sentence = pool.sentences[n]
            return False, aside(sentence), -pool.agreement[n], sentence.index > 0

        return sorted(allowed, key=key)

    return rule


def build_aside(text: str) -> bool:
    """The build's own marks: backstory or a reported reaction."""
    from briefing.select.news import backstory, reaction

    return backstory(text) or reaction(text)


def own_lead_first(share: float = 0.85, beside: int = 0, dense: bool = False) -> Rule:
    """The build's rule, but no later line goes before its own article's opening line when that
    opening is worth `share` of the best and no aside: its retelling counts at most the
    opening's. A line within `beside` of the opening is exempt; with `dense`, so is a line
    retold more per term than its opening."""

    def density(n: int, pool) -> float:
        return pool.agreement[n] / max(len(terms(pool.sentences[n].text)), 1)

    def rule(allowed: list[int], pool, candidate) -> list[int]:
        floor = share * pool.value[allowed[0]]

        def out(n: int) -> bool:
            return pool.value[n] < floor or pool.statuses[n] == "repeat"

        opening = {
            pool.sentences[n].article.id: pool.agreement[n]
            for n in allowed
            if pool.sentences[n].index == 0
            and not out(n)
            and not build_aside(pool.sentences[n].text)
        }

        opening_density = {
            pool.sentences[n].article.id: density(n, pool)
            for n in allowed
            if pool.sentences[n].index == 0
        }

        def key(n: int) -> tuple:
            if out(n):
                return True, False, 0.0, False
            sentence = pool.sentences[n]
            said = pool.agreement[n]
            own = sentence.article.id
            capped = sentence.index > max(beside, 0) and own in opening
            if capped and not (dense and density(n, pool) > opening_density[own]):
                said = min(said, opening[own])
            return False, build_aside(sentence.text), -said, sentence.index > 0

        return sorted(allowed, key=key)

    return rule


def given(sentence: Sentence) -> bool:
    """An article's later line opening on a definite description ("The lowest temperature",
    "Friday's bombing": what the article introduced before): the build's `news.elaborates`."""
    from briefing.select.news import elaborates

    return elaborates(sentence)


RULES: dict[str, Rule] = {
    "build, a later line opening on a definite description last too": aside_last(
        lambda line: build_aside(line.text) or given(line)
    ),
    "build, no later line before its own article's lead": own_lead_first(),
    "the same, but its second line may": own_lead_first(beside=1),
    "the same, but a line retold more per term than its lead may": own_lead_first(dense=True),
    "build (lines worth lead_first 0.85, backstory and reactions last, most retold first)": (
        build_rule(0.85)
    ),
    "978d9b9 (no backstory or reaction mark)": aside_last(lambda line: False),
    "build, a demand in the main clause last too": aside_last(
        lambda line: build_aside(line.text) or bool(_DEMAND.search(line.text))
    ),
    "build, a future in the main clause last too": aside_last(
        lambda line: build_aside(line.text) or main_clause(_FUTURE)(line.text)
    ),
    "build, a stance verb (sympathy, urged, welcomed) last too": aside_last(
        lambda line: build_aside(line.text) or main_clause(_STANCE)(line.text)
    ),
    "build, lead_first 0.8": build_rule(0.8),
    "build, lead_first 0.9": build_rule(0.9),
    "e6d4864 (opening lines worth 0.85, most retold first)": leads_by(retold),
    "e6d4864, lead_first 0.8": leads_by(retold, 0.8),
    "e6d4864, lead_first 0.9": leads_by(retold, 0.9),
    "leads by value": leads_by(lambda n, pool, candidate: pool.value[n]),
    "leads retold by the other leads only": leads_by(retold_by_leads),
    "leads most like the other leads": leads_by(like_leads),
    "lead of the most central article": leads_by(central_article),
    "lead of the earliest article": leads_by(earliest),
    "retold, per square root of its terms": leads_by(per_root_term),
    "e6d4864, a later line 1.25x as retold first": later_if_much(1.25),
}


def replay(seed: int, clusters) -> dict[str, list[tuple[float, float]]]:
    """Build the seed's region day, keep its pools, replay every rule: per rule, each told
    event's (item recall, lead recall) as shares of its oracle."""
    from regions import choose_region_stories, write_region_day
    from rouge_score import rouge_scorer

    import briefing.select.sections as sections
    from briefing.weights import DEFAULT

    pools = []
    tell = sections.tell_stories

    def kept(pool, ranked, *arguments):
        pools.append((pool, ranked))
        return tell(pool, ranked, *arguments)

    stories, distractors = choose_region_stories(clusters, seed)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        owner = write_region_day(stories, distractors, topic_terms(stories, clusters), folder, seed)
        sections.tell_stories = kept
        try:
            built(folder)
        finally:
            sections.tell_stories = tell
    close = DEFAULT.close_to_best  # the region day's configuration sets no weights
    scorer = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=True)
    events = {s.cluster: s for s in stories}
    marks: dict[str, tuple[float, float]] = {}  # cluster -> (oracle, lead) recall

    def judged(cluster: str, text: str) -> tuple[float, float]:
        story = events[cluster]
        if cluster not in marks:
            lines = [s for s in sentences(story) if 6 <= len(s.split()) <= 60]
            oracle = max(recall(scorer, s, story.references) for s in lines)
            marks[cluster] = oracle, recall(scorer, lines[0], story.references)
        oracle, lead = marks[cluster]
        return recall(scorer, text, story.references) / oracle, lead / oracle

    results = {}
    for name, rule in RULES.items():
        first: dict[str, str] = {}
        for pool, ranked in pools:
            for candidate in ranked:
                order = sorted(candidate.rows, key=lambda n: (-pool.value[n], n))
                allowed = [n for n in order if pool.value[n] >= close * pool.value[order[0]]]
                fits = [
                    n
                    for n in rule(allowed, pool, candidate)
                    if not pool.leans[n] or pool.lead_in[n] is not None
                ]
                if fits:
                    cluster = owner.get(Path(pool.sentences[fits[0]].article.path).name)
                    if cluster in events:
                        first.setdefault(cluster, pool.sentences[fits[0]].text)
        results[name] = [judged(cluster, text) for cluster, text in first.items()]
    return results


def main() -> int:
    """Replay every rule on each seed's region day; print per seed and over all seeds."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=EVAL, help="the DUC 2003 folder")
    parser.add_argument("--seed", type=int, action="append", help="a region day (default 1-3)")
    arguments = parser.parse_args()
    if not any(arguments.data.glob("*/docs")):
        print(f"no evaluation data at {arguments.data}: news choice benchmark skipped")
        return 0
    clusters = read_clusters(arguments.data)
    total: dict[str, list[tuple[float, float]]] = {name: [] for name in RULES}
    for seed in arguments.seed or [1, 2, 3]:
        results = replay(seed, clusters)
        print(f"Region day, seed {seed}")
        for name, rows in results.items():
            total[name] += rows
            print(f"  {figures(rows)}  {name}")
    print("All seeds")
    for name, rows in total.items():
        print(f"  {figures(rows)}  {name}")
    return 0


def figures(rows: list[tuple[float, float]]) -> str:
    """Events told, at the target, below their lead, mean share of the oracle."""
    at = sum(item >= TARGET for item, _ in rows)
    below = sum(item < lead for item, lead in rows)
    share = statistics.mean(item for item, _ in rows) if rows else 0.0
    return f"told {len(rows):>2}, at 75% {at:>2}, below lead {below:>2}, share {share:.1%}"


if __name__ == "__main__":
    sys.exit(main())
