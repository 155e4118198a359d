"""The access log (NEN 7513 style): append-only lines in a SHA-256 hash chain.

Each line's hash is SHA-256 over the previous line's hash, a newline and the line's canonical
form (its fields, id included, as compact JSON). The first line follows `GENESIS`, or, after a
purge of old lines, the last removed line's hash kept in `access_log_checkpoints`. Triggers
refuse UPDATE and DELETE; only `purge_before` may remove a prefix of old lines, while its
marker row exists inside its own transaction. See docs/security.md, "Toegangslog".
"""

from __future__ import annotations

from collections.abc import Iterator

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
)
from .clock import utc_now
from .database import Database

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
               detail: str = "") -> LogLine:
        """Add one line at the end of the chain, now (UTC)."""
        with self._db.atomic():
            last = self._db.execute(
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
            "SELECT removed_through, removed_count, last_removed_hash FROM access_log_checkpoints"
            " ORDER BY id DESC LIMIT 1").fetchone()
        return Checkpoint(int(row[0]), int(row[1]), str(row[2])) if row else None

    def verify(self) -> Verification:
        """Walk the chain; every line must follow the one before and match its hash."""
        checkpoint = self.latest_checkpoint()
        expected_id = checkpoint.removed_through + 1 if checkpoint else 1
        prev = checkpoint.last_removed_hash if checkpoint else GENESIS
        result = Verification()
        for line in self.lines():
            result.checked += 1
            if line.id != expected_id:
                result.defects.append((line.id, Defect.MISSING))
            elif line.prev_hash != prev:
                result.defects.append((line.id, Defect.CHAIN_BROKEN))
            if line_hash(line.prev_hash, line) != line.hash:
                result.defects.append((line.id, Defect.ALTERED))
            prev, expected_id = line.hash, line.id + 1
        # AUTOINCREMENT remembers the highest id ever given: a removed newest line shows here.
        row = self._db.execute(
            "SELECT seq FROM sqlite_sequence WHERE name = 'access_log'").fetchone()
        if row is not None and int(row[0]) >= expected_id:
            result.defects.append((expected_id, Defect.TAIL_MISSING))
        result.head_hash = prev
        return result

    def purge_before(self, cutoff_at: str) -> Checkpoint | None:
        """Remove the oldest lines, those before the first line at or after `cutoff_at` (ISO
        UTC), and record a checkpoint so the chain still verifies. None when nothing went."""
        with self._db.atomic():
            first_kept = self._db.execute(
                "SELECT min(id) FROM access_log WHERE at >= ?", [cutoff_at]).fetchone()[0]
            row = self._db.execute(
                "SELECT max(id), count(*) FROM access_log WHERE id < coalesce(?, 1e18)",
                [first_kept]).fetchone()
            if row[0] is None:
                return None
            through, count = int(row[0]), int(row[1])
            last_hash = self._db.execute(
                "SELECT hash FROM access_log WHERE id = ?", [through]).fetchone()[0]
            self._db.execute(
                "INSERT INTO access_log_purge_marker (id, through_id) VALUES (1, ?)", [through])
            self._db.execute("DELETE FROM access_log WHERE id <= ?", [through])
            self._db.execute("DELETE FROM access_log_purge_marker")
            self._db.execute(
                "INSERT INTO access_log_checkpoints (at, removed_through, removed_count,"
                " last_removed_hash) VALUES (?,?,?,?)", [utc_now(), through, count, last_hash])
        return Checkpoint(through, count, str(last_hash))
