"""A story's status across days, carried by what past briefings told of it: new, developing
(briefed before, with something new today) or unchanged (nothing new: left out, named in one
line). Its sentences are matched to the items briefed (the same fact, a continuation, an article
briefed before), its articles to those earlier builds read."""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import numpy as np
from scipy import sparse

from briefing.day.headlines import first_sentence
from briefing.day.names import Written, people
from briefing.day.names import reading as scan_names
from briefing.day.stories import happened_unlike, is_when, read_events
from briefing.models import Article, PastItem, Sentence, Story
from briefing.select.day import Day
from briefing.select.facts import Novelty
from briefing.text.news_marks import is_dateline, without_dateline
from briefing.text.segment import paragraph_sentences
from briefing.text.vectorize import (
    alike_in_terms,
    content_terms,
    normalise_rows,
    tfidf,
    weighted_tfidf,
)
from briefing.weights import DEFAULT, Weights


@dataclass(frozen=True)
class Status:
    """A story against past briefings: "new", "developing" or "unchanged" ("" with no
    history), and the days it was first and last briefed."""

    name: str
    first: date | None = None
    last: date | None = None


NO_HISTORY = Status("")
LEAD_TERMS = 5  # content terms two leads share when one restates the other's event (`_led`)
PHRASES = 2  # phrases of their own a report and a told one share when they tell one event


@dataclass(frozen=True)
class Tie:
    """A told story a story continues: its id, the headline and day it was last told under, and
    the story's articles (ids) that continue it."""

    story: str
    headline: str
    last: date
    articles: frozenset[int]


@dataclass(frozen=True)
class Continued:
    """The story told before that a story continues: the first day it was told, the headline
    it was last told under ("" when unknown), the one the reader knows it by, and its id; `ties`
    every told story it continues."""

    first: date
    headline: str = ""
    story: str = ""  # the told story's id (or its article's address)
    ties: tuple[Tie, ...] = ()


def carried(
    stories: Sequence[Story],
    past: Sequence[PastItem],
    weights: Weights = DEFAULT,
    desk: str | None = None,
) -> dict[str, Continued]:
    """Story id -> the story told before that it continues (`past`: the untold PastItems,
    sentences of the told stories' articles), each tie read in turn (`readings`) unless `_Apart`."""
    seen = _against(stories, past)
    if seen is None:
        return {}
    told_on: dict[str, date] = {}
    last_of: dict[str, tuple[date, str]] = {}  # told article -> the story that told it last
    headlines: dict[tuple[date, str], str] = {}
    for item in past:
        if not item.told:
            key = _key(item)
            told_on[item.url] = min(item.day, told_on.get(item.url, item.day))
            last_of[item.url] = max(key, last_of.get(item.url, key))
            headlines.setdefault(key, item.headline)
    joint, _ = tfidf([*seen.texts, *seen.told_texts])
    today, before = joint[: len(seen.texts)], joint[len(seen.texts) :]  # texts', told articles'
    whole = (today @ before.T).tocoo()
    together = normalise_rows(sparse.csr_matrix(seen.members @ before))
    by_story = [(key[0], key) for key in seen.told]
    stories_articles = _rows(seen.members)
    # the told story's articles taken together are read last, for the stories nothing else ties
    # then, kept to each told story's own terms, at `weights.distinct` where a text writes two of
    # them at least (`_own_terms`): another side of it; then the person a told story is about
    distinct = _distinct(before, seen.members, together)
    readings = (
        # its names (people, places) alike the told story's: a next chapter of the same actors
        _Reading(seen.named, by_story, weights.carried),
        _Reading(  # an article alike a told one in whole text (as grouping compares them)
            whole,
            [(told_on[url], last_of[url]) for url in seen.urls],
            weights.carried,
            whole=True,
            guarded=[[col] for col in range(len(seen.urls))],
        ),
        # its opening (a feature's lede and what it leads to) writes the told story's own name
        # (`_story_names`: the Asian Games' next preview, of other teams and places)
        _Reading(seen.opened, by_story, weights.carried),
        # the last five tie a story nothing above ties, through most of its articles (`_by_most`):
        # its whole text alike the told story's articles taken together (a report of another side)
        _Reading(
            today @ together.T, by_story, weights.carried, guarded=stories_articles, last=True
        ),
        _Reading(
            _own_terms(today, distinct),
            by_story,
            weights.distinct,
            guarded=stories_articles,
            last=True,
        ),
        # its reports about a person only that told story's are about (a Greek invitation to
        # Ocalan and his told asylum request)
        _Reading(_about(seen), by_story, weights.carried, guarded=stories_articles, last=True),
        # its lead states a told lead's event in other words (a wire's full rewrite of a fire)
        _Reading(seen.led, by_story, 1.0, guarded=stories_articles, last=True),
        # two phrases only it and a told article write, one in its lead, each the other's most
        # alike of the other stories (the Leonids' "meteor shower"; of `desk`'s told articles)
        _Reading(
            _phrased(seen).multiply(_nearest(whole, seen, past, desk)).tocsr() @ seen.members.T,
            by_story,
            1.0,
            guarded=stories_articles,
            last=True,
        ),
    )
    # words alike are no tie where both name someone or somewhere and none in common ("A court
    # in Yangon ...", "A court in Pyongyang ..."), nor where another of today's stories is more
    # like the told article (`_unlike_told`: an airport's opening beside the bomb's next report)
    alike = _Alike(whole, today @ together.T, weights.carried)
    apart = _Apart.of(seen, _unlike_told(seen, alike))
    # the headline: the latest telling its whole text matches, else its names' closest that day
    return _continued(seen, readings, headlines, apart)


