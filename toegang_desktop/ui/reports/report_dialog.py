"""Exporting a conversation's report as PDF, and the report details in the settings."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.conversation import Conversation
from ...paths import documents_folder
from ...services.report import (
    CONTACT_KEY,
    LOGO_KEY,
    MUNICIPALITY_KEY,
    OPEN_AFTER_SAVING_KEY,
    PROFESSIONAL_KEY,
    SIGNATURES_KEY,
    ReportService,
    ReportVariant,
    default_file_name,
    report_settings,
    setting_flag,
)
from ...wording.messages import report_error_text
from ..common.service_call import ServiceCall
from ..common.widgets import GuardedDialog, ProblemBanner, set_primary


def _explanation(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setIndent(24)  # under the radio button's text
    label.setObjectName("hint")
    return label


class ReportDialog(QDialog):
    """Choose the variant, then where to save; exports and (if wanted) opens the PDF.

    After a successful export, `saved_path` and `pages` tell what was written.
    """

    def __init__(self, report: ReportService, conversation: Conversation, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report = report
        self._conversation = conversation
        self._conversation_id = int(conversation.id or 0)
        self._settings = settings
        self.saved_path: Path | None = None
        self.pages = 0
        self._has_record = report.can_include_restricted(self._conversation_id)
        self.setWindowTitle(self.tr("Export report (PDF)"))

        self.banner = ProblemBanner()
        self.for_resident = QRadioButton(self.tr("For the &resident"))
        self.for_file = QRadioButton(self.tr("For the &file"))
        self.variants = QButtonGroup(self)
        self.variants.addButton(self.for_resident)
        self.variants.addButton(self.for_file)
        self.for_resident.setChecked(True)
        self.for_resident.toggled.connect(self._update_restricted)
        self.include_restricted = QCheckBox(
            self.tr("Include the restricted &reporting-code record"))
        if not self._has_record:
            self.include_restricted.setToolTip(self.tr(
                "This conversation has no reporting-code record."))
        self.open_after = QCheckBox(self.tr("&Open after saving"))
        self.open_after.setChecked(setting_flag(settings, OPEN_AFTER_SAVING_KEY, True))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("&Save as PDF…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        resident_text = self.tr(
            "In plain words, to give to the resident: what was discussed, in their own words, "
            "and what was agreed. Without the restricted reporting-code record.")
        file_text = self.tr(
            "Complete, for the dossier: also the signals with their weighing, the "
            "investigation and the legal terms.")
        self.for_resident.setAccessibleDescription(resident_text)  # read out with the choice
        self.for_file.setAccessibleDescription(file_text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.for_resident)
        layout.addWidget(_explanation(resident_text))
        layout.addWidget(self.for_file)
        layout.addWidget(_explanation(file_text))
        layout.addWidget(self.include_restricted)
        layout.addSpacing(8)
        layout.addWidget(self.open_after)
        layout.addWidget(buttons)
        set_primary(self, self.save_button)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        self._update_restricted()

    def variant(self) -> ReportVariant:
        return ReportVariant.FILE if self.for_file.isChecked() else ReportVariant.RESIDENT

    def _update_restricted(self, *_args: object) -> None:
        """Only the report for the file can hold the restricted record, and only if there is one."""
        allowed = self._has_record and self.variant() is ReportVariant.FILE
        self.include_restricted.setEnabled(allowed)
        if not allowed:
            self.include_restricted.setChecked(False)

    def save(self) -> None:
        """Ask where to save, export, and open the PDF if wanted; problems stay in the dialog."""
        self._settings.setValue(OPEN_AFTER_SAVING_KEY, self.open_after.isChecked())
        self._settings.sync()
        variant = self.variant()
        suggested = documents_folder() / default_file_name(self._conversation, variant)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), str(suggested), self.tr("PDF document (*.pdf)"))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        export = partial(self._report.export, self._conversation_id, variant, path,
                         self.include_restricted.isChecked(), report_settings(self._settings))
        try:  # the file's own problems (no permission, disk full) are worded for files
            ServiceCall(self, export).in_banner(self.banner) \
                .on_success(lambda pages: self._exported(path, pages)).run()
        except OSError as error:
            self.banner.show_lines([report_error_text(error)])
        except LookupError:
            self.banner.show_lines([self.tr(
                "This conversation no longer exists, so there is no report to export.")])

    def _exported(self, path: Path, pages: int) -> None:
        self.saved_path, self.pages = path, pages
        if self.open_after.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.accept()


class ReportDetailsDialog(GuardedDialog):
    """The details every report carries: municipality, logo, the professional and how
    residents reach them, and whether signature blocks are printed."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Report details"))
        intro = QLabel(self.tr(
            "These details appear on every report you export from this computer."))
        intro.setWordWrap(True)
        self.municipality = QLineEdit(str(settings.value(MUNICIPALITY_KEY, "") or ""))
        self.municipality.setAccessibleName(self.tr("Municipality"))
        self.municipality.setPlaceholderText(self.tr("e.g. Gemeente Voorbeeldstad"))
        self.logo = QLineEdit(str(settings.value(LOGO_KEY, "") or ""))
        self.logo.setAccessibleName(self.tr("Logo file"))
        self.logo.setPlaceholderText(self.tr("no logo"))
        self.logo_button = QPushButton(self.tr("Choose…"))
        self.logo_button.setAccessibleName(self.tr("Choose a logo file"))
        self.logo_button.clicked.connect(self.choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(self.logo_button)
        self.professional = QLineEdit(str(settings.value(PROFESSIONAL_KEY, "") or ""))
        self.professional.setAccessibleName(self.tr("Your name"))
        self.contact = QLineEdit(str(settings.value(CONTACT_KEY, "") or ""))
        self.contact.setAccessibleName(self.tr("How residents reach you"))
        self.contact.setPlaceholderText(self.tr("e.g. the team's phone number or e-mail address"))
        self.signatures = QCheckBox(self.tr("Print &signature blocks (resident and professional)"))
        self.signatures.setChecked(setting_flag(settings, SIGNATURES_KEY))
        self.banner = ProblemBanner()
        form = QFormLayout()
        form.addRow(self.tr("&Municipality"), self.municipality)
        form.addRow(self.tr("&Logo"), logo_row)
        form.addRow(self.tr("Your &name"), self.professional)
        form.addRow(self.tr("How residents &reach you"), self.contact)
        form.addRow("", self.signatures)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        for edit in (self.municipality, self.logo, self.professional, self.contact):
            edit.textEdited.connect(self._mark_dirty)
        self.signatures.toggled.connect(self._mark_dirty)

    def choose_logo(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), self.logo.text() or str(documents_folder()),
            self.tr("Images (*.png *.jpg *.jpeg)"))
        if chosen:
            self.logo.setText(chosen)
            self._dirty = True

    def save(self) -> None:
        logo = self.logo.text().strip()
        if logo and not Path(logo).is_file():
            self.banner.show_lines([self.tr(
                "The logo file %1 does not exist. Choose another file or leave the field "
                "empty.").replace("%1", logo)])
            self.logo.setFocus()
            return
        values = {MUNICIPALITY_KEY: self.municipality.text().strip(), LOGO_KEY: logo,
                  PROFESSIONAL_KEY: self.professional.text().strip(),
                  CONTACT_KEY: self.contact.text().strip(),
                  SIGNATURES_KEY: self.signatures.isChecked()}
        for key, value in values.items():
            self._settings.setValue(key, value)
        self._settings.sync()
        self.accept()
