"""Rows from dataclasses and back: the columns are the dataclass's fields (domain/fields.py).

A column is named after its field and holds the field's value as SQLite keeps it: a flag as
0/1, a choice as its value, a date as YYYY-MM-DD; None stays NULL. A field added to the
dataclass therefore needs only its column (a migration), not a change here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Sequence
from datetime import date
from typing import Any, Generic, TypeVar

from ..domain.fields import ValueField, value_fields

_T = TypeVar("_T")


def to_column(spec: ValueField, value: Any) -> Any:
    """The field's value as stored."""
    if value is None:
        return None
    if spec.kind is bool:
        return int(value)
    if spec.is_choice:
        return value.value
    if spec.kind is date:
        return value.isoformat()
    return value


def from_column(spec: ValueField, value: Any) -> Any:
    """The stored value as the field holds it ('' for a choice or date means none)."""
    if spec.kind is bool:
        return None if value is None and spec.optional else bool(value)
    if spec.is_choice:
        return spec.kind(value) if value else None
    if spec.kind is date:
        return date.fromisoformat(value) if value else None
    return value


class RowMapping(Generic[_T]):
    """The columns of a dataclass's fields (all, or `only` some, minus `skip`), in order."""

    def __init__(self, cls: type[_T], *, skip: Collection[str] = (),
                 only: Sequence[str] | None = None) -> None:
        if only is not None:  # the other fields are not looked at (they may be lists)
            skip = {f.name for f in dataclasses.fields(cls)}.difference(only)  # type: ignore[arg-type]
        specs = {spec.name: spec for spec in value_fields(cls, skip)}
        self.fields = tuple(specs[name] for name in only) if only is not None else tuple(
            specs.values())
        self.columns = tuple(spec.name for spec in self.fields)

    def values(self, item: _T) -> list[Any]:
        """The item's column values, in the order of `columns`."""
        return [to_column(spec, getattr(item, spec.name)) for spec in self.fields]

    def fields_of(self, row: Sequence[Any]) -> dict[str, Any]:
        """The field values of a row selected in the order of `columns` (keyword arguments
        for the dataclass, together with the fields kept elsewhere)."""
        return {spec.name: from_column(spec, value)
                for spec, value in zip(self.fields, row, strict=True)}
