"""Working as a team on the server (db/server/0002_team_work.sql): involve, hand over (accept
and decline), stand in until a date that passes, break the glass (and without a reason:
refused), the team overview's counts against the data, and a case discussion whose agreement
lands in the dossier's records."""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial
from typing import Any

import psycopg
import pytest

from toegang_desktop.domain.team import CaseAgreement, PushStatus, TeamErrorCode
from toegang_desktop.team import api
from toegang_desktop.team.errors import TeamError

from .conftest import Team
from .helpers import insert, new_dossier, new_id, now, summary, update


def pull_all(conn: psycopg.Connection[Any], device: str, since: int = 0,
             change: str | None = None) -> tuple[list[Any], list[str], int, str | None]:
    records: list[Any] = []
    removed: list[str] = []
    while True:
        page = api.pull(conn, device, since, change, 500)
        assert not page.reset
        records += page.records
        removed += page.removed
        since, change = page.high, page.high_change
        if not page.more:
            return records, removed, since, change


def refused_with(code: TeamErrorCode, call: Any) -> TeamError:
    with pytest.raises(TeamError) as error:
        call()
    assert error.value.code is code, error.value
    return error.value


def coordinator_of(team: Team, resident: str) -> str:
    row = team.server.superuser().execute(
        "SELECT coordinator FROM toegang.residents WHERE resident_id = %s", (resident,)).fetchone()
    assert row
    return str(row[0])


def make_due(team: Team, table: str, resident: str) -> None:
    """An end date that passed (as if the days went by): the next call ends it."""
    where = "ended_at IS NULL" if table == "stand_ins" else "true"
    team.server.superuser().execute(
        f"UPDATE toegang.{table} SET until = now() - interval '1 second' "
        f"WHERE resident_id = %s AND {where}", (resident,))


def test_involving_a_colleague_brings_the_dossier_whole_until_the_end_date(team: Team) -> None:
    a, b = team.connect("a"), team.connect("b")
    device_a, device_b = team.members["a"].device, team.members["b"].device
    login_b = team.members["b"].login
    resident, conversation = new_dossier(a, device_a)
    _, _, high, change = pull_all(b, device_b)
    refused_with(TeamErrorCode.REASON_REQUIRED, lambda: api.involve(a, resident, login_b, "  "))
    refused_with(TeamErrorCode.END_DATE,
                 lambda: api.involve(a, resident, login_b, "schulden", date(2020, 1, 1)))
    # b may not involve itself in a's dossier
    refused_with(TeamErrorCode.NO_ACCESS, lambda: api.involve(b, resident, login_b, "schulden"))
    api.involve(a, resident, login_b, "Schuldhulp: aanvraag begeleiden", date.today() + timedelta(days=30))
    records, removed, high, change = pull_all(b, device_b, high, change)
    assert {r.record_id for r in records} == {resident, conversation} and removed == []
    row = api.caseload(a, "")[0]
    assert row.involved == f"B {login_b[1:]}" and row.involved_logins == (login_b,)
    assert api.push(b, device_b, [update("conversations", resident, conversation, "level", 3, 2)]
                    )[0].status is PushStatus.APPLIED
    history = api.team_history(b, resident)
    assert [(e.kind, e.text) for e in history] == [("involved", "Schuldhulp: aanvraag begeleiden")]
    # the end date passes: b's next pull removes the dossier, and b may no longer change it
    make_due(team, "involvement", resident)
    _, removed, _, _ = pull_all(b, device_b, high, change)
    assert removed == [resident]
    late = api.push(b, device_b, [update("conversations", resident, conversation, "level", 2, 1)])[0]
    assert (late.status, late.reason) == (PushStatus.REFUSED, "no_access")
    assert api.caseload(a, "")[0].involved == ""


