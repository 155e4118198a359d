"""The server's schema: applied once, versioned, a newer one refused."""

from __future__ import annotations

import shutil
from pathlib import Path

import psycopg
import pytest

from toegang_desktop.domain.team import TeamErrorCode
from toegang_desktop.team import api, server_schema
from toegang_desktop.team.errors import TeamError

from .conftest import Team, TeamServer


def test_the_schema_is_at_the_newest_version(team_server: TeamServer) -> None:
    conn = team_server.superuser()
    assert server_schema.current_version(conn) == server_schema.latest_version()
    assert server_schema.upgrade(conn) == []  # nothing left to do: applying again is a no-op


def test_a_newer_server_schema_is_refused(team_server: TeamServer, team: Team) -> None:
    conn = team_server.superuser()
    newer = server_schema.latest_version() + 1
    conn.execute("INSERT INTO toegang.schema_version (version) VALUES (%s)", (newer,))
    try:
        with pytest.raises(TeamError) as refused:
            server_schema.upgrade(conn)
        assert refused.value.code is TeamErrorCode.SCHEMA_NEWER
        with pytest.raises(TeamError) as also:
            api.server_info(team.connect("a"))
        assert also.value.code is TeamErrorCode.SCHEMA_NEWER
    finally:
        conn.execute("DELETE FROM toegang.schema_version WHERE version = %s", (newer,))


def test_whoami_and_server_info(team: Team) -> None:
    conn = team.connect("a")
    me = api.whoami(conn)
    assert (me.login, me.role.value, me.team_name) == (team.members["a"].login, "professional", team.name)
    info = api.server_info(conn)
    assert info.schema_version == server_schema.latest_version() and info.epoch


def test_a_failing_migration_leaves_the_server_as_it_was(team_server: TeamServer,
                                                         tmp_path: Path) -> None:
    """Each migration is one transaction: a failure half-way leaves nothing of it behind."""
    folder = tmp_path / "server"
    folder.mkdir()
    for migration in server_schema.migrations():
        shutil.copy(migration.path, folder / migration.path.name)
    broken = server_schema.latest_version() + 1
    (folder / f"{broken:04d}_broken.sql").write_text(
        "CREATE TABLE toegang.half_done (x int);\nSELECT 1 / 0;\n", encoding="utf-8")
    conn = team_server.superuser()
    with pytest.raises(psycopg.errors.DivisionByZero):
        server_schema.upgrade(conn, folder)
    assert server_schema.current_version(conn) == server_schema.latest_version()
    assert conn.execute("SELECT to_regclass('toegang.half_done')").fetchone() == (None,)
