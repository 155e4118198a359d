"""The JSON dossier format: export, import into another store, and refusing bad files."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

from toegang_desktop.content.checklist import load_checklist
from toegang_desktop.content.rules import default_rules_path, load_rules
from toegang_desktop.domain.conversation import (
    ClientSupport,
    Conversation,
    Decision,
    DomainAssessment,
    Duration,
    Marker,
    Participant,
    ParticipantRole,
    Place,
    Recognition,
    SignalDecision,
)
from toegang_desktop.domain.problems import Problem, ValidationFailed
from toegang_desktop.domain.resident import HouseholdMember, HouseholdRole, Resident
from toegang_desktop.export.dossier_json import FORMAT_VERSION, dossier_to_dict, load_schema
from toegang_desktop.export.dossier_json_read import (
    dossier_from_dict,
    schema_problem,
    schema_problems,
)
from toegang_desktop.export.whole_file import ProtectedFiles
from toegang_desktop.locations import default_checklist_path, migrations_dir
from toegang_desktop.services.conversations import ConversationService
from toegang_desktop.services.dossiers import DossierService
from toegang_desktop.services.recognition import RecognitionService
from toegang_desktop.services.transfer import export_dossier, import_dossier
from toegang_desktop.store.connection import open_store
from toegang_desktop.store.conversations import ConversationRepository
from toegang_desktop.store.database import Database

TODAY = date(2026, 3, 2)
LONG_NOTE = ("Fictieve notitie met ĳ, ß en 😀. " * 4000)[:100_000]
BSN = "111222333"  # a made-up number that passes the 11-test
VERSION_1_FILE = Path(__file__).parent.parent / "fixtures" / "dossier_v1.json"


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for exported files, apart from the stores."""
    folder = tmp_path / "export"
    folder.mkdir()
    return folder


@pytest.fixture
def other_db(tmp_path: Path) -> Iterator[Database]:
    """A second, independent store: the workstation the dossier moves to."""
    folder = tmp_path / "andere-werkplek"
    database = open_store(folder / "toegang.sqlite", folder / "backups", migrations_dir())
    yield database
    database.close()


def _register(db: Database) -> int:
    resident = Resident(
        first_names="Şükrü", prefix="van der", surname="Testpersoon",
        date_of_birth=date(1980, 5, 17), bsn=BSN, street="Voorbeeldlaan",
        house_number="12 bis", postcode="1234ab", city="Fantasiestad",
        phone="+31 6 00000000", email="sukru@voorbeeld.invalid",
        household=[
            HouseholdMember("محمد", "Voorbeeld", HouseholdRole.PARTNER),
            HouseholdMember("Kim", "Testpersoon", HouseholdRole.CHILD, "van der",
                            date(2015, 1, 9)),
        ],
    )
    return DossierService(db, today=lambda: TODAY).register(resident)


