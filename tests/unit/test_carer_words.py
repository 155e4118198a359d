"""The informal carer's own words (issue 18): a field of their own on the informal-care domain,
stored (older stores migrate to an empty text), in the JSON dossier (older files read as
empty) and printed in both reports as the carer's words, never under the resident's."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

from toegang_desktop.domain.conversation import DomainAssessment, Duration
from toegang_desktop.export.dossier_json_read import dossier_from_dict
from toegang_desktop.export.pdf_report import Variant
from toegang_desktop.locations import migrations_dir
from toegang_desktop.store.connection import open_store
from toegang_desktop.wording import pdf_texts
from toegang_desktop.wording.field_names import field_label
from toegang_desktop.wording.translation import in_dutch

from .test_pdf_report import _write, make_context

FIXTURES = Path(__file__).parent.parent / "fixtures"
RESIDENT_SAYS = "Mijn dochter regelt alles"
CARER_SAYS = "Ik kan het naast mijn werk niet meer aan en wil een dag per week vrij"


def _context_with_informal_care():  # type: ignore[no-untyped-def]
    context = make_context()
    care = DomainAssessment("informal_care", "Mantelzorg", 9, discussed=True, level=2,
                            own_words=RESIDENT_SAYS, carer_words=CARER_SAYS,
                            duration=Duration.LONG_TERM)
    conversation = replace(context.conversation,
                           assessments=[*context.conversation.assessments, care])
    return replace(context, conversation=conversation)


def test_the_resident_report_prints_the_carer_words_as_the_carers(tmp_path: Path) -> None:
    text, _, _ = _write(tmp_path, _context_with_informal_care(), Variant.RESIDENT)
    assert pdf_texts.RESIDENT_OWN_WORDS.format(text=RESIDENT_SAYS) in text
    assert pdf_texts.RESIDENT_CARER_WORDS.format(text=CARER_SAYS) in text
    assert pdf_texts.RESIDENT_OWN_WORDS.format(text=CARER_SAYS) not in text
    assert text.count(CARER_SAYS) == 1


def test_the_file_report_prints_the_carer_words_under_their_own_label(tmp_path: Path) -> None:
    text, _, _ = _write(tmp_path, _context_with_informal_care(), Variant.FILE)
    with in_dutch():
        carer_label, own_label = field_label("carer_words"), field_label("own_words")
    assert carer_label != own_label and "mantelzorger" in carer_label.lower()
    assert f"{carer_label} {CARER_SAYS}" in text or f"{carer_label}: {CARER_SAYS}" in text
    assert text.count(CARER_SAYS) == 1
    assert f"{own_label} {CARER_SAYS}" not in text and f"{own_label}: {CARER_SAYS}" not in text


def test_no_carer_words_prints_no_carer_line(tmp_path: Path) -> None:
    text, _, _ = _write(tmp_path, make_context(), Variant.RESIDENT)
    assert pdf_texts.RESIDENT_CARER_WORDS.split("{")[0].strip() not in text


def test_a_store_from_before_the_field_migrates_to_empty_carer_words(tmp_path: Path) -> None:
    copy = tmp_path / "toegang.sqlite"
    shutil.copy(FIXTURES / "store_schema_v11.sqlite", copy)
    db = open_store(copy, tmp_path / "backups", migrations_dir())
    try:
        counts = db.execute(
            "SELECT count(*), sum(carer_words = ''), sum(own_words <> '')"
            " FROM domain_assessments").fetchone()
    finally:
        db.close()
    total, empty, with_own_words = counts
    assert total > 0 and empty == total
    assert with_own_words > 0  # the resident's words stay where they were


def test_a_dossier_written_before_the_field_reads_it_as_empty() -> None:
    data = json.loads((FIXTURES / "dossier_v3.json").read_text(encoding="utf-8"))
    assert all("carer_words" not in a for c in data["conversations"] for a in c["assessments"])
    _, conversations, _ = dossier_from_dict(data, date(2026, 11, 23))
    assert conversations and all(a.carer_words == "" for c in conversations for a in c.assessments)
