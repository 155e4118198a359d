"""All life domains at a glance: level, discussed or not, and progress."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain.conversation import Conversation, DomainAssessment
from ...domain.rules import CONCERN_MAX_LEVEL
from ...wording.labels import duration_label
from ..common.widgets import level_icon

COLUMNS = 3


class DomainOverview(QWidget):
    """A grid of buttons, one per domain; clicking one opens that domain."""

    domain_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Overview of all life domains"))
        self.title.setObjectName("pageTitle")
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Domains discussed"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self._grid = QGridLayout()
        self.cards: dict[str, QPushButton] = {}
        self._previous_levels: dict[str, int] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addLayout(self._grid)
        layout.addStretch()

    def set_previous(self, previous: Conversation | None) -> None:
        """Levels of the conversation before, shown beside the current ones."""
        self._previous_levels = {a.domain_key: a.level for a in previous.assessments
                                 if a.level is not None} if previous else {}

    def show_conversation(self, conversation: Conversation) -> None:
        if set(self.cards) != {a.domain_key for a in conversation.assessments}:
            self._build(conversation.assessments)
        for assessment in conversation.assessments:
            self.update_domain(assessment)
        self._update_progress(conversation)

    def update_domain(self, a: DomainAssessment, conversation: Conversation | None = None) -> None:
        card = self.cards[a.domain_key]
        if a.discussed is False:
            state = self.tr("not discussed")
        elif a.level is not None:
            state = self.tr("level %1").replace("%1", str(a.level))
            before = self._previous_levels.get(a.domain_key)
            if before is not None and before != a.level:
                arrow = "↑" if a.level > before else "↓"  # higher level = more self-reliant
                state += " " + self.tr("(%1 was %2)").replace("%1", arrow).replace("%2", str(before))
        elif a.discussed:
            state = self.tr("discussed, no level")
        else:
            state = self.tr("still open")
        extra = []
        if a.wants_to_talk:
            extra.append(self.tr("wants to talk"))
        if a.duration is not None:
            extra.append(duration_label(a.duration).lower())
        second = " · ".join([state, *extra])
        card.setText(f"{a.label}\n{second}")
        card.setIcon(level_icon(a.level, a.discussed, 32))
        card.setAccessibleName(f"{a.label}: {second}")
        if conversation is not None:
            self._update_progress(conversation)

    def _update_progress(self, conversation: Conversation) -> None:
        total = len(conversation.assessments)
        done = conversation.discussed_count
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%1 of %2 domains handled").replace(
            "%1", str(done)).replace("%2", str(total)))
        concerns = [a.label for a in conversation.assessments
                    if a.level is not None and a.level <= CONCERN_MAX_LEVEL]
        self.summary.setText(
            self.tr("Concerns (level 1-2): %1").replace("%1", ", ".join(concerns))
            if concerns else self.tr("No domain has level 1 or 2 yet.")
        )

    def _build(self, assessments: list[DomainAssessment]) -> None:
        for card in self.cards.values():
            self._grid.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = {}
        for index, a in enumerate(assessments):
            card = QPushButton()
            card.setObjectName("domainCard")
            card.setIconSize(QSize(32, 32))
            card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            card.clicked.connect(lambda _checked=False, key=a.domain_key: self.domain_chosen.emit(key))
            self.cards[a.domain_key] = card
            self._grid.addWidget(card, index // COLUMNS, index % COLUMNS)
