"""The aggregate file of the learning loop (docs/aggregate-format.md): one workstation's
unsuppressed counts for a period, to be merged into a team report. No personal data, no free
text: only keys from fixed lists (categories, laws, themes, route choices, domain keys, rule
ids), partner organisation names, neighbourhood names, rule and domain titles, and counts.
"""

from __future__ import annotations

import json
import uuid
from datetime import date
from pathlib import Path
from typing import Any

from ..domain.period_report import (
    Aggregate,
    BottleneckCounts,
)
from .whole_file import ProtectedFiles, replaced_whole

FORMAT = "toegang-desktop/leerloop-aggregaat"
VERSION = 2  # 2: the file's own id and the workstation; 1 had neither
MAX_FILE_BYTES = 5_000_000  # a real file is a few kB; a larger one is not an aggregate file


class AggregateFileError(ValueError):
    """An aggregate file that cannot be used: `code` says why (unreadable, not_aggregate,
    newer_format, invalid, inconsistent, personal_data, duplicate, same_workstation), `path`
    which file; `detail` a code-level detail for the message (never a value from the file,
    except the other file's name for a duplicate)."""

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
        "id": a.file_id or uuid.uuid4().hex,
        "workstation": a.workstation,
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


def read_aggregate(path: Path, today: date | None = None) -> Aggregate:
    """The aggregate of one file, checked whole: its form, that its numbers agree with each
    other (aggregate_checks.py), and that its texts hold no personal data. Raises
    AggregateFileError."""
    from .aggregate_checks import FileProblem, check_consistent, check_texts, from_dict

    try:
        too_large = Path(path).stat().st_size > MAX_FILE_BYTES
        data = None if too_large else json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise AggregateFileError(path, "unreadable", type(error).__name__) from error
    except (ValueError, RecursionError) as error:  # not JSON, nested too deep, a giant number
        raise AggregateFileError(path, "not_aggregate", "json") from error
    if too_large:  # raised here, not in the try: an AggregateFileError is a ValueError
        raise AggregateFileError(path, "not_aggregate", "size")
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise AggregateFileError(path, "not_aggregate")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise AggregateFileError(path, "invalid", "version")
    if version > VERSION:
        raise AggregateFileError(path, "newer_format", str(version))
    try:
        aggregate = from_dict(data, version)
        check_consistent(aggregate)
        check_texts(aggregate, today or date.today())
    except FileProblem as problem:
        raise AggregateFileError(path, problem.code, problem.detail) from problem
    return aggregate
