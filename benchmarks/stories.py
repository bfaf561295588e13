"""What an analyst sees on a day of stories: built from ../shared/eval/duc2003, one cluster a story.

Three topics with four, three and two stories, carried by 8, 4, 2 and 1 articles (distinct
texts: wire copies the build would fold together are not counted twice). Each article is written
as a text file with front matter (a title cut from its first sentence, the DUC agency as outlet,
a time inside the day's window), under shuffled file names, with a `briefing.toml` whose topic
terms are the words each cluster uses most, weighted by how few clusters use them (documents of
a cluster that tell another story are left out). After `briefing build`, per topic: is the
biggest story first, is every story told once before any is told twice, and how much of each story's
human summaries (ROUGE-1 recall, stemmed) its first item carries, as a share of the oracle (the
story's best single sentence of 6-60 words), beside the share of the story's lead sentence
(the first of 6-60 words in its earliest article).
Items are mapped to stories by their source file, the ground truth. Deterministic for a seed
(`--seed N` builds another day from other clusters); skips cleanly when the data is absent.
"""

from __future__ import annotations

import json
import math
import random
import re
import statistics
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "duc2003"
DAY = date(2026, 11, 28)  # the window is the 24 hours before 06:00 UTC on this day
TOPIC_SIZES = (4, 3, 2)  # stories per topic
ARTICLES = (8, 4, 2, 1)  # articles carrying a topic's first, second, ... story
SEED = 9
TERMS_PER_STORY = 6
OFF_STORY = 0.6  # a document this much less central than the cluster's median is another story
OUTLETS = {"APW": "AP", "NYT": "New York Times", "XIE": "Xinhua"}
TARGET = 0.75  # the goal: items at 75% of the oracle or more
_WORD = re.compile(r"[a-z][a-z'-]+")


@dataclass(frozen=True)
class Document:
    """One DUC document: its id (agency and date), its paragraphs."""

    id: str
    paragraphs: tuple[str, ...]

    @property
    def outlet(self) -> str:
        return OUTLETS.get(self.id[:3], self.id[:3])


@dataclass(frozen=True)
class Story:
    """One cluster on the day: the documents written out, its human summaries, its topic."""

    cluster: str
    documents: tuple[Document, ...]  # date order
    references: tuple[str, ...]
    topic: int


def read_cluster(
    folder: Path, titled: frozenset[str] = frozenset()
) -> tuple[list[Document], list[str]]:
    """Documents in date order (`doc_id[3:]`), and the human summaries; a document `titled`
    names opens on its headline, which is dropped (the days' articles are untitled)."""
    documents = []
    for path in sorted((folder / "docs").glob("*.txt"), key=lambda p: p.stem[3:]):
        text = path.read_text(encoding="utf-8")
        paragraphs = tuple(" ".join(b.split()) for b in text.split("\n\n") if b.strip())
        documents.append(Document(path.stem, paragraphs[path.stem in titled :]))
    references = [p.read_text(encoding="utf-8") for p in sorted((folder / "refs").glob("*.txt"))]
    return documents, references


def central(documents: list[Document]) -> list[Document]:
    """The documents the build keeps apart (wire copies sharing most of their text count once)
    that tell the cluster's story, most central first: by mean TF-IDF cosine to the cluster's
    other documents. DUC clusters hold a few weather pages and side stories (Philippine inflation
    in a typhoon cluster); a document below OFF_STORY of the cluster's median closeness is one."""
    import numpy as np

    from briefing.day.dedupe import collapse
    from briefing.models import Article
    from briefing.text.vectorize import tfidf

    articles = [Article("", d.outlet, "", d.id, None, d.paragraphs) for d in documents]
    kept = {a.path for a in collapse(articles)[0]}
    documents = [d for d in documents if d.id in kept]
    vectors, _ = tfidf([" ".join(d.paragraphs) for d in documents])
    closeness = np.asarray((vectors @ vectors.T).sum(axis=1)).ravel() - 1.0  # less itself
    floor = OFF_STORY * float(np.median(closeness))
    order = sorted(range(len(documents)), key=lambda i: (-closeness[i], i))
    order = [i for i in order if closeness[i] >= floor]
    return [documents[i] for i in order]


