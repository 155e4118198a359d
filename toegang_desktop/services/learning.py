"""The learning loop (leerloop): record bottlenecks and neighbourhood signals, with the
personal-data check on every free text before anything is saved.

What the check finds is returned to the caller to show (PersonalDataFound); it is never
logged, not even its kind together with the text. The professional may confirm a finding as a
false alarm with a reason (`ConfirmedFalseAlarm`): the text is then saved, and the access log
records the kind of finding and the reason, never the text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from ..domain.learning import (
    BOTTLENECK_DOMAIN_MAX_LEVEL,
    Bottleneck,
    BottleneckCategory,
    Law,
    NeighbourhoodSignal,
    normalized_bottleneck,
    normalized_signal,
    validate_bottleneck,
    validate_signal,
)
from ..domain.personal_data import ConfirmedFalseAlarm, Finding, NameIndex, find_personal_data
from ..domain.plan import Connection
from ..domain.problems import Problem, ValidationFailed
from ..store.connection import writing
from ..store.database import Database
from ..store.learning import LearningRepository
from ..store.plan import PartnerRepository, PlanRepository
from .access_log import AccessAction, AccessLog, Change, recorder
from .conversations import ConversationService

# The route's connections that name a law: a bottleneck from a conversation starts with them.
_CONNECTION_LAWS = {
    Connection.WMO: Law.WMO, Connection.YOUTH_ACT: Law.YOUTH_ACT,
    Connection.WORK_INCOME: Law.PARTICIPATION_ACT, Connection.DEBT_HELP: Law.DEBT_HELP_ACT,
    Connection.CARE_OFFICE_WLZ: Law.LONG_TERM_CARE_ACT, Connection.GP: Law.HEALTH_INSURANCE_ACT,
    Connection.POH_GGZ: Law.HEALTH_INSURANCE_ACT,
}


def _changed(texts: dict[str, tuple[str, str | None]]) -> dict[str, str]:
    """The texts to check: new, or changed since they were saved. A text saved before was
    checked then (or its finding confirmed as a false alarm), so marking a bottleneck solved
    or changing its category does not ask again."""
    return {name: new for name, (new, old) in texts.items() if new != old}


class PersonalDataFound(Exception):
    """Free text holds what could identify a resident; nothing was saved. `found` pairs the
    field with each finding (show them to the professional; never log them)."""

    def __init__(self, found: list[tuple[str, Finding]]) -> None:
        super().__init__(", ".join(f"{name}: {f.kind.value}" for name, f in found))
        self.found = found


class LearningService:
    def __init__(self, db: Database, conversations: ConversationService,
                 today: Callable[[], date] = date.today,
                 access_log: AccessLog | None = None) -> None:
        self._db = db
        self._access_log = recorder(db, access_log)  # a linked bottleneck is about a dossier
        self._repo = LearningRepository(db)
        self._plans = PlanRepository(db)
        self._partners = PartnerRepository(db)
        self._conversations = conversations
        self._today = today
        self._names: tuple[tuple[int, str], NameIndex] | None = None

    # -- the personal-data check -----------------------------------------------------------

    def name_index(self) -> NameIndex:
        """The residents' name tokens, rebuilt only after residents changed."""
        version = self._repo.names_version()
        if self._names is None or self._names[0] != version:
            self._names = (version, self._repo.name_index())
        return self._names[1]

    def check(self, texts: dict[str, str]) -> list[tuple[str, Finding]]:
        """Every finding in the given fields (field name -> text)."""
        names = self.name_index()
        return [(name, finding) for name, text in texts.items()
                for finding in find_personal_data(text, names, self._today())]

    def _ensure_clean(self, texts: dict[str, str], confirmed: Sequence[ConfirmedFalseAlarm]
                      ) -> list[ConfirmedFalseAlarm]:
        """Raises PersonalDataFound for what the professional has not confirmed as a false
        alarm; returns the confirmations that were needed (to log once saved)."""
        found, used = [], []
        for name, finding in self.check(texts):
            confirmation = next((c for c in confirmed if c.covers(name, finding)), None)
            if confirmation is None:
                found.append((name, finding))
            elif confirmation not in used:
                used.append(confirmation)
        if found:
            raise PersonalDataFound(found)
        return used

    # -- bottlenecks -----------------------------------------------------------------------

    def bottlenecks(self) -> list[Bottleneck]:
        return self._repo.bottlenecks()

    def bottleneck(self, bottleneck_id: int) -> Bottleneck | None:
        return self._repo.bottleneck(bottleneck_id)

    def bottlenecks_of(self, conversation_id: int) -> list[Bottleneck]:
        return self._repo.bottlenecks(conversation_id)

    def save_bottleneck(self, bottleneck: Bottleneck,
                        confirmed: Sequence[ConfirmedFalseAlarm] = ()) -> Bottleneck:
        """Validate, check for personal data (except the `confirmed` false alarms), store;
        returns it as stored (with its id). Raises ValidationFailed, PersonalDataFound
        (nothing saved) or StoreError."""
        stored = normalized_bottleneck(bottleneck)
        problems = validate_bottleneck(stored, self._today())
        partner = self._partners.get(stored.partner_id) if stored.partner_id is not None else None
        if stored.partner_id is not None and partner is None:
            problems.append(Problem("agreement_partner_unknown", "partner_id"))
        if problems:
            raise ValidationFailed(problems)
        before = self._repo.bottleneck(stored.id) if stored.id is not None else None
        # The partner's name is printed in the period report too (bottlenecks per partner).
        partner_name = partner.organisation if partner is not None else ""
        before_partner = (before.partner_id if before is not None else None) == stored.partner_id
        used = self._ensure_clean(_changed({
            "what_happened": (stored.what_happened, before.what_happened if before else None),
            "what_would_help": (stored.what_would_help,
                                before.what_would_help if before else None),
            "partner_id": (partner_name, partner_name if before_partner else None)}),
            confirmed)
        with self._access_log.change(conversation_id=stored.conversation_id) as change:
            stored.id = self._repo.save_bottleneck(stored)
            if stored.conversation_id is not None:  # unlinked, it is about no dossier
                change.fields(["bottleneck"])
            _declare_false_alarms(change, used)
        return stored

    def mark_solved(self, bottleneck_id: int, solved_on: date | None) -> Bottleneck:
        """Mark as solved on a day, or as not solved (None)."""
        found = self._repo.bottleneck(bottleneck_id)
        if found is None:
            raise LookupError(f"bottleneck {bottleneck_id} does not exist")
        return self.save_bottleneck(replace(found, solved_on=solved_on))

    def remove_bottleneck(self, bottleneck_id: int) -> None:
        found = self._repo.bottleneck(bottleneck_id)
        linked = found.conversation_id if found is not None else None
        with self._access_log.change(conversation_id=linked) as change:
            self._repo.remove_bottleneck(bottleneck_id)
            if linked is not None:  # unlinked, it is about no dossier
                change.fields(["bottleneck.removed"])

    def draft_from_conversation(self, conversation_id: int) -> Bottleneck:
        """A new bottleneck pre-filled from a conversation's escalation: its note, the domains
        of concern, the laws its route connects to, and the conversation's date."""
        conversation = self._conversations.load(conversation_id)
        if conversation is None:
            raise LookupError(f"conversation {conversation_id} does not exist")
        if conversation.resident_id is not None:
            self._access_log.viewed(conversation.resident_id, conversation_id)
        route = self._plans.route(conversation_id)
        domains = [a.domain_key for a in sorted(conversation.assessments, key=lambda a: a.position)
                   if a.discussed is not False and a.level is not None
                   and a.level <= BOTTLENECK_DOMAIN_MAX_LEVEL]
        laws = {_CONNECTION_LAWS[c] for c in (route.connections if route else set())
                if c in _CONNECTION_LAWS}
        return Bottleneck(
            category=BottleneckCategory.BLOCKING_RULE,
            what_happened=route.escalation_note if route is not None else "",
            occurred_on=min(conversation.held_on, self._today()), domain_keys=domains, laws=laws,
            conversation_id=conversation_id)

    # -- neighbourhood signals -------------------------------------------------------------

    def signals(self) -> list[NeighbourhoodSignal]:
        return self._repo.signals()

    def save_signal(self, signal: NeighbourhoodSignal,
                    confirmed: Sequence[ConfirmedFalseAlarm] = ()) -> NeighbourhoodSignal:
        """As save_bottleneck: the area and the description are both checked (both reach the
        period report: the area by name)."""
        stored = normalized_signal(signal)
        problems = validate_signal(stored, self._today())
        if problems:
            raise ValidationFailed(problems)
        before = self._repo.signal(stored.id) if stored.id is not None else None
        used = self._ensure_clean(_changed({
            "area": (stored.area, before.area if before else None),
            "description": (stored.description, before.description if before else None)}),
            confirmed)
        # A signal is about no dossier (no change line), but a confirmed false alarm is logged,
        # in the save's transaction.
        with writing(self._db), self._db.atomic():
            stored.id = self._repo.save_signal(stored)
            for confirmation in used:
                self._access_log.record(AccessAction.CHANGE, detail=confirmation.log_detail)
        return stored

    def remove_signal(self, signal_id: int) -> None:
        with writing(self._db):
            self._repo.remove_signal(signal_id)


def _declare_false_alarms(change: Change, used: Sequence[ConfirmedFalseAlarm]) -> None:
    """The professional's word that a finding is no personal data, logged with the save it
    allowed (the kind and the reason, never the text)."""
    for confirmation in used:
        change.line(AccessAction.CHANGE, confirmation.log_detail)
