"""The packaging files: the spec ships every resource folder and the migrations, the version
template and installer script are complete, and build.py runs."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from pathlib import Path

from ..children import run_child

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "toegang.spec"


def _spec_value(name: str) -> object:
    """A literal assigned at the top of the spec (the spec itself needs PyInstaller to run)."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name) and node.targets[0].id == name):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not assigned in {SPEC.name}")


def test_spec_lists_every_resource_folder() -> None:
    folders = sorted(p.name for p in (ROOT / "resources").iterdir() if p.is_dir())
    listed = _spec_value("RESOURCE_FOLDERS")
    assert isinstance(listed, list)
    assert sorted(listed) == folders, "add the new folder under resources/ to RESOURCE_FOLDERS"


def test_spec_ships_the_migrations() -> None:
    assert _spec_value("MIGRATIONS") == "db/migrations"
    assert (ROOT / "db" / "migrations").is_dir()
    assert list((ROOT / "db" / "migrations").glob("*.sql"))


def test_spec_keeps_only_dutch_and_english_qt_translations() -> None:
    assert _spec_value("QT_LANGUAGES") == ("_nl.qm", "_en.qm")
    excluded = _spec_value("EXCLUDES")
    assert isinstance(excluded, list)
    for module in ("PySide6.QtNetworkAuth", "PySide6.QtQml", "PySide6.QtQuick", "tkinter"):
        assert module in excluded
    used = set()
    for path in (ROOT / "toegang_desktop").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert not {f"PySide6.{name}" for name in used} & set(excluded), "an excluded module is used"


def test_version_template_has_the_placeholders() -> None:
    text = (PACKAGING / "version_info.txt.in").read_text(encoding="utf-8")
    assert text.count("@VERSION_TUPLE@") == 2
    assert text.count("@VERSION@") == 2


def test_version_numbers_come_from_the_package_version() -> None:
    spec = importlib.util.spec_from_file_location("toegang_build", PACKAGING / "build.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    from toegang_desktop import __version__

    assert build.package_version() == __version__
    assert build.version_tuple("1.2.3") == (1, 2, 3, 0)
    assert build.version_tuple("0.4.0.dev1") == (0, 4, 0, 0)
    assert build.version_tuple("2.0rc1") == (2, 0, 0, 0)


def test_installer_is_per_user_and_keeps_data_by_default() -> None:
    text = (PACKAGING / "toegang.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in text
    assert r"DefaultDirName={localappdata}\Programs" in text
    assert re.search(r"AppId=\{\{[0-9A-F-]{36}\}", text)
    assert "{#AppVersion}" in text
    assert "MB_DEFBUTTON2" in text  # 'No, keep the data' is the default answer
    assert "[Icons]" in text and "{group}" in text


def test_icons_exist() -> None:
    png = ROOT / "resources" / "icons" / "toegang.png"
    ico = PACKAGING / "toegang.ico"
    assert png.read_bytes().startswith(b"\x89PNG")
    assert ico.read_bytes()[:4] == b"\x00\x00\x01\x00"


def test_build_script_help_runs() -> None:
    result = run_child([sys.executable, str(PACKAGING / "build.py"), "--help"],
                       capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert "--smoke" in result.stdout
