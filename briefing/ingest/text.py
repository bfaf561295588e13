"""Plain-text articles (`.txt`, `.md`): front matter or a first-line title, then paragraphs."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import UTC, tzinfo
from pathlib import Path

from ..errors import BriefingError
from ..models import Article
from .dates import parse_date

FRONT_MATTER_KEYS = {"title", "source", "url", "published"}
_FRONT_LINE = re.compile(r"^([A-Za-z]+):\s*(.*)$")
_BLOCK_BREAK = re.compile(r"\n[ \t]*\n+")


def display_path(path: Path) -> str:
    """A path relative to the working directory when it lies below it."""
    relative = os.path.relpath(path.absolute())
    return str(path) if relative.startswith("..") else relative


def decode_text(data: bytes) -> str:
    """Bytes of a text article as str; ValueError with a short reason when they are not text."""
    if not data.strip():
        raise ValueError("empty file")
    if b"\x00" in data[:8192]:
        raise ValueError("binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None


def parse_article(text: str, path: Path, zone: tzinfo = UTC) -> Article:
    """Split front matter (or a first-line title) from the body, keeping paragraph blocks."""
    blocks = [b.strip("\n") for b in _BLOCK_BREAK.split(text.replace("\r\n", "\n")) if b.strip()]
    meta: dict[str, str] = {}
    first = blocks[0].splitlines() if blocks else []
    matches = [_FRONT_LINE.match(line.strip()) for line in first]
    if first and all(m and m.group(1).lower() in FRONT_MATTER_KEYS for m in matches):
        meta = {m.group(1).lower(): m.group(2).strip() for m in matches if m}
        blocks = blocks[1:]
    if "title" not in meta and blocks:
        head, _, rest = blocks[0].partition("\n")
        meta["title"] = head.strip()
        blocks = ([rest] if rest.strip() else []) + blocks[1:]
    if not blocks:
        raise ValueError("no article text after the title")
    return Article(
        title=meta.get("title", path.stem),
        outlet=meta.get("source") or path.stem,
        url=meta.get("url", ""),
        path=display_path(path),
        published=parse_date(meta.get("published", ""), zone),
        paragraphs=tuple(blocks),
    )


def read_text(path: Path) -> str:
    """The text of a file; BriefingError naming the file and the problem when it is unusable."""
    try:
        return decode_text(path.read_bytes())
    except OSError as exc:
        raise BriefingError(f"{display_path(path)}: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise BriefingError(f"{display_path(path)}: {exc}") from None


def read_file(path: Path, zone: tzinfo = UTC) -> Article:
    """Read one text article; ValueError with a short reason when it cannot be used."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValueError(exc.strerror or str(exc)) from None
    return parse_article(decode_text(data), path, zone)


def iter_lines(article: Article) -> Iterator[tuple[int, str]]:
    """Each non-blank line of an article with the index of its paragraph block."""
    for number, block in enumerate(article.paragraphs):
        for line in block.splitlines():
            if line.strip():
                yield number, line.strip()
