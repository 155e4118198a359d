"""The chart of the self-reliance levels per life domain: horizontal bars on a fixed 1-5 scale,
the previous conversation's level beside the current one, with a legend."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String  # type: ignore[import-untyped]
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]

from ..domain.conversation import Conversation, DomainAssessment
from ..wording import pdf_texts as texts
from ..wording.pdf_texts import dutch_date
from .pdf_fonts import BOLD, REGULAR, visual

CURRENT = colors.HexColor("#1f5f99")
PREVIOUS = colors.HexColor("#b8c4cf")
GRID = colors.HexColor("#d0d0d0")
LABEL_WIDTH = 150.0
FONT_SIZE = 8.0


def _levels(conversation: Conversation | None) -> dict[str, int]:
    if conversation is None:
        return {}
    return {a.domain_key: a.level for a in conversation.assessments
            if a.level is not None and a.discussed is not False}


def charted(conversation: Conversation) -> list[DomainAssessment]:
    """The domains that have a level in this conversation, in checklist order."""
    return [a for a in sorted(conversation.assessments, key=lambda a: a.position)
            if a.level is not None and a.discussed is not False]


def _fit(text: str, width: float) -> str:
    """The label shortened with an ellipsis so it fits the label column."""
    text = visual(text)
    if stringWidth(text, REGULAR, FONT_SIZE) <= width:
        return text
    while text and stringWidth(text + "…", REGULAR, FONT_SIZE) > width:
        text = text[:-1]
    return text + "…"


def level_chart(conversation: Conversation, previous: Conversation | None, width: float,
                level_names: Sequence[str], for_resident: bool = False) -> Drawing:
    """A drawing `width` points wide; one row per domain with a level."""
    rows = charted(conversation)
    before = _levels(previous)
    paired = bool(before)
    row_height = 20.0 if paired else 14.0
    legend_height = 18.0
    axis_height = 22.0
    height = legend_height + axis_height + row_height * len(rows) + 4
    drawing = Drawing(width, height)
    x0 = LABEL_WIDTH + 6
    bar_width = width - x0 - 8
    unit = bar_width / 5.0
    top = height - legend_height
    bottom = axis_height

    # legend
    legend = [(CURRENT, texts.CHART_THIS_CONVERSATION.format(date=dutch_date(conversation.held_on)))]
    if previous is not None and paired:
        legend.append((PREVIOUS, texts.CHART_PREVIOUS_CONVERSATION.format(date=dutch_date(previous.held_on))))
    x = x0
    for colour, text in legend:
        drawing.add(Rect(x, height - 11, 10, 8, fillColor=colour, strokeColor=None))
        drawing.add(String(x + 14, height - 10, text, fontName=REGULAR, fontSize=FONT_SIZE))
        x += 24 + stringWidth(text, REGULAR, FONT_SIZE)

    # grid and scale 1-5 (fixed)
    for level in range(0, 6):
        gx = x0 + unit * level
        drawing.add(Line(gx, bottom, gx, top, strokeColor=GRID, strokeWidth=0.5))
        if level:
            drawing.add(String(gx, bottom - 10, str(level), fontName=BOLD, fontSize=FONT_SIZE,
                               textAnchor="middle"))
    # The resident's version explains only the ends of the scale, in plain words.
    scale = (texts.CHART_SCALE_RESIDENT if for_resident
             else "   ".join(f"{level} {name}" for level, name in enumerate(level_names, start=1)))
    drawing.add(String(x0, bottom - 20, scale, fontName=REGULAR, fontSize=6.5,
                       fillColor=colors.HexColor("#555555")))

    for index, item in enumerate(rows):
        y = top - row_height * (index + 1)
        label = _fit(item.label, LABEL_WIDTH)
        drawing.add(String(LABEL_WIDTH, y + row_height / 2 - 3, label, fontName=REGULAR,
                           fontSize=FONT_SIZE, textAnchor="end"))
        level = item.level or 0
        if paired:
            old = before.get(item.domain_key)
            if old is not None:
                drawing.add(Rect(x0, y + 3, unit * old, 6, fillColor=PREVIOUS, strokeColor=None))
            drawing.add(Rect(x0, y + 10, unit * level, 7, fillColor=CURRENT, strokeColor=None))
        else:
            drawing.add(Rect(x0, y + 3, unit * level, 8, fillColor=CURRENT, strokeColor=None))
    return drawing
