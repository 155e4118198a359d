"""The PDF conversation report (gespreksverslag), in two variants: for the resident (plain
Dutch, B1) and for the file (complete). Import this module only when exporting: it loads
reportlab, which the application must not pay for at start-up.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import SimpleDocTemplate  # type: ignore[import-untyped]

from ..domain.conversation import Conversation
from ..domain.investigation import Topic, TopicRecord
from ..domain.plan import Agreement, Partner, Route
from ..domain.resident import Resident
from ..domain.rules import Signal
from ..domain.safety import SafetyRecord
from .pdf_file import file_story
from .pdf_fonts import BOLD, REGULAR, register_fonts, visual
from .pdf_resident import resident_story
from .pdf_safety import restricted_section
from .pdf_styles import ACCENT, signature_blocks
from .pdf_texts import CONFIDENTIAL, SUBJECT, TITLE_FILE, TITLE_RESIDENT, dutch_date

MARGIN = 18 * mm
HEADER = 22 * mm
FOOTER = 14 * mm


class Variant(StrEnum):
    RESIDENT = "resident"
    FILE = "file"


@dataclass(frozen=True)
class ReportContext:
    resident: Resident
    conversation: Conversation
    previous: Conversation | None
    signals: list[Signal]
    route: Route | None
    agreements: list[Agreement]
    partners: dict[int, Partner]
    topics: dict[Topic, TopicRecord]
    safety: SafetyRecord | None  # RESTRICTED
    include_restricted: bool  # file variant only, when explicitly chosen
    municipality: str
    logo: Path | None
    professional: str
    contact: str
    signatures: bool
    generated_on: date


def _numbered_canvas(pages: list[int], footer: str = CONFIDENTIAL) -> type[Canvas]:
    """A canvas that keeps every page until the end, then writes 'pagina X van Y' on each
    (the total is known only then) and reports the page count in `pages`; `footer` on the left."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            pages.append(total)
            super().save()

        def _footer(self, total: int) -> None:
            width, _ = self._pagesize
            self.saveState()
            self.setStrokeColor(ACCENT)
            self.setLineWidth(0.5)
            self.line(MARGIN, FOOTER, width - MARGIN, FOOTER)
            self.setFont(REGULAR, 8)
            self.drawString(MARGIN, FOOTER - 10, footer)
            self.drawRightString(width - MARGIN, FOOTER - 10,
                                 f"pagina {self._pageNumber} van {total}")
            self.restoreState()

    return NumberedCanvas


def _logo(path: Path | None) -> ImageReader | None:
    """The logo, or None when there is none or it cannot be read (the report still prints)."""
    if path is None:
        return None
    try:
        reader = ImageReader(str(path))
        reader.getSize()
    except Exception:  # noqa: BLE001 - a broken logo must not stop the report
        return None
    return reader


def _header_painter(context: ReportContext, title: str) -> Any:
    logo = _logo(context.logo)

    def paint(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        width, height = doc.pagesize
        top = height - 10 * mm
        canvas.saveState()
        x = MARGIN
        if logo is not None:
            w, h = logo.getSize()
            box_h = 12 * mm
            box_w = min(40 * mm, box_h * w / h if h else box_h)
            canvas.drawImage(logo, x, top - box_h, width=box_w, height=box_h,
                             preserveAspectRatio=True, anchor="sw", mask="auto")
            x += box_w + 4 * mm
        canvas.setFont(BOLD, 11)
        canvas.setFillColor(ACCENT)
        canvas.drawString(x, top - 5 * mm, visual(context.municipality))
        canvas.setFont(REGULAR, 8.5)
        canvas.setFillColorRGB(0.3, 0.3, 0.3)
        canvas.drawString(x, top - 9.5 * mm, title)
        canvas.drawRightString(width - MARGIN, top - 5 * mm, dutch_date(context.generated_on))
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, height - HEADER, width - MARGIN, height - HEADER)
        canvas.restoreState()

    return paint


def _story(context: ReportContext, variant: Variant, width: float) -> list[Any]:
    story = resident_story(context, width) if variant is Variant.RESIDENT else file_story(context, width)
    if context.signatures:
        worker = "Medewerker van de gemeente" if variant is Variant.RESIDENT else "Professional"
        story += signature_blocks([("Inwoner", context.resident.name),
                                   (worker, context.professional)], width)
    if variant is Variant.FILE and context.include_restricted and context.safety is not None:
        story += restricted_section(context.safety)  # last, on its own pages, after signing
    return story


def write_report(context: ReportContext, variant: Variant, path: Path) -> int:
    """Write the PDF (to a temp file in the same folder, then os.replace); return the page count."""
    variant = Variant(variant)
    register_fonts()
    title = TITLE_RESIDENT if variant is Variant.RESIDENT else TITLE_FILE
    # No name in the metadata: file properties, search indexes and mail previews show it.
    full_title = f"{title} – {dutch_date(context.conversation.held_on)}"
    path = Path(path)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".pdf.tmp", dir=path.parent)
    os.close(handle)
    try:
        doc = SimpleDocTemplate(
            temp_name, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=HEADER + 5 * mm, bottomMargin=FOOTER + 6 * mm,
            title=full_title, author=context.professional or context.municipality,
            subject=SUBJECT if variant is Variant.FILE else TITLE_RESIDENT,
            creator="Toegang Desktop", lang="nl-NL",
        )
        pages: list[int] = []
        paint = _header_painter(context, title)
        doc.build(_story(context, variant, doc.width), onFirstPage=paint, onLaterPages=paint,
                  canvasmaker=_numbered_canvas(pages))
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    return pages[-1]
