"""The checklist of life domains: loading and validating a TOML file."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain.conversation import LEVELS

MIN_PROMPTS, MAX_PROMPTS = 3, 6


@dataclass(frozen=True)
class LifeDomain:
    key: str
    label: str
    description: str
    prompts: tuple[str, ...]
    level_texts: tuple[str, ...]


@dataclass(frozen=True)
class Checklist:
    id: str
    version: str
    name: str
    level_names: tuple[str, ...]
    domains: tuple[LifeDomain, ...]
    source: Path

    def domain(self, key: str) -> LifeDomain | None:
        return next((d for d in self.domains if d.key == key), None)


class ChecklistError(Exception):
    """A checklist file that cannot be used: which file, where in it, and what is wrong."""

    def __init__(self, path: Path, place: str, code: str, detail: str = "") -> None:
        super().__init__(f"{path}: {place}: {code} {detail}".strip())
        self.path = path
        self.place = place
        self.code = code
        self.detail = detail


class _Reader:
    """Typed access to parsed TOML that names the place of every problem."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, place: str, code: str, detail: str = "") -> ChecklistError:
        return ChecklistError(self.path, place, code, detail)

    def table(self, data: dict[str, Any], key: str, place: str) -> dict[str, Any]:
        value = data.get(key)
        if value is None:
            raise self.fail(place or key, "missing", key)
        if not isinstance(value, dict):
            raise self.fail(_join(place, key), "not_table")
        return value

    def text(self, data: dict[str, Any], key: str, place: str) -> str:
        value = data.get(key)
        if value is None:
            raise self.fail(place or key, "missing", key)
        if not isinstance(value, str):
            raise self.fail(_join(place, key), "not_text")
        if not value.strip():
            raise self.fail(_join(place, key), "empty")
        return value.strip()

    def texts(
        self, data: dict[str, Any], key: str, place: str, low: int, high: int
    ) -> tuple[str, ...]:
        value = data.get(key)
        where = _join(place, key)
        if value is None:
            raise self.fail(place or key, "missing", key)
        if not isinstance(value, list):
            raise self.fail(where, "not_list")
        if not low <= len(value) <= high:
            raise self.fail(where, "count", f"{low}-{high}" if low != high else str(low))
        items = []
        for index, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                raise self.fail(f"{where}[{index + 1}]", "empty")
            items.append(item.strip())
        return tuple(items)


def _join(place: str, key: str) -> str:
    return f"{place}.{key}" if place else key


def load_checklist(path: Path) -> Checklist:
    """Read and validate a checklist file; raises ChecklistError naming file, place and problem."""
    reader = _Reader(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise reader.fail("-", "not_found") from None
    except (OSError, UnicodeDecodeError) as error:
        raise reader.fail("-", "unreadable", str(error)) from None
    except tomllib.TOMLDecodeError as error:
        raise reader.fail("-", "syntax", str(error)) from None

    head = reader.table(raw, "checklist", "")
    level_names = reader.texts(head, "level_names", "checklist", len(LEVELS), len(LEVELS))
    domains_raw = raw.get("domains")
    if not isinstance(domains_raw, list) or not domains_raw:
        raise reader.fail("domains", "missing", "[[domains]]")
    domains: list[LifeDomain] = []
    seen: set[str] = set()
    for index, item in enumerate(domains_raw):
        place = f"domains[{index + 1}]"
        if not isinstance(item, dict):
            raise reader.fail(place, "not_table")
        key = reader.text(item, "key", place)
        if not key.isidentifier() or not key.isascii():
            raise reader.fail(f"{place}.key", "bad_key", key)
        if key in seen:
            raise reader.fail(f"{place}.key", "duplicate", key)
        seen.add(key)
        domains.append(
            LifeDomain(
                key=key,
                label=reader.text(item, "label", place),
                description=reader.text(item, "description", place),
                prompts=reader.texts(item, "prompts", place, MIN_PROMPTS, MAX_PROMPTS),
                level_texts=reader.texts(item, "levels", place, len(LEVELS), len(LEVELS)),
            )
        )
    return Checklist(
        id=reader.text(head, "id", "checklist"),
        version=reader.text(head, "version", "checklist"),
        name=reader.text(head, "name", "checklist"),
        level_names=level_names,
        domains=tuple(domains),
        source=path,
    )
