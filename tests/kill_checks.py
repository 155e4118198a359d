"""What the kill test checks after each kill, on a copy of the files the dead process left.

`check_after_kill` opens the copy through the normal code (`open_store`, which recovers the
WAL, with the lane's data key) and checks: `PRAGMA integrity_check`; the access log's chain
through the service (`AccessLog.verify`); every action the driver finished is stored (typed
text, registered residents, imported dossiers, the plan, backups); and, kept apart because
today's code fails it (a change and its log line are separate transactions, issue 14), that
every stored change has its log line.
"""

from __future__ import annotations

import shutil
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from toegang_desktop.domain.backups import BackupName, parse_backup_name
from toegang_desktop.domain.conversation import Conversation
from toegang_desktop.locations import migrations_dir
from toegang_desktop.paths import STORE_FILE
from toegang_desktop.services.access_log import AccessLog, Actor
from toegang_desktop.services.content import active_checklist
from toegang_desktop.services.conversations import ConversationService
from toegang_desktop.store.access_log import AccessLogRepository
from toegang_desktop.store.backups import check_copy, list_backups
from toegang_desktop.store.connection import open_store
from toegang_desktop.store.database import Database

from .kill_driver import SURNAME

Entry = dict[str, object]
CHECKER = Actor(user="kill-test", profile="check", workstation="test")
CHECKLIST = active_checklist(None)[0]


@dataclass
class LaneResult:
    kills: int = 0
    checks: int = 0  # (kill, finished action) pairs verified
    verified: set[str] = field(default_factory=set)  # distinct actions found stored
    kills_by_focus: Counter[str] = field(default_factory=Counter)
    take_over_s: list[float] = field(default_factory=list)  # claiming the killed one's folder
    log_lines_checked: int = 0
    problems: list[str] = field(default_factory=list)
    missing_log_lines: list[str] = field(default_factory=list)  # stored, but not logged


def check_after_kill(data: Path, scratch: Path, key: bytes, required: list[Entry],
                     result: LaneResult) -> None:
    """Check a copy of `data` (see the module text); `required`: the actions (of this life
    and all before) that must be stored."""
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir()
    for suffix in ("", "-wal", "-shm"):
        source = data / (STORE_FILE + suffix)
        if source.exists():
            shutil.copy2(source, scratch / source.name)
    db = open_store(scratch / STORE_FILE, scratch / "backups", migrations_dir(), key)
    try:
        where = f"after kill {result.kills}"
        check = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
        if check != ["ok"]:
            result.problems.append(f"{where}: integrity_check {check}")
        defects = AccessLog(db, CHECKER).verify().defects  # the service, as `--verify` runs it
        if defects:
            result.problems.append(f"{where}: access log does not verify: {defects[:5]}")
        conversations: dict[int, Conversation | None] = {}  # loaded once per check
        for entry in required:
            result.checks += 1
            problem = _stored(db, data, key, entry, required, conversations)
            if problem:
                result.problems.append(f"{where}: {problem}: {entry}")
            else:
                result.verified.add(f"{entry['life']}{entry['token']}")
        missing = _changes_without_log_line(db, required)
        result.log_lines_checked += 1
        result.missing_log_lines += [f"{where}: {m}" for m in missing
                                     if not any(m in seen for seen in result.missing_log_lines)]
    finally:
        db.close()


