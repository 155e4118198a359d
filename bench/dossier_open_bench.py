"""Opening a full dossier (issue 18): 10 conversations, 30 agreements and 200 journal entries,
in the real window (the overview read, logged as one look, and the page filled: details,
household, the glance with its chart, the journal's 200 rows, the conversations), median ms.

    .venv/bin/python bench/dossier_open_bench.py [--rounds 30]

The floor, measured in the same run and interleaved with it: the same rows read with plain
SELECTs on a second connection to the same encrypted store, no objects, no widgets. The store
is encrypted with a key, as the app's is. Target: < 50 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.timing import paired_median_ms  # noqa: E402
from toegang_desktop.domain.conversation import Conversation, Place  # noqa: E402
from toegang_desktop.domain.journal import ContactKind, JournalEntry  # noqa: E402
from toegang_desktop.domain.plan import Agreement, Owner, Route  # noqa: E402
from toegang_desktop.domain.resident import HouseholdMember, HouseholdRole, Resident  # noqa: E402
from toegang_desktop.locations import migrations_dir  # noqa: E402
from toegang_desktop.paths import AppPaths  # noqa: E402
from toegang_desktop.services.session import Session, open_session  # noqa: E402
from toegang_desktop.store.connection import open_store  # noqa: E402
from toegang_desktop.store.database import Database  # noqa: E402
from toegang_desktop.ui.shell.launch import build_main_window  # noqa: E402

TODAY = date.today()
TARGET_MS = 50.0
CONVERSATIONS, AGREEMENTS, ENTRIES = 10, 30, 200


def fill(session: Session, seed: int = 18) -> int:
    """One fictional resident with the dossier of the issue; returns their id."""
    rng = random.Random(seed)
    rid = session.dossiers.register(Resident(
        first_names="Bench", surname="Proefdossier", date_of_birth=date(1970, 1, 1),
        household=[HouseholdMember("Kind", "Proefdossier", HouseholdRole.CHILD,
                                   date_of_birth=date(2014, 1, 1))]))
    newest = 0
    for number in range(CONVERSATIONS):
        held = TODAY - timedelta(days=40 * (CONVERSATIONS - number))
        c = session.conversations.start(Conversation(
            resident_id=rid, held_on=held, place=Place.HOME, checklist_id="",
            checklist_version="", melding_date=held, question="Grip op de post"))
        for assessment in c.assessments:
            session.conversations.save_assessment(int(c.id or 0), replace(
                assessment, discussed=True, level=rng.randint(1, 5), own_words="Gaat wel"))
        newest = int(c.id or 0)
    session.plan.save_route(newest, Route(integrated_plan=True, coordinator="Wijkteam",
                                          evaluation_date=TODAY + timedelta(days=30)))
    agreement_ids = [int(session.plan.add_agreement(newest, Agreement(
        f"Afspraak {n}", Owner.TEAM, due_date=TODAY + timedelta(days=rng.randint(-10, 30)),
        domain_keys=["finances"])).id or 0) for n in range(AGREEMENTS)]
    keys = [key for key, _label in session.overview.overview(rid, TODAY).domains]
    journal = session.journal
    written: list[JournalEntry] = []
    for n in range(ENTRIES):
        moment = datetime.combine(TODAY - timedelta(days=ENTRIES - n), time(9 + n % 8, 15))
        if written and n % 10 == 0:  # every tenth a correction of the entry before it
            last = written[-1]
            written.append(journal.correct(last, replace(last, note=last.note + " (verbeterd)")))
            continue
        written.append(journal.add(JournalEntry(
            rid, moment, rng.choice(list(ContactKind)),
            f"Contact {n}: gebeld over de post en de afspraken met de schuldhulp.",
            with_whom=rng.choice(["Inwoner", "Schuldhulp", "Huisarts", "Woonbedrijf"]),
            domains=tuple(rng.sample(keys, 2)), agreement_ids=(rng.choice(agreement_ids),),
            for_resident_report=n % 7 == 0)))
    return rid


def floor_read(db: Database, rid: int) -> int:
    """The same rows the page shows, with plain SELECTs and no objects."""
    rows = db.execute("SELECT * FROM residents WHERE id = ?", [rid]).fetchall()
    rows += db.execute("SELECT * FROM household_members WHERE resident_id = ?", [rid]).fetchall()
    ids = [r[0] for r in db.execute(
        "SELECT id FROM conversations WHERE resident_id = ? ORDER BY held_on DESC", [rid])]
    for cid in ids:
        rows += db.execute("SELECT * FROM conversations WHERE id = ?", [cid]).fetchall()
        rows += db.execute("SELECT * FROM conversation_participants WHERE conversation_id = ?",
                           [cid]).fetchall()
        rows += db.execute("SELECT * FROM domain_assessments WHERE conversation_id = ?",
                           [cid]).fetchall()
        rows += db.execute("SELECT * FROM agreements WHERE conversation_id = ?", [cid]).fetchall()
    rows += db.execute("SELECT * FROM journal_entries WHERE resident_id = ?"
                       " ORDER BY contact_at DESC, id DESC", [rid]).fetchall()
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    key = os.urandom(32)
    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths.in_folder(Path(tmp) / "profiel")
        session = open_session(paths, False, None, None, key=key)
        try:
            rid = fill(session)
        finally:
            session.close()
        window = build_main_window(paths, False, None, key=key)
        assert window is not None
        floor_db = open_store(paths.store, paths.backups, migrations_dir(), key)
        try:
            window.resize(1280, 860)
            window.show()
            window.open_dossier(rid)  # first open loads the rules and builds the page
            app.processEvents()
            open_ms, floor_ms = paired_median_ms(lambda: window.open_dossier(rid),
                                                 lambda: floor_read(floor_db, rid),
                                                 args.rounds, warmup=2)
            shown = window.dossier.journal.model.rowCount()
        finally:
            floor_db.close()
            window.close()
            window._session.close()
    assert shown == ENTRIES, shown
    ok = open_ms < TARGET_MS
    print(f"open dossier ({CONVERSATIONS} conversations, {AGREEMENTS} agreements, {ENTRIES}"
          f" journal entries; window, encrypted store): median {open_ms:.1f} ms over"
          f" {args.rounds} rounds; floor (plain SELECTs of the same rows) {floor_ms:.1f} ms,"
          f" ratio {open_ms / floor_ms:.1f}x; target < {TARGET_MS:.0f} ms:"
          f" {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
