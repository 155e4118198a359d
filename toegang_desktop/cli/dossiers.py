"""Dossier verbs: list residents and conversations, export and import a dossier as JSON, a
conversation's signals as JSON, a conversation's report as PDF. Every look at dossier data
goes through the service call the window uses, so it is logged the same way."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from .common import Exit, file_error, not_found, record_id, say, translate, write_utf8
from .verbs import Context, Verbs

if TYPE_CHECKING:
    from ..services.session import Session


def register(verbs: Verbs) -> None:
    number, file_name = translate("CommandLine", "ID"), translate("CommandLine", "FILE")
    listed = verbs.add("list", translate("CommandLine", "list the residents, or the "
                                                        "conversations of one resident"), _list)
    # The metavar names the choices where argparse would name the dest ('what') in an error.
    listed.add_argument("what", choices=("residents", "conversations"),
                        metavar="{residents,conversations}",
                        help=translate("CommandLine", "residents, or conversations (with "
                                                      "--resident)"))
    listed.add_argument("--resident", type=record_id, metavar=number,
                        help=translate("CommandLine", "the resident's id"))
    export = verbs.add("export-json", translate("CommandLine", "write one resident's dossier as "
                                                              "JSON"), _export)
    export.add_argument("--resident", type=record_id, required=True, metavar=number,
                        help=translate("CommandLine", "the resident's id"))
    export.add_argument("--out", type=Path, required=True, metavar=file_name,
                        help=translate("CommandLine", "the JSON file to write"))
    imported = verbs.add("import-json", translate("CommandLine", "read a dossier from a JSON "
                                                                 "file"), _import)
    imported.add_argument("file", type=Path, metavar=file_name,
                          help=translate("CommandLine", "the JSON file to read"))
    signals = verbs.add("signals", translate("CommandLine", "print the signals of one "
                                                            "conversation as JSON"), _signals)
    signals.add_argument("--conversation", type=record_id, required=True, metavar=number,
                         help=translate("CommandLine", "the conversation's id"))
    pdf = verbs.add("export-pdf", translate("CommandLine", "write a conversation's report as "
                                                           "PDF"), _export_pdf)
    pdf.add_argument("--conversation", type=record_id, required=True, metavar=number,
                     help=translate("CommandLine", "the conversation's id"))
    pdf.add_argument("--variant", choices=("resident", "file"), required=True,
                     help=translate("CommandLine", "for the resident, or for the file"))
    pdf.add_argument("--out", type=Path, required=True, metavar=file_name,
                     help=translate("CommandLine", "the PDF file to write"))
    pdf.add_argument("--include-restricted", action="store_true",
                     help=translate("CommandLine", "include the restricted reporting-code "
                                                   "record (file variant only)"))


def _list(context: Context) -> int:
    args, session = context.args, context.session
    if args.what == "residents":
        if args.resident is not None:
            say(translate("CommandLine", "--resident goes with 'list conversations'."),
                to_stderr=True)
            return Exit.REFUSED
        rows = [[str(entry.id), entry.name, _day(entry.date_of_birth),
                 _day(entry.last_conversation)] for entry in session.dossiers.listing()]
        headers = [translate("CommandLine", "Id"), translate("CommandLine", "Name"),
                   translate("CommandLine", "Date of birth"),
                   translate("CommandLine", "Last conversation")]
        return _table(headers, rows, translate("CommandLine", "There are no residents yet."))
    if args.resident is None:
        say(translate("CommandLine", "Say whose conversations: --resident ID ('list "
                                     "residents' shows the ids)."), to_stderr=True)
        return Exit.REFUSED
    if session.dossiers.open(args.resident) is None:  # the look at the dossier is logged
        return not_found("resident", args.resident)
    rows = [[str(c.id), _day(c.held_on), _day(c.melding_date)]
            for c in session.dossiers.conversations(args.resident)]
    headers = [translate("CommandLine", "Id"), translate("CommandLine", "Held on"),
               translate("CommandLine", "Reported on")]
    return _table(headers, rows, translate("CommandLine", "This resident has no "
                                                          "conversations yet."))


def _day(day: date | None) -> str:
    return f"{day:%d-%m-%Y}" if day is not None else "–"


def _table(headers: list[str], rows: list[list[str]], empty: str) -> int:
    if not rows:
        say(empty)
        return Exit.OK
    widths = [max(len(row[i]) for row in [headers, *rows]) for i in range(len(headers))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
             for row in [headers, *rows]]
    write_utf8("\n".join(lines) + "\n")
    return Exit.OK


def _export(context: Context) -> int:
    args = context.args
    try:
        context.session.transfer.export(args.resident, args.out)
    except LookupError:
        return not_found("resident", args.resident)
    except OSError as error:
        return file_error(error)
    say(translate("CommandLine", "Dossier written to {path}"), path=args.out)
    return Exit.OK


def _export_pdf(context: Context) -> int:
    from ..services.report import ReportVariant, report_settings

    args = context.args
    variant = ReportVariant(args.variant)
    if args.include_restricted and variant is not ReportVariant.FILE:
        say(translate("CommandLine", "The restricted reporting-code record can only be "
                                     "included in the report for the file (--variant file)."),
            to_stderr=True)
        return Exit.REFUSED
    assert context.settings is not None
    try:
        pages = context.session.report.export(args.conversation, variant, args.out,
                                              args.include_restricted,
                                              report_settings(context.settings))
    except LookupError:
        return not_found("conversation", args.conversation)
    except OSError as error:
        return file_error(error)
    say(translate("CommandLine", "Report of {pages} page(s) written to {path}"),
        pages=pages, path=args.out)
    return Exit.OK


def _import(context: Context) -> int:
    from ..services.errors import ValidationFailed
    from ..wording.messages import problem_lines

    session: Session = context.session
    path = context.args.file
    try:
        resident_id = session.transfer.import_file(path, date.today())
    except ValidationFailed as failure:
        say(translate("CommandLine", "Nothing was imported. Problems in {path}:"),
            to_stderr=True, path=path)
        for line in problem_lines(failure.problems):
            print(f"  - {line}", file=sys.stderr)
        return Exit.REFUSED
    say(translate("CommandLine", "Dossier imported as resident {id}."), id=resident_id)
    ids = [str(c.id) for c in session.dossiers.conversations(resident_id)]
    if ids:
        say(translate("CommandLine", "Its conversations: {ids}."), ids=", ".join(ids))
    return Exit.OK


def _signals(context: Context) -> int:
    """Print the conversation's signals, with evidence and decisions, as JSON on stdout. The
    look at the conversation is logged, as when the window opens it."""
    session = context.session
    conversation = session.conversations.open(context.args.conversation)
    if conversation is None:
        return not_found("conversation", context.args.conversation)
    resident = session.dossiers.resident(conversation.resident_id)
    household = resident.household if resident is not None else []
    report = session.recognition.signals_report(conversation, household)
    write_utf8(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    return Exit.OK
