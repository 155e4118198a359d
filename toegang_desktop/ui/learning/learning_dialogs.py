"""The dialogs of the learning loop: one bottleneck (knelpunt) and one neighbourhood signal
(wijksignaal). Both save through the LearningService, which checks the free text for personal
data first: what it finds is shown here (and only here), the fragment selected, nothing saved."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
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
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.learning import Bottleneck, BottleneckCategory, Law, NeighbourhoodSignal, SignalTheme
from ...domain.personal_data import ConfirmedFalseAlarm, Finding
from ...domain.problems import Problem
from ...services.learning import LearningService, PersonalDataFound
from ...services.plan import PlanService
from ...wording.learning_labels import category_label, law_label, theme_label
from ...wording.learning_messages import field_label, personal_data_lines
from ...wording.messages import problem_text
from ..common.service_call import Failure, FailureKind, ServiceCall
from ..common.widgets import DateField, GuardedDialog, ProblemBanner, mark_invalid, text_box
from ..plan.partner_dialog import PartnerChooser
from .personal_data_panel import PersonalDataActions, mark_findings, select_finding

COLUMNS = 3
LAW_COLUMNS = 2  # the names of the laws are long
translate = QCoreApplication.translate  # the base class has no context of its own for tr()


def field_problem_lines(problems: list[Problem]) -> list[str]:
    """Invalid input of the learning loop, each line led by the field's name."""
    return [f"{field_label(p.field)}: {problem_text(p)}" for p in problems]


class _LearningDialog(GuardedDialog):
    """What both dialogs share: the banner, the free-text fields, asking before discarding."""

    def __init__(self, today: Callable[[], date], parent: QWidget | None) -> None:
        super().__init__(parent)
        self._today = today
        self.banner = ProblemBanner()
        self.privacy = QLabel(translate(
            "LearningDialogs", "No names, dates of birth, addresses, phone numbers or other "
            "personal data: this text feeds anonymous reports. It is checked before it is saved."))
        self.privacy.setWordWrap(True)
        self.privacy.setObjectName("hint")
        self.personal_data = PersonalDataActions()
        self.personal_data.rewrite_requested.connect(self._rewrite)
        self.personal_data.confirmed.connect(self._save_confirmed)
        self._found: list[tuple[str, Finding]] = []
        self._confirmed: list[ConfirmedFalseAlarm] = []  # false alarms, with a reason
        self._fields: dict[str, QWidget] = {}

    def _watch(self, widgets: list[QWidget]) -> None:
        for widget in widgets:
            if isinstance(widget, QPlainTextEdit):  # the marks no longer fit the changed text
                widget.textChanged.connect(lambda w=widget: w.setExtraSelections([]))
            for name in ("textChanged", "textEdited", "toggled", "currentIndexChanged"):
                signal = getattr(widget, name, None)
                if signal is not None:
                    signal.connect(self._mark_dirty)
                    break

    def _date(self, field: DateField, name: str, required: bool) -> tuple[bool, date | None]:
        """(readable, value); shows the problem when the date cannot be read."""
        value = field.date_value()
        bad = (value is None and not field.is_blank()) or (required and value is None)
        mark_invalid(field, bad)
        if bad:
            self.banner.show_lines([translate(
                "LearningDialogs", "%1: enter a real date as dd-mm-yyyy.").replace(
                "%1", field_label(name))], take_focus=False)
            field.setFocus()
        return not bad, value

    def _save(self, save: Callable[[], object]) -> None:
        for widget in self._fields.values():
            mark_invalid(widget, False)
        self.personal_data.dismiss()
        try:
            ServiceCall(self, save).in_banner(self.banner, focus_on_invalid=False) \
                .worded(field_problem_lines).on_failure(self._mark_invalid) \
                .on_success(lambda _: self.accept()).run()
        except PersonalDataFound as found:
            self._show_personal_data(found)

    def _mark_invalid(self, failure: Failure) -> None:
        if failure.kind is not FailureKind.INVALID:
            return
        for p in failure.problems:
            if p.field in self._fields:
                mark_invalid(self._fields[p.field], True)
        first_field = self._fields.get(failure.problems[0].field)
        (first_field or self.banner).setFocus()

    def _show_personal_data(self, found: PersonalDataFound) -> None:
        """What was found, highlighted in the text, with 'Rewrite' as the easy way on."""
        self._found = found.found
        self.banner.show_lines(personal_data_lines(found.found), take_focus=False)
        mark_findings(self._fields, found.found)
        self.personal_data.show_found(found.found)
        self._rewrite()

    def _save_confirmed(self, confirmed: list[ConfirmedFalseAlarm]) -> None:
        """Save again, with the findings the professional confirmed as false alarms."""
        self._confirmed = [*self._confirmed, *confirmed]
        self.save()

    def _rewrite(self) -> None:
        """Go to the first finding, selected, so typing replaces it."""
        if not self._found:
            return
        name, first = self._found[0]
        select_finding(self._fields[name], first)

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        return buttons

    def save(self) -> None:
        raise NotImplementedError


