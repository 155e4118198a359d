"""The dossier at a glance: what runs now, gathered in one read so that opening a dossier is one
logged look and the page runs no SQL (issue 18)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..content.checklist import Checklist
from ..domain.conversation import Conversation
from ..domain.journal import Journal
from ..domain.legal_clock import Deadline, DeadlineState, deadlines
from ..domain.plan import AgreementStatus, Owner, Route
from ..domain.resident import Resident
from ..domain.rules import RuleSet
from ..store.database import Database
from ..store.journal import JournalRepository
from ..store.plan import PartnerRepository, PlanRepository
from ..store.sync_state import TeamStore
from .access_log import AccessLog, recorder
from .dossiers import DossierService


@dataclass(frozen=True)
class OpenAgreement:
    what: str
    owner: Owner
    partner: str  # the organisation when a partner carries it, else ""
    due_date: date | None
    overdue: bool
    id: int | None = None


@dataclass(frozen=True)
class LevelRound:
    """One conversation's levels per life domain (None: not scored)."""

    held_on: date
    levels: dict[str, int | None]


@dataclass(frozen=True)
class DossierOverview:
    resident: Resident
    conversations: list[Conversation]  # newest first
    route: Route | None  # the newest conversation's plan, None without conversations
    agreements: list[OpenAgreement]  # still open, across the conversations, earliest due first
    next_term: Deadline | None  # the newest conversation's first term not yet met
    signals_to_weigh: list[str]  # titles of the newest conversation's undecided signals
    domains: list[tuple[str, str]]  # (key, label) in checklist order
    rounds: list[LevelRound]  # oldest first, for the chart
    journal: Journal = field(default_factory=Journal)  # newest contact first
    # Every agreement of the dossier by id (what a journal entry can name), newest
    # conversation first, in each conversation's order.
    agreement_names: dict[int, str] = field(default_factory=dict)
    # Held on this laptop only by broken glass: read only until the end of the day (issue 17).
    read_only: bool = False


class DossierOverviewService:
    def __init__(self, db: Database, dossiers: DossierService, checklist: Checklist,
                 rules: RuleSet, access_log: AccessLog | None = None) -> None:
        self._dossiers = dossiers
        self._plans = PlanRepository(db)
        self._journal = JournalRepository(db)
        self._partners = PartnerRepository(db)
        self._team = TeamStore(db)
        self._checklist = checklist
        self._rules = rules
        self._log = recorder(db, access_log)

    def overview(self, resident_id: int, today: date, logged: bool = True) -> DossierOverview | None:
        """Everything the dossier page shows on opening; the look is logged as one view.
        `logged=False` only when the caller has just logged this same look (the dossier's open)."""
        resident = self._dossiers.resident(resident_id)
        if resident is None:
            return None
        if logged:
            self._log.viewed(resident_id)
        conversations = self._dossiers.conversations(resident_id)
        newest = conversations[0] if conversations else None
        names: dict[int, str] = {}
        return DossierOverview(
            resident=resident,
            conversations=conversations,
            route=self._plans.route(newest.id) or Route() if newest and newest.id else None,
            agreements=self._open_agreements(conversations, today, names),
            next_term=_next_term(newest, today) if newest else None,
            signals_to_weigh=self._undecided(newest, resident) if newest else [],
            domains=[(d.key, d.label) for d in self._checklist.domains],
            rounds=[LevelRound(c.held_on, {a.domain_key: a.level for a in c.assessments})
                    for c in reversed(conversations)],
            journal=self._journal.for_resident(resident_id),
            agreement_names=names,
            read_only=self._team.held_by_glass(resident_id),
        )

    def _open_agreements(self, conversations: list[Conversation], today: date,
                         every: dict[int, str]) -> list[OpenAgreement]:
        """The open agreements; `every` is filled with all of them, by id."""
        found: list[OpenAgreement] = []
        names: dict[int, str] = {}
        for c in conversations:
            for a in self._plans.agreements(int(c.id or 0)):
                if a.id is not None:
                    every[a.id] = a.what
                if a.status is not AgreementStatus.OPEN:
                    continue
                partner = ""
                if a.partner_id is not None:
                    if a.partner_id not in names:
                        known = self._partners.get(a.partner_id)
                        names[a.partner_id] = known.organisation if known else ""
                    partner = names[a.partner_id]
                overdue = a.due_date is not None and a.due_date < today
                found.append(OpenAgreement(a.what, a.owner, partner, a.due_date, overdue, a.id))
        # Undated ones last: a date is what the professional acts on first.
        return sorted(found, key=lambda a: (a.due_date is None, a.due_date or today))

    def _undecided(self, conversation: Conversation, resident: Resident) -> list[str]:
        raised = self._rules.evaluate(conversation, resident.household)
        return [s.title for s in raised if s.rule_id not in conversation.decisions]


def _next_term(c: Conversation, today: date) -> Deadline | None:
    terms = deadlines(c.melding_date, c.finalised_on, c.application_date, c.decision_date, today)
    return next((t for t in terms if t.state is not DeadlineState.DONE), None)
