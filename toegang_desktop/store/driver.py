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

    # SQLCipher writes its own English lines ("ERROR CORE ... hmac check failed") to stderr
    # when a key does not fit; the app says what happened in Dutch instead. The log level is
    # process-wide, so one pragma on a throw-away connection silences every later one.
    _quiet = dbapi.connect(":memory:")
    _quiet.execute("PRAGMA cipher_log_level = NONE")
    _quiet.close()

__all__ = ["dbapi"]
