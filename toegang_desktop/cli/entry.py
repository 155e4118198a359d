"""The command line's entry: parse (in the terminal's language), start the window when no
verb is given, otherwise prepare what the verb needs and run it from the one table
(verbs.py). Whatever happens, a command ends in a message and a documented exit code
(common.Exit): never a Python traceback."""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from ..i18n import DEFAULT_LANGUAGE, LANGUAGES
from ..logging_setup import LOGGER
from . import app, backups, dossiers, privacy, reports, server, team, vault
from .common import Exit, Refused, load_terminal_translation, say, translate
from .terminal_argparse import TerminalArgumentParser
from .verbs import Context, Needs, Verb, Verbs

if TYPE_CHECKING:
    from ..paths import AppPaths
    from ..services.session import Session

log = logging.getLogger(__name__)
GROUPS = (vault, dossiers, backups, privacy, reports, server, team, app)


def build_parser() -> argparse.ArgumentParser:
    return _parser_and_verbs()[0]


def _parser_and_verbs() -> tuple[argparse.ArgumentParser, dict[str, Verb]]:
    parser = TerminalArgumentParser(
        prog="toegang-desktop",
        description=translate("CommandLine", "Toegang Desktop: broad-view conversations for "
                                             "local teams. Without a command the window opens."),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help=translate("CommandLine", "show the version and stop"))
    parser.add_argument("--data-dir", type=Path, metavar=translate("CommandLine", "FOLDER"),
                        help=translate("CommandLine", "keep the store and settings in FOLDER"))
    parser.add_argument("--demo", action="store_true",
                        help=translate("CommandLine", "use the demo store (fictional residents; "
                                                      "filled when empty)"))
    parser.add_argument("--lang", choices=LANGUAGES,
                        help=translate("CommandLine", "language (default nl)"))
    file_name = translate("CommandLine", "FILE")
    parser.add_argument("--checklist", type=Path, metavar=file_name,
                        help=translate("CommandLine", "use this checklist file (TOML)"))
    parser.add_argument("--rules", type=Path, metavar=file_name,
                        help=translate("CommandLine", "use this recognition rules file (TOML)"))
    parser.add_argument("--partners", type=Path, metavar=file_name,
                        help=translate("CommandLine",
                                       "pre-fill the partner directory from this file (TOML)"))
    commands = parser.add_subparsers(dest="command", metavar=translate("CommandLine", "COMMAND"),
                                     title=translate("CommandLine", "commands"))
    verbs = Verbs(commands)
    for group in GROUPS:
        group.register(verbs)
    return parser, verbs.table


def main(argv: list[str] | None = None) -> int:
    """Run the command line; the exit code. Any fault becomes a Dutch line and code 4."""
    try:
        return _main(sys.argv[1:] if argv is None else argv)
    except BrokenPipeError:  # the reader stopped early (`list residents | head`): no fault
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no error at exit
        return Exit.OK
    except KeyboardInterrupt:
        say(translate("CommandLine", "Stopped (Ctrl+C)."), to_stderr=True)
        return Exit.INTERRUPTED
    except Exception as error:  # the last net: a program fault, worded without its data
        return _unexpected(error)


def _main(argv: list[str]) -> int:
    # Until the log file is set up (the window and the verbs do that), a log line goes
    # nowhere: logging's last resort would print it, in English, on the terminal.
    logging.getLogger(LOGGER).handlers[:] = [logging.NullHandler()]
    load_terminal_translation(_early_language(argv))
    parser, table = _parser_and_verbs()
    args = parser.parse_args(argv)
    if args.command is None:
        from ..ui.shell.launch import run_gui

        return run_gui(args)
    verb = table[args.command]
    needs = verb.needs_of(args)
    if needs is Needs.NOTHING:
        return verb.run(Context(args))
    return _run(verb, needs, args)


