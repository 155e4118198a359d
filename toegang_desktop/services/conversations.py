"""Holding a broad-view conversation: starting it and saving what is recorded."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from datetime import date

from ..content.checklist import Checklist
from ..domain.access_log import AccessAction
from ..domain.conversation import (
    Conversation,
    DomainAssessment,
    validate_assessment,
    validate_conversation_header,
    validate_weighing,
)
from ..domain.problems import ValidationFailed
from ..domain.text import clean_text
from ..store.conversations import ConversationRepository
from ..store.database import Database
from .access_log import AccessLog, recorder

# The header fields a change is logged by (their names, never their values).
_HEADER_FIELDS = (
    "held_on", "place", "melding_date", "question", "participants", "markers",
    "resident_recognises", "resident_view", "client_support", "client_support_date",
    "application_date", "decision_date", "finalised_on",
)


def changed_header_fields(before: Conversation | None, after: Conversation) -> list[str]:
    if before is None:
        return list(_HEADER_FIELDS)
    return [n for n in _HEADER_FIELDS if getattr(before, n) != getattr(after, n)]


def changed_assessment_fields(before: DomainAssessment | None,
                              after: DomainAssessment) -> list[str]:
    """'finances.own_words' for each field of the domain that differs."""
    names = [f.name for f in fields(DomainAssessment) if f.name not in ("domain_key", "position")]
    if before is not None:
        names = [n for n in names if getattr(before, n) != getattr(after, n)]
    return [f"{after.domain_key}.{n}" for n in names]


class ConversationService:
    def __init__(
        self, db: Database, checklist: Checklist, today: Callable[[], date] = date.today,
        access_log: AccessLog | None = None,
    ) -> None:
        self._db = db
        self._repo = ConversationRepository(db)
        self.checklist = checklist
        self._today = today
        self._log = recorder(db, access_log)

    def start(self, conversation: Conversation) -> Conversation:
        """Store a new conversation with an empty assessment for each domain of the checklist."""
        conversation.question = clean_text(conversation.question)
        problems = validate_conversation_header(conversation, self._today())
        if problems:
            raise ValidationFailed(problems)
        conversation.checklist_id = self.checklist.id
        conversation.checklist_version = self.checklist.version
        conversation.assessments = [
            DomainAssessment(domain_key=d.key, label=d.label, position=i)
            for i, d in enumerate(self.checklist.domains)
        ]
        with self._log.change(conversation.resident_id) as change:
            conversation.id = change.conversation_id = self._repo.add(conversation)
            change.line(AccessAction.CREATE, "conversation")
        return conversation

    def update_header(self, conversation: Conversation) -> None:
        problems = validate_conversation_header(conversation, self._today())
        problems += validate_weighing(conversation, self._today())
        if problems:
            raise ValidationFailed(problems)
        before = self._repo.get(conversation.id) if conversation.id else None
        with self._log.change(conversation.resident_id, conversation.id) as change:
            self._repo.update_header(conversation)
            change.fields(changed_header_fields(before, conversation))

    def save_assessment(self, conversation_id: int, assessment: DomainAssessment) -> None:
        """Raises StoreError when the store cannot be written (disk full, read-only, busy)."""
        problems = validate_assessment(assessment)
        if problems:
            raise ValidationFailed(problems)
        before = self._repo.assessment(conversation_id, assessment.domain_key)
        with self._log.change(conversation_id=conversation_id) as change:
            self._repo.save_assessment(conversation_id, assessment)
            change.fields(changed_assessment_fields(before, assessment))

    def load(self, conversation_id: int) -> Conversation | None:
        return self._repo.get(conversation_id)

    def open(self, conversation_id: int) -> Conversation | None:
        """The conversation, for showing it: the look is logged."""
        conversation = self._repo.get(conversation_id)
        if conversation is not None:
            self._log.viewed(conversation.resident_id, conversation_id)
        return conversation

    def previous(self, conversation: Conversation) -> Conversation | None:
        """The conversation before this one with the same resident, or None for a first one."""
        previous_id = self._repo.previous_id(conversation)
        return self._repo.get(previous_id) if previous_id is not None else None
