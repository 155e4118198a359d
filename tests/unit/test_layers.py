"""The dependency rules of docs/architecture.md, checked for every module of the package.

One table (ALLOWED) says, per package or top-level module, which parts of toegang_desktop and
which Qt modules it may import; every import counts, also the lazy ones inside functions and
those only for type checking. The table in docs/architecture.md must say the same.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "toegang_desktop"
ARCHITECTURE = ROOT / "docs" / "architecture.md"
TOP = "toegang_desktop"  # the package's own __init__: its name and version

ALLOWED: dict[str, set[str]] = {
    TOP: set(),
    "__main__": {"cli"},
    "domain": set(),
    "locations": set(),
    "content": {"domain", "locations"},
    "store": {"domain"},
    "export": {"domain", "wording", "locations"},
    # the words a person reads: from domain objects only; ui, services, export and cli ask here
    "wording": {"domain", "locations"},
    "services": {"store", "domain", "content", "export", "wording", "locations", "paths", TOP,
                 "team", "QtCore"},
    # the team server's client: the only psycopg importer; no Qt, no store
    "team": {"domain", "locations"},
    "ui": {"services", "domain", "wording", "i18n", "locations", "logging_setup", "paths", TOP,
           "QtCore", "QtGui", "QtWidgets", "QtNetwork"},
    # ui only to start the window and the build's smoke test; team (and domain, for the values
    # it takes) for `server ...`: administering the team server, no store, no session
    "cli": {"services", "wording", "ui", "i18n", "paths", "locations", "logging_setup", TOP, "team",
            "domain", "QtCore"},
    "i18n": {"locations", "wording", "QtCore"},
    "paths": {TOP, "domain", "QtCore"},
    "logging_setup": set(),
}
# The command line is one unit, whether it is cli.py with its cli_*.py helpers or a cli/ package.
_CLI_MODULES = re.compile(r"^(cli|cli_\w+|\w+_cli)$")


def unit(name: str) -> str:
    """The row of ALLOWED a first-level name below toegang_desktop belongs to."""
    if name == "__init__":
        return TOP
    return "cli" if _CLI_MODULES.match(name) else name


def _is_module(dotted: str) -> bool:
    path = PACKAGE.parent.joinpath(*dotted.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _imports(path: Path, text: str | None = None) -> list[str]:
    """Absolute module names a file imports anywhere in it (relative imports resolved;
    `from . import x` counts as importing the submodule x when there is one)."""
    tree = ast.parse(path.read_text(encoding="utf-8") if text is None else text)
    package = path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1]
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                module = ".".join([*package[: len(package) - node.level + 1], module]).rstrip(".")
            subs = [f"{module}.{a.name}" for a in node.names if _is_module(f"{module}.{a.name}")]
            names += subs or [module]
    return names


def _targets(path: Path, text: str | None = None) -> set[str]:
    """The rows (and Qt modules) a file depends on, itself excluded."""
    own = _unit_of_file(path)
    found = set()
    for name in _imports(path, text):
        parts = name.split(".")
        if parts[0] == TOP:
            target = unit(parts[1]) if len(parts) > 1 else TOP
            if target != own:
                found.add(target)
        elif parts[0] in ("PySide6", "shiboken6"):
            found.add(parts[1] if len(parts) > 1 and parts[0] == "PySide6" else parts[0])
    return found


def _unit_of_file(path: Path) -> str:
    first = path.relative_to(PACKAGE).parts[0]
    return unit(first.removesuffix(".py"))


def _all_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def test_every_module_has_a_row() -> None:
    missing = sorted({str(p.relative_to(PACKAGE)) for p in _all_files()
                      if _unit_of_file(p) not in ALLOWED})
    assert missing == [], "add a row to ALLOWED and to docs/architecture.md"


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layer_imports_only_what_the_architecture_allows(layer: str) -> None:
    offending = {}
    for path in _all_files():
        if _unit_of_file(path) == layer:
            extra = _targets(path) - ALLOWED[layer]
            if extra:
                offending[str(path.relative_to(PACKAGE))] = sorted(extra)
    assert offending == {}


def test_common_ui_pieces_import_no_screen() -> None:
    """ui/common is what every screen stands on: it imports no other part of ui."""
    for path in sorted((PACKAGE / "ui" / "common").rglob("*.py")):
        others = [n for n in _imports(path) if n.startswith(f"{TOP}.ui.")
                  and not n.startswith(f"{TOP}.ui.common")]
        assert others == [], path.name


def test_ui_runs_no_sql() -> None:
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert "sqlite3" not in text and ".execute(" not in text, path.name


def _documented_rows() -> dict[str, set[str]]:
    """The 'may import' column of the package table in docs/architecture.md: the names in
    backticks (plain words there are third-party libraries, which this test does not check)."""
    rows = {}
    for line in ARCHITECTURE.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or not cells[0].startswith(f"`{TOP}/"):
            continue
        first = re.match(r"`toegang_desktop/([\w.]+)/?`", cells[0])
        assert first, line
        name = first.group(1).removesuffix(".py")
        rows[unit(name)] = set(re.findall(r"`([\w.]+)`", cells[2]))
    return rows


def test_architecture_document_says_the_same() -> None:
    assert _documented_rows() == ALLOWED


def test_the_check_sees_lazy_and_type_checking_imports() -> None:
    """An import inside a function or under TYPE_CHECKING counts (the test can fail)."""
    text = ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ...content import checklist\n"
            "def f() -> None:\n    from ...services import session\n    import PySide6.QtGui\n")
    assert _targets(PACKAGE / "ui" / "conversation" / "probe.py", text) == {"content", "services", "QtGui"}
