"""Starting a conversation: its details first, then the walk through the domains."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..domain.conversation import Conversation, Place
from ..domain.problems import ValidationFailed
from ..services.conversations import ConversationService
from ..wording.messages import problem_lines
from .conversation_header import ConversationHeaderForm
from .widgets import GuardedDialog, ProblemBanner


class ConversationStartDialog(GuardedDialog):
    """Asks only what is known at the start; the report, application and decision come later."""

    def __init__(
        self, service: ConversationService, resident_id: int, resident_name: str, today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._resident_id = resident_id
        self.conversation: Conversation | None = None
        self.setWindowTitle(self.tr("New conversation with %1").replace("%1", resident_name))
        intro = QLabel(self.tr(
            "A broad-view conversation looks at all %1 life domains of the checklist “%2”, "
            "whatever the first question was."
        ).replace("%1", str(len(service.checklist.domains))).replace("%2", service.checklist.name))
        intro.setWordWrap(True)
        self.banner = ProblemBanner()
        self.form = ConversationHeaderForm(today)
        form_layout = self.form.layout()
        assert isinstance(form_layout, QFormLayout)
        for later in (self.form.finalised_on, self.form.application_date,
                      self.form.decision_date, self.form.deadlines):
            form_layout.setRowVisible(later, False)
        self.form.changed.connect(self._mark_dirty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = buttons.addButton(
            self.tr("Start conversation"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def start(self) -> None:
        if self.form.melding_date_unreadable():
            self.banner.show_lines(
                [self.tr("Date of the request (melding): enter a real date as dd-mm-yyyy.")],
                take_focus=False,
            )
            self.form.melding_date.setFocus()
            return
        draft = Conversation(
            resident_id=self._resident_id, held_on=date.today(), place=Place.HOME,
            checklist_id="", checklist_version="",
        )
        self.form.apply_to(draft)
        try:
            self.conversation = self._service.start(draft)
        except ValidationFailed as failure:
            self.banner.show_lines(problem_lines(failure.problems))
            return
        self.accept()
