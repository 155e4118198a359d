"""`toegang-desktop team join | status | sync | leave` as real processes against the real team
server (tests/team/conftest.py): the store's password and the team password on standard
input, Dutch on the terminal, the documented exit codes."""

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
from toegang_desktop.store.connection import open_store

from ..children import run_child
from .conftest import Team

pytest.importorskip("toegang_desktop.services.team_sync")  # lands with the sync branch

PASSWORD = "een zin aan de keukentafel"


def _run(folder: Path, *args: str, typed: str = "") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return run_child([sys.executable, "-m", "toegang_desktop", "--data-dir", str(folder),
                      "team", *args], input=PASSWORD + "\n" + typed, capture_output=True,
                     text=True, env=env, timeout=120)


def test_join_status_sync_and_leave_on_the_real_server(
        tmp_path: Path, team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys, "SCRYPT_N", 2**10)  # stored in the key file: the process uses it
    paths = AppPaths.in_folder(tmp_path)
    key, _code = Vault(paths).set_up(PASSWORD)
    db = open_store(paths.store, paths.backups, migrations_dir(), key)
    try:
        DossierService(db).register(Resident(first_names="Fictief", surname="Opdeterminal",
                                             date_of_birth=date(1970, 1, 1)))
    finally:
        db.close()
    member, address = team.members["a"], team.server.address

    wrong = _run(tmp_path, "join", "--server", f"{address.host}:{address.port}",
                 "--user", member.login, typed="niet het wachtwoord\n")
    assert wrong.returncode == 2, wrong.stdout + wrong.stderr
    assert "De gebruikersnaam of het wachtwoord klopt niet" in wrong.stderr
    assert "Traceback" not in wrong.stderr

    joined = _run(tmp_path, "join", "--server", f"{address.host}:{address.port}",
                  "--user", member.login, typed=member.password + "\n")
    assert joined.returncode == 0, joined.stdout + joined.stderr
    assert f"Aangesloten bij team {team.name}" in joined.stdout
    assert "1 dossier(s)" in joined.stdout
    assert member.password not in paths.settings.read_text(encoding="utf-8")

    status = _run(tmp_path, "status")
    assert status.returncode == 0, status.stderr
    assert f"Team: {team.name}" in status.stdout and "Wachtende wijzigingen: 0" in status.stdout

    synced = _run(tmp_path, "sync")
    assert synced.returncode == 0, synced.stderr
    assert synced.stdout.startswith("Bijgewerkt: ")

    again = _run(tmp_path, "join", "--server", address.host, "--user", member.login,
                 typed=member.password + "\n")
    assert again.returncode == 1 and "al in een team" in again.stderr

    left = _run(tmp_path, "leave")
    assert left.returncode == 0 and "heeft het team verlaten" in left.stdout
    status = _run(tmp_path, "status")
    assert "niet in een team" in status.stdout
