"""Today's work (Vandaag) over a generated caseload: exactly the due items, no near-misses."""

from __future__ import annotations

from toegang_desktop.content.rules import default_rules_path, load_rules
from toegang_desktop.services.content import active_checklist
from toegang_desktop.services.today import TodayService
from toegang_desktop.store.database import Database

from .today_caseload import TODAY, fill

CHECKLIST, _ = active_checklist(None)
RULES = load_rules(default_rules_path(), [d.key for d in CHECKLIST.domains])


def test_vandaag_lists_exactly_the_due_items(db: Database) -> None:
    expected = fill(db)
    items = TodayService(db, RULES).items(TODAY)
    found = {(i.kind.value, i.resident_name.split()[0],
              "dementia" if i.kind == "signal" and "ementi" in i.detail else i.detail)
             for i in items}
    assert found == expected
    assert len(items) == len(expected)  # each once
    assert all(i.conversation_id is not None for i in items)


def test_late_items_come_first(db: Database) -> None:
    fill(db)
    kinds = [i.kind.value for i in TodayService(db, RULES).items(TODAY)]
    assert kinds[:2] == ["agreement", "agreement"]
    assert kinds[-2:] == ["not_final", "not_final"]
