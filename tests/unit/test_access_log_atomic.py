"""A change and its access-log line commit together or not at all (issue 14).

Every service write to a dossier goes through `AccessLog.change`; this test finds those
methods in the code, so a new write path must get a scenario here, and checks for each one
that (1) its data and its log line are in one transaction and (2) when the log line cannot be
written, nothing of the change is stored."""

from __future__ import annotations

import ast
import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from toegang_desktop.domain.conversation import Conversation, Decision, Place, SignalDecision
from toegang_desktop.domain.investigation import Topic, TopicRecord
from toegang_desktop.domain.journal import ContactKind, JournalEntry
from toegang_desktop.domain.learning import Bottleneck, BottleneckCategory
from toegang_desktop.domain.plan import Agreement, Owner, Route
from toegang_desktop.domain.resident import Resident
from toegang_desktop.domain.retention import ErasureReason, RetentionLaw
from toegang_desktop.domain.safety import SafetyRecord
from toegang_desktop.domain.team import ServerAddress, TeamCaseloadRow
from toegang_desktop.paths import AppPaths
from toegang_desktop.services import (
    conversations,
    dossiers,
    investigation,
    journal,
    learning,
    plan,
    privacy,
    recognition,
    safety,
    team_sync,
    transfer,
)
from toegang_desktop.services.session import Session, open_session
from toegang_desktop.services.team_sync import TeamSync
from toegang_desktop.store.sync_outbox import Operation
from toegang_desktop.store.sync_registry import SyncRegistry
from toegang_desktop.store.sync_state import TeamLogin, TeamStore

MODULES = (dossiers, conversations, plan, safety, recognition, investigation, learning,
           privacy, transfer, journal, team_sync)
# The team sync's own bookkeeping (where the pull stands, the outbox, the caseload list):
# no dossier data, so no access-log line.
SYNC_BOOKKEEPING = ("sync_", "team_")
# Writes that are about no dossier (the partner directory, neighbourhood signals) or are no
# change (scrubbing freed pages after a purge): they need no access-log line.
NOT_ABOUT_A_DOSSIER = {"PlanService.save_partner", "PlanService.prefill_from",
                       "LearningService.save_signal", "LearningService.remove_signal",
                       "PrivacyService._flush"}


@dataclass
class Ctx:
    session: Session
    resident_id: int
    conversation_id: int
    agreement_id: int
    bottleneck_id: int
    closed_id: int
    export: Path
    journal_entry_id: int


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[Ctx]:
    s = open_session(AppPaths.in_folder(tmp_path / "profiel"), False, None, None)
    resident_id = s.dossiers.register(Resident(first_names="Anna", surname="Fictief",
                                               date_of_birth=date(1970, 3, 3)))
    closed_id = s.dossiers.register(Resident(first_names="Bert", surname="Gesloten",
                                             date_of_birth=date(1960, 1, 1)))
    s.privacy.close_dossier(closed_id, RetentionLaw.WMO, date(1990, 1, 1), confirmed=True)
    started = s.conversations.start(Conversation(
        resident_id=resident_id, held_on=date(2026, 11, 2), place=Place.HOME,
        checklist_id="", checklist_version=""))
    cid = int(started.id or 0)
    agreement = s.plan.add_agreement(cid, Agreement(what="Bellen", owner=Owner.TEAM))
    s.recognition.decide(started, SignalDecision("r1", "Regel", Decision.CONFIRMED, "reden"))
    bottleneck = s.learning.save_bottleneck(Bottleneck(
        BottleneckCategory.BLOCKING_RULE, "Een regel blokkeert", date(2026, 11, 1),
        conversation_id=cid))
    entry = s.journal.add(JournalEntry(resident_id, datetime(2026, 11, 3, 9, 30),
                                       ContactKind.PHONE, "Gebeld over de afspraak"))
    export = tmp_path / "dossier.json"
    s.transfer.export(closed_id, export)
    s.access_log._last_change.clear()  # noqa: SLF001  # every scenario's field is a first save
    TeamStore(s.db).save_login(TeamLogin(ServerAddress("localhost"), "tester", "-", "test"))
    yield Ctx(s, resident_id, cid, int(agreement.id or 0), int(bottleneck.id or 0), closed_id,
              export, int(entry.id or 0))
    s.close()


def _conversation(c: Ctx) -> Conversation:
    found = c.session.conversations.load(c.conversation_id)
    assert found is not None
    return found


def _journal_entry(c: Ctx) -> JournalEntry:
    found = c.session.journal.journal(c.resident_id).entry(c.journal_entry_id)
    assert found is not None
    return found


def _update_resident(c: Ctx) -> None:
    resident = c.session.dossiers.resident(c.resident_id)
    assert resident is not None
    c.session.dossiers.update(replace(resident, city="Oefendorp"))


