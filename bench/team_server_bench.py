"""The team server on loopback: the team list's search with 500,000 residents, and one changed
field pushed by one laptop and pulled by another.

    .venv/bin/python bench/team_server_bench.py [--residents 500000] [--teams 50] [--rounds 30]

Starts a throwaway PostgreSQL (tests/team/pg_cluster.py), loads fictional residents with COPY
(the floor: that is what loading them costs without the app), and times the API functions as
a professional would call them. Each figure is the median of `rounds` calls; the search is
measured twice: residents spread over `teams` teams (a municipality's server) and all in one
team (the worst case for the index). Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import random
import secrets
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import names  # noqa: E402
from tests.team.pg_cluster import start_cluster  # noqa: E402
from toegang_desktop.domain.team import OperationKind, ServerAddress, TeamOperation, TeamRole  # noqa: E402
from toegang_desktop.team import admin, api  # noqa: E402
from toegang_desktop.team.connection import connect  # noqa: E402

ORIGINS = (names.DUTCH, names.TURKISH, names.POLISH, names.MOROCCAN, names.SURINAMESE,
           names.UKRAINIAN, names.ERITREAN)
SEARCHES = ("", "j", "jan", "de vries", "bakker", "yil", "el", "zxq", "jan de")


def median_ms(call: Callable[[], object], rounds: int) -> float:
    call()  # warm: plans, caches
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def fictional_name(rng: random.Random) -> str:
    origin = rng.choices(ORIGINS, weights=[o.weight for o in ORIGINS])[0]
    first = rng.choice(origin.first_names)
    prefix, surname = rng.choice(origin.surnames)
    return " ".join(part for part in (first, prefix, surname) if part)


def load_residents(conn, team_ids: list[str], coordinators: list[str], count: int,  # type: ignore[no-untyped-def]
                   rng: random.Random) -> float:
    """COPY `count` residents into the teams (and their words); returns the seconds it took
    (the floor: loading without the app)."""
    buffer = io.StringIO()
    born = date(1940, 1, 1)
    for n in range(count):
        team = n % len(team_ids)
        name = fictional_name(rng)
        first, _, rest = name.partition(" ")
        buffer.write(f"{uuid.uuid4()}\t{team_ids[team]}\t{coordinators[team]}\t{name}\t"
                     f" {fold(name)}\t{fold(rest + ' ' + first)}\t"
                     f"{born + timedelta(days=rng.randrange(30000))}\n")
    started = time.perf_counter()
    with conn.cursor() as cursor, cursor.copy(
            "COPY toegang.residents (resident_id, team_id, coordinator, display_name, search_key, "
            "sort_key, date_of_birth) FROM STDIN") as copy:
        copy.write(buffer.getvalue())
    # The team list's word index, as toegang.index_words makes it for each summary operation.
    conn.execute("INSERT INTO toegang.resident_words (team_id, word, resident_id, sort_key, search_key) "
                 "SELECT DISTINCT r.team_id, w, r.resident_id, r.sort_key, r.search_key "
                 "FROM toegang.residents r, regexp_split_to_table(btrim(r.search_key), ' ') AS w "
                 "WHERE w <> '' AND NOT EXISTS (SELECT 1 FROM toegang.resident_words x "
                 "WHERE x.resident_id = r.resident_id)")
    conn.execute("VACUUM ANALYZE toegang.residents")
    conn.execute("VACUUM ANALYZE toegang.resident_words")
    return time.perf_counter() - started


_FOLD = str.maketrans("áàäâãåéèëêíìïîóòöôõøúùüûýÿçñ'’-", "aaaaaaeeeeiiiioooooouuuuyycn   ")


def fold(text: str) -> str:
    """As toegang.fold on the server (lower case, accents off, quotes and dashes to spaces)."""
    return " ".join(text.lower().translate(_FOLD).split())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--residents", type=int, default=500_000)
    parser.add_argument("--teams", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--load-seconds", type=float, default=0,
                        help="also: 60 professionals of one team pushing and pulling this long")
    args = parser.parse_args()
    rng = random.Random(16)
    cluster = start_cluster()
    try:
        manager_password = secrets.token_urlsafe(12)
        address = database(cluster, "toegang", "beheer", manager_password)
        rows = first_sync(address, manager_password, cluster)
        if args.load_seconds:
            for pause in (0.0, 1.0):
                rows += sixty_professionals(address, manager_password, args.load_seconds, pause)
        # Each team-list scenario on a fresh database of its own: loading one after deleting
        # the other measured the leftovers (bloated indexes), not the search.
        for number, (label, teams) in enumerate(((f"{args.teams} teams", args.teams), ("1 team", 1))):
            name = f"toegang_list{number}"
            where = database(cluster, name, f"beheer{number}", manager_password)
            rows += run_round(cluster, where, f"beheer{number}", manager_password, label, teams,
                              args, rng)
        print("| figure | median |\n|---|---|")
        for name, value in rows:
            print(f"| {name} | {value} |")
    finally:
        cluster.stop()


def database(cluster, name: str, manager: str, password: str) -> ServerAddress:  # type: ignore[no-untyped-def]
    """A fresh database with the server's schema and its application manager."""
    with cluster.connect() as conn:
        admin.create_database(conn, name)
    with cluster.connect(dbname=name) as conn:
        admin.init(conn, manager, manager, password)
    return ServerAddress(cluster.host, cluster.port, name, tls_mode="disable")