Clusters = dict[str, tuple[list[Document], list[str]]]


def read_clusters(root: Path) -> Clusters:
    """Every cluster under `root` by name: its documents (without the headlines its manifest
    flags: DUC 2007 keeps them, DUC 2003 has none) and human summaries."""
    manifest = root / "manifest.jsonl"
    lines = manifest.read_text(encoding="utf-8").splitlines() if manifest.is_file() else []
    titled = frozenset(
        doc["id"] for line in lines for doc in json.loads(line)["docs"] if doc.get("headline")
    )
    return {
        f.name: read_cluster(f, titled) for f in sorted(root.iterdir()) if (f / "docs").is_dir()
    }


def choose_stories(clusters: Clusters, seed: int = SEED) -> list[Story]:
    """A fixed, seeded choice of clusters, and of each cluster's most central documents."""
    usable = {name: central(docs) for name, (docs, _) in clusters.items()}
    names = sorted(clusters)
    random.Random(seed).shuffle(names)
    stories: list[Story] = []
    for topic, size in enumerate(TOPIC_SIZES):
        for count in ARTICLES[:size]:
            name = next(n for n in names if len(usable[n]) >= count)
            names.remove(name)
            by_date = sorted(usable[name][:count], key=lambda d: d.id[3:])
            stories.append(Story(name, tuple(by_date), tuple(clusters[name][1]), topic))
    return stories


def words(text: str) -> list[str]:
    """Lower-case words of a text, stop words and short words removed."""
    from briefing.text.vectorize import stop_words

    stops = stop_words()
    return [w for w in _WORD.findall(text.lower()) if w not in stops and len(w) > 3]


def topic_terms(stories: list[Story], clusters: Clusters) -> dict[int, list[str]]:
    """Per topic, each of its clusters' most distinctive words, as an analyst would name them:
    how often the story's documents use a word times its inverse cluster frequency over the
    whole set (a word every document of a small cluster happens to use once is not its subject)."""
    vocabulary = {
        name: {w for d in documents for w in words(" ".join(d.paragraphs))}
        for name, (documents, _) in clusters.items()
    }
    spread = Counter(w for found in vocabulary.values() for w in found)
    terms: dict[int, list[str]] = {}
    for story in stories:
        uses = Counter(w for d in story.documents for w in words(" ".join(d.paragraphs)))
        ranked = sorted(uses, key=lambda w: (-uses[w] * math.log(len(vocabulary) / spread[w]), w))
        found = terms.setdefault(story.topic, [])
        found.extend([w for w in ranked if w not in found][:TERMS_PER_STORY])
    return terms


def toml_string(text: str) -> str:
    """A TOML basic string (JSON's escapes are valid TOML)."""
    return json.dumps(text, ensure_ascii=False)


def write_day(
    stories: list[Story], terms: dict[int, list[str]], folder: Path, seed: int = SEED
) -> dict[str, str]:
    """The articles and briefing.toml; returns each article's file name -> its cluster."""
    from briefing.text.segment import paragraph_sentences

    start = datetime.combine(DAY, datetime.min.time(), UTC) - timedelta(hours=18)
    rng = random.Random(seed)
    entries = []
    for story in stories:
        first = start + timedelta(minutes=rng.randrange(0, 12 * 60))
        for n, document in enumerate(story.documents):
            lead = paragraph_sentences(document.paragraphs[:1])[0][1].split()
            title = " ".join(lead[:12]) + (" …" if len(lead) > 12 else "")
            published = first + timedelta(minutes=40 * n)
            entries.append((story.cluster, document, title, published))
    rng.shuffle(entries)
    (folder / "articles").mkdir()
    owner = {}
    for number, (cluster, document, title, published) in enumerate(entries):
        name = f"article-{number:02d}.txt"
        owner[name] = cluster
        front = f"Title: {title}\nSource: {document.outlet}\nPublished: {published.isoformat()}"
        body = "\n\n".join(document.paragraphs)
        (folder / "articles" / name).write_text(f"{front}\n\n{body}\n", encoding="utf-8")
    config = ['title = "Story day (DUC 2003)"', 'timezone = "UTC"', 'output = "out"', ""]
    for topic, found in sorted(terms.items()):
        config += [
            "[[topics]]",
            f"name = {toml_string(f'Topic {topic + 1}: ' + ', '.join(found[:3]))}",
            f"description = {toml_string('Stories about ' + ', '.join(found) + '.')}",
            "threshold = 1.0",
            "[topics.terms]",
            *(f"{toml_string(term)} = 1.0" for term in found),
            "",
        ]
    (folder / "briefing.toml").write_text("\n".join(config), encoding="utf-8")
    return owner


