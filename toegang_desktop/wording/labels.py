"""Translated names of the domain's enumerations, in one place."""

from __future__ import annotations

from ..domain.conversation import (
    ClientSupport,
    Decision,
    Duration,
    Marker,
    ParticipantRole,
    Place,
    Recognition,
)
from ..domain.investigation import Topic, TopicState
from ..domain.journal import ContactKind
from ..domain.legal_clock import Deadline, DeadlineKind, DeadlineState
from ..domain.plan import AgreementStatus, Budget, Connection, Owner
from ..domain.resident import HouseholdRole
from ..domain.rules import Evidence, RuleKind
from ..domain.safety import SafetyDecision, SafetyQuestion, SafetyStep
from .translation import translate  # lupdate finds translate("Context", "...") calls


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
        RuleKind.ACUTE: translate("Labels", "Acute"),
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


def decision_label(decision: Decision) -> str:
    """The professional's decision on a signal."""
    return {
        Decision.CONFIRMED: translate("Labels", "Confirmed"),
        Decision.DISMISSED: translate("Labels", "Dismissed"),
    }[decision]


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


def topic_label(topic: Topic) -> str:
    """The topics of the investigation (Wmo 2015 art. 2.3.2), in our own words."""
    return {
        Topic.NEEDS: translate("Labels", "Needs, characteristics and preferences"),
        Topic.OWN_STRENGTH: translate("Labels", "Own strength and usual help from housemates"),
        Topic.INFORMAL_CARE_NETWORK: translate("Labels", "Informal care and social network"),
        Topic.CARER_SUPPORT: translate("Labels", "Support the informal carer needs"),
        Topic.GENERAL_FACILITIES: translate("Labels", "General facilities and social activities"),
        Topic.HEALTH_CARE: translate("Labels", "Coordination with health care"),
    }[topic]


def topic_question(topic: Topic) -> str:
    """One guiding question per topic, shown under its name."""
    return {
        Topic.NEEDS: translate(
            "Labels", "What does the resident need, what is their situation, what do they prefer?"),
        Topic.OWN_STRENGTH: translate(
            "Labels", "What can the resident do themselves, and what do housemates usually do?"),
        Topic.INFORMAL_CARE_NETWORK: translate(
            "Labels", "Who gives informal care, and who else in the network can help?"),
        Topic.CARER_SUPPORT: translate(
            "Labels", "What does the informal carer need to keep it up (e.g. respite care)?"),
        Topic.GENERAL_FACILITIES: translate(
            "Labels", "Which general facilities and social activities fit, without an indication?"),
        Topic.HEALTH_CARE: translate(
            "Labels", "What is arranged with the GP, POH-GGZ or other health care, and who aligns it?"),
    }[topic]


def topic_state_label(state: TopicState) -> str:
    return {
        TopicState.COVERED: translate("Labels", "Covered"),
        TopicState.NOT_APPLICABLE: translate("Labels", "Not applicable"),
        TopicState.OPEN: translate("Labels", "Open"),
    }[state]


def safety_step_title(step: SafetyStep) -> str:
    """The full title of a step of the reporting code (Meldcode)."""
    return {
        SafetyStep.SIGNALS: translate("Labels", "Map and record the signals"),
        SafetyStep.CONSULT: translate("Labels", "Consult a colleague and, where needed, Veilig Thuis"),
        SafetyStep.TALK: translate("Labels", "Talk with the person concerned"),
        SafetyStep.WEIGH: translate("Labels", "Weigh with the assessment framework"),
        SafetyStep.DECIDE: translate("Labels", "Decide: report and/or organise help"),
    }[step]


def safety_step_short(step: SafetyStep) -> str:
    """A step's name in the step list of the reporting-code dialog."""
    return {
        SafetyStep.SIGNALS: translate("Labels", "Signals"),
        SafetyStep.CONSULT: translate("Labels", "Consultation"),
        SafetyStep.TALK: translate("Labels", "Talk"),
        SafetyStep.WEIGH: translate("Labels", "Weighing"),
        SafetyStep.DECIDE: translate("Labels", "Decision"),
    }[step]


