"""The engine enforces access, not the client: log in with plain psycopg as each role and try
what the issue lists. Every attempt is refused and leaves the server's data unchanged."""

from __future__ import annotations

from datetime import date
from typing import Any

import psycopg
import pytest

from toegang_desktop.domain.team import PushStatus, TeamErrorCode, TeamRole
from toegang_desktop.team import admin, api
from toegang_desktop.team.errors import TeamError

from .conftest import Team, TeamServer
from .helpers import insert, new_dossier, new_id, update

DATA_TABLES = ("teams", "members", "devices", "residents", "resident_words", "records",
               "involvement", "leases", "conflicts", "scope_events", "changes", "applied_operations",
               "handovers", "stand_ins", "glass_events", "meetings", "meeting_cases")


def fingerprint(server: TeamServer) -> dict[str, str]:
    """Every data table (and the logins and their groups), as the superuser sees them."""
    conn = server.superuser()
    found = {}
    for table in DATA_TABLES:
        row = conn.execute(f"SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) "
                           f"FROM toegang.{table} t").fetchone()
        assert row
        found[table] = row[0]
    row = conn.execute("SELECT md5(string_agg(r.rolname || r.rolcanlogin::text || r.rolsuper::text "
                       "|| r.rolcreaterole::text || coalesce(m.groups, ''), '|' ORDER BY r.rolname)) "
                       "FROM pg_roles r LEFT JOIN (SELECT member, string_agg(roleid::regrole::text, ',' "
                       "ORDER BY roleid::regrole::text) AS groups FROM pg_auth_members GROUP BY member) m "
                       "ON m.member = r.oid").fetchone()
    assert row
    found["roles"] = row[0]
    return found


def plain(team: Team, who: str) -> psycopg.Connection[Any]:
    """A plain psycopg connection (not the app's), as an attacker with a valid login has."""
    member = team.members[who]
    return team.server.track(team.server.cluster.connect(member.login, member.password,
                                                         dbname="toegang"))


def refused(conn: psycopg.Connection[Any], statement: str, params: tuple[object, ...] = ()) -> str:
    """Run `statement`; it must fail. Returns the SQLSTATE."""
    with pytest.raises(psycopg.Error) as error:
        conn.execute(statement, params)
    return error.value.sqlstate or ""


@pytest.fixture
def two_teams(team_server: TeamServer) -> tuple[Team, Team, str, str]:
    """Team one with a dossier of a (a conversation in it), and team two."""
    one = team_server.new_team()
    two = team_server.new_team()
    resident, conversation = new_dossier(one.connect("a"), one.members["a"].device)
    return one, two, resident, conversation


ROLES = ("a", "lead", "privacy")


@pytest.mark.parametrize("who", ROLES)
def test_no_role_can_read_or_write_a_table(two_teams: tuple[Team, Team, str, str], who: str) -> None:
    one, _, _, _ = two_teams
    before = fingerprint(one.server)
    conn = plain(one, who)
    for statement in ("SELECT * FROM toegang.records", "SELECT * FROM toegang.members",
                      "SELECT * FROM toegang.access_log",
                      "UPDATE toegang.records SET data = '{}'",
                      "DELETE FROM toegang.residents",
                      "INSERT INTO toegang.teams (name) VALUES ('x')",
                      "SELECT toegang.write_log(NULL, NULL, 'view', NULL, 'x')",
                      "SET ROLE toegang_owner",
                      "CREATE TEMP TABLE records (x int)",
                      "CREATE TABLE public.records (x int)",
                      "CREATE FUNCTION public.session_team() RETURNS uuid "
                      "LANGUAGE sql AS 'SELECT NULL::uuid'"):
        assert refused(conn, statement) == "42501", statement
    assert fingerprint(one.server) == before


