"""Recording the access log: who looked at or changed which dossier, when, where, with what result.

One `AccessLog` per session (services/session.py), handed to the services that act on
dossiers, so the window and the command line log alike. A line never holds a name, BSN,
search text or value: only ids, an action, a code or field name as detail, and the result.

Changes are coalesced: a save of the same field of the same dossier (and conversation) by
this session within `COALESCE_SECONDS` of the line that logged it adds no line, because
autosave writes every 400 ms while someone types. The first save of a field is always logged.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import socket
import time
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from ..domain.access_log import RETENTION_YEARS, years_before
from ..export.whole_file import ProtectedFiles, write_whole
from ..store.access_log import (
    AccessAction,
    AccessLogRepository,
    AccessResult,
    Actor,
    Checkpoint,
    LogLine,
    Verification,
)
from ..store.connection import writing
from ..store.database import Database
from ..store.sync_state import TeamStore
from .errors import ReadOnlyDossier

COALESCE_SECONDS = 300.0
CSV_HEADER = ("regel", "tijdstip_utc", "gebruiker", "profiel", "werkplek", "inwoner_id",
              "gesprek_id", "actie", "detail", "resultaat", "hash")

__all__ = ["AccessAction", "AccessLog", "AccessResult", "Actor", "Change", "LogLine",
           "Verification", "current_actor", "os_user", "recorder"]


def os_user() -> str:
    """The professional's operating-system user name ("?" when the system cannot tell)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return os.environ.get("USERNAME") or os.environ.get("USER") or "?"


def current_actor(profile: str) -> Actor:
    """This session's user (operating system), app profile and workstation (host name)."""
    return Actor(user=os_user(), profile=profile, workstation=socket.gethostname() or "?")


def recorder(db: Database, access_log: AccessLog | None) -> AccessLog:
    """The session's recorder, or one of the service's own when none is given (a test, a
    script): a service always has one, so no change to a dossier and no export is written
    without its line. Its own logs no looks or searches: those are the session's to log."""
    return access_log if access_log is not None else AccessLog(db, current_actor("?"),
                                                               looks=False)


class Change:
    """The log lines of one change, declared by the block that writes it (`AccessLog.change`)
    and written in the block's transaction. `resident_id` may be set once the write gave it."""

    def __init__(self, resident_id: int | None, conversation_id: int | None) -> None:
        self.resident_id = resident_id
        self.conversation_id = conversation_id
        self.field_names: list[str] = []
        self.actions: list[tuple[AccessAction, str]] = []

    def fields(self, names: Iterable[str]) -> None:
        """Changed fields (names, never values): one change line each, coalesced per field."""
        self.field_names.extend(names)

    def line(self, action: AccessAction, detail: str = "") -> None:
        """One line for the whole change (create, import, delete ...), never coalesced."""
        self.actions.append((action, detail))


