"""The partner directory file: organisations the local team works with, validated on load.

Format (TOML):
  [directory]  id = "...", version = "..."
  [[partners]] organisation = "..." (required), contact = "...", offers = "..." (optional)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain.plan import Partner, organisation_key
from ..domain.resident import MAX_NAME_LENGTH
from ..domain.text import clean_name, clean_text
from ..locations import resources_dir
from .toml_reader import TomlReader

_PARTNER_KEYS = {"organisation", "contact", "offers"}


@dataclass(frozen=True)
class PartnerDirectory:
    id: str
    version: str
    partners: tuple[Partner, ...]
    source: Path


def default_partners_path() -> Path:
    return resources_dir() / "partners" / "standaard.toml"


def _optional_text(reader: TomlReader, data: dict[str, Any], key: str, place: str) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise reader.fail(f"{place}.{key}", "not_text")
    return clean_text(value)


def load_partners(path: Path) -> PartnerDirectory:
    """Read and validate a partner file; raises ContentError naming file, place and problem."""
    reader = TomlReader(path)
    raw = reader.parse()
    head = reader.table(raw, "directory", "")
    items = raw.get("partners")
    if items is None:
        raise reader.fail("partners", "missing", "[[partners]]")
    if not isinstance(items, list):
        raise reader.fail("partners", "not_list")
    partners: list[Partner] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        place = f"partners[{index + 1}]"
        if not isinstance(item, dict):
            raise reader.fail(place, "not_table")
        for key in item:
            if key not in _PARTNER_KEYS:
                raise reader.fail(f"{place}.{key}", "unknown_key", key)
        organisation = clean_name(reader.text(item, "organisation", place))
        if len(organisation) > MAX_NAME_LENGTH:
            raise reader.fail(f"{place}.organisation", "too_long", str(MAX_NAME_LENGTH))
        folded = organisation_key(organisation)
        if folded in seen:
            raise reader.fail(f"{place}.organisation", "duplicate_name", organisation)
        seen.add(folded)
        partners.append(Partner(
            organisation=organisation,
            contact=_optional_text(reader, item, "contact", place),
            offers=_optional_text(reader, item, "offers", place),
            from_file=True,
        ))
    return PartnerDirectory(
        id=reader.text(head, "id", "directory"),
        version=reader.text(head, "version", "directory"),
        partners=tuple(partners),
        source=path,
    )
