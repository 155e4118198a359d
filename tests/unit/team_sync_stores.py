"""Stores for the team-sync tests (no server): a laptop with fictional dossiers, its records
as a pulled page, and a dump of everything a page may change."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from toegang_desktop.domain.access_log import Actor
from toegang_desktop.paths import AppPaths
from toegang_desktop.services.content import active_checklist
from toegang_desktop.services.demo import seed_demo
from toegang_desktop.services.session import Session, open_session
from toegang_desktop.services.team_sync import TeamSync
from toegang_desktop.store.database import Database
from toegang_desktop.store.sync_outbox import Outbox, install_triggers, queue_existing
from toegang_desktop.store.sync_registry import SyncRegistry

ACTOR = Actor("tester", "test", "werkplek")
TODAY = date(2026, 11, 23)


@contextmanager
def laptop(folder: Path, demo: bool = False, joined: bool = False) -> Iterator[Session]:
    session = open_session(AppPaths.in_folder(folder), False, None, None)
    try:
        if demo:
            seed_demo(session.db, active_checklist(None)[0], TODAY)
        if joined:
            install_triggers(session.db, SyncRegistry(session.db))
        yield session
    finally:
        session.close()


def as_records(db: Database, first_seq: int = 1) -> list[dict[str, Any]]:
    """Every record of the store as the server would send it in a pull (via the first
    upload's insert operations, so in exactly the wire's shape)."""
    with db.atomic():
        last = db.execute("SELECT coalesce(max(seq), 0) FROM sync_outbox").fetchone()[0]
        queue_existing(db, SyncRegistry(db))
        ops = [op for op in Outbox(db).operations() if op.kind == "insert" and op.seq > last]
        db.execute("DELETE FROM sync_outbox WHERE seq > ?", [last])
    return [{"seq": first_seq + i, "table": op.table, "record_id": op.record_id,
             "resident_id": op.resident_id, "deleted": False, "data": op.data}
            for i, op in enumerate(ops)]


def page(records: list[dict[str, Any]], high: int | None = None, more: bool = False,
         removed: list[str] | None = None) -> dict[str, Any]:
    top = high if high is not None else max((r["seq"] for r in records), default=0)
    return {"reset": False, "high": top, "high_change": None, "more": more,
            "records": records, "removed": removed or []}


def content(db: Database) -> dict[str, list[str]]:
    """The synced records by table, as wire data (so two stores compare by content, not by
    their local integer ids)."""
    found: dict[str, list[str]] = {}
    for record in as_records(db):
        found.setdefault(record["table"], []).append(
            json.dumps([record["record_id"], record["data"]], sort_keys=True))
    return {table: sorted(rows) for table, rows in found.items()}


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (a refused page must leave all of them as they were)."""
    names = [row[0] for row in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE 'resident_search_%'")]
    return {name: sorted(map(tuple, db.execute(f"SELECT * FROM {name}")), key=repr)
            for name in names}


def sync_of(session: Session) -> TeamSync:
    return TeamSync(session.db, ACTOR)
