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

# Statements that manage transactions themselves: never committed implicitly after them.
_TRANSACTION_CONTROL = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})


def _first_keyword(sql: str) -> str:
    """The first word of a statement, upper case (leading blanks and `--` lines skipped)."""
    for line in sql.lstrip("\ufeff; \t\r\n").splitlines():
        text = line.strip()
        if text and not text.startswith("--"):
            return text.split(None, 1)[0].rstrip(";").upper()
    return ""


class Database:
    """A connection in autocommit mode with nested transactions (`atomic`, via savepoints)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._savepoints = count(1)

    def execute(
        self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None
    ) -> sqlite3.Cursor:
        """Run one statement. A write outside a transaction is committed at once."""
        was_in_transaction = self.conn.in_transaction
        try:
            cursor = self.conn.execute(sql, () if parameters is None else parameters)
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")  # an implicit transaction nothing would end
            raise
        if (
            not was_in_transaction
            and self.conn.in_transaction
            and cursor.description is None
            and _first_keyword(sql) not in _TRANSACTION_CONTROL
        ):
            self.conn.execute("COMMIT")  # a driver that opened a transaction by itself
        return cursor

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

    def close(self) -> None:
        self.conn.close()
