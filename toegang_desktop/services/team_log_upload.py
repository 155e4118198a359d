"""The access-log upload of a sync (docs/team-protocol.md): the lines this laptop wrote since
the last upload (offline work too), kept on the server with the device and the device's time.
Split from services/team_sync.py, which calls it between the push and the pull."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from ..domain.team import SyncProgress
from ..store.database import Database
from ..store.sync_state import TeamStore

LOG_BATCH = 1000  # access-log lines per upload


class LogReceiver(Protocol):
    def upload_log(self, device: str, lines: list[dict[str, Any]]) -> int: ...


def upload_log(db: Database, team: TeamStore, client: LogReceiver,
               progress: Callable[[SyncProgress], None] | None) -> int:
    """Upload in batches, each batch's end kept as the new position; returns how many lines
    the server took."""
    device = team.device_id()
    taken = 0
    while True:
        since = team.position().log_uploaded_through
        rows = db.execute(
            "SELECT l.id, l.at, l.actor, l.workstation, l.action, l.detail, l.result,"
            " r.uuid, l.conversation_id FROM access_log l LEFT JOIN residents r"
            " ON r.id = l.resident_id WHERE l.id > ? ORDER BY l.id LIMIT ?",
            [since, LOG_BATCH]).fetchall()
        if not rows:
            return taken
        lines = [{"line_id": str(line_id), "at": at, "actor": f"{actor}@{workstation}",
                  "action": action, "detail": detail, "result": result,
                  "resident_id": resident, "subject": "conversation" if conversation else ""}
                 for line_id, at, actor, workstation, action, detail, result, resident,
                 conversation in rows]
        taken += client.upload_log(device, lines)
        team.log_uploaded(int(rows[-1][0]))
        if progress is not None:
            progress(SyncProgress("log", taken, 0))
