"""The privacy commands, run as a real process: check the access log (and find a raw edit),
export it, an access request, and the purge that needs --yes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

from toegang_desktop.domain.resident import Resident
from toegang_desktop.domain.retention import RetentionLaw
from toegang_desktop.paths import AppPaths
from toegang_desktop.services.session import open_session

from ..children import run_child


def _run(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return run_child(
        [sys.executable, "-m", "toegang_desktop", "--data-dir", str(folder), "--lang", "en",
         *args], capture_output=True, text=True, env=env, timeout=60)


def _store(folder: Path) -> int:
    session = open_session(AppPaths.in_folder(folder), False, None, None)
    try:
        resident_id = session.dossiers.register(Resident(
            first_names="Zoë", surname="Voorbeeld", date_of_birth=date(1990, 5, 6)))
        session.dossiers.open(resident_id)
        session.privacy.close_dossier(resident_id, RetentionLaw.WMO, date(2000, 1, 1),
                                      confirmed=True)
        return resident_id
    finally:
        session.close()


def test_verify_export_and_a_raw_edit(tmp_path: Path) -> None:
    _store(tmp_path)
    checked = _run(tmp_path, "access-log", "--verify")
    assert checked.returncode == 0, checked.stderr
    assert "3 line(s) checked" in checked.stdout
    ranged = _run(tmp_path, "access-log", "--verify", "--from", "01-01-2026")  # not ignored
    assert ranged.returncode == 1 and "--from and --to go with --export" in ranged.stderr
    exported = _run(tmp_path, "access-log", "--export", str(tmp_path / "log.csv"))
    assert exported.returncode == 0
    csv_lines = (tmp_path / "log.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(csv_lines) == 1 + 3  # header and lines; the export is logged after it
    conn = sqlite3.connect(tmp_path / "toegang.sqlite")
    conn.execute("DROP TRIGGER access_log_no_update")
    conn.execute("UPDATE access_log SET action = 'search' WHERE id = 2")
    conn.commit()
    conn.close()
    broken = _run(tmp_path, "access-log", "--verify")
    assert broken.returncode == 1
    assert "2: the line was changed" in broken.stderr


def _bottleneck(folder: Path, text: str) -> None:
    from toegang_desktop.domain.learning import Bottleneck, BottleneckCategory
    from toegang_desktop.store.learning import LearningRepository

    session = open_session(AppPaths.in_folder(folder), False, None, None)
    try:  # straight into the store: a text the personal-data check let through (issue 19)
        LearningRepository(session.db).save_bottleneck(Bottleneck(
            BottleneckCategory.OTHER, text, date(2026, 11, 1)))
    finally:
        session.close()


def test_access_request_and_retention(tmp_path: Path) -> None:
    resident_id = _store(tmp_path)
    _bottleneck(tmp_path, "voorbeeld wacht op een plek")
    out = tmp_path / "uit"
    request = _run(tmp_path, "access-request", "--resident", str(resident_id), "--out", str(out))
    assert request.returncode == 0, request.stderr
    assert "toegangslog.csv" in request.stdout
    listed = _run(tmp_path, "retention", "--purge")
    assert listed.returncode == 1 and "1 dossier(s)" in listed.stdout
    assert "Voorbeeld" not in listed.stdout  # ids only on the console
    purged = _run(tmp_path, "retention", "--purge", "--yes")
    assert purged.returncode == 0 and "1 dossier(s) removed" in purged.stdout
    nothing_due = _run(tmp_path, "retention", "--purge")  # nothing to confirm: no refusal
    assert nothing_due.returncode == 0 and "0 dossier(s)" in nothing_due.stdout
    assert "--yes" not in nothing_due.stderr, nothing_due.stderr
    assert "In 1 text of the bottlenecks" in purged.stdout and "(names: 1, streets: 0)" in \
        purged.stdout
    assert "oorbeeld" not in purged.stdout  # counts, no text
