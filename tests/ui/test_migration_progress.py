"""Updating an older store at start-up shows progress, and the window opens afterwards."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QProgressDialog

from toegang_desktop.paths import AppPaths
from toegang_desktop.ui.shell.launch import build_main_window
from toegang_desktop.ui.shell.migration_progress import MigrationProgress

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_the_window_opens_after_the_update_with_progress_shown(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    paths = AppPaths.in_folder(tmp_path / "data")
    paths.root.mkdir(parents=True)
    shutil.copyfile(FIXTURES / "store_schema_v6.sqlite", paths.store)
    shown: list[str] = []
    original = MigrationProgress.__call__

    def watched(self: MigrationProgress, step: str, done: int, total: int) -> None:
        original(self, step, done, total)
        assert isinstance(self.dialog, QProgressDialog) and self.dialog.isVisible()
        shown.append(self.dialog.labelText())

    monkeypatch.setattr(MigrationProgress, "__call__", watched)
    window = build_main_window(paths, demo=False, checklist_file=None)
    assert window is not None
    qtbot.addWidget(window)
    assert any("safety copy" in text or "veiligheidskopie" in text for text in shown)
    assert any("updated for this version" in text or "bijgewerkt" in text for text in shown)
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QProgressDialog) and w.isVisible()]  # closed again
    assert window.model.rowCount() > 0
