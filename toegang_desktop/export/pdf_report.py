"""The PDF conversation report (gespreksverslag), in two variants: for the resident (plain
Dutch, B1) and for the file (complete). Import this module only when exporting: it loads
reportlab, which the application must not pay for at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

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
from .pdf_page import MARGIN, PagePainter, paint_header, write_pdf
from .pdf_resident import resident_story
from .pdf_safety import restricted_section
from .pdf_styles import signature_blocks
from .pdf_texts import CONFIDENTIAL, SUBJECT, TITLE_FILE, TITLE_RESIDENT, dutch_date
from .whole_file import BeforeReplace


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


def _header_painter(context: ReportContext, title: str) -> PagePainter:
    logo = _logo(context.logo)
    date_text = dutch_date(context.generated_on)

    def paint(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        x = MARGIN
        if logo is not None:
            w, h = logo.getSize()
            box_h = 12 * mm
            box_w = min(40 * mm, box_h * w / h if h else box_h)
            top = doc.pagesize[1] - 10 * mm
            canvas.drawImage(logo, x, top - box_h, width=box_w, height=box_h,
                             preserveAspectRatio=True, anchor="sw", mask="auto")
            x += box_w + 4 * mm
        paint_header(canvas, doc, x, context.municipality, title, date_text)

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


def write_report(context: ReportContext, variant: Variant, path: Path,
                 before_replace: BeforeReplace | None = None) -> int:
    """Write the PDF whole or not at all; return the page count. `before_replace` runs once the
    file is complete, before it gets its name (the export's event and log line)."""
    variant = Variant(variant)
    title = TITLE_RESIDENT if variant is Variant.RESIDENT else TITLE_FILE
    return write_pdf(
        path, lambda width: _story(context, variant, width), _header_painter(context, title),
        CONFIDENTIAL,
        # No name in the metadata: file properties, search indexes and mail previews show it.
        title=f"{title} – {dutch_date(context.conversation.held_on)}",
        author=context.professional or context.municipality,
        subject=SUBJECT if variant is Variant.FILE else TITLE_RESIDENT,
        before_replace=before_replace)
