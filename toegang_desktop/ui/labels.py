"""Translated names of the domain's enumerations, in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.conversation import ClientSupport, Duration, Marker, ParticipantRole, Place, Recognition
from ..domain.legal_clock import Deadline, DeadlineKind, DeadlineState
from ..domain.resident import HouseholdRole
from ..domain.rules import Evidence, RuleKind

translate = QCoreApplication.translate  # lupdate finds translate("Context", "...") calls


def place_label(place: Place) -> str:
    return {
        Place.HOME: translate("Labels", "At home"),
        Place.OFFICE: translate("Labels", "At the office"),
        Place.PHONE: translate("Labels", "By phone"),
        Place.VIDEO: translate("Labels", "By video call"),
    }[place]


def participant_label(role: ParticipantRole) -> str:
    return {
        ParticipantRole.RESIDENT: translate("Labels", "Resident"),
        ParticipantRole.INFORMAL_CARER: translate("Labels", "Informal carer"),
        ParticipantRole.CLIENT_SUPPORTER: translate("Labels", "Client supporter"),
        ParticipantRole.INTERPRETER: translate("Labels", "Interpreter"),
        ParticipantRole.OTHER: translate("Labels", "Other"),
    }[role]


def duration_label(duration: Duration | None) -> str:
    if duration is None:
        return translate("Labels", "Not yet known")
    return {
        Duration.TEMPORARY: translate("Labels", "Temporary"),
        Duration.LONG_TERM: translate("Labels", "Long-term"),
        Duration.LIFELONG: translate("Labels", "Lifelong"),
    }[duration]


def marker_label(marker: Marker) -> str:
    return {
        Marker.INTELLECTUAL_DISABILITY: translate("Labels", "Possible mild intellectual disability (LVB)"),
        Marker.CHRONIC_CONDITION: translate("Labels", "Chronic illness or disability"),
        Marker.DEMENTIA: translate("Labels", "Possible dementia"),
        Marker.PSYCHIATRIC: translate("Labels", "Possible psychiatric condition"),
    }[marker]


def kind_label(kind: RuleKind) -> str:
    return {
        RuleKind.LIFE_WIDE: translate("Labels", "Life-wide"),
        RuleKind.WALL: translate("Labels", "Across a wall between laws"),
        RuleKind.LIFELONG: translate("Labels", "Lifelong"),
        RuleKind.NO_HELP: translate("Labels", "No help around"),
    }[kind]


def recognition_label(value: Recognition | None) -> str:
    if value is None:
        return translate("Labels", "Not asked yet")
    return {
        Recognition.YES: translate("Labels", "Yes"),
        Recognition.PARTLY: translate("Labels", "Partly"),
        Recognition.NO: translate("Labels", "No"),
    }[value]


def client_support_label(value: ClientSupport | None) -> str:
    if value is None:
        return translate("Labels", "Not yet offered")
    return {
        ClientSupport.OFFERED: translate("Labels", "Offered"),
        ClientSupport.ACCEPTED: translate("Labels", "Accepted"),
        ClientSupport.DECLINED: translate("Labels", "Declined"),
    }[value]


def evidence_text(e: Evidence) -> str:
    """One answer behind a signal, in words: 'Financiën: level 2, wants to talk, long-term'."""
    if e.marker is not None:
        return translate("Labels", "Recorded: %1").replace("%1", marker_label(e.marker))
    if e.household_role is not None:
        return translate("Labels", "In the household: %1 (%2)").replace(
            "%1", e.household_name).replace("%2", role_label(e.household_role).lower())
    parts = []
    if e.level is not None:
        parts.append(translate("Labels", "level %1").replace("%1", str(e.level)))
    if e.wants_to_talk:
        parts.append(translate("Labels", "wants to talk about it"))
    if e.duration is not None:
        parts.append(duration_label(e.duration).lower())
    return f"{e.label}: {', '.join(parts)}" if parts else e.label


def role_label(role: HouseholdRole) -> str:
    return {
        HouseholdRole.PARTNER: translate("Household", "Partner"),
        HouseholdRole.CHILD: translate("Household", "Child"),
        HouseholdRole.OTHER_ADULT: translate("Household", "Other adult"),
    }[role]


def deadline_label(kind: DeadlineKind) -> str:
    return {
        DeadlineKind.PERSONAL_PLAN: translate("Labels", "Personal plan (7 days)"),
        DeadlineKind.INVESTIGATION: translate("Labels", "Investigation finished (6 weeks)"),
        DeadlineKind.DECISION: translate("Labels", "Decision (2 weeks after the application)"),
    }[kind]


def deadline_state_text(d: Deadline) -> str:
    if d.state is DeadlineState.DONE:
        if d.kind is DeadlineKind.PERSONAL_PLAN:
            return translate("Labels", "period over")
        return translate("Labels", "done")
    if d.state is DeadlineState.OVERDUE:
        return translate("Labels", "%n day(s) overdue", "", -d.days_left)
    return translate("Labels", "%n day(s) left", "", d.days_left)
