"""Shared test setup: offscreen Qt, GUI tests auto-marked, a fresh store per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from toegang_desktop.locations import migrations_dir  # noqa: E402
from toegang_desktop.store.connection import open_store  # noqa: E402
from toegang_desktop.store.database import Database  # noqa: E402

UI_TESTS = Path(__file__).parent / "ui"


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