def test_a_handover_moves_coordination_only_when_the_colleague_accepts(team: Team) -> None:
    a, b = team.connect("a"), team.connect("b")
    device_a, device_b = team.members["a"].device, team.members["b"].device
    login_a, login_b = team.members["a"].login, team.members["b"].login
    resident, conversation = new_dossier(a, device_a, "Ria Overdracht")
    _, _, high_a, change_a = pull_all(a, device_a)
    _, _, high_b, change_b = pull_all(b, device_b)
    refused_with(TeamErrorCode.REASON_REQUIRED,
                 lambda: api.propose_handover(a, resident, login_b, "", " ", ""))
    refused_with(TeamErrorCode.NO_ACCESS,  # only the coordinator proposes
                 lambda: api.propose_handover(b, resident, login_b, "loopt", "", ""))
    handover = api.propose_handover(a, resident, login_b, "Wmo-aanvraag loopt",
                                    "Huisbezoek elke maand", "Let op de schulden")
    # proposed is not moved: a coordinates, b holds nothing yet
    assert coordinator_of(team, resident) == login_a
    records, _, high_b, change_b = pull_all(b, device_b, high_b, change_b)
    assert records == []
    (seen,) = api.handovers(b)
    assert (seen.handover_id, seen.resident_name, seen.running, seen.agreed, seen.watch) == (
        handover, "Ria Overdracht", "Wmo-aanvraag loopt", "Huisbezoek elke maand", "Let op de schulden")
    assert api.handovers(a)[0].handover_id == handover  # the proposer sees it waiting
    refused_with(TeamErrorCode.NO_ACCESS, lambda: api.answer_handover(a, handover, True))
    api.answer_handover(b, handover, True)
    assert coordinator_of(team, resident) == login_b
    records, _, _, _ = pull_all(b, device_b, high_b, change_b)
    assert {r.record_id for r in records} == {resident, conversation}
    _, removed, _, _ = pull_all(a, device_a, high_a, change_a)
    assert removed == [resident]
    api.set_contact(b, "Wijkteam Oost, 020-1234567")
    row = api.caseload(a, "ria")[0]
    assert (row.coordinator_login, row.coordinator_contact) == (login_b, "Wijkteam Oost, 020-1234567")
    refused_with(TeamErrorCode.NOT_OPEN, lambda: api.answer_handover(b, handover, False, "toch niet"))
    assert [e.kind for e in api.team_history(b, resident)] == ["handover_accepted"]


def test_a_declined_handover_leaves_the_dossier_where_it_was(team: Team) -> None:
    a, b = team.connect("a"), team.connect("b")
    login_a, login_b = team.members["a"].login, team.members["b"].login
    resident, _ = new_dossier(a, team.members["a"].device)
    # whom a can hand over to: the team's professionals and its leader, not the privacy officer
    assert {c.login for c in api.team_members(a)} == {login_a, login_b, team.members["lead"].login}
    handover = api.propose_handover(a, resident, login_b, "loopt", "", "")
    refused_with(TeamErrorCode.REASON_REQUIRED, lambda: api.answer_handover(b, handover, False, ""))
    api.answer_handover(b, handover, False, "Mijn caseload is vol")
    assert coordinator_of(team, resident) == login_a
    assert api.handovers(a) == [] and api.handovers(b) == []
    refused_with(TeamErrorCode.NOT_OPEN, lambda: api.answer_handover(b, handover, True))
    (event,) = api.team_history(a, resident)
    assert event.kind == "handover_declined" and "Mijn caseload is vol" in event.text
    # a new proposal replaces an open one; the proposer may withdraw it
    first = api.propose_handover(a, resident, login_b, "loopt", "", "")
    second = api.propose_handover(a, resident, team.members["lead"].login, "loopt", "", "")
    assert [h.handover_id for h in api.handovers(a)] == [second]
    refused_with(TeamErrorCode.NOT_OPEN, lambda: api.answer_handover(b, first, True))
    api.answer_handover(a, second, None)
    assert api.handovers(a) == []


