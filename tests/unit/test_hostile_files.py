"""Hostile dossier and content files (issue 14): each ends in a problem that names the place
and is worded, never a traceback; nothing is imported and content falls back to the standard."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from toegang_desktop.content.checklist import load_checklist
from toegang_desktop.content.partners import default_partners_path, load_partners
from toegang_desktop.content.rules import default_rules_path, load_rules
from toegang_desktop.content.toml_reader import ContentError
from toegang_desktop.domain.problems import ValidationFailed
from toegang_desktop.export import dossier_json_guard
from toegang_desktop.locations import default_checklist_path
from toegang_desktop.services.content import load_content
from toegang_desktop.services.transfer import import_dossier
from toegang_desktop.store.database import Database
from toegang_desktop.wording.messages import content_error_text, problem_lines

from .fuzz_mutations import store_fingerprint

TODAY = date(2026, 3, 2)
SEED = json.loads((Path(__file__).parent.parent / "fixtures" / "dossier_v3.json").read_text(
    encoding="utf-8"))
_PLACEHOLDER = '"\\u0000PUT\\u0000"'


def _file(change: Callable[[dict[str, Any]], None], put: str = "") -> str:
    data = copy.deepcopy(SEED)
    change(data)
    return json.dumps(data).replace(_PLACEHOLDER, put)


def _question(value: object) -> Callable[[dict[str, Any]], None]:
    return lambda data: data["conversations"][0].update(question=value)


HOSTILE = {
    "lone surrogate": (_file(_question("Hulp \ud800 nodig")),
                       [("conversations[0].question", "json_bad_text")]),
    "lone surrogate in a key": (_file(lambda d: d["resident"].update({"x\udfff": ""})),
                                [("resident", "json_bad_text")]),
    "nested 5,000 deep": (_file(_question("\x00PUT\x00"), "[" * 5000 + "]" * 5000),
                          [("", "json_too_deep")]),
    "nested 300 deep": (_file(_question("\x00PUT\x00"), "[" * 300 + "]" * 300),
                        [("conversations[0].question" + "[0]" * 13, "json_too_deep")]),
    "5,000 digits": (_file(lambda d: d["conversations"][1]["assessments"][0].update(
        level="\x00PUT\x00"), "9" * 5000),
        [("conversations[1].assessments[0].level", "json_number_too_long")]),
    "format version 3.0": (_file(lambda d: d.update(format_version=3.0)),
                           [("format_version", "json_version_not_whole")]),
    "format version true": (_file(lambda d: d.update(format_version=True)),
                            [("format_version", "json_version_not_whole")]),
    "format version '3'": (_file(lambda d: d.update(format_version="3")),
                           [("format_version", "json_version_not_whole")]),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_dossier_is_refused_by_name_and_place_with_the_store_unchanged(
    db: Database, tmp_path: Path, name: str
) -> None:
    text, expected = HOSTILE[name]
    path = tmp_path / "dossier.json"
    path.write_text(text, encoding="utf-8")
    before = store_fingerprint(db)

    with pytest.raises(ValidationFailed) as refused:
        import_dossier(db, path, TODAY)

    assert [(p.field, p.code) for p in refused.value.problems] == expected
    lines = problem_lines(refused.value.problems)
    assert all("Unexpected problem" not in line for line in lines)
    "\n".join(lines).encode("utf-8")  # printable: no lone surrogate reaches the terminal
    assert store_fingerprint(db) == before


def test_the_parser_running_out_of_stack_is_placed_by_line_and_column(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "dossier.json"
    path.write_text('{"format": "toegang-dossier",\n "x": ' + "[" * 5000 + "]" * 5000 + "}")

    with pytest.raises(ValidationFailed) as refused:
        import_dossier(db, path, TODAY)

    [problem] = refused.value.problems  # the root object is level 1, so 16 brackets on line 2
    assert problem.params == {"max": dossier_json_guard.MAX_DEPTH, "line": 2,
                              "column": 6 + dossier_json_guard.MAX_DEPTH}


def test_a_file_too_large_for_a_dossier_is_refused_before_it_is_read(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("toegang_desktop.services.transfer.MAX_FILE_BYTES", 1024)
    path = tmp_path / "dossier.json"
    path.write_text(json.dumps(SEED), encoding="utf-8")

    with pytest.raises(ValidationFailed) as refused:
        import_dossier(db, path, TODAY)

    assert [(p.field, p.code) for p in refused.value.problems] == [("", "json_too_large")]


# -- content files ----------------------------------------------------------------------


def _nested_rules(depth: int) -> str:
    condition = "{ all = [\n" * depth + '{ household = "child" }' + "] }" * depth
    return default_rules_path().read_text(encoding="utf-8").replace(
        "when = { count = { where = { concern = true }, at_least = 3 } }", f"when = {condition}", 1)


KEYS = [d.key for d in load_checklist(default_checklist_path()).domains]
DEEP_ARRAY = "\nextra = " + "[" * 5000 + "]" * 5000 + "\n"


@pytest.mark.parametrize(("kind", "text", "place", "code"), [
    ("rules", _nested_rules(200), "-", "too_deep_line"),
    ("rules", _nested_rules(9), "rules[2] (concerns_in_three_domains).when" + ".all[1]" * 8,
     "too_deep"),
    ("checklist", default_checklist_path().read_text(encoding="utf-8") + DEEP_ARRAY, "-",
     "too_deep_line"),
    ("partners", default_partners_path().read_text(encoding="utf-8") + DEEP_ARRAY, "-",
     "too_deep_line"),
    ("checklist", "x = " + "[" * 30 + "]" * 30, "x" + "[1]" * 24, "too_deep"),
    ("rules", "[ruleset]\nid = " + "9" * 5000 + "\n", "-", "number_too_long"),
])
def test_a_content_file_that_breaks_the_parser_is_a_content_error(
    tmp_path: Path, kind: str, text: str, place: str, code: str
) -> None:
    path = tmp_path / f"{kind}.toml"
    path.write_text(text, encoding="utf-8")
    load = {"rules": lambda p: load_rules(p, KEYS), "checklist": load_checklist,
            "partners": load_partners}[kind]

    with pytest.raises(ContentError) as refused:
        load(path)

    assert (refused.value.place, refused.value.code) == (place, code)
    assert "{" not in content_error_text(refused.value)


def test_deeply_nested_own_rules_fall_back_to_the_standard_rules(tmp_path: Path) -> None:
    path = tmp_path / "regels.toml"
    path.write_text(_nested_rules(200), encoding="utf-8")

    loaded = load_content(None, path)

    assert loaded.rules.source == default_rules_path()
    assert [p.code for p in loaded.problems] == ["too_deep_line"]
