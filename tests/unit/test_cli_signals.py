"""`toegang-desktop signals`, run as a real process: a conversation's signals as JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from toegang_desktop.content.checklist import load_checklist
from toegang_desktop.content.rules import default_rules_path, load_rules
from toegang_desktop.domain.conversation import (
    Conversation,
    Decision,
    Duration,
    Place,
    SignalDecision,
)
from toegang_desktop.domain.resident import HouseholdMember, HouseholdRole, Resident
from toegang_desktop.domain.rules import RuleSet
from toegang_desktop.locations import default_checklist_path, migrations_dir
from toegang_desktop.services.conversations import ConversationService
from toegang_desktop.services.dossiers import DossierService
from toegang_desktop.services.recognition import RecognitionService
from toegang_desktop.store.connection import open_store

from ..children import run_child

TODAY = date(2026, 3, 2)
REASON = "Overlegd met een collega; Zoë en Kim zijn veilig (fictief)."


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return run_child([sys.executable, "-m", "toegang_desktop", *args], capture_output=True,
                     text=True, encoding="utf-8", env=env, timeout=60)


def _default_rules() -> RuleSet:
    checklist = load_checklist(default_checklist_path())
    return load_rules(default_rules_path(), [d.key for d in checklist.domains])


def _store_with_conversation(folder: Path) -> int:
    """A resident with a partner and a child; concerns on finances, mental health and safety;
    the safety signal confirmed. Returns the conversation's id."""
    db = open_store(folder / "toegang.sqlite", folder / "backups", migrations_dir())
    try:
        resident_id = DossierService(db, today=lambda: TODAY).register(Resident(
            first_names="Zoë", surname="Voorbeeld", date_of_birth=date(1988, 3, 14),
            household=[
                HouseholdMember("Sam", "Voorbeeld", HouseholdRole.PARTNER),
                HouseholdMember("Kim", "Voorbeeld", HouseholdRole.CHILD,
                                date_of_birth=date(2018, 7, 1)),
            ],
        ))
        service = ConversationService(db, load_checklist(default_checklist_path()),
                                      today=lambda: TODAY)
        conversation = service.start(Conversation(
            resident_id=resident_id, held_on=date(2026, 2, 20), place=Place.HOME,
            checklist_id="", checklist_version=""))
        assert conversation.id is not None
        changes: dict[str, dict[str, Any]] = {
            "finances": {"level": 1, "duration": Duration.TEMPORARY},
            "mental_health": {"level": 4, "wants_to_talk": True},
            "safety": {"level": 2},
            "housing": {"level": 5},
        }
        for key, values in changes.items():
            service.save_assessment(
                conversation.id, replace(conversation.assessment(key), discussed=True, **values))
        RecognitionService(db, _default_rules()).decide(conversation, SignalDecision(
            "safety_with_children", "Zorgen over veiligheid, met kinderen in huis",
            Decision.CONFIRMED, REASON))
        return conversation.id
    finally:
        db.close()


def _domain(key: str, label: str, level: int, wants_to_talk: bool = False,
            duration: str | None = None) -> dict[str, Any]:
    return {"domain_key": key, "label": label, "level": level, "wants_to_talk": wants_to_talk,
            "duration": duration}


def test_signals_of_a_conversation_as_json(tmp_path: Path) -> None:
    conversation_id = _store_with_conversation(tmp_path)

    result = _run("--data-dir", str(tmp_path), "signals", "--conversation", str(conversation_id))

    assert result.returncode == 0, result.stderr
    assert "Zoë" in result.stdout and "\\u" not in result.stdout  # real characters
    assert result.stdout.startswith('{\n  "conversation"')  # indented by 2
    rules = {rule.id: rule for rule in _default_rules().rules}
    finances = _domain("finances", "Financiën", 1, duration="temporary")
    mental = _domain("mental_health", "Geestelijke gezondheid", 4, wants_to_talk=True)
    safety = _domain("safety", "Veiligheid", 2)
    expected = [
        ("acute", [finances], None),
        ("concerns_in_three_domains", [finances, mental, safety], None),
        ("money_or_work_and_health", [finances, mental], None),
        ("safety_with_children",
         [safety, {"household_role": "child", "name": "Kim"}],
         {"decision": "confirmed", "reason": REASON}),
    ]
    assert json.loads(result.stdout) == {
        "conversation": conversation_id,
        "ruleset": {"id": "toegang-standaard-signalen", "version": _default_rules().version},
        "signals": [
            {"rule_id": rule_id, "title": rules[rule_id].title, "kind": rules[rule_id].kind.value,
             "explanation": rules[rule_id].explanation, "evidence": evidence, "decision": decision}
            for rule_id, evidence, decision in expected
        ],
    }


def test_rules_option_uses_that_rules_file(tmp_path: Path) -> None:
    conversation_id = _store_with_conversation(tmp_path)
    rules_file = tmp_path / "eigen-regels.toml"
    rules_file.write_text(
        '[ruleset]\nid = "proefgemeente-signalen"\nversion = "0.1"\n\n'
        '[[rules]]\nid = "acute_finances"\nkind = "life_wide"\ntitle = "Acuut: geld"\n'
        'explanation = "Fictieve regel."\n'
        'when = { count = { domains = ["finances"], where = { level_at_most = 1 } } }\n',
        encoding="utf-8")

    result = _run("--data-dir", str(tmp_path), "--rules", str(rules_file), "signals",
                  "--conversation", str(conversation_id))

    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["ruleset"] == {"id": "proefgemeente-signalen", "version": "0.1"}
    assert [s["rule_id"] for s in data["signals"]] == ["acute_finances"]
    assert data["signals"][0]["evidence"] == [
        _domain("finances", "Financiën", 1, duration="temporary")]


def test_unknown_conversation_gets_a_clear_message(tmp_path: Path) -> None:
    _store_with_conversation(tmp_path)
    result = _run("--data-dir", str(tmp_path), "signals", "--conversation", "999")

    assert result.returncode == 1
    assert result.stdout == ""
    assert "999" in result.stderr
    assert "gesprek" in result.stderr  # in Dutch, the default language
