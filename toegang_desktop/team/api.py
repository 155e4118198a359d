"""One typed function per function of the team API (docs/team-protocol.md). Each is one
statement, so one server transaction: it happened whole or not at all. Errors come out as
TeamError(code) (the server refused) or TeamUnreachable (try again later)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from ..domain.team import (
    DeviceLogLine,
    OperationKind,
    PulledRecord,
    PullPage,
    PushResult,
    PushStatus,
    ServerConflict,
    ServerInfo,
    TeamCaseloadRow,
    TeamOperation,
    TeamRole,
    WhoAmI,
)
from .connection import call_error
from .server_schema import check_not_newer

Connection = psycopg.Connection[Any]


def _call(conn: Connection, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
    try:
        return conn.execute(sql, params).fetchall()
    except psycopg.Error as error:
        raise call_error(error) from error


def _one(conn: Connection, sql: str, params: Sequence[object] = ()) -> Any:
    rows = _call(conn, sql, params)
    return rows[0][0] if rows else None


def _iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


# -- everyone ---------------------------------------------------------------------------------

def whoami(conn: Connection) -> WhoAmI:
    found = _one(conn, "SELECT toegang_api.whoami()")
    return WhoAmI(found["login"], found["display_name"], TeamRole(found["role"]),
                  found.get("team_id"), found.get("team_name"))


def server_info(conn: Connection) -> ServerInfo:
    """The server's schema version, epoch and clock; raises TeamError(SCHEMA_NEWER) when the
    server's schema is newer than this app knows (update the app first)."""
    found = _one(conn, "SELECT toegang_api.server_info()")
    info = ServerInfo(int(found["schema_version"]), str(found["epoch"]),
                      datetime.fromisoformat(found["server_time"]))
    check_not_newer(info.schema_version)
    return info


def register_device(conn: Connection, device: str, label: str) -> None:
    _call(conn, "SELECT toegang_api.register_device(%s, %s)", (uuid.UUID(device), label))


def upload_log(conn: Connection, device: str, lines: Sequence[DeviceLogLine]) -> int:
    """Offline access-log lines, kept with the device and its time; a line sent twice is kept
    once. Returns how many were new."""
    payload = [{"line_id": line.line_id, "at": _iso(line.at), "action": line.action,
                "resident_id": line.resident_id, "subject": line.subject, "detail": line.detail,
                "result": line.result, "actor": line.actor} for line in lines]
    return int(_one(conn, "SELECT toegang_api.upload_log(%s, %s)",
                    (uuid.UUID(device), Jsonb(payload))))


# -- professionals and team leaders -----------------------------------------------------------

def operation_json(op: TeamOperation) -> dict[str, object]:
    """An operation as the wire has it (docs/team-protocol.md, "Operations")."""
    out: dict[str, object] = {"op_id": op.op_id, "kind": op.kind.value, "table": op.table,
                              "record_id": op.record_id, "resident_id": op.resident_id,
                              "at": _iso(op.at)}
    if op.kind is OperationKind.UPDATE:
        out.update(field=op.field, before=op.before, after=op.after)
    if op.data is not None:
        out["data"] = op.data
    return out


def push(conn: Connection, device: str, ops: Sequence[TeamOperation]) -> list[PushResult]:
    """Send operations, oldest first; one result per operation, in the same order. Safe to
    send again after a lost answer: what was applied answers DUPLICATE."""
    found = _one(conn, "SELECT toegang_api.push(%s, %s)",
                 (uuid.UUID(device), Jsonb([operation_json(op) for op in ops])))
    return [PushResult(r["op_id"], PushStatus(r["status"]), r.get("reason")) for r in found]


def pull(conn: Connection, device: str, since: int, since_change: str | None,
         limit: int = 500) -> PullPage:
    found = _one(conn, "SELECT toegang_api.pull(%s, %s, %s, %s)",
                 (uuid.UUID(device), since,
                  uuid.UUID(since_change) if since_change else None, limit))
    records = tuple(PulledRecord(int(r["seq"]), r["table"], r["record_id"], r["resident_id"],
                                 bool(r["deleted"]), r["data"]) for r in found["records"])
    return PullPage(bool(found["reset"]), int(found["high"]), found.get("high_change"),
                    bool(found["more"]), records, tuple(found["removed"]))


