"""Dutch identifiers: BSN (11-proef) and postcode."""

from __future__ import annotations

import re

_POSTCODE = re.compile(r"^([1-9][0-9]{3})\s?([A-Za-z]{2})$")
UNUSED_POSTCODE_LETTERS = frozenset({"SA", "SD", "SS"})


def normalize_bsn(raw: str) -> str:
    """Drop the spaces, dots and dashes people type inside a BSN."""
    return re.sub(r"[\s.\-]", "", raw)


def is_valid_bsn(bsn: str) -> bool:
    """A BSN is 9 digits whose weighted sum (9..2, then -1) is divisible by 11 and not 0."""
    if len(bsn) != 9 or not bsn.isascii() or not bsn.isdigit():
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    total = sum(int(d) * w for d, w in zip(bsn, weights, strict=True))
    return total % 11 == 0 and total != 0


def normalize_postcode(raw: str) -> str | None:
    """Return the postcode as '1234 AB', or None when it is not a valid Dutch postcode."""
    match = _POSTCODE.match(raw.strip())
    if not match:
        return None
    letters = match.group(2).upper()
    if letters in UNUSED_POSTCODE_LETTERS:
        return None
    return f"{match.group(1)} {letters}"
