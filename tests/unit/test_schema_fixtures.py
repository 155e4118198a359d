"""Every released schema has a fixture store; each must open (and migrate) with its data intact."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from toegang_desktop.domain.caseload import CaseloadSort
from toegang_desktop.locations import migrations_dir
from toegang_desktop.services.dossiers import DossierService
from toegang_desktop.store import migrations
from toegang_desktop.store.connection import open_store

FIXTURES = Path(__file__).parent.parent / "fixtures"
RELEASED = sorted(FIXTURES.glob("store_schema_v*.sqlite"))


def test_there_is_a_fixture_for_every_schema_version() -> None:
    versions = {int(p.stem.rsplit("v", 1)[1]) for p in RELEASED}
    assert versions == set(range(1, migrations.latest_version(migrations_dir()) + 1))


@pytest.mark.parametrize("fixture", RELEASED, ids=lambda p: p.stem)
def test_fixture_store_opens_with_its_residents(fixture: Path, tmp_path: Path) -> None:
    copy = tmp_path / "toegang.sqlite"
    shutil.copy(fixture, copy)
    db = open_store(copy, tmp_path / "backups", migrations_dir())
    try:
        latest = migrations.latest_version(migrations_dir())
        assert db.execute("PRAGMA user_version").fetchone()[0] == latest
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        service = DossierService(db)
        assert service.resident_count() == 6
        assert len(service.search("sukru", CaseloadSort.NAME)) == 1
        [jan] = service.search("proefpersoon jan", CaseloadSort.NAME)
        conversations = service.conversations(jan)
        assert conversations[0].assessment("finances").level == 2
        if fixture.stem == "store_schema_v2":  # recorded with markers and decisions: they survive
            assert conversations[0].markers and conversations[0].decisions
    finally:
        db.close()
