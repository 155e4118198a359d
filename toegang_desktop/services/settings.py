"""User settings in an INI file (never the Windows registry), so they travel with --data-dir."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings


def open_settings(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)
