"""The rules for numbers and dates of the personal-data check: BSN, phone number, e-mail
address and date of birth (see personal_data.py for what each finds, and why)."""

from __future__ import annotations

import re
from datetime import date

from .identifiers import is_valid_bsn
from .personal_data_types import Finding, FindingKind, finding

_SEP = r"[ .\-]?"
_BSN = re.compile(rf"(?<!\d)(\d{_SEP}\d{_SEP}\d{_SEP}\d{_SEP}\d{_SEP}\d{_SEP}\d{_SEP}\d{_SEP}\d)(?!\d)")
# An old BSN of eight digits (a leading zero dropped) only right after the word.
_SHORT_BSN = re.compile(r"\b(?:bsn|burgerservicenummer|sofi-?nummer)\W{0,3}(\d{8})(?!\d)",
                        re.IGNORECASE)

_EMAIL_IN_TEXT = re.compile(r"(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+", re.UNICODE)
# Written so a machine does not read it: 'j.devries [at] gmail.com', 'noor at gmail dot com'.
_AT = r"(?:\s*[\[({]\s*at\s*[\])}]\s*|\s+at\s+|\s+@\s*|\s*@\s+)"
_DOT = r"(?:\s*[\[({]\s*(?:dot|punt)\s*[\])}]\s*|\s+(?:dot|punt)\s+|\s?\.\s?)"
_TLD = r"(?:nl|com|net|org|be|eu|info|de|fr|uk|me|io|tr|ma|pl)"
_HIDDEN_EMAIL = re.compile(
    rf"(?<![\w.])[\w+\-]+(?:\s?\.\s?[\w+\-]+){{0,3}}{_AT}[\w\-]+(?:{_DOT}[\w\-]+){{0,3}}?{_DOT}{_TLD}\b",
    re.IGNORECASE)
# The address of an office, not of a person.
_OFFICE_MAILBOXES = frozenset({
    "info", "contact", "loket", "post", "secretariaat", "receptie", "servicedesk", "helpdesk",
    "klantenservice", "noreply", "no-reply", "wijkteam", "administratie", "klachten", "support",
    "team", "algemeen"})

_PHONE_IN_TEXT = re.compile(r"(?<![\w+])(?:\+31|0031|\(?0)[\d\s\-.()/]{8,16}\d")
_FOREIGN_PHONE = re.compile(r"(?<![\w+])(?:\+|00)(?!31)[1-9]\d{1,2}[\d\s\-.()/]{7,14}\d")
# Numbers of organisations: free and paid service numbers, company numbers, 14 + area code.
_OFFICE_NUMBER = re.compile(r"^(?:0800|0900|0906|0909|088|084|087|14)")
_OFFICE_CUE = re.compile(
    r"(gemeente|loket|corporatie|klantenservice|servicenummer|servicedesk|helpdesk|stichting|"
    r"ziekenhuis|receptie|huisartsenpost|cjg|uwv|svb|belastingdienst|cak|ggd|algeme(?:e)?ne? "
    r"nummer|hulplijn|kantoor|centrale|instantie|bibliotheek|voor iedereen|aanbieder|"
    r"energieleverancier|verhuurder|zorgverzekeraar|bereikbaar via)", re.IGNORECASE)
_PERSONAL_CUE = re.compile(r"\b(mobiel|thuis|haar|zijn|hun|vader|moeder|buur\w*|zus|broer|"
                           r"dochter|zoon|06)\b", re.IGNORECASE)
OFFICE_CUE_DISTANCE = 60

_MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "febr": 2, "maart": 3, "mrt": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8,
    "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
}
MONTH_WORDS = "|".join(sorted(_MONTHS, key=len, reverse=True))
_NUMERIC_DATE = re.compile(r"(?<![\d\w])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d])")
_ISO_DATE = re.compile(r"(?<![\d\w])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])")
_WORD_DATE = re.compile(
    rf"(?<![\d\w])(\d{{1,2}})\s+({MONTH_WORDS})\.?\s+(\d{{4}}|'\d{{2}})(?![\d])", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"(?<![\d\w])({MONTH_WORDS})\.?\s+((?:19|20)\d\d)(?![\d])", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\d\w])((?:19|20)\d\d)(?![\d])")
_BIRTH_CUE = re.compile(
    r"(\bgeboren\b|\bgeb\.|\bgeb\b|\bgebdat|\bgeboorte\w*|\bjarig|\bverjaardag|°|\bter wereld\b|"
    r"\bbevallen\b)", re.IGNORECASE)
# Words that make a date an event, not a birthday: 'sinds 1 september 2022', 'per 1 juli'.
_EVENT_CUE = re.compile(r"\b(sinds|sedert|vanaf|per|tot|tot en met|t/m|uiterlijk|na|voor)\s*$",
                        re.IGNORECASE)