@pytest.mark.parametrize("who", ROLES)
def test_no_role_can_call_an_admin_function(two_teams: tuple[Team, Team, str, str], who: str) -> None:
    one, _, _, _ = two_teams
    before = fingerprint(one.server)
    conn = plain(one, who)
    verifier = admin.scram_verifier("geheim-wachtwoord")
    for statement, params in (
            ("SELECT toegang_api.add_team(%s)", ("Overgenomen",)),
            ("SELECT toegang_api.add_member(%s, %s, %s, %s, %s)",
             ("indringer", "Indringer", one.name, "application_manager", verifier)),
            ("SELECT toegang_api.set_role(%s, %s, NULL)", (one.members[who].login, "application_manager")),
            ("SELECT toegang_api.set_password(%s, %s)", (one.members["a"].login, verifier)),
            ("SELECT toegang_api.remove_member(%s)", (one.members["b"].login,)),
            ("SELECT toegang_api.revoke_device(%s)", (one.members["b"].device,)),
            ("SELECT toegang_api.status()", ()),
            ("SELECT toegang.create_login(%s, %s, %s)",
             ("indringer", verifier, "toegang_application_manager")),
            ("SELECT toegang.bootstrap_manager(%s, %s, %s)", ("indringer", "x", verifier))):
        assert refused(conn, statement, params) in ("42501", "TG005"), statement
    assert fingerprint(one.server) == before


def test_the_application_manager_sees_no_dossier_content(two_teams: tuple[Team, Team, str, str]) -> None:
    one, _, resident, _ = two_teams
    before = fingerprint(one.server)
    manager = one.server.manager()
    device = new_id()
    api.register_device(manager, device, "beheerlaptop")
    before = fingerprint(one.server)
    for statement, params in (("SELECT toegang_api.pull(%s, 0, NULL, 100)", (device,)),
                              ("SELECT * FROM toegang_api.caseload('', 10)", ()),
                              ("SELECT toegang_api.conflicts()", ()),
                              ("SELECT toegang_api.access_log(NULL, NULL, NULL, 10)", ()),
                              ("SELECT toegang_api.handover(%s, %s)", (resident, "beheer"))):
        assert refused(manager, statement, params) in ("42501", "TG005"), statement
    assert fingerprint(one.server) == before


def test_another_teams_dossier_cannot_be_read_or_changed(two_teams: tuple[Team, Team, str, str]) -> None:
    one, two, resident, conversation = two_teams
    intruder = two.connect("a")
    device = two.members["a"].device
    leader = two.connect("lead")
    before = fingerprint(one.server)
    pulled = api.pull(intruder, device, 0, None, 1000).records
    assert all(r.record_id not in (resident, conversation) for r in pulled)
    assert api.caseload(intruder, "") == [] and api.caseload(leader, "") == []
    results = api.push(intruder, device, [
        update("conversations", resident, conversation, "level", 3, 1),
        insert("dossier_events", resident, {"text": "ingevoegd"}),
        insert("residents", resident, {}, record=resident)])
    assert [r.status for r in results] == [PushStatus.REFUSED] * 3
    lead_device = two.members["lead"].device
    for statement, params in (
            ("SELECT toegang_api.take_lease(%s, %s, now() + interval '1 day')", (lead_device, resident)),
            ("SELECT toegang_api.handover(%s, %s)", (resident, two.members["a"].login)),
            ("SELECT toegang_api.set_involved(%s, %s, true)", (resident, two.members["a"].login))):
        assert refused(plain(two, "lead"), statement, params) == "TG002", statement
    # the privacy officer of team two sees none of team one's log
    log = api.access_log(two.connect("privacy"), resident=resident)
    assert log == []
    after = fingerprint(one.server)
    # the refused attempts are logged (access_log is not in the fingerprint); nothing else moved
    assert after == before


