"""Completing the investigation (onderzoek) and making the conversation report final."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..domain.conversation import Conversation
from ..domain.investigation import Topic, TopicRecord, final_check, suggested_topics, validate_topic
from ..domain.problems import Problem, ValidationFailed
from ..domain.text import clean_text
from ..store.database import Database
from ..store.investigation import InvestigationRepository
from .access_log import AccessLog, recorder
from .conversations import ConversationService


class InvestigationService:
    def __init__(self, db: Database, conversations: ConversationService,
                 access_log: AccessLog | None = None) -> None:
        self._db = db
        self._repo = InvestigationRepository(db)
        self._conversations = conversations
        self._log = recorder(db, access_log)

    def topics(self, conversation_id: int) -> dict[Topic, TopicRecord]:
        """All six topics in the order of the law; open when nothing was recorded yet."""
        return self._repo.topics(conversation_id)

    def save_topic(self, conversation_id: int, topic: Topic, record: TopicRecord) -> None:
        """Store what was recorded about one topic. Raises ValidationFailed when a topic that
        does not apply has no reason, or when the report is final (reopen it first), and
        StoreError when the store cannot be written."""
        record = replace(record, note=clean_text(record.note), reason=clean_text(record.reason))
        problems = validate_topic(topic, record)
        conversation = self._conversations.load(conversation_id)
        if conversation is not None and conversation.finalised_on is not None:
            problems.append(Problem("report_final", f"topics[{topic.value}]", {"topic": topic.value}))
        if problems:
            raise ValidationFailed(problems)
        with self._log.change(conversation_id=conversation_id) as change:
            self._repo.save_topic(conversation_id, topic, record)
            change.fields([f"topic.{topic.value}"])

    def suggestions(self, conversation: Conversation) -> dict[Topic, list[str]]:
        """Topics probably covered, with the discussed domains that suggest them (a hint)."""
        return suggested_topics(conversation)

    def check(self, conversation: Conversation) -> list[Problem]:
        """What still stands in the way of making the report final (empty: ready)."""
        return final_check(conversation, self.topics(int(conversation.id or 0)))

    def make_final(self, conversation: Conversation, today: date) -> None:
        """Make the report final on `today`, which stops the investigation's six-week term.

        When anything is missing, raises ValidationFailed with every problem and changes
        nothing, neither in the store nor in `conversation`. A report that is final already
        keeps its date.
        """
        if conversation.finalised_on is not None:
            return
        problems = self.check(conversation)
        if problems:
            raise ValidationFailed(problems)
        self._save_finalised(conversation, today)

    def reopen(self, conversation: Conversation) -> None:
        """Take the report back into work: the investigation's term runs again."""
        if conversation.finalised_on is not None:
            self._save_finalised(conversation, None)

    def _save_finalised(self, conversation: Conversation, value: date | None) -> None:
        """Set finalised_on and save the header; on any failure the object is left as it was."""
        previous = conversation.finalised_on
        conversation.finalised_on = value
        try:
            self._conversations.update_header(conversation)
        except BaseException:
            conversation.finalised_on = previous
            raise
