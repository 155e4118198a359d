"""The command line, run as a real process: version, export-json and import-json."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from toegang_desktop import __version__
from toegang_desktop.domain.resident import Resident
from toegang_desktop.locations import migrations_dir
from toegang_desktop.paths import AppPaths
from toegang_desktop.services.dossiers import DossierService
from toegang_desktop.services.vault import Vault
from toegang_desktop.store import keys
from toegang_desktop.store.connection import open_store

from ..children import run_child

PASSWORD = "keukentafel; 'geheim'"


def _run(*args: str, password: str = "") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return run_child([sys.executable, "-m", "toegang_desktop", *args], input=password + "\n",
                     capture_output=True, text=True, env=env, timeout=60)


def _encrypted_folder(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys, "SCRYPT_N", 2**10)  # stored in the key file: the process uses it
    Vault(AppPaths.in_folder(folder)).set_up(PASSWORD)


def _store_with_one_resident(folder: Path) -> int:
    db = open_store(folder / "toegang.sqlite", folder / "backups", migrations_dir())
    try:
        return DossierService(db).register(Resident(
            first_names="Zoë", surname="Voorbeeld", date_of_birth=date(1990, 5, 6),
            bsn="123456782"))
    finally:
        db.close()


def _data_files(folder: Path) -> dict[Path, bytes]:
    """Every file of the data folder but the app's log (which names the command, no data)."""
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file() and "logs" not in p.parts}


def test_version() -> None:
    result = _run("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_export_then_import_elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source, target = tmp_path / "a", tmp_path / "b"
    resident_id = _store_with_one_resident(source)
    _encrypted_folder(target, monkeypatch)
    out = tmp_path / "dossier.json"
    exported = _run("--data-dir", str(source), "export-json", "--resident", str(resident_id),
                    "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["resident"]["first_names"] == "Zoë"
    assert "niet versleuteld" in exported.stderr  # a store from before encryption: a warning
    imported = _run("--data-dir", str(target), "import-json", str(out), password=PASSWORD)
    assert imported.returncode == 0, imported.stderr
    again = _run("--data-dir", str(target), "import-json", str(out), password=PASSWORD)
    assert again.returncode == 1
    assert "BSN" in again.stderr  # duplicate BSN, explained in Dutch
    assert "Er is niets geïmporteerd" in again.stderr or "Niets" in again.stderr


def test_wrong_password_changes_nothing_and_a_new_folder_is_not_created(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "versleuteld"
    _encrypted_folder(folder, monkeypatch)
    before = _data_files(folder)
    wrong = _run("--data-dir", str(folder), "export-json", "--resident", "1",
                 "--out", str(tmp_path / "x.json"), password=PASSWORD + "x")
    assert wrong.returncode == 2
    assert "wachtwoord klopt niet" in wrong.stderr
    assert _data_files(folder) == before
    fresh = _run("--data-dir", str(tmp_path / "leeg"), "import-json", str(tmp_path / "x.json"))
    assert fresh.returncode == 2
    assert "wachtwoord" in fresh.stderr
    assert not (tmp_path / "leeg" / "toegang.sqlite").exists()


def test_unknown_resident_and_broken_file_get_clear_messages(tmp_path: Path) -> None:
    _store_with_one_resident(tmp_path)
    missing = _run("--data-dir", str(tmp_path), "export-json", "--resident", "42",
                   "--out", str(tmp_path / "x.json"))
    assert missing.returncode == 1
    assert "42" in missing.stderr
    broken = tmp_path / "broken.json"
    broken.write_text("{ not json", encoding="utf-8")
    result = _run("--data-dir", str(tmp_path), "import-json", str(broken))
    assert result.returncode == 1
    assert "regel 1" in result.stderr  # line and column of the JSON error, in Dutch
