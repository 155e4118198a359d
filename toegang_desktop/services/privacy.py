"""The resident's privacy rights: access (art. 15), the history of corrections (art. 16) and
erasure with legal retention (art. 17): closing a dossier, the purge of dossiers past their
retention date, and early erasure with a reason. Every action is one line in the access log.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.access_log import AccessAction
from ..domain.problems import Problem, ValidationFailed
from ..domain.purge_traces import ResidentTraces, TraceKind, scrub
from ..domain.retention import (
    DEFAULT_RETENTION_YEARS,
    MINIMUM_RETENTION_YEARS,
    ClosingCheck,
    Closure,
    DueDossier,
    ErasureReason,
    ResidentChange,
    RetentionLaw,
    is_due,
    retention_date,
)
from ..export.journal_file import write_journal_csv
from ..export.resident_changes_file import write_resident_changes
from ..export.team_access_file import TEAM_ACCESS_CSV, write_team_access_csv
from ..export.whole_file import ProtectedFiles, new_folder_whole
from ..store.connection import writing
from ..store.conversations import ConversationRepository
from ..store.database import Database
from ..store.journal import JournalRepository
from ..store.retention import RetentionRepository
from ..store.sync_state import TeamStore
from ..wording.privacy_labels import PURGED_TRACE
from .access_log import AccessLog
from .errors import TeamRefused, TeamUnreachable
from .report import ReportService, ReportVariant
from .transfer import (
    RESTRICTED_SUFFIX,
    WITHHELD_SUFFIX,
    export_dossier,
    has_restricted_record,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from ..domain.team import AccessRequest

RETENTION_KEYS = {RetentionLaw.WMO: "retention/wmo_years",
                  RetentionLaw.YOUTH: "retention/youth_years"}
ACCESS_FOLDER = "inzageverzoek-{day}"
TEAM_ACCESS_FILE = TEAM_ACCESS_CSV  # who in the team saw the dossier (in a team only)


def retention_years(settings: QSettings) -> dict[RetentionLaw, int]:
    """The retention per law from the settings; the defaults (Wmo 15, Jeugdwet 20) when unset
    or not a number."""
    years = {}
    for law, key in RETENTION_KEYS.items():
        try:
            value = int(str(settings.value(key, DEFAULT_RETENTION_YEARS[law])))
        except ValueError:
            value = DEFAULT_RETENTION_YEARS[law]
        years[law] = max(value, MINIMUM_RETENTION_YEARS)
    return years


@dataclass(frozen=True)
class PurgeOutcome:
    """What a purge or an erasure did: dossiers removed, and the places in the learning
    loop's free texts where a removed resident's name or street was blanked (counts only)."""

    removed: int = 0
    names: int = 0
    streets: int = 0
    texts: int = 0  # free texts changed

    def __add__(self, other: PurgeOutcome) -> PurgeOutcome:
        return PurgeOutcome(self.removed + other.removed, self.names + other.names,
                            self.streets + other.streets, self.texts + other.texts)

    @property
    def log_detail(self) -> str:
        """The counts for the access log line's detail (empty when nothing was blanked)."""
        if not self.texts:
            return ""
        return f";names={self.names};streets={self.streets};texts={self.texts}"


@dataclass(frozen=True)
class AccessPackage:
    """What an access request wrote: the folder and its files."""

    folder: Path
    files: list[Path]
    team_seen: bool = False  # the team server's list of who saw the dossier is in it


