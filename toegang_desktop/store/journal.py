"""The journal's entries (journal_entries, migration 0013): appended, never changed.

The store's triggers refuse an UPDATE (except of the report tick) and a DELETE while the
resident exists, so this repository has no way to change what was written; erasing a dossier
removes its entries through the resident's cascade.
"""

from __future__ import annotations

import json
from datetime import datetime

from ..domain.journal import ContactKind, Journal, JournalEntry
from .clock import utc_now
from .database import Database

_COLUMNS = ("id, resident_id, contact_at, kind, with_whom, note, domains, agreement_ids,"
            " written_by, written_at, corrects, for_resident_report")


class JournalRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, entry: JournalEntry) -> JournalEntry:
        """Append the entry (written now, UTC, unless it already says when: an import keeps
        the original moment); returns it with its id and moment."""
        written_at = (entry.written_at.isoformat(timespec="seconds") if entry.written_at
                      else utc_now())
        with self._db.atomic():
            cursor = self._db.execute(
                "INSERT INTO journal_entries (resident_id, contact_at, kind, with_whom, note,"
                " domains, agreement_ids, written_by, written_at, corrects, for_resident_report)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                [entry.resident_id, entry.contact_at.isoformat(timespec="minutes"),
                 entry.kind.value, entry.with_whom, entry.note, json.dumps(list(entry.domains)),
                 json.dumps(list(entry.agreement_ids)), entry.written_by, written_at,
                 entry.corrects, int(entry.for_resident_report)])
        return JournalEntry(
            resident_id=entry.resident_id, contact_at=entry.contact_at, kind=entry.kind,
            note=entry.note, with_whom=entry.with_whom, domains=entry.domains,
            agreement_ids=entry.agreement_ids, for_resident_report=entry.for_resident_report,
            corrects=entry.corrects, written_by=entry.written_by,
            written_at=datetime.fromisoformat(written_at), id=int(cursor.lastrowid or 0))

    def set_for_resident_report(self, entry_id: int, ticked: bool) -> bool:
        """Tick or untick the entry for the resident's report; False when it is not there."""
        with self._db.atomic():
            cursor = self._db.execute(
                "UPDATE journal_entries SET for_resident_report = ? WHERE id = ?",
                [int(ticked), entry_id])
        return cursor.rowcount > 0

    def get(self, entry_id: int) -> JournalEntry | None:
        row = self._db.execute(f"SELECT {_COLUMNS} FROM journal_entries WHERE id = ?",
                               [entry_id]).fetchone()
        return _entry(row) if row else None

    def is_corrected(self, entry_id: int) -> bool:
        return self._db.execute("SELECT 1 FROM journal_entries WHERE corrects = ? LIMIT 1",
                                [entry_id]).fetchone() is not None

    def for_resident(self, resident_id: int) -> Journal:
        """The resident's journal, newest contact first."""
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM journal_entries WHERE resident_id = ?"
            " ORDER BY contact_at DESC, id DESC", [resident_id])
        return Journal([_entry(row) for row in rows])


def _listed(value: object) -> tuple[str | int, ...]:
    """A JSON array column; most are empty, which needs no parser (200 entries a dossier)."""
    return () if value == "[]" else tuple(json.loads(str(value)))


def _entry(row: tuple[object, ...]) -> JournalEntry:
    (entry_id, resident_id, contact_at, kind, with_whom, note, domains, agreement_ids,
     written_by, written_at, corrects, ticked) = row
    return JournalEntry(
        resident_id=int(str(resident_id)), contact_at=datetime.fromisoformat(str(contact_at)),
        kind=ContactKind(str(kind)), note=str(note), with_whom=str(with_whom),
        domains=tuple(str(d) for d in _listed(domains)),
        agreement_ids=tuple(int(a) for a in _listed(agreement_ids)),
        for_resident_report=bool(ticked), corrects=int(str(corrects)) if corrects else None,
        written_by=str(written_by), written_at=datetime.fromisoformat(str(written_at)),
        id=int(str(entry_id)))


def dossier_agreement_ids(db: Database, resident_id: int) -> set[int]:
    """The ids of the agreements of the resident's conversations (what an entry may name)."""
    return {int(row[0]) for row in db.execute(
        "SELECT a.id FROM agreements a JOIN conversations c ON c.id = a.conversation_id"
        " WHERE c.resident_id = ?", [resident_id])}