@dataclass(frozen=True)
class _Reading:
    """One way `carried` ties the day's texts (rows of `similarity`) to what was told (its
    columns, `columns`: the first day each was told, and the told story it was last told in,
    day and id): at `at` cosine; `whole` for whole texts against told articles (the headline
    it matches comes first); `guarded` each column's told articles, a tie refused where the
    text is `_Apart` from them; `last` for the stories no reading before tied only."""

    similarity: sparse.spmatrix
    columns: Sequence[tuple[date, tuple[date, str]]]
    at: float
    whole: bool = False
    guarded: Sequence[Sequence[int]] = ()
    last: bool = False


@dataclass(frozen=True)
class _Apart:
    """Whether a text alike in words continues none of some told articles: those naming someone
    or somewhere share no name with it, or one is `unlike` its story (`_unlike_told`). `has`,
    per text then told article, whether it names any; `shared`, per text and told article, the
    names they share."""

    stories: Sequence[str]  # each text's story id
    has: np.ndarray
    shared: sparse.csr_matrix
    unlike: frozenset[tuple[str, int]]

    @classmethod
    def of(cls, seen: _Against, unlike: frozenset[tuple[str, int]]) -> _Apart:
        """The day's texts against the told articles `seen` compares."""
        names, texts = seen.names, len(seen.texts)
        shared = (names[:texts] @ names[texts:].T).tocsr()
        return cls([story for story, _ in seen.owners], names.getnnz(axis=1) > 0, shared, unlike)

    def __call__(self, row: int, told: Sequence[int]) -> bool:
        """Whether text `row` continues none of the told articles (columns) `told`."""
        named = [col for col in told if self.has[len(self.stories) + col]]
        return bool(
            self.has[row] and named and not any(self.shared[row, col] for col in named)
        ) or any((self.stories[row], col) in self.unlike for col in told)


def _continued(
    seen: _Against,
    readings: Sequence[_Reading],
    headlines: dict[tuple[date, str], str],
    apart: _Apart,
) -> dict[str, Continued]:
    """`carried`'s answer: each story's ties by the `readings`, in turn, to the told stories
    (`headlines`: each telling's, by day and id)."""
    first: dict[str, date] = {}
    latest: dict[str, tuple[int, date, float, str, str]] = {}  # the latest telling, by text
    tied: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    last: dict[str, tuple[date, str]] = {}  # told story -> its latest telling's day, headline
    for reading in readings:
        tied_before = frozenset(first) if reading.last else frozenset()
        pairs = reading.similarity.tocoo()
        found = [
            (row, col, float(value))
            for row, col, value in zip(pairs.row, pairs.col, pairs.data, strict=True)
            if seen.owners[row][0] not in tied_before
            and value >= reading.at
            and not (reading.guarded and apart(row, reading.guarded[col]))
        ]
        for row, col, value in (
            _by_most(found, seen.owners, reading.columns) if reading.last else found
        ):
            story, (when, key) = seen.owners[row][0], reading.columns[col]
            first[story] = min(when, first.get(story, when))
            match = (int(reading.whole), key[0], value, headlines[key], key[1])
            latest[story] = max(match, latest.get(story, match))
            tied[story][key[1]].add(seen.owners[row][1].id)
            last[key[1]] = max((key[0], headlines[key]), last.get(key[1], (key[0], "")))
    return {
        story: Continued(
            when,
            *latest[story][3:],
            tuple(
                Tie(told, last[told][1], last[told][0], frozenset(articles))
                for told, articles in tied[story].items()
            ),
        )
        for story, when in first.items()
    }


