"""Boolean queries in the syntax of Lucene and media-monitoring tools (AND, OR, NOT, parentheses,
phrases, wildcards, `title:`, `"a b"~N` and `A NEAR/N B`), parsed by luqum into leaves the
one-pass term matcher finds and a tree over them. Shared like `weights`: imports no stage."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise, product

from briefing.text.words import WORD

_NEAR = re.compile(r"NEAR/(\d+)", re.IGNORECASE)  # luqum reads "NEAR/5" as one word
_AT = re.compile(r"at position (\d+)")
WILDCARDS = "*?"
FIELDS = ("title",)  # "" (no field) is the text itself
MAX_DEPTH = 100  # groups and operators inside each other at most: the tree is walked recursively


def literal(term: str) -> str:
    """A term up to its first wildcard ("株价*" is "株价", "Spratl?s" is "Spratl")."""
    return re.split(f"[{re.escape(WILDCARDS)}]", term, maxsplit=1)[0]


class QueryError(ValueError):
    """A query that cannot be used; `position` is the 1-based character where it goes wrong."""

    def __init__(self, problem: str, position: int) -> None:
        super().__init__(f"{problem} at character {position}")
        self.problem = problem
        self.position = position


@dataclass(frozen=True)
class Atom:
    """A word, phrase or wildcard (`Spratly*`) as written, where it must occur ("" the text,
    "title" the headline) and its weight (a Lucene boost, `term^2`)."""

    term: str
    field: str = ""
    boost: float = 1.0


@dataclass(frozen=True)
class Near:
    """One of each group's atoms in one text, with at most `slop` other words among them."""

    groups: tuple[tuple[Atom, ...], ...]
    slop: int
    field: str = ""
    boost: float = 1.0


Leaf = Atom | Near


@dataclass(frozen=True)
class Node:
    """`op` is "and", "or", "not" (one child) or "leaf" (`leaf`: an index of `Query.leaves`)."""

    op: str
    children: tuple[Node, ...] = ()
    leaf: int = -1

    def holds(self, found: frozenset[int]) -> bool:
        """Whether the tree is true when the leaves in `found` are present."""
        if self.op == "leaf":
            return self.leaf in found
        if self.op == "not":
            return not self.children[0].holds(found)
        if self.op == "and":
            return all(child.holds(found) for child in self.children)
        return any(child.holds(found) for child in self.children)


@dataclass(frozen=True)
class Query:
    """A parsed query: its leaves, the tree over them, and the leaves not under a NOT."""

    text: str
    leaves: tuple[Leaf, ...]
    tree: Node
    positive: frozenset[int]

    @property
    def atoms(self) -> tuple[Atom, ...]:
        """Every atom, those inside proximity leaves too, in order."""
        return tuple(a for leaf in self.leaves for a in _atoms(leaf))

    @property
    def words(self) -> tuple[str, ...]:
        """The terms a match can rest on (not negated), without wildcard characters."""
        found = (a for n in sorted(self.positive) for a in _atoms(self.leaves[n]))
        return tuple(dict.fromkeys(a.term.strip(WILDCARDS) for a in found))

    def holds(self, found: frozenset[int]) -> bool:
        """Whether the query is true of a text holding the leaves `found`."""
        return self.tree.holds(found)

    def leaves_in(
        self, text: str, hits: Sequence[tuple[str, int, int]], field: str = ""
    ) -> frozenset[int]:
        """The leaves of `field` present in `text`, given the matcher's hits in it (term, start,
        end: character offsets)."""
        spans: dict[str, list[tuple[int, int]]] = {}
        for term, start, end in hits:
            spans.setdefault(term, []).append((start, end))
        found = set()
        starts: list[int] | None = None
        for n, leaf in enumerate(self.leaves):
            if leaf.field != field:
                continue
            if isinstance(leaf, Atom):
                if leaf.term in spans:
                    found.add(n)
                continue
            if not all(any(a.term in spans for a in group) for group in leaf.groups):
                continue
            if starts is None:
                starts = [m.start() for m in WORD.finditer(text)]
            if _near(leaf, spans, starts):
                found.add(n)
        return frozenset(found)


def _atoms(leaf: Leaf) -> tuple[Atom, ...]:
    return (leaf,) if isinstance(leaf, Atom) else tuple(a for g in leaf.groups for a in g)


def _near(leaf: Near, spans: dict[str, list[tuple[int, int]]], starts: list[int]) -> bool:
    """Whether one span of each group, none overlapping, has at most `slop` other words among
    them (spans as word numbers: a word is numbered by the words that start before it)."""
    choices = [
        sorted(
            {
                (bisect_left(starts, s), bisect_left(starts, e))
                for a in g
                for s, e in spans.get(a.term, ())
            }
        )
        for g in leaf.groups
    ]
    for chosen in product(*choices):
        ordered = sorted(chosen)
        if any(a[1] > b[0] for a, b in pairwise(ordered)):
            continue
        covered = ordered[-1][1] - ordered[0][0]
        if covered - sum(e - s for s, e in ordered) <= leaf.slop:
            return True
    return False


