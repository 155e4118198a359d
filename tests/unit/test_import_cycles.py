"""No new import circles between the app's modules.

A circle (a imports b, b imports a, also lazily or only for type checking) means neither module
can be understood or moved alone; the usual cause is a type that lives in the wrong module
(ReportContext lived in pdf_report.py, which imports the parts that need it). The circles
that exist by design, or are being removed elsewhere, are listed and each says why.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "toegang_desktop"

KNOWN = [
    # connection.py makes the pre-migration copy through backups, which opens its connections
    # through connection.py; the import in connection.py is lazy.
    {"store.backups", "store.connection"},
    # write_whole: being moved to export/whole_file.py (issue 15, section 5).
    {"services.access_log", "services.transfer"},
    # the controller builds windows with the Launcher; the Launcher starts the controller (lazy)
    {"ui.shell.app_controller", "ui.shell.launch"},
    # the window owns its menus, the privacy and today's-work wirings and the watcher of
    # changes by another connection, which name the window's type only (for type checking);
    # the team wiring and its team-work part too (loaded lazily, in team mode only)
    {"ui.shell.main_window", "ui.shell.main_menus", "ui.privacy.privacy_wiring",
     "ui.shell.external_changes", "ui.shell.today_wiring", "ui.team.wiring",
     "ui.team.work_wiring"},
]


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        parts = parts[:-1] if parts[-1] == "__init__" else parts
        found[".".join(parts)] = path
    return found


def _dependencies(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [a.name.removeprefix("toegang_desktop.") for a in node.names
                       if a.name.startswith("toegang_desktop.")]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join([*base, node.module or ""]).strip(".")
            elif (node.module or "").startswith("toegang_desktop."):
                module = (node.module or "").removeprefix("toegang_desktop.")
            else:
                continue
            submodules = [f"{module}.{a.name}".strip(".") for a in node.names]
            # `from . import entry` loads the sibling module, not the package's own code
            targets = submodules if all(s in modules for s in submodules) else [*submodules, module]
        for target in targets:
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def _circles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    circles.append(component)
    return circles


def test_no_new_import_circles() -> None:
    modules = _modules()
    graph = {name: _dependencies(name, path, modules) for name, path in modules.items()}
    new = [sorted(c) for c in _circles(graph) if c not in KNOWN]
    assert new == []


def test_circle_finder_finds_a_circle() -> None:
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [{"a", "b", "c"}]
