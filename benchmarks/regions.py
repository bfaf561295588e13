"""Region days: three desks whose events share a region, built from ../shared/eval/duc2003
(or, `--set duc2007`, desks whose topics share a domain).

A desk (a topic) carries five events of one region, by 8, 5, 3, 2 and 1 articles; two or three
events of other regions ride along as distractors. Articles are untitled wire copy (no title, the
DUC agency as outlet), interleaved at random times inside the day's window, so grouping must
separate events that share places and names. Which clusters carry which sizes, and which of their
documents, follows a seed: tune on some seeds, report on others.

    python benchmarks/stories.py --region            # seeds 1-3, the days grouping was tuned on
    python benchmarks/stories.py --region --seed 7   # a day never looked at while tuning
    python benchmarks/stories.py --two-days --seed 4 --pairs  # story status over two days
    python benchmarks/stories.py --grouping --seed 1 # the grouping stage alone, in seconds
    python benchmarks/stories.py --region --set duc2007  # the desks of DUC 2007's topics

A DUC 2007 cluster is a topic spanning months or years: its event is the articles of its
densest fortnight (`Desks.window`), so a desk's events are each one story, as DUC 2003's are.

Over two days (`two_days`), the status each event should show follows what the first day's
briefing told (`as_briefed`): an event it never told is new to the reader. The status it shows
is the one a line of its own gives it (`statuses`): a printed line from one of its articles, or
an unchanged or no-room headline cut from such a line; a story told by another event's line
says nothing of it.
"""

from __future__ import annotations

import random
import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from difflib import SequenceMatcher
from pathlib import Path

from stories import (
    DAY,
    Clusters,
    Document,
    Story,
    central,
    entries,
    toml_string,
    topic_terms,
)


@dataclass(frozen=True)
class Desks:
    """A set's desks (name -> its clusters) and, for a set of topics, the days an event's
    articles may span (its cluster's densest window of that many days; None: a cluster is one
    event already)."""

    source: str
    regions: dict[str, tuple[str, ...]]
    window: int | None = None

    def usable(self, documents: list[Document]) -> list[Document]:
        """The documents an event may draw on, most central first (`stories.central`): within
        the window of `window` days holding the most of them, the earliest such."""
        kept = central(documents)
        if self.window is None:
            return kept
        days = [_day(d) for d in kept]
        start = max(
            sorted(set(days)), key=lambda s: sum(0 <= (d - s).days < self.window for d in days)
        )
        return [
            d for d, day in zip(kept, days, strict=True) if 0 <= (day - start).days < self.window
        ]


REGIONS = {
    "Middle East": ("d30010t", "d30040t", "d30028t", "d30044t", "d31009t", "d31027t"),
    "Asia": ("d30012t", "d30020t", "d30034t", "d31011t", "d31041t", "d31050t"),
    "Europe": ("d30003t", "d30005t", "d30016t", "d30051t", "d31002t", "d31010t", "d31022t"),
}
SETS = {
    "duc2003": Desks("DUC 2003", REGIONS),
    "duc2007": Desks(  # topics sharing a domain; DUC 2003's median event spans 16 days
        "DUC 2007",
        {
            "US courts and politics": (
                "D0701A",
                "D0711C",
                "D0714D",
                "D0721E",
                "D0727G",
                "D0729G",
                "D0730G",
            ),
            "Europe": ("D0703A", "D0705A", "D0707B", "D0743J"),
            "Health": ("D0724F", "D0728G", "D0734H"),
        },
        window=14,
    ),
}
DUC2003 = SETS["duc2003"]
EVENT_SIZES = (8, 5, 3, 2, 1)  # articles carrying a desk's first, second, ... event
DISTRACTORS = (2, 3)  # how many off-desk events, and at most how many articles each
TUNED = (1, 2, 3)  # the seeds grouping was tuned on; report the others


