"""Wording around back-ups for the window and the command line (times shown in local time)."""

from __future__ import annotations

from datetime import datetime

from ..domain.backups import BackupKind
from .sources import BackupCopy, RestoreOutcome
from .translation import translate  # lupdate finds translate("Context", "...") calls


def kind_text(kind: BackupKind) -> str:
    return {
        BackupKind.REGULAR: translate("Backups", "automatic"),
        BackupKind.BEFORE_MIGRATION: translate("Backups", "before an update"),
        BackupKind.BEFORE_RESTORE: translate("Backups", "before a restore"),
    }[kind]


def local_time(entry: BackupCopy) -> datetime:
    """The moment a copy was taken, in the computer's own time zone."""
    return entry.taken_at.astimezone()


def residents_text(entry: BackupCopy) -> str:
    if entry.residents is None:
        return translate("Backups", "cannot be read")
    return translate("Backups", "%n resident(s)", "", entry.residents)


def restored_text(result: RestoreOutcome, when: str) -> str:
    """What a restore did, and where the previous store was kept."""
    done = translate("Backups", "The backup of {when} was restored ({residents}).").format(
        when=when, residents=residents_text(result.restored))
    kept = result.kept_as[0].name if result.kept_as else ""
    if result.damaged:
        return done + " " + translate(
            "Backups", "The damaged data file was kept unchanged as {name}, next to the data "
            "file.").format(name=kept)
    if kept:
        return done + " " + translate(
            "Backups", "The data as it was before the restore is kept as backup {name}.").format(
            name=kept)
    return done
