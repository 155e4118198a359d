"""A pulled page comes from outside: whatever it holds, it is applied whole or refused whole,
and a refused page leaves the store exactly as it was (issue 16)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toegang_desktop.services.session import Session
from toegang_desktop.store.sync_apply import PageRefused
from toegang_desktop.store.sync_registry import SyncRegistry

from .team_sync_stores import as_records, dump, laptop, page, sync_of


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Session, list[dict[str, Any]]]]:
    folder = tmp_path_factory.mktemp("fuzz")
    with laptop(folder / "a", demo=True) as a, laptop(folder / "b", joined=True) as b:
        records = as_records(a.db)
        sync_of(b).apply_page(page(records))
        yield b, records


def _pages(records: list[dict[str, Any]], tables: list[str],
           columns: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    known = [r["record_id"] for r in records]
    residents = [r["record_id"] for r in records if r["table"] == "residents"]
    ids = st.one_of(st.sampled_from(known), st.builds(lambda: str(uuid.uuid4())),
                    st.text(max_size=5))
    values = st.one_of(st.none(), st.integers(-3, 2**63), st.booleans(),
                       st.text(max_size=12), st.sampled_from(known),
                       st.sampled_from(["2026-01-31", "yes", "home", "partner", "1"]),
                       st.floats(allow_nan=True), st.lists(st.integers(), max_size=2))
    record = st.fixed_dictionaries({
        "seq": st.one_of(st.integers(0, 10**6), st.text(max_size=2)),
        "table": st.sampled_from([*tables, "access_log", "partners", "nonsense"]),
        "record_id": ids,
        "resident_id": st.one_of(st.none(), st.sampled_from(residents)),
        "deleted": st.one_of(st.booleans(), st.none()),
        "data": st.dictionaries(st.sampled_from([*columns, "id", "uuid", "bogus"]), values,
                                max_size=6),
    })
    # also existing records with one or two fields changed: they get through the checks
    changed = st.builds(
        lambda r, col, value, seq: {**r, "seq": seq, "data": {**r["data"], col: value}},
        st.sampled_from(records), st.sampled_from(columns), values, st.integers(1, 10**6))
    return st.fixed_dictionaries({
        "reset": st.just(False), "high": st.integers(0, 10**7),
        "high_change": st.one_of(st.none(), st.builds(lambda: str(uuid.uuid4()))),
        "more": st.booleans(),
        "records": st.lists(st.one_of(record, changed), max_size=5),
        "removed": st.lists(st.one_of(st.sampled_from(residents), st.builds(
            lambda: str(uuid.uuid4()))), max_size=2),
    })


def test_a_pulled_page_applies_whole_or_not_at_all(
        store: tuple[Session, list[dict[str, Any]]]) -> None:
    b, records = store
    registry = SyncRegistry(b.db)
    tables = list(registry.names)
    columns = sorted({c for t in registry.tables.values() for c in t.wire_columns})
    team = sync_of(b)
    outcomes = {"applied": 0, "refused": 0, "written": 0}

    @settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))
    @given(_pages(records, tables, columns))
    def check(raw: dict[str, Any]) -> None:
        before = dump(b.db)
        try:
            team.apply_page(raw)
        except PageRefused:
            assert dump(b.db) == before
            outcomes["refused"] += 1
            return
        outcomes["applied"] += 1
        outcomes["written"] += int(dump(b.db) != before)
        assert b.db.execute("SELECT count(*) FROM sync_applying").fetchone()[0] == 0
        assert b.db.execute("SELECT last_seq FROM sync_state").fetchone()[0] == raw["high"]
        assert b.db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert b.access_log.verify().ok

    check()
    # the test saw both ways (and pages that really changed the store)
    assert min(outcomes.values()) > 5, outcomes
    assert b.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
