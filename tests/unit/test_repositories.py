"""Dossiers and conversations through the services, against a real migrated store."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from datetime import date

import pytest

from toegang_desktop.content.checklist import Checklist, load_checklist
from toegang_desktop.domain.caseload import CaseloadEntry, CaseloadSort
from toegang_desktop.domain.conversation import (
    Conversation,
    DomainAssessment,
    Duration,
    Participant,
    ParticipantRole,
    Place,
)
from toegang_desktop.domain.problems import Problem, ValidationFailed
from toegang_desktop.domain.resident import HouseholdMember, HouseholdRole, Resident
from toegang_desktop.locations import default_checklist_path
from toegang_desktop.services.conversations import ConversationService
from toegang_desktop.services.dossiers import DossierService
from toegang_desktop.store.database import Database
from toegang_desktop.store.residents import ResidentRepository

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def checklist() -> Checklist:
    return load_checklist(default_checklist_path())


@pytest.fixture
def dossiers(db: Database) -> DossierService:
    return DossierService(db, today=lambda: TODAY)


@pytest.fixture
def talks(db: Database, checklist: Checklist) -> ConversationService:
    return ConversationService(db, checklist, today=lambda: TODAY)


def _codes(error: ValidationFailed) -> list[str]:
    return [p.code for p in error.problems]


def _family() -> Resident:
    return Resident(
        first_names="Şükrü",
        surname="Testpersoon",
        date_of_birth=date(1980, 6, 5),
        prefix="van",
        bsn="111222333",
        street="Voorbeeldstraat",
        house_number="1",
        postcode="1234 AB",
        city="Proefdorp",
        phone="06 12345678",
        email="sukru@example.org",
        household=[
            HouseholdMember(
                "Łukasz", "Voorbeeld", HouseholdRole.PARTNER, date_of_birth=date(1979, 2, 3)
            ),
            HouseholdMember(
                "Zoë", "Testpersoon", HouseholdRole.CHILD, prefix="van",
                date_of_birth=date(2015, 9, 1),
            ),
        ],
    )


def _new_conversation(resident_id: int, held_on: date = TODAY, **changes: object) -> Conversation:
    base = Conversation(
        resident_id=resident_id, held_on=held_on, place=Place.HOME, checklist_id="",
        checklist_version="",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


# -- registering and reading back --------------------------------------------------------


def test_register_and_read_back_with_household(dossiers: DossierService) -> None:
    resident_id = dossiers.register(_family())
    stored = dossiers.resident(resident_id)
    assert stored is not None
    assert stored.id == resident_id
    assert all(isinstance(m.id, int) for m in stored.household)
    without_ids = replace(
        stored, id=None, household=[replace(m, id=None) for m in stored.household]
    )
    assert without_ids == _family()
    assert [m.role for m in stored.household] == [HouseholdRole.PARTNER, HouseholdRole.CHILD]
    assert stored.household[1].date_of_birth == date(2015, 9, 1)
    assert stored.household[0].first_names == "Łukasz"


def test_register_stores_the_normalised_form(dossiers: DossierService) -> None:
    typed = replace(
        _family(), first_names=" S\u0327u\u0308kru\u0308 ", bsn="111.222.333", postcode="1234ab"
    )
    stored = dossiers.resident(dossiers.register(typed))
    assert stored is not None
    assert stored.first_names == "\u015e\u00fckr\u00fc"
    assert stored.bsn == "111222333"
    assert stored.postcode == "1234 AB"


def test_unknown_resident_is_none(dossiers: DossierService) -> None:
    assert dossiers.resident(12345) is None


def test_invalid_resident_is_not_stored(dossiers: DossierService) -> None:
    with pytest.raises(ValidationFailed) as raised:
        dossiers.register(replace(_family(), surname="", bsn="123456789"))
    assert _codes(raised.value) == ["surname_missing", "bsn_invalid"]
    assert dossiers.resident_count() == 0


def test_duplicate_bsn_is_rejected(dossiers: DossierService) -> None:
    dossiers.register(_family())
    other = Resident(
        first_names="Sanne", surname="Voorbeeld", date_of_birth=date(1990, 1, 1),
        bsn="111 222 333",
    )
    with pytest.raises(ValidationFailed) as raised:
        dossiers.register(other)
    assert raised.value.problems == [Problem("bsn_duplicate", "bsn")]
    assert dossiers.resident_count() == 1


def test_duplicate_bsn_is_rejected_by_the_repository_as_well(db: Database) -> None:
    """The unique index is the last line of defence; its error becomes bsn_duplicate too."""
    repo = ResidentRepository(db)
    repo.add(replace(_family(), household=[]))
    with pytest.raises(ValidationFailed) as raised:
        repo.add(replace(_family(), first_names="Sanne", household=[]))
    assert _codes(raised.value) == ["bsn_duplicate"]
    assert repo.count() == 1


def test_residents_without_bsn_do_not_clash(dossiers: DossierService) -> None:
    for name in ("Sanne", "Kees"):
        dossiers.register(
            Resident(first_names=name, surname="Voorbeeld", date_of_birth=date(1990, 1, 1))
        )
    assert dossiers.resident_count() == 2


def test_update_may_keep_the_own_bsn_but_not_take_another(dossiers: DossierService) -> None:
    first = dossiers.register(_family())
    second = dossiers.register(
        Resident(first_names="Sanne", surname="Voorbeeld", date_of_birth=date(1990, 1, 1),
                 bsn="123456782")
    )
    stored = dossiers.resident(first)
    assert stored is not None
    dossiers.update(replace(stored, city="Andersdorp"))  # same BSN, no clash with itself
    other = dossiers.resident(second)
    assert other is not None
    with pytest.raises(ValidationFailed) as raised:
        dossiers.update(replace(other, bsn="111222333"))
    assert _codes(raised.value) == ["bsn_duplicate"]
    again = dossiers.resident(second)
    assert again is not None and again.bsn == "123456782"


# -- search ------------------------------------------------------------------------------


@pytest.fixture
def people(dossiers: DossierService) -> dict[str, int]:
    """Four fictional residents; sort keys: proefpersoon محمد < testpersoon sukru <
    testpersoon zoe < voorbeeld lukasz."""
    return {
        "sukru": dossiers.register(
            Resident(first_names="Şükrü", surname="Testpersoon", date_of_birth=date(1980, 6, 5),
                     bsn="111222333", postcode="1234 AB")
        ),
        "lukasz": dossiers.register(
            Resident(first_names="Łukasz", surname="Voorbeeld", date_of_birth=date(1975, 1, 2),
                     bsn="123456782", postcode="5678 CD")
        ),
        "zoe": dossiers.register(
            Resident(first_names="Zoë", prefix="de", surname="Testpersoon",
                     date_of_birth=date(1990, 12, 31), postcode="1234ab")
        ),
        "mohammed": dossiers.register(
            Resident(first_names="محمد", surname="Proefpersoon", date_of_birth=date(2001, 2, 3),
                     postcode="9999 ZZ")
        ),
    }


def _search(dossiers: DossierService, people: dict[str, int], text: str,
            order: CaseloadSort = CaseloadSort.NAME, descending: bool = False) -> list[str]:
    by_id = {v: k for k, v in people.items()}
    return [by_id[i] for i in dossiers.search(text, order, descending)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sukru", ["sukru"]),
        ("Şükrü", ["sukru"]),
        ("SUKRU", ["sukru"]),
        ("suk", ["sukru"]),
        ("lukasz", ["lukasz"]),
        ("Łukasz", ["lukasz"]),
        ("zoe", ["zoe"]),
        ("Zoë", ["zoe"]),
        ("محمد", ["mohammed"]),
        ("1112", ["sukru"]),
        ("111222333", ["sukru"]),
        ("123456782", ["lukasz"]),
        ("05-06-1980", ["sukru"]),
        ("5-6-1980", ["sukru"]),
        ("05/06/1980", ["sukru"]),
        ("31-12", ["zoe"]),
        ("1234 AB", ["sukru", "zoe"]),
        ("1234ab", ["sukru", "zoe"]),
        ("1234 ab", ["sukru", "zoe"]),
        ("5678CD", ["lukasz"]),
        ("testpersoon", ["sukru", "zoe"]),
        ("test", ["sukru", "zoe"]),
        ("persoon", []),  # prefix search, not substring
        ("testpersoon zoe", ["zoe"]),
        ("zoe testpersoon", ["zoe"]),
        ("testpersoon lukasz", []),
        ("sukru 05-06-1980", ["sukru"]),
        ("sukru 06-05-1980", []),
        ("voorbeeld 1234", ["lukasz"]),  # 1234 is a prefix of his BSN 123456782
        ("voorbeeld 9999", []),
        ("", ["mohammed", "sukru", "zoe", "lukasz"]),
        ("   ", ["mohammed", "sukru", "zoe", "lukasz"]),
        ("nobody", []),
    ],
)
def test_search(dossiers: DossierService, people: dict[str, int], text: str,
                expected: list[str]) -> None:
    assert _search(dossiers, people, text) == expected


def test_search_survives_fts_syntax_in_the_query(
    dossiers: DossierService, people: dict[str, int]
) -> None:
    for text in ('"', "*", "test*", "(zoe", "zoe OR lukasz", "NOT", "a:b", "^sukru"):
        dossiers.search(text, CaseloadSort.NAME)  # must not raise
    assert _search(dossiers, people, '"Zoë"') == ["zoe"]
    assert _search(dossiers, people, "zoe OR lukasz") == []  # OR is a search word, not logic


@pytest.mark.parametrize("text", ["111 222 333", "111.222.333", "111-222-333", "1112.22.333"])
def test_search_by_bsn_typed_with_separators(
    dossiers: DossierService, people: dict[str, int], text: str
) -> None:
    assert _search(dossiers, people, text) == ["sukru"]


@pytest.mark.parametrize("text", ["1234 AB Testpersoon", "testpersoon 1234 ab"])
def test_search_by_postcode_with_space_and_name(
    dossiers: DossierService, people: dict[str, int], text: str
) -> None:
    assert _search(dossiers, people, text) == ["sukru", "zoe"]


@pytest.mark.parametrize(
    ("order", "descending", "expected"),
    [
        (CaseloadSort.NAME, False, ["mohammed", "sukru", "zoe", "lukasz"]),
        (CaseloadSort.NAME, True, ["lukasz", "zoe", "sukru", "mohammed"]),
        (CaseloadSort.DATE_OF_BIRTH, False, ["lukasz", "sukru", "zoe", "mohammed"]),
        (CaseloadSort.DATE_OF_BIRTH, True, ["mohammed", "zoe", "sukru", "lukasz"]),
        # equal postcodes (one typed '1234ab') tie-break on name
        (CaseloadSort.POSTCODE, False, ["sukru", "zoe", "lukasz", "mohammed"]),
        (CaseloadSort.POSTCODE, True, ["mohammed", "lukasz", "sukru", "zoe"]),
    ],
)
def test_sort_orders(dossiers: DossierService, people: dict[str, int], order: CaseloadSort,
                     descending: bool, expected: list[str]) -> None:
    assert _search(dossiers, people, "", order, descending) == expected


def test_sort_order_also_applies_to_search_results(
    dossiers: DossierService, people: dict[str, int]
) -> None:
    assert _search(dossiers, people, "1234ab", CaseloadSort.DATE_OF_BIRTH, True) == [
        "zoe", "sukru"
    ]


def test_sort_by_last_conversation(
    dossiers: DossierService, talks: ConversationService, people: dict[str, int]
) -> None:
    for who, held_on in [
        ("sukru", date(2026, 1, 10)),
        ("sukru", date(2026, 3, 1)),
        ("lukasz", date(2026, 2, 1)),
        ("mohammed", date(2025, 12, 1)),
    ]:
        talks.start(_new_conversation(people[who], held_on))
    newest_first = _search(dossiers, people, "", CaseloadSort.LAST_CONVERSATION, True)
    assert newest_first == ["sukru", "lukasz", "mohammed", "zoe"]  # never seen: last
    oldest_first = _search(dossiers, people, "", CaseloadSort.LAST_CONVERSATION, False)
    assert oldest_first == ["zoe", "mohammed", "lukasz", "sukru"]


def test_caseload_entries_show_last_conversation_date(
    dossiers: DossierService, talks: ConversationService, people: dict[str, int]
) -> None:
    talks.start(_new_conversation(people["sukru"], date(2026, 1, 10)))
    talks.start(_new_conversation(people["sukru"], date(2026, 3, 1)))
    talks.start(_new_conversation(people["sukru"], date(2026, 2, 1)))  # entered later, older

    entries = dossiers.caseload_entries([people["sukru"], people["zoe"]])

    assert set(entries) == {people["sukru"], people["zoe"]}
    assert entries[people["sukru"]] == CaseloadEntry(
        id=people["sukru"], name="Şükrü Testpersoon", date_of_birth=date(1980, 6, 5),
        bsn="111222333", postcode="1234 AB", city="", last_conversation=date(2026, 3, 1),
    )
    assert entries[people["zoe"]] == CaseloadEntry(
        id=people["zoe"], name="Zoë de Testpersoon", date_of_birth=date(1990, 12, 31),
        bsn="", postcode="1234 AB", city="", last_conversation=None,
    )
    assert dossiers.caseload_entries([]) == {}
    assert dossiers.caseload_entries([999]) == {}


def test_update_reindexes(
    db: Database, dossiers: DossierService, people: dict[str, int]
) -> None:
    stored = dossiers.resident(people["sukru"])
    assert stored is not None
    dossiers.update(
        replace(stored, first_names="Ayşe", surname="Nieuwpersoon", postcode="4321 XY",
                date_of_birth=date(1981, 7, 8))
    )
    assert _search(dossiers, people, "sukru") == []
    assert _search(dossiers, people, "testpersoon") == ["zoe"]
    assert _search(dossiers, people, "1234 AB") == ["zoe"]
    assert _search(dossiers, people, "05-06-1980") == []
    assert _search(dossiers, people, "ayse") == ["sukru"]
    assert _search(dossiers, people, "nieuwpersoon") == ["sukru"]
    assert _search(dossiers, people, "4321xy") == ["sukru"]
    assert _search(dossiers, people, "08-07-1981") == ["sukru"]
    assert _search(dossiers, people, "111222333") == ["sukru"]  # BSN unchanged, still found
    # one index row per resident, no stale rows left behind
    assert db.execute("SELECT count(*) FROM resident_search").fetchone()[0] == 4
    # the name sort follows the new surname
    assert _search(dossiers, people, "") == ["sukru", "mohammed", "zoe", "lukasz"]


def test_update_of_a_deleted_resident_does_not_break_registration(
    db: Database, dossiers: DossierService
) -> None:
    keep = dossiers.register(
        Resident(first_names="Sanne", surname="Voorbeeld", date_of_birth=date(1990, 1, 1))
    )
    gone = dossiers.register(
        Resident(first_names="Kees", surname="Testpersoon", date_of_birth=date(1990, 1, 1))
    )
    stale = dossiers.resident(gone)
    assert stale is not None
    ResidentRepository(db).delete(gone)

    with contextlib.suppress(Exception):  # raising here would be fine
        dossiers.update(replace(stale, first_names="Kees-Jan"))

    assert db.execute("SELECT count(*) FROM resident_search").fetchone()[0] == 1
    new_id = dossiers.register(
        Resident(first_names="Nieuw", surname="Proefpersoon", date_of_birth=date(2000, 1, 1))
    )
    assert dossiers.search("nieuw", CaseloadSort.NAME) == [new_id]
    assert dossiers.search("kees", CaseloadSort.NAME) == []
    assert sorted([keep, new_id]) == dossiers.search("", CaseloadSort.DATE_OF_BIRTH)


def test_update_replaces_the_household(dossiers: DossierService) -> None:
    resident_id = dossiers.register(_family())
    stored = dossiers.resident(resident_id)
    assert stored is not None
    dossiers.update(replace(stored, household=[stored.household[1]]))
    again = dossiers.resident(resident_id)
    assert again is not None
    assert [m.first_names for m in again.household] == ["Zoë"]


def test_delete_removes_resident_index_and_dependants(
    db: Database, dossiers: DossierService, talks: ConversationService
) -> None:
    resident_id = dossiers.register(_family())
    talks.start(_new_conversation(resident_id))
    ResidentRepository(db).delete(resident_id)
    assert dossiers.resident(resident_id) is None
    assert dossiers.search("sukru", CaseloadSort.NAME) == []
    for table in ("resident_search", "household_members", "conversations",
                  "domain_assessments"):
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table


# -- conversations -----------------------------------------------------------------------

DOMAIN_KEYS = [
    "finances", "work_education", "daytime_activity", "housing", "household_relations",
    "parenting", "mental_health", "physical_health", "substance_use", "self_care",
    "practical_matters", "social_network", "participation", "justice", "safety",
    "informal_care", "meaning",
]


def test_start_creates_an_empty_assessment_per_domain(
    dossiers: DossierService, talks: ConversationService, checklist: Checklist
) -> None:
    resident_id = dossiers.register(_family())
    started = talks.start(
        _new_conversation(
            resident_id, date(2026, 11, 20), melding_date=date(2026, 11, 2),
            question="  Ik wil weer grip op mijn geld.  ",
            participants=[Participant(ParticipantRole.RESIDENT, "Şükrü"),
                          Participant(ParticipantRole.INTERPRETER, "محمد")],
        )
    )
    assert started.id is not None

    loaded = talks.load(started.id)

    assert loaded is not None
    assert loaded == started
    assert loaded.checklist_id == "toegang-standaard" == checklist.id
    assert loaded.checklist_version == "2026.1" == checklist.version
    assert loaded.question == "Ik wil weer grip op mijn geld."
    assert loaded.melding_date == date(2026, 11, 2)
    assert loaded.participants == [Participant(ParticipantRole.RESIDENT, "Şükrü"),
                                   Participant(ParticipantRole.INTERPRETER, "محمد")]
    assert len(loaded.assessments) == 17
    assert [a.domain_key for a in loaded.assessments] == DOMAIN_KEYS
    assert [a.label for a in loaded.assessments][:2] == ["Financiën", "Werk en opleiding"]
    assert [a.label for a in loaded.assessments] == [d.label for d in checklist.domains]
    assert [a.position for a in loaded.assessments] == list(range(17))
    assert not any(a.is_touched for a in loaded.assessments)
    assert loaded.discussed_count == 0


def _full_assessment(key: str, label: str, position: int) -> DomainAssessment:
    return DomainAssessment(
        domain_key=key,
        label=label,
        position=position,
        discussed=True,
        not_discussed_reason="",
        level=2,
        own_words="أريد أن أتحكم في أموالي مرة أخرى",  # Arabic own words
        strengths="Şükrü is volhardend; Łukasz helpt met de post.",
        wishes="Zoë wil op zwemles.\nEn een rustig huis.",
        help_self=True,
        help_network=True,
        help_professional=True,
        wants_to_talk=True,
        duration=Duration.LIFELONG,
        notes="n" * 99_990 + "einde\u00eb....",
    )


def test_save_assessment_round_trips_every_field(
    dossiers: DossierService, talks: ConversationService
) -> None:
    started = talks.start(_new_conversation(dossiers.register(_family())))
    assert started.id is not None
    first, second = started.assessments[0], started.assessments[5]
    full = _full_assessment(first.domain_key, first.label, first.position)
    assert len(full.notes) == 100_000
    not_discussed = replace(
        second, discussed=False, not_discussed_reason="Geen tijd; volgende keer.",
        duration=Duration.TEMPORARY,
    )

    talks.save_assessment(started.id, full)
    talks.save_assessment(started.id, not_discussed)
    loaded = talks.load(started.id)

    assert loaded is not None
    assert loaded.assessment(first.domain_key) == full
    assert loaded.assessment(second.domain_key) == not_discussed
    assert loaded.discussed_count == 2
    assert len(loaded.assessments) == 17
    assert [a.domain_key for a in loaded.assessments] == DOMAIN_KEYS  # order kept
    untouched = [a for a in loaded.assessments if a.domain_key not in
                 (first.domain_key, second.domain_key)]
    assert not any(a.is_touched for a in untouched)


@pytest.mark.parametrize("duration", list(Duration))
def test_every_duration_and_boolean_combination_round_trips(
    dossiers: DossierService, talks: ConversationService, duration: Duration
) -> None:
    started = talks.start(_new_conversation(dossiers.register(_family())))
    assert started.id is not None
    item = replace(started.assessments[3], discussed=True, level=5, duration=duration,
                   help_self=False, help_network=True, help_professional=False,
                   wants_to_talk=False)
    talks.save_assessment(started.id, item)
    loaded = talks.load(started.id)
    assert loaded is not None
    assert loaded.assessment(item.domain_key) == item


def test_saving_an_assessment_again_replaces_it(
    dossiers: DossierService, talks: ConversationService
) -> None:
    started = talks.start(_new_conversation(dossiers.register(_family())))
    assert started.id is not None
    key = started.assessments[0]
    talks.save_assessment(started.id, replace(key, level=1, notes="eerst"))
    talks.save_assessment(started.id, replace(key, level=None, notes=""))
    loaded = talks.load(started.id)
    assert loaded is not None
    assert loaded.assessment(key.domain_key) == key
    assert len(loaded.assessments) == 17


@pytest.mark.parametrize("level", [0, 6, -1])
def test_level_out_of_range_is_rejected_and_not_stored(
    dossiers: DossierService, talks: ConversationService, level: int
) -> None:
    started = talks.start(_new_conversation(dossiers.register(_family())))
    assert started.id is not None
    with pytest.raises(ValidationFailed) as raised:
        talks.save_assessment(started.id, replace(started.assessments[0], level=level))
    assert raised.value.problems == [
        Problem("level_out_of_range", "assessments[finances].level")
    ]
    loaded = talks.load(started.id)
    assert loaded is not None and loaded.assessments[0].level is None


def test_conversation_keeps_its_labels_with_a_different_checklist(
    db: Database, dossiers: DossierService, talks: ConversationService, checklist: Checklist
) -> None:
    started = talks.start(_new_conversation(dossiers.register(_family())))
    assert started.id is not None
    changed = replace(
        checklist,
        id="gemeente-proefdorp",
        version="2027.1",
        domains=tuple(replace(d, label=f"Nieuw: {d.label}") for d in checklist.domains[:10]),
    )
    other = ConversationService(db, changed, today=lambda: TODAY)

    loaded = other.load(started.id)

    assert loaded is not None
    assert loaded.checklist_id == "toegang-standaard"
    assert loaded.checklist_version == "2026.1"
    assert len(loaded.assessments) == 17
    assert [a.label for a in loaded.assessments] == [d.label for d in checklist.domains]
    assert not any(a.label.startswith("Nieuw") for a in loaded.assessments)

    newer = other.start(_new_conversation(started.resident_id))
    assert newer.id is not None
    reloaded = other.load(newer.id)
    assert reloaded is not None
    assert (reloaded.checklist_id, reloaded.checklist_version) == ("gemeente-proefdorp", "2027.1")
    assert len(reloaded.assessments) == 10
    assert reloaded.assessments[0].label == "Nieuw: Financiën"


def test_future_conversation_date_is_rejected(
    dossiers: DossierService, talks: ConversationService
) -> None:
    resident_id = dossiers.register(_family())
    with pytest.raises(ValidationFailed) as raised:
        talks.start(_new_conversation(resident_id, date(2026, 11, 24)))
    assert raised.value.problems == [Problem("conversation_date_future", "held_on")]
    assert dossiers.conversations(resident_id) == []


def test_conversation_today_is_accepted(
    dossiers: DossierService, talks: ConversationService
) -> None:
    resident_id = dossiers.register(_family())
    talks.start(_new_conversation(resident_id, TODAY))
    assert [c.held_on for c in dossiers.conversations(resident_id)] == [TODAY]


@pytest.mark.parametrize(
    ("melding", "code"),
    [
        (date(2026, 11, 24), "melding_date_future"),
        (date(2026, 11, 21), "melding_after_conversation"),
    ],
)
def test_melding_date_rules(
    dossiers: DossierService, talks: ConversationService, melding: date, code: str
) -> None:
    resident_id = dossiers.register(_family())
    with pytest.raises(ValidationFailed) as raised:
        talks.start(_new_conversation(resident_id, date(2026, 11, 20), melding_date=melding))
    assert raised.value.problems == [Problem(code, "melding_date")]
    assert dossiers.conversations(resident_id) == []


def test_update_header_round_trips_and_validates(
    dossiers: DossierService, talks: ConversationService
) -> None:
    started = talks.start(
        _new_conversation(dossiers.register(_family()), date(2026, 11, 1),
                          participants=[Participant(ParticipantRole.RESIDENT)])
    )
    assert started.id is not None
    changed = replace(
        started, held_on=date(2026, 11, 2), place=Place.VIDEO, melding_date=date(2026, 10, 30),
        question="Hulp bij de administratie",
        participants=[Participant(ParticipantRole.INFORMAL_CARER, "Łukasz"),
                      Participant(ParticipantRole.CLIENT_SUPPORTER, "Zoë")],
    )
    talks.update_header(changed)
    loaded = talks.load(started.id)
    assert loaded == changed

    with pytest.raises(ValidationFailed):
        talks.update_header(replace(changed, held_on=date(2027, 1, 1)))
    again = talks.load(started.id)
    assert again is not None and again.held_on == date(2026, 11, 2)


def test_conversations_are_listed_newest_first(
    dossiers: DossierService, talks: ConversationService
) -> None:
    resident_id = dossiers.register(_family())
    other_id = dossiers.register(
        Resident(first_names="Sanne", surname="Voorbeeld", date_of_birth=date(1990, 1, 1))
    )
    for held_on in (date(2026, 5, 1), date(2026, 9, 1), date(2026, 1, 1)):
        talks.start(_new_conversation(resident_id, held_on))
    talks.start(_new_conversation(other_id, date(2026, 10, 1)))
    assert [c.held_on for c in dossiers.conversations(resident_id)] == [
        date(2026, 9, 1), date(2026, 5, 1), date(2026, 1, 1)
    ]
    assert [c.held_on for c in dossiers.conversations(other_id)] == [date(2026, 10, 1)]


def test_load_unknown_conversation_is_none(talks: ConversationService) -> None:
    assert talks.load(4242) is None
