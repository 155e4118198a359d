"""The PDF conversation report (gespreksverslag), in two variants: for the resident (plain
Dutch, B1) and for the file (complete). Import this module only when exporting: it loads
reportlab, which the application must not pay for at start-up.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import SimpleDocTemplate  # type: ignore[import-untyped]

from ..wording import pdf_texts as texts
from ..wording.pdf_texts import CONFIDENTIAL, SUBJECT, TITLE_FILE, TITLE_RESIDENT, dutch_date
from ..wording.translation import in_dutch
from .pdf_file import file_story
from .pdf_page import MARGIN, PagePainter, paint_header, write_pdf
from .pdf_resident import resident_story
from .pdf_safety import restricted_section
from .pdf_styles import signature_blocks
from .report_context import ReportContext
from .whole_file import BeforeReplace, ProtectedFiles


class Variant(StrEnum):
    RESIDENT = "resident"
    FILE = "file"


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
        worker = (texts.SIGNER_WORKER_FOR_RESIDENT if variant is Variant.RESIDENT
                  else texts.SIGNER_WORKER_FOR_FILE)
        story += signature_blocks([(texts.SIGNER_RESIDENT, context.resident.name),
                                   (worker, context.professional)], width)
    if variant is Variant.FILE and context.include_restricted and context.safety is not None:
        story += restricted_section(context.safety)  # last, on its own pages, after signing
    return story


def write_report(context: ReportContext, variant: Variant, path: Path, *,
                 protected: ProtectedFiles, before_replace: BeforeReplace | None = None) -> int:
    """Write the PDF whole or not at all (never over a `protected` file); return the page count.
    `before_replace` runs once the file is complete, before it gets its name (the export's
    event and log line)."""
    variant = Variant(variant)
    title = TITLE_RESIDENT if variant is Variant.RESIDENT else TITLE_FILE
    with in_dutch():  # a Dutch document, whatever the interface language
        return write_pdf(
            path, lambda width: _story(context, variant, width), _header_painter(context, title),
            CONFIDENTIAL, protected=protected, before_replace=before_replace,
            # No name in the metadata: file properties, search indexes and mail previews show it.
            title=f"{title} – {dutch_date(context.conversation.held_on)}",
            author=context.professional or context.municipality,
            subject=SUBJECT if variant is Variant.FILE else TITLE_RESIDENT)
