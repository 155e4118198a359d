"""Route, agreements and partners through PlanService, against a real migrated store."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from toegang_desktop.content.checklist import Checklist, load_checklist
from toegang_desktop.domain.caseload import CaseloadSort
from toegang_desktop.domain.conversation import Conversation, Place
from toegang_desktop.domain.plan import (
    Agreement,
    AgreementStatus,
    Budget,
    Connection,
    Owner,
    Partner,
    Route,
)
from toegang_desktop.domain.problems import ValidationFailed
from toegang_desktop.domain.resident import Resident
from toegang_desktop.locations import default_checklist_path, migrations_dir
from toegang_desktop.services.conversations import ConversationService
from toegang_desktop.services.dossiers import DossierService
from toegang_desktop.services.plan import PlanService
from toegang_desktop.store.connection import open_store
from toegang_desktop.store.database import Database
from toegang_desktop.store.driver import dbapi
from toegang_desktop.store.errors import StoreError

TODAY = date(2026, 11, 23)
FIXTURES = Path(__file__).parent.parent / "fixtures"


@pytest.fixture(scope="module")
def checklist() -> Checklist:
    return load_checklist(default_checklist_path())


@pytest.fixture
def plan(db: Database) -> PlanService:
    return PlanService(db)


def _conversation(db: Database, checklist: Checklist) -> int:
    resident_id = DossierService(db, today=lambda: TODAY).register(
        Resident(first_names="Zoë", surname="Voorbeeld", date_of_birth=date(1985, 3, 4)))
    conversation = ConversationService(db, checklist, today=lambda: TODAY).start(Conversation(
        resident_id=resident_id, held_on=TODAY, place=Place.HOME, checklist_id="",
        checklist_version=""))
    return int(conversation.id or 0)


@pytest.fixture
def conversation_id(db: Database, checklist: Checklist) -> int:
    return _conversation(db, checklist)


def _full_route() -> Route:
    return Route(
        integrated_plan=True, coordinator="Łukasz Dąbrowski-van Dijk",
        long_term_indication=True, long_term_reason="Levenslange beperking; niet elk jaar opnieuw.",
        connections={Connection.DEBT_HELP, Connection.POH_GGZ, Connection.CARE_OFFICE_WLZ,
                     Connection.OTHER},
        other_connection="Moskee-vereniging (محمد helpt vertalen)",
        budget=Budget.BRIDGING, budget_note="Tot het zorgkantoor beslist",
        escalation=True, escalation_note="Wachttijd schuldhulp langer dan de uitkeringstermijn",
        team_does_itself="Wekelijks huisbezoek;\npost samen doornemen", refers_to="Schuldhulp",
        stays_involved=False, evaluation_date=date(2027, 2, 28))


def test_a_conversation_without_a_route_gets_an_empty_one(plan: PlanService,
                                                          conversation_id: int) -> None:
    assert plan.route(conversation_id) == Route()


def test_route_round_trip_keeps_every_field(plan: PlanService, conversation_id: int) -> None:
    saved = plan.save_route(conversation_id, _full_route())
    assert saved == _full_route()
    assert plan.route(conversation_id) == _full_route()


def test_route_can_be_changed_and_connections_removed(plan: PlanService,
                                                      conversation_id: int) -> None:
    plan.save_route(conversation_id, _full_route())
    changed = Route(connections={Connection.VEILIG_THUIS}, stays_involved=True,
                    team_does_itself="Alleen nazorg")
    plan.save_route(conversation_id, changed)
    assert plan.route(conversation_id) == changed


def test_text_of_an_unmade_choice_is_not_stored(plan: PlanService, conversation_id: int) -> None:
    route = _full_route()
    route.integrated_plan = False
    route.connections.discard(Connection.OTHER)
    stored = plan.save_route(conversation_id, route)
    assert stored.coordinator == "" and stored.other_connection == ""
    assert plan.route(conversation_id) == stored


def test_an_invalid_route_is_refused_and_nothing_stored(plan: PlanService,
                                                        conversation_id: int) -> None:
    with pytest.raises(ValidationFailed) as failure:
        plan.save_route(conversation_id, Route(integrated_plan=True))
    assert [p.code for p in failure.value.problems] == ["route_coordinator_missing"]
    assert plan.route(conversation_id) == Route()


def test_the_store_refuses_enum_values_it_does_not_know(db: Database, plan: PlanService,
                                                        conversation_id: int) -> None:
    plan.save_route(conversation_id, Route())
    with pytest.raises(dbapi.IntegrityError):
        db.execute("UPDATE conversation_routes SET budget = 'pot' WHERE conversation_id = ?",
                   [conversation_id])
    with pytest.raises(dbapi.IntegrityError):
        db.execute("INSERT INTO route_connections (conversation_id, connection) VALUES (?, 'astrologer')",
                   [conversation_id])
    with pytest.raises(dbapi.IntegrityError):  # a plan without a coordinator
        db.execute("UPDATE conversation_routes SET integrated_plan = 1 WHERE conversation_id = ?",
                   [conversation_id])


def _partner(plan: PlanService, name: str = "Schuldhulp Noord") -> int:
    return int(plan.save_partner(Partner(organisation=name, contact="via het wijkteam")).id or 0)


def test_agreements_round_trip_in_order(plan: PlanService, conversation_id: int) -> None:
    partner_id = _partner(plan)
    first = plan.add_agreement(conversation_id, Agreement(
        what="Aanmelden bij schuldhulp; Şükrü gaat mee", owner=Owner.PARTNER,
        partner_id=partner_id, due_date=date(2027, 1, 15), status=AgreementStatus.IN_PROGRESS,
        domain_keys=["practical_matters", "finances"]))
    second = plan.add_agreement(conversation_id, Agreement(
        what="Zus helpt met boodschappen", owner=Owner.NETWORK))
    assert (first.position, second.position) == (0, 1)
    loaded = plan.agreements(conversation_id)
    assert loaded == [first, second]
    assert loaded[0].domain_keys == ["practical_matters", "finances"]  # the order chosen
    assert loaded[1].status is AgreementStatus.OPEN and loaded[1].due_date is None


def test_an_agreement_is_changed_and_removed(plan: PlanService, conversation_id: int) -> None:
    agreement = plan.add_agreement(conversation_id, Agreement(what="Bellen", owner=Owner.TEAM,
                                                              domain_keys=["housing"]))
    agreement.what, agreement.status = "Gebeld", AgreementStatus.DONE
    agreement.domain_keys = ["safety"]
    plan.update_agreement(agreement)
    assert plan.agreements(conversation_id) == [agreement]
    plan.remove_agreement(int(agreement.id or 0))
    assert plan.agreements(conversation_id) == []
    with pytest.raises(LookupError):
        plan.update_agreement(agreement)


def test_agreement_problems_are_reported_before_writing(plan: PlanService,
                                                        conversation_id: int) -> None:
    with pytest.raises(ValidationFailed) as failure:
        plan.add_agreement(conversation_id, Agreement(
            what="x", owner=Owner.PARTNER, partner_id=999, domain_keys=["astrology"]))
    assert sorted(p.code for p in failure.value.problems) == [
        "agreement_domain_unknown", "agreement_partner_unknown"]
    assert plan.agreements(conversation_id) == []


def test_agreements_belong_to_their_own_conversation(db: Database, plan: PlanService,
                                                     checklist: Checklist) -> None:
    one, other = _conversation(db, checklist), _conversation(db, checklist)
    plan.add_agreement(one, Agreement(what="Een", owner=Owner.RESIDENT))
    plan.add_agreement(other, Agreement(what="Ander", owner=Owner.RESIDENT))
    assert [a.what for a in plan.agreements(one)] == ["Een"]


def test_deleting_a_conversation_deletes_its_plan(db: Database, plan: PlanService,
                                                  conversation_id: int) -> None:
    plan.save_route(conversation_id, _full_route())
    plan.add_agreement(conversation_id, Agreement(what="x", owner=Owner.TEAM,
                                                  domain_keys=["finances"]))
    db.execute("DELETE FROM conversations WHERE id = ?", [conversation_id])
    for table in ("conversation_routes", "route_connections", "agreements", "agreement_domains"):
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table


def test_partners_are_added_changed_and_deactivated(plan: PlanService,
                                                    conversation_id: int) -> None:
    partner = plan.save_partner(Partner(organisation=" Woningcorporatie  De Sleutel ",
                                        offers="Huurachterstand"))
    assert partner.organisation == "Woningcorporatie De Sleutel" and partner.id is not None
    plan.add_agreement(conversation_id, Agreement(what="Regeling", owner=Owner.PARTNER,
                                                  partner_id=partner.id))
    partner.active = False
    plan.save_partner(partner)
    assert plan.partners() == []
    assert plan.partners(include_inactive=True) == [partner]
    assert plan.agreements(conversation_id)[0].partner_id == partner.id  # still named


def test_an_organisation_is_in_the_directory_once(plan: PlanService) -> None:
    _partner(plan, "Sociaal Raadslieden")
    with pytest.raises(ValidationFailed) as failure:
        plan.save_partner(Partner(organisation="sociaal  raadslieden"))
    assert [(p.code, p.field) for p in failure.value.problems] == [
        ("partner_duplicate", "organisation")]
    with pytest.raises(ValidationFailed):
        plan.save_partner(Partner(organisation=""))


def test_a_full_disk_is_a_store_error_and_nothing_changes(db: Database, plan: PlanService,
                                                          conversation_id: int) -> None:
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
    try:
        with pytest.raises(StoreError):
            plan.save_route(conversation_id, Route(team_does_itself="x" * 200_000))
    finally:
        db.execute("PRAGMA max_page_count = 1073741823")
    assert plan.route(conversation_id) == Route()


def test_a_store_of_schema_2_gets_an_empty_plan_for_old_conversations(tmp_path: Path) -> None:
    copy = tmp_path / "toegang.sqlite"
    shutil.copy(FIXTURES / "store_schema_v2.sqlite", copy)
    db = open_store(copy, tmp_path / "backups", migrations_dir())
    try:
        dossiers = DossierService(db, today=lambda: TODAY)
        [jan] = dossiers.search("proefpersoon jan", CaseloadSort.NAME)
        old = dossiers.conversations(jan)[0]
        plan = PlanService(db)
        assert plan.route(int(old.id or 0)) == Route()
        added = plan.add_agreement(int(old.id or 0), Agreement(
            what="Evalueren", owner=Owner.TEAM, domain_keys=["finances"]))
        assert plan.agreements(int(old.id or 0)) == [added]
    finally:
        db.close()


def test_saving_a_domain_keeps_it_on_the_agreements_that_link_to_it(
    db: Database, checklist: Checklist, plan: PlanService, conversation_id: int,
) -> None:
    """Every autosave of a domain writes its assessment again: the agreements' links to that
    domain must survive it (an INSERT OR REPLACE deleted them through the cascade)."""
    conversations = ConversationService(db, checklist, today=lambda: TODAY)
    plan.add_agreement(conversation_id, Agreement(
        what="Aanmelden bij schuldhulp", owner=Owner.RESIDENT,
        domain_keys=["practical_matters", "finances"]))
    conversation = conversations.load(conversation_id)
    assert conversation is not None
    finances = conversation.assessment("finances")
    finances.discussed, finances.level, finances.own_words = True, 2, "De rekeningen stapelen zich op."
    conversations.save_assessment(conversation_id, finances)
    finances.level = 3
    conversations.save_assessment(conversation_id, finances)

    (agreement,) = plan.agreements(conversation_id)
    assert agreement.domain_keys == ["practical_matters", "finances"]
    reloaded = conversations.load(conversation_id)
    assert reloaded is not None and reloaded.assessment("finances").level == 3
