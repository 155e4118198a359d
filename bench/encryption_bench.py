"""What encryption at rest costs: unlocking (the key derivation), encrypting a plain store
once, and searching and saving on an encrypted store against the same store unencrypted.

    python -m bench.encryption_bench [path/to/generated/toegang.sqlite]
    (also part of `python bench/run.py`, for stores up to 10,000 residents)
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

from toegang_desktop.domain.caseload import CaseloadSort
from toegang_desktop.domain.search import query_terms
from toegang_desktop.locations import migrations_dir
from toegang_desktop.store import keys
from toegang_desktop.store.connection import open_store
from toegang_desktop.store.encryption import encrypt_file
from toegang_desktop.store.residents import ResidentRepository

from .timing import Figure, median_ms, paired_median_ms, settle

GROUP = "Encryption at rest"
UNLOCK_LIMIT_MS = 1000.0  # a professional waits for this at every unlock
SEARCH_RATIO = 1.5  # an encrypted search may cost at most half again as much


def measure(store: Path, scratch: Path, residents: int, runs: int = 15) -> list[Figure]:
    scratch.mkdir(parents=True, exist_ok=True)
    plain, encrypted = scratch / "plain.sqlite", scratch / "encrypted.sqlite"
    for target in (plain, encrypted):
        for leftover in (target, target.with_name(target.name + "-wal")):
            leftover.unlink(missing_ok=True)
        shutil.copyfile(store, target)
    data_key = keys.new_data_key()
    settle()
    started = time.perf_counter()
    encrypt_file(encrypted, data_key)
    encrypt_s = time.perf_counter() - started

    key_file, _, _ = keys.create("een zin aan de keukentafel")
    unlock_ms = median_ms(lambda: keys.unwrap(key_file.unlock, "een zin aan de keukentafel",
                                              "unlock", scratch), runs=5)

    folder = scratch / "unused-backups"
    plain_db = open_store(plain, folder, migrations_dir())
    secret_db = open_store(encrypted, folder, migrations_dir(), data_key)
    try:
        plain_repo, secret_repo = ResidentRepository(plain_db), ResidentRepository(secret_db)
        terms = query_terms("jan")
        search_ms, search_floor = paired_median_ms(
            lambda: secret_repo.search_ids(terms, CaseloadSort.NAME, False),
            lambda: plain_repo.search_ids(terms, CaseloadSort.NAME, False), runs)

        values = iter(range(10**9))

        def save(db: object) -> None:
            db.execute("UPDATE residents SET city = ? WHERE id = 1",  # type: ignore[attr-defined]
                       [f"Plaats {next(values)}"])

        save_ms, save_floor = paired_median_ms(lambda: save(secret_db), lambda: save(plain_db), runs)
    finally:
        plain_db.close()
        secret_db.close()

    def cold_search(path: Path, key: bytes | None) -> None:
        """A new connection: SQLite's page cache is empty, so every page read is decrypted."""
        db = open_store(path, folder, migrations_dir(), key)
        try:
            ResidentRepository(db).search_ids(terms, CaseloadSort.NAME, False)
        finally:
            db.close()

    cold_ms, cold_floor = paired_median_ms(lambda: cold_search(encrypted, data_key),
                                           lambda: cold_search(plain, None), max(5, runs // 3))
    size = f"{residents:,} residents"
    return [
        Figure(GROUP, "unlock: key derivation (scrypt N=2^16, r=8) + unwrap", "ms", unlock_ms,
               None, 5, f"< {UNLOCK_LIMIT_MS:g} ms", limit=UNLOCK_LIMIT_MS),
        Figure(GROUP, f"encrypt a plain store once ({size}, {store.stat().st_size / 1e6:.0f} MB)",
               "s", encrypt_s, None, 1),
        Figure(GROUP, f"search 'jan', encrypted vs plain ({size})", "ms", search_ms,
               search_floor, runs, f"<= {SEARCH_RATIO:g}x plain", max_ratio=SEARCH_RATIO),
        Figure(GROUP, f"open + first search 'jan', encrypted vs plain ({size})", "ms", cold_ms,
               cold_floor, max(5, runs // 3), "-"),
        Figure(GROUP, f"save one field, encrypted vs plain ({size})", "ms", save_ms, save_floor,
               runs, "< 10 ms", limit=10.0),
    ]


def main(argv: list[str]) -> int:
    stores = sorted(Path(__file__).parent.glob("out/stores/n10000-*/toegang.sqlite"))
    store = Path(argv[0]) if argv else (stores[-1] if stores else None)
    if store is None or not store.exists():
        print("No generated store: run `python bench/run.py --sizes 10000` first, or pass a path.")
        return 2
    residents = 10_000 if "n10000" in str(store) else 0
    for figure in measure(store, Path(__file__).parent / "out" / "scratch" / "encryption",
                          residents):
        ratio = f"  ({figure.ratio:.2f}x floor {figure.floor:.2f})" if figure.ratio else ""
        print(f"{figure.name}: {figure.value:.2f} {figure.unit}{ratio}  {figure.verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
