"""The SQLite driver: SQLCipher (sqlcipher3), so the store can be encrypted at rest.

Every connection (made only in store/connection.py) and every `except` for database errors in
the store uses this module, so errors are caught as the driver raises them. Without a key,
SQLCipher is plain SQLite 3.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the stubs of the standard module describe the same DB-API
    import sqlite3 as dbapi
else:
    from sqlcipher3 import dbapi2 as dbapi

__all__ = ["dbapi"]
