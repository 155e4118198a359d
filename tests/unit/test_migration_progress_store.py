"""Opening an older store tells how the update goes: the copy made first, then each migration."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from toegang_desktop.locations import migrations_dir
from toegang_desktop.store import connection
from toegang_desktop.store.connection import open_store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_store_reports_the_copy_and_each_migration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(connection, "BACKUP_STEP_PAGES", 5)  # several steps on a small file
    store = tmp_path / "toegang.sqlite"
    shutil.copyfile(FIXTURES / "store_schema_v5.sqlite", store)
    heard: list[tuple[str, int, int]] = []
    open_store(store, tmp_path / "backups", migrations_dir(),
               progress=lambda *report: heard.append(report)).close()
    copies = [r for r in heard if r[0] == "backup"]
    assert len(copies) > 1 and copies[-1][1] == copies[-1][2] > 0  # up to the last page
    migrations = [r for r in heard if r[0] == "migrate"]
    pending = len(list(migrations_dir().glob("*.sql"))) - 5
    assert migrations == [("migrate", n, pending) for n in range(pending)]


def test_a_new_or_current_store_reports_nothing(tmp_path: Path) -> None:
    heard: list[tuple[str, int, int]] = []
    for _ in range(2):  # created, then opened again at the newest version
        open_store(tmp_path / "toegang.sqlite", tmp_path / "backups", migrations_dir(),
                   progress=lambda *report: heard.append(report)).close()
    assert heard == []


def test_a_long_migration_keeps_telling_where_it_stands(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Giving every row of a large store its uuid takes seconds: the window hears from the
    update in between, so it keeps painting."""
    monkeypatch.setattr(connection, "MIGRATION_QUIET_SECONDS", 0.0)
    monkeypatch.setattr(connection, "MIGRATION_TELL_SECONDS", 0.0)
    monkeypatch.setattr(connection, "_PROGRESS_OPCODES", 1000)
    store = tmp_path / "toegang.sqlite"
    shutil.copyfile(FIXTURES / "store_schema_v13.sqlite", store)
    heard: list[tuple[str, int, int]] = []
    db = open_store(store, tmp_path / "backups", migrations_dir(),
                    progress=lambda *report: heard.append(report))
    try:
        pending = len(list(migrations_dir().glob("*.sql"))) - 13
        assert heard.count(("migrate", 0, pending)) > 1  # told again while it ran
        told = len(heard)
        db.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                   " WHERE i < 100000) SELECT count(*) FROM n").fetchone()
        assert len(heard) == told  # the handler went with the update
    finally:
        db.close()
