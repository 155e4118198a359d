"""Bringing a store into a team, and out again (docs/team-protocol.md).

Joining: the server is reached with the certificate checked (team/connection.py), the login
asked who it is, this laptop registered as a device; then, in one local transaction, the
connection details are kept inside the encrypted store, the capture triggers installed and
every record the store holds queued as an insert; the first upload follows, with progress.
If the network goes during that upload the store is in the team all the same: the rest goes
with the next sync (the operations wait in the outbox, and what arrived answers `duplicate`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain.access_log import Actor
from ..domain.team import ServerAddress, SyncProgress
from ..store.sync_outbox import install_triggers, queue_existing, remove_triggers
from ..store.sync_registry import SyncRegistry
from ..store.sync_state import TeamLogin, TeamStore
from .errors import TeamRefused
from .team_sync import Connector, TeamSync, connect_client, open_store_for

MEMBER_ROLES = ("professional", "team_leader")  # the roles that hold dossiers on a laptop


@dataclass(frozen=True)
class JoinReport:
    """What went up when the store joined (the join dialog's last page)."""

    team_name: str
    member: str
    dossiers: int  # residents sent up
    records: int  # records sent up (residents, conversations, ...: every insert)
    pushed: int  # operations the server applied in the first upload
    duplicates: int = 0
    refused: int = 0


def join(store: Path, key: bytes | None, actor: Actor, address: ServerAddress, user: str,
         password: str, device_label: str,
         progress: Callable[[SyncProgress], None] | None = None,
         connector: Connector = connect_client) -> JoinReport:
    """Join the team on `address` as `user`; raises TeamUnreachable, TeamRefused (a TG code,
    `password`, `certificate`, `plain_store`, `already_joined`)."""
    if key is None:
        # The team password is kept in the store: only an encrypted store may keep it.
        raise TeamRefused("plain_store")
    db = open_store_for(store, key)
    try:
        team = TeamStore(db)
        if team.login() is not None:
            raise TeamRefused("already_joined")
        login = TeamLogin(address, user, password, device_label)
        client = connector(login)
        try:
            me = client.whoami()
            if str(me.get("role")) not in MEMBER_ROLES or not me.get("team_name"):
                raise TeamRefused("TG005")
            client.register_device(team.device_id(), device_label)
        finally:
            client.close()
        registry = SyncRegistry(db)
        with db.atomic():
            team.save_login(TeamLogin(address, user, password, device_label,
                                      str(me.get("team_name") or ""),
                                      str(me.get("display_name") or user), str(me["role"])))
            install_triggers(db, registry)
            records = queue_existing(db, registry)
            # The access log goes up from here on: what this laptop records while it is in
            # the team (offline too). Its older lines stay here, with its older history.
            team.log_uploaded(int(db.execute(
                "SELECT coalesce(max(id), 0) FROM access_log").fetchone()[0]))
        dossiers = int(db.execute("SELECT count(*) FROM residents").fetchone()[0])
        inserts = records - dossiers  # each dossier also has a summary for the caseload list
        with TeamSync(db, actor, connector) as sync:
            report = sync.sync(progress)
        # The first upload is the whole store once more: its answered operations are not
        # kept (a server restored from before this join would not know the laptop anyway).
        db.execute("DELETE FROM sync_outbox WHERE acked_at IS NOT NULL")
        return JoinReport(str(me.get("team_name") or ""), str(me.get("display_name") or user),
                          dossiers, inserts, report.pushed, report.duplicates, report.refused)
    finally:
        db.close()


def leave(store: Path, key: bytes | None, actor: Actor) -> int:
    """Take the store out of its team: no more capture, the login, position, caseload list
    and outbox go (the dossiers stay on this laptop). Returns the number of changes that had
    not been sent."""
    db = open_store_for(store, key)
    try:
        team = TeamStore(db)
        with db.atomic():
            pending = int(db.execute(
                "SELECT count(*) FROM sync_outbox WHERE acked_at IS NULL").fetchone()[0])
            remove_triggers(db)
            team.forget()
        return pending
    finally:
        db.close()
