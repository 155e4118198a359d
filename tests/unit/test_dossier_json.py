"""The JSON dossier format: export, import into another store, and refusing bad files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from sqlite_utils import Database

from toegang_desktop.content.checklist import load_checklist
from toegang_desktop.domain.conversation import (
    Conversation,
    DomainAssessment,
    Duration,
    Participant,
    ParticipantRole,
    Place,
)
from toegang_desktop.domain.problems import ValidationFailed
from toegang_desktop.domain.resident import HouseholdMember, HouseholdRole, Resident
from toegang_desktop.export.dossier_json import (
    FORMAT_VERSION,
    dossier_from_dict,
    dossier_to_dict,
    load_schema,
)
from toegang_desktop.locations import default_checklist_path, migrations_dir
from toegang_desktop.services.conversations import ConversationService
from toegang_desktop.services.dossiers import DossierService
from toegang_desktop.services.transfer import export_dossier, import_dossier
from toegang_desktop.store.connection import open_store
from toegang_desktop.store.conversations import ConversationRepository

TODAY = date(2026, 3, 2)
LONG_NOTE = ("Fictieve notitie met ĳ, ß en 😀. " * 4000)[:100_000]
BSN = "111222333"  # a made-up number that passes the 11-test


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
    """A conversation with three filled domains, Arabic and Turkish text and a long note."""
    service = ConversationService(
        db, load_checklist(default_checklist_path()), today=lambda: TODAY
    )
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

    export_dossier(db, resident_id, path, "0.1.0")
    new_id = import_dossier(other_db, path, TODAY)

    assert _without_ids(*_dossier(other_db, new_id)) == _without_ids(*_dossier(db, resident_id))
    conversations = _dossier(other_db, new_id)[1]
    assert [c.held_on for c in conversations] == [date(2026, 2, 20), date(2026, 1, 10)]
    assert conversations[0].assessments[0].notes == LONG_NOTE
    assert [p.name for p in conversations[0].participants] == ["Şükrü Testpersoon", "محمد", ""]


def test_exported_file_is_readable_utf8_and_fits_the_schema(db: Database, out: Path) -> None:
    resident_id = _register(db)
    _hold_conversation(db, resident_id, date(2026, 2, 20))
    path = out / "dossier.json"

    export_dossier(db, resident_id, path, "0.1.0")

    text = path.read_text(encoding="utf-8")
    assert "محمد" in text and "Şükrü" in text and "\\u" not in text
    data = json.loads(text)
    checker = Draft202012Validator.FORMAT_CHECKER
    Draft202012Validator(load_schema(), format_checker=checker).validate(data)
    assert data["format"] == "toegang-dossier" and data["format_version"] == FORMAT_VERSION
    assert "id" not in data["resident"]
    assert [p.name for p in out.iterdir()] == ["dossier.json"]


def test_schema_is_valid_draft_2020_12_and_describes_every_property() -> None:
    schema = load_schema()
    Draft202012Validator.check_schema(schema)

    def walk(node: object, where: str) -> None:
        if isinstance(node, dict):
            if node.get("type") == "object":
                assert node.get("additionalProperties") is False, where
                for name, prop in node["properties"].items():
                    assert prop.get("description"), f"{where}.{name}"
            for key, value in node.items():
                walk(value, f"{where}/{key}")

    walk(schema, "#")


def test_export_of_unknown_resident_raises_lookup_error(db: Database, out: Path) -> None:
    with pytest.raises(LookupError):
        export_dossier(db, 999, out / "x.json", "0.1.0")
    assert list(out.iterdir()) == []


def test_failed_export_leaves_neither_file_nor_temporary(
    db: Database, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    resident_id = _register(db)

    def broken_replace(source: object, target: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("toegang_desktop.services.transfer.os.replace", broken_replace)
    with pytest.raises(OSError):
        export_dossier(db, resident_id, out / "dossier.json", "0.1.0")
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
        ("resident.surname", "json_schema"),
        ("household[0].surname", "surname_missing"),
        ("conversations[0].assessments[3].level", "json_schema"),
        ("conversations[0].place", "json_schema"),
    }
    assert len(excinfo.value.problems) == 5
    assert all(p.params.get("message") for p in excinfo.value.problems if p.code == "json_schema")
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


def test_duplicate_bsn_is_refused(db: Database, out: Path) -> None:
    resident_id = _register(db)
    path = out / "dossier.json"
    export_dossier(db, resident_id, path, "0.1.0")

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
    export_dossier(db, resident_id, path, "0.1.0")

    def broken_add(self: ConversationRepository, conversation: Conversation) -> int:
        assert DossierService(other_db).resident_count() == 1  # the resident was written
        raise RuntimeError("disk vol")

    monkeypatch.setattr(ConversationRepository, "add", broken_add)
    with pytest.raises(RuntimeError):
        import_dossier(other_db, path, TODAY)

    assert _resident_count(other_db) == 0
