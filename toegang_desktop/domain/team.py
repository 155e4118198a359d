"""The team: what the laptop knows about its team server, its sync and its conflicts.

Plain values shared by the sync service (services/team_sync.py), the server client (team/)
and the screens. No SQL, no network, no Qt. The wire format itself is described in
docs/team-protocol.md.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime


class TeamRole(enum.StrEnum):
    """What a member may do on the server (the server checks it on every call)."""

    PROFESSIONAL = "professional"
    TEAM_LEADER = "team_leader"
    APPLICATION_MANAGER = "application_manager"  # teams and members, never dossier content
    PRIVACY_OFFICER = "privacy_officer"  # the access log and access requests


class OperationKind(enum.StrEnum):
    """One local change as it waits in the outbox."""

    INSERT = "insert"  # a new record, whole (append-only records are only ever inserted)
    UPDATE = "update"  # one field: the value before and the value after
    DELETE = "delete"
    SUMMARY = "summary"  # the derived caseload fields (next legal term): nobody typed them


class PushStatus(enum.StrEnum):
    APPLIED = "applied"
    DUPLICATE = "duplicate"  # the same operation id was applied before: nothing doubled
    CONFLICT = "conflict"  # the server's value was no longer the value before: both kept
    REFUSED = "refused"  # no access, revoked device, leased by a colleague (reason says)


@dataclass(frozen=True)
class ServerAddress:
    """Where the team's PostgreSQL server is and how its certificate is checked."""

    host: str
    port: int = 5432
    database: str = "toegang"
    # "verify-full" in production; "disable" is only for a server on this very machine.
    tls_mode: str = "verify-full"
    ca_certificate_pem: str = ""  # the municipality's CA, kept inside the encrypted store


@dataclass(frozen=True)
class SyncStatus:
    """Where the sync stands, for the status bar; read from the local store only."""

    joined: bool
    team_name: str = ""
    member: str = ""
    last_synced_at: datetime | None = None  # UTC
    pending_operations: int = 0
    open_conflicts: int = 0
    last_error: str = ""  # a problem code from the last attempt ("" when it went well)


@dataclass(frozen=True)
class SyncProgress:
    """One step of a (possibly long) sync, for a progress bar that can be left running."""

    phase: str  # "push" | "pull" | "log"
    done: int
    total: int  # 0 when not known yet


@dataclass(frozen=True)
class SyncReport:
    pushed: int = 0
    duplicates: int = 0
    conflicts: int = 0
    refused: int = 0
    pulled: int = 0
    removed_dossiers: int = 0
    log_lines_uploaded: int = 0
    full_resync: bool = False  # the server's history went back (restored backup)


@dataclass(frozen=True)
class Conflict:
    """Two values for one field: the server's (a colleague's) and this laptop's. Both kept."""

    conflict_id: str
    resident_id: int | None  # the local dossier, when this laptop holds it
    resident_name: str
    table: str
    field: str
    server_value: object
    pushed_value: object
    pushed_by: str
    pushed_at: datetime
    # Who put the server's value there and when, when the server knows (the screen says
    # "who and when" for both sides; empty/None: only "on the server").
    server_by: str = ""
    server_at: datetime | None = None
    # Which record, in words, when the laptop knows it ("Financiën, gesprek van 02-12-2026"):
    # a dossier has many life domains with the same fields.
    record_label: str = ""


@dataclass(frozen=True)
class TeamCaseloadRow:
    """One resident on the team's list: enough to find them, nothing more."""

    resident_uuid: str
    display_name: str
    date_of_birth: date | None
    coordinator: str
    next_legal_term: date | None
    on_the_road_with: str = ""  # the colleague who took the dossier along ("" when nobody)
    on_the_road_until: datetime | None = None
    held_here: bool = False  # the full dossier is on this laptop
    coordinator_login: str = ""  # the coordinator's server login (the handover's p_to)
    on_the_road_login: str = ""
    resident_id: int | None = None  # the local dossier's id when held here (to open it)
    involved: str = ""  # the involved colleagues' names, comma-separated
    last_contact: date | None = None
    coordinator_active: bool = True  # False: the coordinator left the team (red for the leader)
    stand_in_for: str = ""  # the coordinator a colleague stands in for ("" when nobody)
    stand_in_until: datetime | None = None
    involved_logins: tuple[str, ...] = ()
    coordinator_contact: str = ""  # how residents reach the coordinator (their own words)


