"""The store's handle on an open connection: statements and transactions, nothing more.

It offers the small part of `sqlite_utils.Database` the store used (`execute`, `atomic`, `conn`,
`close`) with the same transaction rules, without importing sqlite-utils (with pluggy, click and
dateutil, about a fifth of the app's start-up). Only `store/connection.py` makes one, around a
connection it opened, so an encrypted (SQLCipher) connection can be wrapped the same way.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from itertools import count
from typing import Any

from .driver import dbapi as sqlite3


class Database:
    """A connection in autocommit mode with nested transactions (`atomic`, via savepoints)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        # Autocommit (connection.py opens every connection so): a statement outside `atomic`
        # is committed at once, and the driver never opens a transaction by itself.
        assert conn.isolation_level is None, "the store's connections are in autocommit mode"
        self.conn = conn
        self._savepoints = count(1)

    def execute(
        self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None
    ) -> sqlite3.Cursor:
        """Run one statement (committed at once outside `atomic`)."""
        return self.conn.execute(sql, () if parameters is None else parameters)

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction around the block; nested blocks are savepoints inside it."""
        if self.conn.in_transaction:
            savepoint = f"toegang_{next(self._savepoints)}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                # A RAISE(ROLLBACK) or a full disk may already have ended the transaction.
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self.rollback()
                raise

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def change_marker(self) -> tuple[int, int]:
        """Changes since the connection opened: its own (total_changes) and other connections'
        commits (data_version). Cheap, takes no lock; a different value means the data changed."""
        return self.conn.total_changes, int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def close(self) -> None:
        self.conn.close()
