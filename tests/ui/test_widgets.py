"""Shared widgets: a text box shows the lines it was made for, at any font size."""

from __future__ import annotations

import pytest

from toegang_desktop.ui.common.widgets import text_box, text_lines


@pytest.mark.parametrize("points", [9, 10, 11, 12, 14, 16, 20])
@pytest.mark.parametrize("lines", [2, 3, 5])
def test_a_text_box_shows_its_lines_without_a_scroll_bar(qtbot, points: int, lines: int) -> None:  # type: ignore[no-untyped-def]
    box = text_box(lines)
    qtbot.addWidget(box)
    font = box.font()
    font.setPointSize(points)
    box.setFont(font)
    box.setFixedSize(300, text_lines(box, lines))
    box.setPlainText("\n".join(f"line {number}" for number in range(1, lines + 1)))
    box.show()
    qtbot.waitExposed(box)
    assert box.verticalScrollBar().maximum() == 0
