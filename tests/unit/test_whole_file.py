"""Export files are written whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from toegang_desktop.export.whole_file import ProtectedFiles, replaced_whole


def test_the_file_is_replaced_only_when_writing_succeeds(tmp_path: Path) -> None:
    target = tmp_path / "rapport.csv"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), replaced_whole(target, ProtectedFiles()) as temp:
        temp.write_text("half", encoding="utf-8")
        raise RuntimeError("disk full")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.csv"]  # no temp file left

    with replaced_whole(target, ProtectedFiles()) as temp:
        temp.write_text("new", encoding="utf-8")
    assert target.read_text(encoding="utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.csv"]


def test_the_write_path_has_one_home_and_no_import_circle() -> None:
    """`write_whole` and `replaced_whole` live in export/whole_file.py only; the access log
    uses them from there, no longer through services/transfer.py (which imports it back)."""
    package = Path(__file__).resolve().parents[2] / "toegang_desktop"
    homes = [p.relative_to(package).as_posix() for p in package.rglob("*.py")
             if "def write_whole(" in p.read_text(encoding="utf-8")
             or "def replaced_whole(" in p.read_text(encoding="utf-8")]
    assert homes == ["export/whole_file.py"]
    assert "transfer" not in (package / "services" / "access_log.py").read_text(encoding="utf-8")