def run_round(cluster, address: ServerAddress, manager: str, manager_password: str,  # type: ignore[no-untyped-def]
              label: str, teams: int, args: argparse.Namespace,
              rng: random.Random) -> list[tuple[str, str]]:
    results: list[tuple[str, str]] = []
    prefix = f"t{teams}x"
    with connect(address, manager, manager_password) as admin_conn:
        team_ids, coordinators = [], []
        password = secrets.token_urlsafe(12)
        verifier = admin.scram_verifier(password)
        for number in range(teams):
            team_ids.append(api.add_team(admin_conn, f"{prefix} team {number}"))
            coordinators.append(f"{prefix}prof{number}")
            api.add_member(admin_conn, coordinators[-1], f"Prof {number}", team_ids[-1],
                           TeamRole.PROFESSIONAL, verifier)
        api.add_member(admin_conn, f"{prefix}colleague", "Collega", team_ids[0],
                       TeamRole.PROFESSIONAL, verifier)
    with cluster.connect(dbname=address.database) as superuser:
        seconds = load_residents(superuser, team_ids, coordinators, args.residents, rng)
    results.append((f"COPY {args.residents:,} residents ({label}) (floor)", f"{seconds:.1f} s"))
    with connect(address, coordinators[0], password) as conn:
        for search in SEARCHES:
            found = len(api.caseload(conn, search, 200))
            ms = median_ms(lambda s=search: api.caseload(conn, s, 200), args.rounds)
            results.append((f"caseload({search!r}, 200), {args.residents:,} residents in "
                            f"{label}: {found} rows", f"{ms:.1f} ms"))
        if teams > 1:
            results += push_pull(address, coordinators[0], f"{prefix}colleague", password, args.rounds)
    return results


