"""Working as a team end to end (issue 17): two or three laptops (main windows over their own
encrypted stores) and one real PostgreSQL team server. A handover proposed on one laptop is
accepted (and another declined) on the other; a colleague is involved and gets the dossier;
a stand-in ends on a date that passed and the dossier comes back; the glass is broken only with
a reason and gives a read-only copy; the team leader's overview counts what the laptops hold;
and a case discussion's agreement lands in the dossier's plan on the coordinator's laptop."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from toegang_desktop.domain.resident import Resident
from toegang_desktop.domain.team import CaseAgreement
from toegang_desktop.services.errors import ReadOnlyDossier
from toegang_desktop.store.sync_state import TeamStore
from toegang_desktop.ui.shell.main_window import MainWindow
from toegang_desktop.ui.team.work_dialogs import BreakGlassDialog, HandoverAnswerDialog

from . import test_team_screens as screens
from .conftest import Team
from .test_team_screens import WAIT_MS, _join, _update

# The team screens' fixtures: windows over their own stores, the interface in Dutch.
laptop = screens.laptop
dutch = screens.dutch


def work_of(qtbot, window: MainWindow):  # type: ignore[no-untyped-def]
    """The window's team-work wiring, once it knows who this is."""
    team = window.team
    assert team is not None and team.work is not None
    qtbot.waitUntil(lambda: team.work.me is not None, timeout=WAIT_MS)
    return team.work


def call(qtbot, window: MainWindow, job):  # type: ignore[no-untyped-def]
    """Run a team-work call on the window's worker, as its screens do; returns the result."""
    work = work_of(qtbot, window)
    found: list[object] = []
    failed: list[str] = []
    work.run(job, found.append, failed.append)
    qtbot.waitUntil(lambda: bool(found or failed), timeout=WAIT_MS)
    assert not failed, failed
    return found[0]


def register(window: MainWindow, surname: str) -> int:
    return window._dossiers.register(Resident(first_names="Fictief", surname=surname,
                                              date_of_birth=date(1960, 3, 4)))


def uuid_of(window: MainWindow, resident_id: int) -> str:
    return str(window._session.db.execute("SELECT uuid FROM residents WHERE id = ?",
                                          [resident_id]).fetchone()[0])


def held(window: MainWindow, uuid: str) -> int | None:
    row = window._session.db.execute("SELECT id FROM residents WHERE uuid = ?", [uuid]).fetchone()
    return int(row[0]) if row else None


def test_a_handover_accepted_on_the_other_laptop_moves_the_dossier(qtbot, laptop, team: Team  # type: ignore[no-untyped-def]
                                                                   ) -> None:
    a, b = laptop("a"), laptop("b")
    _join(qtbot, a, team, "a")
    _join(qtbot, b, team, "b")
    accepted, declined = register(a, "Overdracht"), register(a, "Blijft")
    _update(qtbot, a)
    login_b = team.members["b"].login
    for rid in (accepted, declined):
        uuid = uuid_of(a, rid)
        call(qtbot, a, lambda w, u=uuid: w.propose_handover(u, login_b, "Wmo loopt", "", "Schulden"))
    proposals = call(qtbot, b, lambda w: w.handovers())
    assert len(proposals) == 2
    for proposal in proposals:
        dialog = HandoverAnswerDialog(proposal, b)
        qtbot.addWidget(dialog)
        if proposal.resident_uuid == uuid_of(a, accepted):
            qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
            call(qtbot, b, lambda w, h=proposal: w.accept_handover(h.handover_id))
        else:
            dialog.reason.setText("Mijn caseload is vol")
            qtbot.mouseClick(dialog.decline_button, Qt.MouseButton.LeftButton)
            assert dialog.accepted_handover is False
            call(qtbot, b, lambda w, h=proposal: w.decline_handover(h.handover_id, "vol"))
    moved, kept = uuid_of(a, accepted), uuid_of(a, declined)
    _update(qtbot, b)
    _update(qtbot, a)
    assert held(b, moved) is not None and held(a, moved) is None  # handed over: moved whole
    assert held(a, kept) is not None and held(b, kept) is None  # declined: where it was
    rows = {r.resident_uuid: r for r in a.team.team_rows("fictief")}  # type: ignore[union-attr]
    assert rows[moved].coordinator_login == login_b


