"""Connects the dossier page's Privacy button and the Privacy menu to privacy_actions.

The actions (and the privacy service with the report and export code behind them) are
imported on first use, and the dossier page is wired when it is built: start-up shows only the
caseload (tests/unit/test_startup_imports.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings

from ...services.session import Session

if TYPE_CHECKING:
    from types import ModuleType

    from ..dossier.dossier_page import DossierPage
    from ..shell.main_window import MainWindow


def _actions() -> ModuleType:
    from . import privacy_actions

    return privacy_actions


class PrivacyWiring(QObject):
    def __init__(self, window: MainWindow, session: Session, settings: QSettings,
                 today: Callable[[], date]) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._today = today
        self._settings = settings
        menu = window.privacy_menu
        self.export_log_action = menu.addAction(
            self.tr("&Export access log (CSV)…"),
            lambda: _actions().export_log(window, session, today()))
        self.verify_log_action = menu.addAction(
            self.tr("&Check access log"), lambda: _actions().verify_log(window, session))
        menu.addSeparator()
        self.purge_action = menu.addAction(
            self.tr("&Remove dossiers past retention…"), self.purge)
        self.retention_action = menu.addAction(
            self.tr("Retention &periods…"),
            lambda: _actions().edit_retention(window, settings))

    def wire_page(self, page: DossierPage) -> None:
        """The dossier page's Privacy button, once the page is built."""
        window, session = self._window, self._session
        page.seen_action.triggered.connect(
            lambda: self._with_resident(lambda r: _actions().show_access_log(window, session, r)))
        page.changes_action.triggered.connect(
            lambda: self._with_resident(lambda r: _actions().show_changes(window, session, r)))
        page.access_action.triggered.connect(lambda: self._with_resident(
            lambda r: _actions().access_request(window, self._session, r)))
        page.close_action.triggered.connect(self.close_dossier)
        page.reopen_action.triggered.connect(self.reopen_dossier)
        page.erase_action.triggered.connect(self.erase_dossier)

    def _resident_id(self) -> int | None:
        resident = self._window.shown_resident
        return resident.id if resident is not None else None

    def _with_resident(self, act: Callable[[int], object]) -> None:
        resident_id = self._resident_id()
        if resident_id is not None:
            act(resident_id)

    def close_dossier(self) -> None:
        resident_id = self._resident_id()
        if resident_id is not None and _actions().close_dossier(
                self._window, self._session, self._settings, resident_id, self._today()):
            self._window.dossier.show_closure(self._session.privacy.closure(resident_id))

    def reopen_dossier(self) -> None:
        resident_id = self._resident_id()
        if resident_id is not None:
            _actions().reopen_dossier(self._session, resident_id)
            self._window.dossier.show_closure(None)

    def erase_dossier(self) -> None:
        resident = self._window.shown_resident
        if resident is None or resident.id is None:
            return
        if _actions().erase_dossier(self._window, self._session, resident.id,
                                    resident.name):
            self._window.forget_resident()

    def purge(self) -> None:
        if _actions().purge(self._window, self._session, self._today()):
            current = self._window.shown_resident
            if current is not None and current.id is not None \
                    and self._session.dossiers.resident(current.id) is None:
                self._window.forget_resident()  # leaves a conversation on screen properly
            else:
                self._window.model.refresh()
