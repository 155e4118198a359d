"""Horizontal bar charts for the period report: this period beside the previous one. A bar
is drawn from the suppressed number (a count of 1-4 draws no bar and says "< 5")."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String  # type: ignore[import-untyped]
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]

from ..wording.period_texts import PREVIOUS_PERIOD, THIS_PERIOD, Section
from .pdf_chart import CURRENT, GRID, PREVIOUS
from .pdf_fonts import REGULAR, visual

LABEL_WIDTH = 160.0
FONT_SIZE = 8.0
VALUE_WIDTH = 30.0


def _fit(text: str, width: float) -> str:
    text = visual(text.strip())
    if stringWidth(text, REGULAR, FONT_SIZE) <= width:
        return text
    while text and stringWidth(text + "…", REGULAR, FONT_SIZE) > width:
        text = text[:-1]
    return text + "…"


def _nice_max(value: int) -> int:
    """A round upper end for the scale (at least 5)."""
    top = max(value, 5)
    for step in (5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if top <= step * 5:
            return -(-top // step) * step
    return top


def bar_chart(section: Section, width: float, paired: bool) -> Drawing:
    """One row per line of the section; `paired` adds the previous period's bar."""
    rows = list(section.rows)
    row_height = 20.0 if paired else 14.0
    legend_height = 16.0 if paired else 4.0
    axis_height = 14.0
    height = legend_height + axis_height + row_height * len(rows) + 2
    drawing = Drawing(width, height)
    x0 = LABEL_WIDTH + 6
    bar_width = width - x0 - VALUE_WIDTH
    top = height - legend_height
    bottom = axis_height
    scale_max = _nice_max(max([r.count for r in rows] + [r.before for r in rows] + [0]))
    unit = bar_width / scale_max

    if paired:
        x = x0
        for colour, text in ((CURRENT, THIS_PERIOD), (PREVIOUS, PREVIOUS_PERIOD)):
            drawing.add(Rect(x, height - 10, 10, 8, fillColor=colour, strokeColor=None))
            drawing.add(String(x + 14, height - 9, text, fontName=REGULAR, fontSize=FONT_SIZE))
            x += 24 + stringWidth(text, REGULAR, FONT_SIZE)
    steps = 5
    for i in range(steps + 1):
        value = scale_max * i // steps
        gx = x0 + unit * value
        drawing.add(Line(gx, bottom, gx, top, strokeColor=GRID, strokeWidth=0.5))
        drawing.add(String(gx, bottom - 10, str(value), fontName=REGULAR, fontSize=7,
                           textAnchor="middle", fillColor=colors.HexColor("#555555")))
    for index, row in enumerate(rows):
        y = top - row_height * (index + 1)
        drawing.add(String(LABEL_WIDTH, y + row_height / 2 - 3, _fit(row.label, LABEL_WIDTH),
                           fontName=REGULAR, fontSize=FONT_SIZE, textAnchor="end"))
        now_text = row.values[0]
        if paired:
            drawing.add(Rect(x0, y + 10, unit * row.count, 7, fillColor=CURRENT, strokeColor=None))
            drawing.add(Rect(x0, y + 3, unit * row.before, 6, fillColor=PREVIOUS, strokeColor=None))
            text_y = y + 10
        else:
            drawing.add(Rect(x0, y + 3, unit * row.count, 8, fillColor=CURRENT, strokeColor=None))
            text_y = y + 4
        drawing.add(String(x0 + unit * row.count + 3, text_y, now_text, fontName=REGULAR,
                           fontSize=7, fillColor=colors.HexColor("#333333")))
    return drawing