def push_pull(address: ServerAddress, login_a: str, login_b: str, password: str,
              rounds: int) -> list[tuple[str, str]]:
    device_a, device_b = str(uuid.uuid4()), str(uuid.uuid4())
    with connect(address, login_a, password) as a, connect(address, login_b, password) as b:
        api.register_device(a, device_a, "A")
        api.register_device(b, device_b, "B")
        resident, record = str(uuid.uuid4()), str(uuid.uuid4())
        now = time.perf_counter

        def op(kind: OperationKind, table: str = "conversations", record_id: str = record,
               **fields: object) -> TeamOperation:
            return TeamOperation(str(uuid.uuid4()), kind, table, record_id, resident,
                                 datetime.now(UTC), **fields)  # type: ignore[arg-type]

        api.push(a, device_a, [op(OperationKind.INSERT, "residents", resident, data={}),
                               op(OperationKind.INSERT, data={"level": 0})])
        api.set_involved(a, resident, login_b, True)
        page = api.pull(b, device_b, 0, None, 500)
        since, change = page.high, page.high_change
        value = [0]
        push_times, pull_times, both = [], [], []
        for _ in range(rounds):
            started = now()
            api.push(a, device_a, [op(OperationKind.UPDATE, field="level", before=value[0],
                                      after=value[0] + 1)])
            pushed = now()
            page = api.pull(b, device_b, since, change, 500)
            done = now()
            assert page.records and page.records[-1].data["level"] == value[0] + 1
            since, change = page.high, page.high_change
            value[0] += 1
            push_times.append((pushed - started) * 1000)
            pull_times.append((done - pushed) * 1000)
            both.append((done - started) * 1000)
    return [("push of one changed field (A)", f"{statistics.median(push_times):.1f} ms"),
            ("pull of it (B)", f"{statistics.median(pull_times):.1f} ms"),
            ("one field from A to B, push + pull (target < 100 ms)",
             f"{statistics.median(both):.1f} ms")]


def first_sync(address: ServerAddress, manager_password: str, cluster) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """A caseload of 200 dossiers with full content (50 records each: conversations, domain
    assessments, journal lines; about 0.5 KB of JSON each) pulled whole by a second laptop of
    the same professional, against the floor: the same rows read with COPY."""
    password = secrets.token_urlsafe(12)
    with connect(address, "beheer", manager_password) as manager:
        team = api.add_team(manager, "Wijkteam eerste sync")
        api.add_member(manager, "eerstesync", "Eerste Sync", team, TeamRole.PROFESSIONAL,
                       admin.scram_verifier(password))
    filler = "Inwoner vertelt over de week, de buurt en wat goed gaat. " * 8
    with connect(address, "eerstesync", password) as conn:
        device, second = str(uuid.uuid4()), str(uuid.uuid4())
        api.register_device(conn, device, "laptop")
        api.register_device(conn, second, "tweede laptop")
        started = time.perf_counter()
        for _ in range(200):
            resident = str(uuid.uuid4())
            ops = [TeamOperation(str(uuid.uuid4()), OperationKind.INSERT, "residents", resident,
                                 resident, datetime.now(UTC), data={"surname": "Test"})]
            ops += [TeamOperation(str(uuid.uuid4()), OperationKind.INSERT,
                                  ("conversations", "domain_assessments", "dossier_events")[n % 3],
                                  str(uuid.uuid4()), resident, datetime.now(UTC),
                                  data={"n": n, "level": n % 5 + 1, "notes": filler})
                    for n in range(49)]
            api.push(conn, device, ops)
        pushed = time.perf_counter() - started
        started = time.perf_counter()
        since, change, count = 0, None, 0
        while True:
            page = api.pull(conn, second, since, change, 2000)
            count += len(page.records)
            since, change = page.high, page.high_change
            if not page.more:
                break
        pulled = time.perf_counter() - started
    with cluster.connect(dbname=address.database) as superuser:
        started = time.perf_counter()
        with superuser.cursor() as cursor, cursor.copy(
                "COPY (SELECT r.table_name, r.record_id, r.resident_id, r.deleted, r.seq, r.data "
                "FROM toegang.records r JOIN toegang.residents x USING (resident_id) "
                "WHERE x.coordinator = 'eerstesync' ORDER BY r.seq) TO STDOUT") as copy:
            size = sum(len(block) for block in copy)
        floor = time.perf_counter() - started
    return [(f"first sync: pull of 200 dossiers, {count:,} records, pages of 2,000", f"{pulled:.2f} s"),
            (f"  floor: the same rows with COPY ({size / 2**20:.1f} MB)", f"{floor:.2f} s"),
            ("  ratio", f"{pulled / floor:.1f}x"),
            ("  (pushing them up first, 200 pushes of 50 operations)", f"{pushed:.2f} s")]