def choose_region_stories(
    clusters: Clusters, seed: int, desks: Desks = DUC2003
) -> tuple[list[Story], list[Story]]:
    """Each desk's events (topic = desk) and the distractors (topic -1), chosen by `seed`."""
    rng = random.Random(seed)
    usable = {name: desks.usable(docs) for name, (docs, _) in clusters.items()}
    stories: list[Story] = []
    for topic, names in enumerate(desks.regions.values()):
        order = [n for n in names if n in clusters]
        rng.shuffle(order)
        order.sort(key=lambda n: len(usable[n]) < EVENT_SIZES[0])  # the 8 from a large cluster
        for size, name in zip(EVENT_SIZES, order, strict=False):
            picked = sorted(rng.sample(usable[name], min(size, len(usable[name]))), key=_date)
            stories.append(Story(name, tuple(picked), tuple(clusters[name][1]), topic))
    on_desk = {n for names in desks.regions.values() for n in names}
    openings = {d.paragraphs[0] for s in stories for d in s.documents}
    others = sorted(  # DUC files a few documents under two clusters: no distractor shares one
        n
        for n in clusters
        if n not in on_desk and not openings & {d.paragraphs[0] for d in usable[n]}
    )
    distractors = [
        Story(name, tuple(usable[name][: rng.randint(1, DISTRACTORS[1])]), (), -1)
        for name in rng.sample(others, rng.choice(DISTRACTORS))
    ]
    return stories, distractors


def _date(document) -> str:
    return document.id[3:]


def _day(document: Document) -> date:
    """The day a DUC document was filed, read off its id ("NYT19990227.0073")."""
    return datetime.strptime(document.id[3:11], "%Y%m%d").date()


def write_region_day(
    stories: list[Story],
    distractors: list[Story],
    terms: dict[int, list[str]],
    folder: Path,
    seed: int,
    desks: Desks = DUC2003,
) -> dict[str, str]:
    """Untitled articles at random times in the day's window, and a briefing.toml with one topic
    a desk; returns each article's file name -> its cluster."""
    entries = [(s.cluster, d) for s in stories + distractors for d in s.documents]
    write_config(terms, folder, desks)
    return write_articles(entries, folder / "articles", DAY, seed)


def region_day(
    clusters: Clusters, seed: int, folder: Path, desks: Desks = DUC2003
) -> tuple[list[Story], list[Story], dict[str, str]]:
    """The seed's region day of `desks`, written into `folder`: its desk events, distractors,
    and each article's file name -> its cluster."""
    stories, distractors = choose_region_stories(clusters, seed, desks)
    terms = topic_terms(stories, clusters)
    return stories, distractors, write_region_day(stories, distractors, terms, folder, seed, desks)


def write_articles(
    entries: list[tuple[str, Document]], folder: Path, day: date, seed: int
) -> dict[str, str]:
    """The (cluster, document) entries as untitled wire files in `folder`, shuffled, at random
    times in `day`'s window; returns each file name -> its cluster."""
    start = datetime.combine(day, datetime.min.time(), UTC) - timedelta(hours=17)
    rng = random.Random(seed)
    entries = list(entries)
    rng.shuffle(entries)
    folder.mkdir(parents=True, exist_ok=True)
    owner = {}
    for number, (cluster, document) in enumerate(entries):
        name = f"wire-{number:02d}.txt"
        owner[name] = cluster
        published = start + timedelta(minutes=rng.randrange(0, 18 * 60))
        front = f"Source: {document.outlet}\nPublished: {published.isoformat()}"
        body = "\n\n".join(document.paragraphs)
        (folder / name).write_text(f"{front}\n\n{body}\n", encoding="utf-8")
    return owner


def write_config(terms: dict[int, list[str]], folder: Path, desks: Desks = DUC2003) -> None:
    """briefing.toml: one topic a desk, its terms each event's most distinctive words."""
    title = toml_string(f"Region day ({desks.source})")
    config = [f"title = {title}", 'timezone = "UTC"', 'output = "out"', ""]
    for topic, desk in enumerate(desks.regions):
        config += [
            "[[topics]]",
            f"name = {toml_string(desk)}",
            f"description = {toml_string('News of the ' + desk + ' desk.')}",
            "threshold = 1.0",
            "[topics.terms]",
            *(f"{toml_string(term)} = 1.0" for term in terms[topic]),
            "",
        ]
    (folder / "briefing.toml").write_text("\n".join(config), encoding="utf-8")


