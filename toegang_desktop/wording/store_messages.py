"""Wording of the store's errors (a newer, foreign, damaged, busy or encrypted data file, a
backup, the key file): what happened, that nothing was changed, and the way out.

The texts keep the "Messages" translation context of wording/messages.py, which holds the
wording of validation problems and content files.
"""

from __future__ import annotations

import re

from .sources import StoreProblem
from .translation import translate  # lupdate finds translate("Context", "...") calls

# The store passes the operating system's or SQLite's own (English) words as the detail; the
# person reads Dutch only, so the detail is worded here by what it says, or left as its code.
_ERRNO = re.compile(r"\[(?:Errno|WinError) (\d+)\]")


def _reasons() -> list[tuple[tuple[str, ...], str]]:
    return [
        (("no space left", "disk is full", "database or disk is full", "not enough space"),
         translate("Messages", "the disk is full")),
        (("read-only", "readonly", "permission denied", "access is denied", "not permitted"),
         translate("Messages", "no permission to write there")),
        (("not a directory", "no such file", "cannot find the path", "unable to open"),
         translate("Messages", "the folder does not exist or cannot be reached")),
        (("disk i/o error", "input/output error"), translate("Messages", "the disk cannot be read")),
        (("locked", "busy", "being used by another process"),
         translate("Messages", "another program is using it")),
        (("malformed", "not a database", "corrupt", "integrity"),
         translate("Messages", "the file is damaged")),
    ]


def detail_text(detail: str) -> str:
    """The cause in Dutch words, as far as it is recognised; otherwise only its code (the
    English text of the system is not shown)."""
    lowered = detail.lower()
    for needles, reason in _reasons():
        if any(needle in lowered for needle in needles):
            return reason
    code = _ERRNO.search(detail)
    if code:
        return translate("Messages", "system error %1").replace("%1", code.group(1))
    return translate("Messages", "cause unknown")


def store_error_text(error: StoreProblem) -> str:
    path = str(error.path)
    texts = {
        "store_newer": translate(
            "Messages",
            "The data file {path} was made by a newer version of Toegang Desktop (schema "
            "{found}; this version knows up to {supported}). Nothing was changed. Install "
            "the newer version, or start with --data-dir to use another folder.",
        ),
        "store_foreign": translate(
            "Messages",
            "The file {path} is not a Toegang Desktop data file. Nothing was changed. "
            "Start with --data-dir to choose another folder.",
        ),
        "store_damaged": translate(
            "Messages",
            "The data file {path} is damaged and cannot be opened. Nothing was changed or "
            "deleted. Contact your application manager to restore a backup.",
        ),
        "store_unavailable": translate(
            "Messages",
            "The data file {path} cannot be opened or written ({detail}). Check that the "
            "folder exists, is not read-only and that the disk is not full, or start with "
            "--data-dir to choose another folder.",
        ),
        "store_busy": translate(
            "Messages",
            "The data file {path} is in use by another program. Close the other Toegang "
            "Desktop window and try again.",
        ),
        "store_migration_failed": translate(
            "Messages",
            "Updating the data file {path} to this version failed ({detail}). The file was "
            "left as it was; a copy is in the backups folder.",
        ),
        "backup_failed": translate(
            "Messages",
            "A backup of the data could not be made ({detail}). Your data itself was not "
            "changed. Check that the disk is not full; the next backup is tried automatically.",
        ),
        "backup_damaged": translate(
            "Messages",
            "The backup {path} is damaged and cannot be restored. Nothing was changed. Choose "
            "another backup.",
        ),
    }
    texts.update(_key_texts(error))
    template = texts.get(error.code, translate("Messages", "The data file {path} cannot be used ({detail})."))
    return template.format(path=path, detail=detail_text(error.detail), **error.params)


def _key_texts(error: StoreProblem) -> dict[str, str]:
    """The encrypted store and its key file."""
    wrong = translate(
        "Messages", "This recovery code is not right. Check it against the code you wrote down; "
        "letters and numbers that look alike are accepted either way.",
    ) if error.params.get("kind") == "recovery" else translate(
        "Messages", "This password is not right. Check Caps Lock and the keyboard language, "
        "and try again. Forgotten it? Use the recovery code.",
    )
    return {
        "key_wrong_secret": wrong,
        "key_file_damaged": translate(
            "Messages",
            "The key file {path} is damaged or was made by a newer version, so the data "
            "cannot be opened. Nothing was changed. Copy the key file from the backups folder "
            "(toegang.sleutels) back into place, or ask your application manager.",
        ),
        "store_encrypted": translate(
            "Messages",
            "The data file {path} is encrypted, but its key file (toegang.sleutels) is "
            "missing. Nothing was changed. Copy the key file from the backups folder back "
            "into the data folder and start again.",
        ),
        "store_wrong_key": translate(
            "Messages",
            "The data file {path} cannot be opened with this key file: the key file belongs to "
            "another data file, or the data file is damaged. Nothing was changed. Put back the "
            "key file that belongs to it, or restore a backup.",
        ),
        "store_plain": translate(
            "Messages",
            "The data file {path} is not encrypted yet. Start Toegang Desktop to encrypt it.",
        ),
    }
