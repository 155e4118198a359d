"""Never a dead end (issue 19): a finding the professional confirms as a false alarm, with a
reason, lets the text be saved; the access log keeps the kind and the reason, not the text.
A text saved before is not checked again when only something else changes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from toegang_desktop.domain.learning import (
    Bottleneck,
    BottleneckCategory,
    Law,
    NeighbourhoodSignal,
    SignalTheme,
)
from toegang_desktop.domain.personal_data import ConfirmedFalseAlarm, FalseAlarmReason, FindingKind
from toegang_desktop.domain.resident import Resident
from toegang_desktop.services.learning import LearningService, PersonalDataFound
from toegang_desktop.services.session import Session

from .learning_stores import TODAY, open_empty

TEXT = "Roos en Groen zijn de kleuren van het nieuwe buurthuis."


@pytest.fixture
def session(tmp_path: Path) -> Session:
    session = open_empty(tmp_path / "store")
    session.dossiers.register(Resident(first_names="Roos", surname="Groen",
                                       date_of_birth=date(1980, 5, 5), street="Dorpsstraat"))
    return session


@pytest.fixture
def learning(session: Session) -> LearningService:
    return LearningService(session.db, session.conversations, lambda: TODAY,
                           access_log=session.access_log)


def _bottleneck(text: str) -> Bottleneck:
    return Bottleneck(category=BottleneckCategory.WAITING_LIST, what_happened=text,
                      occurred_on=date(2026, 10, 1), laws={Law.WMO})


def _log_details(session: Session) -> list[str]:
    return [line.detail for line in session.access_log._repo.lines()]  # noqa: SLF001


def test_a_confirmed_false_alarm_is_saved_and_logged_without_the_text(
        learning: LearningService, session: Session) -> None:
    with pytest.raises(PersonalDataFound) as caught:
        learning.save_bottleneck(_bottleneck(TEXT))
    (name, finding), = caught.value.found
    confirmed = ConfirmedFalseAlarm(name, finding.kind, finding.fragment,
                                    FalseAlarmReason.ORDINARY_WORD)
    stored = learning.save_bottleneck(_bottleneck(TEXT), [confirmed])
    assert learning.bottlenecks() == [stored]
    details = _log_details(session)
    assert "personal_data_false_alarm.name.ordinary_word" in details
    assert not any("Groen" in detail or "Roos" in detail for detail in details)


def test_a_confirmation_covers_only_its_own_finding(learning: LearningService) -> None:
    confirmed = ConfirmedFalseAlarm("what_happened", FindingKind.NAME, "Groen",
                                    FalseAlarmReason.ORDINARY_WORD)
    with pytest.raises(PersonalDataFound) as caught:
        learning.save_bottleneck(_bottleneck(TEXT + " Bel 06-12345678."), [confirmed])
    assert [f.kind for _, f in caught.value.found] == [FindingKind.PHONE]
    assert learning.bottlenecks() == []


def test_marking_solved_does_not_ask_again(learning: LearningService) -> None:
    finding = ConfirmedFalseAlarm("what_happened", FindingKind.NAME, "Groen",
                                  FalseAlarmReason.ORDINARY_WORD)
    stored = learning.save_bottleneck(_bottleneck(TEXT), [finding])
    assert stored.id is not None
    assert learning.mark_solved(stored.id, date(2026, 11, 1)).solved_on == date(2026, 11, 1)
    with pytest.raises(PersonalDataFound):  # a changed text is checked again
        learning.save_bottleneck(replace(stored, what_happened=TEXT + " Ook bij Groen."))


@pytest.mark.parametrize("area", ["flat Groen", "Dorpsstraat", "rond de Dorpsstraat 4"])
def test_the_area_of_a_signal_is_checked(learning: LearningService, area: str) -> None:
    signal = NeighbourhoodSignal(theme=SignalTheme.LONELINESS, area=area,
                                 noticed_on=date(2026, 10, 1), description="Veel eenzaamheid.")
    with pytest.raises(PersonalDataFound) as caught:
        learning.save_signal(signal)
    assert [name for name, _ in caught.value.found] == ["area"]


def test_the_partners_name_is_checked_as_it_reaches_the_report(
        learning: LearningService, session: Session) -> None:
    from toegang_desktop.domain.plan import Partner

    partner = session.plan.save_partner(Partner(organisation="Mevr. Groen, bewindvoering"))
    bottleneck = replace(_bottleneck("De wachtlijst is lang."), partner_id=partner.id)
    with pytest.raises(PersonalDataFound) as caught:
        learning.save_bottleneck(bottleneck)
    assert [(name, f.fragment) for name, f in caught.value.found] == [("partner_id", "Mevr. Groen")]


def test_the_access_log_names_the_kind_and_the_reason() -> None:
    from toegang_desktop.wording.privacy_labels import action_label

    detail = ConfirmedFalseAlarm("area", FindingKind.NAME, "Groen",
                                 FalseAlarmReason.ORGANISATION).log_detail
    label = action_label("change", detail)
    assert "Groen" not in detail and "personal_data_false_alarm" not in label
    assert "persoonsgegeven" in label.lower() or "personal data" in label.lower()
