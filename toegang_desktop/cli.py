"""Command line: start the app, export/import a dossier as JSON, or list a conversation's signals."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .i18n import DEFAULT_LANGUAGE, LANGUAGES

if TYPE_CHECKING:
    from sqlite_utils import Database


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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    export = commands.add_parser("export-json", help="write one resident's dossier as JSON")
    export.add_argument("--resident", type=int, required=True, help="the resident's id")
    export.add_argument("--out", type=Path, required=True, help="the JSON file to write")
    imported = commands.add_parser("import-json", help="read a dossier from a JSON file")
    imported.add_argument("file", type=Path, help="the JSON file to read")
    signals = commands.add_parser("signals", help="print the signals of one conversation as JSON")
    signals.add_argument("--conversation", type=int, required=True, help="the conversation's id")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from .ui.launch import run_gui

        return run_gui(args)
    return _run_command(args)


def _run_command(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from .domain.problems import ValidationFailed
    from .i18n import install_translators
    from .locations import migrations_dir
    from .paths import AppPaths, name_application
    from .services.messages import problem_lines, store_error_text
    from .services.settings import open_settings
    from .services.transfer import export_dossier, import_dossier
    from .store.connection import open_store
    from .store.errors import StoreError

    translate = QCoreApplication.translate
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    name_application(app)
    paths = AppPaths.resolve(args.data_dir, args.demo)
    settings = open_settings(paths.settings)
    language = args.lang or str(settings.value("ui/language", DEFAULT_LANGUAGE))
    install_translators(app, language)
    try:
        db = open_store(paths.store, paths.backups, migrations_dir())
    except StoreError as error:
        print(store_error_text(error), file=sys.stderr)
        return 2
    try:
        if args.command == "signals":
            return _print_signals(db, args)
        if args.command == "export-json":
            try:
                export_dossier(db, args.resident, args.out, __version__)
            except LookupError:
                print(
                    translate("CommandLine", "There is no resident with id {id}.").format(id=args.resident),
                    file=sys.stderr,
                )
                return 1
            except OSError as error:
                print(
                    translate("CommandLine", "The file cannot be written: {error}").format(error=error),
                    file=sys.stderr,
                )
                return 1
            print(translate("CommandLine", "Dossier written to {path}").format(path=args.out))
            return 0
        try:
            resident_id = import_dossier(db, args.file, date.today())
        except ValidationFailed as failure:
            print(
                translate("CommandLine", "Nothing was imported. Problems in {path}:").format(path=args.file),
                file=sys.stderr,
            )
            for line in problem_lines(failure.problems):
                print(f"  - {line}", file=sys.stderr)
            return 1
        print(translate("CommandLine", "Dossier imported as resident {id}.").format(id=resident_id))
        return 0
    finally:
        db.close()


def _print_signals(db: Database, args: argparse.Namespace) -> int:
    """Print the conversation's signals, with evidence and decisions, as JSON on stdout."""
    from PySide6.QtCore import QCoreApplication

    from .export.signals_json import signals_to_dict
    from .services.content import active_checklist, active_rules
    from .services.conversations import ConversationService
    from .services.dossiers import DossierService
    from .services.messages import content_error_text
    from .services.recognition import RecognitionService

    translate = QCoreApplication.translate
    checklist, checklist_problem = active_checklist(args.checklist)
    rules, rules_problem = active_rules(args.rules, checklist)
    for problem in (checklist_problem, rules_problem):
        if problem is not None:
            print(content_error_text(problem), file=sys.stderr)
    conversation = ConversationService(db, checklist).load(args.conversation)
    if conversation is None:
        print(
            translate("CommandLine", "There is no conversation with id {id}.").format(id=args.conversation),
            file=sys.stderr,
        )
        return 1
    resident = DossierService(db).resident(conversation.resident_id)
    household = resident.household if resident is not None else []
    signals = RecognitionService(db, rules).signals(conversation, household)
    text = json.dumps(signals_to_dict(conversation, rules, signals), ensure_ascii=False, indent=2)
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
