"""Sentence rankers behind one small interface, chosen by name.

A ranker scores sentences (higher is more important). Adding one is one file in the rank
package that defines a `Ranker` subclass and registers it with `@register("name")`.
"""

from __future__ import annotations

import importlib
import pkgutil
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from pathlib import Path

from briefing.errors import BriefingError
from briefing.models import Sentence

_REGISTRY: dict[str, Callable[..., Ranker]] = {}
_PACKAGE = __name__.rpartition(".")[0]  # briefing.summariser.rank: one module a ranker or more
_FOLDER = [str(Path(__file__).parent)]


class Ranker(ABC):
    """Scores sentences; `query` is the topic's description and terms, when there is one."""

    #: how a summary is chosen from the scores: "mmr" or "coverage" (greedy concept coverage)
    selection: str = "mmr"

    @abstractmethod
    def score(self, sentences: Sequence[Sentence], query: str = "") -> list[float]:
        """One score per sentence, in the order given."""


def register(name: str) -> Callable[[type[Ranker]], type[Ranker]]:
    """Class decorator that makes a ranker available under `name`."""

    def decorate(cls: type[Ranker]) -> type[Ranker]:
        _REGISTRY[name] = cls
        return cls

    return decorate


def _load_all() -> None:
    for module in pkgutil.iter_modules(_FOLDER):
        importlib.import_module(f"{_PACKAGE}.{module.name}")


def ranker_names() -> list[str]:
    """The names every ranker is registered under."""
    _load_all()
    return sorted(_REGISTRY)


def _load(name: str) -> None:
    """Import the module named like the ranker ("default" for "default-mmr"), or else all: a
    build with the default ranker never imports sumy."""
    module = name.split("-")[0]
    if module in {info.name for info in pkgutil.iter_modules(_FOLDER)}:
        importlib.import_module(f"{_PACKAGE}.{module}")
    if name not in _REGISTRY:
        _load_all()


def get_ranker(name: str, **options: object) -> Ranker:
    """The ranker registered as `name`, built with `options`."""
    _load(name)
    try:
        factory = _REGISTRY[name]
    except KeyError:
        raise BriefingError(
            f"unknown ranker {name!r} (choose from {', '.join(sorted(_REGISTRY))})"
        ) from None
    return factory(**options)
