"""Registering and finding residents: the dossier use cases."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from ..domain.caseload import CaseloadEntry, CaseloadSort
from ..domain.conversation import Conversation
from ..domain.problems import Problem, ValidationFailed
from ..domain.resident import Resident, normalized, validate_resident
from ..domain.search import query_terms
from ..store.connection import writing
from ..store.conversations import ConversationRepository
from ..store.database import Database
from ..store.residents import ResidentRepository


class DossierService:
    def __init__(self, db: Database, today: Callable[[], date] = date.today) -> None:
        self._db = db
        self._residents = ResidentRepository(db)
        self._conversations = ConversationRepository(db)
        self._today = today

    def register(self, resident: Resident) -> int:
        """Validate and store a new resident; raises ValidationFailed with every problem."""
        clean = self._checked(resident)
        with writing(self._db):
            return self._residents.add(clean)

    def update(self, resident: Resident) -> None:
        clean = self._checked(resident)
        with writing(self._db):
            self._residents.update(clean)

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

    def search(self, text: str, order: CaseloadSort, descending: bool = False) -> list[int]:
        """Ids of matching residents in display order; an empty text lists everyone."""
        return self._residents.search_ids(query_terms(text), order, descending)

    def caseload_entries(self, ids: list[int]) -> dict[int, CaseloadEntry]:
        return self._residents.caseload_entries(ids)

    def resident_count(self) -> int:
        return self._residents.count()

    def conversations(self, resident_id: int) -> list[Conversation]:
        """The resident's conversations, newest first."""
        found = (self._conversations.get(cid) for cid in
                 self._conversations.ids_for_resident(resident_id))
        return [c for c in found if c is not None]
