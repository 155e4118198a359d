"""The period report of the learning loop, as numbers only: what the store counts for a
period (`Aggregate`), merging the aggregates of several workstations, and suppressing small
numbers for the report people read.

An aggregate holds unsuppressed counts (they must add up when merged) and no personal data
and no free text, by construction: its fields are counts keyed by category, domain, law,
partner organisation, theme, area, rule, level and day counts. Suppression is applied only
when the report is shown or written, after merging.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from .legal_clock import INVESTIGATION_DAYS

SUPPRESS_BELOW = 5  # counts 1-4 are shown as "< 5"; 0 is shown as 0 (nothing to recognise)
SUPPRESSED = "< 5"


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        """The period of equal length just before this one (a quarter's previous quarter when
        this is a whole quarter)."""
        if _is_quarter(self):
            return quarter_of(self.start - timedelta(days=1))
        end = self.start - timedelta(days=1)
        return Period(end - timedelta(days=self.days - 1), end)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def quarter_of(day: date) -> Period:
    first_month = 3 * ((day.month - 1) // 3) + 1
    start = date(day.year, first_month, 1)
    next_start = date(day.year + 1, 1, 1) if first_month == 10 else date(day.year, first_month + 3, 1)
    return Period(start, next_start - timedelta(days=1))


def last_full_quarter(today: date) -> Period:
    """The default report period: the last quarter that has ended."""
    return quarter_of(quarter_of(today).start - timedelta(days=1))


def _is_quarter(period: Period) -> bool:
    return quarter_of(period.start) == period


@dataclass
class BottleneckCounts:
    total: int = 0
    solved: int = 0
    by_category: Counter[str] = field(default_factory=Counter)
    by_domain: Counter[str] = field(default_factory=Counter)
    by_law: Counter[str] = field(default_factory=Counter)
    by_partner: Counter[str] = field(default_factory=Counter)  # organisation name

    def merge(self, other: BottleneckCounts) -> None:
        self.total += other.total
        self.solved += other.solved
        for name in ("by_category", "by_domain", "by_law", "by_partner"):
            getattr(self, name).update(getattr(other, name))


@dataclass
class RuleCounts:
    title: str
    fired: int = 0
    confirmed: int = 0
    dismissed: int = 0


@dataclass
class ClockCounts:
    """The investigation term (6 weeks) of meldingen in the period, judged on `as_of`."""

    within_term: int = 0  # report made final within 6 weeks of the melding
    late: int = 0  # made final after 6 weeks
    open_overdue: int = 0  # not final, 6 weeks passed
    open_in_term: int = 0  # not final, still within the term
    days_to_report: Counter[int] = field(default_factory=Counter)  # days -> conversations

    def merge(self, other: ClockCounts) -> None:
        self.within_term += other.within_term
        self.late += other.late
        self.open_overdue += other.open_overdue
        self.open_in_term += other.open_in_term
        self.days_to_report.update(other.days_to_report)

    @property
    def judged(self) -> int:
        return self.within_term + self.late + self.open_overdue

    def add(self, melding: date, finalised: date | None, as_of: date) -> None:
        if finalised is not None:
            days = (finalised - melding).days
            self.days_to_report[days] += 1
            if days <= INVESTIGATION_DAYS:
                self.within_term += 1
            else:
                self.late += 1
        elif (as_of - melding).days > INVESTIGATION_DAYS:
            self.open_overdue += 1
        else:
            self.open_in_term += 1


@dataclass
class Aggregate:
    """Everything the period report shows, as unsuppressed counts."""

    period: Period
    generated_on: date
    workstations: int = 1
    bottlenecks: BottleneckCounts = field(default_factory=BottleneckCounts)
    previous_bottlenecks: BottleneckCounts = field(default_factory=BottleneckCounts)
    signals_by_theme: Counter[str] = field(default_factory=Counter)
    signals_by_area: Counter[str] = field(default_factory=Counter)
    previous_signals: int = 0
    conversations: int = 0
    levels: dict[str, Counter[int]] = field(default_factory=dict)  # domain key -> level -> n
    domain_labels: dict[str, str] = field(default_factory=dict)
    # The level names of the checklist in use where the report is made (index 0 = level 1);
    # words, not counts, so the aggregate file does not carry them.
    level_names: tuple[str, ...] = ()
    rules: dict[str, RuleCounts] = field(default_factory=dict)
    routes: Counter[str] = field(default_factory=Counter)  # choice or connection -> n
    clock: ClockCounts = field(default_factory=ClockCounts)
    # Where the counts come from: the file's own id and the workstation (store) that made it,
    # so the same file, or two files of one workstation, cannot be merged twice.
    file_id: str = field(default="", compare=False)
    workstation: str = field(default="", compare=False)
    # The workstations' own aggregates after a merge: a workstation knows its own counts, so
    # the report must not let it subtract them from the team's (see disclosure.py).
    sources: tuple[Aggregate, ...] = field(default=(), compare=False, repr=False)

    @property
    def previous_period(self) -> Period:
        return self.period.previous()

    @property
    def signals(self) -> int:
        return sum(self.signals_by_theme.values())


class PeriodMismatch(ValueError):
    """Aggregates of different periods cannot be merged into one report."""


class DuplicateAggregate(ValueError):
    """Two of the aggregates are the same file, or come from the same workstation: merged,
    every count would be doubled (and a hidden 3 would show as 6). `first` and `second` are
    their positions in the list."""

    def __init__(self, first: int, second: int, same_workstation: bool) -> None:
        super().__init__(f"aggregates {first} and {second} overlap")
        self.first = first
        self.second = second
        self.same_workstation = same_workstation


def _refuse_duplicates(aggregates: list[Aggregate]) -> None:
    seen_ids: dict[str, int] = {}
    seen_workstations: dict[str, int] = {}
    for index, a in enumerate(aggregates):
        if a.file_id:
            if a.file_id in seen_ids:
                raise DuplicateAggregate(seen_ids[a.file_id], index, same_workstation=False)
            seen_ids[a.file_id] = index
        if a.workstation:
            if a.workstation in seen_workstations:
                raise DuplicateAggregate(seen_workstations[a.workstation], index,
                                         same_workstation=True)
            seen_workstations[a.workstation] = index


def merge(aggregates: list[Aggregate]) -> Aggregate:
    """One aggregate of several workstations' aggregates of the same period."""
    if not aggregates:
        raise ValueError("nothing to merge")
    first = aggregates[0]
    if any(a.period != first.period for a in aggregates):
        raise PeriodMismatch("the aggregates cover different periods")
    _refuse_duplicates(aggregates)
    result = Aggregate(period=first.period,
                       generated_on=max(a.generated_on for a in aggregates), workstations=0,
                       sources=tuple(part for a in aggregates for part in (a.sources or (a,))))
    for a in aggregates:
        result.workstations += a.workstations
        result.bottlenecks.merge(a.bottlenecks)
        result.previous_bottlenecks.merge(a.previous_bottlenecks)
        result.signals_by_theme.update(a.signals_by_theme)
        result.signals_by_area.update(a.signals_by_area)
        result.previous_signals += a.previous_signals
        result.conversations += a.conversations
        for key, levels in a.levels.items():
            result.levels.setdefault(key, Counter()).update(levels)
        for key, label in a.domain_labels.items():
            result.domain_labels.setdefault(key, label)
        result.level_names = result.level_names or a.level_names
        for rule_id, counts in a.rules.items():
            into = result.rules.setdefault(rule_id, RuleCounts(counts.title))
            into.fired += counts.fired
            into.confirmed += counts.confirmed
            into.dismissed += counts.dismissed
        result.routes.update(a.routes)
        result.clock.merge(a.clock)
    return result