def _save_assessment(c: Ctx) -> None:
    assessment = _conversation(c).assessment("finances")
    c.session.conversations.save_assessment(c.conversation_id,
                                            replace(assessment, own_words="Anders"))


def _pulled_page(c: Ctx) -> dict[str, Any]:
    """A page that changes the resident's city, as the team server would send it."""
    db = c.session.db
    columns = SyncRegistry(db).tables["residents"].wire_columns
    row = db.execute(f"SELECT uuid, {', '.join(columns)} FROM residents WHERE id = ?",
                     [c.resident_id]).fetchone()
    data = {**dict(zip(columns, row[1:], strict=True)), "city": "Elders"}
    return {"reset": False, "high": 7, "high_change": None, "more": False, "removed": [],
            "records": [{"seq": 7, "table": "residents", "record_id": row[0],
                         "resident_id": row[0], "deleted": False, "data": data}]}


class _ScriptedServer:
    """The server's side of one sync as plain data: this test is about the laptop's own
    transactions (the real server is in tests/team)."""

    def __init__(self, page: dict[str, Any]) -> None:
        self.page = page

    def push(self, device: str, ops: list[Operation]) -> list[tuple[str, str]]:
        return [(op.op_id, "applied") for op in ops]

    def pull(self, device: str, since: int, change: str | None, limit: int) -> dict[str, Any]:
        return self.page

    def upload_log(self, device: str, lines: list[dict[str, Any]]) -> int:
        return len(lines)

    def caseload(self, search: str, limit: int) -> list[TeamCaseloadRow]:
        return []

    def conflicts(self) -> list[dict[str, Any]]:
        return []

    def close(self) -> None:
        pass


def _team(c: Ctx) -> TeamSync:
    server = _ScriptedServer(_pulled_page(c))
    return TeamSync(c.session.db, c.session.access_log.actor,
                    lambda login: server)  # type: ignore[arg-type,return-value]


SCENARIOS: dict[str, Callable[[Ctx], object]] = {
    "DossierService.register": lambda c: c.session.dossiers.register(Resident(
        first_names="Cor", surname="Nieuw", date_of_birth=date(1990, 2, 2))),
    "DossierService.update": _update_resident,
    "ConversationService.start": lambda c: c.session.conversations.start(Conversation(
        resident_id=c.resident_id, held_on=date(2026, 11, 9), place=Place.OFFICE,
        checklist_id="", checklist_version="")),
    "ConversationService.update_header": lambda c: c.session.conversations.update_header(
        replace(_conversation(c), question="Een andere vraag")),
    "ConversationService.save_assessment": _save_assessment,
    "RecognitionService.decide": lambda c: c.session.recognition.decide(
        _conversation(c), SignalDecision("r2", "Regel 2", Decision.DISMISSED, "reden")),
    "RecognitionService.withdraw": lambda c: c.session.recognition.withdraw(
        _conversation(c), "r1"),
    "PlanService.save_route": lambda c: c.session.plan.save_route(
        c.conversation_id, Route(integrated_plan=True, coordinator="Regisseur")),
    "PlanService.add_agreement": lambda c: c.session.plan.add_agreement(
        c.conversation_id, Agreement(what="Mailen", owner=Owner.RESIDENT)),
    "PlanService.update_agreement": lambda c: c.session.plan.update_agreement(
        Agreement(what="Bellen en mailen", owner=Owner.TEAM, id=c.agreement_id)),
    "PlanService.remove_agreement": lambda c: c.session.plan.remove_agreement(c.agreement_id),
    "InvestigationService.save_topic": lambda c: c.session.investigation.save_topic(
        c.conversation_id, Topic.NEEDS, TopicRecord(note="Besproken")),
    "SafetyService.save": lambda c: c.session.safety.save(
        c.conversation_id, SafetyRecord(), date(2026, 11, 20)),
    "LearningService.save_bottleneck": lambda c: c.session.learning.save_bottleneck(Bottleneck(
        BottleneckCategory.WAITING_LIST, "Wachtlijst", date(2026, 11, 3),
        conversation_id=c.conversation_id)),
    "LearningService.mark_solved": lambda c: c.session.learning.mark_solved(
        c.bottleneck_id, date(2026, 11, 20)),
    "LearningService.remove_bottleneck": lambda c: c.session.learning.remove_bottleneck(
        c.bottleneck_id),
    "PrivacyService.close_dossier": lambda c: c.session.privacy.close_dossier(
        c.resident_id, RetentionLaw.YOUTH, date(2026, 1, 1), confirmed=True),
    "PrivacyService.reopen": lambda c: c.session.privacy.reopen(c.closed_id),
    "PrivacyService.purge_due": lambda c: c.session.privacy.purge_due([c.closed_id]),
    "PrivacyService.erase": lambda c: c.session.privacy.erase(
        c.resident_id, list(ErasureReason)[0]),
    "JournalService.add": lambda c: c.session.journal.add(JournalEntry(
        c.resident_id, datetime(2026, 11, 4, 14, 0), ContactKind.VISIT, "Huisbezoek")),
    "JournalService.correct": lambda c: c.session.journal.correct(
        _journal_entry(c), replace(_journal_entry(c), note="Gebeld over de twee afspraken")),
    "JournalService.set_for_resident_report": lambda c: c.session.journal.set_for_resident_report(
        _journal_entry(c), True),
    "DossierTransfer.import_file": lambda c: c.session.transfer.import_file(
        c.export, date(2026, 11, 20)),
    "TeamSync.apply_page": lambda c: _team(c).apply_page(_pulled_page(c)),
    "TeamSync.sync": lambda c: _team(c).sync(),
    "TeamSync.pull": lambda c: _team(c).pull(),
}