def named_like(
    stories: Sequence[Story], past: Sequence[PastItem], weights: Weights = DEFAULT
) -> dict[str, frozenset[str]]:
    """Story id -> the told articles (addresses) of each story told before whose names (people,
    places) one of its articles shares at `weights.continues` cosine: a line that only continues
    a briefed item (`Novelty.follows`) ties it to that item's story only then."""
    seen = _against(stories, past)
    if seen is None:
        return {}
    articles: dict[tuple[date, str], set[str]] = defaultdict(set)
    for url, key in zip(seen.urls, seen.stories, strict=True):
        articles[key].add(url)
    found: dict[str, set[str]] = defaultdict(set)
    pairs = seen.named.tocoo()
    for row, col, value in zip(pairs.row, pairs.col, pairs.data, strict=True):
        if value >= weights.continues:
            found[seen.owners[row][0]] |= articles[seen.told[col]]
    return {story: frozenset(urls) for story, urls in found.items()}


def _by_most(
    found: list[tuple[int, int, float]],
    owners: Sequence[tuple[str, Article]],
    columns: Sequence[tuple[date, tuple[date, str]]],
) -> list[tuple[int, int, float]]:
    """Of the (text row, column, cosine) pairs a last reading found alike, those where more
    than half of the text's story's articles are alike with the column's told story: one
    report of a fresh event near a told story in its desk's background ties no story (one of
    Turkey's government collapse writes Turkey as Ocalan's told reports do, the other not)."""
    size = Counter(story for story, _ in owners)
    alike: dict[tuple[str, str], set[int]] = defaultdict(set)
    for row, col, _ in found:
        alike[owners[row][0], columns[col][1][1]].add(row)
    return [
        (row, col, value)
        for row, col, value in found
        if 2 * len(alike[owners[row][0], columns[col][1][1]]) > size[owners[row][0]]
    ]


@dataclass(frozen=True)
class _Alike:
    """The day's texts alike in whole text with told articles (`whole`) and with told stories'
    articles taken together (`together`), at `at` cosine."""

    whole: sparse.coo_matrix
    together: sparse.spmatrix
    at: float


def _unlike_told(seen: _Against, alike: _Alike) -> frozenset[tuple[str, int]]:
    """Of the (story, told article) pairs alike in whole text, those where another of today's
    stories is more like the told article and says another thing happened: another event."""
    # Read per told article, not per told story: a story told as one may have held two events'
    # reports. A copy of the told article is no story more like it (it says nothing new).
    whole, at = alike.whole, alike.at
    value: dict[tuple[str, int], float] = {}
    for row, col, cosine in zip(whole.row, whole.col, whole.data, strict=True):
        if cosine >= at and seen.texts[row] != seen.told_texts[col]:
            pair = seen.owners[row][0], int(col)
            value[pair] = max(cosine, value.get(pair, 0.0))
    rows: dict[str, list[int]] = defaultdict(list)
    for n, (story, _) in enumerate(seen.owners):
        rows[story].append(n)
    # per text and told article: alike with its story's told articles taken together, and with
    # none of them alone (a text alike with a told article continues that one, its copy too)
    place = {key: n for n, key in enumerate(seen.told)}
    column = [place[key] for key in seen.stories]
    alone = (whole.tocsr() >= at).astype(float) @ seen.members.T
    may_claim = ((alike.together.toarray() >= at) & ~(alone.toarray() > 0))[:, column]
    best: dict[int, tuple[float, str]] = {}  # told article -> today's story most like it
    for (story, told), cosine in value.items():
        best[told] = max((cosine, story), best.get(told, (0.0, "")))
    pairs = [
        (story, told)
        for story, told in value
        if best[told][1] != story
        or any(may_claim[mine, told].any() for other, mine in rows.items() if other != story)
    ]
    if not pairs:
        return frozenset()
    # what each says happened (`Reports.events`): a bomb's next report says a bomb went off, an
    # airport's opening beside it only shares the desk's words ("Palestinian", "open"), more of
    # them; none of this story's articles saying what one of the other's says (`happened_unlike`)
    said = read_events([*(article for _, article in seen.owners), *_as_articles(seen)])
    happened = (said[: len(seen.texts)] @ said[len(seen.texts) :].T).toarray()
    likeness = happened, happened * may_claim  # once for the day, not once a pair
    return frozenset(
        (story, told)
        for story, told in pairs
        if any(
            other != story and happened_unlike(rows[story], rows[other], said)
            for other in _more_like(story, told, rows, likeness, best[told][1])
        )
    )


