"""BSN (11-proef) and Dutch postcode rules, as described in DOMAIN.md section 8."""

from __future__ import annotations

import pytest

from toegang_desktop.domain.identifiers import is_valid_bsn, normalize_bsn, normalize_postcode

# -- BSN ---------------------------------------------------------------------------------


def _weighted_sum(bsn: str) -> int:
    """The 11-proef sum computed independently of the code under test."""
    return sum(int(d) * w for d, w in zip(bsn, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=True))


@pytest.mark.parametrize("bsn", ["111222333", "123456782"])
def test_known_valid_bsns_pass_the_11_proef(bsn: str) -> None:
    assert _weighted_sum(bsn) % 11 == 0  # sanity check of the example itself
    assert is_valid_bsn(bsn) is True


@pytest.mark.parametrize(
    "bsn",
    [
        "111222334",  # last digit off by one
        "123456789",  # classic "looks like a number" example, fails the check
        "211222333",  # first digit changed: weight 9 matters
        "121222333",  # two digits swapped: weights differ per position
    ],
)
def test_wrong_check_digit_is_rejected(bsn: str) -> None:
    assert _weighted_sum(bsn) % 11 != 0
    assert is_valid_bsn(bsn) is False


def test_last_digit_weight_is_minus_one_not_plus_one() -> None:
    # 111222333: with -1 on the last digit the sum is 66 (valid); with +1 it would be 72.
    assert is_valid_bsn("111222333")
    # 100000010: 9*1 + 2*1 - 1*0 = 11 (valid).
    assert is_valid_bsn("100000010")
    # 500000001: 45 - 1 = 44 is valid only with -1 (45 + 1 = 46 is not a multiple of 11).
    assert is_valid_bsn("500000001")
    assert not is_valid_bsn("300000001")


@pytest.mark.parametrize(
    "bsn",
    [
        "11122233",  # 8 digits
        "1112223330",  # 10 digits
        "",  # empty
        "11122233a",  # a letter
        "A11222333",
        "111 222 333",  # not normalised: spaces are not digits
        "111.222.333",
        "-11222333",
        "+11222333",
        " 11222333",
    ],
)
def test_wrong_length_or_non_digits_are_rejected(bsn: str) -> None:
    assert is_valid_bsn(bsn) is False


def test_all_zeros_is_rejected_although_zero_is_divisible_by_eleven() -> None:
    assert _weighted_sum("000000000") % 11 == 0
    assert is_valid_bsn("000000000") is False


@pytest.mark.parametrize(
    "bsn",
    [
        "\u0661\u0661\u0661\u0662\u0662\u0662\u0663\u0663\u0663",  # Arabic-Indic 111222333
        "\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0662",  # Arabic-Indic 123456782
        "\uff11\uff11\uff11\uff12\uff12\uff12\uff13\uff13\uff13",  # full-width 111222333
        "\u06f1\u06f1\u06f1\u06f2\u06f2\u06f2\u06f3\u06f3\u06f3",  # Persian 111222333
    ],
)
def test_non_ascii_digits_are_rejected_even_when_the_check_would_pass(bsn: str) -> None:
    assert bsn.isdigit()  # Python calls these digits, and int() would accept them
    assert _weighted_sum(bsn) % 11 == 0
    assert is_valid_bsn(bsn) is False


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("111 222 333", "111222333"),
        ("111.222.333", "111222333"),
        ("111-222-333", "111222333"),
        (" 1112.22-333 ", "111222333"),
        ("111\t222\n333", "111222333"),
        ("111222333", "111222333"),
        ("", ""),
    ],
)
def test_normalize_bsn_strips_spaces_dots_and_dashes(raw: str, expected: str) -> None:
    assert normalize_bsn(raw) == expected


def test_normalize_bsn_keeps_other_characters_so_validation_can_reject_them() -> None:
    assert normalize_bsn("111/222/333") == "111/222/333"
    assert normalize_bsn("11a 222 333") == "11a222333"
    assert not is_valid_bsn(normalize_bsn("11a 222 333"))


def test_normalised_typed_bsn_is_valid() -> None:
    assert is_valid_bsn(normalize_bsn("1234.56.782"))


# -- postcode ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1234 AB", "1234 AB"),
        ("1234AB", "1234 AB"),
        ("1234ab", "1234 AB"),
        ("1234 ab", "1234 AB"),
        ("1234 aB", "1234 AB"),
        ("  1234 AB  ", "1234 AB"),
        ("9999 ZZ", "9999 ZZ"),
        ("1000 AA", "1000 AA"),
        ("1234 SB", "1234 SB"),  # only SA, SD and SS are unused
        ("1234 AS", "1234 AS"),
    ],
)
def test_valid_postcodes_are_normalised(raw: str, expected: str) -> None:
    assert normalize_postcode(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "0123 AB",  # first digit may not be 0
        "1234 SA",  # unused letter pairs
        "1234 SD",
        "1234 SS",
        "1234 sa",  # also when typed in lower case
        "1234sd",
        "1234 ss",
        "12345 AB",  # five digits
        "123 AB",  # three digits
        "1234 A",  # one letter
        "1234 ABC",  # three letters
        "1234",
        "AB",
        "",
        "   ",
        "AB 1234",
        "1234-AB",
        "1234  AB",  # two spaces
        "1234 ÄB",  # letters must be A-Z
        "\u0661\u0662\u0663\u0664 AB",  # Arabic-Indic digits
        "\uff11\uff12\uff13\uff14 AB",  # full-width digits
    ],
)
def test_invalid_postcodes_are_rejected(raw: str) -> None:
    assert normalize_postcode(raw) is None
