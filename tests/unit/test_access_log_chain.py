"""The access log is append-only (triggers) and tamper-evident (hash chain): a raw edit, a
removed line, an inserted line and a removed newest line are all found by the check; the
controlled purge of old lines keeps the chain verifiable."""
# ruff: noqa: F811

from __future__ import annotations

import csv
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from toegang_desktop.domain.access_log import GENESIS, Defect, years_before
from toegang_desktop.export.whole_file import ProtectedFiles
from toegang_desktop.services.access_log import AccessAction, AccessLog
from toegang_desktop.store import access_log as store_log
from toegang_desktop.store.database import Database
from toegang_desktop.store.driver import dbapi

# The shared fixtures are imported by name, which pytest needs and ruff reads as shadowing.
from .access_log_fixtures import WHO, log, raw  # noqa: F401


def test_an_untouched_chain_verifies(log: AccessLog) -> None:
    result = log.verify()
    assert result.ok and result.checked == 10
    assert result.head_hash != GENESIS


@pytest.mark.parametrize("sql", [
    "UPDATE access_log SET detail = 'x' WHERE id = 3",
    "DELETE FROM access_log WHERE id = 3",
    "DELETE FROM access_log",
])
def test_the_store_refuses_update_and_delete(db: Database, log: AccessLog, sql: str) -> None:
    with pytest.raises(dbapi.DatabaseError, match="append-only"):
        db.execute(sql)
    assert log.verify().ok


def test_a_raw_edit_is_found(log: AccessLog, raw: sqlite3.Connection) -> None:
    raw.execute("DROP TRIGGER access_log_no_update")
    raw.execute("UPDATE access_log SET actor = 'iemand-anders' WHERE id = 4")
    assert log.verify().defects == [(4, Defect.ALTERED)]


def test_a_raw_edit_with_its_hash_recomputed_breaks_the_chain(
    log: AccessLog, raw: sqlite3.Connection,
) -> None:
    raw.execute("DROP TRIGGER access_log_no_update")
    raw.execute("UPDATE access_log SET resident_id = 99 WHERE id = 4")
    line = next(x for x in log._repo.lines() if x.id == 4)  # noqa: SLF001
    raw.execute("UPDATE access_log SET hash = ? WHERE id = 4",
                [store_log.line_hash(line.prev_hash, line)])
    assert log.verify().defects == [(5, Defect.CHAIN_BROKEN)]


def test_a_removed_line_is_found(log: AccessLog, raw: sqlite3.Connection) -> None:
    raw.execute("DROP TRIGGER access_log_no_delete")
    raw.execute("DELETE FROM access_log WHERE id = 6")
    assert log.verify().defects == [(7, Defect.MISSING)]


def test_an_inserted_line_is_found(log: AccessLog, raw: sqlite3.Connection) -> None:
    raw.execute(
        "INSERT INTO access_log (id, at, actor, profile, workstation, resident_id, action,"
        " detail, result, prev_hash, hash) VALUES (11, '2026-01-01T00:00:00+00:00', 'x', 'y',"
        " 'z', 3, 'view', '', 'ok', ?, ?)", [GENESIS, "f" * 64])
    assert log.verify().defects == [(11, Defect.CHAIN_BROKEN), (11, Defect.ALTERED)]


def test_a_removed_newest_line_is_found(log: AccessLog, raw: sqlite3.Connection) -> None:
    raw.execute("DROP TRIGGER access_log_no_delete")
    raw.execute("DELETE FROM access_log WHERE id = 10")
    assert log.verify().defects == [(10, Defect.TAIL_MISSING)]


def test_a_prefix_removed_without_the_purge_is_found(
    log: AccessLog, raw: sqlite3.Connection,
) -> None:
    raw.execute("DROP TRIGGER access_log_no_delete")
    raw.execute("DELETE FROM access_log WHERE id <= 3")
    assert log.verify().defects == [(4, Defect.MISSING)]


def _lines_at(monkeypatch: pytest.MonkeyPatch, log: AccessLog, stamps: list[str]) -> None:
    for stamp in stamps:
        monkeypatch.setattr(store_log, "utc_now", lambda stamp=stamp: stamp)
        log.viewed(7)
    monkeypatch.undo()


