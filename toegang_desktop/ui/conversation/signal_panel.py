"""Signals and weighing (herkennen en erkennen): what the answers suggest, and what the
professional and the resident make of it. The software suggests; the professional decides."""

from __future__ import annotations

import html
from datetime import date
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.conversation import ClientSupport, Conversation, Decision, Marker, Recognition, SignalDecision
from ...domain.resident import HouseholdMember
from ...domain.rules import Signal as RaisedSignal
from ...services.recognition import RecognitionService
from ...wording.labels import client_support_label, evidence_text, kind_label, marker_label, recognition_label
from ..common.service_call import ServiceCall
from ..common.widgets import DateField, text_box


class SignalCard(QFrame):
    """One signal: why it fired, and the professional's decision with the reason."""

    def __init__(self, signal: RaisedSignal, decision: SignalDecision | None, panel: SignalPanel) -> None:
        super().__init__()
        self.setObjectName("signalCard")
        self.setProperty("decision", decision.decision.value if decision else "open")  # colour
        title = QLabel(f"<b>{html.escape(signal.title)}</b> · {html.escape(kind_label(signal.kind))}")
        title.setWordWrap(True)
        explanation = QLabel(signal.explanation)
        explanation.setWordWrap(True)
        why = QLabel(
            "<b>" + html.escape(self.tr("Why:")) + "</b><ul>"
            + "".join(f"<li>{html.escape(evidence_text(e))}</li>" for e in signal.evidence) + "</ul>"
        )
        why.setWordWrap(True)
        self.status = QLabel(self._status_text(decision))
        self.status.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("Confirm…"))
        self.dismiss_button = QPushButton(self.tr("Dismiss…"))
        self.withdraw_button = QPushButton(self.tr("Withdraw decision"))
        for button, name in ((self.confirm_button, self.tr("Confirm signal")),
                             (self.dismiss_button, self.tr("Dismiss signal")),
                             (self.withdraw_button, self.tr("Withdraw decision"))):
            button.setAccessibleName(f"{name}: {signal.title}")
        self.confirm_button.clicked.connect(lambda: panel.ask_decision(signal, Decision.CONFIRMED))
        self.dismiss_button.clicked.connect(lambda: panel.ask_decision(signal, Decision.DISMISSED))
        self.withdraw_button.clicked.connect(lambda: panel.withdraw(signal.rule_id))
        self.withdraw_button.setVisible(decision is not None)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        for widget in (title, explanation, why, self.status):
            layout.addWidget(widget)
        layout.addLayout(buttons)

    def _status_text(self, decision: SignalDecision | None) -> str:
        if decision is None:
            return self.tr("Not yet weighed.")
        if decision.decision is Decision.CONFIRMED:
            return self.tr("Confirmed: %1").replace("%1", decision.reason)
        return self.tr("Dismissed: %1").replace("%1", decision.reason)


