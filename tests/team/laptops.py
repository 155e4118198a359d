"""Laptops for the team tests: encrypted stores in a team, on the real server (tests/team)."""

from __future__ import annotations

import contextlib
import secrets
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from toegang_desktop.domain.access_log import Actor
from toegang_desktop.domain.resident import Resident
from toegang_desktop.domain.team import ServerAddress
from toegang_desktop.paths import AppPaths
from toegang_desktop.services.session import Session, open_session
from toegang_desktop.services.team_join import JoinReport, join
from toegang_desktop.services.team_sync import TeamSync, open_team_sync

from .conftest import Team


@dataclass
class Laptop:
    """One professional's laptop: the app's session and the team service, on one store."""

    name: str
    paths: AppPaths
    key: bytes
    session: Session
    login: str

    @property
    def actor(self) -> Actor:
        return self.session.access_log.actor

    def team(self) -> TeamSync:
        return open_team_sync(self.paths.store, self.key, self.actor)

    def sync(self) -> Any:
        with self.team() as team:
            return team.sync()

    def uuid_of(self, resident_id: int) -> str:
        return str(self.session.db.execute("SELECT uuid FROM residents WHERE id = ?",
                                           [resident_id]).fetchone()[0])

    def local_id(self, resident_uuid: str) -> int | None:
        row = self.session.db.execute("SELECT id FROM residents WHERE uuid = ?",
                                      [resident_uuid]).fetchone()
        return int(row[0]) if row else None

    def register(self, surname: str) -> int:
        return self.session.dossiers.register(Resident(
            first_names="Anna", surname=surname, date_of_birth=date(1971, 5, 6)))


@contextlib.contextmanager
def laptops(tmp_path: Path, team: Team, *who: str,
            address: ServerAddress | None = None) -> Iterator[list[Laptop]]:
    """Laptops of the team's members `who`, each joined (an empty store: nothing goes up)."""
    made: list[Laptop] = []
    try:
        for name in who:
            made.append(new_laptop(tmp_path, team, name, address))
        yield made
    finally:
        for laptop in made:
            laptop.session.close()


def new_laptop(tmp_path: Path, team: Team, who: str, address: ServerAddress | None = None,
               join_now: bool = True) -> Laptop:
    paths = AppPaths.in_folder(tmp_path / f"laptop-{who}")
    key = secrets.token_bytes(32)
    session = open_session(paths, False, None, None, key=key)
    laptop = Laptop(who, paths, key, session, team.members[who].login)
    if join_now:
        join_team(laptop, team, address)
    return laptop


def join_team(laptop: Laptop, team: Team, address: ServerAddress | None = None) -> JoinReport:
    member = team.members[laptop.name]
    return join(laptop.paths.store, laptop.key, laptop.actor, address or team.server.address,
                member.login, member.password, f"laptop van {laptop.name}")


def records_on_server(team: Team, resident: str) -> dict[tuple[str, str], dict[str, Any]]:
    """The server's records of a dossier (as the superuser: the test's own view)."""
    conn = team.server.superuser()
    rows = conn.execute("SELECT table_name, record_id::text, data, deleted FROM toegang.records"
                        " WHERE resident_id = %s", (resident,)).fetchall()
    return {(t, r): {"data": d, "deleted": deleted} for t, r, d, deleted in rows}


class Proxy:
    """A TCP proxy between the laptops and the server that the test can cut: `cut()` closes
    every connection through it at once (the network gone), `drop_next_response()` lets the
    next answer of the server not arrive (sent, applied, but the laptop never hears)."""

    def __init__(self, port: int) -> None:
        self.target = port
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(16)
        self.port = int(self._listener.getsockname()[1])
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._lock = threading.Lock()
        self._drop = threading.Event()
        self.down = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if self.down:
                client.close()
                continue
            server = socket.create_connection(("127.0.0.1", self.target), timeout=10)
            with self._lock:
                self._pairs.append((client, server))
            threading.Thread(target=self._pipe, args=(client, server, False), daemon=True).start()
            threading.Thread(target=self._pipe, args=(server, client, True), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket, answers: bool) -> None:
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                if answers and self._drop.is_set():
                    self._drop.clear()
                    self.cut()
                    return
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)

    def drop_next_response(self) -> None:
        self._drop.set()

    def cut(self) -> None:
        with self._lock:
            pairs, self._pairs = self._pairs, []
        for pair in pairs:
            for end in pair:
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)
                end.close()

    def close(self) -> None:
        self.down = True
        self.cut()
        self._listener.close()