def _methods() -> tuple[set[str], set[str]]:
    """(public methods that write through `.change(`, directly or through a private method of
    their class; methods that call `writing(` themselves)."""
    through_change: set[str] = set()
    raw: set[str] = set()
    for module in MODULES:
        for node in ast.walk(ast.parse(inspect.getsource(module))):
            if not isinstance(node, ast.ClassDef):
                continue
            calls: dict[str, set[str]] = {}
            changes: set[str] = set()
            for method in (n for n in node.body if isinstance(n, ast.FunctionDef)):
                calls[method.name] = set()
                for call in (n for n in ast.walk(method) if isinstance(n, ast.Call)):
                    func = call.func
                    if isinstance(func, ast.Attribute) and func.attr == "change":
                        changes.add(method.name)
                    if isinstance(func, ast.Name) and func.id == "writing":
                        raw.add(f"{node.name}.{method.name}")
                    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
                            and func.value.id == "self":
                        calls[method.name].add(func.attr)
            grew = True
            while grew:  # a method writes through change when one it calls does
                grown = {m for m, called in calls.items() if called & changes}
                grew = not grown <= changes
                changes |= grown
            through_change |= {f"{node.name}.{m}" for m in changes if not m.startswith("_")}
    return through_change, raw


def test_every_write_path_has_a_scenario_and_writes_through_the_log() -> None:
    through_change, raw = _methods()
    assert through_change == set(SCENARIOS), "a write path without a scenario here"
    assert raw <= NOT_ABOUT_A_DOSSIER, "a dossier write that bypasses AccessLog.change"


def _transactions(statements: list[str]) -> list[list[str]]:
    """The statements grouped per transaction (a statement outside BEGIN..COMMIT is one)."""
    done: list[list[str]] = []
    current: list[str] | None = None
    for sql in (s.strip() for s in statements if not s.startswith("--")):
        word = sql.split(None, 1)[0].upper()
        if word == "BEGIN":
            current = []
        elif word in ("COMMIT", "ROLLBACK") and not sql.upper().startswith("ROLLBACK TO"):
            if current is not None and word == "COMMIT":
                done.append(current)
            current = None
        elif current is not None:
            current.append(sql)
        else:
            done.append([sql])
    return done


def _writes(sql: str) -> bool:
    """A statement that changes data (an FTS command such as 'optimize' after a purge's scrub
    changes no dossier)."""
    if "('optimize')" in sql or "('merge" in sql:
        return False
    if any(f" {prefix}" in sql.split("(", 1)[0] for prefix in SYNC_BOOKKEEPING):
        return False
    return sql.split(None, 1)[0].upper() in ("INSERT", "UPDATE", "DELETE", "REPLACE")


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_the_change_and_its_line_are_one_transaction(ctx: Ctx, name: str) -> None:
    statements: list[str] = []
    ctx.session.db.conn.set_trace_callback(statements.append)
    try:
        SCENARIOS[name](ctx)
    finally:
        ctx.session.db.conn.set_trace_callback(None)
    changing = [t for t in _transactions(statements) if any(_writes(s) for s in t)]
    assert changing, "the scenario changed nothing"
    for transaction in changing:
        assert any(s.startswith("INSERT INTO access_log ") for s in transaction), transaction


