"""Where the data folder is, judged for risk (see domain/storage_location.py)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..domain.storage_location import RiskyLocation, as_pure_path, assess_location


def data_folder_risk(root: Path) -> RiskyLocation | None:
    """The risk of the data folder `root` on this machine, or None when it is a local folder."""
    network_drive = _is_network_drive if sys.platform == "win32" else None
    return assess_location(as_pure_path(str(root)), os.environ, network_drive)


def _is_network_drive(letter: str) -> bool:
    """Windows only: is the drive letter ("S:") a mapped network drive?"""
    import ctypes

    drive_remote = 4  # GetDriveTypeW's DRIVE_REMOTE
    return bool(ctypes.windll.kernel32.GetDriveTypeW(letter + "\\") == drive_remote)  # type: ignore[attr-defined]
