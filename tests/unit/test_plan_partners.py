"""The partner directory file: validated on load, pre-filled once, edits never overwritten."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from toegang_desktop.content.partners import default_partners_path, load_partners
from toegang_desktop.content.toml_reader import ContentError
from toegang_desktop.domain.plan import Partner
from toegang_desktop.services.plan import PlanService
from toegang_desktop.store.database import Database
from toegang_desktop.wording.messages import content_problem_text

HEAD = '[directory]\nid = "test"\nversion = "1"\n'


def _file(tmp_path: Path, body: str, head: str = HEAD) -> Path:
    path = tmp_path / "partners.toml"
    path.write_text(head + body, encoding="utf-8")
    return path


def _entry(name: str, contact: str = "via het wijkteam") -> str:
    return f'\n[[partners]]\norganisation = "{name}"\ncontact = "{contact}"\n'


def test_standard_file_holds_generic_partners_without_contact_details() -> None:
    directory = load_partners(default_partners_path())
    names = [p.organisation for p in directory.partners]
    assert len(names) >= 6
    for expected in ("Schuldhulpverlening (gemeente)", "Sociaal raadslieden",
                     "Huisartsenpraktijk (POH-GGZ)", "Veilig Thuis", "Woningcorporatie",
                     "Mantelzorgsteunpunt"):
        assert expected in names
    for partner in directory.partners:
        assert partner.from_file and partner.active
        # No phone numbers, e-mail or web addresses: a desk or route at most.
        assert not re.search(r"\d{3}|@|www\.|https?:", partner.contact), partner.contact


def test_contact_and_offers_are_optional(tmp_path: Path) -> None:
    directory = load_partners(_file(tmp_path, '\n[[partners]]\norganisation = "Buurthuis"\n'))
    assert directory.partners == (Partner("Buurthuis", "", "", from_file=True),)


def test_prefill_twice_adds_nothing_the_second_time(db: Database) -> None:
    plan = PlanService(db)
    expected = len(load_partners(default_partners_path()).partners)
    assert plan.prefill_partners(default_partners_path()) == expected
    assert plan.prefill_partners(default_partners_path()) == 0
    names = [p.organisation for p in plan.partners(include_inactive=True)]
    assert len(names) == len(set(names)) == expected


def test_prefill_keeps_what_the_professional_changed(db: Database) -> None:
    plan = PlanService(db)
    plan.prefill_partners(default_partners_path())
    by_name = {p.organisation: p for p in plan.partners()}
    renamed = by_name["Sociaal raadslieden"]
    renamed.organisation, renamed.contact = "Sociaal raadslieden Noord", "spreekuur dinsdag"
    plan.save_partner(renamed)
    closed = by_name["Woningcorporatie"]
    closed.active = False
    plan.save_partner(closed)

    assert plan.prefill_partners(default_partners_path()) == 0
    after = {p.organisation: p for p in plan.partners(include_inactive=True)}
    assert "Sociaal raadslieden" not in after  # not added again under its old name
    assert after["Sociaal raadslieden Noord"].contact == "spreekuur dinsdag"
    assert after["Sociaal raadslieden Noord"].from_file
    assert after["Woningcorporatie"].active is False  # stays deactivated


def test_prefill_matches_a_partner_added_by_hand(db: Database, tmp_path: Path) -> None:
    plan = PlanService(db)
    plan.save_partner(Partner(organisation="veilig thuis", contact="eigen route"))
    path = _file(tmp_path, _entry("Veilig Thuis") + _entry("Buurthuis"))
    assert plan.prefill_partners(path) == 1
    by_name = {p.organisation: p for p in plan.partners()}
    assert by_name["veilig thuis"].contact == "eigen route"
    assert not by_name["veilig thuis"].from_file
    assert by_name["Buurthuis"].from_file


def test_prefill_adds_what_a_newer_file_brings(db: Database, tmp_path: Path) -> None:
    plan = PlanService(db)
    assert plan.prefill_partners(_file(tmp_path, _entry("Buurthuis"))) == 1
    assert plan.prefill_partners(_file(tmp_path, _entry("Buurthuis") + _entry("Bibliotheek"))) == 1
    assert [p.organisation for p in plan.partners()] == ["Bibliotheek", "Buurthuis"]


@pytest.mark.parametrize(("body", "head", "place", "code"), [
    ("[[partners]\n", HEAD, "-", "syntax"),
    (_entry("Buurthuis"), "", "directory", "missing"),
    ("", HEAD, "partners", "missing"),
    ("", 'partners = "Buurthuis"\n' + HEAD, "partners", "not_list"),
    (_entry("Buurthuis") + '\n[[partners]]\ncontact = "x"\n', HEAD, "partners[2]", "missing"),
    ('\n[[partners]]\norganisation = 12\n', HEAD, "partners[1].organisation", "not_text"),
    ('\n[[partners]]\norganisation = "  "\n', HEAD, "partners[1].organisation", "empty"),
    ('\n[[partners]]\norganisation = "A"\nphone = "x"\n', HEAD, "partners[1].phone",
     "unknown_key"),
    ('\n[[partners]]\norganisation = "A"\ncontact = 3\n', HEAD, "partners[1].contact",
     "not_text"),
    (_entry("Buurthuis") + _entry("Bibliotheek") + _entry("buurthuis"), HEAD,
     "partners[3].organisation", "duplicate_name"),
    ('\n[[partners]]\norganisation = "' + "x" * 201 + '"\n', HEAD,
     "partners[1].organisation", "too_long"),
])
def test_a_broken_file_names_the_place(tmp_path: Path, body: str, head: str, place: str,
                                       code: str) -> None:
    path = _file(tmp_path, body, head)
    with pytest.raises(ContentError) as excinfo:
        load_partners(path)
    assert (excinfo.value.path, excinfo.value.place, excinfo.value.code) == (path, place, code)
    text = content_problem_text(excinfo.value)
    assert str(path) in text and place in text
    assert "_" not in code or code not in text  # worded, not the bare code


def test_a_missing_file_is_a_content_error(tmp_path: Path) -> None:
    with pytest.raises(ContentError) as excinfo:
        load_partners(tmp_path / "nergens.toml")
    assert excinfo.value.code == "not_found"


def test_a_broken_file_adds_nothing(db: Database, tmp_path: Path) -> None:
    plan = PlanService(db)
    path = _file(tmp_path, _entry("Buurthuis") + '\n[[partners]]\norganisation = 1\n')
    with pytest.raises(ContentError):
        plan.prefill_partners(path)
    assert plan.partners(include_inactive=True) == []
