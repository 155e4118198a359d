"""Writing one journal entry (contactmoment), or a correction of an earlier one.

Defaults make the common case quick (issue 18): now, by phone, the cursor in the note. A
correction starts from the entry it corrects, which is shown above the form and stays as it
was: the store keeps both.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.journal import ContactKind, JournalEntry
from ...services.journal import JournalService
from ...wording.labels import contact_kind_label
from ..common.formatting import format_date
from ..common.service_call import Failure, FailureKind, ServiceCall
from ..common.widgets import (
    DateField,
    GuardedDialog,
    ProblemBanner,
    chain_tab_order,
    mark_invalid,
    set_primary,
    text_box,
    wrapped_label,
)

DOMAIN_COLUMNS = 3


def entry_moment(entry: JournalEntry) -> str:
    """When the contact was, as the professional reads it: 23-11-2026 14:30."""
    return f"{format_date(entry.contact_at.date())} {entry.contact_at.strftime('%H:%M')}"


class JournalEntryDialog(GuardedDialog):
    """A new entry (no `corrects`) or a correction of `corrects`; stays open and explains what
    is wrong; `saved` holds the stored entry once accepted."""

    def __init__(self, service: JournalService, resident_id: int,
                 domains: list[tuple[str, str]], agreements: dict[int, str],
                 now: Callable[[], datetime] = datetime.now,
                 corrects: JournalEntry | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._resident_id = resident_id
        self._corrects = corrects
        self.saved: JournalEntry | None = None
        self.setWindowTitle(self.tr("Correct a contact") if corrects
                            else self.tr("New contact in the journal"))
        self.banner = ProblemBanner()

        moment = corrects.contact_at if corrects else now()
        self.day = DateField()
        self.day.setAccessibleName(self.tr("Date of the contact"))
        self.day.set_date(moment.date())
        self.clock = QTimeEdit(QTime(moment.hour, moment.minute))
        self.clock.setDisplayFormat("HH:mm")
        self.clock.setAccessibleName(self.tr("Time of the contact"))
        when = QHBoxLayout()
        when.addWidget(self.day)
        when.addWidget(self.clock)
        when.addStretch()
        self.kind = QComboBox()
        for kind in ContactKind:
            self.kind.addItem(contact_kind_label(kind), kind)
        self.kind.setAccessibleName(self.tr("Kind of contact"))
        self.with_whom = QLineEdit()
        self.with_whom.setAccessibleName(self.tr("With whom"))
        self.with_whom.setPlaceholderText(self.tr("e.g. the resident, the GP, the housing corporation"))
        self.note = text_box(5, self.tr("Note, required"),
                             self.tr("What was it about, what was agreed?"))
        self.for_report = QCheckBox(self.tr("Include in the report for the resident"))

        form = QFormLayout()
        form.addRow(self.tr("When*"), when)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("With whom"), self.with_whom)
        form.addRow(self.tr("Note*"), self.note)
        form.addRow("", self.for_report)

        domain_box = QGroupBox(self.tr("Life domains it concerns (optional)"))
        grid = QGridLayout(domain_box)
        self.domain_boxes: dict[str, QCheckBox] = {}
        rows = max(1, (len(domains) + DOMAIN_COLUMNS - 1) // DOMAIN_COLUMNS)
        for index, (key, label) in enumerate(domains):
            box = QCheckBox(label)
            box.setAccessibleName(self.tr("Life domain: %1").replace("%1", label))
            self.domain_boxes[key] = box
            grid.addWidget(box, index % rows, index // rows)  # down the columns: reads in order
        agreement_box = QGroupBox(self.tr("Agreements it concerns (optional)"))
        agreement_layout = QVBoxLayout(agreement_box)
        self.agreement_boxes: dict[int, QCheckBox] = {}
        for agreement_id, what in agreements.items():
            box = QCheckBox(" ".join(what.split()))
            box.setAccessibleName(self.tr("Agreement: %1").replace("%1", what))
            self.agreement_boxes[agreement_id] = box
            agreement_layout.addWidget(box)
        if not agreements:
            agreement_layout.addWidget(QLabel(self.tr("This dossier has no agreements yet.")))
        choices = QWidget()
        choice_layout = QVBoxLayout(choices)
        choice_layout.setContentsMargins(0, 0, 0, 0)
        choice_layout.addWidget(domain_box)
        choice_layout.addWidget(agreement_box)
        choice_layout.addStretch()
        # Seventeen domains and a long plan do not push the buttons off a small screen.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(choices)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # All of the choices in view when the screen has room; else they scroll.
        scroll.setMinimumHeight(min(choices.sizeHint().height(),
                                    self.fontMetrics().height() * 22))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert save_button is not None and cancel_button is not None
        self.save_button, self.cancel_button = save_button, cancel_button
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        if corrects is not None:
            self.original = wrapped_label("")
            self.original.setTextFormat(Qt.TextFormat.RichText)
            self.original.setText(
                "<b>" + html.escape(
                    self.tr("You are correcting the contact of %1 (%2, written by %3):")
                    .replace("%1", entry_moment(corrects))
                    .replace("%2", contact_kind_label(corrects.kind))
                    .replace("%3", corrects.written_by or "—")) + "</b><br>"
                + html.escape(corrects.note).replace("\n", "<br>") + "<br><i>"
                + html.escape(self.tr("That text stays in the journal, marked as corrected."))
                + "</i>")
            layout.addWidget(self.original)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(buttons)
        set_primary(self, self.save_button)
        chars = self.fontMetrics().averageCharWidth()
        self.setMinimumWidth(chars * 100)

        chain_tab_order([self.banner, self.day, self.clock, self.kind, self.with_whom, self.note,
                         self.for_report, *self.domain_boxes.values(),
                         *self.agreement_boxes.values(), self.save_button, self.cancel_button])
        if corrects is not None:
            self.kind.setCurrentIndex(self.kind.findData(corrects.kind))
            self.with_whom.setText(corrects.with_whom)
            self.note.setPlainText(corrects.note)
            self.for_report.setChecked(corrects.for_resident_report)
            for key in corrects.domains:
                if key in self.domain_boxes:
                    self.domain_boxes[key].setChecked(True)
            for agreement_id in corrects.agreement_ids:
                if agreement_id in self.agreement_boxes:
                    self.agreement_boxes[agreement_id].setChecked(True)
        self._shown_once = False
        self.day.textEdited.connect(self._mark_dirty)
        self.clock.timeChanged.connect(self._mark_dirty)
        self.kind.currentIndexChanged.connect(self._mark_dirty)
        self.with_whom.textEdited.connect(self._mark_dirty)
        self.note.textChanged.connect(self._mark_dirty)
        self.for_report.toggled.connect(self._mark_dirty)
        for box in [*self.domain_boxes.values(), *self.agreement_boxes.values()]:
            box.toggled.connect(self._mark_dirty)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802  # Qt's name
        # The note is what is typed first: date, time and kind have their defaults.
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.note.setFocus()

    def entry(self) -> JournalEntry | None:
        """The entry as typed, or None (with the banner filled) when the date is unreadable."""
        day: date | None = self.day.date_value()
        mark_invalid(self.day, day is None)
        if day is None:
            self.banner.show_lines(
                [self.tr("Date of the contact: enter a real date as dd-mm-yyyy.")],
                take_focus=False)
            self.day.setFocus()
            return None
        clock = self.clock.time()
        return JournalEntry(
            resident_id=self._resident_id,
            contact_at=datetime.combine(day, time(clock.hour(), clock.minute())),
            kind=ContactKind(self.kind.currentData()),
            note=self.note.toPlainText(),
            with_whom=self.with_whom.text(),
            domains=tuple(k for k, box in self.domain_boxes.items() if box.isChecked()),
            agreement_ids=tuple(a for a, box in self.agreement_boxes.items() if box.isChecked()),
            for_resident_report=self.for_report.isChecked(),
        )

    def save(self) -> None:
        typed = self.entry()
        if typed is None:
            return
        corrects = self._corrects

        def store() -> JournalEntry:
            if corrects is not None:
                return self._service.correct(corrects, typed)
            return self._service.add(typed)

        ServiceCall(self, store).in_banner(self.banner, focus_on_invalid=False) \
            .on_failure(self._mark_invalid).on_success(self._saved).run()

    def _mark_invalid(self, failure: Failure) -> None:
        if failure.kind is not FailureKind.INVALID:
            return
        wrong = failure.fields
        mark_invalid(self.note, "note" in wrong)
        mark_invalid(self.with_whom, "with_whom" in wrong)
        mark_invalid(self.day, "contact_at" in wrong)
        first = (self.note if "note" in wrong else self.day if "contact_at" in wrong
                 else self.with_whom if "with_whom" in wrong else None)
        (first or self.banner).setFocus()

    def _saved(self, entry: JournalEntry) -> None:
        self.saved = entry
        self._dirty = False
        self.accept()
