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
