"""Boolean queries: what luqum's tree becomes, and one clear error with a position for what
cannot be matched."""

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.query import MAX_DEPTH, Atom, Near, QueryError, parse_query


def _holds(query: str, *terms: str) -> bool:
    """Whether `query` holds for a text in which exactly `terms` occur (as atoms)."""
    parsed = parse_query(query)
    found = frozenset(
        n for n, leaf in enumerate(parsed.leaves) if getattr(leaf, "term", None) in terms
    )
    return parsed.holds(found)


def test_and_or_not_and_parentheses_follow_boolean_logic():
    query = '("South China Sea" OR Spratly*) AND NOT typhoon'
    assert _holds(query, "South China Sea") and _holds(query, "Spratly*")
    assert not _holds(query, "South China Sea", "typhoon")
    assert not _holds(query, "typhoon")
    assert _holds("a OR b AND c", "a") and not _holds("(a OR b) AND c", "a")


def test_terms_side_by_side_are_all_required():
    assert _holds("junta Myanmar", "junta", "Myanmar") and not _holds("junta Myanmar", "junta")


def test_a_match_rests_on_terms_not_under_not():
    parsed = parse_query("(a OR -b) AND NOT (c AND NOT d)")
    assert sorted(parsed.leaves[n].term for n in parsed.positive) == ["a", "d"]
    assert parsed.words == ("a", "d")


def test_phrases_wildcards_fields_boosts_and_proximity_become_leaves():
    parsed = parse_query(
        '"nine-dash  line" OR Spratly* OR title:(Myanmar OR junta) OR reef^2 '
        'OR "coast guard" NEAR/5 (cannon OR "water cannon") OR "ship reef"~3'
    )
    assert parsed.leaves[:5] == (
        Atom("nine-dash line"),
        Atom("Spratly*"),
        Atom("Myanmar", "title"),
        Atom("junta", "title"),
        Atom("reef", boost=2.0),
    )
    assert parsed.leaves[5] == Near(
        ((Atom("coast guard"),), (Atom("cannon"), Atom("water cannon"))), 5
    )
    assert parsed.leaves[6] == Near(((Atom("ship"),), (Atom("reef"),)), 3)


@pytest.mark.parametrize(
    ("query", "problem", "position"),
    [
        ("a AND (b", "ends early", 9),
        ("a OR OR b", "unexpected 'OR'", 6),
        ('Myanmar AND "junta', "a quote not closed", 13),
        ("a AND author:b", "unknown field 'author'", 7),
        ("a OR *ship", "a wildcard needs letters before it", 6),
        ("NOT typhoon", "every term is under NOT", 1),
        ("a OR junta~2", "fuzzy queries are not supported", 6),
        ("a OR [a TO b]", "range queries are not supported", 6),
        ("a OR b NEAR/5 (c AND d)", "NEAR/N joins words, phrases", 16),
        ("a OR &", "'&' has no letters or digits", 6),
        ("  ", "the query is empty", 1),
        ("* NEAR/2 [", "the query ends early", 11),  # each of these raised another exception
        ("bw?r- NEAR/2 (-", "the query ends early", 16),
        ('"x y"~0.5', "~ and ^ take a number", 6),
        ("a^0.50.5", "~ and ^ take a number", 2),
        ('a OR "te*t"', "wildcards go on single words, not in phrases", 6),
    ],
)
def test_a_malformed_query_names_the_problem_and_where(query, problem, position):
    with pytest.raises(QueryError) as caught:
        parse_query(query)
    assert problem in str(caught.value)
    assert caught.value.position == position
    assert str(caught.value).endswith(f"at character {position}")


def _nested(depth: int) -> str:
    """A query of `depth` groups each inside the last, alternating OR and AND."""
    text = "said"
    for n in range(depth):
        text = f"(x{n} {'AND' if n % 2 else 'OR'} ({text}))"
    return text


@pytest.mark.parametrize(
    "query", ["(" * 1000 + "a" + ")" * 1000, "a AND " + "NOT " * 1001 + "b", _nested(300)]
)
def test_a_query_nested_past_the_limit_is_one_query_error(query):
    """hostile18: `briefing search` of 1,000 parentheses, 1,001 NOTs or 300 nested groups (and
    a topic query so written, at every build) ended in an internal RecursionError."""
    with pytest.raises(QueryError) as caught:
        parse_query(query)
    assert caught.value.problem == f"nested more than {MAX_DEPTH} deep"
    assert 1 <= caught.value.position <= len(query)
    assert parse_query(_nested(MAX_DEPTH // 3)).holds(frozenset(range(MAX_DEPTH)))


_PARTS = ["a", "US", '"x y"', '"', "(", ")", " AND ", " OR ", " NOT ", "-", "+", "*", "?", "te*"]
_PARTS += ["^2", "^", "~", "~3", "~0.5", "title:", "foo:", " NEAR/2 ", "[", " TO ", "/", "&", " "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PARTS), min_size=1, max_size=8))
def test_any_text_is_a_query_or_one_query_error_within_it(parts):
    from briefing.config import Topic
    from briefing.day.topics import article_topics, query_matches
    from briefing.store.archive import asked

    text = "".join(parts)
    try:
        query = parse_query(text)
    except QueryError as exc:
        assert 1 <= exc.position <= len(text) + 1
        return
    article_topics([(0, "a US x y test"), (1, "y x")], (Topic(name="q", query=text),), "a")
    assert isinstance(query_matches(query, "a US x y test", "a"), bool)
    with sqlite3.connect(":memory:") as db:  # whatever the text, valid FTS5 (or nothing to ask)
        db.execute("CREATE VIRTUAL TABLE f USING fts5(title, body)")
        if match := asked(query)[0]:
            db.execute("SELECT * FROM f WHERE f MATCH ?", (match,)).fetchall()
