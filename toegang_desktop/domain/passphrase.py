"""The rule for a new passphrase's length, shared by the vault's check (services/vault.py) and
its wording (wording/vault_messages.py), which may not import services/."""

from __future__ import annotations

MIN_PASSPHRASE_LENGTH = 8