def safety_question_label(question: SafetyQuestion) -> str:
    return {
        SafetyQuestion.SUSPICION: translate(
            "Labels", "Is there a suspicion of domestic violence or child abuse?"),
        SafetyQuestion.ACUTE_OR_STRUCTURAL_UNSAFETY: translate(
            "Labels", "Is there acute or structural unsafety?"),
        SafetyQuestion.CAN_OFFER_HELP: translate(
            "Labels", "Can I offer or organise adequate help?"),
        SafetyQuestion.HELP_ACCEPTED: translate("Labels", "Do those involved accept this help?"),
        SafetyQuestion.BRINGS_SAFETY_IN_TIME: translate(
            "Labels", "Does the help bring safety in time?"),
    }[question]


def answer_label(answer: bool | None) -> str:
    """Yes, no, or unknown (not answered)."""
    if answer is None:
        return translate("Labels", "Unknown")
    return translate("Labels", "Yes") if answer else translate("Labels", "No")


def safety_decision_label(decision: SafetyDecision | None) -> str:
    if decision is None:
        return translate("Labels", "No decision yet")
    return {
        SafetyDecision.REPORT_TO_VEILIG_THUIS: translate("Labels", "Report to Veilig Thuis"),
        SafetyDecision.ORGANISE_HELP: translate("Labels", "Organise help (no report)"),
        SafetyDecision.REPORT_AND_HELP: translate(
            "Labels", "Report to Veilig Thuis and organise help"),
        SafetyDecision.NO_FURTHER_ACTION: translate("Labels", "No further action"),
    }[decision]


def connection_label(connection: Connection) -> str:
    return {
        Connection.WORK_INCOME: translate("Labels", "Work and income"),
        Connection.DEBT_HELP: translate("Labels", "Debt help"),
        Connection.WMO: translate("Labels", "Wmo (social support)"),
        Connection.YOUTH_ACT: translate("Labels", "Youth Act (Jeugdwet)"),
        Connection.GP: translate("Labels", "GP"),
        Connection.POH_GGZ: translate("Labels", "POH-GGZ (practice nurse mental health)"),
        Connection.CARE_OFFICE_WLZ: translate("Labels", "Care office (Wlz)"),
        Connection.SCHOOL: translate("Labels", "School"),
        Connection.HOUSING_CORPORATION: translate("Labels", "Housing corporation"),
        Connection.VEILIG_THUIS: translate("Labels", "Veilig Thuis"),
        Connection.OTHER: translate("Labels", "Other"),
    }[connection]


def budget_label(budget: Budget | None) -> str:
    if budget is None:
        return translate("Labels", "No budget")
    return {
        Budget.CUSTOM: translate("Labels", "Custom budget (maatwerk)"),
        Budget.BRIDGING: translate("Labels", "Bridging budget (until it is clear which law pays)"),
    }[budget]


def owner_label(owner: Owner) -> str:
    return {
        Owner.RESIDENT: translate("Labels", "Resident"),
        Owner.NETWORK: translate("Labels", "Network"),
        Owner.TEAM: translate("Labels", "Local team"),
        Owner.PARTNER: translate("Labels", "Partner"),
    }[owner]


def owner_label_for_resident(owner: Owner) -> str:
    """Who does it, said to the resident (the report for the resident)."""
    return {
        Owner.RESIDENT: translate("Labels", "You yourself"),
        Owner.NETWORK: translate("Labels", "Someone around you"),
        Owner.TEAM: translate("Labels", "The local team"),
        Owner.PARTNER: translate("Labels", "Partner"),
    }[owner]


def contact_kind_label(kind: ContactKind) -> str:
    """The kind of a journal entry (contactmoment)."""
    return {
        ContactKind.PHONE: translate("Labels", "Phone call"),
        ContactKind.VISIT: translate("Labels", "Visit"),
        ContactKind.EMAIL: translate("Labels", "E-mail"),
        ContactKind.PARTNER_CONSULTATION: translate("Labels", "Consultation with a partner"),
        ContactKind.RESIDENT_MESSAGE: translate("Labels", "Message from the resident"),
    }[kind]


def agreement_status_label(status: AgreementStatus) -> str:
    return {
        AgreementStatus.OPEN: translate("Labels", "Open"),
        AgreementStatus.IN_PROGRESS: translate("Labels", "In progress"),
        AgreementStatus.DONE: translate("Labels", "Done"),
        AgreementStatus.CANCELLED: translate("Labels", "Cancelled"),
    }[status]
