"""Encryption at rest: the key file, the encrypted store, a plain store encrypted once, and
the vault's set-up, unlock, recovery and passphrase change."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest

from toegang_desktop.domain.caseload import CaseloadSort
from toegang_desktop.domain.resident import Resident
from toegang_desktop.locations import migrations_dir
from toegang_desktop.paths import AppPaths
from toegang_desktop.services.dossiers import DossierService
from toegang_desktop.services.session import open_session
from toegang_desktop.services.vault import Vault, VaultState, passphrase_problem
from toegang_desktop.store import keys
from toegang_desktop.store.connection import SQLITE_HEADER, is_encrypted, open_store
from toegang_desktop.store.errors import (
    EncryptedStoreError,
    PlainStoreError,
    WrongKeyError,
)
from toegang_desktop.store.keys import KeyFileError, WrongSecretError

# Values that must never be readable on disk once the store is encrypted.
SECRETS = ("Zwartewaterkloosterman", "Geheimenisweg", "999999990", "Schuldhulp-geheim")
PASSPHRASE = "kitchen table 'quote\"; DROP"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real cost (N=2^16) is measured by the benchmark, not paid in every test."""
    monkeypatch.setattr(keys, "SCRYPT_N", 2**10)


def _fill(paths: AppPaths, key: bytes | None) -> int:
    db = open_store(paths.store, paths.backups, migrations_dir(), key)
    try:
        service = DossierService(db, today=lambda: date(2026, 11, 23))
        resident_id = service.register(Resident(
            first_names="Fenna", surname=SECRETS[0], date_of_birth=date(1970, 5, 5),
            bsn=SECRETS[2], street=SECRETS[1], city=SECRETS[3]))
    finally:
        db.close()
    return resident_id


