"""The team tests share one throwaway PostgreSQL cluster and one migrated database per test
session (only tests under tests/team start it); each test makes its own team and logins."""

from __future__ import annotations

import itertools
import os
import secrets
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import psycopg
import pytest

from toegang_desktop.domain.team import ServerAddress, TeamRole
from toegang_desktop.team import admin, api
from toegang_desktop.team.connection import connect

from .pg_cluster import Cluster, NoPostgres, start_cluster

DATABASE = "toegang"
MANAGER = "beheer"
_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    try:
        cluster = start_cluster()
    except NoPostgres as error:
        if os.environ.get("CI"):
            pytest.fail(f"CI needs PostgreSQL for the team tests: {error}", pytrace=False)
        pytest.skip(str(error))
    try:
        yield cluster
    finally:
        cluster.stop()


@dataclass
class Member:
    login: str
    password: str
    role: TeamRole
    device: str = ""


@dataclass
class Team:
    name: str
    server: TeamServer
    members: dict[str, Member] = field(default_factory=dict)

    def connect(self, who: str) -> psycopg.Connection[Any]:
        member = self.members[who]
        return self.server.connect(member.login, member.password)


@dataclass
class TeamServer:
    cluster: Cluster
    manager_password: str
    database: str = DATABASE  # a test that breaks its server's database gets its own
    _open: list[psycopg.Connection[Any]] = field(default_factory=list)

    @property
    def address(self) -> ServerAddress:
        return ServerAddress(self.cluster.host, self.cluster.port, self.database,
                             tls_mode="disable")

    def track(self, conn: psycopg.Connection[Any]) -> psycopg.Connection[Any]:
        """Closed at the end of the test."""
        self._open.append(conn)
        return conn

    def connect(self, login: str, password: str) -> psycopg.Connection[Any]:
        return self.track(connect(self.address, login, password))

    def superuser(self) -> psycopg.Connection[Any]:
        return self.track(self.cluster.connect(dbname=self.database))

    def manager(self) -> psycopg.Connection[Any]:
        return self.connect(MANAGER, self.manager_password)

    def new_team(self, roles: dict[str, TeamRole] | None = None) -> Team:
        """A team with fresh logins; by default: two professionals (a, b), a team leader
        (lead) and a privacy officer (privacy). Professionals get a registered device."""
        roles = roles or {"a": TeamRole.PROFESSIONAL, "b": TeamRole.PROFESSIONAL,
                          "lead": TeamRole.TEAM_LEADER, "privacy": TeamRole.PRIVACY_OFFICER}
        number = next(_numbers)
        team = Team(f"Wijkteam {number}", self)
        manager = self.manager()
        api.add_team(manager, team.name)
        for who, role in roles.items():
            member = Member(f"{who}{number}", secrets.token_urlsafe(12), role)
            api.add_member(manager, member.login, f"{who.title()} {number}", team.name, role,
                           admin.scram_verifier(member.password))
            team.members[who] = member
        manager.close()
        for member in team.members.values():
            if member.role in (TeamRole.PROFESSIONAL, TeamRole.TEAM_LEADER):
                member.device = str(uuid.uuid4())
                conn = self.connect(member.login, member.password)
                api.register_device(conn, member.device, f"laptop van {member.login}")
                conn.close()
        return team

    def close_all(self) -> None:
        for conn in self._open:
            conn.close()
        self._open.clear()


@pytest.fixture(scope="session")
def team_server_session(pg_cluster: Cluster) -> TeamServer:
    with pg_cluster.connect() as conn:
        admin.create_database(conn, DATABASE)
    password = secrets.token_urlsafe(12)
    with pg_cluster.connect(dbname=DATABASE) as conn:
        admin.init(conn, MANAGER, "Applicatiebeheer", password)
    return TeamServer(pg_cluster, password)


@pytest.fixture
def team_server(team_server_session: TeamServer) -> Iterator[TeamServer]:
    yield team_server_session
    team_server_session.close_all()


@pytest.fixture
def team(team_server: TeamServer) -> Team:
    return team_server.new_team()
