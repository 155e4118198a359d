"""Starting on a broken checklist, a newer store or a foreign file: explained, nothing changed."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from toegang_desktop.paths import AppPaths
from toegang_desktop.store.connection import APPLICATION_ID
from toegang_desktop.ui.shell.launch import build_main_window


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Collect message boxes instead of blocking on them."""
    texts: list[str] = []

    def record(_parent: object, _title: str, text: str, *_args: object) -> int:
        texts.append(text)
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "critical", record)
    return texts


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_broken_checklist_is_explained_and_the_standard_one_used(
    qtbot, app_paths: AppPaths, tmp_path: Path, shown: list[str]  # type: ignore[no-untyped-def]
) -> None:
    broken = tmp_path / "gemeente.toml"
    broken.write_text('[checklist]\nid = "x"\nversion = \n', encoding="utf-8")
    window = build_main_window(app_paths, demo=False, checklist_file=broken)
    assert window is not None
    qtbot.addWidget(window)
    assert shown == []  # told once the caseload shows, on top of the window
    window.show()
    qtbot.waitUntil(lambda: window.after_first_paint.finished, timeout=5000)
    assert len(shown) == 1 and str(broken) in shown[0]
    assert len(window._conversations.checklist.domains) == 17


def test_newer_store_is_refused_and_left_untouched(
    app_paths: AppPaths, shown: list[str]
) -> None:
    app_paths.root.mkdir(parents=True)
    conn = sqlite3.connect(app_paths.store)
    conn.execute("CREATE TABLE later (x)")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = _digest(app_paths.store)
    assert build_main_window(app_paths, demo=False, checklist_file=None) is None
    assert len(shown) == 1 and "99" in shown[0]
    assert _digest(app_paths.store) == before
    assert sorted(p.name for p in app_paths.root.iterdir()) == ["toegang.sqlite"]


def test_foreign_file_is_refused_and_left_untouched(
    app_paths: AppPaths, shown: list[str]
) -> None:
    app_paths.root.mkdir(parents=True)
    app_paths.store.write_bytes(b"Dit is geen database, maar een tekstbestand." * 50)
    before = _digest(app_paths.store)
    assert build_main_window(app_paths, demo=False, checklist_file=None) is None
    assert len(shown) == 1 and str(app_paths.store) in shown[0]
    assert _digest(app_paths.store) == before


def test_unwritable_data_folder_is_explained(
    tmp_path: Path, shown: list[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    paths = AppPaths.in_folder(blocker / "toegang")
    assert build_main_window(paths, demo=False, checklist_file=None) is None
    assert len(shown) == 1 and "--data-dir" in shown[0]
