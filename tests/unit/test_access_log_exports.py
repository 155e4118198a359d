"""An export's file appears only after its access-log line is committed (issue 14): written
under a temporary name, logged, then renamed; when the log line cannot be written (a busy
store) no file is left. And existing logs keep verifying after migration 11."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from toegang_desktop.domain.access_log import GENESIS, LogLine, line_hash
from toegang_desktop.domain.resident import Resident
from toegang_desktop.locations import migrations_dir
from toegang_desktop.paths import AppPaths
from toegang_desktop.services.access_log import AccessLog, Actor
from toegang_desktop.services.backups import BackupService
from toegang_desktop.services.session import Session, open_session
from toegang_desktop.store import connection
from toegang_desktop.store.connection import open_store
from toegang_desktop.store.driver import dbapi
from toegang_desktop.store.errors import StoreBusyError

from .test_cli import _run, _store_with_one_resident

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _busy(store: Path) -> sqlite3.Connection:
    """Another connection holding the store's write lock (the app's driver: in one process,
    two SQLite libraries do not see each other's locks)."""
    other = dbapi.connect(store, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


def test_export_json_with_a_busy_store_leaves_no_file(tmp_path: Path) -> None:
    resident_id = _store_with_one_resident(tmp_path)
    out = tmp_path / "uit" / "dossier.json"
    out.parent.mkdir()
    other = _busy(tmp_path / "toegang.sqlite")
    try:
        result = _run("--data-dir", str(tmp_path), "export-json", "--resident",
                      str(resident_id), "--out", str(out))
    finally:
        other.close()
    assert result.returncode == 2, result.stderr
    assert "in gebruik" in result.stderr and "Traceback" not in result.stderr
    assert list(out.parent.iterdir()) == []  # neither the file nor its temporary


@pytest.fixture
def session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Session:
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 50)  # busy fails fast here
    opened = open_session(AppPaths.in_folder(tmp_path / "toegang"), False, None, None)
    opened.dossiers.register(Resident(first_names="Anna", surname="Fictief",
                                      date_of_birth=date(1970, 3, 3)))
    return opened


@pytest.mark.parametrize("export", [
    lambda s, out: s.transfer.export(1, out / "dossier.json"),
    lambda s, out: s.access_log.export_csv(out / "log.csv", protected=s.protected_files),
    lambda s, out: s.privacy.access_request(1, out),
], ids=["export-json", "access-log-export", "access-request"])
def test_an_export_whose_line_cannot_be_committed_leaves_nothing(
    session: Session, tmp_path: Path, export: Callable[[Session, Path], object],
) -> None:
    out = tmp_path / "uit"
    out.mkdir()
    session.db.execute("PRAGMA busy_timeout = 50")
    lines = session.access_log._repo.count()  # noqa: SLF001
    other = _busy(session.paths.store)
    try:
        with pytest.raises(StoreBusyError):
            export(session, out)
    finally:
        other.close()
    assert list(out.iterdir()) == []
    assert session.access_log._repo.count() == lines  # noqa: SLF001
    export(session, out)  # not busy: the file and its line
    assert len(list(out.iterdir())) == 1
    assert session.access_log.verify().ok
    session.close()


@pytest.mark.parametrize("version", [9, 10])
def test_a_log_written_before_migration_11_still_verifies(tmp_path: Path, version: int) -> None:
    """Lines written before schema 11 (same hash rule) in an older fixture, then migrated."""
    store = tmp_path / "toegang.sqlite"
    shutil.copy(FIXTURES / f"store_schema_v{version}.sqlite", store)
    raw = sqlite3.connect(store, isolation_level=None)
    prev = GENESIS
    for line_id in range(1, 51):
        line = LogLine(line_id, "2026-11-30T10:00:00+00:00", "m", "standaard", "W", line_id % 6,
                       None, "view", "", "ok", prev)
        digest = line_hash(prev, line)
        raw.execute("INSERT INTO access_log VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    [*list(line.__dict__.values())[:11], digest])
        prev = digest
    raw.close()
    db = open_store(store, tmp_path / "backups", migrations_dir())
    try:
        log = AccessLog(db, Actor("m", "standaard", "W"))
        result = log.verify()
        assert result.ok and result.checked == 50 and result.head_hash == prev
        log.viewed(1)
        assert log.verify().ok
    finally:
        db.close()


def test_the_newest_fixture_log_verifies(tmp_path: Path) -> None:
    """The newest fixture store was filled through the services, each change with its line."""
    store = tmp_path / "toegang.sqlite"
    newest = max(FIXTURES.glob("store_schema_v*.sqlite"), key=lambda p: int(p.stem[14:]))
    shutil.copy(newest, store)
    db = open_store(store, tmp_path / "backups", migrations_dir())
    try:
        result = AccessLog(db, Actor("m", "p", "w")).verify()
        assert result.ok and result.checked > 0
    finally:
        db.close()


@pytest.mark.parametrize("damaged", [False, True], ids=["healthy", "damaged"])
def test_a_restore_whose_line_cannot_be_written_restores_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damaged: bool,
) -> None:
    """The restore's line is written into the copy before it takes the store's place."""
    paths = AppPaths.in_folder(tmp_path / "toegang")
    opened = open_session(paths, False, None, None)
    made = BackupService(paths).back_up_now()
    opened.dossiers.register(Resident(first_names="Na", surname="Backup",
                                      date_of_birth=date(1970, 3, 3)))
    opened.close()
    if damaged:
        monkeypatch.setattr(BackupService, "_copy_before_restore", lambda self: None)
    before = paths.store.read_bytes()

    def busy(*args: object, **kwargs: object) -> None:
        raise StoreBusyError(paths.store, "injected")

    monkeypatch.setattr(AccessLog, "restored", busy)
    with pytest.raises(StoreBusyError):
        BackupService(paths).restore(made.name)
    assert paths.store.read_bytes() == before
    assert sorted(p.name for p in paths.root.glob("toegang.sqlite*")) == ["toegang.sqlite"]
    # Nothing changed, as on a busy store: not even the voor-herstel copy is left.
    assert [p.name for p in paths.backups.iterdir()] == [made.name]
    monkeypatch.undo()
    BackupService(paths).restore(made.name)
    reopened = open_session(paths, False, None, None)
    try:
        last = list(reopened.access_log._repo.lines())[-1]  # noqa: SLF001
        assert last.action == "restore" and reopened.access_log.verify().ok
        assert reopened.dossiers.resident_count() == 0
    finally:
        reopened.close()
