"""Writing a file the person chose: whole or not at all, and never over the app's own files.

Every export (dossier JSON, PDF reports, the access log as CSV, the period report as PDF or
CSV, the aggregate file, an access request's files) goes through `replaced_whole`, which
first refuses a path that is one of the data folder's own files (`ProtectedFiles`, made by
`AppPaths.protected_files`). `export-json --out toegang.sqlite` once replaced the encrypted
store with the plain dossier; now it is refused before anything is written. The services that
log an export ask `ProtectedFiles.refuse` first too, so a refused path is not even logged.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
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


@contextlib.contextmanager
def replaced_whole(path: Path, protected: ProtectedFiles, suffix: str = ".tmp") -> Iterator[Path]:
    """A temporary file beside `path` to write to; it replaces `path` only when the block
    ends without an error, so nobody sees half a file and a failed export leaves no trace.
    The file is flushed to disk first, so a power cut after the rename cannot leave it empty.
    Raises ProtectedFileError, before anything is written, when `path` is one of the app's
    own files."""
    protected.refuse(path)
    handle, temp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=suffix, dir=path.parent)
    os.close(handle)
    try:
        yield Path(temp)
        with open(temp, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def write_whole(path: Path, text: str, protected: ProtectedFiles, encoding: str = "utf-8") -> None:
    """Write `text` to `path` whole or not at all (see `replaced_whole`)."""
    with replaced_whole(path, protected) as temporary:
        temporary.write_text(text, encoding=encoding, newline="")
