"""The reporting code (Meldcode) for one conversation: reading and saving its record.

RESTRICTED: only `record()` returns a record, for the reporting-code dialog of that one
conversation. Nothing here lists, counts or summarises records across conversations. The
only other reader is the whole-dossier transfer (services/transfer.py), which carries the
record of each conversation in the resident's own file, marked restricted.
"""

from __future__ import annotations

from datetime import date

from ..domain.problems import ValidationFailed
from ..domain.safety import SafetyRecord, advised_decision, normalized_record, validate_safety_record
from ..store.database import Database
from ..store.safety import SafetyRepository
from .access_log import AccessLog, recorder


class SafetyService:
    def __init__(self, db: Database, access_log: AccessLog | None = None) -> None:
        self._db = db
        self._repo = SafetyRepository(db)
        self._log = recorder(db, access_log)

    def record(self, conversation_id: int) -> SafetyRecord | None:
        """The conversation's reporting-code record, or None when none was started."""
        return self._repo.get(conversation_id)

    def open_record(self, conversation_id: int) -> SafetyRecord | None:
        """The record, for showing it in its dialog: the look at restricted data is logged."""
        found = self._repo.get(conversation_id)
        self._log.viewed_restricted(conversation_id)
        return found

    def has_record(self, conversation_id: int) -> bool:
        return self._repo.exists(conversation_id)

    def save(self, conversation_id: int, record: SafetyRecord, today: date) -> SafetyRecord:
        """Validate and store the record; returns it as stored (texts cleaned, the advice at
        the decision filled in). Raises ValidationFailed, or StoreError when the store cannot
        be written."""
        cleaned = normalized_record(record)
        problems = validate_safety_record(cleaned, today)
        if problems:
            raise ValidationFailed(problems)
        cleaned.advice_at_decision = (
            advised_decision(cleaned) if cleaned.decision is not None else None)
        with self._log.change(conversation_id=conversation_id) as change:
            self._repo.save(conversation_id, cleaned)
            change.fields(["safety_record"])  # restricted: only that it changed, never what
        return cleaned
