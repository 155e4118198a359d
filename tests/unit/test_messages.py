"""Problems worded for people: readable places instead of JSON paths, no technical English."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

from toegang_desktop.domain.problems import Problem, ValidationFailed
from toegang_desktop.export.dossier_json import load_schema
from toegang_desktop.export.dossier_json_read import dossier_from_dict
from toegang_desktop.wording.field_names import describe_path
from toegang_desktop.wording.messages import problem_lines, problem_text

VERSION_1_FILE = Path(__file__).parent.parent / "fixtures" / "dossier_v1.json"


@pytest.mark.parametrize(("field", "words"), [
    ("conversations[0].assessments[3].level", "Conversation 1, domain 4, level"),
    ("resident.bsn", "Resident, BSN"),
    ("resident.date_of_birth", "Resident, date of birth"),
    ("household[1].role", "Household member 2, role"),
    ("conversations[2].participants[0].name", "Conversation 3, participant 1, name"),
    ("conversations[0].decisions[1].reason", "Conversation 1, decision 2, reason"),
    ("conversations[0].markers[1]", "Conversation 1, marker 2"),
    ("conversations[0].assessments", "Conversation 1, life domains"),
    ("conversations[0]", "Conversation 1"),
    ("exported_at", "Export date"),
    ("surname", "Surname"),  # a field on screen
    ("decisions[long_term_need].reason", "Reason"),  # the screen says which signal
    ("", ""),  # the whole file
])
def test_describe_path_names_the_place_in_words(field: str, words: str) -> None:
    assert describe_path(field) == words


def _faulty_file() -> dict[str, Any]:
    """A version 1 file with one fault of many kinds, some with personal data in them."""
    data: dict[str, Any] = json.loads(VERSION_1_FILE.read_text(encoding="utf-8"))
    data["bijlage"] = "geheim"
    del data["resident"]["surname"]
    data["resident"]["bsn"] = "12345678A"
    data["resident"]["date_of_birth"] = "01-04-1975"
    data["household"][0]["role"] = "oma Zoë"
    conversation = data["conversations"][0]
    conversation["place"] = "bij Zoë thuis"
    conversation["markers"] = ["dementia"]  # not in a version 1 file
    conversation["checklist_id"] = ""
    assessment = conversation["assessments"][0]
    assessment["level"] = "twee"
    assessment["position"] = -4
    data["conversations"].append(dict(conversation, assessments=[]))
    return data


def test_problem_lines_of_a_faulty_file_have_no_technical_english_nor_values() -> None:
    data = _faulty_file()
    validator = Draft202012Validator(load_schema(),
                                     format_checker=Draft202012Validator.FORMAT_CHECKER)
    english = {str(error.message) for error in validator.iter_errors(data)}

    with pytest.raises(ValidationFailed) as excinfo:
        dossier_from_dict(data, date(2026, 3, 2))
    lines = problem_lines(excinfo.value.problems)

    assert len(lines) >= 10
    text = "\n".join(lines)
    for message in english:
        assert message not in text
    for fragment in ("is a required property", "is not of type", "does not match",
                     "is not one of", "was unexpected", "is less than", "should be non-empty",
                     "{", "}", "[0]", "conversations", "12345678A", "01-04-1975", "Zoë",
                     "geheim"):
        assert fragment not in text, fragment
    assert "Resident, surname: This is missing from the file (key 'surname')." in lines
    assert "Resident, BSN: A BSN must have 9 digits, or be empty." in lines
    assert "Conversation 1, domain 1, position: This must be a number from 0 to 999." in lines
    assert "Conversation 2, life domains: A conversation needs at least one life domain." in lines
    assert "The key 'bijlage' does not belong here. Remove it or check the spelling." in lines


@pytest.mark.parametrize("params", [
    {"reason": "not_found"}, {"reason": "no_permission"}, {"reason": "is_folder"},
    {"reason": "not_text"}, {"reason": "other"}, {"reason": "iets nieuws"}, {},
    {"message": "[Errno 2] No such file or directory: 'x.json'"},
])
def test_unreadable_file_is_a_plain_sentence(params: dict[str, Any]) -> None:
    text = problem_text(Problem("json_unreadable", "", params))

    assert text.startswith(("The file cannot be read", "This is a folder"))
    assert "{" not in text and "Errno" not in text


def test_wrong_type_names_the_expected_kinds_in_words() -> None:
    problem = Problem("json_wrong_type", "conversations[0].assessments[0].level",
                      {"expected": "whole number|null"})

    assert problem_lines([problem]) == [
        "Conversation 1, domain 1, level: This must be a whole number or null (empty)."
    ]


def test_missing_parameters_never_show_placeholders() -> None:
    for code in ("json_required", "json_unknown_key", "json_not_allowed", "json_out_of_range",
                 "json_too_long", "json_schema", "json_newer_format", "birth_date_too_early"):
        assert "{" not in problem_text(Problem(code, "x")), code


@pytest.mark.parametrize("error", [
    FileExistsError(17, "File exists"),  # an access request's --out that is a file
    NotADirectoryError(20, "Not a directory"),  # a path through a file
    IsADirectoryError(21, "Is a directory"),
    FileNotFoundError(2, "No such file or directory"),
    PermissionError(13, "Permission denied"),
    OSError(28, "No space left on device"),
    OSError(30, "Read-only file system"),
    OSError(5, "Input/output error"),
], ids=lambda error: type(error).__name__ + str(error.errno))
def test_a_failed_write_is_worded_in_dutch_not_with_the_systems_english(
        error: OSError) -> None:
    from toegang_desktop.wording.messages import file_write_error_text
    from toegang_desktop.wording.translation import in_dutch

    with in_dutch():
        text = file_write_error_text(error)
    assert error.strerror not in text, text
    assert text.startswith("Het bestand kon niet worden opgeslagen: ")


def test_a_problem_with_the_whole_content_file_names_no_place(tmp_path: Path) -> None:
    """A missing, unreadable or unparsable file has no place in it ('-'): no 'bij -:'."""
    from toegang_desktop.content.checklist import load_checklist
    from toegang_desktop.content.toml_reader import ContentError
    from toegang_desktop.wording.messages import content_error_text
    from toegang_desktop.wording.translation import in_dutch

    missing = tmp_path / "gemeente.toml"
    with pytest.raises(ContentError) as refused:
        load_checklist(missing)
    with in_dutch():
        text = content_error_text(refused.value)
    assert text.startswith(f"Het bestand {missing} is niet te gebruiken: het bestand bestaat "
                           "niet."), text


@pytest.mark.parametrize(("detail", "words"), [
    ("database or disk is full", "the disk is full"),
    ("[Errno 28] No space left on device", "the disk is full"),
    ("attempt to write a readonly database", "no permission to write there"),
    ("[Errno 20] Not a directory: '/tmp/x/toegang.sqlite'", "the folder does not exist"),
    ("[Errno 5] Input/output error", "the disk cannot be read"),
    ("[Errno 99] Something the system said", "system error 99"),
    ("a sentence nobody foresaw", "cause unknown"),
])
def test_the_store_error_detail_is_worded_not_quoted(detail: str, words: str) -> None:
    """The system's own English never reaches the person: the cause is worded, or its code."""
    from toegang_desktop.store.errors import StoreUnavailableError
    from toegang_desktop.wording.store_messages import store_error_text

    text = store_error_text(StoreUnavailableError(Path("/tmp/x/toegang.sqlite"), detail))
    assert words in text
    assert detail not in text
