"""The laptop's half of team sync, measured without a server (issue 16):

- autosave of one field, in a store that is in a team (capture triggers) and one that is not;
- the first upload's queueing of a whole store (every record an insert operation);
- applying pulled pages (rows per second), on an empty store in a team.

    .venv/bin/python bench/team_sync_bench.py [--size 200]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import OUT_DIR, ensure_store  # noqa: E402
from toegang_desktop.domain.access_log import Actor  # noqa: E402
from toegang_desktop.locations import migrations_dir  # noqa: E402
from toegang_desktop.services.content import active_checklist  # noqa: E402
from toegang_desktop.services.conversations import ConversationService  # noqa: E402
from toegang_desktop.services.team_sync import TeamSync  # noqa: E402
from toegang_desktop.store.connection import open_store  # noqa: E402
from toegang_desktop.store.database import Database  # noqa: E402
from toegang_desktop.store.sync_outbox import (  # noqa: E402
    Outbox,
    install_triggers,
    queue_existing,
    remove_triggers,
)
from toegang_desktop.store.sync_registry import SyncRegistry  # noqa: E402

PAGE = 500


def _open(path: Path) -> Database:
    return open_store(path, path.parent / "backups", migrations_dir())


def _copy(source: Path, name: str) -> Path:
    folder = OUT_DIR / "scratch" / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    shutil.copyfile(source, folder / "toegang.sqlite")
    return folder / "toegang.sqlite"


def _autosave_ms(db: Database, saves: int, answer: bool) -> float:
    checklist = active_checklist(None)[0]
    service = ConversationService(db, checklist)
    cid = int(db.execute("SELECT min(id) FROM conversations").fetchone()[0])
    conversation = service.load(cid)
    assert conversation is not None
    assessment = conversation.assessments[0]
    outbox = Outbox(db)
    times = []
    for i in range(saves):
        started = time.perf_counter()
        service.save_assessment(cid, replace(assessment, notes=f"notitie {i}"))
        times.append((time.perf_counter() - started) * 1000)
        if answer:  # as after a push: the next save makes a new operation
            outbox.answered({op.op_id: "applied" for op in outbox.next_batch(100)})
    return statistics.median(times)


def _statement_ms(db: Database, registry: SyncRegistry) -> float:
    """The one-field update of an autosave inside a transaction that is rolled back: with the
    capture triggers minus without (the commit's fsync, equal for both, left out)."""
    cid, key = db.execute("SELECT conversation_id, domain_key FROM domain_assessments"
                          " ORDER BY conversation_id LIMIT 1").fetchone()

    def median(n: int = 300) -> float:
        times = []
        for i in range(n):
            started = time.perf_counter()
            db.execute("BEGIN")
            db.execute("UPDATE domain_assessments SET notes = ? WHERE conversation_id = ?"
                       " AND domain_key = ?", [f"n{i}", cid, key])
            db.execute("ROLLBACK")
            times.append((time.perf_counter() - started) * 1000)
        return statistics.median(times)

    with_triggers = median()
    remove_triggers(db)
    without = median()
    install_triggers(db, registry)
    return with_triggers - without


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=200)
    args = parser.parse_args(argv)
    source = ensure_store(args.size).paths.store

    plain = _open(_copy(source, "team-plain"))
    team_path = _copy(source, "team-joined")
    joined = _open(team_path)
    registry = SyncRegistry(joined)
    started = time.perf_counter()
    with joined.atomic():
        install_triggers(joined, registry)
        queued = queue_existing(joined, registry)
    queue_s = time.perf_counter() - started
    ops = list(Outbox(joined).operations())
    records: list[dict[str, Any]] = [
        {"seq": i + 1, "table": op.table, "record_id": op.record_id,
         "resident_id": op.resident_id, "deleted": False, "data": op.data}
        for i, op in enumerate(o for o in ops if o.kind == "insert")]
    joined.execute("DELETE FROM sync_outbox")

    saves = 200
    plain.close()
    joined.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # One store, capture on and off in turns (two stores written in turns slow each other's
    # fsync): the difference is the triggers' work and the outbox's pages.
    rounds: dict[str, list[float]] = {"plain": [], "coalesced": [], "new": []}
    for _ in range(5):
        remove_triggers(joined)
        rounds["plain"].append(_autosave_ms(joined, saves // 5, answer=False))
        install_triggers(joined, registry)
        rounds["coalesced"].append(_autosave_ms(joined, saves // 5, answer=False))
        rounds["new"].append(_autosave_ms(joined, saves // 5, answer=True))
    plain_ms, coalesced_ms, new_op_ms = (statistics.median(rounds[k])
                                         for k in ("plain", "coalesced", "new"))
    trigger_ms = _statement_ms(joined, registry)

    empty = _open(_copy(source, "team-empty").with_name("empty.sqlite"))
    install_triggers(empty, SyncRegistry(empty))
    team = TeamSync(empty, Actor("bench", "bench", "bench"))
    started = time.perf_counter()
    for start in range(0, len(records), PAGE):
        chunk = records[start:start + PAGE]
        team.apply_page({"reset": False, "high": chunk[-1]["seq"], "high_change": None,
                         "more": start + PAGE < len(records), "records": chunk, "removed": []})
    apply_s = time.perf_counter() - started
    residents = empty.execute("SELECT count(*) FROM residents").fetchone()[0]

    print(f"store: {args.size} dossiers, {len(records)} records, {queued} operations queued")
    print(f"first upload queued (triggers + insert ops): {queue_s * 1000:.0f} ms")
    print(f"autosave of one field, median of {saves}: no team {plain_ms:.2f} ms;"
          f" in a team {coalesced_ms:.2f} ms (coalesced into the unsent operation),"
          f" {new_op_ms:.2f} ms (a new operation each time)")
    print(f"pull apply: {len(records)} records in pages of {PAGE}: {apply_s:.2f} s,"
          f" {len(records) / apply_s:.0f} records/s ({residents} dossiers)")
    print(f"the triggers' own work per saved field (statement, no commit): +{trigger_ms:.3f} ms")
    for db in (joined, empty):
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
