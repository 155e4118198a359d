"""The outbox says exactly what changed (issue 16): whatever a professional does, in any
order, with pushes (and pushes whose answer is still out) in between, the operations folded
the way the protocol says the server does (an update applies when the server's value is the
value before, or already the value after) give the laptop's own records, no more, no less."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toegang_desktop.domain.conversation import Conversation, Place
from toegang_desktop.domain.plan import Agreement, Owner
from toegang_desktop.domain.resident import HouseholdMember, HouseholdRole, Resident
from toegang_desktop.services.session import Session
from toegang_desktop.store.sync_outbox import Operation, Outbox

from .team_sync_stores import as_records, laptop

ACTIONS = ("city", "street", "household_add", "household_drop", "own_words", "level",
           "agreement_add", "agreement_drop", "send", "answer", "push")
WORDS = ("Oefendorp", "Proefstad", "", "Voorbeeldstraat")


class ModelServer:
    """The protocol's fold of operations into records (docs/team-protocol.md, "Operations")."""

    def __init__(self) -> None:
        self.records: dict[tuple[str, str], dict[str, Any]] = {}
        self.deleted: set[tuple[str, str]] = set()
        self.conflicts = 0
        self.seen: set[str] = set()

    def push(self, op: Operation) -> str:
        if op.op_id in self.seen:  # sent again (its answer was still out): nothing doubled
            return "duplicate"
        self.seen.add(op.op_id)
        key = (op.table, op.record_id)
        # what the real server refuses: no dossier named, a change of a record it never saw
        assert op.resident_id, f"an operation without its dossier: {op}"
        assert op.kind in ("insert", "summary") or key in self.records, f"unknown record: {op}"
        if op.kind == "insert":
            assert key not in self.records, f"inserted twice: {key}"
            self.records[key] = dict(op.data or {})
        elif op.kind == "update":
            current = self.records[key].get(str(op.field))
            if current not in (op.before, op.after):
                self.conflicts += 1
                return "conflict"
            self.records[key][str(op.field)] = op.after
        elif op.kind == "delete":
            self.records.pop(key, None)
            self.deleted.add(key)
        return "applied"

    def content(self) -> set[str]:
        return {_line(k[0], k[1], v) for k, v in self.records.items()
                if not self._under_deleted(k)}

    def _under_deleted(self, key: tuple[str, str]) -> bool:
        # a record removed with its parent has no delete of its own (the protocol says so)
        data = self.records[key]
        return any((table, value) in self.deleted for value in data.values()
                   for table in ("residents", "conversations", "agreements"))


def _line(table: str, record: str, data: dict[str, Any]) -> str:
    """A record as text; `updated_at` left out: by design it goes up with a new record, never
    as an update of its own (docs/team-protocol.md)."""
    return json.dumps([table, record, {k: v for k, v in data.items() if k != "updated_at"}],
                      sort_keys=True)


def _act(s: Session, action: str, pick: int, rid: int, cid: int) -> None:
    resident = s.dossiers.resident(rid)
    assert resident is not None
    conversation = s.conversations.load(cid)
    assert conversation is not None
    assessment = conversation.assessments[pick % len(conversation.assessments)]
    agreements = s.plan.agreements(cid)
    if action in ("city", "street"):
        s.dossiers.update(replace(resident, **{action: WORDS[pick % len(WORDS)]}))
    elif action == "household_add":
        s.dossiers.update(replace(resident, household=[*resident.household, HouseholdMember(
            "Kim", f"Lid{pick}", HouseholdRole.OTHER_ADULT)]))
    elif action == "household_drop" and resident.household:
        household = list(resident.household)
        household.pop(pick % len(household))
        s.dossiers.update(replace(resident, household=household))
    elif action == "own_words":
        s.conversations.save_assessment(cid, replace(assessment, own_words=WORDS[pick % 4]))
    elif action == "level":
        s.conversations.save_assessment(cid, replace(assessment, level=1 + pick % 5))
    elif action == "agreement_add":
        s.plan.add_agreement(cid, Agreement(what=f"Afspraak {pick}", owner=Owner.TEAM,
                                            domain_keys=[assessment.domain_key]))
    elif action == "agreement_drop" and agreements:
        s.plan.remove_agreement(int(agreements[pick % len(agreements)].id or 0))


def test_the_outbox_folded_as_the_server_does_is_the_laptops_own_content(
        tmp_path_factory: Any) -> None:
    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(st.tuples(st.sampled_from(ACTIONS), st.integers(0, 9)), max_size=25))
    def check(steps: list[tuple[str, int]]) -> None:
        folder: Path = tmp_path_factory.mktemp("model")
        with laptop(folder / "a", joined=True) as s:
            rid = s.dossiers.register(Resident(first_names="Anna", surname="Model",
                                               date_of_birth=date(1970, 3, 3)))
            cid = int(s.conversations.start(Conversation(
                resident_id=rid, held_on=date(2026, 11, 2), place=Place.HOME,
                checklist_id="", checklist_version="")).id or 0)
            outbox, server = Outbox(s.db), ModelServer()
            in_flight: list[Operation] = []
            for action, pick in [*steps, ("push", 0)]:
                if action in ("send", "push"):  # leaves the laptop: never changed again
                    in_flight += outbox.next_batch(1000)
                if action in ("answer", "push"):
                    outbox.answered({op.op_id: server.push(op) for op in in_flight})
                    in_flight = []
                if action not in ("send", "answer", "push"):
                    _act(s, action, pick, rid, cid)
            assert outbox.pending_count() == 0 and server.conflicts == 0
            mine = {_line(r["table"], r["record_id"], r["data"]) for r in as_records(s.db)}
            assert server.content() == mine

    check()
