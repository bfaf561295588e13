"""The briefing as plain data (the JSON output and the history's copy), and back."""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from briefing.models import (
    UNCHANGED,
    Article,
    Briefing,
    Event,
    Flagged,
    Item,
    LeftOut,
    Section,
    Sentence,
    Skipped,
    Story,
    Why,
)


def to_dict(briefing: Briefing, zone: ZoneInfo) -> dict[str, Any]:
    """The briefing as plain data, in the documented JSON shape. No wall-clock time goes in,
    so the same input and date give the same bytes (the history records when it was built)."""

    def source(article: Article) -> dict[str, Any]:
        return {
            "title": article.title,
            "outlet": article.outlet,
            "url": article.url,
            "path": article.path,
            "published": when(article.published),
            "place": article.place,
            "also": list(article.also),
            "flags": list(article.flags),
        }

    def when(moment: datetime | None) -> str | None:
        return moment.astimezone(zone).isoformat() if moment else None

    def story(found: Story) -> dict[str, Any]:
        return {
            "id": found.id,
            "headline": found.headline,
            "outlets": list(found.outlets),
            "first_seen": when(found.first_seen),
            "score": found.score,
            "status": found.status,
            **({"opinion": found.opinion} if found.opinion else {}),
            **({"since": found.since.isoformat()} if found.since else {}),
            "articles": [source(article) for article in found.articles],
        }

    return {
        "date": briefing.day.isoformat(),
        "articles_read": briefing.articles_read,
        "since": when(briefing.since),
        "top_stories": [
            {
                "id": found.id,
                "headline": found.headline,
                "topic": topic,
                "outlets": len(found.outlets),
                "articles": len(found.articles),
            }
            for found, topic in briefing.top_stories()
        ],
        "coming_up": [
            {
                "date": event.when.isoformat(),
                "precision": event.precision,
                "phrase": event.phrase,
                "topic": event.topic,
                "story": event.story,
                "text": event.sentence.text,
                "source": source(event.sentence.article),
            }
            for event in briefing.coming
        ],
        "topics": [
            {
                "name": section.name,
                "description": section.description,
                "articles_considered": section.articles_considered,
                "sentences_considered": section.sentences_considered,
                "items": [
                    {
                        "text": item.text,
                        "score": item.score,
                        "status": item.status,
                        "story": item.story,
                        "outlets": list(item.outlets),
                        "source": source(item.sentence.article),
                        **({"why": asdict(item.why)} if item.why else {}),
                    }
                    for item in section.items
                ],
                "stories": [story(found) for found in section.stories],
                "left_out": [asdict(left) for left in section.left_out],
                "trend": [{"date": d.isoformat(), "articles": n} for d, n in section.trend],
            }
            for section in briefing.sections
        ],
        "skipped": [{"source": s.source, "reason": s.reason} for s in briefing.skipped],
        "flagged": [{"source": f.source, "flags": list(f.flags)} for f in briefing.flagged],
    }


def from_dict(data: Any) -> Briefing:
    """A briefing back from its JSON form (what `to_dict` wrote); ValueError naming the field
    when one is missing or holds a value not of its type (a hand-edited file)."""

    def article(source: _Fields) -> Article:
        return Article(
            source.text("title"),
            source.text("outlet"),
            source.text("url"),
            source.text("path"),
            source.moment("published"),
            (),
            source.texts("also"),
            source.texts("flags"),
            place=source.text("place"),
        )

    def story(found: _Fields) -> Story:
        return Story(
            found.text("id", REQUIRED),
            found.text("headline"),
            tuple(article(a) for a in found.objects("articles")),
            found.texts("outlets"),
            found.moment("first_seen"),
            found.number("score", 0.0),
            found.text("status"),
            found.text("opinion"),
            found.day("since", None),
        )

    def left_out(left: _Fields) -> LeftOut:
        reason = left.text("reason", REQUIRED)
        if reason.startswith(UNCHANGED):  # the day it was last briefed, which the pages print
            _Fields({"since": reason.removeprefix(UNCHANGED)}, left.at("reason")).day("since")
        return LeftOut(
            left.text("story", REQUIRED), left.text("headline"), reason, left.text("status")
        )

    def item(found: _Fields, n: int) -> Item:
        return Item(
            Sentence(found.text("text", REQUIRED), article(found.object("source")), 0, n),
            found.number("score", REQUIRED),
            found.text("status"),
            found.texts("outlets"),
            found.text("story"),
            why=_why(found.object("why", None)),
        )

    def section(topic: _Fields) -> Section:
        return Section(
            topic.text("name", REQUIRED),
            topic.text("description"),
            tuple(item(found, n) for n, found in enumerate(topic.objects("items", REQUIRED))),
            topic.count("articles_considered", 0),
            topic.count("sentences_considered", 0),
            tuple((t.day("date"), t.count("articles", None)) for t in topic.objects("trend")),
            tuple(story(found) for found in topic.objects("stories")),
            tuple(left_out(left) for left in topic.objects("left_out")),
        )

    def event(found: _Fields, n: int) -> Event:
        precision = found.text("precision", "day")
        if precision not in PRECISIONS:
            raise ValueError(f"{found.at('precision')}: {_shown(precision)} is no precision")
        return Event(
            found.day("date"),
            precision,
            found.text("phrase"),
            Sentence(found.text("text", REQUIRED), article(found.object("source")), 0, n),
            found.text("topic"),
            found.text("story"),
        )

    top = _Fields(data, "")
    day = top.day("date")
    return Briefing(
        day=day,
        generated=top.moment("generated") or datetime.combine(day, datetime.min.time(), UTC),
        sections=tuple(section(topic) for topic in top.objects("topics", REQUIRED)),
        skipped=tuple(
            Skipped(s.text("source", REQUIRED), s.text("reason", REQUIRED))
            for s in top.objects("skipped")
        ),
        articles_read=top.count("articles_read", 0),
        since=top.moment("since"),
        coming=tuple(event(found, n) for n, found in enumerate(top.objects("coming_up"))),
        flagged=tuple(
            Flagged(f.text("source", REQUIRED), f.texts("flags")) for f in top.objects("flagged")
        ),
    )


