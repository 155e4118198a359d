"""What a conversation report is made from: gathered by the report service, read by every part
of the PDF. In its own module (no reportlab) so the parts need not import the report that
imports them, and the service can build it before reportlab loads."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..domain.conversation import Conversation
from ..domain.investigation import Topic, TopicRecord
from ..domain.journal import JournalEntry
from ..domain.plan import Agreement, Partner, Route
from ..domain.resident import Resident
from ..domain.rules import Signal
from ..domain.safety import SafetyRecord


@dataclass(frozen=True)
class ReportContext:
    resident: Resident
    conversation: Conversation
    previous: Conversation | None
    signals: list[Signal]
    route: Route | None
    agreements: list[Agreement]
    partners: dict[int, Partner]
    topics: dict[Topic, TopicRecord]
    safety: SafetyRecord | None  # RESTRICTED
    include_restricted: bool  # file variant only, when explicitly chosen
    municipality: str
    logo: Path | None
    professional: str
    contact: str
    signatures: bool
    generated_on: date
    level_names: tuple[str, ...]  # of the checklist in use, index 0 = level 1
    # The journal's contacts of this conversation's period, oldest first: for the resident
    # only those the professional ticked (and not corrected since), for the file all of them.
    journal: tuple[JournalEntry, ...] = ()
    journal_corrected: frozenset[int] = field(default_factory=frozenset)  # ids corrected later
    journal_until: date | None = None  # the next conversation's date (None: up to now)
