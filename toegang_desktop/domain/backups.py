"""Back-up copies of the store: their names and which ones rotation keeps (no I/O, no clock).

A copy's file name says what it is and when it was taken (UTC):

    toegang-20261123T143000Z.sqlite            regular copy (at start, every 30 minutes)
    voor-migratie-v6-20261123T143000Z.sqlite    taken before the schema changed
    voor-herstel-20261123T143000Z.sqlite        the store as it was before a restore

Rotation is grandfather-father-son over the regular copies: the newest `KEEP_LAST`, the
newest copy of each of the 7 most recent days that have one, of the 4 most recent ISO weeks
and of the 6 most recent months. A copy kept for several reasons is kept once. The special
copies (before a migration, the one-time encryption, or a restore) are kept
`KEEP_SPECIAL_DAYS` days: not longer, so that a dossier erased on request (AVG art. 17) also
ages out of every copy. Files with other names are never touched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import Enum


class BackupKind(Enum):
    REGULAR = "toegang"
    BEFORE_MIGRATION = "voor-migratie"
    BEFORE_RESTORE = "voor-herstel"


KEEP_LAST = 4
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 6
KEEP_SPECIAL_DAYS = 90
SUFFIX = ".sqlite"
STAMP_FORMAT = "%Y%m%dT%H%M%SZ"

_NAME = re.compile(
    r"^(?P<kind>toegang|voor-herstel|voor-migratie-v(?P<version>\d+))"
    r"-(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<extra>\d+))?\.sqlite$"
)


@dataclass(frozen=True, order=True)
class BackupName:
    """A copy as its file name describes it."""

    taken_at: datetime  # UTC, aware
    sequence: int  # tells apart copies taken in the same second: 0, 1, 2 ...
    name: str
    kind: BackupKind = field(compare=False)


def backup_file_name(kind: BackupKind, taken_at: datetime, version: int = 0, extra: int = 0) -> str:
    """The file name of a copy; `extra` tells apart two copies taken in the same second."""
    prefix = f"voor-migratie-v{version}" if kind is BackupKind.BEFORE_MIGRATION else kind.value
    stamp = taken_at.astimezone(UTC).strftime(STAMP_FORMAT)
    return f"{prefix}-{stamp}{f'-{extra}' if extra else ''}{SUFFIX}"


def parse_backup_name(name: str) -> BackupName | None:
    """The kind and time of a copy from its file name, or None for any other file."""
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        taken_at = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None
    migration = match["version"] is not None
    kind = BackupKind.BEFORE_MIGRATION if migration else BackupKind(match["kind"])
    return BackupName(taken_at, int(match["extra"] or 0), name, kind)


def _newest_per_bucket(
    backups: list[BackupName], bucket: Callable[[datetime], Hashable], count: int
) -> set[str]:
    """The newest copy in each of the `count` most recent buckets that hold a copy."""
    kept: dict[Hashable, BackupName] = {}
    for backup in sorted(backups, reverse=True):
        key = bucket(backup.taken_at)
        if key not in kept:
            if len(kept) == count:
                break
            kept[key] = backup
    return {backup.name for backup in kept.values()}


def _day(moment: datetime) -> Hashable:
    return moment.date()


def _week(moment: datetime) -> Hashable:
    year, week, _ = moment.isocalendar()
    return (year, week)


def _month(moment: datetime) -> Hashable:
    return (moment.year, moment.month)


def names_to_keep(names: Iterable[BackupName], now: datetime) -> set[str]:
    """Which copies rotation keeps. Days, weeks and months are counted in UTC. A copy that
    claims to come from the future (a wrong clock) is kept and counts as the newest."""
    backups = list(names)
    regular = [b for b in backups if b.kind is BackupKind.REGULAR]
    keep = {b.name for b in sorted(regular, reverse=True)[:KEEP_LAST]}
    keep |= _newest_per_bucket(regular, _day, KEEP_DAILY)
    keep |= _newest_per_bucket(regular, _week, KEEP_WEEKLY)
    keep |= _newest_per_bucket(regular, _month, KEEP_MONTHLY)
    limit = now - timedelta(days=KEEP_SPECIAL_DAYS)
    for kind in (BackupKind.BEFORE_MIGRATION, BackupKind.BEFORE_RESTORE):
        special = sorted((b for b in backups if b.kind is kind), reverse=True)
        keep |= {b.name for b in special if b.taken_at >= limit}
    return keep
