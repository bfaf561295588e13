"""The briefing as plain data (the JSON output and the history's copy), and back."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from .models import Article, Briefing, Item, Section, Sentence, Skipped


def to_dict(briefing: Briefing, zone: ZoneInfo) -> dict[str, Any]:
    """The briefing as plain data, in the documented JSON shape. No wall-clock time goes in,
    so the same input and date give the same bytes (the history records when it was built)."""

    def source(article: Article) -> dict[str, Any]:
        published = article.published.astimezone(zone).isoformat() if article.published else None
        return {
            "title": article.title,
            "outlet": article.outlet,
            "url": article.url,
            "path": article.path,
            "published": published,
            "also": list(article.also),
            "flags": list(article.flags),
        }

    return {
        "date": briefing.day.isoformat(),
        "articles_read": briefing.articles_read,
        "topics": [
            {
                "name": section.name,
                "description": section.description,
                "articles_considered": section.articles_considered,
                "sentences_considered": section.sentences_considered,
                "items": [
                    {
                        "text": item.sentence.text,
                        "score": item.score,
                        "status": item.status,
                        "outlets": list(item.outlets),
                        "source": source(item.sentence.article),
                    }
                    for item in section.items
                ],
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
                )
                for n, item in enumerate(topic["items"])
            ),
            topic.get("articles_considered", 0),
            topic.get("sentences_considered", 0),
            tuple((date.fromisoformat(t["date"]), t["articles"]) for t in topic.get("trend", ())),
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
    )
