"""The server's schema: applies db/server/NNNN_*.sql in order, one transaction each, and
refuses a server whose schema is newer than this app knows (TG006)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg

from ..domain.team import TeamErrorCode
from ..locations import server_migrations_dir
from .errors import TeamError

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
# One upgrade at a time, even when two administrators start one.
_LOCK = "SELECT pg_advisory_xact_lock(hashtextextended('toegang.schema', 0))"


@dataclass(frozen=True)
class Migration:
    version: int
    path: Path


def migrations(folder: Path | None = None) -> list[Migration]:
    found = []
    for path in sorted((folder or server_migrations_dir()).glob("*.sql")):
        match = _NAME.match(path.name)
        if match:
            found.append(Migration(int(match.group(1)), path))
    versions = [m.version for m in found]
    assert versions == list(range(1, len(found) + 1)), f"server migrations not 1..n: {versions}"
    return found


def latest_version(folder: Path | None = None) -> int:
    return len(migrations(folder))


def current_version(conn: psycopg.Connection[Any]) -> int:
    """0 for a database without the schema."""
    row = conn.execute("SELECT to_regclass('toegang.schema_version') IS NOT NULL").fetchone()
    if not row or not row[0]:
        return 0
    found = conn.execute("SELECT coalesce(max(version), 0) FROM toegang.schema_version").fetchone()
    return int(found[0]) if found else 0


def check_not_newer(version: int, folder: Path | None = None) -> None:
    if version > latest_version(folder):
        raise TeamError(TeamErrorCode.SCHEMA_NEWER,
                        f"the server's schema is version {version}, this app knows up to "
                        f"{latest_version(folder)}")


def upgrade(conn: psycopg.Connection[Any], folder: Path | None = None,
            progress: Callable[[int], None] | None = None) -> list[int]:
    """Apply what is missing, as a superuser (roles and extensions need one). Returns the
    versions applied; a failing migration leaves the server at the version before it."""
    applied = []
    for migration in migrations(folder):
        with conn.transaction():
            conn.execute(_LOCK)
            version = current_version(conn)
            check_not_newer(version, folder)
            if migration.version <= version:
                continue
            if progress is not None:
                progress(migration.version)
            conn.execute(migration.path.read_text(encoding="utf-8").encode("utf-8"))
            conn.execute("INSERT INTO toegang.schema_version (version) VALUES (%s)",
                         (migration.version,))
            applied.append(migration.version)
    with conn.transaction():
        check_not_newer(current_version(conn), folder)
    return applied
