"""briefing: offline, extractive daily briefings on the topics analysts follow."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from briefing._version import __version__
from briefing.summariser.api import summarise

if TYPE_CHECKING:
    from briefing.text.segment import split_sentences

__all__ = ["__version__", "split_sentences", "summarise"]


def __getattr__(name: str) -> Any:
    """split_sentences, imported on first use (with NLTK), so that `briefing --help` starts fast."""
    if name == "split_sentences":
        from briefing.text.segment import split_sentences

        return split_sentences
    raise AttributeError(f"module 'briefing' has no attribute {name!r}")
