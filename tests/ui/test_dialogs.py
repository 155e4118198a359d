"""The resident and start dialogs: keyboard order, screen-reader names, and not losing input."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QGroupBox, QMessageBox, QWidget

from toegang_desktop.domain.conversation import DomainAssessment
from toegang_desktop.ui.conversation.conversation_start_dialog import ConversationStartDialog
from toegang_desktop.ui.conversation.domain_editor import DomainEditor
from toegang_desktop.ui.dossier.household_editor import MemberRow
from toegang_desktop.ui.dossier.resident_dialog import ResidentDialog

from .conftest import TODAY
from .typing import type_text

D = TypeVar("D", bound=QDialog)




@pytest.fixture
def closed_at_end() -> Iterator[Callable[[D], D]]:
    """Dialogs given to it are closed without asking at the end, even after a failure.

    (qtbot.addWidget would close them through reject(), which asks when they hold input.)
    """
    dialogs: list[QDialog] = []

    def keep(dialog: D) -> D:
        dialogs.append(dialog)
        return dialog

    yield keep
    for dialog in dialogs:
        dialog.done(QDialog.DialogCode.Rejected)


@pytest.fixture
def resident_dialog(qtbot, open_window, closed_at_end):  # type: ignore[no-untyped-def]
    window = open_window()
    dialog = closed_at_end(ResidentDialog(window._dossiers, parent=window))
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _add_rows(qtbot, dialog: ResidentDialog, count: int) -> list[MemberRow]:  # type: ignore[no-untyped-def]
    """Add empty household rows as the button does, and wait until they are on screen."""
    rows = []
    for _ in range(count):
        dialog.household.add_button.click()
        rows.append(dialog.household.rows[-1])
    qtbot.waitUntil(lambda: all(w.isVisible() for row in rows for w in row.widgets()))
    return rows


def _tab_path(start: QWidget, stop: QWidget) -> list[QWidget]:
    """The widgets Tab visits from `start` until `stop` (both included)."""
    path = [start]
    widget: QWidget | None = start
    while widget is not stop:
        assert widget is not None
        widget = widget.nextInFocusChain()
        if widget is start or widget is None:
            raise AssertionError("the focus chain never reaches the stop widget")
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            path.append(widget)
    return path


def test_tab_goes_through_the_household_rows_before_save(resident_dialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = resident_dialog
    first, second = _add_rows(qtbot, dialog, 2)
    path = _tab_path(dialog.first_names, dialog.cancel_button)
    assert path == [
        dialog.first_names, dialog.prefix, dialog.surname, dialog.date_of_birth, dialog.bsn,
        dialog.street, dialog.house_number, dialog.postcode, dialog.city, dialog.phone,
        dialog.email, *first.widgets(), *second.widgets(), dialog.household.add_button,
        dialog.save_button, dialog.cancel_button,
    ]
    # Real key presses follow the same order: from the e-mail field into the first row.
    dialog.email.setFocus()
    qtbot.waitUntil(dialog.email.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert first.role.hasFocus()
    second.remove.setFocus()
    qtbot.keyClick(second.remove, Qt.Key.Key_Tab)
    assert dialog.household.add_button.hasFocus()
    qtbot.keyClick(dialog.household.add_button, Qt.Key.Key_Tab)
    assert dialog.save_button.hasFocus()


def test_tab_order_is_kept_after_a_row_is_removed(resident_dialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = resident_dialog
    first, second = _add_rows(qtbot, dialog, 2)
    first.remove.click()
    path = _tab_path(dialog.email, dialog.save_button)
    assert path == [dialog.email, *second.widgets(), dialog.household.add_button,
                    dialog.save_button]


def test_household_names_are_renumbered_after_a_removal(resident_dialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = resident_dialog
    first, second = _add_rows(qtbot, dialog, 2)
    assert all("2" in widget.accessibleName() for widget in second.widgets())
    first.remove.click()
    assert dialog.household.rows == [second]
    expected = dialog.household.tr("Household member %1: %2").replace("%1", "1")
    for widget, name in zip(second.widgets(), ("Role", "First name(s)", "Prefix", "Surname",
                                                "Date of birth", "Remove"), strict=True):
        assert widget.accessibleName() == expected.replace("%2", dialog.household.tr(name))


def test_required_fields_say_so_to_screen_readers(resident_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog = resident_dialog
    required = dialog.tr(", required")
    for field in (dialog.first_names, dialog.surname, dialog.date_of_birth):
        assert field.accessibleName().endswith(required)
        assert "*" not in field.accessibleName()
    assert not dialog.prefix.accessibleName().endswith(required)


def test_dirty_resident_dialog_asks_before_discarding(resident_dialog, asked) -> None:  # type: ignore[no-untyped-def]
    dialog = resident_dialog
    type_text(dialog.first_names, "Zoë")
    asked.answer = QMessageBox.StandardButton.No
    dialog.reject()
    assert len(asked) == 1
    assert dialog.isVisible() and dialog.first_names.text() == "Zoë"
    asked.answer = QMessageBox.StandardButton.Yes
    dialog.reject()
    assert len(asked) == 2
    assert not dialog.isVisible()


def test_escape_and_cancel_ask_too(resident_dialog, asked, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = resident_dialog
    dialog.household.add_member(None)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible()
    dialog.cancel_button.click()
    assert len(asked) == 2 and dialog.isVisible()
    dialog.close()
    assert len(asked) == 3 and dialog.isVisible()


def test_untouched_resident_dialog_closes_without_asking(resident_dialog, asked) -> None:  # type: ignore[no-untyped-def]
    dialog = resident_dialog
    dialog.reject()
    assert asked == []
    assert not dialog.isVisible()


def test_opening_an_existing_resident_is_not_a_change(open_window, asked, closed_at_end) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    dialog = closed_at_end(ResidentDialog(window._dossiers, parent=window))
    type_text(dialog.first_names, "Jan")
    type_text(dialog.surname, "Proef")
    type_text(dialog.date_of_birth, "01-01-1980")
    dialog.household.add_member(None)
    type_text(dialog.household.rows[0].first_names, "Anna")
    type_text(dialog.household.rows[0].surname, "Proef")
    dialog.save()
    assert dialog.saved_id is not None
    resident = window._dossiers.resident(dialog.saved_id)
    again = closed_at_end(ResidentDialog(window._dossiers, resident, parent=window))
    again.show()
    assert not again.is_dirty()
    again.reject()
    assert asked == [] and not again.isVisible()


def test_problem_banner_is_announced_and_the_wrong_field_focused(resident_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog = resident_dialog
    type_text(dialog.first_names, "Jan")
    type_text(dialog.date_of_birth, "01-01-1980")
    dialog.save()
    assert dialog.banner.isVisible()
    assert dialog.banner.accessibleDescription() == dialog.banner.text()
    assert dialog.banner.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert dialog.surname.hasFocus()


def test_start_dialog_shows_only_what_is_known_at_the_start(  # type: ignore[no-untyped-def]
    qtbot, open_window, asked, closed_at_end
) -> None:
    window = open_window()
    dialog = closed_at_end(
        ConversationStartDialog(window._conversations, 1, "Jan Proef", TODAY, parent=window))
    dialog.show()
    qtbot.waitExposed(dialog)
    form = dialog.form
    for later in (form.finalised_on, form.application_date, form.decision_date, form.deadlines):
        assert not later.isVisible()
        label = form.layout().labelForField(later)
        assert label is not None and not label.isVisible()
    assert form.melding_date.isVisible() and form.question.isVisible()
    # Untouched: closes at once; typed: asks first.
    dialog.reject()
    assert asked == [] and not dialog.isVisible()
    dialog.show()
    type_text(form.question, "Ik wil hulp.")
    dialog.reject()
    assert len(asked) == 1 and dialog.isVisible()
    asked.answer = QMessageBox.StandardButton.Yes
    dialog.reject()
    assert not dialog.isVisible()


def test_level_colour_is_a_badge_and_the_level_text_is_described(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    checklist = window._conversations.checklist
    editor = DomainEditor(checklist)
    qtbot.addWidget(editor)
    domain = checklist.domains[0]
    editor.load(DomainAssessment(domain_key=domain.key, label=domain.label, position=0))
    for level, button in editor.level_buttons.items():
        assert not button.icon().isNull()
        assert "color" not in button.styleSheet()
        if level is not None:
            assert button.accessibleDescription() == domain.level_texts[level - 1]
    box = editor.discussed_yes.parentWidget()
    assert isinstance(box, QGroupBox) and box.title() == editor.tr("Discussed?")
