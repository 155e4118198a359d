"""A generated caseload for today's work (Vandaag): every kind of due item and its near-misses."""

from __future__ import annotations

from datetime import date, timedelta

from toegang_desktop.domain.conversation import (
    Conversation,
    Decision,
    Marker,
    Place,
    SignalDecision,
)
from toegang_desktop.domain.plan import Agreement, AgreementStatus, Owner, Route
from toegang_desktop.domain.resident import Resident
from toegang_desktop.store.conversations import ConversationRepository
from toegang_desktop.store.database import Database
from toegang_desktop.store.plan import PlanRepository
from toegang_desktop.store.residents import ResidentRepository

TODAY = date(2026, 11, 23)


_base = [TODAY]  # the day `fill` counts from


def days(n: int) -> date:
    return _base[0] + timedelta(days=n)


def add_conversation(db: Database, resident: str | int, held: int, final: int | None = -1,
                     **fields: object) -> int:
    """A conversation held `held` days from today (made final `final` days from it, None:
    not final) for a new resident named `resident`, or for the resident with that id."""
    if isinstance(resident, str):
        resident_id = ResidentRepository(db).add(
            Resident(first_names=resident, surname="Proef", date_of_birth=date(1970, 1, 1)))
    else:
        resident_id = resident
    conversation = Conversation(
        resident_id=resident_id, held_on=days(held), place=Place.HOME, checklist_id="c",
        checklist_version="1", finalised_on=None if final is None else days(final))
    for name, value in fields.items():
        setattr(conversation, name, value)
    return ConversationRepository(db).add(conversation)


def fill(db: Database, today: date = TODAY) -> set[tuple[str, str, str]]:
    """The caseload; returns the (kind, first name, detail) of exactly what is due on `today`."""
    _base[0] = today
    plan = PlanRepository(db)
    agreements = add_conversation(db, "Afspraak", held=-30, final=-20)
    for what, due, status in [
        ("te laat", -2, AgreementStatus.OPEN), ("vandaag", 0, AgreementStatus.IN_PROGRESS),
        ("morgen", 1, AgreementStatus.OPEN), ("klaar", -2, AgreementStatus.DONE),
        ("vervallen", -2, AgreementStatus.CANCELLED), ("zonder datum", None, AgreementStatus.OPEN),
    ]:
        plan.add_agreement(agreements, Agreement(
            what=what, owner=Owner.TEAM, status=status,
            due_date=None if due is None else days(due)))
    add_conversation(db, "Onderzoek", held=-40, final=None, melding_date=days(-38))  # in 4 days
    add_conversation(db, "Openstaand", held=-30, final=None, melding_date=days(-34))  # in 8 days
    add_conversation(db, "Besluit", held=-30, application_date=days(-20))  # 6 days late
    add_conversation(db, "Bijna", held=-30, application_date=days(-6))  # in 8 days
    add_conversation(db, "Beschikt", held=-30, application_date=days(-30),
                     decision_date=days(-20))
    plan.save_route(add_conversation(db, "Evaluatie", held=-100),
                    Route(evaluation_date=days(-1)))
    evaluated = add_conversation(db, "Geëvalueerd", held=-100)
    plan.save_route(evaluated, Route(evaluation_date=days(-10)))
    add_conversation(db, ConversationRepository(db).resident_of(evaluated) or 0, held=-5)
    plan.save_route(add_conversation(db, "Later", held=-100), Route(evaluation_date=days(8)))
    add_conversation(db, "Signaal", held=-10, markers={Marker.DEMENTIA})
    add_conversation(db, "Gewogen", held=-10, markers={Marker.DEMENTIA}, decisions={
        "possible_dementia": SignalDecision("possible_dementia", "t", Decision.DISMISSED, "r")})
    add_conversation(db, "Recent", held=-3, markers={Marker.DEMENTIA})
    add_conversation(db, "Oud", held=-200, markers={Marker.DEMENTIA})
    superseded = add_conversation(db, "Vervangen", held=-20, markers={Marker.DEMENTIA})
    add_conversation(db, ConversationRepository(db).resident_of(superseded) or 0, held=-15)
    return {
        ("agreement", "Afspraak", "te laat"), ("agreement", "Afspraak", "vandaag"),
        ("legal_term", "Onderzoek", "investigation"), ("not_final", "Onderzoek", ""),
        ("not_final", "Openstaand", ""), ("legal_term", "Besluit", "decision"),
        ("evaluation", "Evaluatie", ""), ("signal", "Signaal", "dementia"),
    }
