"""Search as you type: DossierService.search + the first block of caseload rows, against the
raw SQL that gives the screen the same result.

The floor is what any program must do to show a typed search's result: read all matching ids
in name order (`sort_key`, then id) and the display columns of the first block of them, as
plain rows, on the same SQLite build as the app (its SQLCipher driver) and the same file,
without the app's layers. The bare read of the index (rowids, unsorted) is not enough to show
anything; it is measured in the same rounds and given in each figure's note ("index alone").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from toegang_desktop.domain.caseload import CASELOAD_BLOCK, CaseloadSort
from toegang_desktop.domain.search import query_terms
from toegang_desktop.locations import migrations_dir
from toegang_desktop.services.dossiers import DossierService
from toegang_desktop.store.connection import open_store
from toegang_desktop.store.driver import dbapi

from .generate import GeneratedStore
from .timing import TARGET_SIZE, Figure, interleaved_medians_ms, median_ms

LIMIT_MS = 30.0
MAX_RATIO = 2.0
TARGET = "< 30 ms, <= 2x floor"
# The floor: every match in name order (ties by id), then the first block's display columns
# (those `ResidentRepository.caseload_entries` reads).
EMPTY_FLOOR_SQL = "SELECT id FROM residents ORDER BY sort_key, id"
MATCH_FLOOR_SQL = (
    "SELECT r.id FROM resident_search s JOIN residents r ON r.id = s.rowid"
    " WHERE resident_search MATCH ? ORDER BY r.sort_key, r.id"
)
ROWS_FLOOR_SQL = (
    "SELECT id, first_names, prefix, surname, date_of_birth, bsn, postcode, city,"
    " last_conversation, next_deadline FROM residents WHERE id IN ({marks})"
)
# Not a floor (nothing can be shown from it), given in the note: the index read on its own.
INDEX_ONLY_SQL = "SELECT rowid FROM resident_search WHERE resident_search MATCH ?"
ACCESS_LOG_NOTE = "repository path: the access-log line a typed search writes (issue 6) not included"


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


def floor_connection(path: Path) -> dbapi.Connection:
    """A plain read-only connection to the store through the app's driver (SQLCipher; a plain
    store needs no key). Sorting in memory, as on the app's connections."""
    conn = dbapi.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


def floor_rows(conn: dbapi.Connection, expression: str) -> tuple[list[int], list[tuple[object, ...]]]:
    """What the screen needs, in raw SQL: the matching ids in name order, and the rows of the
    first block."""
    if expression:
        ids = [row[0] for row in conn.execute(MATCH_FLOOR_SQL, [expression]).fetchall()]
    else:
        ids = [row[0] for row in conn.execute(EMPTY_FLOOR_SQL).fetchall()]
    return ids, block_rows(conn, ids[:CASELOAD_BLOCK])


def block_rows(conn: dbapi.Connection, ids: Sequence[int]) -> list[tuple[object, ...]]:
    if not ids:
        return []
    rows: list[tuple[object, ...]] = conn.execute(
        ROWS_FLOOR_SQL.format(marks=",".join("?" * len(ids))), list(ids)).fetchall()
    return rows


def index_only(conn: dbapi.Connection, expression: str) -> int:
    return len(conn.execute(INDEX_ONLY_SQL, [expression]).fetchall()) if expression else 0


def run(store: GeneratedStore, runs: int) -> tuple[list[Figure], dict[str, int]]:
    """Figures per query, and how many residents each query matched."""
    paths = store.paths
    db = open_store(paths.store, paths.backups, migrations_dir())
    raw = floor_connection(paths.store)
    service = DossierService(db)
    figures: list[Figure] = []
    matches: dict[str, int] = {}
    try:
        for query in queries(store):
            figures.append(_figure(store, service, raw, query, runs, matches))
    finally:
        raw.close()
        db.close()
    return figures, matches


def _figure(store: GeneratedStore, service: DossierService, raw: dbapi.Connection, query: Query,
            runs: int, matches: dict[str, int]) -> Figure:
    def app(text: str = query.text) -> int:
        ids = service.search(text, CaseloadSort.NAME)
        service.caseload_entries(ids[:CASELOAD_BLOCK])
        return len(ids)

    expression = match_expression(query.text)
    found, _rows = floor_rows(raw, expression)
    shown = service.search(query.text, CaseloadSort.NAME)
    if shown != found:  # the floor must give exactly what the app gives, or it is no floor
        raise AssertionError(f"app and floor disagree for {query.text!r}")
    matches[query.text] = len(shown)
    app_ms, floor_ms, index_ms = interleaved_medians_ms(
        [app, lambda: floor_rows(raw, expression), lambda: index_only(raw, expression)], runs)
    first = shown[:CASELOAD_BLOCK]
    rows_ms = median_ms(lambda: service.caseload_entries(first), runs)
    notes = [f"{_matches(len(shown))}", f"of which {len(first)} rows shown {rows_ms:.2f} ms"]
    if expression:
        notes += [f"index alone {index_ms:.2f} ms", ACCESS_LOG_NOTE]
    return Figure(
        group="search", name=f"'{query.text}' ({query.label})", unit="ms",
        value=app_ms, floor=floor_ms, runs=runs, target=TARGET, limit=LIMIT_MS,
        max_ratio=MAX_RATIO, note="; ".join(notes), applies=store.meta.size >= TARGET_SIZE,
    )
