"""Where the files that ship with the app live, from source and when frozen by PyInstaller."""

from __future__ import annotations

import sys
from pathlib import Path


def bundle_root() -> Path:
    """The folder holding `resources/` and `db/`: the PyInstaller bundle or the source tree."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return bundle_root() / "resources"


def migrations_dir() -> Path:
    return bundle_root() / "db" / "migrations"


def server_migrations_dir() -> Path:
    """The team server's schema (PostgreSQL), applied by `toegang-desktop server init`."""
    return bundle_root() / "db" / "server"


def default_checklist_path() -> Path:
    return resources_dir() / "checklists" / "standaard.toml"
