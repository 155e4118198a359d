"""Recognition and acknowledgement: signals from the answers, and the professional's decisions."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..domain.conversation import Conversation, SignalDecision, validate_decision
from ..domain.problems import ValidationFailed
from ..domain.resident import HouseholdMember
from ..domain.rules import RuleSet, Signal
from ..store.database import Database
from ..store.recognition import RecognitionRepository
from .access_log import AccessLog, recorder


class RecognitionService:
    def __init__(self, db: Database, rules: RuleSet, access_log: AccessLog | None = None) -> None:
        self._db = db
        self._repo = RecognitionRepository(db)
        self.rules = rules
        self._log = recorder(db, access_log)

    def signals(self, conversation: Conversation, household: list[HouseholdMember]) -> list[Signal]:
        """The signals the current answers raise (computed, never stored)."""
        return self.rules.evaluate(conversation, household)

    def signals_report(self, conversation: Conversation,
                       household: list[HouseholdMember]) -> dict[str, Any]:
        """The signals with their evidence and decisions, as the JSON the command line prints."""
        from ..export.signals_json import signals_to_dict  # the command line's, not start-up's

        return signals_to_dict(conversation, self.rules, self.signals(conversation, household))

    def decide(self, conversation: Conversation, decision: SignalDecision) -> None:
        """Confirm or dismiss a signal; the reason is required. Updates the conversation too."""
        decision = replace(decision, reason=decision.reason.strip())
        problems = validate_decision(decision)
        if problems:
            raise ValidationFailed(problems)
        with self._log.change(conversation.resident_id, conversation.id) as change:
            self._repo.save_decision(int(conversation.id or 0), decision)
            change.fields([f"signal.{decision.rule_id}"])
        conversation.decisions[decision.rule_id] = decision

    def withdraw(self, conversation: Conversation, rule_id: str) -> None:
        """Take a decision back, so the signal is open again."""
        with self._log.change(conversation.resident_id, conversation.id) as change:
            self._repo.withdraw_decision(int(conversation.id or 0), rule_id)
            change.fields([f"signal.{rule_id}"])
        conversation.decisions.pop(rule_id, None)