def _hold_conversation(db: Database, resident_id: int, held_on: date) -> int:
    """A conversation with three filled domains, Arabic and Turkish text and a long note,
    markers, two decisions on signals, the weighing and the legal dates."""
    checklist = load_checklist(default_checklist_path())
    service = ConversationService(db, checklist, today=lambda: TODAY)
    conversation = service.start(Conversation(
        resident_id=resident_id, held_on=held_on, place=Place.HOME, checklist_id="",
        checklist_version="", melding_date=date(2026, 1, 5),
        question="Ik wil weer rondkomen. محمد helpt mij.",
        participants=[Participant(ParticipantRole.RESIDENT, "Şükrü Testpersoon"),
                      Participant(ParticipantRole.INTERPRETER, "محمد"),
                      Participant(ParticipantRole.CLIENT_SUPPORTER)],
    ))
    assert conversation.id is not None
    first, second, third = conversation.assessments[:3]
    service.save_assessment(conversation.id, replace(
        first, discussed=True, level=2, own_words="Ik kom niet rond — محمد weet het.",
        strengths="Houdt een kasboek bij", wishes="Schulden op orde", help_self=True,
        help_professional=True, wants_to_talk=True, duration=Duration.LONG_TERM,
        notes=LONG_NOTE,
    ))
    service.save_assessment(conversation.id, replace(
        second, discussed=False, not_discussed_reason="Geen tijd meer"
    ))
    service.save_assessment(conversation.id, replace(
        third, discussed=True, level=5, help_network=True, duration=Duration.LIFELONG
    ))
    conversation.markers = {Marker.PSYCHIATRIC, Marker.CHRONIC_CONDITION}
    conversation.resident_recognises = Recognition.PARTLY
    conversation.resident_view = "Het geld wel, de gezondheid niet — محمد ziet het anders."
    conversation.client_support = ClientSupport.ACCEPTED
    conversation.client_support_date = date(2026, 1, 12)
    conversation.application_date = date(2026, 1, 20)
    conversation.decision_date = date(2026, 2, 3)
    conversation.finalised_on = date(2026, 2, 25)
    service.update_header(conversation)
    rules = load_rules(default_rules_path(), [d.key for d in checklist.domains])
    recognition = RecognitionService(db, rules)
    recognition.decide(conversation, SignalDecision(
        "long_term_need", "Een ondersteuningsvraag die lang of levenslang duurt",
        Decision.CONFIRMED, "De schulden lopen nog jaren; Şükrü ziet dat ook."))
    recognition.decide(conversation, SignalDecision(
        "chronic_condition", "Een chronische ziekte of beperking", Decision.DISMISSED,
        "Alleen een gebroken been, dat geneest."))
    return conversation.id


def _dossier(db: Database, resident_id: int) -> tuple[Resident, list[Conversation]]:
    service = DossierService(db)
    resident = service.resident(resident_id)
    assert resident is not None
    return resident, service.conversations(resident_id)


def _without_ids(
    resident: Resident, conversations: list[Conversation]
) -> tuple[Resident, list[Conversation]]:
    members = [replace(m, id=None) for m in resident.household]
    return (
        replace(resident, id=None, household=members),
        [replace(c, id=None, resident_id=0) for c in conversations],
    )


def _valid_data() -> dict[str, Any]:
    resident = Resident("Fictief", "Persoon", date(1990, 1, 1), bsn=BSN, household=[
        HouseholdMember("Kind", "Persoon", HouseholdRole.CHILD, date_of_birth=date(2020, 6, 1))
    ])
    conversation = Conversation(
        resident_id=1, held_on=date(2026, 1, 5), place=Place.OFFICE,
        checklist_id="toegang-standaard", checklist_version="2026.1",
        assessments=[
            DomainAssessment(domain_key=key, label=key.title(), position=index)
            for index, key in enumerate(("finances", "housing", "safety", "meaning"))
        ],
    )
    return dossier_to_dict(resident, [conversation], datetime.now(UTC), "0.1.0")


def _write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _problems(excinfo: pytest.ExceptionInfo[ValidationFailed]) -> set[tuple[str, str]]:
    return {(p.field, p.code) for p in excinfo.value.problems}


def _resident_count(db: Database) -> int:
    return DossierService(db).resident_count()


# -- round trip ------------------------------------------------------------------------


