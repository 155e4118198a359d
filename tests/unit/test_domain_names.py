"""One meaning per name in domain/: a constant defined there is defined nowhere else (once
CONCERN_LEVEL meant level <= 2 in domain/rules.py and <= 3 in services/learning.py)."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "toegang_desktop"


def _constants(path: Path) -> list[str]:
    """Module-level UPPER_CASE names (leading underscore allowed) a file assigns."""
    names = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else (
            [node.target] if isinstance(node, ast.AnnAssign) else [])
        names += [t.id for t in targets if isinstance(t, ast.Name) and t.id.lstrip("_").isupper()]
    return names


def test_a_domain_constant_has_one_definition() -> None:
    where: defaultdict[str, list[str]] = defaultdict(list)
    for path in sorted(PACKAGE.rglob("*.py")):
        for name in _constants(path):
            where[name].append(str(path.relative_to(PACKAGE)))
    domain_names = {n for n, files in where.items() if any(f.startswith("domain/") for f in files)}
    # Private names may repeat outside domain/ (each module's own), never inside it.
    twice = {n: files for n, files in where.items() if n in domain_names and len(files) > 1
             and (not n.startswith("_") or sum(f.startswith("domain/") for f in files) > 1)}
    assert not twice, f"one name, two definitions (name each by what it means): {twice}"