def recall(scorer, text: str, references: tuple[str, ...]) -> float:
    """Mean ROUGE-1 recall of `text` against each human summary."""
    return statistics.mean(scorer.score(ref, text)["rouge1"].recall for ref in references)


def article_sentences(story: Story) -> list[list[str]]:
    """Each of the story's articles as its sentences, cleaned and split as the build does (a
    wire dateline, "SEOUL, South Korea (AP) _", is no part of the lead a page can show; a
    digest, which the build skips, is no report of the event, none of its items the oracle)."""
    from briefing.day.clean import clean_article, strip_junk
    from briefing.models import Article
    from briefing.text.segment import paragraph_sentences

    documents = [Article("", d.outlet, "", d.id, None, d.paragraphs) for d in story.documents]
    kept = {a.path for a in strip_junk(documents)[0]}
    cleaned = [clean_article(a) for a in documents if a.path in kept]
    return [[s for _, s in paragraph_sentences(a.paragraphs)] for a in cleaned]


def sentences(story: Story) -> list[str]:
    """Every sentence of the story's articles, in article order."""
    return [s for article in article_sentences(story) for s in article]


def told_by(section: dict, owner: dict[str, str]) -> list[tuple[str | None, str]]:
    """Each item's story (the cluster of its source file) and text, in page order."""
    return [(owner.get(Path(it["source"]["path"]).name), it["text"]) for it in section["items"]]


def entries(section: dict, owner: dict[str, str]) -> list[list[str | None]]:
    """Each printed entry (items grouped by story, page order) as the clusters of its items."""
    by_story: dict[str, list[str | None]] = {}
    for item in section["items"]:
        by_story.setdefault(item["story"], []).append(owner.get(Path(item["source"]["path"]).name))
    return list(by_story.values())


def one_per_story_first(section: dict, owner: dict[str, str], size: int) -> bool:
    """Items print grouped under their story: the listed stories' first items must come from
    distinct clusters, and a story may have a second item only when every cluster is told."""
    shown = entries(section, owner)
    firsts = [clusters[0] for clusters in shown]
    seconds = any(len(clusters) > 1 for clusters in shown)
    return len(set(firsts)) == len(firsts) and (len(firsts) == size or not seconds)


def measure(stories: list[Story], owner: dict[str, str], data: dict) -> list[dict]:
    """Per story: its topic, articles, rank of its first item, and recall shares."""
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=True)
    rows = []
    for story in stories:
        items = told_by(data["topics"][story.topic], owner)
        mine = [(i, text) for i, (cluster, text) in enumerate(items) if cluster == story.cluster]
        articles = [[s for s in a if 6 <= len(s.split()) <= 60] for a in article_sentences(story)]
        pool = [s for article in articles for s in article]
        oracle = max(recall(scorer, s, story.references) for s in pool)
        lead = pool[0]  # the first sentence of 6-60 words of the earliest article
        leads = [recall(scorer, article[0], story.references) for article in articles if article]
        rows.append(
            {
                "topic": story.topic,
                "cluster": story.cluster,
                "articles": len(story.documents),
                "outlets": len({d.outlet for d in story.documents}),
                "rank": mine[0][0] + 1 if mine else None,
                "item": recall(scorer, mine[0][1], story.references) / oracle if mine else 0.0,
                "lead": recall(scorer, lead, story.references) / oracle,
                "best_lead": max(leads) / oracle,  # the best of its articles' leads
                "oracle": oracle,
                "item_text": mine[0][1] if mine else "",
                "lead_text": lead,
            }
        )
    return rows


