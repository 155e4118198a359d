"""Opening the store: the single place where database connections are made.

Before anything is written, the file is inspected read-only: a store of a newer app version
or of another application is refused and left byte-for-byte untouched.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import NoReturn

from ..domain.backups import BackupKind
from . import migrations
from .database import Database
from .driver import dbapi as sqlite3
from .errors import (
    DamagedStoreError,
    EncryptedStoreError,
    ForeignStoreError,
    MigrationError,
    NewerStoreError,
    PlainStoreError,
    StoreBusyError,
    StoreError,
    StoreUnavailableError,
    WrongKeyError,
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


SQLITE_HEADER = b"SQLite format 3\x00"


def _head(path: Path, size: int) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(size)
    except FileNotFoundError:
        return b""
    except OSError as error:
        raise StoreUnavailableError(path, str(error)) from error


def has_plain_header(path: Path) -> bool:
    """An unencrypted SQLite file (possibly damaged further on)."""
    return _head(path, len(SQLITE_HEADER)) == SQLITE_HEADER


def is_encrypted(path: Path) -> bool:
    """An existing file that looks like an encrypted store: SQLCipher encrypts the header too,
    so its first kilobyte is random bytes. A damaged plain store (a zeroed or garbled header)
    keeps the zero runs and repeated bytes of SQLite's pages, so it is not taken for one."""
    head = _head(path, 1024)
    return len(head) == 1024 and head[:len(SQLITE_HEADER)] != SQLITE_HEADER \
        and len(set(head)) > 128


def sqlcipher_key_pragma(data_key: bytes) -> str:
    """`PRAGMA key` with the raw key in hex: no password text ever reaches SQL, and SQLCipher
    skips its own key derivation (ours already ran, see keys.py). Here, not in keys.py, so that
    opening a store does not import the cryptography package."""
    if len(data_key) != 32:
        raise ValueError("a data key has 32 bytes")
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def _apply_key(conn: sqlite3.Connection, key: bytes | None) -> None:
    """The key must be the first statement on a connection to an encrypted store."""
    if key is not None:
        conn.execute(sqlcipher_key_pragma(key))
    # Sorting and temporary indexes stay in memory: no readable temporary files on disk.
    conn.execute("PRAGMA temp_store = MEMORY")


def inspect_file(path: Path, key: bytes | None = None) -> FileState:
    """Read the header of an existing file without changing it."""
    if not path.exists() or path.stat().st_size == 0:
        return FileState(False, 0, 0, 0)
    if key is None and is_encrypted(path):
        raise EncryptedStoreError(path)
    # Without a WAL beside it the file is read as immutable, so not even -shm/-wal files
    # appear next to a store we may refuse; with a WAL its committed pages must be seen.
    has_wal = path.with_name(path.name + "-wal").exists()
    options = "mode=ro" if has_wal else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{options}", uri=True)
    except sqlite3.Error as error:
        raise StoreUnavailableError(path, str(error)) from error
    try:
        _apply_key(conn, key)
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as error:
        if key is not None and _primary_code(error) in _DAMAGED_CODES:
            raise WrongKeyError(path, str(error)) from error
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


def is_busy(error: sqlite3.Error) -> bool:
    """Another connection holds the lock (SQLITE_BUSY or SQLITE_LOCKED)."""
    return _primary_code(error) in _BUSY_CODES


def file_of(conn: sqlite3.Connection) -> Path:
    """The file behind a connection (its main database), for an error message."""
    row = conn.execute("PRAGMA database_list").fetchone()
    return Path(row[2]) if row and row[2] else Path()


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


def connect(path: Path, key: bytes | None = None) -> sqlite3.Connection:
    """A connection with our settings: the key (if encrypted), WAL, synchronous=FULL, foreign
    keys, busy timeout, temporary data in memory."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        _apply_key(conn, key)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise sqlite3.OperationalError(f"journal_mode stayed {mode}")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        # Deleted content is overwritten with zeros: a purged dossier is gone from the file.
        conn.execute("PRAGMA secure_delete = ON")
    except sqlite3.Error as error:
        conn.close()
        _raise_for(path, error)
    return conn


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that can only read: every write fails with SQLITE_READONLY, exactly as on
    a store whose file or medium became read-only (used to prove what the app then does)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)


def set_busy_timeout(db: Database, milliseconds: int) -> None:
    """How long a write waits for another program's lock before it fails as busy."""
    db.conn.execute(f"PRAGMA busy_timeout = {int(milliseconds)}")


