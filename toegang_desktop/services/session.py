"""Opening a working session: content, the store and the services over it, in one place."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlite_utils import Database

from .. import __version__
from ..content.partners import default_partners_path
from ..content.toml_reader import ContentError
from ..locations import migrations_dir
from ..paths import AppPaths
from ..store.backups import change_marker
from ..store.connection import open_store
from ..store.files import wal_missing
from .access_log import AccessLog, current_actor
from .backups import BackupService
from .content import active_checklist, active_rules
from .conversations import ConversationService
from .demo import seed_demo
from .dossiers import DossierService
from .investigation import InvestigationService
from .learning import LearningService
from .period_report import PeriodReportService
from .plan import PlanService
from .privacy import PrivacyService
from .recognition import RecognitionService
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
    investigation: InvestigationService
    safety: SafetyService
    plan: PlanService
    transfer: DossierTransfer
    report: ReportService
    access_log: AccessLog
    privacy: PrivacyService
    backups: BackupService
    learning: LearningService
    period_report: PeriodReportService
    content_problems: list[ContentError] = field(default_factory=list)
    wal_was_missing: bool = False  # see store/files.wal_missing: recent changes may be gone

    def change_marker(self) -> tuple[int, int]:
        """Differs from an earlier value when the data changed since (cheap)."""
        return change_marker(self.db.conn)

    def close(self) -> None:
        self.db.close()


def profile_name(paths: AppPaths, demo: bool) -> str:
    """The app profile a log line names: 'demo', or the data folder's name."""
    return "demo" if demo else paths.root.name


def open_session(
    paths: AppPaths, demo: bool, checklist_file: Path | None, rules_file: Path | None,
    partners_file: Path | None = None, key: bytes | None = None,
) -> Session:
    """Load the content (falling back to the standard files, with the problems kept) and open
    the store (encrypted with `key`, if given); raises StoreError when the store cannot be
    used."""
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
    db = open_store(paths.store, paths.backups, migrations_dir(), key)
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
        seed_demo(db, checklist, date.today())
    dossiers = DossierService(db, access_log=access_log)
    recognition = RecognitionService(db, rules, access_log)
    investigation = InvestigationService(db, conversations, access_log)
    safety = SafetyService(db, access_log)
    report = ReportService(db, dossiers, conversations, recognition, investigation, safety, plan,
                           access_log=access_log)
    return Session(
        db=db,
        dossiers=dossiers,
        conversations=conversations,
        recognition=recognition,
        investigation=investigation,
        safety=safety,
        plan=plan,
        transfer=DossierTransfer(db, __version__, access_log),
        report=report,
        access_log=access_log,
        privacy=PrivacyService(db, access_log, report, __version__),
        backups=BackupService(paths, key=key),
        learning=LearningService(db, conversations),
        period_report=PeriodReportService(db, conversations, dossiers, recognition),
        content_problems=problems,
        wal_was_missing=missing_wal,
    )
