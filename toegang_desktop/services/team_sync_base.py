"""What services/team_sync.py and its parts share (docs/team-protocol.md, "The laptop's
service"): the team server as the sync sees it (`TeamClient`, made by `connect_client`), the
progress and stop callbacks, and the running count a sync reports."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from ..domain.team import SyncProgress, SyncReport, TeamCaseloadRow
from ..store.sync_outbox import Operation
from ..store.sync_state import TeamLogin

Progress = Callable[[SyncProgress], None]
ShouldStop = Callable[[], bool]


class TeamClient(Protocol):
    """What the sync needs of the team server, in the wire's plain shapes. Raises
    TeamUnreachable or TeamRefused (services/team_client.py makes one over team/)."""

    def whoami(self) -> dict[str, Any]: ...  # login, display_name, role, team_name

    def register_device(self, device: str, label: str) -> None: ...

    def push(self, device: str, ops: list[Operation]) -> list[tuple[str, str]]: ...

    def pull(self, device: str, since: int, since_change: str | None,
             limit: int) -> dict[str, Any]: ...

    def caseload(self, search: str, limit: int) -> list[TeamCaseloadRow]: ...

    def take_lease(self, device: str, resident: str, until: datetime) -> datetime: ...

    def return_lease(self, device: str, resident: str) -> None: ...

    def conflicts(self) -> list[dict[str, Any]]: ...

    def resolve_conflict(self, conflict_id: str, value: object) -> None: ...

    def upload_log(self, device: str, lines: list[dict[str, Any]]) -> int: ...

    def close(self) -> None: ...


Connector = Callable[[TeamLogin], TeamClient]


def connect_client(login: TeamLogin) -> TeamClient:
    """The real client (imported here: psycopg loads only when a team is reached)."""
    from .team_client import connect

    return connect(login)


@dataclass
class _Tally:
    pushed: int = 0
    duplicates: int = 0
    conflicts: int = 0
    refused: int = 0
    pulled: int = 0
    removed: int = 0
    log_lines: int = 0
    full_resync: bool = False
    statuses: dict[str, int] = field(default_factory=dict)

    def report(self) -> SyncReport:
        return SyncReport(self.pushed, self.duplicates, self.conflicts, self.refused, self.pulled,
                          self.removed, self.log_lines, self.full_resync)


