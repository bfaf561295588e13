"""Plain-text articles (`.txt`, `.md`): front matter or a title line, then paragraphs."""

from __future__ import annotations

import codecs
import os
import re
import tomllib
from collections.abc import Sequence
from datetime import UTC, date, tzinfo
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefing.errors import BriefingError
from briefing.files import read_bytes
from briefing.ingest import scrub
from briefing.ingest.dates import read_date
from briefing.ingest.links import doubt, safe_link
from briefing.ingest.outlets import text_outlet
from briefing.models import Article
from briefing.text.news_marks import (
    DATELINE_LENGTH,
    dateline_end,
    is_credit,
    is_dateline,
    is_editors_note,
    without_byline,
)
from briefing.text.words import (
    CAPITALS,
    CLOSERS,
    HEADING_WORDS,
    IDEOGRAPHS,
    STOPS,
    named,
    shouts,
    word_count,
)

# Front-matter keys, case-insensitive, and the field each one fills.
FRONT_MATTER_KEYS = {
    "title": "title",
    "headline": "title",
    "source": "source",
    "outlet": "source",
    "publisher": "source",
    "site": "source",
    "site_name": "source",
    "url": "url",
    "link": "url",
    "canonical": "url",
    "canonical_url": "url",
    "published": "published",
    "date": "published",
    "pubdate": "published",
    "publish_date": "published",
    "published_at": "published",
    "published_time": "published",
}
# Where a dateline's place may open after a title run into it: a word in capitals.
_SHOUTED_START = re.compile(rf"\s+(?=[{CAPITALS}]{{2,}}\b)")
_TITLE_END = re.compile(f"[{STOPS},;:，；：][{CLOSERS}]*$")  # a title ends no sentence
_KEY_LINE = re.compile(r"^([A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?)\s*:\s*(.*)$")
_BLOCK_BREAK = re.compile(r"\n[ \t]*\n+")
_MARKDOWN = MarkdownIt("commonmark").disable("code")  # an indented paragraph is prose
_FOOTNOTE = re.compile(r"^ {0,3}\[\^([^\]\s]+)\]:[ \t]*", re.MULTILINE)  # a note's "[^1]: "
_DEFINITION = re.compile(r"^ {0,3}\[[^\]\n]+\]:", re.MULTILINE)  # a link reference's, maybe
_CODE = re.compile(r"^ {0,3}(?:```|~~~)", re.MULTILINE)  # a fenced code block's, maybe
_QUOTE_MARKERS = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.MULTILINE)  # "> ", "> > " opening lines
# HTML elements that break a line ("<br>", "</p>", "<td>"): the words either side stay apart
BREAKING_TAGS = frozenset(
    "p div li h1 h2 h3 h4 h5 h6 blockquote pre br tr td th section table ul ol dt dd hr".split()
)
_BREAKING_TAG = re.compile(rf"</?(?:{'|'.join(BREAKING_TAGS)})\b", re.IGNORECASE)
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def display_path(path: Path) -> str:
    """A path relative to the working directory when it lies below it; bytes of a name that are
    not UTF-8 shown as escapes (`caf\\xe9.txt`), so that every output can hold it."""
    relative = os.path.relpath(path.absolute())
    return printable(str(path) if relative.startswith("..") else relative)


def printable(name: str) -> str:
    """A name from the file system or the command line with the bytes that were not UTF-8 (lone
    surrogates in Python) and control characters (`scrub.escaped`) as backslash escapes."""
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate no file system byte stands for
        raw = name.encode("utf-8", "surrogatepass")
    return scrub.escaped(raw.decode("utf-8", "backslashreplace"))


