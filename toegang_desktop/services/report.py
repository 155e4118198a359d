"""The conversation report as a PDF: for the resident, or for the file.

The report is gathered through the other services, written by `export/pdf_report.py` and the
export is logged in the dossier's event log (who, when, which variant; never the content or
the path). The PDF writer (and reportlab) is imported only when a report is made, so start-up
does not pay for it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.access_log import RESTRICTED_SUFFIX, AccessAction
from ..domain.conversation import Conversation
from ..domain.journal import JournalEntry
from ..export.whole_file import ProtectedFiles
from ..store.connection import writing
from ..store.database import Database
from ..store.events import DossierEvent, EventKind, EventRepository
from ..store.journal import JournalRepository
from ..store.sync_state import TeamStore
from .access_log import AccessLog, os_user, recorder
from .conversations import ConversationService
from .dossiers import DossierService
from .investigation import InvestigationService
from .plan import PlanService
from .recognition import RecognitionService
from .safety import SafetyService

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

# The report's details in the INI settings (Settings > Report details…).
MUNICIPALITY_KEY = "report/municipality"
LOGO_KEY = "report/logo"
PROFESSIONAL_KEY = "report/professional"
CONTACT_KEY = "report/contact"
SIGNATURES_KEY = "report/signatures"
OPEN_AFTER_SAVING_KEY = "report/open_after_saving"


class ReportVariant(StrEnum):
    """Who the report is for: the resident (plain, no restricted parts) or the file."""

    RESIDENT = "resident"
    FILE = "file"


_FILE_WORDS = {ReportVariant.RESIDENT: "inwoner", ReportVariant.FILE: "dossier"}


@dataclass(frozen=True)
class ReportSettings:
    """The professional's and municipality's details on the report (from the INI settings)."""

    municipality: str = ""
    logo: Path | None = None
    professional: str = ""
    contact: str = ""
    signatures: bool = False


def setting_flag(settings: QSettings, key: str, default: bool = False) -> bool:
    """A yes/no setting (an INI file stores it as text)."""
    value = settings.value(key, default)
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


def report_settings(settings: QSettings) -> ReportSettings:
    """The report's details as stored in the settings; a logo that is gone is left out."""
    logo_text = str(settings.value(LOGO_KEY, "") or "").strip()
    logo = Path(logo_text) if logo_text else None
    return ReportSettings(
        municipality=str(settings.value(MUNICIPALITY_KEY, "") or "").strip(),
        logo=logo if logo is not None and logo.is_file() else None,
        professional=str(settings.value(PROFESSIONAL_KEY, "") or "").strip(),
        contact=str(settings.value(CONTACT_KEY, "") or "").strip(),
        signatures=setting_flag(settings, SIGNATURES_KEY),
    )


def default_file_name(conversation: Conversation, variant: ReportVariant) -> str:
    """E.g. `verslag-2026-11-20-inwoner.pdf`. No name or id: a file list on a shared drive or
    in a mail must not reveal who the report is about."""
    return f"verslag-{conversation.held_on.isoformat()}-{_FILE_WORDS[ReportVariant(variant)]}.pdf"