def listed(story: dict, owner: dict[str, str]) -> str:
    """A listed story as the clusters its articles come from, with counts: purity at a glance."""
    counts = Counter(owner.get(Path(a["path"]).name, "other") for a in story["articles"])
    return " + ".join(f"{cluster}×{n}" for cluster, n in counts.most_common())


def report(stories: list[Story], owner: dict[str, str], data: dict) -> None:
    """Print the per-story table, the per-topic checks and the totals."""
    rows = measure(stories, owner, data)
    print("topic  story    articles outlets  item#  item/oracle  lead/oracle  oracle R-1")
    for row in rows:
        rank = row["rank"] or "-"
        print(
            f"{row['topic'] + 1:>5}  {row['cluster']:<8} {row['articles']:>8} {row['outlets']:>7} "
            f"{rank:>6} {row['item']:>11.0%} {row['lead']:>12.0%} {row['oracle']:>11.1%}"
        )
    biggest = distinct_first = 0
    for topic, size in enumerate(TOPIC_SIZES):
        section = data["topics"][topic]
        clusters = [cluster for cluster, _ in told_by(section, owner)]
        mine = [r for r in rows if r["topic"] == topic]
        top = max(mine, key=lambda r: r["articles"])["cluster"]
        is_biggest = bool(clusters) and clusters[0] == top
        is_distinct = one_per_story_first(section, owner, size)
        biggest += is_biggest
        distinct_first += is_distinct
        print(
            f"topic {topic + 1} ({section['name']}): biggest story first: "
            f"{'yes' if is_biggest else 'no'}; one item per story before any second: "
            f"{'yes' if is_distinct else 'no'}\n  items' stories: "
            f"{', '.join(c or 'none' for c in clusters)}\n  stories listed (clusters × articles): "
            f"{'; '.join(listed(story, owner) for story in section.get('stories', [])) or 'none'}"
        )
    told = [r for r in rows if r["rank"]]
    told_share = statistics.mean(r["item"] for r in told) if told else 0.0
    print(
        f"total: biggest story first in {biggest}/{len(TOPIC_SIZES)} topics; one item per story "
        f"before any second in {distinct_first}/{len(TOPIC_SIZES)}; {len(told)}/{len(rows)} "
        f"stories have an item\n"
        f"share of the oracle: items {statistics.mean(r['item'] for r in rows):.0%} over all "
        f"stories (no item counts 0), {told_share:.0%} over stories with an item, "
        f"{sum(r['item'] >= TARGET for r in rows)}/{len(rows)} at {TARGET:.0%} or more; "
        f"lead sentences {statistics.mean(r['lead'] for r in rows):.0%}"
    )