class TeamErrorCode(enum.StrEnum):
    """Why the team server said no (team/api.py raises TeamError with one of these)."""

    NOT_A_MEMBER = "TG001"
    NO_ACCESS = "TG002"  # to this dossier
    DEVICE_REVOKED = "TG003"
    LEASED = "TG004"  # taken along by a colleague
    NOT_ALLOWED = "TG005"  # for this role
    SCHEMA_NEWER = "TG006"  # the server's schema is newer than this app
    REASON_REQUIRED = "TG007"  # no reason (break the glass, stand in), purpose or note given
    NOT_OPEN = "TG008"  # the handover (or stand-in) was answered, withdrawn or ended already
    END_DATE = "TG009"  # the end date lies in the past
    NO_PLAN = "TG010"  # the dossier has no conversation yet to hold an agreement
    BAD_INPUT = "TG011"  # too long, empty, or to oneself (the message says what)
    LOGIN_FAILED = "login_failed"  # user name or password wrong, or the login was removed
    CERTIFICATE = "certificate"  # the server's certificate did not check out
    SERVER_ERROR = "server_error"  # anything else the server refused (the message says what)


@dataclass(frozen=True)
class TeamOperation:
    """One operation as it goes up in a push (docs/team-protocol.md, "Operations")."""

    op_id: str
    kind: OperationKind
    table: str
    record_id: str
    resident_id: str
    at: datetime  # the device's clock (UTC); the server keeps it as told
    field: str | None = None  # update only
    before: object = None  # update only: a JSON value
    after: object = None  # update only: a JSON value
    data: dict[str, object] | None = None  # insert and summary


@dataclass(frozen=True)
class PushResult:
    op_id: str
    status: PushStatus
    reason: str | None = None  # e.g. "no_access", "replay", "leased", "changed", "append_only"


@dataclass(frozen=True)
class PulledRecord:
    seq: int
    table: str
    record_id: str
    resident_id: str
    deleted: bool
    data: dict[str, object]


@dataclass(frozen=True)
class PullPage:
    """One page of a pull. `high`/`high_change` are what the next pull passes as since."""

    reset: bool  # the server went back (restored backup): resync in full, keep the outbox
    high: int
    high_change: str | None
    more: bool
    records: tuple[PulledRecord, ...]
    removed: tuple[str, ...]  # resident uuids no longer in this professional's scope


@dataclass(frozen=True)
class ServerConflict:
    """An open conflict as the server keeps it (the laptop maps resident_uuid to its dossier)."""

    conflict_id: str
    resident_uuid: str
    resident_name: str
    table: str
    record_id: str
    field: str | None  # None: a delete made while a colleague had the dossier along
    before: object
    server_value: object
    pushed_value: object
    pushed_by: str
    pushed_by_name: str
    pushed_at: str  # the pushing device's clock, as it told
    reason: str  # "changed" | "leased"


@dataclass(frozen=True)
class DeviceLogLine:
    """An access-log line a laptop recorded while offline, uploaded once (by line_id)."""

    line_id: str
    at: datetime  # the device's clock
    action: str
    resident_id: str | None = None
    subject: str = ""
    detail: str = ""
    result: str = "ok"
    actor: str = ""  # the laptop's own actor (OS user, workstation)


@dataclass(frozen=True)
class WhoAmI:
    login: str
    display_name: str
    role: TeamRole
    team_id: str | None
    team_name: str | None


@dataclass(frozen=True)
class ServerInfo:
    schema_version: int
    epoch: str  # made at `server init`: the laptop recognises its server by it
    server_time: datetime


# -- working as a team (issue 17) ------------------------------------------------------------

