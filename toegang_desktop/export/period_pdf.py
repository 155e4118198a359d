"""The period report of the learning loop as PDF: summary, bar charts and tables of
suppressed numbers. Reads only an `Aggregate`; import only when exporting (reportlab)."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import KeepTogether, SimpleDocTemplate, Spacer  # type: ignore[import-untyped]

from ..domain.period_report import Aggregate
from ..wording.pdf_texts import dutch_date
from ..wording.period_texts import (
    EMPTY,
    MERGED_FROM,
    NO_PERSONAL_DATA,
    PERIOD_LINE,
    SUBJECT,
    SUPPRESSION_NOTE,
    Section,
    period_text,
    sections,
    span_text,
)
from ..wording.period_texts import TITLE as REPORT_TITLE
from .pdf_page import MARGIN, PagePainter, paint_header, write_pdf
from .pdf_styles import H1, SMALL, TITLE, Flowables, heading, para, table
from .period_chart import bar_chart
from .whole_file import ProtectedFiles

# Sections drawn as a chart above their table, and whether the previous period is beside it.
CHARTED = {"bottlenecks_by_category": True, "bottlenecks_by_law": True,
           "bottlenecks_by_domain": True, "signals_by_theme": False}


def _story(a: Aggregate, width: float) -> Flowables:
    story: Flowables = [
        para(REPORT_TITLE, TITLE),
        para(PERIOD_LINE.format(period=period_text(a), previous=span_text(a.previous_period))),
    ]
    if a.workstations > 1:
        story.append(para(MERGED_FROM.format(workstations=a.workstations)))
    story += [para(SUPPRESSION_NOTE, SMALL), Spacer(1, 4)]
    for section in sections(a):
        story += _section(section, width)
    return story


def _widths(section: Section, width: float) -> list[float]:
    columns = len(section.header)
    if section.key == "levels":
        first = width * 0.30
    elif columns == 2:
        return [width * 0.7, width * 0.3]
    else:
        first = width * 0.46
    return [first] + [(width - first) / (columns - 1)] * (columns - 1)


def _section(section: Section, width: float) -> Flowables:
    head = para(section.title, H1)
    if not section.rows:
        return [*heading(section.title), para(EMPTY)]
    parts: Flowables = [para(section.note, SMALL), Spacer(1, 3)] if section.note else []
    paired = CHARTED.get(section.key)
    if paired is not None and any(r.count or r.before for r in section.rows):
        parts += [bar_chart(section, width, paired), Spacer(1, 4)]
    rows = [[row.label, *row.values] for row in section.rows]
    tables = table(list(section.header), rows, _widths(section, width))
    return [KeepTogether([head, *parts, *tables[:1]]), *tables[1:]]


def _header(a: Aggregate, municipality: str) -> PagePainter:
    title, date_text = f"{REPORT_TITLE} – {period_text(a)}", dutch_date(a.generated_on)

    def paint(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        paint_header(canvas, doc, MARGIN, municipality or REPORT_TITLE, title, date_text)

    return paint


def write_period_report(aggregate: Aggregate, path: Path, municipality: str = "", *,
                        protected: ProtectedFiles) -> int:
    """Write the PDF whole or not at all (never over a `protected` file); returns the page count."""
    return write_pdf(
        path, lambda width: _story(aggregate, width), _header(aggregate, municipality),
        NO_PERSONAL_DATA, protected=protected, title=f"{REPORT_TITLE} {period_text(aggregate)}",
        author=municipality, subject=SUBJECT)
