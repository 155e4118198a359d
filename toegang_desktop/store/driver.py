"""The SQLite driver: SQLCipher (sqlcipher3), so the store can be encrypted at rest.

sqlite-utils picks `pysqlite3` over the standard library's sqlite3 when it can import it, and
catches that module's exceptions. Registering sqlcipher3 under that name before sqlite-utils is
first imported makes both work on one kind of connection: `toegang_desktop/__init__.py`
imports this module first for that reason. Without a key, SQLCipher is plain SQLite 3.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the stubs of the standard module describe the same DB-API
    import sqlite3 as dbapi
else:
    import sqlcipher3
    from sqlcipher3 import dbapi2 as dbapi

    sys.modules.setdefault("pysqlite3", sqlcipher3)
    sys.modules.setdefault("pysqlite3.dbapi2", dbapi)

__all__ = ["dbapi"]
