"""The dialogs of working as a team (issue 17): involve a colleague, propose a handover,
answer one, stand in for a colleague (team leader), and break the glass. They only collect
what the professional decides; the caller runs the service call (services/team_work.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.team import Colleague, HandoverProposal, TeamCaseloadRow
from ..common.formatting import format_date
from ..common.widgets import DateField, GuardedDialog, set_primary, text_box, wrapped_label

MIN_GLASS_REASON = 5  # as the server asks


def colleague_box(colleagues: Sequence[Colleague], exclude: Sequence[str] = ()) -> QComboBox:
    box = QComboBox()
    for colleague in colleagues:
        if colleague.login not in exclude:
            box.addItem(colleague.display_name, colleague.login)
    return box


class _Form(GuardedDialog):
    """A form with OK/Cancel; OK is enabled while `_valid()` holds."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = QPushButton(ok_text)
        self.buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)

    def _finish(self, intro: str = "") -> None:
        if intro:
            self.layout_.addWidget(wrapped_label(intro, "dialogIntro"))
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.buttons)
        self.setMinimumWidth(520)
        set_primary(self, self.ok)
        self._check()

    def _valid(self) -> bool:
        return True

    def _check(self, *_args: object) -> None:
        self.ok.setEnabled(self._valid())

    def _changed(self, *_args: object) -> None:
        self._mark_dirty()
        self._check()


@dataclass(frozen=True)
class Involvement:
    login: str
    purpose: str
    until: date | None


