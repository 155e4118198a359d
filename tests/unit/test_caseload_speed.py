"""What migration 0007 and the in-memory name order change must not change: the order of the
search results, and the caseload's last-conversation and legal-term columns."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from toegang_desktop.content.checklist import Checklist, load_checklist
from toegang_desktop.domain.caseload import CaseloadSort
from toegang_desktop.domain.conversation import Conversation, Place
from toegang_desktop.domain.legal_clock import DECISION_DAYS, INVESTIGATION_DAYS
from toegang_desktop.domain.resident import Resident
from toegang_desktop.domain.search import sort_key
from toegang_desktop.locations import default_checklist_path, migrations_dir
from toegang_desktop.services.conversations import ConversationService
from toegang_desktop.services.dossiers import DossierService
from toegang_desktop.store.connection import open_store
from toegang_desktop.store.database import Database
from toegang_desktop.store.residents import ResidentRepository

TODAY = date(2026, 11, 23)
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
# Same names on purpose (ties are ordered by id), diacritics and other scripts.
NAMES = [
    ("Jan", "de", "Vries"), ("Jan", "", "Vries"), ("Jan", "de", "Vries"), ("Şükrü", "", "Yılmaz"),
    ("Zoë", "van", "Dijk"), ("Łukasz", "", "Kowalski"), ("Jana", "", "Ålund"), ("محمد", "", "Amrani"),
    ("Anna", "", "Vries"), ("Jannes", "van der", "Berg"), ("Ömer", "", "Vries"), ("Jan", "", "Aa"),
]


@pytest.fixture
def dossiers(db: Database) -> DossierService:
    return DossierService(db, lambda: TODAY)


@pytest.fixture
def talks(db: Database) -> ConversationService:
    checklist: Checklist = load_checklist(default_checklist_path())
    return ConversationService(db, checklist, lambda: TODAY)


def _register(dossiers: DossierService, first: str, prefix: str, surname: str) -> int:
    return dossiers.register(Resident(first_names=first, prefix=prefix, surname=surname,
                                      date_of_birth=date(1980, 1, 1), postcode="1234 AB"))


def _expected(db: Database, ids: set[int], descending: bool) -> list[int]:
    """ORDER BY sort_key [DESC], id, computed here from the stored names."""
    rows = [(rid, sort_key(first, surname)) for rid, first, surname in
            db.execute("SELECT id, first_names, surname FROM residents").fetchall() if rid in ids]
    rows.sort(key=lambda row: row[0])
    rows.sort(key=lambda row: row[1], reverse=descending)
    return [rid for rid, _key in rows]


def _matching(dossiers: DossierService, text: str) -> set[int]:
    return set(dossiers.search(text, CaseloadSort.DATE_OF_BIRTH))  # the SQL path, other order


@pytest.mark.parametrize("text", ["", "jan", "vries", "1234", "sukru", "a"])
@pytest.mark.parametrize("descending", [False, True])
def test_search_results_are_in_name_order(
    db: Database, dossiers: DossierService, text: str, descending: bool
) -> None:
    for first, prefix, surname in NAMES:
        _register(dossiers, first, prefix, surname)
    found = dossiers.search(text, CaseloadSort.NAME, descending)
    assert set(found) == _matching(dossiers, text)
    assert found == _expected(db, set(found), descending)
    if text == "vries":
        assert len(found) == 5  # the order is tested on something


def test_name_order_follows_changes_also_from_another_connection(
    db: Database, dossiers: DossierService, store_path: Path
) -> None:
    ids = [_register(dossiers, *name) for name in NAMES]
    assert dossiers.search("vries", CaseloadSort.NAME)  # the name order is now kept in memory

    other = open_store(store_path, store_path.parent / "backups", migrations_dir())
    try:
        newcomer = _register(DossierService(other), "Aad", "", "Vries")
    finally:
        other.close()
    found = dossiers.search("vries", CaseloadSort.NAME)
    assert newcomer in found and found == _expected(db, set(found), False)

    renamed = dossiers.resident(ids[0])
    assert renamed is not None
    dossiers.update(replace(renamed, first_names="Aaron"))
    found = dossiers.search("vries", CaseloadSort.NAME)
    assert found[:2] == [newcomer, ids[0]]  # 'vries aad', 'vries aaron'
    assert found == _expected(db, set(found), False)

    ResidentRepository(db).delete(ids[0])
    found = dossiers.search("vries", CaseloadSort.NAME)
    assert ids[0] not in found and found == _expected(db, set(found), False)


def test_name_order_kept_from_the_whole_caseload_follows_another_connection(
    db: Database, dossiers: DossierService, store_path: Path
) -> None:
    ids = [_register(dossiers, *name) for name in NAMES]
    assert dossiers.search("", CaseloadSort.NAME) == _expected(db, set(ids), False)

    other = open_store(store_path, store_path.parent / "backups", migrations_dir())
    try:
        others = DossierService(other)
        newcomer = _register(others, "Aad", "", "Vries")  # first of the Vries family
        renamed = others.resident(ids[8])  # 'Anna Vries' becomes the last of them
        assert renamed is not None
        others.update(replace(renamed, first_names="Zus"))
    finally:
        other.close()
    found = dossiers.search("vries", CaseloadSort.NAME)
    assert found[0] == newcomer and found[-1] == ids[8]
    assert found == _expected(db, set(found), False)
    assert dossiers.search("", CaseloadSort.NAME) == _expected(db, {*ids, newcomer}, False)


def _statements(db: Database, action: Callable[[], object]) -> list[str]:
    """The statements the action runs (not those SQLite runs inside them, traced as '-- ...')."""
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        action()
    finally:
        db.conn.set_trace_callback(None)
    return [sql for sql in statements if not sql.startswith("--")]


def test_a_typed_search_is_one_statement_while_the_name_order_stands(
    db: Database, dossiers: DossierService
) -> None:
    """A single SELECT reads one snapshot: the order's version and the matches need no
    transaction around them; a changed order is read again with the matches, in one more."""
    for first, prefix, surname in NAMES:
        _register(dossiers, first, prefix, surname)
    assert len(_statements(db, lambda: dossiers.search("", CaseloadSort.NAME))) == 1
    assert len(_statements(db, lambda: dossiers.search("vries", CaseloadSort.NAME))) == 1

    newcomer = _register(dossiers, "Aad", "", "Vries")
    statements = _statements(db, lambda: dossiers.search("vries", CaseloadSort.NAME))
    assert len(statements) == 2 and not any("BEGIN" in sql for sql in statements)
    assert dossiers.search("vries", CaseloadSort.NAME)[0] == newcomer
    assert len(_statements(db, lambda: dossiers.search("vri", CaseloadSort.NAME))) == 1


def test_a_write_another_connection_has_not_committed_is_not_seen(
    db: Database, dossiers: DossierService, store_path: Path
) -> None:
    for first, prefix, surname in NAMES:
        _register(dossiers, first, prefix, surname)
    before = dossiers.search("vries", CaseloadSort.NAME)
    other = open_store(store_path, store_path.parent / "backups", migrations_dir())
    try:
        with other.atomic():
            newcomer = _register(DossierService(other), "Aad", "", "Vries")
            assert dossiers.search("vries", CaseloadSort.NAME) == before  # not blocked either
            assert newcomer not in dossiers.search("", CaseloadSort.NAME)
    finally:
        other.close()
    found = dossiers.search("vries", CaseloadSort.NAME)
    assert found == [newcomer, *before] and found == _expected(db, set(found), False)


@pytest.mark.parametrize("order_current", [True, False])
def test_an_index_row_without_resident_never_fails(
    db: Database, dossiers: DossierService, order_current: bool
) -> None:
    ids = [_register(dossiers, *name) for name in NAMES]
    dossiers.search("", CaseloadSort.NAME)
    db.execute("INSERT INTO resident_search (rowid, terms) VALUES (?, ?)", [max(ids) + 1000, "vries"])
    db.execute("INSERT INTO resident_search (rowid, terms) VALUES (?, ?)", [0, "vries"])
    if not order_current:
        _register(dossiers, "Jan", "", "Zwart")
    found = dossiers.search("vries", CaseloadSort.NAME)
    assert len(found) == 5 and found == _expected(db, set(found), False)


def _conversation(resident_id: int, held_on: date, melding: date | None = None) -> Conversation:
    return Conversation(resident_id=resident_id, held_on=held_on, place=Place.HOME,
                        checklist_id="", checklist_version="", melding_date=melding)


def test_caseload_columns_follow_the_conversations(
    dossiers: DossierService, talks: ConversationService
) -> None:
    rid = _register(dossiers, "Jan", "de", "Vries")
    assert dossiers.caseload_entries([rid])[rid].last_conversation is None

    melding = TODAY - timedelta(days=20)
    first = talks.start(_conversation(rid, TODAY - timedelta(days=10), melding))
    later = talks.start(_conversation(rid, TODAY - timedelta(days=2)))
    entry = dossiers.caseload_entries([rid])[rid]
    assert entry.last_conversation == TODAY - timedelta(days=2)
    assert entry.next_deadline == melding + timedelta(days=INVESTIGATION_DAYS)

    applied = TODAY - timedelta(days=5)
    talks.update_header(replace(later, application_date=applied))
    entry = dossiers.caseload_entries([rid])[rid]
    assert entry.next_deadline == applied + timedelta(days=DECISION_DAYS)  # the earlier term

    talks.update_header(replace(first, held_on=TODAY - timedelta(days=1), finalised_on=TODAY))
    entry = dossiers.caseload_entries([rid])[rid]
    assert entry.last_conversation == TODAY - timedelta(days=1)
    assert entry.next_deadline == applied + timedelta(days=DECISION_DAYS)

    talks.update_header(replace(later, application_date=applied, decision_date=TODAY))
    assert dossiers.caseload_entries([rid])[rid].next_deadline is None


_OLD_COLUMNS = (  # how the caseload computed both columns before migration 0007
    "SELECT r.id,"
    " (SELECT max(c.held_on) FROM conversations c WHERE c.resident_id = r.id),"
    " (SELECT min(due) FROM ("
    f"  SELECT date(c.melding_date, '+{INVESTIGATION_DAYS} days') AS due FROM conversations c"
    "   WHERE c.resident_id = r.id AND c.melding_date IS NOT NULL AND c.finalised_on IS NULL"
    f"  UNION ALL SELECT date(c.application_date, '+{DECISION_DAYS} days') FROM conversations c"
    "   WHERE c.resident_id = r.id AND c.application_date IS NOT NULL"
    "   AND c.decision_date IS NULL))"
    " FROM residents r ORDER BY r.id"
)


def test_migration_fills_the_columns_as_they_were_computed(tmp_path: Path) -> None:
    store = tmp_path / "toegang.sqlite"
    shutil.copyfile(FIXTURES / "store_schema_v6.sqlite", store)
    before = sqlite3.connect(store)
    expected = before.execute(_OLD_COLUMNS).fetchall()
    before.close()
    assert any(row[2] for row in expected)  # the demo data has an open legal term

    db = open_store(store, tmp_path / "backups", migrations_dir())
    try:
        stored = db.execute(
            "SELECT id, last_conversation, next_deadline FROM residents ORDER BY id").fetchall()
        assert stored == expected
        # the triggers compute as the old query did, e.g. after a conversation moves
        db.execute("UPDATE conversations SET held_on = '2026-01-02', melding_date = '2025-12-30'"
                   " WHERE id = (SELECT min(id) FROM conversations)")
        assert db.execute(
            "SELECT id, last_conversation, next_deadline FROM residents ORDER BY id"
        ).fetchall() == db.execute(_OLD_COLUMNS).fetchall()
    finally:
        db.close()


def test_nested_atomic_blocks_roll_back_only_their_own_part(db: Database) -> None:
    db.execute("CREATE TABLE t (x INTEGER)")
    with db.atomic():
        db.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(RuntimeError), db.atomic():
            db.execute("INSERT INTO t VALUES (2)")
            raise RuntimeError("inner block fails")
        db.execute("INSERT INTO t VALUES (3)")
    with pytest.raises(RuntimeError), db.atomic():
        db.execute("INSERT INTO t VALUES (4)")
        raise RuntimeError("outer block fails")
    assert [row[0] for row in db.execute("SELECT x FROM t ORDER BY x")] == [1, 3]
    assert not db.conn.in_transaction
