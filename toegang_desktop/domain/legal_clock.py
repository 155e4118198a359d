"""The legal clock of the Wmo 2015 (art. 2.3.2 and 2.3.5), derived from the recorded dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

PERSONAL_PLAN_DAYS = 7  # the resident may hand in a personal plan within 7 days of the melding
INVESTIGATION_DAYS = 42  # the investigation finishes within 6 weeks of the melding
DECISION_DAYS = 14  # the decision follows within 2 weeks of the application
DUE_SOON_DAYS = 7


class DeadlineKind(StrEnum):
    PERSONAL_PLAN = "personal_plan"
    INVESTIGATION = "investigation"
    DECISION = "decision"


class DeadlineState(StrEnum):
    DONE = "done"
    OPEN = "open"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class Deadline:
    kind: DeadlineKind
    due: date
    state: DeadlineState
    days_left: int


def deadline_state(due: date, done: bool, today: date) -> DeadlineState:
    if done:
        return DeadlineState.DONE
    if today > due:
        return DeadlineState.OVERDUE
    if (due - today).days <= DUE_SOON_DAYS:
        return DeadlineState.DUE_SOON
    return DeadlineState.OPEN


def deadlines(
    melding: date | None,
    finalised_on: date | None,
    application: date | None,
    decided_on: date | None,
    today: date,
) -> list[Deadline]:
    """The terms that follow from the dates that are known, earliest first."""
    found = []
    if melding is not None:
        plan = melding + timedelta(days=PERSONAL_PLAN_DAYS)
        found.append(Deadline(DeadlineKind.PERSONAL_PLAN, plan,
                              deadline_state(plan, today > plan, today), (plan - today).days))
        due = melding + timedelta(days=INVESTIGATION_DAYS)
        found.append(Deadline(DeadlineKind.INVESTIGATION, due,
                              deadline_state(due, finalised_on is not None, today), (due - today).days))
    if application is not None:
        due = application + timedelta(days=DECISION_DAYS)
        found.append(Deadline(DeadlineKind.DECISION, due,
                              deadline_state(due, decided_on is not None, today), (due - today).days))
    return sorted(found, key=lambda d: d.due)