def decode_text(data: bytes) -> str:
    """Bytes of a text article as str (UTF-8, or UTF-16/32 with a byte-order mark); ValueError
    with a short reason when they are not text."""
    encoding = next((name for bom, name in BOMS if data.startswith(bom)), None)
    if encoding is None and b"\x00" in data[:8192]:
        raise ValueError("binary file, not text")
    try:
        text = data.decode(encoding or "utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"not {(encoding or 'utf-8').upper().removesuffix('-SIG')} text "
            f"(byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
    if not text.strip():
        raise ValueError("empty file")
    if "\x00" in text[:8192]:
        raise ValueError("binary file, not text")
    return text


def _scalar(value: object) -> str | None:
    """A front-matter value as text, or None when it is a list, table or nothing."""
    if isinstance(value, date):  # TOML dates and times
        return value.isoformat()
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value).strip()
    return None


def _yaml_lines(lines: list[str]) -> dict[str, object] | None:
    """`key: value` lines of YAML-style front matter (nested, multi-line or bracketed values
    become None; "[Update] Talks resume" is text); None when a line is neither a key nor under
    one."""
    pairs: dict[str, object] = {}
    last = ""
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _KEY_LINE.match(line)
        if line[0].isspace() or line.startswith("- ") or not match:
            if not last:
                return None
            pairs[last] = None  # a list or block under the previous key
            continue
        last, value = match.group(1), match.group(2).strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        pairs[last] = None if value in ("", "|", ">") or _enclosed(value) else value
    return pairs


def _enclosed(value: str) -> bool:
    """Whether `value` is a list or a table: the bracket or brace it opens on closes at its end
    ("[asia, china]"), not before ("[Photos] Fire at mill [Updated]" is a title)."""
    if value[:1] + value[-1:] not in ("[]", "{}"):
        return False
    depth = 0
    for n, char in enumerate(value):
        depth += (char in "[{") - (char in "]}")
        if depth == 0:
            return n == len(value) - 1
    return False


def _front_matter(text: str) -> tuple[dict[str, object], str, tuple[str, ...]] | None:
    """(keys and values, the rest of the text, flags) when the text opens with front matter."""
    lines = text.split("\n")
    fence = lines[0].strip()
    if fence in ("---", "+++"):
        closing = ("---", "...") if fence == "---" else ("+++",)
        end = next((n for n, line in enumerate(lines[1:], 1) if line.strip() in closing), None)
        if end is None:
            return None
        rest = "\n".join(lines[end + 1 :])
        if fence == "---":
            pairs = _yaml_lines(lines[1:end])
            return None if pairs is None else (pairs, rest, ())
        try:
            return tomllib.loads("\n".join(lines[1:end])), rest, ()
        except tomllib.TOMLDecodeError as exc:
            return {}, rest, (f"front matter is not valid TOML ({exc}); not used",)
    head, *rest = _BLOCK_BREAK.split(text, maxsplit=1)
    lines = [line.strip() for line in head.split("\n")]
    pairs = _yaml_lines(lines) if all(_KEY_LINE.match(line) for line in lines) else None
    known = pairs is not None and any(_field(key) for key in pairs)
    return (pairs, "".join(rest), ()) if known else None


def _field(key: str) -> str:
    return FRONT_MATTER_KEYS.get(key.lower().replace("-", "_").replace(" ", "_"), "")


def _read_meta(pairs: dict[str, object]) -> tuple[dict[str, str], tuple[str, ...]]:
    """The fields the front matter fills, and flags for keys not used."""
    meta: dict[str, str] = {}
    unused: list[str] = []
    for key, value in pairs.items():
        name, text = _field(key), _scalar(value)
        if name and text is not None and name not in meta:
            meta[name] = text
        else:
            unused.append(key)
    flags = (f"front matter keys not used: {', '.join(unused)}",) if unused else ()
    return meta, flags


# A run of Han or kana, one word of a title's length: their stop ("。") tells a lead from a title
_HAN_RUN = re.compile(f"[{IDEOGRAPHS}]+")


