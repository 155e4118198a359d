"""Writing an export file whole or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def replaced_whole(path: Path, suffix: str = ".tmp") -> Iterator[Path]:
    """A temporary file beside `path` to write to; it replaces `path` only when the block
    ends without an error, so nobody sees half a file and a failed export leaves no trace.
    The file is flushed to disk first, so a power cut after the rename cannot leave it empty."""
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