def _more_like(
    story: str,
    told: int,
    rows: dict[str, list[int]],
    happened: tuple[np.ndarray, np.ndarray],
    best: str,
) -> list[str]:
    """Today's stories more like told article `told` than `story` is: `best` in whole text, and
    those saying more of what it says happened (`happened`: each text's likeness to each told
    article in what happened, and the same where it may claim that article, else 0)."""
    said = happened[0][rows[story], told].max()
    claims = happened[1]
    return [best, *(other for other, mine in rows.items() if claims[mine, told].max() > said)]


def _as_articles(seen: _Against) -> list[Article]:
    """The told articles as `Article`s, for the grouping's reading of what each says happened."""
    return [
        Article("", "", url, "", None, (text,))
        for url, text in zip(seen.urls, seen.told_texts, strict=True)
    ]


def _distinct(
    told: sparse.csr_matrix, members: sparse.csr_matrix, together: sparse.csr_matrix
) -> sparse.csr_matrix:
    """Each told story's articles (`told` rows, `members`) taken together (`together`), kept to
    its own terms: those more than half of its told articles (two at least, where it has two)
    write and no other told story's article does ("Leonid", "meteor"; not a desk's "Israeli")."""
    counts = (members @ (told > 0).astype(float)).toarray()
    sizes = np.asarray(members.sum(axis=1))
    own = (counts >= np.minimum(2, sizes)) & (2 * counts > sizes) & (counts == counts.sum(axis=0))
    return sparse.csr_matrix(together.multiply(own))


def _own_terms(today: sparse.csr_matrix, distinct: sparse.csr_matrix) -> sparse.csr_matrix:
    """Each text (`today` rows) against each told story's own terms (`_distinct`), where it
    writes two of them at least: one word in common ("plane" of an airport's told reports and of
    an air crash's inquiry) is a field's, not a story's."""
    return alike_in_terms(today, distinct)


def _rows(matrix: sparse.csr_matrix) -> list[list[int]]:
    """Each row's columns holding a value."""
    return [matrix.indices[start:end].tolist() for start, end in itertools.pairwise(matrix.indptr)]


def _key(item: PastItem) -> tuple[date, str]:
    """The told story an untold PastItem's article was in: (day told, id)."""
    return item.day, item.story or item.url


def told_by(past: Sequence[PastItem], topic: str) -> list[PastItem]:
    """`past`'s untold PastItems (paragraphs of told articles) of the stories `topic` told."""
    return [item for item in past if not item.told and item.topic == topic]


def told_ids(past: Sequence[PastItem], topic: str) -> frozenset[str]:
    """The ids of the stories `topic` told, as `carried`'s ties name them."""
    return frozenset(_key(item)[1] for item in told_by(past, topic))


@dataclass(frozen=True)
class _Against:
    """The day's articles (`owners`: story id and article; `texts`) against the articles of
    stories told before (`urls`, their `told_texts` and `stories`; `members`, 1 per story told
    (rows, `told`) and article of it), read by `_named` and `_opened`."""

    owners: list[tuple[str, Article]]
    texts: list[str]
    urls: list[str]
    told_texts: list[str]
    stories: list[tuple[date, str]]
    told: list[tuple[date, str]]
    members: sparse.csr_matrix
    named: sparse.csr_matrix
    names: sparse.csr_matrix
    opened: sparse.csr_matrix  # per text and told story: 1 where its opening writes its name
    led: sparse.csr_matrix  # per text and told story: 1 where its lead states a told lead's event


