"""The first upload of a 200-dossier store to a real team server (a throwaway PostgreSQL
cluster, as the team tests start it), and one changed field pushed and pulled by a second
laptop. Needs Debian's postgresql package.

    .venv/bin/python bench/team_upload_bench.py [--size 200]
"""

from __future__ import annotations

import argparse
import secrets
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import ensure_store  # noqa: E402
from tests.team.pg_cluster import start_cluster  # noqa: E402
from toegang_desktop.domain.access_log import Actor  # noqa: E402
from toegang_desktop.domain.team import ServerAddress, TeamRole  # noqa: E402
from toegang_desktop.paths import AppPaths  # noqa: E402
from toegang_desktop.services.session import open_session  # noqa: E402
from toegang_desktop.services.team_join import join  # noqa: E402
from toegang_desktop.services.team_sync import open_team_sync  # noqa: E402
from toegang_desktop.store.encryption import encrypt_plain_store  # noqa: E402
from toegang_desktop.team import admin, api  # noqa: E402

ACTOR = Actor("bench", "bench", "bench")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=200)
    args = parser.parse_args(argv)
    source = ensure_store(args.size).paths.store
    cluster = start_cluster()
    work = Path(tempfile.mkdtemp(prefix="team-bench-"))
    try:
        with cluster.connect() as conn:
            admin.create_database(conn, "toegang")
        manager_password = secrets.token_urlsafe(12)
        with cluster.connect(dbname="toegang") as conn:
            admin.init(conn, "beheer", "Applicatiebeheer", manager_password)
        address = ServerAddress(cluster.host, cluster.port, "toegang", tls_mode="disable")
        from toegang_desktop.team.connection import connect

        manager = connect(address, "beheer", manager_password)
        api.add_team(manager, "Wijkteam bench")
        passwords = {}
        for login in ("prof.a", "prof.b"):
            passwords[login] = secrets.token_urlsafe(12)
            api.add_member(manager, login, login.upper(), "Wijkteam bench",
                           TeamRole.PROFESSIONAL, admin.scram_verifier(passwords[login]))
        manager.close()

        key = secrets.token_bytes(32)
        paths_a = AppPaths.in_folder(work / "a")
        paths_a.root.mkdir(parents=True)
        shutil.copyfile(source, paths_a.store)
        encrypt_plain_store(paths_a.store, key, paths_a.backups)
        started = time.perf_counter()
        report = join(paths_a.store, key, ACTOR, address, "prof.a", passwords["prof.a"], "laptop a")
        upload_s = time.perf_counter() - started
        print(f"first upload (join) of {report.dossiers} dossiers, {report.records} records:"
              f" {upload_s:.2f} s ({report.pushed} operations applied)")

        # B is involved in one dossier: one changed field, pushed by A and pulled by B.
        a = open_session(paths_a, False, None, None, key=key)
        rid = int(a.db.execute("SELECT min(id) FROM residents").fetchone()[0])
        uuid = str(a.db.execute("SELECT uuid FROM residents WHERE id = ?", [rid]).fetchone()[0])
        api.set_involved(connect(address, "prof.a", passwords["prof.a"]), uuid, "prof.b", True)
        paths_b = AppPaths.in_folder(work / "b")
        key_b = secrets.token_bytes(32)
        b = open_session(paths_b, False, None, None, key=key_b)
        join(paths_b.store, key_b, ACTOR, address, "prof.b", passwords["prof.b"], "laptop b")
        times, whole = [], []
        with open_team_sync(paths_a.store, key, ACTOR) as team_a, \
                open_team_sync(paths_b.store, key_b, ACTOR) as team_b:
            team_a.sync()
            team_b.sync()
            for i in range(20):
                resident = a.dossiers.resident(rid)
                assert resident is not None
                a.dossiers.update(replace(resident, phone=f"01000000{i:02d}"))
                started = time.perf_counter()
                team_a.push()
                team_b.pull()
                times.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                team_a.sync()
                team_b.sync()
                whole.append((time.perf_counter() - started) * 1000)
        rid_b = int(b.db.execute("SELECT id FROM residents WHERE uuid = ?", [uuid]).fetchone()[0])
        assert b.dossiers.resident(rid_b).phone == "0100000019"  # type: ignore[union-attr]
        print(f"one changed field pushed by A and pulled by B: median"
              f" {statistics.median(times):.0f} ms, max {max(times):.0f} ms over {len(times)};"
              f" two whole syncs (with the log, the team list, the conflicts) after it: median"
              f" {statistics.median(whole):.0f} ms")
        a.close()
        b.close()
    finally:
        cluster.stop()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
