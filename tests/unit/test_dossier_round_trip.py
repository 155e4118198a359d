"""Round trip over generated dossiers (issue 14): import -> export -> import -> export gives the
same file, and nothing the file carried is lost on the way (the property that failed when
"format_version": 3.0 dropped the route, the agreements and the reporting-code record).

Budget: a fixed number of examples (see _BUDGET), derandomised on CI (tests/conftest.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from toegang_desktop.domain.problems import ValidationFailed
from toegang_desktop.export.whole_file import ProtectedFiles
from toegang_desktop.locations import migrations_dir
from toegang_desktop.services.transfer import export_dossier, import_dossier
from toegang_desktop.store.connection import open_store
from toegang_desktop.store.database import Database

from .dossier_strategies import TODAY, dossiers

_BUDGET = settings(max_examples=30, suppress_health_check=[
    HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large])


def _through(db: Database, data: dict[str, Any], folder: Path) -> dict[str, Any]:
    """Import `data` into `db` and export it again, as parsed JSON without its export time."""
    source, target = folder / "in.json", folder / "out.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    try:
        resident_id = import_dossier(db, source, TODAY)
    except ValidationFailed as failure:  # the generator must only make valid dossiers
        raise AssertionError(failure.problems) from None
    export_dossier(db, resident_id, target, "0.1.0", protected=ProtectedFiles())
    again: dict[str, Any] = json.loads(target.read_text(encoding="utf-8"))
    del again["exported_at"]
    # Leave the store as it was: the next example may use the same BSN and partner names.
    db.execute("DELETE FROM residents WHERE id = ?", (resident_id,))
    db.execute("DELETE FROM partners")
    return again


def _what_arrives(data: dict[str, Any]) -> list[Any]:
    """What must survive the first import unchanged in number and kind: per conversation the
    domains, markers, decisions, agreements (with their owners), the route, the topics'
    states and the reporting-code record's decision; the journal's kinds, corrections and
    agreements."""
    return [
        ([a["domain_key"] for a in c["assessments"]], c["markers"],
         [(d["rule_id"], d["decision"]) for d in c["decisions"]],
         [(a["owner"], a["partner"] is not None, a["status"]) for a in c["agreements"]],
         c["route"] is not None, [(t["topic"], t["state"]) for t in c["investigation_topics"]],
         c["safety_record"] and c["safety_record"]["decision"], c["held_on"], c["place"])
        for c in data["conversations"]
    ] + [len(data["household"]), data["resident"]["date_of_birth"],
         [(e["kind"], e["corrects"], len(e["agreements"])) for e in data["journal"]]]


@pytest.fixture
def other_db(tmp_path: Path) -> Iterator[Database]:
    """A second store: the workstation the dossier moves to."""
    database = open_store(tmp_path / "b" / "toegang.sqlite", tmp_path / "b" / "backups",
                          migrations_dir())
    yield database
    database.close()


@_BUDGET
@given(dossier=dossiers())
def test_export_import_export_gives_the_same_file(
    db: Database, other_db: Database, tmp_path: Path, dossier: dict[str, Any]
) -> None:
    first = _through(db, dossier, tmp_path)
    second = _through(other_db, first | {"exported_at": dossier["exported_at"]}, tmp_path)

    assert second == first
    assert _what_arrives(first) == _what_arrives(dossier)  # the gist, for a short report
    assert first == {k: v for k, v in dossier.items() if k != "exported_at"}  # and all of it
