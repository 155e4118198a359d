"""The window notices what another connection changed in the store (issue 14: a command-line
import left the open window at "0 inwoners")."""

from __future__ import annotations

import dataclasses
from datetime import date

from toegang_desktop.domain.resident import Resident
from toegang_desktop.domain.retention import RetentionLaw
from toegang_desktop.paths import AppPaths
from toegang_desktop.services.session import open_session
from toegang_desktop.ui.shell.external_changes import POLL_MS

from .conftest import open_new_conversation


def _from_elsewhere(paths: AppPaths, change) -> object:  # type: ignore[no-untyped-def]
    """A second connection (as the command line opens one) makes a change and commits."""
    session = open_session(paths, False, None, None)
    try:
        return change(session)
    finally:
        session.close()


def _register(session, name: str = "Anouk") -> int:  # type: ignore[no-untyped-def]
    return int(session.dossiers.register(
        Resident(first_names=name, surname="Elders", date_of_birth=date(1990, 1, 2))))


def test_a_resident_added_by_another_connection_appears_in_the_caseload(  # type: ignore[no-untyped-def]
        qtbot, open_window, app_paths) -> None:
    window = open_window()
    assert window.model.rowCount() == 0
    _from_elsewhere(app_paths, _register)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=POLL_MS + 1500)
    assert "1 inwoner" in window.caseload.count_label.text()


def test_the_open_dossier_shows_changes_made_elsewhere(qtbot, open_window, app_paths) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    resident_id = window._dossiers.register(
        Resident(first_names="Bram", surname="Hier", date_of_birth=date(1980, 6, 7)))
    window.open_dossier(resident_id)
    window.external_changes.poll()  # what is on screen now is the known state

    def rename(session) -> None:  # type: ignore[no-untyped-def]
        resident = session.dossiers.resident(resident_id)
        session.dossiers.update(dataclasses.replace(resident, surname="Daar"))

    _from_elsewhere(app_paths, rename)
    window.activateWindow()
    window.external_changes.poll()  # as on window activation
    assert window.dossier.name_label.text().endswith("Daar")
    assert "elders gewijzigd" in window.statusBar().currentMessage()
    window.statusBar().clearMessage()
    _from_elsewhere(app_paths, lambda session: session.privacy.close_dossier(
        resident_id, RetentionLaw.WMO, date(2026, 11, 1)))
    window.external_changes.poll()  # a closure alone is a change of the dossier too
    assert "elders gewijzigd" in window.statusBar().currentMessage()


def test_typing_in_a_conversation_is_not_replaced(qtbot, open_window, app_paths) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    page = open_new_conversation(window)
    resident_id = window.shown_resident.id
    window.external_changes.poll()
    page.header_form.question.setPlainText("Wat de inwoner zelf vertelt")
    _from_elsewhere(app_paths, lambda s: _register(s, "Derde"))  # something else changes
    window.external_changes.poll()
    assert window.stack.currentWidget() is page
    assert page.header_form.question.toPlainText() == "Wat de inwoner zelf vertelt"

    def rename(session) -> None:  # type: ignore[no-untyped-def]
        resident = session.dossiers.resident(resident_id)
        session.dossiers.update(dataclasses.replace(resident, surname="Anders"))

    _from_elsewhere(app_paths, rename)
    window.external_changes.poll()
    assert window.stack.currentWidget() is page
    assert page.header_form.question.toPlainText() == "Wat de inwoner zelf vertelt"
    assert "elders gewijzigd" in window.statusBar().currentMessage()


def test_a_search_on_screen_is_reread_without_logging_a_new_search(  # type: ignore[no-untyped-def]
        qtbot, open_window, app_paths, monkeypatch) -> None:
    window = open_window()
    searches: list[bool] = []
    log = window._session.access_log
    monkeypatch.setattr(log, "searched", lambda *_a: searches.append(True))
    window.model.set_query("Anouk")  # the professional's search: logged once
    assert window.model.rowCount() == 0 and searches == [True]
    _from_elsewhere(app_paths, _register)
    window.external_changes.poll()
    assert window.model.rowCount() == 1
    assert searches == [True]  # re-reading the search on screen is no new search