def two_days(
    stories: list[Story], clusters: Clusters, seed: int
) -> tuple[list[tuple[str, Document]], list[tuple[str, Document]], dict[str, str]]:
    """A region day's articles over two days, and the status each event should have on the
    second if the first day told it (`as_briefed` corrects for the events it did not): an event
    of three or more articles holds its last one back (developing, unless it is a `cut_copy`), one
    of two is re-published as it was (unchanged), one of one is not carried again, and each desk's
    unused cluster brings a new event (new)."""
    used = {s.cluster for s in stories}
    first, second, expected = [], [], {}
    for story in stories:
        documents = [(story.cluster, d) for d in story.documents]
        if len(documents) >= 3:
            first += documents[:-1]
            second += documents[-1:]
            copied = cut_copy(story.documents[-1], story.documents[:-1])
            expected[story.cluster] = "unchanged" if copied else "developing"
        elif len(documents) == 2:
            first += documents
            second += documents
            expected[story.cluster] = "unchanged"
        else:
            first += documents
    for names in REGIONS.values():
        fresh = sorted(n for n in names if n in clusters and n not in used)
        if fresh:
            usable = central(clusters[fresh[0]][0])
            second += [(fresh[0], d) for d in usable[:2]]
            expected[fresh[0]] = "new"
    return first, second, expected


def cut_copy(document: Document, earlier: Sequence[Document]) -> bool:
    """Whether `document` is a wire's cut copy of an earlier one: every paragraph but its last
    (the wire's note, "5th graf pvs.") is one of that article's, or that one with a word
    corrected (a re-send fixing a name's spelling), so it says nothing new."""
    head = document.paragraphs[:-1]
    return bool(head) and any(
        all(any(_corrected(p, q) for q in other.paragraphs) for p in head) for other in earlier
    )


def _corrected(paragraph: str, other: str) -> bool:
    """Whether two paragraphs are one, but for at most one word ("Hand" for "Hans")."""
    words, others = paragraph.split(), other.split()
    if len(words) != len(others):
        return False
    return sum(a != b for a, b in zip(words, others, strict=True)) <= 1


def fresh_events(second: list[tuple[str, Document]], stories: list[Story]) -> list[Story]:
    """The second day's new events (`two_days`) as stories of their desks, for the desks' terms."""
    used = {s.cluster for s in stories}
    desk = {name: topic for topic, names in enumerate(REGIONS.values()) for name in names}
    fresh = dict.fromkeys(c for c, _ in second if c not in used)
    return [Story(name, tuple(d for c, d in second if c == name), (), desk[name]) for name in fresh]


def told(data: dict, owner: dict[str, str]) -> set[str]:
    """The events a briefing told: those with an article in one of its stories."""
    return {
        owner.get(Path(article["path"]).name, "")
        for section in data["topics"]
        for story in section["stories"]
        for article in story["articles"]
    }


def as_briefed(expected: dict[str, str], first: dict, owner: dict[str, str]) -> dict[str, str]:
    """The statuses the reader should see, given what the first day's briefing (`first`, its
    JSON) told: an event it never told (no room, ranked below, not on the desk) is new to the
    reader however many articles it had; one it told keeps its expected status."""
    seen = told(first, owner)
    return {event: want if event in seen else "new" for event, want in expected.items()}


HELD = "nothing"  # what an event shows when its reports sit only in stories others' lines tell
NOT_SHOWN = "not on the page"  # an event none of whose stories the page tells or names


def line_words(text: str) -> tuple[str, ...]:
    """A text's words, lower case, as a headline is matched to the line it was cut from."""
    return tuple(re.findall(r"\w+", text.lower()))


Lines = list[tuple[tuple[str, ...], str]]  # texts as their words, each with its event


def shown_lines(data: dict, owner: dict[str, str]) -> Lines:
    """A briefing's printed lines (`data` its JSON), each with the event of the article it is
    from (`owner`: file name -> cluster): what a told story is named by the next day."""
    return [
        (line_words(item["text"]), owner.get(Path(item["source"]["path"]).name, ""))
        for section in data["topics"]
        for item in section["items"]
    ]


