"""Read models for the caseload list: only what one table row shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class CaseloadSort(StrEnum):
    NAME = "name"
    DATE_OF_BIRTH = "date_of_birth"
    POSTCODE = "postcode"
    LAST_CONVERSATION = "last_conversation"
    NEXT_DEADLINE = "next_deadline"


@dataclass(frozen=True)
class CaseloadEntry:
    id: int
    name: str
    date_of_birth: date
    bsn: str
    postcode: str
    city: str
    last_conversation: date | None
    next_deadline: date | None = None  # earliest open investigation or decision term
