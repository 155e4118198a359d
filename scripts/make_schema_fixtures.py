"""Write tests/fixtures/store_schema_vN.sqlite for every schema version that lacks one.

Each fixture is a store at exactly version N (migrations 1..N), filled through the app's own
services with the demo's fictional residents, so a later version's migration is tested on
real data. Run it once when a migration is added; never rewrite an existing fixture.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from toegang_desktop.locations import migrations_dir  # noqa: E402
from toegang_desktop.services.content import active_checklist  # noqa: E402
from toegang_desktop.services.demo import seed_demo  # noqa: E402
from toegang_desktop.store import migrations  # noqa: E402
from toegang_desktop.store.connection import open_store  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
TODAY = date(2026, 11, 23)


def make(version: int) -> Path:
    target = FIXTURES / f"store_schema_v{version}.sqlite"
    with tempfile.TemporaryDirectory() as tmp:
        subset = Path(tmp) / "migrations"
        subset.mkdir()
        for migration in migrations.discover(migrations_dir())[:version]:
            shutil.copy(migration.path, subset)
        db = open_store(target, Path(tmp) / "backups", subset)
        try:
            seed_demo(db, active_checklist(None)[0], TODAY)
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            db.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    return target


def main() -> int:
    for version in range(1, migrations.latest_version(migrations_dir()) + 1):
        if not (FIXTURES / f"store_schema_v{version}.sqlite").exists():
            print("wrote", make(version))
    return 0


if __name__ == "__main__":
    sys.exit(main())
