"""Text normalisation (NFC names, folded search) and the search terms built from it."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from toegang_desktop.domain.search import index_terms, query_terms, sort_key
from toegang_desktop.domain.text import clean_name, clean_text, fold

# -- fold --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Şükrü", "sukru"),
        ("ŞÜKRÜ", "sukru"),
        ("Łukasz", "lukasz"),
        ("łukasz", "lukasz"),
        ("Zoë", "zoe"),
        ("ZOË", "zoe"),
        ("Ørsted", "orsted"),
        ("ørsted", "orsted"),
        ("ß", "ss"),
        ("Straße", "strasse"),
        ("Ayşe Yılmaz", "ayse yilmaz"),
        ("İsmail", "ismail"),
        ("Đorđe", "dorde"),
        ("Æsa", "aesa"),
        ("Œuvre", "oeuvre"),
        ("François", "francois"),
        ("Håkon", "hakon"),
        ("Ñúñez", "nunez"),
        ("plain ascii", "plain ascii"),
        ("", ""),
    ],
)
def test_fold_removes_diacritics_and_case(value: str, expected: str) -> None:
    assert fold(value) == expected


def test_fold_result_is_plain_ascii_for_latin_names() -> None:
    for name in ("Şükrü", "Łukasz", "Zoë", "Ørsted", "Straße", "Đorđe"):
        assert fold(name).isascii(), name


def test_fold_treats_decomposed_and_composed_input_alike() -> None:
    composed = "Zo\u00eb"
    decomposed = "Zoe\u0308"
    assert composed != decomposed
    assert fold(composed) == fold(decomposed) == "zoe"


def test_fold_keeps_non_latin_scripts() -> None:
    assert fold("محمد") == "محمد"
    assert fold("Анна") == "анна"


# -- clean_name / clean_text -------------------------------------------------------------


def test_clean_name_composes_a_decomposed_diaeresis_into_one_code_point() -> None:
    decomposed = "Zoe\u0308"
    assert len(decomposed) == 4
    cleaned = clean_name(decomposed)
    assert cleaned == "Zo\u00eb"
    assert len(cleaned) == 3
    assert "\u0308" not in cleaned
    assert unicodedata.is_normalized("NFC", cleaned)


def test_clean_name_composes_cedilla_and_diaeresis_but_keeps_them() -> None:
    decomposed = "S\u0327u\u0308kru\u0308"
    cleaned = clean_name(decomposed)
    assert cleaned == "\u015e\u00fckr\u00fc"  # Şükrü, every diacritic kept
    assert len(cleaned) == 5


def test_clean_name_collapses_and_trims_whitespace() -> None:
    assert clean_name("  Jan   Willem\t ") == "Jan Willem"
    assert clean_name(" van  der ") == "van der"
    assert clean_name("   ") == ""
    assert clean_name("") == ""


def test_clean_name_keeps_arabic_script_unchanged() -> None:
    assert clean_name(" محمد ") == "محمد"


def test_clean_text_trims_ends_but_keeps_inner_whitespace() -> None:
    assert clean_text("  eerste regel\n\n  tweede  regel  ") == "eerste regel\n\n  tweede  regel"


def test_clean_text_composes_to_nfc() -> None:
    assert clean_text("Zoe\u0308") == "Zo\u00eb"


# -- query_terms -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # postcodes, with or without space, any case
        ("1234 ab", ["1234ab"]),
        ("1253 h", ["1253h"]),  # a postcode being typed, one letter so far
        ("1234 AB", ["1234ab"]),
        ("1234AB", ["1234ab"]),
        ("  1234ab  ", ["1234ab"]),
        # full dates become ddmmyyyy
        ("1-3-1980", ["01031980"]),
        ("01-03-1980", ["01031980"]),
        ("1/3/1980", ["01031980"]),
        ("1.3.1980", ["01031980"]),
        ("05-06-1980", ["05061980"]),
        # partial dates become a ddmm prefix
        ("12-03", ["1203"]),
        ("1-3", ["0103"]),
        ("12-03-", ["1203"]),
        ("12-03-19", ["120319"]),
        # names are folded and split
        ("Şükrü", ["sukru"]),
        ("Şükrü Testpersoon", ["sukru", "testpersoon"]),
        ("van der Voorbeeld", ["van", "der", "voorbeeld"]),
        ("Voorbeeld-Testpersoon", ["voorbeeld", "testpersoon"]),
        ("  ŁUKASZ,  zoë ", ["lukasz", "zoe"]),
        ("محمد", ["محمد"]),
        # BSN and mixtures
        ("111222333", ["111222333"]),
        ("1112", ["1112"]),
        ("Testpersoon 1-3-1980", ["testpersoon", "01031980"]),
        # nothing to search for
        ("", []),
        ("   ", []),
        ("-- , .", []),
    ],
)
def test_query_terms(query: str, expected: list[str]) -> None:
    assert query_terms(query) == expected


def test_query_terms_never_contain_fts_syntax_characters() -> None:
    # Terms are quoted into an FTS5 MATCH expression; quotes, stars and parentheses
    # must never survive into a term.
    for query in ('"Testpersoon" OR *', "(Voorbeeld)", "Test*", "a:b", "x^y"):
        for term in query_terms(query):
            assert term.isalnum(), (query, term)


# -- index_terms -------------------------------------------------------------------------


def test_index_terms_holds_folded_names_date_bsn_and_postcode() -> None:
    terms = index_terms(
        "Şükrü Ali", "van", "Testpersoon", date(1980, 3, 1), "111222333", "1234 AB"
    )
    assert terms == "sukru ali van testpersoon 01031980 1980 111222333 1234ab"


def test_index_terms_leaves_out_missing_bsn_and_postcode() -> None:
    terms = index_terms("Zoë", "", "Voorbeeld", date(2001, 12, 31), "", "")
    assert terms == "zoe voorbeeld 31122001 2001"


def test_index_terms_splits_hyphenated_surnames_and_keeps_arabic() -> None:
    terms = index_terms("محمد", "", "Voorbeeld-Testpersoon", date(1999, 1, 2), "", "")
    assert terms.split() == ["محمد", "voorbeeld", "testpersoon", "02011999", "1999"]


@pytest.mark.parametrize(
    "query",
    ["sukru", "Şükrü", "SUKRU", "test", "Testpersoon", "1-3-1980", "01-03", "1112",
     "111222333", "1234 AB", "1234ab", "1234", "van"],
)
def test_every_query_term_is_a_prefix_of_an_index_term(query: str) -> None:
    """The contract between query_terms and index_terms that the store's prefix search uses."""
    indexed = index_terms(
        "Şükrü", "van", "Testpersoon", date(1980, 3, 1), "111222333", "1234 AB"
    ).split()
    terms = query_terms(query)
    assert terms
    for term in terms:
        assert any(word.startswith(term) for word in indexed), (query, term, indexed)


@pytest.mark.parametrize("query", ["lukasz", "2-3-1980", "1235", "1234 AC", "111222334"])
def test_non_matching_queries_are_not_a_prefix_of_any_index_term(query: str) -> None:
    indexed = index_terms(
        "Şükrü", "van", "Testpersoon", date(1980, 3, 1), "111222333", "1234 AB"
    ).split()
    assert not all(
        any(word.startswith(term) for word in indexed) for term in query_terms(query)
    )


# -- sort_key ----------------------------------------------------------------------------


def test_sort_key_is_folded_surname_then_first_names() -> None:
    assert sort_key("Şükrü", "Testpersoon") == "testpersoon sukru"
    assert sort_key("Łukasz", "Ørsted") == "orsted lukasz"
    # Folding makes 'Ørsted' sort among the O's rather than after Z.
    assert sort_key("A", "Ørsted") < sort_key("A", "Pieterse") < sort_key("A", "Zwart")
