"""The aggregate file of the learning loop (docs/aggregate-format.md): one workstation's
unsuppressed counts for a period, to be merged into a team report. No personal data, no free
text: only keys from fixed lists (categories, laws, themes, route choices, domain keys, rule
ids), partner organisation names, neighbourhood names, rule and domain titles, and counts.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from ..domain.period_report import (
    Aggregate,
    BottleneckCounts,
    ClockCounts,
    Period,
    RuleCounts,
)
from .whole_file import ProtectedFiles, replaced_whole

FORMAT = "toegang-desktop/leerloop-aggregaat"
VERSION = 1


class AggregateFileError(ValueError):
    """An aggregate file that cannot be used: `code` says why (unreadable, not_aggregate,
    newer_format, invalid), `path` which file."""

    def __init__(self, path: Path, code: str, detail: str = "") -> None:
        super().__init__(f"{path}: {code} {detail}")
        self.path = path
        self.code = code
        self.detail = detail


def _bottlenecks(b: BottleneckCounts) -> dict[str, Any]:
    return {"total": b.total, "solved": b.solved, "by_category": dict(sorted(b.by_category.items())),
            "by_domain": dict(sorted(b.by_domain.items())), "by_law": dict(sorted(b.by_law.items())),
            "by_partner": dict(sorted(b.by_partner.items()))}


def to_dict(a: Aggregate) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "period": {"from": a.period.start.isoformat(), "to": a.period.end.isoformat()},
        "generated_on": a.generated_on.isoformat(),
        "workstations": a.workstations,
        "bottlenecks": _bottlenecks(a.bottlenecks),
        "previous_bottlenecks": _bottlenecks(a.previous_bottlenecks),
        "signals": {"by_theme": dict(sorted(a.signals_by_theme.items())),
                    "by_area": dict(sorted(a.signals_by_area.items())),
                    "previous_total": a.previous_signals},
        "conversations": a.conversations,
        "levels": {key: {str(level): n for level, n in sorted(levels.items())}
                   for key, levels in sorted(a.levels.items())},
        "domain_labels": dict(sorted(a.domain_labels.items())),
        "rules": {rule_id: {"title": r.title, "fired": r.fired, "confirmed": r.confirmed,
                            "dismissed": r.dismissed} for rule_id, r in sorted(a.rules.items())},
        "routes": dict(sorted(a.routes.items())),
        "legal_clock": {"within_term": a.clock.within_term, "late": a.clock.late,
                        "open_overdue": a.clock.open_overdue, "open_in_term": a.clock.open_in_term,
                        "days_to_report": {str(d): n for d, n in sorted(a.clock.days_to_report.items())}},
    }


def write_aggregate(aggregate: Aggregate, path: Path, *, protected: ProtectedFiles) -> None:
    """Write the file whole or not at all, never over a `protected` file."""
    text = json.dumps(to_dict(aggregate), ensure_ascii=False, indent=2) + "\n"
    with replaced_whole(Path(path), protected) as temp:
        temp.write_text(text, encoding="utf-8")


# -- reading -----------------------------------------------------------------------------


class _Invalid(Exception):
    pass


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _Invalid("count")
    return value


def _counts(value: Any) -> Counter[str]:
    if not isinstance(value, dict):
        raise _Invalid("counts")
    return Counter({str(k): _count(v) for k, v in value.items()})


def _text(value: Any) -> str:
    if not isinstance(value, str) or len(value) > 300:
        raise _Invalid("text")
    return value


def _day(value: Any) -> date:
    try:
        return date.fromisoformat(_text(value))
    except ValueError as error:
        raise _Invalid("date") from error


def _read_bottlenecks(v: Any) -> BottleneckCounts:
    if not isinstance(v, dict):
        raise _Invalid("bottlenecks")
    return BottleneckCounts(total=_count(v["total"]), solved=_count(v["solved"]),
                            by_category=_counts(v["by_category"]), by_domain=_counts(v["by_domain"]),
                            by_law=_counts(v["by_law"]), by_partner=_counts(v["by_partner"]))


def from_dict(data: dict[str, Any]) -> Aggregate:
    """The aggregate of a parsed file; raises _Invalid (or KeyError/TypeError) when it does not
    fit the format."""
    period = Period(_day(data["period"]["from"]), _day(data["period"]["to"]))
    if period.end < period.start:
        raise _Invalid("period")
    clock = data["legal_clock"]
    levels = {}
    for key, by_level in data["levels"].items():
        parsed = Counter({int(level): _count(n) for level, n in by_level.items()})
        if any(level not in range(1, 6) for level in parsed):
            raise _Invalid("level")
        levels[_text(key)] = parsed
    return Aggregate(
        period=period, generated_on=_day(data["generated_on"]),
        workstations=_count(data["workstations"]),
        bottlenecks=_read_bottlenecks(data["bottlenecks"]),
        previous_bottlenecks=_read_bottlenecks(data["previous_bottlenecks"]),
        signals_by_theme=_counts(data["signals"]["by_theme"]),
        signals_by_area=_counts(data["signals"]["by_area"]),
        previous_signals=_count(data["signals"]["previous_total"]),
        conversations=_count(data["conversations"]),
        levels=levels,
        domain_labels={_text(k): _text(v) for k, v in data["domain_labels"].items()},
        rules={_text(k): RuleCounts(_text(v["title"]), _count(v["fired"]), _count(v["confirmed"]),
                                    _count(v["dismissed"])) for k, v in data["rules"].items()},
        routes=_counts(data["routes"]),
        clock=ClockCounts(
            within_term=_count(clock["within_term"]), late=_count(clock["late"]),
            open_overdue=_count(clock["open_overdue"]), open_in_term=_count(clock["open_in_term"]),
            days_to_report=Counter({int(d): _count(n) for d, n in clock["days_to_report"].items()})),
    )


def read_aggregate(path: Path) -> Aggregate:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise AggregateFileError(path, "unreadable", type(error).__name__) from error
    except json.JSONDecodeError as error:
        raise AggregateFileError(path, "not_aggregate", "json") from error
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise AggregateFileError(path, "not_aggregate")
    version = data.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise AggregateFileError(path, "newer_format", str(version))
    try:
        return from_dict(data)
    except (_Invalid, KeyError, TypeError, ValueError, AttributeError) as error:
        raise AggregateFileError(path, "invalid", type(error).__name__) from error