def test_round_trip_to_another_store_keeps_everything(
    db: Database, other_db: Database, out: Path
) -> None:
    resident_id = _register(db)
    _hold_conversation(db, resident_id, date(2026, 2, 20))
    _hold_conversation(db, resident_id, date(2026, 1, 10))
    path = out / "dossier.json"

    export_dossier(db, resident_id, path, "0.1.0", protected=ProtectedFiles())
    new_id = import_dossier(other_db, path, TODAY)

    assert _without_ids(*_dossier(other_db, new_id)) == _without_ids(*_dossier(db, resident_id))
    conversations = _dossier(other_db, new_id)[1]
    assert [c.held_on for c in conversations] == [date(2026, 2, 20), date(2026, 1, 10)]
    assert conversations[0].assessments[0].notes == LONG_NOTE
    assert [p.name for p in conversations[0].participants] == ["Şükrü Testpersoon", "محمد", ""]
    newest = conversations[0]
    assert newest.markers == {Marker.PSYCHIATRIC, Marker.CHRONIC_CONDITION}
    assert newest.decisions["chronic_condition"] == SignalDecision(
        "chronic_condition", "Een chronische ziekte of beperking", Decision.DISMISSED,
        "Alleen een gebroken been, dat geneest.")
    assert newest.decisions["long_term_need"].decision is Decision.CONFIRMED
    assert (newest.resident_recognises, newest.client_support) == (
        Recognition.PARTLY, ClientSupport.ACCEPTED)
    assert newest.resident_view.endswith("محمد ziet het anders.")
    assert (newest.client_support_date, newest.application_date, newest.decision_date,
            newest.finalised_on) == (date(2026, 1, 12), date(2026, 1, 20), date(2026, 2, 3),
                                     date(2026, 2, 25))


def test_exported_file_is_readable_utf8_and_fits_the_schema(db: Database, out: Path) -> None:
    resident_id = _register(db)
    _hold_conversation(db, resident_id, date(2026, 2, 20))
    path = out / "dossier.json"

    export_dossier(db, resident_id, path, "0.1.0", protected=ProtectedFiles())

    text = path.read_text(encoding="utf-8")
    assert "محمد" in text and "Şükrü" in text and "\\u" not in text
    data = json.loads(text)
    checker = Draft202012Validator.FORMAT_CHECKER
    Draft202012Validator(load_schema(), format_checker=checker).validate(data)
    assert data["format"] == "toegang-dossier" and data["format_version"] == FORMAT_VERSION
    assert "id" not in data["resident"]
    assert [p.name for p in out.iterdir()] == ["dossier.json"]
    conversation = data["conversations"][0]
    assert conversation["markers"] == ["chronic_condition", "psychiatric"]  # sorted
    assert [d["rule_id"] for d in conversation["decisions"]] == ["chronic_condition", "long_term_need"]
    assert conversation["decisions"][0] == {
        "rule_id": "chronic_condition", "rule_title": "Een chronische ziekte of beperking",
        "decision": "dismissed", "reason": "Alleen een gebroken been, dat geneest."}
    assert (conversation["resident_recognises"], conversation["client_support"]) == (
        "partly", "accepted")
    assert conversation["application_date"] == "2026-01-20"
    assert conversation["finalised_on"] == "2026-02-25"


def test_schema_is_valid_draft_2020_12_and_describes_every_property() -> None:
    schema = load_schema()
    Draft202012Validator.check_schema(schema)

    def walk(node: object, where: str) -> None:
        if isinstance(node, dict):
            kinds = node.get("type")
            if kinds == "object" or (isinstance(kinds, list) and "object" in kinds):
                assert node.get("additionalProperties") is False, where
                for name, prop in node["properties"].items():
                    assert prop.get("description"), f"{where}.{name}"
            for key, value in node.items():
                walk(value, f"{where}/{key}")

    walk(schema, "#")


def test_export_of_unknown_resident_raises_lookup_error(db: Database, out: Path) -> None:
    with pytest.raises(LookupError):
        export_dossier(db, 999, out / "x.json", "0.1.0", protected=ProtectedFiles())
    assert list(out.iterdir()) == []


