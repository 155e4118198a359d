"""Store errors that are the environment's fault, each with a stable code for the message."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """The store cannot be used as asked; `code` selects the message shown to the person."""

    code = "store_error"

    def __init__(self, path: Path, detail: str = "", **params: object) -> None:
        super().__init__(f"{self.code}: {path} {detail}".strip())
        self.path = path
        self.detail = detail
        self.params = params


class NewerStoreError(StoreError):
    """Made by a newer version of the app; left untouched."""

    code = "store_newer"


class ForeignStoreError(StoreError):
    """A SQLite file of another application; left untouched."""

    code = "store_foreign"


class DamagedStoreError(StoreError):
    """Not a readable SQLite database (damaged, truncated or not a database at all)."""

    code = "store_damaged"


class StoreUnavailableError(StoreError):
    """The folder or file cannot be written: read-only, no permission, or disk full."""

    code = "store_unavailable"


class StoreBusyError(StoreError):
    """Another program keeps the store locked."""

    code = "store_busy"


class MigrationError(StoreError):
    """A schema migration failed; the store was rolled back to its previous version."""

    code = "store_migration_failed"


class EncryptedStoreError(StoreError):
    """The store is encrypted and was opened without its key."""

    code = "store_encrypted"


class WrongKeyError(StoreError):
    """The key does not open this store: the key file belongs to another store, or the
    store is damaged. Left untouched."""

    code = "store_wrong_key"


class PlainStoreError(StoreError):
    """The store is not encrypted yet, though a key was given: it must be encrypted first."""

    code = "store_plain"


class BackupFailedError(StoreError):
    """A back-up copy could not be made or did not pass its check; the store is unchanged."""

    code = "backup_failed"


class BackupDamagedError(StoreError):
    """A back-up copy is damaged or unreadable, so it cannot be restored."""

    code = "backup_damaged"
