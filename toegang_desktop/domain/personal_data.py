"""The personal-data check on free text of the learning loop: before a bottleneck or a
neighbourhood signal is saved, every text of it that can reach a report is searched for what
could identify a resident. Built and measured on a labelled corpus of realistic sentences
(tests/fixtures/personal_data_corpus.toml; tests/unit/test_personal_data_corpus.py holds
the targets, bench/personal_data_bench.py the figures, bench/findings.md the comparison
with `deduce`).

What is found (kind + fragment + place) is shown to the professional only, never logged.
Kinds, and the rules (in the modules named):

- ``bsn`` (numbers): nine digits passing the 11-proef, with or without spaces, dots or
  dashes; eight digits right after 'bsn' (a leading zero dropped).
- ``birth_date`` (numbers): a complete date (12-04-1978, 12/4/78, 1978-04-12, 12 juni
  2025, 7 mrt. 1990) with a birth word near it, before or after (geboren, geb., gebdat,
  geboortedatum, jarig, °, ter wereld), or 14 or more years back and not after 'sinds', 'per',
  'vanaf', 'tot' (an event); a month and year or a year alone right after a birth word
  ('geboren in maart 1985', 'geboortejaar 1947').
- ``postcode`` (places): a full postcode in any case (1234 AB, 1234ab, 3512 Jk 4a), not a
  year followed by an abbreviation ('maart 2024 WW-uitkering').
- ``address`` (places): a street (a word ending in straat, laan, weg ..., any case) with a
  house number ('Dorpsstraat nr. 12'), not a number of something ('Jongerenhof 3 maanden');
  a street someone lives in ('woont aan de Lindenstraat'); a resident's street from the store
  alone ('in de Dorpsstraat').
- ``phone`` (numbers): a Dutch number (06-12345678, 020 123 4567, +31 6 ..., 0031 ...) or
  a foreign one (+32 ...), not a service or company number (0800, 0900, 088, 14 0xx) and not
  a landline said to be an organisation's ('het algemene nummer van de gemeente').
- ``email`` (numbers): an e-mail address, also written to fool machines ('j.devries [at]
  gmail.com'), not an office mailbox (info@, loket@ ...).
- ``name`` (names): see personal_data_names.py. The store provides the folded first names,
  surnames and streets of its residents and household members (`NameIndex`).
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import date

from .personal_data_names import names as _names
from .personal_data_numbers import birth_dates, bsns, emails, phones
from .personal_data_places import addresses, postcodes
from .personal_data_types import (
    FALSE_ALARM_LOG_PREFIX,
    ConfirmedFalseAlarm,
    FalseAlarmReason,
    Finding,
    FindingKind,
    NameIndex,
)

__all__ = ["FALSE_ALARM_LOG_PREFIX", "ConfirmedFalseAlarm", "FalseAlarmReason", "Finding",
           "FindingKind", "NameIndex", "find_personal_data"]


def find_personal_data(text: str, names: NameIndex, today: date) -> list[Finding]:
    """Everything in `text` that could identify a resident, in the order it appears."""
    found: list[Finding] = []
    found += emails(text)
    found += bsns(text)
    found += phones(text)
    found += postcodes(text)
    found += addresses(text, names)
    found += birth_dates(text, today)
    found += _names(text, names)
    return _without_overlaps(found)


def _without_overlaps(found: list[Finding]) -> list[Finding]:
    """Keep the first-found (more specific) of findings that overlap, in text order."""
    kept: list[Finding] = []  # sorted by start, never overlapping
    for finding in found:
        at = bisect_left(kept, finding.start, key=lambda f: f.start)
        before_ok = at == 0 or kept[at - 1].end <= finding.start
        after_ok = at == len(kept) or finding.end <= kept[at].start
        if before_ok and after_ok:
            kept.insert(at, finding)
    return kept
