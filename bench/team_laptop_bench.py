"""Team sync through the laptop (issue 16), on a throwaway PostgreSQL on loopback:

- the first sync of a 200-dossier caseload with full content: laptop A (the bench's generated
  store of 200 residents, encrypted) joins and uploads it; laptop B of the same professional
  (an empty store) joins and its first sync brings all of it down, both through
  services/team_join and the real local store. Floor, measured in the same run: the same
  records COPY'd into PostgreSQL plus the same local rows bulk-inserted into an empty store;
- one changed field: A saves a field, A's sync pushes it, B's sync pulls it (target < 100 ms);
- whether the app's start imports the team's client (psycopg) or sqlite-utils (it must not).

    .venv/bin/python bench/team_laptop_bench.py [--size 200] [--rounds 20]

One command, its own cluster (tests/team/pg_cluster.py), stopped at the end. Prints a
Markdown table.
"""

from __future__ import annotations

import argparse
import json
import secrets
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import OUT_DIR, ensure_store  # noqa: E402
from bench.team_server_bench import database  # noqa: E402
from tests.team.pg_cluster import start_cluster  # noqa: E402
from toegang_desktop.domain.access_log import Actor  # noqa: E402
from toegang_desktop.domain.team import TeamRole  # noqa: E402
from toegang_desktop.paths import AppPaths  # noqa: E402
from toegang_desktop.services.session import open_session  # noqa: E402
from toegang_desktop.services.team_join import join  # noqa: E402
from toegang_desktop.services.team_sync import open_store_for, open_team_sync  # noqa: E402
from toegang_desktop.store import keys  # noqa: E402
from toegang_desktop.store.encryption import encrypt_file  # noqa: E402
from toegang_desktop.store.sync_registry import SyncRegistry  # noqa: E402
from toegang_desktop.team import admin, api  # noqa: E402
from toegang_desktop.team.connection import connect  # noqa: E402

ACTOR = Actor("bench", "bench", "bench")
# The app's own start (`start_gui`, as `toegang-desktop --data-dir` does, no team), as
# tests/unit/test_startup_imports.py runs it: the modules loaded at the first paint.
STARTUP_CHECK = """
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from toegang_desktop.cli import build_parser
from toegang_desktop.ui.shell.launch import start_gui
app, window = start_gui(build_parser().parse_args(["--data-dir", sys.argv[1]]))
window.show()
deadline = time.monotonic() + 60
while not window.after_first_paint.finished and time.monotonic() < deadline:
    app.processEvents()
print(json.dumps({m: m in sys.modules for m in ("psycopg", "sqlite_utils")}))
"""


def _laptop_folder(name: str) -> Path:
    folder = OUT_DIR / "scratch" / "team-laptop" / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


def _local_rows(store: Path, key: bytes) -> list[tuple[str, list[str], list[tuple[Any, ...]]]]:
    """Every synced table's rows (all columns), parents first: what the floor inserts."""
    db = open_store_for(store, key)
    try:
        found = []
        for name in SyncRegistry(db).order():
            cursor = db.execute(f"SELECT * FROM {name}")
            columns = [d[0] for d in cursor.description]
            found.append((name, columns, cursor.fetchall()))
        return found
    finally:
        db.close()


def _floor(cluster: Any, database_name: str, login: str, rows: list[tuple[str, list[str],
           list[tuple[Any, ...]]]], key: bytes) -> tuple[float, float, int]:
    """(COPY into PostgreSQL, bulk insert into an empty local store) seconds, and the number
    of records COPY'd: the server's records of the caseload, into a table of their shape."""
    with cluster.connect(dbname=database_name) as conn:
        records = conn.execute(
            "SELECT r.table_name, r.record_id, r.resident_id, r.deleted, r.seq, r.data::text"
            " FROM toegang.records r JOIN toegang.residents x USING (resident_id)"
            " WHERE x.coordinator = %s", (login,)).fetchall()
        conn.execute("CREATE TABLE bench_floor (table_name text, record_id uuid,"
                     " resident_id uuid, deleted boolean, seq bigint, data jsonb)")
        started = time.perf_counter()
        with conn.transaction(), conn.cursor() as cursor, cursor.copy(
                "COPY bench_floor FROM STDIN") as copy:
            for record in records:
                copy.write_row(record)
        copy_s = time.perf_counter() - started
        conn.execute("DROP TABLE bench_floor")
    store = _laptop_folder("floor") / "toegang.sqlite"
    db = open_store_for(store, key)  # an empty, migrated, encrypted store
    try:
        started = time.perf_counter()
        with db.atomic():
            for name, columns, values in rows:
                marks = ", ".join("?" for _ in columns)
                db.conn.executemany(f"INSERT OR REPLACE INTO {name} ({', '.join(columns)})"
                                    f" VALUES ({marks})", values)
        insert_s = time.perf_counter() - started
    finally:
        db.close()
    return copy_s, insert_s, len(records)


