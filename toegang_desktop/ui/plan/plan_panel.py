"""Route and plan (passend indicatieproces; afspraken): the route that fits, who does what, and
the agreements (agreement_dialog.AgreementList). The app offers the choices; the professional
makes them.

Route fields save as they change (shortly after the last edit, at once on `flush()`); input the
service refuses stays on screen with the problem beside it. Agreements save with their dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.conversation import Conversation
from ...domain.plan import Budget, Connection, Route
from ...services.learning import LearningService
from ...services.plan import PlanService
from ...wording.labels import budget_label
from ..common.autosave import RETRY_DELAY_MS, SAVE_DELAY_MS
from ..common.service_call import Failure, FailureKind, ServiceCall
from ..common.widgets import DateField, ProblemBanner, chain_tab_order, mark_invalid, text_box
from .agreement_dialog import AgreementList
from .plan_sections import connections_box, lay_out_work


class PlanPanel(QWidget):
    """Shows and edits the route and agreements of one conversation; emits `changed` after
    every successful save."""

    changed = Signal()

    def __init__(self, service: PlanService, domain_labels: dict[str, str],
                 parent: QWidget | None = None, learning: LearningService | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._learning = learning
        self._domain_labels = dict(domain_labels)
        self._conversation_id: int | None = None
        self._domains: list[tuple[str, str]] = []
        self._loading = False
        self._dirty = False
        self._shown_lines: list[str] = []
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_route)
        self._retry = QTimer(self, singleShot=True, interval=RETRY_DELAY_MS)
        self._retry.timeout.connect(self.flush)

        title = QLabel(self.tr("Route and plan"))
        title.setObjectName("pageTitle")
        intro = QLabel(self.tr("Choose the route that fits and record the agreements. The app "
                               "offers the choices; you decide. Changes are saved as you make them."))
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        self.banner = ProblemBanner()

        # -- the route -----------------------------------------------------------------------
        route_box = QGroupBox(self.tr("Route"))
        route = QGridLayout(route_box)
        self.integrated_plan = QCheckBox(self.tr("One integrated plan with one coordinating professional"))
        self.coordinator = QLineEdit()
        self.long_term = QCheckBox(self.tr("A long-lasting indication for a lifelong need"))
        self.long_term.setToolTip(self.tr("Instead of assessing the same lifelong need again "
                                          "and again."))
        self.long_term_reason = text_box(2)
        self.budget = QComboBox()
        for budget in (None, *Budget):
            self.budget.addItem(budget_label(budget), budget)
        self.budget_note = QLineEdit()
        self.escalation = QCheckBox(self.tr("Escalate a rule that blocks help (knelpunt)"))
        self.escalation_note = text_box(2)
        self.escalation_note.setPlaceholderText(self.tr(
            "Which rule or gap blocks help. No names or other personal data: this note feeds "
            "anonymous reports."))
        self._labels: dict[QWidget, QLabel] = {}
        rows: list[tuple[QWidget, QWidget, str]] = [
            (self.integrated_plan, self.coordinator, self.tr("Coordinating professional")),
            (self.long_term, self.long_term_reason, self.tr("Why this fits")),
            (self.budget, self.budget_note, self.tr("Budget note")),
            (self.escalation, self.escalation_note, self.tr("What blocks help")),
        ]
        for row, (switch, field, name) in enumerate(rows):
            if switch is self.budget:
                budget_label_widget = QLabel(self.tr("Budget"))
                budget_label_widget.setBuddy(self.budget)
                route.addWidget(budget_label_widget, row * 2, 0)
                route.addWidget(self.budget, row * 2, 1)
                self.budget.setAccessibleName(self.tr("Budget"))
            else:
                route.addWidget(switch, row * 2, 0, 1, 2)
            label = QLabel(name)
            label.setBuddy(field)
            label.setContentsMargins(self.fontMetrics().averageCharWidth() * 3, 0, 0, 0)
            field.setAccessibleName(name)
            self._labels[field] = label
            route.addWidget(label, row * 2 + 1, 0, Qt.AlignmentFlag.AlignTop)
            route.addWidget(field, row * 2 + 1, 1)
        # The learning loop: the escalation becomes a bottleneck for the anonymous report.
        self.bottleneck_button = QPushButton(self.tr("Record bottleneck…"))
        self.bottleneck_button.setToolTip(self.tr(
            "Record where help got stuck for the learning loop, pre-filled with the note above, "
            "the life domains of concern and the laws of the route."))
        self.bottleneck_button.clicked.connect(self.record_bottleneck)
        self.bottleneck_count = QLabel()
        self.bottleneck_count.setObjectName("hint")
        bottleneck_row = QHBoxLayout()
        bottleneck_row.addWidget(self.bottleneck_button)
        bottleneck_row.addWidget(self.bottleneck_count, 1)
        route.addLayout(bottleneck_row, len(rows) * 2, 1)
        self.bottleneck_button.setVisible(learning is not None)
        route.setColumnStretch(1, 1)

        connections, self.connection_boxes, self.other_connection, other_label = (
            connections_box())
        self._labels[self.other_connection] = other_label
        work_box = QGroupBox(self.tr("Who does what"))
        self.team_does_itself = text_box(3)
        self.refers_to = text_box(3)
        self.stays_involved = QCheckBox(self.tr("The local team stays involved when other help starts"))
        self.evaluation_date = DateField()
        self.evaluation_date.setMaximumWidth(self.evaluation_date.fontMetrics().averageCharWidth() * 16)
        lay_out_work(work_box, self.team_does_itself, self.refers_to, self.stays_involved,
                      self.evaluation_date)

        self.agreement_list = AgreementList(service, self._domain_labels)
        self.agreement_list.changed.connect(self.changed)

        layout = QVBoxLayout(self)
        for widget in (title, intro, self.banner, route_box, connections, work_box,
                       self.agreement_list):
            layout.addWidget(widget)
        layout.addStretch()

        chain: list[QWidget] = [
            self.banner, self.integrated_plan, self.coordinator, self.long_term,
            self.long_term_reason, self.budget, self.budget_note, self.escalation,
            self.escalation_note, self.bottleneck_button, *self.connection_boxes.values(),
            self.other_connection,
            self.team_does_itself, self.refers_to, self.stays_involved, self.evaluation_date,
            *self.agreement_list.tab_chain()]
        chain_tab_order(chain)
        for box in (self.integrated_plan, self.long_term, self.escalation, self.stays_involved,
                    *self.connection_boxes.values()):
            box.toggled.connect(self._edited)
        self.budget.currentIndexChanged.connect(self._edited)
        for edit in (self.coordinator, self.budget_note, self.other_connection):
            edit.textEdited.connect(self._edited)
        for text in (self.long_term_reason, self.escalation_note, self.team_does_itself,
                     self.refers_to):
            text.textChanged.connect(self._edited)
        self.evaluation_date.textEdited.connect(self._date_edited)
        self.evaluation_date.editingFinished.connect(self.flush)
        self._update_enabled()
        self.setEnabled(False)  # until a conversation is shown

    # -- showing ---------------------------------------------------------------------------

    def show_conversation(self, conversation: Conversation) -> None:
        """Show the route and agreements of a (stored) conversation; pending route input of
        the previous one is saved first (check `flush()` before leaving to keep failed input)."""
        if conversation.id is None:
            raise ValueError("only a stored conversation has a plan")
        self.flush()
        self._conversation_id = conversation.id
        domains = [(a.domain_key, a.label or self._domain_labels.get(a.domain_key, a.domain_key))
                   for a in conversation.assessments]
        self._show_route(self._service.route(self._conversation_id))
        self.agreement_list.show_agreements(self._conversation_id, domains)
        self._domains = domains
        self._show_bottleneck_count()
        self.setEnabled(True)

    def _show_bottleneck_count(self) -> None:
        if self._learning is None or self._conversation_id is None:
            return
        count = len(self._learning.bottlenecks_of(self._conversation_id))
        self.bottleneck_count.setText(
            self.tr("%n bottleneck(s) recorded from this conversation.", "", count) if count else "")

    def record_bottleneck(self) -> None:
        """Open the bottleneck dialog pre-filled from this conversation (route saved first)."""
        if self._learning is None or self._conversation_id is None or not self.flush():
            return
        from ..learning.learning_dialogs import BottleneckDialog  # imported late: start-up

        draft = self._learning.draft_from_conversation(self._conversation_id)
        dialog = BottleneckDialog(self._learning, self._service, self._domains, draft, parent=self)
        if dialog.exec():
            self._show_bottleneck_count()

    def _show_route(self, r: Route) -> None:
        self._loading = True
        try:
            self.integrated_plan.setChecked(r.integrated_plan)
            self.coordinator.setText(r.coordinator)
            self.long_term.setChecked(r.long_term_indication)
            self.long_term_reason.setPlainText(r.long_term_reason)
            self.budget.setCurrentIndex(self.budget.findData(r.budget) if r.budget else 0)
            self.budget_note.setText(r.budget_note)
            self.escalation.setChecked(r.escalation)
            self.escalation_note.setPlainText(r.escalation_note)
            for connection, box in self.connection_boxes.items():
                box.setChecked(connection in r.connections)
            self.other_connection.setText(r.other_connection)
            self.team_does_itself.setPlainText(r.team_does_itself)
            self.refers_to.setPlainText(r.refers_to)
            self.stays_involved.setChecked(r.stays_involved)
            self.evaluation_date.set_date(r.evaluation_date)
        finally:
            self._loading = False
        self._dirty = False
        self._show_problems([], set())
        self._update_enabled()

    # -- the route -------------------------------------------------------------------------

    def route(self) -> Route | None:
        """The route as on screen, or None when the evaluation date cannot be read."""
        if self.evaluation_date.is_unreadable():
            return None
        return Route(
            integrated_plan=self.integrated_plan.isChecked(), coordinator=self.coordinator.text(),
            long_term_indication=self.long_term.isChecked(),
            long_term_reason=self.long_term_reason.toPlainText(),
            connections={c for c, box in self.connection_boxes.items() if box.isChecked()},
            other_connection=self.other_connection.text(),
            budget=Budget(self.budget.currentData()) if self.budget.currentData() else None,
            budget_note=self.budget_note.text(), escalation=self.escalation.isChecked(),
            escalation_note=self.escalation_note.toPlainText(),
            team_does_itself=self.team_does_itself.toPlainText(),
            refers_to=self.refers_to.toPlainText(), stays_involved=self.stays_involved.isChecked(),
            evaluation_date=self.evaluation_date.date_value())

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def flush(self) -> bool:
        """Save pending route input now; True when nothing is left unsaved."""
        return self.save_route() if self._dirty else True

    def save_route(self) -> bool:
        self._timer.stop()
        if self._conversation_id is None:
            return False
        typed = self.route()
        if typed is None:
            self._show_problems([self.tr("Evaluation date: enter a real date as dd-mm-yyyy, or "
                                         "leave it empty.")], {"evaluation_date"})
            return False
        conversation_id = self._conversation_id
        if not ServiceCall(self, lambda: self._service.save_route(conversation_id, typed)) \
                .told_by(lambda failure: self._show_problems(failure.lines, failure.fields)) \
                .on_failure(self._retry_when_store_failed).run():
            return False
        self._dirty = False
        self._show_problems([], set())
        self.changed.emit()
        return True

    def _retry_when_store_failed(self, failure: Failure) -> None:
        if failure.kind is not FailureKind.INVALID:
            self._retry.start()

    def _show_problems(self, lines: list[str], fields: set[str]) -> None:
        for name in ("coordinator", "long_term_reason", "other_connection", "evaluation_date"):
            mark_invalid(getattr(self, name), name in fields)
        if lines != self._shown_lines:  # announce a problem once, not at every keystroke
            self._shown_lines = lines
            self.banner.show_lines(lines, take_focus=False)

    def _edited(self, *_args: object) -> None:
        self._update_enabled()
        if self._loading or self._conversation_id is None:
            return
        self._dirty = True
        if not self._timer.isActive():  # steady typing must not postpone saving forever
            self._timer.start()

    def _date_edited(self, text: str) -> None:
        """A date half typed is not saved (nor complained about) until it is complete."""
        if not self.evaluation_date.is_unreadable():
            self._edited()
        elif not self._loading:
            self._dirty = True

    def _update_enabled(self) -> None:
        for switch, field in ((self.integrated_plan, self.coordinator),
                              (self.long_term, self.long_term_reason),
                              (self.escalation, self.escalation_note),
                              (self.connection_boxes[Connection.OTHER], self.other_connection)):
            field.setEnabled(switch.isChecked())
            self._labels[field].setEnabled(switch.isChecked())
        has_budget = self.budget.currentData() is not None
        self.budget_note.setEnabled(has_budget)
        self._labels[self.budget_note].setEnabled(has_budget)
