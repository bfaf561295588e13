"""Group the day's articles into stories: articles about the same event, across outlets.

Two articles tell one story when their headline, text and named entities are alike (cosine of
TF-IDF vectors of the whole article: a follow-up shares its story's later paragraphs, not its
lead), and in the first pass an article joins a story only when its lead shares something with
the story's leads (two events of one desk share places and names through their texts, rarely
what their leads say happened); two groups of articles apart in the words of what happened
(their heaviest words that name nothing: planes and a runway, a bomb and shoppers) are two
stories however much background they share, and a lone article joins a story only when one
of its reports is like it, by its lead or by what happened. Candidate pairs come only from
terms few articles share, so a day of n articles never compares all n^2 pairs; every candidate
is then verified on the full vectors.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache, cached_property
from itertools import chain

import numpy as np
from scipy import sparse

from briefing.day.actors import acting, spelled_out, where_written
from briefing.day.disjoint import DisjointSets
from briefing.day.headlines import story_headline
from briefing.day.names import Written, entities, people, reading
from briefing.day.opinion import opinion_reason
from briefing.models import Article, Story
from briefing.text.vectorize import content_terms, normalise_rows, weighted_tfidf
from briefing.text.words import MONTHS, WEEKDAYS, lower, shouts
from briefing.weights import GROUPING, Grouping

CHUNK = 1000  # articles per block of the candidate product (bounds memory)
PAIRS = 5000  # candidate pairs verified at a time (bounds memory: two rows a pair)
# How far two float32 computations of one cosine may differ (its rows summed in another order,
# scaled to unit length again: a few millionths), with room to spare; far under every weight.
SLACK = 1e-4
# A story of more articles is not checked for groups apart, nor a part read again once the
# articles read on its way (the story's, each part's it came from, its own) would pass this: an
# article is read in at most SPLIT_AT / 2 parts, each of SPLIT_AT or fewer (linear in the day).
SPLIT_AT = 400
# Per view of the merges (whole text, what happened, leads): whether a lone article is compared
# with a story. Its names alone may join it to a story of its desk (a plane's landing to a
# bombing, both in the Wye accord's names); what it says happened must agree with what the
# story's own reports share. The split parts no lone article from a story: one loosely told
# event's reports share little of what happened two by two (the previews of one games). The
# leads only part two stories whose every article names one subject (`_held`).
LONE = (False, True, False)
# whom each article names, whom it is about, and the subjects (people, lands) holding its story
_Namings = tuple[Sequence[frozenset[str]], Sequence[frozenset[str]], Sequence[frozenset[str]]]
# Where a name ends that tells the news, not where it happened ("..., Israel said").
_TELLS = re.compile(r"(?=\W*\s+(?:said|says|reported|reports|announced|told)\b)", re.IGNORECASE)
# Two names joined by a hyphen ("Israeli-Palestinian", "US-China"): a relation, not who or where;
# not after the Arabic article ("Al-Qaida": one name)
_JOINED = re.compile(r"\b(?!(?:Al|El)-)[A-Z][\w.’']*(?:-[A-Z][\w’']*)+")
_DASH = re.compile(r"(?<=\w)[‐‑–](?=[A-Z])")  # a Unicode hyphen or en dash joining names as "-"
# A weekday, a month or a day named relative to today, as a word's stem or a name (a protest
# "march" and the verb "may" are words of what happened).
_WHEN = frozenset(
    [
        *content_terms(" ".join(w for w in (*WEEKDAYS, *MONTHS) if w not in ("march", "may"))),
        *content_terms("today yesterday tonight"),
        *(f"@{name}" for name in (*WEEKDAYS, *MONTHS)),
    ]
)


def _text(article: Article, sentences: int | None = None) -> str:
    """An article's headline and text (its first `sentences` only, when given), a headline set
    in capitals in lower case: it tells no name from a word, so its names are read in the text."""
    text = article.sentences or article.paragraphs
    title = lower(article.title) if shouts(article.title) else article.title
    return ". ".join([title, *text[:sentences]])


def _terms(text: str, names: Sequence[str]) -> list[str]:
    """What a text (an article's headline and text, or its lead) is recognised by, its `names`
    read: words and names, but not when it happened (`is_when`; a word, which holds no "@",
    tested inline: a day's texts hold millions)."""
    return [term for term in content_terms(text) if term not in _WHEN and not term.isdigit()] + [
        term for term in (f"@{name}" for name in names) if not is_when(term)
    ]


def _read(articles: Iterable[Article], written: list[Written]) -> Iterator[list[str]]:
    """Each article's terms (`_terms` of its headline and text), its names read once: how it
    writes the names of people goes to `written` on the way (for `people`)."""
    for article in articles:
        text = _text(article)
        names, writes = reading(text)
        written.append(writes)
        yield _terms(text, names)


def is_when(term: str) -> bool:
    """A term that says when or how many, not what: a weekday, a month, "today" or a bare
    number ("000" of "19,000"). A day's events share its weekdays and round numbers, so two of
    them met on "Saturday" ("on Saturday", "said Saturday") as if on a name."""
    return term in _WHEN or term.lstrip("@").isdigit()


def _counted(term_lists: Iterable[list[str]], uses: Counter[str]) -> Iterator[list[str]]:
    """The term lists as they come, counting the uses of each term (words and names)."""
    for terms in term_lists:
        uses.update(terms)
        yield terms


def _happened(columns: Sequence[str], uses: Counter[str], width: int) -> np.ndarray:
    """Which columns are words of what happened: plain words the day writes inside names in at
    most half of their uses ("airport", "bomb", "arrested"; not "Gaza", "Palestinian", "Ocalan",
    which the events of one desk share)."""
    in_names: Counter[str] = Counter()
    for term, count in uses.items():
        if term[0] == "@":
            for word in content_terms(term[1:]):
                in_names[word] += count
    found = np.zeros(width, dtype=bool)
    found[: len(columns)] = [t[0] != "@" and 2 * in_names[t] <= uses[t] for t in columns]
    return found


def _held(named: Iterable[frozenset[str]]) -> bool:
    """Whether one subject (a person or a land) is named by every article of a story (reports of
    one event by its different actors: the FBI's on the embassy bombs and bin Laden's
    indictment; East Timor's raids and talks)."""
    return bool(frozenset.intersection(*named))


@dataclass(frozen=True, slots=True)
class Lead:
    """An article's lead (headline and first sentence) as grouping reads it: what it says
    happened (`_terms`), where it happened and who did it (`names`), and of these who did it
    (`actors`: the names it never sets as a place, "in Vientiane", nor writes as initials)."""

    terms: list[str]
    names: list[str]
    actors: list[str]


def read_lead(article: Article) -> Lead:
    """An article's `Lead`, its names read once. Two names joined (`_JOINED`, by any hyphen or
    an en dash: "Israeli-Palestinian") are a relation, background one desk's events share, so
    neither its words nor its name are read; its `names` leave out one telling the news
    ("..., Israel said") too, and an opening "the" (a sentence's first word is read into a name:
    "The European Union" opening a lead is the European Union of the next)."""
    text = _JOINED.sub(" ", _DASH.sub("-", _text(article, 1)))
    names = entities(text)
    telling = {lower(text[:end]) for end in (m.start() for m in _TELLS.finditer(text))}
    kept = [
        name
        for name in names
        if not is_when(f"@{name}") and not any(before.endswith(name) for before in telling)
    ]
    return Lead(
        _terms(text, names),
        [f"@{name.removeprefix('the ')}" for name in kept],
        [f"@{name.removeprefix('the ')}" for name in kept if acting(text, name)],
    )


def telling(matrix: sparse.csr_matrix, rules: Grouping = GROUPING) -> np.ndarray:
    """Which terms can tell stories apart: used by 2 to `common` articles and at most half of
    them (a footer tells none apart; on a handful of articles that cannot be told)."""
    n = matrix.shape[0]
    frequency = np.bincount(matrix.indices, minlength=matrix.shape[1])
    common = rules.common if n < rules.few else min(rules.common, n // 2)
    return (frequency >= 2) & (frequency <= common)


def _candidates(
    matrix: sparse.csr_matrix,
    eligible: np.ndarray,
    rules: Grouping,
    under: Callable[[np.ndarray, np.ndarray], np.ndarray] | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs (i < j) worth comparing, and their cosine: rows sharing `shared_keys` of their
    `keys` most distinctive terms, among the `eligible` ones, but those already known to be
    under the caller's bar (`under`, given the pairs' rows). Each row proposes at most
    keys * common partners, so the work grows linearly with the rows."""
    n = matrix.shape[0]
    keys = _heaviest(matrix, eligible, rules.keys)
    keys.data[:] = 1.0
    transposed = keys.T.tocsr()
    found_i, found_j, found_value = [], [], []
    for start in range(0, n, CHUNK):
        shared = sparse.triu(keys[start : start + CHUNK] @ transposed, k=start + 1).tocoo()
        left, right = (
            shared.row[shared.data >= rules.shared_keys] + start,
            shared.col[shared.data >= rules.shared_keys],
        )
        if under is not None:
            kept = ~under(left, right)
            left, right = left[kept], right[kept]
        found_i.append(left)
        found_j.append(right)
        found_value.append(_cosines(matrix, left, right))
    if not found_i:
        empty = np.zeros(0, dtype=int)
        return empty, empty, np.zeros(0)
    return np.concatenate(found_i), np.concatenate(found_j), np.concatenate(found_value)


def _heaviest(matrix: sparse.csr_matrix, eligible: np.ndarray, keys: int) -> sparse.csr_matrix:
    """Each row's `keys` heaviest `eligible` terms, with their weights (CHUNK rows at a time:
    the sort needs a few arrays the size of its entries)."""
    return sparse.vstack(
        [
            _heaviest_block(matrix[start : start + CHUNK], eligible, keys)
            for start in range(0, matrix.shape[0], CHUNK)
        ]
        or [sparse.csr_matrix((0, matrix.shape[1]), dtype=np.float32)],
        format="csr",
    )


def _heaviest_block(block: sparse.csr_matrix, eligible: np.ndarray, keys: int) -> sparse.csr_matrix:
    """`_heaviest` on one block of rows."""
    usable = np.flatnonzero(eligible[block.indices])
    rows = (np.searchsorted(block.indptr, usable, side="right") - 1).astype(np.int32)
    order = np.lexsort((-block.data[usable], rows))  # each row's terms, heaviest first
    rows = rows[order]
    top = np.arange(len(order)) - np.searchsorted(rows, rows) < keys  # place within its row
    return sparse.csr_matrix(
        (block.data[usable[order[top]]], (rows[top], block.indices[usable[order[top]]])),
        shape=block.shape,
    )


def _cosines(matrix: sparse.csr_matrix, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Dot products of the row pairs, PAIRS at a time (two whole articles' rows per pair)."""
    values = [
        np.asarray(
            matrix[left[k : k + PAIRS]].multiply(matrix[right[k : k + PAIRS]]).sum(axis=1)
        ).ravel()
        for k in range(0, len(left), PAIRS)
    ]
    return np.concatenate(values) if values else np.zeros(0)


@dataclass
class _Summed:
    """A story's rows in one view added up as they join (term -> value), with the squared norm
    of the sum and the rows' own squared norms summed (the sum's square counts them besides the
    cosines of its pairs)."""

    terms: dict[int, float] = field(default_factory=dict)
    norm: float = 0.0
    own: float = 0.0
    rows: int = 0

    def dot(self, row: dict[int, float]) -> float:
        return sum(value * self.terms.get(term, 0.0) for term, value in row.items())

    def add(self, row: dict[int, float], shared: float) -> None:
        """Add a row whose dot product with the sum so far is `shared`."""
        own = sum(value * value for value in row.values())
        self.norm += own + 2.0 * shared
        self.own += own
        self.rows += 1
        for term, value in row.items():
            self.terms[term] = self.terms.get(term, 0.0) + value


def _row(matrix: sparse.csr_matrix, i: int) -> dict[int, float]:
    """Row `i` of a sparse matrix as term -> value."""
    start, end = matrix.indptr[i], matrix.indptr[i + 1]
    return dict(
        zip(matrix.indices[start:end].tolist(), matrix.data[start:end].tolist(), strict=True)
    )


def _lone_apart(row: dict[int, float], story: _Summed, share: float) -> bool:
    """Whether an article (its `row`) and a story of two or more are two stories
    (`_two_groups` at `share`, the likeness of all of them the measure)."""
    if story.rows < 2:
        return False
    across = story.dot(row)
    return _two_groups(across, story.norm - story.own + 2.0 * across, 1, story.rows, share)


def _labels(
    neighbours: sparse.csr_matrix,
    leads: sparse.csr_matrix,
    events: sparse.csr_matrix,
    rules: Grouping,
) -> list[int]:
    """A story label per article, in one pass (as topic detection does): each article joins the
    story whose centroid it is most like, among the stories of its similar articles (cosine
    `same_story`) whose leads' centroid its own lead is near (`lead_agree`), or starts one; a
    join at a cosine under `merge` (two stories that alike would stay two) needs what the
    article says happened near the story's own (`events`, as `LONE` in the merges: a typhoon
    report joined a ramming at sea on the sea's and the coast guard's names). Comparing with
    whole stories, not single articles, keeps unrelated stories from chaining through one
    article that resembles both. The centroid cosine comes from the pairs' similarities alone
    (the norm of a sum of unit vectors is the root of its members' pairwise similarities); the
    leads' and events' sums are kept per story, so each article costs its candidate pairs and
    its lead's and events' terms."""
    n = neighbours.shape[0]
    labels = [-1] * n
    sizes: list[float] = []  # per story: the squared norm of the sum of its members
    lead_sums: list[_Summed] = []  # per story: its leads, and what its articles say happened
    event_sums: list[_Summed] = []
    for i in range(n):
        start, end = neighbours.indptr[i], neighbours.indptr[i + 1]
        toward: dict[int, float] = defaultdict(float)
        for j, value in zip(neighbours.indices[start:end], neighbours.data[start:end], strict=True):
            if labels[j] >= 0:
                toward[labels[j]] += value
        lead, event = _row(leads, i), _row(events, i)
        best, best_similarity, best_lead = -1, rules.same_story, 0.0
        for story, total in toward.items():
            similarity = total / np.sqrt(sizes[story])
            if similarity < best_similarity:
                continue
            shared = lead_sums[story].dot(lead)
            if shared < rules.lead_agree * np.sqrt(lead_sums[story].norm):
                continue
            if similarity < rules.merge and _lone_apart(
                event, event_sums[story], rules.event_groups
            ):
                continue
            best, best_similarity, best_lead = story, similarity, shared
        if best < 0:
            best = len(sizes)
            sizes.append(0.0)
            lead_sums.append(_Summed())
            event_sums.append(_Summed())
        sizes[best] += 1.0 + 2.0 * toward.get(best, 0.0)
        lead_sums[best].add(lead, best_lead)
        event_sums[best].add(event, event_sums[best].dot(event))
        labels[i] = best
    return labels


@dataclass
class _People:
    """Per story (label) as `_merged` joins them, the people its members name: `held` the
    subjects every member names (`_held`), `subject` those every member is about or names in passing
    (`_passing`), `anyone` those some member names not in passing, and `most` per person the
    members about him."""

    held: dict[int, frozenset[str]] = field(default_factory=dict)
    subject: dict[int, frozenset[str]] = field(default_factory=dict)
    anyone: dict[int, frozenset[str]] = field(default_factory=lambda: defaultdict(frozenset))
    most: dict[int, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    @classmethod
    def of(
        cls,
        labels: Sequence[int],
        named: Sequence[frozenset[str]],
        about: Sequence[frozenset[str]],
        subjects: Sequence[frozenset[str]],
    ) -> _People:
        """The stories of `labels`, each article naming `named`, about `about` and naming
        `subjects` (`people`)."""
        found = cls()
        for article, story in enumerate(labels):
            held, subject, its = found.held, found.subject, subjects[article]
            held[story] = held[story] & its if story in held else its
            passing = _passing(named[article], about[article])
            claim = about[article] | passing
            subject[story] = subject[story] & claim if story in subject else claim
            found.most[story].update(about[article])
            found.anyone[story] |= named[article] - passing
        return found

    def whose(self, story: int, other: int, size: int) -> frozenset[str]:
        """The people most of `story`'s `size` members are about, and the rest name in passing,
        whom no member of `other` names but in passing."""
        found = self.subject[story] - self.anyone[other]
        return frozenset(p for p in found if 2 * self.most[story][p] > size)

    def join(self, a: int, b: int) -> None:
        """Story `b` joins story `a`."""
        self.held[a] &= self.held.pop(b)
        self.subject[a] &= self.subject.pop(b)
        self.most[a].update(self.most.pop(b, Counter()))
        self.anyone[a] |= self.anyone.pop(b)


@dataclass
class _Merging:
    """The stories as `_merged` joins them: per story its members, its rows summed in each view
    (whole text, what happened; kept once read) and their squared lengths summed (1 an article,
    0 an empty row), the people its articles name (`_People`), and its articles while it has
    SPLIT_AT or fewer."""

    read: Reports
    sums: list[sparse.csr_matrix]
    own: list[np.ndarray]
    members: list[int]
    whom: _People
    articles: dict[int, list[int]]
    joined: DisjointSets
    summed: dict[int, list[_Sum]] = field(default_factory=dict)

    @classmethod
    def of(
        cls, matrix: sparse.csr_matrix, read: Reports, labels: Sequence[int], people: _Namings
    ) -> _Merging:
        """The first pass's stories (`labels`), `people` naming whom each article names and is
        about."""
        count = max(labels) + 1
        owner = sparse.csr_matrix(
            (np.ones(len(labels), dtype=np.float32), (labels, np.arange(len(labels)))),
            shape=(count, len(labels)),
        )
        views = (matrix, read.events, read.leads)
        articles: dict[int, list[int]] = defaultdict(list)
        for article, story in enumerate(labels):
            articles[story].append(article)
        return cls(
            read,
            [(owner @ rows).tocsr() for rows in views],
            [owner @ np.asarray(rows.multiply(rows).sum(axis=1)).ravel() for rows in views],
            np.bincount(np.asarray(labels), minlength=count).tolist(),
            _People.of(labels, *people),
            articles,
            DisjointSets(count),
        )

    def offer(self, a: int, b: int) -> None:
        """Join story `b` to story `a` unless they are two (`_apart_views`)."""
        got_a = self.summed.get(a) or [_Sum.of(view, a) for view in self.sums]
        got_b = self.summed.pop(b, None) or [_Sum.of(view, b) for view in self.sums]
        if self._apart_views(a, b, got_a, got_b) or any(
            self.members[lone] == 1
            and 2 <= self.members[story] <= SPLIT_AT
            and self.read.unlike(self.articles[lone], self.articles[story])
            for lone, story in ((a, b), (b, a))
        ):
            self.summed[b] = got_b
            return
        self.joined.join(b, a)
        self.members[a] += self.members[b]
        self.whom.join(a, b)
        for own in self.own:
            own[a] += own[b]
        rows = self.articles.pop(b, [])
        if self.members[a] > SPLIT_AT:  # a larger story is compared no more
            self.summed.pop(a, None)
            self.articles.pop(a, None)
        else:
            self.summed[a] = [x.plus(y) for x, y in zip(got_a, got_b, strict=True)]
            self.articles[a] += rows

    def _apart_views(self, a: int, b: int, got_a: list[_Sum], got_b: list[_Sum]) -> bool:
        """Whether stories `a` and `b` (their sums per view) make two groups (`_two_groups`) in
        their whole texts, at `other_person` where one is about a person the other never names,
        and where one subject is named by all (`_held`) at `two_groups` and in their leads too
        (`lead_groups`), or in what happened."""
        size_a, size_b, whom, rules = self.members[a], self.members[b], self.whom, self.read.rules
        person = bool(whom.held[a] & whom.held[b])  # named by all: whole texts may differ

        def two(view: int, share: float) -> bool:
            return _comparable(size_a, size_b, LONE[view]) and _apart(
                got_a[view],
                got_b[view],
                self.own[view][a] + self.own[view][b],
                size_a,
                size_b,
                share,
            )

        if person:  # as the split reads them (`_parts`)
            whole = two(0, rules.two_groups) and two(2, rules.lead_groups)
        else:  # about one the other never names
            other = whom.whose(a, b, size_a) or whom.whose(b, a, size_b)
            whole = two(0, rules.other_person if other else rules.two_groups)
        return whole or two(1, rules.event_groups)


def _merged(
    matrix: sparse.csr_matrix,
    read: Reports,
    labels: Sequence[int],
    people: _Namings,
    eligible: np.ndarray,
    nearest: np.ndarray | None = None,
    compared: sparse.csr_matrix | None = None,
) -> np.ndarray:
    """Labels after joining stories whose centroids are alike (at `merge`, or given `nearest` at
    `same_story` a lone article like the story, `_agrees`, compared with its nearest report's
    story however few distinctive terms their sums share, `_and_nearest`, or two stories most
    of whose articles write one event's name, `Reports.called_alike`), most alike first: one
    pass splits a story whose first articles happened to differ; whole stories compare more
    reliably than articles. A join that would make two groups of one story
    (`_two_groups`), in their whole texts or in their `events` (there a lone article too,
    `LONE`), is not made; where one subject is named by every article of both (`_held`), only
    their `events` are read, and where most articles of one are about a person the other never
    names (the rest of both naming him in passing at most, `_passing`), their whole texts are
    apart at `other_person` of the story's likeness (the Turkey-Syria crisis and Ocalan's
    arrest). A lone article joins no story of SPLIT_AT or fewer whose reports it is like none
    of, by their leads (read without the words of names, `_unnamed`: "Israeli") and what
    happened (`_unlike`: a market bomb's report and an airport's two, alike in a desk's
    names). Two lone articles `compared` in the first pass (their cosine, i < j) are not
    compared again where that was under the bar (`_known_under`)."""
    rules = read.rules
    stories = _Merging.of(matrix, read, labels, people)
    lowest = rules.merge if nearest is None else min(rules.same_story, rules.merge)
    under = None if compared is None else _known_under(compared, labels, lowest)
    centroids = normalise_rows(stories.sums[0].copy())
    found = _candidates(centroids, eligible, rules, under)
    left, right, similarity = (
        found if nearest is None else _and_nearest(found, labels, nearest, centroids)
    )
    keep = np.flatnonzero(similarity >= lowest)
    for k in keep[np.argsort(-similarity[keep], kind="stable")]:
        a, b = stories.joined.find(int(left[k])), stories.joined.find(int(right[k]))
        if a == b:
            continue
        ours, theirs = stories.articles.get(a, []), stories.articles.get(b, [])
        if similarity[k] >= rules.merge or (
            nearest is not None
            and (_agrees(ours, theirs, read, nearest) or read.called_alike(ours, theirs))
        ):
            stories.offer(a, b)
    return np.array(stories.joined.roots())[np.asarray(labels)]


def _and_nearest(
    found: tuple[np.ndarray, np.ndarray, np.ndarray],
    labels: Sequence[int],
    nearest: np.ndarray,
    centroids: sparse.csr_matrix,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The candidate pairs of stories `found` (i < j, their centroids' cosine) and each lone
    article's story with its `nearest` report's, where they lack it: an article and its
    nearest shared distinctive terms, but a story's sum can keep its own (a backgrounder on the
    embassy bombings beside the indictment's reports, which share bin Laden and the courts)."""
    labels = np.asarray(labels)
    alone = np.flatnonzero((np.bincount(labels)[labels] == 1) & (nearest >= 0))
    pairs = {
        (min(a, b), max(a, b))
        for a, b in zip(labels[alone].tolist(), labels[nearest[alone]].tolist(), strict=True)
        if a != b
    } - set(zip(found[0].tolist(), found[1].tolist(), strict=True))
    if not pairs:
        return found
    left, right = np.array(sorted(pairs), dtype=found[0].dtype).T
    added = (left, right, _cosines(centroids, left, right))
    return tuple(np.concatenate(pair) for pair in zip(found, added, strict=True))


def _known_under(
    compared: sparse.csr_matrix, labels: Sequence[int], lowest: float
) -> Callable[[np.ndarray, np.ndarray], np.ndarray]:
    """Which pairs of stories (of `labels`) are each one article, the two `compared` already
    (their cosine, i < j; 0: not compared) at under `lowest` by more than `SLACK`: a story of one
    article is its row, so their cosine is that pair's but for float32 rounding."""
    labels = np.asarray(labels)
    alone = np.flatnonzero(np.bincount(labels)[labels] == 1)
    article = np.full(labels.max() + 1, -1)
    article[labels[alone]] = alone

    def under(left: np.ndarray, right: np.ndarray) -> np.ndarray:
        i, j = article[left], article[right]
        both = (i >= 0) & (j >= 0)
        found = np.zeros(len(left), dtype=bool)
        if both.any():
            first, second = np.minimum(i[both], j[both]), np.maximum(i[both], j[both])
            cosine = np.asarray(compared[first, second]).ravel()
            found[both] = (cosine > 0) & (cosine < lowest - SLACK)
        return found

    return under


def _agrees(ours: Sequence[int], theirs: Sequence[int], read: Reports, nearest: np.ndarray) -> bool:
    """Whether one of two stories (rows `ours`, `theirs`) is a lone article like the other: the
    article most like it is theirs (`nearest`), its lead is near their leads' centroid
    (`lead_agree`, as the first pass asks) and shares a word of what it says happened with one
    of them (`Reports.told`: not only titles and places, "Turkish President" against "Kurdish
    rebel leader"), and what it says happened is like one of theirs (`same_story`, where
    `_unlike` asks under)."""
    lone, story = sorted((list(ours), list(theirs)), key=len)
    if len(lone) != 1 or nearest[lone[0]] not in story:
        return False
    centroid = read.leads[story].sum(axis=0).A1
    size = np.sqrt(centroid @ centroid)
    told = read.told[lone[0]]
    return bool(
        size > 0
        and read.leads[lone].dot(centroid)[0] >= read.rules.lead_agree * size
        and (centroid[told.indices] > 0).any()
        and (read.events[story] @ read.events[lone].T).max() >= read.rules.same_story
    )


def _nearest(neighbours: sparse.csr_matrix) -> np.ndarray:
    """Each article's most alike candidate partner (its row of `neighbours`), or -1: none."""
    found = np.asarray(neighbours.argmax(axis=1)).ravel()
    return np.where(np.diff(neighbours.indptr) > 0, found, -1)


def _unlike(
    ours: Sequence[int],
    theirs: Sequence[int],
    leads: sparse.csr_matrix,
    events: sparse.csr_matrix,
    rules: Grouping,
) -> bool:
    """Whether no article of rows `ours` is like one of rows `theirs`: no lead of ours shares a
    word or name with one of theirs, and what each says happened is under `same_story` with
    each of theirs. The best pair, not the centroid: one report telling what it tells is enough."""
    terms = [leads.indices[leads.indptr[row] : leads.indptr[row + 1]] for row in (*ours, *theirs)]
    return not np.isin(
        np.concatenate(terms[: len(ours)]), np.concatenate(terms[len(ours) :])
    ).any() and happened_unlike(ours, theirs, events, rules)


def happened_unlike(
    ours: Sequence[int],
    theirs: Sequence[int],
    events: sparse.csr_matrix,
    rules: Grouping = GROUPING,
) -> bool:
    """Whether what each article of rows `ours` says happened is under `same_story` with what
    each of rows `theirs` says (`events`), however alike their leads' words."""
    return (events[list(theirs)] @ events[list(ours)].T).max() < rules.same_story


@dataclass(frozen=True)
class Reports:
    """Articles' leads (`read_lead`: their terms, and their names, 1 each), what each says
    happened, the names of two words or more each writes that are no person's (`_called`), the
    terms of each lead that are among what its article says happened (`_told`), the names each
    lead names as who acted (`Lead.actors`), which of the leads' names each article writes
    anywhere (`actors.where_written`; both in the columns of `names`) and the leads without the
    words the day writes inside names (`_unnamed`), as grouping reads them."""

    leads: sparse.csr_matrix
    names: sparse.csr_matrix
    events: sparse.csr_matrix
    called: sparse.csr_matrix
    told: sparse.csr_matrix
    actors: sparse.csr_matrix
    written: sparse.csr_matrix
    unnamed: sparse.csr_matrix
    rules: Grouping = GROUPING

    def unlike(self, ours: Sequence[int], theirs: Sequence[int]) -> bool:
        """Whether no article of rows `ours` is like one of rows `theirs` (`_unlike`, the leads
        read without the words of names, `_unnamed`)."""
        return _unlike(ours, theirs, self.unnamed, self.events, self.rules)

    def called_alike(self, ours: Sequence[int], theirs: Sequence[int]) -> bool:
        """Whether both stories (rows `ours`, `theirs`) write a name of two words or more that
        most of their articles write, most of the day's writers of it theirs: one named event's
        reports ("Asian Games" in the previews of different teams)."""
        counts = [
            Counter(chain.from_iterable(self._called_by[row] for row in rows))
            for rows in (ours, theirs)
        ]
        size, writers = len(ours) + len(theirs), self._writers
        return any(
            2 * (both := counts[0][name] + counts[1][name]) > size and 2 * both > writers[name]
            for name in counts[0].keys() & counts[1].keys()
        )

    @cached_property
    def _called_by(self) -> list[list[int]]:
        """Per article, the names of `called` it writes (column numbers): read per pair of
        stories, thousands of times a large day, where slicing the matrix cost a fifth of
        grouping."""
        starts, names = self.called.indptr, self.called.indices.tolist()
        return [names[starts[row] : starts[row + 1]] for row in range(self.called.shape[0])]

    @cached_property
    def _writers(self) -> list[int]:
        """How many of the day's articles write each name of `called`."""
        return np.asarray(self.called.sum(axis=0)).ravel().tolist()


def read_events(articles: Sequence[Article], rules: Grouping = GROUPING) -> sparse.csr_matrix:
    """What each article says happened (`Reports.events`), the articles read together (one row
    each, in the order given); their leads and people are not read."""
    return _whole(articles, rules, [], [])[1]


def _whole(
    articles: Sequence[Article], rules: Grouping, columns: list[str], written: list[Written]
) -> tuple[sparse.csr_matrix, sparse.csr_matrix, np.ndarray]:
    """The articles' whole texts (words and names, TF-IDF; their terms to `columns`, how each
    writes people's names to `written`), what each says happened, and which columns are words
    of what happened (`_happened`)."""
    uses: Counter[str] = Counter()
    matrix = weighted_tfidf(_counted(_read(articles, written), uses), _weight(rules), columns)
    happened = _happened(columns, uses, matrix.shape[1])
    return matrix, normalise_rows(_heaviest(matrix, happened, rules.event_keys)), happened


def _weight(rules: Grouping) -> Callable[[str], float]:
    """A term's weight: a named entity counts `entity_weight` plain words."""
    return lambda term: rules.entity_weight if term[0] == "@" else 1.0


def _reading(
    articles: Sequence[Article], rules: Grouping
) -> tuple[sparse.csr_matrix, Reports, _Namings]:
    """The articles' whole texts (words and names, TF-IDF), `Reports`, and whom each names, is
    about and the subjects it names (`people`)."""
    columns: list[str] = []
    written: list[Written] = []
    matrix, events, happened = _whole(articles, rules, columns, written)
    lead_reads = [read_lead(article) for article in articles]
    lead_columns: list[str] = []
    leads = weighted_tfidf((lead.terms for lead in lead_reads), _weight(rules), lead_columns)
    namings = people(written)
    called = _called(matrix, columns, frozenset(chain.from_iterable(namings[0])))
    told = _told(leads, lead_columns, events, columns)
    unnamed = _unnamed(leads, lead_columns, happened, columns)
    names, actors, name_columns = _lead_names(lead_reads)
    spelled = {pair for article in articles for pair in spelled_out(_text(article))}
    written = where_written(matrix, columns, name_columns, spelled)
    reports = Reports(leads, names, events, called, told, actors, written, unnamed, rules)
    return matrix, reports, namings


def _unnamed(
    leads: sparse.csr_matrix,
    lead_columns: Sequence[str],
    happened: np.ndarray,
    columns: Sequence[str],
) -> sparse.csr_matrix:
    """The `leads` (their terms `lead_columns`) without the plain words the day writes mostly
    inside names (not `happened` among the whole texts' `columns`: "Israeli" of "Israeli
    security officials", a desk's land), their names kept."""
    number = {term: n for n, term in enumerate(columns)}
    kept = np.array(
        [term[0] == "@" or term not in number or happened[number[term]] for term in lead_columns]
        or [True]
    )
    unnamed = leads.copy()
    unnamed.data = np.where(kept[unnamed.indices], unnamed.data, 0).astype(unnamed.dtype)
    unnamed.eliminate_zeros()
    return unnamed


def _told(
    leads: sparse.csr_matrix,
    lead_columns: Sequence[str],
    events: sparse.csr_matrix,
    columns: Sequence[str],
) -> sparse.csr_matrix:
    """The `leads` (their terms `lead_columns`) with only the terms each article's `events` row
    (its terms `columns`) holds: what its lead says happened."""
    number = {term: n for n, term in enumerate(columns)}
    found = np.array([number.get(term, -1) for term in lead_columns], dtype=np.int64)
    found = found[leads.indices] if len(found) else np.zeros(0, dtype=np.int64)
    rows = np.repeat(np.arange(leads.shape[0]), np.diff(leads.indptr))
    kept = found >= 0
    held = np.zeros(len(found), dtype=bool)
    held[kept] = np.asarray(events[rows[kept], found[kept]]).ravel() > 0
    told = leads.copy()
    told.data = np.where(held, told.data, 0).astype(told.dtype)
    told.eliminate_zeros()
    return told


def _called(
    matrix: sparse.csr_matrix, columns: Sequence[str], persons: frozenset[str]
) -> sparse.csr_matrix:
    """1 where an article (row) writes a name of two words or more that is no person's (its last
    word none of the day's `persons`): what an event or a thing is called ("Asian Games")."""
    kept = [
        column
        for column, term in enumerate(columns)
        if term[0] == "@" and " " in term and f"@{term.rsplit(' ', 1)[1]}" not in persons
    ]
    return (matrix[:, kept] > 0).astype(np.float32).tocsr()


def _lead_names(
    leads: Sequence[Lead],
) -> tuple[sparse.csr_matrix, sparse.csr_matrix, list[str]]:
    """1 where a lead (row) names a name (column, in order of first use), the same for the names
    it names as who acted (`Lead.actors`), and the names."""
    number = {
        name: n
        for n, name in enumerate(dict.fromkeys(chain.from_iterable(lead.names for lead in leads)))
    }
    return (
        _ones([lead.names for lead in leads], number),
        _ones([lead.actors for lead in leads], number),
        list(number),
    )


def _ones(rows: Sequence[Sequence[str]], number: dict[str, int]) -> sparse.csr_matrix:
    """1 where a row holds a name (its column `number`)."""
    names = [dict.fromkeys(row) for row in rows]
    every = list(chain.from_iterable(names))
    columns = np.fromiter(map(number.__getitem__, every), dtype=np.int32, count=len(every))
    ends = np.cumsum([0, *map(len, names)])
    shape = (len(rows), max(len(number), 1))
    found = sparse.csr_matrix((np.ones(len(every), dtype=np.float32), columns, ends), shape=shape)
    found.sort_indices()
    return found


def _comparable(size_a: int, size_b: int, lone: bool = False) -> bool:
    """Whether two groups of articles can be told apart as wholes (`_two_groups`): two or more
    articles each (a lone article has no likeness of its own), or with `lone` one article against
    two or more (the story's likeness is the measure), at most SPLIT_AT together (the work stays
    linear)."""
    fewer, more = sorted((size_a, size_b))
    return fewer >= (1 if lone else 2) and more >= 2 and fewer + more <= SPLIT_AT


@dataclass(frozen=True, slots=True)
class _Sum:
    """A story's rows in one view added up: its terms (ascending) and their values (float32).
    Two stories are compared and joined in numpy, thousands of times a large day, where sparse
    row matrices cost ten times as much; every value and sum is bit for bit the matrices'
    (products and squares summed by `np.sum` in column order)."""

    terms: np.ndarray
    values: np.ndarray

    @classmethod
    def of(cls, matrix: sparse.csr_matrix, row: int) -> _Sum:
        """Row `row` of the matrix."""
        start, end = matrix.indptr[row], matrix.indptr[row + 1]
        order = np.argsort(matrix.indices[start:end])
        return cls(matrix.indices[start:end][order], matrix.data[start:end][order])

    def dot(self, other: _Sum) -> np.floating:
        """The dot product of the two sums."""
        _, mine, theirs = np.intersect1d(
            self.terms, other.terms, assume_unique=True, return_indices=True
        )
        return np.sum(self.values[mine] * other.values[theirs])

    def plus(self, other: _Sum) -> _Sum:
        """The two sums added."""
        terms = np.concatenate([self.terms, other.terms])
        order = np.argsort(terms, kind="stable")
        terms = terms[order]
        firsts = np.flatnonzero(np.r_[True, terms[1:] != terms[:-1]])
        values = np.add.reduceat(np.concatenate([self.values, other.values])[order], firsts)
        return _Sum(terms[firsts], values)


def _apart(sum_a: _Sum, sum_b: _Sum, own: float, size_a: int, size_b: int, share: float) -> bool:
    """`_two_groups` for two groups given by the sums of their articles' rows (`own`: the rows'
    squared lengths summed, which the square of the whole sum counts besides its pairs)."""
    whole = sum_a.plus(sum_b).values
    together = np.sum(whole * whole) - own
    return _two_groups(sum_a.dot(sum_b), together, size_a, size_b, share)


def _two_groups(across: float, together: float, size_a: int, size_b: int, share: float) -> bool:
    """Whether two groups of articles are two stories: alike across (`across`, the sum of their
    cross cosines) at under `share` of the mean likeness of all their articles (`together`, the
    sum of the cosines of all their pairs, each pair twice). Same-desk events share names and
    places, so an absolute cut that kept them apart would also split a loosely told event;
    relative to the story's own likeness, they stand apart."""
    size = size_a + size_b
    return across / (size_a * size_b) < share * together / (size * (size - 1))


def _split(
    matrix: sparse.csr_matrix,
    read: Reports,
    labels: np.ndarray,
    people: _Namings,
) -> np.ndarray:
    """Labels after splitting each story whose articles form groups apart: average linkage on
    its members' cosines, cut at `rules.apart` (chaining through one article, or a centroid two
    events pull between them, joins events that share places and names), or else in two where
    its two groups are two stories (`_two_groups`) in their whole texts, unless one person is
    named by all its articles (`_held`: reports of one event by different actors, the FBI's on
    the embassy bombs and bin Laden's indictment) or a name is in most of its leads and in both
    groups' (`_named_alike`: one treaty's signing and its fishermen), or its articles about one
    person and the rest, which never name him, are apart (`_subjects`), or else in what each
    says happened, unless `_named_alike` (one conflict's raids and talks), or else one article
    apart from the rest in what happened and its lead or the rest's actor (`_stray`); each part
    of two or more is read so again (a desk's third event hides inside one: Ocalan's arrest in
    the Turkey-Syria crisis once Turkey's coalition reports are parted), within SPLIT_AT
    articles read on its way. Two events of one desk that share only places and what happened
    (the Turkey-Syria crisis and Ocalan's arrest: Turkey, troops, Kurdish rebels) are cut by
    their whole texts where no name is in most of their leads, or else by the person one is
    about. A story of more than SPLIT_AT articles is left whole (linear work)."""
    labels = labels.copy()
    order = np.argsort(labels, kind="stable")
    bounds = np.flatnonzero(np.diff(labels[order])) + 1
    fresh = int(labels.max()) + 1
    stories = np.split(order, bounds)
    waiting = [(members, 0) for members in stories if 2 <= len(members) <= SPLIT_AT]
    while waiting:
        members, before = waiting.pop()  # before: the articles read on the way to this part
        parts = _parts(members, matrix, read, people)
        if parts.max() == 1:
            continue
        before += len(members)
        for part in np.unique(parts):
            inside = members[parts == part]
            if part > 1:
                labels[inside] = fresh
                fresh += 1
            if len(inside) >= 2 and before + len(inside) <= SPLIT_AT:
                waiting.append((inside, before))
    return labels


def _paired(
    matrix: sparse.csr_matrix,
    read: Reports,
    before: np.ndarray,
    after: np.ndarray,
    people: _Namings,
) -> np.ndarray:
    """The labels `after` the last merge, but where one lone article (alone `before` it) joined
    a story and, read as the split reads it (`_parts`), leaves it with one or more of the
    story's reports: its own event's, which the split had left in another event's story (a
    government's fall told by two reports, one beside a rebel leader's arrest: the other, its
    nearest, joins them). Where the split would part only the lone article, the join stands."""
    labels = after.copy()
    fresh = int(max(before.max(), after.max())) + 1
    alone = np.bincount(before)[before] == 1
    order = np.argsort(after, kind="stable")
    for members in np.split(order, np.flatnonzero(np.diff(after[order])) + 1):
        if not 3 <= len(members) <= SPLIT_AT or alone[members].sum() != 1:
            continue
        parts = _parts(members, matrix, read, people)
        its = parts == parts[alone[members]][0]
        if 2 <= its.sum() < len(members):
            labels[members[its]] = fresh
            fresh += 1
    return labels


def _parts(
    members: np.ndarray, matrix: sparse.csr_matrix, read: Reports, people: _Namings
) -> np.ndarray:
    """The parts (1, 2, ...) of the story of rows `members`, as `_split` reads them, or one
    (`people`: whom each article names, is about, and the subjects it names)."""
    from scipy.cluster.hierarchy import fcluster

    named, about, subjects = people
    rules = read.rules
    similar, tree = _tree(matrix[members])
    parts = fcluster(tree, 1.0 - rules.apart, "distance")
    if parts.max() == 1:
        names = read.names[members], read.actors[members], read.written[members]
        leads = cache(lambda: _similar(read.leads[members]))  # read only where it is asked
        held = _held(subjects[m] for m in members)
        parts = _halves(similar, tree, rules.two_groups, names)
        if held and parts.max() > 1 and not _parted(leads(), parts == 1, rules.lead_groups):
            parts = np.ones(len(members), dtype=int)
        if not held and parts.max() == 1:
            parts = _subjects(
                similar, [named[m] for m in members], [about[m] for m in members], rules
            )
        if parts.max() == 1:
            happened, events = _tree(read.events[members])
            parts = _halves(happened, events, rules.event_groups, names)
            if parts.max() == 1:  # one stray, by what it says happened or else its whole text
                parts = _stray(happened, rules.event_groups, leads(), names, rules)
                if parts.max() == 1:
                    parts = _stray(similar, rules.two_groups, leads(), names, rules)
    return parts


def _stray(
    similar: np.ndarray,
    share: float,
    leads: np.ndarray,
    names: tuple[sparse.csr_matrix, sparse.csr_matrix, sparse.csr_matrix],
    rules: Grouping,
) -> np.ndarray:
    """Part 2 for the one article apart from the rest of its story in one view (`similar` at
    `share`: what it says happened at `event_groups`, or else its whole text at `two_groups`)
    and in its lead (`lead_groups`), or never writing one the rest's leads name as who acted
    (`_own_actor`, of the lead `names`, who acted among them and where each article writes them):
    an event joined to another through the desk's background when the story held one report
    (the Gaza airport's opening with a market bomb's first report; a report of Turkey's
    coalition talks in the Turkey-Syria crisis; Ocalan's arrest beside two reports of the
    government's fall, whose leads its own shares Turkey with; a quake's refinery blaze beside
    the EU's talks on Turkey's candidacy), which no split in two groups of two or more can part;
    or else one part."""
    parts = np.ones(len(similar), dtype=int)
    if not _comparable(1, len(similar) - 1, lone=True):
        return parts
    together = similar.sum(), leads.sum()  # each story's likeness, summed once
    for article in range(len(similar)):
        if _apart_alone(similar, together[0], article, share) and (
            _apart_alone(leads, together[1], article, rules.lead_groups)
            or _own_actor(*names[1:], np.arange(len(similar)) != article)
        ):
            parts[article] = 2
            return parts
    return parts


def _apart_alone(similar: np.ndarray, together: float, article: int, share: float) -> bool:
    """Whether one article and the rest of its story (`together`: the sum of `similar`) are two
    (`_two_groups` at `share`)."""
    return _two_groups(similar[article].sum(), together, 1, len(similar) - 1, share)


def _named_alike(
    names: sparse.csr_matrix,
    actors: sparse.csr_matrix,
    written: sparse.csr_matrix,
    parts: np.ndarray,
) -> bool:
    """Whether parts 1 and 2 (of these articles' lead `names`) share a name in most of their
    leads: East Timor in its raids' and its talks' (a city's airport and market bomb each lead on
    their own places); not where one part's leads name who acted, one of their own
    (`_own_actor`, of their `actors` and where each article writes them, `written`)."""
    found = [np.asarray(names[parts == part].sum(axis=0)).ravel() for part in (1, 2)]
    return bool(
        ((found[0] > 0) & (found[1] > 0) & (2 * (found[0] + found[1]) > len(parts))).any()
    ) and not any(_own_actor(actors, written, parts == part) for part in (1, 2))


def _own_actor(actors: sparse.csr_matrix, written: sparse.csr_matrix, part: np.ndarray) -> bool:
    """Whether most leads of the articles of `part` name one as who acted (`actors`) that under
    half of the others write anywhere (`written`): one place's two happenings by different actors
    (the EU weighing Turkey's candidacy beside Turkey's quake), where East Timor's talks lead on
    Portugal, whom its raids' reports write as background."""
    led = np.asarray(actors[part].sum(axis=0)).ravel()
    elsewhere = np.asarray(written[~part].sum(axis=0)).ravel()
    return bool(((2 * led > part.sum()) & (2 * elsewhere < (~part).sum())).any())


def _subjects(
    similar: np.ndarray,
    named: Sequence[frozenset[str]],
    about: Sequence[frozenset[str]],
    rules: Grouping,
) -> np.ndarray:
    """Parts 1 and 2 where the articles about one person and the rest, which never name him, are
    two stories (`_two_groups` at `other_person`; the person most articles are about first) and
    each is a group (`_holds`: at that loose share, two of PAL's reports unlike each other, on
    Cathay's job cuts and the year's strikes, left the rest), or else one part. Failing that, a
    report about others naming him in passing (`_passing`) is left out of the measure and goes
    with the part it is nearer."""
    people = Counter(person for found in about for person in found)
    passing = [_passing(*each) for each in zip(named, about, strict=True)]
    ranked = sorted(people.items(), key=lambda item: (-item[1], item[0]))
    for person, mentioned in [(person, m) for m in (False, True) for person, _ in ranked]:
        two = np.array([person in found for found in about])
        once = np.array([person in found for found in passing])
        if once.any() != mentioned or any(
            person in found for found, its in zip(named, two | once, strict=True) if not its
        ):
            continue
        rest = ~two & ~once
        inside = two | rest
        size_a, size_b = int(two.sum()), int(rest.sum())
        if (
            _comparable(size_a, size_b)
            and _two_groups(
                similar[np.ix_(two, rest)].sum(),
                similar[np.ix_(inside, inside)].sum(),
                size_a,
                size_b,
                rules.other_person,
            )
            and all(_holds(similar, part, other) for part, other in ((two, rest), (rest, two)))
        ):
            nearer = similar[:, two].mean(axis=1) > similar[:, rest].mean(axis=1)
            return 1 + (two | (once & nearer))
    return np.ones(len(about), dtype=int)


def _holds(similar: np.ndarray, part: np.ndarray, rest: np.ndarray) -> bool:
    """Whether a group of two or more articles is more alike among themselves than to the rest
    (the mean cosine of its pairs over its mean cosine across): a group is one story's."""
    size = int(part.sum())
    within = similar[np.ix_(part, part)].sum() / (size * (size - 1))
    return bool(within > similar[np.ix_(part, rest)].mean())


def _passing(named: frozenset[str], about: frozenset[str]) -> frozenset[str]:
    """The people an article names in passing: once, in a report about others (Ocalan in one on
    Turkey's coalition talks). Such a name neither keeps his story with theirs nor parts it."""
    return named - about if about else frozenset()


def _similar(rows: sparse.csr_matrix) -> np.ndarray:
    """The rows' cosines, none with itself."""
    similar = np.clip((rows @ rows.T).toarray(), 0.0, 1.0)
    np.fill_diagonal(similar, 0.0)
    return similar


def _tree(rows: sparse.csr_matrix) -> tuple[np.ndarray, np.ndarray]:
    """The rows' cosines (`_similar`) and their average-linkage tree."""
    from scipy.cluster.hierarchy import linkage
    from scipy.spatial.distance import squareform

    similar = _similar(rows)
    return similar, linkage(squareform(1.0 - similar, checks=False), "average")


def _halves(
    similar: np.ndarray,
    tree: np.ndarray,
    share: float,
    names: tuple[sparse.csr_matrix, sparse.csr_matrix, sparse.csr_matrix],
) -> np.ndarray:
    """The tree's top two groups as parts 1 and 2 where they are two stories (`_two_groups` at
    `share`) whose lead `names` (who acted among them, and where they are written) are not alike
    (`_named_alike`), or else one part."""
    from scipy.cluster.hierarchy import fcluster

    two = fcluster(tree, 2, "maxclust") == 1
    if _parted(similar, two, share) and not _named_alike(*names, 1 + two):
        return 1 + two
    return np.ones(len(two), dtype=int)


def _parted(similar: np.ndarray, two: np.ndarray, share: float) -> bool:
    """Whether the articles of `two` and the rest, two or more each, are two stories by their
    cosines `similar` (`_two_groups` at `share`)."""
    size_a, size_b = int(two.sum()), int((~two).sum())
    return _comparable(size_a, size_b) and _two_groups(
        similar[np.ix_(two, ~two)].sum(), similar.sum(), size_a, size_b, share
    )


def _story_id(members: Sequence[Article]) -> str:
    """The id the same articles always get: 64 bits, as 32 gave two of a day's 100,000 stories one
    id more often than not; a file's article is known by its text too, as folders reuse names
    (its sentences once split: a build lets its paragraphs go), its words as spaces part them,
    so kept paragraphs, a re-saved file's spacing or line breaks change no id."""
    keys = sorted(
        a.url
        or chr(0).join((a.path, a.title, " ".join(" ".join(a.paragraphs or a.sentences).split())))
        for a in members
    )
    return "s" + hashlib.blake2b(chr(1).join(keys).encode(), digest_size=8).hexdigest()


def _first_seen(members: Sequence[Article]) -> datetime | None:
    times = [a.published for a in members if a.published]
    return min(times) if times else None


def make_story(members: Sequence[Article], primary: Article | None = None, news: str = "") -> Story:
    """A story of these articles, `primary` (default: the first) cited, in its place (as the
    paragraph cited filed it); its headline is the first title among them, or cut from `news`
    (its news sentence) when none has a title."""
    primary = primary or members[0]
    ordered = [primary, *(a for a in members if a.id != primary.id)]
    outlets = tuple(dict.fromkeys(o for a in ordered for o in (a.outlet, *a.also) if o))
    shown = story_headline(ordered, outlets, news)
    reasons = (opinion_reason(a) for a in ordered)  # read until the first news report
    cited = next(reasons)
    opinion = cited if cited and all(reasons) else ""  # one news report among them: news
    return Story(
        _story_id(ordered), shown, tuple(ordered), outlets, _first_seen(ordered), opinion=opinion
    )


def group_stories(articles: Sequence[Article], rules: Grouping = GROUPING) -> list[Story]:
    """The articles grouped into stories, in order of each story's first article; the grouping
    reads articles in publication order, so it does not depend on the order they are given."""
    if not articles:
        return []
    articles = sorted(
        articles, key=lambda a: (a.published is None, a.published or 0, a.url, a.path, a.title)
    )

    matrix, read, namings = _reading(articles, rules)
    eligible = telling(matrix, rules)
    left, right, similarity = _candidates(matrix, eligible, rules)
    keep = similarity >= rules.same_story * rules.neighbour
    graph = sparse.coo_matrix(
        (similarity[keep], (left[keep], right[keep])), shape=(len(articles),) * 2
    )
    neighbours = (graph + graph.T).tocsr()
    labels = _labels(neighbours, read.leads, read.events, rules)
    compared = sparse.csr_matrix((similarity, (left, right)), shape=(len(articles),) * 2)
    labels = _merged(matrix, read, labels, namings, eligible, compared=compared)
    # split what chaining joined, then join the parts that still belong together as wholes
    labels = _split(matrix, read, labels, namings)
    # a report the first pass left alone joins its nearest report's story at that pass's own
    # bar, once no chained story is left for it to join; read again, it may leave that story
    # with its own event's other report
    joined = _merged(matrix, read, labels, namings, eligible, _nearest(neighbours), compared)
    labels = _paired(matrix, read, labels, joined, namings)
    groups: dict[int, list[Article]] = {}
    for article, label in zip(articles, labels, strict=True):
        groups.setdefault(int(label), []).append(article)
    return [make_story(members) for members in groups.values()]
