"""The words of team mode (wording/team_messages.py): every problem code the laptop's service
and the server give has its own sentence with a way out; conflict fields and values read as
words (the English source here: the Dutch is checked by the screens' tests)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from toegang_desktop.domain.team import TeamErrorCode
from toegang_desktop.wording.team_messages import (
    conflict_field_text,
    team_problem_text,
    value_text,
)

# The server's TG codes, the laptop's own before the server answers, and the sync service's
# refusals (services/errors.py TeamRefused); login_failed reaches the screens as "password".
CODES = sorted({code.value for code in TeamErrorCode if code.value.startswith("TG")}
               | {"unreachable", "certificate", "password", "server_error", "plain_store",
                  "not_joined", "already_joined", "not_here"})
DUTCH = Path(__file__).resolve().parents[2] / "resources" / "translations" / "toegang_nl.json"


@pytest.mark.parametrize("code", CODES)
def test_every_code_has_its_own_sentence(code: str) -> None:
    text = team_problem_text(code)
    assert "(code" not in text and len(text) > 40


@pytest.mark.parametrize("code", CODES)
def test_every_code_has_its_own_dutch_sentence(code: str) -> None:
    """Not the general fallback: the Dutch file has this code's sentence, with a way out."""
    contexts = json.loads(DUTCH.read_text(encoding="utf-8"))
    dutch = {**contexts["TeamWork"], **contexts["Team"]}  # TG007-TG011 are worded in TeamWork
    text = dutch.get(team_problem_text(code), "")
    fallback = dutch[team_problem_text("TG999").replace("TG999", "%1")]
    assert len(text) > 40 and text != fallback, (code, text)


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