def main() -> int:
    """Build the story day in a temporary folder and report; exit 0 without the data."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, help="the set's folder (default: ../shared/eval/SET)")
    parser.add_argument("--seed", type=int, action="append", help="another day: other clusters")
    parser.add_argument("--region", action="store_true", help="region days (benchmarks/regions.py)")
    parser.add_argument(
        "--set",
        choices=("duc2003", "duc2007"),
        default="duc2003",
        help="the region days' desks and data (--two-days: duc2003 only)",
    )
    parser.add_argument(
        "--two-days", action="store_true", help="a region day built on two days: story status"
    )
    parser.add_argument(
        "--pairs", action="store_true", help="with --two-days: the story identity figures"
    )
    parser.add_argument(
        "--grouping", action="store_true", help="the region days' grouping alone (fast)"
    )
    arguments = parser.parse_args()
    root = arguments.data or EVAL.parent / arguments.set
    if not (root / "manifest.jsonl").is_file() and not any(root.glob("*/docs")):
        print(f"no evaluation data at {root}: story benchmark skipped")
        return 0
    if arguments.two_days and arguments.set != "duc2003":
        parser.error("--two-days builds DUC 2003 days only")
    if arguments.two_days:
        return region_two_days(root, arguments.seed, arguments.pairs)
    if arguments.grouping:
        return region_grouping(root, arguments.seed, arguments.set)
    if arguments.region:
        return region_days(root, arguments.seed, arguments.set)
    seed = (arguments.seed or [SEED])[0]

    from briefing.config import load_config
    from briefing.pipeline import Run, build

    clusters = read_clusters(root)
    stories = choose_stories(clusters, seed)
    terms = topic_terms(stories, clusters)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        owner = write_day(stories, terms, folder, seed)
        config = load_config(folder / "briefing.toml")
        build(Run.of(config, [folder / "articles"], DAY, folder / "out"))
        data = json.loads((folder / "out" / DAY.isoformat() / "briefing.json").read_text())
    print(
        f"Story day from {root.name}: {len(stories)} stories, {len(owner)} articles, "
        f"{len(TOPIC_SIZES)} topics (clusters chosen with seed {seed})"
    )
    report(stories, owner, data)
    return 0


def built(
    folder: Path, day: date = DAY, selected: list[dict] | None = None
) -> tuple[dict, dict[str, list[str]]]:
    """Build the day in `folder`: its briefing.json, and every story the build grouped (its id
    -> the file names of its articles), read off the grouping stage. With `selected`, the
    briefing as selected, before the page's room cut it, is appended to it (as JSON)."""
    import briefing.pipeline as pipeline
    from briefing.config import load_config

    grouped: dict[str, list[str]] = {}
    group, make = pipeline.group_stories, pipeline.make_briefing

    def recorded(articles, rules):
        found = group(articles, rules)
        grouped.update((s.id, [Path(a.path).name for a in s.articles]) for s in found)
        return found

    def kept(run, *arguments, **options):
        result = make(run, *arguments, **options)
        if selected is not None:
            selected.append(pipeline.to_dict(result[0], run.config.zone))
        return result

    pipeline.group_stories, pipeline.make_briefing = recorded, kept
    try:
        config = load_config(folder / "briefing.toml")
        pipeline.build(pipeline.Run.of(config, [folder / "articles"], day, folder / "out"))
    finally:
        pipeline.group_stories, pipeline.make_briefing = group, make
    data = json.loads((folder / "out" / day.isoformat() / "briefing.json").read_text())
    return data, grouped