BIRTH_CUE_BEFORE = 40  # characters
BIRTH_CUE_AFTER = 30
YEAR_CUE_BEFORE = 30  # a month and year, or a year alone, only right after a birth word
OLD_DATE_YEARS = 14  # an older full date is most likely a date of birth, not an event


def emails(text: str) -> list[Finding]:
    found = []
    for pattern in (_EMAIL_IN_TEXT, _HIDDEN_EMAIL):
        for m in pattern.finditer(text):
            local = re.split(r"\s*(?:@|\[|\(|\{|\sat\s)", m.group(0), maxsplit=1)[0]
            if local.strip().lower() not in _OFFICE_MAILBOXES:
                found.append(finding(FindingKind.EMAIL, text, m.start(), m.end()))
    return found


def bsns(text: str) -> list[Finding]:
    found = []
    for m in _BSN.finditer(text):
        if is_valid_bsn(re.sub(r"\D", "", m.group(1))):
            found.append(finding(FindingKind.BSN, text, m.start(1), m.end(1)))
    for m in _SHORT_BSN.finditer(text):
        if is_valid_bsn("0" + m.group(1)):
            found.append(finding(FindingKind.BSN, text, m.start(1), m.end(1)))
    return found


def phones(text: str) -> list[Finding]:
    found = []
    for m in _PHONE_IN_TEXT.finditer(text):
        raw = m.group(0).rstrip(" -./")
        digits = re.sub(r"\D", "", raw)
        if raw.startswith("+31"):
            ok = len(digits) == 11 and digits[2] != "0" or len(digits) == 12 and digits[2] == "0"
        elif raw.startswith("0031"):
            ok = len(digits) == 13
        else:
            ok = len(digits) == 10 and digits[0] == "0" and digits[1] != "0"
        if ok and not _is_a_date(raw) and not _office_number(text, m.start(), digits):
            found.append(finding(FindingKind.PHONE, text, m.start(), m.start() + len(raw)))
    for m in _FOREIGN_PHONE.finditer(text):
        if 9 <= len(re.sub(r"\D", "", m.group(0))) <= 14:
            found.append(finding(FindingKind.PHONE, text, m.start(), m.end()))
    return found


def _is_a_date(raw: str) -> bool:
    stripped = raw.strip("() ")
    return bool(_NUMERIC_DATE.fullmatch(stripped) or _ISO_DATE.fullmatch(stripped))


def _office_number(text: str, start: int, digits: str) -> bool:
    """A service or company number, or a landline said to be an organisation's."""
    national = "0" + digits[2:] if digits.startswith("31") else digits
    if _OFFICE_NUMBER.match(national):
        return True
    if national.startswith("06"):
        return False
    before = re.split(r"[.!?\n]", text[max(0, start - OFFICE_CUE_DISTANCE):start])[-1]
    return bool(_OFFICE_CUE.search(before)) and not _PERSONAL_CUE.search(before)


def _valid_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _full_year(text: str, today: date) -> int:
    value = int(text.lstrip("'"))
    if len(text.lstrip("'")) == 4:
        return value
    return 2000 + value if 2000 + value <= today.year else 1900 + value


def _birth_cue_near(text: str, start: int, end: int, before: int, after: int) -> bool:
    return bool(_BIRTH_CUE.search(text[max(0, start - before):start])
                or _BIRTH_CUE.search(text[end:end + after]))


def birth_dates(text: str, today: date) -> list[Finding]:
    candidates: list[tuple[int, int, date | None]] = []
    for m in _NUMERIC_DATE.finditer(text):
        candidates.append((m.start(), m.end(), _valid_date(
            _full_year(m.group(4), today), int(m.group(3)), int(m.group(1)))))
    for m in _ISO_DATE.finditer(text):
        candidates.append((m.start(), m.end(), _valid_date(
            int(m.group(1)), int(m.group(2)), int(m.group(3)))))
    for m in _WORD_DATE.finditer(text):
        candidates.append((m.start(), m.end(), _valid_date(
            _full_year(m.group(3), today), _MONTHS[m.group(2).lower()], int(m.group(1)))))
    found = []
    for start, end, value in candidates:
        if value is None:
            continue
        old = (value.year <= today.year - OLD_DATE_YEARS
               and not _EVENT_CUE.search(text[max(0, start - 20):start]))
        if old or _birth_cue_near(text, start, end, BIRTH_CUE_BEFORE, BIRTH_CUE_AFTER):
            found.append(finding(FindingKind.BIRTH_DATE, text, start, end))
    # 'geboren in maart 1985', 'geboortejaar 1947': part of a date right after a birth word
    for pattern in (_MONTH_YEAR, _YEAR):
        for m in pattern.finditer(text):
            if int(m.group(m.lastindex or 0)) <= today.year and _BIRTH_CUE.search(
                    text[max(0, m.start() - YEAR_CUE_BEFORE):m.start()]):
                found.append(finding(FindingKind.BIRTH_DATE, text, m.start(), m.end()))
    return found
