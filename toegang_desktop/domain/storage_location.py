"""Is a data folder in a risky place: a network share, or a folder a cloud service syncs?

SQLite's locking and its promise that a saved change survives rely on a local disk. On a
network share the locks can silently fail (two writers, a damaged file); a sync client
(OneDrive, Dropbox, ...) may copy the store half-written, or replace it with an older copy
from another computer. This module only looks at the path (and, given by the caller, the
environment and whether a drive letter is a mapped network drive), so it is tested with
Windows and POSIX paths on any machine.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import PurePath, PurePosixPath, PureWindowsPath


class LocationRisk(enum.Enum):
    NETWORK = "network"
    CLOUD_SYNC = "cloud_sync"


@dataclass(frozen=True)
class RiskyLocation:
    risk: LocationRisk
    service: str  # the cloud service, or "" for a network share


# Environment variables the OneDrive client sets to its folders (they may be renamed or moved).
ONEDRIVE_VARIABLES = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")

# Folder names (compared case-insensitively), each with the service that syncs it. A name
# matches a whole folder name, or its start when followed by " ", "-" or "(": so
# "OneDrive - Gemeente Voorbeeld", "OneDrive-Gemeente" (macOS) and "Dropbox (Team)" match,
# "Dropboxes" does not.
_SYNCED_FOLDERS: tuple[tuple[str, str], ...] = (
    ("onedrive", "OneDrive"),
    ("dropbox", "Dropbox"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),  # macOS: ~/Library/CloudStorage/GoogleDrive-name@x
    ("my drive", "Google Drive"),
    ("mijn drive", "Google Drive"),
    ("icloud drive", "iCloud Drive"),
    ("iclouddrive", "iCloud Drive"),
    ("com~apple~clouddocs", "iCloud Drive"),
    ("box", "Box"),
    ("box sync", "Box"),
    ("nextcloud", "Nextcloud"),
    ("owncloud", "ownCloud"),
)
_SEPARATORS = (" ", "-", "(")


def _synced_by(folder: str) -> str:
    name = folder.casefold()
    for prefix, service in _SYNCED_FOLDERS:
        if name == prefix or (name.startswith(prefix) and name[len(prefix)] in _SEPARATORS):
            return service
    return ""


def _is_windows_style(text: str) -> bool:
    return "\\" in text or (len(text) > 1 and text[1] == ":") or text.startswith("//")


def as_pure_path(text: str) -> PurePath:
    """The path as Windows or POSIX path, judged by its form (drive letter, backslash, //)."""
    return PureWindowsPath(text) if _is_windows_style(text) else PurePosixPath(text)


def _is_network_share(path: PurePath) -> bool:
    """A UNC path: \\\\server\\share, //server/share or \\\\?\\UNC\\server\\share."""
    if not isinstance(path, PureWindowsPath):
        return False
    if str(path).replace("/", "\\").upper().startswith("\\\\?\\UNC\\"):
        return True
    drive = path.drive.replace("/", "\\")
    # \\?\C:\... and \\.\C:\... are long-path and device forms of a local drive.
    return drive.startswith("\\\\") and not drive.startswith(("\\\\?\\", "\\\\.\\"))


def _drive_letter(path: PurePath) -> str:
    if not isinstance(path, PureWindowsPath):
        return ""
    drive = path.drive
    if drive.startswith(("\\\\?\\", "\\\\.\\")):
        drive = drive[4:]
    return drive[:2].upper() if len(drive) >= 2 and drive[1] == ":" else ""


def _inside(path: PurePath, folder_text: str) -> bool:
    folder = as_pure_path(folder_text)
    if type(folder) is not type(path) or not folder_text.strip():
        return False
    return path == folder or folder in path.parents


def assess_location(
    path: PurePath,
    environ: Mapping[str, str] | None = None,
    is_network_drive: Callable[[str], bool] | None = None,
) -> RiskyLocation | None:
    """The risk of keeping the store in `path`, or None for an ordinary local folder.

    `environ` is the environment (for the OneDrive folders); `is_network_drive` says whether a
    Windows drive letter such as "S:" is a mapped network drive (only known on Windows).
    """
    if _is_network_share(path):
        return RiskyLocation(LocationRisk.NETWORK, "")
    letter = _drive_letter(path)
    if letter and is_network_drive is not None and is_network_drive(letter):
        return RiskyLocation(LocationRisk.NETWORK, "")
    for variable in ONEDRIVE_VARIABLES:
        folder = (environ or {}).get(variable, "")
        if folder and _inside(path, folder):
            return RiskyLocation(LocationRisk.CLOUD_SYNC, "OneDrive")
    for part in path.parts[1:] if path.anchor else path.parts:
        service = _synced_by(part)
        if service:
            return RiskyLocation(LocationRisk.CLOUD_SYNC, service)
    return None
