"""Read models for the caseload list: only what one table row shows."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import NamedTuple

CASELOAD_BLOCK = 50  # rows fetched at a time: one block fills a maximised window at 1440p


class CaseloadSort(StrEnum):
    NAME = "name"
    DATE_OF_BIRTH = "date_of_birth"
    POSTCODE = "postcode"
    LAST_CONVERSATION = "last_conversation"
    NEXT_DEADLINE = "next_deadline"


class CaseloadEntry(NamedTuple):
    """Immutable; a named tuple because the caseload builds a block of them per keystroke and
    a tuple is made several times faster than a frozen dataclass."""

    id: int
    name: str
    date_of_birth: date
    bsn: str
    postcode: str
    city: str
    last_conversation: date | None
    next_deadline: date | None = None  # earliest open investigation or decision term
