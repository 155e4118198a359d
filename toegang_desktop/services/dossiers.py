"""Registering and finding residents: the dossier use cases."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from ..domain.access_log import AccessAction
from ..domain.caseload import CaseloadEntry, CaseloadSort
from ..domain.problems import Problem, ValidationFailed
from ..domain.resident import Resident, normalized, validate_resident
from ..domain.search import query_terms
from ..store.database import Database
from ..store.residents import ResidentRepository
from .access_log import AccessLog, recorder
from .rectification import corrections

if TYPE_CHECKING:
    from ..domain.conversation import Conversation
    from ..store.conversations import ConversationRepository
    from ..store.retention import RetentionRepository


class DossierService:
    def __init__(self, db: Database, today: Callable[[], date] = date.today,
                 access_log: AccessLog | None = None) -> None:
        self._db = db
        self._residents = ResidentRepository(db)
        self._today = today
        self._log = recorder(db, access_log)

    # The conversation and rectification tables are read once a dossier opens or changes; the
    # caseload at start-up does not load their code.
    @cached_property
    def _conversations(self) -> ConversationRepository:
        from ..store.conversations import ConversationRepository

        return ConversationRepository(self._db)

    @cached_property
    def _history(self) -> RetentionRepository:
        from ..store.retention import RetentionRepository

        return RetentionRepository(self._db)

    def register(self, resident: Resident) -> int:
        """Validate and store a new resident; raises ValidationFailed with every problem."""
        try:
            clean = self._checked(resident)
        except ValidationFailed:
            self._log.refused(AccessAction.CREATE)
            raise
        with self._log.change() as change:
            resident_id = change.resident_id = self._residents.add(clean)
            change.line(AccessAction.CREATE)
        return resident_id

    def update(self, resident: Resident) -> None:
        """Store corrected details; each corrected value is kept in the dossier's history
        (what it was, what it became, who, when) and logged by field name."""
        try:
            clean = self._checked(resident)
        except ValidationFailed:
            self._log.refused(AccessAction.CHANGE, resident.id)
            raise
        before = self._residents.get(clean.id) if clean.id is not None else None
        changes = corrections(before, clean) if before is not None else []
        with self._log.change(clean.id) as change:
            self._residents.update(clean)
            if changes and clean.id is not None:
                self._history.add_changes(clean.id, self._log.actor.user, changes)
            change.fields(name for name, _old, _new in changes)

    def open(self, resident_id: int) -> Resident | None:
        """The resident, for showing their dossier: the look is logged."""
        resident = self._residents.get(resident_id)
        if resident is not None:
            self._log.viewed(resident_id)
        return resident

    def _checked(self, resident: Resident) -> Resident:
        clean = normalized(resident)
        problems = validate_resident(clean, self._today())
        if clean.bsn and not problems:
            holder = self._residents.find_by_bsn(clean.bsn)
            if holder is not None and holder != clean.id:
                problems.append(Problem("bsn_duplicate", "bsn"))
        if problems:
            raise ValidationFailed(problems)
        return clean

    def resident(self, resident_id: int) -> Resident | None:
        return self._residents.get(resident_id)

    def search(self, text: str, order: CaseloadSort, descending: bool = False,
               logged: bool = True) -> list[int]:
        """Ids of matching residents in display order; an empty text lists everyone. A search
        with terms is logged (that it happened, never what was searched for); `logged=False`
        only re-reads a search already logged, after another program changed the data."""
        terms = query_terms(text)
        ids = self._residents.search_ids(terms, order, descending)
        if terms and logged:
            self._log.searched()
        return ids

    def caseload_head(self, limit: int) -> tuple[int, list[int]]:
        """The number of residents and the first `limit` ids in name order (not logged: the
        whole caseload is no search)."""
        return self._residents.head_in_name_order(limit)

    def caseload_entries(self, ids: list[int]) -> dict[int, CaseloadEntry]:
        return self._residents.caseload_entries(ids)

    def resident_count(self) -> int:
        return self._residents.count()

    def conversations(self, resident_id: int) -> list[Conversation]:
        """The resident's conversations, newest first."""
        found = (self._conversations.get(cid) for cid in
                 self._conversations.ids_for_resident(resident_id))
        return [c for c in found if c is not None]

    def listing(self) -> list[CaseloadEntry]:
        """Every resident's caseload line in name order, for a printed list (`list residents`):
        names and dates of everyone, so the look is logged as one view that names no resident."""
        ids = self._residents.search_ids([], CaseloadSort.NAME)
        entries = self._residents.caseload_entries(ids)
        self._log.listed()
        return [entries[i] for i in ids if i in entries]
