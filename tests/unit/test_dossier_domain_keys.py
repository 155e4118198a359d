"""Domain keys on import (issue 14): a conversation that names a checklist this workstation
has may only have that checklist's domains; any other checklist or version is kept as
recorded (docs/dossier-format.md, "Life domains")."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from toegang_desktop.content.checklist import load_checklist
from toegang_desktop.domain.problems import ValidationFailed
from toegang_desktop.export.whole_file import ProtectedFiles
from toegang_desktop.locations import default_checklist_path
from toegang_desktop.services.content import known_checklists
from toegang_desktop.services.transfer import DossierTransfer
from toegang_desktop.store.database import Database
from toegang_desktop.wording.messages import problem_lines

from .fuzz_mutations import store_fingerprint

TODAY = date(2026, 3, 2)
SEED = json.loads((Path(__file__).parent.parent / "fixtures" / "dossier_v3.json").read_text(
    encoding="utf-8"))
STANDARD = load_checklist(default_checklist_path())
MUNICIPAL = """\
[checklist]
id = "gemeente-zuid"
version = "3"
name = "Leefgebieden Zuid"
level_names = ["1", "2", "3", "4", "5"]
""" + "".join(f"""
[[domains]]
key = "{key}"
label = "{key}"
description = "Eigen leefgebied."
prompts = ["Vraag een?", "Vraag twee?", "Vraag drie?"]
levels = ["1", "2", "3", "4", "5"]
""" for key in ("geldzaken", "wonen", "gezondheid"))


def _dossier(tmp_path: Path, key: str, checklist: tuple[str, str] | None = None) -> Path:
    """The fixture with the first domain of its older conversation renamed to `key`."""
    data: dict[str, Any] = copy.deepcopy(SEED)
    conversation = data["conversations"][0]
    conversation["assessments"][0]["domain_key"] = key
    if checklist is not None:
        conversation["checklist_id"], conversation["checklist_version"] = checklist
    path = tmp_path / "dossier.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_an_unknown_domain_of_the_standard_checklist_is_refused_by_name(
    db: Database, tmp_path: Path
) -> None:
    transfer = DossierTransfer(db, "test", checklists=known_checklists(STANDARD), protected=ProtectedFiles())
    before = store_fingerprint(db)

    with pytest.raises(ValidationFailed) as refused:
        transfer.import_file(_dossier(tmp_path, "geld"), TODAY)

    [problem] = refused.value.problems
    assert (problem.field, problem.code) == (
        "conversations[0].assessments[0].domain_key", "domain_key_unknown")
    assert problem.params["key"] == "geld"
    assert problem.params["known"] == ", ".join(d.key for d in STANDARD.domains)
    [line] = problem_lines(refused.value.problems)
    assert "'geld'" in line and "finances, work_education" in line
    assert store_fingerprint(db) == before


def test_a_known_domain_key_imports(db: Database, tmp_path: Path) -> None:
    transfer = DossierTransfer(db, "test", checklists=known_checklists(STANDARD), protected=ProtectedFiles())

    assert transfer.import_file(_dossier(tmp_path, "finances"), TODAY) > 0


@pytest.mark.parametrize("checklist", [("toegang-standaard", "2025.1"), ("gemeente-noord", "1")])
def test_a_conversation_of_another_checklist_or_version_keeps_its_keys_as_recorded(
    db: Database, tmp_path: Path, checklist: tuple[str, str]
) -> None:
    transfer = DossierTransfer(db, "test", checklists=known_checklists(STANDARD), protected=ProtectedFiles())

    assert transfer.import_file(_dossier(tmp_path, "geld", checklist), TODAY) > 0


def test_with_a_municipal_checklist_both_it_and_the_standard_one_are_checked(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "zuid.toml"
    path.write_text(MUNICIPAL, encoding="utf-8")
    transfer = DossierTransfer(db, "test", checklists=known_checklists(load_checklist(path)),
                               protected=ProtectedFiles())

    with pytest.raises(ValidationFailed) as refused:
        transfer.import_file(_dossier(tmp_path, "finances", ("gemeente-zuid", "3")), TODAY)
    assert refused.value.problems[0].params["known"] == "geldzaken, wonen, gezondheid"
    with pytest.raises(ValidationFailed):
        transfer.import_file(_dossier(tmp_path, "geldzaken"), TODAY)  # names the standard one


def test_without_known_checklists_the_keys_are_not_judged(db: Database, tmp_path: Path) -> None:
    transfer = DossierTransfer(db, "test", protected=ProtectedFiles())
    assert transfer.import_file(_dossier(tmp_path, "geld"), TODAY) > 0
