"""The summary's derived fields for the team overview, against today's work (Vandaag) over the
same generated caseload: the counts the team leader sees are the ones the professional sees."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from toegang_desktop.domain.journal import ContactKind, JournalEntry
from toegang_desktop.domain.today import TodayKind
from toegang_desktop.services.team_summary import summary_extras
from toegang_desktop.services.today import TodayService
from toegang_desktop.store.database import Database
from toegang_desktop.store.journal import JournalRepository

from .test_today import RULES
from .today_caseload import TODAY, add_conversation, fill


def test_signals_and_evaluations_match_todays_work(db: Database) -> None:
    fill(db)
    items = TodayService(db, RULES).items(TODAY)
    extras = summary_extras(db, RULES, TODAY)
    signals = Counter(i.resident_id for i in items if i.kind is TodayKind.SIGNAL)
    assert {rid: e.signals_to_weigh for rid, e in extras.items() if e.signals_to_weigh} == dict(signals)
    assert sum(signals.values()) > 0
    due = {i.resident_id: i.due for i in items if i.kind is TodayKind.EVALUATION}
    assert {rid: e.plan_evaluation for rid, e in extras.items() if e.plan_evaluation} == due and due
    count = db.execute("SELECT count(*) FROM residents").fetchone()[0]
    assert len(extras) == count  # every dossier, also those with nothing due


def test_the_last_contact_is_the_newest_conversation_or_journal_contact(db: Database) -> None:
    cid = add_conversation(db, "Contact", held=-30)
    rid = db.execute("SELECT resident_id FROM conversations WHERE id = ?", [cid]).fetchone()[0]
    assert summary_extras(db, RULES, TODAY)[rid].last_contact == date(2026, 10, 24)
    JournalRepository(db).add(JournalEntry(resident_id=rid, contact_at=datetime(2026, 11, 20, 10, 15),
                                           kind=ContactKind.PHONE, note="gebeld", written_by="test"))
    extras = summary_extras(db, RULES, TODAY)[rid]
    assert extras.last_contact == date(2026, 11, 20)
    assert extras.wire()["last_contact"] == "2026-11-20"
