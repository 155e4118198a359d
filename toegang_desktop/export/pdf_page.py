"""The page every PDF export shares: A4 margins, the header band, the footer with 'pagina X
van Y', and writing the file whole. Import only when exporting (reportlab)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import SimpleDocTemplate  # type: ignore[import-untyped]

from ..wording import pdf_texts as texts
from .pdf_fonts import BOLD, REGULAR, register_fonts, visual
from .pdf_styles import ACCENT
from .whole_file import BeforeReplace, ProtectedFiles, replaced_whole

MARGIN = 18 * mm
HEADER = 22 * mm
FOOTER = 14 * mm

PagePainter = Callable[[Canvas, SimpleDocTemplate], None]


def _numbered_canvas(pages: list[int], footer: str) -> type[Canvas]:
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
                                 texts.PAGE_OF.format(page=self._pageNumber, total=total))
            self.restoreState()

    return NumberedCanvas


def paint_header(canvas: Canvas, doc: SimpleDocTemplate, x: float, name: str, title: str,
                 date_text: str) -> None:
    """The header band: `name` (the municipality) in bold with `title` under it from `x`,
    the date on the right, and a line under it all."""
    width, height = doc.pagesize
    top = height - 10 * mm
    canvas.saveState()
    canvas.setFont(BOLD, 11)
    canvas.setFillColor(ACCENT)
    canvas.drawString(x, top - 5 * mm, visual(name))
    canvas.setFont(REGULAR, 8.5)
    canvas.setFillColorRGB(0.3, 0.3, 0.3)
    canvas.drawString(x, top - 9.5 * mm, title)
    canvas.drawRightString(width - MARGIN, top - 5 * mm, date_text)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, height - HEADER, width - MARGIN, height - HEADER)
    canvas.restoreState()


def write_pdf(path: Path, story: Callable[[float], list[Any]], paint: PagePainter, footer: str,
              *, protected: ProtectedFiles, before_replace: BeforeReplace | None = None,
              pagesize: tuple[float, float] = A4, **metadata: str) -> int:
    """Write the PDF whole or not at all, never over one of the `protected` files; return the
    page count. `story` gets the width between the margins; `metadata` are reportlab's title,
    author and subject; `before_replace` runs before the file gets its name (see
    export/whole_file.py); `pagesize` is A4 upright unless a wide table needs it on its side."""
    register_fonts()
    with replaced_whole(Path(path), protected, ".pdf.tmp", before_replace) as temp:
        doc = SimpleDocTemplate(
            str(temp), pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=HEADER + 5 * mm, bottomMargin=FOOTER + 6 * mm,
            creator="Toegang Desktop", lang="nl-NL", **metadata)
        pages: list[int] = []
        doc.build(story(doc.width), onFirstPage=paint, onLaterPages=paint,
                  canvasmaker=_numbered_canvas(pages, footer))
    return pages[-1]
