"""`restore` while another program holds the store with an exclusive lock: it gives up within
the busy timeout with exactly one outcome (busy, exit code 2) and changes nothing; so does a
backup.

Before the fix, Python's `Connection.backup` retried the busy copy of the store forever, so a
restore waited as long as the lock was held and then reported success."""

from __future__ import annotations

import hashlib
import os
import queue
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from toegang_desktop.domain.resident import Resident
from toegang_desktop.locations import migrations_dir
from toegang_desktop.paths import AppPaths
from toegang_desktop.services.backups import BackupService
from toegang_desktop.services.dossiers import DossierService
from toegang_desktop.services.vault import Vault
from toegang_desktop.store import keys
from toegang_desktop.store.connection import open_store, sqlcipher_key_pragma
from toegang_desktop.store.errors import StoreBusyError

PASSWORD = "een zin aan de keukentafel"
EXIT_BUSY = 2  # the command line's exit code for a store error (busy, damaged, ...)
HOLD_SECONDS = 40  # longer than any bounded wait, so a restore that waits for it fails

# Another program: opens the store with the key, takes SQLite's exclusive lock (held until the
# connection closes, in locking_mode EXCLUSIVE), says so, and keeps it until stdin closes.
HOLDER = """
import sys, threading
from toegang_desktop.store.driver import dbapi as sqlite3
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute(sys.argv[2])
conn.execute("PRAGMA locking_mode = EXCLUSIVE")
conn.execute("BEGIN EXCLUSIVE")
conn.execute("SELECT count(*) FROM residents").fetchone()
conn.execute("COMMIT")
print("held", flush=True)
done = threading.Event()
threading.Thread(target=lambda: (sys.stdin.read(), done.set()), daemon=True).start()
done.wait(float(sys.argv[3]))
"""


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _read_line(stream: object, seconds: float) -> str:
    """One line from a child's stdout, or '' after `seconds` (a wait must never hang)."""
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: lines.put(stream.readline()),  # type: ignore[attr-defined]
                     daemon=True).start()
    try:
        return lines.get(timeout=seconds)
    except queue.Empty:
        return ""


def test_restore_gives_up_within_the_busy_timeout_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(keys, "SCRYPT_N", 2**10)  # stored in the key file: the process uses it
    paths = AppPaths.in_folder(tmp_path)
    key, _code = Vault(paths).set_up(PASSWORD)
    db = open_store(paths.store, paths.backups, migrations_dir(), key)
    DossierService(db).register(Resident(first_names="Zoë", surname="Vast",
                                         date_of_birth=date(1990, 5, 6)))
    db.close()
    made = BackupService(paths, key=key).back_up_now()
    before = {p.name: _sha256(p) for p in (paths.store, paths.keys)}
    backups_before = sorted(p.name for p in paths.backups.iterdir())

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(paths.store), sqlcipher_key_pragma(key),
         str(HOLD_SECONDS)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        held = _read_line(holder.stdout, 20)
        if held.strip() != "held":
            holder.kill()
            _out, err = holder.communicate(timeout=10)
            pytest.fail(f"the lock holder did not start: {held!r} {err}")
        started = time.monotonic()
        try:
            restore = subprocess.run(
                [sys.executable, "-m", "toegang_desktop", "--data-dir", str(tmp_path), "restore",
                 made.name], input=PASSWORD + "\n", capture_output=True, text=True, env=env,
                timeout=HOLD_SECONDS - 10)
        except subprocess.TimeoutExpired as expired:
            pytest.fail(f"restore still waiting after {expired.timeout} s: {expired.stderr!r}")
        took = time.monotonic() - started
        started = time.monotonic()
        with pytest.raises(StoreBusyError):  # a backup (the window's worker too) is bounded
            BackupService(paths, key=key).back_up_now()
        backup_took = time.monotonic() - started
    finally:
        try:
            if holder.returncode is None:
                holder.communicate(timeout=15)  # closes its stdin: the holder lets go and ends
        except subprocess.TimeoutExpired:
            holder.kill()
            holder.communicate(timeout=5)

    print(f"restore gave up after {took:.2f} s, a backup after {backup_took:.2f} s")
    assert restore.returncode == EXIT_BUSY, (restore.stdout, restore.stderr)
    assert took < 8, f"restore took {took:.1f} s under a held lock"
    assert backup_took < 7, f"a backup waited {backup_took:.1f} s under a held lock"
    assert "in gebruik" in restore.stderr and "probeer het opnieuw" in restore.stderr
    assert "teruggezet" not in restore.stdout + restore.stderr  # exactly one outcome
    assert {p.name: _sha256(p) for p in (paths.store, paths.keys)} == before
    assert sorted(p.name for p in paths.backups.iterdir()) == backups_before  # no copy left
    assert not list(tmp_path.glob("*.beschadigd-*"))  # a busy store is not taken for damaged


def test_a_backup_step_still_busy_after_the_timeout_is_busy_not_a_failed_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The step callback's bound must say 'busy': a failed copy before a restore is taken for
    a damaged store, which restore then moves aside while another program has it open."""
    from datetime import UTC, datetime

    from toegang_desktop.domain.backups import BackupKind
    from toegang_desktop.store import backups as store_backups

    class StillBusy:
        """A store connection whose backup step keeps reporting SQLITE_BUSY."""

        in_transaction = True  # the read transaction is taken: no BEGIN here

        def execute(self, _sql: str) -> StillBusy:  # PRAGMA database_list, for the message
            return self

        def fetchone(self) -> tuple[int, str, str]:
            return 0, "main", str(tmp_path / "toegang.sqlite")

        def backup(self, target: object, *, pages: int, progress: object) -> None:
            progress(5, 10, 10)  # type: ignore[operator]

    monkeypatch.setattr(store_backups.connection, "BUSY_TIMEOUT_MS", -1)
    folder = tmp_path / "backups"
    with pytest.raises(StoreBusyError):
        store_backups.make_backup(StillBusy(), folder, BackupKind.BEFORE_RESTORE,  # type: ignore[arg-type]
                                  datetime.now(UTC))
    assert list(folder.iterdir()) == []  # no copy, no temporary file