def written_lines(entries: list[tuple[str, Document]]) -> Lines:
    """The day's articles (cluster, document), each whole with its event: what a story left
    out for room is named by (its headline cut from one of them)."""
    return [(line_words(" ".join(document.paragraphs)), event) for event, document in entries]


def headline_event(headline: str, lines: Lines) -> str | None:
    """The event a headline names: that of the first text of `lines` sharing its longest run
    of words (a headline is a line cut, or a clause of one, its "here" named by the place)."""
    words = line_words(headline)
    best, found = 0, None
    for said, event in lines:
        run = SequenceMatcher(None, words, said, autojunk=False).find_longest_match().size
        if run > best:
            best, found = run, event
    return found


@dataclass(frozen=True)
class Placed:
    """Where the second day's page put a story: the rank of that place (0 told, 1 named
    unchanged or nothing new beside the story it continues, 2 the no-room line, 3 left out),
    the status it shows, where, and the events its lines or headline tell."""

    rank: int
    shown: str
    where: str
    tells: frozenset[str]


def placements(data: dict, owner: dict[str, str], lines: Lines) -> dict[str, list[Placed]]:
    """Each story the page tells or names (by id; a told story the unchanged line names, by its
    first-day id), with the events an analyst reads there: a printed line's article's, the
    event an unchanged or no-room headline names (`headline_event` over `lines`, the lines the
    reader was shown), a left-out story's own (`owner` maps the day's story ids too)."""
    from briefing.models import OFF_PAGE, TOLD_TODAY, UNCHANGED

    placed: dict[str, list[Placed]] = {}
    for section in data["topics"]:
        desk = section.get("name", "")
        for story in section["stories"]:
            tells = {
                owner.get(Path(item["source"]["path"]).name, "")
                for item in section.get("items", [])
                if item["story"] == story["id"]
            }
            where = f"{desk}: told"
            placed.setdefault(story["id"], []).append(
                Placed(0, story["status"], where, frozenset(tells))
            )
        for left in section.get("left_out", []):
            named = headline_event(left["headline"], lines) or owner.get(left["story"], "")
            if left["reason"].startswith(UNCHANGED):
                found = Placed(1, "unchanged", f"{desk}: named unchanged", frozenset({named}))
            elif left["reason"] == TOLD_TODAY:
                where = f"{desk}: nothing new beside the story it continues"
                found = Placed(1, "unchanged", where, frozenset({owner.get(left["story"], "")}))
            elif left["reason"] == OFF_PAGE and left.get("status"):
                found = Placed(2, left["status"], f"{desk}: no-room line", frozenset({named}))
            else:
                found = Placed(3, "", f"{desk}: {left['reason'].split(':')[0]}", frozenset())
            placed.setdefault(left["story"], []).append(found)
    return placed


def statuses(
    data: dict,
    owner: dict[str, str],
    groups: dict[str, list[str]],
    lines: Lines,
    room: bool = True,
) -> dict[str, str]:
    """Each event's status as the second day's page tells it, by a line of its own
    (`placements`): a printed story's status, "unchanged" for an unchanged line's headline or a
    story with nothing new beside the one it continues, and (`room`) the no-room line's status;
    `HELD` for an event whose reports (`groups`: story id -> file names) sit only in stories
    the page tells by other events' lines."""
    found: dict[str, str] = {}
    shown = [
        (place, story)
        for story, places in placements(data, owner, lines).items()
        for place in places
        if place.rank < (3 if room else 2)
    ]
    for place, _ in sorted(shown, key=lambda pair: pair[0].rank):
        for event in sorted(place.tells):
            found.setdefault(event, place.shown)
    for _, story in shown:
        for name in groups.get(story, []):
            found.setdefault(owner.get(name, ""), HELD)
    return found


def right(shown: str, want: str) -> bool:
    """Whether an event shows the status it should: its own, or, for an unchanged event, nothing
    said of the reports a story of another event holds (`HELD`: the page says nothing new)."""
    return shown == want or (shown == HELD and want == "unchanged")


