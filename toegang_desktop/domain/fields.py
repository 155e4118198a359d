"""The value each field of a domain dataclass holds, read from its type hints.

The store's rows, the JSON dossier format and the editor derive their field lists from
this, so a field added to a dataclass is written down once (the dataclass) instead of once
per place that reads or writes it.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

# The plain values a field may hold; anything else (lists, sets of members, nested objects)
# lives in a table or key of its own and is left to the code that knows its shape.
_SCALARS = (str, int, bool, date)


@dataclass(frozen=True)
class ValueField:
    """One field: its name, its value type (str, int, bool, date or a StrEnum) and whether
    None is allowed ("not yet known")."""

    name: str
    kind: type[Any]
    optional: bool

    @property
    def is_choice(self) -> bool:
        return issubclass(self.kind, StrEnum)


def value_fields(cls: type[Any], skip: Collection[str] = ()) -> tuple[ValueField, ...]:
    """The fields of dataclass `cls` in declaration order, except those in `skip`.

    Raises TypeError for a field whose type is not a plain value, so a new list or set field
    is noticed (and skipped on purpose) instead of being written as a column or key.
    """
    hints = typing.get_type_hints(cls)
    unknown = set(skip) - {f.name for f in dataclasses.fields(cls)}
    if unknown:
        raise ValueError(f"{cls.__name__} has no fields {sorted(unknown)}")
    return tuple(_value_field(cls, f.name, hints[f.name])
                 for f in dataclasses.fields(cls) if f.name not in skip)


def _value_field(cls: type[Any], name: str, hint: Any) -> ValueField:
    optional = False
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        members = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        optional = len(members) < len(typing.get_args(hint))
        hint = members[0] if len(members) == 1 else None
    if isinstance(hint, type) and (issubclass(hint, StrEnum) or hint in _SCALARS):
        return ValueField(name, hint, optional)
    raise TypeError(f"{cls.__name__}.{name} is not a plain value; skip it and map it by hand")
