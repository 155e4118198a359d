"""Fuzzing the dossier import: a damaged file is imported whole or refused with a message,
the store is left as it was, and nothing but ValidationFailed comes out.

Budget: a fixed number of examples (see _BUDGET), derandomised on CI (tests/conftest.py).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toegang_desktop.domain.problems import ValidationFailed
from toegang_desktop.export.whole_file import ProtectedFiles
from toegang_desktop.services.transfer import export_dossier, import_dossier
from toegang_desktop.store.database import Database
from toegang_desktop.wording.messages import problem_lines

from .fuzz_mutations import (
    BYTE_MUTATION,
    TREE_MUTATION,
    dump_json,
    mutate_bytes,
    mutate_tree,
    store_fingerprint,
)

TODAY = date(2026, 3, 2)
FIXTURES = Path(__file__).parent.parent / "fixtures"
SEEDS = [json.loads((FIXTURES / f"dossier_v{v}.json").read_text(encoding="utf-8"))
         for v in (1, 2, 3)]
_BUDGET = settings(max_examples=300, suppress_health_check=[
    HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large])


def _shape(data: dict[str, Any]) -> list[tuple[int, int, int, bool, bool]]:
    """Per conversation what must arrive whole: assessments, agreements, decisions, a route
    and a reporting-code record (the parts that silently went missing with "3.0")."""
    return [(len(c["assessments"]), len(c.get("agreements") or []), len(c.get("decisions") or []),
             c.get("route") is not None, c.get("safety_record") is not None)
            for c in data["conversations"]]


def _assert_total_or_refused(db: Database, raw: bytes, tmp_path: Path) -> None:
    path = tmp_path / "dossier.json"
    path.write_bytes(raw)
    before = store_fingerprint(db)
    try:
        resident_id = import_dossier(db, path, TODAY)
    except ValidationFailed as failure:
        assert failure.problems, "a refusal names at least one problem"
        lines = problem_lines(failure.problems)  # every problem can be worded
        assert all(line and "Unexpected problem" not in line for line in lines), lines
        "\n".join(lines).encode("utf-8")  # and printed (no lone surrogates)
        assert store_fingerprint(db) == before, "a refused import changed the store"
        return
    # Imported: then all of it, as the file said.
    exported = tmp_path / "again.json"
    export_dossier(db, resident_id, exported, "fuzz", protected=ProtectedFiles())
    data = json.loads(raw.decode("utf-8-sig"))
    again = json.loads(exported.read_text(encoding="utf-8"))
    assert data["format_version"] in (1, 2, 3) and type(data["format_version"]) is int
    if data["format_version"] == 3:
        assert _shape(again) == _shape(data)
    else:
        assert [s[0] for s in _shape(again)] == [s[0] for s in _shape(data)]
    db.execute("DELETE FROM residents WHERE id = ?", (resident_id,))  # keep BSNs free


@_BUDGET
@given(seed=st.sampled_from(SEEDS), mutations=st.lists(TREE_MUTATION, min_size=1, max_size=3),
       damage=BYTE_MUTATION)
def test_a_damaged_dossier_is_imported_whole_or_refused_with_the_store_unchanged(
    db: Database, tmp_path: Path, seed: dict[str, Any],
    mutations: list[tuple[str, int, Any, str]], damage: tuple[str, int, bytes],
) -> None:
    raw = mutate_bytes(dump_json(mutate_tree(seed, mutations)), damage)
    _assert_total_or_refused(db, raw, tmp_path)


@pytest.mark.parametrize("version", [3.0, 2.0, True, "3", None, 0, -1, 4.0, 10**30, [3]])
def test_a_format_version_that_is_no_whole_number_is_refused(
    db: Database, tmp_path: Path, version: object
) -> None:
    data = dict(SEEDS[2], format_version=version)
    _assert_total_or_refused(db, json.dumps(data).encode(), tmp_path)
    with pytest.raises(ValidationFailed) as refused:
        import_dossier(db, tmp_path / "dossier.json", TODAY)
    assert [p.field for p in refused.value.problems] == ["format_version"]
