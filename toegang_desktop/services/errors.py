"""The errors the UI and CLI handle, re-exported so they need not reach into store/content."""

from ..content.toml_reader import ContentError
from ..domain.problems import Problem, ValidationFailed
from ..store.errors import BackupFailedError, DamagedStoreError, StoreError

__all__ = ["BackupFailedError", "ContentError", "DamagedStoreError", "ReadOnlyDossier",
           "StoreError", "TeamRefused", "TeamUnreachable", "ValidationFailed"]


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


READ_ONLY_GLASS = "dossier_read_only_glass"


class ReadOnlyDossier(ValidationFailed):
    """A write to a dossier this laptop holds only because its professional broke the glass:
    read only until the end of the day, and the server would refuse the push, so the laptop
    refuses it first (AccessLog.change). A ValidationFailed, so every screen words it
    (wording/problem_texts.py) and keeps what was typed on screen, as for any refused input."""

    def __init__(self, resident_id: int) -> None:
        super().__init__([Problem(READ_ONLY_GLASS, "")])
        self.resident_id = resident_id
