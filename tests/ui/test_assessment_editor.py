"""The domain editor's table of fields covers every field of a DomainAssessment, and each
widget shows the field's value and gives it back unchanged."""

from __future__ import annotations

import pytest

from toegang_desktop.content.checklist import load_checklist
from toegang_desktop.domain.conversation import DomainAssessment
from toegang_desktop.locations import default_checklist_path
from toegang_desktop.ui.conversation.domain_editor import NOT_EDITED, DomainEditor, assessment_widgets

from ..unit.test_assessment_fields import FIELDS, filled_assessment
from .typing import type_text


@pytest.mark.parametrize("name", FIELDS)
def test_the_editor_table_has_the_field(name: str) -> None:
    edited = [widget.field for widget in assessment_widgets()]
    assert edited.count(name) + NOT_EDITED.count(name) == 1, (
        f"'{name}' must be in the domain editor's table (or in NOT_EDITED), once")


def test_every_field_in_the_table_is_shown_and_read_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = DomainEditor(load_checklist(default_checklist_path()))
    qtbot.addWidget(editor)
    filled = filled_assessment()
    editor.load(filled)
    read_back = DomainAssessment(filled.domain_key, filled.label, filled.position)
    editor._fields.store(read_back)
    assert read_back == filled
    for widget in assessment_widgets():
        assert widget.label, f"{widget.field} has no name for screen readers"


def test_the_carers_words_have_a_row_on_the_informal_care_domain_only(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFormLayout

    editor = DomainEditor(load_checklist(default_checklist_path()))
    qtbot.addWidget(editor)
    form = editor._details
    assert isinstance(form, QFormLayout)
    changed: list[str] = []
    editor.changed.connect(changed.append)

    care = DomainAssessment("informal_care", "Mantelzorg", 9)
    editor.load(care)
    assert form.isRowVisible(editor.carer_words)
    type_text(editor.carer_words, "Ik wil een dag per week vrij.")
    assert care.carer_words == "Ik wil een dag per week vrij."
    assert care.own_words == "" and care.discussed is True  # the carer's words, not the resident's
    assert changed and changed[-1] == "informal_care"

    editor.load(DomainAssessment("finances", "Financiën", 0))
    assert not form.isRowVisible(editor.carer_words)
    imported = DomainAssessment("finances", "Financiën", 0, carer_words="Uit een import")
    editor.load(imported)  # recorded elsewhere anyway: shown, not hidden away
    assert form.isRowVisible(editor.carer_words)
