"""Timestamps as stored: UTC, ISO 8601, second precision."""

from __future__ import annotations

from datetime import UTC, date, datetime


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def to_iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def from_iso(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
