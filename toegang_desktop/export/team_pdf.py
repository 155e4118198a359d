"""The team's two papers for the team meeting (issue 17): the team overview (counts per
professional and a bar chart of the caseload, no resident named) and the case discussion's
agenda and outcome (initials instead of names). Import only when exporting (reportlab)."""

from __future__ import annotations

from pathlib import Path

from reportlab.graphics.shapes import Drawing, Line, Rect, String  # type: ignore[import-untyped]
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4, landscape  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import KeepTogether, SimpleDocTemplate, Spacer  # type: ignore[import-untyped]

from ..domain.team import Meeting, MeetingCase, TeamOverview, initials_of
from ..wording import team_work_texts as texts
from ..wording.pdf_texts import dutch_date
from ..wording.translation import in_dutch
from .pdf_chart import CURRENT, GRID, PREVIOUS
from .pdf_fonts import REGULAR, visual
from .pdf_page import MARGIN, PagePainter, paint_header, write_pdf
from .pdf_styles import H1, SMALL, TITLE, Flowables, labelled, para, table, text_block
from .whole_file import ProtectedFiles

LABEL_WIDTH = 150.0
FONT_SIZE = 8.0


def _fit(text: str, width: float) -> str:
    text = visual(text.strip())
    while text and stringWidth(text + "…", REGULAR, FONT_SIZE) > width:
        text = text[:-1]
        if stringWidth(text, REGULAR, FONT_SIZE) <= width:
            return text + "…"
    return text


