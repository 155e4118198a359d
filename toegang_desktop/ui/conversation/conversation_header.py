"""The conversation's own details: date, place, who took part, the melding and the question."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ...domain.conversation import Conversation, Participant, ParticipantRole, Place
from ...domain.legal_clock import deadlines
from ...wording.labels import deadline_label, deadline_state_text, participant_label, place_label
from ..common.formatting import DATE_FORMAT, deadline_color, format_date, from_qdate, to_qdate
from ..common.widgets import DateField, text_box


class ConversationHeaderForm(QWidget):
    """Edits a Conversation's header fields; emits `changed` on every edit."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.held_on = QDateEdit(to_qdate(today))
        self.held_on.setDisplayFormat(DATE_FORMAT)
        self.held_on.setCalendarPopup(True)
        self.held_on.setMaximumDate(to_qdate(today))
        self.place = QComboBox()
        for place in Place:
            self.place.addItem(place_label(place), place)
        self.melding_date = DateField()
        self.melding_date.setToolTip(
            self.tr("The date of the request for support: it starts the 6-week term.")
        )
        self.question = text_box(5, self.tr("Question of the resident"),
                                 self.tr("What the resident asks, in their own words"))

        self.participant_checks: dict[ParticipantRole, QCheckBox] = {}
        self.participant_names: dict[ParticipantRole, QLineEdit] = {}
        grid = QGridLayout()
        for row, role in enumerate(ParticipantRole):
            check = QCheckBox(participant_label(role))
            name = QLineEdit()
            name.setPlaceholderText(self.tr("name (optional)"))
            name.setAccessibleName(self.tr("Name of %1").replace("%1", participant_label(role)))
            name.setEnabled(False)
            check.toggled.connect(name.setEnabled)
            check.toggled.connect(self.changed)
            name.textEdited.connect(self.changed)
            grid.addWidget(check, row, 0)
            grid.addWidget(name, row, 1)
            self.participant_checks[role] = check
            self.participant_names[role] = name
        self.participant_checks[ParticipantRole.RESIDENT].setChecked(True)

        self.application_date = DateField()
        self.application_date.setToolTip(self.tr("The date of the application (aanvraag): "
                                                 "the decision must follow within 2 weeks."))
        self.decision_date = DateField()
        self.finalised_on = DateField()
        self.finalised_on.setToolTip(self.tr("The day the written report of the investigation "
                                             "was made final and given to the resident."))
        for field in (self.melding_date, self.application_date, self.decision_date,
                      self.finalised_on):
            field.setMaximumWidth(field.fontMetrics().horizontalAdvance("00-00-00000") + 24)
        self.held_on.setMaximumWidth(self.held_on.fontMetrics().horizontalAdvance("00-00-00000") + 48)
        self.deadlines = QLabel()
        self.deadlines.setWordWrap(True)
        self.deadlines.setTextFormat(Qt.TextFormat.RichText)
        self.deadlines.setAccessibleName(self.tr("Legal terms"))
        self._today = today

        form = QFormLayout(self)
        form.addRow(self.tr("Date of the conversation"), self.held_on)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Date of the request (melding)"), self.melding_date)
        form.addRow(self.tr("Participants"), grid)
        form.addRow(self.tr("Question of the resident"), self.question)
        form.addRow(self.tr("Report made final on"), self.finalised_on)
        form.addRow(self.tr("Date of the application"), self.application_date)
        form.addRow(self.tr("Date of the decision"), self.decision_date)
        form.addRow(self.tr("Legal terms"), self.deadlines)
        for date_field, accessible_name in (
                (self.application_date, self.tr("Date of the application")),
                (self.decision_date, self.tr("Date of the decision"))):
            date_field.setAccessibleName(accessible_name)
            date_field.textEdited.connect(self.changed)
        # Only "Make the report final" (after its check) sets this date; here it is shown.
        self.finalised_on.setAccessibleName(self.tr("Report made final on"))
        self.finalised_on.setReadOnly(True)
        self.finalised_on.setPlaceholderText("")
        self.held_on.setAccessibleName(self.tr("Date of the conversation"))
        self.place.setAccessibleName(self.tr("Place"))
        self.melding_date.setAccessibleName(self.tr("Date of the request (melding)"))

        self.held_on.dateChanged.connect(self.changed)
        self.place.currentIndexChanged.connect(self.changed)
        self.melding_date.textEdited.connect(self.changed)
        self.question.textChanged.connect(self.changed)

    def set_today(self, today: date) -> None:
        """The app may stay open past midnight: the page sets the real day before each load."""
        self._today = today
        self.held_on.setMaximumDate(to_qdate(today))

    def load(self, c: Conversation) -> None:
        blockers = [self.blockSignals(True)]
        widgets: list[QWidget] = [
            self.held_on, self.place, self.melding_date, self.question, self.application_date,
            self.decision_date, self.finalised_on,
            *self.participant_checks.values(), *self.participant_names.values(),
        ]
        previous = [w.blockSignals(True) for w in widgets]
        self.held_on.setDate(to_qdate(c.held_on))
        self.place.setCurrentIndex(list(Place).index(c.place))
        self.melding_date.set_date(c.melding_date)
        self.application_date.set_date(c.application_date)
        self.decision_date.set_date(c.decision_date)
        self.finalised_on.set_date(c.finalised_on)
        self.question.setPlainText(c.question)
        present = {p.role: p.name for p in c.participants}
        for role, check in self.participant_checks.items():
            check.setChecked(role in present)
            self.participant_names[role].setEnabled(role in present)
            self.participant_names[role].setText(present.get(role, ""))
        for widget, was in zip(widgets, previous, strict=True):
            widget.blockSignals(was)
        self.blockSignals(blockers[0])
        self.show_deadlines(c)

    def unreadable_dates(self) -> list[str]:
        """Labels of the date fields whose text is not a real date (left unsaved)."""
        fields = ((self.melding_date, self.tr("Date of the request (melding)")),
                  (self.application_date, self.tr("Date of the application")),
                  (self.decision_date, self.tr("Date of the decision")))
        return [name for field, name in fields
                if field.is_unreadable()]

    def melding_date_unreadable(self) -> bool:
        return self.melding_date.is_unreadable()

    def show_deadlines(self, c: Conversation) -> None:
        """The terms of the Wmo 2015 that follow from the dates, with how much time is left."""
        items = deadlines(c.melding_date, c.finalised_on, c.application_date, c.decision_date,
                          self._today)
        if not items:
            self.deadlines.setText(self.tr("Enter the date of the request to see the terms."))
            return
        lines = []
        for item in items:
            state = deadline_state_text(item)
            shown = deadline_color(item.state)
            color = shown.name() if shown is not None else "#424242"
            lines.append(f"{html.escape(deadline_label(item.kind))}: {format_date(item.due)}"
                         f" — <span style='color:{color}'>{html.escape(state)}</span>")
        self.deadlines.setText("<br>".join(lines))

    def apply_to(self, c: Conversation) -> None:
        """Copy what is on screen into the conversation (an unreadable melding date is skipped)."""
        c.held_on = from_qdate(self.held_on.date())
        c.place = Place(self.place.currentData())
        if not self.melding_date_unreadable():
            c.melding_date = self.melding_date.date_value()
        for name in ("application_date", "decision_date"):
            field: DateField = getattr(self, name)
            if not field.is_unreadable():
                setattr(c, name, field.date_value())
        c.question = self.question.toPlainText()
        c.participants = [
            Participant(role, self.participant_names[role].text().strip())
            for role, check in self.participant_checks.items()
            if check.isChecked()
        ]