def test_log_purge_removes_only_lines_older_than_five_years(
    db: Database, monkeypatch: pytest.MonkeyPatch,
) -> None:
    log = AccessLog(db, WHO)
    _lines_at(monkeypatch, log, ["2020-05-01T10:00:00+00:00", "2021-11-22T23:59:59+00:00",
                                 "2021-11-23T00:00:00+00:00", "2024-02-02T08:00:00+00:00"])
    checkpoint = log.purge_old(date(2026, 11, 23))
    assert checkpoint is not None and checkpoint.removed_count == 2
    kept = [(x.at[:10], x.action) for x in log._repo.lines()]  # noqa: SLF001
    assert kept[:2] == [("2021-11-23", "view"), ("2024-02-02", "view")]
    assert kept[2][1] == "log_purge"
    result = log.verify()
    assert result.ok and result.checked == 3
    assert log.purge_old(date(2026, 11, 23)) is None  # nothing older left: nothing happens


def test_log_purge_never_keeps_less_than_five_years(
    db: Database, monkeypatch: pytest.MonkeyPatch,
) -> None:
    log = AccessLog(db, WHO)
    _lines_at(monkeypatch, log, ["2023-01-01T00:00:00+00:00"])
    assert log.purge_old(date(2026, 11, 23), years=1) is None


def test_appending_after_a_purge_of_everything_continues_the_chain(
    db: Database, monkeypatch: pytest.MonkeyPatch,
) -> None:
    log = AccessLog(db, WHO)
    _lines_at(monkeypatch, log, ["2001-01-01T00:00:00+00:00"])
    repo = store_log.AccessLogRepository(db)
    assert repo.purge_before("2030-01-01", WHO) is not None
    assert [x.action for x in repo.lines()] == ["log_purge"]  # written in the purge
    assert log.verify().ok
    log.viewed(8)
    assert log.verify().ok


def test_csv_export_for_the_privacy_officer(log: AccessLog, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    _lines_at(monkeypatch, log, ["2025-03-01T12:00:00+00:00"])
    target = tmp_path / "toegangslog.csv"
    assert log.export_csv(target, since=date(2025, 3, 1), until=date(2025, 3, 1),
                          protected=ProtectedFiles()) == 1
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:3] == ["regel", "tijdstip_utc", "gebruiker"]
    assert rows[1][1:5] == ["2025-03-01T12:00:00+00:00", "medewerker1", "standaard",
                            "WERKPLEK-07"]
    # all lines, the first export's line included
    assert log.export_csv(target, protected=ProtectedFiles()) == 12
    last = list(log._repo.lines())[-1]  # noqa: SLF001
    assert (last.action, last.detail) == (AccessAction.LOG_EXPORT.value, "12")


def test_log_purge_on_a_local_day_ahead_of_utc_keeps_what_the_store_keeps(
    db: Database, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Just after midnight in the Netherlands the local day is a day ahead of UTC; the delete
    trigger counts five years from the UTC clock, so a line just under five years old by UTC
    but before the local cutoff must stay, and the purge must not fail on it."""
    log = AccessLog(db, WHO)
    utc_now = datetime.now(UTC).replace(microsecond=0)
    five_years_ago = datetime.combine(years_before(utc_now.date(), 5), utc_now.timetz())
    _lines_at(monkeypatch, log, [(five_years_ago + timedelta(hours=1)).isoformat()])
    local_today = utc_now.date() + timedelta(days=2)
    log.purge_old(local_today)  # raised StoreUnavailableError: the trigger refused the line
    assert [x.action for x in log._repo.lines()][0] == "view"  # noqa: SLF001
    assert log.verify().ok


def test_no_cell_of_a_tampered_line_is_read_as_a_formula(tmp_path: Path) -> None:
    """docs/security.md: every value starting with = + - @ gets a ' (a line changed outside
    the app may hold anything, in any column)."""
    from toegang_desktop.domain.access_log import LogLine

    formula = '=HYPERLINK("http://x")'
    tampered = LogLine(formula, formula, "@user", "+profile", "-host",  # type: ignore[arg-type]
                       formula, formula, formula, formula, formula, GENESIS, formula)
    target = tmp_path / "toegangslog.csv"
    AccessLog.write_csv(target, [tampered], protected=ProtectedFiles())
    row = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))[1]
    assert all(cell.startswith("'") for cell in row), row
