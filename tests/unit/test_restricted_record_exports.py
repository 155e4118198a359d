"""Whether the restricted reporting-code record left the store is in the access log line of
every file export, and an access request includes it only when asked (issue 14)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from toegang_desktop.domain.conversation import Conversation, Place
from toegang_desktop.domain.resident import Resident
from toegang_desktop.domain.safety import SafetyRecord, SafetyStep, StepState
from toegang_desktop.paths import AppPaths
from toegang_desktop.services.report import ReportVariant
from toegang_desktop.services.session import Session, open_session


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    opened = open_session(AppPaths.in_folder(tmp_path / "profiel"), False, None, None)
    yield opened
    opened.close()


def _resident(session: Session, with_record: bool) -> tuple[int, int]:
    resident_id = session.dossiers.register(Resident(
        first_names="Mira", surname="Meldcode", date_of_birth=date(1984, 2, 3)))
    conversation = session.conversations.start(Conversation(
        resident_id=resident_id, held_on=date(2026, 11, 2), place=Place.HOME,
        checklist_id="", checklist_version=""))
    assert conversation.id is not None
    if with_record:
        session.safety.save(conversation.id, SafetyRecord(
            steps={SafetyStep.SIGNALS: StepState("Zorg over de veiligheid thuis", True)}),
            date.today())
    return resident_id, conversation.id


def _last_detail(session: Session, resident_id: int, action: str) -> str:
    return [x.detail for x in session.access_log.lines_for(resident_id) if x.action == action][-1]


def _safety_records(path: Path) -> list[object]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [c["safety_record"] for c in data["conversations"] if c.get("safety_record")]


def test_a_pdf_export_logs_whether_the_restricted_record_went_out(session: Session,
                                                                  tmp_path: Path) -> None:
    resident_id, conversation_id = _resident(session, with_record=True)
    report = session.report
    report.export(conversation_id, ReportVariant.FILE, tmp_path / "a.pdf", include_restricted=True)
    assert _last_detail(session, resident_id, "print") == "file+restricted"
    report.export(conversation_id, ReportVariant.FILE, tmp_path / "b.pdf")
    assert _last_detail(session, resident_id, "print") == "file"
    report.export(conversation_id, ReportVariant.RESIDENT, tmp_path / "c.pdf",
                  include_restricted=True)  # the resident's variant never has it
    assert _last_detail(session, resident_id, "print") == "resident"


def test_a_dossier_file_logs_whether_the_restricted_record_went_out(session: Session,
                                                                    tmp_path: Path) -> None:
    with_record, _ = _resident(session, with_record=True)
    without, _ = _resident(session, with_record=False)
    session.transfer.export(with_record, tmp_path / "met.json")
    session.transfer.export(without, tmp_path / "zonder.json")
    assert _last_detail(session, with_record, "export") == "json+restricted"
    assert _safety_records(tmp_path / "met.json")
    assert _last_detail(session, without, "export") == "json"


def test_an_access_request_leaves_the_restricted_record_out_unless_asked(
        session: Session, tmp_path: Path) -> None:
    resident_id, _ = _resident(session, with_record=True)
    assert session.privacy.has_restricted_record(resident_id)
    withheld = session.privacy.access_request(resident_id, tmp_path / "a")
    assert _safety_records(withheld.folder / "dossier.json") == []
    assert _last_detail(session, resident_id, "export") == "access_request+withheld"
    included = session.privacy.access_request(resident_id, tmp_path / "b", include_restricted=True)
    assert _safety_records(included.folder / "dossier.json")
    assert _last_detail(session, resident_id, "export") == "access_request+restricted"
    plain, _ = _resident(session, with_record=False)
    assert not session.privacy.has_restricted_record(plain)
    session.privacy.access_request(plain, tmp_path / "c")
    assert _last_detail(session, plain, "export") == "access_request"
