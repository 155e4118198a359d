"""Faults of the server itself during team work (issue 16), on the real cluster: the server
restarted in the middle of a laptop's sync (fast and immediate), and the server restored from
an older backup (pg_dump / pg_restore of a database of this test's own). Nothing lost, nothing
doubled: records are counted on the server and on the laptops and their fields compared."""

from __future__ import annotations

import itertools
import os
import secrets
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from toegang_desktop.domain.conversation import Conversation, Place
from toegang_desktop.domain.team import SyncProgress
from toegang_desktop.services import team_sync
from toegang_desktop.services.errors import TeamUnreachable
from toegang_desktop.store.sync_outbox import Outbox
from toegang_desktop.store.sync_registry import SyncRegistry
from toegang_desktop.team import admin, api

from .conftest import MANAGER, Team, TeamServer
from .laptops import Laptop, laptops

_databases = itertools.count(1)
TOOL_TIMEOUT_S = 60


def _dossiers(laptop: Laptop, count: int, prefix: str = "Herstart") -> list[str]:
    """Dossiers with a conversation each (its life domains make a few dozen records)."""
    uuids = []
    for number in range(count):
        rid = laptop.register(f"{prefix}{number}")
        laptop.session.conversations.start(Conversation(
            resident_id=rid, held_on=date(2026, 11, 2), place=Place.HOME,
            checklist_id="", checklist_version=""))
        uuids.append(laptop.uuid_of(rid))
    return uuids


def _plain(value: object) -> object:
    """A field's value as both sides can compare it (SQLite and JSON differ in booleans)."""
    if isinstance(value, bool):
        return int(value)
    return value


def snapshot(laptop: Laptop) -> dict[tuple[str, str], dict[str, object]]:
    """Every synced record on the laptop by (table, uuid), its fields without local ids."""
    found: dict[tuple[str, str], dict[str, object]] = {}
    db = laptop.session.db
    for table in SyncRegistry(db).tables.values():
        references = {r.column for r in table.references}
        columns = [c for c in table.wire_columns if c not in references]
        listed = ", ".join(["uuid", *columns])
        for row in db.execute(f"SELECT {listed} FROM {table.name}").fetchall():
            found[(table.name, str(row[0]))] = {c: _plain(v) for c, v in zip(columns, row[1:],
                                                                               strict=True)}
    return found


def on_server(server: TeamServer, uuids: list[str]) -> dict[tuple[str, str], dict[str, Any]]:
    """The live (not deleted) records of these dossiers on the server, as the superuser."""
    conn = server.superuser()
    rows = conn.execute("SELECT table_name, record_id::text, data FROM toegang.records"
                        " WHERE resident_id = ANY(%s::uuid[]) AND NOT deleted",
                        (uuids,)).fetchall()
    return {(t, r): d for t, r, d in rows}


def assert_same(laptop: Laptop, server: TeamServer, uuids: list[str]) -> None:
    """The laptop's records of these dossiers are the server's: as many, same fields."""
    mine = snapshot(laptop)  # the laptops of these tests hold only these dossiers
    theirs = on_server(server, uuids)
    assert set(mine) == set(theirs), (len(mine), len(theirs), set(mine) ^ set(theirs))
    compared = 0
    for key, fields in mine.items():
        data = theirs[key]
        different = {c: (v, data.get(c)) for c, v in fields.items()
                     if c in data and _plain(data[c]) != v}
        assert not different, (key, different)
        compared += sum(1 for c in fields if c in data)
    assert compared >= len(mine)  # the fields were there to compare


@pytest.fixture
def restartable(team: Team) -> Iterator[Team]:
    """The team, its professionals committing as production does (synchronous_commit on:
    the test cluster's `off` could lose an acknowledged commit in an immediate restart), and
    the shared cluster checked healthy afterwards for the tests that follow."""
    conn = team.server.superuser()
    for who in ("a", "b"):
        conn.execute(f'ALTER ROLE "{team.members[who].login}" SET synchronous_commit = on')
    yield team
    team.server.cluster.connect(dbname=team.server.database).close()


