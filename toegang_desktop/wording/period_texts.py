"""The period report's content as tables of suppressed numbers, in Dutch: one place that both
the PDF and the CSV writer read, so they always say the same. Input is an `Aggregate` only.
The names of categories, laws, themes and connections are the screen's (wording.labels,
asked in Dutch); the level names are those of the checklist in use (`Aggregate.level_names`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from ..domain.learning import BottleneckCategory, Law, SignalTheme
from ..domain.period_disclosure import HIDDEN_MARK, ReportMask, mask
from ..domain.period_report import (
    SUPPRESS_BELOW,
    Aggregate,
    Period,
    median_days,
    plottable,
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
    f"nul. Een \u201c{HIDDEN_MARK}\u201d is een aantal van {SUPPRESS_BELOW} of meer dat ook is "
    "afgeschermd, omdat anders een klein aantal uit een totaal (of uit de eigen aantallen van een "
    "werkplek) terug te rekenen zou zijn. Een verschil met de vorige periode staat er alleen als "
    "beide aantallen zichtbaar zijn; een percentage of mediaan alleen als hij op minstens "
    f"{SUPPRESS_BELOW} gevallen rust.")

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


def _compare(m: ReportMask, key: str, title: str, what: str, now: Counter[str],
             before: Counter[str], labels: Mapping[str, str], order: list[str] | None = None) -> Section:
    keys = order if order is not None else sorted(set(now) | set(before),
                                                  key=lambda k: (-now[k], k))
    rows = tuple(_pair(m, _label(labels, k), (f"{key}_now", k), now[k], (f"{key}_before", k), before[k])
                 for k in keys if now[k] or before[k] or order is not None)
    return Section(f"bottlenecks_{key}", title, (what, THIS_PERIOD, PREVIOUS_PERIOD, "Verschil"),
                   rows)


def _pair(m: ReportMask, label: str, now_at: tuple[str, str], now: int, before_at: tuple[str, str],
          before: int) -> Row:
    """A row with this period, the previous one and the difference: the difference only when
    both numbers are shown (it would give a hidden one back)."""
    both = m.visible(*now_at, now) and m.visible(*before_at, before)
    return Row(label, (m.text(*now_at, now), m.text(*before_at, before),
                       trend(now, before) if both else "–"),
               m.drawn(*now_at, now), m.drawn(*before_at, before))


def _single(m: ReportMask, label: str, at: tuple[str, str], count: int) -> Row:
    return Row(label, (m.text(*at, count),), m.drawn(*at, count))


def sections(a: Aggregate) -> list[Section]:
    with in_dutch():  # a Dutch document, whatever the interface language
        return _sections(a)


def _sections(a: Aggregate) -> list[Section]:
    b, p = a.bottlenecks, a.previous_bottlenecks
    m = mask(a)
    domain_labels: dict[str, str] = dict(a.domain_labels)
    found = [
        Section("summary", "Samenvatting", ("", THIS_PERIOD, PREVIOUS_PERIOD, "Verschil"), (
            _pair(m, "Knelpunten", ("summary", "bottlenecks_now"), b.total,
                  ("summary", "bottlenecks_before"), p.total),
            _pair(m, "  waarvan opgelost", ("solved_now", "solved"), b.solved,
                  ("solved_before", "solved"), p.solved),
            _pair(m, "Wijksignalen", ("summary", "signals_now"), a.signals,
                  ("summary", "signals_before"), a.previous_signals),
            Row("Gesprekken", (m.text("summary", "conversations", a.conversations), "", ""),
                m.drawn("summary", "conversations", a.conversations)),
        )),
        _compare(m, "by_category", "Knelpunten per soort", "Soort", b.by_category, p.by_category,
                 {c.value: category_label(c) for c in BottleneckCategory},
                 [c.value for c in BottleneckCategory]),
        _compare(m, "by_domain", "Knelpunten per leefgebied", "Leefgebied", b.by_domain,
                 p.by_domain, domain_labels),
        _compare(m, "by_law", "Knelpunten per wet", "Wet", b.by_law, p.by_law,
                 {law.value: law_label(law) for law in Law}, [law.value for law in Law]),
        _compare(m, "by_partner", "Knelpunten per partner", "Partner", b.by_partner,
                 p.by_partner, {}),
        Section("signals_by_theme", "Wijksignalen per thema", ("Thema", "Aantal"), tuple(
            _single(m, theme_label(t), ("theme", t.value), a.signals_by_theme[t.value])
            for t in SignalTheme)),
        Section("signals_by_area", "Wijksignalen per wijk of buurt", ("Wijk of buurt", "Aantal"),
                tuple(_single(m, area, ("area", area), n)
                      for area, n in sorted(a.signals_by_area.items(), key=lambda i: (-i[1], i[0])))),
        _levels(a, m),
        Section("rules", "Herkenning: signaleringsregels", (
            "Regel", "Gaf signaal", "Bevestigd", "Afgewezen"), tuple(
            Row(r.title, (m.text("rules:fired", k, r.fired), m.text("rules:confirmed", k, r.confirmed),
                          m.text("rules:dismissed", k, r.dismissed)), m.drawn("rules:fired", k, r.fired))
            for k, r in sorted(a.rules.items(), key=lambda i: (-i[1].fired, i[1].title)))),
        _routes(a, m),
        _clock(a, m),
    ]
    return found


def _clock(a: Aggregate, m: ReportMask) -> Section:
    c = a.clock
    return Section("legal_clock", "Wettelijke termijn van het onderzoek (6 weken)", ("", "Aantal"), (
        _single(m, "Verslag binnen 6 weken na de melding", ("clock", "within_term"), c.within_term),
        _single(m, "Verslag na meer dan 6 weken", ("clock", "late"), c.late),
        _single(m, "Nog geen verslag, 6 weken voorbij", ("clock", "open_overdue"), c.open_overdue),
        _single(m, "Nog geen verslag, binnen de termijn", ("clock", "open_in_term"), c.open_in_term),
        Row("Aandeel binnen 6 weken", (m.share_within_term(c),)),
        Row("Mediaan dagen van melding tot verslag", (median_days(c),)),
    ))


def _levels(a: Aggregate, m: ReportMask) -> Section:
    rows = []
    for key in sorted(a.levels, key=lambda k: a.domain_labels.get(k, k)):
        levels = a.levels[key]
        rows.append(Row(a.domain_labels.get(key, key),
                        tuple(m.text(f"levels:{key}", str(level), levels[level]) for level in range(1, 6)),
                        sum(levels.values())))
    header = ("Leefgebied", *(f"Niveau {level}" for level in range(1, 6)))
    note = "Aantal gesprekken per niveau: " + ", ".join(
        f"{level} = {level_name(level, a.level_names).lower()}" for level in range(1, 6)) + "."
    return Section("levels", "Zelfredzaamheid per leefgebied in de gesprekken", header, tuple(rows),
                   note=note)


def _routes(a: Aggregate, m: ReportMask) -> Section:
    rows = [_single(m, text, ("routes", key), a.routes[key]) for key, text in ROUTE.items()]
    rows += [_single(m, f"Verbinding: {connection_label(c)}", ("routes", f"connection:{c.value}"),
                     a.routes[f"connection:{c.value}"]) for c in Connection]
    return Section("routes", "Gekozen routes en verbindingen", ("Keuze", "Aantal"), tuple(rows))
