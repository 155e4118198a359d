"""The investigation's topics in a real migrated store, and making the report final."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest

from toegang_desktop.content.checklist import Checklist
from toegang_desktop.domain.conversation import ClientSupport, Conversation, Place
from toegang_desktop.domain.investigation import Topic, TopicRecord, TopicState
from toegang_desktop.domain.legal_clock import DeadlineKind, DeadlineState, deadlines
from toegang_desktop.domain.problems import ValidationFailed
from toegang_desktop.domain.resident import Resident
from toegang_desktop.services.content import active_checklist
from toegang_desktop.services.conversations import ConversationService
from toegang_desktop.services.dossiers import DossierService
from toegang_desktop.services.investigation import InvestigationService
from toegang_desktop.store.database import Database
from toegang_desktop.store.driver import dbapi
from toegang_desktop.store.investigation import InvestigationRepository

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def checklist() -> Checklist:
    return active_checklist(None)[0]


@pytest.fixture
def talks(db: Database, checklist: Checklist) -> ConversationService:
    return ConversationService(db, checklist, today=lambda: TODAY)


@pytest.fixture
def service(db: Database, talks: ConversationService) -> InvestigationService:
    return InvestigationService(db, talks)


@pytest.fixture
def conversation(db: Database, talks: ConversationService) -> Conversation:
    resident_id = DossierService(db, today=lambda: TODAY).register(
        Resident(first_names="Zoë", surname="Testpersoon", date_of_birth=date(1950, 2, 3)))
    return talks.start(Conversation(
        resident_id=resident_id, held_on=TODAY - timedelta(days=2), place=Place.HOME,
        checklist_id="", checklist_version="", melding_date=TODAY - timedelta(days=20)))


def _complete(service: InvestigationService, talks: ConversationService, c: Conversation) -> None:
    """Every topic handled, client support recorded, every domain handled."""
    cid = int(c.id or 0)
    for topic in Topic:
        service.save_topic(cid, topic, TopicRecord(TopicState.COVERED, note="Besproken."))
    service.save_topic(cid, Topic.CARER_SUPPORT,
                       TopicRecord(TopicState.NOT_APPLICABLE, reason="Geen mantelzorger."))
    c.client_support, c.client_support_date = ClientSupport.ACCEPTED, TODAY
    talks.update_header(c)
    for assessment in c.assessments:
        assessment.discussed = assessment.domain_key != "justice"
        talks.save_assessment(cid, assessment)


def _snapshot(db: Database) -> list[Any]:
    return [db.execute("SELECT * FROM conversations").fetchall(),
            db.execute("SELECT * FROM investigation_topics ORDER BY topic").fetchall()]


# -- repository -----------------------------------------------------------------------------


def test_all_six_topics_are_open_until_recorded(db: Database, conversation: Conversation) -> None:
    topics = InvestigationRepository(db).topics(int(conversation.id or 0))

    assert list(topics) == list(Topic)
    assert all(record == TopicRecord() for record in topics.values())


def test_topics_round_trip(db: Database, conversation: Conversation) -> None:
    repo, cid = InvestigationRepository(db), int(conversation.id or 0)
    covered = TopicRecord(TopicState.COVERED, note="Wil zelf blijven koken; Şükrü helpt.")
    skipped = TopicRecord(TopicState.NOT_APPLICABLE, reason="Geen mantelzorger in beeld.")
    repo.save_topic(cid, Topic.NEEDS, covered)
    repo.save_topic(cid, Topic.CARER_SUPPORT, skipped)
    repo.save_topic(cid, Topic.NEEDS, replace(covered, note="Aangepast."))  # replaces

    topics = repo.topics(cid)

    assert topics[Topic.NEEDS] == replace(covered, note="Aangepast.")
    assert topics[Topic.CARER_SUPPORT] == skipped
    assert topics[Topic.HEALTH_CARE] == TopicRecord()
    assert db.execute("SELECT count(*) FROM investigation_topics").fetchone()[0] == 2


def test_schema_refuses_unknown_topic_and_reasonless_exception(
    db: Database, conversation: Conversation
) -> None:
    cid = conversation.id
    insert = ("INSERT INTO investigation_topics (conversation_id, topic, state, reason, updated_at)"
              " VALUES (?, ?, ?, ?, 'x')")
    with pytest.raises(dbapi.IntegrityError):
        db.execute(insert, [cid, "housing", "covered", ""])
    with pytest.raises(dbapi.IntegrityError):
        db.execute(insert, [cid, "needs", "not_applicable", "   "])
    with pytest.raises(dbapi.IntegrityError):
        db.execute(insert, [cid, "needs", "skipped", ""])


def test_topics_go_with_their_conversation(db: Database, conversation: Conversation) -> None:
    repo = InvestigationRepository(db)
    repo.save_topic(int(conversation.id or 0), Topic.NEEDS, TopicRecord(TopicState.COVERED))

    db.execute("DELETE FROM conversations WHERE id = ?", [conversation.id])

    assert db.execute("SELECT count(*) FROM investigation_topics").fetchone()[0] == 0


# -- service --------------------------------------------------------------------------------


def test_save_topic_requires_a_reason_when_not_applicable(
    db: Database, service: InvestigationService, conversation: Conversation
) -> None:
    with pytest.raises(ValidationFailed) as raised:
        service.save_topic(int(conversation.id or 0), Topic.HEALTH_CARE,
                           TopicRecord(TopicState.NOT_APPLICABLE, reason=" "))

    assert [(p.code, p.field) for p in raised.value.problems] == [
        ("topic_reason_missing", "topics[health_care].reason")]
    assert db.execute("SELECT count(*) FROM investigation_topics").fetchone()[0] == 0


def test_save_topic_trims_and_normalises_text(
    service: InvestigationService, conversation: Conversation
) -> None:
    cid = int(conversation.id or 0)
    service.save_topic(cid, Topic.NEEDS, TopicRecord(TopicState.COVERED, note="  Zoe\u0308 kookt. \n"))

    assert service.topics(cid)[Topic.NEEDS].note == "Zoë kookt."


def test_make_final_refuses_and_changes_nothing_when_something_is_missing(
    db: Database, service: InvestigationService, conversation: Conversation
) -> None:
    service.save_topic(int(conversation.id or 0), Topic.NEEDS, TopicRecord(TopicState.COVERED))
    before = _snapshot(db)

    with pytest.raises(ValidationFailed) as raised:
        service.make_final(conversation, TODAY)

    codes = [p.code for p in raised.value.problems]
    assert codes == ["topic_open"] * 5 + ["client_support_missing", "domains_not_handled"]
    assert conversation.finalised_on is None
    assert _snapshot(db) == before


def test_make_final_sets_today_and_stops_the_investigation_term(
    service: InvestigationService, talks: ConversationService, conversation: Conversation
) -> None:
    _complete(service, talks, conversation)

    service.make_final(conversation, TODAY)

    loaded = talks.load(int(conversation.id or 0))
    assert loaded is not None and loaded.finalised_on == TODAY == conversation.finalised_on
    term = next(d for d in deadlines(loaded.melding_date, loaded.finalised_on, None, None, TODAY)
                if d.kind is DeadlineKind.INVESTIGATION)
    assert term.state is DeadlineState.DONE


def test_make_final_keeps_nothing_when_saving_the_header_fails(
    db: Database, service: InvestigationService, talks: ConversationService,
    conversation: Conversation
) -> None:
    _complete(service, talks, conversation)
    before = _snapshot(db)
    conversation.client_support_date = None  # the header itself cannot be saved like this

    with pytest.raises(ValidationFailed) as raised:
        service.make_final(conversation, TODAY)

    assert [p.code for p in raised.value.problems] == ["client_support_date_missing"]
    assert conversation.finalised_on is None
    assert _snapshot(db) == before


def test_final_report_locks_topics_until_reopened(
    service: InvestigationService, talks: ConversationService, conversation: Conversation
) -> None:
    _complete(service, talks, conversation)
    service.make_final(conversation, TODAY)
    cid = int(conversation.id or 0)
    service.make_final(conversation, TODAY + timedelta(days=1))  # final already: keeps its date
    assert conversation.finalised_on == TODAY

    with pytest.raises(ValidationFailed) as raised:
        service.save_topic(cid, Topic.NEEDS, TopicRecord(TopicState.OPEN))
    assert [p.code for p in raised.value.problems] == ["report_final"]

    service.reopen(conversation)

    loaded = talks.load(cid)
    assert loaded is not None and loaded.finalised_on is None
    service.save_topic(cid, Topic.NEEDS, TopicRecord(TopicState.OPEN))
    assert service.topics(cid)[Topic.NEEDS].state is TopicState.OPEN
