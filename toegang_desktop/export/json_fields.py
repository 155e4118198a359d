"""Dataclass fields as JSON keys and back (the field list comes from domain/fields.py).

A key is named after its field and holds the value as the dossier format writes it: a
choice as its value, a date as YYYY-MM-DD, null for "not yet known". Reading is as lenient
as json_values.py: a value that does not fit becomes the field's default, because the
schema check reports it.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any

from ..domain.fields import ValueField
from .json_values import day, enum_or, text, whole


def to_json(fields: tuple[ValueField, ...], item: object) -> dict[str, Any]:
    """The item's fields as JSON-ready values, in the order of `fields`."""
    data: dict[str, Any] = {}
    for spec in fields:
        value = getattr(item, spec.name)
        if value is not None and spec.is_choice:
            value = value.value
        elif isinstance(value, date):
            value = value.isoformat()
        data[spec.name] = value
    return data


def from_json(fields: tuple[ValueField, ...], obj: dict[str, Any]) -> dict[str, Any]:
    """The field values of a JSON object (keyword arguments for the dataclass)."""
    return {spec.name: _read(spec, obj) for spec in fields}


def _read(spec: ValueField, obj: dict[str, Any]) -> Any:
    value = obj.get(spec.name)
    if spec.kind is bool:
        if spec.optional:
            return value if isinstance(value, bool) else None
        return value is True
    if spec.is_choice:
        if spec.optional and not value:
            return None
        kind: type[StrEnum] = spec.kind
        return enum_or(kind, value, next(iter(kind)))  # a wrong value: the schema reports it
    if spec.kind is date:
        return day(obj, spec.name)
    if spec.kind is int:
        number = whole(value)
        return number if number is not None or spec.optional else 0
    return text(obj, spec.name)
