"""The rows behind today's work (Vandaag), each kind in one query for the whole caseload."""

from __future__ import annotations

from datetime import date

from ..domain.resident import display_name
from .clock import from_iso
from .database import Database

_NAME = "r.first_names, r.prefix, r.surname"
# A conversation of the same resident held after c (on the same day: stored after it).
_LATER = ("SELECT 1 FROM conversations later WHERE later.resident_id = c.resident_id"
          " AND (later.held_on > c.held_on OR (later.held_on = c.held_on AND later.id > c.id))")


class TodayRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def open_agreements_due(self, today: date) -> list[tuple[int, str, int, date, str]]:
        """(resident, name, conversation, due date, what) of open agreements due by today."""
        rows = self._db.execute(
            f"SELECT r.id, {_NAME}, c.id, a.due_date, a.what FROM agreements a"
            " JOIN conversations c ON c.id = a.conversation_id"
            " JOIN residents r ON r.id = c.resident_id"
            " WHERE a.status IN ('open', 'in_progress') AND a.due_date IS NOT NULL"
            " AND a.due_date <= ?", [today.isoformat()])
        return [(rid, display_name(f, p, s), cid, date.fromisoformat(due), what)
                for rid, f, p, s, cid, due, what in rows]

    def conversation_dates(self) -> list[tuple[int, str, int, date, dict[str, date | None]]]:
        """(resident, name, conversation, held on, legal dates) of every conversation not made
        final or awaiting a decision (the domain's legal clock decides which term is due)."""
        rows = self._db.execute(
            f"SELECT r.id, {_NAME}, c.id, c.held_on, c.melding_date, c.finalised_on,"
            " c.application_date, c.decision_date FROM conversations c"
            " JOIN residents r ON r.id = c.resident_id"
            " WHERE c.finalised_on IS NULL"
            " OR (c.application_date IS NOT NULL AND c.decision_date IS NULL)")
        return [(rid, display_name(f, p, s), cid, date.fromisoformat(held),
                 {"melding": from_iso(melding), "finalised_on": from_iso(final),
                  "application": from_iso(application), "decided_on": from_iso(decided)})
                for rid, f, p, s, cid, held, melding, final, application, decided in rows]

    def evaluations_due(self, today: date) -> list[tuple[int, str, int, date]]:
        """(resident, name, conversation, evaluation date) of evaluations due by today in the
        current plan: that of the resident's newest conversation (a later one supersedes it)."""
        rows = self._db.execute(
            f"SELECT r.id, {_NAME}, c.id, cr.evaluation_date FROM conversation_routes cr"
            " JOIN conversations c ON c.id = cr.conversation_id"
            " JOIN residents r ON r.id = c.resident_id"
            " WHERE cr.evaluation_date IS NOT NULL AND cr.evaluation_date <= ?"
            f" AND NOT EXISTS ({_LATER})", [today.isoformat()])
        return [(rid, display_name(f, p, s), cid, date.fromisoformat(due))
                for rid, f, p, s, cid, due in rows]

    def newest_conversations_held_between(self, first: date, last: date) -> list[int]:
        """The ids of residents' newest conversations, held from `first` up to `last`."""
        return [cid for (cid,) in self._db.execute(
            f"SELECT c.id FROM conversations c WHERE c.held_on BETWEEN ? AND ?"
            f" AND NOT EXISTS ({_LATER}) ORDER BY c.id",
            [first.isoformat(), last.isoformat()])]

    def last_contacts(self) -> dict[int, date]:
        """Per resident the day of the last contact: the newest conversation or journal
        contact (the team's caseload shows it)."""
        rows = self._db.execute(
            "SELECT r.id, max(coalesce(r.last_conversation, ''),"
            " coalesce((SELECT max(substr(j.contact_at, 1, 10)) FROM journal_entries j"
            "           WHERE j.resident_id = r.id), '')) FROM residents r")
        return {rid: date.fromisoformat(day) for rid, day in rows if day}
