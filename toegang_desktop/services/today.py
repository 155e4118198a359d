"""Today's work (Vandaag): what is due across the whole caseload, gathered in one go.

Signals are computed from the answers, never stored, so "signals not yet weighed" runs the
rules per conversation; to stay fast it looks only at each resident's newest conversation (a
later one asks the same questions again), and only when it was held between a week and six
months ago (SIGNAL_WINDOW_DAYS): an older one is long past its weighing.
"""

from __future__ import annotations

from datetime import date, timedelta

from ..domain.legal_clock import DeadlineKind, DeadlineState, deadlines
from ..domain.resident import Resident
from ..domain.rules import RuleSet
from ..domain.today import (
    SIGNAL_WAIT_DAYS,
    SIGNAL_WINDOW_DAYS,
    TodayItem,
    TodayKind,
    sorted_items,
)
from ..store.conversations import ConversationRepository
from ..store.database import Database
from ..store.residents import ResidentRepository
from ..store.today import TodayRepository

_DUE = (DeadlineState.DUE_SOON, DeadlineState.OVERDUE)
# The personal-plan term is the resident's (they may hand in a plan), not work for the
# professional, so it is not listed.
_PROFESSIONALS_TERMS = (DeadlineKind.INVESTIGATION, DeadlineKind.DECISION)


class TodayService:
    def __init__(self, db: Database, rules: RuleSet) -> None:
        self._repo = TodayRepository(db)
        self._conversations = ConversationRepository(db)
        self._residents = ResidentRepository(db)
        self._rules = rules

    def items(self, today: date) -> list[TodayItem]:
        """Everything due on `today`, late or urgent first."""
        found = [TodayItem(TodayKind.AGREEMENT, rid, name, cid, due, what)
                 for rid, name, cid, due, what in self._repo.open_agreements_due(today)]
        for rid, name, cid, held_on, dates in self._repo.conversation_dates():
            found += [TodayItem(TodayKind.LEGAL_TERM, rid, name, cid, term.due, term.kind.value)
                      for term in deadlines(today=today, **dates)
                      if term.state in _DUE and term.kind in _PROFESSIONALS_TERMS]
            if dates["finalised_on"] is None:
                found.append(TodayItem(TodayKind.NOT_FINAL, rid, name, cid, held_on, ""))
        found += [TodayItem(TodayKind.EVALUATION, rid, name, cid, due, "")
                  for rid, name, cid, due in self._repo.evaluations_due(today)]
        found += self._signals_not_weighed(today)
        return sorted_items(found)

    def _signals_not_weighed(self, today: date) -> list[TodayItem]:
        residents: dict[int, Resident | None] = {}
        found = []
        for cid in self._repo.newest_conversations_held_between(
                today - timedelta(days=SIGNAL_WINDOW_DAYS), today - timedelta(days=SIGNAL_WAIT_DAYS)):
            conversation = self._conversations.get(cid)
            if conversation is None:
                continue
            rid = conversation.resident_id
            if rid not in residents:
                residents[rid] = self._residents.get(rid)
            resident = residents[rid]
            if resident is None:
                continue
            found += [TodayItem(TodayKind.SIGNAL, rid, resident.name, cid, conversation.held_on,
                                signal.title)
                      for signal in self._rules.evaluate(conversation, resident.household)
                      if signal.rule_id not in conversation.decisions]
        return found
