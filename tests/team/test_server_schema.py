"""The server's schema: applied once, versioned, a newer one refused."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import psycopg
import pytest

from toegang_desktop.domain.team import TeamErrorCode
from toegang_desktop.team import admin, api, server_schema
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


def test_version_2_upgrades_a_server_with_dossiers_on_it(pg_cluster: Any, tmp_path: Path) -> None:
    """A team server at version 1 with a dossier and an involvement keeps both through 0002;
    the involvement becomes a plain one (no end, no purpose)."""
    with pg_cluster.connect() as conn:
        admin.create_database(conn, "toegang_upgrade")
    only_first = tmp_path / "server"
    only_first.mkdir()
    first = server_schema.migrations()[0].path
    shutil.copy(first, only_first / first.name)
    with pg_cluster.connect(dbname="toegang_upgrade") as conn:
        assert server_schema.upgrade(conn, only_first) == [1]
        conn.execute("INSERT INTO toegang.teams (name) VALUES ('Oud team')")
        conn.execute("INSERT INTO toegang.members (login, display_name, team_id, role) "
                     "SELECT 'oud_a', 'Oud A', team_id, 'professional' FROM toegang.teams")
        conn.execute("INSERT INTO toegang.members (login, display_name, team_id, role) "
                     "SELECT 'oud_b', 'Oud B', team_id, 'professional' FROM toegang.teams")
        conn.execute("INSERT INTO toegang.residents (resident_id, team_id, coordinator, display_name) "
                     "SELECT '00000000-0000-7000-8000-000000000001', team_id, 'oud_a', 'Oud Dossier' "
                     "FROM toegang.teams")
        conn.execute("INSERT INTO toegang.involvement (resident_id, login, team_id) "
                     "SELECT '00000000-0000-7000-8000-000000000001', 'oud_b', team_id FROM toegang.teams")
        assert server_schema.upgrade(conn) == list(range(2, server_schema.latest_version() + 1))
        row = conn.execute("SELECT r.display_name, r.signals_to_weigh, i.kind, i.purpose, i.until "
                           "FROM toegang.residents r JOIN toegang.involvement i USING (resident_id)"
                           ).fetchone()
        assert row == ("Oud Dossier", 0, "involved", "", None)
    with pg_cluster.connect() as conn:
        conn.execute("DROP DATABASE toegang_upgrade")


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
