"""The investigation (onderzoek, Wmo 2015 art. 2.3.2) and making its report final.

The law names six topics the investigation covers. Per conversation the professional marks
each one covered, or not applicable with a reason. The report can be made final only when
every topic is handled, independent client support was recorded and the melding date is known
(it starts the six-week term); the check also asks that every life domain was handled.

The hint helper reads the domain answers and suggests topics that were probably covered. It is
a suggestion only: the software suggests, the professional decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .conversation import Conversation
from .problems import Problem


class Topic(StrEnum):
    """The topics of the investigation, in the order of the law (art. 2.3.2 lid 4)."""

    NEEDS = "needs"  # the resident's needs, characteristics and preferences
    OWN_STRENGTH = "own_strength"  # own strength and usual help from housemates
    INFORMAL_CARE_NETWORK = "informal_care_network"  # informal care and the social network
    CARER_SUPPORT = "carer_support"  # support the informal carer needs
    GENERAL_FACILITIES = "general_facilities"  # general facilities and social activities
    HEALTH_CARE = "health_care"  # coordination with health care


class TopicState(StrEnum):
    OPEN = "open"
    COVERED = "covered"
    NOT_APPLICABLE = "not_applicable"


@dataclass
class TopicRecord:
    """What the professional recorded about one topic; a reason is required when it does
    not apply (the resident must be able to read why it was left out)."""

    state: TopicState = TopicState.OPEN
    note: str = ""
    reason: str = ""


def validate_topic(topic: Topic, record: TopicRecord) -> list[Problem]:
    if record.state is TopicState.NOT_APPLICABLE and not record.reason.strip():
        return [Problem("topic_reason_missing", f"topics[{topic.value}].reason",
                        {"topic": topic.value})]
    return []


def final_check(conversation: Conversation, topics: dict[Topic, TopicRecord]) -> list[Problem]:
    """Everything that still stands in the way of making the report final (empty: ready).

    A topic missing from `topics` counts as open. Topic problems carry the topic key in
    `params["topic"]` so the interface can name it.
    """
    problems = []
    for topic in Topic:
        record = topics.get(topic, TopicRecord())
        if record.state is TopicState.OPEN:
            problems.append(Problem("topic_open", f"topics[{topic.value}]",
                                    {"topic": topic.value}))
        else:
            problems += validate_topic(topic, record)
    if conversation.client_support is None:
        problems.append(Problem("client_support_missing", "client_support"))
    if conversation.melding_date is None:
        problems.append(Problem("melding_date_missing", "melding_date"))
    unhandled = [a.label for a in conversation.assessments if a.discussed is None]
    if unhandled:
        problems.append(Problem("domains_not_handled", "assessments",
                                {"count": len(unhandled), "domains": ", ".join(unhandled)}))
    return problems


# Which discussed life domains (keys of the standard checklist) suggest a topic was covered.
# A municipal checklist without one of these keys simply gives no hint from it.
_DOMAIN_HINTS: dict[Topic, tuple[str, ...]] = {
    Topic.OWN_STRENGTH: ("household_relations",),
    Topic.INFORMAL_CARE_NETWORK: ("informal_care", "social_network"),
    Topic.CARER_SUPPORT: ("informal_care",),  # covers how heavy the care weighs on the carer
    Topic.GENERAL_FACILITIES: ("participation", "daytime_activity"),
    Topic.HEALTH_CARE: ("physical_health", "mental_health", "substance_use"),
}


def suggested_topics(conversation: Conversation) -> dict[Topic, list[str]]:
    """Topics that were probably covered, each with the labels of the discussed domains that
    suggest it (in checklist order). Only a hint for the interface; never sets a state.

    Besides the fixed mapping: the resident's needs and wishes were probably covered in any
    discussed domain where their own words or wishes were recorded, and their own strength
    in any discussed domain where strengths or help from self or network were recorded.
    """
    found: dict[Topic, list[str]] = {}
    for a in sorted(conversation.assessments, key=lambda item: item.position):
        if a.discussed is not True:
            continue
        topics = [t for t, keys in _DOMAIN_HINTS.items() if a.domain_key in keys]
        if a.own_words.strip() or a.wishes.strip():
            topics.append(Topic.NEEDS)
        if a.strengths.strip() or a.help_self or a.help_network:
            topics.append(Topic.OWN_STRENGTH)
        for topic in topics:
            labels = found.setdefault(topic, [])
            if a.label not in labels:
                labels.append(a.label)
    return {topic: found[topic] for topic in Topic if topic in found}