def region_days(root: Path, seeds: list[int] | None, name: str = "duc2003") -> int:
    """Build and report each region day of the set `name` (`regions.SETS`); the tuned seeds and
    the others are summed apart (no seed of another set than DUC 2003 was tuned on)."""
    from regions import SETS, TUNED, region_day, region_report, size_order

    desks, clusters = SETS[name], read_clusters(root)
    figures: dict[bool, list[dict]] = {True: [], False: []}
    for seed in seeds or [*TUNED, 4, 5, 6, 7, 8]:
        with tempfile.TemporaryDirectory() as temporary:
            folder = Path(temporary)
            stories, distractors, owner = region_day(clusters, seed, folder, desks)
            data, groups = built(folder)
        tuned = seed in TUNED and desks is SETS["duc2003"]
        print(
            f"Region day{'' if desks is SETS['duc2003'] else f' ({desks.source})'}, seed {seed} "
            f"({'tuned on' if tuned else 'held out'}): {len(owner)} "
            f"articles, {len(stories)} desk events, {len(distractors)} distractors"
        )
        figures[tuned].append(region_report(stories, owner, data, groups, desks))
    for tuned, rows in figures.items():
        if not rows:
            continue
        f1 = [r["f1"] for r in rows]
        total = {
            key: sum(r[key] for r in rows)
            for key in (
                "biggest",
                "mixed",
                "foreign",
                "foreign_selected",
                "split",
                "top_biggest",
                "top_opinion",
            )
        }
        print(
            f"{'tuned' if tuned else 'held-out'} days ({len(rows)}): B-cubed F1 mean "
            f"{statistics.mean(f1):.1%}, min {min(f1):.1%}; biggest first "
            f"{total['biggest']}/{3 * len(rows)}; Top Stories open on a biggest event "
            f"{total['top_biggest']}/{len(rows)}, opinion among them {total['top_opinion']}; "
            f"mixed entries {total['mixed']}; events in two "
            f"entries {total['split']}; foreign entries {total['foreign']} (selected "
            f"{total['foreign_selected']}); news sentence "
            f"{statistics.mean(r['share'] for r in rows):.0%} of the oracle, "
            f"{sum(r['at_target'] for r in rows)}/{sum(r['told'] for r in rows)} at 75% or more; "
            "below lead "
            f"{sum(r['below_lead'] for r in rows)}; under 75% with no article lead at 75% "
            f"{sum(r['no_lead'] for r in rows)}"
        )
        print(
            size_order(
                *(sum(r[key] for r in rows) for key in ("unordered", "pairs", "unordered_grouped"))
            )
        )
    return 0


class _Grouped(Exception):
    """Raised by `grouped` once the grouping stage has run: the rest of the build is not needed."""


def grouped(folder: Path, day: date = DAY) -> list[list[str]]:
    """The stories the build groups in `folder` (the file names of each story's articles), the
    build stopped right after its grouping stage: seconds, where the whole build takes minutes."""
    import briefing.pipeline as pipeline
    from briefing.config import load_config

    found: list[list[str]] = []
    group = pipeline.group_stories

    def recorded(articles, rules):
        found.extend([Path(a.path).name for a in s.articles] for s in group(articles, rules))
        raise _Grouped

    pipeline.group_stories = recorded
    try:
        config = load_config(folder / "briefing.toml")
        pipeline.build(pipeline.Run.of(config, [folder / "articles"], day, folder / "out"))
    except _Grouped:
        pass
    finally:
        pipeline.group_stories = group
    return found


def region_grouping(root: Path, seeds: list[int] | None, name: str = "duc2003") -> int:
    """The grouping stage alone on each region day of the set `name`: B-cubed F1 over the
    on-desk articles and the stories holding several events; tuned and other seeds summed apart."""
    from regions import SETS, TUNED, bcubed, mixed, region_day

    desks, clusters = SETS[name], read_clusters(root)
    figures: dict[bool, list[float]] = {True: [], False: []}
    for seed in seeds or [*TUNED, 4, 5, 6, 7, 8]:
        with tempfile.TemporaryDirectory() as temporary:
            folder = Path(temporary)
            stories, _, owner = region_day(clusters, seed, folder, desks)
            groups = grouped(folder)
        desk = {s.cluster for s in stories}
        f1, precision, recall = bcubed(groups, {n: c for n, c in owner.items() if c in desk})
        figures[seed in TUNED and desks is SETS["duc2003"]].append(f1)
        print(f"seed {seed}: B-cubed F1 {f1:.1%} (P {precision:.1%}, R {recall:.1%})")
        for counts in mixed(groups, owner.get):
            print("    one story, several events:", dict(counts))
    for tuned, f1 in figures.items():
        if f1:
            print(
                f"{'tuned' if tuned else 'other'} days ({len(f1)}): B-cubed F1 mean "
                f"{statistics.mean(f1):.1%}, min {min(f1):.1%}"
            )
    return 0


