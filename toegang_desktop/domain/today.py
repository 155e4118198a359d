"""Today's work (Vandaag): what is due across the caseload, as plain read models."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import NamedTuple

SIGNAL_WAIT_DAYS = 7  # a signal not weighed a week after its conversation is due
SIGNAL_WINDOW_DAYS = 183  # only conversations of the last six months are looked at for signals


class TodayKind(StrEnum):
    """In the order the screen lists them: what is late or urgent first."""

    AGREEMENT = "agreement"
    LEGAL_TERM = "legal_term"
    EVALUATION = "evaluation"
    SIGNAL = "signal"
    NOT_FINAL = "not_final"


class TodayItem(NamedTuple):
    kind: TodayKind
    resident_id: int
    resident_name: str
    conversation_id: int | None  # None: it is handled in the dossier
    due: date  # the date that makes it due (for a conversation: the day it was held)
    detail: str  # the agreement's text, the term's kind, the signal's title ("" otherwise)


def sorted_items(items: list[TodayItem]) -> list[TodayItem]:
    kinds = list(TodayKind)
    return sorted(items, key=lambda i: (kinds.index(i.kind), i.due, i.resident_name, i.detail))
