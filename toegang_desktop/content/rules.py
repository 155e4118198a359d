"""Loading recognition rules from TOML, validated, with messages naming file, rule and problem.

The file has a [ruleset] table (id, version), an optional [concern] table and [[rules]]
(id, kind, title, explanation, when). Signals are listed in the order of the rules in the
file, so the rule that must come first (the acute one in the standard file) stands first.

[concern] says once what `concern = true` means in every rule of the file:
  level_at_most = 1-5        a domain at this level or lower is a concern (standard: 2)
  wants_to_talk = true|false the resident wanting to talk about a domain makes it a
                             concern, at any level (standard: true)
Without the table the standard definition holds (domain.rules.ConcernDefinition). A domain
marked "not discussed" is never a concern. The level tests below are about self-reliance,
not about concern: `level_at_most = 2` does not look at wanting to talk.

A condition is a table with exactly one of these keys:
  count     = { where = {<test>}, at_least = N, domains = ["finances", ...] }
  marker    = ["intellectual_disability", "chronic_condition", "dementia", "psychiatric"]
  household = "child" | "partner" | "other_adult"
  all       = [<condition>, ...]      any = [<condition>, ...]
A test on a domain: concern, wants_to_talk, no_help (true/false), level_at_most,
level_at_least (1-5), duration (["temporary", "long_term", "lifelong"]).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from ..domain.conversation import LEVELS, Duration, Marker
from ..domain.resident import HouseholdRole
from ..domain.rules import (
    AllCondition,
    AnyCondition,
    AssessmentTest,
    ConcernDefinition,
    Condition,
    CountCondition,
    HouseholdCondition,
    MarkerCondition,
    Rule,
    RuleKind,
    RuleSet,
)
from ..locations import resources_dir
from .toml_reader import ContentError, TomlReader

_E = TypeVar("_E", Duration, Marker, HouseholdRole)
MAX_CONDITION_DEPTH = 8  # all/any within all/any; the standard rules need 2
_TEST_KEYS = {"concern", "wants_to_talk", "no_help", "level_at_most", "level_at_least", "duration"}
_CONCERN_KEYS = {"level_at_most", "wants_to_talk"}
_TOP_KEYS = {"ruleset", "concern", "rules"}


def default_rules_path() -> Path:
    return resources_dir() / "rules" / "standaard.toml"


class _RuleParser:
    def __init__(self, reader: TomlReader, domain_keys: frozenset[str]) -> None:
        self.reader = reader
        self.domain_keys = domain_keys

    def fail(self, place: str, code: str, detail: str = "") -> ContentError:
        return self.reader.fail(place, code, detail)

    def condition(self, data: object, place: str, depth: int = 1) -> Condition:
        if depth > MAX_CONDITION_DEPTH:
            raise self.fail(place, "too_deep", str(MAX_CONDITION_DEPTH))
        if not isinstance(data, dict) or len(data) != 1:
            raise self.fail(place, "unknown_condition", ", ".join(data) if isinstance(data, dict) else "")
        [(key, value)] = data.items()
        where = f"{place}.{key}"
        builders: dict[str, Callable[[object, str], Condition]] = {
            "count": self.count, "marker": self.marker, "household": self.household,
            "all": lambda v, p: AllCondition(self.parts(v, p, depth)),
            "any": lambda v, p: AnyCondition(self.parts(v, p, depth)),
        }
        if key not in builders:
            raise self.fail(place, "unknown_condition", key)
        return builders[key](value, where)

    def parts(self, value: object, place: str, depth: int) -> tuple[Condition, ...]:
        if not isinstance(value, list) or not value:
            raise self.fail(place, "not_list")
        return tuple(self.condition(item, f"{place}[{i + 1}]", depth + 1)
                     for i, item in enumerate(value))

    def count(self, value: object, place: str) -> Condition:
        table = self._table(value, place, {"where", "at_least", "domains"})
        at_least = table.get("at_least", 1)
        if not isinstance(at_least, int) or isinstance(at_least, bool) or at_least < 1:
            raise self.fail(f"{place}.at_least", "not_number", ">= 1")
        domains = None
        if "domains" in table:
            domains = tuple(self._strings(table["domains"], f"{place}.domains"))
            for index, key in enumerate(domains):
                if key not in self.domain_keys:
                    raise self.fail(f"{place}.domains[{index + 1}]", "unknown_domain", key)
        test = self.test(table.get("where", {}), f"{place}.where")
        return CountCondition(test=test, at_least=at_least, domains=domains)

    def concern(self, value: object, place: str) -> ConcernDefinition:
        table = self._table(value, place, _CONCERN_KEYS)
        standard = ConcernDefinition()
        return ConcernDefinition(
            level_at_most=self._levels(table, place).get("level_at_most", standard.level_at_most),
            wants_to_talk=self._flags(table, place).get("wants_to_talk", standard.wants_to_talk),
        )

    def test(self, value: object, place: str) -> AssessmentTest:
        table = self._table(value, place, _TEST_KEYS)
        flags = self._flags(table, place)
        levels = self._levels(table, place)
        durations = None
        if "duration" in table:
            durations = frozenset(self._enums(Duration, table["duration"], f"{place}.duration"))
        return AssessmentTest(
            concern=flags.get("concern"),
            wants_to_talk=flags.get("wants_to_talk"),
            no_help=flags.get("no_help"),
            level_at_most=levels.get("level_at_most"),
            level_at_least=levels.get("level_at_least"),
            durations=durations,
        )

    def _flags(self, table: dict[str, Any], place: str) -> dict[str, bool]:
        flags: dict[str, bool] = {}
        for name in ("concern", "wants_to_talk", "no_help"):
            if name in table:
                if not isinstance(table[name], bool):
                    raise self.fail(f"{place}.{name}", "not_boolean")
                flags[name] = table[name]
        return flags

    def _levels(self, table: dict[str, Any], place: str) -> dict[str, int]:
        levels: dict[str, int] = {}
        for name in ("level_at_most", "level_at_least"):
            if name in table:
                level = table[name]
                if not isinstance(level, int) or isinstance(level, bool) or level not in LEVELS:
                    raise self.fail(f"{place}.{name}", "not_number", "1-5")
                levels[name] = level
        return levels

    def marker(self, value: object, place: str) -> Condition:
        items = [value] if isinstance(value, str) else value
        return MarkerCondition(frozenset(self._enums(Marker, items, place)))

    def household(self, value: object, place: str) -> Condition:
        [role] = self._enums(HouseholdRole, [value], place)
        return HouseholdCondition(role)

    def _table(self, value: object, place: str, allowed: set[str]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(place, "not_table")
        for key in value:
            if key not in allowed:
                raise self.fail(f"{place}.{key}", "unknown_key", key)
        return value

    def _strings(self, value: object, place: str) -> list[str]:
        if not isinstance(value, list) or not value:
            raise self.fail(place, "not_list")
        for index, item in enumerate(value):
            if not isinstance(item, str):
                raise self.fail(f"{place}[{index + 1}]", "not_text")
        return list(value)

    def _enums(self, kind: type[_E], value: object, place: str) -> list[_E]:
        found = []
        for index, item in enumerate(self._strings(value, place)):
            try:
                found.append(kind(item))
            except ValueError:
                raise self.fail(f"{place}[{index + 1}]", "unknown_value", item) from None
        return found


def load_rules(path: Path, domain_keys: Iterable[str], skip_foreign_rules: bool = False) -> RuleSet:
    """Read and validate a rule file against the checklist's domain keys.

    With `skip_foreign_rules`, a rule naming a domain the checklist lacks is left out (listed
    in `RuleSet.skipped`) instead of failing: the standard rules must still work with a
    municipality's own checklist.
    """
    reader = TomlReader(path)
    raw = reader.parse()
    head = reader.table(raw, "ruleset", "")
    parser = _RuleParser(reader, frozenset(domain_keys))
    for key in raw:
        if key not in _TOP_KEYS:  # a misspelt [concern] must not silently fall back
            raise reader.fail(key, "unknown_key", key)
    concern = parser.concern(raw.get("concern", {}), "concern")
    items = raw.get("rules")
    if not isinstance(items, list) or not items:
        raise reader.fail("rules", "missing", "[[rules]]")
    rules: list[Rule] = []
    skipped: list[str] = []
    for index, item in enumerate(items):
        place = f"rules[{index + 1}]"
        if not isinstance(item, dict):
            raise reader.fail(place, "not_table")
        rule_id = reader.text(item, "id", place)
        place = f"{place} ({rule_id})"
        if not rule_id.isidentifier() or not rule_id.isascii():
            raise reader.fail(f"{place}.id", "bad_key", rule_id)
        if any(r.id == rule_id for r in rules):
            raise reader.fail(f"{place}.id", "duplicate", rule_id)
        kind_text = reader.text(item, "kind", place)
        try:
            kind = RuleKind(kind_text)
        except ValueError:
            raise reader.fail(f"{place}.kind", "unknown_value", kind_text) from None
        if "when" not in item:
            raise reader.fail(place, "missing", "when")
        try:
            when = parser.condition(item["when"], f"{place}.when")
        except ContentError as error:
            if skip_foreign_rules and error.code == "unknown_domain":
                skipped.append(rule_id)
                continue
            raise
        rules.append(Rule(
            id=rule_id,
            title=reader.text(item, "title", place),
            explanation=reader.text(item, "explanation", place),
            kind=kind,
            when=when,
        ))
    return RuleSet(
        id=reader.text(head, "id", "ruleset"),
        version=reader.text(head, "version", "ruleset"),
        rules=tuple(rules),
        source=path,
        skipped=tuple(skipped),
        concern=concern,
    )
