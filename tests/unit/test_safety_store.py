"""Reporting-code records through SafetyService against a real migrated store: round trips,
replacement, validation before writing, the restricted marker and the cascade."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta

import pytest

from toegang_desktop.domain.caseload import CaseloadSort
from toegang_desktop.domain.conversation import Conversation, Place
from toegang_desktop.domain.problems import ValidationFailed
from toegang_desktop.domain.resident import Resident
from toegang_desktop.domain.safety import (
    Consultation,
    SafetyDecision,
    SafetyRecord,
    SafetyStep,
    StepState,
)
from toegang_desktop.services.content import active_checklist
from toegang_desktop.services.conversations import ConversationService
from toegang_desktop.services.dossiers import DossierService
from toegang_desktop.services.errors import StoreError
from toegang_desktop.services.safety import SafetyService
from toegang_desktop.store.conversations import ConversationRepository
from toegang_desktop.store.database import Database
from toegang_desktop.store.driver import dbapi

TODAY = date(2026, 11, 23)
LONG_NOTE = ("Signalen van school, huisarts en buren; zie ook het verslag. " * 2000).strip()


@pytest.fixture
def safety(db: Database) -> SafetyService:
    return SafetyService(db)


@pytest.fixture
def conversation_ids(db: Database) -> list[int]:
    """Two conversations with the same resident."""
    dossiers = DossierService(db, today=lambda: TODAY)
    resident_id = dossiers.register(Resident(first_names="Zoë Łucja", surname="Şükrüoğlu",
                                             date_of_birth=date(1987, 2, 3)))
    talks = ConversationService(db, active_checklist(None)[0], today=lambda: TODAY)
    return [int(talks.start(Conversation(
        resident_id=resident_id, held_on=TODAY - timedelta(days=days), place=Place.HOME,
        checklist_id="", checklist_version="")).id or 0) for days in (20, 2)]


def _full_record() -> SafetyRecord:
    steps = {
        SafetyStep.SIGNALS: StepState("Blauwe plekken bij Ümit (7); moeder zegt: “hij viel”.\n"
                                      + LONG_NOTE, True),
        SafetyStep.CONSULT: StepState("Advies: consultatie Veilig Thuis 👍", True),
        SafetyStep.TALK: StepState("", False),
        SafetyStep.WEIGH: StepState("Afwegingskader: structureel — herhaald geweld.", True),
        SafetyStep.DECIDE: StepState("Ø notities", True),
    }
    return SafetyRecord(
        steps=steps,
        consultations=[Consultation("Aandachtsfunctionaris Ĳsbrand", TODAY - timedelta(days=9)),
                       Consultation("Veilig Thuis (anoniem)", TODAY - timedelta(days=8), True),
                       Consultation("Collega Łukasz", TODAY - timedelta(days=8))],
        why_not="Een gesprek zou Ümit in gevaar brengen.",
        suspicion=True, acute_or_structural_unsafety=True, can_offer_help=False,
        help_accepted=None, brings_safety_in_time=None,
        decision=SafetyDecision.REPORT_TO_VEILIG_THUIS, decided_on=TODAY,
        reason="Structurele onveiligheid: melden is verplicht. Ĳverig gedocumenteerd.",
    )


def test_no_record_until_one_is_saved(safety: SafetyService, conversation_ids: list[int]) -> None:
    first, _ = conversation_ids
    assert safety.record(first) is None
    assert not safety.has_record(first)
    safety.save(first, SafetyRecord(), TODAY)
    assert safety.has_record(first)
    assert safety.record(first) == SafetyRecord()


def test_round_trip_keeps_everything_including_unicode_and_long_notes(
    safety: SafetyService, conversation_ids: list[int]
) -> None:
    first, _ = conversation_ids
    record = _full_record()
    stored = safety.save(first, record, TODAY)
    loaded = safety.record(first)
    assert loaded == stored
    assert loaded is not None
    assert loaded.step(SafetyStep.SIGNALS).note.endswith(LONG_NOTE)
    assert len(loaded.step(SafetyStep.SIGNALS).note) > 100_000
    assert [c.who for c in loaded.consultations] == [
        "Aandachtsfunctionaris Ĳsbrand", "Veilig Thuis (anoniem)", "Collega Łukasz"]
    assert [c.with_veilig_thuis for c in loaded.consultations] == [False, True, False]
    assert (loaded.can_offer_help, loaded.help_accepted) == (False, None)  # no and unknown differ
    assert loaded.advice_at_decision is SafetyDecision.REPORT_TO_VEILIG_THUIS


def test_saving_again_replaces_the_record_and_its_consultations(
    db: Database, safety: SafetyService, conversation_ids: list[int]
) -> None:
    first, _ = conversation_ids
    safety.save(first, _full_record(), TODAY)
    created = db.execute("SELECT created_at FROM safety_records").fetchone()[0]
    changed = _full_record()
    changed.consultations = changed.consultations[1:2]
    changed.acute_or_structural_unsafety = False
    changed.can_offer_help = changed.help_accepted = changed.brings_safety_in_time = True
    changed.decision = SafetyDecision.REPORT_AND_HELP
    changed.reason = "Toch melden: eerdere afspraken niet nagekomen."
    safety.save(first, changed, TODAY)
    loaded = safety.record(first)
    assert loaded is not None
    assert loaded.consultations == changed.consultations
    assert loaded.decision is SafetyDecision.REPORT_AND_HELP
    assert loaded.advice_at_decision is SafetyDecision.ORGANISE_HELP  # kept: the decision departs
    assert db.execute("SELECT count(*) FROM safety_consultations").fetchone()[0] == 1
    assert db.execute("SELECT created_at FROM safety_records").fetchone()[0] == created


def test_records_belong_to_their_conversation(
    safety: SafetyService, conversation_ids: list[int]
) -> None:
    first, second = conversation_ids
    safety.save(first, _full_record(), TODAY)
    assert safety.record(second) is None and not safety.has_record(second)


def test_texts_are_stored_trimmed_and_nfc_without_changing_the_input(
    safety: SafetyService, conversation_ids: list[int]
) -> None:
    first, _ = conversation_ids
    decomposed = unicodedata.normalize("NFD", "  Şükrü (collega)  ")
    record = SafetyRecord(consultations=[Consultation(decomposed, TODAY)],
                          reason="  \n", why_not=unicodedata.normalize("NFD", " Zoë "))
    safety.save(first, record, TODAY)
    loaded = safety.record(first)
    assert loaded is not None
    assert loaded.consultations[0].who == "Şükrü (collega)"
    assert (loaded.why_not, loaded.reason) == ("Zoë", "")
    assert record.consultations[0].who == decomposed  # the dialog's copy is left alone


def test_an_invalid_record_is_refused_and_nothing_is_stored(
    db: Database, safety: SafetyService, conversation_ids: list[int]
) -> None:
    first, _ = conversation_ids
    record = _full_record()
    record.decision = SafetyDecision.NO_FURTHER_ACTION  # despite structural unsafety
    record.decided_on = TODAY + timedelta(days=1)
    with pytest.raises(ValidationFailed) as failure:
        safety.save(first, record, TODAY)
    assert [p.code for p in failure.value.problems] == ["safety_report_required", "date_in_future"]
    assert not safety.has_record(first)
    assert db.execute("SELECT count(*) FROM safety_consultations").fetchone()[0] == 0


def test_every_row_is_marked_restricted_and_stays_so(
    db: Database, safety: SafetyService, conversation_ids: list[int]
) -> None:
    first, _ = conversation_ids
    safety.save(first, _full_record(), TODAY)
    assert db.execute("SELECT restricted FROM safety_records").fetchall() == [(1,)]
    with pytest.raises(dbapi.IntegrityError):
        db.execute("UPDATE safety_records SET restricted = 0")
    with pytest.raises(dbapi.IntegrityError):  # the store, too, wants a reason for a decision
        db.execute("UPDATE safety_records SET reason = ' '")


def test_nothing_outside_the_record_shows_it(
    db: Database, safety: SafetyService, conversation_ids: list[int]
) -> None:
    first, _ = conversation_ids
    safety.save(first, _full_record(), TODAY)
    dossiers = DossierService(db, today=lambda: TODAY)
    assert dossiers.search("Ümit", CaseloadSort.NAME) == []
    assert dossiers.search("Veilig", CaseloadSort.NAME) == []
    [resident_id] = dossiers.search("sukruoglu", CaseloadSort.NAME)
    for conversation in dossiers.conversations(resident_id):
        assert "Ümit" not in repr(conversation) and "melden" not in repr(conversation)
    public = {name for name in dir(SafetyService) if not name.startswith("_")}
    # no listing, counting or summary; open_record is record() with the look logged
    assert public == {"record", "open_record", "has_record", "save"}


def test_deleting_the_conversation_deletes_its_record(
    db: Database, safety: SafetyService, conversation_ids: list[int]
) -> None:
    first, second = conversation_ids
    safety.save(first, _full_record(), TODAY)
    safety.save(second, SafetyRecord(consultations=[Consultation("Collega", TODAY)]), TODAY)
    ConversationRepository(db).delete(first)
    assert not safety.has_record(first) and safety.has_record(second)
    assert db.execute("SELECT count(*) FROM safety_consultations").fetchone()[0] == 1


def test_a_failed_write_is_a_store_error_and_keeps_the_old_record(
    db: Database, safety: SafetyService, conversation_ids: list[int]
) -> None:
    first, _ = conversation_ids
    safety.save(first, SafetyRecord(why_not="Eerste versie."), TODAY)
    db.execute("PRAGMA query_only = ON")  # as a read-only file would
    try:
        with pytest.raises(StoreError):
            safety.save(first, _full_record(), TODAY)
    finally:
        db.execute("PRAGMA query_only = OFF")
    loaded = safety.record(first)
    assert loaded is not None and loaded.why_not == "Eerste versie."
