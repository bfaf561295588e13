"""Drop page junk (navigation, forms, share bars, boilerplate) from articles' paragraphs."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Mapping, Sequence, Set
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

import numpy as np

from briefing.day.digest import digest_reason, untold_items
from briefing.models import Article, Skipped, source_names
from briefing.text.news_marks import (
    dateline_end,
    dateline_place,
    is_credit,
    is_dateline,
    is_editors_note,
    without_dateline,
    without_sign_off,
)
from briefing.text.words import (
    ARMENIAN_STOP,
    CLOSERS,
    STOPS,
    UNSTOPPED_RUN,
    named,
    shouted_heading,
    shouts,
    word_count,
)

log = logging.getLogger(__name__)

_SENTENCE_END = re.compile(f"[{STOPS}][{CLOSERS}]*$")
_ARMENIAN_END = re.compile(f"{ARMENIAN_STOP}[{CLOSERS}]*$")
_NAVIGATION = re.compile(
    r"""^(?:
        (?:previous|next|prev)\s*(?:article|post|story|page)
      | (?:please\s+)?(?:enter|type)\s+your\s+(?:comment|name|e-?mail|website)
      | leave\s+a\s+(?:comment|reply)
      | (?:save\s+my\s+name|you\s+must\s+be\s+logged\s+in|log\s*in\s+to\s+comment)
      | (?:share|tweet|pin|email)\s+(?:this|on\b|via\b)
      | (?:subscribe|sign\s+up)\b.{0,60}(?:newsletter|updates|free|now|today)
      | (?:follow\s+us|like\s+us)\s+on
      | (?:read|see)\s+(?:more|also|next)\b
      | related\s+(?:articles?|stories|posts|content|coverage)
      | (?:click|tap)\s+here
      | advertisement$|sponsored(?:\s+content)?$
      | (?:all\s+rights\s+reserved|copyright\s+©|©\s*\d{4})
      | (?:photo|image|picture)\s*(?:credit)?\s*:
      | by\s+[^.!?]{0,80}$
      | (?:updated|published|posted)\s*:?\s+(?:on\s+)?\w+\s+\d
      | tags?\s*:
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# A list line: a bulleted item ("- ", "* ", "• ", stacked: "‣ ► ● "), or a numbered one ("1. ",
# "2) "), holding a word (not a rule: "- - - -", "* * *")
_BULLET = re.compile(r"^(?:[-*+•▪◦·‣●■◆►○]\s+)++(?=\S)")
_LIST_LINE = re.compile(rf"(?:{_BULLET.pattern}|^\d{{1,3}}[.)]\s+(?=\S))(?=.*\w)")
_INTRODUCTION = re.compile(r":[\"'”’)\]]*$")  # a line opening a list
_ITEM_BEFORE = re.compile(r"[.!?…:][\"'”’)\]]*$")  # a line a list item may follow
# A table's rule under its header row ("|---|:---:|", "--- | ---"): dashes in two or more columns
_TABLE_RULE = re.compile(r"\|?(?:\s*:?-+:?\s*\|)+(?:\s*:?-+:?\s*)?")
# A sentence end inside a block: a word, the stop, a space, a capital or digit.
_INNER_END = re.compile(r"\w\w[.!?…][\"'”’)\]]*\s+[\"'“‘(]?[A-Z0-9]")
_PAIR = 1_000_003  # combines two hashes into one (a pair of neighbours, a line and its site)
BOILERPLATE_ARTICLES = 5  # a short line alone in this many stories, of any sites, is furniture
SHORT_LINE = 6  # words: a line this short is no paragraph of prose


def _key(line: str) -> str:
    return " ".join(line.lower().split())


def iter_lines(article: Article) -> Iterator[tuple[int, str]]:
    """Each non-blank line of an article with the index of its paragraph block."""
    for number, block in enumerate(article.paragraphs):
        for line in _lines(block):
            yield number, line


def _lines(block: str) -> list[str]:
    """A block's non-blank lines, stripped."""
    return [line.strip() for line in block.splitlines() if line.strip()]


def is_prose(lines: Sequence[str], in_capitals: bool = False) -> bool:
    """True for a block of prose: a line ends a sentence, or a sentence of more than SHORT_LINE
    words ends inside it (wire copy cut mid-edit: "... tensions. A plane, 2nd graf, pvs"), or
    it has a run of Thai or Lao (no stop) of more than SHORT_LINE words, a clause. A heading,
    menu or link list has none ("St. Louis Cardinals" ends no sentence), and a heading set in
    capitals is none even when it ends on a stop ("SUSPECT SPOTTED IN N.C."), unless the whole
    article is set in them (`in_capitals`: old wire copy), marking nothing."""
    if len(lines) == 1 and not in_capitals and shouted_heading(lines[0]):
        return False
    if any(_ends_sentence(line) for line in lines):
        return True
    if any(
        word_count(run) > SHORT_LINE
        for line in lines
        if not line.isascii()
        for run in UNSTOPPED_RUN.findall(line)
    ):
        return True
    text, start = " ".join(lines), 0
    for match in _INNER_END.finditer(text):
        # its words and the next one's start
        if word_count(text[start : match.end()]) > SHORT_LINE:
            return True
        start = match.end() - 1
    return False


def _ends_sentence(line: str) -> bool:
    """Whether `line` ends on a sentence's stop, Armenian's typed ":" among them (read only where
    a line holds a colon: the alternative in one pattern made every line's search 4× slower)."""
    return bool(_SENTENCE_END.search(line)) or (":" in line and bool(_ARMENIAN_END.search(line)))


def _prose_line(line: str) -> bool:
    """A line that is a paragraph of prose: more than SHORT_LINE words, ending a sentence."""
    return word_count(line) > SHORT_LINE and _ends_sentence(line)


def site(article: Article) -> str:
    """Whose pages an article is from: its link's host, else its outlet ("" when neither)."""
    return (urlsplit(article.url).hostname or "").removeprefix("www.") or article.outlet


def is_junk_line(line: str) -> bool:
    """True for navigation, form prompts, share bars, bylines, credits in brackets, editors'
    notes, lines without a letter (of any script) and similar page furniture."""
    text = line.strip()
    return (
        bool(_NAVIGATION.match(text))
        or is_editors_note(text)
        or is_credit(text)
        or not (re.search(r"[A-Za-z]", text) or any(char.isalpha() for char in text))
    )


def _counts(values: Sequence[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Each distinct value, sorted, and in how many of the arrays it occurs."""
    found, counts = np.unique(
        np.concatenate([np.unique(v) for v in values] or [np.empty(0, np.int64)]),
        return_counts=True,
    )
    return found, counts


def _count_of(values: np.ndarray, found: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """How many arrays each value occurs in, by the result of `_counts` (0 when in none)."""
    if not len(found):
        return np.zeros(len(values), dtype=int)
    at = np.minimum(np.searchsorted(found, values), len(found) - 1)
    return np.where(found[at] == values, counts[at], 0)


@dataclass(frozen=True)
class Boilerplate:
    """Lines (as `_key` gives them) that are page furniture: anywhere, and on one site's pages."""

    anywhere: frozenset[str]
    by_site: dict[str, frozenset[str]]

    def of(self, article: Article) -> frozenset[str]:
        """The furniture lines of the article's site."""
        return self.anywhere | self.by_site.get(site(article), frozenset())


def boilerplate_lines(articles: Sequence[Article]) -> Boilerplate:
    """Lines that are page furniture by evidence, among articles that each tell a different
    story (dedupe has collapsed the copies): a short or non-prose line standing alone (no
    neighbouring line repeats with it) in two articles of one site or in BOILERPLATE_ARTICLES of
    any sites; a paragraph of prose standing alone in BOILERPLATE_ARTICLES of one site's. A wire
    copy carries its neighbours along; a paragraph of prose many outlets carry is the day's most
    corroborated line, not furniture; a site's footer sits beside different text each time."""
    lines = [
        np.fromiter((hash(_key(line)) for _, line in iter_lines(a)), np.int64) for a in articles
    ]
    # A pair of consecutive lines, as one value; the first and last lines have a neighbour less.
    pairs = [v[:-1] * _PAIR ^ v[1:] for v in lines]
    line_found, line_counts = _counts(lines)
    pair_found, pair_counts = _counts(pairs)
    lone_lines: list[np.ndarray] = []
    for values, pair in zip(lines, pairs, strict=True):
        repeated = _count_of(values, line_found, line_counts) >= 2
        paired = _count_of(pair, pair_found, pair_counts) >= 2
        with_neighbour = np.zeros(len(values), dtype=bool)
        with_neighbour[:-1] |= paired
        with_neighbour[1:] |= paired
        lone_lines.append(values[repeated & ~with_neighbour])
    in_site = [lone * _PAIR ^ hash(site(a)) for lone, a in zip(lone_lines, articles, strict=True)]
    lone_found, lone_counts = _counts(lone_lines)
    site_found, site_counts = _counts(in_site)
    anywhere = set(lone_found[lone_counts >= BOILERPLATE_ARTICLES].tolist())
    in_site_counts = dict(zip(site_found.tolist(), site_counts.tolist(), strict=True))
    anywhere_lines: set[str] = set()
    by_site: dict[str, set[str]] = {}
    for article, lone, combined in zip(articles, lone_lines, in_site, strict=True):
        if not len(lone):
            continue
        on_site = dict(zip(lone.tolist(), combined.tolist(), strict=True))
        for _, line in iter_lines(article):
            value = hash(_key(line))
            if value not in on_site:
                continue
            prose = _prose_line(line)
            # A site's prose (a quote, a background paragraph) repeats in a few of its stories;
            # only its footer stands alone in many.
            if in_site_counts[on_site[value]] >= (BOILERPLATE_ARTICLES if prose else 2):
                by_site.setdefault(site(article), set()).add(_key(line))
            elif value in anywhere and not prose:
                anywhere_lines.add(_key(line))
    return Boilerplate(
        frozenset(anywhere_lines), {name: frozenset(found) for name, found in by_site.items()}
    )


def _line_texts(lines: Sequence[str]) -> list[str]:
    """What each of a block's lines gives the text: "" for a table's (`_tables`), a bulleted
    item that is prose (`is_prose`) without its bullet (list layout, as a heading's "#" is), ""
    for one that is not (a menu's); else the line, as is a hyphened one the line before runs on
    into (a hard wrap before a spaced dash: "the talks" then "- which began Friday -"), but for
    a heading over a list of other signs ("Key points" then "• Stocks fell."): "", not one
    sentence with its items."""
    texts: list[str] = []
    in_tables = {n for table in _tables(lines) for n in table}
    for n, line in enumerate(lines):
        after = lines[n + 1] if n + 1 < len(lines) else ""
        before = lines[n - 1] if n else ""
        if n in in_tables:
            texts.append("")
        elif (bullet := _BULLET.match(line)) and not _runs_on(before, line, after):
            item = line[bullet.end() :]
            texts.append(item if is_prose([item]) else "")
        elif after and _heads(line, after, lines[n + 2] if n + 2 < len(lines) else ""):
            texts.append("")
        else:
            texts.append(line)
    return texts


def _tables(lines: Sequence[str]) -> list[range]:
    """The tables among a block's lines, each as its lines' indices: a rule (`_TABLE_RULE`), the
    header row over it (a line ending no sentence) and the rows under it (lines holding a "|")."""
    tables: list[range] = []
    for n, line in enumerate(lines):
        if "|" in line and _TABLE_RULE.fullmatch(line):
            start = n - 1 if n and not _ends_sentence(lines[n - 1]) else n
            end = n + 1
            while end < len(lines) and "|" in lines[end] and not _TABLE_RULE.fullmatch(lines[end]):
                end += 1
            tables.append(range(start, end))
    return tables


def _runs_on(before: str, line: str, after: str) -> bool:
    """Whether a line opening on a hyphen goes on with the line before it: a hard wrap before a
    spaced dash, after a line that ends no sentence and opens no list, before no list line (an
    item with a list line after it is one: "Key points" / "- Stocks fell." / "- Bonds rose.")."""
    return (
        line.startswith("-")
        and bool(before)
        and not (_BULLET.match(before) or _ITEM_BEFORE.search(before))
        and not _LIST_LINE.match(after)
    )


def _heads(line: str, after: str, next_after: str) -> bool:
    """Whether a line is a heading over the list item after it (`next_after` the line after
    that): no list line, no sentence's end or colon, and the item no hard wrap puts first."""
    return (
        bool(_LIST_LINE.match(after))
        and not _LIST_LINE.match(line)
        and not _runs_on(line, after, next_after)
        and not _ITEM_BEFORE.search(line)
    )


def _kept_lines(block: str, boilerplate: Set[str], in_capitals: bool) -> list[str]:
    """The block's lines without junk and boilerplate; none when what is left is no prose."""
    lines = [without_sign_off(line) for line in _line_texts(_lines(block))]
    lines = [
        line for line in lines if line and not is_junk_line(line) and _key(line) not in boilerplate
    ]
    return lines if lines and is_prose(lines, in_capitals) else []


def _in_capitals(article: Article) -> bool:
    """Whether the article's whole text is set in capitals (old wire copy, telex)."""
    return shouts(" ".join(article.paragraphs))


def clean_article(article: Article, boilerplate: Set[str] = frozenset()) -> Article:
    """The article with junk lines removed and each paragraph joined into one line of prose;
    the dateline its first opens with is left out, its place kept as the article's `place`."""
    blocks, place = _kept_blocks(article, boilerplate)
    kept = [" ".join(lines) for lines in blocks]
    if kept:
        place = dateline_place(kept[0]) or place
        kept[0] = without_dateline(kept[0])
    return replace(article, paragraphs=tuple(kept), place=place)


def _kept_blocks(article: Article, boilerplate: Set[str]) -> tuple[list[list[str]], str]:
    """The lines each block keeps (blocks keeping none left out, but for a line on a colon, kept
    as the start of the block after it when it `_goes_into` that), and the article's place,
    read off a dateline standing alone before them ("ISTANBUL, Turkey (AP) _")."""
    capitals = _in_capitals(article)
    blocks: list[list[str]] = []
    place = article.place
    opening = ""  # a paragraph on a colon ("He said:"): the start of the next one
    for block in article.paragraphs:
        if opening and not _goes_into(block):
            opening = ""
        if lines := _kept_lines(opening + block, boilerplate, capitals):
            blocks.append(lines)
        elif not blocks and is_dateline(block):
            place = dateline_place(block) or place
        opening = block + "\n" if not lines and _goes_on(_lines(block)) else ""
    return blocks, place


def _no_prose(article: Article) -> str:
    """Why an article read had no prose, in words a user can act on."""
    lines = [line for _, line in iter_lines(article)]
    if all(is_junk_line(line) for line in lines):
        return "only navigation, share, byline, copyright or editors' note lines: no article text"
    return "no paragraph ends a sentence (a heading, menu or list of links, not an article)"


def _opens_list(line: str) -> bool:
    """Whether a line before a list item opens the list: on a colon ("Among those freed were:")
    or as a heading ("Key points"), ending no sentence; no list line itself, nor page furniture
    ("Tags:", "Related stories:")."""
    return not (_ends_sentence(line) or _LIST_LINE.match(line) or is_junk_line(line))


def _goes_on(lines: Sequence[str]) -> bool:
    """Whether a block is a line of a sentence opening on a colon the block after it ("The chief
    negotiator said:", in HTML a paragraph of its own): of words more than a third of which are
    in lower case, not a label or heading ("Share:", "The Sydney Morning Herald:", "ABOUT US:")."""
    words = lines[0].split() if len(lines) == 1 else []
    return (
        3 * sum(word[:1].islower() for word in words) > len(words) > 1
        and bool(_INTRODUCTION.search(lines[0]))
        and not (_LIST_LINE.match(lines[0]) or is_junk_line(lines[0]))
    )


def _goes_into(block: str) -> bool:
    """Whether a line on a colon before `block` goes on into it: its first line is kept as text
    (no heading over a list, no furniture) and opens no report of its own on a dateline
    ("WASHINGTON (AP) — ...": the line would make its speaker say that report)."""
    first = _line_texts(_lines(block))[0]
    return bool(first) and not is_junk_line(first) and dateline_end(block) is None


def _left_out_list(article: Article, blocks: Sequence[Sequence[str]]) -> tuple[str, ...]:
    """Flags naming the list lines the article's kept blocks left out (a menu, or items that
    are no sentences) with the line opening a list when it went too (in HTML a paragraph of its
    own: "Among those freed were:", "Key points"), and a line on a colon nothing kept went on
    from (saying whether the paragraph after it was kept, on its own), and a table left out (by
    its header row, else its first row), so that no list, table or line its reader wrote is lost
    unseen; () when none was."""
    kept = {line for lines in blocks for line in lines}
    paragraphs = [_lines(block) for block in article.paragraphs]  # each read once, for all three
    lost: list[str] = []
    before = ""  # the line before a block's first: the last of the block before it
    for lines in paragraphs:
        if any(map(_LIST_LINE.match, lines)):  # no list line: none to name (most blocks)
            texts = _line_texts(lines)
            for line, text, prior in zip(lines, texts, [before, *lines[:-1]], strict=True):
                if not _LIST_LINE.match(line):
                    continue
                if _opens_list(prior) and prior not in kept:
                    lost.append(prior)
                if text not in kept:
                    lost.append(line)
        before = lines[-1] if lines else before
    openings: tuple[list[str], list[str]] = ([], [])  # before nothing kept, before a paragraph
    for lines, after in zip(paragraphs, [*paragraphs[1:], []], strict=True):
        if _goes_on(lines) and lines[0] not in kept and lines[0] not in lost:
            openings[any(text in kept for text in _line_texts(after))].append(lines[0])
    tables = [  # each by its header row, else its first row
        name
        for lines in paragraphs
        for table in _tables(lines)
        for name in [lines[n] for n in table if not _TABLE_RULE.fullmatch(lines[n])][:1]
        if name not in kept
    ]
    return (
        named(lost, "list line", "left out as page furniture, not sentences")
        + named(tables, "table", "left out, no row a sentence")
        + named(openings[0], "line", "opening on a colon left out, nothing after it kept")
        + named(
            openings[1],
            "line",
            "opening on a colon left out, the paragraph after it kept without it",
        )
    )


def strip_junk(
    articles: Sequence[Article], per_path: Mapping[str, int] | None = None
) -> tuple[list[Article], list[Skipped]]:
    """Each article without the lines its own text shows are junk (navigation, forms, share
    bars, blocks that are no prose), its lines kept for `drop_boilerplate`, and a flag for list
    lines left out; one with no prose left, or a digest of other stories (`day/digest`), is
    skipped, with the reason (named by `source_names`)."""
    cleaned: list[Article] = []
    skipped: list[Skipped] = []
    digests: dict[int, tuple[str, ...]] = {}  # where in `skipped`, and its paragraphs
    for article, name in zip(articles, source_names(articles, per_path), strict=True):
        blocks, place = _kept_blocks(article, frozenset())
        paragraphs = tuple("\n".join(lines) for lines in blocks)
        if digest := digest_reason(paragraphs):
            digests[len(skipped)] = paragraphs
            skipped.append(Skipped(name, f"{digest}: no story of its own"))
        elif blocks:
            flags = article.flags + _left_out_list(article, blocks)
            cleaned.append(replace(article, paragraphs=paragraphs, place=place, flags=flags))
        else:
            skipped.append(Skipped(name, _no_prose(article)))
    day = " ".join(p for a in cleaned for p in a.paragraphs).replace("\n", " ") if digests else ""
    for at, paragraphs in digests.items():
        skipped[at] = _untold(skipped[at], untold_items(paragraphs, day))
    return cleaned, skipped


def _untold(digest: Skipped, untold: list[str]) -> Skipped:
    """A skipped digest, quoting the items whose story no other source of the day tells: the
    reader hears of each news it alone gave, left out."""
    if not untold:
        return digest
    (told,) = named(untold, "item", "told by no other source")
    return replace(digest, reason=f"{digest.reason}; {told}")


def drop_boilerplate(
    articles: Sequence[Article], per_path: Mapping[str, int] | None = None
) -> tuple[list[Article], list[Skipped]]:
    """The day's articles, each a different story (after dedupe), without the lines that are
    their sites' furniture by evidence, paragraphs joined; one that was nothing but such lines
    is skipped, naming its site (and itself by `source_names`)."""
    boilerplate = boilerplate_lines(articles)
    cleaned: list[Article] = []
    skipped: list[Skipped] = []
    for article, name in zip(articles, source_names(articles, per_path), strict=True):
        result = clean_article(article, boilerplate.of(article))
        if result.paragraphs:
            cleaned.append(result)
        else:
            where = f" of {site(article)}" if site(article) else ""
            reason = f"nothing but lines other pages{where} repeat (a paywall or cookie notice?)"
            skipped.append(Skipped(name, reason))
    lines = len(boilerplate.anywhere) + sum(map(len, boilerplate.by_site.values()))
    log.debug("clean: %d boilerplate lines, %d articles left empty", lines, len(skipped))
    return cleaned, skipped
