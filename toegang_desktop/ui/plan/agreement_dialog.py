"""Agreements (afspraken): the list of a conversation's agreements, and the dialog for one:
what, who carries it out, by when, how far it got, and the life domains it serves. An
agreement is saved through the service when its dialog is accepted."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain.plan import Agreement, AgreementStatus, Owner
from ...services.plan import PlanService
from ...wording.labels import agreement_status_label, owner_label
from ..common.formatting import format_date
from ..common.service_call import Failure, FailureKind, ServiceCall
from ..common.tables import fill_row, record_table
from ..common.widgets import (
    DateField,
    GuardedDialog,
    ProblemBanner,
    action_button,
    chain_tab_order,
    confirmed,
    mark_invalid,
    text_box,
)
from .partner_dialog import PartnerChooser, PartnerDialog

DOMAIN_COLUMNS = 2


class AgreementDialog(GuardedDialog):
    """New (no agreement) or existing agreement; stays open and explains what is wrong."""

    def __init__(self, service: PlanService, conversation_id: int, domains: list[tuple[str, str]],
                 agreement: Agreement | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._conversation_id = conversation_id
        self._original = agreement
        self.saved: Agreement | None = None
        self.setWindowTitle(self.tr("Change agreement") if agreement else self.tr("New agreement"))
        self.banner = ProblemBanner()

        self.what = text_box(3, self.tr("What was agreed, required"))
        self.owner = QComboBox()
        for owner in Owner:
            self.owner.addItem(owner_label(owner), owner)
        self.owner.setAccessibleName(self.tr("Who carries it out"))
        self.partner = PartnerChooser(service, agreement.partner_id if agreement else None)
        self.due = DateField()
        self.due.setAccessibleName(self.tr("Due date"))
        self.status = QComboBox()
        for status in AgreementStatus:
            self.status.addItem(agreement_status_label(status), status)
        self.status.setAccessibleName(self.tr("Status"))

        form = QFormLayout()
        form.addRow(self.tr("What was agreed*"), self.what)
        form.addRow(self.tr("Who carries it out"), self.owner)
        form.addRow(self.tr("Partner"), self.partner)
        form.addRow(self.tr("Due date"), self.due)
        form.addRow(self.tr("Status"), self.status)

        domain_box = QGroupBox(self.tr("Life domains this agreement serves"))
        grid = QGridLayout(domain_box)
        self.domain_boxes: dict[str, QCheckBox] = {}
        rows = (len(domains) + DOMAIN_COLUMNS - 1) // DOMAIN_COLUMNS
        for index, (key, label) in enumerate(domains):
            box = QCheckBox(label)
            box.setAccessibleName(self.tr("Life domain: %1").replace("%1", label))
            self.domain_boxes[key] = box
            grid.addWidget(box, index % rows, index // rows)  # down the columns: reads in order
        if not domains:
            grid.addWidget(QLabel(self.tr("This conversation has no life domains.")), 0, 0)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(domain_box)
        layout.addStretch()
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 95)

        chain_tab_order([self.banner, self.what, self.owner, self.partner.combo,
                         self.partner.directory_button, self.due, self.status,
                         *self.domain_boxes.values(), self.save_button, self.cancel_button])

        if agreement is not None:
            self.what.setPlainText(agreement.what)
            self.owner.setCurrentIndex(self.owner.findData(agreement.owner))
            self.due.set_date(agreement.due_date)
            self.status.setCurrentIndex(self.status.findData(agreement.status))
            for key in agreement.domain_keys:
                if key in self.domain_boxes:
                    self.domain_boxes[key].setChecked(True)
        self._owner_changed()
        self.owner.currentIndexChanged.connect(self._owner_changed)
        self.what.textChanged.connect(self._mark_dirty)
        self.due.textEdited.connect(self._mark_dirty)
        for combo in (self.owner, self.partner.combo, self.status):
            combo.currentIndexChanged.connect(self._mark_dirty)
        for box in self.domain_boxes.values():
            box.toggled.connect(self._mark_dirty)

    def _owner_changed(self, *_args: object) -> None:
        is_partner = self.owner.currentData() == Owner.PARTNER
        self.partner.setEnabled(is_partner)
        if not is_partner:
            mark_invalid(self.partner.combo, False)

    # -- discarding and saving ----------------------------------------------------------------

    def agreement(self) -> Agreement | None:
        """The agreement as typed, or None (with the banner filled) when the date is unreadable."""
        unreadable = self.due.is_unreadable()
        mark_invalid(self.due, unreadable)
        if unreadable:
            self.banner.show_lines(
                [self.tr("Due date: enter a real date as dd-mm-yyyy, or leave it empty.")],
                take_focus=False)
            self.due.setFocus()
            return None
        original = self._original
        return Agreement(
            what=self.what.toPlainText(),
            owner=Owner(self.owner.currentData()),
            partner_id=self.partner.partner_id(),
            due_date=self.due.date_value(),
            status=AgreementStatus(self.status.currentData()),
            domain_keys=[key for key, box in self.domain_boxes.items() if box.isChecked()],
            position=original.position if original else 0,
            id=original.id if original else None,
        )

    def save(self) -> None:
        typed = self.agreement()
        if typed is None:
            return
        def store() -> Agreement:
            if typed.id is None:
                return self._service.add_agreement(self._conversation_id, typed)
            return self._service.update_agreement(typed)

        ServiceCall(self, store).in_banner(self.banner, focus_on_invalid=False) \
            .on_failure(self._mark_invalid).on_success(self._saved).run()

    def _mark_invalid(self, failure: Failure) -> None:
        if failure.kind is not FailureKind.INVALID:
            return
        wrong = failure.fields
        mark_invalid(self.what, "what" in wrong)
        mark_invalid(self.partner.combo, "partner_id" in wrong)
        first = self.what if "what" in wrong else self.partner.combo if "partner_id" in wrong else None
        (first or self.banner).setFocus()

    def _saved(self, agreement: Agreement) -> None:
        self.saved = agreement
        self.accept()


class AgreementList(QGroupBox):
    """The agreements of one conversation in a table, with Add…, Edit…, Remove and the
    partner directory; emits `changed` after every saved change."""

    changed = Signal()

    def __init__(self, service: PlanService, domain_labels: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Agreements"))
        self._service = service
        self._domain_labels = domain_labels
        self._conversation_id: int | None = None
        self.domains: list[tuple[str, str]] = []
        self.agreements: list[Agreement] = []
        self.table = record_table(
            [self.tr("What"), self.tr("Who"), self.tr("Partner"), self.tr("Due date"),
             self.tr("Status"), self.tr("Life domains")], (0, 2, 5), self.tr("Agreements"))
        # As tall as its rows: the page scrolls, the table itself need not.
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.table.setMinimumHeight(self.table.fontMetrics().lineSpacing() * 5)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_agreement())
        self.add_button = action_button(self.tr("Add…"), self.tr("Add agreement"), self.add_agreement)
        self.edit_button = action_button(
            self.tr("Edit…"), self.tr("Edit agreement"), self.edit_agreement)
        self.remove_button = action_button(
            self.tr("Remove"), self.tr("Remove agreement"), self.remove_agreement)
        self.directory_button = action_button(
            self.tr("Partner directory…"), self.tr("Partner directory"), self.open_directory)
        self.banner = ProblemBanner()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.directory_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._update_buttons()

    def tab_chain(self) -> list[QWidget]:
        return [self.table, self.add_button, self.edit_button, self.remove_button,
                self.directory_button]

    def show_agreements(self, conversation_id: int, domains: list[tuple[str, str]]) -> None:
        self._conversation_id, self.domains = conversation_id, domains
        self.banner.show_lines([])
        self.reload()

    def reload(self) -> None:
        if self._conversation_id is None:
            return
        self.agreements = self._service.agreements(self._conversation_id)
        names = {p.id: p.organisation for p in self._service.partners(include_inactive=True)}
        labels = {**self._domain_labels, **dict(self.domains)}
        self.table.setRowCount(len(self.agreements))
        for row, a in enumerate(self.agreements):
            values = (a.what, owner_label(a.owner), names.get(a.partner_id, "") if a.partner_id else "",
                      format_date(a.due_date), agreement_status_label(a.status),
                      ", ".join(labels.get(key, key) for key in a.domain_keys))
            fill_row(self.table, row, values)
        self.table.resizeRowsToContents()
        self._update_buttons()

    def selected_agreement(self) -> Agreement | None:
        rows = self.table.selectionModel().selectedRows()
        return self.agreements[rows[0].row()] if rows and rows[0].row() < len(self.agreements) else None

    def _update_buttons(self) -> None:
        chosen = self.selected_agreement() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def add_agreement(self) -> None:
        self._open_agreement(None)

    def edit_agreement(self) -> None:
        agreement = self.selected_agreement()
        if agreement is not None:
            self._open_agreement(agreement)

    def _open_agreement(self, agreement: Agreement | None) -> None:
        if self._conversation_id is None:
            return
        dialog = AgreementDialog(self._service, self._conversation_id, self.domains, agreement, self)
        if dialog.exec() and dialog.saved is not None:
            self.reload()
            ids = [a.id for a in self.agreements]
            if dialog.saved.id in ids:
                self.table.selectRow(ids.index(dialog.saved.id))
            self.changed.emit()

    def remove_agreement(self) -> None:
        agreement = self.selected_agreement()
        if agreement is None or agreement.id is None:
            return
        if not confirmed(self, self.tr("Remove agreement"),
                         self.tr("Remove the agreement “%1”?").replace("%1", agreement.what)):
            return
        agreement_id = agreement.id
        if ServiceCall(self, lambda: self._service.remove_agreement(agreement_id)) \
                .in_banner(self.banner).run():
            self.reload()
            self.changed.emit()

    def open_directory(self) -> None:
        PartnerDialog(self._service, self).exec()
        self.reload()  # a partner's name may have changed