def test_a_dossier_you_neither_coordinate_nor_hold_cannot_be_changed(
        two_teams: tuple[Team, Team, str, str]) -> None:
    one, _, resident, conversation = two_teams
    b = one.connect("b")
    device = one.members["b"].device
    before = fingerprint(one.server)
    results = api.push(b, device, [update("conversations", resident, conversation, "level", 3, 1),
                                   insert("dossier_events", resident, {"text": "x"})])
    assert [(r.status, r.reason) for r in results] == [(PushStatus.REFUSED, "no_access")] * 2
    assert all(r.resident_id != resident for r in api.pull(b, device, 0, None, 1000).records)
    for statement, params, state in (
            ("SELECT toegang_api.take_lease(%s, %s, now() + interval '1 day')", (device, resident),
             "TG002"),
            # a professional proposes a handover; only the team leader moves one directly
            ("SELECT toegang_api.handover(%s, %s)", (resident, one.members["b"].login), "42501"),
            ("SELECT toegang_api.propose_handover(%s, %s, 'x', '', '')",
             (resident, one.members["b"].login), "TG002")):
        assert refused(plain(one, "b"), statement, params) == state, statement
    assert fingerprint(one.server) == before


def test_another_devices_operation_cannot_be_replayed(two_teams: tuple[Team, Team, str, str]) -> None:
    one, _, resident, conversation = two_teams
    a = one.connect("a")
    op = update("conversations", resident, conversation, "level", 3, 2)
    assert api.push(a, one.members["a"].device, [op])[0].status is PushStatus.APPLIED
    api.set_involved(a, resident, one.members["b"].login, True)
    before = fingerprint(one.server)
    # b (involved now, so allowed to push) sends a's operation again, and from a's device id
    replay = api.push(one.connect("b"), one.members["b"].device, [op])[0]
    assert (replay.status, replay.reason) == (PushStatus.REFUSED, "replay")
    foreign_device = (one.members["a"].device,)
    assert refused(plain(one, "b"), "SELECT toegang_api.push(%s, '[]')", foreign_device) == "TG003"
    assert fingerprint(one.server) == before


def test_the_access_log_cannot_be_forged_or_deleted(two_teams: tuple[Team, Team, str, str]) -> None:
    one, _, resident, _ = two_teams
    server = one.server
    a = plain(one, "a")
    for statement in ("INSERT INTO toegang.access_log (id, at, actor, actor_name, actor_role, action, "
                      "prev_hash, hash) VALUES (1, now(), 'x', 'x', 'x', 'view', '', '')",
                      "DELETE FROM toegang.access_log", "UPDATE toegang.access_log SET actor = 'x'",
                      "TRUNCATE toegang.access_log"):
        assert refused(a, statement) == "42501", statement
    # An uploaded offline line is kept as the device's, attributed to the login that sent it.
    appconn = one.connect("a")
    from toegang_desktop.domain.team import DeviceLogLine

    from .helpers import now
    line = DeviceLogLine("regel-1", now(), "view", resident, "dossier", actor="iemand anders")
    assert api.upload_log(appconn, one.members["a"].device, [line, line]) == 1
    assert api.upload_log(appconn, one.members["a"].device, [line]) == 0  # idempotent per line
    log = api.access_log(one.connect("privacy"), resident=resident)
    uploaded = [entry for entry in log if entry["source"] == "device"]
    assert len(uploaded) == 1 and uploaded[0]["actor"] == one.members["a"].login
    assert uploaded[0]["device_actor"] == "iemand anders"
    # Not even the owner role the functions run as may change or delete a line.
    owner = server.superuser()
    with owner.transaction():
        owner.execute("SET LOCAL ROLE toegang_owner")
        assert refused(owner, "UPDATE toegang.access_log SET detail = 'x'") == "TG005"
    privacy = one.connect("privacy")
    assert api.verify_access_log(privacy)["ok"] is True
    # A superuser who goes around the trigger is caught by the chain.
    with owner.transaction():
        owner.execute("ALTER TABLE toegang.access_log DISABLE TRIGGER access_log_append_only")
        owner.execute("UPDATE toegang.access_log SET detail = 'vervalst' WHERE id = "
                      "(SELECT min(id) FROM toegang.access_log WHERE team_id = "
                      "(SELECT team_id FROM toegang.teams WHERE name = %s))", (one.name,))
        owner.execute("ALTER TABLE toegang.access_log ENABLE TRIGGER access_log_append_only")
    assert api.verify_access_log(privacy)["ok"] is False


