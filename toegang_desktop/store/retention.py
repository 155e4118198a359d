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

# The learning loop's free texts a purge searches for the resident's traces.
LEARNING_TEXTS = {
    "bottleneck.what_happened": ("bottlenecks", "what_happened"),
    "bottleneck.what_would_help": ("bottlenecks", "what_would_help"),
    "signal.area": ("neighbourhood_signals", "area"),
    "signal.description": ("neighbourhood_signals", "description"),
}


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

    def first_conversation_on(self, resident_id: int) -> date | None:
        """The day of the resident's first conversation (None without one)."""
        row = self._db.execute("SELECT min(held_on) FROM conversations WHERE resident_id = ?",
                               [resident_id]).fetchone()
        return from_iso(row[0]) if row else None

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

    # -- the purged resident's traces in the learning loop's free texts ------------------

    def names_and_streets(self, resident_id: int) -> tuple[list[str], list[str], list[str]]:
        """First names, surnames and streets of the resident and their household, with the
        earlier values their corrections replaced (a trace of a former name is one too)."""
        firsts, lasts, streets = [], [], []
        for first, last, street in self._db.execute(
                "SELECT first_names, surname, street FROM residents WHERE id = ?"
                " UNION ALL SELECT first_names, surname, '' FROM household_members"
                " WHERE resident_id = ?", [resident_id, resident_id]):
            firsts.append(first)
            lasts.append(last)
            streets.append(street or "")
        earlier = {"first_names": firsts, "surname": lasts, "street": streets}
        for name, old in self._db.execute(
                "SELECT field, old_value FROM resident_changes WHERE resident_id = ?"
                " AND field IN ('first_names', 'surname', 'street')", [resident_id]):
            earlier[name].append(old)
        return firsts, lasts, streets

    def learning_texts(self) -> list[tuple[str, int, str]]:
        """Every free text of the learning loop as (place, row id, text); `place` names the
        table and column for `replace_learning_text`."""
        found = []
        for place, (table, column) in LEARNING_TEXTS.items():
            found += [(place, row_id, text) for row_id, text in self._db.execute(
                f"SELECT id, {column} FROM {table}")]  # names from LEARNING_TEXTS only
        return found

    def replace_learning_text(self, place: str, row_id: int, text: str) -> None:
        table, column = LEARNING_TEXTS[place]
        self._db.execute(f"UPDATE {table} SET {column} = ?, updated_at = ? WHERE id = ?",
                         [text, utc_now(), row_id])

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
