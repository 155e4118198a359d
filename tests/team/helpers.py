"""Operations for the team tests: fictional residents, made the way a laptop sends them."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import psycopg

from toegang_desktop.domain.team import OperationKind, TeamOperation
from toegang_desktop.team import api


def new_id() -> str:
    return str(uuid.uuid4())


def now() -> datetime:
    return datetime.now(UTC)


def insert(table: str, resident: str, data: dict[str, object], record: str | None = None) -> TeamOperation:
    return TeamOperation(new_id(), OperationKind.INSERT, table, record or new_id(), resident, now(),
                         data=data)


def update(table: str, resident: str, record: str, field: str, before: object,
           after: object) -> TeamOperation:
    return TeamOperation(new_id(), OperationKind.UPDATE, table, record, resident, now(),
                         field=field, before=before, after=after)


def delete(table: str, resident: str, record: str) -> TeamOperation:
    return TeamOperation(new_id(), OperationKind.DELETE, table, record, resident, now())


def summary(resident: str, name: str, born: str = "1970-01-01",
            term: str | None = None) -> TeamOperation:
    data: dict[str, object] = {"display_name": name, "date_of_birth": born}
    if term:
        data["next_legal_term"] = term
    return TeamOperation(new_id(), OperationKind.SUMMARY, "residents", resident, resident, now(),
                         data=data)


def new_dossier(conn: psycopg.Connection[Any], device: str, name: str = "Jan Testpersoon",
                level: int = 3) -> tuple[str, str]:
    """A resident with one conversation; returns (resident uuid, conversation uuid)."""
    resident = new_id()
    conversation = new_id()
    results = api.push(conn, device, [
        insert("residents", resident, {"surname": name.split()[-1], "first_names": name.split()[0]},
               record=resident),
        summary(resident, name),
        insert("conversations", resident, {"resident": resident, "level": level, "notes": ""},
               record=conversation),
    ])
    assert [r.status.value for r in results] == ["applied"] * 3, results
    return resident, conversation