def test_standing_in_moves_many_dossiers_and_coordination_returns_at_the_end_date(team: Team) -> None:
    a, b, lead = team.connect("a"), team.connect("b"), team.connect("lead")
    device_a, device_b = team.members["a"].device, team.members["b"].device
    login_a, login_b = team.members["a"].login, team.members["b"].login
    one, _ = new_dossier(a, device_a, "Een Vervanging")
    two, _ = new_dossier(a, device_a, "Twee Vervanging")
    _, _, high_a, change_a = pull_all(a, device_a)
    _, _, high_b, change_b = pull_all(b, device_b)
    until = date.today() + timedelta(days=14)
    refused_with(TeamErrorCode.NOT_ALLOWED, lambda: api.stand_in(a, [one], login_b, "ziek", until))
    refused_with(TeamErrorCode.REASON_REQUIRED, lambda: api.stand_in(lead, [one, two], login_b, "", until))
    refused_with(TeamErrorCode.END_DATE,
                 lambda: api.stand_in(lead, [one], login_b, "ziek", date.today()))
    assert api.stand_in(lead, [one, two], login_b, "Ziekteverlof", until) == 2
    assert {coordinator_of(team, r) for r in (one, two)} == {login_b}
    rows = api.caseload(b, "vervanging")
    assert [(r.coordinator_login, r.stand_in_for) for r in rows] == [(login_b, f"A {login_a[1:]}")] * 2
    records, _, high_b, change_b = pull_all(b, device_b, high_b, change_b)
    assert {r.resident_id for r in records} == {one, two}
    _, removed, high_a, change_a = pull_all(a, device_a, high_a, change_a)
    assert sorted(removed) == sorted([one, two])
    # the end date passes: the next call that reads scope hands coordination back
    make_due(team, "stand_ins", one)
    make_due(team, "stand_ins", two)
    records, removed, _, _ = pull_all(a, device_a, high_a, change_a)
    assert {r.resident_id for r in records} == {one, two} and removed == []
    assert {coordinator_of(team, r) for r in (one, two)} == {login_a}
    _, removed, _, _ = pull_all(b, device_b, high_b, change_b)
    assert sorted(removed) == sorted([one, two])
    assert all(r.stand_in_for == "" for r in api.caseload(a, "vervanging"))
    log = api.access_log(team.connect("privacy"), resident=one)
    assert {"stand_in", "stand_in_end"} <= {line["action"] for line in log}


def test_a_stand_in_for_a_coordinator_who_left_stays(team: Team) -> None:
    a, lead = team.connect("a"), team.connect("lead")
    login_a, login_b = team.members["a"].login, team.members["b"].login
    resident, _ = new_dossier(a, team.members["a"].device)
    api.stand_in(lead, [resident], login_b, "Verlof", date.today() + timedelta(days=3))
    api.remove_member(team.server.manager(), login_a)
    make_due(team, "stand_ins", resident)
    api.caseload(lead, "")  # any call that reads scope ends what is due
    assert coordinator_of(team, resident) == login_b


def test_breaking_the_glass_needs_a_reason_and_gives_read_access_until_the_end_of_the_day(
        team: Team) -> None:
    a, b = team.connect("a"), team.connect("b")
    device_a, device_b = team.members["a"].device, team.members["b"].device
    login_b = team.members["b"].login
    resident, conversation = new_dossier(a, device_a, "Glas Breker")
    _, _, high, change = pull_all(b, device_b)
    for reason in ("", "   ", "nu"):
        refused_with(TeamErrorCode.REASON_REQUIRED, partial(api.break_glass, b, resident, reason))
    records, _, _, _ = pull_all(b, device_b, high, change)
    assert records == []  # no reason, no access
    until = api.break_glass(b, resident, "Bewoner belt in crisis, regisseur op vakantie")
    assert until is not None and until > now() and until - now() <= timedelta(days=1, hours=2)
    records, _, high, change = pull_all(b, device_b, high, change)
    assert {r.record_id for r in records} == {resident, conversation}
    # read only: no push, no taking it along
    push = api.push(b, device_b, [update("conversations", resident, conversation, "level", 3, 1)])[0]
    assert (push.status, push.reason) == (PushStatus.REFUSED, "read_only")
    refused_with(TeamErrorCode.NO_ACCESS,
                 lambda: api.take_lease(b, device_b, resident, now() + timedelta(hours=2)))
    # the coordinator and the privacy officer see it, with the reason
    request = api.access_request(a, resident)
    assert [(g.login, g.reason) for g in request.broken_glass] == [
        (login_b, "Bewoner belt in crisis, regisseur op vakantie")]
    assert login_b in {p.login for p in request.people}
    log = api.access_log(team.connect("privacy"), resident=resident)
    glass = [line for line in log if line["action"] == "break_glass"]
    assert [(g["actor"], g["detail"]) for g in glass] == [
        (login_b, "Bewoner belt in crisis, regisseur op vakantie")]
    assert api.team_overview(team.connect("lead")).broken_glass == 1
    # the day ends: the next pull removes it
    make_due(team, "involvement", resident)
    _, removed, _, _ = pull_all(b, device_b, high, change)
    assert removed == [resident]


