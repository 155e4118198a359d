"""`toegang-desktop server ...` as a real process against the test cluster (Dutch, exit codes,
passwords on standard input and never on the command line)."""

from __future__ import annotations

import uuid

import pytest

from toegang_desktop.domain.team import ServerAddress, TeamErrorCode
from toegang_desktop.team import api
from toegang_desktop.team.connection import connect
from toegang_desktop.team.errors import TeamError

from ..unit.cli_process import explain, run_cli
from .pg_cluster import Cluster

DATABASE = "toegang_cli"
MANAGER_PASSWORD = "beheer-wachtwoord-123"
MEMBER_PASSWORD = "keukentafel-gesprek-42"


def _where(cluster: Cluster) -> list[str]:
    return ["--host", cluster.host, "--port", str(cluster.port), "--database", DATABASE,
            "--tls", "disable"]


def test_the_server_is_set_up_and_administered_from_the_command_line(pg_cluster: Cluster) -> None:
    where = _where(pg_cluster)
    made = run_cli("server", "init", *where, "--manager", "beheer_cli", "--manager-name",
                   "Applicatiebeheer", stdin=f"{pg_cluster.password}\n{MANAGER_PASSWORD}\n"
                                             f"{MANAGER_PASSWORD}\n")
    assert made.returncode == 0, explain(made)
    assert "Database toegang_cli gemaakt" in made.stdout and "beheer_cli" in made.stdout
    again = run_cli("server", "upgrade", *where, stdin=f"{pg_cluster.password}\n")
    assert again.returncode == 0 and "toegepast: -" in again.stdout, explain(again)

    manager = ["--user", "beheer_cli"]
    team = run_cli("server", "add-team", *where, *manager, "Wijkteam Noord",
                   stdin=f"{MANAGER_PASSWORD}\n")
    assert team.returncode == 0, explain(team)
    member = run_cli("server", "add-member", *where, *manager, "fatima", "--name", "Fatima B.",
                     "--team", "Wijkteam Noord", stdin=f"{MEMBER_PASSWORD}\n{MEMBER_PASSWORD}\n"
                                                       f"{MANAGER_PASSWORD}\n")
    assert member.returncode == 0, explain(member)
    assert MEMBER_PASSWORD not in " ".join(member.args)

    # the new member logs in with the password whose verifier the command sent
    address = ServerAddress(pg_cluster.host, pg_cluster.port, DATABASE, tls_mode="disable")
    with connect(address, "fatima", MEMBER_PASSWORD) as conn:
        assert api.whoami(conn).team_name == "Wijkteam Noord"
        device = str(uuid.uuid4())
        api.register_device(conn, device, "laptop Fatima")

    lead = run_cli("server", "set-role", *where, *manager, "fatima", "team_leader",
                   stdin=f"{MANAGER_PASSWORD}\n")
    assert lead.returncode == 0, explain(lead)
    status = run_cli("server", "status", *where, *manager, stdin=f"{MANAGER_PASSWORD}\n")
    assert status.returncode == 0, explain(status)
    assert "Wijkteam Noord" in status.stdout and "team_leader" in status.stdout
    assert device in status.stdout
    revoked = run_cli("server", "revoke-device", *where, *manager, device,
                      stdin=f"{MANAGER_PASSWORD}\n")
    assert revoked.returncode == 0, explain(revoked)
    removed = run_cli("server", "remove-member", *where, *manager, "fatima",
                      stdin=f"{MANAGER_PASSWORD}\n")
    assert removed.returncode == 0, explain(removed)
    with pytest.raises(TeamError) as refused:
        connect(address, "fatima", MEMBER_PASSWORD)
    assert refused.value.code is TeamErrorCode.LOGIN_FAILED


def test_a_wrong_password_and_a_wrong_role_are_said_in_dutch(pg_cluster: Cluster) -> None:
    where = _where(pg_cluster)
    wrong = run_cli("server", "status", *where, "--user", "beheer_cli", stdin="fout\n")
    assert wrong.returncode == 1 and "wachtwoord" in wrong.stderr, explain(wrong)
    offline = run_cli("server", "status", "--host", "127.0.0.1", "--port", "1", "--tls", "disable",
                      "--user", "x", stdin="x\n")
    assert offline.returncode == 2 and "antwoordde niet" in offline.stderr, explain(offline)
    no_tls = run_cli("server", "status", "--host", "db.gemeente.example", "--tls", "disable",
                     "--user", "x", stdin="x\n")
    assert no_tls.returncode == 2 and "TLS" in no_tls.stderr, explain(no_tls)