def _why(parts: _Fields | None) -> Why | None:
    """An item's score parts back from the JSON (None when it has none, as older ones)."""
    if parts is None:
        return None
    return Why(**{f.name: parts.number(f.name, 0.0) for f in fields(Why)})


REQUIRED: Any = object()  # the default of a field a briefing cannot be read without
PRECISIONS = ("day", "week", "month")  # how precisely an event is dated


def _shown(value: Any) -> str:
    """A JSON value as an error message quotes it, cut short."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:39] + "…"


class _Fields:
    """One object of a briefing's JSON, each field read as the type it must have: ValueError
    naming the field ("topics[0].items[2].text: 5 is not text") otherwise; null reads as absent."""

    def __init__(self, data: Any, where: str) -> None:
        if not isinstance(data, dict):
            raise ValueError(f"{where or 'the file'}: {_shown(data)} is not an object")
        self.data, self.where = data, where

    def at(self, key: str) -> str:
        """The path of a field in the file: "topics[0].name"."""
        return f"{self.where}.{key}" if self.where else key

    def _value(self, key: str, kinds: type | tuple[type, ...], what: str, default: Any) -> Any:
        value = self.data.get(key)
        if value is None:
            if default is REQUIRED:
                raise ValueError(f"{self.at(key)}: missing")
            return default
        if isinstance(value, bool) or not isinstance(value, kinds):
            raise ValueError(f"{self.at(key)}: {_shown(value)} is not {what}")
        return value

    def text(self, key: str, default: Any = "") -> Any:
        """A text field ("" when absent, unless `default` says otherwise)."""
        return self._value(key, str, "text", default)

    def number(self, key: str, default: Any) -> Any:
        """A number field, as a float."""
        value = self._value(key, (int, float), "a number", default)
        return value if value is None else float(value)

    def count(self, key: str, default: Any) -> Any:
        """A whole-number field."""
        return self._value(key, int, "a whole number", default)

    def texts(self, key: str) -> tuple[str, ...]:
        """A list of texts (empty when absent)."""
        values = self._value(key, list, "a list", [])
        for n, value in enumerate(values):
            if not isinstance(value, str):
                raise ValueError(f"{self.at(key)}[{n}]: {_shown(value)} is not text")
        return tuple(values)

    def object(self, key: str, default: Any = REQUIRED) -> Any:
        """A field holding an object, itself read field by field."""
        value = self._value(key, dict, "an object", default)
        return value if value is default else _Fields(value, self.at(key))

    def objects(self, key: str, default: Any = ()) -> list[_Fields]:
        """A list of objects (empty when absent)."""
        values = self._value(key, list, "a list", default)
        return [_Fields(value, f"{self.at(key)}[{n}]") for n, value in enumerate(values)]

    def moment(self, key: str) -> datetime | None:
        """A field holding an ISO time with its offset, or None when absent."""
        text = self.text(key, None)
        try:
            moment = None if text is None else datetime.fromisoformat(text)
        except ValueError:
            raise ValueError(f"{self.at(key)}: {_shown(text)} is not an ISO time") from None
        if moment is not None and moment.utcoffset() is None:
            raise ValueError(f"{self.at(key)}: {_shown(text)} has no UTC offset")
        return moment

    def day(self, key: str, default: Any = REQUIRED) -> Any:
        """A field holding an ISO date (YYYY-MM-DD)."""
        text = self.text(key, default)
        try:
            return text if text is default else date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"{self.at(key)}: {_shown(text)} is not a date") from None
