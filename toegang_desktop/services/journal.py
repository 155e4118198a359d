"""The journal (journaal): appending contacts, correcting them, ticking them for the
resident's report. Every write goes through `AccessLog.change`, so an entry and its log line
commit together. Raises ValidationFailed (input) or StoreError (the machine)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from ..domain.journal import (
    Journal,
    JournalEntry,
    normalized_entry,
    validate_correction,
    validate_entry,
)
from ..domain.problems import Problem, ValidationFailed
from ..store.database import Database
from ..store.journal import JournalRepository, dossier_agreement_ids
from .access_log import AccessAction, AccessLog, recorder


def _local_now() -> datetime:
    return datetime.now()


class JournalService:
    def __init__(self, db: Database, domain_keys: set[str] | None = None,
                 access_log: AccessLog | None = None,
                 now: Callable[[], datetime] = _local_now) -> None:
        self._db = db
        self._entries = JournalRepository(db)
        self._domain_keys = domain_keys
        self._log = recorder(db, access_log)
        self._now = now

    def journal(self, resident_id: int) -> Journal:
        """The resident's journal, newest first (read with the dossier, which logs the look)."""
        return self._entries.for_resident(resident_id)

    def add(self, entry: JournalEntry) -> JournalEntry:
        """Append a contact (or, with `corrects` set, a correction of an earlier one), written
        by this session's professional; returns it as stored, with its id."""
        stored = replace(normalized_entry(entry), written_by=self._log.actor.user,
                         written_at=None, id=None)
        problems = validate_entry(stored, self._now(), self._domain_keys,
                                  dossier_agreement_ids(self._db, stored.resident_id))
        if stored.corrects is not None:
            corrected = self._entries.get(stored.corrects)
            problems += validate_correction(stored, corrected,
                                            self._entries.is_corrected(stored.corrects))
        if problems:
            raise ValidationFailed(problems)
        with self._log.change(resident_id=stored.resident_id) as change:
            added = self._entries.add(stored)
            change.line(AccessAction.CREATE,
                        "journal_correction" if stored.corrects is not None else "journal_entry")
        return added

    def correct(self, corrected: JournalEntry, correction: JournalEntry) -> JournalEntry:
        """A new entry in place of `corrected`, which stays as it was, shown as corrected."""
        if corrected.id is None:
            raise ValidationFailed([Problem("journal_correction_unknown", "corrects")])
        return self.add(replace(correction, corrects=corrected.id))

    def set_for_resident_report(self, entry: JournalEntry, ticked: bool) -> JournalEntry:
        """Tick (or untick) the entry for the resident's report; raises LookupError when it
        is gone (its dossier was erased meanwhile)."""
        if entry.id is None:
            raise LookupError("journal entry without id")
        with self._log.change(resident_id=entry.resident_id) as change:
            if not self._entries.set_for_resident_report(entry.id, ticked):
                raise LookupError(f"journal entry {entry.id} does not exist")
            change.fields([f"journal.{entry.id}.for_resident_report"])
        return replace(entry, for_resident_report=ticked)
