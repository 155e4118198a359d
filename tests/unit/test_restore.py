"""Restoring a back-up and recovering from a damaged store, through the service (no Qt
widgets): identical table by table, the old store always kept, damaged files moved aside."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from toegang_desktop.paths import AppPaths
from toegang_desktop.services.backups import BackupService
from toegang_desktop.services.session import Session, open_session
from toegang_desktop.store.errors import BackupDamagedError, StoreBusyError

START = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.in_folder(tmp_path / "toegang")


def _session(paths: AppPaths, demo: bool = False) -> Session:
    return open_session(paths, demo, None, None)


def table_hashes(path: Path) -> dict[str, str]:
    """A hash of the rows of every table (schema included), independent of page layout."""
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        tables = [row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        hashes = {"": hashlib.sha256(repr(conn.execute(
            "SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()).encode()
        ).hexdigest()}
        for table in tables:
            rows = sorted(repr(row) for row in conn.execute(f'SELECT * FROM "{table}"'))
            hashes[table] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
        hashes["user_version"] = str(conn.execute("PRAGMA user_version").fetchone()[0])
    return hashes


def data_hashes(path: Path) -> dict[str, str]:
    """table_hashes without the access log: a restore adds its own line there (tested apart)."""
    return {table: digest for table, digest in table_hashes(path).items()
            if table not in ("access_log", "sqlite_sequence")}


def _residents(session: Session) -> int:
    return int(session.db.execute("SELECT count(*) FROM residents").fetchone()[0])


def _add_resident(session: Session, surname: str) -> None:
    session.db.execute(
        "INSERT INTO residents (first_names, surname, date_of_birth, sort_key, created_at, "
        "updated_at) VALUES ('Test', ?, '1980-01-01', ?, '2026-01-01', '2026-01-01')",
        [surname, surname.lower()])


def test_restore_gives_the_backup_back_table_by_table_and_keeps_the_store_first(
    paths: AppPaths
) -> None:
    clock = Clock()
    session = _session(paths, demo=True)
    service = BackupService(paths, clock)
    made = service.back_up_now()
    assert made.residents == _residents(session) > 0
    _add_resident(session, "Later")
    session.db.execute("DELETE FROM household_members")
    session.close()
    changed = table_hashes(paths.store)
    assert changed != table_hashes(paths.backups / made.name)

    result = service.restore(made.name)

    assert not result.damaged
    assert sorted(p.name for p in paths.root.glob("toegang.sqlite*")) == ["toegang.sqlite"]
    assert data_hashes(paths.store) == data_hashes(paths.backups / made.name)
    with closing(sqlite3.connect(paths.store)) as conn:
        action, detail = conn.execute(
            "SELECT action, detail FROM access_log ORDER BY id DESC LIMIT 1").fetchone()
    assert action == "restore" and made.name in detail and "voor-herstel-" in detail
    (kept,) = result.kept_as
    assert kept.name.startswith("voor-herstel-")
    assert table_hashes(kept) == changed  # the store as it was, kept as a verified copy
    reopened = _session(paths)
    assert _residents(reopened) == made.residents
    reopened.close()
    names = [entry.name for entry in service.list()]
    assert names == sorted(names, reverse=True) and kept.name in names and made.name in names


def test_a_damaged_backup_is_not_restored_and_nothing_changes(paths: AppPaths) -> None:
    session = _session(paths, demo=True)
    service = BackupService(paths, Clock())
    made = service.back_up_now()
    session.close()
    _flip_bytes(paths.backups / made.name)  # a page in use: where the middle falls depends on the schema
    before = paths.store.read_bytes()
    with pytest.raises(BackupDamagedError):
        service.restore(made.name)
    assert paths.store.read_bytes() == before
    assert [e.name for e in service.list()] == [made.name]
    with pytest.raises(LookupError):
        service.restore("toegang-20200101T000000Z.sqlite")


def _flip_bytes(store: Path) -> None:
    """Scramble the first page of the residents table (a page in use, as a disk fault would)."""
    with closing(sqlite3.connect(f"{store.resolve().as_uri()}?mode=ro&immutable=1",
                                 uri=True)) as conn:
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'residents'").fetchone()
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(store.read_bytes())
    start = (root - 1) * page_size
    data[start: start + 64] = bytes(b ^ 0xA5 for b in data[start: start + 64])
    store.write_bytes(bytes(data))


def _truncate(store: Path) -> None:
    data = store.read_bytes()
    store.write_bytes(data[: len(data) // 3])


@pytest.mark.parametrize("damage", [_flip_bytes, _truncate], ids=["flipped", "truncated"])
def test_a_damaged_store_is_found_moved_aside_and_the_newest_good_backup_restored(
    paths: AppPaths, damage  # type: ignore[no-untyped-def]
) -> None:
    clock = Clock()
    session = _session(paths, demo=True)
    service = BackupService(paths, clock)
    good = service.back_up_now()
    assert service.check_store() == []
    _add_resident(session, "Nieuwer")
    newest = service.back_up_now()
    session.close()
    # the newest copy is itself damaged: the older good one must be offered
    _flip_bytes(paths.backups / newest.name)
    damage(paths.store)
    damaged_bytes = paths.store.read_bytes()

    problems = service.check_store()
    assert problems, "the quick check must notice the damage"
    offered = service.newest_good()
    assert offered is not None and offered.name == good.name

    result = service.restore(offered.name)

    assert result.damaged
    moved = result.kept_as[0]  # the main file first, then any -wal and -shm
    assert moved.name.startswith("toegang.sqlite.beschadigd-")
    assert moved.read_bytes() == damaged_bytes  # never overwritten, never deleted
    assert data_hashes(paths.store) == data_hashes(paths.backups / good.name)
    assert service.check_store() == []


def test_a_damaged_store_moves_aside_with_its_wal_and_shm(paths: AppPaths) -> None:
    session = _session(paths, demo=True)
    service = BackupService(paths, Clock())
    good = service.back_up_now()
    session.close()
    _flip_bytes(paths.store)
    wal = paths.store.with_name("toegang.sqlite-wal")
    shm = paths.store.with_name("toegang.sqlite-shm")
    wal.write_bytes(b"wal of a crashed session" * 40)
    shm.write_bytes(bytes(32768))
    service.restore(good.name)
    moved = sorted(p.name for p in paths.root.glob("toegang.sqlite.beschadigd-*"))
    assert len(moved) == 3 and moved[0].endswith("Z")
    assert {name[len(moved[0]):] for name in moved} == {"", "-shm", "-wal"}
    assert (paths.root / (moved[0] + "-wal")).read_bytes() == b"wal of a crashed session" * 40
    assert not wal.exists() and not shm.exists()


def test_a_store_whose_wal_vanished_opens_as_of_its_last_checkpoint_and_says_so(
    paths: AppPaths, tmp_path: Path
) -> None:
    session = _session(paths)
    session.db.execute("PRAGMA wal_autocheckpoint = 0")
    session.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _add_resident(session, "Gecheckpoint")
    session.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _add_resident(session, "AlleenInWal")
    # the machine stops here; afterwards the WAL is gone but its index is still there
    crashed = AppPaths.in_folder(tmp_path / "na-crash")
    crashed.root.mkdir()
    for suffix in ("", "-shm"):
        (crashed.root / f"toegang.sqlite{suffix}").write_bytes(
            paths.root.joinpath(f"toegang.sqlite{suffix}").read_bytes())
    session.close()

    after = _session(crashed)
    assert after.wal_was_missing
    surnames = [row[0] for row in after.db.execute("SELECT surname FROM residents")]
    assert surnames == ["Gecheckpoint"]
    after.close()
    assert BackupService(crashed).check_store() == []
    assert not _session(crashed).wal_was_missing  # a clean close: told once, not every start


def test_restore_is_refused_while_another_connection_has_the_store_open(paths: AppPaths) -> None:
    session = _session(paths, demo=True)
    service = BackupService(paths, Clock())
    made = service.back_up_now()
    _add_resident(session, "Open")
    try:
        with pytest.raises(StoreBusyError):
            service.restore(made.name)
        assert _residents(session) == made.residents + 1  # the open session lost nothing
        _add_resident(session, "NogSteedsOpen")
    finally:
        session.close()
    reopened = _session(paths)
    assert _residents(reopened) == made.residents + 2
    reopened.close()
