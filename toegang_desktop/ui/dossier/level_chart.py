"""The levels per life domain over the conversations, drawn with QPainter (no chart add-on).

One row per life domain on the 1-5 scale; each conversation is a series with its own marker
shape, so the chart reads in grey print; the newest is filled and larger, and a text arrow
says whether the domain improved or worsened since the conversation before."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.conversation import LEVELS
from ...services.dossier_overview import LevelRound
from ..common.formatting import format_date

MAX_SERIES = 4  # the newest against the three before it: more markers per row do not read
SHAPES = ("circle", "square", "triangle", "diamond")  # oldest shown first; newest: circle


class LevelChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._domains: list[tuple[str, str]] = []
        self._rounds: list[LevelRound] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Levels per life domain over the conversations"))

    def show_levels(self, domains: list[tuple[str, str]], rounds: list[LevelRound]) -> None:
        shown = rounds[-MAX_SERIES:]
        scored = {key for r in shown for key, level in r.levels.items() if level is not None}
        self._domains = [(key, label) for key, label in domains if key in scored]
        self._rounds = shown
        self.setAccessibleDescription(self._describe())
        self.updateGeometry()
        self.update()

    def series_count(self) -> int:
        return len(self._rounds)

    def trend(self, domain_key: str) -> int:
        """+1 improved, -1 worsened, 0 the same or unknown, newest against the one before."""
        if len(self._rounds) < 2:
            return 0
        before = self._rounds[-2].levels.get(domain_key)
        now = self._rounds[-1].levels.get(domain_key)
        if before is None or now is None:
            return 0
        return (now > before) - (now < before)

    # -- geometry ------------------------------------------------------------------------

    def _row_height(self) -> int:
        return int(self.fontMetrics().height() * 1.7)

    def _label_width(self) -> int:
        fm = self.fontMetrics()
        return max((fm.horizontalAdvance(label) for _, label in self._domains), default=0) + 12

    def _trend_width(self) -> int:
        fm = self.fontMetrics()
        return max(fm.horizontalAdvance(t) for t in (self._up(), self._down())) + 16

    def _marker(self) -> float:
        return max(7.0, self.fontMetrics().height() * 0.55)

    def _legend_rows(self) -> int:
        return max(1, len(self._rounds))  # one line per conversation: it never runs off the side

    def sizeHint(self) -> QSize:
        rows = len(self._domains) + 1 + self._legend_rows()  # the scale's numbers and the legend
        return QSize(self._label_width() + self._trend_width() + 60 * len(LEVELS),
                     rows * self._row_height() + 8)

    def minimumSizeHint(self) -> QSize:
        # Every series' marker side by side within one level's column, with a margin.
        column = self._marker() * (MAX_SERIES + 1.5)
        return QSize(int(self._label_width() + self._trend_width() + column * len(LEVELS)),
                     self.sizeHint().height())

    def _up(self) -> str:
        return self.tr("▲ better")

    def _down(self) -> str:
        return self.tr("▼ worse")

    # -- drawing -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: ARG002 - Qt's signature
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().text().color()
        row = self._row_height()
        left = self._label_width()
        right = self.width() - self._trend_width()
        step = (right - left) / len(LEVELS)
        marker = self._marker()

        def x_of(level: int) -> float:
            return left + step * (level - 0.5)

        if not self._rounds:
            painter.setPen(text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No levels scored yet."))
            return
        self._draw_legend(painter, marker, text)
        top = row * self._legend_rows()
        painter.setPen(text)
        for level in LEVELS:
            painter.drawText(QRectF(x_of(level) - step / 2, top, step, row),
                             Qt.AlignmentFlag.AlignCenter, str(level))
        grid = QPen(text)
        grid.setStyle(Qt.PenStyle.DotLine)
        for index, (key, label) in enumerate(self._domains):
            y = top + row * (index + 1)
            middle = y + row / 2
            painter.setPen(text)
            painter.drawText(QRectF(0, y, left - 6, row),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, label)
            painter.setPen(grid)
            painter.drawLine(QPointF(left, middle), QPointF(right, middle))
            offsets = self._offsets(marker)
            for number, rnd in enumerate(self._rounds):
                recorded = rnd.levels.get(key)
                if recorded is None:
                    continue
                newest = number == len(self._rounds) - 1
                centre = QPointF(x_of(recorded) + offsets[number], middle)
                self._draw_marker(painter, self._shape(number), centre,
                                  marker * (1.25 if newest else 1.0), newest, text)
            change = self.trend(key)
            if change:
                painter.setPen(text)
                painter.drawText(QRectF(right + 8, y, self._trend_width() - 8, row),
                                 Qt.AlignmentFlag.AlignVCenter,
                                 self._up() if change > 0 else self._down())

    def _offsets(self, marker: float) -> list[float]:
        """The rounds sit side by side around the level's centre, so equal levels stay visible."""
        count = len(self._rounds)
        return [(number - (count - 1) / 2) * marker * 1.1 for number in range(count)]

    def _shape(self, number: int) -> str:
        # The newest is always the filled circle; earlier ones take the other shapes.
        if number == len(self._rounds) - 1:
            return "circle"
        return SHAPES[1 + (len(self._rounds) - 2 - number) % (len(SHAPES) - 1)]

    def _draw_legend(self, painter: QPainter, marker: float, text: QColor) -> None:
        fm = self.fontMetrics()
        x = float(self._label_width())
        for number, rnd in enumerate(self._rounds):
            newest = number == len(self._rounds) - 1
            middle = self._row_height() * (number + 0.5)
            self._draw_marker(painter, self._shape(number), QPointF(x + marker, middle),
                              marker, newest, text)
            caption = format_date(rnd.held_on) + (self.tr(" (newest)") if newest else "")
            painter.setPen(text)
            painter.drawText(QPointF(x + marker * 2 + 6, middle + fm.ascent() / 2 - 1), caption)

    @staticmethod
    def _draw_marker(painter: QPainter, shape: str, centre: QPointF, size: float,
                     filled: bool, colour: QColor) -> None:
        pen = QPen(colour)
        pen.setWidthF(2.0 if filled else 1.5)
        painter.setPen(pen)
        painter.setBrush(colour if filled else Qt.BrushStyle.NoBrush)
        half = size / 2
        box = QRectF(centre.x() - half, centre.y() - half, size, size)
        if shape == "circle":
            painter.drawEllipse(box)
        elif shape == "square":
            painter.drawRect(box)
        elif shape == "triangle":
            painter.drawPolygon(QPolygonF([QPointF(centre.x(), box.top()), box.bottomRight(),
                                           box.bottomLeft()]))
        else:
            path = QPainterPath()
            path.addPolygon(QPolygonF([QPointF(centre.x(), box.top()),
                                       QPointF(box.right(), centre.y()),
                                       QPointF(centre.x(), box.bottom()),
                                       QPointF(box.left(), centre.y()),
                                       QPointF(centre.x(), box.top())]))
            painter.drawPath(path)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _describe(self) -> str:
        """The chart in words, for a screen reader."""
        parts = []
        for key, label in self._domains:
            levels = [str(r.levels.get(key) or "–") for r in self._rounds]
            parts.append(f"{label}: {' → '.join(levels)}")
        return "; ".join(parts)
