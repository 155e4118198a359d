"""Wording of the team server's refusals for its administrator (`toegang-desktop server ...`):
what happened and the way out. The server's own (English) words go in as the detail only
where they name what was refused (a login, a team)."""

from __future__ import annotations

from ..domain.team import TeamErrorCode
from .translation import translate  # lupdate finds translate("Context", "...") calls


def server_refusal_text(code: TeamErrorCode, detail: str) -> str:
    texts = {
        TeamErrorCode.LOGIN_FAILED: translate(
            "CommandLine", "The server did not accept the login or password. Check them; a "
                           "removed member can no longer log in."),
        TeamErrorCode.CERTIFICATE: translate(
            "CommandLine", "The server's certificate could not be checked ({detail}). Give the "
                           "CA certificate with --ca and use the name the certificate is for."),
        TeamErrorCode.SCHEMA_NEWER: translate(
            "CommandLine", "The server's schema is newer than this version of Toegang Desktop. "
                           "Install the newer version first."),
        TeamErrorCode.NOT_A_MEMBER: translate(
            "CommandLine", "This login is not an active member on this server ({detail})."),
        TeamErrorCode.NOT_ALLOWED: translate(
            "CommandLine", "This is not allowed for your role ({detail}). The server commands "
                           "are for an application manager."),
    }
    text = texts.get(code, translate("CommandLine", "The server refused: {detail}. Nothing was "
                                                    "changed."))
    return text.format(detail=detail.strip().splitlines()[0][:300] if detail.strip() else code.value)
