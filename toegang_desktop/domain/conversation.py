"""The broad-view conversation and the assessment of each life domain."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from .problems import Problem

LEVELS = (1, 2, 3, 4, 5)


class Place(StrEnum):
    HOME = "home"
    OFFICE = "office"
    PHONE = "phone"
    VIDEO = "video"


class ParticipantRole(StrEnum):
    RESIDENT = "resident"
    INFORMAL_CARER = "informal_carer"
    CLIENT_SUPPORTER = "client_supporter"
    INTERPRETER = "interpreter"
    OTHER = "other"


class Duration(StrEnum):
    TEMPORARY = "temporary"
    LONG_TERM = "long_term"
    LIFELONG = "lifelong"


class Marker(StrEnum):
    """Markers of a possible lifelong condition the professional noticed (not a diagnosis)."""

    INTELLECTUAL_DISABILITY = "intellectual_disability"  # licht verstandelijke beperking
    CHRONIC_CONDITION = "chronic_condition"  # chronische ziekte of beperking
    DEMENTIA = "dementia"
    PSYCHIATRIC = "psychiatric"


class Recognition(StrEnum):
    """Does the resident recognise the picture the signals paint?"""

    YES = "yes"
    PARTLY = "partly"
    NO = "no"


class ClientSupport(StrEnum):
    """Independent client support (cliëntondersteuning), free of charge."""

    OFFERED = "offered"
    ACCEPTED = "accepted"
    DECLINED = "declined"


class Decision(StrEnum):
    CONFIRMED = "confirmed"
    DISMISSED = "dismissed"


@dataclass
class SignalDecision:
    """The professional's judgement on one signal; the reason is required."""

    rule_id: str
    rule_title: str
    decision: Decision
    reason: str


@dataclass
class Participant:
    role: ParticipantRole
    name: str = ""


@dataclass
class DomainAssessment:
    """What was recorded about one life domain in one conversation.

    `discussed` is None until the professional says whether the domain was discussed.
    """

    domain_key: str
    label: str
    position: int
    discussed: bool | None = None
    not_discussed_reason: str = ""
    level: int | None = None
    own_words: str = ""
    # The informal carer's own view and needs, in their words (the informal-care domain): kept
    # apart from the resident's own words, because the Wmo investigation asks for both.
    carer_words: str = ""
    strengths: str = ""
    wishes: str = ""
    help_self: bool = False
    help_network: bool = False
    help_professional: bool = False
    wants_to_talk: bool = False
    duration: Duration | None = None
    notes: str = ""

    @property
    def is_touched(self) -> bool:
        """Whether anything has been recorded for this domain yet."""
        return self.discussed is not None or self.level is not None or any(
            (self.own_words, self.carer_words, self.strengths, self.wishes, self.notes)
        )


@dataclass
class Conversation:
    """A broad-view conversation; it keeps the checklist version and domains it used."""

    resident_id: int
    held_on: date
    place: Place
    checklist_id: str
    checklist_version: str
    melding_date: date | None = None
    question: str = ""
    participants: list[Participant] = field(default_factory=list)
    assessments: list[DomainAssessment] = field(default_factory=list)
    markers: set[Marker] = field(default_factory=set)
    decisions: dict[str, SignalDecision] = field(default_factory=dict)
    resident_recognises: Recognition | None = None
    resident_view: str = ""
    client_support: ClientSupport | None = None
    client_support_date: date | None = None
    application_date: date | None = None
    decision_date: date | None = None
    finalised_on: date | None = None
    id: int | None = None

    def assessment(self, domain_key: str) -> DomainAssessment:
        for item in self.assessments:
            if item.domain_key == domain_key:
                return item
        raise KeyError(domain_key)

    @property
    def discussed_count(self) -> int:
        return sum(1 for a in self.assessments if a.discussed is not None)


def validate_conversation_header(conversation: Conversation, today: date) -> list[Problem]:
    """Problems with the conversation's date, melding date and participants."""
    problems = []
    if conversation.held_on > today:
        problems.append(Problem("conversation_date_future", "held_on"))
    melding = conversation.melding_date
    if melding is not None:
        if melding > today:
            problems.append(Problem("melding_date_future", "melding_date"))
        elif melding > conversation.held_on:
            problems.append(Problem("melding_after_conversation", "melding_date"))
    return problems


def validate_decision(decision: SignalDecision) -> list[Problem]:
    if not decision.reason.strip():
        return [Problem("decision_reason_missing", f"decisions[{decision.rule_id}].reason")]
    return []


def validate_weighing(conversation: Conversation, today: date) -> list[Problem]:
    """Dates of client support, application and decision: not in the future, in order."""
    problems = []
    for name in ("client_support_date", "application_date", "decision_date", "finalised_on"):
        value = getattr(conversation, name)
        if value is not None and value > today:
            problems.append(Problem("date_in_future", name))
    application, decided = conversation.application_date, conversation.decision_date
    if decided is not None and application is not None and decided < application:
        problems.append(Problem("decision_before_application", "decision_date"))
    if conversation.client_support is not None and conversation.client_support_date is None:
        problems.append(Problem("client_support_date_missing", "client_support_date"))
    return problems


def validate_assessment(assessment: DomainAssessment) -> list[Problem]:
    where = f"assessments[{assessment.domain_key}]"
    problems = []
    if assessment.level is not None and assessment.level not in LEVELS:
        problems.append(Problem("level_out_of_range", f"{where}.level"))
    return problems
