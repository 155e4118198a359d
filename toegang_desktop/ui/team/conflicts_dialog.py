"""Conflicts: two values for one field, both kept by the server (never last-write-wins). Per
conflict the dossier, the field in words and both values side by side with who and when; the
coordinator keeps one of them or merges the two in an editable text, and resolves it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.team import Conflict
from ...wording.team_messages import (
    conflict_field_text,
    record_part_text,
    team_problem_text,
    value_text,
)
from ..common.formatting import format_moment
from ..common.widgets import ProblemBanner, set_primary, text_box, wrapped_label

# resolve(conflict, value, on_done, on_failed(code)): runs the service's resolve_conflict
# (on the worker: it talks to the server) and calls back on the GUI thread.
Resolver = Callable[[Conflict, object, Callable[[], None], Callable[[str], None]], object]


class _Side(QGroupBox):
    """One of the two values, read-only, with the button that keeps it."""

    def __init__(self, keep_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.who = wrapped_label("", "conflictWho")
        self.value = QPlainTextEdit()
        self.value.setReadOnly(True)
        self.value.setTabChangesFocus(True)
        self.keep = QPushButton(keep_text)
        self.keep.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addWidget(self.value, 1)
        layout.addWidget(self.keep)

    def show_value(self, title: str, who: str, value: object) -> None:
        self.setTitle(title)
        self.who.setText(who)
        self.value.setPlainText(value_text(value))
        self.value.setAccessibleName(title)


class ConflictsDialog(QDialog):
    def __init__(self, conflicts: list[Conflict], resolve: Resolver, me: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Conflicts"))
        self._resolve = resolve
        self._me = me
        self.conflicts = list(conflicts)
        self.resolved: list[tuple[str, object]] = []
        intro = wrapped_label(self.tr(
            "Someone else changed the same field before your change reached the server. "
            "Both values are kept. Keep one of them, or merge them into one text, and press "
            "the button: the team then sees that value."), "intro")
        self.banner = ProblemBanner()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Open conflicts"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.currentRowChanged.connect(self._show)
        self.dossier = QLabel()
        self.dossier.setObjectName("pageTitle")
        self.field = QLabel()
        self.field.setObjectName("fieldName")
        self.server_side = _Side(self.tr("Keep this value"))
        self.pushed_side = _Side(self.tr("Keep this value"))
        self.server_side.keep.clicked.connect(lambda: self._choose(self._current_server()))
        self.pushed_side.keep.clicked.connect(lambda: self._choose(self._current_pushed()))
        sides = QHBoxLayout()
        sides.addWidget(self.server_side, 1)
        sides.addWidget(self.pushed_side, 1)
        self.merge_box = QGroupBox(self.tr("Merge"))
        self.merged: QPlainTextEdit = text_box(5, self.tr("Merged text"))
        self.merge_note = wrapped_label("", "mergeNote")
        self.merge_button = QPushButton(self.tr("Keep the merged text"))
        self.merge_button.setAutoDefault(False)
        self.merge_button.clicked.connect(lambda: self._choose(self.merged.toPlainText()))
        merge_layout = QVBoxLayout(self.merge_box)
        merge_layout.addWidget(self.merge_note)
        merge_layout.addWidget(self.merged)
        merge_layout.addWidget(self.merge_button, 0, Qt.AlignmentFlag.AlignRight)
        self.detail = QWidget()
        detail = QVBoxLayout(self.detail)
        detail.addWidget(self.dossier)
        detail.addWidget(self.field)
        detail.addLayout(sides, 1)
        detail.addWidget(self.merge_box)
        self.empty = wrapped_label(self.tr("There are no open conflicts."), "empty")
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(self.detail)
        split.setStretchFactor(1, 3)
        buttons = QDialogButtonBox()
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        set_primary(self, close)
        self.resize(900, 560)
        self._fill()

    def _fill(self, row: int = 0) -> None:
        self.list.clear()
        for conflict in self.conflicts:
            lines = [conflict.resident_name, self._field_text(conflict, with_record=False),
                     conflict.record_label]
            item = QListWidgetItem("\n".join(line for line in lines if line))
            self.list.addItem(item)
        self.detail.setVisible(bool(self.conflicts))
        self.list.setVisible(bool(self.conflicts))
        self.empty.setVisible(not self.conflicts)
        if self.conflicts:
            self.list.setCurrentRow(min(row, len(self.conflicts) - 1))

    def _field_text(self, conflict: Conflict, with_record: bool = True) -> str:
        if not conflict.field:
            text = record_part_text(conflict.table) + " — " + self.tr(
                "deleted while a colleague had the dossier along")
        else:
            text = conflict_field_text(conflict.table, conflict.field)
        if with_record and conflict.record_label:
            return f"{text} ({conflict.record_label})"
        return text

    @property
    def current(self) -> Conflict | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    # A conflict without a field is a record deleted while a colleague had the dossier along:
    # the server's side keeps the record (True), the pushed side deletes it (False).
    def _current_server(self) -> object:
        conflict = self.current
        if conflict is None:
            return None
        return True if not conflict.field else conflict.server_value

    def _current_pushed(self) -> object:
        conflict = self.current
        if conflict is None:
            return None
        return False if not conflict.field else conflict.pushed_value

    def _who(self, name: str, at: datetime | None) -> str:
        person = self.tr("you") if name and name == self._me else name
        if not person:
            return self.tr("on the team server now")
        if at is None:
            return self.tr("by %1").replace("%1", person)
        return self.tr("by %1 on %2").replace("%1", person).replace("%2", format_moment(at))

    def _show(self, row: int) -> None:
        conflict = self.current
        if conflict is None:
            return
        self.banner.show_lines([], take_focus=False)
        self.dossier.setText(conflict.resident_name)
        self.field.setText(self._field_text(conflict))
        deleted = not conflict.field
        self.server_side.show_value(self.tr("On the team server"),
                                    self._who(conflict.server_by, conflict.server_at),
                                    self.tr("The record is kept.") if deleted
                                    else conflict.server_value)
        mine = conflict.pushed_by == self._me and bool(self._me)
        self.pushed_side.show_value(self.tr("Your change") if mine else self.tr("The change "
                                                                                "sent"),
                                    self._who(conflict.pushed_by, conflict.pushed_at),
                                    self.tr("The record is deleted.") if deleted
                                    else conflict.pushed_value)
        textual = not deleted and all(isinstance(v, str) or v is None
                                      for v in (conflict.server_value, conflict.pushed_value))
        self.merged.setEnabled(textual)
        self.merge_button.setEnabled(textual)
        if textual:
            both = [str(v) for v in (conflict.server_value, conflict.pushed_value) if v]
            self.merged.setPlainText("\n\n".join(dict.fromkeys(both)))
            self.merge_note.setText(self.tr(
                "Both texts are put together below; change it until it is right."))
        else:
            self.merged.setPlainText("")
            self.merge_note.setText(self.tr(
                "This field is not a text: keep one of the two values."))

    def _choose(self, value: object) -> None:
        conflict = self.current
        if conflict is None:
            return
        self.detail.setEnabled(False)

        def done() -> None:
            self.detail.setEnabled(True)
            self.resolved.append((conflict.conflict_id, value))
            row = self.conflicts.index(conflict) if conflict in self.conflicts else 0
            self.conflicts = [c for c in self.conflicts if c is not conflict]
            self._fill(row)

        def failed(code: str) -> None:
            self.detail.setEnabled(True)
            self.banner.show_lines([team_problem_text(code)])

        self._resolve(conflict, value, done, failed)
