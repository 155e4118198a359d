"""Working as a team (issue 17): what the team-work screens and the command line call to
involve a colleague, hand a dossier over (propose, accept, decline), stand in, break the glass,
read the team overview, hold a case discussion, and answer an access request.

No Qt: the window runs it on its team worker thread (as TeamSync). Imports psycopg (through
team/): import this module only in team mode, never on the start path. Every call is one server
transaction that writes its own access-log line on the server (db/server/0002_team_work.sql);
nothing here writes the local store: what changes in a dossier (coordination, an agreement of
a case discussion) reaches the laptop with the next pull. Errors come out as the services' own
TeamUnreachable (try again later) and TeamRefused(code) (wording/team_work_texts.py words the
codes of version 2, wording/team_messages.py the others).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import TypeVar

from ..domain.team import (
    OVERVIEW_KINDS,
    AccessRequest,
    CaseAgreement,
    Colleague,
    HandoverProposal,
    Meeting,
    ServerAddress,
    TeamCaseloadRow,
    TeamErrorCode,
    TeamHistoryEvent,
    TeamOverview,
    WhoAmI,
)
from ..export.whole_file import ProtectedFiles
from ..team import api
from ..team.api import Connection
from ..team.connection import connect as connect_server
from ..team.errors import TeamError
from ..team.errors import TeamUnreachable as ServerUnreachable
from .errors import TeamRefused, TeamUnreachable

T = TypeVar("T")
MIN_GLASS_REASON = 5  # characters, as the server asks (toegang_api.break_glass)
MAX_QUESTION = 600  # a case discussion's question: a few lines
# team/'s codes for what happens before the server answers, as the screens name them.
_CODES = {TeamErrorCode.LOGIN_FAILED: "password", TeamErrorCode.CERTIFICATE: "certificate"}


@contextmanager
def translated() -> Iterator[None]:
    """team/'s errors as the services' own."""
    try:
        yield
    except ServerUnreachable as error:
        raise TeamUnreachable(str(error)) from error
    except TeamError as error:
        raise TeamRefused(_CODES.get(error.code, error.code.value), error.message) from error


def _required(text: str, least: int = 1) -> str:
    """No reason, no request: refused here already, as the server would (TG007)."""
    if len(text.strip()) < least:
        raise TeamRefused(TeamErrorCode.REASON_REQUIRED.value)
    return text.strip()


class TeamWork:
    """One professional's team work over one server connection, on the thread that made it.
    `connect` makes the connection (team.connection.connect with the team's login) when the
    first call needs it; after a failure the next call makes a new one."""

    def __init__(self, connect: Callable[[], Connection], *,
                 protected: ProtectedFiles | None = None) -> None:
        self._connect = connect
        self._conn: Connection | None = None
        self._protected = protected

    def __enter__(self) -> TeamWork:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()

    def _call(self, call: Callable[[Connection], T]) -> T:
        with translated():
            if self._conn is None or self._conn.closed:
                self._conn = self._connect()
            try:
                return call(self._conn)
            except ServerUnreachable:
                self.close()  # the connection may be dead: the next call makes a new one
                raise

    # -- who ----------------------------------------------------------------------------------

    def whoami(self) -> WhoAmI:
        result: WhoAmI = self._call(api.whoami)
        return result

    def colleagues(self) -> list[Colleague]:
        result: list[Colleague] = self._call(api.team_members)
        return result

    def set_contact(self, contact: str) -> None:
        self._call(lambda c: api.set_contact(c, contact.strip()))

    def caseload(self, search: str = "", limit: int = 500) -> list[TeamCaseloadRow]:
        """The team's list as the server has it now (the team view of the caseload)."""
        result: list[TeamCaseloadRow] = self._call(lambda c: api.caseload(c, search, limit))
        return result

    # -- involvement, handover, standing in, the glass ----------------------------------------

    def involve(self, resident: str, login: str, purpose: str, until: date | None = None) -> None:
        purpose = _required(purpose)
        self._call(lambda c: api.involve(c, resident, login, purpose, until))

    def end_involvement(self, resident: str, login: str) -> None:
        self._call(lambda c: api.end_involvement(c, resident, login))

    def propose_handover(self, resident: str, to_login: str, running: str, agreed: str,
                         watch: str) -> str:
        _required(running + agreed + watch)
        result: str = self._call(lambda c: api.propose_handover(
            c, resident, to_login, running.strip(), agreed.strip(), watch.strip()))
        return result

    def handovers(self) -> list[HandoverProposal]:
        result: list[HandoverProposal] = self._call(api.handovers)
        return result

    def accept_handover(self, handover_id: str) -> None:
        self._call(lambda c: api.answer_handover(c, handover_id, True, ""))

    def decline_handover(self, handover_id: str, reason: str) -> None:
        reason = _required(reason)
        self._call(lambda c: api.answer_handover(c, handover_id, False, reason))

    def withdraw_handover(self, handover_id: str) -> None:
        self._call(lambda c: api.answer_handover(c, handover_id, None, ""))

    def stand_in(self, residents: Sequence[str], to_login: str, reason: str, until: date) -> int:
        reason = _required(reason)
        result: int = self._call(lambda c: api.stand_in(c, list(residents), to_login,
                                                                  reason, until))
        return result

    def end_stand_in(self, resident: str) -> None:
        self._call(lambda c: api.end_stand_in(c, resident))

    def break_glass(self, resident: str, reason: str) -> datetime | None:
        """Read access until the end of the day; the dossier arrives with the next sync. No
        reason, no access: TeamRefused(TG007) without asking the server."""
        reason = _required(reason, MIN_GLASS_REASON)
        result: datetime | None = self._call(lambda c: api.break_glass(c, resident, reason))
        return result

    def history(self, resident: str) -> list[TeamHistoryEvent]:
        result: list[TeamHistoryEvent] = self._call(lambda c: api.team_history(c, resident))
        return result

    def access_request(self, resident: str) -> AccessRequest:
        result: AccessRequest = self._call(lambda c: api.access_request(c, resident))
        return result

    # -- the team overview --------------------------------------------------------------------

    def overview(self) -> TeamOverview:
        result: TeamOverview = self._call(api.team_overview)
        return result

    def overview_list(self, kind: str, login: str | None = None) -> list[TeamCaseloadRow]:
        if kind not in OVERVIEW_KINDS:
            raise ValueError(f"unknown overview list {kind!r}")
        result: list[TeamCaseloadRow] = self._call(
            lambda c: api.overview_list(c, kind, login))
        return result

    def export_overview(self, overview: TeamOverview, path: Path, team: str = "") -> int:
        """The overview as PDF for the team meeting (counts only); returns the page count."""
        from ..export.team_pdf import write_team_overview  # reportlab: only when exporting

        return write_team_overview(overview, path, team, protected=self._protected or ProtectedFiles())

    # -- the case discussion ------------------------------------------------------------------

    def new_meeting(self, held_on: date, title: str = "") -> str:
        result: str = self._call(lambda c: api.new_meeting(c, held_on, title.strip()))
        return result

    def meetings(self, since: date | None = None) -> list[Meeting]:
        result: list[Meeting] = self._call(lambda c: api.meetings(c, since))
        return result

    def meeting(self, meeting_id: str) -> Meeting:
        result: Meeting = self._call(lambda c: api.meeting(c, meeting_id))
        return result

    def bring_case(self, meeting_id: str, resident: str, question: str) -> str:
        question = _required(question)
        if len(question) > MAX_QUESTION:
            raise TeamRefused(TeamErrorCode.BAD_INPUT.value)
        result: str = self._call(lambda c: api.bring_case(c, meeting_id, resident, question))
        return result

    def record_case(self, case_id: str, participants: Sequence[str], advice: str,
                    agreements: Sequence[CaseAgreement]) -> tuple[CaseAgreement, ...]:
        """The outcome; the agreements land in the dossier's plan with the next sync."""
        kept = [a for a in agreements if a.what.strip()]
        result: tuple[CaseAgreement, ...] = self._call(lambda c: api.record_case(
            c, case_id, list(participants), advice.strip(), kept))
        return result

    def export_meeting(self, meeting: Meeting, path: Path, team: str = "") -> int:
        """Agenda and outcome as PDF with initials instead of names; returns the page count."""
        from ..export.team_pdf import write_case_discussion

        return write_case_discussion(meeting, path, team,
                                     protected=self._protected or ProtectedFiles())


def connect_with(address: ServerAddress, user: str, password: str | None) -> Callable[[], Connection]:
    """A connector for TeamWork from the team's login (the sync keeps it in the store)."""

    def connect() -> Connection:
        return connect_server(address, user, password)

    return connect
