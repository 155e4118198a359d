"""Route and plan (passend indicatieproces; afspraken): the route a conversation takes, the
agreements that follow, and the partner directory they are made with.

The software offers the choices; the professional makes them. Every write raises
ValidationFailed (input) or StoreError (the machine: disk full, read-only, busy).
"""

from __future__ import annotations

from pathlib import Path

from ..content.partners import PartnerDirectory, load_partners
from ..domain.plan import (
    Agreement,
    Partner,
    Route,
    normalized_agreement,
    normalized_partner,
    normalized_route,
    validate_agreement,
    validate_partner,
    validate_route,
)
from ..domain.problems import Problem, ValidationFailed
from ..store.connection import writing
from ..store.database import Database
from ..store.plan import PartnerRepository, PlanRepository
from .access_log import AccessLog, recorder


class PlanService:
    def __init__(self, db: Database, access_log: AccessLog | None = None) -> None:
        self._db = db
        self._plans = PlanRepository(db)
        self._partners = PartnerRepository(db)
        self._log = recorder(db, access_log)

    # -- route ---------------------------------------------------------------------------

    def route(self, conversation_id: int) -> Route:
        """The stored route, or an empty one (nothing chosen yet, the team stays involved)."""
        return self._plans.route(conversation_id) or Route()

    def save_route(self, conversation_id: int, route: Route) -> Route:
        """Validate and store the route; returns it as stored (text of unmade choices dropped)."""
        stored = normalized_route(route)
        problems = validate_route(stored)
        if problems:
            raise ValidationFailed(problems)
        with self._log.change(conversation_id=conversation_id) as change:
            self._plans.save_route(conversation_id, stored)
            change.fields(["route"])
        return stored

    # -- agreements ----------------------------------------------------------------------

    def agreements(self, conversation_id: int) -> list[Agreement]:
        return self._plans.agreements(conversation_id)

    def add_agreement(self, conversation_id: int, agreement: Agreement) -> Agreement:
        """Store a new agreement after the others; returns it with its id and position."""
        stored = self._checked(conversation_id, agreement)
        with self._log.change(conversation_id=conversation_id) as change:
            stored.id = self._plans.add_agreement(conversation_id, stored)
            change.fields([f"agreement.{stored.id}"])
        return stored

    def update_agreement(self, agreement: Agreement) -> Agreement:
        """Store a changed agreement; raises LookupError when it was removed meanwhile."""
        found = self._plans.agreement(int(agreement.id or 0)) if agreement.id else None
        if found is None:
            raise LookupError(f"agreement {agreement.id} does not exist")
        conversation_id, _ = found
        stored = self._checked(conversation_id, agreement)
        with self._log.change(conversation_id=conversation_id) as change:
            self._plans.update_agreement(conversation_id, stored)
            change.fields([f"agreement.{stored.id}"])
        return stored

    def remove_agreement(self, agreement_id: int) -> None:
        found = self._plans.agreement(agreement_id)
        if found is None:
            return  # removed meanwhile: nothing to write, nothing to log
        with self._log.change(conversation_id=found[0]) as change:
            self._plans.remove_agreement(agreement_id)
            change.fields([f"agreement.{agreement_id}.removed"])

    def _checked(self, conversation_id: int, agreement: Agreement) -> Agreement:
        stored = normalized_agreement(agreement)
        problems = validate_agreement(stored, self._plans.domain_keys(conversation_id))
        if stored.partner_id is not None and self._partners.get(stored.partner_id) is None:
            problems.append(Problem("agreement_partner_unknown", "partner_id"))
        if problems:
            raise ValidationFailed(problems)
        return stored

    # -- partner directory ---------------------------------------------------------------

    def partners(self, include_inactive: bool = False) -> list[Partner]:
        """The directory, by name; deactivated partners only when asked for."""
        return self._partners.partners(include_inactive)

    def partner(self, partner_id: int) -> Partner | None:
        return self._partners.get(partner_id)

    def save_partner(self, partner: Partner) -> Partner:
        """Add (no id) or change a partner; deactivate one by saving it with active=False."""
        stored = normalized_partner(partner)
        problems = validate_partner(stored)
        if problems:
            raise ValidationFailed(problems)
        with writing(self._db):
            if stored.id is None:
                stored.id = self._partners.add(stored)
            else:
                self._partners.update(stored)
        return stored

    def prefill_partners(self, path: Path) -> int:
        """Add the organisations of a partner file the directory does not know yet (by name);
        never changes or removes an entry. Returns how many were added; raises ContentError
        when the file cannot be used."""
        return self.prefill_from(load_partners(path))

    def prefill_from(self, directory: PartnerDirectory) -> int:
        """As `prefill_partners`, for a partner file already read."""
        with writing(self._db):
            return self._partners.prefill(directory.partners)
