"""Figures for the access log and the purge (docs/security.md, "Toegangslog"):

    .venv/bin/python bench/privacy_bench.py [--lines 100000] [--residents 10000]

1. log lines for one typical conversation recorded with autosave (a save every 400 ms while
   typing, on a simulated clock), by action;
2. the time to verify a chain of N lines;
3. the time to purge one dossier, and 100 dossiers, from a store of M residents (search index
   merge and WAL checkpoint included).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import people
from toegang_desktop.domain.access_log import AccessAction, AccessResult
from toegang_desktop.domain.conversation import Conversation, Duration, Place
from toegang_desktop.domain.investigation import Topic, TopicRecord, TopicState
from toegang_desktop.domain.plan import Agreement, Owner, Route
from toegang_desktop.domain.resident import Resident
from toegang_desktop.domain.retention import RetentionLaw
from toegang_desktop.paths import AppPaths
from toegang_desktop.services.report import ReportVariant
from toegang_desktop.services.session import Session, open_session
from toegang_desktop.store.access_log import AccessLogRepository

SAVE_SECONDS = 0.4  # the autosave interval


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def typical_conversation(session: Session, clock: Clock, folder: Path) -> Counter[str]:
    """Register, open, hold a 17-domain conversation typed with autosave, plan, report."""
    log = session.access_log
    start = log.verify().checked
    resident_id = session.dossiers.register(Resident(
        first_names="Jan", surname="Proefpersoon", date_of_birth=date(1978, 4, 12)))
    session.dossiers.open(resident_id)
    conversation = session.conversations.start(Conversation(
        resident_id=resident_id, held_on=date.today(), place=Place.HOME,
        checklist_id="", checklist_version=""))
    cid = int(conversation.id or 0)
    session.conversations.open(cid)
    for typed in range(1, 41):  # the question, typed: a save every 400 ms
        conversation.question = "Vraag " + "x" * typed
        session.conversations.update_header(conversation)
        clock.now += SAVE_SECONDS
    for assessment in conversation.assessments:
        current = replace(assessment, discussed=True, level=3)
        session.conversations.save_assessment(cid, current)
        for name, saves in (("own_words", 60), ("strengths", 15), ("wishes", 15), ("notes", 20)):
            for typed in range(1, saves + 1):
                current = replace(current, **{name: "w" * typed})
                session.conversations.save_assessment(cid, current)
                clock.now += SAVE_SECONDS
        current = replace(current, help_network=True, wants_to_talk=True,
                          duration=Duration.LONG_TERM)
        session.conversations.save_assessment(cid, current)
        clock.now += 20.0  # talking before the next domain
    session.plan.save_route(cid, Route(stays_involved=True))
    for what in ("Aanmelden bij schuldhulp", "Wekelijks bellen"):
        session.plan.add_agreement(cid, Agreement(what=what, owner=Owner.TEAM,
                                                  domain_keys=["finances"]))
    for topic in Topic:
        session.investigation.save_topic(cid, topic, TopicRecord(TopicState.COVERED))
    for variant in (ReportVariant.RESIDENT, ReportVariant.FILE):
        session.report.export(cid, variant, folder / f"{variant.value}.pdf")
    lines = list(log._repo.lines())[start:]  # noqa: SLF001
    return Counter(line.action for line in lines)


def verify_seconds(folder: Path, count: int) -> tuple[float, float]:
    session = open_session(AppPaths.in_folder(folder / "chain"), False, None, None)
    try:
        repo = AccessLogRepository(session.db)
        started = time.perf_counter()
        with session.db.atomic():
            for number in range(count):
                repo.append(session.access_log.actor, AccessAction.VIEW, AccessResult.OK,
                            number % 5000 + 1)
        appended = time.perf_counter() - started
        started = time.perf_counter()
        result = session.access_log.verify()
        took = time.perf_counter() - started
        assert result.ok and result.checked == count
        return appended, took
    finally:
        session.close()


def purge_seconds(folder: Path, residents: int) -> tuple[float, float, int]:
    session = open_session(AppPaths.in_folder(folder / "purge"), False, None, None)
    rng, taken = random.Random(7), set[str]()
    try:
        ids = []
        with session.db.atomic():
            for _ in range(residents):
                ids.append(session.dossiers.register(people.make_resident(rng, taken,
                                                                          date.today())))
        for resident_id in ids[:101]:
            session.privacy.close_dossier(resident_id, RetentionLaw.WMO, date(2000, 1, 1),
                                          confirmed=True)
        started = time.perf_counter()
        session.privacy.purge_due([ids[0]])
        one = time.perf_counter() - started
        started = time.perf_counter()
        gone = session.privacy.purge_due(ids[1:101]).removed
        hundred = time.perf_counter() - started
        return one, hundred, gone
    finally:
        session.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--residents", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        session = open_session(AppPaths.in_folder(folder / "talk"), False, None, None)
        clock = Clock()
        session.access_log._clock = clock  # noqa: SLF001 - simulated time
        try:
            counts = typical_conversation(session, clock, folder)
        finally:
            session.close()
        print(f"typical conversation: {sum(counts.values())} lines {dict(counts)}"
              f" over {clock.now / 60:.0f} simulated minutes")
        appended, verified = verify_seconds(folder, args.lines)
        print(f"chain of {args.lines:,} lines: appended in {appended:.1f} s,"
              f" verified in {verified:.2f} s")
        one, hundred, gone = purge_seconds(folder, args.residents)
        print(f"purge from {args.residents:,} residents: one dossier {one:.2f} s,"
              f" {gone} dossiers {hundred:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
