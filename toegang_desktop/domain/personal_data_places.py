"""The rules for where someone lives: postcode and address (see personal_data.py)."""

from __future__ import annotations

import re

from .identifiers import UNUSED_POSTCODE_LETTERS
from .personal_data_numbers import MONTH_WORDS
from .personal_data_types import Finding, FindingKind, NameIndex, bare, finding, words_of
from .text import fold

_HOUSE_NUMBER = r"(\d{1,5}(?:\s?[a-zA-Z](?![\w]))?(?:-\d+)?)"
_POSTCODE_IN_TEXT = re.compile(
    rf"(?<![\w])([1-9]\d{{3}})( ?)([A-Za-z]{{2}})(?![\w\-])(?:,?\s*{_HOUSE_NUMBER})?")
_TWO_LETTER_WORDS = frozenset({
    "en", "de", "op", "in", "te", "is", "of", "na", "om", "al", "nu", "er", "ze", "we", "je",
    "ik", "ga", "zo", "ja", "af", "an", "la", "ex", "ca", "km", "kg", "cm", "mm", "uw", "ol",
    "pm", "am", "nr", "no", "vs", "bv", "eg", "du", "da", "el", "ad", "tm", "ww", "ao"})
# A year, not a postcode: 'maart 2024 WW', 'sinds 2023 AO'.
_YEAR_BEFORE = re.compile(rf"\b({MONTH_WORDS}|in|sinds|vanaf|per|tot|eind|begin|jaar)\.?\s*$",
                          re.IGNORECASE)

STREET_WORDS = ("straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "hof",
                "pad", "steeg", "dreef", "markt", "park", "plantsoen", "erf", "kwartier",
                "boulevard", "lei", "baan", "veld", "wal", "haven", "hoek", "ring", "dam")
_STREET = rf"[A-Za-zÀ-ÿ][\w'\-]*(?:{'|'.join(STREET_WORDS)})"
_ADDRESS = re.compile(
    rf"(?<![\w\-])({_STREET})\s+(?:(?:nr|no|nummer)\.?\s*)?(\d{{1,5}}(?:\s?[a-zA-Z]\b)?(?:-\d+|-[A-Za-z]\b)?)(?![\d,.]\d)")
# A number followed by what it counts is not a house number: 'Jongerenhof 3 maanden'.
_QUANTITY_AFTER = re.compile(
    r"\s*(maanden|maand|weken|week|dagen|dag|jaar|jaren|keer|x|uur|uren|minuten|jongeren|"
    r"bedden|personen|kinderen|plekken|plaatsen|woningen|gezinnen|mensen|bewoners|inwoners|"
    r"aanmeldingen|meldingen|locaties|scholen|groepen|klassen|casussen|aanvragen|%|procent|euro|"
    r"km|meter|m)\b", re.IGNORECASE)
# Ordinary words ending in a street word, written in lower case.
_NOT_STREETS = frozenset({"onderweg", "halfweg", "snelweg", "zijweg", "loopbaan", "rijbaan",
                          "werkveld", "speelveld", "sportpark", "park", "weg", "hof", "markt"})
# Someone lives there: 'woont aan de Lindenstraat', 'verhuist naar de Berkenlaan'.
_LIVING_STREET = re.compile(
    rf"\b(woon\w*|verhuis\w*|verhuist|adres|ingeschreven)\b[^.;:!?\n]{{0,25}}?\b(?:aan|in|op|naar|bij)"
    rf"\s+(?:de|het)\s+([A-Z][\w'\-]*(?:{'|'.join(STREET_WORDS)}))\b", re.IGNORECASE)


def postcodes(text: str) -> list[Finding]:
    found = []
    for m in _POSTCODE_IN_TEXT.finditer(text):
        letters, spaced, number = m.group(3), m.group(2), m.group(4)
        if letters.upper() in UNUSED_POSTCODE_LETTERS:
            continue
        if spaced and letters.lower() in _TWO_LETTER_WORDS and not letters.isupper():
            continue  # '2025 en 2026' is two years
        if spaced and not number and not (letters.isupper() or letters.islower()):
            continue  # 'Ab' after a number is a word unless a house number follows
        if 1900 <= int(m.group(1)) <= 2099 and _YEAR_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            continue
        found.append(finding(FindingKind.POSTCODE, text, m.start(), m.end()))
    return found


def addresses(text: str, names: NameIndex) -> list[Finding]:
    found = []
    for m in _ADDRESS.finditer(text):
        street = m.group(1)
        if _QUANTITY_AFTER.match(text, m.end()):
            continue
        if street[0].islower() and fold(street) in _NOT_STREETS:
            continue
        found.append(finding(FindingKind.ADDRESS, text, m.start(), m.end()))
    for m in _LIVING_STREET.finditer(text):
        found.append(finding(FindingKind.ADDRESS, text, m.start(2), m.end(2)))
    found += _store_streets(text, names)
    return found


def _store_streets(text: str, names: NameIndex) -> list[Finding]:
    """A street a resident lives in, alone: 'in de Dorpsstraat', 'aan de Brink'. Written in
    lower case only when it ends in a street word ('kerkweg'), as 'brink' is also a word."""
    if not names.streets:
        return []
    words = words_of(text)
    found = []
    longest = names.longest_street
    index = 0
    while index < len(words):
        matched = 0
        for length in range(min(longest, len(words) - index), 0, -1):
            parts = words[index:index + length]
            if " ".join(bare(p) for p in parts) in names.streets:
                matched = length
                break
        if matched:
            first = words[index].group(0)
            last = fold(words[index + matched - 1].group(0).rstrip("."))
            if first[0].isupper() or last.endswith(STREET_WORDS):
                end = words[index + matched - 1].end()
                end -= words[index + matched - 1].group(0).endswith(".")
                found.append(finding(FindingKind.ADDRESS, text, words[index].start(), end))
            index += matched
        else:
            index += 1
    return found
