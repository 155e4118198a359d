"""The real team service behind the screens' seam (port.py): services/team_sync.py and
services/team_join.py, bound to this session's store, key and actor. Imported only in team
mode or when the professional opens Settings → Team…."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...domain.team import ServerAddress
from .port import JoinSummary, ProgressCallback, TeamBackend, TeamPort

if TYPE_CHECKING:
    from ...services.session import Session


def backend_for(session: Session) -> TeamBackend:
    from ...services import team_join, team_sync  # team mode only: off the start path

    store, key, actor = session.paths.store, session.key, session.access_log.actor

    def open_team() -> TeamPort:
        # The rules make the summaries' derived fields (signals not yet weighed) for the
        # team leader's overview; loaded once by the session, read-only on the worker.
        return team_sync.open_team_sync(store, key, actor, rules=session.content.rules)

    def join(address: ServerAddress, user: str, password: str, label: str,
             progress: ProgressCallback) -> JoinSummary:
        report = team_join.join(store, key, actor, address, user, password, label, progress)
        return JoinSummary(report.team_name, report.dossiers, report.records)

    def leave() -> None:
        team_join.leave(store, key, actor)

    return TeamBackend(open_team, join, leave)
