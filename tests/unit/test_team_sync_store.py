"""The laptop's half of team sync, without a server (issue 16): identity, capture, apply."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from toegang_desktop.domain.caseload import CaseloadSort
from toegang_desktop.domain.conversation import Conversation, Place
from toegang_desktop.domain.journal import ContactKind, JournalEntry
from toegang_desktop.domain.resident import HouseholdMember, HouseholdRole, Resident
from toegang_desktop.domain.retention import ErasureReason
from toegang_desktop.domain.team import TeamCaseloadRow
from toegang_desktop.store.sync_apply import PageRefused
from toegang_desktop.store.sync_outbox import Outbox, capturing, remove_triggers
from toegang_desktop.store.sync_registry import DOSSIER_TABLES, SyncRegistry
from toegang_desktop.store.sync_state import TeamStore

from .team_sync_stores import as_records, content, dump, laptop, page, sync_of

UUID_V7 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def _resident(name: str = "Fictief") -> Resident:
    return Resident(first_names="Anna", surname=name, date_of_birth=date(1970, 3, 3),
                    household=[HouseholdMember("Kim", name, HouseholdRole.CHILD, "",
                                               date(2012, 1, 1))])


def test_every_dossier_record_has_a_uuid_v7(tmp_path: Path) -> None:
    with laptop(tmp_path / "a", demo=True) as a:
        registry = SyncRegistry(a.db)
        assert registry.names == DOSSIER_TABLES
        seen = set()
        for table in registry.names:
            for (uuid,) in a.db.execute(f"SELECT uuid FROM {table}"):
                assert UUID_V7.match(uuid), (table, uuid)
                seen.add(uuid)
        assert len(seen) > 30  # the demo's records, each its own
        # not the access log, the learning loop or the partners
        for table in ("access_log", "bottlenecks", "partners", "store_identity"):
            assert "uuid" not in {c[1] for c in a.db.execute(f"PRAGMA table_info({table})")}


def test_the_registry_knows_keys_and_the_way_to_the_dossier(tmp_path: Path) -> None:
    with laptop(tmp_path / "a") as a:
        registry = SyncRegistry(a.db)
        agreements = registry.tables["agreements"]
        assert {(r.column, r.table) for r in agreements.references} == {
            ("conversation_id", "conversations"), ("partner_id", "partners")}
        routes = registry.tables["route_connections"]
        assert routes.pks == ("conversation_id", "connection") and not routes.rowid
        assert [p.table for p in registry.path_to_resident("route_connections")] == [
            "conversations", "residents"]
        assert registry.tables["dossier_events"].append_only
        assert "sort_key" not in registry.tables["residents"].wire_columns
        assert "uuid" not in registry.tables["residents"].wire_columns


def test_without_a_team_nothing_is_captured(tmp_path: Path) -> None:
    with laptop(tmp_path / "a", demo=True) as a:
        a.dossiers.register(_resident())
        assert not capturing(a.db)
        assert a.db.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] == 0


def test_changes_become_operations(tmp_path: Path) -> None:
    with laptop(tmp_path / "a", joined=True) as a:
        outbox = Outbox(a.db)
        rid = a.dossiers.register(_resident())
        ops = list(outbox.operations())
        assert [(o.kind, o.table) for o in ops] == [
            ("insert", "residents"), ("summary", "residents"), ("insert", "household_members")]
        assert ops[0].data is not None and ops[0].data["surname"] == "Fictief"
        assert ops[1].data == {"display_name": "Anna Fictief", "date_of_birth": "1970-03-03",
                               "next_legal_term": None}
        assert ops[2].resident_id == ops[0].record_id
        # An edit of a record whose insert has not left yet changes the insert.
        resident = a.dossiers.resident(rid)
        assert resident is not None
        a.dossiers.update(replace(resident, city="Oefendorp"))
        assert next(outbox.operations()).data == {**(ops[0].data or {}), "city": "Oefendorp"}
        # Once sent, an edit is an update of one field, with before and after; autosave's
        # repeated saves of the same field make one operation; typing back removes it.
        sent = outbox.next_batch(100)
        outbox.answered({op.op_id: "applied" for op in sent})
        uuids = {row[0] for row in a.db.execute("SELECT uuid FROM household_members")}
        for city in ("Oefenstad", "Oefenstad 2", "Proefdorp"):
            a.dossiers.update(replace(resident, city=city))
        changes = [(o.kind, o.table, o.field, o.before, o.after) for o in outbox.operations()]
        assert ("update", "residents", "city", "Oefendorp", "Proefdorp") in changes
        assert not [c for c in changes if c[1] == "household_members"]  # kept in place
        assert {row[0] for row in a.db.execute("SELECT uuid FROM household_members")} == uuids
        a.dossiers.update(replace(resident, city="Oefendorp"))
        assert not [c for c in outbox.operations() if c.field == "city"]


def test_a_record_the_server_never_saw_leaves_no_trace(tmp_path: Path) -> None:
    with laptop(tmp_path / "a", joined=True) as a:
        outbox = Outbox(a.db)
        sent = outbox.next_batch(100)
        rid = a.dossiers.register(_resident())
        a.privacy.erase(rid, next(iter(ErasureReason)))
        outbox.prune_unborn(SyncRegistry(a.db))
        assert not sent and list(outbox.operations()) == []


def test_a_sent_dossier_erased_is_one_delete(tmp_path: Path) -> None:
    with laptop(tmp_path / "a", joined=True) as a:
        outbox = Outbox(a.db)
        rid = a.dossiers.register(_resident())
        a.conversations.start(Conversation(
            resident_id=rid, held_on=date(2026, 11, 2), place=Place.HOME, checklist_id="",
            checklist_version=""))
        outbox.answered({op.op_id: "applied" for op in outbox.next_batch(1000)})
        a.privacy.erase(rid, next(iter(ErasureReason)))
        # the household, conversation and domains went with it: the server's delete of the
        # dossier takes them too
        assert [(o.kind, o.table) for o in outbox.operations()] == [("delete", "residents")]


def test_pulled_changes_stay_out_of_the_outbox(tmp_path: Path) -> None:
    with laptop(tmp_path / "a", demo=True) as a, laptop(tmp_path / "b", joined=True) as b:
        sync_of(b).apply_page(page(as_records(a.db)))
        assert Outbox(b.db).pending_count() == 0
        assert b.db.execute("SELECT count(*) FROM sync_applying").fetchone()[0] == 0


def test_a_page_from_one_laptop_makes_the_same_dossiers_on_another(tmp_path: Path) -> None:
    with laptop(tmp_path / "a", demo=True) as a, laptop(tmp_path / "b", joined=True) as b:
        records = as_records(a.db)
        # children before their parents, across two pages: parked, then applied
        first, second = records[len(records) // 2:], records[:len(records) // 2]
        team = sync_of(b)
        team.apply_page(page(first, more=True))
        parked = b.db.execute("SELECT count(*) FROM sync_parked").fetchone()[0]
        assert parked > 0
        team.apply_page(page(second, high=len(records)))
        assert b.db.execute("SELECT count(*) FROM sync_parked").fetchone()[0] == 0
        assert content(b.db) == content(a.db)
        # searchable and in name order like a dossier made here
        assert len(b.dossiers.search("proefpersoon jan", CaseloadSort.NAME)) == 1
        # each dossier written got its access-log line, in the page's transaction
        logged = {row[0] for row in b.db.execute(
            "SELECT resident_id FROM access_log WHERE detail = 'team_pull'")}
        assert logged == {row[0] for row in b.db.execute("SELECT id FROM residents")}
        assert b.access_log.verify().ok
        assert team.status().joined is False  # no login kept: this store joined no server
        assert b.db.execute("SELECT last_seq FROM sync_state").fetchone()[0] == len(records)


def test_a_field_with_a_local_change_keeps_it(tmp_path: Path) -> None:
    with laptop(tmp_path / "a", demo=True) as a, laptop(tmp_path / "b", joined=True) as b:
        records = as_records(a.db)
        team = sync_of(b)
        team.apply_page(page(records))
        resident = next(r for r in records if r["table"] == "residents"
                        and r["data"]["surname"] == "Proefpersoon")
        rid = b.db.execute("SELECT id FROM residents WHERE uuid = ?",
                           [resident["record_id"]]).fetchone()[0]
        mine = b.dossiers.resident(rid)
        assert mine is not None
        b.dossiers.update(replace(mine, city="Hier"))  # not pushed yet
        theirs = {**resident, "seq": 900,
                  "data": {**resident["data"], "city": "Daar", "phone": "0101234567"}}
        team.apply_page(page([theirs]))
        now = b.dossiers.resident(rid)
        assert now is not None and (now.city, now.phone) == ("Hier", "0101234567")
        assert [(o.kind, o.table, o.field) for o in Outbox(b.db).operations()] == [
            ("update", "residents", "city"), ("insert", "resident_changes", None)]


def test_a_dossier_no_longer_held_is_removed_and_logged(tmp_path: Path) -> None:
    with laptop(tmp_path / "a", demo=True) as a, laptop(tmp_path / "b", joined=True) as b:
        records = as_records(a.db)
        team = sync_of(b)
        team.apply_page(page(records))
        gone = next(r["record_id"] for r in records if r["table"] == "residents")
        rid = b.db.execute("SELECT id FROM residents WHERE uuid = ?", [gone]).fetchone()[0]
        report = team.apply_page(page([], high=len(records) + 1, removed=[gone]))
        assert report.removed_dossiers == 1
        assert b.dossiers.resident(rid) is None
        assert b.db.execute("SELECT action, detail FROM access_log WHERE resident_id = ?"
                            " ORDER BY id DESC LIMIT 1", [rid]).fetchone() == (
            "delete", "team_removed")


@pytest.mark.parametrize("bad", [
    {"reset": False, "high": -1, "records": []},
    {"reset": False, "high": 3, "records": [{"seq": 1, "table": "residents",
                                              "record_id": "nope", "data": {}}]},
    {"reset": False, "high": 3, "records": [], "removed": ["x"]},
])
def test_a_malformed_page_is_refused_whole(tmp_path: Path, bad: dict[str, object]) -> None:
    with laptop(tmp_path / "b", joined=True) as b:
        before = dump(b.db)
        with pytest.raises(PageRefused):
            sync_of(b).apply_page(bad)
        assert dump(b.db) == before


def test_leaving_stops_the_capture(tmp_path: Path) -> None:
    with laptop(tmp_path / "a", joined=True) as a:
        assert capturing(a.db)
        remove_triggers(a.db)
        assert not capturing(a.db)
        assert not [n for (n,) in a.db.execute("SELECT name FROM sqlite_master")
                    if n.startswith("sync_capture_")]
        a.dossiers.register(_resident())
        assert Outbox(a.db).pending_count() == 0


def test_the_team_caseload_is_kept_and_searched_here(tmp_path: Path) -> None:
    with laptop(tmp_path / "a") as a:
        rid = a.dossiers.register(_resident("Hierzelf"))
        here = a.db.execute("SELECT uuid FROM residents WHERE id = ?", [rid]).fetchone()[0]
        team = TeamStore(a.db)
        team.replace_caseload([
            TeamCaseloadRow(here, "Anna Hierzelf", date(1970, 3, 3), "Collega Een", None),
            TeamCaseloadRow("01a24d1c-cea6-7c61-b936-44fa3b01bee6", "Bram Élders",
                            date(1980, 1, 2), "Collega Twee", date(2026, 12, 24)),
        ])
        assert [r.display_name for r in team.caseload("elders")] == ["Bram Élders"]
        assert [r.display_name for r in team.caseload("02-01-1980")] == ["Bram Élders"]
        [mine] = team.caseload("anna hier")
        assert mine.held_here and mine.coordinator == "Collega Een"
        assert len(team.caseload("")) == 2 and team.caseload("nobody") == []


def test_journal_entries_go_up_as_inserts_and_only_the_report_tick_as_an_update(
        tmp_path: Path) -> None:
    with laptop(tmp_path / "a", joined=True) as a:
        rid = a.dossiers.register(_resident())
        outbox = Outbox(a.db)
        outbox.answered({op.op_id: "applied" for op in outbox.next_batch(100)})
        entry = a.journal.add(JournalEntry(rid, datetime(2026, 11, 4, 14, 0), ContactKind.PHONE,
                                           "Gebeld"))
        outbox.answered({op.op_id: "applied" for op in outbox.next_batch(100)})
        a.journal.correct(entry, replace(entry, note="Gebeld, afspraak gemaakt"))
        a.journal.set_for_resident_report(entry, True)
        ops = [(o.kind, o.table, o.field) for o in outbox.operations()]
        assert ("insert", "journal_entries", None) in ops
        assert ("update", "journal_entries", "for_resident_report") in ops
        assert not [o for o in ops if o[0] == "update" and o[2] != "for_resident_report"]
        correction = next(o for o in outbox.operations()
                          if o.kind == "insert" and o.table == "journal_entries")
        first = a.db.execute("SELECT uuid FROM journal_entries WHERE id = ?",
                             [entry.id]).fetchone()[0]
        assert correction.data is not None and correction.data["corrects"] == first
