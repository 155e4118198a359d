"""The journal (issue 18): entries are append-only in the store itself, a correction is a new
entry of the same dossier that leaves the earlier text, and erasing a dossier still works."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from toegang_desktop.domain.journal import ContactKind, Journal, JournalEntry
from toegang_desktop.domain.problems import ValidationFailed
from toegang_desktop.domain.resident import Resident
from toegang_desktop.domain.retention import ErasureReason, RetentionLaw
from toegang_desktop.paths import AppPaths
from toegang_desktop.services.journal import JournalService
from toegang_desktop.services.session import Session, open_session
from toegang_desktop.store.errors import StoreError

NOW = datetime(2026, 11, 23, 12, 0)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    s = open_session(AppPaths.in_folder(tmp_path / "profiel"), False, None, None)
    yield s
    s.close()


def _resident(s: Session, name: str = "Anna") -> int:
    return s.dossiers.register(Resident(first_names=name, surname="Fictief",
                                        date_of_birth=date(1970, 3, 3)))


def _service(s: Session) -> JournalService:
    return JournalService(s.db, {"finances", "housing"}, s.access_log, now=lambda: NOW)


def _entry(resident_id: int, note: str = "Gebeld met de woningcorporatie", **kw: object
           ) -> JournalEntry:
    return JournalEntry(resident_id, datetime(2026, 11, 20, 9, 30), ContactKind.PHONE, note,
                        **kw)  # type: ignore[arg-type]


def _raw_error(s: Session, sql: str, params: list[object]) -> str:
    """What the store says to a statement run beside the app (a script, a bug)."""
    with pytest.raises(Exception) as raised:  # noqa: PT011  # the driver's own error type
        s.db.execute(sql, params)
    return str(raised.value)


def test_an_entry_is_stored_with_its_writer_and_moment(session: Session) -> None:
    rid = _resident(session)
    added = _service(session).add(_entry(rid, with_whom=" Woonbedrijf  Oost ",
                                         domains=("housing",)))
    assert added.id is not None and added.written_by == session.access_log.actor.user
    assert added.written_at is not None
    journal = session.journal.journal(rid)
    assert journal.entries == [added]
    assert journal.entries[0].with_whom == "Woonbedrijf Oost"
    lines = [(str(line.action), line.detail) for line in session.access_log.lines_for(rid)]
    assert ("create", "journal_entry") in lines


def test_the_store_refuses_to_change_or_delete_an_entry(session: Session) -> None:
    rid = _resident(session)
    added = _service(session).add(_entry(rid))
    for column, value in (("note", "anders"), ("contact_at", "2026-11-21T10:00"),
                          ("written_by", "iemand"), ("kind", "visit"), ("corrects", 1)):
        assert "append-only" in _raw_error(
            session, f"UPDATE journal_entries SET {column} = ? WHERE id = ?", [value, added.id])
    assert "append-only" in _raw_error(session, "DELETE FROM journal_entries WHERE id = ?",
                                       [added.id])
    assert session.journal.journal(rid).entries == [added]


def test_only_the_report_tick_can_change(session: Session) -> None:
    rid = _resident(session)
    service = _service(session)
    added = service.add(_entry(rid))
    ticked = service.set_for_resident_report(added, True)
    assert session.journal.journal(rid).entries == [ticked]
    assert ticked.for_resident_report and ticked.note == added.note
    assert session.journal.journal(rid).for_resident_report() == [ticked]


def test_a_correction_keeps_the_earlier_text_and_forms_a_chain(session: Session) -> None:
    rid = _resident(session)
    service = _service(session)
    first = service.add(_entry(rid, "Gebeld met de woningcorporatie over de huur"))
    second = service.correct(first, replace(first, note="Gebeld met de huurcommissie"))
    third = service.correct(second, replace(second, note="Gebeld met de huurcommissie (2x)"))
    journal = session.journal.journal(rid)
    assert {e.note for e in journal.entries} == {first.note, second.note, third.note}
    assert journal.corrected_by == {first.id: second.id, second.id: third.id}
    assert journal.current() == [third]
    with pytest.raises(ValidationFailed) as twice:
        service.correct(first, replace(first, note="Nog eens"))
    assert [p.code for p in twice.value.problems] == ["journal_already_corrected"]


def test_a_ticked_entry_that_was_corrected_is_not_in_the_report(session: Session) -> None:
    rid = _resident(session)
    service = _service(session)
    first = service.add(_entry(rid, for_resident_report=True))
    assert session.journal.journal(rid).for_resident_report() == [first]
    second = service.correct(first, replace(first, note="Gebeld met de huurcommissie",
                                            for_resident_report=False))
    assert session.journal.journal(rid).for_resident_report() == []
    service.set_for_resident_report(second, True)
    assert [e.id for e in session.journal.journal(rid).for_resident_report()] == [second.id]


def test_an_entry_of_another_dossier_cannot_be_corrected(session: Session) -> None:
    anna, bert = _resident(session), _resident(session, "Bert")
    service = _service(session)
    annas = service.add(_entry(anna))
    with pytest.raises(ValidationFailed) as refused:
        service.add(_entry(bert, "Verkeerd dossier", corrects=annas.id))
    assert [p.code for p in refused.value.problems] == ["journal_correction_other_dossier"]
    # The store refuses it too, whatever writes it.
    message = _raw_error(
        session, "INSERT INTO journal_entries (resident_id, contact_at, kind, note, written_by,"
        " written_at, corrects) VALUES (?, '2026-11-20T09:30', 'phone', 'x', 'y',"
        " '2026-11-20T09:30:00+00:00', ?)", [bert, annas.id])
    assert "same dossier" in message
    assert session.journal.journal(bert).entries == []


def test_input_problems_are_codes(session: Session) -> None:
    rid = _resident(session)
    service = _service(session)
    bad = JournalEntry(rid, datetime(2026, 11, 24, 9, 0), ContactKind.EMAIL, "  ",
                       with_whom="x" * 201, domains=("nowhere",), agreement_ids=(999,))
    with pytest.raises(ValidationFailed) as refused:
        service.add(bad)
    assert [p.code for p in refused.value.problems] == [
        "journal_note_missing", "name_too_long", "journal_contact_future",
        "journal_domain_unknown", "journal_agreement_unknown"]
    with pytest.raises(ValidationFailed) as unknown:
        service.add(_entry(rid, corrects=12345))
    assert [p.code for p in unknown.value.problems] == ["journal_correction_unknown"]
    assert session.journal.journal(rid).entries == []


def test_a_refused_log_line_leaves_no_entry(session: Session, monkeypatch: pytest.MonkeyPatch
                                            ) -> None:
    rid = _resident(session)
    monkeypatch.setattr(session.access_log._repo, "append",  # noqa: SLF001
                        lambda *a, **k: (_ for _ in ()).throw(StoreError(Path("x"), "vol")))
    with pytest.raises(StoreError):
        _service(session).add(_entry(rid))
    assert session.journal.journal(rid).entries == []


@pytest.mark.parametrize("how", ["erase", "purge"])
def test_erasing_or_purging_a_dossier_removes_its_journal(session: Session, how: str) -> None:
    anna, bert = _resident(session), _resident(session, "Bert")
    service = _service(session)
    first = service.add(_entry(anna))
    service.correct(first, replace(first, note="Anders"))
    kept = service.add(_entry(bert, "Bert gebeld"))
    if how == "erase":
        session.privacy.erase(anna, list(ErasureReason)[0])
    else:
        session.privacy.close_dossier(anna, RetentionLaw.WMO, date(1990, 1, 1), confirmed=True)
        session.privacy.purge_due([anna])
    count = session.db.execute("SELECT count(*) FROM journal_entries").fetchone()[0]
    assert count == 1
    assert session.journal.journal(bert).entries == [kept]


def test_search_ignores_case_and_diacritics_and_needs_every_word() -> None:
    entries = [
        JournalEntry(1, datetime(2026, 11, 20, 9, 0), ContactKind.PHONE, "Gesprek met Zoë",
                     id=1),
        JournalEntry(1, datetime(2026, 11, 21, 9, 0), ContactKind.VISIT, "Thuis geweest",
                     with_whom="Şükrü Yılmaz", id=2),
    ]
    journal = Journal(entries)
    assert [e.id for e in journal.search("zoe")] == [1]
    assert [e.id for e in journal.search("SUKRU thuis")] == [2]
    assert [e.id for e in journal.search("zoe thuis")] == []
    assert [e.id for e in journal.search("geweest", extra={1: "Telefoon"})] == [2]
    assert [e.id for e in journal.search("telefoon", extra={1: "Telefoon"})] == [1]
    assert len(journal.search("  ")) == 2


def test_the_journal_moves_with_the_dossier_file(session: Session, tmp_path: Path) -> None:
    """Export and import keep the writer, the moment, the chain and the agreement link; a
    file whose correction or agreement points nowhere is refused with the place named."""
    import json

    from toegang_desktop.domain.conversation import Conversation, Place
    from toegang_desktop.domain.plan import Agreement, Owner

    rid = _resident(session)
    conversation = session.conversations.start(Conversation(
        resident_id=rid, held_on=date(2026, 11, 2), place=Place.HOME, checklist_id="",
        checklist_version=""))
    agreement = session.plan.add_agreement(int(conversation.id or 0),
                                           Agreement(what="Post sorteren", owner=Owner.TEAM))
    service = _service(session)
    first = service.add(_entry(rid, agreement_ids=(int(agreement.id or 0),)))
    service.correct(first, replace(first, note="Gebeld met de huurcommissie",
                                   for_resident_report=True))
    path = tmp_path / "dossier.json"
    session.transfer.export(rid, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert [(e["corrects"], e["agreements"]) for e in data["journal"]] == [
        (None, [{"conversation": 0, "agreement": 0}]),
        (0, [{"conversation": 0, "agreement": 0}])]
    data["resident"]["bsn"] = ""
    path.write_text(json.dumps(data), encoding="utf-8")
    moved = session.transfer.import_file(path, date(2026, 11, 23))
    journal = session.journal.journal(moved)
    old, new = sorted(journal.entries, key=lambda e: e.id or 0)
    assert journal.corrected_by == {old.id: new.id}
    assert (old.written_by, old.written_at, old.note) == (first.written_by, first.written_at,
                                                          first.note)
    moved_agreement = session.plan.agreements(
        session.dossiers.conversations(moved)[0].id or 0)[0]
    assert new.agreement_ids == (moved_agreement.id,) and new.for_resident_report

    data["journal"][1]["corrects"] = 1  # itself: not an earlier entry
    data["journal"][0]["agreements"] = [{"conversation": 0, "agreement": 5}]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValidationFailed) as refused:
        session.transfer.import_file(path, date(2026, 11, 23))
    assert {(p.code, p.field) for p in refused.value.problems} == {
        ("journal_correction_unknown", "journal[1].corrects"),
        ("journal_agreement_unknown", "journal[0].agreements[0]")}


def test_the_access_request_lists_the_journal_with_its_corrections(session: Session,
                                                                   tmp_path: Path) -> None:
    import csv

    rid = _resident(session)
    service = _service(session)
    first = service.add(_entry(rid, "Gebeld met de woningcorporatie"))
    service.correct(first, replace(first, note="Gebeld met de huurcommissie"))
    package = session.privacy.access_request(rid, tmp_path)
    rows = list(csv.DictReader((package.folder / "journaal.csv")
                               .read_text(encoding="utf-8-sig").splitlines()))
    assert [(r["regel"], r["soort"], r["notitie"], r["corrigeert_regel"],
             r["gecorrigeerd_in_regel"]) for r in rows] == [
        ("1", "Telefoongesprek", "Gebeld met de woningcorporatie", "", "2"),
        ("2", "Telefoongesprek", "Gebeld met de huurcommissie", "1", "")]
    assert rows[0]["datum_tijd_contact"] == "20-11-2026 09:30"


def test_reports_print_the_journal_of_their_period(session: Session, tmp_path: Path) -> None:
    """The resident's report: only ticked contacts not corrected since; the file: all of the
    conversation's period, a corrected one marked and its correction after it."""
    from pypdf import PdfReader

    from toegang_desktop.domain.conversation import Conversation, Place
    from toegang_desktop.services.report import ReportVariant

    rid = _resident(session)
    conversation = session.conversations.start(Conversation(
        resident_id=rid, held_on=date(2026, 11, 2), place=Place.HOME, checklist_id="",
        checklist_version=""))
    service = _service(session)
    service.add(_entry(rid, "Niet aangevinkt contact"))
    ticked = service.add(_entry(rid, "Eerste versie voor de inwoner", for_resident_report=True))
    service.correct(ticked, replace(ticked, note="Verbeterde versie voor de inwoner"))
    service.add(_entry(rid, "Tweede keer aangevinkt", for_resident_report=True))

    def text(variant: ReportVariant) -> str:
        path = tmp_path / f"{variant.value}.pdf"
        session.report.export(int(conversation.id or 0), variant, path)
        return " ".join(" ".join((page.extract_text() or "").split())
                        for page in PdfReader(path).pages)

    resident = text(ReportVariant.RESIDENT)
    assert "Contact na ons gesprek" in resident
    assert "Verbeterde versie voor de inwoner" in resident  # the correction kept the tick
    assert "Tweede keer aangevinkt" in resident
    assert "Niet aangevinkt" not in resident and "Eerste versie" not in resident
    file = text(ReportVariant.FILE)
    for note in ("Niet aangevinkt contact", "[gecorrigeerd, zie hieronder] Eerste versie",
                 "[correctie van 20-11-2026 09:30] Verbeterde versie", "Tweede keer"):
        assert note in file, note
