"""Format version 3 of the JSON dossier: route, agreements (with their partners), the
investigation's topics and the restricted reporting-code record travel with the dossier."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

from toegang_desktop.content.checklist import load_checklist
from toegang_desktop.domain.conversation import Conversation, Place
from toegang_desktop.domain.investigation import Topic, TopicRecord, TopicState
from toegang_desktop.domain.plan import (
    Agreement,
    AgreementStatus,
    Budget,
    Connection,
    Owner,
    Partner,
    Route,
)
from toegang_desktop.domain.problems import Problem, ValidationFailed
from toegang_desktop.domain.resident import Resident
from toegang_desktop.domain.safety import (
    Consultation,
    SafetyDecision,
    SafetyRecord,
    SafetyStep,
    StepState,
)
from toegang_desktop.export.dossier_json import FORMAT_VERSION, load_schema
from toegang_desktop.export.dossier_json_read import dossier_from_dict
from toegang_desktop.export.whole_file import ProtectedFiles
from toegang_desktop.locations import default_checklist_path, migrations_dir
from toegang_desktop.services.conversations import ConversationService
from toegang_desktop.services.dossiers import DossierService
from toegang_desktop.services.investigation import InvestigationService
from toegang_desktop.services.plan import PlanService
from toegang_desktop.services.safety import SafetyService
from toegang_desktop.services.transfer import export_dossier, import_dossier
from toegang_desktop.store.connection import open_store
from toegang_desktop.store.database import Database
from toegang_desktop.store.plan import PlanRepository
from toegang_desktop.store.safety import SafetyRepository
from toegang_desktop.wording.messages import problem_lines, problem_text

TODAY = date(2026, 3, 2)
FIXTURES = Path(__file__).parent.parent / "fixtures"
PARTNER = Partner("Stichting Schuldhulp Zuid-Oost", contact="Loket, 0900-000000",
                  offers="Budgetcoaching en schuldregeling")


@pytest.fixture
def other_db(tmp_path: Path) -> Iterator[Database]:
    """A second, independent store: the workstation the dossier moves to."""
    folder = tmp_path / "andere-werkplek"
    database = open_store(folder / "toegang.sqlite", folder / "backups", migrations_dir())
    yield database
    database.close()


def _conversations(db: Database) -> ConversationService:
    return ConversationService(db, load_checklist(default_checklist_path()), today=lambda: TODAY)


def _start(db: Database, resident_id: int, held_on: date) -> Conversation:
    conversation = _conversations(db).start(Conversation(
        resident_id=resident_id, held_on=held_on, place=Place.HOME, checklist_id="",
        checklist_version="", melding_date=date(2026, 1, 5), question="Fictieve vraag."))
    assert conversation.id is not None
    return conversation


def _dossier_with_everything(db: Database) -> int:
    """A resident with an older conversation without any parts, and a newer one with a route,
    two agreements (a partner's and the team's), topics and a reporting-code record."""
    resident_id = DossierService(db, today=lambda: TODAY).register(
        Resident("Şükrü", "Testpersoon", date(1980, 5, 17), prefix="van der"))
    _start(db, resident_id, date(2026, 1, 10))
    conversation = _start(db, resident_id, date(2026, 2, 20))
    cid = int(conversation.id or 0)
    keys = [a.domain_key for a in conversation.assessments]
    plans = PlanService(db)
    plans.save_route(cid, Route(
        integrated_plan=True, coordinator="Aïcha de Vries", long_term_indication=True,
        long_term_reason="Levenslange beperking — محمد bevestigt het.",
        connections={Connection.DEBT_HELP, Connection.GP, Connection.OTHER},
        other_connection="Buurthuis De Linde", budget=Budget.BRIDGING,
        budget_note="Tot duidelijk is welke wet betaalt", escalation=True,
        escalation_note="Wachtlijst blokkeert de hulp", team_does_itself="Gesprekken thuis",
        refers_to="Schuldhulp", stays_involved=False, evaluation_date=date(2026, 4, 1)))
    partner = plans.save_partner(PARTNER)
    plans.add_agreement(cid, Agreement(
        what="Schulden in kaart brengen", owner=Owner.PARTNER, partner_id=partner.id,
        due_date=date(2026, 3, 15), status=AgreementStatus.IN_PROGRESS,
        domain_keys=[keys[2], keys[0]]))
    plans.add_agreement(cid, Agreement(
        what="Huisbezoek over de mantelzorg", owner=Owner.TEAM, status=AgreementStatus.DONE))
    investigation = InvestigationService(db, _conversations(db))
    investigation.save_topic(cid, Topic.NEEDS, TopicRecord(TopicState.COVERED, "Wil rondkomen."))
    investigation.save_topic(cid, Topic.CARER_SUPPORT, TopicRecord(
        TopicState.NOT_APPLICABLE, reason="Er is geen mantelzorger."))
    investigation.save_topic(cid, Topic.OWN_STRENGTH, TopicRecord(note="Nog navragen."))
    record = SafetyRecord(
        consultations=[Consultation("Collega aandachtsfunctionaris", date(2026, 2, 21)),
                       Consultation("Veilig Thuis", date(2026, 2, 22), with_veilig_thuis=True)],
        talked_with_person_on=date(2026, 2, 23), suspicion=True,
        acute_or_structural_unsafety=False, can_offer_help=True, help_accepted=True,
        brings_safety_in_time=True, decision=SafetyDecision.ORGANISE_HELP,
        decided_on=date(2026, 2, 24), reason="Hulp is aanvaard en brengt veiligheid.")
    record.steps[SafetyStep.SIGNALS] = StepState("Fictieve signalen.", True)
    record.steps[SafetyStep.CONSULT] = StepState("Advies: hulp organiseren.", True)
    SafetyService(db).save(cid, record, TODAY)
    return resident_id


def _everything(db: Database, resident_id: int) -> list[dict[str, Any]]:
    """Per conversation (newest first) all that is stored beside it, without ids."""
    plans = PlanService(db)
    found = []
    for conversation in DossierService(db).conversations(resident_id):
        cid = int(conversation.id or 0)
        agreements = []
        for agreement in plans.agreements(cid):
            partner = plans.partner(agreement.partner_id) if agreement.partner_id else None
            agreements.append((replace(agreement, id=None, partner_id=None),
                               replace(partner, id=None) if partner else None))
        found.append({
            "conversation": replace(conversation, id=None, resident_id=0),
            "route": PlanRepository(db).route(cid), "agreements": agreements,
            "topics": InvestigationService(db, _conversations(db)).topics(cid),
            "safety": SafetyService(db).record(cid),
        })
    return found


def _export(db: Database, resident_id: int, path: Path) -> dict[str, Any]:
    export_dossier(db, resident_id, path, "0.1.0", protected=ProtectedFiles())
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _problems(excinfo: pytest.ExceptionInfo[ValidationFailed]) -> set[tuple[str, str]]:
    return {(p.field, p.code) for p in excinfo.value.problems}


def _write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _count(db: Database, table: str) -> int:
    return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


# -- round trip ------------------------------------------------------------------------


def test_round_trip_keeps_route_agreements_topics_and_the_safety_record(
    db: Database, other_db: Database, tmp_path: Path
) -> None:
    resident_id = _dossier_with_everything(db)
    path = tmp_path / "dossier.json"

    _export(db, resident_id, path)
    new_id = import_dossier(other_db, path, TODAY)

    before, after = _everything(db, resident_id), _everything(other_db, new_id)
    assert after == before
    newest = after[0]
    assert newest["route"].connections == {Connection.DEBT_HELP, Connection.GP, Connection.OTHER}
    (with_partner, partner), (with_team, none) = newest["agreements"]
    assert partner == replace(PARTNER, id=None) and none is None
    assert with_partner.domain_keys == before[0]["agreements"][0][0].domain_keys
    assert with_team.owner is Owner.TEAM
    assert newest["topics"][Topic.OWN_STRENGTH] == TopicRecord(note="Nog navragen.")
    assert newest["safety"].advice_at_decision is SafetyDecision.ORGANISE_HELP
    assert len(newest["safety"].consultations) == 2
    assert after[1]["route"] is None and after[1]["agreements"] == []
    assert after[1]["safety"] is None
    assert PlanService(other_db).partners() == [
        replace(PARTNER, id=PlanService(other_db).partners()[0].id)]


def test_exported_version_3_file_fits_the_schema_and_marks_the_record_restricted(
    db: Database, tmp_path: Path
) -> None:
    data = _export(db, _dossier_with_everything(db), tmp_path / "dossier.json")

    Draft202012Validator(load_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER
                         ).validate(data)
    assert data["format_version"] == FORMAT_VERSION == 3
    older, newer = data["conversations"]
    assert (older["route"], older["agreements"], older["safety_record"]) == (None, [], None)
    assert [t["state"] for t in older["investigation_topics"]] == ["open"] * 6
    assert newer["route"]["connections"] == ["debt_help", "gp", "other"]
    assert newer["agreements"][0]["partner"] == {
        "organisation": PARTNER.organisation, "contact": PARTNER.contact,
        "offers": PARTNER.offers}
    assert "partner_id" not in newer["agreements"][0] and "id" not in newer["agreements"][0]
    assert newer["agreements"][1]["partner"] is None
    assert [t["topic"] for t in newer["investigation_topics"]] == [t.value for t in Topic]
    record = newer["safety_record"]
    assert record["restricted"] is True
    assert record["steps"]["signals"] == {"note": "Fictieve signalen.", "done": True}
    assert record["consultations"][1] == {
        "who": "Veilig Thuis", "consulted_on": "2026-02-22", "with_veilig_thuis": True}
    assert (record["decision"], record["advice_at_decision"]) == ("organise_help",
                                                                   "organise_help")


def test_partner_is_found_by_folded_name_and_added_only_once(
    db: Database, other_db: Database, tmp_path: Path
) -> None:
    resident_id = _dossier_with_everything(db)
    data = _export(db, resident_id, tmp_path / "dossier.json")
    newer = data["conversations"][1]
    newer["agreements"].append(dict(newer["agreements"][0], what="Tweede afspraak",
                                    partner={"organisation": "Nieuwe Partner", "contact": "",
                                             "offers": ""}))
    newer["agreements"].append(dict(newer["agreements"][0], what="Derde afspraak",
                                    partner={"organisation": " nieuwe   PARTNER", "contact": "x",
                                             "offers": ""}))
    known = PlanService(other_db).save_partner(Partner(
        "stichting  schuldhulp zuid-oost", contact="Ander loket", active=False))

    new_id = import_dossier(other_db, _write(tmp_path / "aangepast.json", data), TODAY)

    plans = PlanService(other_db)
    directory = plans.partners(include_inactive=True)
    assert [p.organisation for p in directory] == ["Nieuwe Partner",
                                                   "stichting schuldhulp zuid-oost"]
    assert directory[1] == known  # found, not changed
    cid = DossierService(other_db).conversations(new_id)[0].id
    linked = [a.partner_id for a in plans.agreements(int(cid or 0))]
    assert linked == [known.id, None, directory[0].id, directory[0].id]
    assert directory[0].contact == "" and not directory[0].from_file


# -- older files -----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["dossier_v1.json", "dossier_v2.json"])
def test_older_files_still_import_with_empty_parts(other_db: Database, name: str) -> None:
    data = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    assert data["format_version"] == int(name[-6])

    resident_id = import_dossier(other_db, FIXTURES / name, TODAY)

    [conversation] = DossierService(other_db).conversations(resident_id)
    cid = int(conversation.id or 0)
    assert conversation.assessment("finances").level == 2
    assert PlanRepository(other_db).route(cid) is None
    assert PlanService(other_db).agreements(cid) == []
    topics = InvestigationService(other_db, _conversations(other_db)).topics(cid)
    assert list(topics.values()) == [TopicRecord()] * 6
    assert SafetyRepository(other_db).get(cid) is None
    assert _count(other_db, "investigation_topics") == 0
    if data["format_version"] == 2:
        assert conversation.markers and conversation.decisions
        assert conversation.finalised_on == date(2026, 1, 28)


def test_each_version_has_its_own_keys(tmp_path: Path, db: Database) -> None:
    """A version 2 file may not carry version 3 keys; a version 3 file must have them all."""
    old = json.loads((FIXTURES / "dossier_v2.json").read_text(encoding="utf-8"))
    old["conversations"][0]["route"] = None
    new = _export(db, _dossier_with_everything(db), tmp_path / "dossier.json")
    del new["conversations"][0]["safety_record"]

    with pytest.raises(ValidationFailed) as old_info:
        dossier_from_dict(old, TODAY)
    with pytest.raises(ValidationFailed) as new_info:
        dossier_from_dict(new, TODAY)

    assert old_info.value.problems == [
        Problem("json_unknown_key", "conversations[0]", {"key": "route"})]
    assert new_info.value.problems == [
        Problem("json_required", "conversations[0].safety_record", {"key": "safety_record"})]


# -- refusing bad parts ----------------------------------------------------------------


def test_every_problem_in_the_parts_is_reported_and_nothing_is_imported(
    db: Database, other_db: Database, tmp_path: Path
) -> None:
    data = _export(db, _dossier_with_everything(db), tmp_path / "dossier.json")
    newer = data["conversations"][1]
    newer["route"]["coordinator"] = "  "
    newer["agreements"][1]["what"] = " "
    newer["agreements"][1]["partner"] = {"organisation": "Iets", "contact": "", "offers": ""}
    newer["agreements"].append(dict(newer["agreements"][0], partner=None,
                                    domain_keys=["bestaat_niet"]))
    newer["agreements"].append(dict(newer["agreements"][0], partner={
        "organisation": "", "contact": "", "offers": ""}))
    newer["investigation_topics"][3] = {"topic": "carer_support", "state": "not_applicable",
                                        "note": "", "reason": ""}
    newer["investigation_topics"].append({"topic": "needs", "state": "covered", "note": "",
                                          "reason": ""})
    record = newer["safety_record"]
    record["reason"] = "  "
    record["consultations"][0]["who"] = ""
    record["decided_on"] = "2026-03-03"
    record["restricted"] = False
    record["steps"]["talk"]["done"] = "ja"
    path = _write(tmp_path / "fout.json", data)
    partners_before = _count(other_db, "partners")

    with pytest.raises(ValidationFailed) as excinfo:
        import_dossier(other_db, path, TODAY)

    where = "conversations[1]"
    assert _problems(excinfo) == {
        (f"{where}.route.coordinator", "route_coordinator_missing"),
        (f"{where}.agreements[1].what", "agreement_what_missing"),
        (f"{where}.agreements[1].partner", "agreement_partner_unexpected"),
        (f"{where}.agreements[2].partner", "agreement_partner_missing"),
        (f"{where}.agreements[2].domain_keys", "agreement_domain_unknown"),
        (f"{where}.agreements[3].partner.organisation", "partner_organisation_missing"),
        (f"{where}.investigation_topics[3].reason", "topic_reason_missing"),
        (f"{where}.investigation_topics[6].topic", "topic_duplicate"),
        (f"{where}.safety_record.consultations[0].who", "safety_consultation_who_missing"),
        (f"{where}.safety_record.decided_on", "date_in_future"),
        (f"{where}.safety_record.reason", "safety_reason_missing"),
        (f"{where}.safety_record.restricted", "json_not_allowed"),
        (f"{where}.safety_record.steps.talk.done", "json_wrong_type"),
    }
    assert DossierService(other_db).resident_count() == 0
    assert _count(other_db, "partners") == partners_before
    for line in problem_lines(excinfo.value.problems):
        assert "Unexpected problem" not in line and "{" not in line, line


def test_empty_what_and_a_decision_without_reason_are_named_by_path(
    other_db: Database, tmp_path: Path
) -> None:
    """The plainest case: two faults, each reported where it is, and no resident added."""
    data = json.loads((FIXTURES / "dossier_v2.json").read_text(encoding="utf-8"))
    conversation = data["conversations"][0]
    data["format_version"] = 3
    steps = {step.value: {"note": "", "done": False} for step in SafetyStep}
    agreement = {"what": "Kasboek bijhouden", "owner": "resident", "partner": None,
                 "due_date": None, "status": "open", "domain_keys": ["finances"]}
    conversation |= {
        "route": None, "investigation_topics": [],
        "agreements": [agreement, dict(agreement, what="")],
        "safety_record": {
            "restricted": True, "steps": steps, "consultations": [],
            "talked_with_person_on": None, "why_not": "", "suspicion": False,
            "acute_or_structural_unsafety": None, "can_offer_help": None,
            "help_accepted": None, "brings_safety_in_time": None,
            "decision": "no_further_action", "decided_on": "2026-02-01", "reason": "",
            "advice_at_decision": None},
    }

    with pytest.raises(ValidationFailed) as excinfo:
        import_dossier(other_db, _write(tmp_path / "fout.json", data), TODAY)

    assert excinfo.value.problems == [
        Problem("agreement_what_missing", "conversations[0].agreements[1].what"),
        Problem("safety_reason_missing", "conversations[0].safety_record.reason"),
    ]
    assert problem_lines(excinfo.value.problems) == [
        "Conversation 1, agreement 2, what was agreed: Describe what was agreed.",
        "Conversation 1, reporting-code record (restricted), reason: Say why: a decision "
        "under the reporting code needs a reason.",
    ]
    assert DossierService(other_db).resident_count() == 0

    conversation["agreements"][1]["what"] = "Tweede afspraak"
    conversation["safety_record"]["reason"] = "Geen vermoeden."
    resident_id = import_dossier(other_db, _write(tmp_path / "goed.json", data), TODAY)
    [stored] = DossierService(other_db).conversations(resident_id)
    record = SafetyService(other_db).record(int(stored.id or 0))
    assert record is not None and record.decision is SafetyDecision.NO_FURTHER_ACTION


def test_wrong_types_in_the_parts_are_reported_without_crashing(
    db: Database, tmp_path: Path
) -> None:
    data = _export(db, _dossier_with_everything(db), tmp_path / "dossier.json")
    newer = data["conversations"][1]
    newer["route"] = "integraal"
    newer["agreements"] = [7, {"what": 1}]
    newer["investigation_topics"] = {"needs": "covered"}
    newer["safety_record"]["consultations"] = ["Veilig Thuis"]

    with pytest.raises(ValidationFailed) as excinfo:
        dossier_from_dict(data, TODAY)

    fields = {field for field, _ in _problems(excinfo)}
    assert Problem("json_wrong_type", "conversations[1].route",
                   {"expected": "object|null"}) in excinfo.value.problems
    assert {"conversations[1].agreements[0]", "conversations[1].agreements[1].what",
            "conversations[1].investigation_topics",
            "conversations[1].safety_record.consultations[0]"} <= fields


def test_failure_while_writing_the_parts_leaves_nothing_behind(
    db: Database, other_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "dossier.json"
    _export(db, _dossier_with_everything(db), path)

    def broken_save(self: SafetyRepository, conversation_id: int, record: SafetyRecord) -> None:
        assert _count(other_db, "agreements") == 2  # the plan was written already
        raise RuntimeError("disk vol")

    monkeypatch.setattr(SafetyRepository, "save", broken_save)
    with pytest.raises(RuntimeError):
        import_dossier(other_db, path, TODAY)

    assert DossierService(other_db).resident_count() == 0
    for table in ("partners", "agreements", "conversation_routes", "investigation_topics"):
        assert _count(other_db, table) == 0, table


def test_new_problem_codes_have_wording() -> None:
    for code in ("topic_duplicate", "agreement_partner_unexpected"):
        assert not problem_text(Problem(code, "x")).startswith("Unexpected problem"), code