@cache
def parse_query(text: str) -> Query:
    """`text` parsed; QueryError names the first problem and where it is."""
    from luqum.exceptions import ParseError
    from luqum.parser import parser

    if not text.strip():
        raise QueryError("the query is empty", 1)
    bound, inserted = _bind_near(text)
    try:
        tree = parser.parse(bound)
    except ParseError as exc:
        message = str(exc)
        at = _AT.search(message)
        position = _original(int(at.group(1)), inserted) + 1 if at else len(text.rstrip()) + 1
        if "end of expression" in message or position > len(text.rstrip()):
            problem = "the query ends early (an operator without its term, or a '(' not closed)"
        elif "Illegal character" in message:
            problem = f"cannot read {_word_at(text, position)!r} (a quote not closed?)"
        else:
            problem = f"unexpected {_word_at(text, position)!r}"
        raise QueryError(problem, position) from None
    except (ValueError, ArithmeticError):  # luqum reading a ~N or ^N number
        marks = [p for p in (text.find("~"), text.find("^")) if p >= 0]
        raise QueryError("~ and ^ take a number like 2", min(marks, default=0) + 1) from None
    built = _Builder(inserted)
    root = built.node(tree, "", 1.0)
    positive = frozenset(built.positive(root, negated=False))
    if not positive:
        raise QueryError("nothing to match: every term is under NOT", 1)
    return Query(text, tuple(built.leaves), root, positive)


def _word_at(text: str, position: int) -> str:
    """The part of `text` from the 1-based `position` to the next space (a parenthesis that
    `_bind_near` added, when the error is at one)."""
    return (text[position - 1 :].split() or [")"])[0]


_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"(?:[~^][\d.]*)*|[()]|[^\s()"]+')


def _bind_near(text: str) -> tuple[str, list[int]]:
    """`text` with each `A NEAR/N B` in parentheses, so that NEAR binds tighter than AND and OR
    (luqum reads it as an implicit operator, the loosest), and where the parentheses went."""
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    opens: list[int] = []
    closes: list[int] = []
    for n, (start, end) in enumerate(tokens):
        if not _NEAR.fullmatch(text[start:end]) or n == 0 or n == len(tokens) - 1:
            continue
        opens.append(tokens[_operand(text, tokens, n - 1, -1)][0])
        closes.append(tokens[_operand(text, tokens, n + 1, +1)][1])
    if not opens:
        return text, []
    marks = sorted([(p, "(") for p in opens] + [(p, ")") for p in closes])
    out, inserted, last = [], [], 0
    for position, mark in marks:
        out.append(text[last:position])
        inserted.append(position + len(inserted))
        out.append(mark)
        last = position
    out.append(text[last:])
    return "".join(out), inserted


def _operand(text: str, tokens: list[tuple[int, int]], n: int, step: int) -> int:
    """The token that ends (step -1) or starts (step +1) the operand at token `n`: a balanced
    group, a `field:` before it included."""
    depth = 0
    while 0 <= n < len(tokens):
        token = text[slice(*tokens[n])]
        depth += {"(": 1, ")": -1}.get(token, 0) * step
        if depth <= 0:
            break
        n += step
    n = max(0, min(n, len(tokens) - 1))  # a group not closed: the query's end
    if step < 0 and n > 0 and text[slice(*tokens[n - 1])].endswith(":"):
        n -= 1
    if step > 0 and text[slice(*tokens[n])].endswith(":") and n + 1 < len(tokens):
        return _operand(text, tokens, n + 1, step)
    return n


def _original(position: int, inserted: list[int]) -> int:
    """A position in the text `_bind_near` returned, as a position in the query as written."""
    return position - sum(1 for p in inserted if p < position)


