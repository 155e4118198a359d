"""Which numbers of a period report may be shown (see `disclosure` for the rule).

The report shows tables whose cells add up to a number shown elsewhere: bottlenecks per
category add up to the bottlenecks in the summary, solved and open ones too; signals per theme
and per area add up to the signals. Those are protected together with their total. Every other
count stands on its own and is protected against a workstation subtracting its own part (team
report). The result is a `ReportMask`: for every number the report shows, visible, "< 5" or
hidden ("x").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from .disclosure import Shown, protect
from .period_report import Aggregate, BottleneckCounts, ClockCounts, share_within_term

HIDDEN_MARK = "x"
SMALL_MARK = "< 5"


@dataclass
class ReportMask:
    """How each number of the report is shown, by (table, key)."""

    shown: dict[tuple[str, str], Shown] = field(default_factory=dict)

    def of(self, table: str, key: str) -> Shown:
        return self.shown.get((table, key), Shown.VISIBLE)

    def text(self, table: str, key: str, count: int) -> str:
        if 0 < count < 5:  # small is always said as small, also when hidden for another reason
            return SMALL_MARK
        return HIDDEN_MARK if self.of(table, key) is Shown.HIDDEN else str(count)

    def drawn(self, table: str, key: str, count: int) -> int:
        """What a chart draws: nothing for a number that is not shown."""
        return count if self.of(table, key) is Shown.VISIBLE and not 0 < count < 5 else 0

    def visible(self, table: str, key: str, count: int) -> bool:
        return self.drawn(table, key, count) == count

    def share_within_term(self, clock: ClockCounts) -> str:
        """The share finished within the term gives the judged total back, so it is shown only
        when the counts it is made of are."""
        parts = {"within_term": clock.within_term, "late": clock.late,
                 "open_overdue": clock.open_overdue}
        if all(self.visible("clock", key, n) for key, n in parts.items()):
            return share_within_term(clock)
        return "–"

    def _put(self, table: str, cells: Mapping[str, Shown]) -> None:
        for key, kind in cells.items():
            # once hidden for one table, hidden everywhere the same number is shown
            if kind is not Shown.VISIBLE:
                self.shown[(table, key)] = kind


def mask(aggregate: Aggregate) -> ReportMask:
    parts = list(aggregate.sources)
    result = ReportMask()

    def table(name: str, cells: Mapping[str, int], part_cells: list[Mapping[str, int]],
              total: tuple[str, str] | None = None) -> None:
        total_value = sum(cells.values()) if total is not None else None
        protection = protect(dict(cells), total_value, [dict(c) for c in part_cells])
        result._put(name, protection.cells)
        if total is not None:
            result._put(total[0], {total[1]: protection.total})

    for when, pick in (("now", _now), ("before", _before)):
        b = pick(aggregate)
        table(f"by_category_{when}", b.by_category, [pick(p).by_category for p in parts],
              ("summary", f"bottlenecks_{when}"))
        table(f"solved_{when}", _solved(b), [_solved(pick(p)) for p in parts],
              ("summary", f"bottlenecks_{when}"))
        for name in ("by_domain", "by_law", "by_partner"):
            table(f"{name}_{when}", getattr(b, name), [getattr(pick(p), name) for p in parts])
    table("theme", aggregate.signals_by_theme, [p.signals_by_theme for p in parts],
          ("summary", "signals_now"))
    table("area", aggregate.signals_by_area, [p.signals_by_area for p in parts],
          ("summary", "signals_now"))
    table("summary", {"signals_before": aggregate.previous_signals,
                      "conversations": aggregate.conversations},
          [{"signals_before": p.previous_signals, "conversations": p.conversations} for p in parts])
    for key, levels in aggregate.levels.items():
        table(f"levels:{key}", _by_level(levels),
              [_by_level(p.levels.get(key, Counter())) for p in parts])
    for column in ("fired", "confirmed", "dismissed"):
        table(f"rules:{column}", _rule_column(aggregate, column),
              [_rule_column(p, column) for p in parts])
    table("routes", aggregate.routes, [p.routes for p in parts])
    table("clock", _clock(aggregate), [_clock(p) for p in parts])
    return result


def _by_level(levels: Mapping[int, int]) -> dict[str, int]:
    return {str(level): n for level, n in levels.items()}


def _rule_column(a: Aggregate, column: str) -> dict[str, int]:
    return {rule_id: int(getattr(counts, column)) for rule_id, counts in a.rules.items()}


def _now(a: Aggregate) -> BottleneckCounts:
    return a.bottlenecks


def _before(a: Aggregate) -> BottleneckCounts:
    return a.previous_bottlenecks


def _solved(b: BottleneckCounts) -> dict[str, int]:
    return {"solved": b.solved, "open": b.total - b.solved}


def _clock(a: Aggregate) -> dict[str, int]:
    c = a.clock
    return {"within_term": c.within_term, "late": c.late, "open_overdue": c.open_overdue,
            "open_in_term": c.open_in_term}