def test_the_overview_counts_match_the_data(team: Team) -> None:
    a, b, lead = team.connect("a"), team.connect("b"), team.connect("lead")
    device_a, device_b = team.members["a"].device, team.members["b"].device
    login_a, login_b = team.members["a"].login, team.members["b"].login
    day = date.today()
    terms = {"te laat": day - timedelta(days=3), "bijna": day + timedelta(days=5),
             "later": day + timedelta(days=60), "geen": None}
    made = {}
    for name, term in terms.items():
        resident, conversation = new_dossier(a, device_a, f"Teller {name.split()[0]}")
        made[name] = (resident, conversation)
        op = summary(resident, f"Teller {name.split()[0]}", term=term.isoformat() if term else None)
        assert op.data is not None
        op.data["signals_to_weigh"] = 2 if name == "bijna" else 0
        op.data["plan_evaluation"] = (day - timedelta(days=1)).isoformat() if name == "later" else None
        assert api.push(a, device_a, [op])[0].status is PushStatus.APPLIED
    b_resident, _ = new_dossier(b, device_b, "Bee Dossier")
    api.involve(a, made["later"][0], login_b, "meedenken")
    # one open conflict on a's dossier
    resident, conversation = made["geen"]
    api.involve(a, resident, login_b, "samen")
    api.push(a, device_a, [update("conversations", resident, conversation, "level", 3, 2)])
    assert api.push(b, device_b, [update("conversations", resident, conversation, "level", 3, 4)]
                    )[0].status is PushStatus.CONFLICT
    api.break_glass(b, made["te laat"][0], "Bewoner belde, a afwezig")
    overview = api.team_overview(lead)
    rows = {r.login: r for r in overview.people}
    got_a = rows[login_a]
    assert (got_a.coordinated, got_a.involved, got_a.overdue_terms, got_a.soon_terms,
            got_a.signals_to_weigh, got_a.plans_past_evaluation, got_a.open_conflicts,
            got_a.broken_glass) == (4, 0, 1, 1, 2, 1, 1, 0)
    got_b = rows[login_b]
    assert (got_b.coordinated, got_b.involved, got_b.open_conflicts, got_b.broken_glass) == (1, 2, 0, 1)
    assert (overview.dossiers, overview.without_coordinator, overview.broken_glass) == (5, 0, 1)
    assert [r.display_name for r in api.overview_list(lead, "overdue_terms", login_a)] == ["Teller te"]
    assert [r.display_name for r in api.overview_list(lead, "involved", login_b)] == [
        "Teller geen", "Teller later"]
    # b leaves the team: b's dossier has no coordinator now
    api.remove_member(team.server.manager(), login_b)
    overview = api.team_overview(lead)
    assert overview.without_coordinator == 1
    assert [r.resident_uuid for r in api.overview_list(lead, "without_coordinator")] == [b_resident]
    (row,) = [r for r in api.caseload(lead, "bee") if r.resident_uuid == b_resident]
    assert not row.coordinator_active
    assert {r.login: r.in_team for r in overview.people}[login_b] is False


