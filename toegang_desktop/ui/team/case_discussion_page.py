"""The case discussion (casuïstiekoverleg, issue 17): the meeting's agenda, and per case the
question the coordinator brought, who took part, the advice and who does what next. The
agreements land in the dossier's plan (the server makes them plan records; the laptops that
hold the dossier pull them). The page collects; the caller runs services/team_work.py."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.team import CaseAgreement, Colleague, Meeting, MeetingCase
from ..common.formatting import format_date, parse_date
from ..common.widgets import text_box, wrapped_label


class CaseDiscussionPage(QWidget):
    meeting_chosen = Signal(str)
    new_meeting_requested = Signal()
    bring_requested = Signal(str)  # the meeting
    # case id, participants' logins, advice, agreements
    record_requested = Signal(str, list, str, list)
    export_requested = Signal(str)  # the meeting

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting: Meeting | None = None
        self.colleagues: list[Colleague] = []
        title = QLabel(self.tr("Case discussion"))
        title.setObjectName("pageTitle")
        self.meetings = QComboBox()
        self.meetings.setAccessibleName(self.tr("Meeting"))
        self.meetings.activated.connect(
            lambda index: self.meeting_chosen.emit(str(self.meetings.itemData(index))))
        new = QPushButton(self.tr("New meeting…"))
        new.clicked.connect(self.new_meeting_requested)
        self.bring = QPushButton(self.tr("Bring a dossier…"))
        self.bring.clicked.connect(self._bring)
        self.export = QPushButton(self.tr("PDF with initials…"))
        self.export.clicked.connect(self._export)
        top = QHBoxLayout()
        top.addWidget(self.meetings, 1)
        top.addWidget(new)
        top.addWidget(self.bring)
        top.addWidget(self.export)

        self.cases = QListWidget()
        self.cases.setAccessibleName(self.tr("Cases on the agenda"))
        self.cases.currentRowChanged.connect(self._show_case)
        self.case_title = QLabel()
        self.case_title.setObjectName("sectionTitle")
        self.question = wrapped_label("", "caseQuestion")
        self.participants = QListWidget()
        self.participants.setAccessibleName(self.tr("Who took part"))
        self.participants.setMaximumHeight(110)
        self.advice = text_box(3, self.tr("The team's advice"))
        self.agreements = QTableWidget(0, 3)
        self.agreements.setAccessibleName(self.tr("Who does what next"))
        self.agreements.setHorizontalHeaderLabels([self.tr("Who"), self.tr("What"),
                                                   self.tr("By (dd-mm-yyyy)")])
        header = self.agreements.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.agreements.verticalHeader().hide()
        self.agreements.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        add = QPushButton(self.tr("Add an agreement"))
        add.clicked.connect(lambda: self.add_agreement_row())
        self.save = QPushButton(self.tr("Save the outcome"))
        self.save.clicked.connect(self._record)
        self.done = QLabel()
        editor = QWidget()
        form = QVBoxLayout(editor)
        form.addWidget(self.case_title)
        form.addWidget(_label(self.tr("Question for the team")))
        form.addWidget(self.question)
        form.addWidget(_label(self.tr("Who took part")))
        form.addWidget(self.participants)
        form.addWidget(_label(self.tr("Advice")))
        form.addWidget(self.advice)
        form.addWidget(_label(self.tr("Who does what next (lands in the dossier's plan)")))
        form.addWidget(self.agreements, 1)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addStretch(1)
        row.addWidget(self.done)
        row.addWidget(self.save)
        form.addLayout(row)
        self.editor = editor
        split = QSplitter()
        split.addWidget(self.cases)
        split.addWidget(editor)
        split.setStretchFactor(1, 3)
        split.setSizes([320, 960])
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self._enable()

    def show_meetings(self, meetings: Sequence[Meeting], current: str | None = None) -> None:
        self.meetings.clear()
        for meeting in meetings:
            label = f"{format_date(meeting.held_on)} {meeting.title}".strip()
            self.meetings.addItem(label, meeting.meeting_id)
            if meeting.meeting_id == current:
                self.meetings.setCurrentIndex(self.meetings.count() - 1)

    def show_meeting(self, meeting: Meeting, colleagues: Sequence[Colleague]) -> None:
        self.meeting = meeting
        self.colleagues = list(colleagues)
        keep = self.cases.currentRow()
        self.cases.clear()
        for case in meeting.cases:
            mark = "✓ " if case.recorded_at is not None else ""
            item = QListWidgetItem(f"{mark}{case.position}. {case.resident_name} "
                                   f"({case.brought_by_name})")
            item.setData(Qt.ItemDataRole.UserRole, case.case_id)
            self.cases.addItem(item)
        if meeting.cases:
            self.cases.setCurrentRow(min(max(keep, 0), len(meeting.cases) - 1))
        else:
            self._show_case(-1)
        self._enable()

    def _enable(self) -> None:
        has_meeting = self.meeting is not None
        self.bring.setEnabled(has_meeting)
        self.export.setEnabled(has_meeting)
        self.editor.setEnabled(self.current_case() is not None)

    def current_case(self) -> MeetingCase | None:
        if self.meeting is None or not 0 <= self.cases.currentRow() < len(self.meeting.cases):
            return None
        return self.meeting.cases[self.cases.currentRow()]

    def _show_case(self, _row: int) -> None:
        case = self.current_case()
        self._enable()
        self.participants.clear()
        self.agreements.setRowCount(0)
        if case is None:
            self.case_title.setText(self.tr("No case chosen"))
            self.question.setText("")
            self.advice.setPlainText("")
            self.done.setText("")
            return
        self.case_title.setText(self.tr("%1, brought by %2").replace("%1", case.resident_name)
                                .replace("%2", case.brought_by_name))
        self.question.setText(case.question)
        present = {p.login for p in case.participants}
        for colleague in self.colleagues:
            item = QListWidgetItem(colleague.display_name)
            item.setData(Qt.ItemDataRole.UserRole, colleague.login)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if colleague.login in present
                               else Qt.CheckState.Unchecked)
            self.participants.addItem(item)
        self.advice.setPlainText(case.advice)
        for agreement in case.agreements:
            self.add_agreement_row(agreement)
        self.done.setText(self.tr("Recorded on %1").replace("%1", format_date(
            case.recorded_at.date())) if case.recorded_at else "")

    def add_agreement_row(self, agreement: CaseAgreement | None = None) -> None:
        row = self.agreements.rowCount()
        self.agreements.insertRow(row)
        values = ("", "", "") if agreement is None else (
            agreement.who, agreement.what, format_date(agreement.due_date))
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            if agreement is not None:  # already in the plan: not again
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setData(Qt.ItemDataRole.UserRole, agreement is not None)
            self.agreements.setItem(row, column, item)

    def new_agreements(self) -> list[CaseAgreement]:
        """The lines typed in this session (recorded ones are in the plan already)."""
        found = []
        for row in range(self.agreements.rowCount()):
            cells = [self.agreements.item(row, c) for c in range(3)]
            if cells[0] is not None and cells[0].data(Qt.ItemDataRole.UserRole):
                continue
            who, what, due = (c.text().strip() if c is not None else "" for c in cells)
            if what:
                found.append(CaseAgreement(what, who, parse_date(due)))
        return found

    def chosen_participants(self) -> list[str]:
        return [str(self.participants.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.participants.count())
                if self.participants.item(i).checkState() == Qt.CheckState.Checked]

    def _record(self) -> None:
        case = self.current_case()
        if case is not None:
            self.record_requested.emit(case.case_id, self.chosen_participants(),
                                       self.advice.toPlainText().strip(), self.new_agreements())

    def _bring(self) -> None:
        if self.meeting is not None:
            self.bring_requested.emit(self.meeting.meeting_id)

    def _export(self) -> None:
        if self.meeting is not None:
            self.export_requested.emit(self.meeting.meeting_id)


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600;")
    return label


def default_meeting_day(today: date) -> date:
    """The next weekday (a team meeting is rarely on the same day it is planned)."""
    day = date.fromordinal(today.toordinal() + 1)
    while day.weekday() >= 5:
        day = date.fromordinal(day.toordinal() + 1)
    return day
