"""The command line (`toegang-desktop`): one module per group of verbs, one table of verbs.

    entry.py        parse, start the window or run a verb from the table; exit codes
    verbs.py        the table: each group adds its verbs, handlers and what they need
    common.py       the terminal's translation, messages, ids and dates, exit codes
    terminal_argparse.py  argparse's own texts translated
    vault.py        setup, and unlocking the store for the other verbs
    dossiers.py     list, export-json, import-json, signals, export-pdf
    backups.py      backups, backup, restore
    privacy.py      access-log, access-request, retention
    reports.py      period-report
    app.py          smoke-test (the check of a build)
"""

from .entry import build_parser, main

__all__ = ["build_parser", "main"]
