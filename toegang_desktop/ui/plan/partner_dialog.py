"""The partner directory: organisations agreements are made with. Add, change, deactivate."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.plan import Partner
from ...services.plan import PlanService
from ..common.service_call import Failure, FailureKind, ServiceCall
from ..common.tables import fill_row, record_table
from ..common.widgets import (
    GuardedDialog,
    ProblemBanner,
    action_button,
    mark_invalid,
    set_primary,
    text_box,
)


class PartnerChooser(QWidget):
    """A partner from the directory, with a way into the directory to add or change one.
    Offers the active partners, plus the chosen one when it was deactivated since."""

    def __init__(self, service: PlanService, chosen: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Partner"))
        # Wide enough for the names (within reason: the list shows a very long one whole).
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setMaximumWidth(self.combo.fontMetrics().averageCharWidth() * 70)
        self.combo.currentTextChanged.connect(self.combo.setToolTip)
        self.directory_button = action_button(
            self.tr("Partner directory…"), self.tr("Partner directory"), self.open_directory)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.directory_button)
        self.fill(chosen)

    def partner_id(self) -> int | None:
        data = self.combo.currentData()
        return int(data) if data is not None else None

    def fill(self, chosen: int | None) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("Choose a partner…"), None)
        for p in self._service.partners():
            self.combo.addItem(p.organisation, p.id)
        if chosen is not None and self.combo.findData(chosen) < 0:
            old = self._service.partner(chosen)
            if old is not None:
                self.combo.addItem(self.tr("%1 (deactivated)").replace("%1", old.organisation), old.id)
        self.combo.setCurrentIndex(max(0, self.combo.findData(chosen)))
        self.combo.blockSignals(False)

    def open_directory(self) -> None:
        """Add or change a partner without leaving the agreement."""
        PartnerDialog(self._service, self).exec()
        self.fill(self.partner_id())


class PartnerEditDialog(GuardedDialog):
    """One partner: saves through the service, stays open and explains what is wrong."""

    def __init__(self, service: PlanService, partner: Partner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._original = partner
        self.saved: Partner | None = None
        self.setWindowTitle(self.tr("Change partner") if partner else self.tr("New partner"))
        self.banner = ProblemBanner()
        self.organisation = QLineEdit(partner.organisation if partner else "")
        self.organisation.setAccessibleName(self.tr("Organisation, required"))
        self.contact = QLineEdit(partner.contact if partner else "")
        self.contact.setAccessibleName(self.tr("Contact"))
        self.contact.setPlaceholderText(self.tr("a desk or route, not a person's private number"))
        self.offers = text_box(4, self.tr("What they offer"))
        self.offers.setPlainText(partner.offers if partner else "")
        form = QFormLayout()
        form.addRow(self.tr("Organisation*"), self.organisation)
        form.addRow(self.tr("Contact"), self.contact)
        form.addRow(self.tr("What they offer"), self.offers)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        for edit in (self.organisation, self.contact):
            edit.textEdited.connect(self._mark_dirty)
        self.offers.textChanged.connect(self._mark_dirty)

    def save(self) -> None:
        original = self._original
        partner = Partner(
            organisation=self.organisation.text(), contact=self.contact.text(),
            offers=self.offers.toPlainText(),
            from_file=original.from_file if original else False,
            active=original.active if original else True,
            id=original.id if original else None)
        ServiceCall(self, lambda: self._service.save_partner(partner)) \
            .in_banner(self.banner, focus_on_invalid=False) \
            .on_failure(self._mark_invalid).on_success(self._saved).run()

    def _mark_invalid(self, failure: Failure) -> None:
        if failure.kind is FailureKind.INVALID:
            mark_invalid(self.organisation, True)
            self.organisation.setFocus()

    def _saved(self, partner: Partner) -> None:
        self.saved = partner
        self.accept()


class PartnerDialog(QDialog):
    """Lists the directory; emits `changed` after every saved change."""

    changed = Signal()

    def __init__(self, service: PlanService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.partners: list[Partner] = []
        self.setWindowTitle(self.tr("Partner directory"))
        intro = QLabel(self.tr(
            "Organisations the local team makes agreements with. A partner that is no longer "
            "used is deactivated, not deleted: earlier agreements keep its name."))
        intro.setWordWrap(True)
        self.banner = ProblemBanner()
        self.show_inactive = QCheckBox(self.tr("Show deactivated partners"))
        self.show_inactive.toggled.connect(self.refresh)
        self.table = record_table(
            [self.tr("Organisation"), self.tr("Contact"), self.tr("What they offer"),
             self.tr("Source"), self.tr("Status")], (1, 2), self.tr("Partners"))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.add_button = action_button(self.tr("Add…"), self.tr("Add partner"), self.add_partner)
        self.edit_button = action_button(self.tr("Edit…"), self.tr("Edit partner"), self.edit_selected)
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.active_button.clicked.connect(self.toggle_active)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button):
            row.addWidget(button)
        row.addStretch()
        row.addWidget(self.show_inactive)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        # A list with its own buttons: Enter closes, it never adds or deactivates a partner.
        set_primary(self, close.button(QDialogButtonBox.StandardButton.Close))
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 130, metrics.lineSpacing() * 30)
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected()
        self.partners = self._service.partners(include_inactive=self.show_inactive.isChecked())
        self.table.setRowCount(len(self.partners))
        for row, p in enumerate(self.partners):
            values = (p.organisation, p.contact, p.offers,
                      self.tr("Standard list") if p.from_file else self.tr("Added by the team"),
                      self.tr("Active") if p.active else self.tr("Deactivated"))
            fill_row(self.table, row, values)
            if selected is not None and p.id == selected.id:
                self.table.selectRow(row)
        self.table.resizeRowsToContents()
        self._update_buttons()

    def selected(self) -> Partner | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.partners[min(rows)] if rows and min(rows) < len(self.partners) else None

    def select_partner(self, partner_id: int) -> None:
        for row, p in enumerate(self.partners):
            if p.id == partner_id:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        partner = self.selected()
        self.edit_button.setEnabled(partner is not None)
        self.active_button.setEnabled(partner is not None)
        active = partner is None or partner.active
        self.active_button.setText(self.tr("Deactivate") if active else self.tr("Reactivate"))
        self.active_button.setAccessibleName(
            self.tr("Deactivate partner") if active else self.tr("Reactivate partner"))

    def add_partner(self) -> None:
        self._edit(PartnerEditDialog(self._service, None, self))

    def edit_selected(self) -> None:
        partner = self.selected()
        if partner is not None:
            self._edit(PartnerEditDialog(self._service, partner, self))

    def _edit(self, dialog: PartnerEditDialog) -> None:
        if dialog.exec() and dialog.saved is not None:
            self.refresh()
            self.select_partner(int(dialog.saved.id or 0))
            self.changed.emit()

    def toggle_active(self) -> None:
        partner = self.selected()
        if partner is None:
            return
        partner.active = not partner.active
        if not ServiceCall(self, lambda: self._service.save_partner(partner)).in_banner(self.banner) \
                .on_failure(lambda _: setattr(partner, "active", not partner.active)).run():
            return  # the flag was set back: as it still is in the store
        if not partner.active and not self.show_inactive.isChecked():
            self.table.clearSelection()
        self.refresh()
        self.changed.emit()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
