"""Conversations with their participants and domain assessments, as domain objects."""

from __future__ import annotations

from datetime import date

from ..domain.conversation import (
    Conversation,
    DomainAssessment,
    Participant,
    ParticipantRole,
    Place,
)
from .child_rows import write_children
from .clock import from_iso, to_iso, utc_now
from .database import Database
from .recognition import RecognitionRepository
from .row_mapping import RowMapping

# Every field of an assessment is a column of domain_assessments, named after it.
_ASSESSMENT = RowMapping(DomainAssessment)
_ASSESSMENT_UPDATED = (*(name for name in _ASSESSMENT.columns if name != "domain_key"), "updated_at")
# Conversation columns beyond the basics: weighing (erkennen) and the legal clock.
_DETAILS = RowMapping(Conversation, only=(
    "resident_recognises", "resident_view", "client_support", "client_support_date",
    "application_date", "decision_date", "finalised_on",
))


class ConversationRepository:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._recognition = RecognitionRepository(db)

    def add(self, conversation: Conversation) -> int:
        """Store a new conversation with a row for each of its domains; returns its id."""
        now = utc_now()
        c = conversation
        with self._db.atomic():
            cursor = self._db.execute(
                "INSERT INTO conversations (resident_id, held_on, place, melding_date, question,"
                " checklist_id, checklist_version, created_at, updated_at)"
                " VALUES (?,?,?,?,?,?,?,?,?)",
                [c.resident_id, c.held_on.isoformat(), c.place.value, to_iso(c.melding_date),
                 c.question, c.checklist_id, c.checklist_version, now, now],
            )
            conversation_id = int(cursor.lastrowid or 0)
            c.id = conversation_id
            self.update_header(c)
            for assessment in c.assessments:
                self.save_assessment(conversation_id, assessment)
            for decision in c.decisions.values():
                self._recognition.save_decision(conversation_id, decision)
        return conversation_id

    def update_header(self, conversation: Conversation) -> None:
        """Save everything but the domains and decisions: date, place, melding date, question,
        participants, markers, the weighing and the legal dates."""
        c = conversation
        details = ", ".join(f"{name}=?" for name in _DETAILS.columns)
        with self._db.atomic():
            self._db.execute(
                "UPDATE conversations SET held_on=?, place=?, melding_date=?, question=?,"
                f" {details}, updated_at=? WHERE id=?",
                [c.held_on.isoformat(), c.place.value, to_iso(c.melding_date), c.question,
                 *_DETAILS.values(c), utc_now(), c.id],
            )
            self._write_participants(int(c.id or 0), c.participants)
            self._recognition.write_markers(int(c.id or 0), c.markers)

    def save_assessment(self, conversation_id: int, assessment: DomainAssessment) -> None:
        columns = ", ".join(_ASSESSMENT.columns)
        marks = ",".join("?" * (len(_ASSESSMENT.columns) + 2))
        # An upsert, not INSERT OR REPLACE: a replace deletes the row first, and the cascade
        # would take the domain off every agreement that links to it (agreement_domains).
        updates = ", ".join(f"{c} = excluded.{c}" for c in _ASSESSMENT_UPDATED)
        now = utc_now()
        with self._db.atomic():
            self._db.execute(
                f"INSERT INTO domain_assessments (conversation_id, {columns}, updated_at)"
                f" VALUES ({marks})"
                f" ON CONFLICT (conversation_id, domain_key) DO UPDATE SET {updates}",
                [conversation_id, *_ASSESSMENT.values(assessment), now],
            )
            self._db.execute(
                "UPDATE conversations SET updated_at = ? WHERE id = ?", [now, conversation_id]
            )

    def get(self, conversation_id: int) -> Conversation | None:
        cursor = self._db.execute(
            "SELECT id, resident_id, held_on, place, melding_date, question, checklist_id,"
            f" checklist_version, {', '.join(_DETAILS.columns)} FROM conversations WHERE id = ?",
            [conversation_id],
        )
        row = cursor.fetchone()
        if row is None:
            return None
        v = dict(zip([d[0] for d in cursor.description], row, strict=True))
        cid = v["id"]
        return Conversation(
            id=cid,
            resident_id=v["resident_id"],
            held_on=date.fromisoformat(v["held_on"]),
            place=Place(v["place"]),
            melding_date=from_iso(v["melding_date"]),
            question=v["question"],
            checklist_id=v["checklist_id"],
            checklist_version=v["checklist_version"],
            participants=self._participants(cid),
            assessments=self._assessments(cid),
            markers=self._recognition.markers(cid),
            decisions=self._recognition.decisions(cid),
            **_DETAILS.fields_of([v[name] for name in _DETAILS.columns]),
        )

    def ids_for_resident(self, resident_id: int) -> list[int]:
        """The resident's conversations, newest first."""
        return [
            row[0]
            for row in self._db.execute(
                "SELECT id FROM conversations WHERE resident_id = ? ORDER BY held_on DESC, id DESC",
                [resident_id],
            )
        ]

    def previous_id(self, conversation: Conversation) -> int | None:
        """The resident's conversation held just before this one (same day: stored earlier)."""
        held_on = conversation.held_on.isoformat()
        row = self._db.execute(
            "SELECT id FROM conversations WHERE resident_id = ? AND id <> ?"
            " AND (held_on < ? OR (held_on = ? AND id < ?)) ORDER BY held_on DESC, id DESC LIMIT 1",
            [conversation.resident_id, conversation.id or 0, held_on, held_on, conversation.id or 0],
        ).fetchone()
        return int(row[0]) if row else None

    def assessment(self, conversation_id: int, domain_key: str) -> DomainAssessment | None:
        """One domain's assessment as stored (to see what a save changes)."""
        return next(iter(self._assessments(conversation_id, domain_key)), None)

    def resident_of(self, conversation_id: int) -> int | None:
        """The id of the resident the conversation belongs to, or None when it does not exist."""
        row = self._db.execute(
            "SELECT resident_id FROM conversations WHERE id = ?", [conversation_id]).fetchone()
        return int(row[0]) if row else None

    def delete(self, conversation_id: int) -> None:
        with self._db.atomic():
            self._db.execute("DELETE FROM conversations WHERE id = ?", [conversation_id])

    def _write_participants(self, conversation_id: int, participants: list[Participant]) -> None:
        # In place, by position: each participant keeps its identity (store/child_rows.py).
        write_children(self._db, "conversation_participants", {"conversation_id": conversation_id},
                       ["position"], [{"position": position, "role": p.role.value, "name": p.name}
                                      for position, p in enumerate(participants)])

    def _participants(self, conversation_id: int) -> list[Participant]:
        rows = self._db.execute(
            "SELECT role, name FROM conversation_participants WHERE conversation_id = ?"
            " ORDER BY position",
            [conversation_id],
        )
        return [Participant(ParticipantRole(role), name) for role, name in rows]

    def _assessments(self, conversation_id: int, domain_key: str | None = None
                     ) -> list[DomainAssessment]:
        """The conversation's assessments in checklist order, or just the one domain's."""
        one = "" if domain_key is None else " AND domain_key = ?"
        rows = self._db.execute(
            f"SELECT {', '.join(_ASSESSMENT.columns)} FROM domain_assessments"
            f" WHERE conversation_id = ?{one} ORDER BY position",
            [conversation_id] if domain_key is None else [conversation_id, domain_key],
        ).fetchall()
        return [DomainAssessment(**_ASSESSMENT.fields_of(row)) for row in rows]