def _snapshot(ctx: Ctx) -> dict[str, list[str]]:
    db = ctx.session.db
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
              if not r[0].startswith(SYNC_BOOKKEEPING)]
    return {t: sorted(repr(r) for r in db.execute(f'SELECT * FROM "{t}"')) for t in tables}


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_when_the_line_cannot_be_written_the_change_is_not_stored(ctx: Ctx, name: str) -> None:
    ctx.session.db.execute("CREATE TEMP TRIGGER injected_log_failure BEFORE INSERT ON access_log"
                           " BEGIN SELECT RAISE(ABORT, 'injected'); END")
    before = _snapshot(ctx)
    with pytest.raises(Exception, match="injected"):
        SCENARIOS[name](ctx)
    assert _snapshot(ctx) == before
    ctx.session.db.execute("DROP TRIGGER temp.injected_log_failure")


def test_coalescing_keeps_one_line_per_field_and_window(ctx: Ctx) -> None:
    """Autosave saves every 400 ms: one line per field per window, in the save's transaction;
    a save whose line was rolled back does not count as the window's line."""
    log = ctx.session.access_log
    count = log._repo.count  # noqa: SLF001
    start = count()
    _save_assessment(ctx)
    _save_assessment(ctx)  # unchanged: no field, no line
    assessment = _conversation(ctx).assessment("finances")
    ctx.session.conversations.save_assessment(
        ctx.conversation_id, replace(assessment, own_words="Nog anders"))
    assert count() == start + 1
    ctx.session.db.execute("CREATE TEMP TRIGGER injected_log_failure BEFORE INSERT ON access_log"
                           " BEGIN SELECT RAISE(ABORT, 'injected'); END")
    with pytest.raises(Exception, match="injected"):
        ctx.session.plan.save_route(ctx.conversation_id, Route(coordinator="A"))
    ctx.session.db.execute("DROP TRIGGER temp.injected_log_failure")
    ctx.session.plan.save_route(ctx.conversation_id, Route(coordinator="A"))
    assert [x.detail for x in log.lines_for(ctx.resident_id)][-1] == "route"


# -- break the glass: a dossier held only by broken glass is read only (issue 17) ----------

# What may still be written while the dossier is held by glass: a new dossier, a dossier read
# from a file (a dossier of its own), and what the team server sends (its own data).
GLASS_ALLOWED = {"DossierService.register", "DossierTransfer.import_file", "TeamSync.apply_page",
                 "TeamSync.sync", "TeamSync.pull"}


def _hold_by_glass(c: Ctx) -> None:
    """The local state the sync writes for a broken glass: the dossier is on this laptop, the
    team's list names a colleague as coordinator and nobody as involved or along."""
    db = c.session.db
    rows = []
    for resident_id in (c.resident_id, c.closed_id):
        uuid = str(db.execute("SELECT uuid FROM residents WHERE id = ?",
                              [resident_id]).fetchone()[0])
        rows.append(TeamCaseloadRow(uuid, "Fictief", None, "Collega", None,
                                    coordinator_login="collega"))
    TeamStore(db).replace_caseload(rows)


def _data(ctx: Ctx) -> dict[str, list[str]]:
    """The snapshot without the access log (a refusal gets its own line there)."""
    return {t: rows for t, rows in _snapshot(ctx).items()
            if t not in ("access_log", "sqlite_sequence")}


@pytest.mark.parametrize("name", sorted(set(SCENARIOS) - GLASS_ALLOWED))
def test_a_dossier_held_by_broken_glass_refuses_every_write(ctx: Ctx, name: str) -> None:
    from toegang_desktop.services.errors import ReadOnlyDossier
    from toegang_desktop.wording.messages import problem_lines

    _hold_by_glass(ctx)
    before = _data(ctx)
    with pytest.raises(ReadOnlyDossier) as refused:
        SCENARIOS[name](ctx)
    assert _data(ctx) == before
    assert "coordinator to involve you" in problem_lines(refused.value.problems)[0]


def test_glass_is_only_what_the_team_list_says(ctx: Ctx) -> None:
    """Involved, coordinating, or a list line without logins (before migration 0015): writable."""
    team = TeamStore(ctx.session.db)
    uuid = str(ctx.session.db.execute("SELECT uuid FROM residents WHERE id = ?",
                                      [ctx.resident_id]).fetchone()[0])
    for row, glass in ((TeamCaseloadRow(uuid, "F", None, "C", None, coordinator_login="collega"),
                        True),
                       (TeamCaseloadRow(uuid, "F", None, "C", None, coordinator_login="collega",
                                        involved_logins=("tester",)), False),
                       (TeamCaseloadRow(uuid, "F", None, "C", None, coordinator_login="tester"),
                        False),
                       (TeamCaseloadRow(uuid, "F", None, "C", None), False)):
        team.replace_caseload([row])
        assert team.held_by_glass(ctx.resident_id) is glass, row
    _update_resident(ctx)  # writable again
    assert team.held_by_glass(ctx.closed_id) is False  # not on the team's list
