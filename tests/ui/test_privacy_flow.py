"""The privacy actions in the window: who has seen this dossier, closing it, erasing it, the
purge of dossiers past retention, the access request and the log export."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog, QMessageBox

from toegang_desktop.domain.resident import Resident
from toegang_desktop.domain.retention import RetentionLaw
from toegang_desktop.ui.privacy.privacy_dialogs import (
    AccessLogDialog,
    ChangesDialog,
    CloseDossierDialog,
    EraseDialog,
    LogExportDialog,
    PurgeDialog,
)
from toegang_desktop.ui.shell.main_window import MainWindow

from .modal import when_dialog_opens


@pytest.fixture
def shown(open_window) -> tuple[MainWindow, int]:  # type: ignore[no-untyped-def]
    window = open_window()
    resident_id = window._dossiers.register(Resident(
        first_names="Zoë", surname="Oefenbeeld", date_of_birth=date(1985, 3, 4)))
    window.model.refresh()
    window.open_dossier(resident_id)
    return window, resident_id


@pytest.fixture
def informed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _p, _t, text, *_a: told.append(text))
    return told


def test_who_has_seen_this_lists_the_looks(qtbot, shown, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, resident_id = shown
    resident = window._dossiers.resident(resident_id)
    window._dossiers.update(replace(resident, city="Oefendorp"))
    window.open_dossier(resident_id)
    rows: list[list[str]] = []

    def look(dialog: AccessLogDialog) -> None:
        table = dialog.table
        rows.extend([table.item(r, c).text() for c in range(table.columnCount())]
                    for r in range(table.rowCount()))
        dialog.grab().save(str(tmp_path / "wie-heeft-dit-ingezien.png"))
        dialog.reject()

    when_dialog_opens(AccessLogDialog, look)
    window.dossier.seen_action.trigger()
    assert [r[3] for r in rows] == ["Ingezien", "Gewijzigd (Woonplaats)", "Ingezien",
                                    "Aangemaakt"]
    assert all(re.fullmatch(r"\d\d-\d\d-\d{4} \d\d:\d\d", r[0]) for r in rows)
    assert {r[4] for r in rows} == {"gelukt"}
    assert {r[1] for r in rows} == {window._session.access_log.actor.user}


def test_changes_show_what_was_corrected(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    window, resident_id = shown
    resident = window._dossiers.resident(resident_id)
    window._dossiers.update(replace(resident, surname="Oefenbeeld-Jansen"))
    rows: list[list[str]] = []

    def look(dialog: ChangesDialog) -> None:
        rows.extend([dialog.table.item(0, c).text() for c in range(2, 5)] for _ in [0])
        dialog.reject()

    when_dialog_opens(ChangesDialog, look)
    window.dossier.changes_action.trigger()
    assert rows == [["Achternaam", "Oefenbeeld", "Oefenbeeld-Jansen"]]


def test_closing_shows_until_when_it_is_kept(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    window, resident_id = shown

    def close(dialog: CloseDossierDialog) -> None:
        dialog.law.setCurrentIndex(dialog.law.findData(RetentionLaw.YOUTH))
        dialog.ended.setDate(QDate(2026, 6, 30))
        assert dialog.until.text() == "30-06-2046"
        dialog.accept()

    when_dialog_opens(CloseDossierDialog, close)
    window.dossier.close_action.trigger()
    assert window.dossier.closure_label.isVisible()
    assert "30-06-2046" in window.dossier.closure_label.text()
    assert window.dossier.reopen_action.isVisible()
    window.dossier.reopen_action.trigger()
    assert window._session.privacy.closure(resident_id) is None


def test_erasing_needs_a_yes_and_removes_the_dossier(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    window, resident_id = shown

    def erase(dialog: EraseDialog) -> None:
        assert not dialog.erase_button.isEnabled()
        dialog.confirm.setChecked(True)
        dialog.erase_button.click()

    when_dialog_opens(EraseDialog, erase)
    window.dossier.erase_action.trigger()
    assert window._dossiers.resident(resident_id) is None
    assert window.stack.currentWidget() is window.caseload
    assert window.model.rowCount() == 0


def test_purge_lists_and_removes_dossiers_past_retention(qtbot, shown, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window, resident_id = shown
    keep = window._dossiers.register(Resident(first_names="Anna", surname="Blijft",
                                              date_of_birth=date(1970, 1, 1)))
    window._session.privacy.close_dossier(resident_id, RetentionLaw.WMO, date(2001, 5, 1),
                                          confirmed=True)
    names: list[str] = []

    def purge(dialog: PurgeDialog) -> None:
        names.extend(dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount()))
        dialog.grab().save(str(tmp_path / "opschonen.png"))
        dialog.confirm.setChecked(True)
        dialog.remove_button.click()

    when_dialog_opens(PurgeDialog, purge)
    window._privacy.purge_action.trigger()
    assert names == ["Zoë Oefenbeeld"]
    assert window._dossiers.resident(resident_id) is None
    assert window._dossiers.resident(keep) is not None
    assert window.stack.currentWidget() is window.caseload


def test_access_request_writes_a_folder(qtbot, shown, informed, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window, _resident_id = shown
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: str(tmp_path))
    window.dossier.access_action.trigger()
    [folder] = tmp_path.glob("inzageverzoek-*")
    assert sorted(p.name for p in folder.iterdir()) == [
        "dossier.json", "journaal.csv", "toegangslog.csv", "wijzigingen.csv", "wijzigingen.json"]
    assert str(folder) in informed[0]


def test_log_export_from_the_menu(qtbot, shown, informed, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window, _resident_id = shown
    target = tmp_path / "log.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    when_dialog_opens(LogExportDialog, lambda dialog: dialog.accept())
    window._privacy.export_log_action.trigger()
    assert len(target.read_text(encoding="utf-8-sig").splitlines()) == 1 + 2  # header + lines
    assert informed and "2" in informed[0]


def test_log_check_from_the_menu(qtbot, shown, informed) -> None:  # type: ignore[no-untyped-def]
    window, _resident_id = shown
    window._privacy.verify_log_action.trigger()
    assert informed and "2" in informed[0]


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_access_request_asks_before_the_restricted_record_goes_in(  # type: ignore[no-untyped-def]
        qtbot, shown, informed, asked, monkeypatch, tmp_path, answer) -> None:
    from toegang_desktop.domain.conversation import Conversation, Place
    from toegang_desktop.domain.safety import SafetyRecord, SafetyStep, StepState

    window, resident_id = shown
    conversation = window._conversations.start(Conversation(
        resident_id=resident_id, held_on=date(2026, 11, 2), place=Place.HOME,
        checklist_id="", checklist_version=""))
    window._session.safety.save(int(conversation.id or 0), SafetyRecord(
        steps={SafetyStep.SIGNALS: StepState("Zorg thuis", True)}), date(2026, 11, 2))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: str(tmp_path))
    asked.answer = answer
    window.dossier.access_action.trigger()
    assert len(asked) == 1 and "afgeschermd meldcodeverslag" in asked[0]
    assert "veiligheid van anderen" in asked[0]
    [folder] = tmp_path.glob("inzageverzoek-*")
    data = (folder / "dossier.json").read_text(encoding="utf-8")
    included = answer == QMessageBox.StandardButton.Yes
    assert ("Zorg thuis" in data) is included
    [line] = [x for x in window._session.access_log.lines_for(resident_id)
              if x.detail.startswith("access_request")]
    assert line.detail == "access_request" + ("+restricted" if included else "+withheld")


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_closing_with_an_end_of_help_before_the_first_conversation_asks(  # type: ignore[no-untyped-def]
        qtbot, shown, monkeypatch, answer) -> None:
    """Issue 19: an end of help in 2008 for a conversation of 2026 made the dossier due for
    removal at once, without a word."""
    from toegang_desktop.domain.conversation import Conversation, Place

    window, resident_id = shown
    window._conversations.start(Conversation(
        resident_id=resident_id, held_on=date(2026, 11, 2), place=Place.HOME,
        checklist_id="", checklist_version=""))
    asked: list[tuple[str, object]] = []

    def question(_parent, _title, text, _buttons, default):  # type: ignore[no-untyped-def]
        asked.append((text, default))
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)

    def close(dialog: CloseDossierDialog) -> None:
        dialog.law.setCurrentIndex(dialog.law.findData(RetentionLaw.WMO))
        dialog.ended.setDate(QDate(2008, 6, 30))
        dialog.accept()

    when_dialog_opens(CloseDossierDialog, close)
    window.dossier.close_action.trigger()
    [(text, default)] = asked
    assert default == QMessageBox.StandardButton.No
    for expected in ("30-06-2008", "02-11-2026", "30-06-2023", "volgende opschoning"):
        assert expected in text, expected
    closure = window._session.privacy.closure(resident_id)
    if answer == QMessageBox.StandardButton.No:
        assert closure is None
        assert not window.dossier.closure_label.isVisible()
    else:
        assert closure is not None and closure.help_ended_on == date(2008, 6, 30)
        assert "30-06-2023" in window.dossier.closure_label.text()


def test_closing_with_an_ordinary_end_of_help_asks_nothing(  # type: ignore[no-untyped-def]
        qtbot, shown, asked) -> None:
    window, resident_id = shown

    def close(dialog: CloseDossierDialog) -> None:
        dialog.ended.setDate(QDate(2026, 6, 30))
        dialog.accept()

    when_dialog_opens(CloseDossierDialog, close)
    window.dossier.close_action.trigger()
    assert asked == []
    assert window._session.privacy.closure(resident_id) is not None


def test_showing_the_corrections_logs_a_look(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    """Issue 19: every read of dossier data logs; the history holds old and new values."""
    window, resident_id = shown
    when_dialog_opens(ChangesDialog, lambda dialog: dialog.accept())
    window.dossier.changes_action.trigger()
    last = window._session.access_log.lines_for(resident_id)[-1]
    assert (last.action, last.detail, last.result) == ("view", "resident_changes", "ok")


def test_the_purge_says_what_it_blanked_in_the_learning_loop(  # type: ignore[no-untyped-def]
        qtbot, shown, informed) -> None:
    from toegang_desktop.domain.learning import Bottleneck, BottleneckCategory
    from toegang_desktop.store.learning import LearningRepository

    window, resident_id = shown
    LearningRepository(window._session.db).save_bottleneck(Bottleneck(  # as the check let it by
        BottleneckCategory.OTHER, "oefenbeeld wacht op een plek", date(2026, 11, 1)))
    window._session.privacy.close_dossier(resident_id, RetentionLaw.WMO, date(2001, 5, 1),
                                          confirmed=True)

    def purge(dialog: PurgeDialog) -> None:
        dialog.confirm.setChecked(True)
        dialog.remove_button.click()

    when_dialog_opens(PurgeDialog, purge)
    window._privacy.purge_action.trigger()
    [told] = informed
    assert "1 dossier verwijderd" in told and "[verwijderd]" in told and "namen: 1" in told
    assert "efenbeeld" not in told
