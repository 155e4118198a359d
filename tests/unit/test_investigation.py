"""The investigation's final check and the hints from the domain answers (pure, no store)."""

from __future__ import annotations

from datetime import date

import pytest

from toegang_desktop.domain.conversation import ClientSupport, Conversation, DomainAssessment, Place
from toegang_desktop.domain.investigation import (
    Topic,
    TopicRecord,
    TopicState,
    final_check,
    suggested_topics,
    validate_topic,
)

KEYS = ("finances", "household_relations", "mental_health", "physical_health", "social_network",
        "participation", "informal_care")
LABELS = {"finances": "Financiën", "household_relations": "Huiselijke relaties",
          "mental_health": "Geestelijke gezondheid", "physical_health": "Lichamelijke gezondheid",
          "social_network": "Sociaal netwerk", "participation": "Meedoen",
          "informal_care": "Mantelzorg"}


def _conversation(**changes: object) -> Conversation:
    conversation = Conversation(
        resident_id=1, held_on=date(2026, 11, 20), place=Place.HOME, checklist_id="standaard",
        checklist_version="1", melding_date=date(2026, 11, 2),
        client_support=ClientSupport.DECLINED, client_support_date=date(2026, 11, 20),
        assessments=[DomainAssessment(key, LABELS[key], i, discussed=True)
                     for i, key in enumerate(KEYS)])
    for name, value in changes.items():
        setattr(conversation, name, value)
    return conversation


def _complete_topics() -> dict[Topic, TopicRecord]:
    topics = {topic: TopicRecord(TopicState.COVERED) for topic in Topic}
    topics[Topic.CARER_SUPPORT] = TopicRecord(TopicState.NOT_APPLICABLE,
                                              reason="Geen mantelzorger in beeld.")
    return topics


def _codes(problems: list) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return [(p.code, p.field) for p in problems]


def test_complete_investigation_passes() -> None:
    assert final_check(_conversation(), _complete_topics()) == []


def test_domain_marked_not_discussed_counts_as_handled() -> None:
    conversation = _conversation()
    conversation.assessments[0].discussed = False

    assert final_check(conversation, _complete_topics()) == []


@pytest.mark.parametrize("topic", list(Topic))
def test_each_open_topic_is_reported_with_its_key(topic: Topic) -> None:
    topics = _complete_topics()
    topics[topic] = TopicRecord(TopicState.OPEN, note="nog navragen")

    problems = final_check(_conversation(), topics)

    assert _codes(problems) == [("topic_open", f"topics[{topic.value}]")]
    assert problems[0].params == {"topic": topic.value}


def test_missing_topics_count_as_open() -> None:
    problems = final_check(_conversation(), {})

    assert [p.params["topic"] for p in problems] == [t.value for t in Topic]


def test_not_applicable_needs_a_reason() -> None:
    topics = _complete_topics()
    topics[Topic.HEALTH_CARE] = TopicRecord(TopicState.NOT_APPLICABLE, reason="  \n ")

    assert _codes(final_check(_conversation(), topics)) == [
        ("topic_reason_missing", "topics[health_care].reason")]
    assert validate_topic(Topic.HEALTH_CARE, topics[Topic.HEALTH_CARE])
    assert not validate_topic(Topic.HEALTH_CARE, TopicRecord(TopicState.OPEN))


def test_missing_client_support_is_reported() -> None:
    problems = final_check(_conversation(client_support=None), _complete_topics())

    assert _codes(problems) == [("client_support_missing", "client_support")]


def test_missing_melding_date_is_reported() -> None:
    problems = final_check(_conversation(melding_date=None), _complete_topics())

    assert _codes(problems) == [("melding_date_missing", "melding_date")]


def test_unhandled_domains_are_reported_by_name_in_one_problem() -> None:
    conversation = _conversation()
    conversation.assessments[0].discussed = None
    conversation.assessments[6].discussed = None

    problems = final_check(conversation, _complete_topics())

    assert _codes(problems) == [("domains_not_handled", "assessments")]
    assert problems[0].params == {"count": 2, "domains": "Financiën, Mantelzorg"}


def test_everything_missing_is_reported_at_once() -> None:
    conversation = _conversation(client_support=None, melding_date=None)
    conversation.assessments[0].discussed = None

    codes = [p.code for p in final_check(conversation, {})]

    assert codes == ["topic_open"] * 6 + [
        "client_support_missing", "melding_date_missing", "domains_not_handled"]


# -- hints ------------------------------------------------------------------------------------


def test_no_hints_when_nothing_was_discussed() -> None:
    conversation = _conversation()
    for assessment in conversation.assessments:
        assessment.discussed = None

    assert suggested_topics(conversation) == {}


def test_hints_name_the_discussed_domains_in_checklist_order() -> None:
    hints = suggested_topics(_conversation())

    assert hints == {
        Topic.OWN_STRENGTH: ["Huiselijke relaties"],
        Topic.INFORMAL_CARE_NETWORK: ["Sociaal netwerk", "Mantelzorg"],
        Topic.CARER_SUPPORT: ["Mantelzorg"],
        Topic.GENERAL_FACILITIES: ["Meedoen"],
        Topic.HEALTH_CARE: ["Geestelijke gezondheid", "Lichamelijke gezondheid"],
    }
    assert list(hints) == [t for t in Topic if t in hints]  # in the order of the law


def test_informal_care_alone_suggests_informal_care_and_carer_support() -> None:
    conversation = _conversation()
    for assessment in conversation.assessments:
        assessment.discussed = assessment.domain_key == "informal_care"

    assert suggested_topics(conversation) == {
        Topic.INFORMAL_CARE_NETWORK: ["Mantelzorg"], Topic.CARER_SUPPORT: ["Mantelzorg"]}


def test_domains_marked_not_discussed_give_no_hint() -> None:
    conversation = _conversation()
    for assessment in conversation.assessments:
        assessment.discussed = False

    assert suggested_topics(conversation) == {}


def test_wishes_and_strengths_recorded_suggest_needs_and_own_strength() -> None:
    conversation = _conversation()
    finances = conversation.assessment("finances")
    finances.wishes = "Rustig aflossen"
    finances.help_network = True

    hints = suggested_topics(conversation)

    assert hints[Topic.NEEDS] == ["Financiën"]
    assert hints[Topic.OWN_STRENGTH] == ["Financiën", "Huiselijke relaties"]

