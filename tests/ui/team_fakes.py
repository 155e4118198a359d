"""Stand-ins for the team service at the screens' seam (ui/team/port.py): plain objects that
answer with the real domain values and record which thread called them."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from types import TracebackType

from toegang_desktop.domain.team import (
    Conflict,
    ServerAddress,
    SyncProgress,
    SyncReport,
    SyncStatus,
    TeamCaseloadRow,
)
from toegang_desktop.services.errors import TeamRefused, TeamUnreachable
from toegang_desktop.ui.team.port import JoinSummary, TeamBackend

__all__ = ["TeamRefused", "TeamUnreachable"]  # the tests raise the services' own errors

NOW = datetime(2026, 12, 7, 9, 32, tzinfo=UTC)


def conflict(n: int = 1, server: object = "Woont sinds maart bij haar zus.",
             pushed: object = "Woont alleen, zus komt dagelijks.") -> Conflict:
    return Conflict(
        conflict_id=f"0190c0de-0000-7000-8000-00000000000{n}", resident_id=n,
        resident_name=f"Fictief Voorbeeld {n}", table="domain_assessments", field="own_words",
        server_value=server, pushed_value=pushed, pushed_by="sam", pushed_at=NOW,
        server_by="Sanne Visser", server_at=NOW - timedelta(hours=2))


@dataclass
class FakeTeam:
    """One TeamSync as the screens see it; `shared` holds what all of them share."""

    shared: Shared

    def __enter__(self) -> FakeTeam:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.shared.closed += 1

    def status(self) -> SyncStatus:
        return self.shared.status

    def sync(self, progress: Callable[[SyncProgress], None] | None = None,
             should_stop: Callable[[], bool] | None = None) -> SyncReport:
        shared = self.shared
        with shared.lock:
            shared.running += 1
            shared.most_at_once = max(shared.most_at_once, shared.running)
        try:
            shared.threads.append(threading.get_ident())
            for step in range(shared.steps):
                if should_stop is not None and should_stop():
                    shared.stopped_early = True
                    break
                if progress is not None:
                    progress(SyncProgress("pull", step + 1, shared.steps))
                shared.gate.wait(10)  # a test can hold the sync here
            if shared.fail is not None:
                raise shared.fail
            shared.syncs += 1
            shared.status = replace(shared.status, last_synced_at=NOW, pending_operations=0,
                                    last_error="")
            return shared.report
        finally:
            with shared.lock:
                shared.running -= 1

    def conflicts(self) -> list[Conflict]:
        self.shared.threads.append(threading.get_ident())
        return list(self.shared.conflicts)

    def resolve_conflict(self, conflict_id: str, value: object) -> None:
        self.shared.resolved.append((conflict_id, value))
        self.shared.conflicts = [c for c in self.shared.conflicts if c.conflict_id != conflict_id]

    def take_along(self, resident_id: int, days: int) -> datetime:
        self.shared.threads.append(threading.get_ident())
        if self.shared.fail is not None:
            raise self.shared.fail
        self.shared.leases[resident_id] = NOW + timedelta(days=days)
        return NOW + timedelta(days=days)

    def return_along(self, resident_id: int) -> None:
        self.shared.leases.pop(resident_id, None)

    def team_caseload(self, search: str, limit: int = 200) -> list[TeamCaseloadRow]:
        rows = [replace(row, on_the_road_with=self.shared.status.member,
                        on_the_road_until=self.shared.leases[row.resident_id])
                if row.resident_id in self.shared.leases else row
                for row in self.shared.rows]
        return [row for row in rows if search.lower() in row.display_name.lower()][:limit]


@dataclass
class Shared:
    status: SyncStatus = field(default_factory=lambda: SyncStatus(
        joined=True, team_name="Team Noord", member="sam", last_synced_at=NOW))
    report: SyncReport = field(default_factory=SyncReport)
    steps: int = 1
    gate: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)
    fail: Exception | None = None
    running: int = 0
    most_at_once: int = 0
    syncs: int = 0
    stopped_early: bool = False
    threads: list[int] = field(default_factory=list)
    closed: int = 0
    opened: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    resolved: list[tuple[str, object]] = field(default_factory=list)
    leases: dict[int, datetime] = field(default_factory=dict)
    rows: list[TeamCaseloadRow] = field(default_factory=lambda: [
        TeamCaseloadRow("0190-a", "Fictief Voorbeeld 1", date(1950, 1, 2), "sam",
                        date(2026, 12, 20), held_here=True, resident_id=1),
        TeamCaseloadRow("0190-b", "Fictief Anders", date(1961, 5, 6), "Sanne Visser",
                        None, on_the_road_with="Sanne Visser",
                        on_the_road_until=NOW + timedelta(days=2)),
    ])
    joins: list[tuple[ServerAddress, str, str, str]] = field(default_factory=list)
    left: int = 0

    def __post_init__(self) -> None:
        self.gate.set()

    def open(self) -> FakeTeam:
        self.opened += 1
        return FakeTeam(self)

    def join(self, address: ServerAddress, user: str, password: str, label: str,
             progress: Callable[[SyncProgress], None]) -> JoinSummary:
        self.joins.append((address, user, password, label))
        if self.fail is not None:
            raise self.fail
        for done in range(1, 4):
            progress(SyncProgress("push", done, 3))
        return JoinSummary("Team Noord", 3, 41)

    def leave(self) -> None:
        self.left += 1

    def backend(self) -> TeamBackend:
        return TeamBackend(self.open, self.join, self.leave)
