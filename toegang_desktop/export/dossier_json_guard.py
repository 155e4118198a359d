"""Turning a dossier file's text into plain data without trusting it.

Every way the text can break the JSON parser, or what runs after it (the schema validator,
the store, the terminal that prints a message), becomes a problem with its place instead of
an exception: nesting deeper than the format ever needs, an integer too long to convert, a
lone surrogate that cannot be stored or printed. A file too large to be a dossier is refused
before it is read (services/transfer.py, with MAX_FILE_BYTES).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from ..domain.problems import Problem, ValidationFailed
from .dossier_json_schema import json_path

MAX_FILE_BYTES = 20 * 1024 * 1024  # a dossier of 200 conversations is about 3 MB
MAX_DEPTH = 16  # the format nests at most 7 levels deep (…safety_record.steps.signals.note)
MAX_NUMBER_DIGITS = 30  # no number in the format has more than 4 digits
MAX_PROBLEMS = 20  # a hostile file can have a million faults; the first ones say enough
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


class _LongNumber:
    """Stands in for an integer too long to convert (Python refuses past 4,300 digits)."""

    __slots__ = ()


def _integer(digits: str) -> int | _LongNumber:
    return _LongNumber() if len(digits.lstrip("-")) > MAX_NUMBER_DIGITS else int(digits)


def parse_dossier_text(text: str) -> object:
    """The parsed JSON, or ValidationFailed: json_syntax {line, column}, or json_too_deep
    {max, line, column} when the parser itself ran out of stack. An integer too long to
    convert is kept as a stand-in that untrusted_value_problems reports."""
    try:
        data = json.loads(text, parse_int=_integer)
    except json.JSONDecodeError as error:
        params = {"line": error.lineno, "column": error.colno}
        raise ValidationFailed([Problem("json_syntax", "", params)]) from None
    except RecursionError:  # nested thousands deep: the parser's own stack ran out
        raise ValidationFailed([_too_deep_in_text(text)]) from None
    return data  # its values are judged by untrusted_value_problems (dossier_from_dict)


def _too_deep_in_text(text: str) -> Problem:
    """Where the text first nests deeper than MAX_DEPTH, as line and column."""
    depth = 0
    for token in _TOKEN.finditer(text):
        mark = token.group()
        if mark in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                line = text.count("\n", 0, token.start()) + 1
                column = token.start() - (text.rfind("\n", 0, token.start()) + 1) + 1
                return Problem("json_too_deep", "", {"max": MAX_DEPTH, "line": line,
                                                     "column": column})
        elif mark in "]}":
            depth -= 1
    return Problem("json_too_deep", "", {"max": MAX_DEPTH})


def untrusted_value_problems(data: object) -> list[Problem]:
    """Values no reader, validator, store or terminal downstream may be handed, each at its
    JSON path (walked without recursion, so depth itself cannot break the walk):
    json_too_deep {max}, json_number_too_long {max}, json_bad_text (a lone surrogate escape
    such as \\ud800 in a text or a key)."""
    problems: list[Problem] = []
    for problem in _walk(data):
        problems.append(problem)
        if len(problems) == MAX_PROBLEMS:
            break
    return problems


def _walk(data: object) -> Iterator[Problem]:
    stack: list[tuple[object, list[str | int]]] = [(data, [])]
    while stack:
        value, parts = stack.pop()
        if len(parts) > MAX_DEPTH:
            yield Problem("json_too_deep", json_path(parts[:MAX_DEPTH]), {"max": MAX_DEPTH})
            continue
        if isinstance(value, str):
            if not _encodable(value):
                yield Problem("json_bad_text", json_path(parts))
        elif isinstance(value, _LongNumber):
            yield Problem("json_number_too_long", json_path(parts), {"max": MAX_NUMBER_DIGITS})
        elif isinstance(value, list):
            stack.extend((item, [*parts, index]) for index, item in reversed(list(
                enumerate(value))))
        elif isinstance(value, dict):
            for key, item in reversed(value.items()):
                if not _encodable(key):  # the key would be named in a message: not printable
                    yield Problem("json_bad_text", json_path(parts))
                    continue
                stack.append((item, [*parts, key]))


def _encodable(text: str) -> bool:
    """False for text with a lone surrogate: it cannot be stored, written or printed."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