class BottleneckDialog(_LearningDialog):
    """A new bottleneck (a draft, possibly pre-filled from a conversation) or an existing one."""

    def __init__(self, service: LearningService, plan: PlanService, domains: list[tuple[str, str]],
                 bottleneck: Bottleneck, today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(today, parent)
        self._service = service
        self._original = bottleneck
        self.saved: Bottleneck | None = None
        self.setWindowTitle(self.tr("Change bottleneck") if bottleneck.id is not None
                            else self.tr("Record bottleneck"))
        intro = QLabel(self.tr(
            "Where did help get stuck? Record it so the municipality can learn from it.")
            if bottleneck.conversation_id is None else self.tr(
            "Recorded from a conversation: the note, the life domains of concern and the laws of "
            "the route are filled in. Check them; the bottleneck itself is not linked to the "
            "resident in any report."))
        intro.setWordWrap(True)
        self.category = QComboBox()
        for category in BottleneckCategory:
            self.category.addItem(category_label(category), category)
        self.category.setAccessibleName(self.tr("Kind of bottleneck"))
        self.occurred_on = DateField()
        self.occurred_on.setAccessibleName(self.tr("Date, required"))
        self.what_happened = text_box(4, self.tr("What happened, required"))
        self.what_would_help = text_box(3, self.tr("What would have helped"))
        self.partner = PartnerChooser(plan, bottleneck.partner_id)
        self.solved = QCheckBox(self.tr("Solved on"))
        self.solved_on = DateField()
        self.solved_on.setAccessibleName(self.tr("Solved on"))
        solved_row = QHBoxLayout()
        solved_row.addWidget(self.solved)
        solved_row.addWidget(self.solved_on)
        solved_row.addStretch()
        date_width = self.occurred_on.fontMetrics().averageCharWidth() * 16
        self.occurred_on.setMaximumWidth(date_width)
        self.solved_on.setMaximumWidth(date_width)
        form = QFormLayout()
        form.addRow(self.tr("Kind of bottleneck"), self.category)
        form.addRow(self.tr("Date*"), self.occurred_on)
        form.addRow(self.tr("What happened*"), self.what_happened)
        form.addRow(self.tr("What would have helped"), self.what_would_help)
        form.addRow(self.tr("Partner involved"), self.partner)
        form.addRow(self.tr("Status"), solved_row)

        self.law_boxes: dict[Law, QCheckBox] = {}
        law_box = QGroupBox(self.tr("Laws involved"))
        law_grid = QGridLayout(law_box)
        for index, law in enumerate(Law):
            self.law_boxes[law] = box = QCheckBox(law_label(law))
            law_grid.addWidget(box, index // LAW_COLUMNS, index % LAW_COLUMNS)
        self.domain_boxes: dict[str, QCheckBox] = {}
        domain_box = QGroupBox(self.tr("Life domains involved"))
        domain_grid = QGridLayout(domain_box)
        known = dict(domains)
        for key in bottleneck.domain_keys:  # a domain a municipal checklist no longer has
            known.setdefault(key, key)
        rows = (len(known) + COLUMNS - 1) // COLUMNS or 1
        for index, (key, label) in enumerate(known.items()):
            self.domain_boxes[key] = box = QCheckBox(label)
            box.setAccessibleName(self.tr("Life domain: %1").replace("%1", label))
            domain_grid.addWidget(box, index % rows, index // rows)

        layout = QVBoxLayout(self)
        for widget in (intro, self.banner, self.personal_data, self.privacy):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(law_box)
        layout.addWidget(domain_box)
        layout.addWidget(self._buttons())
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 110)
        self._fields = {"what_happened": self.what_happened, "what_would_help": self.what_would_help,
                        "occurred_on": self.occurred_on, "solved_on": self.solved_on,
                        "partner_id": self.partner.combo}

        self.category.setCurrentIndex(self.category.findData(bottleneck.category))
        self.occurred_on.set_date(bottleneck.occurred_on)
        self.what_happened.setPlainText(bottleneck.what_happened)
        self.what_would_help.setPlainText(bottleneck.what_would_help)
        self.solved.setChecked(bottleneck.solved_on is not None)
        self.solved_on.set_date(bottleneck.solved_on)
        for law in bottleneck.laws:
            self.law_boxes[law].setChecked(True)
        for key in bottleneck.domain_keys:
            self.domain_boxes[key].setChecked(True)
        self.solved.toggled.connect(self._solved_toggled)
        self.solved_on.setEnabled(self.solved.isChecked())
        self._watch([self.category, self.occurred_on, self.what_happened, self.what_would_help,
                     self.partner.combo, self.solved, self.solved_on,
                     *self.law_boxes.values(), *self.domain_boxes.values()])
        self._dirty = False

    def _solved_toggled(self, on: bool) -> None:
        self.solved_on.setEnabled(on)
        if on and self.solved_on.is_blank():
            self.solved_on.set_date(self._today())

    def save(self) -> None:
        ok, occurred = self._date(self.occurred_on, "occurred_on", required=True)
        if not ok or occurred is None:
            return
        solved_on = None
        if self.solved.isChecked():
            ok, solved_on = self._date(self.solved_on, "solved_on", required=True)
            if not ok:
                return
        typed = Bottleneck(
            category=BottleneckCategory(self.category.currentData()),
            what_happened=self.what_happened.toPlainText(), occurred_on=occurred,
            what_would_help=self.what_would_help.toPlainText(),
            domain_keys=[k for k, box in self.domain_boxes.items() if box.isChecked()],
            laws={law for law, box in self.law_boxes.items() if box.isChecked()},
            partner_id=self.partner.partner_id(), solved_on=solved_on,
            conversation_id=self._original.conversation_id, id=self._original.id)

        def store() -> None:
            self.saved = self._service.save_bottleneck(typed, self._confirmed)

        self._save(store)


class SignalDialog(_LearningDialog):
    """A new or existing neighbourhood signal."""

    def __init__(self, service: LearningService, signal: NeighbourhoodSignal | None = None,
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(today, parent)
        self._service = service
        self._original = signal
        self.saved: NeighbourhoodSignal | None = None
        self.setWindowTitle(self.tr("Change neighbourhood signal") if signal
                            else self.tr("Record neighbourhood signal"))
        intro = QLabel(self.tr(
            "A theme you notice across several residents in a neighbourhood (loneliness, energy "
            "poverty, a school, a street). It is not about one resident."))
        intro.setWordWrap(True)
        self.theme = QComboBox()
        for theme in SignalTheme:
            self.theme.addItem(theme_label(theme), theme)
        self.theme.setAccessibleName(self.tr("Theme"))
        self.area = QLineEdit()
        self.area.setAccessibleName(self.tr("Neighbourhood or area, required"))
        self.area.setPlaceholderText(self.tr("e.g. Oosterpark, or the area around a school"))
        self.noticed_on = DateField()
        self.noticed_on.setAccessibleName(self.tr("Date, required"))
        self.noticed_on.setMaximumWidth(self.noticed_on.fontMetrics().averageCharWidth() * 16)
        self.description = text_box(5, self.tr("What you notice, required"))
        form = QFormLayout()
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Neighbourhood or area*"), self.area)
        form.addRow(self.tr("Date*"), self.noticed_on)
        form.addRow(self.tr("What you notice*"), self.description)
        layout = QVBoxLayout(self)
        for widget in (intro, self.banner, self.personal_data, self.privacy):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self._buttons())
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)
        self._fields = {"area": self.area, "description": self.description,
                        "noticed_on": self.noticed_on}
        if signal is not None:
            self.theme.setCurrentIndex(self.theme.findData(signal.theme))
            self.area.setText(signal.area)
            self.description.setPlainText(signal.description)
        self.noticed_on.set_date(signal.noticed_on if signal else today())
        self._watch([self.theme, self.area, self.noticed_on, self.description])
        self._dirty = False

    def save(self) -> None:
        ok, noticed = self._date(self.noticed_on, "noticed_on", required=True)
        if not ok or noticed is None:
            return
        typed = NeighbourhoodSignal(
            theme=SignalTheme(self.theme.currentData()), area=self.area.text(), noticed_on=noticed,
            description=self.description.toPlainText(),
            id=self._original.id if self._original else None)

        def store() -> None:
            self.saved = self._service.save_signal(typed, self._confirmed)

        self._save(store)
