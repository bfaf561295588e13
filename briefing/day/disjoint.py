"""Disjoint sets of the items 0 to n - 1 as they join (union-find, with path halving): dedupe's
copies and the grouping's stories. scipy's DisjointSet took longer on a day's candidates."""

from __future__ import annotations


class DisjointSets:
    """Which set each item is in: `find` gives the item standing for it (its root)."""

    __slots__ = ("_parent",)

    def __init__(self, count: int) -> None:
        self._parent = list(range(count))

    def find(self, item: int) -> int:
        """The root of the item's set."""
        parent = self._parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def join(self, item: int, into: int) -> None:
        """The item's set joins `into`'s, whose root stands for both."""
        self._parent[self.find(item)] = self.find(into)

    def roots(self) -> list[int]:
        """Each item's root, in item order."""
        return [self.find(item) for item in range(len(self._parent))]