def _against(stories: Sequence[Story], past: Sequence[PastItem]) -> _Against | None:
    """The day's stories' articles against the told ones (`past`'s untold PastItems), or None
    when either is missing: what `carried` and `named_like` both compare."""
    bodies: dict[str, list[str]] = defaultdict(list)
    story_of: dict[str, tuple[date, str]] = {}  # told article -> the story that told it
    for item in past:
        if not item.told:
            bodies[item.url].append(item.text)
            story_of.setdefault(item.url, _key(item))
    owners = [(story.id, a) for story in stories for a in story.articles]
    if not bodies or not owners:
        return None
    texts = [" ".join(a.sentences or a.paragraphs) for _, a in owners]
    told_texts = [" ".join(body) for body in bodies.values()]
    keys = [story_of[url] for url in bodies]
    told, members, named, names = _named(texts, told_texts, keys)
    openings = [" ".join((a.sentences or a.paragraphs)[:2]) for _, a in owners]
    told_leads = [body[0] for body in bodies.values()]
    opened = _opened(openings, told_leads, told_texts, keys, told)
    leads = [first_sentence(a) for _, a in owners]
    led = _led(leads, told_leads, keys, told)
    return _Against(
        owners, texts, list(bodies), told_texts, keys, told, members, named, names, opened, led
    )


def _about(seen: _Against) -> sparse.csr_matrix:
    """Per text (rows) and story told before (columns, `seen.told`): 1 where the text is about a
    person (writes him twice, `people`) whom more than half of the story's told articles are
    about and those of no other told story ("Ocalan" of a Greek invitation to him and of his
    told asylum request; not "Clinton" of two told stories), and not under another first name
    than they write him (`_first_names`: "Rajinder Singh" is not "Jaswant Singh")."""
    texts, told = seen.texts, seen.told
    read = [_read(text) for text in [*texts, *seen.told_texts]]
    _, about, _ = people([written for _, written in read])
    firsts = _first_names(read)
    counted: dict[tuple[date, str], Counter[str]] = defaultdict(Counter)
    named: dict[tuple[date, str], set[tuple[str, str]]] = defaultdict(set)
    told_of = zip(about[len(texts) :], seen.stories, firsts[len(texts) :], strict=True)
    for persons, story, own in told_of:
        counted[story].update(persons)
        named[story] |= own
    size = Counter(seen.stories)
    whose: dict[str, list[int]] = defaultdict(list)  # a person -> the told stories about him
    for column, story in enumerate(told):
        for person, count in counted[story].items():
            if 2 * count > size[story]:
                whose[person].append(column)
    pairs = {
        (row, columns[0])
        for row, persons in enumerate(about[: len(texts)])
        for person in persons
        if len(columns := whose.get(person, [])) == 1
        and not _other_first(firsts[row], named[told[columns[0]]], person)
    }
    return _ones(pairs, (len(texts), len(told)))


def _first_names(read: Sequence[tuple[tuple[str, ...], Written]]) -> list[set[tuple[str, str]]]:
    """Per text (its names and `Written`, `_read`), the (first name, last name) pairs of the
    people it names in full, a first name being a word the texts write first in a longer name
    inside a sentence (`Written.given`) and never alone ("jaswant" of "Jaswant Singh")."""
    givens = {word for _, each in read for word in each.given}
    givens -= {word for _, each in read for word in each.alone}
    return [
        {
            (words[-2], f"@{words[-1]}")
            for name in names
            if len(words := name.split()) > 1 and words[-2] in givens
        }
        for names, _ in read
    ]


def _other_first(ours: set[tuple[str, str]], theirs: set[tuple[str, str]], person: str) -> bool:
    """Whether both sides write `person` after a first name (`_first_names`), and none alike."""
    mine = {first for first, last in ours if last == person}
    told = {first for first, last in theirs if last == person}
    return bool(mine and told and not mine & told)


