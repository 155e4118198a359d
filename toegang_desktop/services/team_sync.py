"""The laptop's side of team work (docs/team-protocol.md, "The laptop's service"): push the
outbox, upload the access log, pull the team's changes, conflicts and leases.

No Qt: the window runs it on a worker thread, so `open_team_sync` opens its own connection
to the store there. Everything that reaches the server goes through a `TeamClient`
(services/team_client.py over team/); every local write goes through the store, and every
dossier the pull writes to or removes gets its access-log line in the page's transaction.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol

from ..domain.access_log import AccessAction, Actor
from ..domain.rules import RuleSet
from ..domain.team import (
    Conflict,
    SyncProgress,
    SyncReport,
    SyncStatus,
    TeamCaseloadRow,
)
from ..store.database import Database
from ..store.driver import dbapi
from ..store.sync_apply import Applier, Page, PageRefused, parse_page
from ..store.sync_outbox import NEW_ID, NOW, Operation, Outbox
from ..store.sync_registry import SyncRegistry
from ..store.sync_state import TeamLogin, TeamStore
from .access_log import AccessLog
from .errors import TeamRefused, TeamUnreachable

if TYPE_CHECKING:  # psycopg loads only when team work is asked for
    from .team_work import TeamWork

log = logging.getLogger(__name__)

SUMMARY_TABLE = "team_summary"  # the derived fields' summary operations (docs/team-protocol.md)
PUSH_BATCH = 500  # operations per push call (one server transaction each)
PULL_LIMIT = 500  # records per pulled page (one local transaction each)
LOG_BATCH = 1000  # access-log lines per upload
CASELOAD_LIMIT = 5000  # the team's caseload list kept on the laptop
MAX_LEASE_DAYS = 7
# The server no longer knows this laptop (device revoked: stolen, lost, handed in) or this
# professional (no longer in the team): the team's dossiers leave the laptop.
ACCESS_ENDED = ("TG003", "TG001")
Progress = Callable[[SyncProgress], None]
ShouldStop = Callable[[], bool]


class TeamClient(Protocol):
    """What the sync needs of the team server, in the wire's plain shapes. Raises
    TeamUnreachable or TeamRefused (services/team_client.py makes one over team/)."""

    def whoami(self) -> dict[str, Any]: ...  # login, display_name, role, team_name

    def register_device(self, device: str, label: str) -> None: ...

    def push(self, device: str, ops: list[Operation]) -> list[tuple[str, str]]: ...

    def pull(self, device: str, since: int, since_change: str | None,
             limit: int) -> dict[str, Any]: ...

    def caseload(self, search: str, limit: int) -> list[TeamCaseloadRow]: ...

    def take_lease(self, device: str, resident: str, until: datetime) -> datetime: ...

    def return_lease(self, device: str, resident: str) -> None: ...

    def conflicts(self) -> list[dict[str, Any]]: ...

    def resolve_conflict(self, conflict_id: str, value: object) -> None: ...

    def upload_log(self, device: str, lines: list[dict[str, Any]]) -> int: ...

    def close(self) -> None: ...


Connector = Callable[[TeamLogin], TeamClient]


def connect_client(login: TeamLogin) -> TeamClient:
    """The real client (imported here: psycopg loads only when a team is reached)."""
    from .team_client import connect

    return connect(login)


@dataclass
class _Tally:
    pushed: int = 0
    duplicates: int = 0
    conflicts: int = 0
    refused: int = 0
    pulled: int = 0
    removed: int = 0
    log_lines: int = 0
    full_resync: bool = False
    statuses: dict[str, int] = field(default_factory=dict)

    def report(self) -> SyncReport:
        return SyncReport(self.pushed, self.duplicates, self.conflicts, self.refused, self.pulled,
                          self.removed, self.log_lines, self.full_resync)


class TeamSync:
    """One store's team work, on the thread that opened it."""

    def __init__(self, db: Database, actor: Actor, connector: Connector = connect_client,
                 owns_db: bool = False, rules: RuleSet | None = None) -> None:
        self._db = db
        self._rules = rules  # for the summaries' derived fields (services/team_summary.py)
        self._owns_db = owns_db
        self._team = TeamStore(db)
        self._outbox = Outbox(db)
        self._log = AccessLog(db, actor)
        self._connector = connector
        self._client: TeamClient | None = None
        self._registry: SyncRegistry | None = None

    # -- context manager ------------------------------------------------------------------

    def __enter__(self) -> TeamSync:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        if self._client is not None:
            client, self._client = self._client, None
            try:
                client.close()
            except Exception:  # noqa: BLE001  # a dead connection closes as it can
                log.debug("team connection closed with an error", exc_info=True)
        if self._owns_db:
            self._db.close()

    # -- local, cheap ---------------------------------------------------------------------

    def status(self) -> SyncStatus:
        login = self._team.login()
        if login is None:
            return SyncStatus(joined=False)
        position = self._team.position()
        return SyncStatus(joined=True, team_name=login.team_name, member=login.member_name,
                          last_synced_at=position.last_synced_at,
                          pending_operations=self._outbox.pending_count(),
                          open_conflicts=position.open_conflicts, last_error=position.last_error)

    def team_caseload(self, search: str, limit: int = 200) -> list[TeamCaseloadRow]:
        """The team's list as kept at the last sync (works offline)."""
        return self._team.caseload(search, limit)

    @property
    def registry(self) -> SyncRegistry:
        if self._registry is None:
            self._registry = SyncRegistry(self._db)
        return self._registry

    # -- the sync -------------------------------------------------------------------------

    def sync(self, progress: Progress | None = None,
             should_stop: ShouldStop | None = None) -> SyncReport:
        """Push, upload the log, pull (all pages, or until `should_stop` says so between
        two steps: what was done stays done). TeamUnreachable / TeamRefused when the server
        cannot be reached or refuses; the status keeps the problem's code."""
        stop = should_stop or (lambda: False)
        tally = _Tally()
        try:
            client = self._connected()
            if self._rules is not None:
                self.queue_summaries(self._rules, date.today())
            self._push(client, tally, progress, stop)
            if not stop():
                self._upload_log(client, tally, progress)
            if not stop():
                self._pull(client, tally, progress, stop)
            if not stop():
                self._team.replace_caseload(client.caseload("", CASELOAD_LIMIT))
                open_conflicts = len(client.conflicts())
                self._team.finished("", conflicts=open_conflicts)
        except TeamUnreachable:
            self._forget_client()
            self._team.finished("unreachable")
            raise
        except TeamRefused as error:
            self._forget_client()
            if error.code in ACCESS_ENDED:
                self._withdraw()
            self._team.finished(error.code)
            raise
        return tally.report()

    def push(self, progress: Progress | None = None, should_stop: ShouldStop | None = None,
             ) -> SyncReport:
        """Only the push (the first upload of a joining store)."""
        tally = _Tally()
        self._push(self._connected(), tally, progress, should_stop or (lambda: False))
        return tally.report()

    def pull(self, progress: Progress | None = None, should_stop: ShouldStop | None = None,
             ) -> SyncReport:
        """Only the pull (what colleagues changed), e.g. right after a conflict was settled."""
        tally = _Tally()
        try:
            self._pull(self._connected(), tally, progress, should_stop or (lambda: False))
        except (TeamUnreachable, TeamRefused):
            self._forget_client()
            raise
        return tally.report()

    def _connected(self) -> TeamClient:
        if self._client is None:
            login = self._team.login()
            if login is None:
                raise TeamRefused("not_joined")
            self._client = self._connector(login)
        return self._client

    def _forget_client(self) -> None:
        """After a failure the connection may be dead: the next attempt makes a new one."""
        if self._client is not None:
            client, self._client = self._client, None
            try:
                client.close()
            except Exception:  # noqa: BLE001
                log.debug("team connection closed with an error", exc_info=True)

    def _push(self, client: TeamClient, tally: _Tally, progress: Progress | None,
              stop: ShouldStop) -> None:
        device = self._team.device_id()
        self._outbox.prune_unborn(self.registry)
        total, done = self._outbox.pending_count(), 0
        while not stop():
            batch = self._outbox.next_batch(PUSH_BATCH)
            if not batch:
                break
            results = dict(client.push(device, batch))
            answered = {op.op_id: results[op.op_id] for op in batch if op.op_id in results}
            self._outbox.answered(answered)
            for status in answered.values():
                if status == "applied":
                    tally.pushed += 1
                elif status == "duplicate":
                    tally.duplicates += 1
                elif status == "conflict":
                    tally.conflicts += 1
                else:
                    tally.refused += 1
            done += len(batch)
            if progress is not None:
                progress(SyncProgress("push", done, max(total, done)))
            if len(answered) < len(batch):  # an answer missing: try the rest next time
                log.warning("the server answered %d of %d operations", len(answered), len(batch))
                break

    def _upload_log(self, client: TeamClient, tally: _Tally, progress: Progress | None) -> None:
        """The access-log lines this laptop wrote since the last upload (offline work too),
        kept on the server with the device and the device's time."""
        device = self._team.device_id()
        while True:
            since = self._team.position().log_uploaded_through
            rows = self._db.execute(
                "SELECT l.id, l.at, l.actor, l.workstation, l.action, l.detail, l.result,"
                " r.uuid, l.conversation_id FROM access_log l LEFT JOIN residents r"
                " ON r.id = l.resident_id WHERE l.id > ? ORDER BY l.id LIMIT ?",
                [since, LOG_BATCH]).fetchall()
            if not rows:
                return
            lines = [{"line_id": str(line_id), "at": at, "actor": f"{actor}@{workstation}",
                      "action": action, "detail": detail, "result": result,
                      "resident_id": resident, "subject": "conversation" if conversation else ""}
                     for line_id, at, actor, workstation, action, detail, result, resident,
                     conversation in rows]
            tally.log_lines += client.upload_log(device, lines)
            self._team.log_uploaded(int(rows[-1][0]))
            if progress is not None:
                progress(SyncProgress("log", tally.log_lines, 0))

    def _pull(self, client: TeamClient, tally: _Tally, progress: Progress | None,
              stop: ShouldStop) -> None:
        device = self._team.device_id()
        while not stop():
            position = self._team.position()
            try:
                page = parse_page(client.pull(device, position.last_seq, position.last_change,
                                              PULL_LIMIT))
            except PageRefused as error:
                log.error("a pulled page was refused: %s", error)
                raise TeamRefused("server_error", f"page refused: {error}") from error
            if page.reset:
                if tally.full_resync:  # a second reset in one sync: the server is unsettled
                    raise TeamRefused("server_error", "the server reset twice")
                self._start_over(client, tally, progress, stop)
                continue
            self.apply_page(page, tally)
            if progress is not None:
                progress(SyncProgress("pull", tally.pulled, 0))
            if not page.more:
                # Everything in scope up to `high` has come: a record still parked waits for
                # a parent that was deleted or left the scope, so it never will be applied.
                self._db.execute("DELETE FROM sync_parked")
                return

    def _withdraw(self) -> int:
        """Remove every dossier of the team from this laptop, each removal logged; a dossier
        with a change the server has not answered stays (nothing lost: it can still be
        exported, and it goes up if the access comes back). Returns how many went."""
        applier = Applier(self._db, self.registry)
        kept = {row[0] for row in self._db.execute(
            "SELECT DISTINCT resident_id FROM sync_outbox WHERE acked_at IS NULL")}
        removed = 0
        for (uuid,) in self._db.execute("SELECT uuid FROM residents").fetchall():
            if uuid in kept:
                continue
            with self._db.atomic():
                self._db.execute("INSERT INTO sync_applying (id) VALUES (1)")
                with self._log.change(pulled=True) as change:
                    resident_id = applier.remove_dossier(uuid)
                    if resident_id is not None:
                        change.resident_id = resident_id
                        change.line(AccessAction.DELETE, "team_access_ended")
                        removed += 1
                self._db.execute("DELETE FROM sync_applying")
        log.warning("team access ended: %d dossiers removed, %d kept with unsent changes",
                    removed, len(kept))
        return removed

    def _start_over(self, client: TeamClient, tally: _Tally, progress: Progress | None,
                    stop: ShouldStop) -> None:
        """The server was restored from an older backup: what it answered since may be gone
        there, so the kept answered operations go again (what it has answers `duplicate`,
        the rest applies or becomes a conflict: nothing lost), then everything comes again."""
        tally.full_resync = True
        with self._db.atomic():
            self._outbox.requeue_answered()
            self._team.advance(0, None)
        log.warning("the team server went back to an older state: full resync")
        self._push(client, tally, progress, stop)

    def apply_page(self, page: Page | dict[str, Any], tally: _Tally | None = None) -> SyncReport:
        """Apply one pulled page in one local transaction: its records, the removal of the
        dossiers it names (each logged), the access-log lines of the dossiers it wrote, and
        the new position. A page the protocol does not describe is refused whole
        (PageRefused) and the store is left as it was."""
        parsed = page if isinstance(page, Page) else parse_page(page)
        counts = tally or _Tally()
        applier = Applier(self._db, self.registry)
        with self._db.atomic():
            self._db.execute("INSERT INTO sync_applying (id) VALUES (1)")
            try:
                applied = applier.apply(parsed.records)
            except dbapi.IntegrityError as error:  # a record the schema refuses: none of it
                raise PageRefused(f"constraint: {error}") from error
            for resident_uuid in parsed.removed:
                with self._log.change(pulled=True) as change:
                    resident_id = applier.remove_dossier(resident_uuid)
                    if resident_id is not None:
                        change.resident_id = resident_id
                        change.line(AccessAction.DELETE, "team_removed")
                        counts.removed += 1
                        applied.residents.discard(resident_id)
            for resident_id in sorted(applied.residents):
                with self._log.change(resident_id, pulled=True) as change:
                    change.line(AccessAction.IMPORT, "team_pull")
            self._team.advance(parsed.high, parsed.high_change)
            self._db.execute("DELETE FROM sync_applying")
        counts.pulled += len(parsed.records)
        return counts.report()

    # -- conflicts and leases -------------------------------------------------------------

    def conflicts(self) -> list[Conflict]:
        """The open conflicts on the server this professional may settle (or pushed)."""
        found = self._connected().conflicts()
        ids = self._local_residents([str(c["resident_uuid"]) for c in found])
        return [Conflict(
            conflict_id=str(c["conflict_id"]), resident_id=ids.get(str(c["resident_uuid"])),
            resident_name=str(c.get("resident_name") or ""), table=str(c["table"]),
            field=str(c.get("field") or ""), server_value=c.get("server_value"),
            pushed_value=c.get("pushed_value"),
            pushed_by=str(c.get("pushed_by_name") or c.get("pushed_by") or ""),
            pushed_at=_moment(c.get("pushed_at")))
            for c in found]

    def resolve_conflict(self, conflict_id: str, value: object) -> None:
        """Settle a conflict with the chosen (or merged) value; it comes back to every
        laptop with the next pull."""
        self._connected().resolve_conflict(conflict_id, value)
        position = self._team.position()
        self._team.finished(position.last_error, conflicts=max(0, position.open_conflicts - 1))

    def take_along(self, resident_id: int, days: int) -> datetime:
        """Meenemen voor huisbezoek: a lease for `days` (at most 7); returns its end (UTC)."""
        until = datetime.now(UTC) + timedelta(days=max(1, min(days, MAX_LEASE_DAYS)))
        return self._connected().take_lease(self._team.device_id(), self._uuid_of(resident_id),
                                            until)

    def return_along(self, resident_id: int) -> None:
        self._connected().return_lease(self._team.device_id(), self._uuid_of(resident_id))

    # -- working as a team (issue 17) -------------------------------------------------------

    def queue_summaries(self, rules: RuleSet, today: date) -> int:
        """A summary of the derived fields (signals not yet weighed, a due evaluation, the last
        contact) for each held dossier whose fields changed since they last went up; returns
        how many were queued. Its own table name keeps it apart from the name's summary,
        which the capture triggers bring up to date in place."""
        from .team_summary import summary_extras

        extras = summary_extras(self._db, rules, today)
        uuids = {int(i): str(u) for i, u in self._db.execute(
            "SELECT id, uuid FROM residents WHERE uuid IS NOT NULL")}
        sent = {str(u): str(e) for u, e in self._db.execute(
            "SELECT resident_uuid, extras FROM team_summary_sent")}
        queued = 0
        with self._db.atomic():
            for resident_id, fields in sorted(extras.items()):
                uuid = uuids.get(resident_id)
                data = json.dumps(fields.wire(), sort_keys=True)
                if uuid is None or sent.get(uuid) == data:
                    continue
                self._db.execute(
                    "INSERT INTO sync_outbox (op_id, kind, table_name, record_id, resident_id,"
                    f" data, at) VALUES ({NEW_ID}, 'summary', ?, ?, ?, ?, {NOW})",
                    [SUMMARY_TABLE, uuid, uuid, data])
                self._db.execute("INSERT OR REPLACE INTO team_summary_sent (resident_uuid, extras)"
                                 " VALUES (?, ?)", [uuid, data])
                queued += 1
        return queued

    def uuid_of(self, resident_id: int) -> str:
        """The dossier's team-wide id (TeamRefused('not_here') when it is not on this laptop)."""
        return self._uuid_of(resident_id)

    def local_id(self, resident_uuid: str) -> int | None:
        return self._local_residents([resident_uuid]).get(resident_uuid)

    def role(self) -> str:
        """This professional's role in the team, as the server said at joining."""
        login = self._team.login()
        return login.role if login is not None else ""

    def team_work(self) -> TeamWork:
        """The team-work calls (involve, hand over, stand in, glass, overview, case
        discussion) over a connection of their own, with this laptop's login."""
        from .team_work import TeamWork, connect_with

        login = self._team.login()
        if login is None:
            raise TeamRefused("not_joined")
        return TeamWork(connect_with(login.address, login.user, login.password))

    def _uuid_of(self, resident_id: int) -> str:
        row = self._db.execute("SELECT uuid FROM residents WHERE id = ?",
                               [resident_id]).fetchone()
        if row is None or row[0] is None:
            raise TeamRefused("not_here")
        return str(row[0])

    def _local_residents(self, uuids: list[str]) -> dict[str, int]:
        if not uuids:
            return {}
        marks = ",".join("?" for _ in uuids)
        return {str(u): int(i) for u, i in self._db.execute(
            f"SELECT uuid, id FROM residents WHERE uuid IN ({marks})", uuids)}


def _moment(value: object) -> datetime:
    if isinstance(value, datetime):
        return value
    try:
        found = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return datetime.fromtimestamp(0, UTC)
    return found if found.tzinfo else found.replace(tzinfo=UTC)


def open_store_for(store: Path, key: bytes | None) -> Database:
    """A connection of the sync's own (made and used on the calling thread)."""
    from ..locations import migrations_dir
    from ..store.connection import open_store

    return open_store(store, store.parent / "backups", migrations_dir(), key)


def open_team_sync(store: Path, key: bytes | None, actor: Actor,
                   connector: Connector = connect_client, rules: RuleSet | None = None) -> TeamSync:
    """The team service over its own connection to the store (on the calling thread); with
    `rules` each sync also sends the derived fields the team overview counts."""
    return TeamSync(open_store_for(store, key), actor, connector, owns_db=True, rules=rules)
