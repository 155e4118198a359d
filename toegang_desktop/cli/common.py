"""What the command-line modules share: the terminal's translation, printing a message or a
file error, reading a date or an id, asking a question, and the documented exit codes."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QTranslator

from ..locations import resources_dir

# The largest id SQLite stores (a signed 64-bit integer); a larger number is no id of ours.
MAX_ID = 2**63 - 1


class Exit(IntEnum):
    """The exit codes, as README's command-line section documents them."""

    OK = 0
    REFUSED = 1  # the command did not do what was asked; the message says what to change
    UNUSABLE = 2  # wrong options, a wrong password, or a store that cannot be used now
    NO_ANSWER = 3  # (window only) another Toegang Desktop holds the folder and does not answer
    UNEXPECTED = 4  # a fault in the program: the log names its type
    INTERRUPTED = 130  # Ctrl+C


class Refused(Exception):
    """The command cannot go on; the (translated) message says why and what to do."""

    def __init__(self, message: str, code: Exit = Exit.REFUSED) -> None:
        super().__init__(message)
        self.code = code


_terminal: QTranslator | None = None  # the terminal's translation, loaded before any Qt app


def load_terminal_translation(language: str) -> None:
    """Load the translation for the terminal's texts before parsing: argparse builds its help
    and errors before any QCoreApplication exists, so QCoreApplication.translate would
    still return the English source then. A QTranslator needs no application to translate."""
    global _terminal
    translator = QTranslator()
    if translator.load(f"toegang_{language}", str(resources_dir() / "translations")):
        _terminal = translator


def translate(context: str, text: str) -> str:
    """`text` in the terminal's language (lupdate finds translate("Context", "...") calls)."""
    if _terminal is not None:
        return _terminal.translate(context, text) or text
    return QCoreApplication.translate(context, text)


def say(message: str, to_stderr: bool = False, **values: object) -> None:
    """Print a translated message with its values filled in."""
    print(message.format(**values), file=sys.stderr if to_stderr else sys.stdout)


def file_error(error: OSError) -> int:
    """Say why a file could not be written, and the way out; the command's exit code."""
    from ..wording.messages import file_write_error_text  # only a failed write needs it

    print(file_write_error_text(error), file=sys.stderr)
    return Exit.REFUSED


def not_found(what: str, number: int) -> int:
    """No resident or conversation with this id: say so, and how to find the ids."""
    texts = {
        "resident": translate("CommandLine", "There is no resident with id {id}. "
                                             "'list residents' shows the ids."),
        "conversation": translate("CommandLine", "There is no conversation with id {id}. "
                                                 "'list conversations --resident ID' shows "
                                                 "the ids."),
    }
    say(texts[what], to_stderr=True, id=number)
    return Exit.REFUSED


def parse_day(text: str) -> date:
    """A date on the command line: 2026-07-01 or 01-07-2026."""
    for parse in (date.fromisoformat, lambda t: date(int(t[6:]), int(t[3:5]), int(t[:2]))):
        try:
            return parse(text.strip())
        except (ValueError, IndexError):
            continue
    raise argparse.ArgumentTypeError(translate(
        "CommandLine", "not a date: {text} (use DD-MM-YYYY or YYYY-MM-DD)").format(text=text))


def record_id(text: str) -> int:
    """An id on the command line: a whole number from 1 up to what the store can hold."""
    stripped = text.strip()
    if stripped.isascii() and stripped.isdigit() and 0 < int(stripped) <= MAX_ID:
        return int(stripped)
    raise argparse.ArgumentTypeError(translate(
        "CommandLine", "not an id: {text} (an id is a whole number such as 12; "
                       "'list residents' shows them)").format(text=text[:40]))


def write_utf8(text: str) -> None:
    """Write to stdout as UTF-8 whatever the console's code page, so any name survives."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # stdout replaced by a text-only stream
        sys.stdout.write(text)
        return
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def read_line(prompt: str, secret: bool = False) -> str | None:
    """One line typed on the terminal (hidden when `secret`) or read from standard input;
    None when standard input has nothing more (closed, or at its end)."""
    import getpass

    stdin = sys.stdin
    if stdin is None or stdin.closed:
        return None
    try:
        if stdin.isatty() and secret:
            return getpass.getpass(prompt)
        if not secret:  # a question shows also when the answer is piped in
            print(prompt, end="", file=sys.stderr, flush=True)
        if stdin.isatty():
            return stdin.readline().rstrip("\r\n")
        raw = stdin.buffer.readline() if hasattr(stdin, "buffer") else stdin.readline().encode()
    except EOFError:
        return None
    except UnicodeError as error:
        raise _not_utf8() from error
    if not raw:
        return None
    try:
        return raw.decode("utf-8").removeprefix("\ufeff").rstrip("\r\n")
    except UnicodeDecodeError as error:
        raise _not_utf8() from error


def _not_utf8() -> Refused:
    return Refused(translate(
        "CommandLine", "What was read from standard input is not UTF-8 text. Nothing was "
                       "changed. Give the password as one line of UTF-8 text, or type it "
                       "on the terminal."), Exit.UNUSABLE)

