"""Reporting-code records (RESTRICTED): read and written for one conversation at a time.

There is deliberately no method that lists or counts records across conversations.
"""

from __future__ import annotations

from typing import Any

from ..domain.safety import Consultation, SafetyDecision, SafetyQuestion, SafetyRecord, SafetyStep, StepState
from .child_rows import write_children
from .clock import from_iso, to_iso, utc_now
from .database import Database

_STEP_COLUMNS = tuple(
    column for step in SafetyStep for column in (f"{step.value}_note", f"{step.value}_done"))
_QUESTION_COLUMNS = tuple(question.value for question in SafetyQuestion)
_COLUMNS = (
    *_STEP_COLUMNS, "talked_on", "why_not_talked", *_QUESTION_COLUMNS, "decision", "decided_on",
    "reason", "advice_at_decision",
)


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _answer(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def _decision(value: str | None) -> SafetyDecision | None:
    return SafetyDecision(value) if value else None


def _values(record: SafetyRecord) -> list[Any]:
    steps: list[Any] = []
    for step in SafetyStep:
        state = record.step(step)
        steps += [state.note, int(state.done)]
    return [
        *steps, to_iso(record.talked_with_person_on), record.why_not,
        *(_flag(record.answer(q)) for q in SafetyQuestion),
        record.decision.value if record.decision else None, to_iso(record.decided_on),
        record.reason, record.advice_at_decision.value if record.advice_at_decision else None,
    ]


class SafetyRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def exists(self, conversation_id: int) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM safety_records WHERE conversation_id = ?", [conversation_id]).fetchone()
        return row is not None

    def get(self, conversation_id: int) -> SafetyRecord | None:
        row = self._db.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM safety_records WHERE conversation_id = ?",
            [conversation_id]).fetchone()
        if row is None:
            return None
        values = dict(zip(_COLUMNS, row, strict=True))
        record = SafetyRecord(
            steps={step: StepState(values[f"{step.value}_note"], bool(values[f"{step.value}_done"]))
                   for step in SafetyStep},
            consultations=self._consultations(conversation_id),
            talked_with_person_on=from_iso(values["talked_on"]),
            why_not=values["why_not_talked"],
            decision=_decision(values["decision"]),
            decided_on=from_iso(values["decided_on"]),
            reason=values["reason"],
            advice_at_decision=_decision(values["advice_at_decision"]),
        )
        for question in SafetyQuestion:
            record.set_answer(question, _answer(values[question.value]))
        return record

    def _consultations(self, conversation_id: int) -> list[Consultation]:
        rows = self._db.execute(
            "SELECT who, consulted_on, with_veilig_thuis FROM safety_consultations"
            " WHERE conversation_id = ? ORDER BY position", [conversation_id])
        found = []
        for who, consulted_on, with_veilig_thuis in rows:
            day = from_iso(consulted_on)
            assert day is not None  # NOT NULL column
            found.append(Consultation(who, day, bool(with_veilig_thuis)))
        return found

    def save(self, conversation_id: int, record: SafetyRecord) -> None:
        """Insert or replace the record and its consultations, all or nothing."""
        now = utc_now()
        assignments = ", ".join(f"{column} = excluded.{column}" for column in _COLUMNS)
        with self._db.atomic():
            self._db.execute(
                f"INSERT INTO safety_records (conversation_id, {', '.join(_COLUMNS)},"
                f" created_at, updated_at) VALUES ({', '.join('?' * (len(_COLUMNS) + 3))})"
                f" ON CONFLICT (conversation_id) DO UPDATE SET {assignments},"
                " updated_at = excluded.updated_at",
                [conversation_id, *_values(record), now, now])
            # In place, by position: each consultation keeps its identity (store/child_rows.py).
            write_children(self._db, "safety_consultations", {"conversation_id": conversation_id},
                           ["position"], [
                               {"position": position, "who": c.who,
                                "consulted_on": c.consulted_on.isoformat(),
                                "with_veilig_thuis": int(c.with_veilig_thuis)}
                               for position, c in enumerate(record.consultations)])
