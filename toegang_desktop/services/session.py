"""Opening a working session: content, the store and the services over it, in one place.

The services the caseload needs are made at once; the others on first use, so start-up does
not import their modules (tests/unit/test_startup_imports.py).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from ..locations import migrations_dir
from ..paths import AppPaths
from ..store.connection import Progress, open_store
from ..store.database import Database
from ..store.errors import StoreError
from ..store.files import wal_missing
from .access_log import AccessLog, current_actor
from .dossiers import DossierService

if TYPE_CHECKING:
    from ..content.partners import PartnerDirectory
    from ..content.toml_reader import ContentError
    from ..export.whole_file import ProtectedFiles
    from .backups import BackupService
    from .content import LoadedContent
    from .conversations import ConversationService
    from .dossier_overview import DossierOverviewService
    from .investigation import InvestigationService
    from .journal import JournalService
    from .learning import LearningService
    from .period_report import PeriodReportService
    from .plan import PlanService
    from .privacy import PrivacyService
    from .recognition import RecognitionService
    from .report import ReportService
    from .safety import SafetyService
    from .today import TodayService
    from .transfer import DossierTransfer

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ContentFiles:
    """The professional's own content files (None: the standard one)."""

    checklist: Path | None = None
    rules: Path | None = None
    partners: Path | None = None


@dataclass
class Session:
    """The services the windows and commands use, over one open store. What the caseload does
    not need (the content files, the conversation, plan and backup services) is made on first
    use, so the caseload window shows before their code loads."""

    db: Database
    dossiers: DossierService
    access_log: AccessLog
    paths: AppPaths
    files: ContentFiles = field(default_factory=ContentFiles)
    key: bytes | None = None  # the store's key, for the backups (None: a plain store)
    wal_was_missing: bool = False  # see store/files.wal_missing: recent changes may be gone

    @cached_property
    def protected_files(self) -> ProtectedFiles:
        """The data folder's own files, which no export may replace (every writer checks)."""
        return self.paths.protected_files()

    def change_marker(self) -> tuple[int, int]:
        """Differs from an earlier value when the data changed since (cheap)."""
        return self.db.change_marker()

    @cached_property
    def content(self) -> LoadedContent:
        """The checklist and recognition rules in use (standard ones where a file failed)."""
        from .content import load_content

        return load_content(self.files.checklist, self.files.rules)

    @cached_property
    def _partner_file(self) -> tuple[PartnerDirectory | None, ContentError | None]:
        """The partner file, read (not yet written into the store), and what was wrong with
        the municipality's own file: then the standard one is used, as the message says (and
        as for the checklist and the rules)."""
        from ..content.partners import default_partners_path, load_partners
        from ..content.toml_reader import ContentError

        try:
            return load_partners(self.files.partners or default_partners_path()), None
        except ContentError as error:
            log.warning("partner file skipped: %s", error.code)
            if self.files.partners is None:  # the standard file itself: nothing to fall back to
                return None, error
            return load_partners(default_partners_path()), error

    @property
    def content_problems(self) -> list[ContentError]:
        """What was wrong with the professional's own content files (reads them if needed;
        writes nothing into the store, so a check at start-up never changes it)."""
        partner_problem = self._partner_file[1]
        return [*self.content.problems, *([partner_problem] if partner_problem else [])]

    @cached_property
    def conversations(self) -> ConversationService:
        from .conversations import ConversationService

        return ConversationService(self.db, self.content.checklist, access_log=self.access_log)

    @cached_property
    def recognition(self) -> RecognitionService:
        from .recognition import RecognitionService

        return RecognitionService(self.db, self.content.rules, self.access_log)

    @cached_property
    def today_work(self) -> TodayService:
        from .today import TodayService

        return TodayService(self.db, self.content.rules)

    @cached_property
    def overview(self) -> DossierOverviewService:
        """The dossier at a glance (made when a dossier first opens: it loads the rules)."""
        from .dossier_overview import DossierOverviewService

        return DossierOverviewService(self.db, self.dossiers, self.content.checklist,
                                      self.content.rules, self.access_log)

    @cached_property
    def journal(self) -> JournalService:
        """The journal (made when a dossier first opens)."""
        from .journal import JournalService

        return JournalService(self.db, {d.key for d in self.content.checklist.domains},
                              self.access_log)

    @cached_property
    def plan(self) -> PlanService:
        """The plan service; on its first use the partner directory is pre-filled from the
        partner file (the professional's own edits stay)."""
        from .plan import PlanService

        plan = PlanService(self.db, self.access_log)
        directory = self._partner_file[0]
        try:
            if directory is not None:
                plan.prefill_from(directory)
        except StoreError as error:  # busy or read-only now: the next session fills it in
            log.warning("partner directory not pre-filled: %s", error.code)
        return plan

    @cached_property
    def backups(self) -> BackupService:
        from .backups import BackupService

        return BackupService(self.paths, key=self.key)

    @cached_property
    def investigation(self) -> InvestigationService:
        """The investigation's topics (made on first use, with the conversation page)."""
        from .investigation import InvestigationService

        return InvestigationService(self.db, self.conversations, self.access_log)

    @cached_property
    def safety(self) -> SafetyService:
        """The reporting-code record (made on first use)."""
        from .safety import SafetyService

        return SafetyService(self.db, self.access_log)

    @cached_property
    def transfer(self) -> DossierTransfer:
        """Dossier export and import (made on first use: JSON and schema code stay unloaded)."""
        from .content import known_checklists
        from .transfer import DossierTransfer

        return DossierTransfer(self.db, __version__, self.access_log,
                               known_checklists(self.content.checklist),
                               protected=self.protected_files)

    @cached_property
    def report(self) -> ReportService:
        """Conversation reports (made on first use)."""
        from .report import ReportService

        return ReportService(
            self.db, self.dossiers, self.conversations, self.recognition, self.investigation,
            self.safety, self.plan, access_log=self.access_log, protected=self.protected_files)

    @cached_property
    def privacy(self) -> PrivacyService:
        """Access requests, closing, retention and erasure (made on first use)."""
        from .privacy import PrivacyService

        return PrivacyService(self.db, self.access_log, self.report, __version__,
                              protected=self.protected_files)

    @cached_property
    def learning(self) -> LearningService:
        """Bottlenecks and neighbourhood signals (made on first use)."""
        from .learning import LearningService

        return LearningService(self.db, self.conversations, access_log=self.access_log)

    @cached_property
    def period_report(self) -> PeriodReportService:
        """The learning loop's period report (made on first use)."""
        from .period_report import PeriodReportService

        return PeriodReportService(self.db, self.conversations, self.dossiers, self.recognition,
                                   protected=self.protected_files)

    def close(self) -> None:
        self.db.close()