def is_title(line: str) -> bool:
    """A short line with a letter in it that does not end like a sentence, or that shouts (a
    headline in capitals may end on an abbreviation or a question: "SUSPECT SPOTTED IN N.C."),
    and is neither an editor's note ("Eds: UPDATES with ..."), a dateline ("ISTANBUL, Turkey
    (AP) _") nor a credit ("*By ROBERT W. BLACK", "(Distributed by ...)"); its words counted as
    a reader does (a Thai paragraph of sentences parted by spaces, marking no stop, is no
    title), a run of Han or kana as one (a Chinese headline and its deck, 30 to 45 letters, is
    one)."""
    return (
        0 < word_count(_HAN_RUN.sub("x", line)) <= HEADING_WORDS
        and not is_editors_note(line)
        and not is_dateline(line)
        and not is_credit(line)
        and re.search(r"[^\W\d_]", line) is not None
        and (not _TITLE_END.search(line) or shouts(line))
    )


def _title_of(block: str) -> tuple[str, str]:
    """The block's title when the block is a title line (or a Markdown heading), without a byline
    run on to its end, or a title run into the dateline after it; and the rest of the block."""
    lines = block.split("\n")
    first = lines[0].strip()
    if first.startswith("#"):
        first = first.lstrip("#").strip()
    elif len(lines) == 2 and set(lines[1].strip()) in ({"="}, {"-"}):
        pass  # a Setext heading: the title underlined
    elif len(lines) > 1:
        return _run_into_dateline(block)  # the first line of a paragraph, or a hard-wrapped line
    first = without_byline(first)
    if is_title(first):
        return first, "\n".join(lines[1:])  # a Markdown heading's own block
    return _run_into_dateline(block)


def _run_into_dateline(block: str) -> tuple[str, str]:
    """A title and the paragraph its dateline opens, the break between them lost ("Stocks Edge
    Higher in Japan TOKYO (AP) -- Japanese stocks ..."): the dateline's place opens on a word in
    capitals, the title before it is one of two words or more, not in capitals ("NEW" of "NEW
    YORK (AP) --", "By" of "By JOHN SMITH WASHINGTON (AP) --" are none); ("", block) when the
    block opens on no such title, or on a dateline of its own before it."""
    own = dateline_end(block)
    for found in _SHOUTED_START.finditer(block, 0, DATELINE_LENGTH * 2):
        if own is not None and own <= found.start():
            break  # "WASHINGTON (AP) -- ... NATO -- ": the block's own dateline
        title, rest = block[: found.start()].strip(), block[found.end() :]
        if " " in title and not title.isupper() and is_title(title) and dateline_end(rest):
            return title, rest
    return "", block


def markdown_blocks(text: str) -> tuple[list[str], tuple[str, ...]]:
    """A Markdown text's blocks without their inline markup (`markdown_words`), a reference link
    read by its definition anywhere in the text, the definitions' lines no words; a footnote's
    marks go, its note stays ("[^1]: His second." is "His second."). Fenced code blocks are no
    prose: left out, and named in the flags returned (one never closed, `_closed`, is a line
    of markup before prose); an indented block is read as prose."""
    env: dict[str, Any] = {}
    code: list[str] = []
    if labels := set(_FOOTNOTE.findall(text)):
        marks = "|".join(map(re.escape, labels))
        text = re.sub(rf"\[\^(?:{marks})\]", "", _FOOTNOTE.sub("", text))
    if _DEFINITION.search(text) or _CODE.search(text):
        tokens = _MARKDOWN.parse(text, env)
        spans = [reference["map"] for reference in env.get("references", {}).values()]
        lines = text.split("\n")
        for token in tokens:
            if token.type != "fence" or not token.map:
                continue
            if not token.info.strip() and not _closed(token.markup, *token.map, lines):
                spans.append([token.map[0], token.map[0] + 1])  # a line of markup, prose after
            else:
                spans.append(token.map)
                code += [line.strip() for line in token.content.split("\n") if line.strip()][:1]
        for start, end in spans:
            lines[start:end] = [""] * (end - start)
        text = "\n".join(lines)
    blocks = [markdown_words(block, env) for block in _BLOCK_BREAK.split(text)]
    return blocks, named(code, "code block", "left out, code is not the article's prose")


