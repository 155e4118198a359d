"""Encrypting an existing plain store once, safely: copy first, verify, then replace.

The plain store is exported into a new encrypted file (`sqlcipher_export`), which is checked
(integrity and the row count of every table) before it takes the plain file's place with one
atomic rename. An encrypted copy goes to the backups folder first, named as a copy before an
update (`voor-migratie-vN-...`). Plain backups are
encrypted the same way, so nothing readable stays behind in our folders. (The disk itself may
keep the old blocks until they are reused; full-disk encryption covers that, see
docs/security.md.)
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from ..domain.backups import BackupKind, backup_file_name
from .connection import _raise_for, connect, has_plain_header, inspect_file
from .driver import dbapi as sqlite3
from .errors import DamagedStoreError, StoreUnavailableError
from .files import COMPANIONS, companion, flush_file


def _counts(conn: sqlite3.Connection, schema: str = "main") -> dict[str, int]:
    tables = [row[0] for row in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {t: conn.execute(f'SELECT count(*) FROM {schema}."{t}"').fetchone()[0] for t in tables}


def _export(plain: sqlite3.Connection, target: Path, key: bytes) -> None:
    """Write an encrypted copy of the open plain store to `target` and verify it."""
    if target.exists():
        target.unlink()
    version = plain.execute("PRAGMA user_version").fetchone()[0]
    app_id = plain.execute("PRAGMA application_id").fetchone()[0]
    plain.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(target), f"x'{key.hex()}'"))
    try:
        plain.execute("SELECT sqlcipher_export('encrypted')")
        # sqlcipher_export copies schema and rows, not the header fields that mark our store.
        plain.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        plain.execute(f"PRAGMA encrypted.application_id = {int(app_id)}")
    finally:
        plain.execute("DETACH DATABASE encrypted")
    expected = _counts(plain)
    copy = connect(target, key)
    try:
        check = copy.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok" or _counts(copy) != expected:
            raise DamagedStoreError(target, "encrypted copy differs from the original")
        copy.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        copy.close()


def _remove_companions(path: Path) -> None:
    for suffix in COMPANIONS:
        companion(path, suffix).unlink(missing_ok=True)


def _export_plain(path: Path, target: Path, key: bytes) -> None:
    """An encrypted, verified copy of the plain store at `path` (its WAL emptied first)."""
    plain = connect(path)
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _export(plain, target, key)
    except sqlite3.Error as error:
        _raise_for(path, error)
    finally:
        plain.close()


def encrypt_file(path: Path, key: bytes) -> None:
    """Replace the plain SQLite file `path` by an encrypted one with the same content."""
    temp = path.with_name(path.name + ".versleutelen")
    _export_plain(path, temp, key)
    _remove_companions(temp)
    flush_file(temp)  # opened for writing: Windows cannot flush a read-only handle
    os.replace(temp, path)
    _remove_companions(path)  # the plain store's own, empty after the checkpoint


def encrypt_plain_store(path: Path, key: bytes, backup_dir: Path) -> Path:
    """Encrypt the store at `path` in place, after an encrypted, verified copy in
    `backup_dir`; then encrypt the plain backups there. Returns the copy's path."""
    try:
        backup_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreUnavailableError(backup_dir, str(error)) from error
    # Named as a copy before an update: listed, restorable, and rotated after 90 days.
    version = inspect_file(path).user_version
    copy = backup_dir / backup_file_name(BackupKind.BEFORE_MIGRATION, datetime.now(UTC), version)
    _export_plain(path, copy, key)
    encrypt_file(path, key)
    for backup in sorted(backup_dir.glob("*.sqlite")):
        if has_plain_header(backup):
            encrypt_file(backup, key)
    return copy
