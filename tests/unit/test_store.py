"""Opening the store: pragmas, migrations, and refusing files that are not ours to change."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from toegang_desktop.domain.resident import Resident
from toegang_desktop.locations import migrations_dir
from toegang_desktop.services.dossiers import DossierService
from toegang_desktop.store import migrations
from toegang_desktop.store.connection import APPLICATION_ID, open_store
from toegang_desktop.store.database import Database
from toegang_desktop.store.driver import dbapi
from toegang_desktop.store.errors import (
    DamagedStoreError,
    EncryptedStoreError,
    ForeignStoreError,
    MigrationError,
    NewerStoreError,
    StoreError,
    StoreUnavailableError,
)
from toegang_desktop.store.residents import ResidentRepository

TODAY = date(2026, 11, 23)
LATEST = len(migrations.discover(migrations_dir()))


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _pragma(path: Path, name: str) -> object:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]


def _tables(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}


def _open(path: Path, migrations_folder: Path | None = None) -> Database:
    return open_store(path, path.parent / "backups", migrations_folder or migrations_dir())


def _register(db: Database, surname: str = "Testpersoon") -> int:
    """Through the repository: some stores here stop at schema 1, before the access log the
    service writes its line to."""
    return ResidentRepository(db).add(
        Resident(first_names="Sanne", surname=surname, date_of_birth=date(1980, 1, 1))
    )


@pytest.fixture
def two_step_migrations(tmp_path: Path) -> Path:
    """A migrations folder holding a copy of the real 0001 only; tests add a 0002."""
    folder = tmp_path / "migrations"
    folder.mkdir()
    shutil.copy(migrations_dir() / "0001_initial.sql", folder / "0001_initial.sql")
    return folder


# -- a fresh store -----------------------------------------------------------------------


def test_there_is_at_least_one_migration() -> None:
    assert LATEST >= 1


def test_fresh_store_has_our_pragmas(db: Database) -> None:
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID == 0x54474454
    assert db.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000


def test_fresh_store_creates_its_folder_and_schema(store_path: Path) -> None:
    assert not store_path.parent.exists()
    with closing(_open(store_path)):
        pass
    assert store_path.is_file()
    assert {"residents", "household_members", "conversations", "conversation_participants",
            "domain_assessments", "resident_search"} <= _tables(store_path)
    # WAL mode is stored in the file itself
    assert _pragma(store_path, "journal_mode") == "wal"
    assert _pragma(store_path, "application_id") == APPLICATION_ID
    assert _pragma(store_path, "user_version") == LATEST


def test_fresh_store_makes_no_pre_migration_copy(store_path: Path) -> None:
    with closing(_open(store_path)):
        pass
    assert not (store_path.parent / "backups").exists()


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(dbapi.IntegrityError):
        db.execute(
            "INSERT INTO household_members (resident_id, position, role, first_names, surname)"
            " VALUES (999, 0, 'child', 'Pim', 'Testpersoon')"
        )


def test_connection_is_in_autocommit_mode(db: Database) -> None:
    # Migrations rely on explicit BEGIN/COMMIT; a write outside atomic() is committed at once.
    assert db.conn.isolation_level is None
    _register(db)
    assert not db.conn.in_transaction


def test_an_empty_file_is_treated_as_a_new_store(store_path: Path) -> None:
    store_path.parent.mkdir(parents=True)
    store_path.write_bytes(b"")
    with closing(_open(store_path)) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == LATEST


def test_a_blank_sqlite_file_is_treated_as_a_new_store(store_path: Path) -> None:
    store_path.parent.mkdir(parents=True)
    with closing(sqlite3.connect(store_path)) as conn:
        conn.execute("PRAGMA page_size = 4096")
        conn.execute("VACUUM")  # writes a valid header with no tables
    assert store_path.stat().st_size > 0
    with closing(_open(store_path)) as db:
        assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


# -- reopening ---------------------------------------------------------------------------


def test_reopening_is_idempotent_and_keeps_data(store_path: Path) -> None:
    with closing(_open(store_path)) as db:
        resident_id = _register(db)
        schema = list(db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name"))
    for _ in range(2):
        with closing(_open(store_path)) as db:
            assert db.execute("PRAGMA user_version").fetchone()[0] == LATEST
            assert db.execute("PRAGMA synchronous").fetchone()[0] == 2
            assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
            assert list(
                db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name")
            ) == schema
            assert DossierService(db).resident(resident_id) is not None
            assert db.execute("SELECT count(*) FROM residents").fetchone()[0] == 1
    assert not (store_path.parent / "backups").exists()


# -- files we must not touch -------------------------------------------------------------


def test_newer_store_is_refused_and_left_unchanged(store_path: Path) -> None:
    with closing(_open(store_path)) as db:
        _register(db)
    with closing(sqlite3.connect(store_path)) as conn:
        conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    before = _sha256(store_path)

    with pytest.raises(NewerStoreError) as raised:
        _open(store_path)

    assert raised.value.code == "store_newer"
    assert raised.value.path == store_path
    assert raised.value.params == {"found": LATEST + 1, "supported": LATEST}
    assert _sha256(store_path) == before
    assert _pragma(store_path, "user_version") == LATEST + 1
    assert not (store_path.parent / "backups").exists()


def _foreign_file(path: Path, application_id: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        conn.execute("INSERT INTO notes (text) VALUES ('van een ander programma')")
        conn.execute(f"PRAGMA application_id = {application_id}")
        conn.commit()


@pytest.mark.parametrize("application_id", [0x12345678, 0, APPLICATION_ID + 1])
def test_sqlite_file_of_another_app_is_refused_and_left_unchanged(
    store_path: Path, application_id: int
) -> None:
    _foreign_file(store_path, application_id)
    before = _sha256(store_path)

    with pytest.raises(ForeignStoreError) as raised:
        _open(store_path)

    assert raised.value.code == "store_foreign"
    assert raised.value.path == store_path
    assert _sha256(store_path) == before
    assert _tables(store_path) == {"notes"}
    assert _pragma(store_path, "application_id") == application_id


def test_file_of_random_bytes_is_refused_and_left_unchanged(store_path: Path) -> None:
    """Without a key, random bytes cannot be told from an encrypted store: the message says
    the key file is missing, and the file is left alone."""
    store_path.parent.mkdir(parents=True)
    store_path.write_bytes(random.Random(20261123).randbytes(16384))
    before = _sha256(store_path)

    with pytest.raises(EncryptedStoreError) as raised:
        _open(store_path)

    assert raised.value.code == "store_encrypted"
    assert raised.value.path == store_path
    assert _sha256(store_path) == before


def test_text_file_is_refused_as_damaged_and_left_unchanged(store_path: Path) -> None:
    store_path.parent.mkdir(parents=True)
    store_path.write_text("Dit is geen database.\n" * 200, encoding="utf-8")
    before = _sha256(store_path)
    with pytest.raises(DamagedStoreError):
        _open(store_path)
    assert _sha256(store_path) == before


def test_truncated_store_is_refused_as_damaged_and_left_unchanged(
    store_path: Path, tmp_path: Path
) -> None:
    with closing(_open(store_path)) as db:
        _register(db)
    truncated = tmp_path / "elders" / "afgekapt.sqlite"
    truncated.parent.mkdir()
    truncated.write_bytes(store_path.read_bytes()[:5000])
    before = _sha256(truncated)
    with pytest.raises(DamagedStoreError):
        _open(truncated)
    assert _sha256(truncated) == before


# -- migrations --------------------------------------------------------------------------

_BROKEN_0002 = """\
-- 0002: adds things, then fails halfway
CREATE TABLE extra (id INTEGER PRIMARY KEY);
ALTER TABLE residents ADD COLUMN nickname TEXT NOT NULL DEFAULT '';
INSERT INTO extra (id) VALUES (1);
INSERT INTO no_such_table VALUES (1);
"""

_CONSTRAINT_0002 = """\
CREATE TABLE extra (id INTEGER PRIMARY KEY);
ALTER TABLE residents ADD COLUMN nickname TEXT NOT NULL DEFAULT '';
INSERT INTO residents (id) VALUES (424242);
"""

_GOOD_0002 = """\
CREATE TABLE extra (id INTEGER PRIMARY KEY);
ALTER TABLE residents ADD COLUMN nickname TEXT NOT NULL DEFAULT '';
"""


def _columns(path: Path, table: str) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def test_failed_migration_is_rolled_back_completely_after_a_copy(
    store_path: Path, two_step_migrations: Path
) -> None:
    with closing(_open(store_path, two_step_migrations)) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 1
        _register(db, "Voorbeeld")
    columns_before = _columns(store_path, "residents")
    tables_before = _tables(store_path)
    (two_step_migrations / "0002_broken.sql").write_text(_BROKEN_0002, encoding="utf-8")

    with pytest.raises(StoreError):
        _open(store_path, two_step_migrations)

    # nothing half-applied
    assert _pragma(store_path, "user_version") == 1
    assert _pragma(store_path, "application_id") == APPLICATION_ID
    assert _tables(store_path) == tables_before
    assert "extra" not in _tables(store_path)
    assert _columns(store_path, "residents") == columns_before
    with closing(sqlite3.connect(store_path)) as conn:
        assert conn.execute("SELECT surname FROM residents").fetchall() == [("Voorbeeld",)]

    # a consistent copy of the version-1 store was made first
    copies = list((store_path.parent / "backups").iterdir())
    assert len(copies) == 1
    copy = copies[0]
    assert copy.name.startswith("voor-migratie-v1-")
    assert copy.suffix == ".sqlite"
    assert _pragma(copy, "user_version") == 1
    assert _pragma(copy, "application_id") == APPLICATION_ID
    with closing(sqlite3.connect(copy)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT surname FROM residents").fetchall() == [("Voorbeeld",)]


def test_constraint_failure_in_migration_raises_migration_error_with_version(
    store_path: Path, two_step_migrations: Path
) -> None:
    with closing(_open(store_path, two_step_migrations)):
        pass
    (two_step_migrations / "0002_breaks.sql").write_text(_CONSTRAINT_0002, encoding="utf-8")

    with pytest.raises(MigrationError) as raised:
        _open(store_path, two_step_migrations)

    assert raised.value.code == "store_migration_failed"
    assert raised.value.params == {"version": 2}
    assert _pragma(store_path, "user_version") == 1
    assert "extra" not in _tables(store_path)
    assert "nickname" not in _columns(store_path, "residents")


def test_sql_error_in_migration_raises_migration_error(
    store_path: Path, two_step_migrations: Path
) -> None:
    with closing(_open(store_path, two_step_migrations)):
        pass
    (two_step_migrations / "0002_broken.sql").write_text(_BROKEN_0002, encoding="utf-8")

    with pytest.raises(MigrationError) as raised:
        _open(store_path, two_step_migrations)

    assert raised.value.params == {"version": 2}


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT INTO residents (fullname) VALUES (1);\n",
        "SELECT * FROM disk_quota;\n",
    ],
)
def test_sql_error_naming_full_or_disk_is_still_a_migration_error(
    store_path: Path, two_step_migrations: Path, sql: str
) -> None:
    with closing(_open(store_path, two_step_migrations)):
        pass
    (two_step_migrations / "0002_broken.sql").write_text(sql, encoding="utf-8")

    with pytest.raises(MigrationError):
        _open(store_path, two_step_migrations)


def test_store_migrates_once_the_migration_is_fixed(
    store_path: Path, two_step_migrations: Path
) -> None:
    with closing(_open(store_path, two_step_migrations)) as db:
        _register(db, "Voorbeeld")
    broken = two_step_migrations / "0002_change.sql"
    broken.write_text(_BROKEN_0002, encoding="utf-8")
    with pytest.raises(StoreError):
        _open(store_path, two_step_migrations)

    broken.write_text(_GOOD_0002, encoding="utf-8")
    with closing(_open(store_path, two_step_migrations)) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 2
        assert db.execute("SELECT surname, nickname FROM residents").fetchall() == [
            ("Voorbeeld", "")
        ]
    assert "extra" in _tables(store_path)


def test_successful_migration_of_an_existing_store_makes_a_copy_first(
    store_path: Path, two_step_migrations: Path
) -> None:
    with closing(_open(store_path, two_step_migrations)) as db:
        _register(db, "Voorbeeld")
    (two_step_migrations / "0002_extra.sql").write_text(_GOOD_0002, encoding="utf-8")

    with closing(_open(store_path, two_step_migrations)) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 2

    (copy,) = list((store_path.parent / "backups").iterdir())
    assert copy.name.startswith("voor-migratie-v1-")
    assert _pragma(copy, "user_version") == 1
    assert "nickname" not in _columns(copy, "residents")


def _backup_folder_blocked(store_path: Path, two_step_migrations: Path) -> None:
    """A v1 store with a pending 0002, whose backup folder cannot be created."""
    with closing(_open(store_path, two_step_migrations)) as db:
        _register(db, "Voorbeeld")
    (two_step_migrations / "0002_extra.sql").write_text(_GOOD_0002, encoding="utf-8")
    (store_path.parent / "backups").write_text("geen map", encoding="utf-8")


def test_store_is_not_migrated_when_the_pre_migration_copy_fails(
    store_path: Path, two_step_migrations: Path
) -> None:
    _backup_folder_blocked(store_path, two_step_migrations)
    with pytest.raises((StoreError, OSError)):
        _open(store_path, two_step_migrations)
    assert _pragma(store_path, "user_version") == 1
    assert "extra" not in _tables(store_path)


def test_failing_pre_migration_copy_raises_store_unavailable(
    store_path: Path, two_step_migrations: Path
) -> None:
    _backup_folder_blocked(store_path, two_step_migrations)
    with pytest.raises(StoreUnavailableError):
        _open(store_path, two_step_migrations)


def test_migrations_must_be_numbered_without_gaps(tmp_path: Path) -> None:
    folder = tmp_path / "gappy"
    folder.mkdir()
    shutil.copy(migrations_dir() / "0001_initial.sql", folder / "0001_initial.sql")
    (folder / "0003_later.sql").write_text("SELECT 1;\n", encoding="utf-8")
    with pytest.raises(RuntimeError):
        migrations.discover(folder)


def test_discover_ignores_files_that_are_not_migrations(two_step_migrations: Path) -> None:
    (two_step_migrations / "README.md").write_text("uitleg", encoding="utf-8")
    (two_step_migrations / "0002_Bad-Name.sql").write_text("SELECT 1;", encoding="utf-8")
    found = migrations.discover(two_step_migrations)
    assert [m.version for m in found] == [1]


# -- unavailable folder ------------------------------------------------------------------


def test_data_folder_that_cannot_be_created_raises_store_unavailable(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("ik ben een bestand, geen map", encoding="utf-8")
    path = blocker / "toegang.sqlite"

    with pytest.raises(StoreUnavailableError) as raised:
        _open(path)

    assert raised.value.code == "store_unavailable"
    assert raised.value.path == path
    assert blocker.read_text(encoding="utf-8") == "ik ben een bestand, geen map"


def test_store_path_that_is_a_folder_raises_store_unavailable(store_path: Path) -> None:
    store_path.mkdir(parents=True)
    with pytest.raises(StoreUnavailableError) as raised:
        _open(store_path)
    assert raised.value.path == store_path
    assert list(store_path.iterdir()) == []


@pytest.mark.skipif(
    getattr(os, "geteuid", lambda: -1)() in (0, -1),
    reason="root (or a non-POSIX system) ignores directory permissions",
)
def test_read_only_data_folder_raises_store_unavailable(tmp_path: Path) -> None:
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StoreUnavailableError):
            open_store(folder / "toegang.sqlite", tmp_path / "backups", migrations_dir())
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)
