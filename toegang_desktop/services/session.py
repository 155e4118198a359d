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
from ..content.partners import default_partners_path
from ..content.toml_reader import ContentError
from ..locations import migrations_dir
from ..paths import AppPaths
from ..store.backups import change_marker
from ..store.connection import Progress, open_store
from ..store.database import Database
from ..store.files import wal_missing
from .access_log import AccessLog, current_actor
from .backups import BackupService
from .content import active_checklist, active_rules
from .conversations import ConversationService
from .dossiers import DossierService
from .plan import PlanService
from .recognition import RecognitionService

if TYPE_CHECKING:
    from .investigation import InvestigationService
    from .learning import LearningService
    from .period_report import PeriodReportService
    from .privacy import PrivacyService
    from .report import ReportService
    from .safety import SafetyService
    from .transfer import DossierTransfer

log = logging.getLogger(__name__)


@dataclass
class Session:
    """The services the windows and commands use, over one open store."""

    db: Database
    dossiers: DossierService
    conversations: ConversationService
    recognition: RecognitionService
    plan: PlanService
    access_log: AccessLog
    backups: BackupService
    content_problems: list[ContentError] = field(default_factory=list)
    wal_was_missing: bool = False  # see store/files.wal_missing: recent changes may be gone

    def change_marker(self) -> tuple[int, int]:
        """Differs from an earlier value when the data changed since (cheap)."""
        return change_marker(self.db.conn)

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
        from .transfer import DossierTransfer

        return DossierTransfer(self.db, __version__, self.access_log)

    @cached_property
    def report(self) -> ReportService:
        """Conversation reports (made on first use)."""
        from .report import ReportService

        return ReportService(
            self.db, self.dossiers, self.conversations, self.recognition, self.investigation,
            self.safety, self.plan, access_log=self.access_log)

    @cached_property
    def privacy(self) -> PrivacyService:
        """Access requests, closing, retention and erasure (made on first use)."""
        from .privacy import PrivacyService

        return PrivacyService(self.db, self.access_log, self.report, __version__)

    @cached_property
    def learning(self) -> LearningService:
        """Bottlenecks and neighbourhood signals (made on first use)."""
        from .learning import LearningService

        return LearningService(self.db, self.conversations, access_log=self.access_log)

    @cached_property
    def period_report(self) -> PeriodReportService:
        """The learning loop's period report (made on first use)."""
        from .period_report import PeriodReportService

        return PeriodReportService(self.db, self.conversations, self.dossiers, self.recognition)

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
    """Load the content (falling back to the standard files, with the problems kept) and open
    the store (encrypted with `key`, if given; `progress` hears how a migration goes); raises
    StoreError when the store cannot be used."""
    checklist, checklist_problem = active_checklist(checklist_file)
    rules, rules_problem = active_rules(rules_file, checklist)
    problems = [p for p in (checklist_problem, rules_problem) if p is not None]
    for problem in problems:
        log.warning("custom content skipped: %s", problem.code)
    if rules.skipped:
        log.warning("rules left out for this checklist: %s", ", ".join(rules.skipped))
    missing_wal = wal_missing(paths.store)
    if missing_wal:
        log.warning("the store's WAL file was missing; changes after its last checkpoint are lost")
    db = open_store(paths.store, paths.backups, migrations_dir(), key, progress)
    # One recorder for the session, handed to every service that acts on a dossier. The
    # profile is the data folder's name (the standard one, 'demo', or a --data-dir folder).
    access_log = AccessLog(db, current_actor(profile_name(paths, demo)))
    conversations = ConversationService(db, checklist, access_log=access_log)
    plan = PlanService(db, access_log)
    try:  # the partner directory is pre-filled from a file; the professional's edits stay
        plan.prefill_partners(partners_file or default_partners_path())
    except ContentError as error:
        log.warning("partner file skipped: %s", error.code)
        problems.append(error)
    if demo:
        from .demo import seed_demo  # only the demo needs it

        seed_demo(db, checklist, date.today())
    return Session(
        db=db,
        dossiers=DossierService(db, access_log=access_log),
        conversations=conversations,
        recognition=RecognitionService(db, rules, access_log),
        plan=plan,
        access_log=access_log,
        backups=BackupService(paths, key=key),
        content_problems=problems,
        wal_was_missing=missing_wal,
    )
