"""briefing: offline, extractive daily briefings on the topics analysts follow."""

from .segment import split_sentences

__all__ = ["split_sentences"]
__version__ = "0.1.0"