def caseload_chart(overview: TeamOverview, width: float) -> Drawing:
    """Per professional a stacked bar: dossiers coordinated, then involved in."""
    rows = list(overview.people)
    row_height, legend, axis = 16.0, 16.0, 14.0
    height = legend + axis + row_height * len(rows) + 2
    drawing = Drawing(width, height)
    x0 = LABEL_WIDTH + 6
    bar_width = width - x0 - 30
    top, bottom = height - legend, axis
    most = max([r.coordinated + r.involved for r in rows] + [1])
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000, 10**9) if most <= s * 5)
    scale = -(-most // step) * step
    unit = bar_width / scale
    x = x0
    for colour, text in ((CURRENT, texts.CHART_COORDINATED), (PREVIOUS, texts.CHART_INVOLVED)):
        drawing.add(Rect(x, height - 10, 10, 8, fillColor=colour, strokeColor=None))
        drawing.add(String(x + 14, height - 9, text, fontName=REGULAR, fontSize=FONT_SIZE))
        x += 24 + stringWidth(text, REGULAR, FONT_SIZE)
    for value in range(0, scale + 1, step):
        gx = x0 + unit * value
        drawing.add(Line(gx, bottom, gx, top, strokeColor=GRID, strokeWidth=0.5))
        drawing.add(String(gx, bottom - 10, str(value), fontName=REGULAR, fontSize=7,
                           textAnchor="middle", fillColor=colors.HexColor("#555555")))
    for index, row in enumerate(rows):
        y = top - row_height * (index + 1)
        name = row.display_name if row.in_team else f"{row.display_name} {texts.OVERVIEW_LEFT}"
        drawing.add(String(LABEL_WIDTH, y + 5, _fit(name, LABEL_WIDTH), fontName=REGULAR,
                           fontSize=FONT_SIZE, textAnchor="end"))
        drawing.add(Rect(x0, y + 3, unit * row.coordinated, 9, fillColor=CURRENT, strokeColor=None))
        drawing.add(Rect(x0 + unit * row.coordinated, y + 3, unit * row.involved, 9,
                         fillColor=PREVIOUS, strokeColor=None))
        drawing.add(String(x0 + unit * (row.coordinated + row.involved) + 3, y + 5,
                           f"{row.coordinated} + {row.involved}", fontName=REGULAR, fontSize=7,
                           fillColor=colors.HexColor("#333333")))
    return drawing


def _overview_story(overview: TeamOverview, width: float) -> Flowables:
    columns = texts.overview_columns()
    first = width * 0.2
    widths = [first] + [(width - first) / len(columns)] * len(columns)
    rows = [[p.display_name if p.in_team else f"{p.display_name} {texts.OVERVIEW_LEFT}",
             *(str(getattr(p, key)) for key, _ in columns)] for p in overview.people]
    return [
        para(texts.OVERVIEW_TITLE, TITLE),
        para(texts.OVERVIEW_INTRO.format(date=dutch_date(overview.today), soon=overview.soon_days,
                                         glass=overview.glass_days)),
        para(texts.OVERVIEW_TOTALS.format(
            dossiers=overview.dossiers, without=overview.without_coordinator,
            handovers=overview.open_handovers, stand_ins=overview.stand_ins,
            glass=overview.broken_glass)),
        Spacer(1, 4),
        KeepTogether([para(texts.OVERVIEW_CHART, H1), caseload_chart(overview, width)]),
        Spacer(1, 6),
        *table([texts.OVERVIEW_PROFESSIONAL, *(header for _, header in columns)], rows, widths),
    ]


def _header(team: str, title: str, day_text: str) -> PagePainter:
    def paint(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        paint_header(canvas, doc, MARGIN, team or title, title, day_text)

    return paint


def write_team_overview(overview: TeamOverview, path: Path, team: str = "", *,
                        protected: ProtectedFiles) -> int:
    """The overview as PDF, whole or not at all; returns the page count."""
    with in_dutch():
        return write_pdf(path, lambda width: _overview_story(overview, width),
                         _header(team, texts.OVERVIEW_TITLE, dutch_date(overview.today)),
                         texts.OVERVIEW_FOOTER, protected=protected, pagesize=landscape(A4),
                         title=texts.OVERVIEW_TITLE,
                         author=team, subject=texts.OVERVIEW_SUBJECT)


def _case(case: MeetingCase, width: float) -> Flowables:
    head = para(texts.CASE_HEADING.format(position=case.position, initials=case.resident_initials,
                                          by=case.brought_by_initials), H1)
    parts: Flowables = [head, *labelled(texts.CASE_QUESTION, case.question)]
    if case.recorded_at is None:
        return [KeepTogether(parts), para(texts.CASE_NOT_DISCUSSED, SMALL)]
    parts += labelled(texts.CASE_PARTICIPANTS, ", ".join(p.initials for p in case.participants))
    if case.advice:
        parts += [para(texts.CASE_ADVICE + ":", SMALL), *text_block(case.advice)]
    story: Flowables = [KeepTogether(parts)]
    if case.agreements:
        rows = [[initials_of(a.who) or "–", a.what, dutch_date(a.due_date) if a.due_date else ""]
                for a in case.agreements]
        story += [para(texts.CASE_AGREEMENTS, SMALL),
                  *table(list(texts.CASE_AGREEMENTS_HEADER), rows,
                         [width * 0.15, width * 0.65, width * 0.2])]
    return story


def _case_story(meeting: Meeting, width: float) -> Flowables:
    story: Flowables = [para(texts.CASE_TITLE, TITLE),
                        para(texts.case_intro(meeting.title, meeting.held_on)), Spacer(1, 4)]
    if not meeting.cases:
        return [*story, para(texts.CASE_EMPTY)]
    for case in meeting.cases:
        story += [*_case(case, width), Spacer(1, 6)]
    return story


def write_case_discussion(meeting: Meeting, path: Path, team: str = "", *,
                          protected: ProtectedFiles) -> int:
    """The agenda and its outcome as PDF with initials instead of names; returns pages."""
    with in_dutch():
        return write_pdf(path, lambda width: _case_story(meeting, width),
                         _header(team, texts.CASE_TITLE, dutch_date(meeting.held_on)),
                         texts.CASE_FOOTER, protected=protected, title=texts.CASE_TITLE,
                         author=team, subject=texts.CASE_SUBJECT)