class AccessLog:
    def __init__(self, db: Database, actor: Actor,
                 clock: Callable[[], float] = time.monotonic, looks: bool = True) -> None:
        self._db = db
        self._looks = looks
        self.actor = actor
        self._repo = AccessLogRepository(db)
        self._clock = clock
        self._last_change: dict[tuple[int | None, int | None, str], float] = {}
        # Coalescing keys of lines written inside a transaction that has not committed yet:
        # they count only once it does, so a rolled-back line never hides the next save's.
        self._uncommitted: dict[tuple[int | None, int | None, str], float] = {}

    # -- recording -----------------------------------------------------------------------

    @contextlib.contextmanager
    def change(self, resident_id: int | None = None,
               conversation_id: int | None = None, *,
               pulled: bool = False) -> Iterator[Change]:
        """The one way a service writes to a dossier: the block's writes and the log lines it
        declares on the yielded `Change` commit in one transaction, or neither does. A failed
        write (or log line) raises StoreError. A dossier held only by broken glass is read
        only: its change raises ReadOnlyDossier (nothing written), except what the team sync
        `pulled` from the server (the server's own data)."""
        outermost = not self._db.conn.in_transaction
        if not pulled:  # refused before anything is written, when the block names its dossier
            self._refuse_read_only(resident_id, conversation_id, outermost)
        if outermost:
            self._uncommitted.clear()
        change = Change(resident_id, conversation_id)
        with writing(self._db), self._db.atomic():
            yield change
            if not pulled:  # the block may have named its dossier only now (rolled back)
                self._refuse_read_only(change.resident_id, change.conversation_id, False)
            self._append(change)
        if outermost:
            self._last_change.update(self._uncommitted)
            self._uncommitted.clear()

    def _append(self, change: Change) -> None:
        """The change's lines, inside its transaction (coalesced field lines left out)."""
        now = self._clock()
        resident_id, conversation_id = change.resident_id, change.conversation_id
        if resident_id is None and conversation_id is not None:
            resident_id = self._resident_of(conversation_id)
        for action, detail in change.actions:
            self._repo.append(self.actor, action, AccessResult.OK, resident_id, conversation_id,
                              detail)
        for name in dict.fromkeys(change.field_names):
            key = (change.resident_id, conversation_id, name)
            last = self._uncommitted.get(key, self._last_change.get(key))
            if last is not None and now - last < COALESCE_SECONDS:
                continue
            self._repo.append(self.actor, AccessAction.CHANGE, AccessResult.OK, resident_id,
                              conversation_id, name)
            self._uncommitted[key] = now

    def _refuse_read_only(self, resident_id: int | None, conversation_id: int | None,
                          log: bool) -> None:
        """Raise ReadOnlyDossier when the dossier is held here only by broken glass; the
        refusal gets its own line when no transaction would roll it back (`log`)."""
        if resident_id is None and conversation_id is not None:
            resident_id = self._resident_of(conversation_id)
        if resident_id is None or not TeamStore(self._db).held_by_glass(resident_id):
            return
        if log:
            with contextlib.suppress(Exception):  # the refusal itself is what matters
                self.refused(AccessAction.CHANGE, resident_id, conversation_id, "read_only")
        raise ReadOnlyDossier(resident_id)

    def _resident_of(self, conversation_id: int) -> int | None:
        from ..store.conversations import ConversationRepository  # loaded when needed

        return ConversationRepository(self._db).resident_of(conversation_id)

    def record(self, action: AccessAction, result: AccessResult = AccessResult.OK,
               resident_id: int | None = None, conversation_id: int | None = None,
               detail: str = "") -> None:
        """Append one line on its own (a look, a search, a refusal); raises StoreError when
        the store cannot be written. A change is logged through `change`."""
        if resident_id is None and conversation_id is not None:
            resident_id = self._resident_of(conversation_id)
        with writing(self._db):
            self._repo.append(self.actor, action, result, resident_id, conversation_id, detail)

    def viewed(self, resident_id: int, conversation_id: int | None = None,
               result: AccessResult = AccessResult.OK, detail: str = "") -> None:
        """A look at dossier data; `detail` names a part looked at on its own (a code)."""
        if self._looks:
            self.record(AccessAction.VIEW, result, resident_id, conversation_id, detail)

    def listed(self) -> None:
        """A look at everyone's caseload line at once (a printed list): one view, no resident."""
        if self._looks:
            self.record(AccessAction.VIEW, detail="caseload")

    def viewed_restricted(self, conversation_id: int) -> None:
        """A look at the conversation's restricted reporting-code record."""
        if self._looks:
            self.record(AccessAction.VIEW, AccessResult.OK, None, conversation_id,
                        "safety_record")

    def searched(self, result: AccessResult = AccessResult.OK) -> None:
        """That a search happened; never what was searched for."""
        if self._looks:
            self.record(AccessAction.SEARCH, result)

    def refused(self, action: AccessAction, resident_id: int | None = None,
                conversation_id: int | None = None, detail: str = "") -> None:
        self.record(action, AccessResult.REFUSED, resident_id, conversation_id, detail)

    def failed(self, action: AccessAction, resident_id: int | None = None,
               conversation_id: int | None = None, detail: str = "") -> None:
        """A failed action is logged if the store still takes it; the original error wins."""
        with contextlib.suppress(Exception):
            self.record(action, AccessResult.FAILED, resident_id, conversation_id, detail)

    def restored(self, resident_id: int | None = None, result: AccessResult = AccessResult.OK,
                 detail: str = "") -> None:
        """A restore of a backup (see BackupService.restore, which writes it into the restored store)."""
        self.record(AccessAction.RESTORE, result, resident_id, None, detail)

    @contextlib.contextmanager
    def logged(self, action: AccessAction, resident_id: int | None = None,
               conversation_id: int | None = None,
               detail: str = "") -> Iterator[Callable[[], None]]:
        """Log the action as ok when the block succeeds, as refused when what it is about does
        not exist (LookupError), as failed when it raises otherwise. The block may call the
        yielded function to write the ok line earlier: a file export calls it (through
        `export/whole_file.replaced_whole`) after the file is complete and before it gets its
        name, so no exported file exists without its line."""
        done = False

        def log_ok() -> None:
            nonlocal done
            if not done:
                self.record(action, AccessResult.OK, resident_id, conversation_id, detail)
                done = True

        try:
            yield log_ok
        except LookupError:
            if not done:
                self.refused(action, resident_id, conversation_id, detail)
            raise
        except BaseException:
            self.failed(action, resident_id, conversation_id, detail)
            raise
        log_ok()

    # -- reading, checking, exporting, purging -------------------------------------------

    def lines_for(self, resident_id: int) -> list[LogLine]:
        """The lines about one resident, oldest first (the "who has seen this" view)."""
        return self._repo.for_resident(resident_id)

    def verify(self) -> Verification:
        return self._repo.verify()

    def export_csv(self, path: Path, since: date | None = None, until: date | None = None,
                   resident_id: int | None = None, *, protected: ProtectedFiles) -> int:
        """Write the lines (all, from `since`, through `until`, or about one resident) as CSV
        for the privacy officer; returns the number of lines. The export itself is logged."""
        protected.refuse(path)  # refused before the log: nothing was read or written
        start = since.isoformat() if since else None
        end = (until + timedelta(days=1)).isoformat() if until else None
        lines = (self._repo.for_resident(resident_id) if resident_id is not None
                 else list(self._repo.lines(start, end)))
        if resident_id is not None:
            lines = [x for x in lines if (start is None or str(x.at) >= start)
                     and (end is None or str(x.at) < end)]  # str: a changed line may hold any type
        with self.logged(AccessAction.LOG_EXPORT, resident_id, detail=str(len(lines))) as log_ok:
            self.write_csv(path, lines, protected=protected, before_replace=log_ok)
        return len(lines)

    @staticmethod
    def write_csv(path: Path, lines: list[LogLine], *, protected: ProtectedFiles,
                  before_replace: Callable[[], None] | None = None) -> None:
        """The lines as CSV (whole file or none, never a `protected` file), without logging:
        the caller logs (in `before_replace`, before the file gets its name)."""
        import csv  # only an export writes CSV
        import io

        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(CSV_HEADER)
        for x in lines:  # every cell guarded: a line changed outside the app may hold anything
            writer.writerow(map(_cell, (
                x.id, x.at, x.actor, x.profile, x.workstation, x.resident_id or "",
                x.conversation_id or "", x.action, x.detail, x.result, x.hash)))
        write_whole(path, buffer.getvalue(), protected, encoding="utf-8-sig",  # Excel reads the BOM
                    before_replace=before_replace)

    def purge_old(self, today: date, years: int = RETENTION_YEARS) -> Checkpoint | None:
        """Remove the lines older than `years` (never fewer than five); the purge's line is
        written in the purge's transaction (store/access_log.py)."""
        # Lines are stamped in UTC and the delete trigger counts five years from the UTC clock:
        # a local `today` ahead of UTC (just after midnight here) would ask it for lines it
        # keeps, and the whole purge would fail.
        day = min(today, datetime.now(UTC).date())
        cutoff = years_before(day, max(years, RETENTION_YEARS))
        cutoff_at = datetime(cutoff.year, cutoff.month, cutoff.day).isoformat()
        with writing(self._db):
            return self._repo.purge_before(cutoff_at, self.actor)


def _cell(value: object) -> str:
    """Guard a spreadsheet against a value read as a formula (a user or host name, or any
    value of a line changed outside the app, which may also be a number or bytes: it is
    exported as it is)."""
    text = value if isinstance(value, str) else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
