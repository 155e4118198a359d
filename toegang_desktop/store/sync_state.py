"""What the store keeps of its team: the connection details, where the sync stands, and the
team's caseload list (migration 0014). Team mode only."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime

from ..domain.team import ServerAddress, TeamCaseloadRow
from ..domain.text import fold
from .clock import utc_now
from .database import Database


@dataclass(frozen=True)
class TeamLogin:
    """The server and the login, as kept inside the encrypted store."""

    address: ServerAddress
    user: str
    password: str
    device_label: str
    team_name: str = ""
    member_name: str = ""
    role: str = ""


@dataclass(frozen=True)
class SyncPosition:
    last_seq: int
    last_change: str | None
    last_synced_at: datetime | None
    last_error: str
    open_conflicts: int
    log_uploaded_through: int


class TeamStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- the connection ------------------------------------------------------------------

    def save_login(self, login: TeamLogin) -> None:
        a = login.address
        with self._db.atomic():
            self._db.execute("DELETE FROM team_connection")
            self._db.execute(
                "INSERT INTO team_connection (id, host, port, database, tls_mode,"
                " ca_certificate_pem, user_name, password, device_label, team_name, member_name,"
                " role, joined_at) VALUES (1,?,?,?,?,?,?,?,?,?,?,?,?)",
                [a.host, a.port, a.database, a.tls_mode, a.ca_certificate_pem, login.user,
                 login.password, login.device_label, login.team_name, login.member_name,
                 login.role, utc_now()])
            self._db.execute("INSERT OR IGNORE INTO sync_state (id) VALUES (1)")

    def login(self) -> TeamLogin | None:
        row = self._db.execute(
            "SELECT host, port, database, tls_mode, ca_certificate_pem, user_name, password,"
            " device_label, team_name, member_name, role FROM team_connection").fetchone()
        if row is None:
            return None
        host, port, database, tls, ca, user, password, label, team, member, role = row
        return TeamLogin(ServerAddress(host, int(port), database, tls, ca), user, password,
                         label, team, member, role)

    def contact_person(self, resident_id: int) -> tuple[str, str] | None:
        """The dossier's current coordinator and how residents reach them, when the dossier is
        in the team and coordinated by a colleague (None: outside a team, or this laptop's own
        professional coordinates it: their settings say it)."""
        row = self._db.execute(
            "SELECT c.coordinator, c.coordinator_contact FROM team_caseload c"
            " JOIN residents r ON r.uuid = c.resident_uuid"
            " WHERE r.id = ? AND c.coordinator_active"
            " AND c.coordinator_login <> coalesce((SELECT user_name FROM team_connection), '')",
            [resident_id]).fetchone()
        return (str(row[0]), str(row[1])) if row else None

    def resident_on_server(self, resident_id: int) -> str | None:
        """The dossier's uuid when this store is in a team and the team server has the dossier
        (its first upload is not still waiting in the outbox); None otherwise."""
        row = self._db.execute(
            "SELECT r.uuid FROM residents r WHERE r.id = ? AND r.uuid IS NOT NULL"
            " AND EXISTS (SELECT 1 FROM team_connection)"
            " AND NOT EXISTS (SELECT 1 FROM sync_outbox o WHERE o.table_name = 'residents'"
            " AND o.record_id = r.uuid AND o.kind = 'insert' AND o.acked_at IS NULL)",
            [resident_id]).fetchone()
        return str(row[0]) if row else None

    def held_by_glass(self, resident_id: int) -> bool:
        """Whether this laptop holds the dossier only because its professional broke the glass
        (read only until the end of the day; the server refuses their pushes). The caseload
        list names everyone who holds it otherwise (coordinator, a stand-in is the coordinator
        then, the involved, who took it along); a dossier on this laptop that names none of
        them as this login came through a glass grant. Outside a team, for a dossier not (yet)
        on the team's list, or a list line from before migration 0015 (no logins yet): False."""
        row = self._db.execute(
            "SELECT 1 FROM team_caseload c JOIN residents r ON r.uuid = c.resident_uuid"
            " JOIN team_connection t ON t.user_name <> ''"
            " WHERE r.id = ? AND c.coordinator_login NOT IN ('', t.user_name)"
            " AND c.on_the_road_login <> t.user_name"
            " AND NOT EXISTS (SELECT 1 FROM json_each(c.involved_logins) j"
            " WHERE j.value = t.user_name)",
            [resident_id]).fetchone()
        return row is not None

    def forget(self) -> None:
        """Leaving the team: the login, the position, the caseload list and the outbox go."""
        with self._db.atomic():
            for table in ("team_connection", "sync_state", "team_caseload", "sync_outbox",
                          "sync_parked"):
                self._db.execute(f"DELETE FROM {table}")

    def device_id(self) -> str:
        """This store's id as a UUID (docs/team-protocol.md: a laptop is a device)."""
        raw = str(self._db.execute("SELECT store_id FROM store_identity").fetchone()[0])
        return f"{raw[:8]}-{raw[8:12]}-{raw[12:16]}-{raw[16:20]}-{raw[20:32]}"

    # -- where the sync stands -----------------------------------------------------------

    def position(self) -> SyncPosition:
        row = self._db.execute(
            "SELECT last_seq, last_change, last_synced_at, last_error, open_conflicts,"
            " log_uploaded_through FROM sync_state").fetchone()
        if row is None:
            return SyncPosition(0, None, None, "", 0, 0)
        seq, change, at, error, conflicts, through = row
        return SyncPosition(int(seq), change, datetime.fromisoformat(at) if at else None,
                            error, int(conflicts), int(through))

    def advance(self, high: int, change: str | None) -> None:
        """The pull's new position: inside the transaction of the page it follows."""
        self._db.execute("INSERT OR IGNORE INTO sync_state (id) VALUES (1)")
        self._db.execute("UPDATE sync_state SET last_seq = ?, last_change = ?",
                         [high, change])

    def finished(self, error: str = "", conflicts: int | None = None,
                 at: datetime | None = None) -> None:
        """How the last attempt ended ('' when it went well)."""
        self._db.execute("INSERT OR IGNORE INTO sync_state (id) VALUES (1)")
        if error:
            self._db.execute("UPDATE sync_state SET last_error = ?", [error])
        else:
            when = (at or datetime.now(UTC)).isoformat(timespec="seconds")
            self._db.execute("UPDATE sync_state SET last_error = '', last_synced_at = ?",
                             [when])
        if conflicts is not None:
            self._db.execute("UPDATE sync_state SET open_conflicts = ?", [conflicts])

    def log_uploaded(self, through: int) -> None:
        self._db.execute("UPDATE sync_state SET log_uploaded_through = max("
                         "log_uploaded_through, ?)", [through])

    # -- the team's caseload list -------------------------------------------------------

    def replace_caseload(self, rows: list[TeamCaseloadRow]) -> None:
        with self._db.atomic():
            self._db.execute("DELETE FROM team_caseload")
            self._db.conn.executemany(
                "INSERT OR REPLACE INTO team_caseload (resident_uuid, display_name, terms,"
                " date_of_birth, coordinator, next_legal_term, on_the_road_with,"
                " on_the_road_until, coordinator_login, on_the_road_login, involved,"
                " involved_logins, last_contact, coordinator_active, stand_in_for,"
                " stand_in_until, coordinator_contact) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [(r.resident_uuid, r.display_name, _terms(r), _iso(r.date_of_birth),
                  r.coordinator, _iso(r.next_legal_term), r.on_the_road_with,
                  r.on_the_road_until.isoformat() if r.on_the_road_until else None,
                  r.coordinator_login, r.on_the_road_login, r.involved,
                  json.dumps(list(r.involved_logins)), _iso(r.last_contact),
                  int(r.coordinator_active), r.stand_in_for,
                  r.stand_in_until.isoformat() if r.stand_in_until else None,
                  r.coordinator_contact)
                 for r in rows])

    def caseload(self, search: str, limit: int = 200) -> list[TeamCaseloadRow]:
        """The kept list, filtered by every folded word of `search` (name or birth date)."""
        words = fold(search).split()
        where = " AND ".join("(' ' || c.terms) LIKE ?" for _ in words) or "1"
        rows = self._db.execute(
            "SELECT c.resident_uuid, c.display_name, c.date_of_birth, c.coordinator,"
            " c.next_legal_term, c.on_the_road_with, c.on_the_road_until, r.id,"
            " c.coordinator_login, c.on_the_road_login, c.involved, c.involved_logins,"
            " c.last_contact, c.coordinator_active, c.stand_in_for, c.stand_in_until,"
            " c.coordinator_contact"
            " FROM team_caseload c LEFT JOIN residents r ON r.uuid = c.resident_uuid"
            f" WHERE {where} ORDER BY c.terms LIMIT ?",
            [*(f"% {w}%" for w in words), limit]).fetchall()
        return [TeamCaseloadRow(
            resident_uuid=uuid, display_name=name,
            date_of_birth=date.fromisoformat(born) if born else None, coordinator=coordinator,
            next_legal_term=date.fromisoformat(due) if due else None, on_the_road_with=road,
            on_the_road_until=datetime.fromisoformat(until) if until else None,
            held_here=here is not None, resident_id=here, coordinator_login=login,
            on_the_road_login=road_login, involved=involved,
            involved_logins=tuple(json.loads(logins or "[]")),
            last_contact=date.fromisoformat(contact) if contact else None,
            coordinator_active=bool(active), stand_in_for=stand_in,
            stand_in_until=datetime.fromisoformat(stand_until) if stand_until else None,
            coordinator_contact=reach)
            for (uuid, name, born, coordinator, due, road, until, here, login, road_login,
                 involved, logins, contact, active, stand_in, stand_until, reach) in rows]


def _terms(row: TeamCaseloadRow) -> str:
    born = row.date_of_birth.strftime("%d-%m-%Y %d%m%Y") if row.date_of_birth else ""
    return f"{fold(row.display_name)} {born}".strip()


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
