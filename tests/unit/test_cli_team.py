"""`toegang-desktop team join | sync | status | leave`, in process, on stand-ins for the team
service (tests/ui/team_fakes.py): the password asked after the store's, the server and
certificate checked before anything is sent, Dutch messages and the documented exit codes."""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest

from toegang_desktop.cli import main
from toegang_desktop.cli import team as team_cli
from toegang_desktop.domain.team import SyncReport, SyncStatus
from toegang_desktop.paths import AppPaths
from toegang_desktop.services.settings import TEAM_JOINED_KEY, open_settings
from toegang_desktop.services.vault import Vault
from toegang_desktop.store import keys

from ..ui.team_fakes import Shared, TeamRefused, TeamUnreachable

PASSWORD = "een zin aan de keukentafel"
CA = """-----BEGIN CERTIFICATE-----
MIIBfake
-----END CERTIFICATE-----
"""


@pytest.fixture(autouse=True)
def in_process(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """main() in this process sets up the log file, Qt's message handler and the translators:
    each is put back afterwards, so the other tests see the process as it was."""
    from PySide6.QtCore import QTranslator

    from toegang_desktop.cli import entry
    from toegang_desktop.logging_setup import LOGGER

    monkeypatch.setattr(entry, "_qt_messages_to_log", lambda: None)
    logger = logging.getLogger(LOGGER)
    handlers, level = logger.handlers[:], logger.level
    translators = set(qapp.findChildren(QTranslator))
    yield
    for handler in logger.handlers:
        handler.close()
    logger.handlers[:], logger.level = handlers, level
    for translator in set(qapp.findChildren(QTranslator)) - translators:
        qapp.removeTranslator(translator)
        translator.setParent(None)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(keys, "SCRYPT_N", 2**10)
    Vault(AppPaths.in_folder(tmp_path)).set_up(PASSWORD)
    return tmp_path


@pytest.fixture
def shared(monkeypatch: pytest.MonkeyPatch) -> Shared:
    made = Shared(status=SyncStatus(joined=False))

    def join(_store: Path, key: bytes, _actor: object, address: object, user: str,
             password: str, label: str, progress: Callable[..., None]) -> object:
        assert len(key) == 32
        summary = made.join(address, user, password, label, progress)  # type: ignore[arg-type]
        made.status = SyncStatus(joined=True, team_name="Team Noord", member=user)
        return summary

    def leave(_store: Path, _key: bytes, _actor: object) -> None:
        made.leave()
        made.status = SyncStatus(joined=False)

    services = {
        "team_sync": SimpleNamespace(open_team_sync=lambda _s, _k, _a: made.open()),
        "team_join": SimpleNamespace(join=join, leave=leave),
    }
    monkeypatch.setattr(team_cli, "_service", services.__getitem__)
    return made


def _run(folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
         *args: str, typed: str = "geheim\n") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n" + typed))
    code = main(["--data-dir", str(folder), "team", *args])
    for handler in logging.getLogger("toegang_desktop").handlers:
        handler.close()  # each run opens the log file anew
    out = capsys.readouterr()
    return code, out.out, out.err


def _joined(folder: Path) -> bool:
    settings = open_settings(AppPaths.in_folder(folder).settings)
    return str(settings.value(TEAM_JOINED_KEY, "")).lower() == "true"


def test_join_status_sync_leave(folder: Path, shared: Shared, monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    ca = folder / "gemeente-ca.pem"
    ca.write_text(CA, encoding="ascii")
    code, out, err = _run(folder, monkeypatch, capsys, "join", "--server",
                          "team.gemeente.nl:6432", "--user", "sam", "--ca", str(ca))
    assert code == 0, err
    assert "Aangesloten bij team Team Noord" in out and "3 dossier(s) met 41" in out
    address, user, password, _label = shared.joins[0]
    assert (address.host, address.port, address.database, address.tls_mode) == (
        "team.gemeente.nl", 6432, "toegang", "verify-full")
    assert address.ca_certificate_pem == CA and (user, password) == ("sam", "geheim")
    assert _joined(folder)
    settings_text = AppPaths.in_folder(folder).settings.read_text(encoding="utf-8")
    assert "geheim" not in settings_text and "6432" not in settings_text  # never in settings

    shared.status = replace(shared.status, pending_operations=12, open_conflicts=2,
                            last_error="unreachable")
    code, out, _err = _run(folder, monkeypatch, capsys, "status")
    assert code == 0
    assert "Team: Team Noord (aangemeld als sam)" in out
    assert "Wachtende wijzigingen: 12" in out and "Open conflicten: 2" in out
    assert "De teamserver is niet bereikbaar" in out

    shared.report = SyncReport(pushed=12, pulled=5, conflicts=1)
    code, out, _err = _run(folder, monkeypatch, capsys, "sync")
    assert code == 0
    assert "Bijgewerkt: 12 wijziging(en) verstuurd, 5 opgehaald, 1 nieuw(e) conflict(en)" in out
    assert "2 conflict(en) wachten op een keuze" in out

    code, out, _err = _run(folder, monkeypatch, capsys, "leave")
    assert code == 0 and "heeft het team verlaten" in out
    assert shared.left == 1 and not _joined(folder)
    code, _out, err = _run(folder, monkeypatch, capsys, "sync")
    assert code == 1 and "niet in een team" in err


@pytest.mark.parametrize(("error", "code", "words"), [
    (TeamUnreachable(), 1, "De teamserver is niet bereikbaar"),
    (TeamRefused("password"), 2, "De gebruikersnaam of het wachtwoord klopt niet"),
    (TeamRefused("TG001"), 1, "Je bent geen (of niet langer) lid"),
    (TeamRefused("certificate"), 1, "past niet bij het gekozen certificaat"),
])
def test_a_refused_join_says_why_and_changes_nothing(
        folder: Path, shared: Shared, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], error: Exception, code: int, words: str) -> None:
    shared.fail = error
    result, _out, err = _run(folder, monkeypatch, capsys, "join", "--server", "localhost",
                             "--user", "sam")
    assert result == code and words in err
    assert "Traceback" not in err and not _joined(folder)
    assert shared.joins[0][0].tls_mode == "disable"  # no CA: only a server on this computer


def test_join_checks_the_certificate_and_password_before_anything_is_sent(
        folder: Path, shared: Shared, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = _run(folder, monkeypatch, capsys, "join", "--server", "team.gemeente.nl",
                           "--user", "sam")
    assert code == 1 and "--ca" in err
    not_pem = folder / "leesmij.txt"
    not_pem.write_text("geen certificaat", encoding="utf-8")
    code, _out, err = _run(folder, monkeypatch, capsys, "join", "--server", "team.gemeente.nl",
                           "--user", "sam", "--ca", str(not_pem))
    assert code == 1 and "is geen certificaat" in err
    code, _out, err = _run(folder, monkeypatch, capsys, "join", "--server", "localhost",
                           "--user", "sam", typed="")
    assert code == 2 and "Er is geen wachtwoord gegeven" in err
    assert shared.joins == []


@pytest.mark.parametrize(("text", "expected"), [
    ("team.gemeente.nl", ("team.gemeente.nl", 5432)),
    ("team.gemeente.nl:6432", ("team.gemeente.nl", 6432)),
    ("[::1]:5433", ("::1", 5433)),
    ("::1", ("::1", 5432)),
])
def test_server_argument(text: str, expected: tuple[str, int]) -> None:
    assert team_cli.server_argument(text) == expected


@pytest.mark.parametrize("text", ["", "team.gemeente.nl:0", "team.gemeente.nl:99999",
                                  "https://team", "host:poort", "a b"])
def test_a_wrong_server_is_an_argument_error_in_dutch(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--data-dir", str(tmp_path), "team", "join", "--server", text, "--user", "sam"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "geen server" in err or "geen poort" in err
