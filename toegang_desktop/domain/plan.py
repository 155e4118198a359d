"""Route and plan (passend indicatieproces; afspraken): what the professional chooses after the
weighing, the agreements that follow, and the partners they are made with.

The software suggests; the professional decides. Nothing here is derived automatically.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from .problems import Problem
from .resident import MAX_NAME_LENGTH
from .text import clean_name, clean_text, fold


class Connection(StrEnum):
    """A connection across the walls between laws and organisations (schotten)."""

    WORK_INCOME = "work_income"  # werk en inkomen (Participatiewet)
    DEBT_HELP = "debt_help"  # schuldhulpverlening (Wgs)
    WMO = "wmo"
    YOUTH_ACT = "youth_act"  # Jeugdwet
    GP = "gp"  # huisarts
    POH_GGZ = "poh_ggz"
    CARE_OFFICE_WLZ = "care_office_wlz"  # zorgkantoor (Wlz)
    SCHOOL = "school"
    HOUSING_CORPORATION = "housing_corporation"
    VEILIG_THUIS = "veilig_thuis"
    OTHER = "other"


class Budget(StrEnum):
    CUSTOM = "custom"  # maatwerkbudget
    BRIDGING = "bridging"  # overbruggingsbudget: while it is unclear which law pays


class Owner(StrEnum):
    """Who carries out an agreement."""

    RESIDENT = "resident"
    NETWORK = "network"
    TEAM = "team"  # the local team itself
    PARTNER = "partner"


class AgreementStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


@dataclass
class Route:
    """The route chosen in one conversation; fields that depend on a choice are kept only
    while that choice is made (see `normalized_route`)."""

    integrated_plan: bool = False  # one plan with one coordinating professional
    coordinator: str = ""
    long_term_indication: bool = False  # for a lifelong need, instead of repeated assessment
    long_term_reason: str = ""
    connections: set[Connection] = field(default_factory=set)
    other_connection: str = ""
    budget: Budget | None = None
    budget_note: str = ""
    escalation: bool = False  # a rule blocks help (knelpunt)
    escalation_note: str = ""  # what blocks; no personal data (feeds the learning loop)
    team_does_itself: str = ""
    refers_to: str = ""
    stays_involved: bool = True
    evaluation_date: date | None = None


@dataclass
class Agreement:
    what: str
    owner: Owner
    partner_id: int | None = None  # required when the owner is a partner
    due_date: date | None = None
    status: AgreementStatus = AgreementStatus.OPEN
    domain_keys: list[str] = field(default_factory=list)  # the life domains it serves
    position: int = 0
    id: int | None = None


@dataclass
class Partner:
    """An organisation in the partner directory. Deactivated, never deleted: agreements
    keep referring to it."""

    organisation: str
    contact: str = ""
    offers: str = ""
    from_file: bool = False  # pre-filled from the municipality's partner file
    active: bool = True
    id: int | None = None


def organisation_key(name: str) -> str:
    """The folded organisation name: 'Sociaal  Raadslieden' and 'sociaal raadslieden' match."""
    return " ".join(fold(name).split())


def normalized_route(route: Route) -> Route:
    """The route as it will be stored: text NFC and trimmed, and the text of a choice that is
    not made left out (the screen may keep it; the store has no purpose for it)."""
    connections = set(route.connections)
    return replace(
        route,
        coordinator=clean_name(route.coordinator) if route.integrated_plan else "",
        long_term_reason=clean_text(route.long_term_reason) if route.long_term_indication else "",
        connections=connections,
        other_connection=(
            clean_text(route.other_connection) if Connection.OTHER in connections else ""
        ),
        budget_note=clean_text(route.budget_note) if route.budget is not None else "",
        escalation_note=clean_text(route.escalation_note) if route.escalation else "",
        team_does_itself=clean_text(route.team_does_itself),
        refers_to=clean_text(route.refers_to),
    )


def validate_route(route: Route) -> list[Problem]:
    """Problems with a (normalised) route: the text a choice needs must be there."""
    problems = []
    if route.integrated_plan:
        if not route.coordinator:
            problems.append(Problem("route_coordinator_missing", "coordinator"))
        elif len(route.coordinator) > MAX_NAME_LENGTH:
            problems.append(Problem("name_too_long", "coordinator", {"max": MAX_NAME_LENGTH}))
    if route.long_term_indication and not route.long_term_reason:
        problems.append(Problem("route_long_term_reason_missing", "long_term_reason"))
    if Connection.OTHER in route.connections and not route.other_connection:
        problems.append(Problem("route_other_connection_missing", "other_connection"))
    return problems


def normalized_agreement(agreement: Agreement) -> Agreement:
    """Text NFC and trimmed, no partner unless a partner carries it out, each domain once."""
    return replace(
        agreement,
        what=clean_text(agreement.what),
        partner_id=agreement.partner_id if agreement.owner is Owner.PARTNER else None,
        domain_keys=list(dict.fromkeys(agreement.domain_keys)),
    )


def validate_agreement(agreement: Agreement, domain_keys: set[str] | None = None) -> list[Problem]:
    """Problems with a (normalised) agreement; `domain_keys` are the conversation's domains."""
    problems = []
    if not agreement.what:
        problems.append(Problem("agreement_what_missing", "what"))
    if agreement.owner is Owner.PARTNER and agreement.partner_id is None:
        problems.append(Problem("agreement_partner_missing", "partner_id"))
    if domain_keys is not None:
        unknown = [key for key in agreement.domain_keys if key not in domain_keys]
        if unknown:
            problems.append(Problem("agreement_domain_unknown", "domain_keys", {"keys": unknown}))
    return problems


def normalized_partner(partner: Partner) -> Partner:
    return replace(
        partner,
        organisation=clean_name(partner.organisation),
        contact=clean_text(partner.contact),
        offers=clean_text(partner.offers),
    )


def validate_partner(partner: Partner) -> list[Problem]:
    if not partner.organisation:
        return [Problem("partner_organisation_missing", "organisation")]
    if len(partner.organisation) > MAX_NAME_LENGTH:
        return [Problem("name_too_long", "organisation", {"max": MAX_NAME_LENGTH})]
    return []