def region_two_days(root: Path, seeds: list[int] | None, pairs: bool = False) -> int:
    """Build a region day, then the next (`regions.two_days`), and check each event's status
    against what the first day's briefing told (`regions.as_briefed`); the desks' terms name the
    events of both days, the second day's new ones too (a desk follows its region: an event on
    no desk has no status to get right); each miss says whether
    grouping put two events in one story or the page had no room for the event. With `pairs`,
    the figures story identity could read, over every seed's pairs (`regions.identity_pairs`)."""
    import shutil

    from regions import (
        HELD,
        NOT_SHOWN,
        as_briefed,
        choose_region_stories,
        fresh_events,
        identity_pairs,
        overlap,
        right,
        shared,
        shown_lines,
        statuses,
        story_table,
        two_days,
        write_articles,
        write_config,
        written_lines,
    )

    clusters = read_clusters(root)
    totals, identity = Counter(), []
    for seed in seeds or [4, 5]:
        stories, _ = choose_region_stories(clusters, seed)
        first, second, planned = two_days(stories, clusters, seed)
        selected: list[dict] = []
        with tempfile.TemporaryDirectory() as temporary:
            folder = Path(temporary)
            write_config(topic_terms(stories + fresh_events(second, stories), clusters), folder)
            before = write_articles(first, folder / "articles", DAY, seed)
            told = built(folder)[0]
            expected = as_briefed(planned, told, before)
            shutil.rmtree(folder / "articles")
            owner = write_articles(second, folder / "articles", DAY + timedelta(days=1), seed)
            data, groups = built(folder, DAY + timedelta(days=1), selected)
            if pairs:
                history, articles = folder / "out" / "history.sqlite", folder / "articles"
                identity += identity_pairs(told, history, articles, (before, owner))
        owner.update({story: owner[names[0]] for story, names in groups.items()})
        lines = shown_lines(told, before) + written_lines(second)
        found = statuses(data, owner, groups, lines)
        chosen = statuses(selected[0], owner, groups, lines)
        as_items = statuses(data, owner, groups, lines, room=False)
        reasons: dict[str, set[str]] = {}  # why each event's stories were left out, if they were
        for section in data["topics"]:
            for left in section.get("left_out", []):
                reason = left["reason"].split(":")[0]
                reasons.setdefault(owner.get(left["story"], ""), set()).add(reason)
        shown = {event: found.get(event, NOT_SHOWN) for event in expected}
        counts = Counter(
            events=len(expected),
            right=sum(right(shown[e], want) for e, want in expected.items()),
            selected=sum(right(chosen.get(e, NOT_SHOWN), want) for e, want in expected.items()),
            items=sum(right(as_items.get(e, NOT_SHOWN), want) for e, want in expected.items()),
        )
        totals.update(counts)
        print(
            f"Two days, seed {seed}: status right for {counts['right']}/{counts['events']} events "
            f"on the page ({counts['items']} told or named unchanged, the rest in a no-room line), "
            f"{counts['selected']} as selected (before the page's room cut)"
        )
        print("  every story of the second day:")
        print("\n".join(story_table(data, groups, owner, expected, lines)))
        print("  every event:")
        for event, want in sorted(expected.items()):
            note = "ok"
            if not right(shown[event], want):
                others = shared(event, groups, owner)
                note = "WRONG" + (f"; one story with {', '.join(sorted(others))}" if others else "")
                if event not in as_items and event in chosen:
                    note += f"; selected as {chosen[event]}, cut for room"
                elif event not in found and event in reasons:
                    note += f"; left out: {', '.join(sorted(reasons[event]))}"
            elif shown[event] == HELD:
                note = "ok, nothing new said: its reports sit in another event's story"
            elif event not in as_items:
                note = "ok, in the no-room line"
            retold = "" if want == planned[event] else f" (planned {planned[event]}, never told)"
            print(f"  {event}: expected {want}{retold}, shown {shown[event]} ({note})")
    print(
        f"total: status right for {totals['right']}/{totals['events']} events on the page "
        f"({totals['items']} without the no-room line), {totals['selected']} as selected"
    )
    if pairs:
        true = sum(pair[0] for pair in identity)
        print(f"story identity: {true} pairs of one event, {len(identity) - true} of two")
        overlap(identity)
    return 0


if __name__ == "__main__":
    sys.exit(main())
