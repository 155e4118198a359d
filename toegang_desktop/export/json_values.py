"""Plain values in and out of JSON: reading parsed data that may not fit the schema.

Each reading helper returns a usable value or a default: what is wrong with the input was
(or will be) reported by the schema check, so reading never fails on it.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

_E = TypeVar("_E", bound=StrEnum)


def printable(value: str, limit: int = 60) -> str:
    """Text from a file that a message may name (an unknown key, a foreign format): control
    and other unprintable characters (a terminal escape, a lone surrogate) become U+FFFD,
    and a very long one is cut short."""
    shown = "".join(c if c.isprintable() else "\ufffd" for c in value[:limit])
    return shown if len(value) <= limit else shown[: limit - 1] + "…"


def iso(value: date | None) -> str | None:
    """A date as YYYY-MM-DD for the file, or None."""
    return value.isoformat() if value is not None else None


def objects(value: object) -> list[tuple[int, dict[str, Any]]]:
    """The objects in a JSON array with their index; anything else was reported already."""
    items = value if isinstance(value, list) else []
    return [(index, item) for index, item in enumerate(items) if isinstance(item, dict)]


def obj(value: object) -> dict[str, Any]:
    """The value as an object, or an empty one."""
    return value if isinstance(value, dict) else {}


def text(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    return value if isinstance(value, str) else ""


def day(data: dict[str, Any], key: str) -> date | None:
    value = data.get(key)
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def flag(data: dict[str, Any], key: str) -> bool | None:
    """A true/false value, or None when it is null, missing or not a boolean."""
    value = data.get(key)
    return value if isinstance(value, bool) else None


def whole(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value) if float(value).is_integer() else None


def enum_or(kind: type[_E], value: object, fallback: _E) -> _E:
    try:
        return kind(value) if isinstance(value, str) else fallback
    except ValueError:
        return fallback


def optional_enum(kind: type[_E], value: object) -> _E | None:
    try:
        return kind(value) if isinstance(value, str) else None
    except ValueError:
        return None
