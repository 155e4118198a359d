"""No export may replace the data folder's own files (issue 14: `export-json --out
toegang.sqlite` replaced the encrypted store with the plain dossier and exited 0).

Every writer of a path the person chooses, in the dialogs (through the service each dialog
calls) and on the command line, is tried against every protected file, also by a symbolic
link, a `..` path, a relative path, another case and a hard link: refused, with the Dutch
message and the way out, exit code 1 on the command line, and the store, its key file and
every other own file byte-identical, with no new file in the data folder."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from toegang_desktop.domain.conversation import Conversation, Place
from toegang_desktop.domain.period_report import Period
from toegang_desktop.domain.resident import Resident
from toegang_desktop.export.whole_file import ProtectedFileError
from toegang_desktop.paths import LOCK_FILE, AppPaths
from toegang_desktop.services.backups import BackupService
from toegang_desktop.services.report import ReportVariant
from toegang_desktop.services.session import Session, open_session
from toegang_desktop.services.vault import Vault
from toegang_desktop.store import keys
from toegang_desktop.wording.messages import file_write_error_text

PASSWORD = "een zin aan de keukentafel"
REFUSED_DUTCH = "van Toegang Desktop zelf"
WAY_OUT = "Kies een andere map"
# Without a QApplication (unit tests) the source text shows; the command line's test below
# runs with the Dutch translation.
REFUSED, WAY_OUT_SOURCE = "of Toegang Desktop itself", "Choose another folder"
PERIOD = Period(date(2026, 7, 1), date(2026, 9, 30))


def _wal(paths: AppPaths, suffix: str) -> Path:
    return paths.store.with_name(paths.store.name + suffix)


def _a_backup(paths: AppPaths) -> Path:
    return sorted(paths.backups.glob("toegang-*.sqlite"))[0]


def _symlink(paths: AppPaths, elsewhere: Path) -> Path:
    link = elsewhere / "koppeling.json"
    if not link.is_symlink():
        link.symlink_to(paths.store)
    return link


def _hard_link(paths: AppPaths, elsewhere: Path) -> Path:
    link = elsewhere / "harde-koppeling.json"
    if not link.exists():
        os.link(paths.store, link)
    return link


# Each protected target: how to reach it from the data folder (`paths`) and a folder outside
# it (`elsewhere`). "relative" is relative to the data folder, the working folder then.
TARGETS: dict[str, Callable[[AppPaths, Path], Path]] = {
    "store": lambda p, e: p.store,
    "store -wal": lambda p, e: _wal(p, "-wal"),
    "store -shm": lambda p, e: _wal(p, "-shm"),
    "store -journal": lambda p, e: _wal(p, "-journal"),
    "key file": lambda p, e: p.keys,
    "lock file": lambda p, e: p.root / LOCK_FILE,
    "settings file": lambda p, e: p.settings,
    "new file in backups": lambda p, e: p.backups / "export.json",
    "a backup": lambda p, e: _a_backup(p),
    "the log file": lambda p, e: p.logs / "toegang-desktop.log",
    "the demo store": lambda p, e: p.root / "demo" / "toegang.sqlite",
    "symlink to the store": _symlink,
    "'..' path": lambda p, e: p.backups / ".." / "toegang.sqlite",
    "'..' through a new folder": lambda p, e: p.root / "nieuw" / ".." / "toegang.sleutels",
    "other case": lambda p, e: p.root / "TOEGANG.Sqlite",
    "relative": lambda p, e: Path("toegang.sqlite"),
    "hard link to the store": _hard_link,
}

# The folders an access request (which makes a new folder inside the one chosen) may not use.
FOLDER_TARGETS: dict[str, Callable[[AppPaths, Path], Path]] = {
    "the data folder": lambda p, e: p.root,
    "the backups folder": lambda p, e: p.backups,
    "the logs folder": lambda p, e: p.logs,
    "the demo folder": lambda p, e: p.root / "demo",
    "'..' path to the data folder": lambda p, e: p.backups / "..",
    "symlink to the data folder": lambda p, e: _folder_link(p, e),
    "other case": lambda p, e: p.root.with_name(p.root.name.upper()) / "BACKUPS",
    "relative": lambda p, e: Path("."),
}


def _folder_link(paths: AppPaths, elsewhere: Path) -> Path:
    link = elsewhere / "gegevensmap"
    if not link.is_symlink():
        link.symlink_to(paths.root, target_is_directory=True)
    return link


@dataclass
class Folder:
    paths: AppPaths
    elsewhere: Path
    key: bytes
    resident_id: int
    conversation_id: int


def make_data_folder(base: Path) -> Folder:
    """An encrypted data folder with one resident, one conversation, a backup, a log file and
    a demo folder; `elsewhere` is a folder outside it."""
    keys.SCRYPT_N = 2**10  # stored in the key file: a child process uses it too
    paths = AppPaths.in_folder(base / "gegevens")
    key, _code = Vault(paths).set_up(PASSWORD)
    session = open_session(paths, False, None, None, key=key)
    try:
        resident_id = session.dossiers.register(Resident(
            first_names="Zoë", surname="Geheimhouder", date_of_birth=date(1980, 1, 2)))
        conversation = session.conversations.start(Conversation(
            resident_id=resident_id, held_on=date(2026, 8, 3), place=Place.HOME,
            checklist_id="", checklist_version=""))
        assert conversation.id is not None
    finally:
        session.close()
    BackupService(paths, key=key).back_up_now()
    paths.logs.mkdir()
    (paths.logs / "toegang-desktop.log").write_text("opgestart\n", encoding="utf-8")
    (paths.root / "demo").mkdir()
    paths.settings.write_text("[ui]\nlanguage=nl\n", encoding="utf-8")
    elsewhere = base / "elders"
    elsewhere.mkdir()
    return Folder(paths, elsewhere, key, resident_id, conversation.id)


def fingerprint(root: Path) -> dict[str, str]:
    """Every file under the data folder with the sha256 of its bytes (links not followed).
    The -shm of an open store is SQLite's index of readers, which every read changes, and the
    log gets a line per command (events only): for those only whether they are there counts."""
    return {str(p.relative_to(root)): "" if p.name.endswith("-shm") or p.parent.name == "logs" else
            hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and not p.is_symlink()}


# -- the services behind the dialogs ---------------------------------------------------------

SessionWriter = Callable[[Session, Folder, Path], object]

# The save path of every dialog, through the service it calls.
DIALOG_WRITERS: dict[str, SessionWriter] = {
    "dossier export (transfer_actions)": lambda s, f, t: s.transfer.export(f.resident_id, t),
    "report (report_dialog)": lambda s, f, t: s.report.export(
        f.conversation_id, ReportVariant.FILE, t, include_restricted=True),
    "access-log export (privacy_actions)": lambda s, f, t: s.access_log.export_csv(
        t, protected=s.protected_files),
    "period report PDF (period_report_dialog)": lambda s, f, t: s.period_report.write_pdf(
        s.period_report.aggregate(PERIOD), t, "Gemeente"),
    "period report CSV (period_report_dialog)": lambda s, f, t: s.period_report.write_csv(
        s.period_report.aggregate(PERIOD), t),
    "aggregate file (period_report_dialog)": lambda s, f, t: s.period_report.write_aggregate(
        s.period_report.aggregate(PERIOD), t),
}


@dataclass
class Opened:
    folder: Folder
    session: Session


@pytest.fixture(scope="module")
def opened(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Opened]:
    folder = make_data_folder(tmp_path_factory.mktemp("bewaker"))
    session = open_session(folder.paths, False, None, None, key=folder.key)
    # Once, so what a first use writes (the partner directory) is not taken for the export.
    session.period_report.aggregate(PERIOD)
    _ = session.plan
    yield Opened(folder, session)
    session.close()


@pytest.mark.parametrize("target", sorted(TARGETS))
@pytest.mark.parametrize("writer", sorted(DIALOG_WRITERS))
def test_every_dialog_writer_refuses_every_own_file(
    opened: Opened, writer: str, target: str, monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, session = opened.folder, opened.session
    monkeypatch.chdir(folder.paths.root)
    path = TARGETS[target](folder.paths, folder.elsewhere)
    before = fingerprint(folder.paths.root)
    with pytest.raises(ProtectedFileError) as refused:
        DIALOG_WRITERS[writer](session, folder, path)
    message = file_write_error_text(refused.value)
    assert REFUSED in message and WAY_OUT_SOURCE in message, message
    assert fingerprint(folder.paths.root) == before


@pytest.mark.parametrize("target", sorted(FOLDER_TARGETS))
def test_an_access_request_refuses_the_data_folder_and_its_own_folders(
    opened: Opened, target: str, monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, session = opened.folder, opened.session
    monkeypatch.chdir(folder.paths.root)
    before = fingerprint(folder.paths.root)
    with pytest.raises(ProtectedFileError):
        session.privacy.access_request(
            folder.resident_id, FOLDER_TARGETS[target](folder.paths, folder.elsewhere))
    assert fingerprint(folder.paths.root) == before
    assert not list(folder.paths.root.rglob("inzageverzoek-*"))


def test_an_ordinary_file_beside_or_away_from_the_data_folder_is_written(opened: Opened) -> None:
    """The guard refuses only the own files: an export beside the store (a portable folder)
    or anywhere else is written as before."""
    folder, session = opened.folder, opened.session
    for path in (folder.paths.root / "dossier.json", folder.elsewhere / "dossier.json",
                 folder.paths.root / "toegang.json"):
        session.transfer.export(folder.resident_id, path)
        assert path.read_text(encoding="utf-8").startswith("{")
        path.unlink()


def test_the_demo_and_the_real_folder_protect_each_other(tmp_path: Path) -> None:
    real = AppPaths.resolve(tmp_path, demo=False).protected_files()
    demo = AppPaths.resolve(tmp_path, demo=True).protected_files()
    for protected in (real, demo):
        assert protected.covers(tmp_path / "toegang.sqlite")
        assert protected.covers(tmp_path / "demo" / "toegang.sqlite-wal")
        assert protected.covers(tmp_path / "demo" / "backups" / "x.json")
        assert protected.covers(tmp_path / "toegang-desktop.ini")
        assert protected.covers(tmp_path / "backups" / "x.json")
        assert not protected.covers(tmp_path / "export.json")
        assert not protected.covers(tmp_path.parent / "toegang.sqlite")


# -- the command line ----------------------------------------------------------------------

# Runs `main(argv)` for each case in one process (starting one per case would cost minutes),
# with the password on standard input, and prints [label, exit code, stderr] as JSON.
DRIVER = """
import contextlib, io, json, sys
from toegang_desktop.cli import main
password, cases = sys.argv[1], json.loads(sys.argv[2])
results = []
for label, argv in cases:
    sys.stdin = io.StringIO(password + "\\n")
    err, out = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        try:
            code = main(argv)
        except SystemExit as exit:
            code = exit.code
    results.append([label, code, err.getvalue()])
