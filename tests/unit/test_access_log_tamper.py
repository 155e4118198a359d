"""Tamper evidence beyond the triggers (issue 14): a purge proves itself from the chain, and the
check names every defect it meets, values of the wrong type and a missing table included,
never raising. Someone with the file can drop the triggers, so each attack here does."""
# ruff: noqa: F811

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from toegang_desktop.domain.access_log import Defect, LogLine, removed_line_text
from toegang_desktop.export.whole_file import ProtectedFiles
from toegang_desktop.services.access_log import AccessLog
from toegang_desktop.store import access_log as store_log
from toegang_desktop.store.database import Database

# The shared fixtures are imported by name, which pytest needs and ruff reads as shadowing.
from .access_log_fixtures import WHO, log, raw  # noqa: F401

OLD = "2015-03-01T09:00:00+00:00"


def _line(raw: sqlite3.Connection, line_id: int) -> LogLine:
    return LogLine(*raw.execute(
        f"SELECT {store_log._COLUMNS} FROM access_log WHERE id = ?", [line_id]).fetchone())  # noqa: SLF001


def test_a_forged_marker_cannot_remove_recent_lines(log: AccessLog, raw: sqlite3.Connection) -> None:
    """The issue's attack against the triggers: the marker no longer lifts them for lines
    younger than five years."""
    raw.execute("INSERT INTO access_log_purge_marker (id, through_id) VALUES (1, 3)")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        raw.execute("DELETE FROM access_log WHERE id <= 3")
    assert log.verify().ok


def test_first_lines_removed_with_a_forged_marker_and_a_hashless_checkpoint(
    log: AccessLog, raw: sqlite3.Connection,
) -> None:
    """The attack from the issue, as it was done: a checkpoint row as version 7 wrote it."""
    third = _line(raw, 3)
    raw.execute("DROP TRIGGER access_log_no_delete")
    raw.execute("DELETE FROM access_log WHERE id <= 3")
    raw.execute("INSERT INTO access_log_checkpoints (at, removed_through, removed_count,"
                " last_removed_hash) VALUES ('2026-12-01T00:00:00+00:00', 3, 3, ?)", [third.hash])
    assert log.verify().defects == [(4, Defect.PURGE_FORGED)]


def test_first_lines_removed_with_a_complete_checkpoint_but_no_purge_line(
    log: AccessLog, raw: sqlite3.Connection,
) -> None:
    """Even a checkpoint with the true removed line is refused without its purge line."""
    third = _line(raw, 3)
    raw.execute("DROP TRIGGER access_log_no_delete")
    raw.execute("DELETE FROM access_log WHERE id <= 3")
    raw.execute("INSERT INTO access_log_checkpoints (at, removed_through, removed_count,"
                " last_removed_hash, last_removed_line, purge_line_id) VALUES (?, 3, 3, ?, ?, 11)",
                ["2026-12-01T00:00:00+00:00", third.hash, removed_line_text(third)])
    assert log.verify().defects == [(4, Defect.PURGE_FORGED)]


def test_recent_lines_removed_with_a_forged_purge_line_are_found(
    log: AccessLog, raw: sqlite3.Connection,
) -> None:
    """A forger who also appends a well-hashed purge line: the removed lines are younger
    than five years before it, which a real purge never removes."""
    third = _line(raw, 3)
    raw.execute("DROP TRIGGER access_log_no_delete")
    raw.execute("DELETE FROM access_log WHERE id <= 3")
    repo = store_log.AccessLogRepository(Database(raw))
    purge = repo.append(WHO, store_log.AccessAction.LOG_PURGE, store_log.AccessResult.OK,
                        detail=f"3;3;{third.hash}")
    raw.execute("INSERT INTO access_log_checkpoints (at, removed_through, removed_count,"
                " last_removed_hash, last_removed_line, purge_line_id) VALUES (?, 3, 3, ?, ?, ?)",
                [purge.at, third.hash, removed_line_text(third), purge.id])
    assert log.verify().defects == [(4, Defect.PURGE_FORGED)]


