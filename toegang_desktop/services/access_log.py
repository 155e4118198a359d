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
from datetime import date, datetime, timedelta
from pathlib import Path

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

COALESCE_SECONDS = 300.0
LOG_RETENTION_YEARS = 5  # NEN 7513: at least five years
CSV_HEADER = ("regel", "tijdstip_utc", "gebruiker", "profiel", "werkplek", "inwoner_id",
              "gesprek_id", "actie", "detail", "resultaat", "hash")

__all__ = ["AccessAction", "AccessLog", "AccessResult", "Actor", "LogLine", "Verification",
           "current_actor", "os_user"]


def os_user() -> str:
    """The professional's operating-system user name ("?" when the system cannot tell)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return os.environ.get("USERNAME") or os.environ.get("USER") or "?"


def current_actor(profile: str) -> Actor:
    """This session's user (operating system), app profile and workstation (host name)."""
    return Actor(user=os_user(), profile=profile, workstation=socket.gethostname() or "?")


def years_before(day: date, years: int) -> date:
    """The same calendar day `years` earlier (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


class AccessLog:
    def __init__(self, db: Database, actor: Actor,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._db = db
        self.actor = actor
        self._repo = AccessLogRepository(db)
        self._clock = clock
        self._last_change: dict[tuple[int | None, int | None, str], float] = {}

    # -- recording -----------------------------------------------------------------------

    def record(self, action: AccessAction, result: AccessResult = AccessResult.OK,
               resident_id: int | None = None, conversation_id: int | None = None,
               detail: str = "") -> None:
        """Append one line; raises StoreError when the store cannot be written."""
        if resident_id is None and conversation_id is not None:
            from ..store.conversations import ConversationRepository  # loaded when needed

            resident_id = ConversationRepository(self._db).resident_of(conversation_id)
        with writing(self._db):
            self._repo.append(self.actor, action, result, resident_id, conversation_id, detail)

    def viewed(self, resident_id: int, conversation_id: int | None = None,
               result: AccessResult = AccessResult.OK) -> None:
        self.record(AccessAction.VIEW, result, resident_id, conversation_id)

    def viewed_restricted(self, conversation_id: int) -> None:
        """A look at the conversation's restricted reporting-code record."""
        self.record(AccessAction.VIEW, AccessResult.OK, None, conversation_id, "safety_record")

    def searched(self, result: AccessResult = AccessResult.OK) -> None:
        """That a search happened; never what was searched for."""
        self.record(AccessAction.SEARCH, result)

    def changed(self, fields: Iterable[str], resident_id: int | None = None,
                conversation_id: int | None = None) -> int:
        """One line per changed field (its name, never the value), coalesced; returns how
        many lines were written."""
        now, written = self._clock(), 0
        for name in fields:
            key = (resident_id, conversation_id, name)
            last = self._last_change.get(key)
            if last is not None and now - last < COALESCE_SECONDS:
                continue
            self.record(AccessAction.CHANGE, AccessResult.OK, resident_id, conversation_id, name)
            self._last_change[key] = now
            written += 1
        return written

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
               conversation_id: int | None = None, detail: str = "") -> Iterator[None]:
        """Log the action as ok when the block succeeds, as refused when what it is about does
        not exist (LookupError), as failed when it raises otherwise."""
        try:
            yield
        except LookupError:
            self.refused(action, resident_id, conversation_id, detail)
            raise
        except BaseException:
            self.failed(action, resident_id, conversation_id, detail)
            raise
        self.record(action, AccessResult.OK, resident_id, conversation_id, detail)

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
            lines = [x for x in lines if (start is None or x.at >= start)
                     and (end is None or x.at < end)]
        with self.logged(AccessAction.LOG_EXPORT, resident_id, detail=str(len(lines))):
            self.write_csv(path, lines, protected=protected)
        return len(lines)

    @staticmethod
    def write_csv(path: Path, lines: list[LogLine], *, protected: ProtectedFiles) -> None:
        """The lines as CSV (whole file or none, never a `protected` file), without logging:
        the caller logs."""
        import csv  # only an export writes CSV
        import io

        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(CSV_HEADER)
        for x in lines:
            writer.writerow([x.id, x.at, _cell(x.actor), _cell(x.profile), _cell(x.workstation),
                             x.resident_id or "", x.conversation_id or "", x.action, x.detail,
                             x.result, x.hash])
        write_whole(path, buffer.getvalue(), protected, encoding="utf-8-sig")  # Excel reads the BOM

    def purge_old(self, today: date, years: int = LOG_RETENTION_YEARS) -> Checkpoint | None:
        """Remove the lines older than `years` (never fewer than five) and log the purge."""
        cutoff = years_before(today, max(years, LOG_RETENTION_YEARS))
        cutoff_at = datetime(cutoff.year, cutoff.month, cutoff.day).isoformat()
        with writing(self._db):
            checkpoint = self._repo.purge_before(cutoff_at)
        if checkpoint is not None:
            self.record(AccessAction.LOG_PURGE, detail=str(checkpoint.removed_count))
        return checkpoint


def _cell(text: str) -> str:
    """Guard a spreadsheet against a value read as a formula (a user or host name)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
