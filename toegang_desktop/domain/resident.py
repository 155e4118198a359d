"""Residents and their households."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from .identifiers import is_valid_bsn, normalize_bsn, normalize_postcode
from .problems import Problem
from .text import clean_name, clean_text

EARLIEST_BIRTH_DATE = date(1900, 1, 1)
MAX_NAME_LENGTH = 200
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9][0-9 \-()]{5,19}$")


class HouseholdRole(StrEnum):
    PARTNER = "partner"
    CHILD = "child"
    OTHER_ADULT = "other_adult"


def display_name(first_names: str, prefix: str, surname: str) -> str:
    """'Jan de Vries': first names, tussenvoegsel and surname, skipping empty parts."""
    return " ".join(filter(None, (first_names, prefix, surname)))


def age_on(born: date, on: date) -> int:
    """Age in whole years on a given day."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


@dataclass
class HouseholdMember:
    first_names: str
    surname: str
    role: HouseholdRole
    prefix: str = ""
    date_of_birth: date | None = None
    id: int | None = None

    @property
    def name(self) -> str:
        return display_name(self.first_names, self.prefix, self.surname)


@dataclass
class Resident:
    """A resident (inwoner) with a dossier. Contact fields exist to reach the resident."""

    first_names: str
    surname: str
    date_of_birth: date
    prefix: str = ""
    bsn: str = ""
    street: str = ""
    house_number: str = ""
    postcode: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    household: list[HouseholdMember] = field(default_factory=list)
    id: int | None = None

    @property
    def name(self) -> str:
        return display_name(self.first_names, self.prefix, self.surname)


def _check_birth_date(
    born: date | None, today: date, where: str, required: bool
) -> list[Problem]:
    if born is None:
        return [Problem("birth_date_missing", where)] if required else []
    if born > today:
        return [Problem("birth_date_future", where)]
    if born < EARLIEST_BIRTH_DATE:
        return [Problem("birth_date_too_early", where, {"year": EARLIEST_BIRTH_DATE.year})]
    return []


def _check_names(first_names: str, surname: str, where: str) -> list[Problem]:
    problems = []
    if not surname:
        problems.append(Problem("surname_missing", f"{where}surname"))
    if not first_names:
        problems.append(Problem("first_names_missing", f"{where}first_names"))
    for name_field, value in (("first_names", first_names), ("surname", surname)):
        if len(value) > MAX_NAME_LENGTH:
            problems.append(
                Problem("name_too_long", f"{where}{name_field}", {"max": MAX_NAME_LENGTH})
            )
    return problems


def normalized(resident: Resident) -> Resident:
    """The resident as it will be stored: names NFC, BSN and postcode in standard form."""
    postcode = normalize_postcode(resident.postcode) or clean_text(resident.postcode)
    members = [
        replace(
            m,
            first_names=clean_name(m.first_names),
            prefix=clean_name(m.prefix),
            surname=clean_name(m.surname),
        )
        for m in resident.household
    ]
    return replace(
        resident,
        first_names=clean_name(resident.first_names),
        prefix=clean_name(resident.prefix),
        surname=clean_name(resident.surname),
        bsn=normalize_bsn(resident.bsn),
        street=clean_name(resident.street),
        house_number=clean_name(resident.house_number),
        postcode=postcode,
        city=clean_name(resident.city),
        phone=clean_text(resident.phone),
        email=clean_text(resident.email),
        household=members,
    )


def validate_resident(resident: Resident, today: date) -> list[Problem]:
    """Every problem with a (normalised) resident; an empty list means it may be stored."""
    problems = _check_names(resident.first_names, resident.surname, "")
    problems += _check_birth_date(resident.date_of_birth, today, "date_of_birth", True)
    if resident.bsn and not is_valid_bsn(resident.bsn):
        problems.append(Problem("bsn_invalid", "bsn"))
    if resident.postcode and normalize_postcode(resident.postcode) is None:
        problems.append(Problem("postcode_invalid", "postcode"))
    if resident.email and not _EMAIL.match(resident.email):
        problems.append(Problem("email_invalid", "email"))
    if resident.phone and not _PHONE.match(resident.phone):
        problems.append(Problem("phone_invalid", "phone"))
    for index, member in enumerate(resident.household):
        where = f"household[{index}]."
        problems += _check_names(member.first_names, member.surname, where)
        required = member.role is HouseholdRole.CHILD
        problems += _check_birth_date(
            member.date_of_birth, today, f"{where}date_of_birth", required
        )
    return problems