def test_a_login_name_cannot_smuggle_sql(team_server: TeamServer) -> None:
    manager = team_server.manager()
    before = fingerprint(team_server)
    for login in ('x"; ALTER ROLE beheer SUPERUSER; --', "postgres", "toegang_owner", "pg_monitor"):
        with pytest.raises(Exception):  # noqa: B017 - TeamError or ValueError: refused either way
            api.add_member(manager, login, "X", None, TeamRole.APPLICATION_MANAGER,
                           admin.scram_verifier("x"))
    with pytest.raises(Exception):  # noqa: B017
        api.add_member(manager, "klaar", "X", None, TeamRole.APPLICATION_MANAGER, "plain password")
    assert fingerprint(team_server) == before


def test_a_removed_member_can_no_longer_log_in(team: Team) -> None:
    api.remove_member(team.server.manager(), team.members["b"].login)
    with pytest.raises(TeamError) as refused_login:
        team.connect("b")
    assert refused_login.value.code is TeamErrorCode.LOGIN_FAILED



def test_another_teams_dossier_is_out_of_reach_of_the_team_work_functions(
        two_teams: tuple[Team, Team, str, str]) -> None:
    """Version 2's functions (involve, handover, stand-in, glass, case discussion, history,
    access request) refuse a dossier of another team and leave the server unchanged."""
    one, two, resident, _ = two_teams
    lead, a, privacy = plain(two, "lead"), plain(two, "a"), plain(two, "privacy")
    meeting = api.new_meeting(two.connect("lead"), date.today(), "Overleg")
    before = fingerprint(one.server)
    login_a = two.members["a"].login
    for conn, statement, params in (
            (lead, "SELECT toegang_api.stand_in(ARRAY[%s]::uuid[], %s, 'ziek', current_date + 3)",
             (resident, login_a)),
            (lead, "SELECT toegang_api.involve(%s, %s, 'doel', NULL)", (resident, login_a)),
            (lead, "SELECT toegang_api.team_history(%s)", (resident,)),
            (a, "SELECT toegang_api.break_glass(%s, 'de bewoner belt nu')", (resident,)),
            (a, "SELECT toegang_api.propose_handover(%s, %s, 'x', '', '')", (resident, login_a)),
            (a, "SELECT toegang_api.bring_case(%s, %s, 'vraag')", (meeting, resident)),
            (a, "SELECT toegang_api.access_request(%s)", (resident,)),
            (privacy, "SELECT toegang_api.access_request(%s)", (resident,))):
        assert refused(conn, statement, params) == "TG002", statement
    overview = api.team_overview(two.connect("lead"))
    assert overview.dossiers == 0 and api.overview_list(two.connect("lead"), "coordinated") == []
    assert fingerprint(one.server) == before


# Which group may EXECUTE which function of the API (docs/team-protocol.md); a new function
# must be added here, so nobody gets a right by accident.
EVERYONE = {"toegang_professional", "toegang_team_leader", "toegang_application_manager",
            "toegang_privacy_officer"}
