"""The Settings menu: interface language, the municipality's own checklist and the details
on the reports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from ... import APP_NAME
from ...i18n import DEFAULT_LANGUAGE
from ...services.errors import ContentError
from ...wording.messages import content_problem_text

LANGUAGE_KEY = "ui/language"
CHECKLIST_KEY = "content/checklist"
RULES_KEY = "content/rules"
PARTNERS_KEY = "content/partners"  # the municipality's partner file that pre-fills the directory
# The report details (report/municipality, report/logo, ...) are read by the command line too,
# so their keys live in services/report.py.


class SettingsMenu(QObject):
    def __init__(self, menu: QMenu, settings: QSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self._settings = settings
        self._parent = parent
        languages = menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = str(settings.value(LANGUAGE_KEY, DEFAULT_LANGUAGE))
        for code, name in (("nl", "Nederlands"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            group.addAction(action)
            languages.addAction(action)
        menu.addSeparator()
        choose = QAction(self.tr("Use a municipal &checklist…"), self)
        choose.triggered.connect(self.choose_checklist)
        menu.addAction(choose)
        reset = QAction(self.tr("Use the &standard checklist"), self)
        reset.triggered.connect(self.use_standard_checklist)
        menu.addAction(reset)
        menu.addSeparator()
        self.report_details_action = QAction(self.tr("&Report details…"), self)
        self.report_details_action.triggered.connect(self.edit_report_details)
        menu.addAction(self.report_details_action)

    def choose_language(self, code: str) -> None:
        self._settings.setValue(LANGUAGE_KEY, code)
        self._settings.sync()
        QMessageBox.information(self._parent, APP_NAME, self.tr(
            "The language changes the next time Toegang Desktop starts."))

    def choose_checklist(self) -> Path | None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self._parent, self.tr("Choose a checklist"), "", self.tr("Checklist (*.toml)"))
        if not chosen:
            return None
        return self.apply_checklist(Path(chosen))

    def apply_checklist(self, path: Path) -> Path | None:
        """Check the file now, so a broken file is never saved as the setting."""
        try:
            from ...services.content import check_checklist_file  # the rules' code loads here

            checklist = check_checklist_file(path)
        except ContentError as error:
            QMessageBox.warning(self._parent, APP_NAME, content_problem_text(error) + " "
                                + self.tr("The setting was not changed."))
            return None
        self._settings.setValue(CHECKLIST_KEY, str(path))
        self._settings.sync()
        QMessageBox.information(self._parent, APP_NAME, self.tr(
            "Checklist “%1” (version %2, %3 domains) is used for new conversations from the "
            "next start. Existing conversations keep the domains they were held with.").replace(
            "%1", checklist.name).replace("%2", checklist.version).replace(
            "%3", str(len(checklist.domains))))
        return path

    def use_standard_checklist(self) -> None:
        self._settings.remove(CHECKLIST_KEY)
        self._settings.sync()
        QMessageBox.information(self._parent, APP_NAME, self.tr(
            "The standard checklist is used for new conversations from the next start."))

    def edit_report_details(self) -> bool:
        """Municipality, logo, the professional's name and contact, signature blocks."""
        from ..reports.report_dialog import ReportDetailsDialog  # imported late: start-up

        return bool(ReportDetailsDialog(self._settings, self._parent).exec())
