"""The command line, run as a real process: version, export-json and import-json."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from toegang_desktop import __version__
from toegang_desktop.domain.resident import Resident
from toegang_desktop.locations import migrations_dir
from toegang_desktop.services.dossiers import DossierService
from toegang_desktop.store.connection import open_store


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "toegang_desktop", *args],
                          capture_output=True, text=True, env=env, timeout=60)


def _store_with_one_resident(folder: Path) -> int:
    db = open_store(folder / "toegang.sqlite", folder / "backups", migrations_dir())
    try:
        return DossierService(db).register(Resident(
            first_names="Zoë", surname="Voorbeeld", date_of_birth=date(1990, 5, 6),
            bsn="123456782"))
    finally:
        db.close()


def test_version() -> None:
    result = _run("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_export_then_import_elsewhere(tmp_path: Path) -> None:
    source, target = tmp_path / "a", tmp_path / "b"
    resident_id = _store_with_one_resident(source)
    out = tmp_path / "dossier.json"
    exported = _run("--data-dir", str(source), "export-json", "--resident", str(resident_id),
                    "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["resident"]["first_names"] == "Zoë"
    imported = _run("--data-dir", str(target), "import-json", str(out))
    assert imported.returncode == 0, imported.stderr
    again = _run("--data-dir", str(target), "import-json", str(out))
    assert again.returncode == 1
    assert "BSN" in again.stderr  # duplicate BSN, explained in Dutch
    assert "Er is niets geïmporteerd" in again.stderr or "Niets" in again.stderr


def test_unknown_resident_and_broken_file_get_clear_messages(tmp_path: Path) -> None:
    missing = _run("--data-dir", str(tmp_path), "export-json", "--resident", "42",
                   "--out", str(tmp_path / "x.json"))
    assert missing.returncode == 1
    assert "42" in missing.stderr
    broken = tmp_path / "broken.json"
    broken.write_text("{ not json", encoding="utf-8")
    result = _run("--data-dir", str(tmp_path), "import-json", str(broken))
    assert result.returncode == 1
    assert "regel 1" in result.stderr  # line and column of the JSON error, in Dutch