@pytest.mark.parametrize("mode", ["fast", "immediate"])
def test_the_server_restarted_mid_push_loses_and_doubles_nothing(
        tmp_path: Path, restartable: Team, mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    team = restartable
    monkeypatch.setattr(team_sync, "PUSH_BATCH", 20)
    with laptops(tmp_path, team, "a") as (a,):
        uuids = _dossiers(a, 3)

        def restart_after_first(progress: SyncProgress) -> None:
            if progress.phase == "push" and progress.done == 20:
                team.server.cluster.restart(mode)

        with a.team() as team_a, pytest.raises(TeamUnreachable):
            team_a.sync(progress=restart_after_first)
        assert Outbox(a.session.db).pending_count() > 0
        assert len(on_server(team.server, uuids)) > 0  # the first batch is there
        report = a.sync()
        assert report.refused == report.conflicts == 0 and report.duplicates == 0
        assert Outbox(a.session.db).pending_count() == 0
        assert_same(a, team.server, uuids)


@pytest.mark.parametrize("mode", ["fast", "immediate"])
def test_the_server_restarted_mid_pull_goes_on_where_it_was(
        tmp_path: Path, restartable: Team, mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    team = restartable
    monkeypatch.setattr(team_sync, "PULL_LIMIT", 10)
    with laptops(tmp_path, team, "a", "b") as (a, b):
        uuids = _dossiers(a, 2)
        a.sync()
        conn = team.connect("a")
        for uuid in uuids:
            api.set_involved(conn, uuid, team.members["b"].login, True)
        conn.close()

        def restart_after_first(progress: SyncProgress) -> None:
            if progress.phase == "pull" and progress.done >= 10:
                team.server.cluster.restart(mode)

        with b.team() as team_b, pytest.raises(TeamUnreachable):
            team_b.sync(progress=restart_after_first)
        half = len(snapshot(b))
        assert 0 < half < len(snapshot(a))  # the pages before the restart are kept
        report = b.sync()
        assert report.refused == report.conflicts == 0
        assert snapshot(b) == snapshot(a)
        assert_same(b, team.server, uuids)
        assert b.session.db.execute("SELECT count(*) FROM sync_parked").fetchone()[0] == 0


def _tool(cluster: Any, name: str, *args: str) -> None:
    """pg_dump / pg_restore of the cluster's own version, as its superuser, bounded in time;
    a failure shows what the tool and the server said."""
    env = dict(os.environ, PGPASSWORD=cluster.password)
    done = subprocess.run([str(cluster.bin / name), "-h", cluster.host, "-p", str(cluster.port),
                           "-U", cluster.superuser, *args], env=env, capture_output=True,
                          text=True, timeout=TOOL_TIMEOUT_S, check=False)
    assert done.returncode == 0, f"{name} failed:\n{done.stderr}\n{cluster.log_tail()}"


@pytest.fixture
def own_server(team_server_session: TeamServer) -> Iterator[TeamServer]:
    """A team database of this test's own on the shared cluster (it is dropped and restored
    from a dump; the session's database stays untouched), dropped at the end."""
    cluster = team_server_session.cluster
    name = f"toegang_restore_{next(_databases)}"
    password = secrets.token_urlsafe(12)
    with cluster.connect() as conn:
        admin.create_database(conn, name)
    with cluster.connect(dbname=name) as conn:
        admin.init(conn, f"{MANAGER}_{name}", "Applicatiebeheer", password)
    server = TeamServer(cluster, password, database=name)
    server.manager = lambda: server.connect(f"{MANAGER}_{name}", password)  # type: ignore[method-assign]
    yield server
    server.close_all()
    with cluster.connect() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _set(laptop: Laptop, resident_uuid: str, **fields: Any) -> None:
    rid = laptop.local_id(resident_uuid)
    assert rid is not None
    resident = laptop.session.dossiers.resident(rid)
    assert resident is not None
    laptop.session.dossiers.update(replace(resident, **fields))


def _server_resident(server: TeamServer, resident_uuid: str) -> dict[str, Any] | None:
    return on_server(server, [resident_uuid]).get(("residents", resident_uuid))


def _device_log_lines(server: TeamServer, login: str) -> set[int]:
    """The laptop's own line numbers of the lines it uploaded and the server still has."""
    return {int(line) for (line,) in server.superuser().execute(
        "SELECT device_line_id FROM toegang.access_log WHERE source = 'device'"
        " AND actor = %s", (login,)).fetchall()}


def _laptop_log_lines(laptop: Laptop) -> set[int]:
    return {int(line) for (line,) in laptop.session.db.execute("SELECT id FROM access_log")}


def test_a_server_restored_from_an_older_backup_gets_back_what_the_laptops_hold(
        tmp_path: Path, own_server: TeamServer) -> None:
    server, cluster = own_server, own_server.cluster
    team = server.new_team()
    dump = tmp_path / "team.dump"
    with laptops(tmp_path, team, "a", "b") as (a, b):
        [kept] = _dossiers(a, 1, "Terug")
        a.sync()
        conn = team.connect("a")
        api.set_involved(conn, kept, team.members["b"].login, True)
        conn.close()
        b.sync()
        server.close_all()
        # What the server holds of A's log at the backup: not what A has written by then, as
        # a sync's pull logs lines after that sync's upload (they go up with the next one).
        in_backup = _device_log_lines(server, team.members["a"].login)
        _tool(cluster, "pg_dump", "-Fc", "-d", server.database, "-f", str(dump))
        # After the backup: A and B push changes the backup will not have.
        _set(a, kept, city="Nabackup")
        [later] = _dossiers(a, 1, "Nabackup")
        assert a.sync().pushed > 0
        b.sync()
        _set(b, kept, phone="0100000009")
        assert b.sync().pushed >= 1
        a.sync()
        a.sync()  # the lines of the last pull go up too
        # uploaded after the backup
        lost_lines = _device_log_lines(server, team.members["a"].login) - in_backup
        # Offline on A (never sent before the restore).
        _set(a, later, phone="0100000010")
        everything_before = snapshot(a)
        assert Outbox(a.session.db).pending_count() >= 1

        server.close_all()
        with cluster.connect() as admin_conn:
            admin_conn.execute(f'DROP DATABASE "{server.database}" WITH (FORCE)')
            admin.create_database(admin_conn, server.database)
        _tool(cluster, "pg_restore", "--exit-on-error", "-d", server.database, str(dump))
        # The backup's state: the dossier as A first sent it, the later one unknown.
        assert _server_resident(server, later) is None
        assert _server_resident(server, kept)["city"] in (None, "")  # type: ignore[index]

        report_a = a.sync()
        assert report_a.full_resync  # A noticed the server went back
        assert report_a.conflicts == 0
        # The push runs before the pull that notices the reset: the offline change of the
        # dossier the backup lacks is refused once (unknown record) and, requeued with the
        # rest, applied in the same sync. Every operation ends applied or duplicate.
        assert report_a.refused == 2
        statuses = {row[0] for row in a.session.db.execute("SELECT status FROM sync_outbox")}
        assert statuses == {"applied", "duplicate"}
        assert report_a.duplicates > 0  # what the backup had answers `duplicate`: not doubled
        assert Outbox(a.session.db).pending_count() == 0
        report_b = b.sync()
        assert report_b.full_resync and report_b.conflicts == 0
        statuses = {row[0] for row in b.session.db.execute("SELECT status FROM sync_outbox")}
        assert statuses <= {"applied", "duplicate"}
        a.sync()

        # Recovered: every change A or B still held (their answered operations are kept 30
        # days), and A's offline change; nothing doubled (the records are exactly A's).
        after = snapshot(a)
        assert set(after) == set(everything_before)
        changed = {(key, c): (v, after[key][c]) for key, fields in everything_before.items()
                   for c, v in fields.items() if after[key][c] != v}
        # updated_at travels with an insert only (a field update carries its one field), so
        # the full resync brings the server's: the time of A's offline edit is not kept.
        assert set(changed) <= {(("residents", later), "updated_at")}, changed
        kept_now = _server_resident(server, kept)
        assert kept_now is not None
        assert (kept_now["city"], kept_now["phone"]) == ("Nabackup", "0100000009")
        later_now = _server_resident(server, later)
        assert later_now is not None and later_now["phone"] == "0100000010"
        assert_same(a, server, [kept, later])
        b_view = {key: fields for key, fields in snapshot(b).items()}
        a_kept = {key: fields for key, fields in snapshot(a).items() if key in b_view}
        assert b_view == a_kept and len(b_view) > 1
        # Not recovered: the access-log lines A uploaded after the backup (the laptop keeps
        # its place in its own log and does not send them again); all others are there.
        written = _laptop_log_lines(a)
        a.sync()
        on_server_now = _device_log_lines(server, team.members["a"].login)
        assert lost_lines and not lost_lines & on_server_now
        assert on_server_now >= written - lost_lines