class PrivacyService:
    def __init__(self, db: Database, access_log: AccessLog, report: ReportService,
                 app_version: str, today: Callable[[], date] = date.today, *,
                 protected: ProtectedFiles) -> None:
        self._db = db
        self._protected = protected  # the data folder's own files and folders
        self._log = access_log
        self._report = report
        self._app_version = app_version
        self._repo = RetentionRepository(db)
        self._conversations = ConversationRepository(db)
        self._today = today

    # -- closing and retention -----------------------------------------------------------

    def closure(self, resident_id: int) -> Closure | None:
        return self._repo.closure(resident_id)

    def closing_check(self, resident_id: int, law: RetentionLaw, help_ended_on: date,
                      years: Mapping[RetentionLaw, int] = DEFAULT_RETENTION_YEARS) -> ClosingCheck:
        """What closing with this end of help would mean (ask before: `needs_confirmation`)."""
        return ClosingCheck(help_ended_on,
                            retention_date(help_ended_on, years[RetentionLaw(law)]),
                            self._repo.first_conversation_on(resident_id), self._today())

    def close_dossier(self, resident_id: int, law: RetentionLaw, help_ended_on: date,
                      years: Mapping[RetentionLaw, int] = DEFAULT_RETENTION_YEARS,
                      confirmed: bool = False) -> Closure:
        """Close the dossier: its retention date is the help's end plus the law's years (the
        municipality's, from the settings: `retention_years`). An end of help before the
        first conversation, or one whose retention date has already come (the dossier would
        go at the next purge), is refused unless `confirmed` (the professional said yes to
        `closing_check`'s question): issue 19, an end of help in 2008 for a 2026 talk."""
        check = self.closing_check(resident_id, law, help_ended_on, years)
        problem = ("date_in_future" if help_ended_on > check.today
                   else "help_ended_before_first_conversation"
                   if check.ends_before_first_conversation and not confirmed
                   else "retention_date_passed" if check.due_at_once and not confirmed else None)
        if problem is not None:
            self._log.refused(AccessAction.CHANGE, resident_id, detail="closed")
            raise ValidationFailed([Problem(problem, "help_ended_on")])
        closure = Closure(check.today, RetentionLaw(law), help_ended_on, check.retain_until)
        with self._log.change(resident_id) as change:
            self._repo.close(resident_id, closure)
            change.line(AccessAction.CHANGE, "closed")
        return closure

    def reopen(self, resident_id: int) -> None:
        """Help starts again: the dossier is open and has no retention date."""
        with self._log.change(resident_id) as change:
            self._repo.reopen(resident_id)
            change.line(AccessAction.CHANGE, "reopened")

    def due(self) -> list[DueDossier]:
        """The closed dossiers whose retention date has come (today included)."""
        return self._repo.due(self._today())

    def purge_due(self, resident_ids: list[int]) -> PurgeOutcome:
        """Remove the given dossiers that are (still) past their retention date, with
        everything linked to them and their traces in the learning loop; one log line each."""
        today, purged = self._today(), PurgeOutcome()
        for resident_id in resident_ids:
            closure = self._repo.closure(resident_id)
            if closure is None or not is_due(closure.retain_until, today):
                self._log.refused(AccessAction.DELETE, resident_id, detail="retention")
                continue
            purged += self._purge(resident_id, "retention")
        self._flush()
        return purged

    def erase(self, resident_id: int, reason: ErasureReason) -> PurgeOutcome:
        """Erase a dossier before its retention date; the reason (a code) is logged."""
        done = self._purge(resident_id, f"erasure.{ErasureReason(reason).value}")
        self._flush()
        return done

    def _purge(self, resident_id: int, detail: str) -> PurgeOutcome:
        """The dossier and, in the same transaction, the resident's names and street in the
        learning loop's free texts (issue 19: a surname the check let through stayed)."""
        if not self._repo.exists(resident_id):
            self._log.refused(AccessAction.DELETE, resident_id, detail=detail)
            return PurgeOutcome()
        try:
            with self._log.change(resident_id) as change:
                outcome = self._scrub_learning_texts(resident_id)
                self._repo.purge(resident_id)
                change.line(AccessAction.DELETE, detail + outcome.log_detail)
        except BaseException:
            self._log.failed(AccessAction.DELETE, resident_id, detail=detail)
            raise
        return outcome

    def _scrub_learning_texts(self, resident_id: int) -> PurgeOutcome:
        """Blank the resident's traces in every bottleneck and signal text; inside the
        purge's transaction, so they go together with the dossier or not at all."""
        traces = ResidentTraces.of(*self._repo.names_and_streets(resident_id))
        today, names, streets, texts = self._today(), 0, 0, 0
        for place, row_id, text in self._repo.learning_texts():
            result = scrub(text, traces, today, PURGED_TRACE)
            if result.text != text:
                self._repo.replace_learning_text(place, row_id, result.text)
                names += result.counts[TraceKind.NAME]
                streets += result.counts[TraceKind.STREET]
                texts += 1
        return PurgeOutcome(1, names, streets, texts)

    def _flush(self) -> None:
        with writing(self._db):
            self._repo.scrub()

    # -- access (art. 15) and rectification (art. 16) ------------------------------------

    def changes(self, resident_id: int) -> list[ResidentChange]:
        """The corrected details of the resident, newest first, for showing them: the look is
        logged (they hold old and new values of the resident's details)."""
        changes = self._repo.changes(resident_id)
        self._log.viewed(resident_id, detail="resident_changes")
        return changes

    def has_restricted_record(self, resident_id: int) -> bool:
        """Whether an access request must ask about a reporting-code record (RESTRICTED)."""
        return has_restricted_record(self._db, resident_id)

    def access_request(self, resident_id: int, folder: Path,
                       include_restricted: bool = False) -> AccessPackage:
        """Write everything stored about the resident into a new sub-folder of `folder`: the
        dossier as JSON (the journal in it), a readable PDF per conversation (the file variant),
        the journal as CSV, the history of corrected details as JSON and CSV and the
        access-log lines about them as CSV; in a team, also who in the team saw the dossier
        (the team server's log, broken glass with its reason: `_seen_in_team`).
        Nothing about anyone else. The reporting-code records go in
        (marked) only with `include_restricted`: the law allows withholding them where they
        would harm the safety of others, so the professional decides. One log line for the
        whole request, saying whether a restricted record went in or was withheld, committed
        before the folder gets its name (it is written under a temporary name). Raises
        LookupError, OSError (also ProtectedFileError for the data folder or its backups),
        StoreError, TeamUnreachable, TeamRefused."""
        self._protected.refuse_folder(folder)  # personal data in plain text beside the store: no
        seen_in_team = self._seen_in_team(resident_id)  # before anything is written
        folder.mkdir(parents=True, exist_ok=True)
        target = _free_name(folder, ACCESS_FOLDER.format(day=self._today().isoformat()))
        names: list[str] = []
        detail = "access_request"
        if has_restricted_record(self._db, resident_id):
            detail += RESTRICTED_SUFFIX if include_restricted else WITHHELD_SUFFIX
        with self._log.logged(AccessAction.EXPORT, resident_id, detail=detail) \
                as log_ok, new_folder_whole(target, before_replace=log_ok) as temp:
            export_dossier(self._db, resident_id, temp / "dossier.json", self._app_version,
                           include_restricted=include_restricted, protected=self._protected)
            names.append("dossier.json")
            for conversation_id in self._conversations.ids_for_resident(resident_id):
                conversation = self._conversations.get(conversation_id)
                if conversation is None:
                    continue
                pdf = f"gesprek-{conversation.held_on.isoformat()}-{conversation_id}.pdf"
                self._report.export(conversation_id, ReportVariant.FILE, temp / pdf,
                                    include_restricted=include_restricted, logged=False)
                names.append(pdf)
            names += write_resident_changes(temp, resident_id, self._repo.changes(resident_id),
                                            self._protected)
            names += write_journal_csv(temp, JournalRepository(self._db).for_resident(resident_id),
                                       self._protected)
            self._log.write_csv(temp / "toegangslog.csv", self._log.lines_for(resident_id),
                                protected=self._protected)
            names.append("toegangslog.csv")
            if seen_in_team is not None:
                names += write_team_access_csv(temp, seen_in_team, self._protected)
        return AccessPackage(target, [target / name for name in names],
                             team_seen=seen_in_team is not None)

    def _seen_in_team(self, resident_id: int) -> AccessRequest | None:
        """Who in the team saw the dossier, from the team server's log, when the dossier is
        in a team (None outside one, or before its first upload: then only this laptop saw
        it, and the local log says so). The server cannot be reached, or will not answer
        this professional: TeamUnreachable / TeamRefused, and the request is not made, as it
        would leave colleagues out (wording/team_messages.access_request_problem_text)."""
        team = TeamStore(self._db)
        resident = team.resident_on_server(resident_id)
        login = team.login()
        if resident is None or login is None:
            return None
        from .team_work import TeamWork, connect_with  # psycopg: only in team mode

        try:
            with TeamWork(connect_with(login.address, login.user, login.password)) as work:
                return work.access_request(resident)
        except (TeamUnreachable, TeamRefused):
            self._log.refused(AccessAction.EXPORT, resident_id, detail="access_request")
            raise


def _free_name(parent: Path, name: str) -> Path:
    """`parent/name`, or `name-2`, `-3` ... when it exists (not created: see access_request)."""
    candidate, number = parent / name, 1
    while candidate.exists():
        number += 1
        candidate = parent / f"{name}-{number}"
    return candidate