def _run(verb: Verb, needs: Needs, args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from ..i18n import install_translators
    from ..logging_setup import setup_logging
    from ..paths import AppPaths, name_application
    from ..services.errors import StoreError
    from ..services.settings import open_settings
    from ..wording.store_messages import store_error_text

    qt_app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    name_application(qt_app)
    paths = AppPaths.resolve(args.data_dir, args.demo)
    # A log file, so no log line ever falls through to the terminal (logging's last resort
    # prints English warnings to stderr when a logger has no handler).
    setup_logging(paths.logs)
    _qt_messages_to_log()
    log.info("command %s", verb.name)
    settings = open_settings(paths.settings)
    install_translators(qt_app, args.lang or str(settings.value("ui/language", DEFAULT_LANGUAGE)))
    context = Context(args, paths, settings)
    try:
        if needs is not Needs.FOLDER:
            context.key = None if args.demo else vault.unlock(paths)
        if needs is Needs.SESSION:
            context.opened = _open_session(args, paths, context.key)
        try:
            return verb.run(context)
        finally:
            if context.opened is not None:
                context.opened.close()
    except Refused as refused:
        print(refused, file=sys.stderr)
        return refused.code
    except StoreError as error:  # busy, full, damaged, wrong key: what to do, never a traceback
        log.warning("command %s: store error %s", verb.name, error.code)
        print(store_error_text(error), file=sys.stderr)
        return Exit.UNUSABLE


def _qt_messages_to_log() -> None:
    """Qt's own warnings (English, e.g. about the platform or a runtime folder) go into the
    log file, not onto the terminal."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger(f"{LOGGER}.qt")

    def to_log(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        qt_log.info("qt %s: %s", kind.name, message)

    qInstallMessageHandler(to_log)


def _open_session(args: argparse.Namespace, paths: AppPaths, key: bytes | None) -> Session:
    from ..services.session import open_session
    from ..wording.messages import content_error_text

    # --demo fills an empty demo store, as the window does.
    session = open_session(paths, args.demo, args.checklist, args.rules, args.partners, key=key)
    for problem in session.content_problems:
        print(content_error_text(problem), file=sys.stderr)
    return session


def _early_language(argv: list[str]) -> str:
    """The terminal's language before parsing: --lang, else the data folder's setting."""
    for index, word in enumerate(argv):
        value = argv[index + 1] if word == "--lang" and index + 1 < len(argv) else \
            word.removeprefix("--lang=") if word.startswith("--lang=") else None
        if value in LANGUAGES:
            return str(value)
    try:
        return _saved_language(argv)
    except Exception:  # an unreadable setting is no reason to fail here: the default
        return DEFAULT_LANGUAGE


def _saved_language(argv: list[str]) -> str:
    from PySide6.QtCore import QCoreApplication

    from .. import APP_NAME, ORG_NAME
    from ..paths import AppPaths
    from ..services.settings import open_settings

    folder: Path | None = None
    for index, word in enumerate(argv):
        if word == "--data-dir" and index + 1 < len(argv):
            folder = Path(argv[index + 1])
        elif word.startswith("--data-dir="):
            folder = Path(word.removeprefix("--data-dir="))
    if folder is None:  # the standard folder: QStandardPaths needs the names, not an app
        QCoreApplication.setOrganizationName(ORG_NAME)
        QCoreApplication.setApplicationName(APP_NAME)
    settings = open_settings(AppPaths.resolve(folder, False).settings)
    saved = str(settings.value("ui/language", DEFAULT_LANGUAGE))
    return saved if saved in LANGUAGES else DEFAULT_LANGUAGE


def _unexpected(error: Exception) -> int:
    """A fault in the program: its type and place in the log (never its message, which may
    hold data), and a Dutch line with the log's place on the terminal."""
    from ..logging_setup import log_file

    frames = traceback.extract_tb(error.__traceback__)
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    log.error("unexpected error %s at %s", type(error).__name__, where)
    logged = log_file()
    if logged is None:
        say(translate("CommandLine", "Unexpected error: the command stopped. Try it once "
                                     "more; if it happens again, tell your application "
                                     "manager what you did."), to_stderr=True)
    else:
        say(translate("CommandLine", "Unexpected error: the command stopped. Try it once "
                                     "more; if it happens again, tell your application "
                                     "manager what you did and send the log {path} (it holds "
                                     "no personal data)."), to_stderr=True, path=logged)
    return Exit.UNEXPECTED
