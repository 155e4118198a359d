"""Learning-loop records for the demo store: fictional bottlenecks and neighbourhood signals
in the last full quarter and the one before, so the period report has something to show."""

from __future__ import annotations

from datetime import date, timedelta

from ..domain.learning import (
    Bottleneck,
    BottleneckCategory,
    Law,
    NeighbourhoodSignal,
    SignalTheme,
)
from ..domain.period_report import last_full_quarter
from .learning import LearningService

C = BottleneckCategory
# (category, laws, domains, what happened, what would have helped, days into the quarter)
_BOTTLENECKS: tuple[tuple[BottleneckCategory, set[Law], list[str], str, str, int], ...] = (
    (C.WAITING_LIST, {Law.HEALTH_INSURANCE_ACT}, ["mental_health"],
     "Een inwoner met angstklachten wacht 16 weken op de basis-ggz.",
     "Een overbruggingsgesprek bij de POH-GGZ.", 5),
    (C.WAITING_LIST, {Law.HEALTH_INSURANCE_ACT}, ["mental_health", "parenting"],
     "Wachtlijst specialistische ggz voor een ouder met jonge kinderen.", "", 19),
    (C.WAITING_LIST, {Law.YOUTH_ACT}, ["parenting"],
     "Jeugdhulp thuis kan pas over drie maanden starten.", "Tijdelijke inzet van het team.", 33),
    (C.WAITING_LIST, {Law.WMO}, ["self_care"],
     "Begeleiding thuis heeft een wachttijd van tien weken.", "", 40),
    (C.WAITING_LIST, {Law.DEBT_HELP_ACT}, ["finances"],
     "Schuldhulp heeft een intakewachttijd van zes weken.", "Een snellere eerste afspraak.", 52),
    (C.WALL_BETWEEN_LAWS, {Law.WMO, Law.YOUTH_ACT}, ["parenting", "self_care"],
     "Een jongere van 18 valt tussen Jeugdwet en Wmo: de hulp stopt op de verjaardag.",
     "Een doorlopend plan over de 18-grens heen.", 12),
    (C.WALL_BETWEEN_LAWS, {Law.PARTICIPATION_ACT, Law.DEBT_HELP_ACT}, ["finances", "work_education"],
     "Bijstand en schuldhulp stellen elk eigen eisen aan hetzelfde budgetplan.", "", 28),
    (C.WALL_BETWEEN_LAWS, {Law.WMO, Law.LONG_TERM_CARE_ACT}, ["physical_health", "self_care"],
     "Onduidelijk of Wmo of Wlz betaalt; de inwoner wacht op de toets van het CIZ.",
     "Een overbruggingsbudget tot het besluit.", 61),
    (C.BLOCKING_RULE, {Law.PARTICIPATION_ACT}, ["finances"],
     "De kostendelersnorm maakt dat een zoon niet bij zijn moeder kan intrekken om te zorgen.",
     "Ruimte voor maatwerk bij mantelzorg.", 22),
    (C.MISSING_FACILITY, {Law.WMO}, ["daytime_activity", "social_network"],
     "Geen dagbesteding voor jonge mensen met niet-aangeboren hersenletsel in de wijk.", "", 45),
    (C.UNREACHABLE_SERVICE, set(), ["finances"],
     "De belastingtelefoon was drie dagen niet bereikbaar.", "", 70),
    (C.UNCLEAR_INFORMATION, {Law.PARTICIPATION_ACT}, ["finances"],
     "De brief over terugvordering van toeslag is niet te begrijpen.", "Een brief in B1.", 80),
)
_SIGNALS = (
    (SignalTheme.ENERGY_POVERTY, "Oosterpark", "Veel huishoudens zetten de verwarming niet aan."),
    (SignalTheme.ENERGY_POVERTY, "Oosterpark", "Vochtproblemen in de oude portiekflats."),
    (SignalTheme.ENERGY_POVERTY, "De Hoven", "Vragen over hoge voorschotten bij de buurtkamer."),
    (SignalTheme.LONELINESS, "Centrum", "Ouderen komen sinds de sluiting van het buurthuis minder buiten."),
    (SignalTheme.LONELINESS, "Centrum", "Weinig aanloop bij de koffieochtend."),
    (SignalTheme.YOUTH_SCHOOL, "Vogelwijk", "Meer thuiszitters op de basisschool in de wijk."),
    (SignalTheme.SAFETY_NUISANCE, "De Hoven", "Overlast rond het winkelcentrum 's avonds."),
)


def seed_demo_learning(learning: LearningService, today: date) -> None:
    """Bottlenecks in the last full quarter (all) and the one before (every other one), and
    neighbourhood signals; solved ones too."""
    quarter = last_full_quarter(today)
    for number, (category, laws, domains, what, helps, day) in enumerate(_BOTTLENECKS):
        for period, wanted in ((quarter, True), (quarter.previous(), number % 2 == 0)):
            if not wanted:
                continue
            occurred = min(period.start + timedelta(days=day), period.end)
            learning.save_bottleneck(Bottleneck(
                category=category, what_happened=what, what_would_help=helps,
                occurred_on=occurred, laws=set(laws), domain_keys=list(domains),
                solved_on=min(occurred + timedelta(days=20), today) if number % 4 == 1 else None))
    for number, (theme, area, description) in enumerate(_SIGNALS):
        learning.save_signal(NeighbourhoodSignal(
            theme=theme, area=area, description=description,
            noticed_on=quarter.start + timedelta(days=7 * number + 3)))
