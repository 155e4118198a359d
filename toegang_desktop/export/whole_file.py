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
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from ..domain.protected_files import ProtectedFileError, ProtectedFiles

__all__ = ["BeforeReplace", "ProtectedFileError", "ProtectedFiles", "new_folder_whole",
           "replaced_whole", "write_whole"]

# Called once the temporary file is complete, before it gets its name: an export logs its
# access-log line here, so the file appears only after its line is committed, and a failed
# log (a busy store) leaves no file. What it raises propagates; the temporary file goes.
BeforeReplace = Callable[[], None]


@contextlib.contextmanager
def replaced_whole(path: Path, protected: ProtectedFiles, suffix: str = ".tmp",
                   before_replace: BeforeReplace | None = None) -> Iterator[Path]:
    """A temporary file beside `path` to write to; it replaces `path` only when the block
    ends without an error and `before_replace` (if any) succeeded, so nobody sees half a file
    and a failed export leaves no trace. The file is flushed to disk first, so a power cut
    after the rename cannot leave it empty. Raises ProtectedFileError, before anything is
    written, when `path` is one of the app's own files."""
    protected.refuse(path)
    handle, temp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=suffix, dir=path.parent)
    os.close(handle)
    try:
        yield Path(temp)
        with open(temp, "rb+") as written:
            os.fsync(written.fileno())
        if before_replace is not None:
            before_replace()
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def write_whole(path: Path, text: str, protected: ProtectedFiles, encoding: str = "utf-8",
                before_replace: BeforeReplace | None = None) -> None:
    """Write `text` to `path` whole or not at all (see `replaced_whole`)."""
    with replaced_whole(path, protected, before_replace=before_replace) as temporary:
        temporary.write_text(text, encoding=encoding, newline="")


@contextlib.contextmanager
def new_folder_whole(path: Path, before_replace: BeforeReplace | None = None) -> Iterator[Path]:
    """As `replaced_whole` for a new folder of files (an access request): a temporary folder
    beside `path` to write into, renamed to `path` after `before_replace`; removed with its
    files when anything fails."""
    temp = Path(tempfile.mkdtemp(prefix=f".{path.name}-", dir=path.parent))
    try:
        yield temp
        if before_replace is not None:
            before_replace()
        os.rename(temp, path)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
