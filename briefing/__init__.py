"""briefing: offline, extractive daily briefings on the topics analysts follow."""

from ._version import __version__
from .segment import split_sentences
from .summarise import summarise

__all__ = ["__version__", "split_sentences", "summarise"]
