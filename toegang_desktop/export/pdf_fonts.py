"""Fonts and text preparation for the PDF report: DejaVu Sans, right-to-left shaping, escaping.

Imported only when a report is written (it imports reportlab); never at application start.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import arabic_reshaper  # type: ignore[import-untyped]
from bidi.algorithm import get_display  # type: ignore[import-untyped]
from reportlab.lib.fonts import addMapping  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

from ..locations import resources_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
# Reportlab splits words that do not fit a line (splitLongWords), but a single word of tens of
# thousands of characters makes that slow: such words are cut into pieces of this length.
MAX_WORD = 80
# A free-text field becomes one Paragraph per line, and a line longer than this is cut at a
# space into several, so no Paragraph is large (they split across pages, but cost time).
MAX_PARAGRAPH = 3000
_WORD = re.compile(rf"\S{{{MAX_WORD + 1},}}")
_RTL_CLASSES = frozenset({"R", "AL"})


@cache
def register_fonts() -> None:
    """Register DejaVu Sans regular and bold once, also as a family so <b> works."""
    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(REGULAR, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in text)


def visual(text: str) -> str:
    """Text in the order and letter forms to draw it: Arabic joined, right-to-left runs
    reversed. Only for text that contains right-to-left characters (one line at a time)."""
    if not has_rtl(text):
        return text
    return str(get_display(arabic_reshaper.reshape(text), base_dir="L"))  # a Dutch document


def escape(text: str) -> str:
    """Escape for reportlab Paragraph markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _cut_long_words(line: str) -> str:
    def cut(match: re.Match[str]) -> str:
        word = match.group(0)
        return " ".join(word[i:i + MAX_WORD] for i in range(0, len(word), MAX_WORD))

    return _WORD.sub(cut, line)


def _chunks(line: str) -> list[str]:
    """A long line as pieces of at most about MAX_PARAGRAPH characters, cut at spaces."""
    pieces = []
    while len(line) > MAX_PARAGRAPH:
        cut = line.rfind(" ", 0, MAX_PARAGRAPH)
        if cut <= 0:
            cut = MAX_PARAGRAPH
        pieces.append(line[:cut])
        line = line[cut:].lstrip()
    pieces.append(line)
    return pieces


def markup(text: str) -> str:
    """One short line of text as safe Paragraph markup (shaped, escaped, long words cut)."""
    return escape(_cut_long_words(visual(" ".join(text.split()))))


def paragraphs(text: str) -> list[str]:
    """Free text as a list of Paragraph markups: one per line (empty lines dropped), long
    lines cut into pieces; each shaped when it holds right-to-left text, and escaped."""
    found = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = " ".join(raw.split())
        if not line:
            continue
        for piece in _chunks(line):
            found.append(escape(_cut_long_words(visual(piece))))
    return found
