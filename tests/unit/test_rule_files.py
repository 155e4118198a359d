"""Rule files a municipality writes: precise errors naming file, rule and problem, and the
fallback to the default rules when the custom file cannot be used."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from toegang_desktop.content.checklist import Checklist
from toegang_desktop.content.rules import default_rules_path, load_rules
from toegang_desktop.content.toml_reader import ContentError
from toegang_desktop.domain.conversation import Conversation, DomainAssessment, Marker, Place
from toegang_desktop.domain.resident import HouseholdMember, HouseholdRole
from toegang_desktop.domain.rules import Evidence, RuleKind
from toegang_desktop.services.content import active_checklist, active_rules

CHECKLIST: Checklist = active_checklist(None)[0]
KEYS = [d.key for d in CHECKLIST.domains]

HEADER = '[ruleset]\nid = "proefgemeente-signalen"\nversion = "1"\n\n'
GOOD_WHEN = "{ marker = [\"dementia\"] }"


def rule(rule_id: str = "proefregel", when: str | None = GOOD_WHEN, kind: str = "lifelong",
         title: str = '"Proefregel"', explanation: str = '"Alleen om te testen."') -> str:
    lines = ["[[rules]]", f'id = "{rule_id}"', f'kind = "{kind}"', f"title = {title}",
             f"explanation = {explanation}"]
    if when is not None:
        lines.append(f"when = {when}")
    return "\n".join(lines) + "\n\n"


def write(tmp_path: Path, text: str, name: str = "regels.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def error(tmp_path: Path, text: str) -> ContentError:
    path = write(tmp_path, text)
    with pytest.raises(ContentError) as raised:
        load_rules(path, KEYS)
    assert raised.value.path == path
    assert str(path) in str(raised.value)
    return raised.value


def when_error(tmp_path: Path, when: str, rule_id: str = "proefregel") -> ContentError:
    return error(tmp_path, HEADER + rule(rule_id, when))


# -- a good custom file --------------------------------------------------------------------


def test_a_valid_custom_file_loads(tmp_path: Path) -> None:
    text = HEADER + rule("dementie", GOOD_WHEN) + rule(
        "zorg_of_kind",
        '{ any = [ { count = { domains = ["housing"], where = { level_at_least = 1,'
        ' level_at_most = 2 } } }, { household = "child" } ] }',
        kind="wall",
    )
    path = write(tmp_path, text)
    rules = load_rules(path, KEYS)
    assert (rules.id, rules.version, rules.source) == ("proefgemeente-signalen", "1", path)
    assert [(r.id, r.kind) for r in rules.rules] == [
        ("dementie", RuleKind.LIFELONG), ("zorg_of_kind", RuleKind.WALL)]

    assessments = [DomainAssessment(key, key, i) for i, key in enumerate(KEYS)]
    conversation = Conversation(resident_id=1, held_on=date(2026, 11, 2), place=Place.OFFICE,
                                checklist_id="x", checklist_version="1",
                                assessments=assessments)
    child = HouseholdMember("Pim", "Proef", HouseholdRole.CHILD, date_of_birth=date(2018, 1, 1))
    [signal] = rules.evaluate(conversation, [child])
    assert signal.rule_id == "zorg_of_kind"
    assert signal.evidence == (Evidence(household_role=HouseholdRole.CHILD, household_name="Pim"),)
    conversation.markers = {Marker.DEMENTIA}
    assert [s.rule_id for s in rules.evaluate(conversation, [])] == ["dementie"]


def test_a_single_marker_may_be_written_as_text(tmp_path: Path) -> None:
    rules = load_rules(write(tmp_path, HEADER + rule(when='{ marker = "psychiatric" }')), KEYS)
    assert rules.rules[0].id == "proefregel"


# -- the file as a whole ---------------------------------------------------------------------


def test_toml_syntax_error(tmp_path: Path) -> None:
    found = error(tmp_path, HEADER + "[[rules]\nid = 'x'\n")
    assert (found.place, found.code) == ("-", "syntax")


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "bestaat-niet.toml"
    with pytest.raises(ContentError) as raised:
        load_rules(path, KEYS)
    assert (raised.value.path, raised.value.code) == (path, "not_found")


def test_missing_ruleset_table(tmp_path: Path) -> None:
    found = error(tmp_path, rule())
    assert (found.place, found.code) == ("ruleset", "missing")


def test_ruleset_without_version(tmp_path: Path) -> None:
    found = error(tmp_path, '[ruleset]\nid = "proef"\n\n' + rule())
    assert (found.place, found.code, found.detail) == ("ruleset", "missing", "version")


def test_no_rules_at_all(tmp_path: Path) -> None:
    found = error(tmp_path, HEADER)
    assert (found.place, found.code) == ("rules", "missing")


# -- one rule --------------------------------------------------------------------------------


def test_missing_when(tmp_path: Path) -> None:
    found = error(tmp_path, HEADER + rule(when=None))
    assert (found.place, found.code, found.detail) == ("rules[1] (proefregel)", "missing", "when")


def test_missing_title_names_the_rule(tmp_path: Path) -> None:
    text = HEADER + '[[rules]]\nid = "zonder_titel"\nkind = "wall"\nexplanation = "x"\n' \
        f"when = {GOOD_WHEN}\n"
    found = error(tmp_path, text)
    assert (found.place, found.code, found.detail) == ("rules[1] (zonder_titel)", "missing", "title")


def test_missing_id_names_the_position(tmp_path: Path) -> None:
    text = HEADER + rule() + '[[rules]]\nkind = "wall"\ntitle = "x"\nexplanation = "y"\n'
    found = error(tmp_path, text)
    assert (found.place, found.code, found.detail) == ("rules[2]", "missing", "id")


def test_bad_kind(tmp_path: Path) -> None:
    found = error(tmp_path, HEADER + rule(kind="levenslang"))
    assert (found.place, found.code, found.detail) == (
        "rules[1] (proefregel).kind", "unknown_value", "levenslang")


def test_duplicate_rule_id(tmp_path: Path) -> None:
    found = error(tmp_path, HEADER + rule("dubbel") + rule("ander") + rule("dubbel"))
    assert (found.place, found.code, found.detail) == ("rules[3] (dubbel).id", "duplicate", "dubbel")


def test_rule_id_must_be_a_plain_key(tmp_path: Path) -> None:
    found = error(tmp_path, HEADER + rule("zorg-op-drie"))
    assert (found.place, found.code) == ("rules[1] (zorg-op-drie).id", "bad_key")


def test_empty_title(tmp_path: Path) -> None:
    found = error(tmp_path, HEADER + rule(title='"   "'))
    assert (found.place, found.code) == ("rules[1] (proefregel).title", "empty")


# -- conditions ------------------------------------------------------------------------------


def test_unknown_condition_key(tmp_path: Path) -> None:
    found = when_error(tmp_path, "{ soms = true }")
    assert (found.place, found.code, found.detail) == (
        "rules[1] (proefregel).when", "unknown_condition", "soms")


def test_two_conditions_in_one_table(tmp_path: Path) -> None:
    found = when_error(tmp_path, '{ marker = ["dementia"], household = "child" }')
    assert (found.place, found.code) == ("rules[1] (proefregel).when", "unknown_condition")
    assert "marker" in found.detail and "household" in found.detail


def test_empty_condition_table(tmp_path: Path) -> None:
    found = when_error(tmp_path, "{}")
    assert (found.place, found.code) == ("rules[1] (proefregel).when", "unknown_condition")


def test_when_that_is_not_a_table(tmp_path: Path) -> None:
    found = when_error(tmp_path, '"altijd"')
    assert (found.place, found.code) == ("rules[1] (proefregel).when", "unknown_condition")


def test_unknown_domain_key_names_the_rule(tmp_path: Path) -> None:
    found = when_error(
        tmp_path, '{ count = { domains = ["finances", "geldzaken"], where = { concern = true } } }',
        rule_id="geld_regel")
    assert found.code == "unknown_domain"
    assert found.detail == "geldzaken"
    assert "geld_regel" in found.place
    assert found.place == "rules[1] (geld_regel).when.count.domains[2]"


def test_domain_keys_are_checked_against_the_given_checklist(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + rule(
        when='{ count = { domains = ["housing"], where = { concern = true } } }'))
    assert load_rules(path, KEYS).rules[0].id == "proefregel"
    with pytest.raises(ContentError) as raised:
        load_rules(path, [k for k in KEYS if k != "housing"])
    assert raised.value.code == "unknown_domain"


def test_unknown_marker(tmp_path: Path) -> None:
    found = when_error(tmp_path, '{ marker = ["dementia", "autisme"] }')
    assert (found.place, found.code, found.detail) == (
        "rules[1] (proefregel).when.marker[2]", "unknown_value", "autisme")


def test_unknown_duration(tmp_path: Path) -> None:
    found = when_error(tmp_path, '{ count = { where = { duration = ["forever"] } } }')
    assert (found.place, found.code, found.detail) == (
        "rules[1] (proefregel).when.count.where.duration[1]", "unknown_value", "forever")


def test_unknown_household_role(tmp_path: Path) -> None:
    found = when_error(tmp_path, '{ household = "grandparent" }')
    assert found.code == "unknown_value"
    assert found.detail == "grandparent"
    assert found.place.startswith("rules[1] (proefregel).when.household")


def test_household_role_that_is_not_text(tmp_path: Path) -> None:
    found = when_error(tmp_path, "{ household = 3 }")
    assert found.code == "not_text"
    assert "(proefregel)" in found.place


def test_unknown_key_in_a_test(tmp_path: Path) -> None:
    found = when_error(tmp_path, "{ count = { where = { concerned = true } } }")
    assert (found.place, found.code, found.detail) == (
        "rules[1] (proefregel).when.count.where.concerned", "unknown_key", "concerned")


def test_unknown_key_in_a_count(tmp_path: Path) -> None:
    found = when_error(tmp_path, "{ count = { where = { concern = true }, minimum = 3 } }")
    assert (found.place, found.code) == ("rules[1] (proefregel).when.count.minimum", "unknown_key")


@pytest.mark.parametrize("value", ["7", '"2"', "0", "true", "2.0"])
def test_level_must_be_a_whole_number_from_1_to_5(tmp_path: Path, value: str) -> None:
    found = when_error(tmp_path, f"{{ count = {{ where = {{ level_at_most = {value} }} }} }}")
    assert (found.place, found.code) == (
        "rules[1] (proefregel).when.count.where.level_at_most", "not_number")


def test_level_at_least_is_checked_too(tmp_path: Path) -> None:
    found = when_error(tmp_path, "{ count = { where = { level_at_least = 6 } } }")
    assert (found.place, found.code) == (
        "rules[1] (proefregel).when.count.where.level_at_least", "not_number")


@pytest.mark.parametrize("value", ["0", '"3"', "false"])
def test_at_least_must_be_a_positive_whole_number(tmp_path: Path, value: str) -> None:
    found = when_error(tmp_path, f"{{ count = {{ where = {{ concern = true }}, at_least = {value} }} }}")
    assert (found.place, found.code) == ("rules[1] (proefregel).when.count.at_least", "not_number")


@pytest.mark.parametrize("value", ['"yes"', "1"])
def test_concern_must_be_true_or_false(tmp_path: Path, value: str) -> None:
    found = when_error(tmp_path, f"{{ count = {{ where = {{ concern = {value} }} }} }}")
    assert (found.place, found.code) == ("rules[1] (proefregel).when.count.where.concern", "not_boolean")


def test_no_help_must_be_true_or_false(tmp_path: Path) -> None:
    found = when_error(tmp_path, '{ count = { where = { no_help = "ja" } } }')
    assert (found.place, found.code) == ("rules[1] (proefregel).when.count.where.no_help", "not_boolean")


def test_empty_all(tmp_path: Path) -> None:
    found = when_error(tmp_path, "{ all = [] }")
    assert (found.place, found.code) == ("rules[1] (proefregel).when.all", "not_list")


def test_empty_any(tmp_path: Path) -> None:
    found = when_error(tmp_path, "{ any = [] }")
    assert (found.place, found.code) == ("rules[1] (proefregel).when.any", "not_list")


def test_empty_domain_list(tmp_path: Path) -> None:
    found = when_error(tmp_path, "{ count = { domains = [], where = { concern = true } } }")
    assert (found.place, found.code) == ("rules[1] (proefregel).when.count.domains", "not_list")


def test_where_that_is_not_a_table(tmp_path: Path) -> None:
    found = when_error(tmp_path, '{ count = { where = "zorg" } }')
    assert (found.place, found.code) == ("rules[1] (proefregel).when.count.where", "not_table")


def test_errors_deep_inside_all_name_the_path(tmp_path: Path) -> None:
    found = error(tmp_path, HEADER + rule("eerste") + rule(
        "genest",
        '{ all = [ { household = "child" }, { any = [ { marker = ["dementia"] },'
        ' { marker = ["lvb"] } ] } ] }'))
    assert (found.place, found.code, found.detail) == (
        "rules[2] (genest).when.all[2].any[2].marker[1]", "unknown_value", "lvb")


# -- the active rules: custom file or the default -----------------------------------------


def test_active_rules_without_custom_file_are_the_default() -> None:
    rules, problem = active_rules(None, CHECKLIST)
    assert problem is None
    assert rules.source == default_rules_path()
    assert len(rules.rules) == 12


def test_active_rules_use_a_valid_custom_file(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + rule())
    rules, problem = active_rules(path, CHECKLIST)
    assert problem is None
    assert (rules.id, rules.source) == ("proefgemeente-signalen", path)


@pytest.mark.parametrize("text", [
    HEADER + rule(when="{ all = [] }"),
    HEADER + rule(when='{ count = { domains = ["geldzaken"] } }'),
    "[ruleset\n",
], ids=["empty_all", "unknown_domain", "syntax"])
def test_active_rules_with_a_broken_custom_file_fall_back_to_the_default(
    tmp_path: Path, text: str
) -> None:
    path = write(tmp_path, text)
    rules, problem = active_rules(path, CHECKLIST)
    assert isinstance(problem, ContentError)
    assert problem.path == path
    assert rules.id == "toegang-standaard-signalen"
    assert rules.source == default_rules_path()
    assert len(rules.rules) == 12


def test_active_rules_with_a_missing_custom_file_fall_back(tmp_path: Path) -> None:
    rules, problem = active_rules(tmp_path / "weg.toml", CHECKLIST)
    assert problem is not None and problem.code == "not_found"
    assert rules.source == default_rules_path()
