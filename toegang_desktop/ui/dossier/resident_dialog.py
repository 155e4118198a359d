"""Registering a resident or changing their details, with the household."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayoutItem,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.resident import Resident
from ...services.dossiers import DossierService
from ...wording.field_names import field_label
from ...wording.messages import problem_text
from ..common.service_call import Failure, FailureKind, ServiceCall
from ..common.widgets import DateField, GuardedDialog, ProblemBanner, chain_tab_order, mark_invalid
from .household_editor import HouseholdEditor


def _widget_of(item: QLayoutItem | None) -> QWidget | None:
    return item.widget() if item is not None else None


def _field_widget(item: QLayoutItem | None) -> QWidget | None:
    """A form row's field: its widget, or the first widget of its row (street and number)."""
    inner = item.layout() if item is not None else None
    return _widget_of(item) or (_widget_of(inner.itemAt(0)) if inner is not None else None)


class ResidentDialog(GuardedDialog):
    """Saves through the service; stays open and explains every problem until input is valid."""

    def __init__(
        self, service: DossierService, resident: Resident | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._original = resident
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Change resident") if resident else self.tr("New resident"))
        self.banner = ProblemBanner()

        self.first_names = QLineEdit()
        self.prefix = QLineEdit()
        self.surname = QLineEdit()
        self.date_of_birth = DateField()
        self.bsn = QLineEdit()
        self.bsn.setPlaceholderText(self.tr("optional, 9 digits"))
        self.street = QLineEdit()
        self.house_number = QLineEdit()
        self.house_number.setMaximumWidth(100)
        self.postcode = QLineEdit()
        self.postcode.setPlaceholderText("1234 AB")
        self.postcode.setMaximumWidth(120)
        self.city = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()

        person = QFormLayout()
        person.addRow(self.tr("First name(s)*"), self.first_names)
        person.addRow(self.tr("Prefix"), self.prefix)
        person.addRow(self.tr("Surname*"), self.surname)
        person.addRow(self.tr("Date of birth*"), self.date_of_birth)
        person.addRow(self.tr("BSN"), self.bsn)
        address_line = QHBoxLayout()
        address_line.addWidget(self.street, 1)
        address_line.addWidget(self.house_number)
        place_line = QHBoxLayout()
        place_line.addWidget(self.postcode)
        place_line.addWidget(self.city, 1)
        contact = QFormLayout()
        contact.addRow(self.tr("Street and number"), address_line)
        contact.addRow(self.tr("Postcode and city"), place_line)
        contact.addRow(self.tr("Phone"), self.phone)
        contact.addRow(self.tr("E-mail"), self.email)
        for form in (person, contact):
            for row in range(form.rowCount()):
                label = _widget_of(form.itemAt(row, QFormLayout.ItemRole.LabelRole))
                target = _field_widget(form.itemAt(row, QFormLayout.ItemRole.FieldRole))
                if not isinstance(label, QLabel) or target is None:
                    continue  # every row has a text label and a field; checked for the types
                name = label.text()
                if name.endswith("*"):
                    name = name.rstrip("*").rstrip() + self.tr(", required")
                target.setAccessibleName(name)
        self.house_number.setAccessibleName(self.tr("House number"))
        self.city.setAccessibleName(self.tr("City"))

        self.household = HouseholdEditor()
        person_box = QGroupBox(self.tr("Resident"))
        person_box.setLayout(person)
        contact_box = QGroupBox(self.tr("Address and contact"))
        contact_box.setLayout(contact)
        household_box = QGroupBox(self.tr("Household"))
        household_layout = QVBoxLayout(household_box)
        household_layout.addWidget(self.household)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(self.banner)
        content_layout.addWidget(person_box)
        content_layout.addWidget(contact_box)
        content_layout.addWidget(household_box)
        content_layout.addStretch()
        self._scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        self.resize(780, 640)
        self.household.rows_changed.connect(self._chain_tab_order)
        if resident is not None:
            self._fill(resident)
        self._chain_tab_order()
        for edit in self._line_edits():
            edit.textEdited.connect(self._mark_dirty)
        self.household.changed.connect(self._mark_dirty)

    def _line_edits(self) -> list[QLineEdit]:
        """The resident's own fields, in the order they are on screen."""
        return [self.first_names, self.prefix, self.surname, self.date_of_birth, self.bsn,
                self.street, self.house_number, self.postcode, self.city, self.phone,
                self.email]

    def _chain_tab_order(self) -> None:
        """Tab follows the screen: the fields, each household row, then Save and Cancel."""
        chain_tab_order([self.banner, *self._line_edits(), *self.household.tab_chain(),
                         self.save_button, self.cancel_button])

    def _fill(self, r: Resident) -> None:
        for name in ("first_names", "prefix", "surname", "bsn", "street", "house_number",
                     "postcode", "city", "phone", "email"):
            getattr(self, name).setText(getattr(r, name))
        self.date_of_birth.set_date(r.date_of_birth)
        self.household.set_members(r.household)

    def resident(self) -> Resident | None:
        """The resident as typed, or None (with the banner filled) when the date is unreadable."""
        born = self.date_of_birth.date_value()
        lines = []
        wrong: list[QWidget] = []
        if born is None:
            lines.append(self.tr("Date of birth: enter a real date as dd-mm-yyyy."))
            wrong.append(self.date_of_birth)
        for number, row in enumerate(self.household.rows, start=1):
            unreadable = row.born.is_unreadable()
            mark_invalid(row.born, unreadable)
            if unreadable:
                lines.append(self.tr("Household member %1: the date of birth is not a real "
                                     "date (dd-mm-yyyy).").replace("%1", str(number)))
                wrong.append(row.born)
        mark_invalid(self.date_of_birth, born is None)
        if lines or born is None:
            self._show_banner(lines, wrong[0] if wrong else None)
            return None
        values = {name: getattr(self, name).text() for name in (
            "first_names", "prefix", "surname", "bsn", "street", "house_number", "postcode",
            "city", "phone", "email")}
        typed = Resident(date_of_birth=born, household=self.household.members(), **values)
        if self._original is not None:
            typed = replace(typed, id=self._original.id)
        return typed

    def save(self) -> None:
        typed = self.resident()
        if typed is None:
            return
        def store() -> int:
            if typed.id is None:
                return self._service.register(typed)
            self._service.update(typed)
            return typed.id

        ServiceCall(self, store).in_banner(self.banner).told_by(self._show_problems) \
            .on_success(self._saved).run()

    def _saved(self, resident_id: int) -> None:
        self.saved_id = resident_id
        self.accept()

    def _show_problems(self, failure: Failure) -> None:
        if failure.kind is not FailureKind.INVALID:  # the data file: busy, full, damaged
            self.banner.show_lines(failure.lines)
            return
        lines = []
        wrong = {p.field for p in failure.problems}
        for problem in failure.problems:
            where = field_label(problem.field)
            if problem.field.startswith("household["):
                number = int(problem.field.split("[")[1].split("]")[0]) + 1
                where = self.tr("Household member %1, %2").replace("%1", str(number)).replace(
                    "%2", where.lower())
            lines.append(f"{where}: {problem_text(problem)}")
        fields: list[tuple[str, QWidget]] = [
            (name, getattr(self, name)) for name in (
                "first_names", "surname", "date_of_birth", "bsn", "postcode", "phone", "email")]
        for index, row in enumerate(self.household.rows):
            fields += [(f"household[{index}].first_names", row.first_names),
                       (f"household[{index}].surname", row.surname),
                       (f"household[{index}].date_of_birth", row.born)]
        for name, widget in fields:
            mark_invalid(widget, name in wrong)
        first = next((widget for name, widget in fields if name in wrong), None)
        self._show_banner(lines, first)

    def _show_banner(self, lines: list[str], first_wrong: QWidget | None) -> None:
        """Show the problems (announced to screen readers), then focus the first wrong field."""
        self.banner.show_lines(lines, take_focus=first_wrong is None)
        self._scroll.ensureWidgetVisible(self.banner)
        if first_wrong is not None:
            first_wrong.setFocus()
