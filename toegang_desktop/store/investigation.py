"""The investigation's topics per conversation, as domain objects."""

from __future__ import annotations

from ..domain.investigation import Topic, TopicRecord, TopicState
from .clock import utc_now
from .database import Database


class InvestigationRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def topics(self, conversation_id: int) -> dict[Topic, TopicRecord]:
        """All six topics, in the order of the law; a topic without a row is open."""
        rows = self._db.execute(
            "SELECT topic, state, note, reason FROM investigation_topics WHERE conversation_id = ?",
            [conversation_id])
        stored = {Topic(topic): TopicRecord(TopicState(state), note, reason)
                  for topic, state, note, reason in rows}
        return {topic: stored.get(topic, TopicRecord()) for topic in Topic}

    def save_topic(self, conversation_id: int, topic: Topic, record: TopicRecord) -> None:
        now = utc_now()
        with self._db.atomic():
            self._db.execute(
                # An upsert, not INSERT OR REPLACE: the row keeps its identity (uuid).
                "INSERT INTO investigation_topics (conversation_id, topic, state, note,"
                " reason, updated_at) VALUES (?,?,?,?,?,?) ON CONFLICT (conversation_id, topic)"
                " DO UPDATE SET state = excluded.state, note = excluded.note,"
                " reason = excluded.reason, updated_at = excluded.updated_at",
                [conversation_id, topic.value, record.state.value, record.note, record.reason,
                 now])
            self._db.execute(
                "UPDATE conversations SET updated_at = ? WHERE id = ?", [now, conversation_id])
