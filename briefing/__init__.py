"""briefing: offline, extractive daily briefings on the topics analysts follow."""

from .segment import split_sentences
from .summarise import summarise

__all__ = ["split_sentences", "summarise"]
__version__ = "0.1.0"
