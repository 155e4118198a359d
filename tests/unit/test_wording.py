"""The words a person reads live in one place (toegang_desktop/wording): every label table
covers its enumeration, the documents' Dutch is the translation file's Dutch, level names come
from the checklist in use, and no other layer keeps a table of its own."""

from __future__ import annotations

import ast
import inspect
import re
import types
import typing
from collections.abc import Callable, Iterator
from datetime import date
from enum import Enum
from pathlib import Path

import pytest
from pypdf import PdfReader

from toegang_desktop.domain.access_log import AccessAction, AccessResult
from toegang_desktop.domain.period_report import Aggregate, Period
from toegang_desktop.domain.retention import ErasureReason
from toegang_desktop.export.pdf_report import Variant, write_report
from toegang_desktop.export.whole_file import ProtectedFiles
from toegang_desktop.wording import (
    backup_texts,
    labels,
    learning_labels,
    learning_messages,
    privacy_labels,
)
from toegang_desktop.wording.catalogue import catalogue_from_ts, catalogue_json
from toegang_desktop.wording.period_texts import sections
from toegang_desktop.wording.translation import (
    Catalogue,
    catalogue_path,
    in_dutch,
    translating_with,
)
from toegang_desktop.wording.vault_messages import passphrase_problem_text

from .test_pdf_report import make_context

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "toegang_nl.ts"
LABEL_MODULES = (labels, learning_labels, privacy_labels, backup_texts, learning_messages)
RENAMED_LEVELS = ("Crisis", "Kwetsbaar", "Wankel", "Stabiel", "Zelfstandig")


@pytest.fixture(scope="module")
def ts_catalogue() -> Catalogue:
    return catalogue_from_ts(TS_FILE)


def _enum_label_functions() -> Iterator[tuple[str, Callable[[object], str], list[object]]]:
    """Every public function of the label modules whose first parameter is an enumeration
    (optionally None), with the values to try: each member, and None where it is allowed."""
    for module in LABEL_MODULES:
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ != module.__name__ or name.startswith("_"):
                continue
            parameters = list(inspect.signature(function).parameters)
            if not parameters:
                continue
            hint = typing.get_type_hints(function)[parameters[0]]
            options = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
            enums = [o for o in options if isinstance(o, type) and issubclass(o, Enum)]
            if len(enums) == 1:
                values: list[object] = list(enums[0])
                if type(None) in options:
                    values.append(None)
                yield f"{module.__name__}.{name}", function, values


ENUM_LABELS = list(_enum_label_functions())


