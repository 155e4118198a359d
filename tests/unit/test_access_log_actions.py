"""Every action on a dossier, done through the services, writes exactly one complete access-log
line: when, who (user, profile), where (workstation), which resident (internal id), what,
with what result; never a name, BSN, search text or value."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

import pytest

from toegang_desktop.domain.access_log import LogLine, line_hash
from toegang_desktop.domain.caseload import CaseloadSort
from toegang_desktop.domain.conversation import Conversation, Place
from toegang_desktop.domain.problems import ValidationFailed
from toegang_desktop.domain.resident import Resident
from toegang_desktop.domain.retention import ErasureReason, RetentionLaw
from toegang_desktop.paths import AppPaths
from toegang_desktop.services.report import ReportVariant
from toegang_desktop.services.session import Session, open_session
from toegang_desktop.store.database import Database

NAME, SURNAME, BSN = "Quirinius", "Testpersoonsma", "123456782"
OWN_WORDS = "Uniek-eigen-woorden-Q7"


@dataclass
class Ctx:
    session: Session
    resident_id: int
    conversation_id: int
    tmp: Path


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[Ctx]:
    session = open_session(AppPaths.in_folder(tmp_path / "profiel-a"), False, None, None)
    resident_id = session.dossiers.register(Resident(
        first_names=NAME, surname=SURNAME, date_of_birth=date(1980, 1, 2), bsn=BSN))
    conversation = session.conversations.start(Conversation(
        resident_id=resident_id, held_on=date(2026, 11, 2), place=Place.HOME,
        checklist_id="", checklist_version=""))
    assert conversation.id is not None
    yield Ctx(session, resident_id, conversation.id, tmp_path)
    session.close()


def _view(c: Ctx) -> None:
    c.session.dossiers.open(c.resident_id)


def _view_conversation(c: Ctx) -> None:
    c.session.conversations.open(c.conversation_id)


def _view_restricted(c: Ctx) -> None:
    c.session.safety.open_record(c.conversation_id)


def _search(c: Ctx) -> None:
    assert c.session.dossiers.search(SURNAME[:6], CaseloadSort.NAME) == [c.resident_id]


def _create(c: Ctx) -> None:
    c.session.dossiers.register(Resident(first_names="Anna", surname="Fictief",
                                         date_of_birth=date(1970, 3, 3)))


def _change_resident(c: Ctx) -> None:
    resident = c.session.dossiers.resident(c.resident_id)
    assert resident is not None
    c.session.dossiers.update(replace(resident, city="Oefendorp"))


def _change_assessment(c: Ctx) -> None:
    conversation = c.session.conversations.load(c.conversation_id)
    assert conversation is not None
    changed = replace(conversation.assessment("finances"), own_words=OWN_WORDS)
    c.session.conversations.save_assessment(c.conversation_id, changed)


def _export(c: Ctx) -> None:
    c.session.transfer.export(c.resident_id, c.tmp / "dossier.json")


def _export_fails(c: Ctx) -> None:
    with pytest.raises(OSError):
        c.session.transfer.export(c.resident_id, c.tmp / "no-such-folder" / "dossier.json")


def _print(c: Ctx) -> None:
    c.session.report.export(c.conversation_id, ReportVariant.RESIDENT, c.tmp / "verslag.pdf")


def _import_refused(c: Ctx) -> None:
    source = c.tmp / "kapot.json"
    source.write_text("{}", encoding="utf-8")
    with pytest.raises(ValidationFailed):
        c.session.transfer.import_file(source, date.today())


def _close(c: Ctx) -> None:
    c.session.privacy.close_dossier(c.resident_id, RetentionLaw.WMO, date(2026, 1, 31),
                                    confirmed=True)


def _erase(c: Ctx) -> None:
    c.session.privacy.erase(c.resident_id, ErasureReason.DUPLICATE)


def _restore(c: Ctx) -> None:
    c.session.access_log.restored(c.resident_id, detail="backup")


def _log_export(c: Ctx) -> None:
    c.session.access_log.export_csv(c.tmp / "log.csv", protected=c.session.protected_files)


def _access_request(c: Ctx) -> None:
    c.session.privacy.access_request(c.resident_id, c.tmp / "inzage")


def _view_changes(c: Ctx) -> None:
    c.session.privacy.changes(c.resident_id)  # old and new values on screen (issue 19)


# (action, what it does, expected action code, expected result, is about the resident)
ACTIONS: list[tuple[str, Callable[[Ctx], None], str, str, bool]] = [
    ("open dossier", _view, "view", "ok", True),
    ("open conversation", _view_conversation, "view", "ok", True),
    ("open reporting-code record", _view_restricted, "view", "ok", True),
    ("search", _search, "search", "ok", False),
    ("register resident", _create, "create", "ok", False),
    ("correct details", _change_resident, "change", "ok", True),
    ("save a domain", _change_assessment, "change", "ok", True),
    ("export dossier", _export, "export", "ok", True),
    ("export fails", _export_fails, "export", "failed", True),
    ("print report", _print, "print", "ok", True),
    ("import refused", _import_refused, "import", "refused", False),
    ("close dossier", _close, "change", "ok", True),
    ("erase dossier", _erase, "delete", "ok", True),
    ("restore", _restore, "restore", "ok", True),
    ("log export", _log_export, "log_export", "ok", False),
    ("access request", _access_request, "export", "ok", True),
    ("history of corrections", _view_changes, "view", "ok", True),
]


@pytest.mark.parametrize(("name", "act", "action", "result", "about"), ACTIONS,
                         ids=[a[0] for a in ACTIONS])
def test_each_action_writes_exactly_one_complete_line(
    ctx: Ctx, name: str, act: Callable[[Ctx], None], action: str, result: str, about: bool,
) -> None:
    log = ctx.session.access_log
    before = list(log._repo.lines())  # noqa: SLF001 - the raw lines, for the count
    act(ctx)
    new = [line for line in log._repo.lines() if line.id > before[-1].id]  # noqa: SLF001
    assert len(new) == 1, f"{name}: {[(x.action, x.detail) for x in new]}"
    line = new[0]
    _assert_complete(line, ctx)
    assert (line.action, line.result) == (action, result)
    if about:
        assert line.resident_id == ctx.resident_id
    assert log.verify().ok


def test_import_writes_one_line_about_the_new_resident(ctx: Ctx) -> None:
    source = ctx.tmp / "in.json"
    ctx.session.transfer.export(ctx.resident_id, source)
    data = json.loads(source.read_text(encoding="utf-8"))
    data["resident"]["bsn"] = ""  # the BSN is taken in this store
    source.write_text(json.dumps(data), encoding="utf-8")
    before = ctx.session.access_log.verify().checked
    new_id = ctx.session.transfer.import_file(source, date.today())
    [line] = list(ctx.session.access_log._repo.lines())[before:]  # noqa: SLF001
    assert (line.action, line.result, line.resident_id) == ("import", "ok", new_id)
    assert new_id != ctx.resident_id
    _assert_complete(line, ctx)


def test_an_access_request_for_nobody_is_refused(ctx: Ctx) -> None:
    with pytest.raises(LookupError):
        ctx.session.privacy.access_request(404, ctx.tmp)
    last = list(ctx.session.access_log._repo.lines())[-1]  # noqa: SLF001
    assert (last.action, last.result, last.resident_id) == ("export", "refused", 404)


def _assert_complete(line: LogLine, c: Ctx) -> None:
    assert datetime.fromisoformat(line.at).utcoffset() is not None  # UTC, with its offset
    assert line.actor and line.workstation
    assert line.profile == "profiel-a"
    assert line.hash == line_hash(line.prev_hash, line)
    text = json.dumps(line.__dict__, ensure_ascii=False)
    for secret in (NAME, SURNAME, BSN, SURNAME[:6], OWN_WORDS, "Oefendorp", str(c.tmp)):
        assert secret not in text


def test_a_changed_field_is_logged_by_name_once_while_typing(ctx: Ctx) -> None:
    """Autosave writes every 400 ms: repeated saves of one field make one line, a second
    field its own line."""
    conversation = ctx.session.conversations.load(ctx.conversation_id)
    assert conversation is not None
    assessment = conversation.assessment("housing")
    log = ctx.session.access_log
    start = log.verify().checked
    for typed in range(1, 30):
        assessment = replace(assessment, own_words="x" * typed)
        ctx.session.conversations.save_assessment(ctx.conversation_id, assessment)
    ctx.session.conversations.save_assessment(ctx.conversation_id, replace(assessment, level=3))
    lines = list(log._repo.lines())[start:]  # noqa: SLF001
    assert [(x.action, x.detail) for x in lines] == [
        ("change", "housing.own_words"), ("change", "housing.level")]


def test_an_unchanged_save_writes_no_line(ctx: Ctx) -> None:
    conversation = ctx.session.conversations.load(ctx.conversation_id)
    assert conversation is not None
    count = ctx.session.access_log.verify().checked
    ctx.session.conversations.save_assessment(ctx.conversation_id,
                                              conversation.assessment("meaning"))
    assert ctx.session.access_log.verify().checked == count


def test_search_without_terms_is_the_caseload_not_a_search(ctx: Ctx) -> None:
    count = ctx.session.access_log.verify().checked
    ctx.session.dossiers.search("  ", CaseloadSort.NAME)
    assert ctx.session.access_log.verify().checked == count


def test_a_service_without_the_session_log_logs_no_looks(db: Database) -> None:
    """Its own recorder (`recorder()`) logs changes only, also for the printed caseload list."""
    from toegang_desktop.services.dossiers import DossierService
    from toegang_desktop.store.access_log import AccessLogRepository

    dossiers = DossierService(db)
    resident_id = dossiers.register(Resident(first_names="Fatima", surname="Yilmaz",
                                              date_of_birth=date(1980, 1, 2)))
    assert [e.id for e in dossiers.listing()] == [resident_id]
    assert [x.action for x in AccessLogRepository(db).lines()] == ["create"]
