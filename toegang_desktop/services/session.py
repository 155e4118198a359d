"""Opening a working session: content, the store and the services over it, in one place."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from ..content.partners import default_partners_path
from ..content.toml_reader import ContentError
from ..locations import migrations_dir
from ..paths import AppPaths
from ..store.connection import Progress, open_store
from ..store.database import Database
from .content import active_checklist, active_rules
from .conversations import ConversationService
from .dossiers import DossierService
from .plan import PlanService
from .recognition import RecognitionService

if TYPE_CHECKING:  # made on first use: only the caseload is needed at start-up
    from .investigation import InvestigationService
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
    content_problems: list[ContentError] = field(default_factory=list)
    _investigation: InvestigationService | None = field(default=None, init=False, repr=False)
    _safety: SafetyService | None = field(default=None, init=False, repr=False)
    _transfer: DossierTransfer | None = field(default=None, init=False, repr=False)
    _report: ReportService | None = field(default=None, init=False, repr=False)

    @property
    def investigation(self) -> InvestigationService:
        """The investigation's topics (made on first use, with the conversation page)."""
        if self._investigation is None:
            from .investigation import InvestigationService

            self._investigation = InvestigationService(self.db, self.conversations)
        return self._investigation

    @property
    def safety(self) -> SafetyService:
        """The reporting-code record (made on first use)."""
        if self._safety is None:
            from .safety import SafetyService

            self._safety = SafetyService(self.db)
        return self._safety

    @property
    def transfer(self) -> DossierTransfer:
        """Dossier export and import (made on first use: JSON and schema code stay unloaded)."""
        if self._transfer is None:
            from .transfer import DossierTransfer

            self._transfer = DossierTransfer(self.db, __version__)
        return self._transfer

    @property
    def report(self) -> ReportService:
        """Conversation reports (made on first use)."""
        if self._report is None:
            from .report import ReportService

            self._report = ReportService(
                self.db, self.dossiers, self.conversations, self.recognition, self.investigation,
                self.safety, self.plan)
        return self._report

    def close(self) -> None:
        self.db.close()


def open_session(
    paths: AppPaths, demo: bool, checklist_file: Path | None, rules_file: Path | None,
    partners_file: Path | None = None, progress: Progress | None = None,
) -> Session:
    """Load the content (falling back to the standard files, with the problems kept) and open
    the store; raises StoreError when the store cannot be used."""
    checklist, checklist_problem = active_checklist(checklist_file)
    rules, rules_problem = active_rules(rules_file, checklist)
    problems = [p for p in (checklist_problem, rules_problem) if p is not None]
    for problem in problems:
        log.warning("custom content skipped: %s", problem.code)
    if rules.skipped:
        log.warning("rules left out for this checklist: %s", ", ".join(rules.skipped))
    db = open_store(paths.store, paths.backups, migrations_dir(), progress)
    conversations = ConversationService(db, checklist)
    plan = PlanService(db)
    try:  # the partner directory is pre-filled from a file; the professional's edits stay
        plan.prefill_partners(partners_file or default_partners_path())
    except ContentError as error:
        log.warning("partner file skipped: %s", error.code)
        problems.append(error)
    if demo:
        from .demo import seed_demo

        seed_demo(db, checklist, date.today())
    dossiers = DossierService(db)
    recognition = RecognitionService(db, rules)
    return Session(
        db=db,
        dossiers=dossiers,
        conversations=conversations,
        recognition=recognition,
        plan=plan,
        content_problems=problems,
    )
