"""The `period-report` command: the learning loop's anonymous report as PDF, CSV or aggregate
file, for a period of this store or for merged aggregate files of several workstations."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings

from .cli_common import file_error, say

if TYPE_CHECKING:
    from .services.session import Session

translate = QCoreApplication.translate  # lupdate finds translate("Context", "...") calls


def period_report(session: Session | None, args: argparse.Namespace, settings: QSettings) -> int:
    """The report of this store's period, or (`--merge`, no session needed: a coordinator may
    have no store of their own) of aggregate files merged."""
    from .domain.period_report import Period, last_full_quarter
    from .paths import AppPaths
    from .services.learning_messages import (
        aggregate_error_text,
        period_mismatch_text,
    )
    from .services.period_report import (
        AggregateFileError,
        PeriodMismatch,
        PeriodReportFiles,
        PeriodReportService,
    )
    from .services.report import MUNICIPALITY_KEY

    if not (args.pdf or args.csv or args.aggregate):
        say(translate("CommandLine", "Say what to write: --pdf FILE, --csv FILE and/or "
                                     "--aggregate FILE."), to_stderr=True)
        return 1
    if args.merge:
        if args.aggregate:
            say(translate("CommandLine", "A merged report cannot be written as an aggregate file "
                                         "again; leave out --aggregate."), to_stderr=True)
            return 1
        try:
            aggregate = PeriodReportService.read_aggregates(list(args.merge))
        except AggregateFileError as error:
            print(aggregate_error_text(error), file=sys.stderr)
            return 1
        except PeriodMismatch:
            print(period_mismatch_text(), file=sys.stderr)
            return 1
    else:
        assert session is not None, "only --merge runs without a store"
        default = last_full_quarter(date.today())
        start, end = args.start or default.start, args.end or default.end
        if (args.start is None) != (args.end is None):
            say(translate("CommandLine", "Give both --from and --to, or neither (the last full "
                                         "quarter)."), to_stderr=True)
            return 1
        if end < start:
            say(translate("CommandLine", "--to lies before --from."), to_stderr=True)
            return 1
        aggregate = session.period_report.aggregate(Period(start, end))
    municipality = str(settings.value(MUNICIPALITY_KEY, "") or "").strip()
    # Also without a store (--merge) the data folder's own files are never a report's target.
    files = session.period_report if session is not None else PeriodReportFiles(
        AppPaths.resolve(args.data_dir, args.demo).protected_files())
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
    return 0
