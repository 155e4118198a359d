"""Exporting the report of the conversation on screen: File > Export report (PDF), the
variant and the restricted record in the dialog, the save dialog, opening the PDF, errors in
the dialog; and the report details in the settings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from toegang_desktop.domain.conversation import Conversation, Place
from toegang_desktop.domain.resident import Resident
from toegang_desktop.domain.safety import SafetyRecord, SafetyStep, StepState
from toegang_desktop.services.report import report_settings
from toegang_desktop.ui.reports.report_dialog import ReportDetailsDialog, ReportDialog
from toegang_desktop.ui.shell.main_window import MainWindow

from .conftest import TODAY
from .modal import when_dialog_opens
from .typing import type_text


class _Saving:
    """Replaces QFileDialog.getSaveFileName (answers `answer`) and QDesktopServices.openUrl."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: Path | None) -> None:
        self.answer = answer
        self.suggested: list[str] = []
        self.opened: list[QUrl] = []
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._save_name)
        monkeypatch.setattr(QDesktopServices, "openUrl", self._open)

    def _save_name(self, _parent: object, _title: str, suggested: str, *_args: object) -> tuple[str, str]:
        self.suggested.append(suggested)
        return (str(self.answer) if self.answer is not None else "", "")

    def _open(self, url: QUrl) -> bool:
        self.opened.append(url)
        return True


@pytest.fixture
def on_screen(open_window) -> tuple[MainWindow, int]:  # type: ignore[no-untyped-def]
    """A window with a conversation on screen that has a reporting-code record."""
    window = open_window()
    resident_id = window._dossiers.register(Resident(
        first_names="Zoë", surname="Şükrüoğlu", date_of_birth=date(1985, 3, 4)))
    conversation = window._conversations.start(Conversation(
        resident_id=resident_id, held_on=TODAY, place=Place.HOME, checklist_id="",
        checklist_version=""))
    conversation_id = int(conversation.id or 0)
    window._session.safety.save(conversation_id, SafetyRecord(
        steps={SafetyStep.SIGNALS: StepState("Signalen gezien", True)}), TODAY)
    window.open_dossier(resident_id)
    window.open_conversation(conversation_id)
    assert window.stack.currentWidget() is window.conversation
    return window, conversation_id


def test_export_the_file_variant_and_open_it(qtbot, on_screen, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    window, conversation_id = on_screen
    target = tmp_path / "uit" / "verslag.pdf"
    target.parent.mkdir()
    saving = _Saving(monkeypatch, target)
    # What is typed on screen (not yet saved by the timer) is in the report.
    page = window.conversation
    page.show_domain("finances")
    page.editor.discussed_yes.click()
    type_text(page.editor.own_words, "Ik wil rust.")
    seen: dict[str, object] = {}

    def choose_file(dialog: ReportDialog) -> None:
        seen["restricted before"] = dialog.include_restricted.isEnabled()
        dialog.for_file.click()
        seen["restricted for file"] = dialog.include_restricted.isEnabled()
        dialog.include_restricted.setChecked(True)
        dialog.open_after.setChecked(True)
        dialog.save_button.click()

    when_dialog_opens(ReportDialog, choose_file)
    window.report_action.trigger()

    assert seen == {"restricted before": False, "restricted for file": True}
    assert target.read_bytes().startswith(b"%PDF")
    assert saving.suggested == [str(Path(saving.suggested[0]).parent
                                    / f"verslag-{TODAY.isoformat()}-dossier.pdf")]
    assert [url.toLocalFile() for url in saving.opened] == [str(target)]
    conversation = window._conversations.load(conversation_id)
    assert conversation is not None
    assert conversation.assessment("finances").own_words == "Ik wil rust."  # flushed first
    [event] = window._session.report.events(conversation.resident_id)
    assert event.detail == "file+restricted"  # the log says the restricted record went out
    assert str(target) in window.statusBar().currentMessage()
    assert window.settings.value("report/open_after_saving") in (True, "true")


def test_resident_variant_without_opening(qtbot, on_screen, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    window, _conversation_id = on_screen
    target = tmp_path / "voor-inwoner"  # no extension typed: .pdf is added
    saving = _Saving(monkeypatch, target)

    def save(dialog: ReportDialog) -> None:
        dialog.open_after.setChecked(False)
        dialog.save_button.click()

    when_dialog_opens(ReportDialog, save)
    window.report_action.trigger()
    assert (tmp_path / "voor-inwoner.pdf").read_bytes().startswith(b"%PDF")
    assert saving.opened == []
    assert Path(saving.suggested[0]).name == f"verslag-{TODAY.isoformat()}-inwoner.pdf"


def test_unwritable_file_is_explained_in_the_dialog(qtbot, on_screen, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    window, _conversation_id = on_screen
    saving = _Saving(monkeypatch, tmp_path / "bestaat-niet" / "verslag.pdf")
    seen: list[str] = []

    def save_then_cancel(dialog: ReportDialog) -> None:
        dialog.save_button.click()
        seen.append(dialog.banner.text() if dialog.banner.isVisible() else "")
        saving.answer = None  # the next save dialog is cancelled: nothing happens
        dialog.save_button.click()
        assert dialog.isVisible()
        dialog.reject()

    when_dialog_opens(ReportDialog, save_then_cancel)
    window.report_action.trigger()
    assert len(seen) == 1 and seen[0]  # a sentence about the folder, in the banner
    assert not list(tmp_path.glob("**/*.pdf"))
    assert saving.opened == []


def test_without_a_conversation_on_screen_it_says_what_to_do(  # type: ignore[no-untyped-def]
        qtbot, open_window, monkeypatch):
    window = open_window()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text, *_args: told.append(text))
    window.report_action.trigger()
    assert len(told) == 1


def test_no_restricted_choice_without_a_record(qtbot, open_window):  # type: ignore[no-untyped-def]
    window = open_window()
    resident_id = window._dossiers.register(Resident(
        first_names="Jan", surname="Proef", date_of_birth=date(1970, 1, 1)))
    conversation = window._conversations.start(Conversation(
        resident_id=resident_id, held_on=TODAY, place=Place.PHONE, checklist_id="",
        checklist_version=""))
    dialog = ReportDialog(window._session.report, conversation, window.settings, parent=window)
    qtbot.addWidget(dialog)
    dialog.for_file.click()
    assert not dialog.include_restricted.isEnabled()


def test_report_details_are_stored_in_the_settings(qtbot, open_window, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    window = open_window()
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(logo), ""))

    def fill(dialog: ReportDetailsDialog) -> None:
        type_text(dialog.municipality, "Gemeente Voorbeeldstad")
        dialog.logo_button.click()
        type_text(dialog.professional, "Sanne de Vries")
        type_text(dialog.contact, "14 020")
        dialog.signatures.setChecked(True)
        dialog.save()

    when_dialog_opens(ReportDetailsDialog, fill)
    assert window.settings_menu.edit_report_details()
    details = report_settings(window.settings)
    assert (details.municipality, details.logo, details.professional, details.contact,
            details.signatures) == ("Gemeente Voorbeeldstad", logo, "Sanne de Vries", "14 020", True)
