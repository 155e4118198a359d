"""Recording bottlenecks and neighbourhood signals: validation, the personal-data check before
anything is saved (names of residents in the store included), and the draft from a conversation."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from toegang_desktop.domain.conversation import Conversation, Place
from toegang_desktop.domain.learning import (
    Bottleneck,
    BottleneckCategory,
    Law,
    NeighbourhoodSignal,
    SignalTheme,
)
from toegang_desktop.domain.personal_data import FindingKind
from toegang_desktop.domain.plan import Connection, Route
from toegang_desktop.domain.problems import ValidationFailed
from toegang_desktop.domain.resident import Resident
from toegang_desktop.services.learning import LearningService, PersonalDataFound
from toegang_desktop.services.session import Session

from .learning_stores import TODAY, open_empty, services


@pytest.fixture
def learning(tmp_path: Path) -> LearningService:
    session = open_empty(tmp_path / "store")
    session.dossiers.register(Resident(
        first_names="Zoë", prefix="van", surname="Oefenaar", date_of_birth=date(1992, 1, 27)))
    return services(session)[0]


def _bottleneck(text: str = "De wachtlijst voor de ggz is 14 weken.") -> Bottleneck:
    return Bottleneck(category=BottleneckCategory.WAITING_LIST, what_happened=text,
                      occurred_on=date(2026, 10, 1), laws={Law.WMO}, domain_keys=["housing"])


def test_a_clean_bottleneck_is_saved_and_read_back(learning: LearningService) -> None:
    stored = learning.save_bottleneck(_bottleneck())
    assert stored.id is not None
    assert learning.bottlenecks() == [stored]


@pytest.mark.parametrize(("text", "kind"), [
    ("Mevrouw Oefenaar wacht al 14 weken.", FindingKind.NAME),
    ("Zoë van Oefenaar wacht al 14 weken.", FindingKind.NAME),
    ("BSN 123456782 stond in de brief.", FindingKind.BSN),
])
def test_personal_data_blocks_saving(learning: LearningService, text: str, kind: FindingKind) -> None:
    with pytest.raises(PersonalDataFound) as caught:
        learning.save_bottleneck(_bottleneck(text))
    assert [(name, f.kind) for name, f in caught.value.found] == [("what_happened", kind)]
    assert learning.bottlenecks() == []


def test_what_would_have_helped_is_checked_too(learning: LearningService) -> None:
    bottleneck = _bottleneck()
    bottleneck.what_would_help = "Bellen met 06-12345678."
    with pytest.raises(PersonalDataFound) as caught:
        learning.save_bottleneck(bottleneck)
    assert caught.value.found[0][0] == "what_would_help"


def test_a_resident_added_later_is_known_to_the_check(learning: LearningService,
                                                       tmp_path: Path) -> None:
    typed = {"x": "Gebeld met Nieuwkomer, die in de Zilverschoonstraat woont."}
    assert learning.check(typed) == []
    session_db = learning._db  # noqa: SLF001 - the same store
    from toegang_desktop.services.dossiers import DossierService

    DossierService(session_db).register(Resident(
        first_names="Piet", surname="Nieuwkomer", date_of_birth=date(1970, 1, 1),
        street="Zilverschoonstraat", house_number="3"))
    assert [f.kind for _, f in learning.check(typed)] == [FindingKind.NAME, FindingKind.ADDRESS]


def test_validation(learning: LearningService) -> None:
    bottleneck = _bottleneck("  ")
    bottleneck.solved_on = date(2026, 9, 1)
    with pytest.raises(ValidationFailed) as caught:
        learning.save_bottleneck(bottleneck)
    assert {p.code for p in caught.value.problems} == {"bottleneck_what_missing",
                                                       "solved_before_occurred"}


def test_mark_solved_and_reopen(learning: LearningService) -> None:
    stored = learning.save_bottleneck(_bottleneck())
    assert stored.id is not None
    assert learning.mark_solved(stored.id, date(2026, 11, 1)).solved
    assert learning.bottleneck(stored.id).solved_on == date(2026, 11, 1)  # type: ignore[union-attr]
    assert not learning.mark_solved(stored.id, None).solved


def test_signals_are_checked_and_saved(learning: LearningService) -> None:
    signal = NeighbourhoodSignal(theme=SignalTheme.ENERGY_POVERTY, area="Oosterpark",
                                 noticed_on=date(2026, 11, 2),
                                 description="Veel huishoudens zetten de verwarming niet aan.")
    stored = learning.save_signal(signal)
    assert learning.signals() == [stored]
    signal.description = "Mw. Oefenaar zet de verwarming niet aan."
    with pytest.raises(PersonalDataFound):
        learning.save_signal(signal)
    future = NeighbourhoodSignal(SignalTheme.OTHER, "", date(2027, 1, 1), "")
    with pytest.raises(ValidationFailed) as caught:
        learning.save_signal(future)
    assert {p.code for p in caught.value.problems} == {
        "signal_area_missing", "signal_description_missing", "date_in_future"}


def _conversation(session: Session) -> tuple[int, Conversation]:
    """A resident with one conversation (held on 2 November 2026)."""
    resident_id = session.dossiers.register(Resident(
        first_names="Jan", surname="Proef", date_of_birth=date(1980, 1, 1)))
    return resident_id, session.conversations.start(Conversation(
        resident_id=resident_id, held_on=date(2026, 11, 2), place=Place.HOME,
        checklist_id="", checklist_version=""))


def test_draft_from_a_conversation(tmp_path: Path) -> None:
    session = open_empty(tmp_path / "store")
    learning, _ = services(session)
    _, conversation = _conversation(session)
    assert conversation.id is not None
    for key, level in (("finances", 2), ("housing", 4), ("mental_health", 3)):
        assessment = conversation.assessment(key)
        assessment.discussed, assessment.level = True, level
        session.conversations.save_assessment(conversation.id, assessment)
    session.plan.save_route(conversation.id, Route(
        escalation=True, escalation_note="Geen budget voor een tijdelijke woning.",
        connections={Connection.DEBT_HELP, Connection.WMO, Connection.SCHOOL}))
    draft = learning.draft_from_conversation(conversation.id)
    assert draft.what_happened == "Geen budget voor een tijdelijke woning."
    assert draft.domain_keys == ["finances", "mental_health"]
    assert draft.laws == {Law.DEBT_HELP_ACT, Law.WMO}
    assert draft.occurred_on == date(2026, 11, 2) and draft.conversation_id == conversation.id
    assert draft.category is BottleneckCategory.BLOCKING_RULE
    saved = learning.save_bottleneck(draft)
    assert learning.bottlenecks_of(conversation.id) == [saved]


def test_today_is_used(learning: LearningService) -> None:
    bottleneck = _bottleneck()
    bottleneck.occurred_on = TODAY
    assert learning.save_bottleneck(bottleneck).occurred_on == TODAY


def test_a_bottleneck_outlives_its_conversation(tmp_path: Path) -> None:
    """Deleting the resident (and so the conversation) keeps the bottleneck, unlinked."""
    session = open_empty(tmp_path / "store")
    learning, _ = services(session)
    resident_id, conversation = _conversation(session)
    bottleneck = _bottleneck()
    bottleneck.conversation_id = conversation.id
    stored = learning.save_bottleneck(bottleneck)
    session.db.execute("DELETE FROM residents WHERE id = ?", [resident_id])
    found = learning.bottleneck(int(stored.id or 0))
    assert found is not None and found.conversation_id is None


def test_a_draft_and_a_linked_bottleneck_are_in_the_access_log(tmp_path: Path) -> None:
    """Drafting reads the conversation (a view); a bottleneck linked to it is a change."""
    session = open_empty(tmp_path / "store")
    resident_id, conversation = _conversation(session)
    assert conversation.id is not None
    before = len(session.access_log.lines_for(resident_id))
    draft = session.learning.draft_from_conversation(conversation.id)
    draft.what_happened = "Geen passende woning beschikbaar."
    session.learning.save_bottleneck(draft)
    lines = session.access_log.lines_for(resident_id)[before:]
    assert [(str(line.action), line.conversation_id) for line in lines] == [
        ("view", conversation.id), ("change", conversation.id)]
    assert lines[1].detail == "bottleneck"
