"""The period report's content as tables of suppressed numbers, in Dutch: one place that both
the PDF and the CSV writer read, so they always say the same. Input is an `Aggregate` only.
The names of categories, laws, themes and connections are the screen's (wording.labels,
asked in Dutch); the level names are those of the checklist in use (`Aggregate.level_names`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from ..domain.learning import BottleneckCategory, Law, SignalTheme
from ..domain.period_report import (
    SUPPRESS_BELOW,
    Aggregate,
    Period,
    median_days,
    plottable,
    share_within_term,
    shown,
    trend,
)
from ..domain.plan import Connection
from .labels import connection_label
from .learning_labels import category_label, law_label, theme_label
from .pdf_texts import dutch_date, level_name
from .translation import in_dutch

TITLE = "Leerloop: perioderapportage"
SUBJECT = "Knelpunten en wijksignalen, zonder persoonsgegevens"
NO_PERSONAL_DATA = "Bevat geen persoonsgegevens: alleen aantallen"
SUPPRESSION_NOTE = (
    f"Kleine aantallen zijn afgeschermd: een aantal van 1 tot en met {SUPPRESS_BELOW - 1} staat "
    f"er als \u201c< {SUPPRESS_BELOW}\u201d, zodat niemand te herkennen is. 0 betekent echt "
    "nul. Een verschil met de vorige periode staat er alleen als beide aantallen zichtbaar zijn; "
    f"een percentage of mediaan alleen als hij op minstens {SUPPRESS_BELOW} gevallen rust.")

THIS_PERIOD, PREVIOUS_PERIOD = "Deze periode", "Vorige periode"
EMPTY = "Geen in deze periode."
PERIOD_LINE = "Periode: {period} (vergeleken met {previous})"
MERGED_FROM = "Samengevoegd uit {workstations} werkplekken."
CSV_WORKSTATIONS = "Werkplekken"
CSV_PART = "onderdeel"
ROUTE = {
    "routes": "Gesprekken met een gekozen route",
    "integrated_plan": "Eén plan met één regisseur",
    "long_term_indication": "Langdurige indicatie bij levenslange vraag",
    "custom_budget": "Maatwerkbudget", "bridging_budget": "Overbruggingsbudget",
    "escalation": "Knelpunt geëscaleerd", "stays_involved": "Lokaal team blijft betrokken",
}


@dataclass(frozen=True)
class Row:
    label: str
    values: tuple[str, ...]  # as shown (suppressed)
    count: int = 0  # the number a chart draws: 0 when suppressed, so a bar reveals nothing
    before: int = 0  # the same for the previous period

    def __post_init__(self) -> None:
        object.__setattr__(self, "count", plottable(self.count))
        object.__setattr__(self, "before", plottable(self.before))


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    header: tuple[str, ...]
    rows: tuple[Row, ...]
    note: str = ""  # a line under the title (e.g. what the columns mean)


def span_text(period: Period) -> str:
    return f"{dutch_date(period.start)} t/m {dutch_date(period.end)}"


def period_text(a: Aggregate) -> str:
    return span_text(a.period)


def _label(mapping: Mapping[str, str], key: str) -> str:
    """The Dutch label of a key (enum keys are str enums, so they match their value)."""
    return mapping.get(key, key)


def _compare(key: str, title: str, what: str, now: Counter[str], before: Counter[str],
             labels: Mapping[str, str], order: list[str] | None = None) -> Section:
    keys = order if order is not None else sorted(set(now) | set(before),
                                                  key=lambda k: (-now[k], k))
    rows = tuple(Row(_label(labels, k),
                     (shown(now[k]), shown(before[k]), trend(now[k], before[k])), now[k], before[k])
                 for k in keys if now[k] or before[k] or order is not None)
    return Section(key, title, (what, THIS_PERIOD, PREVIOUS_PERIOD, "Verschil"), rows)


def sections(a: Aggregate) -> list[Section]:
    with in_dutch():  # a Dutch document, whatever the interface language
        return _sections(a)


def _sections(a: Aggregate) -> list[Section]:
    b, p = a.bottlenecks, a.previous_bottlenecks
    domain_labels: dict[str, str] = dict(a.domain_labels)
    found = [
        Section("summary", "Samenvatting", ("", THIS_PERIOD, PREVIOUS_PERIOD, "Verschil"), (
            Row("Knelpunten", (shown(b.total), shown(p.total), trend(b.total, p.total)), b.total),
            Row("  waarvan opgelost", (shown(b.solved), shown(p.solved), trend(b.solved, p.solved)),
                b.solved),
            Row("Wijksignalen", (shown(a.signals), shown(a.previous_signals),
                                 trend(a.signals, a.previous_signals)), a.signals),
            Row("Gesprekken", (shown(a.conversations), "", ""), a.conversations),
        )),
        _compare("bottlenecks_by_category", "Knelpunten per soort", "Soort", b.by_category,
                 p.by_category, {c.value: category_label(c) for c in BottleneckCategory},
                 [c.value for c in BottleneckCategory]),
        _compare("bottlenecks_by_domain", "Knelpunten per leefgebied", "Leefgebied", b.by_domain,
                 p.by_domain, domain_labels),
        _compare("bottlenecks_by_law", "Knelpunten per wet", "Wet", b.by_law, p.by_law,
                 {law.value: law_label(law) for law in Law}, [law.value for law in Law]),
        _compare("bottlenecks_by_partner", "Knelpunten per partner", "Partner", b.by_partner,
                 p.by_partner, {}),
        Section("signals_by_theme", "Wijksignalen per thema", ("Thema", "Aantal"), tuple(
            Row(theme_label(t), (shown(a.signals_by_theme[t.value]),), a.signals_by_theme[t.value])
            for t in SignalTheme)),
        Section("signals_by_area", "Wijksignalen per wijk of buurt", ("Wijk of buurt", "Aantal"),
                tuple(Row(area, (shown(n),), n)
                      for area, n in sorted(a.signals_by_area.items(), key=lambda i: (-i[1], i[0])))),
        _levels(a),
        Section("rules", "Herkenning: signaleringsregels", (
            "Regel", "Gaf signaal", "Bevestigd", "Afgewezen"), tuple(
            Row(r.title, (shown(r.fired), shown(r.confirmed), shown(r.dismissed)), r.fired)
            for _, r in sorted(a.rules.items(), key=lambda i: (-i[1].fired, i[1].title)))),
        _routes(a),
        Section("legal_clock", "Wettelijke termijn van het onderzoek (6 weken)", ("", "Aantal"), (
            Row("Verslag binnen 6 weken na de melding", (shown(a.clock.within_term),)),
            Row("Verslag na meer dan 6 weken", (shown(a.clock.late),)),
            Row("Nog geen verslag, 6 weken voorbij", (shown(a.clock.open_overdue),)),
            Row("Nog geen verslag, binnen de termijn", (shown(a.clock.open_in_term),)),
            Row("Aandeel binnen 6 weken", (share_within_term(a.clock),)),
            Row("Mediaan dagen van melding tot verslag", (median_days(a.clock),)),
        )),
    ]
    return found


def _levels(a: Aggregate) -> Section:
    rows = []
    for key in sorted(a.levels, key=lambda k: a.domain_labels.get(k, k)):
        levels = a.levels[key]
        rows.append(Row(a.domain_labels.get(key, key),
                        tuple(shown(levels[level]) for level in range(1, 6)),
                        sum(levels.values())))
    header = ("Leefgebied", *(f"Niveau {level}" for level in range(1, 6)))
    note = "Aantal gesprekken per niveau: " + ", ".join(
        f"{level} = {level_name(level, a.level_names).lower()}" for level in range(1, 6)) + "."
    return Section("levels", "Zelfredzaamheid per leefgebied in de gesprekken", header, tuple(rows),
                   note=note)


def _routes(a: Aggregate) -> Section:
    rows = [Row(text, (shown(a.routes[key]),), a.routes[key]) for key, text in ROUTE.items()]
    rows += [Row(f"Verbinding: {connection_label(c)}", (shown(a.routes[f'connection:{c.value}']),),
                 a.routes[f"connection:{c.value}"]) for c in Connection]
    return Section("routes", "Gekozen routes en verbindingen", ("Keuze", "Aantal"), tuple(rows))
