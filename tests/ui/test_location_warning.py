"""Guarantee 8 on screen: a data folder in a synced folder gets a banner, not a dialog."""

from __future__ import annotations

from pathlib import Path

from toegang_desktop.paths import AppPaths
from toegang_desktop.ui.common.location_warning import LocationBanner
from toegang_desktop.ui.shell.launch import build_main_window


def test_data_folder_in_onedrive_gets_a_banner_and_the_work_goes_on(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    paths = AppPaths.in_folder(tmp_path / "OneDrive - Gemeente Voorbeeld" / "Toegang")
    window = build_main_window(paths, demo=False, checklist_file=None)
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    banner = window.findChild(LocationBanner)
    assert banner is not None and banner.isVisible()
    text = banner.text.text()
    assert "OneDrive" in text and "gesynchroniseerd" in text and "--data-dir" in text
    assert str(paths.root) in text
    assert window.stack.isVisible()  # the caseload is there as always
    banner.hide_button.click()
    assert not banner.isVisible()


def test_local_data_folder_gets_no_banner(qtbot, app_paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    window = build_main_window(app_paths, demo=False, checklist_file=None)
    assert window is not None
    qtbot.addWidget(window)
    assert window.findChild(LocationBanner) is None
