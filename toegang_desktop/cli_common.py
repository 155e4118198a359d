"""What the command-line modules share: printing a translated message or a file error, reading
a date."""

from __future__ import annotations

import argparse
import sys
from datetime import date


def say(message: str, to_stderr: bool = False, **values: object) -> None:
    """Print a translated message with its values filled in."""
    print(message.format(**values), file=sys.stderr if to_stderr else sys.stdout)


def file_error(error: OSError) -> int:
    """Say why a file could not be written, and the way out; the command's exit code."""
    from .wording.messages import file_write_error_text  # only a failed write needs it

    print(file_write_error_text(error), file=sys.stderr)
    return 1


def parse_day(text: str) -> date:
    """A date on the command line: 2026-07-01 or 01-07-2026."""
    for parse in (date.fromisoformat, lambda t: date(int(t[6:]), int(t[3:5]), int(t[:2]))):
        try:
            return parse(text.strip())
        except (ValueError, IndexError):
            continue
    raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD or DD-MM-YYYY)")
