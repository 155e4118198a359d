"""The `period-report` verb: the learning loop's anonymous report as PDF, CSV or aggregate
file, for a period of this store or for merged aggregate files of several workstations."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from .common import Exit, file_error, parse_day, say, translate
from .verbs import Context, Needs, Verbs

if TYPE_CHECKING:
    from ..services.period_report import Aggregate, PeriodReportFiles


def register(verbs: Verbs) -> None:
    day, file_name = translate("CommandLine", "DATE"), translate("CommandLine", "FILE")
    period = verbs.add("period-report", translate(
        "CommandLine", "write the learning loop's anonymous period report"), _period_report,
        _needs)
    period.add_argument("--from", dest="start", type=parse_day, metavar=day,
                        help=translate("CommandLine", "first day (default: the last full "
                                                      "quarter), DD-MM-YYYY or YYYY-MM-DD"))
    period.add_argument("--to", dest="end", type=parse_day, metavar=day,
                        help=translate("CommandLine", "last day (inclusive)"))
    period.add_argument("--pdf", type=Path, metavar=file_name,
                        help=translate("CommandLine", "write the report as PDF"))
    period.add_argument("--csv", type=Path, metavar=file_name,
                        help=translate("CommandLine", "write the report as CSV"))
    period.add_argument("--aggregate", type=Path, metavar=file_name,
                        help=translate("CommandLine", "write this workstation's aggregate file "
                                                      "(JSON, for a team report)"))
    period.add_argument("--merge", type=Path, nargs="+", metavar=file_name,
                        help=translate("CommandLine", "report on these aggregate files merged, "
                                                      "instead of this store"))


def _needs(args: argparse.Namespace) -> Needs:
    """A merge reads files only: no store, no password (a coordinator may have no store)."""
    return Needs.FOLDER if args.merge else Needs.SESSION


def _period_report(context: Context) -> int:
    from ..services.report import MUNICIPALITY_KEY

    args = context.args
    if not (args.pdf or args.csv or args.aggregate):
        say(translate("CommandLine", "Say what to write: --pdf FILE, --csv FILE and/or "
                                     "--aggregate FILE."), to_stderr=True)
        return Exit.REFUSED
    aggregate = _merged(args) if args.merge else _of_this_store(context)
    if aggregate is None:
        return Exit.REFUSED
    assert context.settings is not None
    municipality = str(context.settings.value(MUNICIPALITY_KEY, "") or "").strip()
    return _write(aggregate, args, municipality, _files(context))


def _merged(args: argparse.Namespace) -> Aggregate | None:
    from ..services.period_report import AggregateFileError, PeriodMismatch, PeriodReportService
    from ..wording.learning_messages import aggregate_error_text, period_mismatch_text

    if args.aggregate:
        say(translate("CommandLine", "A merged report cannot be written as an aggregate file "
                                     "again; leave out --aggregate."), to_stderr=True)
        return None
    try:
        return PeriodReportService.read_aggregates(list(args.merge))
    except AggregateFileError as error:
        print(aggregate_error_text(error), file=sys.stderr)
    except PeriodMismatch:
        print(period_mismatch_text(), file=sys.stderr)
    return None


def _of_this_store(context: Context) -> Aggregate | None:
    from ..services.period_report import default_days

    args = context.args
    if (args.start is None) != (args.end is None):
        say(translate("CommandLine", "Give both --from and --to, or neither (the last full "
                                     "quarter)."), to_stderr=True)
        return None
    start, end = (args.start, args.end) if args.start else default_days(date.today())
    if end < start:
        say(translate("CommandLine", "--to lies before --from: give the first day with "
                                     "--from and the last with --to."), to_stderr=True)
        return None
    return context.session.period_report.aggregate_days(start, end)


def _files(context: Context) -> PeriodReportFiles:
    """The report's writers; also without a store (--merge) the data folder's own files are
    never a report's target."""
    from ..services.period_report import PeriodReportFiles

    if context.opened is not None:
        return context.session.period_report
    assert context.paths is not None
    return PeriodReportFiles(context.paths.protected_files())


def _write(aggregate: Aggregate, args: argparse.Namespace, municipality: str,
           files: PeriodReportFiles) -> int:
    try:
        if args.pdf:
            pages = files.write_pdf(aggregate, args.pdf, municipality)
            say(translate("CommandLine", "Period report of {pages} page(s) written to {path}"),
                pages=pages, path=args.pdf)
        if args.csv:
            files.write_csv(aggregate, args.csv)
            say(translate("CommandLine", "Period report (CSV) written to {path}"), path=args.csv)
        if args.aggregate:
            files.write_aggregate(aggregate, args.aggregate)
            say(translate("CommandLine", "Aggregate file written to {path}"), path=args.aggregate)
    except OSError as error:
        return file_error(error)
    return Exit.OK
