"""The two ways a call to the team server ends badly (no psycopg here: callers may import
this without loading the driver)."""

from __future__ import annotations

from ..domain.team import TeamErrorCode


class TeamUnreachable(Exception):
    """No answer: offline, the server down or restarted, a timeout. Nothing was lost; the next
    attempt goes on where this one stopped."""


class TeamError(Exception):
    """The server answered and refused: `code` says why (a TG code from the API functions,
    a failed login or certificate, or another server error); `message` is the server's own
    text (English, for the log and the administrator, never shown as is to a professional)."""

    def __init__(self, code: TeamErrorCode, message: str = "") -> None:
        super().__init__(f"{code.value}: {message}" if message else code.value)
        self.code = code
        self.message = message
