"""The errors the UI and CLI handle, re-exported so they need not reach into store/content."""

from ..content.toml_reader import ContentError
from ..domain.problems import ValidationFailed
from ..store.errors import BackupFailedError, DamagedStoreError, StoreError

__all__ = ["BackupFailedError", "ContentError", "DamagedStoreError", "StoreError",
           "ValidationFailed"]