class ReportService:
    def __init__(
        self, db: Database, dossiers: DossierService, conversations: ConversationService,
        recognition: RecognitionService, investigation: InvestigationService,
        safety: SafetyService, plan: PlanService,
        actor: Callable[[], str] = os_user, today: Callable[[], date] = date.today,
        access_log: AccessLog | None = None, *, protected: ProtectedFiles,
    ) -> None:
        self._db = db
        self._protected = protected  # the data folder's own files: never a report's target
        self._dossiers = dossiers
        self._conversations = conversations
        self._recognition = recognition
        self._investigation = investigation
        self._safety = safety
        self._plan = plan
        self._events = EventRepository(db)
        self._actor = actor
        self._today = today
        self._log = recorder(db, access_log)  # an export is never unlogged

    def can_include_restricted(self, conversation_id: int) -> bool:
        """Whether there is a reporting-code record that the file variant could include."""
        return self._safety.has_record(conversation_id)

    def export(
        self, conversation_id: int, variant: ReportVariant, path: Path,
        include_restricted: bool = False, settings: ReportSettings | None = None,
        logged: bool = True,
    ) -> int:
        """Write the conversation's report to `path`; returns the number of pages.

        The restricted reporting-code record is included only in the file variant, and only
        when asked. Raises LookupError when the conversation does not exist, OSError when the
        file cannot be written (an existing file is then left as it was) and StoreError when
        the event cannot be logged. The export is a print in the access log (`logged=False`
        only for a caller that logs the whole action itself, such as an access request).
        """
        self._protected.refuse(path)  # refused before the log: nothing was read or written
        if not logged:
            return self._export(conversation_id, variant, path, include_restricted, settings)
        # The log line says whether the restricted record went out, as the dossier event does.
        restricted = (include_restricted and ReportVariant(variant) is ReportVariant.FILE
                      and self._safety.has_record(conversation_id))
        detail = ReportVariant(variant).value + (RESTRICTED_SUFFIX if restricted else "")
        with self._log.logged(AccessAction.PRINT, conversation_id=conversation_id,
                              detail=detail) as log_ok:
            return self._export(conversation_id, variant, path, include_restricted, settings,
                                log_ok)

    def _export(
        self, conversation_id: int, variant: ReportVariant, path: Path,
        include_restricted: bool, settings: ReportSettings | None,
        log_line: Callable[[], None] | None = None,
    ) -> int:
        from ..export import pdf_report  # reportlab loads here, never at start-up
        from ..export.report_context import ReportContext

        variant = ReportVariant(variant)
        settings = settings or ReportSettings()
        conversation = self._conversations.load(conversation_id)
        if conversation is None:
            raise LookupError(f"conversation {conversation_id} does not exist")
        resident = self._dossiers.resident(conversation.resident_id)
        if resident is None or resident.id is None:
            raise LookupError(f"resident {conversation.resident_id} does not exist")
        agreements = self._plan.agreements(conversation_id)
        used = {a.partner_id for a in agreements if a.partner_id is not None}
        partners = {int(p.id): p for p in self._plan.partners(include_inactive=True)
                    if p.id is not None and p.id in used}
        restricted = include_restricted and variant is ReportVariant.FILE
        safety = self._safety.record(conversation_id) if restricted else None
        previous = self._conversations.previous(conversation)
        journal, corrected, until = self._journal_part(conversation, previous is None, variant)
        # In a team the resident's contact person is the dossier's coordinator now, also when
        # a colleague (involved, standing in) prints the report (issue 17).
        contact_person = TeamStore(self._db).contact_person(resident.id) \
            if resident.id is not None else None
        context = ReportContext(
            resident=resident,
            conversation=conversation,
            previous=previous,
            signals=self._recognition.signals(conversation, resident.household),
            route=self._plan.route(conversation_id),
            agreements=agreements,
            partners=partners,
            topics=self._investigation.topics(conversation_id),
            safety=safety,
            include_restricted=safety is not None,
            municipality=settings.municipality,
            logo=settings.logo,
            professional=contact_person[0] if contact_person else settings.professional,
            contact=contact_person[1] if contact_person else settings.contact,
            signatures=settings.signatures,
            generated_on=self._today(),
            level_names=self._conversations.checklist.level_names,
            journal=journal,
            journal_corrected=corrected,
            journal_until=until,
        )
        # The event says whether the restricted record went out; never the content or the path.
        detail = variant.value + (RESTRICTED_SUFFIX if context.safety is not None else "")
        resident_id = resident.id

        def committed() -> None:
            """The event and the access-log line in one transaction, before the file gets its
            name: an export that is not in the logs must not exist (a failure removes it)."""
            with writing(self._db), self._db.atomic():
                self._events.add(resident_id, EventKind.REPORT_EXPORTED, self._actor(),
                                 conversation_id=conversation_id, detail=detail)
                if log_line is not None:
                    log_line()

        # The writer puts a whole file in place or none: an earlier report is never half
        # overwritten.
        return pdf_report.write_report(context, pdf_report.Variant(variant.value), path,
                                       protected=self._protected, before_replace=committed)

    def _journal_part(self, conversation: Conversation, first: bool, variant: ReportVariant
                      ) -> tuple[tuple[JournalEntry, ...], frozenset[int], date | None]:
        """The journal's contacts of the conversation's period (from its day until the next
        conversation; the first conversation's report has the earlier ones too), oldest
        first: for the resident only the ticked ones not corrected since, for the file all.
        With the ids corrected later and the next conversation's date."""
        held_on = conversation.held_on
        later = [c.held_on for c in self._dossiers.conversations(conversation.resident_id)
                 if (c.held_on, c.id or 0) > (held_on, conversation.id or 0)]
        until = min(later) if later else None
        journal = JournalRepository(self._db).for_resident(conversation.resident_id)
        chosen = (journal.for_resident_report() if variant is ReportVariant.RESIDENT
                  else sorted(journal.entries, key=lambda e: (e.contact_at, e.id or 0)))
        kept = tuple(e for e in chosen
                     if (first or e.contact_at.date() >= held_on)
                     and (until is None or e.contact_at.date() < until))
        return kept, frozenset(journal.corrected_by), until

    def events(self, resident_id: int) -> list[DossierEvent]:
        """The dossier's event log, oldest first."""
        return self._events.for_resident(resident_id)

