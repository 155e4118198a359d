"""The dossier's event log: who did what with a dossier, and when (never what it contained)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from .clock import utc_now
from .database import Database


class EventKind(StrEnum):
    REPORT_EXPORTED = "report_exported"


@dataclass(frozen=True)
class DossierEvent:
    """One logged event. `detail` is a short code (for a report: its variant), never content
    or a file path; `actor` is the professional's operating-system user name."""

    resident_id: int
    kind: EventKind
    actor: str
    at: datetime
    conversation_id: int | None = None
    detail: str = ""
    id: int | None = None


class EventRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, resident_id: int, kind: EventKind, actor: str,
            conversation_id: int | None = None, detail: str = "") -> int:
        """Log an event now (UTC); returns its id."""
        with self._db.atomic():
            cursor = self._db.execute(
                "INSERT INTO dossier_events (resident_id, conversation_id, at, actor, kind, detail)"
                " VALUES (?,?,?,?,?,?)",
                [resident_id, conversation_id, utc_now(), actor, kind.value, detail])
            return int(cursor.lastrowid or 0)

    def for_resident(self, resident_id: int) -> list[DossierEvent]:
        """The resident's events, oldest first."""
        rows = self._db.execute(
            "SELECT id, conversation_id, at, actor, kind, detail FROM dossier_events"
            " WHERE resident_id = ? ORDER BY id", [resident_id])
        return [
            DossierEvent(resident_id=resident_id, kind=EventKind(kind), actor=actor,
                         at=datetime.fromisoformat(at), conversation_id=conversation_id,
                         detail=detail, id=event_id)
            for event_id, conversation_id, at, actor, kind, detail in rows
        ]
