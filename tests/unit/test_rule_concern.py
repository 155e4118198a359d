"""The one definition of "a concern": the rule file's [concern] table, validated, and used by
every rule that asks for a concern (a level 3 the resident wants to talk about counts in each
of them; a plain level 3 in none)."""

from __future__ import annotations

from pathlib import Path

import pytest

from toegang_desktop.content.rules import default_rules_path, load_rules
from toegang_desktop.content.toml_reader import ContentError
from toegang_desktop.domain.rules import CONCERN_MAX_LEVEL, ConcernDefinition, RuleSet

from .test_rules import CHILD, KEYS, RULES, fired, quiet, signals, talk


def test_the_rule_file_defines_a_concern_as_the_domain_constant_says() -> None:
    assert RULES.concern == ConcernDefinition(level_at_most=CONCERN_MAX_LEVEL, wants_to_talk=True)


THREE = "concerns_in_three_domains"
CONCERN_RULES = {
    "money_or_work_and_health": {"work_education": {"level": 2}},
    "safety_with_children": {},
    "parenting_with_children": {},
    "informal_carer_overloaded": {"self_care": {"level": 3}},
}
CONCERN_DOMAIN = {"money_or_work_and_health": "mental_health", "safety_with_children": "safety",
                  "parenting_with_children": "parenting",
                  "informal_carer_overloaded": "informal_care"}


@pytest.mark.parametrize("rule_id", [THREE, *CONCERN_RULES])
def test_a_level_three_the_resident_wants_to_talk_about_is_a_concern_in_every_rule(
        rule_id: str) -> None:
    """Every rule that asks for a concern counts a level 3 with wanting to talk, and none
    counts a plain level 3."""
    if rule_id == THREE:
        talked = {k: {"level": 3, "wants_to_talk": True} for k in ("housing", "meaning", "justice")}
        plain = {k: {"level": 3} for k in ("housing", "meaning", "justice")}
    else:
        talked = {**CONCERN_RULES[rule_id], CONCERN_DOMAIN[rule_id]: {"level": 3, "wants_to_talk": True}}
        plain = {**CONCERN_RULES[rule_id], CONCERN_DOMAIN[rule_id]: {"level": 3}}
    fired(rule_id, talk(**talked), [CHILD])
    quiet(rule_id, talk(**plain), [CHILD])


def test_every_rule_that_tests_for_a_concern_is_in_the_list_above() -> None:
    source = default_rules_path().read_text(encoding="utf-8")
    blocks = source.split("[[rules]]")[1:]
    asking = {block.split('id = "')[1].split('"')[0] for block in blocks if "concern = true" in block}
    assert asking == {THREE, *CONCERN_RULES}


def test_a_stricter_concern_table_changes_every_concern_rule(tmp_path: Path) -> None:
    text = default_rules_path().read_text(encoding="utf-8").replace(
        "level_at_most = 2\nwants_to_talk = true", "level_at_most = 1\nwants_to_talk = false")
    assert text != default_rules_path().read_text(encoding="utf-8")
    path = tmp_path / "strenger.toml"
    path.write_text(text, encoding="utf-8")
    strict = load_rules(path, KEYS)
    assert strict.concern == ConcernDefinition(level_at_most=1, wants_to_talk=False)
    conversation = talk(finances={"level": 2}, mental_health={"level": 3, "wants_to_talk": True},
                        parenting={"level": 2}, safety={"wants_to_talk": True})
    assert {"money_or_work_and_health", "parenting_with_children", "safety_with_children"} <= set(
        signals(conversation, [CHILD]))
    assert strict.evaluate(conversation, [CHILD]) == []


# -- validation of the table -----------------------------------------------------------------

HEADER = '[ruleset]\nid = "proef"\nversion = "1"\n\n'
RULE = ('[[rules]]\nid = "drie"\nkind = "life_wide"\ntitle = "Drie"\nexplanation = "Proef."\n'
        'when = { count = { where = { concern = true }, at_least = 3 } }\n')


def load_text(tmp_path: Path, text: str) -> RuleSet:
    path = tmp_path / "regels.toml"
    path.write_text(text, encoding="utf-8")
    return load_rules(path, KEYS)


def test_without_a_concern_table_the_standard_definition_holds(tmp_path: Path) -> None:
    rules = load_text(tmp_path, HEADER + RULE)
    assert rules.concern == ConcernDefinition()


def test_a_partial_concern_table_keeps_the_standard_for_the_rest(tmp_path: Path) -> None:
    rules = load_text(tmp_path, HEADER + "[concern]\nlevel_at_most = 3\n\n" + RULE)
    assert rules.concern == ConcernDefinition(level_at_most=3, wants_to_talk=True)


@pytest.mark.parametrize(("table", "place", "code"), [
    ("[concern]\nlevel_at_most = 6\n", "concern.level_at_most", "not_number"),
    ("[concern]\nlevel_at_most = true\n", "concern.level_at_most", "not_number"),
    ('[concern]\nwants_to_talk = "ja"\n', "concern.wants_to_talk", "not_boolean"),
    ("[concern]\nlevel_at_least = 1\n", "concern.level_at_least", "unknown_key"),
    ('concern = "niveau 1 of 2"\n', "concern", "not_table"),
    ("[concerns]\nlevel_at_most = 1\n", "concerns", "unknown_key"),
], ids=["level_6", "level_bool", "talk_text", "unknown_key", "not_table", "misspelt_table"])
def test_a_bad_concern_table_is_refused_by_name(tmp_path: Path, table: str, place: str,
                                                code: str) -> None:
    with pytest.raises(ContentError) as raised:
        load_text(tmp_path, table + "\n" + HEADER + RULE)
    assert (raised.value.place, raised.value.code) == (place, code)
