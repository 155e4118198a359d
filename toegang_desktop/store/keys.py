"""The store's data key and the key file that keeps it, wrapped twice.

The store is encrypted (SQLCipher) with a random 256-bit data key that never changes. The key
file holds that key twice, each time encrypted (AES-256-GCM) with a key derived (scrypt) from
a secret: the professional's passphrase for everyday unlocking, and a recovery code shown
once at setup, so a backup can be opened on another laptop. Changing the passphrase rewraps
the data key; the store itself is not re-encrypted. The file holds no secret in the clear.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .errors import StoreError

FORMAT = "toegang-desktop-sleutels"
VERSION = 1
DATA_KEY_BYTES = 32
# scrypt with N=2^16, r=8 costs 64 MiB and ~0.1-0.3 s per try: cheap once per unlock,
# expensive for anyone guessing passphrases from a stolen key file.
SCRYPT_N = 2**16
SCRYPT_R = 8
SCRYPT_P = 1
_MAX_MEMORY = 256 * 1024 * 1024
# Recovery codes use an alphabet without look-alikes (no I, L, O, U); 25 characters = 125 bits.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_RECOVERY_LENGTH = 25
_LOOK_ALIKES = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


class WrongSecretError(StoreError):
    """The passphrase or recovery code does not open the key file."""

    code = "key_wrong_secret"


class KeyFileError(StoreError):
    """The key file is missing parts, damaged, or of a newer version."""

    code = "key_file_damaged"


@dataclass(frozen=True)
class WrappedKey:
    """The data key encrypted under a key derived from one secret."""

    salt: bytes
    nonce: bytes
    ciphertext: bytes
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P


@dataclass(frozen=True)
class KeyFile:
    unlock: WrappedKey
    recovery: WrappedKey


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def new_recovery_code() -> str:
    """Five groups of five characters, e.g. 'K3F9Q-...': easy to write down and type."""
    chars = "".join(secrets.choice(_ALPHABET) for _ in range(_RECOVERY_LENGTH))
    return "-".join(chars[i:i + 5] for i in range(0, _RECOVERY_LENGTH, 5))


def normalise_recovery_code(code: str) -> str:
    """Typing slips forgiven: case, spaces, dashes and look-alike letters."""
    kept = "".join(c for c in code.upper() if c.isalnum())
    return kept.translate(_LOOK_ALIKES)


def _secret_bytes(secret: str, kind: str) -> bytes:
    if kind == "recovery":
        return normalise_recovery_code(secret).encode("ascii", "ignore")
    # The same passphrase typed on another keyboard or IME can arrive composed or decomposed.
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def _derive(secret: bytes, wrapped: WrappedKey) -> bytes:
    return hashlib.scrypt(secret, salt=wrapped.salt, n=wrapped.n, r=wrapped.r, p=wrapped.p,
                          maxmem=_MAX_MEMORY, dklen=32)


def wrap(data_key: bytes, secret: str, kind: str) -> WrappedKey:
    # The cost is read at call time, so tests can lower it (monkeypatch SCRYPT_N).
    template = WrappedKey(secrets.token_bytes(16), secrets.token_bytes(12), b"", SCRYPT_N)
    kek = _derive(_secret_bytes(secret, kind), template)
    ciphertext = AESGCM(kek).encrypt(template.nonce, data_key, kind.encode("ascii"))
    return WrappedKey(template.salt, template.nonce, ciphertext, template.n)


def unwrap(wrapped: WrappedKey, secret: str, kind: str, path: Path) -> bytes:
    kek = _derive(_secret_bytes(secret, kind), wrapped)
    try:
        return AESGCM(kek).decrypt(wrapped.nonce, wrapped.ciphertext, kind.encode("ascii"))
    except InvalidTag:
        raise WrongSecretError(path, kind=kind) from None


def create(passphrase: str) -> tuple[KeyFile, bytes, str]:
    """A new data key, wrapped for the passphrase and for a new recovery code."""
    data_key = new_data_key()
    code = new_recovery_code()
    return KeyFile(wrap(data_key, passphrase, "unlock"), wrap(data_key, code, "recovery")), \
        data_key, code


def with_passphrase(key_file: KeyFile, data_key: bytes, passphrase: str) -> KeyFile:
    """The same data key and recovery code, opened by a new passphrase."""
    return KeyFile(wrap(data_key, passphrase, "unlock"), key_file.recovery)


def _encode(wrapped: WrappedKey) -> dict[str, Any]:
    b64 = base64.b64encode
    return {"kdf": "scrypt", "n": wrapped.n, "r": wrapped.r, "p": wrapped.p,
            "salt": b64(wrapped.salt).decode(), "cipher": "AES-256-GCM",
            "nonce": b64(wrapped.nonce).decode(), "wrapped_key": b64(wrapped.ciphertext).decode()}


def _decode(part: Any) -> WrappedKey:
    if not isinstance(part, dict) or part.get("kdf") != "scrypt" \
            or part.get("cipher") != "AES-256-GCM":
        raise ValueError("unknown wrapping")
    n, r, p = (int(part[k]) for k in ("n", "r", "p"))
    if not (2 <= n <= 2**20 and 1 <= r <= 32 and 1 <= p <= 16):
        raise ValueError("key derivation settings out of range")
    salt, nonce, ciphertext = (base64.b64decode(part[k], validate=True)
                               for k in ("salt", "nonce", "wrapped_key"))
    return WrappedKey(salt, nonce, ciphertext, n, r, p)


def dumps(key_file: KeyFile) -> str:
    return json.dumps({"format": FORMAT, "version": VERSION, "unlock": _encode(key_file.unlock),
                       "recovery": _encode(key_file.recovery)}, indent=2) + "\n"


def read(path: Path) -> KeyFile:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise KeyFileError(path, str(error)) from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise KeyFileError(path, "not JSON") from error
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise KeyFileError(path, "not a key file")
    if not isinstance(data.get("version"), int) or data["version"] > VERSION:
        raise KeyFileError(path, "newer key file")
    try:
        return KeyFile(_decode(data.get("unlock")), _decode(data.get("recovery")))
    except (KeyError, TypeError, ValueError, binascii.Error) as error:
        raise KeyFileError(path, "incomplete") from error


def write(path: Path, key_file: KeyFile) -> None:
    """Atomically: a half-written key file would lock the professional out of the store."""
    temp = path.with_name(path.name + ".tmp")
    with temp.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write(dumps(key_file))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, path)