def open_copy_target(path: Path, key: bytes | None = None) -> sqlite3.Connection:
    """A connection to a new file that receives a copy of the store (the backup API's target).
    It gets the same keying as the store, so copies can be made and read back. No journal and
    no syncing while it is written: the file is a temporary one, checked and flushed as a
    whole before it gets its final name, and thrown away when anything fails."""
    conn = sqlite3.connect(path, isolation_level=None)
    _apply_key(conn, key)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    return conn


def open_copy(path: Path, key: bytes | None = None) -> sqlite3.Connection:
    """A read-only connection to a closed copy (a backup): nothing is written, not even a
    -wal or -shm beside it."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True,
                               isolation_level=None)
        _apply_key(conn, key)
    except sqlite3.Error as error:
        _raise_for(path, error)
    return conn


def open_read_only(path: Path, key: bytes | None = None) -> sqlite3.Connection:
    """A read-only connection to the store that sees its WAL but never checkpoints it or
    removes it on close: for copying a store that may be damaged before it is moved aside."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                               isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        _apply_key(conn, key)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    except sqlite3.Error as error:
        _raise_for(path, error)
    return conn


def copy_before_migration(
    conn: sqlite3.Connection, backup_dir: Path, version: int, key: bytes | None = None,
    progress: Progress | None = None,
) -> Path:
    """A full, consistent, verified copy of the store before its schema changes, encrypted
    with the store's own key."""
    from .backups import make_backup  # backups opens its connections through this module

    return make_backup(conn, backup_dir, BackupKind.BEFORE_MIGRATION, datetime.now(UTC),
                       version=version, key=key, progress=progress).path


MIGRATION_QUIET_SECONDS = 0.5  # a migration this fast needs no word in between
MIGRATION_TELL_SECONDS = 0.25
_PROGRESS_OPCODES = 200_000  # SQLite instructions between two looks at the clock


def _keep_telling(conn: sqlite3.Connection, progress: Progress, done: int, total: int) -> None:
    """While one migration runs long (giving every row of a 100,000-resident store its uuid
    takes seconds), repeat where it stands every quarter second, so the window showing it
    keeps painting instead of looking hung. Only reports: the handler never stops SQLite."""
    started = last = time.monotonic()

    def tell() -> int:
        nonlocal last
        now = time.monotonic()
        if now - started >= MIGRATION_QUIET_SECONDS and now - last >= MIGRATION_TELL_SECONDS:
            last = now
            progress("migrate", done, total)
        return 0

    conn.set_progress_handler(tell, _PROGRESS_OPCODES)


def open_store(
    path: Path, backup_dir: Path, migrations_dir: Path, key: bytes | None = None,
    progress: Progress | None = None,
) -> Database:
    """Open (or create) the store at `path`, migrating it to the newest schema; `progress`
    hears how a migration of an existing store goes (a large store takes seconds). With a key
    the store is (or becomes, when new) encrypted; a plain store is not encrypted here (see
    `encryption.encrypt_plain_store`)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreUnavailableError(path, str(error)) from error
    available = migrations.discover(migrations_dir)
    if key is not None and has_plain_header(path):
        raise PlainStoreError(path)
    state = inspect_file(path, key)
    check_compatible(path, state, len(available))
    conn = connect(path, key)
    try:
        pending = [m for m in available if m.version > state.user_version]
        if pending and state.user_version > 0:
            try:
                copy_before_migration(conn, backup_dir, state.user_version, key, progress)
            except OSError as error:
                raise StoreUnavailableError(backup_dir, str(error)) from error
            except sqlite3.Error as error:
                _raise_for(backup_dir, error)
        for done, migration in enumerate(pending):
            if progress is not None and state.user_version > 0:
                progress("migrate", done, len(pending))
                _keep_telling(conn, progress, done, len(pending))
            try:
                migrations.apply(conn, migration, APPLICATION_ID)
            except sqlite3.Error as error:
                if _is_environment_error(error):
                    _raise_for(path, error)
                raise MigrationError(path, str(error), version=migration.version) from error
            finally:
                conn.set_progress_handler(None, 0)
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
    path = file_of(db.conn)
    if is_busy(error):
        return StoreBusyError(path, str(error))
    return StoreUnavailableError(path, str(error))
