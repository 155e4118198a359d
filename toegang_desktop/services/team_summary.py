"""What a laptop tells the team server about each dossier it holds besides its name and legal
term (docs/team-protocol.md, "The summary operation"): the signals not yet weighed, the current
plan's evaluation date when it is due, and the day of the last contact. The server cannot
derive them from the records (signals are computed from the answers by the municipality's
rules, never stored), and the team leader's overview counts them.

Same meaning as today's work (Vandaag, services/today.py): a signal counts from a week after
the conversation until it is weighed (or the conversation is half a year old), an evaluation
when its date has come.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import date

from ..domain.rules import RuleSet
from ..domain.today import TodayKind
from ..store.database import Database
from ..store.sync_outbox import NEW_ID, NOW
from ..store.today import TodayRepository
from .today import TodayService

SUMMARY_TABLE = "team_summary"  # the derived fields' summary operations (docs/team-protocol.md)


@dataclass(frozen=True)
class SummaryExtras:
    signals_to_weigh: int = 0
    plan_evaluation: date | None = None  # the current plan's evaluation date, when due
    last_contact: date | None = None

    def wire(self) -> dict[str, object]:
        """The fields as the summary operation carries them."""
        return {"signals_to_weigh": self.signals_to_weigh,
                "plan_evaluation": self.plan_evaluation.isoformat() if self.plan_evaluation else None,
                "last_contact": self.last_contact.isoformat() if self.last_contact else None}


def summary_extras(db: Database, rules: RuleSet, today: date) -> dict[int, SummaryExtras]:
    """Per local resident id, for every dossier on this laptop (one pass over the caseload)."""
    items = TodayService(db, rules).items(today)
    signals = Counter(i.resident_id for i in items if i.kind is TodayKind.SIGNAL)
    evaluations: dict[int, date] = {}
    for item in items:
        if item.kind is TodayKind.EVALUATION:
            evaluations[item.resident_id] = min(item.due, evaluations.get(item.resident_id, item.due))
    contacts = TodayRepository(db).last_contacts()
    ids = {rid for (rid,) in db.execute("SELECT id FROM residents")}
    return {rid: SummaryExtras(signals.get(rid, 0), evaluations.get(rid), contacts.get(rid))
            for rid in ids}


def queue_summaries(db: Database, rules: RuleSet, today: date) -> int:
    """Queue a summary operation for each held dossier whose fields changed since they last
    went up (team_summary_sent); returns how many were queued (services/team_sync.py)."""
    extras = summary_extras(db, rules, today)
    uuids = {int(i): str(u) for i, u in db.execute(
        "SELECT id, uuid FROM residents WHERE uuid IS NOT NULL")}
    sent = {str(u): str(e) for u, e in db.execute(
        "SELECT resident_uuid, extras FROM team_summary_sent")}
    queued = 0
    with db.atomic():
        for resident_id, fields in sorted(extras.items()):
            uuid = uuids.get(resident_id)
            data = json.dumps(fields.wire(), sort_keys=True)
            if uuid is None or sent.get(uuid) == data:
                continue
            db.execute(
                "INSERT INTO sync_outbox (op_id, kind, table_name, record_id, resident_id,"
                f" data, at) VALUES ({NEW_ID}, 'summary', ?, ?, ?, ?, {NOW})",
                [SUMMARY_TABLE, uuid, uuid, data])
            db.execute("INSERT OR REPLACE INTO team_summary_sent (resident_uuid, extras)"
                       " VALUES (?, ?)", [uuid, data])
            queued += 1
    return queued
