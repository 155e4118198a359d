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
    AccessRequest,
    AccessRequestPerson,
    CaseAgreement,
    Colleague,
    DeviceLogLine,
    GlassView,
    HandoverProposal,
    Meeting,
    MeetingCase,
    OperationKind,
    OverviewRow,
    Participant,
    PulledRecord,
    PullPage,
    PushResult,
    PushStatus,
    ServerConflict,
    ServerInfo,
    TeamCaseloadRow,
    TeamHistoryEvent,
    TeamOperation,
    TeamOverview,
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


def _moment(value: object) -> datetime | None:
    """A timestamptz as jsonb gives it ("2026-12-06T21:30:00.123+00:00")."""
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _when(value: object) -> datetime:
    found = _moment(value)
    assert found is not None
    return found


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
    """The team's list (search: words anywhere in the name), in name order, with who is
    involved, the last contact and whether the coordinator is still in the team."""
    rows = _call(conn, "SELECT * FROM toegang_api.caseload(%s, %s)", (search, limit))
    return [TeamCaseloadRow(resident_uuid=str(r[0]), display_name=r[1], date_of_birth=r[2],
                            coordinator=r[4] or r[3], next_legal_term=r[5],
                            on_the_road_with=_text(r[7] or r[6]), on_the_road_until=r[8],
                            coordinator_login=r[3], on_the_road_login=_text(r[6]),
                            involved=_text(r[9]), last_contact=r[10],
                            coordinator_active=bool(r[11]), stand_in_for=_text(r[12]),
                            stand_in_until=r[13], involved_logins=tuple(r[14] or ()),
                            coordinator_contact=_text(r[15]))
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
    """The team leader's direct handover (a coordinator proposes one: propose_handover)."""
    _call(conn, "SELECT toegang_api.handover(%s, %s)", (uuid.UUID(resident), to_login))


def set_involved(conn: Connection, resident: str, login: str, involved: bool) -> None:
    _call(conn, "SELECT toegang_api.set_involved(%s, %s, %s)", (uuid.UUID(resident), login, involved))


# -- working as a team (db/server/0002_team_work.sql) -----------------------------------------

def involve(conn: Connection, resident: str, login: str, purpose: str,
            until: date | None = None) -> None:
    """Involve a colleague with a purpose (required) until `until` (inclusive, optional); their
    laptop pulls the whole dossier. By the coordinator or the team leader."""
    _call(conn, "SELECT toegang_api.involve(%s, %s, %s, %s)",
          (uuid.UUID(resident), login, purpose, until))


def end_involvement(conn: Connection, resident: str, login: str) -> None:
    _call(conn, "SELECT toegang_api.end_involvement(%s, %s)", (uuid.UUID(resident), login))


def team_members(conn: Connection) -> list[Colleague]:
    """The team's active professionals and team leaders, by name."""
    found = _one(conn, "SELECT toegang_api.team_members()")
    return [Colleague(x["login"], x["display_name"], TeamRole(x["role"])) for x in found]


def set_contact(conn: Connection, contact: str) -> None:
    """How residents reach the caller (the resident's report names the current coordinator)."""
    _call(conn, "SELECT toegang_api.set_contact(%s)", (contact,))


def propose_handover(conn: Connection, resident: str, to_login: str, running: str, agreed: str,
                     watch: str) -> str:
    """The coordinator proposes; coordination moves only when the colleague accepts."""
    return str(_one(conn, "SELECT toegang_api.propose_handover(%s, %s, %s, %s, %s)",
                    (uuid.UUID(resident), to_login, running, agreed, watch)))


def handovers(conn: Connection) -> list[HandoverProposal]:
    """Open proposals to the caller and from the caller."""
    found = _one(conn, "SELECT toegang_api.handovers()")
    return [HandoverProposal(h["handover_id"], h["resident_id"], h["resident_name"],
                             h["from_login"], h["from_name"], h["to_login"], h["to_name"],
                             h["running"], h["agreed"], h["watch"], _when(h["proposed_at"]))
            for h in found]


def answer_handover(conn: Connection, handover_id: str, accept: bool | None,
                    answer: str = "") -> None:
    """Accept (coordination moves) or decline (a reason is required) as the proposed colleague;
    accept=None withdraws the proposal (as its proposer)."""
    _call(conn, "SELECT toegang_api.answer_handover(%s, %s, %s)",
          (uuid.UUID(handover_id), accept, answer))


def stand_in(conn: Connection, residents: Sequence[str], to_login: str, reason: str,
             until: date) -> int:
    """The team leader: `to_login` coordinates these dossiers until `until`, when coordination
    returns. Returns how many moved."""
    return int(_one(conn, "SELECT toegang_api.stand_in(%s, %s, %s, %s)",
                    ([uuid.UUID(r) for r in residents], to_login, reason, until)))


def end_stand_in(conn: Connection, resident: str) -> None:
    _call(conn, "SELECT toegang_api.end_stand_in(%s)", (uuid.UUID(resident),))


def break_glass(conn: Connection, resident: str, reason: str) -> datetime | None:
    """Read access until the end of the day, with a reason (TeamError REASON_REQUIRED without
    one). None when the caller holds the dossier already."""
    return _moment(_one(conn, "SELECT toegang_api.break_glass(%s, %s)", (uuid.UUID(resident), reason)))


def team_overview(conn: Connection) -> TeamOverview:
    found = _one(conn, "SELECT toegang_api.team_overview()")
    totals = found["totals"]
    people = tuple(OverviewRow(p["login"], p["display_name"], bool(p["in_team"]),
                               *(int(p[k]) for k in ("coordinated", "involved", "overdue_terms",
                                                     "soon_terms", "signals_to_weigh",
                                                     "plans_past_evaluation", "open_conflicts",
                                                     "broken_glass")))
                   for p in found["people"])
    today = _date(found["today"])
    assert today is not None
    return TeamOverview(today, int(found["soon_days"]), int(found["glass_days"]), people,
                        int(totals["dossiers"]), int(totals["without_coordinator"]),
                        int(totals["broken_glass"]), int(totals["open_handovers"]),
                        int(totals["stand_ins"]))


def overview_list(conn: Connection, kind: str, login: str | None = None) -> list[TeamCaseloadRow]:
    """The dossiers behind one count of the overview (domain/team.OVERVIEW_KINDS)."""
    rows = _call(conn, "SELECT * FROM toegang_api.overview_list(%s, %s)", (kind, login))
    return [TeamCaseloadRow(resident_uuid=str(r[0]), display_name=r[1], date_of_birth=r[2],
                            coordinator=r[4] or r[3], next_legal_term=r[5], coordinator_login=r[3])
            for r in rows]


def new_meeting(conn: Connection, held_on: date, title: str = "") -> str:
    return str(_one(conn, "SELECT toegang_api.new_meeting(%s, %s)", (held_on, title)))


def meetings(conn: Connection, since: date | None = None) -> list[Meeting]:
    found = _one(conn, "SELECT toegang_api.meetings(%s)", (since,))
    return [Meeting(x["meeting_id"], date.fromisoformat(x["held_on"]), x["title"],
                    case_count=int(x["cases"])) for x in found]


def bring_case(conn: Connection, meeting_id: str, resident: str, question: str) -> str:
    """The coordinator puts the dossier on the agenda with a question (at most 600 characters)."""
    return str(_one(conn, "SELECT toegang_api.bring_case(%s, %s, %s)",
                    (uuid.UUID(meeting_id), uuid.UUID(resident), question)))


def _agreements(found: object) -> tuple[CaseAgreement, ...]:
    assert isinstance(found, list)
    return tuple(CaseAgreement(a["what"], a.get("who") or "", _date(a.get("due_date")),
                               str(a.get("record_id") or "")) for a in found)


def meeting(conn: Connection, meeting_id: str) -> Meeting:
    found = _one(conn, "SELECT toegang_api.meeting(%s)", (uuid.UUID(meeting_id),))
    cases = tuple(MeetingCase(
        c["case_id"], c["resident_id"], c["resident_name"], c["resident_initials"],
        int(c["position"]), c["brought_by"], c["brought_by_name"], c["brought_by_initials"],
        c["question"], tuple(Participant(p["login"], p["name"], p["initials"])
                             for p in c["participants"]),
        c["advice"], _agreements(c["agreements"]), _moment(c.get("recorded_at")))
        for c in found["cases"])
    return Meeting(found["meeting_id"], date.fromisoformat(found["held_on"]), found["title"],
                   cases, len(cases))


def record_case(conn: Connection, case_id: str, participants: Sequence[str], advice: str,
                agreements: Sequence[CaseAgreement]) -> tuple[CaseAgreement, ...]:
    """Who took part (logins), the advice, who does what next; each agreement becomes a record
    of the dossier's plan on the server (the laptops pull it). Returns them with their ids."""
    payload = [{"what": a.what, "who": a.who,
                "due_date": a.due_date.isoformat() if a.due_date else None} for a in agreements]
    found = _one(conn, "SELECT toegang_api.record_case(%s, %s, %s, %s)",
                 (uuid.UUID(case_id), list(participants), advice, Jsonb(payload)))
    return _agreements(found)


def team_history(conn: Connection, resident: str) -> list[TeamHistoryEvent]:
    found = _one(conn, "SELECT toegang_api.team_history(%s)", (uuid.UUID(resident),))
    return [TeamHistoryEvent(_when(e["at"]), e["kind"], _text(e.get("who")), _text(e.get("text")),
                             _moment(e.get("until")), _text(e.get("other"))) for e in found]


def access_request(conn: Connection, resident: str) -> AccessRequest:
    """Art. 15 AVG: every professional who saw the dossier; for the privacy officer and the
    dossier's coordinator."""
    found = _one(conn, "SELECT toegang_api.access_request(%s)", (uuid.UUID(resident),))
    people = tuple(AccessRequestPerson(p["login"], p["name"], p["role"], _when(p["first"]),
                                       _when(p["last"]), int(p["times"]), tuple(p["actions"]))
                   for p in found["people"])
    glass = tuple(GlassView(g["login"], g["name"], _when(g["at"]), _when(g["until"]), g["reason"])
                  for g in found["broken_glass"])
    return AccessRequest(people, glass)


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
