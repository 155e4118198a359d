"""Command line: start the app, export/import a dossier as JSON, list a conversation's signals,
write a conversation's report as PDF, list, make and restore backups, or the privacy commands
of cli_privacy.py."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings

from . import __version__, cli_privacy
from .cli_common import file_error, parse_day, say
from .i18n import DEFAULT_LANGUAGE, LANGUAGES
from .paths import AppPaths

if TYPE_CHECKING:
    from .services.session import Session

translate = QCoreApplication.translate  # lupdate finds translate("Context", "...") calls


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="toegang-desktop",
        description="Toegang Desktop: broad-view conversations for local teams.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", type=Path, help="keep the store and settings in DIR")
    parser.add_argument("--demo", action="store_true", help="use the demo store (fictional)")
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language (default nl)")
    parser.add_argument("--checklist", type=Path, help="use this checklist file (TOML)")
    parser.add_argument("--rules", type=Path, help="use this recognition rules file (TOML)")
    parser.add_argument("--partners", type=Path,
                        help="pre-fill the partner directory from this file (TOML)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    export = commands.add_parser("export-json", help="write one resident's dossier as JSON")
    export.add_argument("--resident", type=int, required=True, help="the resident's id")
    export.add_argument("--out", type=Path, required=True, help="the JSON file to write")
    imported = commands.add_parser("import-json", help="read a dossier from a JSON file")
    imported.add_argument("file", type=Path, help="the JSON file to read")
    signals = commands.add_parser("signals", help="print the signals of one conversation as JSON")
    signals.add_argument("--conversation", type=int, required=True, help="the conversation's id")
    pdf = commands.add_parser("export-pdf", help="write a conversation's report as PDF")
    pdf.add_argument("--conversation", type=int, required=True, help="the conversation's id")
    pdf.add_argument("--variant", choices=("resident", "file"), required=True,
                     help="for the resident, or for the file")
    pdf.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    pdf.add_argument("--include-restricted", action="store_true",
                     help="include the restricted reporting-code record (file variant only)")
    cli_privacy.add_commands(commands)
    commands.add_parser("backups", help="list the backups of the store")
    commands.add_parser("backup", help="make a verified backup of the store now")
    restore = commands.add_parser(
        "restore", help="put a backup in the place of the store (the store is kept first)")
    restore.add_argument("name", help="the backup's file name, as 'backups' lists it")
    period = commands.add_parser(
        "period-report", help="write the learning loop's anonymous period report")
    period.add_argument("--from", dest="start", type=parse_day, help="first day (default: the last "
                        "full quarter), YYYY-MM-DD or DD-MM-YYYY")
    period.add_argument("--to", dest="end", type=parse_day, help="last day (inclusive)")
    period.add_argument("--pdf", type=Path, help="write the report as PDF")
    period.add_argument("--csv", type=Path, help="write the report as CSV")
    period.add_argument("--aggregate", type=Path,
                        help="write this workstation's aggregate file (JSON, for a team report)")
    period.add_argument("--merge", type=Path, nargs="+", metavar="FILE",
                        help="report on these aggregate files merged, instead of this store")
    # Not listed in the help: the check of a build (see toegang_desktop/ui/smoke.py).
    commands.add_parser("smoke-test")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from .ui.launch import run_gui

        return run_gui(args)
    if args.command == "smoke-test":
        from .ui.smoke import run_smoke_test

        return run_smoke_test()
    return _run_command(args)


def _run_command(args: argparse.Namespace) -> int:
    from .i18n import install_translators
    from .paths import name_application
    from .services.errors import StoreError
    from .services.session import open_session
    from .services.settings import open_settings
    from .wording.messages import content_error_text
    from .wording.store_messages import store_error_text

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    name_application(app)
    paths = AppPaths.resolve(args.data_dir, args.demo)
    settings = open_settings(paths.settings)
    language = args.lang or str(settings.value("ui/language", DEFAULT_LANGUAGE))
    install_translators(app, language)
    if args.command == "period-report" and args.merge:  # reads files only: no store, no password
        from .period_report_cli import period_report

        return period_report(None, args, settings)
    try:
        key = None if args.demo else _unlock(paths)
        if args.command in ("backups", "backup", "restore"):
            return _backup_command(args, paths, key)  # no session: works on a damaged store too
        session = open_session(paths, False, args.checklist, args.rules, args.partners, key=key)
    except _Refused as refused:
        print(refused, file=sys.stderr)
        return 2
    except StoreError as error:
        print(store_error_text(error), file=sys.stderr)
        return 2
    for problem in session.content_problems:
        print(content_error_text(problem), file=sys.stderr)
    try:
        if args.command in cli_privacy.COMMANDS:
            return cli_privacy.run(session, args)
        if args.command == "export-pdf":
            return _export_pdf(session, args, settings)
        if args.command == "period-report":
            from .period_report_cli import period_report

            return period_report(session, args, settings)
        commands = {"signals": _print_signals, "export-json": _export, "import-json": _import}
        return commands[args.command](session, args)
    except StoreError as error:  # busy, disk full, read-only: what to do, never a traceback
        print(store_error_text(error), file=sys.stderr)
        return 2
    finally:
        session.close()


class _Refused(Exception):
    """The command cannot run on this data folder; the message says why."""


def _unlock(paths: AppPaths) -> bytes | None:
    """The data key of an encrypted store (password asked on the terminal, or read as one line
    from standard input); None for a plain store from before encryption, which is used as it
    is. A command never creates a new, unencrypted store."""
    import getpass

    from .services.vault import Vault, VaultState

    vault = Vault(paths)
    state = vault.state()
    if state is VaultState.NEW:
        raise _Refused(translate(
            "CommandLine", "There is no data in {path} yet. Start Toegang Desktop first to set "
                           "a password; commands then work on the encrypted data.",
        ).format(path=paths.root))
    if state is VaultState.PLAIN:
        say(translate("CommandLine", "Note: the data in {path} is not encrypted yet. Start "
                                      "Toegang Desktop to set a password."),
             to_stderr=True, path=paths.root)
        return None
    prompt = translate("CommandLine", "Password: ")
    passphrase = getpass.getpass(prompt) if sys.stdin.isatty() else sys.stdin.readline().rstrip("\r\n")
    key = vault.unlock(passphrase)
    vault.finish_encryption(key)
    return key


def _backup_command(args: argparse.Namespace, paths: AppPaths, key: bytes | None) -> int:
    """`backups` lists the copies, `backup` makes one now, `restore NAME` puts one back."""
    from .services.backups import BackupService
    from .wording.backup_texts import kind_text, local_time, residents_text, restored_text

    service = BackupService(paths, key=key)
    try:
        if args.command == "backups":
            entries = service.list()
            if not entries:
                say(translate("CommandLine", "There are no backups in {folder} yet."),
                     folder=service.folder)
                return 0
            say(translate("CommandLine", "Backups in {folder} (newest first):"),
                 folder=service.folder)
            for entry in entries:
                print(f"  {local_time(entry):%d-%m-%Y %H:%M}  {residents_text(entry):<16}  "
                      f"{kind_text(entry.kind):<18}  {entry.name}")
            return 0
        if args.command == "backup":
            made = service.back_up_now()
            say(translate("CommandLine", "Backup made and checked: {name} ({residents})."),
                 name=made.name, residents=residents_text(made))
            return 0
        result = service.restore(args.name)
    except LookupError:
        say(translate("CommandLine", "There is no backup named {name}. Use 'backups' to see "
                                      "them."), to_stderr=True, name=args.name)
        return 1
    print(restored_text(result, f"{local_time(result.restored):%d-%m-%Y %H:%M}"))
    return 0


def _export(session: Session, args: argparse.Namespace) -> int:
    try:
        session.transfer.export(args.resident, args.out)
    except LookupError:
        say(translate("CommandLine", "There is no resident with id {id}."),
             to_stderr=True, id=args.resident)
        return 1
    except OSError as error:
        return file_error(error)
    say(translate("CommandLine", "Dossier written to {path}"), path=args.out)
    return 0


def _export_pdf(session: Session, args: argparse.Namespace, settings: QSettings) -> int:
    from .services.report import ReportVariant, report_settings

    variant = ReportVariant(args.variant)
    if args.include_restricted and variant is not ReportVariant.FILE:
        say(translate("CommandLine", "The restricted reporting-code record can only be "
                                      "included in the report for the file (--variant file)."),
             to_stderr=True)
        return 1
    try:
        pages = session.report.export(args.conversation, variant, args.out,
                                      args.include_restricted, report_settings(settings))
    except LookupError:
        say(translate("CommandLine", "There is no conversation with id {id}."),
             to_stderr=True, id=args.conversation)
        return 1
    except OSError as error:
        return file_error(error)
    say(translate("CommandLine", "Report of {pages} page(s) written to {path}"),
         pages=pages, path=args.out)
    return 0


def _import(session: Session, args: argparse.Namespace) -> int:
    from .services.errors import ValidationFailed
    from .wording.messages import problem_lines

    try:
        resident_id = session.transfer.import_file(args.file, date.today())
    except ValidationFailed as failure:
        say(translate("CommandLine", "Nothing was imported. Problems in {path}:"),
             to_stderr=True, path=args.file)
        for line in problem_lines(failure.problems):
            print(f"  - {line}", file=sys.stderr)
        return 1
    say(translate("CommandLine", "Dossier imported as resident {id}."), id=resident_id)
    return 0


def _print_signals(session: Session, args: argparse.Namespace) -> int:
    """Print the conversation's signals, with evidence and decisions, as JSON on stdout."""
    conversation = session.conversations.load(args.conversation)
    if conversation is None:
        say(translate("CommandLine", "There is no conversation with id {id}."),
             to_stderr=True, id=args.conversation)
        return 1
    resident = session.dossiers.resident(conversation.resident_id)
    household = resident.household if resident is not None else []
    report = session.recognition.signals_report(conversation, household)
    text = json.dumps(report, ensure_ascii=False, indent=2)
    _write_utf8(text + "\n")
    return 0


def _write_utf8(text: str) -> None:
    """Write to stdout as UTF-8 whatever the console's code page, so any name survives."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # stdout replaced by a text-only stream
        sys.stdout.write(text)
        return
    buffer.write(text.encode("utf-8"))
    buffer.flush()
