"""Autosave of one field and opening a dossier, on a scratch copy of a generated store."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

from toegang_desktop.content.checklist import Checklist
from toegang_desktop.locations import migrations_dir
from toegang_desktop.paths import AppPaths
from toegang_desktop.services.content import active_checklist, active_rules
from toegang_desktop.services.conversations import ConversationService
from toegang_desktop.services.dossiers import DossierService
from toegang_desktop.services.recognition import RecognitionService
from toegang_desktop.store.connection import open_store
from toegang_desktop.store.database import Database

from .generate import OUT_DIR, GeneratedStore, StoreMeta
from .timing import Figure, median_ms, paired_median_ms, settle

AUTOSAVE_LIMIT_MS = 10.0
DOSSIER_LIMIT_MS = 50.0
SIGNALS_LIMIT_MS = 5.0
_FLOOR_UPDATE = (
    "UPDATE domain_assessments SET notes = ? WHERE conversation_id = ? AND domain_key = ?"
)


def scratch_copy(store: GeneratedStore) -> AppPaths:
    """A throw-away copy of the store, so the cached one stays as generated."""
    target = AppPaths.in_folder(OUT_DIR / "scratch" / store.meta.key)
    shutil.rmtree(target.root, ignore_errors=True)
    target.root.mkdir(parents=True)
    shutil.copyfile(store.paths.store, target.store)
    settle()
    return target


def _raw_connection(path: Path) -> sqlite3.Connection:
    """A plain connection with the app's durability settings (WAL, synchronous=FULL)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def _raw_dossier(conn: sqlite3.Connection, resident_id: int) -> int:
    """The floor for opening a dossier: the same rows, read with plain SQL and no objects."""
    rows = conn.execute("SELECT * FROM residents WHERE id = ?", [resident_id]).fetchall()
    rows += conn.execute(
        "SELECT * FROM household_members WHERE resident_id = ? ORDER BY position", [resident_id]
    ).fetchall()
    ids = [r[0] for r in conn.execute(
        "SELECT id FROM conversations WHERE resident_id = ? ORDER BY held_on DESC, id DESC",
        [resident_id],
    )]
    for cid in ids:
        rows += conn.execute("SELECT * FROM conversations WHERE id = ?", [cid]).fetchall()
        rows += conn.execute(
            "SELECT * FROM conversation_participants WHERE conversation_id = ? ORDER BY position",
            [cid],
        ).fetchall()
        rows += conn.execute(
            "SELECT * FROM domain_assessments WHERE conversation_id = ? ORDER BY position", [cid]
        ).fetchall()
    return len(rows)


def run(store: GeneratedStore, autosave_runs: int, dossier_runs: int) -> list[Figure]:
    paths = scratch_copy(store)
    meta = store.meta
    db = open_store(paths.store, paths.backups, migrations_dir())
    raw = _raw_connection(paths.store)
    try:
        checklist, _problem = active_checklist(None)
        conversations = ConversationService(db, checklist)
        dossiers = DossierService(db)
        loaded = conversations.load(meta.autosave_conversation_id)
        assert loaded is not None, "generated store lacks the autosave conversation"
        assessment = loaded.assessment(meta.autosave_domain_key)
        edits = {"n": 0}

        def autosave() -> None:
            edits["n"] += 1
            changed = replace(assessment, own_words=f"Typed by the benchmark, edit {edits['n']}.")
            conversations.save_assessment(meta.autosave_conversation_id, changed)

        def update_floor() -> None:
            edits["n"] += 1
            raw.execute(_FLOOR_UPDATE, [f"floor edit {edits['n']}",
                                        meta.autosave_conversation_id, meta.autosave_domain_key])

        save_ms, save_floor = paired_median_ms(autosave, update_floor, autosave_runs, warmup=3)
        rid = meta.dossier_resident_id

        def open_dossier() -> int:
            resident = dossiers.resident(rid)
            assert resident is not None
            return len(dossiers.conversations(rid))

        count = open_dossier()
        open_ms, open_floor = paired_median_ms(
            open_dossier, lambda: _raw_dossier(raw, rid), dossier_runs, warmup=2
        )
        signals_ms, rule_count, raised = _signals(db, checklist, conversations, dossiers, meta,
                                                  autosave_runs)
    finally:
        raw.close()
        db.close()
        shutil.rmtree(paths.root, ignore_errors=True)
    return [
        Figure("autosave", "save_assessment, one changed field", "ms", save_ms, save_floor,
               autosave_runs, "< 10 ms", limit=AUTOSAVE_LIMIT_MS,
               note="floor: one-row UPDATE, same file, synchronous=FULL"),
        Figure("dossier", f"open dossier: resident + {count} conversations", "ms", open_ms,
               open_floor, dossier_runs, "< 50 ms", limit=DOSSIER_LIMIT_MS,
               note="floor: the same rows with plain SELECTs"),
        Figure("signals", "signals recomputed after one answer changes", "ms", signals_ms,
               None, autosave_runs, "< 5 ms", limit=SIGNALS_LIMIT_MS,
               note=f"{rule_count} rules over 17 domains and the household; {raised} raised"),
    ]


def _signals(
    db: Database, checklist: Checklist, conversations: ConversationService,
    dossiers: DossierService, meta: StoreMeta, runs: int,
) -> tuple[float, int, int]:
    """`RecognitionService.signals` on a full conversation after one level changes, as the
    signal panel recomputes them after each answer."""
    rules, _problem = active_rules(None, checklist)
    recognition = RecognitionService(db, rules)
    conversation = conversations.load(meta.autosave_conversation_id)
    resident = dossiers.resident(meta.dossier_resident_id)
    assert conversation is not None and resident is not None
    assessment = conversation.assessment(meta.autosave_domain_key)
    edits = {"n": 0}

    def recompute() -> int:
        edits["n"] += 1
        assessment.level = edits["n"] % 5 + 1
        return len(recognition.signals(conversation, resident.household))

    raised = recompute()
    return median_ms(recompute, runs, warmup=3), len(rules.rules), raised