# -- what people see: suppressed ---------------------------------------------------------


def shown(count: int) -> str:
    """A count as the report shows it: 1-4 as '< 5' so no resident can be recognised."""
    return SUPPRESSED if 0 < count < SUPPRESS_BELOW else str(count)


def trend(now: int, before: int) -> str:
    """The change against the previous period: '+3', '-2', '0', or '–' when either count is
    suppressed (a difference would reveal it) or there was nothing before."""
    if (0 < now < SUPPRESS_BELOW) or (0 < before < SUPPRESS_BELOW) or (now == before == 0):
        return "–"
    difference = now - before
    return f"+{difference}" if difference > 0 else str(difference)


def share_within_term(clock: ClockCounts) -> str:
    """The share of investigations finished within 6 weeks, as a percentage; '–' when fewer
    than SUPPRESS_BELOW were judged."""
    if clock.judged < SUPPRESS_BELOW:
        return "–"
    return f"{round(100 * clock.within_term / clock.judged)}%"


def median_days(clock: ClockCounts) -> str:
    """Median days from melding to report; '–' when fewer than SUPPRESS_BELOW were made final."""
    values = sorted(clock.days_to_report.elements())
    if len(values) < SUPPRESS_BELOW:
        return "–"
    middle = len(values) // 2
    median = values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2
    return f"{median:g}"


def plottable(count: int) -> int:
    """The value a chart draws: a suppressed count is drawn as 0 with '< 5' beside it, so the
    bar does not reveal it."""
    return 0 if 0 < count < SUPPRESS_BELOW else count
