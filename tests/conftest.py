"""Shared test setup: offscreen Qt, GUI tests auto-marked, a fresh store per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from toegang_desktop.locations import migrations_dir  # noqa: E402
from toegang_desktop.store.connection import open_store  # noqa: E402
from toegang_desktop.store.database import Database  # noqa: E402

UI_TESTS = Path(__file__).parent / "ui"

# Property and fuzz tests run a small, fixed budget; on CI they are derandomised so a run can
# never fail by chance (a seed that finds a new fault is for a developer's run to turn up).
settings.register_profile("dev", deadline=None, print_blob=True)
settings.register_profile("ci", deadline=None, derandomize=True, database=None, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if UI_TESTS in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "toegang.sqlite"


@pytest.fixture
def db(store_path: Path) -> Iterator[Database]:
    database = open_store(store_path, store_path.parent / "backups", migrations_dir())
    yield database
    database.close()