def _opened(
    openings: Sequence[str],
    told_leads: Sequence[str],
    told_texts: Sequence[str],
    stories: Sequence[tuple[date, str]],
    told: Sequence[tuple[date, str]],
) -> sparse.csr_matrix:
    """Per opening (rows) and story told before (columns, `told`): 1 where the opening writes
    one of the story's names (`_story_names` of its told articles' leads and texts, `told_leads`
    and `told_texts` of `stories`) that no lead of another story told that day writes
    ("President Clinton" of the impeachment's and the Gulf buildup's leads is neither's)."""
    known: dict[tuple[date, str], list[frozenset[str]]] = defaultdict(list)  # its leads' names
    bodies: dict[tuple[date, str], list[str]] = defaultdict(list)  # its told articles' texts
    writers: dict[tuple[date, str], set[str]] = defaultdict(set)  # (day, name) -> its stories
    for lead, text, story in zip(told_leads, told_texts, stories, strict=True):
        names = _long_names(lead)
        known[story].append(names)
        bodies[story].append(text)
        for name in names:
            writers[story[0], name].add(story[1])
    named_by: dict[str, set[int]] = defaultdict(set)  # a story's name -> the told stories' columns
    for column, story in enumerate(told):
        for name in _story_names(known[story], bodies[story]):
            if writers[story[0], name] == {story[1]}:
                named_by[name].add(column)
    pairs = {
        (row, column)
        for row, opening in enumerate(openings)
        for name in _long_names(opening)
        for column in named_by.get(name, ())
    }
    return _ones(pairs, (len(openings), len(told)))


def _led(
    leads: Sequence[str],
    told_leads: Sequence[str],
    stories: Sequence[tuple[date, str]],
    told: Sequence[tuple[date, str]],
) -> sparse.csr_matrix:
    """Per lead (first sentence, rows) and story told before (columns, `told`): 1 where it
    shares `LEAD_TERMS` content terms, when it happened left out, with the first sentence of
    one of the story's told articles (`told_leads` of `stories`): a lead states the event, and a
    rewrite restates it in its own order ("fire", "dance", "hall", "jammed", "teen", "killed")."""
    place = {key: n for n, key in enumerate(told)}
    terms = [_lead_terms(lead) for lead in (*leads, *told_leads)]
    vocabulary = {term: n for n, term in enumerate(sorted(set().union(*terms)))}
    incidence = _ones(
        {(row, vocabulary[term]) for row, each in enumerate(terms) for term in each},
        (len(terms), len(vocabulary)),
    )
    shared = incidence[: len(leads)] @ incidence[len(leads) :].T  # terms each pair shares
    owner = _ones({(n, place[key]) for n, key in enumerate(stories)}, (len(told_leads), len(told)))
    return ((shared >= LEAD_TERMS).astype(np.float64) @ owner >= 1).astype(np.float64).tocsr()


def _phrased(seen: _Against) -> sparse.csr_matrix:
    """Per text (rows) and told article (columns): 1 where the two share `PHRASES` phrases
    (`_phrases`) that only their two stories write (a copy of a told article is that article),
    one of them in the text's lead: the event's own words ("war crimes tribunal" of the
    investigators going back), however many of either story's reports write them, not a desk's
    or the wire's stock ("told reporters", "condition of anonymity"), which no lead states."""
    writer = {text: (True, key) for text, key in zip(seen.told_texts, seen.stories, strict=True)}
    for text, (story, _) in zip(seen.texts, seen.owners, strict=True):
        writer.setdefault(text, (False, story))
    every = list(writer)
    read = [_phrases(text) for text in every]
    author = np.repeat(np.arange(len(every)), [len(codes) for codes, _ in read])
    phrases = np.concatenate([np.empty(0, np.int64), *(codes for codes, _ in read)])
    order = np.argsort(phrases, kind="stable")
    phrases, author = phrases[order], author[order]
    # the phrases two texts write at least, the few read one by one
    again = phrases[1:] == phrases[:-1]
    twice = np.r_[again, False] | np.r_[False, again]
    writers: dict[int, list[int]] = defaultdict(list)
    for phrase, n in zip(phrases[twice].tolist(), author[twice].tolist(), strict=True):
        writers[phrase].append(n)
    shared: Counter[tuple[int, int]] = Counter()  # (text, told text) -> their stories' phrases
    led: set[tuple[int, int]] = set()  # where the text's lead writes one
    for phrase, texts in writers.items():
        stories = {writer[every[n]] for n in texts}
        if len(stories) != 2 or len({told for told, _ in stories}) != 2:
            continue  # not one story of today's and one told
        for text, told in itertools.product(texts, texts):
            if not writer[every[text]][0] and writer[every[told]][0]:
                shared[text, told] += 1
                if phrase in read[text][1]:
                    led.add((text, told))
    place = {text: n for n, text in enumerate(every)}
    rows = _positions([place[text] for text in seen.texts])
    columns = _positions([place[text] for text in seen.told_texts])
    pairs = {
        pair
        for (text, told), count in shared.items()
        if count >= PHRASES and (text, told) in led
        for pair in itertools.product(rows[text], columns[told])
    }
    return _ones(pairs, (len(seen.texts), len(seen.told_texts)))