def test_involve_stand_in_and_the_glass_over_two_laptops(qtbot, laptop, team: Team) -> None:  # type: ignore[no-untyped-def]
    a, b, lead = laptop("a"), laptop("b"), laptop("lead")
    for window, who in ((a, "a"), (b, "b"), (lead, "lead")):
        _join(qtbot, window, team, who)
    involved, away, glass = register(a, "Betrokken"), register(a, "Vervanging"), register(a, "Glas")
    _update(qtbot, a)
    login_a, login_b = team.members["a"].login, team.members["b"].login
    uuids = {name: uuid_of(a, rid) for name, rid in
             (("involved", involved), ("away", away), ("glass", glass))}
    # involve b: b's laptop gets the dossier
    call(qtbot, a, lambda w: w.involve(uuids["involved"], login_b, "Schuldhulp", None))
    call(qtbot, a, lambda w: w.set_contact("Wijkteam Oost, 020-1234567"))
    _update(qtbot, b)
    rid_involved = held(b, uuids["involved"])
    assert rid_involved is not None
    # b prints the resident's report: it names the coordinator, a, and how to reach a
    name_a = next(r.coordinator for r in b.team.team_rows("betrokken"))  # type: ignore[union-attr]
    assert TeamStore(b._session.db).contact_person(rid_involved) == (
        name_a, "Wijkteam Oost, 020-1234567")
    assert TeamStore(a._session.db).contact_person(involved) is None  # a's own: a's settings
    # the team leader reassigns a's dossier to b until next week; the date passes: it returns
    until = date.today() + timedelta(days=7)
    assert call(qtbot, lead, lambda w: w.stand_in([uuids["away"]], login_b, "Ziekte", until)) == 1
    _update(qtbot, b)
    _update(qtbot, a)
    assert held(b, uuids["away"]) is not None and held(a, uuids["away"]) is None
    team.server.superuser().execute("UPDATE toegang.stand_ins SET until = now() - interval '1 s'"
                                    " WHERE resident_id = %s", (uuids["away"],))
    _update(qtbot, a)
    _update(qtbot, b)
    assert held(a, uuids["away"]) is not None and held(b, uuids["away"]) is None
    rows = {r.resident_uuid: r for r in a.team.team_rows("fictief")}  # type: ignore[union-attr]
    assert rows[uuids["away"]].coordinator_login == login_a
    # the glass: no reason, no access; with one, a read-only copy on b's laptop
    dialog = BreakGlassDialog("Fictief Glas", "A", b)
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    dialog.reason.setPlainText("Bewoner belt in crisis, A is op vakantie")
    assert dialog.ok.isEnabled()
    assert call(qtbot, b, lambda w: w.break_glass(uuids["glass"], dialog.value())) is not None
    _update(qtbot, b)
    rid_b = held(b, uuids["glass"])
    assert rid_b is not None
    # read only on b's laptop too: the band, no edit actions, and a write refused before the
    # server would refuse its push
    b.open_dossier(rid_b)
    assert b.dossier.read_only_band.isVisible() and not b.dossier.edit_button.isEnabled()
    resident = b._dossiers.resident(rid_b)
    assert resident is not None
    with pytest.raises(ReadOnlyDossier):
        b._dossiers.update(replace(resident, city="Elders"))
    request = call(qtbot, a, lambda w: w.access_request(uuids["glass"]))
    assert [g.reason for g in request.broken_glass] == ["Bewoner belt in crisis, A is op vakantie"]
    overview = call(qtbot, lead, lambda w: w.overview())
    assert overview.broken_glass == 1


def test_the_overview_counts_what_the_laptops_hold_and_a_case_lands_in_the_plan(  # type: ignore[no-untyped-def]
        qtbot, laptop, team: Team) -> None:
    a, lead = laptop("a"), laptop("lead")
    _join(qtbot, a, team, "a")
    _join(qtbot, lead, team, "lead")
    from toegang_desktop.services.demo import seed_demo

    # the demo as it was two months ago: signals wait to be weighed, evaluations and terms are due
    seed_demo(a._session.db, a._session.content.checklist, date.today() - timedelta(days=60))
    held_here = a._session.db.execute("SELECT count(*) FROM residents").fetchone()[0]
    _update(qtbot, a)
    _update(qtbot, a)  # the derived fields' summaries (queued before the push) are in
    from toegang_desktop.services.team_summary import summary_extras

    extras = summary_extras(a._session.db, a._session.content.rules, date.today())
    overview = call(qtbot, lead, lambda w: w.overview())
    (mine,) = [p for p in overview.people if p.login == team.members["a"].login]
    assert mine.coordinated == held_here
    assert mine.signals_to_weigh > 0 and mine.plans_past_evaluation > 0  # counts that can be wrong
    assert mine.signals_to_weigh == sum(e.signals_to_weigh for e in extras.values())
    assert mine.plans_past_evaluation == sum(
        1 for e in extras.values() if e.plan_evaluation and e.plan_evaluation < date.today())
    terms = a._session.db.execute("SELECT count(*) FROM residents WHERE next_deadline < ?",
                                  [date.today().isoformat()]).fetchone()[0]
    assert mine.overdue_terms == terms
    # a case discussion: the agreement arrives in the dossier's plan on a's laptop
    rid = a._session.db.execute("SELECT resident_id FROM conversations ORDER BY held_on DESC"
                                " LIMIT 1").fetchone()[0]
    uuid = uuid_of(a, rid)
    meeting = call(qtbot, lead, lambda w: w.new_meeting(date.today(), "Overleg"))
    case = call(qtbot, a, lambda w: w.bring_case(meeting, uuid, "Hoe betrekken we het netwerk?"))
    call(qtbot, lead, lambda w: w.record_case(case, [team.members["a"].login], "Netwerkberaad",
                                              [CaseAgreement("netwerkberaad plannen", "A")]))
    _update(qtbot, a)
    whats = [w for (w,) in a._session.db.execute(
        "SELECT a.what FROM agreements a JOIN conversations c ON c.id = a.conversation_id"
        " WHERE c.resident_id = ?", [rid])]
    assert "A: netwerkberaad plannen" in whats
