"""The dependency rule: ui -> services -> store / domain / content / export, never backwards."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "toegang_desktop"
QT_FREE = ("domain", "store", "content", "export", "wording")
FORBIDDEN = {
    "domain": {"store", "content", "services", "export", "ui", "cli", "wording"},
    "content": {"store", "services", "export", "ui", "cli", "wording"},
    "store": {"content", "services", "export", "ui", "cli", "wording"},
    "export": {"store", "content", "services", "ui", "cli"},
    "services": {"ui", "cli"},
    # The words a person reads: from domain objects only; ui, services, export and cli ask here.
    "wording": {"store", "content", "services", "export", "ui", "cli"},
    # The interface and the command line reach the store only through services.
    "ui": {"store", "cli"},
    "cli": {"store", "export", "content"},
}


def _imports(path: Path) -> list[str]:
    """Absolute module names imported by a file (relative imports resolved in the package)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1]
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                names.append(".".join([*base, node.module or ""]).rstrip("."))
            else:
                names.append(node.module or "")
    return names


def _files(layer: str) -> list[Path]:
    if (PACKAGE / f"{layer}.py").exists():
        return [PACKAGE / f"{layer}.py"]
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", QT_FREE)
def test_layer_imports_no_qt(layer: str) -> None:
    for path in _files(layer):
        offending = [n for n in _imports(path) if n.split(".")[0] in ("PySide6", "shiboken6")]
        assert not offending, f"{path.name} imports {offending}"


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_never_imports_upwards(layer: str) -> None:
    for path in _files(layer):
        for name in _imports(path):
            parts = name.split(".")
            if parts[0] == "toegang_desktop" and len(parts) > 1:
                assert parts[1] not in FORBIDDEN[layer], f"{path.name} imports {name}"


def test_ui_runs_no_sql() -> None:
    for path in _files("ui"):
        text = path.read_text(encoding="utf-8")
        assert "sqlite3" not in text and ".execute(" not in text, path.name