def test_a_checkpoint_whose_removed_line_does_not_hash_is_found(
    db: Database, monkeypatch: pytest.MonkeyPatch, store_path: Path,
) -> None:
    log = AccessLog(db, WHO)
    monkeypatch.setattr(store_log, "utc_now", lambda: OLD)
    log.viewed(1)
    log.viewed(2)
    monkeypatch.undo()
    log.viewed(3)
    assert log.purge_old(date.today()) is not None
    assert log.verify().ok
    with sqlite3.connect(store_path, isolation_level=None) as raw:
        raw.execute("DROP TRIGGER access_log_checkpoints_no_update")
        raw.execute("UPDATE access_log_checkpoints SET last_removed_line ="
                    " replace(last_removed_line, 'medewerker1', 'iemand')")
    assert log.verify().defects == [(3, Defect.PURGE_FORGED)]


def test_a_real_purge_verifies_and_its_line_is_in_the_chain(
    db: Database, monkeypatch: pytest.MonkeyPatch,
) -> None:
    log = AccessLog(db, WHO)
    monkeypatch.setattr(store_log, "utc_now", lambda: OLD)
    for resident_id in (1, 2, 3):
        log.viewed(resident_id)
    monkeypatch.undo()
    log.viewed(4)
    checkpoint = log.purge_old(date.today())
    assert checkpoint is not None and checkpoint.removed_count == 3
    lines = list(log._repo.lines())  # noqa: SLF001
    assert [x.action for x in lines] == ["view", "log_purge"]
    assert lines[1].detail == f"3;3;{checkpoint.last_removed_hash}"
    assert checkpoint.purge_line_id == lines[1].id
    assert log.verify().ok


@pytest.mark.parametrize(("sql", "defect"), [
    ("UPDATE access_log SET resident_id = 'zeven' WHERE id = 4", Defect.WRONG_TYPE),
    ("UPDATE access_log SET at = x'00ff' WHERE id = 4", Defect.WRONG_TYPE),
    ("UPDATE access_log SET hash = 12 WHERE id = 4", Defect.WRONG_TYPE),
    ("UPDATE access_log SET prev_hash = 'geen hash' WHERE id = 4", Defect.WRONG_TYPE),
    ("UPDATE access_log SET detail = 'x' WHERE id = 4", Defect.ALTERED),
])
def test_values_of_the_wrong_type_are_named(
    log: AccessLog, raw: sqlite3.Connection, sql: str, defect: Defect,
) -> None:
    raw.execute("DROP TRIGGER access_log_no_update")
    raw.execute(sql)
    assert (4, defect) in log.verify().defects


def test_a_null_hash_is_named(log: AccessLog, raw: sqlite3.Connection) -> None:
    """NOT NULL keeps a NULL out of the table as the app made it; rebuilt without, it is named."""
    raw.executescript(
        "DROP TRIGGER access_log_no_update; DROP TRIGGER access_log_no_delete;"
        " ALTER TABLE access_log RENAME TO old_log;"
        " CREATE TABLE access_log AS SELECT * FROM old_log; DROP TABLE old_log;"
        " UPDATE access_log SET hash = NULL WHERE id = 5;")
    assert (5, Defect.WRONG_TYPE) in log.verify().defects


def test_lines_of_the_wrong_type_still_export(log: AccessLog, raw: sqlite3.Connection,
                                              tmp_path: Path) -> None:
    """The privacy officer must be able to export a damaged log to look at it."""
    raw.execute("DROP TRIGGER access_log_no_update")
    raw.execute("UPDATE access_log SET actor = x'01', at = x'00ff' WHERE id = 3")
    assert log.export_csv(tmp_path / "alles.csv", protected=ProtectedFiles()) == 10
    assert log.export_csv(tmp_path / "een.csv", since=date(2020, 1, 1), resident_id=3,
                          protected=ProtectedFiles()) == 1
    assert (3, Defect.WRONG_TYPE) in log.verify().defects