def test_a_case_discussion_puts_its_agreement_in_the_dossiers_records(team: Team) -> None:
    a, b, lead = team.connect("a"), team.connect("b"), team.connect("lead")
    device_a = team.members["a"].device
    login_a, login_b, login_lead = (team.members[w].login for w in ("a", "b", "lead"))
    resident, conversation = new_dossier(a, device_a, "Casus Bespreking")
    _, _, high, change = pull_all(a, device_a)
    meeting = api.new_meeting(lead, date.today() + timedelta(days=2), "Casuïstiekoverleg wijk Oost")
    refused_with(TeamErrorCode.NO_ACCESS, lambda: api.bring_case(b, meeting, resident, "vraag"))
    refused_with(TeamErrorCode.BAD_INPUT, lambda: api.bring_case(a, meeting, resident, "x" * 601))
    case = api.bring_case(a, meeting, resident, "Hoe betrekken we het netwerk bij de schulden?")
    (listed,) = [m for m in api.meetings(b) if m.meeting_id == meeting]
    assert listed.case_count == 1
    refused_with(TeamErrorCode.NO_ACCESS,  # b neither coordinates nor chairs
                 lambda: api.record_case(b, case, [login_b], "advies", []))
    added = api.record_case(lead, case, [login_a, login_b, login_lead],
                            "Eerst een netwerkberaad plannen.",
                            [CaseAgreement("netwerkberaad plannen", "Piet (a)",
                                           date.today() + timedelta(days=14))])
    assert len(added) == 1 and added[0].record_id
    records, _, _, _ = pull_all(a, device_a, high, change)
    (agreement,) = [r for r in records if r.table == "agreements"]
    assert agreement.record_id == added[0].record_id and agreement.resident_id == resident
    assert (agreement.data["conversation_id"], agreement.data["what"], agreement.data["owner"],
            agreement.data["status"], agreement.data["position"]) == (
        conversation, "Piet (a): netwerkberaad plannen", "team", "open", 1)
    shown = api.meeting(b, meeting)
    (got,) = shown.cases
    assert (got.resident_initials, got.brought_by, got.advice) == (
        "C.B.", login_a, "Eerst een netwerkberaad plannen.")
    assert {p.login for p in got.participants} == {login_a, login_b, login_lead}
    assert [(a.who, a.what) for a in got.agreements] == [("Piet (a)", "netwerkberaad plannen")]
    history = api.team_history(a, resident)
    assert [e.kind for e in history] == ["case_discussion"]
    assert "netwerk" in history[0].text
    # a dossier without a conversation has no plan to hold an agreement
    bare = new_id()
    api.push(a, device_a, [insert("residents", bare, {"surname": "Leeg"}, record=bare),
                           summary(bare, "Leeg Dossier")])
    bare_case = api.bring_case(a, meeting, bare, "Nog geen gesprek: wat nu?")
    refused_with(TeamErrorCode.NO_PLAN,
                 lambda: api.record_case(a, bare_case, [], "", [CaseAgreement("iets")]))


# -- what each role can and cannot see (the closing note of issue 17) -------------------------

def _state(conn: psycopg.Connection[Any], statement: str, params: tuple[object, ...] = ()) -> str:
    """'ok' or the SQLSTATE the server refused with."""
    try:
        conn.execute(statement, params).fetchall()
    except psycopg.Error as error:
        return error.sqlstate or "?"
    return "ok"


@pytest.fixture
def worked(team: Team) -> tuple[Team, str, str]:
    """a's dossier with a conversation, a meeting with it on the agenda, b involved in nothing."""
    resident, conversation = new_dossier(team.connect("a"), team.members["a"].device, "Rol Proef")
    return team, resident, conversation


