"""team/connection.py: the certificate is checked (verify-full), and what a failure means."""

from __future__ import annotations

from dataclasses import replace

import pytest

from toegang_desktop.domain.team import ServerAddress, TeamErrorCode
from toegang_desktop.team import api
from toegang_desktop.team.connection import connect
from toegang_desktop.team.errors import TeamError, TeamUnreachable

from .conftest import Team
from .pg_cluster import make_ca


def _tls(team: Team) -> ServerAddress:
    cluster = team.server.cluster
    return ServerAddress("localhost", cluster.port, "toegang", "verify-full", cluster.ca_pem)


def test_a_verified_tls_connection_works(team: Team) -> None:
    member = team.members["a"]
    with connect(_tls(team), member.login, member.password) as conn:
        assert api.whoami(conn).login == member.login
        row = conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()
        assert row == (True,)


@pytest.mark.parametrize("change", ["other CA", "other name"])
def test_a_certificate_that_does_not_check_out_is_refused(team: Team, change: str) -> None:
    member = team.members["a"]
    address = _tls(team)
    if change == "other CA":
        address = replace(address, ca_certificate_pem=make_ca("Someone else's CA")[2])
    else:  # the certificate is for localhost, not for the address
        address = replace(address, host="127.0.0.1")
    with pytest.raises(TeamError) as refused:
        connect(address, member.login, member.password)
    assert refused.value.code is TeamErrorCode.CERTIFICATE


def test_no_server_is_unreachable_and_a_wrong_password_is_a_login_failure(team: Team) -> None:
    member = team.members["a"]
    with pytest.raises(TeamUnreachable):
        connect(replace(_tls(team), port=1), member.login, member.password, connect_timeout=2)
    with pytest.raises(TeamError) as refused:
        connect(_tls(team), member.login, "fout wachtwoord")
    assert refused.value.code is TeamErrorCode.LOGIN_FAILED


def test_without_tls_only_this_machine(team: Team) -> None:
    with pytest.raises(ValueError):
        connect(ServerAddress("db.gemeente.example", tls_mode="disable"), "x", "y")
    with pytest.raises(ValueError):
        connect(ServerAddress("localhost", tls_mode="require"), "x", "y")


def test_a_connection_cut_during_a_sync_is_unreachable_and_changed_nothing(team: Team) -> None:
    """The server ended the session (a restart, a dropped network): TeamUnreachable, so the
    laptop keeps its operations and tries again; the push it was making did not half happen."""
    from .helpers import new_dossier, update

    member = team.members["a"]
    conn = team.connect("a")
    resident, conversation = new_dossier(conn, member.device)
    superuser = team.server.superuser()
    superuser.execute("SELECT pg_terminate_backend(%s)", (conn.info.backend_pid,))
    op = update("conversations", resident, conversation, "level", 3, 1)
    with pytest.raises(TeamUnreachable):
        api.push(conn, member.device, [op])
    again = team.connect("a")
    assert api.push(again, member.device, [op])[0].status.value == "applied"  # not a duplicate


def test_a_lock_held_elsewhere_gives_up_in_time_and_says_so(team: Team) -> None:
    """A call waiting on a lock (the team's advisory lock, held by another session that hangs)
    does not wait forever: lock_timeout ends it as TeamUnreachable (try again, nothing half
    done), and the message names the lock timeout the server reported."""
    import psycopg

    from toegang_desktop.team.connection import call_error

    member = team.members["a"]
    lock = "SELECT pg_advisory_xact_lock(hashtextextended('toegang.test-lock', 0))"
    holder = team.server.superuser()
    with holder.transaction():
        holder.execute(lock)
        waiter = team.server.track(connect(team.server.address, member.login, member.password,
                                           lock_timeout_ms=300))
        with pytest.raises(psycopg.Error) as failed:
            waiter.execute(lock)
    assert failed.value.sqlstate == "55P03", failed.value
    worded = call_error(failed.value)
    assert isinstance(worded, TeamUnreachable) and "lock timeout" in str(worded), worded
