"""Route and plan: what a choice requires, what is stored, and how problems read."""

from __future__ import annotations

import pytest

from toegang_desktop.domain.plan import (
    MAX_NAME_LENGTH,
    Agreement,
    AgreementStatus,
    Budget,
    Connection,
    Owner,
    Partner,
    Route,
    normalized_agreement,
    normalized_partner,
    normalized_route,
    organisation_key,
    validate_agreement,
    validate_partner,
    validate_route,
)
from toegang_desktop.domain.problems import Problem
from toegang_desktop.wording.messages import problem_lines, problem_text


def _found(problems: list[Problem]) -> list[tuple[str, str]]:
    return [(p.code, p.field) for p in problems]


def test_an_empty_route_is_valid_and_the_team_stays_involved() -> None:
    route = Route()
    assert validate_route(normalized_route(route)) == []
    assert route.stays_involved is True
    assert route.connections == set() and route.budget is None and route.evaluation_date is None


def test_each_choice_asks_for_its_text() -> None:
    route = normalized_route(Route(
        integrated_plan=True, coordinator="   ", long_term_indication=True,
        long_term_reason="\n", connections={Connection.OTHER, Connection.GP}))
    assert _found(validate_route(route)) == [
        ("route_coordinator_missing", "coordinator"),
        ("route_long_term_reason_missing", "long_term_reason"),
        ("route_other_connection_missing", "other_connection"),
    ]


def test_a_complete_route_is_valid() -> None:
    route = normalized_route(Route(
        integrated_plan=True, coordinator="Łukasz de Vries", long_term_indication=True,
        long_term_reason="Blijvende beperking", connections={Connection.OTHER},
        other_connection="Buurthuis", budget=Budget.CUSTOM, escalation=True,
        escalation_note="Regel X blokkeert"))
    assert validate_route(route) == []


def test_a_very_long_coordinator_name_is_refused() -> None:
    route = normalized_route(Route(integrated_plan=True, coordinator="x" * (MAX_NAME_LENGTH + 1)))
    assert _found(validate_route(route)) == [("name_too_long", "coordinator")]


def test_text_of_a_choice_not_made_is_not_stored_and_text_is_nfc() -> None:
    route = normalized_route(Route(
        integrated_plan=False, coordinator="Iemand", long_term_indication=False,
        long_term_reason="oud", connections={Connection.GP}, other_connection="oud",
        budget=None, budget_note="oud", escalation=False, escalation_note="oud",
        team_does_itself="  Zoe\u0308 helpen met post  ", refers_to=" Schuldhulp "))
    assert (route.coordinator, route.long_term_reason, route.other_connection,
            route.budget_note, route.escalation_note) == ("", "", "", "", "")
    assert route.team_does_itself == "Zoë helpen met post"
    assert route.refers_to == "Schuldhulp"


def test_coordinator_name_whitespace_is_collapsed() -> None:
    route = normalized_route(Route(integrated_plan=True, coordinator="  Şükrü   Yılmaz "))
    assert route.coordinator == "Şükrü Yılmaz"


def test_an_agreement_needs_what_and_a_partner_when_a_partner_carries_it_out() -> None:
    agreement = normalized_agreement(Agreement(what="  ", owner=Owner.PARTNER))
    assert _found(validate_agreement(agreement)) == [
        ("agreement_what_missing", "what"), ("agreement_partner_missing", "partner_id")]


def test_an_agreement_of_another_owner_keeps_no_partner_and_each_domain_once() -> None:
    agreement = normalized_agreement(Agreement(
        what=" Boodschappen ", owner=Owner.NETWORK, partner_id=4,
        domain_keys=["finances", "housing", "finances"], status=AgreementStatus.IN_PROGRESS))
    assert agreement.partner_id is None
    assert agreement.what == "Boodschappen"
    assert agreement.domain_keys == ["finances", "housing"]
    assert validate_agreement(agreement, {"finances", "housing"}) == []


def test_an_agreement_may_only_name_the_conversations_domains() -> None:
    agreement = Agreement(what="x", owner=Owner.TEAM, domain_keys=["finances", "astrology"])
    problems = validate_agreement(agreement, {"finances"})
    assert _found(problems) == [("agreement_domain_unknown", "domain_keys")]
    assert problems[0].params == {"keys": ["astrology"]}


def test_a_partner_needs_an_organisation() -> None:
    assert _found(validate_partner(normalized_partner(Partner(organisation="  ")))) == [
        ("partner_organisation_missing", "organisation")]
    long_name = Partner(organisation="x" * (MAX_NAME_LENGTH + 1))
    assert _found(validate_partner(long_name)) == [("name_too_long", "organisation")]
    assert validate_partner(normalized_partner(Partner(organisation=" Veilig  Thuis "))) == []


def test_organisation_names_match_without_case_accents_or_extra_spaces() -> None:
    assert organisation_key("Onafhankelijke  Cliëntondersteuning ") == organisation_key(
        "onafhankelijke clientondersteuning")
    assert organisation_key("Veilig Thuis") != organisation_key("Veilig Thuis Noord")


@pytest.mark.parametrize(("problem", "line"), [
    (Problem("route_coordinator_missing", "coordinator"),
     "Coordinating professional: Enter the name of the coordinating professional, or untick "
     "the integrated plan."),
    (Problem("route_long_term_reason_missing", "long_term_reason"),
     "Reason for a long-lasting indication: Say why a long-lasting indication fits this need."),
    (Problem("route_other_connection_missing", "other_connection"),
     "Other connection: Say which other connection is to be made."),
    (Problem("agreement_what_missing", "what"), "What was agreed: Describe what was agreed."),
    (Problem("agreement_partner_missing", "partner_id"),
     "Partner: Choose the partner who carries out this agreement."),
    (Problem("partner_organisation_missing", "organisation"),
     "Organisation: Enter the name of the organisation."),
])
def test_problems_read_as_sentences_with_the_field_named(problem: Problem, line: str) -> None:
    assert problem_lines([problem]) == [line]


@pytest.mark.parametrize("code", [
    "agreement_partner_unknown", "agreement_domain_unknown", "partner_duplicate"])
def test_every_plan_problem_has_a_wording(code: str) -> None:
    assert not problem_text(Problem(code, "x")).startswith("Unexpected problem")
