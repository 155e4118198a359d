"""Recognition and acknowledgement through the services, against a real migrated store:
signals from saved answers, decisions with reasons, markers and the weighing fields."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from toegang_desktop.content.checklist import Checklist
from toegang_desktop.domain.caseload import CaseloadSort
from toegang_desktop.domain.conversation import (
    ClientSupport,
    Conversation,
    Decision,
    Marker,
    Place,
    Recognition,
    SignalDecision,
    validate_weighing,
)
from toegang_desktop.domain.problems import ValidationFailed
from toegang_desktop.domain.resident import HouseholdMember, HouseholdRole, Resident
from toegang_desktop.domain.rules import RuleSet
from toegang_desktop.locations import migrations_dir
from toegang_desktop.services.content import active_checklist, active_rules
from toegang_desktop.services.conversations import ConversationService
from toegang_desktop.services.dossiers import DossierService
from toegang_desktop.services.recognition import RecognitionService
from toegang_desktop.store import migrations
from toegang_desktop.store.connection import open_store
from toegang_desktop.store.database import Database

TODAY = date(2026, 11, 23)
FIXTURES = Path(__file__).parent.parent / "fixtures"


@pytest.fixture(scope="module")
def checklist() -> Checklist:
    return active_checklist(None)[0]


@pytest.fixture(scope="module")
def rules(checklist: Checklist) -> RuleSet:
    found, problem = active_rules(None, checklist)
    assert problem is None
    return found


@pytest.fixture
def dossiers(db: Database) -> DossierService:
    return DossierService(db, today=lambda: TODAY)


@pytest.fixture
def talks(db: Database, checklist: Checklist) -> ConversationService:
    return ConversationService(db, checklist, today=lambda: TODAY)


@pytest.fixture
def recognition(db: Database, rules: RuleSet) -> RecognitionService:
    return RecognitionService(db, rules)


def _family() -> Resident:
    return Resident(
        first_names="Proef", surname="Testpersoon", prefix="de", date_of_birth=date(1984, 3, 4),
        household=[
            HouseholdMember("Kim", "Testpersoon", HouseholdRole.CHILD, prefix="de",
                            date_of_birth=date(2016, 7, 8)),
        ],
    )


@pytest.fixture
def resident(dossiers: DossierService) -> Resident:
    found = dossiers.resident(dossiers.register(_family()))
    assert found is not None
    return found


def _codes(failure: ValidationFailed) -> list[str]:
    return [p.code for p in failure.problems]


def _filled(talks: ConversationService, resident: Resident) -> Conversation:
    """A stored conversation: money and mental health concerns, safety to talk about, and
    a dementia marker."""
    conversation = talks.start(Conversation(
        resident_id=int(resident.id or 0), held_on=TODAY - timedelta(days=3), place=Place.HOME,
        checklist_id="", checklist_version="", melding_date=TODAY - timedelta(days=10)))
    assert conversation.id is not None
    answers = {
        "finances": {"discussed": True, "level": 2},
        "mental_health": {"discussed": True, "level": 1},
        "safety": {"discussed": True, "level": 3, "wants_to_talk": True},
        "housing": {"discussed": True, "level": 4},
        "justice": {"discussed": False, "level": 1, "not_discussed_reason": "Niet aan de orde"},
    }
    for key, fields in answers.items():
        talks.save_assessment(conversation.id, replace(conversation.assessment(key), **fields))
    conversation.markers = {Marker.DEMENTIA}
    talks.update_header(conversation)
    loaded = talks.load(conversation.id)
    assert loaded is not None
    return loaded


EXPECTED = ["acute", "concerns_in_three_domains", "money_or_work_and_health", "safety_with_children",
            "possible_dementia"]


def _decision_rows(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM signal_decisions").fetchone()[0])


# -- signals -------------------------------------------------------------------------------


def test_signals_from_saved_answers(
    talks: ConversationService, recognition: RecognitionService, resident: Resident
) -> None:
    conversation = _filled(talks, resident)
    assert conversation.markers == {Marker.DEMENTIA}
    found = {s.rule_id: s for s in recognition.signals(conversation, resident.household)}
    assert list(found) == EXPECTED
    keys = {e.domain_key for e in found["concerns_in_three_domains"].evidence}
    assert keys == {"finances", "mental_health", "safety"}
    safety = found["safety_with_children"].evidence
    assert {(e.domain_key, e.household_name) for e in safety} == {("safety", ""), ("", "Kim")}


def test_signals_are_not_stored(
    db: Database, talks: ConversationService, recognition: RecognitionService, resident: Resident
) -> None:
    conversation = _filled(talks, resident)
    recognition.signals(conversation, resident.household)
    assert _decision_rows(db) == 0


def test_without_the_child_the_safety_signal_is_gone(
    talks: ConversationService, recognition: RecognitionService, resident: Resident
) -> None:
    conversation = _filled(talks, resident)
    ids = [s.rule_id for s in recognition.signals(conversation, [])]
    assert ids == [r for r in EXPECTED if r != "safety_with_children"]


# -- decisions -----------------------------------------------------------------------------


@pytest.mark.parametrize("reason", ["", "   ", " \n\t "])
def test_decision_without_reason_is_refused_and_nothing_stored(
    db: Database, talks: ConversationService, recognition: RecognitionService,
    resident: Resident, reason: str,
) -> None:
    conversation = _filled(talks, resident)
    with pytest.raises(ValidationFailed) as raised:
        recognition.decide(conversation, SignalDecision(
            "possible_dementia", "Aanwijzingen voor dementie", Decision.CONFIRMED, reason))
    assert _codes(raised.value) == ["decision_reason_missing"]
    assert raised.value.problems[0].field == "decisions[possible_dementia].reason"
    assert conversation.decisions == {}
    assert _decision_rows(db) == 0
    reloaded = talks.load(int(conversation.id or 0))
    assert reloaded is not None and reloaded.decisions == {}


def test_confirm_and_dismiss_then_reload(
    talks: ConversationService, recognition: RecognitionService, resident: Resident
) -> None:
    conversation = _filled(talks, resident)
    found = {s.rule_id: s for s in recognition.signals(conversation, resident.household)}
    confirm = SignalDecision("concerns_in_three_domains", found["concerns_in_three_domains"].title,
                             Decision.CONFIRMED, "Geld, stemming en veiligheid hangen samen.")
    dismiss = SignalDecision("possible_dementia", found["possible_dementia"].title,
                             Decision.DISMISSED, "Vergeetachtig door slaaptekort, volgens de huisarts.")
    recognition.decide(conversation, confirm)
    recognition.decide(conversation, dismiss)
    assert conversation.decisions == {confirm.rule_id: confirm, dismiss.rule_id: dismiss}

    reloaded = talks.load(int(conversation.id or 0))
    assert reloaded is not None
    assert reloaded.decisions == {confirm.rule_id: confirm, dismiss.rule_id: dismiss}
    assert reloaded.decisions["possible_dementia"].rule_title == "Aanwijzingen voor dementie"
    assert reloaded.decisions["concerns_in_three_domains"].rule_title == \
        "Zorgen op drie of meer leefgebieden"


def test_deciding_again_replaces_the_earlier_decision(
    db: Database, talks: ConversationService, recognition: RecognitionService, resident: Resident
) -> None:
    conversation = _filled(talks, resident)
    first = SignalDecision("possible_dementia", "Aanwijzingen voor dementie",
                           Decision.CONFIRMED, "Eerste indruk.")
    second = replace(first, decision=Decision.DISMISSED, reason="Na overleg met de huisarts.")
    recognition.decide(conversation, first)
    recognition.decide(conversation, second)
    assert _decision_rows(db) == 1
    reloaded = talks.load(int(conversation.id or 0))
    assert reloaded is not None and reloaded.decisions == {"possible_dementia": second}


def test_reason_is_stored_trimmed(
    talks: ConversationService, recognition: RecognitionService, resident: Resident
) -> None:
    conversation = _filled(talks, resident)
    recognition.decide(conversation, SignalDecision(
        "possible_dementia", "Aanwijzingen voor dementie", Decision.CONFIRMED, "  Klopt.\n"))
    reloaded = talks.load(int(conversation.id or 0))
    assert reloaded is not None
    assert reloaded.decisions["possible_dementia"].reason == "Klopt."


def test_reason_in_the_open_conversation_matches_the_store(
    talks: ConversationService, recognition: RecognitionService, resident: Resident
) -> None:
    conversation = _filled(talks, resident)
    recognition.decide(conversation, SignalDecision(
        "possible_dementia", "Aanwijzingen voor dementie", Decision.CONFIRMED, "  Klopt.\n"))
    reloaded = talks.load(int(conversation.id or 0))
    assert reloaded is not None
    assert conversation.decisions == reloaded.decisions


def test_withdraw_removes_one_decision(
    talks: ConversationService, recognition: RecognitionService, resident: Resident
) -> None:
    conversation = _filled(talks, resident)
    keep = SignalDecision("money_or_work_and_health", "Zorgen over geld of werk én over"
                          " gezondheid of zorg", Decision.CONFIRMED, "Schulden geven stress.")
    drop = SignalDecision("possible_dementia", "Aanwijzingen voor dementie",
                          Decision.DISMISSED, "Geen aanwijzingen bij doorvragen.")
    recognition.decide(conversation, keep)
    recognition.decide(conversation, drop)
    recognition.withdraw(conversation, "possible_dementia")
    assert conversation.decisions == {keep.rule_id: keep}
    reloaded = talks.load(int(conversation.id or 0))
    assert reloaded is not None and reloaded.decisions == {keep.rule_id: keep}
    recognition.withdraw(reloaded, "possible_dementia")  # nothing to take back: no error
    recognition.withdraw(reloaded, keep.rule_id)
    again = talks.load(int(conversation.id or 0))
    assert again is not None and again.decisions == {}


def test_decisions_belong_to_their_conversation(
    talks: ConversationService, recognition: RecognitionService, resident: Resident
) -> None:
    first = _filled(talks, resident)
    second = _filled(talks, resident)
    recognition.decide(first, SignalDecision("possible_dementia", "Aanwijzingen voor dementie",
                                             Decision.CONFIRMED, "Gezien."))
    reloaded = talks.load(int(second.id or 0))
    assert reloaded is not None and reloaded.decisions == {}


def test_deleting_a_conversation_removes_its_markers_and_decisions(
    db: Database, talks: ConversationService, recognition: RecognitionService, resident: Resident
) -> None:
    from toegang_desktop.store.conversations import ConversationRepository

    conversation = _filled(talks, resident)
    recognition.decide(conversation, SignalDecision("possible_dementia", "Aanwijzingen voor "
                                                    "dementie", Decision.CONFIRMED, "Gezien."))
    ConversationRepository(db).delete(int(conversation.id or 0))
    assert _decision_rows(db) == 0
    assert db.execute("SELECT count(*) FROM conversation_markers").fetchone()[0] == 0


# -- markers and weighing fields -----------------------------------------------------------


def test_markers_and_weighing_round_trip(
    talks: ConversationService, resident: Resident
) -> None:
    conversation = _filled(talks, resident)
    conversation.markers = {Marker.CHRONIC_CONDITION, Marker.PSYCHIATRIC}
    conversation.resident_recognises = Recognition.PARTLY
    conversation.resident_view = "Herkent de geldzorgen, niet dat het met de rest samenhangt."
    conversation.client_support = ClientSupport.ACCEPTED
    conversation.client_support_date = TODAY - timedelta(days=9)
    conversation.application_date = TODAY - timedelta(days=2)
    conversation.decision_date = TODAY
    conversation.finalised_on = TODAY - timedelta(days=1)
    talks.update_header(conversation)

    reloaded = talks.load(int(conversation.id or 0))
    assert reloaded is not None
    assert reloaded.markers == {Marker.CHRONIC_CONDITION, Marker.PSYCHIATRIC}
    assert reloaded.resident_recognises is Recognition.PARTLY
    assert reloaded.resident_view == conversation.resident_view
    assert reloaded.client_support is ClientSupport.ACCEPTED
    assert reloaded.client_support_date == TODAY - timedelta(days=9)
    assert reloaded.application_date == TODAY - timedelta(days=2)
    assert reloaded.decision_date == TODAY
    assert reloaded.finalised_on == TODAY - timedelta(days=1)
    assert reloaded == conversation


def test_weighing_can_be_cleared_again(talks: ConversationService, resident: Resident) -> None:
    conversation = _filled(talks, resident)
    conversation.resident_recognises = Recognition.YES
    conversation.client_support = ClientSupport.DECLINED
    conversation.client_support_date = TODAY
    conversation.application_date = TODAY
    talks.update_header(conversation)
    for name in ("resident_recognises", "client_support", "client_support_date",
                 "application_date"):
        setattr(conversation, name, None)
    conversation.markers = set()
    talks.update_header(conversation)
    reloaded = talks.load(int(conversation.id or 0))
    assert reloaded is not None
    assert reloaded.markers == set()
    assert (reloaded.resident_recognises, reloaded.client_support,
            reloaded.client_support_date, reloaded.application_date) == (None, None, None, None)


def test_update_header_keeps_the_decisions(
    talks: ConversationService, recognition: RecognitionService, resident: Resident
) -> None:
    conversation = _filled(talks, resident)
    decision = SignalDecision("possible_dementia", "Aanwijzingen voor dementie",
                              Decision.CONFIRMED, "Gezien.")
    recognition.decide(conversation, decision)
    conversation.markers = set()
    talks.update_header(conversation)
    reloaded = talks.load(int(conversation.id or 0))
    assert reloaded is not None and reloaded.decisions == {"possible_dementia": decision}


@pytest.mark.parametrize("name", ["client_support_date", "application_date", "decision_date"])
def test_future_weighing_dates_are_refused_and_not_stored(
    talks: ConversationService, resident: Resident, name: str
) -> None:
    conversation = _filled(talks, resident)
    conversation.client_support = ClientSupport.OFFERED
    conversation.client_support_date = TODAY
    setattr(conversation, name, TODAY + timedelta(days=1))
    with pytest.raises(ValidationFailed) as raised:
        talks.update_header(conversation)
    assert [(p.code, p.field) for p in raised.value.problems] == [("date_in_future", name)]
    reloaded = talks.load(int(conversation.id or 0))
    assert reloaded is not None
    assert getattr(reloaded, name) is None
    assert reloaded.client_support is None


def test_decision_before_the_application_is_refused(
    talks: ConversationService, resident: Resident
) -> None:
    conversation = _filled(talks, resident)
    conversation.application_date = TODAY - timedelta(days=1)
    conversation.decision_date = TODAY - timedelta(days=2)
    with pytest.raises(ValidationFailed) as raised:
        talks.update_header(conversation)
    assert [(p.code, p.field) for p in raised.value.problems] == [
        ("decision_before_application", "decision_date")]


def test_client_support_without_a_date_is_refused(
    talks: ConversationService, resident: Resident
) -> None:
    conversation = _filled(talks, resident)
    conversation.client_support = ClientSupport.OFFERED
    with pytest.raises(ValidationFailed) as raised:
        talks.update_header(conversation)
    assert [(p.code, p.field) for p in raised.value.problems] == [
        ("client_support_date_missing", "client_support_date")]


def test_validate_weighing_directly() -> None:
    base = Conversation(resident_id=1, held_on=TODAY, place=Place.PHONE, checklist_id="x",
                        checklist_version="1")
    assert validate_weighing(base, TODAY) == []
    same_day = replace(base, application_date=TODAY, decision_date=TODAY,
                       client_support=ClientSupport.DECLINED, client_support_date=TODAY)
    assert validate_weighing(same_day, TODAY) == []
    everything_wrong = replace(base, client_support=ClientSupport.ACCEPTED,
                               application_date=TODAY + timedelta(days=5),
                               decision_date=TODAY + timedelta(days=1))
    assert sorted((p.code, p.field) for p in validate_weighing(everything_wrong, TODAY)) == [
        ("client_support_date_missing", "client_support_date"),
        ("date_in_future", "application_date"),
        ("date_in_future", "decision_date"),
        ("decision_before_application", "decision_date"),
    ]


def test_finalised_on_in_the_future_is_refused() -> None:
    conversation = Conversation(resident_id=1, held_on=TODAY, place=Place.HOME,
                                checklist_id="x", checklist_version="1",
                                finalised_on=TODAY + timedelta(days=7))
    assert ("date_in_future", "finalised_on") in [
        (p.code, p.field) for p in validate_weighing(conversation, TODAY)]


# -- a store from schema 1 -----------------------------------------------------------------


def test_schema_1_store_is_migrated_and_its_conversation_loads(
    tmp_path: Path, checklist: Checklist, rules: RuleSet
) -> None:
    copy = tmp_path / "toegang.sqlite"
    shutil.copy(FIXTURES / "store_schema_v1.sqlite", copy)
    db = open_store(copy, tmp_path / "backups", migrations_dir())
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version(migrations_dir())
        assert migrations.latest_version(migrations_dir()) >= 2
        assert list((tmp_path / "backups").glob("voor-migratie-v1-*.sqlite"))
        dossiers = DossierService(db, today=lambda: TODAY)
        assert dossiers.resident_count() == 6
        [jan] = dossiers.search("proefpersoon jan", CaseloadSort.NAME)
        [old] = dossiers.conversations(jan)
        assert old.assessment("finances").level == 2
        assert old.markers == set()
        assert old.decisions == {}
        assert (old.resident_recognises, old.resident_view, old.client_support,
                old.client_support_date, old.application_date, old.decision_date,
                old.finalised_on) == (None, "", None, None, None, None, None)

        # the old conversation takes part in recognition like a new one
        resident = dossiers.resident(jan)
        assert resident is not None
        service = RecognitionService(db, rules)
        service.signals(old, resident.household)
        decision = SignalDecision("chronic_condition", "Een chronische ziekte of beperking",
                                  Decision.DISMISSED, "Niet besproken in dit oude gesprek.")
        service.decide(old, decision)
        old.markers = {Marker.CHRONIC_CONDITION}
        ConversationService(db, checklist, today=lambda: TODAY).update_header(old)
        reloaded = ConversationService(db, checklist).load(int(old.id or 0))
        assert reloaded is not None
        assert reloaded.markers == {Marker.CHRONIC_CONDITION}
        assert reloaded.decisions == {"chronic_condition": decision}
    finally:
        db.close()
