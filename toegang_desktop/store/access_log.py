"""The access log (NEN 7513 style): append-only lines in a SHA-256 hash chain.

Each line's hash is SHA-256 over the previous line's hash, a newline and the line's canonical
form (its fields, id included, as compact JSON). The first line follows `GENESIS`, or, after a
purge of old lines, the last removed line's hash kept in `access_log_checkpoints`. Triggers
refuse UPDATE and DELETE; only `purge_before` may remove a prefix of lines older than five
years, while its marker row exists inside its own transaction, and it writes the log_purge line
and the checkpoint in that same transaction (the check proves a purge from the chain: see
domain/access_log_check.py). See docs/security.md, "Toegangslog".
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

from ..domain.access_log import (
    GENESIS,
    AccessAction,
    AccessResult,
    Actor,
    Checkpoint,
    Defect,
    LogLine,
    Verification,
    line_hash,
    purge_detail,
    removed_line_text,
)
from ..domain.access_log_check import check_chain
from .clock import utc_now
from .database import Database
from .driver import dbapi as sqlite3

__all__ = ["AccessAction", "AccessLogRepository", "AccessResult", "Actor", "Checkpoint",
           "Defect", "LogLine", "Verification"]
_COLUMNS = (
    "id, at, actor, profile, workstation, resident_id, conversation_id, action, detail, result,"
    " prev_hash, hash"
)


class AccessLogRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def append(self, who: Actor, action: AccessAction, result: AccessResult,
               resident_id: int | None = None, conversation_id: int | None = None,
               detail: str = "", after: tuple[int, str] | None = None) -> LogLine:
        """Add one line at the end of the chain, now (UTC); `after` is the (id, hash) it
        follows when the caller knows it (a purge that removed every line)."""
        with self._db.atomic():
            last = after or self._db.execute(
                "SELECT id, hash FROM access_log ORDER BY id DESC LIMIT 1").fetchone()
            if last is None:
                checkpoint = self.latest_checkpoint()
                last = (checkpoint.removed_through, checkpoint.last_removed_hash) \
                    if checkpoint else (0, GENESIS)
            line = LogLine(
                id=int(last[0]) + 1, at=utc_now(), actor=who.user, profile=who.profile,
                workstation=who.workstation, resident_id=resident_id,
                conversation_id=conversation_id, action=action.value, detail=detail,
                result=result.value, prev_hash=str(last[1]))
            digest = line_hash(line.prev_hash, line)
            self._db.execute(
                f"INSERT INTO access_log ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                [line.id, line.at, line.actor, line.profile, line.workstation, line.resident_id,
                 line.conversation_id, line.action, line.detail, line.result, line.prev_hash,
                 digest])
        return LogLine(**{**line.__dict__, "hash": digest})

    def for_resident(self, resident_id: int) -> list[LogLine]:
        """The lines about one resident, oldest first."""
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM access_log WHERE resident_id = ? ORDER BY id", [resident_id])
        return [LogLine(*row) for row in rows]

    def lines(self, since: str | None = None, before: str | None = None) -> Iterator[LogLine]:
        """All lines in order, optionally those with `since <= at < before` (ISO UTC text)."""
        sql = f"SELECT {_COLUMNS} FROM access_log WHERE 1"
        params: list[str] = []
        if since is not None:
            sql, params = sql + " AND at >= ?", [*params, since]
        if before is not None:
            sql, params = sql + " AND at < ?", [*params, before]
        for row in self._db.execute(sql + " ORDER BY id", params):
            yield LogLine(*row)

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM access_log").fetchone()[0])

    def latest_checkpoint(self) -> Checkpoint | None:
        row = self._db.execute(
            "SELECT removed_through, removed_count, last_removed_hash,"
            " coalesce(last_removed_line, ''), coalesce(purge_line_id, 0)"
            " FROM access_log_checkpoints ORDER BY id DESC LIMIT 1").fetchone()
        return Checkpoint(int(row[0]), int(row[1]), str(row[2]), str(row[3]), int(row[4])) \
            if row else None

    def verify(self) -> Verification:
        """Walk the chain from the raw rows (domain/access_log_check.py); a missing table or
        column is a defect the result names, never an exception."""
        try:
            checkpoint = self._db.execute(
                "SELECT removed_through, removed_count, last_removed_hash, last_removed_line,"
                " purge_line_id FROM access_log_checkpoints ORDER BY id DESC LIMIT 1").fetchone()
            sequence = self._db.execute(
                "SELECT seq FROM sqlite_sequence WHERE name = 'access_log'").fetchone()
            rows = self._db.execute(f"SELECT {_COLUMNS} FROM access_log ORDER BY id")
            return check_chain(rows, checkpoint, sequence[0] if sequence else None,
                               datetime.now(UTC).date())
        except sqlite3.DatabaseError:
            return Verification(defects=[(0, Defect.UNREADABLE)])

    def purge_before(self, cutoff_at: str, who: Actor) -> Checkpoint | None:
        """Remove the oldest lines, those before the first line at or after `cutoff_at` (ISO
        UTC), in one transaction with the log_purge line that records it in the chain and the
        checkpoint the check starts from. None when nothing went. The delete trigger lets only
        lines older than five years (by the clock) go."""
        with self._db.atomic():
            first_kept = self._db.execute(
                "SELECT min(id) FROM access_log WHERE at >= ?", [cutoff_at]).fetchone()[0]
            row = self._db.execute(
                "SELECT max(id), count(*) FROM access_log WHERE id < coalesce(?, 1e18)",
                [first_kept]).fetchone()
            if row[0] is None:
                return None
            through, count = int(row[0]), int(row[1])
            removed = LogLine(*self._db.execute(
                f"SELECT {_COLUMNS} FROM access_log WHERE id = ?", [through]).fetchone())
            self._db.execute(
                "INSERT INTO access_log_purge_marker (id, through_id) VALUES (1, ?)", [through])
            self._db.execute("DELETE FROM access_log WHERE id <= ?", [through])
            self._db.execute("DELETE FROM access_log_purge_marker")
            purge_line = self.append(who, AccessAction.LOG_PURGE, AccessResult.OK,
                                     detail=purge_detail(count, through, removed.hash),
                                     # every line gone: the chain follows the removed one
                                     after=None if first_kept else (through, removed.hash))
            checkpoint = Checkpoint(through, count, removed.hash, removed_line_text(removed),
                                    purge_line.id)
            self._db.execute(
                "INSERT INTO access_log_checkpoints (at, removed_through, removed_count,"
                " last_removed_hash, last_removed_line, purge_line_id) VALUES (?,?,?,?,?,?)",
                [purge_line.at, through, count, removed.hash, checkpoint.last_removed_line,
                 purge_line.id])
        return checkpoint
