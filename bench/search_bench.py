"""Search as you type: DossierService.search + the first 100 caseload rows, against raw FTS5."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from toegang_desktop.domain.caseload import CaseloadSort
from toegang_desktop.domain.search import query_terms
from toegang_desktop.locations import migrations_dir
from toegang_desktop.services.dossiers import DossierService
from toegang_desktop.store.connection import open_store

from .generate import GeneratedStore
from .timing import TARGET_SIZE, Figure, median_ms, paired_median_ms

VISIBLE_ROWS = 100  # the caseload model fetches blocks of 100 rows
LIMIT_MS = 30.0
MAX_RATIO = 2.0
TARGET = "< 30 ms, <= 2x floor"
EMPTY_FLOOR_SQL = "SELECT id FROM residents ORDER BY sort_key"
MATCH_FLOOR_SQL = "SELECT rowid FROM resident_search WHERE resident_search MATCH ?"


@dataclass(frozen=True)
class Query:
    label: str
    text: str


def queries(store: GeneratedStore) -> list[Query]:
    """Partial queries as a professional types them; BSN and postcode come from the data."""
    meta = store.meta
    number, letters = (meta.sample_postcode.split() + ["", ""])[:2]
    return [
        Query("first name prefix", "jan"),
        Query("tussenvoegsel + surname prefix", "de vr"),
        Query("Turkish name, typed without diacritics", "sukru"),
        Query("Polish name, typed without Ł", "lukasz"),
        Query("Arabic script", "محمد"),
        Query("BSN, first 5 digits", meta.sample_bsn[:5]),
        Query("date of birth, partial year", "12-03-19"),
        Query("postcode prefix", f"{number} {letters[:1].lower()}"),
        Query("full surname", "Vermeulen"),
        Query("empty query (whole caseload)", ""),
    ]


def _matches(count: int) -> str:
    return f"{count:,} match" + ("" if count == 1 else "es")


def match_expression(text: str) -> str:
    """The MATCH string the repository builds for these terms (prefix query per term)."""
    return " ".join(f'"{term}"*' for term in query_terms(text))


def run(store: GeneratedStore, runs: int) -> tuple[list[Figure], dict[str, int]]:
    """Figures per query, and how many residents each query matched."""
    paths = store.paths
    db = open_store(paths.store, paths.backups, migrations_dir())
    raw = sqlite3.connect(f"{paths.store.resolve().as_uri()}?mode=ro", uri=True)
    service = DossierService(db)
    figures: list[Figure] = []
    matches: dict[str, int] = {}
    try:
        for query in queries(store):
            def app(text: str = query.text) -> int:
                ids = service.search(text, CaseloadSort.NAME)
                service.caseload_entries(ids[:VISIBLE_ROWS])
                return len(ids)

            expression = match_expression(query.text)

            def floor(expression: str = expression) -> int:
                if not expression:
                    return len(raw.execute(EMPTY_FLOOR_SQL).fetchall())
                return len(raw.execute(MATCH_FLOOR_SQL, [expression]).fetchall())

            matches[query.text] = app()
            app_ms, floor_ms = paired_median_ms(app, floor, runs)
            shown = service.search(query.text, CaseloadSort.NAME)[:VISIBLE_ROWS]
            rows_ms = median_ms(lambda shown=shown: service.caseload_entries(shown), runs)
            figures.append(Figure(
                group="search", name=f"'{query.text}' ({query.label})", unit="ms",
                value=app_ms, floor=floor_ms, runs=runs, target=TARGET, limit=LIMIT_MS,
                max_ratio=MAX_RATIO,
                note=f"{_matches(matches[query.text])}; of which {len(shown)} rows shown"
                     f" {rows_ms:.2f} ms",
                applies=store.meta.size >= TARGET_SIZE,
            ))
    finally:
        raw.close()
        db.close()
    return figures, matches
