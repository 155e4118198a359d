"""The default recognition rules: each one fires on the answers it is about, and only then.

Every test builds a conversation as domain objects (an assessment for each of the 17 domains
of the default checklist) and evaluates the real rule file. A signal must name exactly the
answers behind it: domains with their level, markers, or the child in the household.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from toegang_desktop.content.rules import default_rules_path, load_rules
from toegang_desktop.domain.conversation import (
    Conversation,
    DomainAssessment,
    Duration,
    Marker,
    Place,
)
from toegang_desktop.domain.resident import HouseholdMember, HouseholdRole
from toegang_desktop.domain.rules import Evidence, RuleKind, RuleSet, Signal
from toegang_desktop.services.content import active_checklist

CHECKLIST, _ = active_checklist(None)
KEYS = [d.key for d in CHECKLIST.domains]
LABELS = {d.key: d.label for d in CHECKLIST.domains}
RULES: RuleSet = load_rules(default_rules_path(), KEYS)

CHILD = HouseholdMember("Sem", "Proefpersoon", HouseholdRole.CHILD, date_of_birth=date(2015, 4, 1))
PARTNER = HouseholdMember("Mira", "Proefpersoon", HouseholdRole.PARTNER,
                          date_of_birth=date(1985, 2, 3))
ADULT = HouseholdMember("Oom", "Voorbeeld", HouseholdRole.OTHER_ADULT)

HEALTH_SIDE = ["physical_health", "mental_health", "self_care", "substance_use", "informal_care"]
MARKER_RULES = {
    "possible_intellectual_disability": Marker.INTELLECTUAL_DISABILITY,
    "chronic_condition": Marker.CHRONIC_CONDITION,
    "possible_dementia": Marker.DEMENTIA,
    "psychiatric_condition": Marker.PSYCHIATRIC,
}


# -- helpers -----------------------------------------------------------------------------


def talk(markers: set[Marker] | None = None, **domains: dict[str, Any]) -> Conversation:
    """A conversation with an assessment for every domain; the named ones filled in.

    A filled-in domain counts as discussed unless it says `discussed=...` itself.
    """
    unknown = set(domains) - set(KEYS)
    assert not unknown, unknown
    assessments = []
    for position, key in enumerate(KEYS):
        assessment = DomainAssessment(domain_key=key, label=LABELS[key], position=position)
        if key in domains:
            fields = {"discussed": True, **domains[key]}
            for name, value in fields.items():
                setattr(assessment, name, value)
        assessments.append(assessment)
    return Conversation(
        resident_id=1, held_on=date(2026, 11, 2), place=Place.HOME, checklist_id=CHECKLIST.id,
        checklist_version=CHECKLIST.version, assessments=assessments, markers=set(markers or ()),
    )


def ev(key: str, level: int | None = None, wants: bool = False,
       duration: Duration | None = None) -> Evidence:
    """The evidence a domain answer gives."""
    return Evidence(domain_key=key, label=LABELS[key], level=level, wants_to_talk=wants,
                    duration=duration)


def child_ev(member: HouseholdMember = CHILD) -> Evidence:
    return Evidence(household_role=member.role, household_name=member.first_names)


def signals(conversation: Conversation,
            household: list[HouseholdMember] | None = None) -> dict[str, Signal]:
    found = RULES.evaluate(conversation, household or [])
    by_id = {s.rule_id: s for s in found}
    assert len(by_id) == len(found), "a rule raised more than one signal"
    return by_id


def fired(rule_id: str, conversation: Conversation,
          household: list[HouseholdMember] | None = None) -> Signal:
    found = signals(conversation, household)
    assert rule_id in found, f"{rule_id} did not fire; got {sorted(found)}"
    return found[rule_id]


def quiet(rule_id: str, conversation: Conversation,
          household: list[HouseholdMember] | None = None) -> None:
    found = signals(conversation, household)
    assert rule_id not in found, f"{rule_id} fired on {found[rule_id].evidence}"


def assert_evidence(signal: Signal, *expected: Evidence) -> None:
    assert len(signal.evidence) == len(set(signal.evidence)), signal.evidence
    assert set(signal.evidence) == set(expected)


# -- the default file --------------------------------------------------------------------


def test_default_rule_file_header_and_rules() -> None:
    assert RULES.id == "toegang-standaard-signalen"
    assert RULES.version == "2026.2"
    assert RULES.source == default_rules_path()
    assert [(r.id, r.kind) for r in RULES.rules] == [
        ("acute", RuleKind.ACUTE),
        ("concerns_in_three_domains", RuleKind.LIFE_WIDE),
        ("money_or_work_and_health", RuleKind.WALL),
        ("safety_with_children", RuleKind.WALL),
        ("parenting_with_children", RuleKind.WALL),
        ("informal_carer_overloaded", RuleKind.WALL),
        ("long_term_need", RuleKind.LIFELONG),
        ("possible_intellectual_disability", RuleKind.LIFELONG),
        ("chronic_condition", RuleKind.LIFELONG),
        ("possible_dementia", RuleKind.LIFELONG),
        ("psychiatric_condition", RuleKind.LIFELONG),
        ("low_self_reliance_no_help", RuleKind.NO_HELP),
    ]
    for rule in RULES.rules:
        assert rule.title and rule.title == rule.title.strip(), rule.id
        assert rule.explanation and rule.explanation == rule.explanation.strip(), rule.id


def test_the_default_checklist_has_17_domains() -> None:
    assert len(KEYS) == 17


# -- nothing recorded --------------------------------------------------------------------


def test_nothing_filled_raises_no_signals() -> None:
    assert RULES.evaluate(talk(), []) == []
    assert RULES.evaluate(talk(), [CHILD, PARTNER]) == []


def test_all_domains_fine_raises_no_signals() -> None:
    conversation = talk(**{key: {"level": 4} for key in KEYS})
    assert RULES.evaluate(conversation, [CHILD]) == []


def test_domains_marked_not_discussed_never_count() -> None:
    worst = {"discussed": False, "level": 1, "wants_to_talk": True,
             "duration": Duration.LIFELONG}
    conversation = talk(**{key: worst for key in KEYS})
    assert RULES.evaluate(conversation, [CHILD]) == []


def test_signals_come_in_the_order_of_the_rule_file() -> None:
    conversation = talk(
        markers={Marker.PSYCHIATRIC, Marker.INTELLECTUAL_DISABILITY},
        finances={"level": 1}, mental_health={"level": 2}, safety={"level": 2},
        self_care={"level": 2, "duration": Duration.LIFELONG},
    )
    found = [s.rule_id for s in RULES.evaluate(conversation, [CHILD])]
    order = [r.id for r in RULES.rules]
    assert found == sorted(found, key=order.index)
    assert found == [
        "acute", "concerns_in_three_domains", "money_or_work_and_health", "safety_with_children",
        "long_term_need", "possible_intellectual_disability", "psychiatric_condition",
        "low_self_reliance_no_help",
    ]


def test_signal_carries_title_explanation_and_kind_of_its_rule() -> None:
    signal = fired("possible_dementia", talk(markers={Marker.DEMENTIA}))
    [rule] = [r for r in RULES.rules if r.id == "possible_dementia"]
    assert (signal.title, signal.explanation, signal.kind) == (
        rule.title, rule.explanation, RuleKind.LIFELONG)


# -- acute ---------------------------------------------------------------------------------

ACUTE = "acute"


@pytest.mark.parametrize("key", KEYS)
def test_level_one_in_any_domain_fires_acute(key: str) -> None:
    signal = fired(ACUTE, talk(**{key: {"level": 1}}))
    assert signal.kind is RuleKind.ACUTE
    assert signal.title == "Acuut: nu handelen"
    assert_evidence(signal, ev(key, 1))


def test_acute_names_every_level_one_domain_and_only_those() -> None:
    conversation = talk(housing={"level": 1}, finances={"level": 1, "wants_to_talk": True},
                        safety={"level": 2}, meaning={"level": 3, "wants_to_talk": True})
    assert_evidence(fired(ACUTE, conversation), ev("housing", 1),
                    ev("finances", 1, wants=True))


def test_acute_is_listed_before_every_other_signal() -> None:
    conversation = talk(markers=set(Marker), safety={"level": 2},
                        **{key: {"level": 1, "duration": Duration.LIFELONG}
                           for key in ("finances", "mental_health", "self_care", "parenting")})
    found = RULES.evaluate(conversation, [CHILD])
    assert len(found) > 5
    assert found[0].rule_id == ACUTE
    assert RULES.rules[0].id == ACUTE


def test_level_two_or_wanting_to_talk_is_not_acute() -> None:
    quiet(ACUTE, talk(**{key: {"level": 2, "wants_to_talk": True} for key in KEYS}), [CHILD])


def test_acute_in_a_domain_not_discussed_stays_quiet() -> None:
    quiet(ACUTE, talk(housing={"level": 1, "discussed": False}))


# -- concerns_in_three_domains ------------------------------------------------------------

RULE = "concerns_in_three_domains"


def test_three_concerns_fire_with_exactly_those_domains() -> None:
    conversation = talk(finances={"level": 2}, housing={"level": 1},
                        social_network={"level": 4, "wants_to_talk": True},
                        meaning={"level": 3}, participation={"level": 5})
    signal = fired(RULE, conversation)
    assert signal.kind is RuleKind.LIFE_WIDE
    assert_evidence(signal, ev("finances", 2), ev("housing", 1),
                    ev("social_network", 4, wants=True))


def test_four_concerns_name_all_four() -> None:
    conversation = talk(finances={"level": 2}, housing={"level": 1}, justice={"level": 2},
                        meaning={"level": 1})
    assert_evidence(fired(RULE, conversation), ev("finances", 2), ev("housing", 1),
                    ev("justice", 2), ev("meaning", 1))


def test_wants_to_talk_alone_counts_as_a_concern() -> None:
    conversation = talk(finances={"wants_to_talk": True}, housing={"wants_to_talk": True},
                        meaning={"wants_to_talk": True})
    assert_evidence(fired(RULE, conversation), ev("finances", wants=True),
                    ev("housing", wants=True), ev("meaning", wants=True))


def test_only_two_concerns_stay_quiet() -> None:
    quiet(RULE, talk(finances={"level": 2}, housing={"level": 1}, meaning={"level": 3},
                     justice={"level": 3}))


def test_level_three_is_not_a_concern() -> None:
    quiet(RULE, talk(finances={"level": 3}, housing={"level": 3}, meaning={"level": 3}))


def test_a_concern_in_a_domain_not_discussed_does_not_count() -> None:
    quiet(RULE, talk(finances={"level": 2}, housing={"level": 1},
                     meaning={"level": 1, "discussed": False}))
    quiet(RULE, talk(finances={"level": 2}, housing={"level": 1},
                     meaning={"wants_to_talk": True, "discussed": False}))


def test_a_concern_not_yet_marked_discussed_or_not_counts() -> None:
    conversation = talk(finances={"level": 2, "discussed": None}, housing={"level": 1},
                        meaning={"level": 1})
    assert_evidence(fired(RULE, conversation), ev("finances", 2), ev("housing", 1),
                    ev("meaning", 1))


# -- money_or_work_and_health --------------------------------------------------------------

WALL = "money_or_work_and_health"


def test_work_and_mental_health_concerns_fire() -> None:
    conversation = talk(work_education={"level": 2}, mental_health={"level": 1},
                        finances={"level": 3}, housing={"level": 2})
    signal = fired(WALL, conversation)
    assert signal.kind is RuleKind.WALL
    assert_evidence(signal, ev("work_education", 2), ev("mental_health", 1))


@pytest.mark.parametrize("health", HEALTH_SIDE)
def test_money_concern_with_any_health_or_care_concern_fires(health: str) -> None:
    signal = fired(WALL, talk(finances={"level": 1}, **{health: {"wants_to_talk": True}}))
    assert_evidence(signal, ev("finances", 1), ev(health, wants=True))


def test_both_sides_with_several_concerns_name_them_all() -> None:
    conversation = talk(finances={"level": 2}, work_education={"level": 1},
                        physical_health={"level": 2}, substance_use={"level": 2})
    assert_evidence(fired(WALL, conversation), ev("finances", 2), ev("work_education", 1),
                    ev("physical_health", 2), ev("substance_use", 2))


def test_money_concern_without_health_concern_stays_quiet() -> None:
    quiet(WALL, talk(finances={"level": 1}, physical_health={"level": 3},
                     mental_health={"level": 4}, housing={"level": 1}))


def test_health_concern_without_money_concern_stays_quiet() -> None:
    quiet(WALL, talk(mental_health={"level": 1}, finances={"level": 3},
                     work_education={"level": 4}))


def test_money_concern_with_a_concern_elsewhere_than_health_stays_quiet() -> None:
    quiet(WALL, talk(finances={"level": 1}, housing={"level": 1}, safety={"level": 1}))


def test_health_concern_in_a_domain_not_discussed_does_not_count() -> None:
    quiet(WALL, talk(finances={"level": 2}, mental_health={"level": 1, "discussed": False}))
    quiet(WALL, talk(finances={"level": 2, "discussed": False}, mental_health={"level": 1}))


# -- safety_with_children ----------------------------------------------------------------

SAFETY = "safety_with_children"


def test_safety_concern_with_a_child_fires_naming_the_child() -> None:
    signal = fired(SAFETY, talk(safety={"level": 2}), [PARTNER, CHILD])
    assert signal.kind is RuleKind.WALL
    assert_evidence(signal, ev("safety", 2), child_ev())


def test_safety_concern_names_every_child() -> None:
    second = HouseholdMember("Noor", "Proefpersoon", HouseholdRole.CHILD,
                             date_of_birth=date(2019, 8, 9))
    signal = fired(SAFETY, talk(safety={"wants_to_talk": True, "level": 3}), [CHILD, second])
    assert_evidence(signal, ev("safety", 3, wants=True), child_ev(), child_ev(second))


def test_safety_concern_without_children_stays_quiet() -> None:
    quiet(SAFETY, talk(safety={"level": 1}), [])
    quiet(SAFETY, talk(safety={"level": 1}), [PARTNER, ADULT])


def test_children_without_safety_concern_stay_quiet() -> None:
    quiet(SAFETY, talk(safety={"level": 3}, parenting={"level": 1}), [CHILD])


def test_safety_concern_not_discussed_stays_quiet() -> None:
    quiet(SAFETY, talk(safety={"level": 1, "discussed": False}), [CHILD])


# -- parenting_with_children -------------------------------------------------------------

PARENTING = "parenting_with_children"


def test_parenting_concern_with_a_child_fires_naming_the_child() -> None:
    signal = fired(PARENTING, talk(parenting={"level": 2}, safety={"level": 4}), [PARTNER, CHILD])
    assert signal.kind is RuleKind.WALL
    assert "Jeugdwet" in signal.explanation and "Wmo" in signal.explanation
    assert_evidence(signal, ev("parenting", 2), child_ev())


def test_parenting_concern_raises_no_safety_signal() -> None:
    quiet(SAFETY, talk(parenting={"level": 1}), [CHILD])


def test_parenting_concern_without_children_stays_quiet() -> None:
    quiet(PARENTING, talk(parenting={"level": 1}), [])
    quiet(PARENTING, talk(parenting={"level": 1}), [PARTNER, ADULT])


def test_children_without_parenting_concern_stay_quiet() -> None:
    quiet(PARENTING, talk(parenting={"level": 3}, safety={"level": 1}), [CHILD])


def test_parenting_concern_not_discussed_stays_quiet() -> None:
    quiet(PARENTING, talk(parenting={"level": 1, "discussed": False}), [CHILD])


# -- informal_carer_overloaded ------------------------------------------------------------

CARER = "informal_carer_overloaded"


def test_heavy_informal_care_with_a_care_need_fires() -> None:
    conversation = talk(informal_care={"level": 2}, physical_health={"level": 3},
                        mental_health={"level": 4})
    signal = fired(CARER, conversation)
    assert signal.kind is RuleKind.WALL
    assert_evidence(signal, ev("informal_care", 2), ev("physical_health", 3))


def test_informal_carer_wanting_to_talk_with_several_care_needs() -> None:
    conversation = talk(informal_care={"level": 3, "wants_to_talk": True},
                        self_care={"level": 1}, practical_matters={"level": 2},
                        housing={"level": 1})
    assert_evidence(fired(CARER, conversation), ev("informal_care", 3, wants=True),
                    ev("self_care", 1), ev("practical_matters", 2))


def test_heavy_informal_care_without_care_need_stays_quiet() -> None:
    quiet(CARER, talk(informal_care={"level": 1}, physical_health={"level": 4},
                      mental_health={"level": 5}, self_care={"level": 4}))


def test_informal_care_fine_with_care_need_stays_quiet() -> None:
    quiet(CARER, talk(informal_care={"level": 3}, physical_health={"level": 1}))


def test_care_need_in_a_domain_not_discussed_does_not_count() -> None:
    quiet(CARER, talk(informal_care={"level": 2},
                      physical_health={"level": 2, "discussed": False}))


def test_care_need_without_a_level_does_not_count() -> None:
    quiet(CARER, talk(informal_care={"level": 2}, physical_health={"wants_to_talk": True}))


# -- long_term_need ----------------------------------------------------------------------

LONG = "long_term_need"


def test_long_term_and_lifelong_needs_fire_naming_the_domains() -> None:
    conversation = talk(housing={"level": 3, "duration": Duration.LONG_TERM},
                        physical_health={"level": 2, "duration": Duration.LIFELONG},
                        finances={"level": 2, "duration": Duration.TEMPORARY})
    signal = fired(LONG, conversation)
    assert signal.kind is RuleKind.LIFELONG
    assert_evidence(signal, ev("housing", 3, duration=Duration.LONG_TERM),
                    ev("physical_health", 2, duration=Duration.LIFELONG))


def test_temporary_need_stays_quiet() -> None:
    quiet(LONG, talk(finances={"level": 1, "duration": Duration.TEMPORARY},
                     housing={"level": 1, "duration": Duration.TEMPORARY}))


def test_no_duration_stays_quiet() -> None:
    quiet(LONG, talk(finances={"level": 1}))


def test_lifelong_need_not_discussed_does_not_count() -> None:
    quiet(LONG, talk(self_care={"level": 1, "duration": Duration.LIFELONG, "discussed": False}))


# -- markers -------------------------------------------------------------------------------


@pytest.mark.parametrize(("rule_id", "marker"), MARKER_RULES.items(), ids=list(MARKER_RULES))
def test_marker_rule_fires_on_its_marker_only(rule_id: str, marker: Marker) -> None:
    signal = fired(rule_id, talk(markers={marker}))
    assert signal.kind is RuleKind.LIFELONG
    assert_evidence(signal, Evidence(marker=marker))
    others = {r for r, m in MARKER_RULES.items() if m is not marker}
    assert others.isdisjoint(signals(talk(markers={marker})))


@pytest.mark.parametrize(("rule_id", "marker"), MARKER_RULES.items(), ids=list(MARKER_RULES))
def test_marker_rule_stays_quiet_when_marker_not_recorded(rule_id: str, marker: Marker) -> None:
    quiet(rule_id, talk(markers=set(Marker) - {marker}, mental_health={"level": 1}))
    quiet(rule_id, talk(**{key: {"level": 1, "duration": Duration.LIFELONG} for key in KEYS}))


def test_all_markers_raise_their_own_signals() -> None:
    found = signals(talk(markers=set(Marker)))
    assert set(found) == set(MARKER_RULES)
    for rule_id, marker in MARKER_RULES.items():
        assert_evidence(found[rule_id], Evidence(marker=marker))


# -- low_self_reliance_no_help -------------------------------------------------------------

NO_HELP = "low_self_reliance_no_help"


def test_low_self_care_without_help_fires() -> None:
    signal = fired(NO_HELP, talk(self_care={"level": 2}, practical_matters={"level": 3}))
    assert signal.kind is RuleKind.NO_HELP
    assert_evidence(signal, ev("self_care", 2))


def test_both_domains_low_without_help_name_both() -> None:
    conversation = talk(self_care={"level": 1}, practical_matters={"level": 2})
    assert_evidence(fired(NO_HELP, conversation), ev("self_care", 1),
                    ev("practical_matters", 2))


def test_doing_it_yourself_is_not_help_from_around() -> None:
    signal = fired(NO_HELP, talk(practical_matters={"level": 1, "help_self": True}))
    assert_evidence(signal, ev("practical_matters", 1))


def test_low_self_care_but_network_helps_stays_quiet() -> None:
    quiet(NO_HELP, talk(self_care={"level": 2, "help_network": True}))


def test_low_practical_matters_with_professional_help_stays_quiet() -> None:
    quiet(NO_HELP, talk(practical_matters={"level": 1, "help_professional": True}))


def test_only_the_domain_without_help_is_named() -> None:
    conversation = talk(self_care={"level": 1, "help_network": True},
                        practical_matters={"level": 2})
    assert_evidence(fired(NO_HELP, conversation), ev("practical_matters", 2))


def test_self_care_at_level_three_without_help_stays_quiet() -> None:
    quiet(NO_HELP, talk(self_care={"level": 3}, practical_matters={"level": 3}))


def test_wanting_to_talk_is_not_low_self_reliance() -> None:
    quiet(NO_HELP, talk(self_care={"wants_to_talk": True}))


def test_low_self_reliance_elsewhere_stays_quiet() -> None:
    quiet(NO_HELP, talk(finances={"level": 1}, physical_health={"level": 1}))


def test_low_self_care_not_discussed_stays_quiet() -> None:
    quiet(NO_HELP, talk(self_care={"level": 1, "discussed": False}))


# -- every default rule is covered here ---------------------------------------------------


def test_every_default_rule_has_a_firing_case_in_this_file() -> None:
    covered = {ACUTE, RULE, WALL, SAFETY, PARENTING, CARER, LONG, NO_HELP, *MARKER_RULES}
    assert covered == {r.id for r in RULES.rules}
