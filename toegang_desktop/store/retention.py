"""Closing dossiers, their retention date, the history of corrected details, and the purge.

A purge removes everything stored about a resident: the resident row and, by ON DELETE
CASCADE, household, conversations with all their parts, the dossier events and the history
of corrected details; the search index row is deleted and the index merged ('optimize') so
the terms are not left in old index segments. With `PRAGMA secure_delete` (store/connection.py)
the freed pages are overwritten with zeros; a WAL checkpoint afterwards moves that into the
main file and empties the WAL. The access log keeps its lines (ids only): see docs/security.md.
"""

from __future__ import annotations

from datetime import date, datetime

from ..domain.resident import display_name
from ..domain.retention import Closure, DueDossier, ResidentChange, RetentionLaw
from .clock import from_iso, utc_now
from .database import Database
from .residents import ResidentRepository


class RetentionRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def close(self, resident_id: int, closure: Closure) -> None:
        with self._db.atomic():
            cursor = self._db.execute(
                "UPDATE residents SET closed_on=?, retention_law=?, help_ended_on=?,"
                " retain_until=?, updated_at=? WHERE id=?",
                [closure.closed_on.isoformat(), closure.law.value,
                 closure.help_ended_on.isoformat(), closure.retain_until.isoformat(),
                 utc_now(), resident_id])
            if cursor.rowcount == 0:
                raise LookupError(f"resident {resident_id} does not exist")

    def reopen(self, resident_id: int) -> None:
        with self._db.atomic():
            self._db.execute(
                "UPDATE residents SET closed_on=NULL, retention_law=NULL, help_ended_on=NULL,"
                " retain_until=NULL, updated_at=? WHERE id=?", [utc_now(), resident_id])

    def closure(self, resident_id: int) -> Closure | None:
        row = self._db.execute(
            "SELECT closed_on, retention_law, help_ended_on, retain_until FROM residents"
            " WHERE id = ? AND closed_on IS NOT NULL", [resident_id]).fetchone()
        if row is None:
            return None
        closed, law, ended, until = row
        return Closure(date.fromisoformat(closed), RetentionLaw(law), date.fromisoformat(ended),
                       date.fromisoformat(until))

    def due(self, today: date) -> list[DueDossier]:
        """Closed dossiers whose retention date is today or earlier, oldest date first."""
        rows = self._db.execute(
            "SELECT id, first_names, prefix, surname, closed_on, retain_until FROM residents"
            " WHERE retain_until IS NOT NULL AND retain_until <= ? ORDER BY retain_until, id",
            [today.isoformat()])
        return [DueDossier(rid, display_name(first, prefix, surname),
                           from_iso(closed) or today, from_iso(until) or today)
                for rid, first, prefix, surname, closed, until in rows]

    def exists(self, resident_id: int) -> bool:
        return self._db.execute(
            "SELECT 1 FROM residents WHERE id = ?", [resident_id]).fetchone() is not None

    def purge(self, resident_id: int) -> bool:
        """Remove the resident and everything linked to them; False when not there."""
        return ResidentRepository(self._db).delete(resident_id)

    def scrub(self) -> None:
        """After purges: merge the search index's segments, so removed terms are not left in
        an old segment (once for a whole purge: it rewrites the index), then move the zeroed
        pages into the main file and empty the WAL."""
        with self._db.atomic():
            self._db.execute("INSERT INTO resident_search (resident_search) VALUES ('optimize')")
        self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    # -- the history of corrected details (AVG art. 16) ----------------------------------

    def add_changes(self, resident_id: int, actor: str,
                    changes: list[tuple[str, str, str]]) -> None:
        """Record (field, old value, new value) for each corrected detail."""
        now = utc_now()
        with self._db.atomic():
            for name, old, new in changes:
                self._db.execute(
                    "INSERT INTO resident_changes (resident_id, at, actor, field, old_value,"
                    " new_value) VALUES (?,?,?,?,?,?)", [resident_id, now, actor, name, old, new])

    def changes(self, resident_id: int) -> list[ResidentChange]:
        """The resident's corrected details, newest first."""
        rows = self._db.execute(
            "SELECT at, actor, field, old_value, new_value FROM resident_changes"
            " WHERE resident_id = ? ORDER BY id DESC", [resident_id])
        return [ResidentChange(datetime.fromisoformat(at), actor, name, old, new)
                for at, actor, name, old, new in rows]