def story_table(
    data: dict,
    groups: dict[str, list[str]],
    owner: dict[str, str],
    expected: dict[str, str],
    lines: Lines,
) -> list[str]:
    """One line per story the second day grouped, biggest first: its events (clusters x
    articles), the status each event should show, where the page put the story and the status
    it shows there (told, named unchanged, in the no-room line; else why it was left out), and
    whether each of its events shows the right status: the story's if its lines tell the event,
    else the event's own (`statuses`: told by another story, or `HELD`)."""
    placed = placements(data, owner, lines)
    found = statuses(data, owner, groups, lines)
    rows = [f"  {'story':<10} {'events':<30} {'want':<20} {'shown':<11} where, verdict"]
    for story, names in sorted(groups.items(), key=lambda pair: (-len(pair[1]), pair[0])):
        events = Counter(owner.get(name, "other") for name in names)
        wants = {event: expected.get(event, "off desk") for event in events}
        nowhere = Placed(4, "", "on no desk", frozenset())
        place = min(placed.get(story, []), key=lambda each: each.rank, default=nowhere)
        untold = sorted(set(wants) - place.tells) if place.rank < 3 else []
        where = place.where + "".join(f"; not its line's: {event}" for event in untold)
        shows = {e: found.get(e, NOT_SHOWN) if e in untold else place.shown for e in wants}
        if place.rank > 2:  # a copy another story of today names unchanged (one row for both)
            shows = {event: found.get(event, NOT_SHOWN) for event in wants}
            where += " (its events as another story shows them)"
        wrong = sorted(event for event, want in wants.items() if not right(shows[event], want))
        verdict = "ok" if not wrong else "WRONG for " + ", ".join(wrong)
        if wrong and len(events) > 1:
            verdict += " (grouping: one story of several events)"
        rows.append(
            f"  {story:<10} {', '.join(f'{e}x{n}' for e, n in events.most_common()):<30} "
            f"{'/'.join(sorted(set(wants.values()))):<20} {place.shown or '-':<11} {where}; "
            f"{verdict}"
        )
    return rows


def shared(event: str, groups: dict[str, list[str]], owner: dict[str, str]) -> set[str]:
    """The other events grouped into a story with one of `event`'s articles (a grouping miss,
    which no status can get right for both)."""
    return {
        owner.get(name, "other")
        for names in groups.values()
        if any(owner.get(name) == event for name in names)
        for name in names
    } - {event}


IDENTITY = ("article", "group", "lead", "sentence")  # the figures `identity_pairs` gives


def identity_pairs(
    first: dict, history: Path, articles: Path, owners: tuple[dict[str, str], dict[str, str]]
) -> list[tuple[bool, str, str, dict[str, float]]]:
    """Every (second-day article, story the first day told) pair: whether they are one event,
    the two events, and what story identity could read: `article` the best cosine with one of
    the story's articles (what `weights.carried` thresholds), `group` the cosine with its
    articles' centroid, `lead` the article's first two sentences with the centroid of the
    story's leads, `sentence` the best cosine of a sentence with one of the story's (what
    `weights.same_fact` thresholds). `owners`: each day's file names -> clusters."""
    from collections import defaultdict

    import numpy as np

    from briefing.store.history import CARRIED_ARTICLES, History
    from briefing.text.segment import paragraph_sentences
    from briefing.text.vectorize import tfidf

    with History(history) as store:
        past = store.briefed_paragraphs(DAY + timedelta(days=1), 7)
    told_text: dict[str, list[str]] = defaultdict(list)
    for item in past:
        told_text[item.url].append(item.text)
    stories = [
        [u for a in story["articles"][:CARRIED_ARTICLES] if (u := a.get("url") or a["path"])]
        for section in first["topics"]
        for story in section["stories"]
    ]
    new_text = {
        path.name: [
            s for _, s in paragraph_sentences(path.read_text(encoding="utf-8").split("\n\n")[1:])
        ]
        for path in sorted(articles.glob("*.txt"))
    }
    told_urls, names = sorted(told_text), sorted(new_text)
    bodies = [" ".join(new_text[n]) for n in names] + [" ".join(told_text[u]) for u in told_urls]
    leads = [" ".join(new_text[n][:2]) for n in names] + [
        " ".join(told_text[u][:2]) for u in told_urls
    ]
    whole, lead = tfidf(bodies, leads)
    # today's side as the selection reads it: candidates of 6-60 words (the default lengths)
    sentences = [(n, s) for n in names for s in new_text[n] if 6 <= len(s.split()) <= 60]
    told_sentences = [(u, s) for u in told_urls for s in told_text[u]]
    each, _ = tfidf([s for _, s in sentences + told_sentences])
    best = (each[: len(sentences)] @ each[len(sentences) :].T).toarray()
    new_rows = {n: [i for i, (m, _) in enumerate(sentences) if m == n] for n in names}
    told_rows = {u: [i for i, (v, _) in enumerate(told_sentences) if v == u] for u in told_urls}
    column = {u: len(names) + k for k, u in enumerate(told_urls)}
    found = []
    for row, name in enumerate(names):
        event = owners[1][name]
        for story in stories:
            columns = [column[u] for u in story if u in column]
            if not columns:
                continue
            centre = np.asarray(whole[columns].sum(axis=0)).ravel()
            lead_centre = np.asarray(lead[columns].sum(axis=0)).ravel()
            mine = [i for u in story if u in told_rows for i in told_rows[u]]
            vector, lead_vector = whole[row].toarray().ravel(), lead[row].toarray().ravel()
            figures = {
                "article": float((whole[columns] @ vector).max()),
                "group": float(vector @ centre / (np.linalg.norm(centre) or 1.0)),
                "lead": float(lead_vector @ lead_centre / (np.linalg.norm(lead_centre) or 1.0)),
                "sentence": float(best[np.ix_(new_rows[name], mine)].max(initial=0.0)),
            }
            events = {owners[0].get(Path(u).name, "other") for u in story}
            found.append((event in events, event, "+".join(sorted(events)), figures))
    return found


