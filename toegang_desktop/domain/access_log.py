"""The access log's lines and the hash chain over them (no SQL, no Qt: see store/access_log.py).

Each line's hash is SHA-256 over the previous line's hash, a newline and the line's canonical
form: its fields, id included, as compact ASCII JSON in a fixed order.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

GENESIS = "0" * 64
# NEN 7513: a line is kept at least five years. The purge, its check and (in SQL, migration
# 0011) the delete trigger all count from this.
RETENTION_YEARS = 5
# On an export's or print's detail (and its dossier event): the restricted reporting-code record
# went out with it; or, on an access request, the resident has one and it was withheld.
RESTRICTED_SUFFIX = "+restricted"
WITHHELD_SUFFIX = "+withheld"


def years_before(day: date, years: int) -> date:
    """The same calendar day `years` earlier (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


class AccessAction(StrEnum):
    VIEW = "view"
    SEARCH = "search"
    CREATE = "create"
    CHANGE = "change"
    EXPORT = "export"
    PRINT = "print"
    IMPORT = "import"
    DELETE = "delete"
    RESTORE = "restore"
    LOG_EXPORT = "log_export"
    LOG_PURGE = "log_purge"


class AccessResult(StrEnum):
    OK = "ok"
    REFUSED = "refused"
    FAILED = "failed"


@dataclass(frozen=True)
class Actor:
    """Who and where: the operating-system user, the app profile and the workstation."""

    user: str
    profile: str
    workstation: str


@dataclass(frozen=True)
class LogLine:
    id: int
    at: str
    actor: str
    profile: str
    workstation: str
    resident_id: int | None
    conversation_id: int | None
    action: str
    detail: str
    result: str
    prev_hash: str = ""
    hash: str = ""

    def canonical(self) -> bytes:
        """The fields the hash covers, in a fixed order, as compact ASCII JSON."""
        values = [self.id, self.at, self.actor, self.profile, self.workstation, self.resident_id,
                  self.conversation_id, self.action, self.detail, self.result]
        return json.dumps(values, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def line_hash(prev_hash: str, line: LogLine) -> str:
    import hashlib  # the first line written or checked loads it, not start-up

    return hashlib.sha256(prev_hash.encode("ascii") + b"\n" + line.canonical()).hexdigest()


class Defect(StrEnum):
    """What the check found wrong at a line."""

    ALTERED = "altered"            # the line's content does not match its hash
    CHAIN_BROKEN = "chain_broken"  # the line does not follow the one before (removed or inserted)
    MISSING = "missing"            # line ids skip: lines were removed here
    TAIL_MISSING = "tail_missing"  # the newest line(s) were removed
    WRONG_TYPE = "wrong_type"      # a value of the wrong type (text for a number, no hash, ...)
    # A purge the chain does not vouch for: a checkpoint without its purge line, whose removed
    # line does not hash to where the chain starts, or that removed lines younger than 5 years.
    PURGE_FORGED = "purge_forged"
    UNREADABLE = "unreadable"      # a table or column of the log is missing or cannot be read


@dataclass
class Verification:
    checked: int = 0
    defects: list[tuple[int, Defect]] = field(default_factory=list)
    head_hash: str = GENESIS

    @property
    def ok(self) -> bool:
        return not self.defects


@dataclass(frozen=True)
class Checkpoint:
    """Where the chain starts after a purge. `last_removed_line` is the whole last removed line
    (its canonical form with its prev_hash, as JSON), so the check can recompute the hash the
    first kept line follows and see how old that line was; `purge_line_id` is the log_purge
    line, written in the purge's transaction, whose detail repeats the checkpoint."""

    removed_through: int
    removed_count: int
    last_removed_hash: str
    last_removed_line: str = ""
    purge_line_id: int = 0


def purge_detail(count: int, through: int, last_removed_hash: str) -> str:
    """The detail of a log_purge line: how many lines went, through which id, and the hash the
    chain continues from (so the purge is in the chain itself)."""
    return f"{count};{through};{last_removed_hash}"


def removed_line_text(line: LogLine) -> str:
    """The last removed line as the checkpoint keeps it: prev_hash and the canonical fields."""
    return json.dumps([line.prev_hash, json.loads(line.canonical())], separators=(",", ":"))


