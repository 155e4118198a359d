"""Working as a team on the server (db/server/0002_team_work.sql), on loopback: what version 2
adds to the calls a laptop makes every few minutes, and what the team leader's calls cost.

    .venv/bin/python bench/team_work_bench.py [--members 60] [--residents 3000] [--rounds 30]

Starts a throwaway PostgreSQL (tests/team/pg_cluster.py), makes one team with `members`
professionals and a team leader, loads `residents` fictional dossiers with COPY (coordinators
spread over the team, a fifth with an involved colleague, terms and signals as a laptop's
summaries would set them), and times the API as the app calls it. Each figure is the median of
`rounds` calls. The floors are measured in the same run: the same caseload through version 1's
body (toegang.caseload_v1) and an empty pull's own work, so the ratios say what version 2's
extra columns and lazy end dates cost. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import io
import random
import secrets
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.team_server_bench import fictional_name, fold  # noqa: E402
from tests.team.pg_cluster import start_cluster  # noqa: E402
from toegang_desktop.domain.team import CaseAgreement, ServerAddress, TeamRole  # noqa: E402
from toegang_desktop.team import admin, api  # noqa: E402
from toegang_desktop.team.connection import connect  # noqa: E402

NULL = "\\N"  # COPY's NULL


def median_ms(call: Callable[[], object], rounds: int) -> float:
    call()
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def once_ms(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=60)
    parser.add_argument("--residents", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    rng = random.Random(17)
    cluster = start_cluster()
    rows: list[tuple[str, str]] = []
    try:
        with cluster.connect() as conn:
            admin.create_database(conn, "toegang")
        manager_password = secrets.token_urlsafe(12)
        with cluster.connect(dbname="toegang") as conn:
            admin.init(conn, "beheer", "Beheer", manager_password)
        address = ServerAddress(cluster.host, cluster.port, "toegang", tls_mode="disable")
        password = secrets.token_urlsafe(12)
        verifier = admin.scram_verifier(password)
        logins = [f"prof{n}" for n in range(args.members)]
        with connect(address, "beheer", manager_password) as manager:
            team = api.add_team(manager, "Wijkteam bench")
            for login in logins:
                api.add_member(manager, login, f"Prof {login[4:]}", team, TeamRole.PROFESSIONAL, verifier)
            api.add_member(manager, "leider", "Teamleider", team, TeamRole.TEAM_LEADER, verifier)
        residents = load(cluster, team, logins, args.residents, rng)
        device = str(uuid.uuid4())
        with connect(address, logins[0], password) as prof, \
                connect(address, "leider", password) as lead:
            api.register_device(prof, device, "bench")
            lead_device = str(uuid.uuid4())
            api.register_device(lead, lead_device, "bench")
            page = api.pull(prof, device, 0, None, 5000)
            while page.more:
                page = api.pull(prof, device, page.high, page.high_change, 5000)
            high, change = page.high, page.high_change
            with cluster.connect(dbname="toegang") as superuser:
                # bench only: let the professional call version 1's bodies, the floor
                superuser.execute("GRANT USAGE ON SCHEMA toegang TO prof0")
                superuser.execute("GRANT EXECUTE ON FUNCTION toegang.caseload_v1(text, int), "
                                  "toegang.pull_v1(uuid, bigint, uuid, int) TO prof0")
            v1 = median_ms(lambda: prof.execute("SELECT * FROM toegang.caseload_v1('', 200)").fetchall(),
                           args.rounds)
            v2 = median_ms(lambda: api.caseload(prof, "", 200), args.rounds)
            rows.append((f"caseload('', 200), {args.residents:,} residents: version 1's body (floor)",
                         f"{v1:.1f} ms"))
            rows.append(("caseload('', 200) with involved, last contact, stand-in, contact",
                         f"{v2:.1f} ms ({v2 / v1:.2f}x)"))
            p1 = median_ms(lambda: prof.execute("SELECT toegang.pull_v1(%s, %s, %s, 500)",
                                                (uuid.UUID(device), high, uuid.UUID(change or
                                                 str(uuid.uuid4())))).fetchall(), args.rounds)
            p2 = median_ms(lambda: api.pull(prof, device, high, change, 500), args.rounds)
            rows.append(("pull with nothing new: version 1's body (floor)", f"{p1:.2f} ms"))
            rows.append(("pull with nothing new, end dates checked (nothing due)",
                         f"{p2:.2f} ms ({p2 / p1:.2f}x)"))
            rows.append((f"team_overview(), {args.members} professionals",
                         f"{median_ms(lambda: api.team_overview(lead), args.rounds):.1f} ms"))
            listed = median_ms(lambda: api.overview_list(lead, "overdue_terms", logins[1]), args.rounds)
            rows.append(("overview_list('overdue_terms', one professional)", f"{listed:.1f} ms"))
            mine = [r for r, c in residents if c == logins[1]][:50]
            until = date.today() + timedelta(days=10)
            rows.append((f"stand_in({len(mine)} dossiers at once)",
                         f"{once_ms(lambda: api.stand_in(lead, mine, logins[2], 'Verlof', until)):.1f} ms"))
            with cluster.connect(dbname="toegang") as superuser:
                superuser.execute("UPDATE toegang.stand_ins SET until = now() - interval '1 second'")
            rows.append((f"the next pull that hands {len(mine)} dossiers back",
                         f"{once_ms(lambda: api.pull(prof, device, high, change, 500)):.1f} ms"))
            target = next(r for r, c in residents if c == logins[3])
            glass = once_ms(lambda: api.break_glass(prof, target, "Bewoner belt, coördinator weg"))
            rows.append(("break_glass (reason, grant, log)", f"{glass:.1f} ms"))
            own = next(r for r, c in residents if c == logins[0])
            rows.append(("access_request of one dossier (its coordinator)",
                         f"{median_ms(lambda: api.access_request(prof, own), args.rounds):.1f} ms"))
            meeting = api.new_meeting(prof, date.today(), "Overleg")
            case = api.bring_case(prof, meeting, own, "Vraag aan het team")
            steps = [CaseAgreement(f"stap {n}", "Prof") for n in range(3)]
            recorded = once_ms(lambda: api.record_case(prof, case, [logins[0]], "Advies", steps))
            rows.append(("record_case with 3 agreements into the plan", f"{recorded:.1f} ms"))
        print("| figure | median |\n|---|---|")
        for name, value in rows:
            print(f"| {name} | {value} |")
    finally:
        cluster.stop()


def load(cluster, team: str, logins: list[str], count: int,  # type: ignore[no-untyped-def]
         rng: random.Random) -> list[tuple[str, str]]:
    """COPY the residents (and a conversation record each, so a case's agreement has a plan),
    a fifth with an involved colleague; returns (resident, coordinator) pairs."""
    today = date.today()
    made = []
    residents, records, involved = io.StringIO(), io.StringIO(), io.StringIO()
    with cluster.connect(dbname="toegang") as conn:
        seq = conn.execute("SELECT nextval('toegang.change_seq')").fetchone()[0]
        conn.execute("INSERT INTO toegang.changes (seq, team_id) VALUES (%s, %s)", (seq, team))
        for n in range(count):
            rid, coordinator = str(uuid.uuid4()), logins[n % len(logins)]
            name = fictional_name(rng)
            first, _, rest = name.partition(" ")
            term = today + timedelta(days=rng.randrange(-20, 90)) if rng.random() < 0.6 else None
            evaluation = today + timedelta(days=rng.randrange(-60, 120)) if rng.random() < 0.5 else None
            residents.write(f"{rid}\t{team}\t{coordinator}\t{name}\t {fold(name)}\t"
                            f"{fold(rest + ' ' + first)}\t{term or NULL}\t{rng.choice([0, 0, 0, 1, 2])}\t"
                            f"{evaluation or NULL}\n")
            records.write(f"conversations\t{uuid.uuid4()}\t{rid}\t{team}\t"
                          f'{{"held_on": "{today.isoformat()}", "level": 3}}\t{seq}\t{coordinator}\n')
            if n % 5 == 0:
                involved.write(f"{rid}\t{logins[(n + 1) % len(logins)]}\t{team}\tbench\n")
            made.append((rid, coordinator))
        with conn.cursor() as cursor:
            with cursor.copy("COPY toegang.residents (resident_id, team_id, coordinator, display_name, "
                             "search_key, sort_key, next_legal_term, signals_to_weigh, "
                             "plan_evaluation) FROM STDIN") as copy:
                copy.write(residents.getvalue())
            with cursor.copy("COPY toegang.records (table_name, record_id, resident_id, team_id, "
                             "data, seq, changed_by) FROM STDIN") as copy:
                copy.write(records.getvalue())
            with cursor.copy("COPY toegang.involvement (resident_id, login, team_id, purpose) "
                             "FROM STDIN") as copy:
                copy.write(involved.getvalue())
        conn.execute("ANALYZE")
    return made


if __name__ == "__main__":
    main()
