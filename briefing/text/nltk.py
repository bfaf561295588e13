"""NLTK's Punkt, word tokenizer and Porter stemmer classes, imported without NLTK's `__init__`.

That `__init__` imports every NLTK subpackage (parsers, corpora, translation metrics and, through
them, scipy.stats, which a plain `import nltk` takes 1 s more for): 0.23 s of CPU, where the
modules that define Punkt, the word tokenizer and the Porter stemmer take 0.09 s. So the packages
`nltk`, `nltk.tokenize` and `nltk.stem` are created empty just long enough to import those modules,
then every NLTK module is forgotten again: a later `import nltk` (sumy's) is a complete, ordinary
import, and the classes here keep working as they are.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from typing import Any

_PACKAGES = ("nltk", "nltk.tokenize", "nltk.stem")


def _classes() -> dict[str, Any]:
    """The classes, by name, from their own modules."""
    if "nltk" in sys.modules:  # already imported in full (by sumy, say): use it
        empty = ()
    else:
        empty = _PACKAGES
        for name in empty:
            spec = importlib.util.find_spec(name)
            if spec is None or spec.loader is None:
                raise ImportError(f"No module named {name!r}")
            sys.modules[name] = importlib.util.module_from_spec(spec)  # __init__ not run
    try:
        punkt = importlib.import_module("nltk.tokenize.punkt")
        destructive = importlib.import_module("nltk.tokenize.destructive")
        porter = importlib.import_module("nltk.stem.porter")
    finally:
        if empty:
            for name in [n for n in sys.modules if n == "nltk" or n.startswith("nltk.")]:
                del sys.modules[name]
    return {
        "NLTKWordTokenizer": destructive.NLTKWordTokenizer,
        "PorterStemmer": porter.PorterStemmer,
        "PunktLanguageVars": punkt.PunktLanguageVars,
        "PunktParameters": punkt.PunktParameters,
        "PunktSentenceTokenizer": punkt.PunktSentenceTokenizer,
        "PunktToken": punkt.PunktToken,
    }


def import_package() -> None:
    """Import NLTK's whole package (for sumy) without scipy.stats, which NLTK wants only for
    Fisher's exact test on collocations (about 1 s); scipy.stats stays importable afterwards."""
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


_CLASSES = _classes()
NLTKWordTokenizer = _CLASSES["NLTKWordTokenizer"]
PorterStemmer = _CLASSES["PorterStemmer"]
PunktLanguageVars = _CLASSES["PunktLanguageVars"]
PunktParameters = _CLASSES["PunktParameters"]
PunktSentenceTokenizer = _CLASSES["PunktSentenceTokenizer"]
PunktToken = _CLASSES["PunktToken"]

__all__ = [
    "NLTKWordTokenizer",
    "PorterStemmer",
    "PunktLanguageVars",
    "PunktParameters",
    "PunktSentenceTokenizer",
    "PunktToken",
]