def _positions(places: Sequence[int]) -> dict[int, list[int]]:
    """Each value of `places` -> the positions holding it."""
    found: dict[int, list[int]] = defaultdict(list)
    for position, value in enumerate(places):
        found[value].append(position)
    return found


def _nearest(
    whole: sparse.spmatrix, seen: _Against, past: Sequence[PastItem], desk: str | None
) -> np.ndarray:
    """Per text and told article (`whole`: their cosines): whether each is the other's most
    alike, its own story's texts aside (two copies of one report are no rivals), a text copying
    a told article aside (it is that article, no other report of it), the told article `desk`'s
    when one is given (`carried`)."""
    alike = whole.toarray()
    told = set(seen.told_texts)
    alike[[text in told for text in seen.texts]] = 0.0
    ours = {item.url for item in past if not item.told and item.topic == desk}
    return (
        (alike > 0)
        & _unrivalled(alike, [story for story, _ in seen.owners])
        & _unrivalled(alike.T, seen.stories).T
        & np.array([desk is None or url in ours for url in seen.urls])
    )


def _unrivalled(alike: np.ndarray, stories: Sequence[object]) -> np.ndarray:
    """Per row and column of `alike`: whether no row of another story (`stories`, a row's) is
    more alike with the column."""
    number = {story: n for n, story in enumerate(dict.fromkeys(stories))}
    mine = np.array([number[story] for story in stories], dtype=np.intp)
    best = np.zeros((len(number) + 1, alike.shape[1]))  # a story's best, and a row of none
    np.maximum.at(best, mine, alike)
    ranked = np.sort(best, axis=0)
    others = np.where(best.argmax(axis=0) == mine[:, None], ranked[-2], ranked[-1])
    return alike >= others


@lru_cache(maxsize=2048)
def _phrases(text: str) -> tuple[np.ndarray, frozenset[int]]:
    """A text's phrases, each once, as hash codes, and those of its lead (first sentence), its
    datelines left out: two content terms running in one of its sentences, neither saying when
    or how many (`is_when`: "killed 40", "said Wednesday"), nor inside one of its names
    (`names_of`: "Hong Kong", "Joseph Estrada" are the desk's, read by the names' readings)."""
    named = {pair for name in names_of(text) for pair in itertools.pairwise(content_terms(name))}
    each = [
        {
            hash(pair)
            for pair in itertools.pairwise(content_terms(sentence))
            if not (is_when(pair[0]) or is_when(pair[1]) or pair in named)
        }
        for _, sentence in paragraph_sentences([text])
        if not is_dateline(sentence)
    ]
    found = set().union(*each)
    codes = np.fromiter(found, dtype=np.int64, count=len(found))
    codes.flags.writeable = False  # cached: every call reads the same array
    return codes, frozenset(each[0] if each else ())


def _lead_terms(text: str) -> frozenset[str]:
    """The content terms of a text's first sentence, its dateline (run in, or a unit of its own:
    "MANILA (Reuters) -") and when it happened left out (`is_when`: a day's events share their
    weekdays)."""
    first = next((s for _, s in paragraph_sentences([text]) if not is_dateline(s)), "")
    return frozenset(term for term in content_terms(first) if not is_when(term))


def _ones(pairs: set[tuple[int, int]], shape: tuple[int, int]) -> sparse.csr_matrix:
    """A matrix of `shape` holding 1 at each (row, column) of `pairs`."""
    rows, columns = zip(*sorted(pairs), strict=True) if pairs else ((), ())
    return sparse.csr_matrix((np.ones(len(rows)), (rows, columns)), shape=shape)


def _story_names(leads: Sequence[frozenset[str]], texts: Sequence[str]) -> frozenset[str]:
    """The names a story is known by: of its articles' leads' names (`_long_names`), one that
    at least two of them write, and more than half ("Asian Games", "Typhoon Babs"); of a story
    told by one report (`texts`), one its lead writes and the report again, not a place it
    opens on once ("North Korea plans to send 317 athletes to the Asian Games ...")."""
    if len(leads) == 1:
        again = texts[0].casefold()
        return frozenset(name for name in leads[0] if again.count(name) >= 2)
    counted = Counter(name for names in leads for name in names)
    return frozenset(
        name for name, count in counted.items() if count >= 2 and 2 * count > len(leads)
    )


