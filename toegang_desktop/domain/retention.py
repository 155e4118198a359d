"""Retention of closed dossiers (AVG art. 17 with legal retention) and corrected details.

A dossier is kept for a number of years after help ended: Wmo 15, Jeugdwet 20 by default
(configurable). Its retention date is the same calendar day that many years later (29 February
becomes 28 February); from that day on (inclusive) it may be purged, the day before it may not.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class RetentionLaw(StrEnum):
    """The law the help fell under, which sets how long the dossier is kept."""

    WMO = "wmo"
    YOUTH = "youth"


DEFAULT_RETENTION_YEARS = {RetentionLaw.WMO: 15, RetentionLaw.YOUTH: 20}
MINIMUM_RETENTION_YEARS = 1


class ErasureReason(StrEnum):
    """Why a dossier is erased before its retention date: a code, never free text, because
    it is logged."""

    RESIDENT_REQUEST = "resident_request"    # art. 17 request that the law allows
    UNLAWFUL = "unlawfully_recorded"         # should never have been recorded
    DUPLICATE = "duplicate"                  # the same resident twice
    WRONG_PERSON = "wrong_person"            # registered by mistake


def retention_date(help_ended_on: date, years: int) -> date:
    """The same calendar day `years` later (29 February becomes 28 February)."""
    try:
        return help_ended_on.replace(year=help_ended_on.year + years)
    except ValueError:
        return help_ended_on.replace(year=help_ended_on.year + years, day=28)


def is_due(retain_until: date, today: date) -> bool:
    """On the retention date itself the dossier may go; the day before it stays."""
    return retain_until <= today


@dataclass(frozen=True)
class Closure:
    closed_on: date
    law: RetentionLaw
    help_ended_on: date
    retain_until: date


@dataclass(frozen=True)
class ClosingCheck:
    """What closing with a given end of help would mean, checked before it is done: an end
    of help before the dossier's first conversation is most likely a typing error (2008 for
    2026), and a retention date already come makes the dossier due for purge at once. Either
    needs the professional's explicit confirmation (issue 19)."""

    help_ended_on: date
    retain_until: date
    first_conversation_on: date | None
    today: date

    @property
    def ends_before_first_conversation(self) -> bool:
        return (self.first_conversation_on is not None
                and self.help_ended_on < self.first_conversation_on)

    @property
    def due_at_once(self) -> bool:
        return is_due(self.retain_until, self.today)

    @property
    def needs_confirmation(self) -> bool:
        return self.ends_before_first_conversation or self.due_at_once


@dataclass(frozen=True)
class DueDossier:
    """A dossier whose retention date has come."""

    resident_id: int
    name: str
    closed_on: date
    retain_until: date


@dataclass(frozen=True)
class ResidentChange:
    """One corrected value of a resident's details: what it was, what it became, who, when."""

    at: datetime
    actor: str
    field: str
    old_value: str
    new_value: str
