"""Reading an aggregate file as a team report may trust it: its form (fixed keys, whole numbers
in range), its numbers against each other (solved bottlenecks cannot outnumber bottlenecks, the
categories add up to the total, ...), and its texts (partner, area, rule and domain names) free
of what looks like personal data. A file that fails is refused whole, with the reason as a code.

A forged file is the threat here: a count of 10^30 or "512 solved of 26" would print as it
stands, and a text field is the one place a name or an address could travel in.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Any

from ..domain.learning import BottleneckCategory, Law, SignalTheme
from ..domain.period_report import Aggregate, BottleneckCounts, ClockCounts, Period, RuleCounts
from ..domain.personal_data import NameIndex, find_personal_data
from ..domain.plan import Connection

MAX_COUNT = 1_000_000  # far above a municipality's year; 10**30 is a forgery
MAX_DAYS = 3650  # days from melding to report
MAX_PERIOD_DAYS = 3 * 366
MAX_AGGREGATE_NAME = 200
KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,63}$")  # domain keys and rule ids
ROUTE_KEYS = frozenset({"routes", "integrated_plan", "long_term_indication", "custom_budget",
                        "bridging_budget", "escalation", "stays_involved",
                        *(f"connection:{c.value}" for c in Connection)})


class FileProblem(Exception):
    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code} {detail}")
        self.code = code
        self.detail = detail


def _invalid(detail: str) -> FileProblem:
    return FileProblem("invalid", detail)


def _object(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _invalid(what)
    return value


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
        raise _invalid("count")
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_AGGREGATE_NAME:
        raise _invalid("text")
    return value


def _key(value: Any) -> str:
    if not isinstance(value, str) or not KEY_PATTERN.match(value):
        raise _invalid("key")
    return value


def _counts(value: Any, keys: frozenset[str] | None = None) -> Counter[str]:
    """Counts by key; `keys` the fixed list they must come from (None: a name or a key)."""
    result: Counter[str] = Counter()
    for key, n in _object(value, "counts").items():
        if keys is not None and key not in keys:
            raise _invalid("unknown key")
        result[_text(key)] = _count(n)
    return result


def _day(value: Any) -> date:
    try:
        return date.fromisoformat(_text(value))
    except ValueError as error:
        raise _invalid("date") from error


def _number_key(value: str, low: int, high: int) -> int:
    if not value.isdigit() or not low <= int(value) <= high:
        raise _invalid("number key")
    return int(value)


CATEGORIES = frozenset(c.value for c in BottleneckCategory)
LAWS = frozenset(law.value for law in Law)
THEMES = frozenset(t.value for t in SignalTheme)


def _bottlenecks(value: Any) -> BottleneckCounts:
    v = _object(value, "bottlenecks")
    return BottleneckCounts(
        total=_count(v["total"]), solved=_count(v["solved"]),
        by_category=_counts(v["by_category"], CATEGORIES),
        by_domain=Counter({_key(k): n for k, n in _counts(v["by_domain"]).items()}),
        by_law=_counts(v["by_law"], LAWS), by_partner=_counts(v["by_partner"]))


def from_dict(data: dict[str, Any], version: int) -> Aggregate:
    """The aggregate of a parsed file of the given version (1 or 2)."""
    try:
        return _from_dict(data, version)
    except (KeyError, TypeError, AttributeError) as error:
        raise _invalid(type(error).__name__) from error


def _from_dict(data: dict[str, Any], version: int) -> Aggregate:
    period_data = _object(data["period"], "period")
    period = Period(_day(period_data["from"]), _day(period_data["to"]))
    if not 0 < period.days <= MAX_PERIOD_DAYS:
        raise _invalid("period")
    clock = _object(data["legal_clock"], "legal_clock")
    levels: dict[str, Counter[int]] = {}
    for key, by_level in _object(data["levels"], "levels").items():
        levels[_key(key)] = Counter({_number_key(level, 1, 5): _count(n)
                                     for level, n in _object(by_level, "level").items()})
    signals = _object(data["signals"], "signals")
    rules = {}
    for rule_id, counts in _object(data["rules"], "rules").items():
        c = _object(counts, "rule")
        rules[_key(rule_id)] = RuleCounts(_text(c["title"]), _count(c["fired"]),
                                          _count(c["confirmed"]), _count(c["dismissed"]))
    file_id = workstation = ""
    if version >= 2:
        file_id, workstation = _text(data["id"]), str(data["workstation"])
        if not re.fullmatch(r"[0-9a-f]{32}", file_id) or not re.fullmatch(r"[0-9a-f]{32}", workstation):
            raise _invalid("id")
    return Aggregate(
        period=period, generated_on=_day(data["generated_on"]),
        workstations=_count(data["workstations"]),
        bottlenecks=_bottlenecks(data["bottlenecks"]),
        previous_bottlenecks=_bottlenecks(data["previous_bottlenecks"]),
        signals_by_theme=_counts(signals["by_theme"], THEMES),
        signals_by_area=_counts(signals["by_area"]),
        previous_signals=_count(signals["previous_total"]),
        conversations=_count(data["conversations"]),
        levels=levels,
        domain_labels={_key(k): _text(v) for k, v in _object(data["domain_labels"], "labels").items()},
        rules=rules,
        routes=_counts(data["routes"], ROUTE_KEYS),
        clock=ClockCounts(
            within_term=_count(clock["within_term"]), late=_count(clock["late"]),
            open_overdue=_count(clock["open_overdue"]), open_in_term=_count(clock["open_in_term"]),
            days_to_report=Counter({_number_key(d, 0, MAX_DAYS): _count(n)
                                    for d, n in _object(clock["days_to_report"], "days").items()})),
        file_id=file_id, workstation=workstation,
    )


def _inconsistent(detail: str) -> FileProblem:
    return FileProblem("inconsistent", detail)


def _check_bottlenecks(b: BottleneckCounts) -> None:
    if b.solved > b.total:
        raise _inconsistent("solved")
    if sum(b.by_category.values()) != b.total:  # every bottleneck has exactly one category
        raise _inconsistent("categories")
    for counts in (b.by_domain, b.by_law, b.by_partner):
        if any(n > b.total for n in counts.values()):
            raise _inconsistent("bottleneck counts")


def check_consistent(a: Aggregate) -> None:
    """The numbers of one workstation's file agree with each other as the app writes them."""
    if a.workstations != 1:
        raise _inconsistent("workstations")  # a file is one workstation's; merging is not saved
    if a.generated_on < a.period.start:
        raise _inconsistent("generated_on")
    _check_bottlenecks(a.bottlenecks)
    _check_bottlenecks(a.previous_bottlenecks)
    if sum(a.signals_by_area.values()) != a.signals:  # every signal has a theme and an area
        raise _inconsistent("signals")
    for levels in a.levels.values():
        if sum(levels.values()) > a.conversations:
            raise _inconsistent("levels")
    if any(n > a.conversations for n in a.routes.values()):
        raise _inconsistent("routes")
    for rule in a.rules.values():
        if max(rule.fired, rule.confirmed + rule.dismissed) > a.conversations:
            raise _inconsistent("rules")
    if sum(a.clock.days_to_report.values()) != a.clock.within_term + a.clock.late:
        raise _inconsistent("legal_clock")
    labelled = set(a.levels) | set(a.bottlenecks.by_domain) | set(a.previous_bottlenecks.by_domain)
    if not labelled <= set(a.domain_labels):
        raise _inconsistent("domain_labels")


def check_texts(a: Aggregate, today: date) -> None:
    """Partner and area names, rule titles and domain labels are printed in the team report:
    none may look like a BSN, a date of birth, an address, a phone number or an e-mail address
    (names of residents cannot be known here: the team report is made without a store)."""
    no_names = NameIndex.build((), ())
    texts = [*a.bottlenecks.by_partner, *a.previous_bottlenecks.by_partner, *a.signals_by_area,
             *(r.title for r in a.rules.values()), *a.domain_labels.values()]
    for text in texts:
        found = find_personal_data(text, no_names, today)
        if found:
            raise FileProblem("personal_data", found[0].kind.value)
