"""`toegang-desktop period-report`, run as a real process: PDF, CSV and aggregate file of a
period, merged aggregate files, and clear messages when something is wrong."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from toegang_desktop.domain.learning import Bottleneck, BottleneckCategory, Law
from toegang_desktop.locations import migrations_dir
from toegang_desktop.services.learning import LearningService
from toegang_desktop.store.connection import open_store

from .test_cli import _run


def _store_with_bottlenecks(folder: Path, count: int) -> None:
    from toegang_desktop.content.checklist import load_checklist
    from toegang_desktop.locations import resources_dir
    from toegang_desktop.services.conversations import ConversationService

    db = open_store(folder / "toegang.sqlite", folder / "backups", migrations_dir())
    try:
        checklist = load_checklist(resources_dir() / "checklists" / "standaard.toml")
        learning = LearningService(db, ConversationService(db, checklist))
        for _ in range(count):
            learning.save_bottleneck(Bottleneck(
                category=BottleneckCategory.WAITING_LIST, what_happened="Wachtlijst ggz.",
                occurred_on=date(2026, 8, 3), laws={Law.WMO}))
    finally:
        db.close()


def test_period_report_files_and_merge(tmp_path: Path) -> None:
    _store_with_bottlenecks(tmp_path / "a", 3)
    out = tmp_path / "out"
    out.mkdir()
    result = _run("--data-dir", str(tmp_path / "a"), "period-report", "--from", "01-07-2026",
                  "--to", "2026-09-30", "--pdf", str(out / "r.pdf"), "--csv", str(out / "r.csv"),
                  "--aggregate", str(out / "a.json"))
    assert result.returncode == 0, result.stderr
    assert (out / "r.pdf").read_bytes().startswith(b"%PDF")
    assert "Wachtlijst;< 5;0;–" in (out / "r.csv").read_text("utf-8-sig")
    assert json.loads((out / "a.json").read_text("utf-8"))["bottlenecks"]["total"] == 3
    # The team coordinator merges on a workstation without a store of their own.
    twice = _run("--data-dir", str(tmp_path / "coordinator"), "period-report", "--merge",
                 str(out / "a.json"), str(out / "a.json"), "--csv", str(out / "m.csv"))
    assert twice.returncode == 1 and "hetzelfde aggregaatbestand" in twice.stderr
    assert not (out / "m.csv").exists()
    _store_with_bottlenecks(tmp_path / "b", 7)
    result = _run("--data-dir", str(tmp_path / "b"), "period-report", "--from", "01-07-2026",
                  "--to", "2026-09-30", "--aggregate", str(out / "b.json"))
    assert result.returncode == 0, result.stderr
    merged = _run("--data-dir", str(tmp_path / "coordinator"), "period-report", "--merge",
                  str(out / "a.json"), str(out / "b.json"), "--csv", str(out / "m.csv"))
    assert merged.returncode == 0, merged.stderr
    assert not (tmp_path / "coordinator" / "toegang.sqlite").exists()
    # 3 + 7: the team's 10 would let workstation b work out a's 3, so it is hidden ("x")
    assert "Wachtlijst;x;0;–" in (out / "m.csv").read_text("utf-8-sig")


def test_period_report_problems(tmp_path: Path) -> None:
    _store_with_bottlenecks(tmp_path, 0)  # commands never create a store themselves
    nothing = _run("--data-dir", str(tmp_path), "period-report")
    assert nothing.returncode == 1 and "--pdf" in nothing.stderr
    backwards = _run("--data-dir", str(tmp_path), "period-report", "--from", "2026-09-30",
                     "--to", "2026-07-01", "--csv", str(tmp_path / "x.csv"))
    assert backwards.returncode == 1
    (tmp_path / "bad.json").write_text("[]", "utf-8")
    bad = _run("--data-dir", str(tmp_path), "period-report", "--merge", str(tmp_path / "bad.json"),
               "--csv", str(tmp_path / "x.csv"))
    assert bad.returncode == 1 and "geen aggregaatbestand" in bad.stderr
