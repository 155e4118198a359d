"""Seeded stores of fictional residents, built through the app's services and cached in bench/out/.

    .venv/bin/python bench/generate.py --size 10000 [--seed 20260115] [--force]

A store is kept in bench/out/stores/<key>/ (an AppPaths.in_folder layout) with meta.json; the
key holds the size, the seed and a hash of the generator's source, so a rerun reuses it and a
change to the generator builds a new one; a newer schema is applied to a cached store by the
app's own migrations (as a professional's store is migrated on open).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sqlite3
import sys
import time
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import people
from toegang_desktop.locations import migrations_dir
from toegang_desktop.paths import AppPaths
from toegang_desktop.services.content import active_checklist, active_rules
from toegang_desktop.services.conversations import ConversationService
from toegang_desktop.services.dossiers import DossierService
from toegang_desktop.services.plan import PlanService
from toegang_desktop.services.recognition import RecognitionService
from toegang_desktop.store.connection import open_store
from toegang_desktop.store.migrations import latest_version

BENCH_DIR = Path(__file__).resolve().parent
OUT_DIR = BENCH_DIR / "out"
DEFAULT_SEED = 20260115
REFERENCE_DAY = date(2026, 1, 15)  # 'today' while generating, so a seed always gives one store
BATCH = 1000  # residents per transaction
DOSSIER_CONVERSATIONS = 10


@dataclass(frozen=True)
class StoreMeta:
    size: int
    seed: int
    key: str
    build_seconds: float
    residents: int
    conversations: int
    agreements: int
    decisions: int
    residents_with_bsn: int
    sample_bsn: str
    sample_postcode: str
    dossier_resident_id: int
    autosave_conversation_id: int
    autosave_domain_key: str
    file_bytes: int


@dataclass(frozen=True)
class GeneratedStore:
    root: Path
    meta: StoreMeta

    @property
    def paths(self) -> AppPaths:
        return AppPaths.in_folder(self.root)


def _source_hash() -> str:
    digest = hashlib.sha1()
    for name in ("generate.py", "people.py", "names.py"):
        digest.update((BENCH_DIR / name).read_bytes())
    return digest.hexdigest()[:8]


def store_key(size: int, seed: int) -> str:
    return f"n{size}-s{seed}-g{_source_hash()}"


def _migrate_cached(root: Path) -> None:
    """Bring a cached store to the newest schema (as the app would on open), without keeping
    the copy the app makes before a migration."""
    paths = AppPaths.in_folder(root)
    with sqlite3.connect(f"{paths.store.resolve().as_uri()}?mode=ro", uri=True) as conn:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.close()
    if version < latest_version(migrations_dir()):
        open_store(paths.store, paths.backups, migrations_dir()).close()
        shutil.rmtree(paths.backups, ignore_errors=True)


def ensure_store(size: int, seed: int = DEFAULT_SEED, force: bool = False) -> GeneratedStore:
    """The cached store for (size, seed), built first when missing."""
    key = store_key(size, seed)
    root = OUT_DIR / "stores" / key
    meta_file = root / "meta.json"
    if meta_file.exists() and not force:
        _migrate_cached(root)
        return GeneratedStore(root, StoreMeta(**json.loads(meta_file.read_text("utf-8"))))
    partial = root.with_name(key + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    shutil.rmtree(root, ignore_errors=True)
    meta = _build(AppPaths.in_folder(partial), size, seed, key)
    (partial / "meta.json").write_text(json.dumps(asdict(meta), indent=2), "utf-8")
    partial.rename(root)
    for stale in root.parent.glob(f"n{size}-s{seed}-*"):
        if stale != root and not stale.name.endswith(".partial"):
            shutil.rmtree(stale, ignore_errors=True)  # built by an older generator or schema
    return GeneratedStore(root, meta)


def _build(paths: AppPaths, size: int, seed: int, key: str) -> StoreMeta:
    started = time.perf_counter()
    rng = random.Random(seed)
    db = open_store(paths.store, paths.backups, migrations_dir())
    checklist, _problem = active_checklist(None)
    dossiers = DossierService(db, lambda: REFERENCE_DAY)
    conversations = ConversationService(db, checklist, lambda: REFERENCE_DAY)
    rules, _problem = active_rules(None, checklist)
    recognition = RecognitionService(db, rules)
    plans = PlanService(db)
    taken: set[str] = set()
    samples: dict[str, str] = {}
    counts = {"conversations": 0, "agreements": 0, "decisions": 0}
    dossier_id = autosave_id = 0
    autosave_key = ""
    for batch_start in range(0, size, BATCH):
        with db.atomic():
            for number in range(batch_start, min(size, batch_start + BATCH)):
                resident = people.make_resident(rng, taken, REFERENCE_DAY)
                resident_id = dossiers.register(resident)
                if resident.bsn and "bsn" not in samples and number >= size // 2:
                    samples["bsn"] = resident.bsn
                if "postcode" not in samples and number >= size // 3:
                    samples["postcode"] = resident.postcode
                wanted = DOSSIER_CONVERSATIONS if number == 0 else people.conversation_count(rng)
                for _ in range(wanted):
                    header = people.make_conversation(rng, resident_id, REFERENCE_DAY)
                    conversation = conversations.start(header)
                    assert conversation.id is not None
                    for assessment in people.fill_assessments(rng, conversation.assessments):
                        conversations.save_assessment(conversation.id, assessment)
                    raised = recognition.signals(conversation, resident.household)
                    for decision in people.decide_signals(rng, raised):
                        recognition.decide(conversation, decision)
                        counts["decisions"] += 1
                    keys = [a.domain_key for a in conversation.assessments]
                    for agreement in people.make_agreements(rng, keys, REFERENCE_DAY):
                        plans.add_agreement(conversation.id, agreement)
                        counts["agreements"] += 1
                    counts["conversations"] += 1
                    if number == 0:
                        dossier_id = resident_id
                        autosave_id = conversation.id
                        autosave_key = conversation.assessments[0].domain_key
        if size >= 20_000:
            done = min(size, batch_start + BATCH)
            print(f"  generated {done:,}/{size:,} residents ({time.perf_counter() - started:.0f} s)",
                  file=sys.stderr, flush=True)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return StoreMeta(
        size=size, seed=seed, key=key, build_seconds=round(time.perf_counter() - started, 1),
        residents=size, conversations=counts["conversations"], agreements=counts["agreements"],
        decisions=counts["decisions"], residents_with_bsn=len(taken),
        sample_bsn=samples.get("bsn", ""), sample_postcode=samples.get("postcode", ""),
        dossier_resident_id=dossier_id, autosave_conversation_id=autosave_id,
        autosave_domain_key=autosave_key, file_bytes=paths.store.stat().st_size,
    )


def size_breakdown(store: Path) -> dict[str, int]:
    """Bytes per table (indexes counted with their table, FTS5 shadow tables as 'search index')."""
    conn = sqlite3.connect(f"{store.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT s.name, coalesce(m.tbl_name, s.name), sum(s.pgsize) FROM dbstat s"
            " LEFT JOIN sqlite_master m ON m.name = s.name GROUP BY s.name"
        ).fetchall()
    finally:
        conn.close()
    totals: dict[str, int] = {}
    for _name, table, size in rows:
        group = "search index" if str(table).startswith("resident_search") else str(table)
        totals[group] = totals.get(group, 0) + int(size)
    return dict(sorted(totals.items(), key=lambda item: -item[1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--size", type=int, required=True)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--force", action="store_true", help="rebuild even when cached")
    args = parser.parse_args(argv)
    store = ensure_store(args.size, args.seed, args.force)
    print(json.dumps(asdict(store.meta), indent=2))
    for table, size in size_breakdown(store.paths.store).items():
        print(f"{table:28} {size / 1e6:8.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