def caseload(conn: Connection, search: str = "", limit: int = 200) -> list[TeamCaseloadRow]:
    """The team's list (search: words anywhere in the name), in name order."""
    rows = _call(conn, "SELECT * FROM toegang_api.caseload(%s, %s)", (search, limit))
    return [TeamCaseloadRow(resident_uuid=str(r[0]), display_name=r[1], date_of_birth=r[2],
                            coordinator=r[4] or r[3], next_legal_term=r[5],
                            on_the_road_with=_text(r[7] or r[6]), on_the_road_until=r[8],
                            coordinator_login=r[3], on_the_road_login=_text(r[6]))
            for r in rows]


def take_lease(conn: Connection, device: str, resident: str, until: datetime) -> datetime:
    """Take the dossier along until `until` (at most 7 days: the server shortens it); returns
    the lease's end. TeamError(LEASED) when a colleague has it along."""
    end: datetime = _one(conn, "SELECT toegang_api.take_lease(%s, %s, %s)",
                         (uuid.UUID(device), uuid.UUID(resident), until))
    return end


def return_lease(conn: Connection, device: str, resident: str) -> None:
    _call(conn, "SELECT toegang_api.return_lease(%s, %s)", (uuid.UUID(device), uuid.UUID(resident)))


def conflicts(conn: Connection) -> list[ServerConflict]:
    """Open conflicts on the dossiers the caller coordinates, and those the caller pushed."""
    found = _one(conn, "SELECT toegang_api.conflicts()")
    return [ServerConflict(c["conflict_id"], c["resident_id"], c["resident_name"], c["table"],
                           c["record_id"], c.get("field"), c.get("before"), c.get("server_value"),
                           c.get("pushed_value"), c["pushed_by"], _text(c.get("pushed_by_name")),
                           _text(c.get("pushed_at")), c["reason"])
            for c in found]


def resolve_conflict(conn: Connection, conflict_id: str, value: object) -> None:
    """Settle a conflict with the chosen (or merged) value; for a delete under a lease
    (field None) True keeps the record and False deletes it."""
    _call(conn, "SELECT toegang_api.resolve_conflict(%s, %s)",
          (uuid.UUID(conflict_id), Jsonb(value)))


def handover(conn: Connection, resident: str, to_login: str) -> None:
    _call(conn, "SELECT toegang_api.handover(%s, %s)", (uuid.UUID(resident), to_login))


def set_involved(conn: Connection, resident: str, login: str, involved: bool) -> None:
    _call(conn, "SELECT toegang_api.set_involved(%s, %s, %s)", (uuid.UUID(resident), login, involved))


# -- application manager ----------------------------------------------------------------------

def add_team(conn: Connection, name: str) -> str:
    return str(_one(conn, "SELECT toegang_api.add_team(%s)", (name,)))


def add_member(conn: Connection, login: str, name: str, team: str | None, role: TeamRole,
               verifier: str) -> None:
    """`verifier` is a SCRAM-SHA-256 verifier (admin.scram_verifier): never the password."""
    _call(conn, "SELECT toegang_api.add_member(%s, %s, %s, %s, %s)",
          (login, name, team, role.value, verifier))


def set_role(conn: Connection, login: str, role: TeamRole, team: str | None = None) -> None:
    _call(conn, "SELECT toegang_api.set_role(%s, %s, %s)", (login, role.value, team))


def set_password(conn: Connection, login: str, verifier: str) -> None:
    _call(conn, "SELECT toegang_api.set_password(%s, %s)", (login, verifier))


def remove_member(conn: Connection, login: str) -> None:
    _call(conn, "SELECT toegang_api.remove_member(%s)", (login,))


def revoke_device(conn: Connection, device: str) -> None:
    _call(conn, "SELECT toegang_api.revoke_device(%s)", (uuid.UUID(device),))


def status(conn: Connection) -> dict[str, Any]:
    """Teams, members and devices (no dossier content), and the schema version."""
    found: dict[str, Any] = _one(conn, "SELECT toegang_api.status()")
    return found


# -- privacy officer --------------------------------------------------------------------------

def access_log(conn: Connection, resident: str | None = None, since: datetime | None = None,
               until: datetime | None = None, limit: int = 1000) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = _one(
        conn, "SELECT toegang_api.access_log(%s, %s, %s, %s)",
        (uuid.UUID(resident) if resident else None, since, until, limit))
    return found


def verify_access_log(conn: Connection) -> dict[str, Any]:
    found: dict[str, Any] = _one(conn, "SELECT toegang_api.verify_access_log()")
    return found
