"""Dialogs for the access log and the resident's rights: who has seen this dossier, the
history of corrected details, closing a dossier, early erasure, the purge of dossiers past
their retention date, the log export and the retention settings."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.access_log import LogLine
from ...domain.retention import (
    MINIMUM_RETENTION_YEARS,
    DueDossier,
    ErasureReason,
    ResidentChange,
    RetentionLaw,
    retention_date,
)
from ...wording.field_names import field_label
from ...wording.privacy_labels import (
    action_label,
    erasure_label,
    result_label,
    retention_law_label,
)
from ..common.formatting import DATE_FORMAT, format_date, format_datetime, from_qdate, to_qdate
from ..common.tables import read_only_table


def _date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(value))
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    return edit


class AccessLogDialog(QDialog):
    """"Wie heeft dit ingezien": the access-log lines about one dossier, newest first."""

    def __init__(self, lines: list[LogLine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who has seen this dossier"))
        rows = [[format_datetime(x.at), x.actor, x.workstation, action_label(x.action, x.detail),
                 result_label(x.result)] for x in reversed(lines)]
        self.table = read_only_table(
            [self.tr("Date"), self.tr("User"), self.tr("Workstation"), self.tr("Action"),
             self.tr("Result")], self.tr("Who has seen this dossier"), rows)
        intro = QLabel(self.tr("Every look at and change to this dossier, newest first. Times "
                               "are local time."))
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 460)


class ChangesDialog(QDialog):
    """The history of corrected details (AVG art. 16): what changed, when and by whom."""

    def __init__(self, changes: list[ResidentChange], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changes to the details"))
        rows = [[format_datetime(c.at.isoformat()), c.actor, field_label(c.field),
                 c.old_value or "—", c.new_value or "—"] for c in changes]
        self.table = read_only_table(
            [self.tr("Date"), self.tr("By"), self.tr("Detail"), self.tr("Was"), self.tr("Became")],
            self.tr("Changes to the details"), rows)
        empty = QLabel(self.tr("No details have been corrected since the dossier was made."))
        empty.setVisible(not changes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 400)


class CloseDossierDialog(QDialog):
    """Close a dossier: the law and the day help ended set the retention date."""

    def __init__(self, years: dict[RetentionLaw, int], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close dossier"))
        self._years = years
        self.law = QComboBox()
        for law in RetentionLaw:
            self.law.addItem(retention_law_label(law), law)
        self.ended = _date_edit(today)
        self.ended.setMaximumDate(to_qdate(today))
        self.until = QLabel()
        self.until.setAccessibleName(self.tr("Kept until"))
        form = QFormLayout()
        form.addRow(self.tr("Help under"), self.law)
        form.addRow(self.tr("Help ended on"), self.ended)
        form.addRow(self.tr("Kept until"), self.until)
        note = QLabel(self.tr("After this date the dossier is offered for removal. You can "
                              "reopen the dossier when help starts again."))
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Close dossier"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.law.currentIndexChanged.connect(self._update)
        self.ended.dateChanged.connect(self._update)
        self._update()
        self.setMinimumWidth(440)

    def chosen(self) -> tuple[RetentionLaw, date]:
        return RetentionLaw(self.law.currentData()), from_qdate(self.ended.date())

    def _update(self) -> None:
        law, ended = self.chosen()
        self.until.setText(format_date(retention_date(ended, self._years[law])))


class EraseDialog(QDialog):
    """Erase a dossier before its retention date: a reason (logged) and an explicit yes."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase dossier"))
        warning = QLabel(self.tr("The dossier of %1 is removed for good: details, household, "
                                 "conversations, plans and reports. This cannot be undone. "
                                 "The access log keeps that it was erased and why, without "
                                 "the name.").replace("%1", name))
        warning.setWordWrap(True)
        self.reason = QComboBox()
        for reason in ErasureReason:
            self.reason.addItem(erasure_label(reason), reason)
        self.confirm = QCheckBox(self.tr("I understand that this cannot be undone"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.erase_button.setText(self.tr("Erase"))
        self.erase_button.setEnabled(False)
        self.confirm.toggled.connect(self.erase_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)

    def chosen_reason(self) -> ErasureReason:
        return ErasureReason(self.reason.currentData())


class PurgeDialog(QDialog):
    """The dossiers past their retention date; removed after an explicit confirmation."""

    def __init__(self, due: list[DueDossier], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Remove dossiers past their retention date"))
        self.due = due
        rows = [[d.name, format_date(d.closed_on), format_date(d.retain_until)] for d in due]
        self.table = read_only_table(
            [self.tr("Resident"), self.tr("Closed on"), self.tr("Kept until")],
            self.tr("Dossiers past their retention date"), rows)
        text = (self.tr("These %n dossier(s) have passed their retention date. Removing them "
                        "deletes everything stored about these residents; old access-log "
                        "lines (over five years) are removed too.", "", len(due))
                if due else self.tr("No dossier has passed its retention date."))
        intro = QLabel(text)
        intro.setWordWrap(True)
        self.confirm = QCheckBox(self.tr("I have checked the list; remove these dossiers for good"))
        self.confirm.setEnabled(bool(due))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.remove_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setEnabled(False)
        self.confirm.toggled.connect(self.remove_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        self.resize(640, 420)


class LogExportDialog(QDialog):
    """Which lines the privacy officer gets: all, or a date range."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export access log"))
        self.everything = QCheckBox(self.tr("All lines"))
        self.everything.setChecked(True)
        self.since = _date_edit(date(today.year, 1, 1))
        self.until = _date_edit(today)
        for edit in (self.since, self.until):
            edit.setEnabled(False)
            self.everything.toggled.connect(lambda on, e=edit: e.setEnabled(not on))
        form = QFormLayout()
        form.addRow(self.everything)
        form.addRow(self.tr("From"), self.since)
        form.addRow(self.tr("Through"), self.until)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def period(self) -> tuple[date | None, date | None]:
        if self.everything.isChecked():
            return None, None
        return from_qdate(self.since.date()), from_qdate(self.until.date())


class RetentionSettingsDialog(QDialog):
    """How many years a closed dossier is kept, per law."""

    def __init__(self, years: dict[RetentionLaw, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Retention periods"))
        self.spins: dict[RetentionLaw, QSpinBox] = {}
        form = QFormLayout()
        for law in RetentionLaw:
            spin = QSpinBox()
            spin.setRange(MINIMUM_RETENTION_YEARS, 100)
            spin.setValue(years[law])
            spin.setSuffix(self.tr(" years"))
            self.spins[law] = spin
            form.addRow(retention_law_label(law), spin)
        note = QLabel(self.tr("Counted from the day help ended. Applies to dossiers closed from "
                              "now on. The law asks at least 20 years for youth care."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def years(self) -> dict[RetentionLaw, int]:
        return {law: spin.value() for law, spin in self.spins.items()}