def _closed(markup: str, start: int, end: int, lines: Sequence[str]) -> bool:
    """Whether the fence opened by `markup` on line `start` closes on its block's last line: one
    never closed runs to the end of the text (a writer's "~~~" between scenes, a stray "```")."""
    fence = rf"[\s>]*{re.escape(markup[0])}{{{len(markup)},}}\s*"
    return end - 1 > start and re.fullmatch(fence, lines[end - 1]) is not None


def markdown_words(block: str, env: dict[str, Any] | None = None) -> str:
    """A Markdown block's words without its inline markup (emphasis, links, code marks, inline
    HTML, escapes) or quote markers, "" for pictures alone; its lines stay lines, list bullets
    and "#" kept for later."""
    tokens = _MARKDOWN.parseInline(_QUOTE_MARKERS.sub("", block), env)
    children = [child for token in tokens for child in token.children or []]
    if all(_pictured(child) for child in children):
        return ""  # pictures alone: no text of the article's, as an HTML page's are not
    return _words(children)


def _pictured(token: Token) -> bool:
    """Whether an inline token is a picture, its link, or what may stand between pictures."""
    return token.type in ("image", "link_open", "link_close", "softbreak", "hardbreak") or (
        token.type == "text" and not token.content.strip()
    )


def _words(tokens: list[Token]) -> str:
    """The text of inline tokens: text and code as written, an image by its description, a line
    break for a break or a tag that breaks a line (one for a run of them)."""
    parts: list[str] = []
    for token in tokens:
        if token.type in ("text", "code_inline"):
            parts.append(token.content)
        elif token.type in ("softbreak", "hardbreak") or (
            token.type == "html_inline" and _BREAKING_TAG.match(token.content)
        ):
            if not parts or parts[-1] != "\n":
                parts.append("\n")
        elif token.type == "image":
            parts.append(_words(token.children or []))
    return "".join(parts)


def parse_article(text: str, path: Path, zone: tzinfo = UTC) -> Article:
    """Split front matter (or a title line) from the body, keeping paragraph blocks (a `.md`
    file's, and its front matter's title, without their markup). A first line is the title only
    when it is short and unpunctuated; otherwise the body keeps it."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    meta: dict[str, str] = {}
    flags: tuple[str, ...] = ()
    found = _front_matter(text)
    if found:
        pairs, text, flags = found
        meta, unused = _read_meta(pairs)
        flags += unused
    markdown = path.suffix.lower() == ".md"
    if markdown and "title" in meta:  # as a heading's: its words (a title of pictures as is)
        meta["title"] = " ".join(markdown_words(meta["title"]).split()) or meta["title"]
    if markdown:
        blocks, code = markdown_blocks(text)
        flags += code
    else:
        blocks = _BLOCK_BREAK.split(text)
    blocks = [b.strip("\n") for b in blocks if b.strip()]
    if "title" not in meta and blocks and (found := _title_of(blocks[0]))[0]:
        meta["title"], rest = found
        blocks = ([rest] if rest.strip("\n=- ") else []) + blocks[1:]
    if not blocks:
        raise ValueError("no article text after the title")
    url = meta.get("url", "")
    if url and not safe_link(url):
        flags += (doubt(url),)
    published, date_flags = read_date(meta.get("published", ""), zone)
    lead = next((block for block in blocks if not is_editors_note(block)), blocks[0])
    return Article(
        title=meta.get("title", ""),  # none invented: a file name is not a headline
        outlet=text_outlet(meta.get("source", ""), url, lead),  # a dateline's credit under a note
        url=safe_link(url),
        path=display_path(path),
        published=published,
        paragraphs=tuple(blocks),
        flags=flags + date_flags,
    )


def read_text(path: Path) -> str:
    """The text of a file, without control characters; BriefingError naming the file and the
    problem when it is unusable."""
    try:
        return scrub.text(decode_text(read_bytes(path)))
    except OSError as exc:
        raise unreadable(path, exc) from None
    except ValueError as exc:
        raise BriefingError(f"{display_path(path)}: {exc}") from None


def unreadable(path: Path, exc: OSError) -> BriefingError:
    """The BriefingError naming `path` and what the system said of it."""
    return BriefingError(f"{display_path(path)}: {exc.strerror or exc}")