def _stored(db: Database, data: Path, key: bytes, entry: Entry, required: list[Entry],
            conversations: dict[int, Conversation | None]) -> str:
    """'' when the finished action is in the store, else what is wrong."""
    op, token = entry["op"], str(entry["token"])
    conv_id = int(entry["conversation"])  # type: ignore[call-overload]
    if op == "typing":
        if conv_id not in conversations:
            conversations[conv_id] = ConversationService(db, CHECKLIST).load(conv_id)
        conversation = conversations[conv_id]
        if conversation is None:
            return "conversation lost"
        text = (conversation.question if entry["field"] == "question" else
                getattr(conversation.assessment(str(entry["domain"])), str(entry["field"])))
        return "" if token in text else "typed text lost"
    if op == "register":
        return "" if _one(db, "SELECT count(*) FROM residents WHERE surname = ?",
                          "Reg" + token.strip()) == 1 else "registered resident lost"
    if op == "agreement":
        return "" if _one(db, "SELECT count(*) FROM agreements WHERE conversation_id = ? "
                          "AND what = ?", conv_id, token.strip()) == 1 else "agreement lost"
    if op == "route":  # overwritten by each save: by the last required one or a younger one
        stored = str(_one(db, "SELECT team_does_itself FROM conversation_routes "
                          "WHERE conversation_id = ?", conv_id) or "")
        last = max(_order(str(e["token"])) for e in required if e["op"] == "route")
        return "" if stored and _order(stored) >= last else f"route lost (stored: {stored!r})"
    if op == "import":
        imports = sum(1 for e in required if e["op"] == "import")
        found = _one(db, "SELECT count(*) FROM residents WHERE surname = ?", SURNAME) - 1
        return "" if found >= imports else f"imported dossier lost ({found} of {imports})"
    if op == "backup":  # older copies may be rotated away: the newest must be there, whole
        newest = [e for e in required if e["op"] == "backup"][-1]
        if entry is not newest:
            return ""
        made = parse_backup_name(str(entry["name"]))
        copies = list_backups(data / "backups")
        if made is None or not copies or _when(copies[0].name) < _when(made):
            return "newest backup lost"
        return "" if check_copy(copies[0].path, full=True, key=key).ok else "backup unreadable"
    return f"unknown action {op}"


def _changes_without_log_line(db: Database, required: list[Entry]) -> list[str]:
    """Every stored resident, conversation, agreement and route, and every field typed in,
    must have its access-log line (a dossier's import line covers all it brought)."""
    lines = list(AccessLogRepository(db).lines())
    ok = [x for x in lines if x.result == "ok"]
    imported = {x.resident_id for x in ok if x.action == "import"}
    created = {x.resident_id for x in ok if x.action == "create" and x.conversation_id is None}
    conversations_created = {x.conversation_id for x in ok if x.action == "create"}
    changed = {(x.conversation_id, x.detail) for x in ok if x.action == "change"}
    missing = [f"resident {r} stored without its log line" for (r,) in
               db.execute("SELECT id FROM residents ORDER BY id")
               if r not in created | imported]
    resident_of = dict(db.execute("SELECT id, resident_id FROM conversations").fetchall())
    missing += [f"conversation {c} stored without its log line" for c, r in resident_of.items()
                if c not in conversations_created and r not in imported]

    def unlogged(conv_id: int, detail: str) -> bool:
        return (conv_id, detail) not in changed and resident_of.get(conv_id) not in imported

    missing += [f"agreement {a} stored without its log line" for a, c in
                db.execute("SELECT id, conversation_id FROM agreements ORDER BY id")
                if unlogged(c, f"agreement.{a}")]
    missing += [f"route of conversation {c} stored without its log line" for (c,) in
                db.execute("SELECT conversation_id FROM conversation_routes")
                if unlogged(c, "route")]
    typed = {(int(e["conversation"]),  # type: ignore[call-overload]
              "question" if e["field"] == "question" else f"{e['domain']}.{e['field']}")
             for e in required if e["op"] == "typing"}
    missing += [f"typed {d} of conversation {c} stored without its log line"
                for c, d in sorted(typed) if unlogged(c, d)]
    return missing


def _order(token: str) -> tuple[int, int]:
    """A token ' k{seed}n{number}.' in the order it was made (seeds grow with each life)."""
    seed, number = token.strip(" .k").split("n")
    return int(seed), int(number)


def _when(name: BackupName) -> tuple[datetime, int]:
    return name.taken_at, name.sequence


def _one(db: Database, sql: str, *params: object) -> object:
    row = db.execute(sql, list(params)).fetchone()
    return row[0] if row else None


__all__ = ["LaneResult", "check_after_kill"]
