"""The encrypted store's keys: set up, unlock, recover, change the passphrase (no Qt).

A demo store (fictional residents) stays plain; every other store is encrypted. The key file
is written before a plain store is encrypted, so an interruption leaves either a plain store
with its key file (encrypted at the next unlock) or an encrypted one: never a store without
its key.
"""

from __future__ import annotations

import logging
import shutil
from enum import Enum
from pathlib import Path

from ..domain.passphrase import MIN_PASSPHRASE_LENGTH
from ..paths import AppPaths
from ..store import keys
from ..store.connection import has_plain_header, is_encrypted
from ..store.encryption import encrypt_plain_store
from ..store.errors import EncryptedStoreError, StoreUnavailableError

log = logging.getLogger(__name__)


class VaultState(Enum):
    NEW = "new"  # no store and no key file: set a passphrase
    PLAIN = "plain"  # a store from before encryption: set a passphrase, then it is encrypted
    LOCKED = "locked"  # a key file: ask the passphrase (or the recovery code)


def passphrase_problem(passphrase: str, repeated: str) -> str | None:
    """A code for what is wrong with a new passphrase, or None."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return "passphrase_too_short"
    if passphrase.strip() != passphrase:
        return "passphrase_spaces_at_ends"
    if passphrase != repeated:
        return "passphrase_mismatch"
    return None


def looks_like_recovery_code(text: str) -> bool:
    """A recovery code as shown at set-up (five groups of five), e.g. on the clipboard."""
    stripped = text.strip()
    return len(stripped) <= 40 and stripped.count("-") == 4 \
        and len(keys.normalise_recovery_code(stripped)) == 25


class Vault:
    """The key file beside the store, and a copy in the backups folder (so a copied backups
    folder can be opened on another laptop with the recovery code)."""

    def __init__(self, paths: AppPaths) -> None:
        self._paths = paths

    @property
    def key_file(self) -> Path:
        return self._paths.keys

    def state(self) -> VaultState:
        if self.key_file.exists():
            return VaultState.LOCKED
        if is_encrypted(self._paths.store):
            # Encrypted, but its key file is gone: never offer to start afresh over it.
            raise EncryptedStoreError(self._paths.store)
        store = self._paths.store
        if store.exists() and store.stat().st_size > 0:
            return VaultState.PLAIN
        return VaultState.NEW

    def set_up(self, passphrase: str) -> tuple[bytes, str]:
        """Create the key file (and encrypt an existing plain store). Returns the data key and
        the recovery code, which is shown once and never stored."""
        key_file, data_key, code = keys.create(passphrase)
        self._write(key_file)
        try:
            self.finish_encryption(data_key)
        except BaseException:
            # Still plain (the swap is the last step): take the key file back, so the next try
            # starts afresh and shows a recovery code; an encrypted store keeps its key file.
            if has_plain_header(self._paths.store):
                self.key_file.unlink(missing_ok=True)
                (self._paths.backups / self.key_file.name).unlink(missing_ok=True)
            raise
        log.info("store keys set up")
        return data_key, code

    def finish_encryption(self, data_key: bytes) -> bool:
        """Encrypt the store if it is still plain (first set-up, or one that was interrupted).
        Returns whether anything was encrypted."""
        store = self._paths.store
        if not has_plain_header(store):
            return False
        encrypt_plain_store(store, data_key, self._paths.backups)
        log.info("plain store encrypted")
        return True

    def unlock(self, passphrase: str) -> bytes:
        """The data key, or WrongSecretError; nothing on disk changes either way."""
        return keys.unwrap(keys.read(self.key_file).unlock, passphrase, "unlock", self.key_file)

    def recover(self, code: str, new_passphrase: str) -> bytes:
        """Open with the recovery code and set a new passphrase (the code stays valid)."""
        key_file = keys.read(self.key_file)
        data_key = keys.unwrap(key_file.recovery, code, "recovery", self.key_file)
        self._write(keys.with_passphrase(key_file, data_key, new_passphrase))
        log.info("passphrase reset with the recovery code")
        return data_key

    def change_passphrase(self, old: str, new: str) -> None:
        key_file = keys.read(self.key_file)
        data_key = keys.unwrap(key_file.unlock, old, "unlock", self.key_file)
        self._write(keys.with_passphrase(key_file, data_key, new))
        log.info("passphrase changed")

    def _write(self, key_file: keys.KeyFile) -> None:
        try:
            self.key_file.parent.mkdir(parents=True, exist_ok=True)
            keys.write(self.key_file, key_file)
            self._paths.backups.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(self.key_file, self._paths.backups / self.key_file.name)
        except OSError as error:
            raise StoreUnavailableError(self.key_file, str(error)) from error
