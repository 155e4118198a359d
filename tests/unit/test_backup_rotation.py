"""Rotation of back-up copies: names, grandfather-father-son, a simulated year with a frozen
clock (names only, then real files that each pass integrity_check)."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from toegang_desktop.domain.backups import (
    BackupKind,
    BackupName,
    backup_file_name,
    names_to_keep,
    parse_backup_name,
)
from toegang_desktop.locations import migrations_dir
from toegang_desktop.store.backups import check_copy, list_backups, make_backup, rotate
from toegang_desktop.store.connection import open_store
from toegang_desktop.store.database import Database


def _at(day: date, hour: int = 17, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


def _named(kind: BackupKind, moment: datetime, version: int = 0) -> BackupName:
    parsed = parse_backup_name(backup_file_name(kind, moment, version))
    assert parsed is not None
    return parsed


def test_names_round_trip_and_other_files_are_not_ours() -> None:
    moment = datetime(2026, 11, 23, 14, 30, 5, tzinfo=UTC)
    assert backup_file_name(BackupKind.REGULAR, moment) == "toegang-20261123T143005Z.sqlite"
    migration = parse_backup_name("voor-migratie-v6-20261123T143005Z-2.sqlite")
    assert migration is not None and migration.kind is BackupKind.BEFORE_MIGRATION
    assert migration.taken_at == moment
    restore = parse_backup_name(backup_file_name(BackupKind.BEFORE_RESTORE, moment))
    assert restore is not None and restore.kind is BackupKind.BEFORE_RESTORE
    same_second = [parse_backup_name(backup_file_name(kind, moment)) for kind in BackupKind]
    assert len(sorted(same_second)) == 3  # of different kinds, still in one order
    for other in ("toegang.sqlite", "toegang-20261399T000000Z.sqlite", "notities.txt",
                  "toegang-20261123T143005Z.sqlite.bezig", "toegang-20261123T143005Z.sqlite-wal"):
        assert parse_backup_name(other) is None, other


DAILY_YEAR_KEPT = [  # daily copies at 17:00 in 2026, rotated on 31-12-2026 at 18:00
    *(date(2026, 12, d) for d in range(25, 32)),  # 7 daily (the last 4 among them)
    date(2026, 12, 20), date(2026, 12, 13),  # weeks 51 and 50 (weeks 53 and 52 are daily)
    date(2026, 11, 30), date(2026, 10, 31), date(2026, 9, 30), date(2026, 8, 31),
    date(2026, 7, 31),  # months (December's is daily)
]


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def test_a_year_of_daily_copies_rotated_every_day_leaves_the_promised_set() -> None:
    kept: set[BackupName] = set()
    specials = [_named(BackupKind.BEFORE_MIGRATION, _at(date(2026, 3, 1)), 5),
                _named(BackupKind.BEFORE_MIGRATION, _at(date(2026, 11, 15)), 6),
                _named(BackupKind.BEFORE_RESTORE, _at(date(2026, 6, 1))),
                _named(BackupKind.BEFORE_RESTORE, _at(date(2026, 12, 20), 10))]
    for day in _days(date(2026, 1, 1), date(2026, 12, 31)):
        kept.add(_named(BackupKind.REGULAR, _at(day)))
        kept |= {s for s in specials if s.taken_at.date() == day}
        keep = names_to_keep(kept, _at(day, 18))
        kept = {b for b in kept if b.name in keep}
    regular = sorted(b.taken_at.date() for b in kept if b.kind is BackupKind.REGULAR)
    assert regular == sorted(DAILY_YEAR_KEPT)
    # before a migration or a restore: 90 days (the March migration copy is gone)
    assert sorted(b.taken_at.date() for b in kept if b.kind is not BackupKind.REGULAR) == [
        date(2026, 11, 15), date(2026, 12, 20)]


def _expected_from_history(history: list[datetime]) -> set[datetime]:
    """The promise, computed from the full history without pruning."""
    def newest_per(key, count):  # type: ignore[no-untyped-def]
        groups: dict[object, datetime] = {}
        for moment in history:
            groups[key(moment)] = max(groups.get(key(moment), moment), moment)
        return set(sorted(groups.values(), reverse=True)[:count])
    return (set(sorted(history, reverse=True)[:4])
            | newest_per(lambda m: m.date(), 7)
            | newest_per(lambda m: m.isocalendar()[:2], 4)
            | newest_per(lambda m: (m.year, m.month), 6))


def test_a_working_year_every_30_minutes_keeps_exactly_the_promised_set() -> None:
    history: list[datetime] = []
    kept: set[BackupName] = set()
    checked = 0
    for day in _days(date(2026, 1, 5), date(2027, 1, 8)):
        if day.weekday() >= 5 or day in (date(2026, 8, 3), date(2026, 8, 4)):
            continue  # weekends and two days off: 'daily' counts days that have a copy
        for slot in range(18):  # 08:30 ... 17:00
            moment = _at(day, 8, 30) + timedelta(minutes=30 * slot)
            history.append(moment)
            kept.add(_named(BackupKind.REGULAR, moment))
            keep = names_to_keep(kept, moment)
            kept = {b for b in kept if b.name in keep}
        if day.day in (1, 15, 28):  # the set is right at every point of the year
            assert {b.taken_at for b in kept} == _expected_from_history(history), day
            checked += 1
    assert checked > 20
    # ends Friday 8-1-2027: the 4 newest (that day), 7 working days, weeks 52 and 51 of
    # 2026 (53 and 1 are daily), the ends of August to November (December's is daily)
    assert sorted({b.taken_at.date() for b in kept}) == [
        date(2026, 8, 31), date(2026, 9, 30), date(2026, 10, 30), date(2026, 11, 30),
        date(2026, 12, 18), date(2026, 12, 25), date(2026, 12, 31), date(2027, 1, 1),
        *(date(2027, 1, d) for d in range(4, 9))]
    assert len(kept) == 4 + 12  # the last day's 4 newest, one copy on every other date


def test_a_year_of_real_copies_leaves_the_promised_files_each_verified(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import toegang_desktop.store.backups as backups  # fsync is not what this test is about

    monkeypatch.setattr(backups, "flush_file", lambda _path: None)
    monkeypatch.setattr(backups, "flush_folder", lambda _path: None)
    store = tmp_path / "toegang.sqlite"
    folder = tmp_path / "backups"
    db = open_store(store, folder, migrations_dir())
    try:
        for number, day in enumerate(_days(date(2026, 1, 1), date(2026, 12, 31)), start=1):
            _add_resident(db, number)
            make_backup(db.conn, folder, BackupKind.REGULAR, _at(day))
            rotate(folder, _at(day, 18))
    finally:
        db.close()
    backups = list_backups(folder)
    assert sorted(b.name.taken_at.date() for b in backups) == sorted(DAILY_YEAR_KEPT)
    assert sorted(p.name for p in folder.iterdir()) == sorted(b.path.name for b in backups)
    for backup in backups:
        check = check_copy(backup.path)
        assert check.ok, backup.path.name
        # the copy of day n holds the n residents added until then
        assert check.residents == backup.name.taken_at.timetuple().tm_yday


def _add_resident(db: Database, number: int) -> None:
    db.execute(
        "INSERT INTO residents (first_names, surname, date_of_birth, sort_key, created_at, "
        "updated_at) VALUES ('Test', ?, '1980-01-01', ?, '2026-01-01', '2026-01-01')",
        [f"Voorbeeld{number}", f"voorbeeld{number}"])


def test_rotation_never_touches_other_files_and_clears_old_unfinished_copies(
    tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2026, 11, 23, 12, tzinfo=UTC)
    mine = folder / "mijn-kopie.sqlite"
    mine.write_bytes(b"x")
    old_temp = folder / (backup_file_name(BackupKind.REGULAR, now - timedelta(days=3)) + ".bezig")
    new_temp = folder / (backup_file_name(BackupKind.REGULAR, now) + ".bezig")
    for temp in (old_temp, new_temp):
        temp.write_bytes(b"half")
    stale = (now - timedelta(days=2)).timestamp()
    os.utime(old_temp, (stale, stale))
    os.utime(new_temp, (now.timestamp(), now.timestamp()))
    assert rotate(folder, now) == [old_temp]
    assert sorted(p.name for p in folder.iterdir()) == sorted([mine.name, new_temp.name])