class _Builder:
    """Walks luqum's tree into leaves and nodes, refusing what cannot be matched."""

    def __init__(self, inserted: list[int]) -> None:
        self.inserted = inserted  # where _bind_near added parentheses
        self.leaves: list[Leaf] = []
        self.depth = 0  # of the node being built

    def fail(self, problem: str, node: object) -> QueryError:
        return QueryError(problem, _original(getattr(node, "pos", None) or 0, self.inserted) + 1)

    def add(self, leaf: Leaf) -> Node:
        self.leaves.append(leaf)
        return Node("leaf", leaf=len(self.leaves) - 1)

    def node(self, tree: object, field: str, boost: float) -> Node:
        """`tree` as a node, refused past MAX_DEPTH (a thousand nested groups overflow Python's
        stack here and wherever the tree is walked)."""
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                raise self.fail(f"nested more than {MAX_DEPTH} deep", tree)
            return self._node(tree, field, boost)
        finally:
            self.depth -= 1

    def _node(self, tree: object, field: str, boost: float) -> Node:
        from luqum import tree as t

        if isinstance(tree, t.Word | t.Phrase):
            return self.add(self.atom(tree, field, boost))
        if isinstance(tree, t.Proximity):
            if not isinstance(tree.term, t.Phrase):
                raise self.fail("~N needs a phrase before it", tree)
            words = self.atom(tree.term, field, boost).term.split()
            slop = int(tree.degree or 0)
            groups = tuple((Atom(w, field, boost),) for w in words)
            return self.add(Near(groups, slop, field, boost))
        if isinstance(tree, t.SearchField):
            return self.node(tree.expr, self.field(tree), boost)
        if isinstance(tree, t.Group | t.FieldGroup | t.Plus):
            return self.node(tree.children[0], field, boost)
        if isinstance(tree, t.Boost):
            return self.node(tree.expr, field, boost * float(tree.force))
        if isinstance(tree, t.Not | t.Prohibit):
            return Node("not", (self.node(tree.children[0], field, boost),))
        if isinstance(tree, t.AndOperation):
            return Node("and", tuple(self.node(c, field, boost) for c in tree.children))
        if isinstance(tree, t.OrOperation):
            return Node("or", tuple(self.node(c, field, boost) for c in tree.children))
        if isinstance(tree, t.UnknownOperation):
            return self.implicit(tree, field, boost)
        kind = type(tree).__name__.lower()
        raise self.fail(f"{kind} queries are not supported", tree)

    def field(self, tree: object) -> str:
        """The field a `name:` part names, when it is one that can be searched."""
        if tree.name.lower() not in FIELDS:
            raise self.fail(f"unknown field {tree.name!r} (known: title)", tree)
        return tree.name.lower()

    def atom(self, tree: object, field: str, boost: float) -> Atom:
        from luqum import tree as t

        raw = tree.value
        term = " ".join(raw[1:-1].split()) if isinstance(tree, t.Phrase) else raw
        if _NEAR.fullmatch(term):
            raise self.fail(f"{term} joins two terms, one on each side", tree)
        if not any(c.isalnum() for c in term):
            raise self.fail(f"{raw!r} has no letters or digits to match", tree)
        if isinstance(tree, t.Word) and term[0] in WILDCARDS:
            raise self.fail(f"{raw!r}: a wildcard needs letters before it", tree)
        if isinstance(tree, t.Phrase) and any(c in WILDCARDS for c in term):
            raise self.fail(f"{raw}: wildcards go on single words, not in phrases", tree)
        return Atom(term, field, boost)

    def implicit(self, tree: object, field: str, boost: float) -> Node:
        """Terms side by side are all required; `A NEAR/N B` joins its two neighbours."""
        parts = list(tree.children)
        nodes: list[Node] = []
        n = 0
        while n < len(parts):
            near = n + 2 < len(parts) and _NEAR.fullmatch(getattr(parts[n + 1], "value", "") or "")
            if near:
                sides = (self.group(parts[n], field, boost), self.group(parts[n + 2], field, boost))
                fields = {a.field for side in sides for a in side}
                if len(fields) > 1:
                    raise self.fail("NEAR/N joins terms of one field", parts[n])
                nodes.append(self.add(Near(sides, int(near.group(1)), fields.pop(), boost)))
                n += 3
            else:
                nodes.append(self.node(parts[n], field, boost))
                n += 1
        return nodes[0] if len(nodes) == 1 else Node("and", tuple(nodes))

    def group(self, tree: object, field: str, boost: float) -> tuple[Atom, ...]:
        """A side of NEAR: a word, a phrase, or an OR of them."""
        from luqum import tree as t

        while isinstance(tree, t.Group | t.FieldGroup | t.SearchField):
            if isinstance(tree, t.SearchField):
                field = self.field(tree)
            tree = tree.children[0]
        if isinstance(tree, t.Word | t.Phrase):
            return (self.atom(tree, field, boost),)
        if isinstance(tree, t.OrOperation):
            return tuple(a for child in tree.children for a in self.group(child, field, boost))
        raise self.fail("NEAR/N joins words, phrases or (a OR b) groups of them", tree)

    def positive(self, node: Node, negated: bool) -> Iterable[int]:
        """The leaves under an even number of NOTs."""
        if node.op == "leaf":
            return () if negated else (node.leaf,)
        flip = negated != (node.op == "not")
        return (n for child in node.children for n in self.positive(child, flip))