def _long_names(text: str) -> frozenset[str]:
    """The names of two words or more a text (an article's opening) writes, its dateline left
    out, case folded."""
    return frozenset(n.casefold() for n in names_of(without_dateline(text)) if " " in n)


def _named(
    texts: Sequence[str], told_texts: Sequence[str], stories: Sequence[tuple[date, str]]
) -> tuple[list[tuple[date, str]], sparse.csr_matrix, sparse.csr_matrix, sparse.csr_matrix]:
    """The stories told before (day told, id), in order of their first told article, which
    told articles are each one's (`_Against.members`), each text's names against each one's (the
    unit rows of its told articles, `told_texts` of `stories`, summed), and the names of the
    texts then of the told texts (`_names`)."""
    told = list(dict.fromkeys(stories))
    place = {key: n for n, key in enumerate(told)}
    members = sparse.csr_matrix(
        (np.ones(len(stories)), ([place[key] for key in stories], range(len(stories)))),
        shape=(len(told), len(stories)),
    )
    named = _names([*texts, *told_texts])
    centres = normalise_rows(sparse.csr_matrix(members @ named[len(texts) :]))
    return told, members, named[: len(texts)] @ centres.T, named


def _names(texts: Sequence[str]) -> sparse.csr_matrix:
    """Each text's names (`names_of`) as unit TF-IDF rows."""
    return weighted_tfidf(map(names_of, texts))


def names_of(text: str) -> tuple[str, ...]:
    """A text's names (people, places, bodies), once each, sorted; when it was written
    ("Tuesday") is no name of its story."""
    return _read(text)[0]


@lru_cache(maxsize=2048)
def _read(text: str) -> tuple[tuple[str, ...], Written]:
    """A text's names (`names_of`) and how it writes people's (`reading`), in one scan. Cached:
    a desk's `carried` and `named_like` read the same told articles and many of the same
    stories."""
    found, written = scan_names(text)
    return tuple(sorted({name for name in found if not is_when(f"@{name}")})), written


def story_status(
    found: Sequence[Sentence],
    rows: dict[int, int],
    novelty: Novelty,
    day: Day,
    since: date | None = None,
    named: frozenset[str] = frozenset(),
) -> Status:
    """A story's status: `found` its candidate sentences, `rows` each one's row in `novelty`,
    `since` the first day a story it continues was told (`carried`), `named` the told articles
    of the stories it is named like (`named_like`): a line that only continues a briefed item
    (`Novelty.follows`) dates it only from an item of those. Developing when an article no
    earlier build read says something not known before (`Novelty.known`), else unchanged."""
    statuses = [novelty.statuses[rows[s.id]] for s in found]
    if not statuses or not statuses[0]:
        return NO_HISTORY
    briefed = [
        when
        for s in found
        if (when := novelty.briefed[rows[s.id]]) is not None
        and novelty.follows[rows[s.id]] in named | {""}
    ]
    briefed += [since] if since else []
    if not briefed:
        return Status("new")
    first, last = min(briefed), max(briefed)
    # a line of an article read before, though never told, is yesterday's news
    news = any(not old_news(s, rows[s.id], novelty, day) for s in found)
    return Status("developing" if news else "unchanged", first, last)


def told_news(
    found: Sequence[Sentence], rows: dict[int, int], novelty: Novelty, day: Day, told: Continued
) -> tuple[frozenset[str], tuple[Tie, ...]]:
    """The told stories a developing story (`found` its candidate sentences, `told` what it
    continues) continues by an article with news (ids), and, when there are such, those it
    continues by old articles only (re-published, or saying what was known): unchanged though
    grouped with another's news, since the reader was told them and nothing goes on."""
    news = {s.article.id for s in found if not old_news(s, rows[s.id], novelty, day)}
    going_on = frozenset(tie.story for tie in told.ties if tie.articles & news)
    return going_on, tuple(tie for tie in told.ties if going_on and not tie.articles & news)


def old_news(sentence: Sentence, row: int, novelty: Novelty, day: Day) -> bool:
    """A line of an article an earlier build read, or one saying what was known then
    (`Novelty.known`): what neither makes a story developing nor tells one that is."""
    return sentence.article.id in day.republished or novelty.known[row]
