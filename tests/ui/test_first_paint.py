"""The start-up steps after the first paint run once the caseload itself has been painted, or
the page shown instead of it (after an unlock that returns to a dossier)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from toegang_desktop.paths import AppPaths
from toegang_desktop.ui.shell.launch import build_main_window
from toegang_desktop.ui.shell.style import APP_STYLE


class _Painted(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.seen = True
        return False


def test_the_steps_run_after_the_caseload_has_painted(  # type: ignore[no-untyped-def]
    qtbot, qapp, app_paths: AppPaths
) -> None:
    qapp.setStyleSheet(APP_STYLE)  # as the app starts
    window = build_main_window(app_paths, demo=False, checklist_file=None)
    assert window is not None
    qtbot.addWidget(window)
    painted = _Painted()
    window.caseload.table.viewport().installEventFilter(painted)
    at_step: list[bool] = []
    window.after_first_paint.add(lambda: at_step.append(painted.seen))
    window.show()
    try:
        qtbot.waitUntil(lambda: window.after_first_paint.finished, timeout=5000)
    finally:
        qapp.setStyleSheet("")
    assert at_step == [True]


def test_the_steps_also_run_when_a_dossier_is_shown_first(  # type: ignore[no-untyped-def]
    qtbot, app_paths: AppPaths
) -> None:
    window = build_main_window(app_paths, demo=False, checklist_file=None)
    assert window is not None
    qtbot.addWidget(window)
    window.stack.setCurrentWidget(window.dossier)  # as the return to a dossier after an unlock
    ran: list[str] = []
    window.after_first_paint.add(lambda: ran.append("step"))
    window.show()
    qtbot.waitUntil(lambda: window.after_first_paint.finished, timeout=5000)
    assert ran == ["step"]
