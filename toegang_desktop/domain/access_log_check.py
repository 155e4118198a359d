"""Checking the access log's chain from its raw rows (no SQL, no Qt: store/access_log.py reads).

The check takes the rows as the file holds them, so a value of the wrong type (text where a
number belongs, a missing hash) is a defect it names, never an exception. A purge is accepted
only when the chain itself proves it: the checkpoint's last removed line must hash to where the
kept chain starts, a log_purge line written in the purge's transaction must repeat the
checkpoint, and the removed line must be at least five years older than that purge line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from .access_log import (
    GENESIS,
    RETENTION_YEARS,
    Defect,
    LogLine,
    Verification,
    line_hash,
    purge_detail,
    years_before,
)

PURGE_ACTION = "log_purge"
_HASH = re.compile(r"[0-9a-f]{64}")
# The column types of a line: id, at, actor, profile, workstation, resident_id and
# conversation_id (each a number or NULL), action, detail, result, prev_hash, hash.
_VALID_TYPES = frozenset(
    (int, str, str, str, str, resident, conversation, str, str, str, str, str)
    for resident in (int, type(None)) for conversation in (int, type(None)))


@dataclass(frozen=True)
class _Purge:
    """What the kept chain must show for the latest checkpoint."""

    first_id: int
    line_id: int
    detail: str
    removed_on: date


def check_chain(rows: Iterable[Sequence[object]], checkpoint: Sequence[object] | None,
                sequence: object, today: date) -> Verification:
    """Walk the rows (the 12 stored columns, oldest first). `checkpoint` is the latest one
    (removed_through, removed_count, last_removed_hash, last_removed_line, purge_line_id) or
    None; `sequence` the highest id ever given (sqlite_sequence), or None."""
    result = Verification()
    expected_id, prev, purge = 1, GENESIS, None
    if checkpoint is not None:
        start = _checkpoint_start(checkpoint)
        if start is None:
            through = _as_int(checkpoint[0]) if checkpoint else 0
            result.defects.append((through + 1, Defect.PURGE_FORGED))
            expected_id = through + 1
            prev = str(checkpoint[2]) if isinstance(checkpoint[2], str) else ""
        else:
            purge = start
            expected_id, prev = start.first_id, str(checkpoint[2])
    purge_seen = False
    for row in rows:
        result.checked += 1
        line = as_line(row)
        if line is None:
            row_id = _as_int(row[0]) if row and _is_int(row[0]) else expected_id
            result.defects.append((row_id, Defect.WRONG_TYPE))
            prev = str(row[11]) if len(row) > 11 and isinstance(row[11], str) else ""
            expected_id = row_id + 1
            continue
        digest = _digest(line)
        # A hash is checked for its form only when it does not match (the fast, usual case
        # proves it): one that is no hash at all is a wrong type, not an altered line.
        if digest is None or (digest != line.hash and not _HASH.fullmatch(line.hash)) \
                or (line.prev_hash != prev and not _HASH.fullmatch(line.prev_hash)):
            result.defects.append((line.id, Defect.WRONG_TYPE))
            prev, expected_id = line.hash, line.id + 1
            continue
        if line.id != expected_id:
            result.defects.append((line.id, Defect.MISSING))
        elif line.prev_hash != prev:
            result.defects.append((line.id, Defect.CHAIN_BROKEN))
        if digest != line.hash:
            result.defects.append((line.id, Defect.ALTERED))
        if purge is not None and line.id == purge.line_id:
            purge_seen = _vouches(line, purge, today)
        prev, expected_id = line.hash, line.id + 1
    if purge is not None and not purge_seen:
        result.defects.append((purge.first_id, Defect.PURGE_FORGED))
    # AUTOINCREMENT remembers the highest id ever given: a removed newest line shows here.
    if sequence is not None and not _is_int(sequence):
        result.defects.append((expected_id, Defect.WRONG_TYPE))
    elif sequence is not None and _as_int(sequence) >= expected_id:
        result.defects.append((expected_id, Defect.TAIL_MISSING))
    result.head_hash = prev
    return result


def as_line(row: Sequence[object]) -> LogLine | None:
    """The row as a line, or None when a value has the wrong type."""
    # One tuple comparison per line (the check walks every line); `type(...)` on purpose, so a
    # bool is no id and a subclass of str is no text.
    if tuple(map(type, row)) not in _VALID_TYPES:
        return None
    return LogLine(*row)  # type: ignore[arg-type]  # every value's type was checked above


def _digest(line: LogLine) -> str | None:
    """The line's hash, or None when its prev_hash is not even ASCII text."""
    try:
        return line_hash(line.prev_hash, line)
    except UnicodeEncodeError:
        return None


def _checkpoint_start(checkpoint: Sequence[object]) -> _Purge | None:
    """What the checkpoint promises, or None when it cannot be true: wrong types, no removed
    line (a forged or pre-schema-11 row), or a removed line that does not hash to it."""
    if len(checkpoint) != 5 or not all(_is_int(checkpoint[i]) for i in (0, 1, 4)):
        return None
    through, count, last_hash, text, purge_id = checkpoint
    if not isinstance(last_hash, str) or not isinstance(text, str) or not text:
        return None
    try:
        prev_hash, fields = json.loads(text)
        removed = as_line([*fields, prev_hash, last_hash])
    except (ValueError, TypeError, RecursionError):
        return None
    if removed is None or removed.id != through or _digest(removed) != last_hash:
        return None
    try:
        removed_on = date.fromisoformat(removed.at[:10])
    except ValueError:
        return None
    return _Purge(_as_int(through) + 1, _as_int(purge_id),
                  purge_detail(_as_int(count), _as_int(through), last_hash), removed_on)


def _vouches(line: LogLine, purge: _Purge, today: date) -> bool:
    """Whether the log_purge line repeats the checkpoint, is not dated in the future and came
    at least five years after the newest removed line."""
    if (line.action, line.detail, line.result) != (PURGE_ACTION, purge.detail, "ok"):
        return False
    try:
        purged_on = date.fromisoformat(line.at[:10])
    except ValueError:
        return False
    return purged_on <= today and purge.removed_on <= years_before(purged_on, RETENTION_YEARS)



def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _as_int(value: object) -> int:
    """The value when it is an integer, else 0 (the caller reports the wrong type)."""
    return value if isinstance(value, int) else 0
