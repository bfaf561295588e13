"""The briefing as plain data (the JSON output and the history's copy), and back."""

from __future__ import annotations

from dataclasses import asdict, fields
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from briefing.models import (
    Article,
    Briefing,
    Event,
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
    }


def from_dict(data: dict[str, Any]) -> Briefing:
    """A briefing back from its JSON form (what `to_dict` wrote)."""

    def article(source: dict[str, Any]) -> Article:
        published = source.get("published")
        return Article(
            source.get("title", ""),
            source.get("outlet", ""),
            source.get("url", ""),
            source.get("path", ""),
            datetime.fromisoformat(published) if published else None,
            (),
            tuple(source.get("also", ())),
            tuple(source.get("flags", ())),
            place=source.get("place", ""),
        )

    def story(found: dict[str, Any]) -> Story:
        first_seen = found.get("first_seen")
        return Story(
            found["id"],
            found.get("headline", ""),
            tuple(article(a) for a in found.get("articles", ())),
            tuple(found.get("outlets", ())),
            datetime.fromisoformat(first_seen) if first_seen else None,
            found.get("score", 0.0),
            found.get("status", ""),
            found.get("opinion", ""),
            date.fromisoformat(found["since"]) if found.get("since") else None,
        )

    sections = tuple(
        Section(
            topic["name"],
            topic.get("description", ""),
            tuple(
                Item(
                    Sentence(item["text"], article(item["source"]), 0, n),
                    item["score"],
                    item.get("status", ""),
                    tuple(item.get("outlets", ())),
                    item.get("story", ""),
                    why=_why(item.get("why")),
                )
                for n, item in enumerate(topic["items"])
            ),
            topic.get("articles_considered", 0),
            topic.get("sentences_considered", 0),
            tuple((date.fromisoformat(t["date"]), t["articles"]) for t in topic.get("trend", ())),
            tuple(story(s) for s in topic.get("stories", ())),
            tuple(LeftOut(**left) for left in topic.get("left_out", ())),
        )
        for topic in data["topics"]
    )
    return Briefing(
        day=date.fromisoformat(data["date"]),
        generated=datetime.fromisoformat(data["generated"])
        if "generated" in data
        else datetime.combine(date.fromisoformat(data["date"]), datetime.min.time(), UTC),
        sections=sections,
        skipped=tuple(Skipped(s["source"], s["reason"]) for s in data.get("skipped", ())),
        articles_read=data.get("articles_read", 0),
        since=datetime.fromisoformat(data["since"]) if data.get("since") else None,
        coming=tuple(
            Event(
                date.fromisoformat(event["date"]),
                event.get("precision", "day"),
                event.get("phrase", ""),
                Sentence(event["text"], article(event["source"]), 0, n),
                event.get("topic", ""),
            )
            for n, event in enumerate(data.get("coming_up", ()))
        ),
    )


def _why(parts: dict[str, Any] | None) -> Why | None:
    """An item's score parts back from the JSON (None when it has none, as older ones)."""
    if not isinstance(parts, dict):
        return None
    return Why(**{f.name: float(parts.get(f.name, 0.0)) for f in fields(Why)})
