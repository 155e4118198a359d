"""The access request (art. 15 AVG) of a team dossier from the laptop: the team server's list
of who saw the dossier goes into the folder (a broken glass with its reason); the server out
of reach: refused, nothing written, in the window too. Outside a team: tests/ui and
tests/unit (test_privacy_flow, test_journal) keep the request as it was."""

from __future__ import annotations

import csv
import os
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from toegang_desktop.domain.access_log import AccessResult
from toegang_desktop.domain.resident import Resident
from toegang_desktop.paths import AppPaths
from toegang_desktop.services.errors import TeamUnreachable
from toegang_desktop.services.privacy import TEAM_ACCESS_FILE
from toegang_desktop.services.session import open_session
from toegang_desktop.services.team_join import join
from toegang_desktop.services.vault import Vault
from toegang_desktop.store import keys
from toegang_desktop.ui.privacy import privacy_actions
from toegang_desktop.wording.team_messages import UNREACHABLE, access_request_problem_text
from toegang_desktop.wording.translation import in_dutch

from ..children import run_child
from .conftest import Team
from .laptops import Proxy, laptops

PASSWORD = "een zin aan de keukentafel"
REASON = "Bewoner belt in crisis, regisseur is weg"


def test_a_colleagues_broken_glass_is_in_the_access_request_with_its_reason(
        tmp_path: Path, team: Team) -> None:
    with laptops(tmp_path, team, "a", "b") as (a, b):
        rid = a.register("Glasbreuk")
        a.sync()
        only_here = a.register("Nognietboven")  # its first upload still waits: as outside a team
        with b.team() as team_b, team_b.team_work() as wb:
            assert wb.break_glass(a.uuid_of(rid), REASON) is not None
        b.sync()
        seen = b.local_id(a.uuid_of(rid))
        assert seen is not None
        b.session.dossiers.resident(seen)  # b looks: the line goes up with the next sync
        b.sync()

        package = a.session.privacy.access_request(rid, tmp_path / "uit")
        assert package.team_seen and package.folder / TEAM_ACCESS_FILE in package.files
        with (package.folder / TEAM_ACCESS_FILE).open(encoding="utf-8-sig", newline="") as file:
            rows = list(csv.DictReader(file))
        name_b = f"B {team.members['b'].login.removeprefix('b')}"
        glass = [r for r in rows if r["reden"]]
        assert [(r["naam"], r["reden"]) for r in glass] == [(name_b, REASON)]
        assert glass[0]["handeling"].startswith("Noodtoegang")
        assert glass[0]["rol"] == "Professional" and glass[0]["van"][2] == "-"
        assert {r["naam"] for r in rows} >= {name_b}

        local = a.session.privacy.access_request(only_here, tmp_path / "uit")
        assert not local.team_seen and not (local.folder / TEAM_ACCESS_FILE).exists()


def test_the_server_out_of_reach_refuses_the_request_and_writes_nothing(
        tmp_path: Path, team: Team, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    proxy = Proxy(team.server.address.port)
    address = team.server.address
    via_proxy = type(address)(address.host, proxy.port, address.database, address.tls_mode)
    try:
        with laptops(tmp_path, team, "a", address=via_proxy) as (a,):
            rid = a.register("Offline")
            a.sync()
            proxy.close()  # the network gone
            out = tmp_path / "uit"
            with pytest.raises(TeamUnreachable):
                a.session.privacy.access_request(rid, out)
            assert not out.exists()
            last = a.session.access_log.lines_for(rid)[-1]
            assert (last.action, last.result) == ("export", AccessResult.REFUSED)

            warned: list[str] = []
            monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: str(out))
            monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
            parent = QWidget()
            qtbot.addWidget(parent)
            assert privacy_actions.access_request(parent, a.session, rid) is None
            assert warned == [access_request_problem_text(UNREACHABLE)]
            with in_dutch():
                assert "opnieuw" in access_request_problem_text(UNREACHABLE)
            assert not out.exists()
    finally:
        proxy.close()


def test_the_command_line_refuses_with_exit_1_when_the_server_is_out_of_reach(
        tmp_path: Path, team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys, "SCRYPT_N", 2**10)  # stored in the key file: the process uses it
    paths = AppPaths.in_folder(tmp_path / "laptop")
    key, _code = Vault(paths).set_up(PASSWORD)
    proxy = Proxy(team.server.address.port)
    address = team.server.address
    try:
        session = open_session(paths, False, None, None, key=key)
        try:
            rid = session.dossiers.register(Resident(first_names="Fictief", surname="Terminal",
                                                     date_of_birth=date(1970, 1, 1)))
            member = team.members["a"]
            join(paths.store, key, session.access_log.actor,
                 type(address)(address.host, proxy.port, address.database, address.tls_mode),
                 member.login, member.password, "laptop van a")
        finally:
            session.close()
        proxy.close()  # the network gone
        out = tmp_path / "uit"
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        refused = run_child([sys.executable, "-m", "toegang_desktop", "--data-dir",
                             str(paths.root), "access-request", "--resident", str(rid),
                             "--out", str(out)], input=PASSWORD + "\n", capture_output=True,
                            text=True, env=env, timeout=120)
        assert refused.returncode == 1, refused.stdout + refused.stderr
        assert "probeer het opnieuw" in refused.stderr and "Traceback" not in refused.stderr
        assert not out.exists()
    finally:
        proxy.close()
