"""The checklist of life domains: loading and validating a TOML file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..domain.conversation import LEVELS
from .toml_reader import TomlReader

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


def load_checklist(path: Path) -> Checklist:
    """Read and validate a checklist file; raises ContentError naming file, place and problem."""
    reader = TomlReader(path)
    raw = reader.parse()

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