def _all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def _hashes(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_key_file_round_trip_and_no_secret_in_it(tmp_path: Path) -> None:
    key_file, data_key, code = keys.create(PASSPHRASE)
    path = tmp_path / "toegang.sleutels"
    keys.write(path, key_file)
    text = path.read_text(encoding="utf-8")
    assert data_key.hex() not in text and PASSPHRASE not in text and code not in text
    again = keys.read(path)
    assert keys.unwrap(again.unlock, PASSPHRASE, "unlock", path) == data_key
    # The recovery code forgives case, spaces and look-alike letters.
    sloppy = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert keys.unwrap(again.recovery, sloppy, "recovery", path) == data_key
    with pytest.raises(WrongSecretError):
        keys.unwrap(again.unlock, PASSPHRASE + "x", "unlock", path)
    with pytest.raises(WrongSecretError):  # the recovery code is no passphrase, and vice versa
        keys.unwrap(again.unlock, code, "unlock", path)


def test_recovery_codes_are_long_and_different() -> None:
    codes = {keys.new_recovery_code() for _ in range(50)}
    assert len(codes) == 50
    assert all(len(keys.normalise_recovery_code(c)) == 25 for c in codes)


@pytest.mark.parametrize("content", [
    "", "not json", json.dumps({"format": "other"}),
    json.dumps({"format": keys.FORMAT, "version": 99}),
    json.dumps({"format": keys.FORMAT, "version": 1, "unlock": {"kdf": "scrypt"}}),
])
def test_damaged_or_newer_key_file_is_reported(tmp_path: Path, content: str) -> None:
    path = tmp_path / "toegang.sleutels"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(KeyFileError):
        keys.read(path)


def test_encrypted_store_has_no_readable_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    # SQLite would put temporary files here; with temp_store=MEMORY there are none anywhere.
    monkeypatch.setenv("SQLITE_TMPDIR", str(tmp_path / "tmp"))
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    paths = AppPaths.in_folder(tmp_path / "data")
    key = keys.new_data_key()
    _fill(paths, key)
    assert paths.store.read_bytes()[:16] != SQLITE_HEADER
    assert is_encrypted(paths.store)
    data = _all_bytes(tmp_path)
    for secret in SECRETS:
        assert secret.encode() not in data
    assert not list((tmp_path / "tmp").iterdir())
    session = open_session(paths, False, None, None, key=key)
    try:
        assert len(session.dossiers.search(SECRETS[0][:8], CaseloadSort.NAME)) == 1
        # While open, with changes in the write-ahead log and a sort that needs scratch space.
        session.dossiers.register(Resident(first_names="Gijs", surname=SECRETS[0] + "sen",
                                           date_of_birth=date(1971, 6, 6)))
        session.db.execute("SELECT * FROM residents ORDER BY city || street").fetchall()
        assert paths.store.with_name(paths.store.name + "-wal").exists()
        data = _all_bytes(tmp_path)
        for secret in SECRETS:
            assert secret.encode() not in data
    finally:
        session.close()


def test_wrong_key_and_no_key_leave_every_file_unchanged(tmp_path: Path) -> None:
    paths = AppPaths.in_folder(tmp_path)
    _fill(paths, keys.new_data_key())
    before = _hashes(tmp_path)
    with pytest.raises(WrongKeyError):
        open_store(paths.store, paths.backups, migrations_dir(), keys.new_data_key())
    with pytest.raises(EncryptedStoreError):
        open_store(paths.store, paths.backups, migrations_dir())
    assert _hashes(tmp_path) == before


def test_plain_store_is_refused_with_a_key_until_encrypted(tmp_path: Path) -> None:
    paths = AppPaths.in_folder(tmp_path)
    _fill(paths, None)
    with pytest.raises(PlainStoreError):
        open_store(paths.store, paths.backups, migrations_dir(), keys.new_data_key())


def test_vault_encrypts_an_existing_plain_store_once_with_a_verified_copy(tmp_path: Path) -> None:
    paths = AppPaths.in_folder(tmp_path)
    resident_id = _fill(paths, None)
    paths.backups.mkdir(exist_ok=True)
    old_backup = paths.backups / "voor-migratie-v5-20260101T000000Z.sqlite"
    old_backup.write_bytes(paths.store.read_bytes())
    vault = Vault(paths)
    assert vault.state() is VaultState.PLAIN

    data_key, code = vault.set_up(PASSPHRASE)

    assert vault.state() is VaultState.LOCKED
    data = _all_bytes(tmp_path)
    for secret in SECRETS:
        assert secret.encode() not in data, secret
    copies = [c for c in paths.backups.glob("voor-migratie-*.sqlite") if c != old_backup]
    assert len(copies) == 1 and is_encrypted(copies[0]) and is_encrypted(old_backup)
    assert (paths.backups / paths.keys.name).read_bytes() == paths.keys.read_bytes()
    for opened in (paths.store, copies[0], old_backup):
        db = open_store(opened, tmp_path / "unused", migrations_dir(), data_key)
        try:
            assert db.execute("SELECT surname FROM residents WHERE id = ?",
                              [resident_id]).fetchone()[0] == SECRETS[0]
        finally:
            db.close()
    assert vault.unlock(PASSPHRASE) == data_key
    assert Vault(paths).recover(code, "a new passphrase") == data_key


def test_vault_wrong_passphrase_changes_nothing(tmp_path: Path) -> None:
    paths = AppPaths.in_folder(tmp_path)
    vault = Vault(paths)
    assert vault.state() is VaultState.NEW
    data_key, _ = vault.set_up(PASSPHRASE)
    _fill(paths, data_key)
    before = _hashes(tmp_path)
    for wrong in ("", "kitchen table", PASSPHRASE.upper(), "'; PRAGMA key = 'x"):
        with pytest.raises(WrongSecretError):
            vault.unlock(wrong)
    with pytest.raises(WrongSecretError):
        vault.recover("AAAAA-AAAAA-AAAAA-AAAAA-AAAAA", "whatever passphrase")
    assert _hashes(tmp_path) == before


def test_changing_the_passphrase_does_not_touch_the_store(tmp_path: Path) -> None:
    paths = AppPaths.in_folder(tmp_path)
    vault = Vault(paths)
    data_key, code = vault.set_up(PASSPHRASE)
    _fill(paths, data_key)
    store_hash = hashlib.sha256(paths.store.read_bytes()).hexdigest()
    vault.change_passphrase(PASSPHRASE, "ander wachtwoord")
    assert hashlib.sha256(paths.store.read_bytes()).hexdigest() == store_hash
    with pytest.raises(WrongSecretError):
        vault.unlock(PASSPHRASE)
    assert vault.unlock("ander wachtwoord") == data_key
    assert vault.recover(code, "derde wachtwoord") == data_key  # the code still works


def test_interrupted_set_up_is_finished_at_the_next_unlock(tmp_path: Path) -> None:
    paths = AppPaths.in_folder(tmp_path)
    _fill(paths, None)
    key_file, data_key, _ = keys.create(PASSPHRASE)
    keys.write(paths.keys, key_file)  # the key file was written, then the laptop died
    vault = Vault(paths)
    assert vault.state() is VaultState.LOCKED
    assert vault.unlock(PASSPHRASE) == data_key
    assert vault.finish_encryption(data_key) is True
    assert is_encrypted(paths.store)
    assert vault.finish_encryption(data_key) is False


def test_encrypted_store_without_its_key_file_is_never_treated_as_new(tmp_path: Path) -> None:
    paths = AppPaths.in_folder(tmp_path)
    _fill(paths, keys.new_data_key())
    with pytest.raises(EncryptedStoreError):
        Vault(paths).state()


@pytest.mark.parametrize(("passphrase", "repeated", "problem"), [
    ("short", "short", "passphrase_too_short"),
    (" spaces around ", " spaces around ", "passphrase_spaces_at_ends"),
    ("long enough", "long enougH", "passphrase_mismatch"),
    ("long enough; 'quoted'", "long enough; 'quoted'", None),
    ("12345678", "12345678", None),
])
def test_new_passphrase_rules(passphrase: str, repeated: str, problem: str | None) -> None:
    assert passphrase_problem(passphrase, repeated) == problem
