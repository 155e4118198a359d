"""Recording one life domain: prompts on screen, and every field of DOMAIN.md section 3."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.conversation import LEVELS, Conversation, DomainAssessment, Duration
from ...wording.labels import duration_label
from ..common.field_binding import FieldBinder, FieldWidget, WidgetKind
from ..common.formatting import format_date
from ..common.widgets import level_icon

if TYPE_CHECKING:  # types only: the checklist reaches this screen through the session
    from ...services.content import Checklist, LifeDomain

SAFETY_DOMAIN = "safety"
INFORMAL_CARE_DOMAIN = "informal_care"  # where the carer's own words have a row
translate = QCoreApplication.translate  # lupdate finds translate("Context", "...") calls


def assessment_widgets() -> tuple[FieldWidget, ...]:
    """Every field of a DomainAssessment the professional edits, in the order of the screen:
    field, widget kind, screen-reader name, form row (side by side when the same), hint."""
    kind = WidgetKind  # the texts keep the context of self.tr() in the class
    helps = translate("DomainEditor", "Who helps now")
    return (
        FieldWidget("discussed", kind.BUTTONS, translate("DomainEditor", "Discussed?"),
                    values=(None, True, False)),
        FieldWidget("not_discussed_reason", kind.LINE,
                    translate("DomainEditor", "Why not discussed"),
                    hint=translate("DomainEditor", "Why not discussed?")),
        FieldWidget("level", kind.BUTTONS, translate("DomainEditor", "Self-reliance level"),
                    values=(None, *LEVELS)),
        FieldWidget("own_words", kind.TEXT, translate("DomainEditor", "Resident's own words"),
                    translate("DomainEditor", "In their own words"),
                    translate("DomainEditor", "What the resident says, in their own words")),
        FieldWidget("carer_words", kind.TEXT, translate("DomainEditor", "Informal carer's own words"),
                    translate("DomainEditor", "The carer's own words"),
                    translate("DomainEditor", "What the informal carer says about their own "
                              "situation and what they need, in their own words")),
        FieldWidget("strengths", kind.TEXT, translate("DomainEditor", "Strengths"),
                    translate("DomainEditor", "Strengths"),
                    translate("DomainEditor", "What goes well, what the resident can do")),
        FieldWidget("wishes", kind.TEXT, translate("DomainEditor", "What the resident wants"),
                    translate("DomainEditor", "Wishes"),
                    translate("DomainEditor", "What the resident wants to change or keep")),
        FieldWidget("help_self", kind.CHECK,
                    translate("DomainEditor", "The resident themself"), helps),
        FieldWidget("help_network", kind.CHECK,
                    translate("DomainEditor", "Network (family, friends, neighbours)"), helps),
        FieldWidget("help_professional", kind.CHECK,
                    translate("DomainEditor", "Professional help"), helps),
        FieldWidget("wants_to_talk", kind.CHECK,
                    translate("DomainEditor", "The resident wants to talk about this"), ""),
        FieldWidget("duration", kind.CHOICE,
                    translate("DomainEditor", "Expected duration of the need"),
                    translate("DomainEditor", "Expected duration"),
                    choices=Duration, choice_label=duration_label),
        FieldWidget("notes", kind.TEXT, translate("DomainEditor", "Notes"),
                    translate("DomainEditor", "Notes"),
                    translate("DomainEditor", "Your professional notes"), lines=5),
    )


# The domain itself, set from the checklist when the conversation starts; not edited here.
NOT_EDITED = ("domain_key", "label", "position")


class DomainEditor(QWidget):
    """Edits the DomainAssessment it was given in place and emits `changed` after each edit."""

    changed = Signal(str)
    safety_requested = Signal()  # the reporting-code flow, offered on the safety domain
    own_words: QWidget  # set from the field table below, with the other fields; the page focuses it
    next_requested = Signal()
    previous_requested = Signal()

    def __init__(self, checklist: Checklist, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._checklist = checklist
        self._assessment: DomainAssessment | None = None
        self._loading = False

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.previous = QLabel()  # follow-up: what this domain showed last time
        self.previous.setObjectName("hint")
        self.previous.setWordWrap(True)
        self._previous: Conversation | None = None
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.prompts = QLabel()
        self.prompts.setWordWrap(True)
        self.prompts.setTextFormat(Qt.TextFormat.RichText)
        self.prompts.setObjectName("prompts")

        self._fields = FieldBinder(assessment_widgets())
        spec = {spec.field: spec for spec in self._fields.table}
        self.discussed_yes = QRadioButton(self.tr("Discussed"))
        self.discussed_no = QRadioButton(self.tr("Not discussed"))
        self.discussed_open = QRadioButton(self.tr("Not yet"))
        self._discussed = QButtonGroup(self)
        for answer, button in enumerate((self.discussed_open, self.discussed_yes,
                                         self.discussed_no)):  # ids: the values' places
            self._discussed.addButton(button, answer)
        self._fields.make(spec["discussed"], self._discussed)
        self.not_discussed_reason = self._fields.make(spec["not_discussed_reason"])
        discussed_box = QGroupBox(spec["discussed"].label)
        discussed_row = QHBoxLayout(discussed_box)
        for widget in (self.discussed_open, self.discussed_yes, self.discussed_no):
            discussed_row.addWidget(widget)
        discussed_row.addWidget(self.not_discussed_reason, 1)

        self.level_buttons: dict[int | None, QRadioButton] = {}
        self.level_texts: dict[int, QLabel] = {}
        self._levels = QButtonGroup(self)
        level_grid = QGridLayout()
        level_grid.setColumnStretch(1, 1)
        icon_size = QSize(20, 20)
        none_button = QRadioButton(self.tr("No level yet"))
        blank = QPixmap(icon_size)  # no badge (a hollow circle looks like a second radio button),
        blank.fill(Qt.GlobalColor.transparent)  # but the same room, so the texts line up
        none_button.setIcon(QIcon(blank))
        none_button.setIconSize(icon_size)
        self.level_buttons[None] = none_button
        self._levels.addButton(none_button, 0)
        level_grid.addWidget(none_button, 0, 0, 1, 2)
        for level in LEVELS:
            # The colour is a badge before the text: coloured text would be too faint to read.
            button = QRadioButton(f"{level}  {checklist.level_names[level - 1]}")
            button.setIcon(level_icon(level, True, icon_size.width()))
            button.setIconSize(icon_size)
            text = QLabel()
            text.setWordWrap(True)
            self.level_buttons[level] = button
            self.level_texts[level] = text
            self._levels.addButton(button, level)
            level_grid.addWidget(button, level, 0, Qt.AlignmentFlag.AlignTop)
            level_grid.addWidget(text, level, 1)
        self._fields.make(spec["level"], self._levels)
        level_box = QGroupBox(spec["level"].label)
        level_box.setLayout(level_grid)

        details = QFormLayout()
        self._details = details
        self._fields.add_rows(details)
        for name, field_widget in self._fields.widgets.items():  # editor.own_words, as before
            if not isinstance(field_widget, QButtonGroup):
                setattr(self, name, field_widget)

        self.previous_button = QPushButton(self.tr("‹ Previous domain"))
        self.previous_button.setToolTip(self.tr("Ctrl+Page Up"))
        self.next_button = QPushButton(self.tr("Next domain ›"))
        self.next_button.setToolTip(self.tr("Ctrl+Page Down"))
        self.previous_button.clicked.connect(self.previous_requested)
        self.next_button.clicked.connect(self.next_requested)
        navigation = QHBoxLayout()
        navigation.addWidget(self.previous_button)
        navigation.addStretch()
        navigation.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        self.safety_button = QPushButton(self.tr("Follow the reporting code…"))
        self.safety_button.setToolTip(self.tr(
            "The five steps of the reporting code for domestic violence and child abuse. "
            "The record is restricted: it is shown only there."))
        self.safety_button.clicked.connect(self.safety_requested)
        self.safety_button.hide()
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.safety_button)
        layout.addLayout(title_row)
        layout.addWidget(self.previous)
        layout.addWidget(self.description)
        layout.addWidget(self.prompts)
        layout.addWidget(discussed_box)
        layout.addWidget(level_box)
        layout.addLayout(details)
        layout.addLayout(navigation)
        layout.addStretch()

        self._fields.connect(self._on_edit)

    def load(self, assessment: DomainAssessment) -> None:
        """Show an assessment; the checklist supplies texts, the stored label wins."""
        self._loading = True
        try:
            self._assessment = assessment
            domain = self._checklist.domain(assessment.domain_key)
            self.title.setText(assessment.label)
            self.safety_button.setVisible(assessment.domain_key == SAFETY_DOMAIN)
            # The carer's words belong to the informal-care domain; elsewhere only when some
            # were recorded there anyway (an imported dossier), so nothing stays hidden.
            carer = self._fields.widgets["carer_words"]
            if isinstance(carer, QWidget):
                self._details.setRowVisible(carer, assessment.domain_key == INFORMAL_CARE_DOMAIN
                                            or bool(assessment.carer_words.strip()))
            self._show_previous(assessment.domain_key)
            self._show_content(domain)
            self._fields.load(assessment)
            self._update_enabled()
        finally:
            self._loading = False

    def set_previous(self, previous: Conversation | None) -> None:
        """The conversation to compare with (the one before), or None for a first conversation."""
        self._previous = previous

    def _show_previous(self, key: str) -> None:
        before = self._previous
        earlier = next((a for a in before.assessments if a.domain_key == key), None) if before else None
        if before is None or earlier is None:
            self.previous.hide()
            return
        if earlier.discussed is False:
            what = self.tr("not discussed")
        elif earlier.level is not None:
            what = self.tr("level %1").replace("%1", str(earlier.level))
        else:
            what = self.tr("no level")
        self.previous.setText(self.tr("Previous conversation (%1): %2").replace(
            "%1", format_date(before.held_on)).replace("%2", what))
        self.previous.show()

    def _show_content(self, domain: LifeDomain | None) -> None:
        if domain is None:
            self.description.setText(self.tr(
                "This domain is not in the current checklist; what was recorded is shown."))
            self.prompts.setText("")
        else:
            self.description.setText(domain.description)
            items = "".join(f"<li>{html.escape(p)}</li>" for p in domain.prompts)
            heading = html.escape(self.tr("Conversation prompts"))
            self.prompts.setText(f"<b>{heading}</b><ul>{items}</ul>")
        for level, label in self.level_texts.items():
            text = domain.level_texts[level - 1] if domain else ""
            label.setText(text)
            self.level_buttons[level].setAccessibleDescription(text)

    def _mark_discussed_when_recorded(self) -> None:
        """A level or the resident's words mean the domain was discussed; say so for them."""
        words = ("own_words", "carer_words", "strengths", "wishes")
        recorded = self._levels.checkedId() in LEVELS or any(
            getattr(self, name).toPlainText().strip() for name in words)
        if recorded and self.discussed_open.isChecked():
            self._loading = True
            self.discussed_yes.setChecked(True)
            self._loading = False

    def _update_enabled(self) -> None:
        self.not_discussed_reason.setEnabled(self.discussed_no.isChecked())

    def _on_edit(self, *_args: object) -> None:
        if self._loading or self._assessment is None:
            return
        self._mark_discussed_when_recorded()
        a = self._assessment
        self._fields.store(a)
        self._update_enabled()
        self.changed.emit(a.domain_key)
