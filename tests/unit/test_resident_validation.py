"""validate_resident and normalized(): every rule, with a fixed 'today'."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date

import pytest

from toegang_desktop.domain.problems import Problem, ValidationFailed
from toegang_desktop.domain.resident import (
    HouseholdMember,
    HouseholdRole,
    Resident,
    age_on,
    display_name,
    normalized,
    validate_resident,
)

TODAY = date(2026, 11, 23)


def _resident(**changes: object) -> Resident:
    base = Resident(
        first_names="Sanne",
        surname="Testpersoon",
        date_of_birth=date(1980, 6, 5),
        prefix="de",
        bsn="111222333",
        street="Voorbeeldstraat",
        house_number="12a",
        postcode="1234 AB",
        city="Proefdorp",
        phone="06 12345678",
        email="sanne.testpersoon@example.org",
        household=[
            HouseholdMember("Kees", "Testpersoon", HouseholdRole.PARTNER),
            HouseholdMember(
                "Pim", "Testpersoon", HouseholdRole.CHILD, date_of_birth=date(2015, 2, 28)
            ),
            HouseholdMember("Oma", "Voorbeeld", HouseholdRole.OTHER_ADULT),
        ],
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def _codes(problems: list[Problem]) -> list[tuple[str, str]]:
    return [(p.code, p.field) for p in problems]


def test_valid_resident_has_no_problems() -> None:
    assert validate_resident(_resident(), TODAY) == []


def test_minimal_resident_with_only_required_fields_is_valid() -> None:
    minimal = Resident(first_names="Sanne", surname="Voorbeeld", date_of_birth=date(1990, 1, 1))
    assert validate_resident(minimal, TODAY) == []


# -- birth date --------------------------------------------------------------------------


def test_birth_date_in_the_future_is_rejected() -> None:
    problems = validate_resident(_resident(date_of_birth=date(2026, 11, 24)), TODAY)
    assert problems == [Problem("birth_date_future", "date_of_birth")]


def test_birth_date_today_is_accepted() -> None:
    assert validate_resident(_resident(date_of_birth=TODAY), TODAY) == []


def test_birth_date_before_1900_is_rejected_with_the_year_as_parameter() -> None:
    problems = validate_resident(_resident(date_of_birth=date(1899, 12, 31)), TODAY)
    assert problems == [Problem("birth_date_too_early", "date_of_birth", {"year": 1900})]


def test_birth_date_on_first_of_january_1900_is_accepted() -> None:
    assert validate_resident(_resident(date_of_birth=date(1900, 1, 1)), TODAY) == []


def test_today_is_taken_from_the_argument_not_the_clock() -> None:
    born = date(2026, 11, 24)
    assert validate_resident(_resident(date_of_birth=born), date(2026, 11, 24)) == []
    assert _codes(validate_resident(_resident(date_of_birth=born), TODAY)) == [
        ("birth_date_future", "date_of_birth")
    ]


# -- names -------------------------------------------------------------------------------


def test_empty_surname_is_rejected() -> None:
    assert _codes(validate_resident(_resident(surname=""), TODAY)) == [
        ("surname_missing", "surname")
    ]


def test_empty_first_names_are_rejected() -> None:
    assert _codes(validate_resident(_resident(first_names=""), TODAY)) == [
        ("first_names_missing", "first_names")
    ]


def test_whitespace_only_names_are_rejected_after_normalisation() -> None:
    clean = normalized(_resident(first_names="   ", surname=" \t "))
    assert _codes(validate_resident(clean, TODAY)) == [
        ("surname_missing", "surname"),
        ("first_names_missing", "first_names"),
    ]


def test_name_of_201_characters_is_too_long() -> None:
    problems = validate_resident(_resident(surname="T" * 201), TODAY)
    assert problems == [Problem("name_too_long", "surname", {"max": 200})]


def test_first_names_of_201_characters_are_too_long() -> None:
    problems = validate_resident(_resident(first_names="a" * 201), TODAY)
    assert problems == [Problem("name_too_long", "first_names", {"max": 200})]


def test_name_of_200_characters_is_accepted() -> None:
    assert validate_resident(_resident(surname="T" * 200, first_names="a" * 200), TODAY) == []


def test_name_length_counts_characters_not_bytes() -> None:
    # 200 'ş' are 400 UTF-8 bytes but 200 characters: allowed.
    assert validate_resident(_resident(surname="ş" * 200), TODAY) == []


# -- identifiers and contact -------------------------------------------------------------


@pytest.mark.parametrize("bsn", ["111222334", "11122233", "1112223330", "11122233a", "000000000"])
def test_invalid_bsn_is_rejected(bsn: str) -> None:
    assert _codes(validate_resident(_resident(bsn=bsn), TODAY)) == [("bsn_invalid", "bsn")]


def test_empty_bsn_is_allowed() -> None:
    assert validate_resident(_resident(bsn=""), TODAY) == []


@pytest.mark.parametrize("postcode", ["0123 AB", "1234 SA", "12345 AB", "SD", "1234"])
def test_invalid_postcode_is_rejected(postcode: str) -> None:
    assert _codes(validate_resident(_resident(postcode=postcode), TODAY)) == [
        ("postcode_invalid", "postcode")
    ]


def test_empty_postcode_is_allowed() -> None:
    assert validate_resident(_resident(postcode=""), TODAY) == []


@pytest.mark.parametrize(
    "email", ["geen-email", "sanne@", "@example.org", "sanne@example", "sanne test@example.org",
              "sanne@@example.org"]
)
def test_bad_email_is_rejected(email: str) -> None:
    assert _codes(validate_resident(_resident(email=email), TODAY)) == [
        ("email_invalid", "email")
    ]


@pytest.mark.parametrize("email", ["s@example.org", "sanne.test+toegang@sub.example.nl"])
def test_good_email_is_accepted(email: str) -> None:
    assert validate_resident(_resident(email=email), TODAY) == []


@pytest.mark.parametrize(
    "phone", ["bel me", "12345", "06-1234567x", "+31 6 1234 5678 9012 3456", "++31612345678"]
)
def test_bad_phone_is_rejected(phone: str) -> None:
    assert _codes(validate_resident(_resident(phone=phone), TODAY)) == [
        ("phone_invalid", "phone")
    ]


@pytest.mark.parametrize("phone", ["0612345678", "06 12345678", "+31 6 12345678", "020-1234567"])
def test_good_phone_is_accepted(phone: str) -> None:
    assert validate_resident(_resident(phone=phone), TODAY) == []


# -- household ---------------------------------------------------------------------------


def test_child_without_birth_date_is_rejected() -> None:
    child = HouseholdMember("Pim", "Testpersoon", HouseholdRole.CHILD)
    problems = validate_resident(_resident(household=[child]), TODAY)
    assert problems == [Problem("birth_date_missing", "household[0].date_of_birth")]


def test_adults_in_household_may_lack_a_birth_date() -> None:
    members = [
        HouseholdMember("Kees", "Testpersoon", HouseholdRole.PARTNER),
        HouseholdMember("Oma", "Voorbeeld", HouseholdRole.OTHER_ADULT),
    ]
    assert validate_resident(_resident(household=members), TODAY) == []


def test_household_problems_name_the_member_index() -> None:
    members = [
        HouseholdMember("Kees", "Testpersoon", HouseholdRole.PARTNER),
        HouseholdMember("", "", HouseholdRole.CHILD, date_of_birth=date(2030, 1, 1)),
        HouseholdMember("Oma", "Voorbeeld", HouseholdRole.OTHER_ADULT, date_of_birth=date(1850, 1, 1)),
    ]
    problems = validate_resident(_resident(household=members), TODAY)
    assert _codes(problems) == [
        ("surname_missing", "household[1].surname"),
        ("first_names_missing", "household[1].first_names"),
        ("birth_date_future", "household[1].date_of_birth"),
        ("birth_date_too_early", "household[2].date_of_birth"),
    ]


def test_every_problem_is_reported_at_once() -> None:
    bad = _resident(
        first_names="",
        surname="x" * 201,
        date_of_birth=date(2027, 1, 1),
        bsn="123456789",
        postcode="0000 AA",
        email="nope",
        phone="nope",
        household=[HouseholdMember("Pim", "Testpersoon", HouseholdRole.CHILD)],
    )
    assert _codes(validate_resident(bad, TODAY)) == [
        ("first_names_missing", "first_names"),
        ("name_too_long", "surname"),
        ("birth_date_future", "date_of_birth"),
        ("bsn_invalid", "bsn"),
        ("postcode_invalid", "postcode"),
        ("email_invalid", "email"),
        ("phone_invalid", "phone"),
        ("birth_date_missing", "household[0].date_of_birth"),
    ]


def test_validation_failed_carries_every_problem_and_names_them() -> None:
    problems = [Problem("bsn_invalid", "bsn"), Problem("surname_missing", "surname")]
    error = ValidationFailed(problems)
    assert error.problems == problems
    assert str(error) == "bsn: bsn_invalid, surname: surname_missing"


# -- normalized --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["Şükrü", "Łukasz", "Zoë", "محمد", "Ørsted", "Ayşe-Nur", "Nguyễn"],
)
def test_normalized_keeps_diacritics_and_scripts_in_nfc(name: str) -> None:
    decomposed = unicodedata.normalize("NFD", name)
    result = normalized(_resident(first_names=decomposed, surname=decomposed))
    assert result.first_names == unicodedata.normalize("NFC", name)
    assert result.surname == unicodedata.normalize("NFC", name)
    assert unicodedata.is_normalized("NFC", result.first_names)
    assert validate_resident(result, TODAY) == []


def test_normalized_composes_decomposed_names_to_the_exact_code_points() -> None:
    result = normalized(_resident(first_names="S\u0327u\u0308kru\u0308", surname="Zoe\u0308"))
    assert result.first_names == "\u015e\u00fckr\u00fc"
    assert result.surname == "Zo\u00eb"


def test_normalized_applies_to_household_members() -> None:
    member = HouseholdMember(
        " Zoe\u0308 ", "  Voorbeeld  ", HouseholdRole.CHILD, prefix=" van  der ",
        date_of_birth=date(2018, 1, 1),
    )
    result = normalized(_resident(household=[member]))
    assert result.household == [
        HouseholdMember(
            "Zo\u00eb", "Voorbeeld", HouseholdRole.CHILD, prefix="van der",
            date_of_birth=date(2018, 1, 1),
        )
    ]


def test_normalized_brings_bsn_and_postcode_into_standard_form() -> None:
    result = normalized(_resident(bsn=" 111.222-333 ", postcode=" 1234ab "))
    assert result.bsn == "111222333"
    assert result.postcode == "1234 AB"
    assert validate_resident(result, TODAY) == []


def test_normalized_keeps_an_invalid_postcode_as_typed_so_it_can_be_reported() -> None:
    result = normalized(_resident(postcode=" 0123 ab "))
    assert result.postcode == "0123 ab"
    assert _codes(validate_resident(result, TODAY)) == [("postcode_invalid", "postcode")]


def test_normalized_trims_contact_fields_and_collapses_address_whitespace() -> None:
    result = normalized(
        _resident(
            street="  Voorbeeld   straat ", city=" Proef  dorp ", phone="  06 12345678 ",
            email=" sanne@example.org ", house_number=" 12  a ",
        )
    )
    assert (result.street, result.city, result.house_number) == (
        "Voorbeeld straat", "Proef dorp", "12 a"
    )
    assert result.phone == "06 12345678"
    assert result.email == "sanne@example.org"


def test_normalized_does_not_change_its_input() -> None:
    original = _resident(first_names=" Zoe\u0308 ")
    normalized(original)
    assert original.first_names == " Zoe\u0308 "


# -- small helpers -----------------------------------------------------------------------


def test_display_name_skips_empty_parts() -> None:
    assert display_name("Zoë", "de", "Testpersoon") == "Zoë de Testpersoon"
    assert display_name("Zoë", "", "Testpersoon") == "Zoë Testpersoon"


@pytest.mark.parametrize(
    ("born", "on", "age"),
    [
        (date(2000, 11, 23), TODAY, 26),
        (date(2000, 11, 24), TODAY, 25),
        (date(2008, 2, 29), date(2026, 2, 28), 17),
        (date(2008, 2, 29), date(2026, 3, 1), 18),
    ],
)
def test_age_on(born: date, on: date, age: int) -> None:
    assert age_on(born, on) == age
