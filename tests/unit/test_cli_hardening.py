"""Issue 14 on the command line: every command ends in a Dutch message and a documented exit
code; no traceback, no English argparse text, no SQLCipher line, whatever comes in."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from toegang_desktop.paths import AppPaths
from toegang_desktop.services.session import open_session
from toegang_desktop.services.vault import Vault
from toegang_desktop.store import keys

from .cli_process import explain, run_cli

PASSWORD = "een zin aan de keukentafel"
HUGE = "9" * 20  # beyond SQLite's 64-bit integers: once an OverflowError in the store


def _encrypted(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys, "SCRYPT_N", 2**10)  # stored in the key file: the process uses it
    key, _code = Vault(AppPaths.in_folder(folder)).set_up(PASSWORD)
    open_session(AppPaths.in_folder(folder), False, None, None, key=key).close()


@pytest.mark.parametrize("args", [
    ("export-json", "--resident", HUGE, "--out", "x.json"),
    ("signals", "--conversation", HUGE),
    ("export-pdf", "--conversation", HUGE, "--variant", "file", "--out", "x.pdf"),
    ("access-request", "--resident", HUGE, "--out", "uit"),
    ("list", "conversations", "--resident", HUGE),
    ("signals", "--conversation", "-3"),
])
def test_an_id_beyond_the_store_is_an_argument_error_in_dutch(
    tmp_path: Path, args: tuple[str, ...],
) -> None:
    result = run_cli(*args, folder=tmp_path)
    assert result.returncode == 2, explain(result)
    assert "geen id" in result.stderr and "gebruik: " in result.stderr, explain(result)
    assert not (tmp_path / "toegang.sqlite").exists()  # refused before the store was opened


def test_help_and_argument_errors_are_dutch(tmp_path: Path) -> None:
    helped = run_cli("--help")
    assert helped.returncode == 0, explain(helped)
    assert "opties:" in helped.stdout and "toon deze hulp en stop" in helped.stdout
    assert "options:" not in helped.stdout and "show this help" not in helped.stdout
    verb_help = run_cli("access-request", "--help")
    assert "--without-restricted" in verb_help.stdout and "inwoner" in verb_help.stdout
    missing = run_cli("export-json", folder=tmp_path)
    assert missing.returncode == 2
    assert "deze argumenten zijn verplicht: --resident, --out" in missing.stderr, explain(missing)
    unknown = run_cli("lijst", folder=tmp_path)
    assert unknown.returncode == 2 and "ongeldige keuze: 'lijst'" in unknown.stderr
    bad_day = run_cli("period-report", "--from", "31-02-2026", "--to", "x", folder=tmp_path)
    assert bad_day.returncode == 2 and "geen datum" in bad_day.stderr, explain(bad_day)
    english = run_cli("--lang", "en", "export-json", folder=tmp_path)
    assert "the following arguments are required" in english.stderr  # --lang en still works


def test_a_password_that_is_not_utf8_is_refused_in_dutch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    _encrypted(tmp_path, monkeypatch)
    result = run_cli("signals", "--conversation", "1", folder=tmp_path,
                     stdin=b"\xff\xfegeheim\x80\n")
    assert result.returncode == 2, explain(result)
    assert "geen UTF-8-tekst" in result.stderr, explain(result)


def test_a_key_that_does_not_fit_prints_only_dutch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """SQLCipher logs "ERROR CORE ... hmac check failed" to stderr when a key does not fit the
    store; run_cli fails on that line, so this checks it is silenced at the root."""
    _encrypted(tmp_path / "a", monkeypatch)
    _encrypted(tmp_path / "b", monkeypatch)
    shutil.copyfile(tmp_path / "a" / "toegang.sleutels", tmp_path / "b" / "toegang.sleutels")
    result = run_cli("signals", "--conversation", "1", folder=tmp_path / "b",
                     stdin=PASSWORD + "\n")
    assert result.returncode == 2, explain(result)
    assert "gaat niet open met dit sleutelbestand" in result.stderr, explain(result)
    wrong = run_cli("list", "residents", folder=tmp_path / "a", stdin="fout wachtwoord\n")
    assert wrong.returncode == 2 and "wachtwoord klopt niet" in wrong.stderr, explain(wrong)


_FAULT = """
import sys
from toegang_desktop.services.dossiers import DossierService
def broken(self):
    raise RuntimeError("Zoë Voorbeeld 123456782")  # data in a message: never shown or logged
DossierService.listing = broken
from toegang_desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_an_unexpected_fault_is_one_dutch_line_and_the_log_has_only_its_type(
    tmp_path: Path,
) -> None:
    run_cli("--demo", "list", "residents", folder=tmp_path)  # makes the demo store
    result = run_cli("--demo", "list", "residents", folder=tmp_path, code=_FAULT)
    assert result.returncode == 4, explain(result)
    assert result.stderr.startswith("Onverwachte fout"), explain(result)
    log = tmp_path / "demo" / "logs" / "toegang-desktop.log"
    assert str(log) in result.stderr
    text = log.read_text("utf-8")
    assert "RuntimeError" in text and "Zoë" not in text and "123456782" not in text
    assert "Zoë" not in result.stderr


_QT_WARNING = """
import sys
from PySide6.QtCore import qWarning
from toegang_desktop.services.dossiers import DossierService
listing = DossierService.listing
def warned(self):
    qWarning("QSomething: an English warning")
    return listing(self)
DossierService.listing = warned
from toegang_desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_qt_warnings_go_to_the_log_not_the_terminal(tmp_path: Path) -> None:
    result = run_cli("--demo", "list", "residents", folder=tmp_path, code=_QT_WARNING)
    assert result.returncode == 0, explain(result)
    assert "QSomething" not in result.stderr, explain(result)
    log = (tmp_path / "demo" / "logs" / "toegang-desktop.log").read_text("utf-8")
    assert "QSomething: an English warning" in log


@pytest.mark.parametrize(("args", "dutch"), [
    (["backup", "extra"], "onbekende argumenten: extra"),  # parse_args' own error
    (["list"], "deze argumenten zijn verplicht: {residents,conversations}"),  # not 'what'
])
def test_every_argument_error_is_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], dutch: str,
) -> None:
    from toegang_desktop.cli import main

    with pytest.raises(SystemExit) as stopped:
        main(["--data-dir", str(tmp_path), *args])
    assert stopped.value.code == 2
    assert dutch in capsys.readouterr().err
