"""Stores filled with fictional residents, conversations and learning-loop records, for the
period report tests. Built through the services (as the app does), from a seed."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from bench import people
from toegang_desktop.domain.conversation import Decision, SignalDecision
from toegang_desktop.domain.learning import (
    Bottleneck,
    BottleneckCategory,
    Law,
    NeighbourhoodSignal,
    SignalTheme,
)
from toegang_desktop.domain.plan import Connection, Route
from toegang_desktop.domain.resident import Resident
from toegang_desktop.paths import AppPaths
from toegang_desktop.services.learning import LearningService
from toegang_desktop.services.period_report import PeriodReportService
from toegang_desktop.services.session import Session, open_session

TODAY = date(2026, 11, 23)
QUARTER_START = date(2026, 7, 1)
AREAS = ("Oosterpark", "Centrum", "De Hoven", "Vogelwijk")
CLEAN_TEXTS = ("De wachtlijst voor beschermd wonen is lang.",
               "Regels van de Participatiewet en de Wmo sluiten niet op elkaar aan.",
               "Er is geen inloop voor jongeren in de wijk.")


@dataclass
class FilledStore:
    session: Session
    learning: LearningService
    report: PeriodReportService
    residents: list[Resident]


def services(session: Session) -> tuple[LearningService, PeriodReportService]:
    learning = LearningService(session.db, session.conversations, lambda: TODAY)
    report = PeriodReportService(session.db, session.conversations, session.dossiers,
                                 session.recognition, lambda: TODAY,
                                 protected=session.protected_files)
    return learning, report


def open_empty(folder: Path) -> Session:
    return open_session(AppPaths.in_folder(folder), False, None, None)


def fill(session: Session, seeds: list[int], residents: int = 30) -> FilledStore:
    """Fill the store with the data of each seed in turn; filling one store with seeds [a, b]
    holds exactly what two stores filled with [a] and [b] hold."""
    learning, report = services(session)
    made: list[Resident] = []
    for seed in seeds:
        made += _fill_one(session, learning, random.Random(seed), residents)
    return FilledStore(session, learning, report, made)


def _fill_one(session: Session, learning: LearningService, rng: random.Random,
              count: int) -> list[Resident]:
    made = []
    taken: set[str] = set()
    partners = session.plan.partners()
    for _ in range(count):
        resident = people.make_resident(rng, taken, TODAY)
        resident_id = session.dossiers.register(resident)
        made.append(resident)
        for _ in range(rng.randint(1, 2)):
            header = people.make_conversation(rng, resident_id, TODAY)
            header.held_on = QUARTER_START - timedelta(days=60) + timedelta(days=rng.randrange(150))
            header.melding_date = header.held_on - timedelta(days=rng.randrange(0, 20))
            conversation = session.conversations.start(header)
            assert conversation.id is not None
            for assessment in people.fill_assessments(rng, conversation.assessments):
                session.conversations.save_assessment(conversation.id, assessment)
            household = resident.household
            for signal in session.recognition.signals(conversation, household):
                if rng.random() < 0.7:
                    decision = Decision.CONFIRMED if rng.random() < 0.7 else Decision.DISMISSED
                    session.recognition.decide(conversation, SignalDecision(
                        signal.rule_id, signal.title, decision, "Besproken in het team."))
            if rng.random() < 0.6:
                session.plan.save_route(conversation.id, Route(
                    integrated_plan=rng.random() < 0.5, coordinator="Wijkteam Oost",
                    connections=set(rng.sample(list(Connection)[:-1], 2)),
                    escalation=rng.random() < 0.3, escalation_note="Wachtlijst ggz"))
            if rng.random() < 0.6:
                finalised = header.melding_date + timedelta(days=rng.randrange(10, 60))
                session.db.execute("UPDATE conversations SET finalised_on = ? WHERE id = ?",
                                   [min(finalised, TODAY).isoformat(), conversation.id])
            if rng.random() < 0.5:
                learning.save_bottleneck(Bottleneck(
                    category=rng.choice(list(BottleneckCategory)),
                    what_happened=rng.choice(CLEAN_TEXTS), occurred_on=header.held_on,
                    domain_keys=rng.sample(["finances", "housing", "mental_health"], 2),
                    laws=set(rng.sample(list(Law), 2)),
                    partner_id=rng.choice(partners).id if rng.random() < 0.7 else None,
                    solved_on=header.held_on + timedelta(days=5) if rng.random() < 0.3 else None,
                    conversation_id=conversation.id))
    for _ in range(count // 2):
        learning.save_signal(NeighbourhoodSignal(
            theme=rng.choice(list(SignalTheme)), area=rng.choice(AREAS),
            noticed_on=QUARTER_START - timedelta(days=60) + timedelta(days=rng.randrange(150)),
            description="Meer ouderen komen niet meer buiten."))
    return made
