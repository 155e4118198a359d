"""The learning loop (leerloop): bottlenecks (knelpunten) where help got stuck, and
neighbourhood signals (wijksignalen) noticed across residents.

Neither holds personal data: free text passes `personal_data.find_personal_data` before it is
stored, and reports carry only counts (domain/period_report.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from .problems import Problem
from .text import clean_name, clean_text

MAX_TEXT = 4000
MAX_AREA = 120
# A bottleneck drafted from a conversation names its domains at level 3 (limited self-reliance)
# or lower: help that only partly works is where a bottleneck shows, so this reaches one level
# further than a concern (rules.CONCERN_MAX_LEVEL = 2).
BOTTLENECK_DOMAIN_MAX_LEVEL = 3


class BottleneckCategory(StrEnum):
    WAITING_LIST = "waiting_list"
    BLOCKING_RULE = "blocking_rule"  # a rule that blocks help
    WALL_BETWEEN_LAWS = "wall_between_laws"  # schotten
    MISSING_FACILITY = "missing_facility"
    UNCLEAR_INFORMATION = "unclear_information"
    UNREACHABLE_SERVICE = "unreachable_service"
    OTHER = "other"


class Law(StrEnum):
    """The laws whose walls the seeds name (DOMAIN.md section 2)."""

    WMO = "wmo"  # Wet maatschappelijke ondersteuning 2015
    YOUTH_ACT = "youth_act"  # Jeugdwet
    PARTICIPATION_ACT = "participation_act"  # Participatiewet
    HEALTH_INSURANCE_ACT = "health_insurance_act"  # Zorgverzekeringswet (Zvw)
    LONG_TERM_CARE_ACT = "long_term_care_act"  # Wet langdurige zorg (Wlz)
    DEBT_HELP_ACT = "debt_help_act"  # Wet gemeentelijke schuldhulpverlening
    OTHER = "other"


class SignalTheme(StrEnum):
    LONELINESS = "loneliness"
    ENERGY_POVERTY = "energy_poverty"
    POVERTY_DEBT = "poverty_debt"
    HOUSING = "housing"
    YOUTH_SCHOOL = "youth_school"
    SAFETY_NUISANCE = "safety_nuisance"
    HEALTH_CARE_ACCESS = "health_care_access"
    MOBILITY_ACCESS = "mobility_access"
    OTHER = "other"


@dataclass
class Bottleneck:
    """Where help got stuck, and what would have helped."""

    category: BottleneckCategory
    what_happened: str
    occurred_on: date
    what_would_help: str = ""
    domain_keys: list[str] = field(default_factory=list)
    laws: set[Law] = field(default_factory=set)
    partner_id: int | None = None
    solved_on: date | None = None  # None while not solved
    conversation_id: int | None = None  # the conversation it was recorded from, if any
    id: int | None = None

    @property
    def solved(self) -> bool:
        return self.solved_on is not None


@dataclass
class NeighbourhoodSignal:
    """A theme noticed across residents in an area; never about one resident."""

    theme: SignalTheme
    area: str
    noticed_on: date
    description: str
    id: int | None = None


def normalized_bottleneck(b: Bottleneck) -> Bottleneck:
    return replace(b, what_happened=clean_text(b.what_happened),
                   what_would_help=clean_text(b.what_would_help),
                   domain_keys=list(dict.fromkeys(b.domain_keys)), laws=set(b.laws))


def validate_bottleneck(b: Bottleneck, today: date) -> list[Problem]:
    problems = []
    if not b.what_happened:
        problems.append(Problem("bottleneck_what_missing", "what_happened"))
    for name in ("what_happened", "what_would_help"):
        if len(getattr(b, name)) > MAX_TEXT:
            problems.append(Problem("text_too_long", name, {"max": MAX_TEXT}))
    if b.occurred_on > today:
        problems.append(Problem("date_in_future", "occurred_on"))
    if b.solved_on is not None:
        if b.solved_on < b.occurred_on:
            problems.append(Problem("solved_before_occurred", "solved_on"))
        elif b.solved_on > today:
            problems.append(Problem("date_in_future", "solved_on"))
    return problems


def normalized_signal(s: NeighbourhoodSignal) -> NeighbourhoodSignal:
    return replace(s, area=clean_name(s.area), description=clean_text(s.description))


def validate_signal(s: NeighbourhoodSignal, today: date) -> list[Problem]:
    problems = []
    if not s.area:
        problems.append(Problem("signal_area_missing", "area"))
    elif len(s.area) > MAX_AREA:
        problems.append(Problem("text_too_long", "area", {"max": MAX_AREA}))
    if not s.description:
        problems.append(Problem("signal_description_missing", "description"))
    elif len(s.description) > MAX_TEXT:
        problems.append(Problem("text_too_long", "description", {"max": MAX_TEXT}))
    if s.noticed_on > today:
        problems.append(Problem("date_in_future", "noticed_on"))
    return problems
