"""The laptop's side of team work (docs/team-protocol.md, "The laptop's service"): push the
outbox, upload the access log, pull the team's changes, conflicts and leases.

No Qt: the window runs it on a worker thread, so `open_team_sync` opens its own connection
to the store there. Everything that reaches the server goes through a `TeamClient`
(services/team_client.py over team/); every local write goes through the store, and every
dossier the pull writes to or removes gets its access-log line in the page's transaction.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from ..domain.access_log import AccessAction, Actor
from ..domain.rules import RuleSet
from ..domain.team import (
    SyncProgress,
    SyncReport,
    SyncStatus,
    TeamCaseloadRow,
)
from ..store.database import Database
from ..store.driver import dbapi
from ..store.sync_apply import Applier, Page, PageRefused, parse_page
from ..store.sync_outbox import Outbox
from ..store.sync_registry import SyncRegistry
from ..store.sync_state import TeamStore
from .access_log import AccessLog
from .errors import TeamRefused, TeamUnreachable
from .team_conflicts import ConflictsAndLeases
from .team_log_upload import upload_log
from .team_sync_base import (
    Connector,
    Progress,
    ShouldStop,
    TeamClient,
    _Tally,
    connect_client,
)

if TYPE_CHECKING:  # psycopg loads only when team work is asked for
    from .team_work import TeamWork

log = logging.getLogger(__name__)

# The service's names (docs/team-protocol.md) stay importable from here after the split.
__all__ = ["Connector", "Progress", "ShouldStop", "TeamClient", "TeamSync", "connect_client",
           "open_store_for", "open_team_sync"]

PUSH_BATCH = 500  # operations per push call (one server transaction each)
PULL_LIMIT = 500  # records per pulled page (one local transaction each)
CASELOAD_LIMIT = 5000  # the team's caseload list kept on the laptop
# The server no longer knows this laptop (device revoked: stolen, lost, handed in) or this
# professional (no longer in the team): the team's dossiers leave the laptop.
ACCESS_ENDED = ("TG003", "TG001")


class TeamSync(ConflictsAndLeases):
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
        self._forget_client()
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
        tally.log_lines += upload_log(self._db, self._team, client, progress)

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

    # -- working as a team (issue 17) -------------------------------------------------------

    def queue_summaries(self, rules: RuleSet, today: date) -> int:
        """A summary of the derived fields (signals not yet weighed, a due evaluation, the last
        contact) for each held dossier whose fields changed since they last went up; returns
        how many were queued. Its own table name keeps it apart from the name's summary,
        which the capture triggers bring up to date in place."""
        from .team_summary import queue_summaries

        return queue_summaries(self._db, rules, today)

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