def profile_name(paths: AppPaths, demo: bool) -> str:
    """The app profile a log line names: 'demo', or the data folder's name."""
    return "demo" if demo else paths.root.name


def open_session(
    paths: AppPaths, demo: bool, checklist_file: Path | None, rules_file: Path | None,
    partners_file: Path | None = None, key: bytes | None = None,
    progress: Progress | None = None,
) -> Session:
    """Open the store (encrypted with `key`, if given; `progress` hears how a migration goes)
    and the services over it; raises StoreError when the store cannot be used. The content
    files load on first use (`Session.content`), falling back to the standard files with the
    problems kept (`Session.content_problems`)."""
    missing_wal = wal_missing(paths.store)
    if missing_wal:
        log.warning("the store's WAL file was missing; changes after its last checkpoint are lost")
    db = open_store(paths.store, paths.backups, migrations_dir(), key, progress)
    # One recorder for the session, handed to every service that acts on a dossier. The
    # profile is the data folder's name (the standard one, 'demo', or a --data-dir folder).
    access_log = AccessLog(db, current_actor(profile_name(paths, demo)))
    session = Session(
        db=db, dossiers=DossierService(db, access_log=access_log), access_log=access_log,
        paths=paths, files=ContentFiles(checklist_file, rules_file, partners_file), key=key,
        wal_was_missing=missing_wal,
    )
    if demo:
        from .demo import seed_demo  # only the demo needs it

        # The partner file is read now, not after the first paint (cached, so read once).
        seed_demo(db, session.content.checklist, date.today(), session._partner_file[0])
    return session
