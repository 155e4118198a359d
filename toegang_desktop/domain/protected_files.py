"""The application's own files, which no export may replace: the store and its side files, the
key file, the lock, the settings, and everything in the backups, logs and demo folders.

`export-json --out toegang.sqlite` once replaced the encrypted store with the plain dossier.
`AppPaths.protected_files` says which files are the app's own; the one write path for a file
the person chose (`export/whole_file.replaced_whole`) and the services that log an export ask
`ProtectedFiles.refuse` first. Here (no Qt, no SQL) so paths, export and wording all see the
same rule.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


class ProtectedFileError(OSError):
    """The chosen path is one of the app's own files (or inside one of its folders): nothing
    was written. An OSError, so every caller's "could not be saved, choose another folder or
    file name" handling applies; `file_error_reason` words why."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} is a file of Toegang Desktop itself")
        self.filename = str(path)


@dataclass(frozen=True)
class ProtectedFiles:
    """The application's own files, which no export may replace.

    A path in `files` also covers every name beside it that starts with its name: the store's
    `-wal`, `-shm`, `-journal`, `.bezig` and `.beschadigd-…` files, the key file's temporary
    file, the settings file's lock. Everything inside `folders` (backups, logs, the demo
    folder) is covered, and a `roots` folder (the data folder) itself may not receive a new
    folder. Paths are compared after resolving links, `..` and relative parts, without
    regard to case (Windows and macOS disks are case-insensitive); an existing target is
    also compared by identity, so a hard link to the store is refused too."""

    files: tuple[Path, ...] = ()
    folders: tuple[Path, ...] = ()
    roots: tuple[Path, ...] = ()

    def covers(self, path: Path) -> bool:
        """Whether writing `path` could replace or land among the app's own files."""
        target = _canonical(path)
        head, name = os.path.split(target)
        for own in self.files:
            own_head, own_name = os.path.split(_canonical(own))
            if head == own_head and name.startswith(own_name):
                return True
        if any(target == _canonical(root) for root in self.roots):
            return True
        if any(_inside(target, _canonical(folder)) for folder in self.folders):
            return True
        return _same_as_an_own_file(path, self)

    def covers_folder(self, folder: Path) -> bool:
        """Whether a new folder (an access request's) may not be made in `folder`: the data
        folder itself, or a folder of the app's own (backups, logs, the demo folder)."""
        target = _canonical(folder)
        return any(target == _canonical(root) for root in self.roots) or any(
            _inside(target, _canonical(own)) for own in self.folders)

    def refuse(self, path: Path) -> None:
        """Raise ProtectedFileError when `path` is covered."""
        if self.covers(path):
            raise ProtectedFileError(path)

    def refuse_folder(self, folder: Path) -> None:
        """Raise ProtectedFileError when no new folder may be made in `folder`."""
        if self.covers_folder(folder):
            raise ProtectedFileError(folder)


def _canonical(path: Path) -> str:
    """The path as the file system finds it: symbolic links and `..` resolved, absolute, in
    one case (compared case-insensitively everywhere: stricter than needed on Linux, right on
    Windows and macOS)."""
    try:
        resolved = Path(path).expanduser().resolve()
    except (OSError, RuntimeError):  # a link loop: compare the path as written
        resolved = Path(os.path.abspath(path))
    return os.path.normcase(str(resolved)).casefold()


def _inside(target: str, folder: str) -> bool:
    return target == folder or target.startswith(folder.rstrip(os.sep) + os.sep)


def _same_as_an_own_file(path: Path, protected: ProtectedFiles) -> bool:
    """An existing target that is one of the own files under another name (a hard link)."""
    try:
        target = os.stat(path)
    except OSError:
        return False  # nothing there yet: the name checks above decide
    for own in _existing_own_files(protected):
        with contextlib.suppress(OSError):
            if os.path.samestat(target, os.stat(own)):
                return True
    return False


def _existing_own_files(protected: ProtectedFiles) -> Iterator[Path]:
    for own in protected.files:
        with contextlib.suppress(OSError):
            yield from (p for p in own.parent.iterdir() if p.name.startswith(own.name))
    for folder in protected.folders:
        with contextlib.suppress(OSError):
            yield from (p for p in folder.rglob("*") if p.is_file())
