"""argparse in the terminal's language: its own texts ("usage:", "options", "error:", "the
following arguments are required") go through the app's translation file, like every other
text.

argparse looks its texts up with gettext at the moment it needs them (`argparse._`). This
parser swaps that function for one that translates through the terminal's translation while
it builds itself, parses or prints help, and puts it back afterwards; the English texts below
are argparse's own message ids, so a newer Python that adds one shows it in English, never
a wrong translation.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, NoReturn

from .common import translate

if TYPE_CHECKING:
    from _typeshed import SupportsWrite


def _texts() -> dict[str, str]:
    return {
        "usage: ": translate("ArgParse", "usage: "),
        "positional arguments": translate("ArgParse", "positional arguments"),
        "options": translate("ArgParse", "options"),
        "show this help message and exit": translate("ArgParse", "show this help message and exit"),
        "%(prog)s: error: %(message)s\n": translate("ArgParse", "%(prog)s: error: %(message)s\n"),
        "argument %(argument_name)s: %(message)s":
            translate("ArgParse", "argument %(argument_name)s: %(message)s"),
        "unrecognized arguments: %s": translate("ArgParse", "unrecognized arguments: %s"),
        "the following arguments are required: %s":
            translate("ArgParse", "the following arguments are required: %s"),
        "one of the arguments %s is required":
            translate("ArgParse", "one of the arguments %s is required"),
        "not allowed with argument %s": translate("ArgParse", "not allowed with argument %s"),
        "expected one argument": translate("ArgParse", "expected one argument"),
        "expected at most one argument": translate("ArgParse", "expected at most one argument"),
        "expected at least one argument": translate("ArgParse", "expected at least one argument"),
        "expected %s argument": translate("ArgParse", "expected %s argument"),
        "expected %s arguments": translate("ArgParse", "expected %s arguments"),
        "ambiguous option: %(option)s could match %(matches)s":
            translate("ArgParse", "ambiguous option: %(option)s could match %(matches)s"),
        "invalid choice: %(value)r (choose from %(choices)s)":
            translate("ArgParse", "invalid choice: %(value)r (choose from %(choices)s)"),
        "invalid %(type)s value: %(value)r":
            translate("ArgParse", "invalid %(type)s value: %(value)r"),
        "ignored explicit argument %r": translate("ArgParse", "ignored explicit argument %r"),
        "unexpected option string: %s": translate("ArgParse", "unexpected option string: %s"),
    }


@contextmanager
def _translated() -> Iterator[None]:
    texts = _texts()
    module: Any = argparse  # its gettext functions are module globals, looked up per call
    saved: tuple[Callable[..., str], Callable[..., str]] = (module._, module.ngettext)

    def gettext(message: str) -> str:
        return texts.get(message, message)

    def ngettext(singular: str, plural: str, count: int) -> str:
        return gettext(singular if count == 1 else plural)

    module._, module.ngettext = gettext, ngettext
    try:
        yield
    finally:
        module._, module.ngettext = saved


class TerminalArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose own texts are translated (its sub-parsers are of this class)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        with _translated():
            super().__init__(*args, **kwargs)

    def parse_args(  # type: ignore[override]  # same signature, typeshed overloads it
        self, args: Sequence[str] | None = None, namespace: Any = None,
    ) -> argparse.Namespace:
        # parse_args words the leftover arguments itself ('unrecognized arguments: %s')
        with _translated():
            parsed: argparse.Namespace = super().parse_args(args, namespace)
        return parsed

    def parse_known_args(  # type: ignore[override]  # same signature, typeshed overloads it
        self, args: Sequence[str] | None = None, namespace: Any = None,
    ) -> tuple[argparse.Namespace, list[str]]:
        with _translated():
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        with _translated():
            return super().format_usage()

    def format_help(self) -> str:
        with _translated():
            return super().format_help()

    def print_help(self, file: SupportsWrite[str] | None = None) -> None:
        with _translated():
            super().print_help(file)

    def error(self, message: str) -> NoReturn:
        with _translated():
            super().error(message)
