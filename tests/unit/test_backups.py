"""Online back-up copies of the store: verified before they get their name, consistent while
another connection writes, never kept when the check fails."""

from __future__ import annotations

import sqlite3
import threading
import time
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from toegang_desktop.domain.backups import BackupKind
from toegang_desktop.store import backups
from toegang_desktop.store.backups import check_copy, list_backups, make_backup
from toegang_desktop.store.connection import connect
from toegang_desktop.store.database import Database
from toegang_desktop.store.errors import BackupFailedError

NOW = datetime(2026, 11, 23, 14, 30, tzinfo=UTC)


def add_residents(conn: sqlite3.Connection, count: int, start: int = 1) -> None:
    for number in range(start, start + count):
        conn.execute(
            "INSERT INTO residents (first_names, surname, date_of_birth, sort_key, created_at, "
            "updated_at) VALUES ('Test', ?, '1980-01-01', ?, '2026-01-01', '2026-01-01')",
            [f"Voorbeeld{number}", f"voorbeeld{number}"])


def test_a_backup_is_verified_and_named_with_the_time(db: Database, store_path: Path) -> None:
    add_residents(db.conn, 3)
    folder = store_path.parent / "backups"
    made = make_backup(db.conn, folder, BackupKind.REGULAR, NOW)
    assert made.path.name == "toegang-20261123T143000Z.sqlite"
    assert [b.path for b in list_backups(folder)] == [made.path]
    check = check_copy(made.path)
    assert check.ok and check.residents == 3 and check.schema_version >= 6
    second = make_backup(db.conn, folder, BackupKind.REGULAR, NOW)  # the same second
    assert second.path.name == "toegang-20261123T143000Z-1.sqlite"
    assert sorted(p.name for p in folder.iterdir()) == sorted([made.path.name, second.path.name])


def test_a_copy_that_fails_its_check_is_not_kept(
    db: Database, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = store_path.parent / "backups"
    monkeypatch.setattr(backups, "check_copy",
                        lambda _path, **_options: backups.CopyCheck(False, None, 6, "page 3: corrupt"))
    with pytest.raises(BackupFailedError) as raised:
        make_backup(db.conn, folder, BackupKind.REGULAR, NOW)
    assert "page 3" in raised.value.detail
    assert list(folder.iterdir()) == []


def test_a_backup_while_another_thread_writes_is_a_consistent_prefix(
    db: Database, store_path: Path
) -> None:
    with db.conn:
        db.conn.execute("BEGIN")
        add_residents(db.conn, 2000)  # enough pages that the copy takes a while
    folder = store_path.parent / "backups"
    stop = threading.Event()
    written: list[int] = []

    def writer() -> None:
        with closing(connect(store_path)) as conn:
            number = 10_000
            while not stop.is_set():
                conn.execute("BEGIN")
                add_residents(conn, 1, number)
                conn.execute("COMMIT")
                written.append(number)
                number += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        copies = []
        for _ in range(5):
            seen = len(written)
            while len(written) == seen:  # the writer commits between (and during) the copies
                time.sleep(0.001)
            reader = connect(store_path)  # the app makes its copies on a connection of its own
            try:
                copies.append(make_backup(reader, folder, BackupKind.REGULAR, NOW))
            finally:
                reader.close()
    finally:
        stop.set()
        thread.join()
    assert len(written) > 5, "the writer must really have written during the copies"
    counts = []
    for copy in copies:
        check = check_copy(copy.path)
        assert check.ok, check.detail
        with closing(sqlite3.connect(copy.path)) as conn:
            ids = [row[0] for row in conn.execute("SELECT id FROM residents ORDER BY id")]
        assert ids == list(range(1, len(ids) + 1)), "a copy holds whole transactions, in order"
        counts.append(len(ids))
    assert counts == sorted(set(counts)) and counts[0] > 2000  # each later copy holds more


def test_check_copy_finds_damage_and_foreign_files(db: Database, tmp_path: Path) -> None:
    add_residents(db.conn, 200)
    made = make_backup(db.conn, tmp_path / "backups", BackupKind.REGULAR, NOW)
    data = bytearray(made.path.read_bytes())
    page = 4096
    assert len(data) > 6 * page
    data[5 * page + 100: 5 * page + 400] = b"\xff" * 300  # flip bytes in one page
    damaged = tmp_path / "beschadigd.sqlite"
    damaged.write_bytes(bytes(data))
    assert not check_copy(damaged).ok
    foreign = tmp_path / "ander.sqlite"
    with closing(sqlite3.connect(foreign)) as conn:
        conn.execute("CREATE TABLE residents (x)")
        conn.commit()
    assert not check_copy(foreign).ok
    text = tmp_path / "tekst.sqlite"
    text.write_bytes(b"geen database" * 100)
    assert not check_copy(text).ok
