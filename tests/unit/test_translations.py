"""The Dutch translation is complete and faithful; translation files match the sources."""

from __future__ import annotations

import ast
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from ..children import run_child

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
_PLACEHOLDER = re.compile(r"%L?n|%\d|\{[a-z_]+\}|</?[a-z]+>")


def _messages(language: str) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(TRANSLATIONS / f"toegang_{language}.ts")
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def _markers(text: str) -> Counter[str]:
    """Placeholders and HTML tags, plus the number of menu accelerators ('&' before a letter)."""
    found = Counter(_PLACEHOLDER.findall(text))
    found["&"] = len(re.findall(r"&[^&\s]", text.replace("&&", "")))
    return found


DUTCH = _messages("nl")


def test_dutch_file_has_messages() -> None:
    assert len(DUTCH) > 100


@pytest.mark.parametrize(("context", "source", "message"), DUTCH,
                         ids=[f"{c}:{s[:40]}" for c, s, _ in DUTCH])
def test_every_dutch_message_is_translated_with_the_same_placeholders(
    context: str, source: str, message: ET.Element
) -> None:
    translation = message.find("translation")
    assert translation is not None
    assert translation.get("type") is None, f"unfinished in {context}: {source!r}"
    expected = _markers(source)
    for text in _texts(message):
        assert text.strip(), f"empty translation in {context}: {source!r}"
        if message.get("numerus") == "yes":
            continue  # a singular form may spell the number out instead of %n
        assert _markers(text) == expected, text


# The resident's own report speaks to the resident as "u"; every other text speaks to the
# professional, and does so as "je" throughout.
_TO_THE_RESIDENT = {("Labels", "You yourself"), ("Labels", "Someone around you")}


def test_the_professional_is_addressed_as_je_everywhere() -> None:
    formal = [(context, text) for context, source, message in DUTCH
              if (context, source) not in _TO_THE_RESIDENT
              for text in _texts(message) if re.search(r"\b[Uu]w?\b", text)]
    assert formal == [], formal


def test_english_plural_forms_are_filled() -> None:
    plural = [m for _c, _s, m in _messages("en") if m.get("numerus") == "yes"]
    assert plural
    for message in plural:
        assert all(text.strip() for text in _texts(message))


def test_translation_files_match_the_source_code() -> None:
    """A string added to the code without running the update script fails here."""
    result = run_child(
        [sys.executable, str(ROOT / "scripts" / "update_translations.py"), "--check"],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _literal_texts(path: Path) -> list[str]:
    """The literal texts of translate("Context", "...") and self.tr("...") calls in a file."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else \
            node.func.id if isinstance(node.func, ast.Name) else ""
        position = {"translate": 1, "tr": 0}.get(name)
        if position is None or len(node.args) <= position:
            continue
        text = node.args[position]
        if isinstance(text, ast.Constant) and isinstance(text.value, str):
            found.append(text.value)
    return found


def test_every_text_in_the_code_is_in_the_translation_file() -> None:
    """Some lupdate versions silently skip calls (6.11: a plural count given as an attribute),
    so compare the literal texts in the code with what the translation file holds."""
    known = {source for _context, source, _message in DUTCH}
    missing = [f"{path.name}: {text!r}"
               for path in sorted((ROOT / "toegang_desktop").rglob("*.py"))
               for text in _literal_texts(path) if text not in known]
    assert not missing, missing
