"""The conversation report through ReportService on a fresh store: both variants are written,
the export is logged without content or path, the restricted record only when asked for the
file, file names reveal nobody, and failures leave nothing behind."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from toegang_desktop.domain.conversation import Conversation, Place
from toegang_desktop.domain.plan import Agreement, Owner, Partner
from toegang_desktop.domain.resident import HouseholdMember, HouseholdRole, Resident
from toegang_desktop.domain.safety import SafetyRecord, SafetyStep, StepState
from toegang_desktop.paths import AppPaths
from toegang_desktop.services.access_log import os_user
from toegang_desktop.services.report import (
    ReportSettings,
    ReportVariant,
    default_file_name,
    report_settings,
)
from toegang_desktop.services.session import Session, open_session
from toegang_desktop.store.driver import dbapi
from toegang_desktop.store.events import EventKind

from ..children import run_child

HELD_ON = date(2026, 11, 20)
SAFETY_NOTE = "Blauwe plekken gezien bij het jongste kind"


@pytest.fixture
def written(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, str]]:
    """The real PDF writer, spied on: each context and variant it was given."""
    from toegang_desktop.export import pdf_report

    calls: list[tuple[Any, str]] = []
    original = pdf_report.write_report

    def spy(context: Any, variant: Any, path: Path, *, protected: Any,
            before_replace: Any = None) -> int:
        calls.append((context, str(variant)))
        pages: int = original(context, variant, path, protected=protected,
                              before_replace=before_replace)
        return pages

    monkeypatch.setattr(pdf_report, "write_report", spy)
    return calls


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    opened = open_session(AppPaths.in_folder(tmp_path / "toegang"), False, None, None)
    yield opened
    opened.close()


@pytest.fixture
def conversation_id(session: Session) -> int:
    """A resident with a child, a conversation with an agreement with a partner and a
    reporting-code record, after an earlier conversation."""
    resident_id = session.dossiers.register(Resident(
        first_names="Zoë", surname="Şükrüoğlu", date_of_birth=date(1985, 3, 4),
        household=[HouseholdMember("Ümit", "Şükrüoğlu", HouseholdRole.CHILD,
                                   date_of_birth=date(2019, 6, 1))]))
    for held_on in (date(2026, 5, 4), HELD_ON):
        conversation = session.conversations.start(Conversation(
            resident_id=resident_id, held_on=held_on, place=Place.HOME, checklist_id="",
            checklist_version="", question="Hulp bij de administratie"))
    assert conversation.id is not None
    finances = replace(conversation.assessment("finances"), discussed=True, level=2,
                       own_words="Ik kom elke maand tekort.")
    session.conversations.save_assessment(conversation.id, finances)
    partner = session.plan.save_partner(Partner(organisation="Schuldhulp Voorbeeldstad"))
    session.plan.add_agreement(conversation.id, Agreement(
        what="Aanmelden bij schuldhulp", owner=Owner.PARTNER, partner_id=partner.id,
        domain_keys=["finances"]))
    session.safety.save(conversation.id, SafetyRecord(
        steps={SafetyStep.SIGNALS: StepState(SAFETY_NOTE, True)}), date.today())
    return conversation.id


def _events(session: Session, conversation_id: int) -> list[Any]:
    conversation = session.conversations.load(conversation_id)
    assert conversation is not None
    return session.report.events(conversation.resident_id)


@pytest.mark.parametrize("variant", list(ReportVariant))
def test_each_variant_is_written_and_logged(session: Session, conversation_id: int,
                                            written: list[tuple[Any, str]], tmp_path: Path,
                                            variant: ReportVariant) -> None:
    path = tmp_path / "uit" / "verslag.pdf"
    path.parent.mkdir()
    settings = ReportSettings(municipality="Gemeente Voorbeeldstad", professional="Sanne de Vries",
                              contact="14 020", signatures=True)
    pages = session.report.export(conversation_id, variant, path, settings=settings)
    assert pages >= 1
    assert path.read_bytes().startswith(b"%PDF")
    assert [p.name for p in path.parent.iterdir()] == ["verslag.pdf"]  # no temporary file left
    [(context, variant_written)] = written
    assert variant_written == variant.value
    assert context.resident.household[0].first_names == "Ümit"
    assert context.conversation.assessment("finances").own_words == "Ik kom elke maand tekort."
    assert context.previous is not None and context.previous.held_on == date(2026, 5, 4)
    assert [a.what for a in context.agreements] == ["Aanmelden bij schuldhulp"]
    assert [p.organisation for p in context.partners.values()] == ["Schuldhulp Voorbeeldstad"]
    assert len(context.topics) == 6
    assert (context.municipality, context.professional, context.contact, context.signatures) == (
        "Gemeente Voorbeeldstad", "Sanne de Vries", "14 020", True)
    assert context.generated_on == date.today()
    assert context.safety is None and not context.include_restricted  # not asked for
    [event] = _events(session, conversation_id)
    assert event.kind is EventKind.REPORT_EXPORTED
    assert event.detail == variant.value
    assert event.conversation_id == conversation_id
    assert event.actor == os_user()  # the OS user name, no resident data
    assert event.at.tzinfo is not None


def test_event_rows_hold_no_path_or_content(session: Session, conversation_id: int,
                                            written: list[tuple[Any, str]], tmp_path: Path) -> None:
    path = tmp_path / "geheim-map" / "Şükrüoğlu.pdf"
    path.parent.mkdir()
    session.report.export(conversation_id, ReportVariant.FILE, path, include_restricted=True)
    rows = list(session.db.execute("SELECT * FROM dossier_events"))
    assert len(rows) == 1
    text = " ".join(str(value) for value in rows[0])
    for leaked in ("geheim-map", "Şükrüoğlu", str(tmp_path), SAFETY_NOTE, "tekort"):
        assert leaked not in text
    assert "file" in text


def test_restricted_record_only_in_the_file_variant_when_asked(
        session: Session, conversation_id: int, written: list[tuple[Any, str]],
        tmp_path: Path) -> None:
    session.report.export(conversation_id, ReportVariant.FILE, tmp_path / "a.pdf",
                          include_restricted=True)
    session.report.export(conversation_id, ReportVariant.RESIDENT, tmp_path / "b.pdf",
                          include_restricted=True)  # never for the resident
    session.report.export(conversation_id, ReportVariant.FILE, tmp_path / "c.pdf")
    with_record, for_resident, without = (context for context, _variant in written)
    assert with_record.include_restricted
    assert with_record.safety.step(SafetyStep.SIGNALS).note == SAFETY_NOTE
    for context in (for_resident, without):
        assert context.safety is None and not context.include_restricted
    assert [e.detail for e in _events(session, conversation_id)] == ["file+restricted", "resident", "file"]


def test_restricted_asked_without_a_record_gives_none(
        session: Session, conversation_id: int, written: list[tuple[Any, str]],
        tmp_path: Path) -> None:
    session.db.execute("DELETE FROM safety_records")
    assert not session.report.can_include_restricted(conversation_id)
    session.report.export(conversation_id, ReportVariant.FILE, tmp_path / "a.pdf",
                          include_restricted=True)
    [(context, _variant)] = written
    assert context.safety is None and not context.include_restricted


def test_unknown_conversation_is_a_lookup_error(session: Session, written: list[tuple[Any, str]],
                                                tmp_path: Path) -> None:
    with pytest.raises(LookupError):
        session.report.export(999, ReportVariant.RESIDENT, tmp_path / "a.pdf")
    assert not (tmp_path / "a.pdf").exists()
    assert written == []


def test_unwritable_place_raises_os_error_and_logs_nothing(
        session: Session, conversation_id: int, written: list[tuple[Any, str]],
        tmp_path: Path) -> None:
    with pytest.raises(OSError):
        session.report.export(conversation_id, ReportVariant.RESIDENT,
                              tmp_path / "bestaat-niet" / "a.pdf")
    assert _events(session, conversation_id) == []


def test_a_failing_writer_propagates_and_logs_nothing(
        session: Session, conversation_id: int, written: list[tuple[Any, str]],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from toegang_desktop.export import pdf_report

    def failing(context: Any, variant: Any, target: Path, *, protected: Any,
                before_replace: Any = None) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdf_report, "write_report", failing)
    with pytest.raises(OSError):
        session.report.export(conversation_id, ReportVariant.FILE, tmp_path / "verslag.pdf")
    assert _events(session, conversation_id) == []


def test_events_go_with_the_resident(session: Session, conversation_id: int,
                                     written: list[tuple[Any, str]], tmp_path: Path) -> None:
    session.report.export(conversation_id, ReportVariant.RESIDENT, tmp_path / "a.pdf")
    session.db.execute("DELETE FROM residents")
    assert session.db.execute("SELECT count(*) FROM dossier_events").fetchone()[0] == 0


def test_only_known_event_kinds_are_stored(session: Session, conversation_id: int) -> None:
    conversation = session.conversations.load(conversation_id)
    assert conversation is not None
    with pytest.raises(dbapi.IntegrityError):
        session.db.execute(
            "INSERT INTO dossier_events (resident_id, at, actor, kind) VALUES (?, ?, '', 'viewed')",
            [conversation.resident_id, "2026-11-23T10:00:00+00:00"])


def test_default_file_name_names_date_and_variant_only(session: Session,
                                                       conversation_id: int) -> None:
    conversation = session.conversations.load(conversation_id)
    assert conversation is not None
    names = {variant: default_file_name(conversation, variant) for variant in ReportVariant}
    assert names == {ReportVariant.RESIDENT: "verslag-2026-11-20-inwoner.pdf",
                     ReportVariant.FILE: "verslag-2026-11-20-dossier.pdf"}
    for name in names.values():
        for part in ("Zoë", "Zoe", "Şükrüoğlu", "Sukruoglu", str(conversation.resident_id)):
            assert part.lower() not in name.lower().replace("2026-11-20", "")


def test_report_settings_are_read_from_the_ini_file(tmp_path: Path) -> None:
    from toegang_desktop.services.settings import open_settings

    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG")
    settings = open_settings(tmp_path / "toegang.ini")
    assert report_settings(settings) == ReportSettings()
    for key, value in (("report/municipality", " Gemeente Voorbeeldstad "),
                       ("report/logo", str(logo)), ("report/professional", "Sanne"),
                       ("report/contact", "14 020"), ("report/signatures", True)):
        settings.setValue(key, value)
    settings.sync()
    again = open_settings(tmp_path / "toegang.ini")
    assert report_settings(again) == ReportSettings(
        municipality="Gemeente Voorbeeldstad", logo=logo, professional="Sanne",
        contact="14 020", signatures=True)
    again.setValue("report/logo", str(tmp_path / "gone.png"))
    assert report_settings(again).logo is None  # a logo that is gone is left out


def test_reportlab_is_not_loaded_by_opening_a_session(tmp_path: Path) -> None:
    code = ("import sys; from pathlib import Path; from toegang_desktop.paths import AppPaths; "
            "from toegang_desktop.services.session import open_session; "
            f"s = open_session(AppPaths.in_folder(Path({str(tmp_path / 'x')!r})), False, None, None); "
            "s.close(); print('reportlab' in sys.modules, "
            "'toegang_desktop.export.pdf_report' in sys.modules)")
    result = run_child([sys.executable, "-c", code], capture_output=True, text=True,
                       timeout=60, check=True)
    assert result.stdout.split() == ["False", "False"]


def test_command_line_writes_the_report(session: Session, conversation_id: int,
                                        tmp_path: Path) -> None:
    import os
    import subprocess

    data_dir = str(tmp_path / "toegang")
    session.close()  # the command opens the store itself

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        return run_child(
            [sys.executable, "-m", "toegang_desktop", "--data-dir", data_dir, "--lang", "en",
             "export-pdf", *args], capture_output=True, text=True, env=env, timeout=120)

    out = tmp_path / "verslag.pdf"
    result = run("--conversation", str(conversation_id), "--variant", "file", "--out", str(out),
                 "--include-restricted")
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout and "page" in result.stdout
    assert out.read_bytes().startswith(b"%PDF")
    unknown = run("--conversation", "999", "--variant", "resident", "--out", str(out))
    assert unknown.returncode == 1 and "999" in unknown.stderr
    unwritable = run("--conversation", str(conversation_id), "--variant", "resident",
                     "--out", str(tmp_path / "bestaat-niet" / "v.pdf"))
    assert unwritable.returncode == 1  # why, and the way out
    assert "folder does not exist" in unwritable.stderr
    assert "Choose another folder" in unwritable.stderr


def test_a_report_service_without_the_session_log_still_logs_the_print(
    session: Session, conversation_id: int, tmp_path: Path,
) -> None:
    """As every other service (services/access_log.recorder): an export never goes unlogged."""
    from toegang_desktop.services.report import ReportService
    from toegang_desktop.store.access_log import AccessLogRepository

    service = ReportService(session.db, session.dossiers, session.conversations,
                            session.recognition, session.investigation, session.safety,
                            session.plan, protected=session.protected_files)
    service.export(conversation_id, ReportVariant.RESIDENT, tmp_path / "verslag.pdf")
    last = list(AccessLogRepository(session.db).lines())[-1]
    assert (last.action, last.detail, last.conversation_id) == ("print", "resident",
                                                                conversation_id)