def test_failed_export_leaves_neither_file_nor_temporary(
    db: Database, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    resident_id = _register(db)

    def broken_replace(source: object, target: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("toegang_desktop.export.whole_file.os.replace", broken_replace)
    with pytest.raises(OSError):
        export_dossier(db, resident_id, out / "dossier.json", "0.1.0", protected=ProtectedFiles())
    assert list(out.iterdir()) == []


# -- refusing bad files ----------------------------------------------------------------


def test_every_problem_is_reported_with_its_path(other_db: Database, out: Path) -> None:
    data = _valid_data()
    data["resident"]["bsn"] = "123456789"  # fails the 11-test
    del data["resident"]["surname"]
    data["household"][0]["surname"] = ""
    data["conversations"][0]["assessments"][3]["level"] = 7
    data["conversations"][0]["place"] = "tuin"

    with pytest.raises(ValidationFailed) as excinfo:
        import_dossier(other_db, _write(out / "fout.json", data), TODAY)

    assert _problems(excinfo) >= {
        ("resident.bsn", "bsn_invalid"),
        ("resident.surname", "json_required"),
        ("household[0].surname", "surname_missing"),
        ("conversations[0].assessments[3].level", "json_out_of_range"),
        ("conversations[0].place", "json_not_allowed"),
    }
    assert len(excinfo.value.problems) == 5
    params = {p.field: p.params for p in excinfo.value.problems}
    assert params["resident.surname"] == {"key": "surname"}
    assert params["conversations[0].assessments[3].level"] == {"min": 1, "max": 5}
    assert params["conversations[0].place"] == {"allowed": "home, office, phone, video"}
    assert _resident_count(other_db) == 0


def test_content_rules_apply_with_the_given_day() -> None:
    data = _valid_data()
    data["conversations"][0]["held_on"] = "2026-03-03"
    data["household"][0]["date_of_birth"] = None  # a child's birth date is required
    data["conversations"][0]["assessments"][2]["domain_key"] = "finances"

    with pytest.raises(ValidationFailed) as excinfo:
        dossier_from_dict(data, TODAY)

    assert _problems(excinfo) == {
        ("conversations[0].held_on", "conversation_date_future"),
        ("household[0].date_of_birth", "birth_date_missing"),
        ("conversations[0].assessments[2].domain_key", "domain_key_duplicate"),
    }


def test_wrong_types_are_reported_without_crashing() -> None:
    data = _valid_data()
    data["resident"] = ["geen", "object"]
    data["household"] = [42]
    data["conversations"][0]["assessments"] = "geen lijst"
    data["extra"] = True

    with pytest.raises(ValidationFailed) as excinfo:
        dossier_from_dict(data, TODAY)

    assert {field for field, _ in _problems(excinfo)} == {
        "", "resident", "household[0]", "conversations[0].assessments"
    }


def test_version_1_file_still_imports_with_defaults(other_db: Database) -> None:
    data = json.loads(VERSION_1_FILE.read_text(encoding="utf-8"))
    assert data["format_version"] == 1 and FORMAT_VERSION == 3

    resident_id = import_dossier(other_db, VERSION_1_FILE, TODAY)

    resident, [conversation] = _dossier(other_db, resident_id)
    assert (resident.first_names, resident.surname) == ("Fictief", "Proefpersoon")
    assert resident.household[0].first_names == "Testkind"
    assert conversation.held_on == date(2025, 11, 3)
    assert conversation.assessment("finances").level == 2
    assert conversation.assessment("housing").not_discussed_reason == "Geen tijd"
    assert conversation.markers == set() and conversation.decisions == {}
    assert conversation.resident_recognises is None and conversation.resident_view == ""
    assert conversation.client_support is None
    assert [conversation.client_support_date, conversation.application_date,
            conversation.decision_date, conversation.finalised_on] == [None] * 4


def test_version_rules_of_the_schema() -> None:
    """A version 1 file may not carry version 2 keys; a version 2 file must have them all."""
    old = json.loads(VERSION_1_FILE.read_text(encoding="utf-8"))
    old["conversations"][0]["markers"] = ["dementia"]
    new = _valid_data()
    del new["conversations"][0]["decisions"]

    with pytest.raises(ValidationFailed) as old_info:
        dossier_from_dict(old, TODAY)
    with pytest.raises(ValidationFailed) as new_info:
        dossier_from_dict(new, TODAY)

    assert _problems(old_info) == {("conversations[0]", "json_unknown_key")}
    assert [p.params for p in old_info.value.problems] == [{"key": "markers"}]
    assert _problems(new_info) == {("conversations[0].decisions", "json_required")}


def test_decisions_and_weighing_are_checked_with_their_paths(
    other_db: Database, out: Path
) -> None:
    data = _valid_data()
    conversation = data["conversations"][0]
    decision = {"rule_id": "long_term_need", "rule_title": "Lang", "decision": "confirmed",
                "reason": "Duurt jaren."}
    conversation["decisions"] = [
        decision, decision | {"rule_id": "chronic_condition", "reason": "  \n "}, decision,
        decision | {"rule_id": "possible_dementia", "decision": "misschien"},
    ]
    conversation["markers"] = ["dementia", "onbekend"]
    conversation["client_support"] = "offered"  # without a date
    conversation["application_date"] = "2026-02-10"
    conversation["decision_date"] = "2026-02-01"  # before the application
    conversation["finalised_on"] = "2026-02-31"

    with pytest.raises(ValidationFailed) as excinfo:
        import_dossier(other_db, _write(out / "fout.json", data), TODAY)

    assert _problems(excinfo) == {
        ("conversations[0].decisions[1].reason", "decision_reason_missing"),
        ("conversations[0].decisions[2].rule_id", "decision_duplicate"),
        ("conversations[0].decisions[3].decision", "json_not_allowed"),
        ("conversations[0].markers[1]", "json_not_allowed"),
        ("conversations[0].client_support_date", "client_support_date_missing"),
        ("conversations[0].decision_date", "decision_before_application"),
        ("conversations[0].finalised_on", "json_bad_format"),
    }
    assert _resident_count(other_db) == 0


def test_weighing_dates_are_judged_with_the_given_day() -> None:
    data = _valid_data()
    data["conversations"][0]["application_date"] = "2026-03-03"

    with pytest.raises(ValidationFailed) as excinfo:
        dossier_from_dict(data, TODAY)
    dossier_from_dict(data, date(2026, 3, 3))

    assert _problems(excinfo) == {("conversations[0].application_date", "date_in_future")}


def test_newer_format_version_is_refused(other_db: Database, out: Path) -> None:
    data = _valid_data() | {"format_version": FORMAT_VERSION + 1, "nieuw": "veld"}

    with pytest.raises(ValidationFailed) as excinfo:
        import_dossier(other_db, _write(out / "nieuw.json", data), TODAY)

    [problem] = excinfo.value.problems
    assert problem.code == "json_newer_format"
    assert problem.params == {"found": FORMAT_VERSION + 1, "supported": FORMAT_VERSION}


@pytest.mark.parametrize("data", [{"format": "iets-anders"}, [1, 2, 3], "tekst", {}])
def test_other_json_is_refused(other_db: Database, out: Path, data: object) -> None:
    with pytest.raises(ValidationFailed) as excinfo:
        import_dossier(other_db, _write(out / "ander.json", data), TODAY)

    assert [p.code for p in excinfo.value.problems] == ["json_not_dossier"]


def test_invalid_json_syntax_gives_line_and_column(other_db: Database, out: Path) -> None:
    path = out / "kapot.json"
    path.write_text('{\n  "format": "toegang-dossier",\n  "resident": }\n', encoding="utf-8")

    with pytest.raises(ValidationFailed) as excinfo:
        import_dossier(other_db, path, TODAY)

    [problem] = excinfo.value.problems
    assert problem.code == "json_syntax"
    assert (problem.params["line"], problem.params["column"]) == (3, 15)


def test_missing_file_is_unreadable(other_db: Database, out: Path) -> None:
    with pytest.raises(ValidationFailed) as excinfo:
        import_dossier(other_db, out / "bestaat-niet.json", TODAY)

    assert [p.code for p in excinfo.value.problems] == ["json_unreadable"]
    assert excinfo.value.problems[0].params == {"reason": "not_found"}


def test_folder_and_non_utf8_file_are_unreadable_with_a_reason(
    other_db: Database, out: Path
) -> None:
    latin1 = out / "latin1.json"
    latin1.write_bytes('{"naam": "Zoë"}'.encode("latin-1"))

    reasons = []
    for path in (out, latin1):
        with pytest.raises(ValidationFailed) as excinfo:
            import_dossier(other_db, path, TODAY)
        reasons += [(p.code, p.params) for p in excinfo.value.problems]

    assert reasons[1] == ("json_unreadable", {"reason": "not_text"})
    assert reasons[0][0] == "json_unreadable"
    assert reasons[0][1]["reason"] in ("is_folder", "no_permission")  # Windows: no permission


def test_duplicate_bsn_is_refused(db: Database, out: Path) -> None:
    resident_id = _register(db)
    path = out / "dossier.json"
    export_dossier(db, resident_id, path, "0.1.0", protected=ProtectedFiles())

    with pytest.raises(ValidationFailed) as excinfo:
        import_dossier(db, path, TODAY)

    assert _problems(excinfo) == {("resident.bsn", "bsn_duplicate")}
    assert _resident_count(db) == 1


def test_failure_while_writing_leaves_nothing_behind(
    db: Database, other_db: Database, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    resident_id = _register(db)
    _hold_conversation(db, resident_id, date(2026, 2, 20))
    path = out / "dossier.json"
    export_dossier(db, resident_id, path, "0.1.0", protected=ProtectedFiles())

    def broken_add(self: ConversationRepository, conversation: Conversation) -> int:
        assert DossierService(other_db).resident_count() == 1  # the resident was written
        raise RuntimeError("disk vol")

    monkeypatch.setattr(ConversationRepository, "add", broken_add)
    with pytest.raises(RuntimeError):
        import_dossier(other_db, path, TODAY)

    assert _resident_count(other_db) == 0


# -- schema faults as stable codes -----------------------------------------------------


_DELETE = object()


def _set(path: str, value: object) -> Callable[[dict[str, Any]], None]:
    """A change to _valid_data(): set the value at a dotted path ('a.0.b'), or delete it."""
    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = data
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        key: Any = int(last) if last.isdigit() else last
        if value is _DELETE:
            del node[key]
        else:
            node[key] = value
    return change


_SCHEMA_CASES = [
    ("required", _set("resident.surname", _DELETE),
     Problem("json_required", "resident.surname", {"key": "surname"})),
    ("additionalProperties", _set("resident.bijnaam", "Fictief"),
     Problem("json_unknown_key", "resident", {"key": "bijnaam"})),
    ("type text|null", _set("household.0.date_of_birth", 20200601),
     Problem("json_wrong_type", "household[0].date_of_birth", {"expected": "text|null"})),
    ("type boolean", _set("conversations.0.assessments.1.help_self", "ja"),
     Problem("json_wrong_type", "conversations[0].assessments[1].help_self",
             {"expected": "true/false"})),
    ("type integer", _set("conversations.0.assessments.0.position", "1"),
     Problem("json_wrong_type", "conversations[0].assessments[0].position",
             {"expected": "whole number"})),
    ("type array", _set("household", {}),
     Problem("json_wrong_type", "household", {"expected": "list"})),
    ("type object", _set("resident", "Fictief Persoon"),
     Problem("json_wrong_type", "resident", {"expected": "object"})),
    ("enum", _set("conversations.0.participants", [{"role": "buurvrouw", "name": ""}]),
     Problem("json_not_allowed", "conversations[0].participants[0].role",
             {"allowed": "resident, informal_carer, client_supporter, interpreter, other"})),
    ("enum with null", _set("conversations.0.client_support", "misschien"),
     Problem("json_not_allowed", "conversations[0].client_support",
             {"allowed": "offered, accepted, declined, null"})),
    ("pattern bsn", _set("resident.bsn", "12345678A"),
     Problem("json_bad_format", "resident.bsn", {"expected": "bsn"})),
    ("pattern and format date", _set("conversations.0.held_on", "05-01-2026"),
     Problem("json_bad_format", "conversations[0].held_on", {"expected": "date"})),
    ("format date", _set("conversations.0.melding_date", "2026-02-30"),
     Problem("json_bad_format", "conversations[0].melding_date", {"expected": "date"})),
    ("pattern date-time", _set("exported_at", "gisteren"),
     Problem("json_bad_format", "exported_at", {"expected": "date-time"})),
    ("minLength", _set("conversations.0.checklist_id", ""),
     Problem("json_too_short", "conversations[0].checklist_id",
             {"min": 1, "unit": "characters"})),
    ("minItems", _set("conversations.0.assessments", []),
     Problem("json_too_short", "conversations[0].assessments", {"min": 1, "unit": "items"})),
    ("maxLength", _set("resident.surname", "X" * 201),
     Problem("json_too_long", "resident.surname", {"max": 200, "unit": "characters"})),
    ("maximum", _set("conversations.0.assessments.2.position", 1000),
     Problem("json_out_of_range", "conversations[0].assessments[2].position",
             {"min": 0, "max": 999})),
    ("minimum", _set("conversations.0.assessments.2.level", 0),
     Problem("json_out_of_range", "conversations[0].assessments[2].level",
             {"min": 1, "max": 5})),
    ("uniqueItems", _set("conversations.0.markers", ["dementia", "dementia"]),
     Problem("json_not_unique", "conversations[0].markers")),
]


@pytest.mark.parametrize(("change", "expected"), [c[1:] for c in _SCHEMA_CASES],
                         ids=[c[0] for c in _SCHEMA_CASES])
def test_each_kind_of_schema_fault_has_its_code_and_path(
    change: Callable[[dict[str, Any]], None], expected: Problem
) -> None:
    data = _valid_data()
    change(data)

    with pytest.raises(ValidationFailed) as excinfo:
        dossier_from_dict(data, TODAY)

    assert excinfo.value.problems == [expected]


def test_schema_problems_carry_no_message_and_no_value_from_the_file() -> None:
    data = _valid_data()
    data["resident"]["bsn"] = "12345678A"
    data["conversations"][0]["place"] = "bij Zoë thuis"
    data["conversations"][0]["held_on"] = "05-01-2026"

    problems = schema_problems(data)

    assert len(problems) == 3
    for problem in problems:
        assert "message" not in problem.params
        shown = json.dumps(problem.params)
        assert "12345678A" not in shown and "Zoë" not in shown and "05-01-2026" not in shown


def test_other_schema_rules_fall_back_to_the_kind_only() -> None:
    class Error:  # a jsonschema error for a rule this schema does not use
        absolute_path = ["resident"]
        relative_schema_path = ["properties", "resident", "minProperties"]
        validator = "minProperties"
        validator_value = 3
        schema: dict[str, Any] = {"minProperties": 3}
        instance: dict[str, Any] = {"surname": "Persoon"}
        message = "{'surname': 'Persoon'} does not have enough properties"

    assert schema_problem(Error()) == [
        Problem("json_schema", "resident", {"kind": "minProperties"})
    ]


def test_conversation_without_domains_is_refused_by_the_content_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Also when the schema would let it pass: such a conversation cannot be shown."""
    monkeypatch.setattr(
        "toegang_desktop.export.dossier_json_read.schema_problems", lambda data: [])
    data = _valid_data()
    data["conversations"].append(dict(data["conversations"][0], assessments=[]))

    with pytest.raises(ValidationFailed) as excinfo:
        dossier_from_dict(data, TODAY)

    assert excinfo.value.problems == [
        Problem("json_too_short", "conversations[1].assessments", {"min": 1, "unit": "items"})
    ]
