"""Holding a broad-view conversation: starting it and saving what is recorded."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from ..content.checklist import Checklist
from ..domain.conversation import (
    Conversation,
    DomainAssessment,
    validate_assessment,
    validate_conversation_header,
    validate_weighing,
)
from ..domain.problems import ValidationFailed
from ..domain.text import clean_text
from ..store.connection import writing
from ..store.conversations import ConversationRepository
from ..store.database import Database


class ConversationService:
    def __init__(
        self, db: Database, checklist: Checklist, today: Callable[[], date] = date.today
    ) -> None:
        self._db = db
        self._repo = ConversationRepository(db)
        self.checklist = checklist
        self._today = today

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
        with writing(self._db):
            conversation.id = self._repo.add(conversation)
        return conversation

    def update_header(self, conversation: Conversation) -> None:
        problems = validate_conversation_header(conversation, self._today())
        problems += validate_weighing(conversation, self._today())
        if problems:
            raise ValidationFailed(problems)
        with writing(self._db):
            self._repo.update_header(conversation)

    def save_assessment(self, conversation_id: int, assessment: DomainAssessment) -> None:
        """Raises StoreError when the store cannot be written (disk full, read-only, busy)."""
        problems = validate_assessment(assessment)
        if problems:
            raise ValidationFailed(problems)
        with writing(self._db):
            self._repo.save_assessment(conversation_id, assessment)

    def load(self, conversation_id: int) -> Conversation | None:
        return self._repo.get(conversation_id)

    def previous(self, conversation: Conversation) -> Conversation | None:
        """The conversation before this one with the same resident, or None for a first one."""
        previous_id = self._repo.previous_id(conversation)
        return self._repo.get(previous_id) if previous_id is not None else None
