"""The errors the UI and CLI handle, re-exported so they need not reach into store/content."""

from ..content.toml_reader import ContentError
from ..domain.problems import ValidationFailed
from ..store.errors import BackupFailedError, DamagedStoreError, StoreError

__all__ = ["BackupFailedError", "ContentError", "DamagedStoreError", "StoreError",
           "TeamRefused", "TeamUnreachable", "ValidationFailed"]


class TeamUnreachable(Exception):
    """The team server could not be reached (offline, down, a timeout): nothing is lost, the
    changes wait in the outbox and the next attempt goes on (wording/team_messages.py:
    'unreachable')."""


class TeamRefused(Exception):
    """The team server (or this laptop, before asking it) said no. `code` is a problem code
    the screens word with the way out: a server code `TG001`..`TG006`, or `password`,
    `certificate`, `server_error`, `plain_store` (a store without encryption cannot keep a
    team password), `not_joined`, `already_joined`, `not_here` (the dossier is not on this
    laptop)."""

    def __init__(self, code: str, message: str = "") -> None:
        super().__init__(f"{code}: {message}" if message else code)
        self.code = code
        self.message = message
