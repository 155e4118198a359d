"""What the team screens need from the laptop's team service, and nothing more: the seam
between the screens and services/team_sync.py + services/team_join.py (docs/team-protocol.md,
"The laptop's service"). The screens are built and tested against these shapes; the window
hands them the real service (team_backend.py) and the tests plain stand-ins."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from types import TracebackType
from typing import TYPE_CHECKING, Protocol

from ...domain.team import (
    Conflict,
    ServerAddress,
    SyncProgress,
    SyncReport,
    SyncStatus,
    TeamCaseloadRow,
)
from ...services.errors import TeamRefused, TeamUnreachable
from ...wording.team_messages import UNREACHABLE

if TYPE_CHECKING:
    from ...services.team_work import TeamWork

ProgressCallback = Callable[[SyncProgress], None]


class TeamPort(Protocol):
    """services.team_sync.TeamSync as the screens use it. One is opened per thread: its store
    connection belongs to the thread that opened it."""

    def status(self) -> SyncStatus: ...

    def sync(self, progress: ProgressCallback | None = None,
             should_stop: Callable[[], bool] | None = None) -> SyncReport: ...

    def conflicts(self) -> list[Conflict]: ...

    def resolve_conflict(self, conflict_id: str, value: object) -> None: ...

    def take_along(self, resident_id: int, days: int) -> datetime: ...

    def return_along(self, resident_id: int) -> None: ...

    def team_caseload(self, search: str, limit: int = 200) -> list[TeamCaseloadRow]: ...

    # working as a team (issue 17): services/team_work.TeamWork over its own connection
    def uuid_of(self, resident_id: int) -> str: ...

    def local_id(self, resident_uuid: str) -> int | None: ...

    def role(self) -> str: ...

    def team_work(self) -> TeamWork: ...

    def __enter__(self) -> TeamPort: ...

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> object: ...


# Opens a TeamPort on the calling thread (services.team_sync.open_team_sync with the store,
# key and actor filled in).
TeamOpener = Callable[[], TeamPort]


@dataclass(frozen=True)
class JoinSummary:
    """What went up when the laptop joined, for the last page of the join dialog."""

    team_name: str
    dossiers: int
    records: int


# join(address, user, password, device_label, progress) -> what went up; runs on a worker.
Joiner = Callable[[ServerAddress, str, str, str, ProgressCallback], JoinSummary]
Leaver = Callable[[], None]

# The longest a sync may keep the window waiting when it is locked or closed.
STOP_TIMEOUT_MS = 5000


def failure_code(error: BaseException) -> str | None:
    """The problem code of a team failure the screens word (wording/team_messages.py), or None
    when it is no team failure (a bug: it goes to the unexpected-error dialog). Offline
    (TeamUnreachable): nothing lost, the next attempt goes on; refused (TeamRefused): its code."""
    if isinstance(error, TeamUnreachable):
        return UNREACHABLE
    if isinstance(error, TeamRefused):
        return error.code
    return None


@dataclass(frozen=True)
class TeamBackend:
    """The service calls the window needs, bound to its store, key and actor (backend.py)."""

    open: TeamOpener
    join: Joiner
    leave: Leaver