def startup_imports() -> dict[str, bool]:
    """What the app's start loads, in a fresh interpreter (no team configured)."""
    folder = _laptop_folder("startup")
    done = subprocess.run([sys.executable, "-c", STARTUP_CHECK, str(folder)], capture_output=True,
                          text=True,
                          timeout=120, check=False, cwd=Path(__file__).resolve().parent.parent)
    if done.returncode != 0:
        raise RuntimeError(f"the start-up import check failed:\n{done.stderr}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args(argv)
    source = ensure_store(args.size).paths.store
    key = keys.new_data_key()
    a_paths = AppPaths.in_folder(_laptop_folder("a"))
    b_paths = AppPaths.in_folder(_laptop_folder("b"))
    shutil.copyfile(source, a_paths.store)
    encrypt_file(a_paths.store, key)
    open_store_for(b_paths.store, key).close()  # B: an empty store
    rows_before = _local_rows(a_paths.store, key)
    local_records = sum(len(values) for _, _, values in rows_before)

    cluster = start_cluster()
    results: list[tuple[str, str]] = []
    try:
        manager_password, password = secrets.token_urlsafe(12), secrets.token_urlsafe(12)
        address = database(cluster, "toegang", "beheer", manager_password)
        with connect(address, "beheer", manager_password) as manager:
            team = api.add_team(manager, "Wijkteam laptop")
            api.add_member(manager, "prof", "Prof", team, TeamRole.PROFESSIONAL,
                           admin.scram_verifier(password))

        started = time.perf_counter()
        joined_a = join(a_paths.store, key, ACTOR, address, "prof", password, "laptop A")
        upload_s = time.perf_counter() - started
        started = time.perf_counter()
        join(b_paths.store, key, ACTOR, address, "prof", password, "laptop B")
        first_sync_s = time.perf_counter() - started
        copy_s, insert_s, copied = _floor(cluster, "toegang", "prof", rows_before, key)
        floor_s = copy_s + insert_s
        b_db = open_store_for(b_paths.store, key)
        b_residents = int(b_db.execute("SELECT count(*) FROM residents").fetchone()[0])
        b_db.close()
        assert joined_a.refused == 0 and b_residents == joined_a.dossiers, (joined_a, b_residents)
        results += [
            (f"first sync, laptop B joins: {b_residents} dossiers, {copied:,} records down"
             f" (join + pull into the encrypted store)", f"{first_sync_s:.2f} s"),
            (f"  floor: the same records COPY'd into PostgreSQL ({copy_s:.2f} s) + the same"
             f" {local_records:,} local rows bulk-inserted ({insert_s:.2f} s)", f"{floor_s:.2f} s"),
            ("  ratio", f"{first_sync_s / floor_s:.1f}x"),
            (f"first upload, laptop A joins with {joined_a.dossiers} dossiers"
             f" ({joined_a.pushed:,} operations up)", f"{upload_s:.2f} s"),
            ("  ratio to the same floor", f"{upload_s / floor_s:.1f}x"),
        ]
        results += one_field(a_paths, b_paths, key, args.rounds)
    finally:
        cluster.stop()
    imported = startup_imports()
    results.append(("start-up without a team imports psycopg / sqlite_utils",
                    f"{imported['psycopg']} / {imported['sqlite_utils']}"))
    print("| figure | value |\n|---|---|")
    for name, value in results:
        print(f"| {name} | {value} |")
    return 0 if not any(imported.values()) else 1


def one_field(a_paths: AppPaths, b_paths: AppPaths, key: bytes,
              rounds: int) -> list[tuple[str, str]]:
    """A saves one field, A's sync pushes it, B's sync pulls it; each laptop's sync over the
    connection it keeps between syncs (as the app's sync worker does while it runs)."""
    a = open_session(a_paths, False, None, None, key=key)
    b = open_session(b_paths, False, None, None, key=key)
    try:
        rid_a = int(a.db.execute("SELECT min(id) FROM residents").fetchone()[0])
        resident_uuid = str(a.db.execute("SELECT uuid FROM residents WHERE id = ?",
                                          [rid_a]).fetchone()[0])
        rid_b = int(b.db.execute("SELECT id FROM residents WHERE uuid = ?",
                                 [resident_uuid]).fetchone()[0])
        push_ms, pull_ms, both_ms = [], [], []
        with open_team_sync(a_paths.store, key, ACTOR) as team_a, \
                open_team_sync(b_paths.store, key, ACTOR) as team_b:
            team_a.sync()
            team_b.sync()
            for number in range(rounds + 1):
                resident = a.dossiers.resident(rid_a)
                assert resident is not None
                phone = f"01000{number:05d}"
                a.dossiers.update(replace(resident, phone=phone))
                started = time.perf_counter()
                report = team_a.sync()
                pushed = time.perf_counter()
                team_b.sync()
                done = time.perf_counter()
                assert report.pushed >= 1 and report.conflicts == 0, report
                found = b.dossiers.resident(rid_b)
                assert found is not None and found.phone == phone, (found, phone)
                if number:  # the first round warms plans and caches
                    push_ms.append((pushed - started) * 1000)
                    pull_ms.append((done - pushed) * 1000)
                    both_ms.append((done - started) * 1000)
    finally:
        a.close()
        b.close()
    p95 = sorted(both_ms)[max(0, int(len(both_ms) * 0.95) - 1)]
    return [(f"one changed field: A's sync (push), median of {rounds}",
             f"{statistics.median(push_ms):.1f} ms"),
            ("  B's sync (pull)", f"{statistics.median(pull_ms):.1f} ms"),
            ("  A to B, both syncs (target < 100 ms)",
             f"{statistics.median(both_ms):.1f} ms (p95 {p95:.1f} ms)")]


if __name__ == "__main__":
    sys.exit(main())
