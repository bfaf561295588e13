"""The NLTK parts briefing uses, imported without the scipy.stats that NLTK's package __init__
pulls in (about 1 s of a 1.5 s start): NLTK wants it only for Fisher's exact test on
collocations, which briefing never runs. scipy.stats stays importable as usual afterwards."""

from __future__ import annotations

import sys


def _import_nltk() -> None:
    if "nltk" in sys.modules:
        return
    block = "scipy.stats" not in sys.modules
    if block:
        sys.modules["scipy.stats"] = None  # type: ignore[assignment]  # ImportError inside nltk
    try:
        import nltk  # noqa: F401
    finally:
        if block and sys.modules.get("scipy.stats", False) is None:
            del sys.modules["scipy.stats"]


_import_nltk()

from nltk.stem.porter import PorterStemmer  # noqa: E402
from nltk.tokenize import NLTKWordTokenizer  # noqa: E402
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer  # noqa: E402

__all__ = ["NLTKWordTokenizer", "PorterStemmer", "PunktParameters", "PunktSentenceTokenizer"]
