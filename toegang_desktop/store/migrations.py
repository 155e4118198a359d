"""Schema migrations from db/migrations/NNNN_name.sql, applied in order in one transaction each."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .driver import dbapi as sqlite3

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    path: Path

    def sql(self) -> str:
        return self.path.read_text(encoding="utf-8")


def discover(folder: Path) -> list[Migration]:
    """All migrations in a folder, ordered; versions must run 1, 2, 3 ... without gaps."""
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match:
            found.append(Migration(int(match.group(1)), path))
    found.sort(key=lambda m: m.version)
    expected = list(range(1, len(found) + 1))
    if [m.version for m in found] != expected:
        raise RuntimeError(f"migrations in {folder} are not numbered 1..{len(found)}")
    return found


def latest_version(folder: Path) -> int:
    return len(discover(folder))


def apply(conn: sqlite3.Connection, migration: Migration, application_id: int) -> None:
    """Run one migration and set user_version in the same transaction (all or nothing).

    The connection must be in autocommit mode (isolation_level=None) so that the
    explicit BEGIN/COMMIT below are the only transaction boundaries.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in _statements(migration.sql()):
            conn.execute(statement)
        conn.execute(f"PRAGMA application_id = {int(application_id)}")
        conn.execute(f"PRAGMA user_version = {int(migration.version)}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _statements(script: str) -> list[str]:
    """Split a script into complete statements (executescript would commit on its own)."""
    statements, pending = [], ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip():
                statements.append(pending.strip())
            pending = ""
    if pending.strip() and not all(
        ln.strip().startswith("--") or not ln.strip() for ln in pending.splitlines()
    ):
        raise ValueError("migration ends with an incomplete statement")
    return statements