@pytest.mark.parametrize("table", ["access_log", "access_log_checkpoints"])
def test_a_missing_table_is_named(log: AccessLog, raw: sqlite3.Connection, table: str) -> None:
    raw.execute(f"DROP TABLE {table}")
    result = log.verify()
    assert result.defects == [(0, Defect.UNREADABLE)] and not result.ok


_VALUES = st.one_of(st.none(), st.integers(min_value=-2**63, max_value=2**63 - 1),
                    st.floats(allow_nan=False), st.text(max_size=70), st.binary(max_size=40))
_FIELDS = ("at", "actor", "profile", "workstation", "resident_id", "conversation_id", "detail",
           "prev_hash", "hash")


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.lists(st.tuples(st.integers(1, 10), st.sampled_from(_FIELDS), _VALUES),
                        min_size=1, max_size=4))
@example(changes=[(5, "conversation_id", 0), (5, "conversation_id", None)])  # undone again
def test_random_corruption_is_always_named(
    log: AccessLog, raw: sqlite3.Connection, changes: list[tuple[int, str, object]],
) -> None:
    """Random fields of random lines get random-typed values: the check names a defect, never
    says the log is intact and never raises."""
    raw.execute("DROP TRIGGER IF EXISTS access_log_no_update")
    raw.execute("BEGIN")
    try:
        def stored(line_id: int, field: str) -> tuple[type, object]:
            found = raw.execute(f"SELECT {field} FROM access_log WHERE id = ?",
                                [line_id]).fetchone()[0]
            return type(found), found

        originals: dict[tuple[int, str], tuple[type, object]] = {}
        for line_id, field, value in changes:
            originals.setdefault((line_id, field), stored(line_id, field))
            try:
                raw.execute(f"UPDATE access_log SET {field} = ? WHERE id = ?", [value, line_id])
            except sqlite3.IntegrityError:  # NOT NULL: the table as the app made it refuses
                continue
        # Changed as the file stands now: a later change may put back what an earlier one took
        # (0 then NULL again), and that log is intact.
        changed = any(stored(*place) != original for place, original in originals.items())
        result = store_log.AccessLogRepository(Database(raw)).verify()  # sees the open changes
        assert result.ok is not changed
        assert all(isinstance(defect, Defect) for _line_id, defect in result.defects)
    finally:
        raw.execute("ROLLBACK")


_CHECKPOINT_FIELDS = ("removed_through", "removed_count", "last_removed_hash",
                      "last_removed_line", "purge_line_id")


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(field=st.sampled_from(_CHECKPOINT_FIELDS), value=_VALUES)
def test_a_corrupted_checkpoint_is_always_named(
    db: Database, store_path: Path, monkeypatch: pytest.MonkeyPatch, field: str, value: object,
) -> None:
    log = AccessLog(db, WHO)
    if log._repo.latest_checkpoint() is None:  # noqa: SLF001  # once per store: a real purge
        monkeypatch.setattr(store_log, "utc_now", lambda: OLD)
        log.viewed(1)
        log.viewed(2)
        monkeypatch.undo()
        log.viewed(3)
        assert log.purge_old(date.today()) is not None
    raw = sqlite3.connect(store_path, isolation_level=None)
    try:
        raw.execute("DROP TRIGGER IF EXISTS access_log_checkpoints_no_update")
        raw.execute("BEGIN")
        before = raw.execute(f"SELECT {field} FROM access_log_checkpoints").fetchone()[0]
        try:
            raw.execute(f"UPDATE access_log_checkpoints SET {field} = ?", [value])
        except sqlite3.IntegrityError:  # NOT NULL
            raw.execute("ROLLBACK")
            return
        after = raw.execute(f"SELECT {field} FROM access_log_checkpoints").fetchone()[0]
        result = store_log.AccessLogRepository(Database(raw)).verify()
        assert result.ok is ((type(after), after) == (type(before), before))
        raw.execute("ROLLBACK")
    finally:
        raw.close()
