"""The real team service behind the screens' seam (port.py): services/team_sync.py and
services/team_join.py, bound to this session's store, key and actor. Imported only in team
mode or when the professional opens Settings → Team…."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ...domain.team import ServerAddress
from .port import JoinSummary, ProgressCallback, TeamBackend, TeamPort

if TYPE_CHECKING:
    from ...services.session import Session


def _service(name: str) -> Any:
    # The services land with the sync branch; until then the screens run on stand-ins.
    return importlib.import_module(f"toegang_desktop.services.{name}")


def backend_for(session: Session) -> TeamBackend:
    store, key, actor = session.paths.store, session.key, session.access_log.actor

    def open_team() -> TeamPort:
        team: TeamPort = _service("team_sync").open_team_sync(store, key, actor)
        return team

    def join(address: ServerAddress, user: str, password: str, label: str,
             progress: ProgressCallback) -> JoinSummary:
        report = _service("team_join").join(store, key, actor, address, user, password,
                                            label, progress)
        return JoinSummary(str(getattr(report, "team_name", "")),
                           int(getattr(report, "dossiers", 0)),
                           int(getattr(report, "records", 0)))

    def leave() -> None:
        _service("team_join").leave(store, key, actor)

    return TeamBackend(open_team, join, leave)
