"""Working as a team over two and three laptops (encrypted stores in a team, services only)
and one real server: a handover accepted and one declined, a colleague involved, a stand-in
whose end date passes, the glass broken (and refused without a reason), the overview's counts
against what the laptop itself counts, a case discussion's agreement in the laptop's plan, and
the resident's contact person when a colleague coordinates."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from toegang_desktop.domain.team import CaseAgreement
from toegang_desktop.services.demo import seed_demo
from toegang_desktop.services.errors import ReadOnlyDossier, TeamRefused
from toegang_desktop.services.team_summary import summary_extras
from toegang_desktop.services.team_sync import open_team_sync
from toegang_desktop.services.team_work import TeamWork
from toegang_desktop.store.sync_state import TeamStore

from .conftest import Team
from .laptops import Laptop, laptops


def work(laptop: Laptop) -> TeamWork:
    with laptop.team() as team:
        return team.team_work()


def test_a_handover_accepted_moves_the_dossier_and_a_declined_one_leaves_it(
        tmp_path: Path, team: Team) -> None:
    with laptops(tmp_path, team, "a", "b") as (a, b):
        moving, staying = a.register("Overdracht"), a.register("Blijft")
        a.sync()
        b.sync()
        moved, kept = a.uuid_of(moving), a.uuid_of(staying)
        login_b = team.members["b"].login
        with work(a) as wa, work(b) as wb:
            first = wa.propose_handover(moved, login_b, "Wmo loopt", "", "Schulden")
            second = wa.propose_handover(kept, login_b, "Niets bijzonders", "", "")
            assert {h.handover_id for h in wb.handovers()} == {first, second}
            wb.accept_handover(first)
            with pytest.raises(TeamRefused) as refused:
                wb.decline_handover(second, "  ")  # a reason, asked before the server is
            assert refused.value.code == "TG007"
            wb.decline_handover(second, "Mijn caseload is vol")
        assert b.sync().pulled > 0 and a.sync().removed_dossiers == 1
        assert b.local_id(moved) is not None and a.local_id(moved) is None
        assert a.local_id(kept) is not None and b.local_id(kept) is None
        with b.team() as team_b:
            (row,) = [r for r in team_b.team_caseload("overdracht") if r.resident_uuid == moved]
            assert row.held_here and row.coordinator_login == login_b


def test_involve_a_stand_in_that_ends_and_the_glass(tmp_path: Path, team: Team) -> None:
    with laptops(tmp_path, team, "a", "b", "lead") as (a, b, lead):
        involved, away, glass = a.register("Betrokken"), a.register("Weg"), a.register("Glas")
        a.sync()
        login_a, login_b = team.members["a"].login, team.members["b"].login
        ids = {n: a.uuid_of(r) for n, r in (("involved", involved), ("away", away),
                                            ("glass", glass))}
        with work(a) as wa:
            wa.involve(ids["involved"], login_b, "Schuldhulp")
            wa.set_contact("Wijkteam Oost, 020-1234567")
        b.sync()
        rid = b.local_id(ids["involved"])
        assert rid is not None
        with b.team() as team_b:
            row = next(r for r in team_b.team_caseload("betrokken"))
        assert row.involved_logins == (login_b,) and row.last_contact is None
        # b prints the resident's report: the contact person is the coordinator, a
        assert TeamStore(b.session.db).contact_person(rid) == (row.coordinator,
                                                               "Wijkteam Oost, 020-1234567")
        assert TeamStore(a.session.db).contact_person(involved) is None  # a's own settings
        # the team leader reassigns a's dossier to b; the end date passes: it comes back
        with work(lead) as wl:
            assert wl.stand_in([ids["away"]], login_b, "Ziekte", date.today() + timedelta(days=7)) == 1
        b.sync()
        a.sync()
        assert b.local_id(ids["away"]) is not None and a.local_id(ids["away"]) is None
        team.server.superuser().execute("UPDATE toegang.stand_ins SET until = now() - interval '1 s'"
                                        " WHERE resident_id = %s", (ids["away"],))
        a.sync()
        b.sync()
        assert a.local_id(ids["away"]) is not None and b.local_id(ids["away"]) is None
        # the glass: refused without a reason; with one, a copy on b's laptop that b cannot change
        with work(b) as wb:
            with pytest.raises(TeamRefused):
                wb.break_glass(ids["glass"], "")
            assert wb.break_glass(ids["glass"], "Bewoner belt in crisis, A is weg") is not None
        b.sync()
        rid_glass = b.local_id(ids["glass"])
        assert rid_glass is not None
        resident = b.session.dossiers.resident(rid_glass)
        assert resident is not None
        from dataclasses import replace

        # read only: the laptop refuses the change before the server would refuse its push
        with pytest.raises(ReadOnlyDossier):
            b.session.dossiers.update(replace(resident, phone="0612345678"))
        assert b.session.dossiers.resident(rid_glass) == resident
        assert b.sync().refused == 0  # nothing typed went up to be refused
        with work(a) as wa:
            request = wa.access_request(ids["glass"])
        assert [(g.login, g.reason) for g in request.broken_glass] == [
            (login_b, "Bewoner belt in crisis, A is weg")]
        with work(lead) as wl:
            assert wl.overview().broken_glass == 1
        assert login_a != login_b


def test_the_overview_counts_what_the_laptop_counts_and_a_case_lands_in_the_plan(
        tmp_path: Path, team: Team) -> None:
    with laptops(tmp_path, team, "a", "lead") as (a, lead):
        # the demo as it was two months ago: signals to weigh, evaluations and terms due
        seed_demo(a.session.db, a.session.content.checklist, date.today() - timedelta(days=60))
        rules = a.session.content.rules
        for _ in range(2):
            with open_team_sync(a.paths.store, a.key, a.actor, rules=rules) as team_a:
                team_a.sync()
        extras = summary_extras(a.session.db, rules, date.today())
        with work(lead) as wl:
            overview = wl.overview()
        (mine,) = [p for p in overview.people if p.login == team.members["a"].login]
        count = a.session.db.execute("SELECT count(*) FROM residents").fetchone()[0]
        overdue = a.session.db.execute("SELECT count(*) FROM residents WHERE next_deadline < ?",
                                       [date.today().isoformat()]).fetchone()[0]
        assert mine.coordinated == count
        assert mine.signals_to_weigh == sum(e.signals_to_weigh for e in extras.values()) > 0
        assert mine.plans_past_evaluation == sum(
            1 for e in extras.values() if e.plan_evaluation and e.plan_evaluation < date.today()) > 0
        assert mine.overdue_terms == overdue
        # nothing changed: the next sync sends no summary again
        with open_team_sync(a.paths.store, a.key, a.actor, rules=rules) as team_a:
            assert team_a.queue_summaries(rules, date.today()) == 0
        # a case discussion: its agreement arrives in the dossier's plan on a's laptop
        rid, cid = a.session.db.execute("SELECT resident_id, id FROM conversations"
                                        " ORDER BY held_on DESC, id DESC LIMIT 1").fetchone()
        with work(lead) as wl, work(a) as wa:
            meeting = wl.new_meeting(date.today(), "Overleg")
            case = wa.bring_case(meeting, a.uuid_of(rid), "Hoe betrekken we het netwerk?")
            wl.record_case(case, [team.members["a"].login], "Netwerkberaad",
                           [CaseAgreement("netwerkberaad plannen", "A", date.today() + timedelta(days=14))])
        a.sync()
        whats = [w for (w,) in a.session.db.execute(
            "SELECT what FROM agreements WHERE conversation_id = ?", [cid])]
        assert "A: netwerkberaad plannen" in whats
