"""The store's files on disk: flushing, swapping in a copy, and moving a damaged store aside.

A store in WAL mode is up to three files: `toegang.sqlite`, `-wal` (committed changes not yet
in the main file) and `-shm` (an index of the WAL). They belong together: a main file must
never be paired with another file's WAL, and a damaged store is moved aside with its
companions under one name, so SQLite would read them together again.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

COMPANIONS = ("-wal", "-shm")
DAMAGED_MARK = "beschadigd"


def companion(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def wal_missing(store: Path) -> bool:
    """The WAL's index (-shm) is there but the WAL itself is not: SQLite keeps both while a
    connection is open and removes both on a clean close, so the WAL has vanished (deleted,
    quarantined, or only part of the files copied). The committed changes it held are gone;
    the main file is still a consistent store as of its last checkpoint."""
    return companion(store, "-shm").exists() and not companion(store, "-wal").exists()


def flush_file(path: Path) -> None:
    """Make sure the file's bytes are on disk before it is renamed into place."""
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def flush_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows has no directory handles for this)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def move_aside(store: Path, stamp: str) -> list[Path]:
    """Rename the store and its companions to `<store>.beschadigd-<stamp>` (+ -wal, -shm);
    never overwrite: a second move in the same second gets a number."""
    base = store.with_name(f"{store.name}.{DAMAGED_MARK}-{stamp}")
    number = 1
    while any(companion(base, s).exists() for s in ("", *COMPANIONS)):
        number += 1
        base = store.with_name(f"{store.name}.{DAMAGED_MARK}-{stamp}-{number}")
    moved = []
    for suffix in ("", *COMPANIONS):
        source = companion(store, suffix)
        if source.exists():
            target = companion(base, suffix)
            os.replace(source, target)
            moved.append(target)
    flush_folder(store.parent)
    return moved


def move_back(moved: list[Path], store: Path) -> None:
    """Undo `move_aside`: the moved files take their places again."""
    for path in moved:
        suffix = next((s for s in COMPANIONS if path.name.endswith(s)), "")
        os.replace(path, companion(store, suffix))
    flush_folder(store.parent)


def swap_in(store: Path, copy: Path, prepare: Callable[[Path], None] | None = None) -> None:
    """Put a copy of `copy` in the place of the store. `prepare` gets the copy first, under
    its temporary name (the restore writes its access-log line into it, so the restored store
    never exists without that line); when it raises, the copy goes and the store is untouched.
    The caller has closed every connection and checkpointed the WAL; leftover companions of
    the old store are removed first, so the restored file can never be read with the old
    store's WAL."""
    temp = store.with_name(store.name + ".herstel")
    shutil.copyfile(copy, temp)
    try:
        if prepare is not None:
            prepare(temp)
        flush_file(temp)
    except BaseException:
        for suffix in ("", *COMPANIONS):
            companion(temp, suffix).unlink(missing_ok=True)
        raise
    for suffix in COMPANIONS:
        companion(store, suffix).unlink(missing_ok=True)
    os.replace(temp, store)
    flush_folder(store.parent)
