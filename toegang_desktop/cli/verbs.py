"""The one table of verbs: each group module (dossiers, backups, privacy, reports, vault, app)
adds its verbs with their arguments, handler and what they need; `entry.main` prepares that
and calls the handler. Adding a verb touches its group module only."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from ..paths import AppPaths
    from ..services.session import Session


class Needs(Enum):
    """What a verb needs before its handler runs."""

    NOTHING = "nothing"  # it starts what it needs itself (the smoke test)
    FOLDER = "folder"  # the data folder and its settings, no store opened (setup, a merge)
    KEY = "key"  # the store's key but no session: backups work on a damaged store too
    SESSION = "session"  # an open session over the unlocked store


@dataclass
class Context:
    """What a handler gets: the parsed arguments and, as its verb needs, the folder, the
    settings, the key and the session."""

    args: argparse.Namespace
    paths: AppPaths | None = None
    settings: QSettings | None = None
    key: bytes | None = None
    opened: Session | None = field(default=None, repr=False)

    @property
    def session(self) -> Session:
        assert self.opened is not None, "only a verb that needs a session has one"
        return self.opened

    @property
    def folder(self) -> AppPaths:
        assert self.paths is not None, "only a verb that needs the folder has it"
        return self.paths


Handler = Callable[[Context], int]
NeedsOf = Callable[[argparse.Namespace], Needs]


@dataclass(frozen=True)
class Verb:
    name: str
    run: Handler
    needs_of: NeedsOf


class Verbs:
    """The sub-commands of the parser and, by name, what each one runs."""

    def __init__(self, commands: argparse._SubParsersAction[Any]) -> None:
        self._commands = commands
        self.table: dict[str, Verb] = {}

    def add(self, name: str, help_text: str | None, run: Handler,
            needs: Needs | NeedsOf = Needs.SESSION) -> argparse.ArgumentParser:
        """Add a verb; returns its parser for its arguments. A verb without help text is not
        listed in the help (the smoke test of a build)."""
        parser: argparse.ArgumentParser
        if help_text is None:
            parser = self._commands.add_parser(name)
        else:
            parser = self._commands.add_parser(name, help=help_text, description=help_text)
        needs_of = needs if callable(needs) else _always(needs)
        self.table[name] = Verb(name, run, needs_of)
        return parser


def _always(needs: Needs) -> NeedsOf:
    return lambda _args: needs
