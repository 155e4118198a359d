"""Fuzzing the content files (checklist, rules, partners): a damaged file is read or refused
with a ContentError naming file, place and problem, never another exception, and the app
falls back to the standard file.

Budget: a fixed number of examples (see _BUDGET), derandomised on CI (tests/conftest.py).
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toegang_desktop.content.checklist import load_checklist
from toegang_desktop.content.partners import default_partners_path, load_partners
from toegang_desktop.content.rules import default_rules_path, load_rules
from toegang_desktop.content.toml_reader import ContentError
from toegang_desktop.locations import default_checklist_path
from toegang_desktop.services.content import load_content
from toegang_desktop.wording.messages import content_error_text

from .fuzz_mutations import TOML_MUTATION, mutate_toml

STANDARD = {
    "checklist": default_checklist_path().read_text(encoding="utf-8"),
    "rules": default_rules_path().read_text(encoding="utf-8"),
    "partners": default_partners_path().read_text(encoding="utf-8"),
}
KEYS = [d.key for d in load_checklist(default_checklist_path()).domains]
_BUDGET = settings(max_examples=200, suppress_health_check=[
    HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def _load(kind: str, path: Path) -> None:
    if kind == "checklist":
        load_checklist(path)
    elif kind == "rules":
        load_rules(path, KEYS)
    else:
        load_partners(path)


@_BUDGET
@given(kind=st.sampled_from(sorted(STANDARD)),
       mutations=st.lists(TOML_MUTATION, min_size=1, max_size=3))
def test_a_damaged_content_file_is_read_or_refused_with_a_content_error(
    tmp_path: Path, kind: str, mutations: list[tuple[str, int, str, bytes]]
) -> None:
    text = STANDARD[kind]
    for mutation in mutations:
        text = mutate_toml(text, mutation).decode("utf-8", "surrogateescape")
    path = tmp_path / f"{kind}.toml"
    path.write_bytes(text.encode("utf-8", "surrogateescape"))
    try:
        _load(kind, path)
    except ContentError as error:
        assert error.path == path and error.place and error.code
        content_error_text(error).encode("utf-8")  # worded, and printable
    if kind != "partners":  # the session's choice falls back to the standard files
        loaded = load_content(path if kind == "checklist" else None,
                              path if kind == "rules" else None)
        assert loaded.rules.rules and loaded.checklist.domains