def _asked(function: Callable[[object], str], value: object) -> list[tuple[str, str]]:
    """The (context, source) pairs whose translation ends up in the label of `value` (a table
    asks for all its texts; each answer is marked so the one returned can be told apart)."""
    asked: list[tuple[str, str]] = []

    def recorder(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        asked.append((context, source))
        return f"<{len(asked) - 1}>"

    with translating_with(recorder):
        label = function(value)
    return [pair for index, pair in enumerate(asked) if f"<{index}>" in label]


def test_the_label_tables_are_found() -> None:
    """Guards the introspection: it must see the tables this module is about."""
    names = {name.rsplit(".", 1)[1] for name, _, _ in ENUM_LABELS}
    assert {"place_label", "owner_label", "decision_label", "category_label",
            "retention_law_label", "kind_text", "finding_kind_text"} <= names
    assert len(ENUM_LABELS) >= 28


@pytest.mark.parametrize(("name", "function", "values"), ENUM_LABELS, ids=[n for n, _, _ in ENUM_LABELS])
def test_every_label_table_covers_every_member_with_a_dutch_text(
        name: str, function: Callable[[object], str], values: list[object],
        ts_catalogue: Catalogue) -> None:
    for value in values:
        asked = _asked(function, value)  # a missing member raises KeyError here
        assert asked, f"{name}({value!r}) asks no translated text"
        for context, source in asked:
            assert source in ts_catalogue.get(context, {}), (
                f"{name}({value!r}): '{source}' ({context}) has no Dutch in {TS_FILE.name}")


@pytest.mark.parametrize(("name", "function", "values"), ENUM_LABELS, ids=[n for n, _, _ in ENUM_LABELS])
def test_the_documents_dutch_is_the_translation_files_dutch(
        name: str, function: Callable[[object], str], values: list[object],
        ts_catalogue: Catalogue) -> None:
    """What the PDF prints (in_dutch) is what the .ts file says, and so what the screen shows."""
    for value in values:
        (context, source), *_ = _asked(function, value)
        expected = ts_catalogue[context][source]
        with in_dutch():
            printed = function(value)
        assert isinstance(expected, str) and expected in printed, (name, value, printed, expected)


def test_string_keyed_tables_cover_their_codes() -> None:
    """The access log's codes and the erasure reasons are looked up by their text value; a
    missing one would show the bare code."""
    with in_dutch():
        for action in AccessAction:
            assert privacy_labels.action_label(action.value) != action.value, action
        for result in AccessResult:
            assert privacy_labels.result_label(result.value) != result.value, result
        for reason in ErasureReason:
            assert privacy_labels.erasure_label(reason.value) != reason.value, reason


def test_the_shipped_dutch_catalogue_is_generated_from_the_translation_file() -> None:
    assert catalogue_path().read_text(encoding="utf-8") == catalogue_json(TS_FILE), (
        "toegang_nl.json is out of date: run python scripts/update_translations.py")


def test_plural_messages_take_the_dutch_form() -> None:
    with in_dutch():
        assert backup_texts.translate("Backups", "%n resident(s)", "", 1) == "1 inwoner"
        assert backup_texts.translate("Backups", "%n resident(s)", "", 3) == "3 inwoners"


def _aggregate(level_names: tuple[str, ...]) -> Aggregate:
    return Aggregate(period=Period(date(2026, 1, 1), date(2026, 3, 31)),
                     generated_on=date(2026, 4, 1), level_names=level_names)


def test_the_period_report_names_the_levels_of_the_checklist_in_use() -> None:
    (levels,) = [s for s in sections(_aggregate(RENAMED_LEVELS)) if s.key == "levels"]
    assert "1 = crisis" in levels.note and "5 = zelfstandig" in levels.note
    assert "zelfredzaam" not in levels.note  # the standard checklist's names are not printed


def test_the_pdf_names_the_levels_of_the_checklist_in_use(tmp_path: Path) -> None:
    """A municipality that renames its levels gets its own words on paper, as on screen."""
    context = make_context(level_names=RENAMED_LEVELS)
    path = tmp_path / "dossier.pdf"
    write_report(context, Variant.FILE, path, protected=ProtectedFiles())
    text = " ".join(" ".join(page.extract_text() or "" for page in PdfReader(path).pages).split())
    assert "niveau 2 (kwetsbaar)" in text and "5 Zelfstandig" in text, text
    assert "zelfredzaam)" not in text.lower() and "Acuut" not in text


def test_no_layer_but_wording_keeps_a_table_of_enum_names() -> None:
    """A dict literal keyed by enum members (Place.HOME: ...) whose values are words or
    translate() calls is a label table; outside wording/ it would be a second one (the export
    writers once had 23 of them)."""
    package = ROOT / "toegang_desktop"
    offenders = []
    for path in sorted(package.rglob("*.py")):
        if path.parent.name == "wording":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Dict):
                continue
            keys = [k for k in node.keys if isinstance(k, ast.Attribute) and k.attr.isupper()]
            words = [v for v in node.values if _is_words(v)]
            if len(keys) >= 2 and len(words) >= 2:
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders, offenders


def _is_words(value: ast.expr) -> bool:
    """A translated text, or a literal that reads as words: settings keys and file-name parts
    ("retention/wmo_years", "inwoner") are neither capitalised nor hold a space."""
    if isinstance(value, ast.Call):
        return getattr(value.func, "attr", getattr(value.func, "id", "")) in ("tr", "translate")
    return (isinstance(value, ast.Constant) and isinstance(value.value, str)
            and (" " in value.value or not value.value.islower()))


@pytest.mark.parametrize("detail", [
    "agreement.2", "agreement.2.removed", "signal.long_term_need", "topic.needs",
    "bottleneck", "bottleneck.removed", "route", "safety_record", "finances.own_words",
])
def test_every_detail_the_services_log_is_worded_in_the_access_log(detail: str) -> None:
    """The access-log dialog shows `action_label`: a change to the plan, a signal's decision,
    an investigation topic or a bottleneck must not show its code ('agreement.2')."""
    from toegang_desktop.wording.privacy_labels import action_label

    with in_dutch():
        text = action_label("change", detail)
    assert text.startswith("Gewijzigd (") and detail not in text, text
    assert not re.search(r"[a-z]_[a-z]|\w\.\w|\bremoved\b|\bbottleneck\b", text), text


def test_the_password_rules_are_worded_without_qt_in_the_language_asked_for() -> None:
    """The command line and the window word a refused new password alike, from wording/."""
    with in_dutch():
        too_short = passphrase_problem_text("passphrase_too_short")
        mismatch = passphrase_problem_text("passphrase_mismatch")
    assert too_short.startswith("Het wachtwoord is te kort: gebruik minstens 8 tekens.")
    assert mismatch == "De twee wachtwoorden zijn niet gelijk. Typ twee keer hetzelfde wachtwoord."
