"""Back-ups as use cases: make one now (and rotate), list them, restore one, check the store.

Every method opens its own short-lived connection through the store layer, so a back-up can
run on a worker thread while the window keeps its own connection; restoring needs the
window's session to be closed first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..domain.backups import BackupKind
from ..locations import migrations_dir
from ..paths import AppPaths
from ..store import backups as store_backups
from ..store.backups import BackupFile, check_copy, list_backups, make_backup, rotate
from ..store.connection import connect, open_read_only
from ..store.errors import (
    BackupDamagedError,
    BackupFailedError,
    DamagedStoreError,
    NewerStoreError,
    StoreBusyError,
    StoreUnavailableError,
)
from ..store.files import COMPANIONS, companion, move_aside, move_back, swap_in
from ..store.migrations import latest_version

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupEntry:
    """One copy as a list shows it."""

    name: str
    kind: BackupKind
    taken_at: datetime  # UTC
    residents: int | None  # None when the copy cannot be read
    size: int

    @property
    def readable(self) -> bool:
        return self.residents is not None


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupEntry
    kept_as: list[Path]  # the copy of the store before the restore, or the damaged files
    damaged: bool  # True when the old store was damaged and moved aside


def _entry(backup: BackupFile, residents: int | None) -> BackupEntry:
    return BackupEntry(backup.path.name, backup.name.kind, backup.name.taken_at, residents,
                       backup.size)


class BackupService:
    def __init__(self, paths: AppPaths, now: Callable[[], datetime] | None = None,
                 key: bytes | None = None) -> None:
        self._paths = paths
        self._now = now or (lambda: datetime.now(UTC))
        self._key = key  # the store's data key: copies are encrypted with it too

    @property
    def store(self) -> Path:
        return self._paths.store

    @property
    def folder(self) -> Path:
        return self._paths.backups

    def back_up_now(self) -> BackupEntry:
        """A verified copy of the store, then rotation. Raises StoreError when it fails."""
        now = self._now()
        if not self._paths.store.exists():  # connecting would create an empty store
            raise StoreUnavailableError(self._paths.store, "no data file yet")
        conn = connect(self._paths.store, self._key)
        try:
            made = make_backup(conn, self.folder, BackupKind.REGULAR, now, key=self._key)
        finally:
            conn.close()
        removed = rotate(self.folder, now)
        log.info("backup made (%d bytes), %d old copies removed", made.size, len(removed))
        return _entry(made, made.residents)  # counted by the check that made it

    def check_store(self) -> list[str]:
        """`PRAGMA quick_check` of the store on a connection of its own: [] when it is fine.
        Reads the whole file (seconds for 100,000 residents): run it off the GUI thread."""
        if not self._paths.store.exists():
            return []
        try:
            conn = connect(self._paths.store, self._key)
        except DamagedStoreError as error:
            return [error.detail or "damaged"]
        try:
            return store_backups.quick_check(conn)
        finally:
            conn.close()

    def list(self) -> list[BackupEntry]:
        """All copies, newest first, with their residents (read quickly, not fully checked)."""
        return [_entry(b, check_copy(b.path, full=False, key=self._key).residents)
                for b in list_backups(self.folder)]

    def verified(self, name: str) -> BackupEntry:
        """The copy, fully checked (integrity_check): raises BackupDamagedError or
        NewerStoreError when it cannot be restored, LookupError when it does not exist."""
        backup = self._find(name)
        check = check_copy(backup.path, key=self._key)
        if not check.ok:
            raise BackupDamagedError(backup.path, check.detail)
        supported = latest_version(migrations_dir())
        if check.schema_version > supported:
            raise NewerStoreError(backup.path, found=check.schema_version, supported=supported)
        return _entry(backup, check.residents)

    def newest_good(self) -> BackupEntry | None:
        """The newest copy that passes the full check (older ones are tried in turn)."""
        for backup in list_backups(self.folder):
            try:
                return self.verified(backup.path.name)
            except (BackupDamagedError, NewerStoreError):
                log.warning("backup skipped: it does not pass its check")
        return None

    def restore(self, name: str) -> RestoreResult:
        """Put the copy `name` in the place of the store. The store is kept first: as a
        verified copy (voor-herstel-...), or, when that copy fails its check because the
        store is damaged, the store is moved aside whole (with -wal and -shm), unchanged.
        Every connection to the store must be closed. Raises StoreError when nothing changed:
        StoreBusyError, within the busy timeout, while another program holds the store."""
        entry = self.verified(name)
        source = self.folder / name
        store = self._paths.store
        kept: list[Path] = []
        damaged = False
        if store.exists():
            copy = self._copy_before_restore()
            if copy is None:
                damaged = True
                kept = move_aside(store, self._now().strftime("%Y%m%dT%H%M%SZ"))
                log.warning("damaged store moved aside before the restore")
            else:
                try:
                    self._empty_wal()
                except StoreBusyError:  # nothing changes on busy: not even a copy is left
                    copy.unlink(missing_ok=True)
                    raise
                kept = [copy]
        try:
            swap_in(store, source, lambda copy: self._log_restore(copy, entry, kept))
        except BaseException:
            if damaged:  # the store was moved aside: it takes its place again
                move_back(kept, store)
            else:  # nothing changed, as on busy above: not even the copy is left
                for path in kept:
                    path.unlink(missing_ok=True)
            raise
        log.info("backup restored (%s)", entry.kind.value)
        return RestoreResult(entry, kept, damaged)

    def _log_restore(self, copy: Path, entry: BackupEntry, kept: Sequence[Path]) -> None:
        """One access-log line in the copy, before it takes the store's place: which backup,
        and where the data (and the access log) as they were before are kept. Restoring rolls
        the log back to the backup's lines, so this line says that it happened and where the
        rest is. Raises StoreError when it cannot be written: then nothing is restored."""
        from ..store.connection import open_store
        from .access_log import AccessLog, current_actor

        detail = f"{entry.name}; kept: {kept[0].name if kept else '-'}"
        db = open_store(copy, self.folder, migrations_dir(), self._key)
        try:
            AccessLog(db, current_actor(self._paths.root.name)).restored(detail=detail)
        finally:
            db.close()

    def _copy_before_restore(self) -> Path | None:
        """A verified copy of the store, or None when it is damaged. Read-only, so a damaged
        store and its WAL are not changed before they are moved aside."""
        try:
            conn = open_read_only(self._paths.store, self._key)
        except DamagedStoreError:
            return None
        try:
            return make_backup(conn, self.folder, BackupKind.BEFORE_RESTORE, self._now(),
                               key=self._key).path
        except (BackupFailedError, DamagedStoreError):
            return None
        finally:
            conn.close()

    def _empty_wal(self) -> None:
        """Move the WAL into the (healthy) store file, so no WAL of the old store remains.
        The last connection to close removes the WAL; when it is still there, another
        connection (another program) has the store open, and swapping would lose its work."""
        # The last connection to close checkpoints the WAL and removes it.
        connect(self._paths.store, self._key).close()
        if companion(self._paths.store, COMPANIONS[0]).exists():
            raise StoreBusyError(self._paths.store, "another connection is open")

    def _find(self, name: str) -> BackupFile:
        for backup in list_backups(self.folder):
            if backup.path.name == name:
                return backup
        raise LookupError(name)
