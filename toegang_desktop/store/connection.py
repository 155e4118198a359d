"""Opening the store: the single place where database connections are made.

Before anything is written, the file is inspected read-only: a store of a newer app version
or of another application is refused and left byte-for-byte untouched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import NoReturn

from . import migrations
from .database import Database
from .errors import (
    DamagedStoreError,
    ForeignStoreError,
    MigrationError,
    NewerStoreError,
    StoreBusyError,
    StoreError,
    StoreUnavailableError,
)

APPLICATION_ID = 0x54474454  # "TGDT": marks the file as a Toegang Desktop store
BUSY_TIMEOUT_MS = 5000
BACKUP_STEP_PAGES = 4096  # pages copied between two progress reports (16 MB at 4 KiB pages)

# Told how far an update of the schema is: (step, done, total), step "backup" (pages of the
# copy made first) or "migrate" (migrations applied). Only called when a migration is due.
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class FileState:
    """What a store file holds before we open it for writing."""

    exists: bool
    application_id: int
    user_version: int
    table_count: int


def inspect_file(path: Path) -> FileState:
    """Read the header of an existing file without changing it."""
    if not path.exists() or path.stat().st_size == 0:
        return FileState(False, 0, 0, 0)
    # Without a WAL beside it the file is read as immutable, so not even -shm/-wal files
    # appear next to a store we may refuse; with a WAL its committed pages must be seen.
    has_wal = path.with_name(path.name + "-wal").exists()
    options = "mode=ro" if has_wal else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{options}", uri=True)
    except sqlite3.Error as error:
        raise StoreUnavailableError(path, str(error)) from error
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as error:
        _raise_for(path, error)
    finally:
        conn.close()
    return FileState(True, app_id, version, tables)


# Primary SQLite result codes (https://sqlite.org/rescode.html).
_BUSY_CODES = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED
_DAMAGED_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB
_ENVIRONMENT_CODES = {3, 5, 6, 8, 10, 13, 14}  # PERM, BUSY, LOCKED, READONLY, IOERR, FULL, CANTOPEN


def _primary_code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _raise_for(path: Path, error: sqlite3.Error) -> NoReturn:
    """Translate a sqlite3 error at open time into the store's own errors."""
    code = _primary_code(error)
    if code in _BUSY_CODES:
        raise StoreBusyError(path, str(error)) from error
    if code in _DAMAGED_CODES or "not a database" in str(error):
        raise DamagedStoreError(path, str(error)) from error
    raise StoreUnavailableError(path, str(error)) from error


def _is_environment_error(error: sqlite3.Error) -> bool:
    """Locked, read-only, disk full, I/O: the machine's fault, not a faulty migration."""
    return _primary_code(error) in _ENVIRONMENT_CODES


def check_compatible(path: Path, state: FileState, latest: int) -> None:
    if not state.exists:
        return
    ours = state.application_id == APPLICATION_ID
    blank = state.application_id == 0 and state.user_version == 0 and state.table_count == 0
    if not ours and not blank:
        raise ForeignStoreError(path)
    if state.user_version > latest:
        raise NewerStoreError(path, found=state.user_version, supported=latest)


def connect(path: Path) -> sqlite3.Connection:
    """A connection with our settings: WAL, synchronous=FULL, foreign keys, busy timeout."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise sqlite3.OperationalError(f"journal_mode stayed {mode}")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as error:
        conn.close()
        _raise_for(path, error)
    return conn


def copy_before_migration(
    conn: sqlite3.Connection, backup_dir: Path, version: int, progress: Progress | None = None
) -> Path:
    """A full, consistent copy of the store (SQLite backup API) before its schema changes."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backup_dir / f"voor-migratie-v{version}-{stamp}.sqlite"
    copy = sqlite3.connect(target)
    try:
        if progress is None:
            conn.backup(copy)
        else:
            conn.backup(copy, pages=BACKUP_STEP_PAGES,
                        progress=lambda _status, left, total: progress("backup", total - left, total))
    finally:
        copy.close()
    return target


def open_store(
    path: Path, backup_dir: Path, migrations_dir: Path, progress: Progress | None = None
) -> Database:
    """Open (or create) the store at `path`, migrating it to the newest schema; `progress`
    hears how a migration of an existing store goes (a large store takes seconds)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreUnavailableError(path, str(error)) from error
    available = migrations.discover(migrations_dir)
    state = inspect_file(path)
    check_compatible(path, state, len(available))
    conn = connect(path)
    try:
        pending = [m for m in available if m.version > state.user_version]
        if pending and state.user_version > 0:
            try:
                copy_before_migration(conn, backup_dir, state.user_version, progress)
            except OSError as error:
                raise StoreUnavailableError(backup_dir, str(error)) from error
            except sqlite3.Error as error:
                _raise_for(backup_dir, error)
        for done, migration in enumerate(pending):
            if progress is not None and state.user_version > 0:
                progress("migrate", done, len(pending))
            try:
                migrations.apply(conn, migration, APPLICATION_ID)
            except sqlite3.Error as error:
                if _is_environment_error(error):
                    _raise_for(path, error)
                raise MigrationError(path, str(error), version=migration.version) from error
    except BaseException:
        conn.close()
        raise
    return Database(conn)


@contextmanager
def writing(db: Database) -> Iterator[None]:
    """Turn a failed write (disk full, read-only, busy, a vanished row) into a StoreError."""
    try:
        yield
    except sqlite3.DatabaseError as error:
        raise write_error(db, error) from error


def write_error(db: Database, error: sqlite3.Error) -> StoreError:
    """A failed write as a store error (busy, or unavailable: disk full, read-only, I/O)."""
    row = db.conn.execute("PRAGMA database_list").fetchone()
    path = Path(row[2]) if row and row[2] else Path()
    if _primary_code(error) in _BUSY_CODES:
        return StoreBusyError(path, str(error))
    return StoreUnavailableError(path, str(error))
