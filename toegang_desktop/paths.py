"""Where this user's data, backups, logs and settings live (QStandardPaths), overridable."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from . import APP_NAME, ORG_NAME
from .domain.protected_files import ProtectedFiles

STORE_FILE = "toegang.sqlite"
SETTINGS_FILE = "toegang-desktop.ini"
KEY_FILE = "toegang.sleutels"  # the wrapped data key of the encrypted store (no secret in it)
LOCK_FILE = "toegang-desktop.lock"  # the single-instance lock (ui/shell/single_instance.py)
DEMO_FOLDER = "demo"  # the demo store's own data folder, inside the real one


def name_application(app: QCoreApplication) -> None:
    """QStandardPaths builds the per-user folders from these names: set them before resolving."""
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)


@dataclass(frozen=True)
class AppPaths:
    """All per-user locations. With --data-dir everything sits in that one folder (portable)."""

    root: Path
    store: Path
    backups: Path
    logs: Path
    settings: Path
    keys: Path
    home: Path  # the real data folder; `root` is its demo folder when the demo runs

    @classmethod
    def in_folder(cls, root: Path, settings_dir: Path | None = None,
                  home: Path | None = None) -> AppPaths:
        return cls(
            root=root,
            store=root / STORE_FILE,
            backups=root / "backups",
            logs=root / "logs",
            settings=(settings_dir or root) / SETTINGS_FILE,
            keys=root / KEY_FILE,
            home=home or root,
        )

    def protected_files(self) -> ProtectedFiles:
        """The files no export may replace: the store (with its -wal, -shm, -journal), the key
        file, the lock and the settings file, and everything in the backups and logs folders,
        of this data folder and of the real one beside the demo (the demo folder is all ours)."""
        files, folders = [self.settings], [self.home / DEMO_FOLDER]
        for root in dict.fromkeys((self.root, self.home)):
            files += [root / STORE_FILE, root / KEY_FILE, root / LOCK_FILE]
            folders += [root / "backups", root / "logs"]
        folders += [self.backups, self.logs]
        return ProtectedFiles(files=tuple(dict.fromkeys(files)),
                              folders=tuple(dict.fromkeys(folders)),
                              roots=tuple(dict.fromkeys((self.root, self.home))))

    @classmethod
    def resolve(cls, data_dir: Path | None, demo: bool) -> AppPaths:
        """The standard per-user locations, or `data_dir`; the demo store is kept apart."""
        if data_dir is not None:
            root = data_dir.expanduser().resolve()
            return cls.in_folder(root / DEMO_FOLDER if demo else root, root, home=root)
        # Local, not roaming: a roaming profile may sit on a network share or be synced at
        # log-off, which SQLite's WAL cannot survive and which is gone when offline.
        data = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
        )
        config = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
        )
        return cls.in_folder(data / DEMO_FOLDER if demo else data, config, home=data)


def documents_folder() -> Path:
    """Where save and open dialogs start: the user's Documents folder."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
