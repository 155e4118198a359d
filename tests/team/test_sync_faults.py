"""Faults during a sync, each with nothing lost and nothing doubled (issue 16): the network
gone mid-push and mid-pull (a proxy the test cuts), the laptop killed mid-sync (SIGKILL of a
child process), and a laptop clock hours off."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from toegang_desktop.domain.conversation import Conversation, Place
from toegang_desktop.domain.team import SyncProgress
from toegang_desktop.services import team_sync
from toegang_desktop.services.errors import TeamUnreachable
from toegang_desktop.store.sync_outbox import Outbox
from toegang_desktop.team import api

from ..children import read_line, stop, wait_for
from .conftest import Team
from .laptops import Laptop, Proxy, laptops, records_on_server


def _dossiers(laptop: Laptop, count: int) -> list[str]:
    """Dossiers with a conversation each (its life domains make a few dozen records)."""
    uuids = []
    for number in range(count):
        rid = laptop.register(f"Storing{number}")
        laptop.session.conversations.start(Conversation(
            resident_id=rid, held_on=date(2026, 11, 2), place=Place.HOME,
            checklist_id="", checklist_version=""))
        uuids.append(laptop.uuid_of(rid))
    return uuids


def _local_records(laptop: Laptop) -> int:
    db = laptop.session.db
    return sum(int(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
               for t in ("residents", "conversations", "domain_assessments"))


def _server_records(team: Team, uuids: list[str]) -> int:
    return sum(len(records_on_server(team, u)) for u in uuids)


@pytest.fixture
def proxy(team: Team) -> Iterator[Proxy]:
    found = Proxy(team.server.address.port)
    yield found
    found.close()


def test_the_network_gone_mid_push_loses_and_doubles_nothing(
        tmp_path: Path, team: Team, proxy: Proxy, monkeypatch: pytest.MonkeyPatch) -> None:
    address = team.server.address
    via_proxy = type(address)(address.host, proxy.port, address.database, address.tls_mode)
    monkeypatch.setattr(team_sync, "PUSH_BATCH", 20)
    with laptops(tmp_path, team, "a", address=via_proxy) as (a,):
        uuids = _dossiers(a, 4)

        def cut_after_first(progress: SyncProgress) -> None:
            if progress.phase == "push" and progress.done == 20:
                proxy.drop_next_response()  # the next batch is applied, its answer lost

        with a.team() as team_a, pytest.raises(TeamUnreachable):
            team_a.sync(progress=cut_after_first)
        assert Outbox(a.session.db).pending_count() > 0
        report = a.sync()
        assert report.duplicates == 20  # the batch whose answer was lost: nothing doubled
        assert _server_records(team, uuids) == _local_records(a)
        assert Outbox(a.session.db).pending_count() == 0


def test_the_network_gone_mid_pull_goes_on_where_it_was(
        tmp_path: Path, team: Team, proxy: Proxy, monkeypatch: pytest.MonkeyPatch) -> None:
    address = team.server.address
    via_proxy = type(address)(address.host, proxy.port, address.database, address.tls_mode)
    monkeypatch.setattr(team_sync, "PULL_LIMIT", 10)
    with laptops(tmp_path, team, "a") as (a,), laptops(tmp_path, team, "b",
                                                      address=via_proxy) as (b,):
        uuids = _dossiers(a, 3)
        a.sync()
        conn = team.connect("a")
        for uuid in uuids:
            api.set_involved(conn, uuid, team.members["b"].login, True)

        def cut_after_first(progress: SyncProgress) -> None:
            if progress.phase == "pull" and progress.done >= 10:
                proxy.cut()

        with b.team() as team_b, pytest.raises(TeamUnreachable):
            team_b.sync(progress=cut_after_first)
        half = _local_records(b)
        assert 0 < half < _local_records(a)  # the pages before the cut are kept
        b.sync()
        assert _local_records(b) == _local_records(a)
        assert b.session.db.execute("SELECT count(*) FROM sync_parked").fetchone()[0] == 0


_CHILD = """
import sys
from pathlib import Path
from toegang_desktop.domain.access_log import Actor
from toegang_desktop.services import team_sync
team_sync.PUSH_BATCH = 5
store, key = Path(sys.argv[1]), bytes.fromhex(sys.argv[2])
with team_sync.open_team_sync(store, key, Actor("kind", "test", "kind")) as team:
    team.sync(progress=lambda p: print(p.phase, p.done, flush=True))
print("done", flush=True)
"""


def test_the_laptop_killed_mid_sync_resumes_without_a_duplicate(tmp_path: Path,
                                                                 team: Team) -> None:
    with laptops(tmp_path, team, "a") as (a,):
        uuids = _dossiers(a, 8)  # some 40 batches of 5: killed long before the end
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(a.paths.store), a.key.hex()],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=dict(os.environ))
        try:
            first = read_line(child, timeout=60)
            assert first.startswith(b"push"), first
            read_line(child, timeout=60)  # a second batch on its way: kill it now
        finally:
            stop(child)
        wait_for(child, timeout=10)
        left = Outbox(a.session.db).pending_count()
        assert left > 0  # it was killed before the end
        report = a.sync()
        assert report.refused == report.conflicts == 0
        assert _server_records(team, uuids) == _local_records(a)


def test_a_laptop_clock_hours_off_changes_nothing_but_the_time_it_told(
        tmp_path: Path, team: Team) -> None:
    with laptops(tmp_path, team, "a", "b") as (a, b):
        [uuid] = _dossiers(a, 1)
        a.sync()
        api.set_involved(team.connect("a"), uuid, team.members["b"].login, True)
        b.sync()
        # A's clock runs six hours ahead: its change is told as later than B's, but the
        # server orders by its own clock: B's change after A's wins, no conflict.
        rid_a, rid_b = a.local_id(uuid), b.local_id(uuid)
        assert rid_a is not None and rid_b is not None
        resident = a.session.dossiers.resident(rid_a)
        assert resident is not None
        a.session.dossiers.update(replace(resident, phone="0100000001"))
        a.session.db.execute("UPDATE sync_outbox SET at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now',"
                             " '+6 hours') WHERE acked_at IS NULL")
        assert a.sync().pushed >= 1
        b.sync()
        resident_b = b.session.dossiers.resident(rid_b)
        assert resident_b is not None and resident_b.phone == "0100000001"
        b.session.dossiers.update(replace(resident_b, phone="0100000002"))
        report = b.sync()
        assert report.pushed >= 1 and report.conflicts == 0
        a.sync()
        resident = a.session.dossiers.resident(rid_a)
        assert resident is not None and resident.phone == "0100000002"


def test_a_sync_told_to_stop_keeps_what_it_did_and_the_next_goes_on(
        tmp_path: Path, team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(team_sync, "PUSH_BATCH", 10)
    with laptops(tmp_path, team, "a") as (a,):
        uuids = _dossiers(a, 2)
        batches: list[int] = []
        with a.team() as team_a:
            joined_at = team_a.status().last_synced_at  # the join's own sync
            report = team_a.sync(progress=lambda p: batches.append(p.done),
                                 should_stop=lambda: len(batches) >= 1)
            assert report.pushed == 10 and team_a.status().pending_operations > 0
            assert team_a.status().last_synced_at == joined_at  # it did not finish
        final = a.sync()
        assert final.duplicates == 0 and Outbox(a.session.db).pending_count() == 0
        assert _server_records(team, uuids) == _local_records(a)
