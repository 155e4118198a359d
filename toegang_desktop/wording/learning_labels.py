"""Translated names of the learning loop's enumerations."""

from __future__ import annotations

from ..domain.learning import BottleneckCategory, Law, SignalTheme
from .translation import translate  # lupdate finds translate("Context", "...") calls


def category_label(category: BottleneckCategory) -> str:
    return {
        BottleneckCategory.WAITING_LIST: translate("Labels", "Waiting list"),
        BottleneckCategory.BLOCKING_RULE: translate("Labels", "A rule that blocks help"),
        BottleneckCategory.WALL_BETWEEN_LAWS: translate("Labels", "A wall between laws"),
        BottleneckCategory.MISSING_FACILITY: translate("Labels", "A missing facility"),
        BottleneckCategory.UNCLEAR_INFORMATION: translate("Labels", "Unclear information"),
        BottleneckCategory.UNREACHABLE_SERVICE: translate("Labels", "A service that cannot be reached"),
        BottleneckCategory.OTHER: translate("Labels", "Other"),
    }[category]


def law_label(law: Law) -> str:
    return {
        Law.WMO: translate("Labels", "Wmo 2015"),
        Law.YOUTH_ACT: translate("Labels", "Youth Act (Jeugdwet)"),
        Law.PARTICIPATION_ACT: translate("Labels", "Participation Act (Participatiewet)"),
        Law.HEALTH_INSURANCE_ACT: translate("Labels", "Health Insurance Act (Zvw)"),
        Law.LONG_TERM_CARE_ACT: translate("Labels", "Long-term Care Act (Wlz)"),
        Law.DEBT_HELP_ACT: translate("Labels", "Municipal Debt Help Act"),
        Law.OTHER: translate("Labels", "Another law or regulation"),
    }[law]


def theme_label(theme: SignalTheme) -> str:
    return {
        SignalTheme.LONELINESS: translate("Labels", "Loneliness"),
        SignalTheme.ENERGY_POVERTY: translate("Labels", "Energy poverty"),
        SignalTheme.POVERTY_DEBT: translate("Labels", "Poverty and debt"),
        SignalTheme.HOUSING: translate("Labels", "Housing"),
        SignalTheme.YOUTH_SCHOOL: translate("Labels", "Young people and school"),
        SignalTheme.SAFETY_NUISANCE: translate("Labels", "Safety and nuisance"),
        SignalTheme.HEALTH_CARE_ACCESS: translate("Labels", "Access to care"),
        SignalTheme.MOBILITY_ACCESS: translate("Labels", "Transport and accessibility"),
        SignalTheme.OTHER: translate("Labels", "Other"),
    }[theme]
