"""Keep Python's `None`, `True` and `False` alive despite the Qt binding.

PySide6 6.12.0 on Python 3.11 returns `None` from every void method (`setText`, `setValue`,
...) and `True` from `Signal.emit` without taking a reference, so each call costs that object
one reference. After a few thousand calls (a minute or two of typing) the count reaches zero and
Python aborts with "Fatal Python error: none_dealloc" (or "bool_dealloc"): the app is gone
without the error dialog, and what was typed in the last second is lost. (PySide6 6.11.3 does
not have the bug, but its lupdate misses the plural messages of this code.) From Python 3.12
these objects are immortal and this is not needed.

They are never freed anyway, so giving them a huge number of references changes nothing else.
tests/ui/test_qt_binding.py proves the app survives a long session of such calls.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 60  # more void calls than any session can make


def protect_singletons() -> bool:
    """Give `None`, `True` and `False` a reserve of references; True when that was needed
    (CPython before 3.12)."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt: every object's first field
        if count.value < RESERVE:
            count.value += RESERVE
    return True