WORKERS = {"toegang_professional", "toegang_team_leader"}
EXPECTED_EXECUTE = {
    "whoami": EVERYONE, "server_info": EVERYONE, "register_device": EVERYONE, "upload_log": EVERYONE,
    "push": WORKERS, "pull": WORKERS, "caseload": WORKERS, "take_lease": WORKERS,
    "return_lease": WORKERS, "conflicts": WORKERS, "resolve_conflict": WORKERS,
    "set_involved": WORKERS, "involve": WORKERS, "end_involvement": WORKERS,
    "propose_handover": WORKERS, "handovers": WORKERS, "answer_handover": WORKERS,
    "break_glass": WORKERS, "new_meeting": WORKERS, "meetings": WORKERS, "meeting": WORKERS,
    "bring_case": WORKERS, "record_case": WORKERS, "team_history": WORKERS,
    "set_contact": WORKERS, "team_members": WORKERS,
    "handover": {"toegang_team_leader"}, "team_overview": {"toegang_team_leader"},
    "overview_list": {"toegang_team_leader"}, "stand_in": {"toegang_team_leader"},
    "end_stand_in": {"toegang_team_leader"},
    "access_request": {"toegang_privacy_officer", "toegang_professional", "toegang_team_leader"},
    "access_log": {"toegang_privacy_officer"}, "verify_access_log": {"toegang_privacy_officer"},
    "add_team": {"toegang_application_manager"}, "add_member": {"toegang_application_manager"},
    "set_role": {"toegang_application_manager"}, "set_password": {"toegang_application_manager"},
    "remove_member": {"toegang_application_manager"}, "revoke_device": {"toegang_application_manager"},
    "status": {"toegang_application_manager"},
}


def test_every_api_function_is_a_pinned_security_definer_for_the_right_groups(
        team_server: TeamServer) -> None:
    conn = team_server.superuser()
    rows = conn.execute("""
        SELECT p.proname, p.prosecdef, coalesce(array_to_string(p.proconfig, ','), ''),
               pg_get_userbyid(p.proowner),
               ARRAY(SELECT r.rolname FROM pg_roles r
                      WHERE r.rolname LIKE 'toegang\\_%%' AND r.rolname <> 'toegang_owner'
                        AND has_function_privilege(r.oid, p.oid, 'EXECUTE')
                        AND NOT r.rolcanlogin),
               EXISTS (SELECT 1 FROM aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
                        WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE')
          FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
         WHERE n.nspname = 'toegang_api'""").fetchall()
    found = {}
    for name, definer, config, owner, groups, public in rows:
        assert definer, f"{name} is not SECURITY DEFINER"
        assert "search_path=toegang, pg_temp" in config, f"{name}: search_path not pinned ({config})"
        assert owner == "toegang_owner" and not public, name
        found[name] = set(groups) - {"toegang_role_admin"}
    assert found == EXPECTED_EXECUTE

def test_the_privacy_officer_reads_the_log_but_no_dossier(two_teams: tuple[Team, Team, str, str]) -> None:
    one, _, resident, _ = two_teams
    before = fingerprint(one.server)
    conn = plain(one, "privacy")
    device = new_id()
    api.register_device(one.connect("privacy"), device, "laptop privacy officer")
    before = fingerprint(one.server)
    for statement, params in (("SELECT toegang_api.pull(%s, 0, NULL, 100)", (device,)),
                              ("SELECT * FROM toegang_api.caseload('', 10)", ()),
                              ("SELECT toegang_api.conflicts()", ()),
                              ("SELECT toegang_api.push(%s, '[]')", (device,)),
                              ("SELECT toegang_api.handover(%s, %s)", (resident, one.members["b"].login))):
        assert refused(conn, statement, params) == "42501", statement
    assert any(line["resident_id"] == resident for line in api.access_log(one.connect("privacy")))
    assert fingerprint(one.server) == before


def test_a_team_leader_hands_over_any_dossier_of_the_team(two_teams: tuple[Team, Team, str, str]) -> None:
    one, _, resident, conversation = two_teams
    api.handover(one.connect("lead"), resident, one.members["b"].login)
    b = one.connect("b")
    pulled = api.pull(b, one.members["b"].device, 0, None, 100).records
    assert {r.record_id for r in pulled} == {resident, conversation}
    # but not to someone outside the team's professionals
    with pytest.raises(TeamError) as refused_handover:
        api.handover(one.connect("lead"), resident, one.members["privacy"].login)
    assert refused_handover.value.code is TeamErrorCode.NOT_A_MEMBER
