"""A purge blanks the removed resident's names and street in every free text of the learning
loop (issue 19: a surname the personal-data check let through stayed behind), in the purge's
transaction, and says how many (never what) in its log line and to the professional."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from toegang_desktop.domain.learning import (
    Bottleneck,
    BottleneckCategory,
    NeighbourhoodSignal,
    SignalTheme,
)
from toegang_desktop.domain.purge_traces import ResidentTraces, TraceKind, scrub
from toegang_desktop.domain.resident import HouseholdMember, HouseholdRole, Resident
from toegang_desktop.domain.retention import ErasureReason, RetentionLaw
from toegang_desktop.paths import AppPaths
from toegang_desktop.services.session import Session, open_session
from toegang_desktop.store.learning import LearningRepository
from toegang_desktop.wording.privacy_labels import PURGED_TRACE

TODAY = date(2026, 12, 6)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    opened = open_session(AppPaths.in_folder(tmp_path / "data"), False, None, None)
    yield opened
    opened.close()


def _register(session: Session, first: str, surname: str, street: str, child: str) -> int:
    return session.dossiers.register(Resident(
        first_names=first, surname=surname, date_of_birth=date(1975, 5, 5), street=street,
        house_number="12", postcode="1234 AB", city="Ergens",
        household=[HouseholdMember(child, surname, HouseholdRole.CHILD,
                                   date_of_birth=date(2015, 1, 1))]))


def _learning(session: Session) -> LearningRepository:
    # Straight into the store: these texts are what the check let through before (issue 19).
    return LearningRepository(session.privacy._db)  # noqa: SLF001 - the test's own store


def test_scrub_finds_names_in_any_case_and_the_street_with_its_number() -> None:
    traces = ResidentTraces.of(["Xandra", "Daantje"], ["van der Proefmans", "Proefmans"],
                               ["Laan van Meerdervoort"])
    result = scrub("proefmans en DAANTJE wachten; laan van meerdervoort nr. 12a, de buurman "
                   "Testerveld niet", traces, TODAY, PURGED_TRACE)
    assert result.text == ("[verwijderd] en [verwijderd] wachten; [verwijderd], de buurman "
                           "Testerveld niet")
    assert result.counts == {TraceKind.NAME: 2, TraceKind.STREET: 1}
    untouched = "Vandaag sprak ik met de wijkagent over de laan."
    assert scrub(untouched, traces, TODAY, PURGED_TRACE).text == untouched


def test_a_purge_blanks_the_residents_traces_and_leaves_the_others(session: Session) -> None:
    gone = _register(session, "Xandra", "Proefmans", "Dorpsstraat", "Daantje")
    stays = _register(session, "Yorick", "Testerveld", "Kerkweg", "Fleur")
    repo = _learning(session)
    about_gone = repo.save_bottleneck(Bottleneck(
        BottleneckCategory.WAITING_LIST, "mevrouw PROEFMANS wacht al een jaar", TODAY,
        what_would_help="een plek dichter bij de dorpsstraat 12 voor daantje"))
    about_stays = repo.save_bottleneck(Bottleneck(
        BottleneckCategory.OTHER, "Testerveld aan de Kerkweg wacht ook", TODAY))
    signal = repo.save_signal(NeighbourhoodSignal(
        SignalTheme.LONELINESS, "Dorpsstraat", TODAY, "Ouderen rond de flat van proefmans"))
    session.privacy._today = lambda: TODAY  # noqa: SLF001 - the clock

    outcome = session.privacy.erase(gone, ErasureReason.RESIDENT_REQUEST)

    assert (outcome.removed, outcome.names, outcome.streets, outcome.texts) == (1, 3, 2, 4)
    first = repo.bottleneck(about_gone)
    assert first is not None
    # The check's own rule takes the title along ('mevrouw PROEFMANS'); the word rule alone not.
    assert first.what_happened.endswith("[verwijderd] wacht al een jaar")
    assert "proefmans" not in first.what_happened.lower()
    assert first.what_would_help == "een plek dichter bij de [verwijderd] voor [verwijderd]"
    kept = repo.bottleneck(about_stays)
    assert kept is not None and kept.what_happened == "Testerveld aan de Kerkweg wacht ook"
    found = repo.signal(signal)
    assert found is not None
    assert (found.area, found.description) == ("[verwijderd]", "Ouderen rond de flat van "
                                                               "[verwijderd]")
    line = session.access_log.lines_for(gone)[-1]
    assert (line.action, line.detail) == (
        "delete", "erasure.resident_request;names=3;streets=2;texts=4")
    assert session.dossiers.resident(stays) is not None


def test_the_retention_purge_blanks_too_and_nothing_when_there_is_nothing(
        session: Session) -> None:
    gone = _register(session, "Wubbo", "Oefenaar", "Molenweg", "Sam")
    other = _register(session, "Yorick", "Testerveld", "Kerkweg", "Fleur")
    repo = _learning(session)
    kept = repo.save_bottleneck(Bottleneck(BottleneckCategory.OTHER, "Niets over iemand", TODAY))
    repo.save_bottleneck(Bottleneck(BottleneckCategory.OTHER, "oefenaar kreeg geen plek", TODAY))
    for resident_id in (gone, other):
        session.privacy.close_dossier(resident_id, RetentionLaw.WMO, date(2000, 1, 1),
                                      confirmed=True)
    first = session.privacy.purge_due([gone])
    assert (first.removed, first.names, first.texts) == (1, 1, 1)
    assert session.access_log.lines_for(gone)[-1].detail == "retention;names=1;streets=0;texts=1"
    second = session.privacy.purge_due([other])
    assert (second.removed, second.texts) == (1, 0)
    assert session.access_log.lines_for(other)[-1].detail == "retention"
    stored = repo.bottleneck(kept)
    assert stored is not None and stored.what_happened == "Niets over iemand"


def test_a_failed_purge_leaves_the_texts_as_they_were(session: Session,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    gone = _register(session, "Wubbo", "Oefenaar", "Molenweg", "Sam")
    repo = _learning(session)
    bottleneck = repo.save_bottleneck(Bottleneck(BottleneckCategory.OTHER, "oefenaar wacht",
                                                 TODAY))

    def broken(resident_id: int) -> bool:
        raise RuntimeError("disk gone")

    monkeypatch.setattr(session.privacy._repo, "purge", broken)  # noqa: SLF001
    with pytest.raises(RuntimeError):
        session.privacy.erase(gone, ErasureReason.DUPLICATE)
    stored = repo.bottleneck(bottleneck)
    assert stored is not None and stored.what_happened == "oefenaar wacht"
    assert session.dossiers.resident(gone) is not None
