"""Hypothesis strategies that damage valid files the way a careless editor, another program or
an attacker would, and a fingerprint of a store's logical content.

JSON is mutated as a parsed tree (drop a key, change a type, add a key, nest deeply, odd
unicode, huge numbers) and then as bytes (truncate, flip, random bytes); TOML as text.
Values that json.dumps cannot write (a 5,000-digit integer, 5,000 levels of nesting) are
written as placeholders and put in afterwards.
"""

from __future__ import annotations

import copy
import hashlib
import json
from typing import Any

from hypothesis import strategies as st

from toegang_desktop.store.database import Database

DEEP = 5_000  # deeper than any parser's recursion limit
SOMEWHAT_DEEP = 150  # parses, but a recursive validator or reader may still run out
HUGE_DIGITS = 5_000  # past Python's int-str conversion limit (4,300 digits)
_DEEP_MARK, _SOMEWHAT_DEEP_MARK = "\u0000DEEP\u0000", "\u0000SOMEWHAT\u0000"
_HUGE_MARK = "\u0000HUGE\u0000"

ODD_TEXT = st.sampled_from([
    "\ud800", "a\udfffb", "\x00", "\u202eevil", "e\u0301", "🙂", "ﬁ", "\ufeff", "x" * 5000,
    "", " ", "\n", "İ", "ß", "\u0085", "\\", '"', "{}", "[", "'; DROP TABLE residents; --",
])
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True), st.sampled_from([3.0, 2.0, 1.5, 0, -1]),
    ODD_TEXT, st.text(max_size=20), st.sampled_from([_DEEP_MARK, _SOMEWHAT_DEEP_MARK, _HUGE_MARK]),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=3),
                            st.dictionaries(st.one_of(st.text(max_size=8), ODD_TEXT), inner,
                                            max_size=3)),
    max_leaves=6,
)
TREE_MUTATION = st.tuples(
    st.sampled_from(["drop", "replace", "add_key", "wrap_list", "wrap_object", "look_alike",
                     "look_alike", "look_alike"]),
    st.integers(min_value=0, max_value=10_000), VALUES,
    st.one_of(st.sampled_from(["geld", "format_version", "extra", "restricted"]), ODD_TEXT),
)
_INTACT = st.tuples(st.just("none"), st.just(0), st.just(b""))
_ANYWHERE = st.integers(min_value=0, max_value=10**9)
BYTE_MUTATION = st.one_of(  # mostly intact bytes: the tree damage is the interesting part
    _INTACT, _INTACT, _INTACT, _INTACT,
    st.tuples(st.just("truncate"), _ANYWHERE, st.just(b"")),
    st.tuples(st.just("flip"), _ANYWHERE, st.binary(min_size=1, max_size=4)),
    st.tuples(st.just("insert"), _ANYWHERE, st.binary(min_size=1, max_size=8)),
    st.tuples(st.just("random"), st.just(0), st.binary(max_size=64)),
)


def _places(tree: Any) -> list[tuple[Any, Any]]:
    """Every (container, key or index) in the tree, in document order."""
    places: list[tuple[Any, Any]] = []
    stack = [tree]
    while stack:
        node = stack.pop()
        keys = list(node) if isinstance(node, dict) else range(len(node)) if isinstance(
            node, list) else []
        for key in keys:
            places.append((node, key))
            stack.append(node[key])
    return places


def _look_alike(current: Any, value: Any) -> Any:
    """A value that nearly passes for the current one: odd text for text, 3.0 or a huge
    number for 3, 1 for true (the faults a type check by isinstance lets through)."""
    if isinstance(current, bool):
        return int(current)
    if isinstance(current, int):
        return _HUGE_MARK if isinstance(value, bool) else float(current)
    if isinstance(current, str):
        return value if isinstance(value, str) else current + "\ud800"
    return value


