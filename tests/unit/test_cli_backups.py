"""`toegang-desktop backups`, `backup` and `restore NAME`, run as a real process (Dutch)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from toegang_desktop.domain.resident import Resident
from toegang_desktop.locations import migrations_dir
from toegang_desktop.paths import AppPaths
from toegang_desktop.services.dossiers import DossierService
from toegang_desktop.services.vault import Vault
from toegang_desktop.store import keys
from toegang_desktop.store.connection import is_encrypted, open_store

from ..children import run_child

PASSWORD = "een zin aan de keukentafel"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    """The password goes in on standard input; a plain store (the second test) ignores it."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return run_child([sys.executable, "-m", "toegang_desktop", *args], input=PASSWORD + "\n",
                     capture_output=True, text=True, env=env, timeout=60)


def _register(folder: Path, surname: str, key: bytes | None = None) -> None:
    db = open_store(folder / "toegang.sqlite", folder / "backups", migrations_dir(), key)
    try:
        DossierService(db).register(Resident(first_names="Zoë", surname=surname,
                                             date_of_birth=date(1990, 5, 6)))
    finally:
        db.close()


def test_backup_list_and_restore_from_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = str(tmp_path)
    monkeypatch.setattr(keys, "SCRYPT_N", 2**10)  # stored in the key file: the process uses it
    key, _code = Vault(AppPaths.in_folder(tmp_path)).set_up(PASSWORD)
    none_yet = _run("--data-dir", folder, "backups")
    assert none_yet.returncode == 0 and "nog geen back-ups" in none_yet.stdout
    _register(tmp_path, "Eerste", key)
    made = _run("--data-dir", folder, "backup")
    assert made.returncode == 0, made.stderr
    assert "gecontroleerd" in made.stdout and "1 inwoner)" in made.stdout
    (name,) = [p.name for p in (tmp_path / "backups").glob("*.sqlite")]
    assert is_encrypted(tmp_path / "backups" / name)
    _register(tmp_path, "Tweede", key)

    listed = _run("--data-dir", folder, "backups")
    assert listed.returncode == 0
    assert name in listed.stdout and "1 inwoner" in listed.stdout and "automatisch" in listed.stdout

    restored = _run("--data-dir", folder, "restore", name)
    assert restored.returncode == 0, restored.stderr
    assert "teruggezet (1 inwoner)" in restored.stdout and "voor-herstel-" in restored.stdout
    after = _run("--data-dir", folder, "backups")
    assert "2 inwoners" in after.stdout and "vóór een herstel" in after.stdout

    unknown = _run("--data-dir", folder, "restore", "toegang-20200101T000000Z.sqlite")
    assert unknown.returncode == 1 and "geen back-up met de naam" in unknown.stderr


def test_a_damaged_store_is_moved_aside_by_a_restore_from_the_command_line(
    tmp_path: Path
) -> None:
    _register(tmp_path, "Eerste")
    assert _run("--data-dir", str(tmp_path), "backup").returncode == 0
    (name,) = [p.name for p in (tmp_path / "backups").glob("*.sqlite")]
    store = tmp_path / "toegang.sqlite"
    broken = b"\0" * 100 + store.read_bytes()[100:]
    store.write_bytes(broken)
    failed = _run("--data-dir", str(tmp_path), "backup")
    assert failed.returncode == 2 and "beschadigd" in failed.stderr
    restored = _run("--data-dir", str(tmp_path), "restore", name)
    assert restored.returncode == 0, restored.stderr
    assert "beschadigde gegevensbestand" in restored.stdout
    (moved,) = tmp_path.glob("toegang.sqlite.beschadigd-*")
    assert moved.read_bytes() == broken
