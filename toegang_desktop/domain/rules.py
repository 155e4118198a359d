"""Recognition rules (herkennen): declarative conditions over a conversation, and signals.

Rules are data (resources/rules/*.toml, read by content/rules.py); this module only
evaluates them. The software suggests; the professional decides and says why.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from .conversation import Conversation, DomainAssessment, Duration, Marker
from .resident import HouseholdMember, HouseholdRole

# A domain at level 1 (acute) or 2 (not self-reliant) is a concern: the standard rule file's
# [concern] table says so (a test holds the two together), and the overview's 'Concerns
# (level 1-2)' lists these levels. Not the same threshold as learning.BOTTLENECK_DOMAIN_MAX_LEVEL.
CONCERN_MAX_LEVEL = 2


@dataclass(frozen=True)
class ConcernDefinition:
    """When a domain is "a concern": one definition for every rule of a rule set.

    A domain marked "not discussed" is never a concern. Otherwise it is one when its level is
    at most `level_at_most`, or, with `wants_to_talk`, when the resident wants to talk about
    it, whatever its level (a level 3 the resident wants to talk about is a concern).
    """

    level_at_most: int = CONCERN_MAX_LEVEL
    wants_to_talk: bool = True

    def holds(self, a: DomainAssessment) -> bool:
        if a.discussed is False:
            return False
        low = a.level is not None and a.level <= self.level_at_most
        return low or (self.wants_to_talk and a.wants_to_talk)


class RuleKind(StrEnum):
    ACUTE = "acute"  # a domain at level 1: act now
    LIFE_WIDE = "life_wide"  # levensbreed: many domains at once
    WALL = "wall"  # concerns on both sides of a wall between laws or organisations
    LIFELONG = "lifelong"  # levenslang: a lasting need or condition
    NO_HELP = "no_help"  # low self-reliance and nobody around to help


@dataclass(frozen=True)
class Evidence:
    """One answer behind a signal: a domain assessment, a marker or a household member."""

    domain_key: str = ""
    label: str = ""
    level: int | None = None
    wants_to_talk: bool = False
    duration: Duration | None = None
    marker: Marker | None = None
    household_role: HouseholdRole | None = None
    household_name: str = ""


@dataclass(frozen=True)
class Signal:
    rule_id: str
    title: str
    explanation: str
    kind: RuleKind
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Facts:
    """What the rules look at: the conversation's answers and the household."""

    conversation: Conversation
    household: tuple[HouseholdMember, ...]
    concern: ConcernDefinition = ConcernDefinition()


class Condition(Protocol):
    def evidence(self, facts: Facts) -> tuple[Evidence, ...] | None:
        """The answers that make the condition true, or None when it does not hold."""


@dataclass(frozen=True)
class AssessmentTest:
    """What a domain assessment must show; every key that is set must hold."""

    concern: bool | None = None
    level_at_most: int | None = None
    level_at_least: int | None = None
    wants_to_talk: bool | None = None
    durations: frozenset[Duration] | None = None
    no_help: bool | None = None

    def holds(self, a: DomainAssessment, concern: ConcernDefinition) -> bool:
        if a.discussed is False:
            return False
        checks = (
            self.concern is None or concern.holds(a) == self.concern,
            self.level_at_most is None or (a.level is not None and a.level <= self.level_at_most),
            self.level_at_least is None or (a.level is not None and a.level >= self.level_at_least),
            self.wants_to_talk is None or a.wants_to_talk == self.wants_to_talk,
            self.durations is None or a.duration in self.durations,
            self.no_help is None
            or (not (a.help_network or a.help_professional)) == self.no_help,
        )
        return all(checks)


def _domain_evidence(a: DomainAssessment) -> Evidence:
    return Evidence(domain_key=a.domain_key, label=a.label, level=a.level,
                    wants_to_talk=a.wants_to_talk, duration=a.duration)


@dataclass(frozen=True)
class CountCondition:
    """At least `at_least` of the given domains (all when None) pass the test."""

    test: AssessmentTest
    at_least: int
    domains: tuple[str, ...] | None = None

    def evidence(self, facts: Facts) -> tuple[Evidence, ...] | None:
        matching = tuple(
            _domain_evidence(a) for a in facts.conversation.assessments
            if (self.domains is None or a.domain_key in self.domains)
            and self.test.holds(a, facts.concern)
        )
        return matching if len(matching) >= self.at_least else None


@dataclass(frozen=True)
class MarkerCondition:
    """Any of these markers was recorded in the conversation."""

    markers: frozenset[Marker]

    def evidence(self, facts: Facts) -> tuple[Evidence, ...] | None:
        found = tuple(Evidence(marker=m) for m in sorted(facts.conversation.markers & self.markers))
        return found or None


@dataclass(frozen=True)
class HouseholdCondition:
    """The household has a member in this role (e.g. a child)."""

    role: HouseholdRole

    def evidence(self, facts: Facts) -> tuple[Evidence, ...] | None:
        found = tuple(Evidence(household_role=m.role, household_name=m.first_names)
                      for m in facts.household if m.role is self.role)
        return found or None


@dataclass(frozen=True)
class AllCondition:
    parts: tuple[Condition, ...]

    def evidence(self, facts: Facts) -> tuple[Evidence, ...] | None:
        collected: list[Evidence] = []
        for part in self.parts:
            found = part.evidence(facts)
            if found is None:
                return None
            collected += [e for e in found if e not in collected]
        return tuple(collected)


@dataclass(frozen=True)
class AnyCondition:
    parts: tuple[Condition, ...]

    def evidence(self, facts: Facts) -> tuple[Evidence, ...] | None:
        collected: list[Evidence] = []
        for part in self.parts:
            found = part.evidence(facts)
            if found is not None:
                collected += [e for e in found if e not in collected]
        return tuple(collected) if collected else None


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    explanation: str
    kind: RuleKind
    when: Condition

    def signal(self, facts: Facts) -> Signal | None:
        found = self.when.evidence(facts)
        if found is None:
            return None
        return Signal(self.id, self.title, self.explanation, self.kind, found)


@dataclass(frozen=True)
class RuleSet:
    id: str
    version: str
    rules: tuple[Rule, ...]
    source: Path
    skipped: tuple[str, ...] = ()  # rules left out: they name domains the checklist lacks
    concern: ConcernDefinition = ConcernDefinition()  # the file's [concern] table

    def evaluate(self, conversation: Conversation,
                 household: list[HouseholdMember] | tuple[HouseholdMember, ...]) -> list[Signal]:
        """Every signal the answers raise, in the order of the rule file."""
        facts = Facts(conversation, tuple(household), self.concern)
        return [s for s in (rule.signal(facts) for rule in self.rules) if s is not None]
