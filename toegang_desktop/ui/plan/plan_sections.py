"""Parts of the route and plan panel that are pure layout: the connections to make and who
does what. The texts keep the PlanPanel translation context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.plan import Connection
from ...wording.labels import connection_label

translate = QCoreApplication.translate  # lupdate finds translate("Context", "...") calls
CONNECTION_COLUMNS = 2


def connections_box() -> tuple[QGroupBox, dict[Connection, QCheckBox], QLineEdit, QLabel]:
    """The connections to make across the walls between laws, and one of its own."""
    box = QGroupBox(translate("PlanPanel", "Connections to make"))
    grid = QGridLayout(box)
    boxes: dict[Connection, QCheckBox] = {}
    for index, connection in enumerate(Connection):
        boxes[connection] = check = QCheckBox(connection_label(connection))
        grid.addWidget(check, index // CONNECTION_COLUMNS, index % CONNECTION_COLUMNS)
    other = QLineEdit()
    other.setAccessibleName(translate("PlanPanel", "Other connection"))
    other_label = QLabel(translate("PlanPanel", "Other connection"))
    other_label.setBuddy(other)
    other_row = QHBoxLayout()
    other_row.addWidget(other_label)
    other_row.addWidget(other, 1)
    grid.addLayout(other_row, len(Connection) // CONNECTION_COLUMNS + 1, 0, 1, CONNECTION_COLUMNS)
    return box, boxes, other, other_label


def lay_out_work(box: QGroupBox, team: QWidget, refers: QWidget, stays: QCheckBox,
                  evaluation: QWidget) -> None:
    """Who does what: each field under its label, the evaluation date on one line."""
    work = QVBoxLayout(box)
    for field, name in ((team, translate("PlanPanel", "What the local team does itself")),
                        (refers, translate("PlanPanel", "What is referred, and to whom"))):
        label = QLabel(name)
        label.setBuddy(field)
        field.setAccessibleName(name)
        work.addWidget(label)
        work.addWidget(field)
    work.addWidget(stays)
    name = translate("PlanPanel", "Evaluation date")
    label = QLabel(name)
    label.setBuddy(evaluation)
    evaluation.setAccessibleName(name)
    line = QHBoxLayout()
    line.addWidget(label)
    line.addWidget(evaluation)
    line.addStretch()
    work.addLayout(line)
