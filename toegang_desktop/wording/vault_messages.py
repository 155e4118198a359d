"""Wording of what is wrong with a new password, for the window and the command line alike
(the rules are services/vault.passphrase_problem, the length domain/passphrase.py)."""

from __future__ import annotations

from ..domain.passphrase import MIN_PASSPHRASE_LENGTH
from .translation import translate  # lupdate finds translate("Context", "...") calls


def passphrase_problem_text(code: str) -> str:
    texts = {
        "passphrase_too_short": translate(
            "Passphrase", "The password is too short: use at least %1 characters. A sentence "
                          "you can remember is strong and easy to type.",
        ).replace("%1", str(MIN_PASSPHRASE_LENGTH)),
        "passphrase_spaces_at_ends": translate(
            "Passphrase", "The password starts or ends with a space. Remove it: a space there "
                          "is easily forgotten when you type it again."),
        "passphrase_mismatch": translate(
            "Passphrase", "The two passwords are not the same. Type the same password twice."),
    }
    return texts.get(code, code)