class SignalPanel(QWidget):
    """Edits markers and the weighing in the conversation (emits `changed` for autosave);
    decisions on signals are saved at once through the service."""

    changed = Signal()
    decisions_changed = Signal()

    def __init__(self, service: RecognitionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._conversation: Conversation | None = None
        self._household: list[HouseholdMember] = []
        self._loading = False
        self.cards: dict[str, SignalCard] = {}

        title = QLabel(self.tr("Signals and weighing"))
        title.setObjectName("pageTitle")
        intro = QLabel(self.tr(
            "The signals follow from the answers and change as you record. They are suggestions: "
            "confirm or dismiss each one and say why."))
        intro.setWordWrap(True)

        self.marker_boxes: dict[Marker, QCheckBox] = {}
        marker_box = QGroupBox(self.tr("Signs of a lasting condition (not a diagnosis)"))
        marker_layout = QGridLayout(marker_box)
        for index, marker in enumerate(Marker):
            box = QCheckBox(marker_label(marker))
            box.toggled.connect(self._edited)
            self.marker_boxes[marker] = box
            marker_layout.addWidget(box, index // 2, index % 2)

        self.signal_box = QGroupBox(self.tr("Signals"))
        self._signal_layout = QVBoxLayout(self.signal_box)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.earlier = QLabel()
        self.earlier.setWordWrap(True)
        self.earlier.setObjectName("hint")

        recognition_box = QGroupBox(self.tr("Does the resident recognise this picture?"))
        self.recognition_buttons: dict[Recognition | None, QRadioButton] = {}
        self._recognition = QButtonGroup(self)
        row = QHBoxLayout()
        for value in (None, *Recognition):
            button = QRadioButton(recognition_label(value))
            self.recognition_buttons[value] = button
            self._recognition.addButton(button)
            row.addWidget(button)
        row.addStretch()
        self._recognition.buttonToggled.connect(self._edited)
        self.resident_view = text_box(4, self.tr("The resident's view, in their own words"),
                                      self.tr("In the resident's own words"))
        self.resident_view.textChanged.connect(self._edited)
        recognition_layout = QVBoxLayout(recognition_box)
        recognition_layout.addLayout(row)
        recognition_layout.addWidget(self.resident_view)

        support_box = QGroupBox(self.tr("Independent client support (free of charge)"))
        self.client_support = QComboBox()
        for value in (None, *ClientSupport):
            self.client_support.addItem(client_support_label(value), value)
        self.client_support.setAccessibleName(self.tr("Client support"))
        self.client_support.currentIndexChanged.connect(self._edited)
        self.client_support_date = DateField()
        self.client_support_date.setAccessibleName(self.tr("Date of client support"))
        self.client_support_date.textEdited.connect(self._edited)
        support_form = QFormLayout(support_box)
        support_form.addRow(self.tr("Status"), self.client_support)
        support_form.addRow(self.tr("Date"), self.client_support_date)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(marker_box)
        layout.addWidget(self.signal_box)
        layout.addWidget(self.earlier)
        layout.addWidget(recognition_box)
        layout.addWidget(support_box)
        layout.addStretch()

    # -- showing ---------------------------------------------------------------------------

    def show_conversation(self, conversation: Conversation, household: list[HouseholdMember]) -> None:
        self._conversation, self._household = conversation, household
        self._loading = True
        try:
            for marker, box in self.marker_boxes.items():
                box.setChecked(marker in conversation.markers)
            self.recognition_buttons[conversation.resident_recognises].setChecked(True)
            self.resident_view.setPlainText(conversation.resident_view)
            self.client_support.setCurrentIndex(self.client_support.findData(conversation.client_support))
            self.client_support_date.set_date(conversation.client_support_date)
        finally:
            self._loading = False
        self.refresh()

    def current_signals(self) -> list[RaisedSignal]:
        if self._conversation is None:
            return []
        return self._service.signals(self._conversation, self._household)

    def open_count(self) -> int:
        """Signals that still wait for the professional's decision."""
        decided = self._conversation.decisions if self._conversation else {}
        return sum(1 for s in self.current_signals() if s.rule_id not in decided)

    def refresh(self) -> None:
        """Recompute the signals from the answers and redraw them."""
        for card in self.cards.values():
            self._signal_layout.removeWidget(card)
            card.hide()  # deleteLater waits for the event loop; never paint a stale card
            card.deleteLater()
        self.cards = {}
        conversation = self._conversation
        if conversation is None:
            return
        signals = self.current_signals()
        for signal in signals:
            card = SignalCard(signal, conversation.decisions.get(signal.rule_id), self)
            self.cards[signal.rule_id] = card
            self._signal_layout.addWidget(card)
        self.summary.setText(self.tr("No signals: the answers so far raise none.") if not signals else "")
        if not signals:
            self._signal_layout.addWidget(self.summary)
        self.summary.setVisible(not signals)
        firing = {s.rule_id for s in signals}
        lapsed = [d for rule, d in conversation.decisions.items() if rule not in firing]
        self.earlier.setText(self.tr("Weighed earlier, no longer raised by the answers: %1").replace(
            "%1", "; ".join(f"{d.rule_title} ({d.reason})" for d in lapsed)) if lapsed else "")
        self.earlier.setVisible(bool(lapsed))

    # -- deciding ----------------------------------------------------------------------------

    def ask_decision(self, signal: RaisedSignal, decision: Decision) -> None:
        prompt = (self.tr("Why do you confirm this signal?") if decision is Decision.CONFIRMED
                  else self.tr("Why do you dismiss this signal?"))
        reason = ""
        while True:  # asked again, with what was typed, until it is saved or cancelled
            reason, accepted = QInputDialog.getMultiLineText(self, signal.title, prompt, reason)
            if not accepted or self.decide(signal, decision, reason):
                return

    def decide(self, signal: RaisedSignal, decision: Decision, reason: str) -> bool:
        if self._conversation is None:
            return False
        # busy or disk full: the reason is kept (see ask_decision)
        return ServiceCall(self, partial(self._service.decide, self._conversation,
                                         SignalDecision(signal.rule_id, signal.title, decision, reason))) \
            .in_message_box(signal.title).on_success(self._decisions_changed).run()

    def withdraw(self, rule_id: str) -> None:
        if self._conversation is None:
            return
        ServiceCall(self, partial(self._service.withdraw, self._conversation, rule_id)) \
            .in_message_box(self.tr("Withdraw decision")).on_success(self._decisions_changed).run()

    def _decisions_changed(self, _: object = None) -> None:
        self.refresh()
        self.decisions_changed.emit()

    def unreadable_dates(self) -> list[str]:
        field = self.client_support_date
        return ([self.tr("Date of client support")]
                if field.is_unreadable() else [])

    # -- editing -----------------------------------------------------------------------------

    def _edited(self, *_args: object) -> None:
        if self._loading or self._conversation is None:
            return
        c = self._conversation
        markers = {m for m, box in self.marker_boxes.items() if box.isChecked()}
        markers_changed = markers != c.markers
        c.markers = markers
        c.resident_recognises = next(
            (v for v, b in self.recognition_buttons.items() if b.isChecked()), None)
        c.resident_view = self.resident_view.toPlainText()
        chosen = self.client_support.currentData()
        c.client_support = ClientSupport(chosen) if chosen else None
        if c.client_support is not None and self.client_support_date.is_blank():
            self.client_support_date.set_date(date.today())  # usually recorded the same day
        if not self.client_support_date.is_unreadable():
            c.client_support_date = self.client_support_date.date_value()
        if markers_changed:  # only markers feed the rules here
            self.refresh()
            self.decisions_changed.emit()
        self.changed.emit()