def overlap(pairs: list[tuple[bool, str, str, dict[str, float]]]) -> None:
    """Print, per figure, the weakest pairs of one event and the strongest of two: a figure
    separates them when every true pair is above every false one."""
    for figure in IDENTITY:
        true = sorted((p for p in pairs if p[0]), key=lambda p: p[3][figure])[:3]
        false = sorted((p for p in pairs if not p[0]), key=lambda p: -p[3][figure])[:3]
        crossed = sum(
            p[3][figure] <= max((q[3][figure] for q in false), default=0.0) for p in pairs if p[0]
        )
        print(
            f"  {figure:8} one event, lowest: "
            + ", ".join(f"{p[1]} {p[3][figure]:.2f}" for p in true)
            + "; two events, highest: "
            + ", ".join(f"{p[1]}->{p[2]} {p[3][figure]:.2f}" for p in false)
            + f"; {crossed} true pairs at or under the highest false one"
        )


def bcubed(groups: Iterable[Iterable[str]], truth: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed F1, precision and recall of `groups` over the items `truth` names (an item in no
    group counts as a group of its own)."""
    label = {}
    for k, group in enumerate(groups):
        for item in group:
            if item in truth:
                label[item] = k
    for item in truth:
        label.setdefault(item, f"alone:{item}")
    precision, recall = [], []
    for item, event in truth.items():
        predicted = [q for q in truth if label[q] == label[item]]
        actual = [q for q in truth if truth[q] == event]
        both = sum(truth[q] == event for q in predicted)
        precision.append(both / len(predicted))
        recall.append(both / len(actual))
    p, r = statistics.mean(precision), statistics.mean(recall)
    return 2 * p * r / (p + r), p, r


def mixed(groups: Iterable[Iterable[str]], truth: Callable[[str], str | None]) -> list[Counter]:
    """The groups that hold articles of more than one event, as event -> article count."""
    found = []
    for group in groups:
        counts = Counter(truth(item) or "other" for item in group)
        if len(counts) > 1:
            found.append(counts)
    return found


def below(row: dict) -> str:
    """An event told by a sentence below its own lead: both sentences with their ROUGE-1 recall,
    so an editor can read why."""
    oracle = row["oracle"]
    return (
        f"    {row['cluster']} ({row['articles']} articles) told below its lead:\n"
        f"      told {row['item'] * oracle:.1%}: {row['item_text']}\n"
        f"      lead {row['lead'] * oracle:.1%}: {row['lead_text']}"
    )


def selected(section: dict, groups: dict[str, list[str]], owner: dict[str, str]) -> list[tuple]:
    """The stories a section selected, printed or cut by the page for room (both reach the
    analyst: the second in the no-room line): (story id, its main event, headline, printed)."""
    from briefing.models import OFF_PAGE

    printed = {item["story"]: "" for item in section["items"]}
    cut = {left["story"]: left["headline"] for left in section.get("left_out", [])}
    chosen = [(story, "", True) for story in printed] + [
        (left["story"], left["headline"], False)
        for left in section.get("left_out", [])
        if left["reason"] == OFF_PAGE and left["story"] not in printed
    ]
    return [
        (story, _main_event(groups.get(story, []), owner), headline or cut.get(story, ""), shown)
        for story, headline, shown in chosen
    ]


def _main_event(names: list[str], owner: dict[str, str]) -> str:
    """The event most of a story's articles belong to ("other" for none)."""
    events = Counter(owner.get(name, "other") for name in names)
    return events.most_common(1)[0][0] if events else "other"


@dataclass(frozen=True)
class Sized:
    """A printed entry's event and its sizes: the event's articles on the day, and the articles
    and outlets of the story the page told it by (what the section ranked it on)."""

    event: str
    articles: int
    grouped: int
    outlets: int


def sized_entries(
    section: dict, groups: dict[str, list[str]], owner: dict[str, str]
) -> list[Sized]:
    """A section's printed entries in page order (one a story), each with its sizes."""
    day = Counter(owner.values())
    outlets = {story["id"]: len(story.get("outlets", [])) for story in section.get("stories", [])}
    found = []
    for story in dict.fromkeys(item["story"] for item in section["items"]):
        event = _main_event(groups.get(story, []), owner)
        found.append(Sized(event, day[event], len(groups.get(story, [])), outlets.get(story, 0)))
    return found


def out_of_size_order(found: list[Sized]) -> list[tuple[Sized, Sized]]:
    """The pairs of entries (above, below) whose lower one tells an event of more articles:
    issue 18's "biggest story first", read past a section's first entry."""
    return [
        (above, below)
        for n, above in enumerate(found)
        for below in found[n + 1 :]
        if below.articles > above.articles and below.event != above.event
    ]


def size_order(unordered: int, pairs: int, grouped: int) -> str:
    """The report's line of entries out of size order (`out_of_size_order`), a day's or a sum."""
    return (
        f"  entries out of size order: {unordered} of {pairs} pairs, {grouped} by their stories' "
        "own articles"
    )


def _sizes(entry: Sized) -> str:
    """An entry's event and sizes, as the report prints them."""
    return (
        f"{entry.event} ({entry.articles} articles; its story {entry.grouped}, "
        f"{entry.outlets} outlet{'s' if entry.outlets != 1 else ''})"
    )


def top_stories_lead(
    data: dict, groups: dict[str, list[str]], owner: dict[str, str]
) -> tuple[str, int]:
    """The event of the first Top Story (whose headline is the email subject; "" for none) and
    how many Top Stories are opinion (issue 18: opinion never leads them nor the subject)."""
    top = [story["id"] for story in data.get("top_stories", [])]
    opinion = {s["id"] for t in data["topics"] for s in t["stories"] if s.get("opinion")}
    lead = _main_event(groups.get(top[0], []), owner) if top else ""
    return lead, sum(story in opinion for story in top)


def biggest_first(events: list[dict], firsts: list[str | None]) -> bool:
    """Whether a desk's first entry tells one of its biggest events (`events`: its rows of
    `stories.measure`; two events of one size, as a desk of few clusters has, are both)."""
    most = max(r["articles"] for r in events)
    return bool(firsts) and firsts[0] in {r["cluster"] for r in events if r["articles"] == most}


def region_report(
    stories: list[Story],
    owner: dict[str, str],
    data: dict,
    groups: dict[str, list[str]],
    desks: Desks = DUC2003,
) -> dict[str, float]:
    """Print the day's grouping and page checks; return its figures."""
    from stories import measure

    desk_of = {s.cluster: s.topic for s in stories}
    on_desk = {name: cluster for name, cluster in owner.items() if cluster in desk_of}
    f1, precision, recall = bcubed(groups.values(), on_desk)
    print(
        f"  grouping B-cubed over on-desk articles: F1 {f1:.1%} (P {precision:.1%}, R {recall:.1%})"
    )
    for counts in mixed(groups.values(), owner.get):
        print("    one story, several events:", dict(counts))
    rows = measure(stories, owner, data)
    checks = Counter()
    unordered: list[tuple[str, Sized, Sized]] = []
    for topic, desk in enumerate(desks.regions):
        section = data["topics"][topic]
        shown = entries(section, owner)
        sized = sized_entries(section, groups, owner)
        checks["pairs"] += len(sized) * (len(sized) - 1) // 2
        unordered += [(desk, above, below) for above, below in out_of_size_order(sized)]
        events = [r for r in rows if r["topic"] == topic]
        firsts = [e[0] for e in shown]
        checks["biggest first"] += biggest_first(events, firsts)
        checks["two events in one entry"] += sum(len(set(e)) > 1 for e in shown)
        checks["foreign entries"] += sum(desk_of.get(e[0]) != topic for e in shown)
        checks["events in two entries"] += sum(n > 1 for n in Counter(firsts).values())
        print(f"  {desk}: entries {[('+'.join(sorted(set(map(str, e))))) for e in shown]}")
        for _, event, headline, printed in selected(section, groups, owner):
            if desk_of.get(event) != topic:
                checks["foreign selected"] += 1
                where = "printed" if printed else "no-room line"
                print(f"    selected off the desk ({where}): {event}: {headline[:90]}")
    lead, opinion = top_stories_lead(data, groups, owner)
    most = max(r["articles"] for r in rows)
    checks["top biggest"] = any(r["cluster"] == lead and r["articles"] == most for r in rows)
    print(
        f"  Top Stories (the subject line) open on {lead or 'nothing'}, a biggest event of the "
        f"day: {'yes' if checks['top biggest'] else 'no'}; opinion among them: {opinion}"
    )
    told = [r for r in rows if r["rank"]]
    share = statistics.mean(r["item"] for r in told) if told else 0.0
    below_lead = sum(r["item"] < r["lead"] for r in told)
    short = [r for r in told if r["item"] < 0.75]  # under 75%: is any article's lead above?
    no_lead = sum(r["best_lead"] < 0.75 for r in short)
    print(
        f"  biggest event first in {checks['biggest first']}/{len(desks.regions)} desks; entries "
        f"holding two events: {checks['two events in one entry']}; events told in two entries: "
        f"{checks['events in two entries']}; entries of a distractor or another "
        f"desk: {checks['foreign entries']}, selected (printed or no-room line): "
        f"{checks['foreign selected']}\n  {len(told)}/{len(rows)} events told; news sentence "
        f"{share:.0%} of the oracle (mean over told events), {sum(r['item'] >= 0.75 for r in told)}"
        f"/{len(told)} at 75% or more, {below_lead} below their own lead; of the {len(short)} "
        f"under 75%, {no_lead} have no article whose lead reaches 75% (the oracle a later line)"
    )
    for row in told:
        if row["item"] < row["lead"]:
            print(below(row))
    grouped = sum(lower.grouped > upper.grouped for _, upper, lower in unordered)
    print(size_order(len(unordered), checks["pairs"], grouped))
    for desk, upper, lower in unordered:
        print(f"    {desk}: {_sizes(upper)} above {_sizes(lower)}")
    return {
        "f1": f1,
        "biggest": checks["biggest first"],
        "mixed": checks["two events in one entry"],
        "foreign": checks["foreign entries"],
        "foreign_selected": checks["foreign selected"],
        "top_biggest": checks["top biggest"],
        "top_opinion": opinion,
        "split": checks["events in two entries"],
        "share": share,
        "at_target": sum(r["item"] >= 0.75 for r in told),
        "told": len(told),
        "below_lead": below_lead,
        "no_lead": no_lead,
        "pairs": checks["pairs"],
        "unordered": len(unordered),
        "unordered_grouped": grouped,
    }
