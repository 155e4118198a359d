"""The period report as CSV (semicolon-separated, UTF-8 with BOM so Excel in Dutch opens it
as it is): one line per number, with the section it belongs to. Small numbers suppressed."""

from __future__ import annotations

import csv
from pathlib import Path

from ..domain.period_report import Aggregate
from ..wording.period_texts import (
    CSV_PART,
    CSV_WORKSTATIONS,
    NO_PERSONAL_DATA,
    PREVIOUS_PERIOD,
    SUPPRESSION_NOTE,
    TITLE,
    period_text,
    sections,
    span_text,
)
from .whole_file import ProtectedFiles, replaced_whole


def csv_rows(aggregate: Aggregate) -> list[list[str]]:
    rows: list[list[str]] = [
        ["# " + TITLE, period_text(aggregate)],
        ["# " + PREVIOUS_PERIOD, span_text(aggregate.previous_period)],
        ["# " + CSV_WORKSTATIONS, str(aggregate.workstations)],
        ["# " + NO_PERSONAL_DATA],
        ["# " + SUPPRESSION_NOTE],
    ]
    for section in sections(aggregate):
        rows.append([])
        rows.append([CSV_PART, *section.header])
        if section.note:
            rows.append(["# " + section.note])
        for row in section.rows:
            rows.append([section.title, _text_cell(row.label), *row.values])
    return rows


def _text_cell(text: str) -> str:
    """A name typed by someone (an area, a partner) that a spreadsheet would run as a formula
    gets an apostrophe in front (CSV injection)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def write_csv(aggregate: Aggregate, path: Path, *, protected: ProtectedFiles) -> None:
    """Write the file whole or not at all, never over a `protected` file."""
    with replaced_whole(Path(path), protected) as temp, \
            temp.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out, delimiter=";").writerows(csv_rows(aggregate))