def mutate_tree(tree: Any, mutations: list[tuple[str, int, Any, str]]) -> Any:
    """A damaged deep copy of a parsed JSON document."""
    tree = copy.deepcopy(tree)
    for kind, pick, value, key in mutations:
        places = _places(tree)
        if not places:
            return value
        node, where = places[pick % len(places)]
        if kind == "drop":
            del node[where]
        elif kind == "replace":
            node[where] = value
        elif kind == "add_key":
            target = node[where] if isinstance(node[where], dict) else node
            if isinstance(target, dict):
                target[key] = value
        elif kind == "look_alike":
            node[where] = _look_alike(node[where], value)
        elif kind == "wrap_list":
            node[where] = [node[where]]
        else:
            node[where] = {key: node[where]}
    return tree


def dump_json(tree: Any) -> bytes:
    """The tree as JSON bytes, with the placeholders made deep or huge (ensure_ascii keeps
    lone surrogates as \\ud800 escapes, as a hostile file would have them)."""
    text = json.dumps(tree, ensure_ascii=True, indent=1)
    text = text.replace(json.dumps(_DEEP_MARK), "[" * DEEP + "]" * DEEP)
    text = text.replace(json.dumps(_SOMEWHAT_DEEP_MARK),
                        "{\"a\": [" * SOMEWHAT_DEEP + "]}" * SOMEWHAT_DEEP)
    text = text.replace(json.dumps(_HUGE_MARK), "9" * HUGE_DIGITS)
    return text.encode("utf-8")


def mutate_bytes(data: bytes, mutation: tuple[str, int, bytes]) -> bytes:
    kind, at, extra = mutation
    where = at % (len(data) + 1)
    if kind == "truncate":
        return data[:where]
    if kind == "flip":
        return data[:where] + extra + data[where + len(extra):]
    if kind == "insert":
        return data[:where] + extra + data[where:]
    if kind == "random":
        return extra
    return data


TOML_SNIPPETS = st.sampled_from([
    "x = " + "[" * DEEP + "]" * DEEP,
    "when = " + "{ all = [" * 200 + "{ household = \"child\" }" + "] }" * 200,
    "when = " + "{ any = [" * 40 + "{ marker = \"dementia\" }" + "] }" * 40,
    "n = " + "9" * HUGE_DIGITS,
    "key = \"\\ud800\"", "key = \"\x00\"", "label = \"\u202e🙂\"", "[[domains]]", "[[rules]]",
    "[[partners]]", "[checklist]", "levels = []", "prompts = 3", "at_least = -1",
    "when = { count = { domains = [\"geld\"] } }", "id = \"\"", "key = \"a b\"", "= \"x\"",
    "organisation = \"" + "x" * 500 + "\"", "\"\"\"", "[", "level_at_most = 1e400",
])
TOML_MUTATION = st.tuples(
    st.sampled_from(["drop_line", "insert", "replace_line", "truncate", "bytes"]),
    st.integers(min_value=0, max_value=10**9), TOML_SNIPPETS, st.binary(max_size=16),
)


def mutate_toml(text: str, mutation: tuple[str, int, str, bytes]) -> bytes:
    kind, at, snippet, noise = mutation
    lines = text.splitlines()
    where = at % (len(lines) + 1)
    if kind == "drop_line" and lines:
        del lines[where % len(lines)]
    elif kind == "insert":
        lines.insert(where, snippet)
    elif kind == "replace_line" and lines:
        lines[where % len(lines)] = snippet
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    if kind == "truncate":
        return data[: at % (len(data) + 1)]
    if kind == "bytes":
        cut = at % (len(data) + 1)
        return data[:cut] + noise + data[cut:]
    return data


# The access log records every attempt, a refused import too ("refused"): that line is the
# point of the log, not a change to the dossiers, so the fingerprint leaves the log out.
LOG_TABLES = ("access_log", "access_log_checkpoints", "access_log_purge_marker")


def store_fingerprint(db: Database) -> str:
    """A hash of every row of every table (the store's logical content, not its file), the
    access log's own tables left out."""
    digest = hashlib.sha256()
    tables = [row[0] for row in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()
        if row[0] not in LOG_TABLES]
    for table in tables:
        digest.update(table.encode())
        query = f'SELECT * FROM "{table}"'
        if table == "sqlite_sequence":  # the log's own id counter moves with its line
            query += " WHERE name NOT IN ('" + "', '".join(LOG_TABLES) + "')"
        rows = db.execute(query).fetchall()
        for row in sorted(repr(tuple(r)) for r in rows):
            digest.update(row.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()
