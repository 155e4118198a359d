"""Command line for the access log and the resident's rights: check and export the log, purge
old log lines, an access request, and the purge of dossiers past their retention date."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from .cli_common import file_error, parse_day, say

if TYPE_CHECKING:
    from .domain.access_log import Defect
    from .services.session import Session

translate = QCoreApplication.translate  # lupdate finds translate("Context", "...") calls
COMMANDS = ("access-log", "access-request", "retention")


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    log = commands.add_parser("access-log", help="check, export or purge the access log")
    what = log.add_mutually_exclusive_group(required=True)
    what.add_argument("--verify", action="store_true", help="check the hash chain")
    what.add_argument("--export", type=Path, metavar="FILE", help="write the log as CSV")
    what.add_argument("--purge-old", action="store_true",
                      help="remove the lines older than five years")
    log.add_argument("--from", dest="since", type=parse_day, metavar="YYYY-MM-DD",
                     help="export lines from this day (UTC)")
    log.add_argument("--to", dest="until", type=parse_day, metavar="YYYY-MM-DD",
                     help="export lines through this day (UTC)")
    request = commands.add_parser(
        "access-request", help="write everything stored about one resident into a folder")
    request.add_argument("--resident", type=int, required=True, help="the resident's id")
    request.add_argument("--out", type=Path, required=True, help="the folder to write into")
    retention = commands.add_parser("retention", help="dossiers past their retention date")
    retention.add_argument("--purge", action="store_true",
                           help="remove them (after listing them); needs --yes")
    retention.add_argument("--yes", action="store_true", help="confirm the purge")


def run(session: Session, args: argparse.Namespace) -> int:
    if args.command == "access-log":
        return _access_log(session, args)
    if args.command == "access-request":
        return _access_request(session, args)
    return _retention(session, args)


def _access_log(session: Session, args: argparse.Namespace) -> int:
    log = session.access_log
    if args.verify:
        result = log.verify()
        if result.ok:
            say(translate("CommandLine", "The access log is intact: {count} line(s) checked. "
                                          "Last hash: {hash}"),
                 count=result.checked, hash=result.head_hash)
            return 0
        say(translate("CommandLine", "The access log has been changed outside the app. "
                                      "Tell your privacy officer. Problems:"), to_stderr=True)
        for line_id, defect in result.defects:
            say("  - {line}: {defect}", to_stderr=True, line=line_id, defect=_defect_text(defect))
        return 1
    if args.purge_old:
        checkpoint = log.purge_old(date.today())
        say(translate("CommandLine", "Removed {count} log line(s) older than five years."),
             count=checkpoint.removed_count if checkpoint else 0)
        return 0
    try:
        count = log.export_csv(args.export, args.since, args.until)
    except OSError as error:
        return file_error(error)
    say(translate("CommandLine", "{count} log line(s) written to {path}"),
         count=count, path=args.export)
    return 0


def _access_request(session: Session, args: argparse.Namespace) -> int:
    try:
        package = session.privacy.access_request(args.resident, args.out)
    except LookupError:
        say(translate("CommandLine", "There is no resident with id {id}."),
             to_stderr=True, id=args.resident)
        return 1
    except OSError as error:
        return file_error(error)
    say(translate("CommandLine", "Access request written to {path}"), path=package.folder)
    for path in package.files:
        print(f"  {path.name}")
    return 0


def _retention(session: Session, args: argparse.Namespace) -> int:
    due = session.privacy.due()
    say(translate("CommandLine", "{count} dossier(s) past their retention date."),
         count=len(due))
    for dossier in due:
        print(f"  {dossier.resident_id}\t{dossier.retain_until.isoformat()}")
    if not args.purge:
        return 0
    if not args.yes:
        say(translate("CommandLine", "Nothing was removed. Add --yes to remove these "
                                      "dossiers for good."), to_stderr=True)
        return 1
    purged = session.privacy.purge_due([d.resident_id for d in due])
    say(translate("CommandLine", "{count} dossier(s) removed."), count=purged)
    return 0


def _defect_text(defect: Defect) -> str:
    from .domain.access_log import Defect  # loaded by the check only, not by every start

    texts = {
        Defect.ALTERED: translate("CommandLine", "the line was changed"),
        Defect.CHAIN_BROKEN: translate("CommandLine", "a line was removed or inserted before it"),
        Defect.MISSING: translate("CommandLine", "lines are missing here"),
        Defect.TAIL_MISSING: translate("CommandLine", "the newest lines were removed"),
        Defect.WRONG_TYPE: translate("CommandLine", "a value of the wrong type (or no hash)"),
        Defect.PURGE_FORGED: translate(
            "CommandLine", "lines were removed without a purge that the log can prove"),
        Defect.UNREADABLE: translate("CommandLine", "the log's tables cannot be read"),
    }
    return texts.get(defect, defect.value)