# Dutch name particles that give no initial (as the server's toegang.initials).
_PARTICLES = frozenset({"van", "de", "der", "den", "het", "ten", "ter", "te", "in", "op", "'t"})


def initials_of(name: str) -> str:
    """"Anna van der Berg" -> "A.B.": a case discussion's PDF names nobody in full."""
    words = [w for w in name.split() if w.lower() not in _PARTICLES]
    return "".join(f"{w[0].upper()}." for w in words if w[0].isalnum())



@dataclass(frozen=True)
class Colleague:
    """A member of the caller's team who works on dossiers (to involve, hand over to, ...)."""

    login: str
    display_name: str
    role: TeamRole


@dataclass(frozen=True)
class HandoverProposal:
    """A coordinator proposes a colleague; only the colleague's accept moves coordination."""

    handover_id: str
    resident_uuid: str
    resident_name: str
    from_login: str
    from_name: str
    to_login: str
    to_name: str
    running: str  # what runs
    agreed: str  # what was agreed
    watch: str  # what to watch
    proposed_at: datetime


@dataclass(frozen=True)
class OverviewRow:
    """One professional in the team leader's overview: counts only."""

    login: str
    display_name: str
    in_team: bool  # False: left the team, still named as coordinator somewhere
    coordinated: int
    involved: int
    overdue_terms: int
    soon_terms: int
    signals_to_weigh: int
    plans_past_evaluation: int
    open_conflicts: int
    broken_glass: int


@dataclass(frozen=True)
class TeamOverview:
    today: date
    soon_days: int  # "soon" is within this many days
    glass_days: int  # broken glass counted over this many days
    people: tuple[OverviewRow, ...]
    dossiers: int
    without_coordinator: int
    broken_glass: int
    open_handovers: int
    stand_ins: int


# The lists behind the overview's counts (toegang_api.overview_list's p_kind).
OVERVIEW_KINDS = ("coordinated", "involved", "overdue_terms", "soon_terms", "signals_to_weigh",
                  "plans_past_evaluation", "open_conflicts", "broken_glass", "without_coordinator")


@dataclass(frozen=True)
class CaseAgreement:
    """Who does what next, agreed in a case discussion; lands in the dossier's plan."""

    what: str
    who: str = ""
    due_date: date | None = None
    record_id: str = ""  # the agreement record made on the server


@dataclass(frozen=True)
class Participant:
    login: str
    name: str
    initials: str


@dataclass(frozen=True)
class MeetingCase:
    case_id: str
    resident_uuid: str
    resident_name: str
    resident_initials: str
    position: int
    brought_by: str
    brought_by_name: str
    brought_by_initials: str
    question: str
    participants: tuple[Participant, ...]
    advice: str
    agreements: tuple[CaseAgreement, ...]
    recorded_at: datetime | None


@dataclass(frozen=True)
class Meeting:
    """A case discussion (casuïstiekoverleg) and its agenda."""

    meeting_id: str
    held_on: date
    title: str
    cases: tuple[MeetingCase, ...] = ()
    case_count: int = 0


@dataclass(frozen=True)
class TeamHistoryEvent:
    """One step in a dossier's life in the team (involved, handover, stand-in, glass, case)."""

    at: datetime
    kind: str  # involved | handover_<status> | stand_in | broken_glass | case_discussion
    who: str
    text: str
    until: datetime | None
    other: str  # handover: to whom; stand-in: for whom; case: the meeting's date


@dataclass(frozen=True)
class AccessRequestPerson:
    login: str
    name: str
    role: str
    first: datetime
    last: datetime
    times: int
    actions: tuple[str, ...]


@dataclass(frozen=True)
class GlassView:
    login: str
    name: str
    at: datetime
    until: datetime
    reason: str


@dataclass(frozen=True)
class AccessRequest:
    """Art. 15 AVG: every professional who saw the dossier, and each broken glass with why."""

    people: tuple[AccessRequestPerson, ...]
    broken_glass: tuple[GlassView, ...]
