"""The default checklist, and precise errors for checklist files that cannot be used."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from toegang_desktop.content.checklist import Checklist, load_checklist
from toegang_desktop.content.toml_reader import ContentError
from toegang_desktop.locations import default_checklist_path

# DOMAIN.md section 3, in order
DEFAULT_DOMAINS = [
    ("finances", "Financiën"),
    ("work_education", "Werk en opleiding"),
    ("daytime_activity", "Dagbesteding"),
    ("housing", "Wonen"),
    ("household_relations", "Huiselijke relaties"),
    ("parenting", "Opvoeding en ontwikkeling kinderen"),
    ("mental_health", "Geestelijke gezondheid"),
    ("physical_health", "Lichamelijke gezondheid"),
    ("substance_use", "Middelengebruik"),
    ("self_care", "Zelfzorg"),
    ("practical_matters", "Huishouden en regelzaken"),
    ("social_network", "Sociaal netwerk"),
    ("participation", "Meedoen"),
    ("justice", "Justitie"),
    ("safety", "Veiligheid"),
    ("informal_care", "Mantelzorg"),
    ("meaning", "Zingeving"),
]


# -- the default checklist ---------------------------------------------------------------


@pytest.fixture(scope="module")
def default() -> Checklist:
    return load_checklist(default_checklist_path())


def test_default_checklist_header(default: Checklist) -> None:
    assert default.id == "toegang-standaard"
    assert default.version == "2026.1"
    assert default.name == "Standaard leefgebieden"
    assert default.level_names == (
        "Acuut", "Niet zelfredzaam", "Beperkt zelfredzaam", "Voldoende zelfredzaam",
        "Volledig zelfredzaam",
    )
    assert default.source == default_checklist_path()


def test_default_checklist_has_the_17_domains_in_order(default: Checklist) -> None:
    assert len(default.domains) == 17
    assert [(d.key, d.label) for d in default.domains] == DEFAULT_DOMAINS


def test_every_default_domain_is_complete(default: Checklist) -> None:
    for domain in default.domains:
        assert 3 <= len(domain.prompts) <= 6, domain.key
        assert len(domain.level_texts) == 5, domain.key
        assert len(set(domain.prompts)) == len(domain.prompts), domain.key
        assert len(set(domain.level_texts)) == 5, domain.key
        assert domain.description, domain.key
        for text in (domain.label, domain.description, *domain.prompts, *domain.level_texts):
            assert text == text.strip() and text, domain.key
            assert unicodedata.is_normalized("NFC", text), domain.key


def test_domain_lookup_by_key(default: Checklist) -> None:
    housing = default.domain("housing")
    assert housing is not None and housing.label == "Wonen"
    assert default.domain("nonexistent") is None


# -- malformed files ---------------------------------------------------------------------

PROMPTS = '["Vraag een?", "Vraag twee?", "Vraag drie?"]'
LEVELS = '["een", "twee", "drie", "vier", "vijf"]'


def _domain(key: str = "finances", label: str = '"Financiën"', prompts: str = PROMPTS,
            levels: str = LEVELS, description: str = '"Over geld."') -> str:
    return (
        f"[[domains]]\nkey = \"{key}\"\nlabel = {label}\ndescription = {description}\n"
        f"prompts = {prompts}\nlevels = {levels}\n"
    )


HEADER = (
    '[checklist]\nid = "proef"\nversion = "1"\nname = "Proeflijst"\n'
    f"level_names = {LEVELS}\n"
)


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "lijst.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _error(tmp_path: Path, text: str) -> ContentError:
    path = _write(tmp_path, text)
    with pytest.raises(ContentError) as raised:
        load_checklist(path)
    assert raised.value.path == path
    assert str(path) in str(raised.value)
    return raised.value


def test_minimal_valid_file_loads(tmp_path: Path) -> None:
    path = _write(tmp_path, HEADER + _domain() + _domain("housing", '"Wonen"'))
    loaded = load_checklist(path)
    assert (loaded.id, loaded.version, loaded.name) == ("proef", "1", "Proeflijst")
    assert [d.key for d in loaded.domains] == ["finances", "housing"]
    assert loaded.domains[0].prompts == ("Vraag een?", "Vraag twee?", "Vraag drie?")
    assert loaded.domains[0].level_texts == ("een", "twee", "drie", "vier", "vijf")
    assert loaded.source == path


def test_texts_are_trimmed(tmp_path: Path) -> None:
    loaded = load_checklist(
        _write(tmp_path, HEADER + _domain(label='"  Financiën  "',
                                          prompts='[" a ", "b", "c  "]'))
    )
    assert loaded.domains[0].label == "Financiën"
    assert loaded.domains[0].prompts == ("a", "b", "c")


def test_six_prompts_are_allowed(tmp_path: Path) -> None:
    loaded = load_checklist(_write(tmp_path, HEADER + _domain(prompts=str(list("abcdef")))))
    assert len(loaded.domains[0].prompts) == 6


def test_syntax_error(tmp_path: Path) -> None:
    error = _error(tmp_path, HEADER + "[[domains]\nkey = \"finances\"\n")
    assert error.code == "syntax"
    assert error.place == "-"
    assert error.detail  # the parser's message, with line and column


def test_missing_checklist_table(tmp_path: Path) -> None:
    error = _error(tmp_path, _domain())
    assert (error.code, error.place, error.detail) == ("missing", "checklist", "checklist")


def test_checklist_that_is_not_a_table(tmp_path: Path) -> None:
    error = _error(tmp_path, 'checklist = "standaard"\n' + _domain())
    assert (error.code, error.place) == ("not_table", "checklist")


def test_missing_header_field(tmp_path: Path) -> None:
    error = _error(tmp_path, HEADER.replace('version = "1"\n', "") + _domain())
    assert (error.code, error.place, error.detail) == ("missing", "checklist", "version")


def test_no_domains(tmp_path: Path) -> None:
    error = _error(tmp_path, HEADER)
    assert (error.code, error.place) == ("missing", "domains")


def test_domain_with_two_prompts(tmp_path: Path) -> None:
    error = _error(tmp_path, HEADER + _domain(prompts='["een?", "twee?"]'))
    assert (error.code, error.place, error.detail) == ("count", "domains[1].prompts", "3-6")


def test_domain_with_seven_prompts(tmp_path: Path) -> None:
    error = _error(tmp_path, HEADER + _domain() + _domain("housing", prompts=str(list("abcdefg"))))
    assert (error.code, error.place) == ("count", "domains[2].prompts")


def test_domain_with_four_levels(tmp_path: Path) -> None:
    error = _error(tmp_path, HEADER + _domain(levels='["een", "twee", "drie", "vier"]'))
    assert (error.code, error.place, error.detail) == ("count", "domains[1].levels", "5")


def test_wrong_number_of_level_names(tmp_path: Path) -> None:
    error = _error(tmp_path, HEADER.replace(LEVELS, '["een"]') + _domain())
    assert (error.code, error.place) == ("count", "checklist.level_names")


def test_duplicate_key(tmp_path: Path) -> None:
    error = _error(tmp_path, HEADER + _domain() + _domain("housing") + _domain())
    assert (error.code, error.place, error.detail) == ("duplicate", "domains[3].key", "finances")


@pytest.mark.parametrize("key", ["Financiën", "met spatie", "1finances", "fin-ances"])
def test_bad_key(tmp_path: Path, key: str) -> None:
    error = _error(tmp_path, HEADER + _domain(key))
    assert (error.code, error.place) == ("bad_key", "domains[1].key")


def test_label_that_is_not_text(tmp_path: Path) -> None:
    error = _error(tmp_path, HEADER + _domain(label="5"))
    assert (error.code, error.place) == ("not_text", "domains[1].label")


def test_prompts_that_are_not_a_list(tmp_path: Path) -> None:
    error = _error(tmp_path, HEADER + _domain(prompts='"Hoe gaat het?"'))
    assert (error.code, error.place) == ("not_list", "domains[1].prompts")


def test_empty_label(tmp_path: Path) -> None:
    error = _error(tmp_path, HEADER + _domain(label='"   "'))
    assert (error.code, error.place) == ("empty", "domains[1].label")


def test_empty_prompt_names_its_position(tmp_path: Path) -> None:
    error = _error(tmp_path, HEADER + _domain(prompts='["een?", "", "drie?"]'))
    assert (error.code, error.place) == ("empty", "domains[1].prompts[2]")


def test_prompt_that_is_not_text(tmp_path: Path) -> None:
    error = _error(tmp_path, HEADER + _domain(prompts='["een?", "twee?", 3]'))
    assert error.place == "domains[1].prompts[3]"
    assert error.code in ("empty", "not_text")


def test_empty_checklist_id(tmp_path: Path) -> None:
    error = _error(tmp_path, HEADER.replace('id = "proef"', 'id = ""') + _domain())
    assert (error.code, error.place) == ("empty", "checklist.id")


def test_domain_missing_description(tmp_path: Path) -> None:
    text = HEADER + _domain().replace('description = "Over geld."\n', "")
    error = _error(tmp_path, text)
    assert (error.code, error.place, error.detail) == ("missing", "domains[1]", "description")


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "bestaat-niet.toml"
    with pytest.raises(ContentError) as raised:
        load_checklist(path)
    assert raised.value.code == "not_found"
    assert raised.value.path == path


def test_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes((HEADER + _domain()).encode("latin-1"))
    with pytest.raises(ContentError) as raised:
        load_checklist(path)
    assert raised.value.code == "unreadable"
    assert raised.value.path == path