class InvolveDialog(_Form):
    """Involve a colleague (the debt counsellor, say) with a purpose and, optionally, a last
    day; their laptop gets the whole dossier."""

    def __init__(self, resident_name: str, colleagues: Sequence[Colleague],
                 exclude: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Involve a colleague"), self.tr("Involve"), parent)
        self.colleague = colleague_box(colleagues, exclude)
        self.colleague.setAccessibleName(self.tr("Colleague"))
        self.purpose = QLineEdit()
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.purpose.setPlaceholderText(self.tr("For example: help with the debts"))
        self.purpose.setMaxLength(300)
        self.until = DateField()
        self.until.setAccessibleName(self.tr("Involved until (optional)"))
        self.form.addRow(self.tr("Colleague"), self.colleague)
        self.form.addRow(self.tr("Purpose"), self.purpose)
        self.form.addRow(self.tr("Until (optional)"), self.until)
        for field in (self.purpose, self.until):
            field.textChanged.connect(self._changed)
        self._finish(self.tr("%1: the colleague gets the whole dossier on their laptop, until "
                             "the date you give (or until you end it).").replace("%1", resident_name))

    def _valid(self) -> bool:
        until = self.until.date_value()
        return (self.colleague.count() > 0 and bool(self.purpose.text().strip())
                and not self.until.is_unreadable() and (until is None or until >= date.today()))

    def value(self) -> Involvement:
        return Involvement(str(self.colleague.currentData()), self.purpose.text().strip(),
                           self.until.date_value())


@dataclass(frozen=True)
class HandoverNote:
    to_login: str
    running: str
    agreed: str
    watch: str


class HandoverDialog(_Form):
    """The coordinator proposes a colleague with a handover note; nothing moves until the
    colleague accepts."""

    def __init__(self, resident_name: str, colleagues: Sequence[Colleague], me: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Propose a handover"), self.tr("Propose"), parent)
        self.colleague = colleague_box(colleagues, (me,))
        self.colleague.setAccessibleName(self.tr("New coordinator"))
        self.running = text_box(3, self.tr("What runs"))
        self.agreed = text_box(3, self.tr("What was agreed"))
        self.watch = text_box(3, self.tr("What to watch"))
        self.form.addRow(self.tr("New coordinator"), self.colleague)
        self.form.addRow(self.tr("What runs"), self.running)
        self.form.addRow(self.tr("What was agreed"), self.agreed)
        self.form.addRow(self.tr("What to watch"), self.watch)
        for box in (self.running, self.agreed, self.watch):
            box.textChanged.connect(self._changed)
        self._finish(self.tr("%1: the colleague reads this note and accepts or declines. Only "
                             "when they accept do they become the coordinator; until then you "
                             "stay it.").replace("%1", resident_name))

    def _valid(self) -> bool:
        return self.colleague.count() > 0 and any(
            b.toPlainText().strip() for b in (self.running, self.agreed, self.watch))

    def value(self) -> HandoverNote:
        return HandoverNote(str(self.colleague.currentData()), self.running.toPlainText().strip(),
                            self.agreed.toPlainText().strip(), self.watch.toPlainText().strip())


class HandoverAnswerDialog(QDialog):
    """The proposed colleague reads the note and accepts, or declines with a reason."""

    def __init__(self, proposal: HandoverProposal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Handover of %1").replace("%1", proposal.resident_name))
        self.accepted_handover: bool | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped_label(self.tr("%1 proposes that you become the coordinator of "
                                               "%2 (%3).").replace("%1", proposal.from_name)
                                       .replace("%2", proposal.resident_name)
                                       .replace("%3", format_date(proposal.proposed_at.date())),
                                       "dialogIntro"))
        form = QFormLayout()
        for label, text in ((self.tr("What runs"), proposal.running),
                            (self.tr("What was agreed"), proposal.agreed),
                            (self.tr("What to watch"), proposal.watch)):
            shown = QLabel(text or "–")
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, shown)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Why you decline"))
        self.reason.setPlaceholderText(self.tr("Only when you decline: why"))
        form.addRow(self.tr("Reason to decline"), self.reason)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.accept_button = QPushButton(self.tr("Accept"))
        self.decline_button = QPushButton(self.tr("Decline"))
        buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.decline_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        self.accept_button.clicked.connect(self._accept)
        self.decline_button.clicked.connect(self._decline)
        self.reason.textChanged.connect(
            lambda text: self.decline_button.setEnabled(bool(text.strip())))
        self.decline_button.setEnabled(False)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        set_primary(self, self.accept_button)

    def _accept(self) -> None:
        self.accepted_handover = True
        self.accept()

    def _decline(self) -> None:
        self.accepted_handover = False
        self.accept()


@dataclass(frozen=True)
class StandIn:
    residents: tuple[str, ...]
    to_login: str
    reason: str
    until: date


class StandInDialog(_Form):
    """The team leader moves one or many dossiers to a colleague until a date, when
    coordination returns by itself."""

    def __init__(self, rows: Sequence[TeamCaseloadRow], colleagues: Sequence[Colleague],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Stand in"), self.tr("Reassign"), parent)
        self.dossiers = QListWidget()
        self.dossiers.setAccessibleName(self.tr("Dossiers to reassign"))
        for row in rows:
            item = QListWidgetItem(self.tr("%1 (coordinator: %2)").replace("%1", row.display_name)
                                   .replace("%2", row.coordinator))
            item.setData(Qt.ItemDataRole.UserRole, row.resident_uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.dossiers.addItem(item)
        self.colleague = colleague_box(colleagues)
        self.colleague.setAccessibleName(self.tr("Stands in"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("For example: illness, leave"))
        self.until = DateField()
        self.until.setAccessibleName(self.tr("Until"))
        self.form.addRow(self.tr("Dossiers"), self.dossiers)
        self.form.addRow(self.tr("Stands in"), self.colleague)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow(self.tr("Until"), self.until)
        self.dossiers.itemChanged.connect(self._changed)
        for field in (self.reason, self.until):
            field.textChanged.connect(self._changed)
        self._finish(self.tr("On the end date coordination returns to the coordinator by "
                             "itself (when they are still in the team)."))

    def chosen(self) -> tuple[str, ...]:
        return tuple(str(self.dossiers.item(i).data(Qt.ItemDataRole.UserRole))
                     for i in range(self.dossiers.count())
                     if self.dossiers.item(i).checkState() == Qt.CheckState.Checked)

    def _valid(self) -> bool:
        until = self.until.date_value()
        return (bool(self.chosen()) and self.colleague.count() > 0
                and bool(self.reason.text().strip()) and until is not None and until > date.today())

    def value(self) -> StandIn:
        until = self.until.date_value()
        assert until is not None
        return StandIn(self.chosen(), str(self.colleague.currentData()),
                       self.reason.text().strip(), until)


class BreakGlassDialog(_Form):
    """Read a dossier you are not involved in, now: a reason is required; read access lasts
    until the end of the day, and the coordinator and the privacy officer see it."""

    def __init__(self, resident_name: str, coordinator: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Break the glass"), self.tr("Break the glass"), parent)
        self.reason = text_box(3, self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("For example: the resident calls in crisis and "
                                               "the coordinator is away"))
        self.form.addRow(self.tr("Reason"), self.reason)
        self.reason.textChanged.connect(self._changed)
        self._finish(self.tr("You are not involved in the dossier of %1. If you must act now, "
                             "say why: you can read it until the end of the day, without "
                             "changing it. %2 (the coordinator) and the privacy officer see "
                             "that you did, with your reason, and the team overview counts it.")
                     .replace("%1", resident_name).replace("%2", coordinator))

    def _valid(self) -> bool:
        return len(self.reason.toPlainText().strip()) >= MIN_GLASS_REASON

    def value(self) -> str:
        return self.reason.toPlainText().strip()
