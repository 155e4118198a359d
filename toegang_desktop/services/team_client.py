"""The team server as the sync sees it (services/team_sync.TeamClient), over team/: one
connection, the wire's plain shapes in and out, team/'s errors as the services' own
(TeamUnreachable: try again later; TeamRefused(code): the screens word the code)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, TypeVar

from ..domain.team import DeviceLogLine, OperationKind, TeamCaseloadRow, TeamErrorCode, TeamOperation
from ..store.sync_outbox import Operation
from ..store.sync_state import TeamLogin
from ..team import api
from ..team.connection import connect as connect_server
from ..team.errors import TeamError
from ..team.errors import TeamUnreachable as ServerUnreachable
from .errors import TeamRefused, TeamUnreachable

T = TypeVar("T")
# team/'s codes for what happens before the server answers, as the screens name them
# (wording/team_messages.py).
_CODES = {TeamErrorCode.LOGIN_FAILED: "password", TeamErrorCode.CERTIFICATE: "certificate"}


@contextmanager
def _translated() -> Iterator[None]:
    try:
        yield
    except ServerUnreachable as error:
        raise TeamUnreachable(str(error)) from error
    except TeamError as error:
        raise TeamRefused(_CODES.get(error.code, error.code.value), error.message) from error


def connect(login: TeamLogin) -> ServerClient:
    """A connection to the team's server; refused (TG006) when the server's schema is newer
    than this app knows: the laptop then works on its own until the app is updated."""
    with _translated():
        conn = connect_server(login.address, login.user, login.password)
        try:
            api.server_info(conn)
        except BaseException:
            conn.close()
            raise
        return ServerClient(conn)


class ServerClient:
    def __init__(self, conn: api.Connection) -> None:
        self._conn = conn

    def _call(self, call: Callable[[], T]) -> T:
        with _translated():
            return call()

    def whoami(self) -> dict[str, Any]:
        me = self._call(lambda: api.whoami(self._conn))
        return {"login": me.login, "display_name": me.display_name, "role": me.role.value,
                "team_name": me.team_name or ""}

    def register_device(self, device: str, label: str) -> None:
        self._call(lambda: api.register_device(self._conn, device, label))

    def push(self, device: str, ops: list[Operation]) -> list[tuple[str, str]]:
        wire = [TeamOperation(
            op_id=op.op_id, kind=OperationKind(op.kind), table=op.table, record_id=op.record_id,
            resident_id=op.resident_id or "", at=_moment(op.at), field=op.field,
            before=op.before, after=op.after, data=op.data) for op in ops]
        results = self._call(lambda: api.push(self._conn, device, wire))
        return [(r.op_id, r.status.value) for r in results]

    def pull(self, device: str, since: int, since_change: str | None,
             limit: int) -> dict[str, Any]:
        page = self._call(lambda: api.pull(self._conn, device, since, since_change, limit))
        return {"reset": page.reset, "high": page.high, "high_change": page.high_change,
                "more": page.more, "removed": list(page.removed),
                "records": [{"seq": r.seq, "table": r.table, "record_id": r.record_id,
                             "resident_id": r.resident_id, "deleted": r.deleted,
                             "data": r.data} for r in page.records]}

    def caseload(self, search: str, limit: int) -> list[TeamCaseloadRow]:
        return self._call(lambda: api.caseload(self._conn, search, limit))

    def take_lease(self, device: str, resident: str, until: datetime) -> datetime:
        return self._call(lambda: api.take_lease(self._conn, device, resident, until))

    def return_lease(self, device: str, resident: str) -> None:
        self._call(lambda: api.return_lease(self._conn, device, resident))

    def conflicts(self) -> list[dict[str, Any]]:
        found = self._call(lambda: api.conflicts(self._conn))
        return [{"conflict_id": c.conflict_id, "resident_uuid": c.resident_uuid,
                 "resident_name": c.resident_name, "table": c.table, "field": c.field,
                 "server_value": c.server_value, "pushed_value": c.pushed_value,
                 "pushed_by": c.pushed_by, "pushed_by_name": c.pushed_by_name,
                 "pushed_at": c.pushed_at, "before": c.before, "reason": c.reason}
                for c in found]

    def resolve_conflict(self, conflict_id: str, value: object) -> None:
        self._call(lambda: api.resolve_conflict(self._conn, conflict_id, value))

    def upload_log(self, device: str, lines: list[dict[str, Any]]) -> int:
        wire = [DeviceLogLine(line_id=str(x["line_id"]), at=_moment(x["at"]),
                              action=str(x["action"]), resident_id=x.get("resident_id"),
                              subject=str(x.get("subject") or ""), detail=str(x.get("detail") or ""),
                              result=str(x.get("result") or "ok"), actor=str(x.get("actor") or ""))
                for x in lines]
        return self._call(lambda: api.upload_log(self._conn, device, wire))

    def close(self) -> None:
        self._conn.close()


def _moment(text: object) -> datetime:
    found = datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    return found if found.tzinfo else found.replace(tzinfo=UTC)
