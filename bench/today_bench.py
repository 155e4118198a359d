"""Today's work (Vandaag) over a caseload of 300 dossiers: TodayService.items, median ms.

    .venv/bin/python bench/today_bench.py [--dossiers 300] [--rounds 30]

Each dossier has three conversations (about 13 months, 6 months and 1-5 months ago) with all
life domains filled in, markers on some, a route with an evaluation date and three agreements;
so every kind of item occurs and the rules run on a realistic number of conversations.
The store is encrypted with a key, as the app's is. Target: < 100 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from statistics import median

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from toegang_desktop.content.rules import default_rules_path, load_rules  # noqa: E402
from toegang_desktop.domain.conversation import (  # noqa: E402
    Conversation,
    DomainAssessment,
    Marker,
    Place,
)
from toegang_desktop.domain.plan import Agreement, AgreementStatus, Owner, Route  # noqa: E402
from toegang_desktop.domain.resident import Resident  # noqa: E402
from toegang_desktop.locations import migrations_dir  # noqa: E402
from toegang_desktop.services.content import active_checklist  # noqa: E402
from toegang_desktop.services.today import TodayService  # noqa: E402
from toegang_desktop.store.connection import open_store  # noqa: E402
from toegang_desktop.store.conversations import ConversationRepository  # noqa: E402
from toegang_desktop.store.database import Database  # noqa: E402
from toegang_desktop.store.plan import PlanRepository  # noqa: E402
from toegang_desktop.store.residents import ResidentRepository  # noqa: E402

TODAY = date(2026, 11, 23)
TARGET_MS = 100.0


def fill(db: Database, dossiers: int, seed: int = 18) -> None:
    checklist, _ = active_checklist(None)
    rng = random.Random(seed)
    residents, conversations, plan = (ResidentRepository(db), ConversationRepository(db),
                                      PlanRepository(db))
    with db.atomic():
        for n in range(dossiers):
            rid = residents.add(Resident(first_names=f"Bench{n}", surname="Proef",
                                         date_of_birth=date(1950 + n % 50, 1, 1)))
            for held in (400 + rng.randrange(30), 190 + rng.randrange(30), 10 + rng.randrange(140)):
                assessments = [
                    DomainAssessment(domain_key=d.key, label=d.label, position=i, discussed=True,
                                     level=rng.choice((2, 3, 3, 4, 4, 5)),
                                     wants_to_talk=rng.random() < 0.2)
                    for i, d in enumerate(checklist.domains)]
                markers = {Marker.CHRONIC_CONDITION} if rng.random() < 0.3 else set()
                cid = conversations.add(Conversation(
                    resident_id=rid, held_on=TODAY - timedelta(days=held), place=Place.HOME,
                    checklist_id=checklist.id, checklist_version=checklist.version,
                    melding_date=TODAY - timedelta(days=held + 3), assessments=assessments,
                    markers=markers,
                    finalised_on=None if held < 40 else TODAY - timedelta(days=held - 20)))
                plan.save_route(cid, Route(
                    evaluation_date=TODAY + timedelta(days=rng.randrange(-60, 60))))
                for k in range(3):
                    plan.add_agreement(cid, Agreement(
                        what=f"afspraak {k}", owner=Owner.TEAM,
                        status=rng.choice(list(AgreementStatus)),
                        due_date=TODAY + timedelta(days=rng.randrange(-30, 30))))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dossiers", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args(argv)
    checklist, _ = active_checklist(None)
    rules = load_rules(default_rules_path(), [d.key for d in checklist.domains])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "toegang.sqlite"
        db = open_store(path, Path(tmp) / "backups", migrations_dir(), key=os.urandom(32))
        try:
            fill(db, args.dossiers)
            service = TodayService(db, rules)
            items = service.items(TODAY)  # warm: the first run pays for the page cache
            times = []
            for _ in range(args.rounds):
                start = time.perf_counter()
                service.items(TODAY)
                times.append((time.perf_counter() - start) * 1000)
        finally:
            db.close()
    kinds: dict[str, int] = {}
    for item in items:
        kinds[item.kind.value] = kinds.get(item.kind.value, 0) + 1
    took = median(times)
    print(f"Vandaag over {args.dossiers} dossiers ({3 * args.dossiers} conversations):"
          f" median {took:.1f} ms, max {max(times):.1f} ms over {args.rounds} rounds;"
          f" {len(items)} items {kinds}; target < {TARGET_MS:.0f} ms:"
          f" {'met' if took < TARGET_MS else 'MISSED'}")
    return 0 if took < TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