print(json.dumps(results))
"""

CliArgs = Callable[[Folder, str], list[str]]
PERIOD_ARGS = ["--from", "2026-07-01", "--to", "2026-09-30"]

# Every option of the command line that names a file or folder to write, with a command that
# uses it (a new output option fails test_every_output_option_of_the_command_line_is_guarded
# until it is added here, and so tried against every own file).
CLI_WRITERS: dict[tuple[str, str], CliArgs] = {
    ("export-json", "out"): lambda f, t: ["export-json", "--resident", str(f.resident_id),
                                          "--out", t],
    ("export-pdf", "out"): lambda f, t: ["export-pdf", "--conversation", str(f.conversation_id),
                                         "--variant", "file", "--out", t],
    ("access-log", "export"): lambda f, t: ["access-log", "--export", t],
    ("period-report", "pdf"): lambda f, t: ["period-report", *PERIOD_ARGS, "--pdf", t],
    ("period-report", "csv"): lambda f, t: ["period-report", *PERIOD_ARGS, "--csv", t],
    ("period-report", "aggregate"): lambda f, t: ["period-report", *PERIOD_ARGS,
                                                  "--aggregate", t],
    ("access-request", "out"): lambda f, t: ["access-request", "--resident", str(f.resident_id),
                                             "--out", t],
}
FOLDER_OPTIONS = {("access-request", "out")}
# Without a store: the merged team report writes the same files.
MERGED_WRITERS: dict[str, CliArgs] = {
    "period-report --merge --pdf": lambda f, t: [
        "period-report", "--merge", str(f.elsewhere / "a.json"), "--pdf", t],
    "period-report --merge --csv": lambda f, t: [
        "period-report", "--merge", str(f.elsewhere / "a.json"), "--csv", t],
}
# Options that name a file or folder to read (or the data folder itself): not writers.
INPUT_OPTIONS = {("", "data_dir"), ("", "checklist"), ("", "rules"), ("", "partners"),
                 ("import-json", "file"), ("period-report", "merge")} | {
    # `server ...` and `team join`: the team server's CA certificate, read only
    (action, "ca") for action in ("init", "upgrade", "status", "add-team", "add-member",
                                  "set-role", "remove-member", "revoke-device", "join")}
EXIT_FILE_PROBLEM = 1  # a file that cannot be written, an own file included: nothing written


def _path_options() -> set[tuple[str, str]]:
    """(command, option) for every option that takes a path: typed as one, or named like one."""
    import argparse

    from toegang_desktop.cli import build_parser

    def takes_path(action: argparse.Action) -> bool:
        return action.type is Path or str(action.metavar) in ("FILE", "DIR", "FOLDER") \
            or action.dest in ("out", "output", "file", "folder", "export")

    def walk(parser: argparse.ArgumentParser, command: str) -> Iterator[tuple[str, str]]:
        for action in parser._actions:  # noqa: SLF001 (argparse has no public list)
            if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
                for name, sub in action.choices.items():
                    yield from walk(sub, name)
            elif takes_path(action):
                yield command, action.dest

    return set(walk(build_parser(), ""))


def test_every_output_option_of_the_command_line_is_guarded() -> None:
    found = _path_options()
    assert found - INPUT_OPTIONS == set(CLI_WRITERS), (
        "an option that takes a path is neither a known input nor tried against the own files "
        "in CLI_WRITERS: add it there (it must go through the services' guarded writers)")
    assert found >= INPUT_OPTIONS


def _drive(folder: Folder, cases: list[tuple[str, list[str]]]) -> list[tuple[str, int, str]]:
    import json
    import subprocess
    import sys

    prefix = ["--data-dir", str(folder.paths.root)]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    try:
        done = subprocess.run(
            [sys.executable, "-c", DRIVER, PASSWORD,
             json.dumps([[label, prefix + argv] for label, argv in cases])],
            capture_output=True, text=True, env=env, cwd=folder.paths.root, timeout=240)
    except subprocess.TimeoutExpired as expired:
        pytest.fail(f"the command line did not finish: {expired.stderr!r}")
    assert done.returncode == 0, done.stderr
    return [(label, code, err) for label, code, err in json.loads(done.stdout)]


def test_every_command_refuses_every_own_file(tmp_path: Path) -> None:
    folder = make_data_folder(tmp_path)
    warm_up = _drive(folder, [  # what a first use writes, and the aggregate file to merge
        ("aggregate", CLI_WRITERS[("period-report", "aggregate")](
            folder, str(folder.elsewhere / "a.json"))),
        ("dossier", CLI_WRITERS[("export-json", "out")](folder, str(folder.elsewhere / "d.json"))),
        ("report", CLI_WRITERS[("export-pdf", "out")](folder, str(folder.elsewhere / "r.pdf"))),
    ])
    assert [code for _label, code, _err in warm_up] == [0, 0, 0], warm_up
    cases = []
    for (command, option), args in sorted(CLI_WRITERS.items()):
        targets = FOLDER_TARGETS if (command, option) in FOLDER_OPTIONS else TARGETS
        for name, target in sorted(targets.items()):
            path = target(folder.paths, folder.elsewhere)
            cases.append((f"{command} --{option} {name}", args(folder, str(path))))
    for label, args in sorted(MERGED_WRITERS.items()):
        for name, target in sorted(TARGETS.items()):
            cases.append((f"{label} {name}", args(folder, str(target(folder.paths,
                                                                      folder.elsewhere)))))
    before = fingerprint(folder.paths.root)

    results = _drive(folder, cases)

    assert len(results) == len(cases)
    wrong = [(label, code, err) for label, code, err in results
             if code != EXIT_FILE_PROBLEM or REFUSED_DUTCH not in err or WAY_OUT not in err
             or "Traceback" in err]
    assert not wrong, wrong[:5]
    assert fingerprint(folder.paths.root) == before  # store, key file and the rest unchanged
    assert not list(folder.paths.root.rglob("inzageverzoek-*"))

    # The sequel: a restore found the overwritten store damaged and left the plain
    # dossier in the data folder as `.beschadigd-*`. Now the store is whole: the restore keeps
    # a verified (encrypted) copy, nothing is moved aside, no plain text is anywhere.
    (restored,) = _drive(folder, [("restore", ["restore", _a_backup(folder.paths).name])])
    assert restored[1] == 0, restored
    assert not list(folder.paths.root.rglob("*.beschadigd-*"))
    plain = [p for p in folder.paths.root.rglob("*")
             if p.is_file() and not p.is_symlink() and b"Geheimhouder" in p.read_bytes()]
    assert not plain
