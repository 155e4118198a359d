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


class TeamErrorCode(enum.StrEnum):
    """Why the team server said no (team/api.py raises TeamError with one of these)."""

    NOT_A_MEMBER = "TG001"
    NO_ACCESS = "TG002"  # to this dossier
    DEVICE_REVOKED = "TG003"
    LEASED = "TG004"  # taken along by a colleague
    NOT_ALLOWED = "TG005"  # for this role
    SCHEMA_NEWER = "TG006"  # the server's schema is newer than this app
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
