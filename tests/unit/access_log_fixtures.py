"""Fixtures the access-log tests share: a log of ten views, and a plain sqlite3 connection to
the same (unencrypted test) file, as someone editing it outside the app would use."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from toegang_desktop.services.access_log import AccessLog, Actor
from toegang_desktop.store.database import Database

WHO = Actor("medewerker1", "standaard", "WERKPLEK-07")


@pytest.fixture
def log(db: Database) -> AccessLog:
    recorder = AccessLog(db, WHO)
    for resident_id in range(1, 11):
        recorder.viewed(resident_id)
    return recorder


@pytest.fixture
def raw(store_path: Path, log: AccessLog) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection, as someone editing the file would use."""
    conn = sqlite3.connect(store_path, isolation_level=None)
    yield conn
    conn.close()
