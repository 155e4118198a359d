"""Paragraph styles and small flowable builders shared by both report variants."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    CondPageBreak,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..wording import pdf_texts as texts
from .pdf_fonts import BOLD, REGULAR, markup, paragraphs

ACCENT = colors.HexColor("#1f5f99")
SOFT = colors.HexColor("#eef3f8")
# A table cell cannot split across pages: text longer than this goes below the table instead.
MAX_CELL = 700
# Free text up to this length on one line after its label.
SHORT = 240

BODY = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=14, spaceAfter=3)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=11, spaceAfter=0)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=12, spaceAfter=0)
CELL_HEAD = ParagraphStyle("cellhead", parent=CELL, fontName=BOLD, textColor=colors.white)
LABEL = ParagraphStyle("label", parent=BODY, fontName=BOLD, fontSize=9.5, spaceAfter=1, spaceBefore=3)
TITLE = ParagraphStyle("title", parent=BODY, fontName=BOLD, fontSize=17, leading=22, spaceAfter=4,
                       textColor=ACCENT)
# Headings keep with what follows: never a heading alone at the foot of a page.
H1 = ParagraphStyle("h1", parent=BODY, fontName=BOLD, fontSize=13, leading=17, spaceBefore=12,
                    spaceAfter=5, textColor=ACCENT, keepWithNext=1)
H2 = ParagraphStyle("h2", parent=BODY, fontName=BOLD, fontSize=11, leading=15, spaceBefore=8,
                    spaceAfter=2, keepWithNext=1)
RESTRICTED = ParagraphStyle("restricted", parent=H1, textColor=colors.HexColor("#a01010"))

Flowables = list[Any]


def para(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    """One short line of plain text (escaped and shaped)."""
    return Paragraph(markup(text), style)


def rich(markup_text: str, style: ParagraphStyle = BODY) -> Paragraph:
    """Markup written by this module (labels in <b>); values must already be escaped."""
    return Paragraph(markup_text, style)


def heading(text: str, style: ParagraphStyle = H1) -> Flowables:
    """A heading that never ends a page on its own."""
    return [CondPageBreak(30 * mm), para(text, style)]


def text_block(text: str, style: ParagraphStyle = BODY) -> Flowables:
    """Free text of any length as paragraphs that flow across pages."""
    return [Paragraph(piece, style) for piece in paragraphs(text)]


def labelled(label: str, text: str) -> Flowables:
    """A bold label with free text: on one line when short, else under it; nothing when
    the text is empty."""
    blocks = text_block(text)
    if not blocks:
        return []
    if len(blocks) == 1 and len(text) <= SHORT:
        return [field(label, text)]
    return [KeepTogether([para(label, LABEL), blocks[0]]), *blocks[1:]]


def field(label: str, value: str) -> Paragraph:
    """'Label: value' on one line (the value escaped and shaped)."""
    colon = "" if label.endswith(("?", ":")) else ":"
    return rich(f"<b>{markup(label)}{colon}</b> {markup(value)}")


def table(header: list[str], rows: list[list[str]], widths: list[float]) -> Flowables:
    """A table with a repeated header row; rows split over pages. Cell text longer than
    MAX_CELL is shortened in the cell and printed in full under the table."""
    data = [[Paragraph(markup(h), CELL_HEAD) for h in header]]
    overflow: Flowables = []
    for row_number, row in enumerate(rows, start=1):
        cells = []
        for column, value in enumerate(row):
            if len(value) > MAX_CELL:
                cells.append(Paragraph(markup(value[:200]) + texts.CELL_CONTINUED, CELL))
                where = texts.CELL_OVERFLOW.format(column=header[column], row=row_number)
                overflow += [para(where, LABEL), *text_block(value)]
            else:
                cells.append(Paragraph("<br/>".join(paragraphs(value)), CELL))
        data.append(cells)
    result = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    result.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, SOFT]),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c8d3de")),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return [result, *overflow, Spacer(1, 4)]


def signature_blocks(names: list[tuple[str, str]], width: float) -> Flowables:
    """Signature blocks side by side: (role, name) each with date and a line to sign on."""
    cells = []
    for role, name in names:
        cells.append([para(role, LABEL), para(texts.SIGNATURE_NAME.format(name=name), SMALL),
                      para(texts.SIGNATURE_DATE, SMALL),
                      Spacer(1, 16 * mm), para(texts.SIGNATURE_LINE, SMALL)])
    result = Table([cells], colWidths=[width / len(names)] * len(names), hAlign="LEFT")
    result.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (-1, 0), 0, colors.white),
        ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#9aa9b8")),
        ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9aa9b8")),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
    ]))
    return [CondPageBreak(50 * mm), *heading("Ondertekening"), result]
