"""What the wording needs to know of the errors and records of the layers it may not import
(content, store, export, services): only the fields a message is made of. The real classes
(ContentError, StoreError, AggregateFileError, BackupEntry, RestoreResult) fit these shapes,
so wording depends on no layer but domain."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Protocol


class CodedFileProblem(Protocol):
    """A file that cannot be used, with a stable code (AggregateFileError)."""

    @property
    def code(self) -> str: ...
    @property
    def path(self) -> Path: ...
    @property
    def detail(self) -> str: ...  # a code-level detail (for a duplicate: the other file's name)


class ContentProblem(CodedFileProblem, Protocol):
    """A checklist, rules or partner file with a problem at a place (ContentError)."""

    @property
    def detail(self) -> str: ...
    @property
    def place(self) -> str: ...


class StoreProblem(CodedFileProblem, Protocol):
    """The data file, a backup or the key file cannot be used (StoreError)."""

    @property
    def detail(self) -> str: ...
    @property
    def params(self) -> Mapping[str, object]: ...


class BackupCopy(Protocol):
    """One backup as listed (BackupEntry)."""

    @property
    def taken_at(self) -> datetime: ...
    @property
    def residents(self) -> int | None: ...


class RestoreOutcome(Protocol):
    """What a restore did (RestoreResult)."""

    @property
    def restored(self) -> BackupCopy: ...
    @property
    def kept_as(self) -> Sequence[Path]: ...
    @property
    def damaged(self) -> bool: ...
