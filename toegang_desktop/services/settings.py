"""User settings in an INI file (never the Windows registry), so they travel with --data-dir."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings


def open_settings(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


# Set when this data folder's store joined a team (by the window or `team join`), removed at
# `team leave`. Only a hint that makes the window load the team code after its first paint:
# the connection details themselves are kept encrypted in the store, and the team service's
# status says whether the store really is in a team. No team: nothing team-related loads.
TEAM_JOINED_KEY = "team/joined"
