"""Markers recorded in a conversation and the professional's decisions on signals."""

from __future__ import annotations

from ..domain.conversation import Decision, Marker, SignalDecision
from .child_rows import write_children
from .clock import utc_now
from .database import Database


class RecognitionRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def markers(self, conversation_id: int) -> set[Marker]:
        rows = self._db.execute(
            "SELECT marker FROM conversation_markers WHERE conversation_id = ?", [conversation_id])
        return {Marker(row[0]) for row in rows}

    def write_markers(self, conversation_id: int, markers: set[Marker]) -> None:
        with self._db.atomic():
            # Only the markers that changed are removed or added (store/child_rows.py).
            write_children(self._db, "conversation_markers", {"conversation_id": conversation_id},
                           ["marker"], [{"marker": m.value} for m in sorted(markers)])

    def decisions(self, conversation_id: int) -> dict[str, SignalDecision]:
        rows = self._db.execute(
            "SELECT rule_id, rule_title, decision, reason FROM signal_decisions"
            " WHERE conversation_id = ? ORDER BY decided_at, rule_id", [conversation_id])
        return {rule_id: SignalDecision(rule_id, title, Decision(decision), reason)
                for rule_id, title, decision, reason in rows}

    def save_decision(self, conversation_id: int, decision: SignalDecision) -> None:
        with self._db.atomic():
            self._db.execute(
                "INSERT OR REPLACE INTO signal_decisions (conversation_id, rule_id, rule_title,"
                " decision, reason, decided_at) VALUES (?,?,?,?,?,?)",
                [conversation_id, decision.rule_id, decision.rule_title, decision.decision.value,
                 decision.reason.strip(), utc_now()])

    def withdraw_decision(self, conversation_id: int, rule_id: str) -> None:
        with self._db.atomic():
            self._db.execute(
                "DELETE FROM signal_decisions WHERE conversation_id = ? AND rule_id = ?",
                [conversation_id, rule_id])
