"""Online back-up copies of the store: made, verified, listed and rotated.

A copy is made with SQLite's backup API in one step: the source connection holds one read
transaction for the whole copy, so it is a consistent snapshot even while another connection
keeps writing (WAL lets the writer carry on). It is written under a temporary name, checked
(`PRAGMA integrity_check` on the copy, and its residents counted), flushed to disk, and only
then renamed to its final name. A file with a final name was therefore verified when made; a
crash leaves at most a `.bezig` file, which is removed a day later.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from ..domain.backups import BackupKind, BackupName, backup_file_name, names_to_keep, parse_backup_name
from . import connection
from .connection import APPLICATION_ID, Progress, open_copy, open_copy_target
from .driver import dbapi as sqlite3
from .errors import BackupFailedError, StoreBusyError, StoreError, StoreUnavailableError
from .files import flush_file, flush_folder

TEMP_SUFFIX = ".bezig"
STALE_TEMP = timedelta(days=1)
_BUSY_STATUS = (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED, as a backup step reports them


@dataclass(frozen=True)
class CopyCheck:
    """What reading a copy found: `ok` is False when it is damaged or not ours."""

    ok: bool
    residents: int | None
    schema_version: int
    detail: str = ""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    name: BackupName
    size: int
    residents: int | None = None  # counted when the copy was made and checked (else unknown)


def check_copy(path: Path, full: bool = True, key: bytes | None = None) -> CopyCheck:
    """Read a closed copy (encrypted with `key`, like its store): with `full`, `PRAGMA
    integrity_check` (reads every page); without, only its header and the number of residents
    (fast, for a list)."""
    try:
        conn = open_copy(path, key)
    except StoreError as error:
        return CopyCheck(False, None, 0, error.detail)
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return CopyCheck(False, None, 0, "not a Toegang Desktop store")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if full:
            problems = [str(row[0]) for row in conn.execute("PRAGMA integrity_check(5)")]
            if problems != ["ok"]:
                return CopyCheck(False, None, version, "; ".join(problems))
        residents = int(conn.execute("SELECT count(*) FROM residents").fetchone()[0])
        return CopyCheck(True, residents, version)
    except sqlite3.Error as error:
        return CopyCheck(False, None, 0, str(error))
    finally:
        conn.close()


def quick_check(conn: sqlite3.Connection) -> list[str]:
    """`PRAGMA quick_check` on an open store: [] when fine, else what SQLite found (O(size))."""
    try:
        found = [str(row[0]) for row in conn.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as error:
        return [str(error)]
    return [] if found == ["ok"] else found


def _free_path(folder: Path, kind: BackupKind, now: datetime, version: int) -> Path:
    extra = 0
    while True:
        path = folder / backup_file_name(kind, now, version, extra)
        if not path.exists() and not path.with_name(path.name + TEMP_SUFFIX).exists():
            return path
        extra += 1


def make_backup(
    conn: sqlite3.Connection, folder: Path, kind: BackupKind, now: datetime, version: int = 0,
    key: bytes | None = None, progress: Progress | None = None,
) -> BackupFile:
    """Copy the store behind `conn` into `folder`, verified, under a name with `now` (UTC),
    encrypted with the store's key (SQLCipher's backup needs the same key on both ends).
    Raises BackupFailedError (copy damaged: nothing kept) or StoreUnavailableError (disk)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        final = _free_path(folder, kind, now, version)
    except OSError as error:
        raise StoreUnavailableError(folder, str(error)) from error
    temp = final.with_name(final.name + TEMP_SUFFIX)
    try:
        target = open_copy_target(temp, key)
        try:
            _copy_snapshot(conn, target, progress)
        finally:
            target.close()
        check = check_copy(temp, key=key)
        if not check.ok:
            raise BackupFailedError(final, check.detail)
        flush_file(temp)
        os.replace(temp, final)
        flush_folder(folder)
    except sqlite3.Error as error:
        temp.unlink(missing_ok=True)
        if connection.is_busy(error):  # another program holds the store: not a damaged store
            raise StoreBusyError(connection.file_of(conn), str(error)) from error
        raise BackupFailedError(final, str(error)) from error
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise StoreUnavailableError(folder, str(error)) from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    parsed = parse_backup_name(final.name)
    assert parsed is not None
    return BackupFile(final, parsed, final.stat().st_size, check.residents)


def _copy_snapshot(conn: sqlite3.Connection, target: sqlite3.Connection,
                   progress: Progress | None) -> None:
    """Copy the store into `target` inside one read transaction taken here first.

    Python's `Connection.backup` retries a busy step forever (sleeping 250 ms each time): under
    another program's exclusive lock a restore waited as long as that lock was held. Taking the
    read lock ourselves goes through the busy timeout (5 s), and the copy then needs no lock.
    The step callback is a second bound, should a step still report busy."""
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the read lock, bounded
    deadline = time.monotonic() + connection.BUSY_TIMEOUT_MS / 1000

    def step(status: int, left: int, total: int) -> None:
        if status in _BUSY_STATUS and time.monotonic() > deadline:
            busy = sqlite3.OperationalError("database is locked (backup step)")
            # With its code, so make_backup reports busy, not a failed (damaged) copy: a
            # restore moves a store aside whose copy fails.
            busy.sqlite_errorcode = status
            raise busy
        if progress is not None and status not in _BUSY_STATUS:
            progress("backup", total - left, total)

    try:
        # One step (pages=-1) without progress; in steps with it (only before a migration, where
        # nothing else writes). Either way one read transaction: a consistent copy.
        conn.backup(target, pages=connection.BACKUP_STEP_PAGES if progress else -1, progress=step)
    finally:
        if own and conn.in_transaction:
            conn.execute("ROLLBACK")


def list_backups(folder: Path) -> list[BackupFile]:
    """The copies in `folder` with one of our names, newest first (other files are ignored)."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        parsed = parse_backup_name(path.name)
        if parsed is not None and path.is_file():
            found.append(BackupFile(path, parsed, path.stat().st_size))
    return sorted(found, key=lambda f: f.name, reverse=True)


def rotate(folder: Path, now: datetime) -> list[Path]:
    """Delete the copies rotation does not keep, and unfinished copies older than a day."""
    backups = list_backups(folder)
    keep = names_to_keep((b.name for b in backups), now)
    removed = []
    for backup in backups:
        if backup.name.name not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    if folder.is_dir():
        limit = (now - STALE_TEMP).timestamp()
        for path in folder.glob(f"*{TEMP_SUFFIX}"):
            if parse_backup_name(path.name[: -len(TEMP_SUFFIX)]) and path.stat().st_mtime < limit:
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed
