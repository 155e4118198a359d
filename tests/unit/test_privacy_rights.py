"""The resident's rights: an access request holds everything about one resident and nothing
about anyone else; corrected details keep their history; closing sets the retention date;
the purge happens on the retention date (not the day before) and leaves no trace in the file."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from toegang_desktop.domain.conversation import Conversation, Place
from toegang_desktop.domain.journal import ContactKind, JournalEntry
from toegang_desktop.domain.resident import HouseholdMember, HouseholdRole, Resident
from toegang_desktop.domain.retention import ErasureReason, RetentionLaw, retention_date
from toegang_desktop.paths import AppPaths
from toegang_desktop.services.session import Session, open_session

PEOPLE = [  # (first names, surname, BSN, a unique word in their own words)
    ("Xandra", "Proefmans", "123456782", "Kwartelkoning-1"),
    ("Yorick", "Testerveld", "111222333", "Kwartelkoning-2"),
    ("Wubbo", "Oefenaar", "", "Kwartelkoning-3"),
]


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    opened = open_session(AppPaths.in_folder(tmp_path / "data"), False, None, None)
    yield opened
    opened.close()


def _fill(session: Session) -> list[int]:
    ids = []
    for first, surname, bsn, word in PEOPLE:
        resident_id = session.dossiers.register(Resident(
            first_names=first, surname=surname, date_of_birth=date(1975, 5, 5), bsn=bsn,
            household=[HouseholdMember("Kind", surname, HouseholdRole.CHILD,
                                       date_of_birth=date(2015, 1, 1))]))
        conversation = session.conversations.start(Conversation(
            resident_id=resident_id, held_on=date(2026, 10, 1), place=Place.OFFICE,
            checklist_id="", checklist_version="", question="Vraag van " + first))
        assert conversation.id is not None
        session.conversations.save_assessment(conversation.id, replace(
            conversation.assessment("finances"), discussed=True, own_words=word))
        session.journal.add(JournalEntry(resident_id, datetime(2026, 10, 2, 10, 0),
                                         ContactKind.PHONE, f"Gebeld over {word}"))
        session.dossiers.open(resident_id)
        ids.append(resident_id)
    return ids


def _all_text(folder: Path) -> str:
    parts = []
    for path in sorted(folder.iterdir()):
        if path.suffix == ".pdf":
            parts.append("\n".join(p.extract_text() for p in PdfReader(path).pages))
        else:
            parts.append(path.read_text(encoding="utf-8-sig"))
    return "\n".join(parts)


def test_access_request_holds_one_resident_only(session: Session, tmp_path: Path) -> None:
    ids = _fill(session)
    package = session.privacy.access_request(ids[1], tmp_path / "uit")
    names = sorted(p.name for p in package.files)
    assert names == ["dossier.json", "gesprek-2026-10-01-2.pdf", "journaal.csv",
                     "toegangslog.csv", "wijzigingen.csv", "wijzigingen.json"]
    text = _all_text(package.folder)
    first, surname, bsn, word = PEOPLE[1]
    for expected in (first, surname, bsn, word):
        assert expected in text
    for other in (PEOPLE[0], PEOPLE[2]):
        for value in other:
            if value:
                assert value not in text
    rows = list(csv.DictReader((package.folder / "toegangslog.csv")
                               .read_text(encoding="utf-8-sig").splitlines()))
    assert rows and {r["inwoner_id"] for r in rows} == {str(ids[1])}
    assert json.loads((package.folder / "dossier.json").read_text())["resident"]["bsn"] == bsn


def test_access_request_holds_the_residents_corrections_only(session: Session,
                                                           tmp_path: Path) -> None:
    """Issue 19: the history of corrected details goes with the dossier."""
    ids = _fill(session)
    for resident_id, street in ((ids[0], "Eigenwijzestraat"), (ids[1], "Anderenlaan")):
        resident = session.dossiers.resident(resident_id)
        assert resident is not None
        session.dossiers.update(replace(resident, street=street))
    package = session.privacy.access_request(ids[0], tmp_path)
    document = json.loads((package.folder / "wijzigingen.json").read_text(encoding="utf-8"))
    assert document["resident_id"] == ids[0]
    assert [(c["field"], c["old_value"], c["new_value"]) for c in document["changes"]] == [
        ("street", "", "Eigenwijzestraat")]
    rows = list(csv.DictReader((package.folder / "wijzigingen.csv")
                               .read_text(encoding="utf-8-sig").splitlines()))
    assert [(r["gegeven"], r["nieuwe_waarde"]) for r in rows] == [("Straat", "Eigenwijzestraat")]
    assert list(rows[0]) == ["tijdstip_utc", "door", "gegeven", "veldnaam", "oude_waarde",
                             "nieuwe_waarde"]
    assert "Anderenlaan" not in _all_text(package.folder)


def test_a_second_request_gets_its_own_folder(session: Session, tmp_path: Path) -> None:
    [first, *_] = _fill(session)
    one = session.privacy.access_request(first, tmp_path)
    two = session.privacy.access_request(first, tmp_path)
    assert one.folder != two.folder and two.folder.name.endswith("-2")


def test_access_request_for_nobody_leaves_nothing(session: Session, tmp_path: Path) -> None:
    with pytest.raises(LookupError):
        session.privacy.access_request(404, tmp_path)
    assert list(tmp_path.glob("inzageverzoek-*")) == []


def test_corrections_keep_their_history(session: Session) -> None:
    [resident_id, *_] = _fill(session)
    resident = session.dossiers.resident(resident_id)
    assert resident is not None
    session.dossiers.update(replace(resident, surname="Proefmans-Jansen", city="Oefendorp"))
    changes = session.privacy.changes(resident_id)
    assert [(c.field, c.old_value, c.new_value) for c in changes] == [  # newest first
        ("city", "", "Oefendorp"), ("surname", "Proefmans", "Proefmans-Jansen")]
    assert changes[0].actor == session.access_log.actor.user
    log = [x for x in session.access_log.lines_for(resident_id) if x.action == "change"]
    assert [x.detail for x in log][-2:] == ["surname", "city"]


def test_closing_sets_the_retention_date(session: Session) -> None:
    [wmo, youth, _] = _fill(session)
    closure = session.privacy.close_dossier(wmo, RetentionLaw.WMO, date(2024, 2, 29), confirmed=True)
    assert closure.retain_until == date(2039, 2, 28)
    years = {RetentionLaw.WMO: 15, RetentionLaw.YOUTH: 25}  # as set in the settings
    closure = session.privacy.close_dossier(youth, RetentionLaw.YOUTH, date(2026, 1, 10), years,
                                           confirmed=True)
    assert closure.retain_until == date(2051, 1, 10)
    assert session.privacy.closure(youth) == closure


def test_purge_on_the_retention_date_not_the_day_before(session: Session) -> None:
    ids = _fill(session)
    ended = date(2026, 3, 1)
    session.privacy.close_dossier(ids[0], RetentionLaw.WMO, ended, confirmed=True)
    until = retention_date(ended, 15)
    session.privacy._today = lambda: date(2041, 2, 28)  # noqa: SLF001 - the clock
    assert session.privacy.due() == []
    assert session.privacy.purge_due([ids[0]]).removed == 0  # not due: refused, stays
    assert session.dossiers.resident(ids[0]) is not None
    session.privacy._today = lambda: until  # noqa: SLF001
    [due] = session.privacy.due()
    assert (due.resident_id, due.retain_until) == (ids[0], date(2041, 3, 1))
    assert session.privacy.purge_due([ids[0]]).removed == 1
    assert session.dossiers.resident(ids[0]) is None
    assert session.dossiers.resident(ids[1]) is not None
    last = session.access_log.lines_for(ids[0])[-1]
    assert (last.action, last.detail, last.result) == ("delete", "retention", "ok")


def test_purged_data_is_gone_from_the_file(session: Session, tmp_path: Path) -> None:
    ids = _fill(session)
    resident = session.dossiers.resident(ids[0])
    assert resident is not None
    session.dossiers.update(replace(resident, street="Zeldzaamstraatlaan"))  # into the history
    assert session.privacy.erase(ids[0], ErasureReason.RESIDENT_REQUEST).removed == 1
    store = tmp_path / "data" / "toegang.sqlite"
    raw = b"".join(p.read_bytes() for p in store.parent.glob("toegang.sqlite*"))
    first, surname, bsn, word = PEOPLE[0]
    for gone in (surname, bsn, word, "Zeldzaamstraatlaan", surname.lower(), "proefmans"):
        assert gone.encode() not in raw, gone
    keep_surname, keep_bsn = PEOPLE[1][1], PEOPLE[1][2]
    assert keep_surname.encode() in raw and keep_bsn.encode() in raw  # the test can fail
    assert session.dossiers.search("proefmans", _name_order()) == []
    assert session.dossiers.search("testerveld", _name_order()) == [ids[1]]
    last = session.access_log.lines_for(ids[0])[-1]
    assert (last.action, last.detail) == ("delete", "erasure.resident_request")
    assert session.access_log.verify().ok


def _name_order():  # type: ignore[no-untyped-def]
    from toegang_desktop.domain.caseload import CaseloadSort

    return CaseloadSort.NAME


def test_erasing_a_missing_dossier_is_refused(session: Session) -> None:
    assert session.privacy.erase(404, ErasureReason.DUPLICATE).removed == 0
    last = list(session.access_log._repo.lines())[-1]  # noqa: SLF001
    assert (last.action, last.result) == ("delete", "refused")


def test_closing_before_the_first_conversation_or_past_retention_needs_confirmation(
        session: Session) -> None:
    """Issue 19: an end of help in 2008 for a conversation of 2026 made the dossier due at once."""
    from toegang_desktop.domain.problems import ValidationFailed

    [resident_id, *_] = _fill(session)  # first conversation 01-10-2026
    session.privacy._today = lambda: date(2026, 12, 6)  # noqa: SLF001 - the clock
    check = session.privacy.closing_check(resident_id, RetentionLaw.WMO, date(2008, 6, 30))
    assert check.ends_before_first_conversation and check.due_at_once
    for ended, problem in ((date(2008, 6, 30), "help_ended_before_first_conversation"),
                           (date(2026, 9, 30), "help_ended_before_first_conversation")):
        with pytest.raises(ValidationFailed) as refused:
            session.privacy.close_dossier(resident_id, RetentionLaw.WMO, ended)
        assert [p.code for p in refused.value.problems] == [problem]
        assert session.privacy.closure(resident_id) is None
        assert session.access_log.lines_for(resident_id)[-1].result == "refused"
    assert not session.privacy.closing_check(
        resident_id, RetentionLaw.WMO, date(2026, 10, 1)).needs_confirmation
    closure = session.privacy.close_dossier(resident_id, RetentionLaw.WMO, date(2008, 6, 30),
                                            confirmed=True)
    assert closure.retain_until == date(2023, 6, 30)


def test_a_retention_date_already_come_needs_confirmation_without_conversations(
        session: Session) -> None:
    from toegang_desktop.domain.problems import ValidationFailed

    resident_id = session.dossiers.register(Resident(
        first_names="Zonder", surname="Gesprek", date_of_birth=date(1970, 1, 1)))
    session.privacy._today = lambda: date(2026, 12, 6)  # noqa: SLF001 - the clock
    with pytest.raises(ValidationFailed) as refused:
        session.privacy.close_dossier(resident_id, RetentionLaw.WMO, date(2011, 12, 6))
    assert [p.code for p in refused.value.problems] == ["retention_date_passed"]
    closure = session.privacy.close_dossier(resident_id, RetentionLaw.WMO, date(2011, 12, 7))
    assert closure.retain_until == date(2026, 12, 7)
