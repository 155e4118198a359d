"""The words of team mode (wording/team_messages.py): every problem code the laptop's service
and the server give has its own sentence with a way out; conflict fields and values read as
words (the English source here: the Dutch is checked by the screens' tests)."""

from __future__ import annotations

from datetime import date

import pytest

from toegang_desktop.wording.team_messages import (
    conflict_field_text,
    team_problem_text,
    value_text,
)

CODES = ["unreachable", "certificate", "password", "TG001", "TG002", "TG003", "TG004", "TG005",
         "TG006", "server_error", "plain_store", "not_joined", "already_joined", "not_here"]


@pytest.mark.parametrize("code", CODES)
def test_every_code_has_its_own_sentence(code: str) -> None:
    text = team_problem_text(code)
    assert "(code" not in text and len(text) > 40


def test_an_unknown_code_is_named_for_the_application_manager() -> None:
    assert "(code TG999)" in team_problem_text("TG999")


def test_conflict_fields_and_values_in_words() -> None:
    assert conflict_field_text("domain_assessments", "own_words") == "Life domain: in own words"
    assert conflict_field_text("residents", "postcode") == "Personal details: postcode"
    assert conflict_field_text("new_table", "odd_field") == "new table: odd field"
    assert value_text(None) == value_text("") == "(empty)"
    assert value_text(True) == "yes" and value_text(3) == "3"
    assert value_text("2026-12-07") == value_text(date(2026, 12, 7)) == "07-12-2026"
    assert value_text(["a", None]) == "a, (empty)"