def sixty_professionals(address: ServerAddress, manager_password: str, seconds: float,
                        pause: float = 0.0, count: int = 60) -> list[tuple[str, str]]:
    """`count` professionals of one team (the largest team the issue names: one lock, one log
    chain), each changing a field of one of their 5 dossiers and pulling, for `seconds`, with
    `pause` seconds between rounds (0: as fast as the server answers, its capacity).
    Afterwards every field must hold the last value its professional pushed: nothing lost."""
    import threading

    password = secrets.token_urlsafe(12)
    with connect(address, "beheer", manager_password) as manager:
        team = api.add_team(manager, f"Wijkteam load {pause:g}")
        verifier = admin.scram_verifier(password)
        logins = [f"load{n}p{int(pause * 1000)}" for n in range(count)]
        for login in logins:
            api.add_member(manager, login, login, team, TeamRole.PROFESSIONAL, verifier)
    push_ms: list[float] = []
    pull_ms: list[float] = []
    errors: list[str] = []
    lost: list[str] = []
    start = threading.Barrier(count + 1)

    def professional(login: str) -> None:
        try:
            with connect(address, login, password) as conn:
                device = str(uuid.uuid4())
                api.register_device(conn, device, login)
                records = []
                for _ in range(5):
                    resident, record = str(uuid.uuid4()), str(uuid.uuid4())
                    api.push(conn, device, [
                        TeamOperation(str(uuid.uuid4()), OperationKind.INSERT, "residents", resident,
                                      resident, datetime.now(UTC), data={}),
                        TeamOperation(str(uuid.uuid4()), OperationKind.INSERT, "conversations",
                                      record, resident, datetime.now(UTC), data={"level": 0})])
                    records.append([resident, record, 0])
                page = api.pull(conn, device, 0, None, 500)
                since, change = page.high, page.high_change
                start.wait(timeout=120)
                deadline = time.perf_counter() + seconds
                n = 0
                while time.perf_counter() < deadline:
                    entry = records[n % len(records)]
                    n += 1
                    t0 = time.perf_counter()
                    result = api.push(conn, device, [TeamOperation(
                        str(uuid.uuid4()), OperationKind.UPDATE, "conversations", entry[1], entry[0],
                        datetime.now(UTC), field="level", before=entry[2], after=entry[2] + 1)])
                    t1 = time.perf_counter()
                    page = api.pull(conn, device, since, change, 500)
                    t2 = time.perf_counter()
                    if result[0].status.value != "applied":
                        errors.append(f"{login}: {result[0]}")
                    entry[2] += 1
                    since, change = page.high, page.high_change
                    push_ms.append((t1 - t0) * 1000)
                    pull_ms.append((t2 - t1) * 1000)
                    time.sleep(pause)
                everything = api.pull(conn, device, 0, None, 5000).records
                final = {r.record_id: r.data.get("level") for r in everything}
                lost.extend(f"{login} {rec}" for _, rec, value in records if final.get(rec) != value)
        except Exception as error:  # counted, not raised: the figure says how many
            errors.append(f"{login}: {error!r}")
            with contextlib.suppress(threading.BrokenBarrierError):
                start.abort()

    threads = [threading.Thread(target=professional, args=(login,)) for login in logins]
    for thread in threads:
        thread.start()
    start.wait(timeout=300)
    for thread in threads:
        thread.join(timeout=seconds + 120)
    operations = len(push_ms) + len(pull_ms)

    def p95(values: list[float]) -> float:
        return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else float("nan")

    how = f"pause {pause:g} s between rounds" if pause else "no pause"
    return [(f"{count} professionals of one team, {seconds:g} s, {how}: push + pull calls",
             f"{operations}"),
            ("  calls per second", f"{operations / seconds:.0f}"),
            ("  push, median / 95th percentile", f"{statistics.median(push_ms):.1f} / {p95(push_ms):.1f} ms"),
            ("  pull, median / 95th percentile", f"{statistics.median(pull_ms):.1f} / {p95(pull_ms):.1f} ms"),
            ("  errors", f"{len(errors)}" + (f" (first: {errors[0][:120]})" if errors else "")),
            ("  lost operations", f"{len(lost)}")]


if __name__ == "__main__":
    main()