def test_a_team_leader_sees_counts_names_and_who_but_no_dossier_content(
        worked: tuple[Team, str, str]) -> None:
    team, resident, conversation = worked
    lead = team.connect("lead")
    device = team.members["lead"].device
    assert api.team_overview(lead).dossiers == 1  # counts
    assert [r.display_name for r in api.caseload(lead, "rol")] == ["Rol Proef"]  # the team's list
    assert [r.display_name for r in api.overview_list(lead, "coordinated")] == ["Rol Proef"]
    records, _, _, _ = pull_all(lead, device)
    assert records == []  # no content of a dossier the leader does not hold
    late = api.push(lead, device, [update("conversations", resident, conversation, "level", 3, 1)])[0]
    assert (late.status, late.reason) == (PushStatus.REFUSED, "no_access")
    api.involve(team.connect("a"), resident, team.members["b"].login, "Schulden in kaart brengen")
    (event,) = api.team_history(lead, resident)
    assert (event.kind, event.who, event.text) == ("involved", f"B {team.members['b'].login[1:]}", "")
    for statement, params, state in (
            ("SELECT toegang_api.access_log(NULL, NULL, NULL, 10)", (), "42501"),
            ("SELECT toegang_api.access_request(%s)", (resident,), "TG002"),
            ("SELECT toegang_api.propose_handover(%s, %s, 'x', '', '')",
             (resident, team.members["b"].login), "TG002")):
        assert _state(lead, statement, params) == state, statement
    # what the leader may do about it: reassign, and (logged, with a reason) break the glass
    assert api.stand_in(lead, [resident], team.members["b"].login, "Verlof",
                        date.today() + timedelta(days=7)) == 1


def test_a_professional_sees_their_dossiers_and_the_teams_list_but_no_overview(
        worked: tuple[Team, str, str]) -> None:
    team, resident, _ = worked
    b = team.connect("b")
    assert [r.display_name for r in api.caseload(b, "rol")] == ["Rol Proef"]
    assert pull_all(b, team.members["b"].device)[0] == []
    for statement, params, state in (
            ("SELECT toegang_api.team_overview()", (), "42501"),
            ("SELECT * FROM toegang_api.overview_list('coordinated', NULL)", (), "42501"),
            ("SELECT toegang_api.stand_in(ARRAY[%s]::uuid[], %s, 'x', current_date + 3)",
             (resident, team.members["b"].login), "42501"),
            ("SELECT toegang_api.handover(%s, %s)", (resident, team.members["b"].login), "42501"),
            ("SELECT toegang_api.access_log(NULL, NULL, NULL, 10)", (), "42501"),
            ("SELECT toegang_api.access_request(%s)", (resident,), "TG002"),
            ("SELECT toegang_api.team_history(%s)", (resident,), "TG002"),
            ("SELECT toegang_api.involve(%s, %s, 'x', NULL)", (resident, team.members["b"].login),
             "TG002")):
        assert _state(b, statement, params) == state, statement


def test_a_privacy_officer_sees_the_log_and_access_requests_but_no_dossier_or_list(
        worked: tuple[Team, str, str]) -> None:
    team, resident, _ = worked
    privacy = team.connect("privacy")
    request = api.access_request(privacy, resident)
    assert [p.login for p in request.people] == [team.members["a"].login]
    assert api.access_log(privacy, resident=resident)
    for statement, params in (
            ("SELECT * FROM toegang_api.caseload('', 10)", ()),
            ("SELECT toegang_api.team_overview()", ()),
            ("SELECT toegang_api.team_history(%s)", (resident,)),
            ("SELECT toegang_api.meetings(NULL)", ()),
            ("SELECT toegang_api.break_glass(%s, 'ik wil kijken')", (resident,))):
        assert _state(privacy, statement, params) == "42501", statement


def test_an_application_manager_sees_none_of_the_teams_work(worked: tuple[Team, str, str]) -> None:
    team, resident, _ = worked
    manager = team.server.manager()
    for statement, params in (
            ("SELECT toegang_api.team_overview()", ()),
            ("SELECT * FROM toegang_api.overview_list('coordinated', NULL)", ()),
            ("SELECT toegang_api.access_request(%s)", (resident,)),
            ("SELECT toegang_api.team_history(%s)", (resident,)),
            ("SELECT toegang_api.handovers()", ()),
            ("SELECT toegang_api.meetings(NULL)", ()),
            ("SELECT toegang_api.break_glass(%s, 'ik wil kijken')", (resident,)),
            ("SELECT toegang_api.involve(%s, 'beheer', 'x', NULL)", (resident,))):
        assert _state(manager, statement, params) == "42501", statement
