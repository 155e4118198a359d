"""Conflicts and leases, the part of services/team_sync.TeamSync that asks the server about
single dossiers (docs/team-protocol.md, "The laptop's service"): the open conflicts and their
settling, taking a dossier along for a home visit and bringing it back, and the dossier's
team-wide id. Split off to keep team_sync.py readable; no writes to a dossier here."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from ..domain.team import Conflict
from ..store.database import Database
from ..store.sync_state import TeamStore
from .errors import TeamRefused
from .team_sync_base import TeamClient

MAX_LEASE_DAYS = 7


class ConflictsAndLeases:
    """Needs the store, the team's bookkeeping and a connection (TeamSync sets them)."""

    _db: Database
    _team: TeamStore

    def _connected(self) -> TeamClient:
        raise NotImplementedError  # TeamSync's own

    # -- conflicts and leases -------------------------------------------------------------

    def conflicts(self) -> list[Conflict]:
        """The open conflicts on the server this professional may settle (or pushed)."""
        found = self._connected().conflicts()
        ids = self._local_residents([str(c["resident_uuid"]) for c in found])
        return [Conflict(
            conflict_id=str(c["conflict_id"]), resident_id=ids.get(str(c["resident_uuid"])),
            resident_name=str(c.get("resident_name") or ""), table=str(c["table"]),
            field=str(c.get("field") or ""), server_value=c.get("server_value"),
            pushed_value=c.get("pushed_value"),
            pushed_by=str(c.get("pushed_by_name") or c.get("pushed_by") or ""),
            pushed_at=_moment(c.get("pushed_at")))
            for c in found]

    def resolve_conflict(self, conflict_id: str, value: object) -> None:
        """Settle a conflict with the chosen (or merged) value; it comes back to every
        laptop with the next pull."""
        self._connected().resolve_conflict(conflict_id, value)
        position = self._team.position()
        self._team.finished(position.last_error, conflicts=max(0, position.open_conflicts - 1))

    def take_along(self, resident_id: int, days: int) -> datetime:
        """Meenemen voor huisbezoek: a lease for `days` (at most 7); returns its end (UTC)."""
        until = datetime.now(UTC) + timedelta(days=max(1, min(days, MAX_LEASE_DAYS)))
        return self._connected().take_lease(self._team.device_id(), self._uuid_of(resident_id),
                                            until)

    def return_along(self, resident_id: int) -> None:
        self._connected().return_lease(self._team.device_id(), self._uuid_of(resident_id))

    def uuid_of(self, resident_id: int) -> str:
        """The dossier's team-wide id (TeamRefused('not_here') when it is not on this laptop)."""
        return self._uuid_of(resident_id)

    def local_id(self, resident_uuid: str) -> int | None:
        return self._local_residents([resident_uuid]).get(resident_uuid)

    def _uuid_of(self, resident_id: int) -> str:
        row = self._db.execute("SELECT uuid FROM residents WHERE id = ?",
                               [resident_id]).fetchone()
        if row is None or row[0] is None:
            raise TeamRefused("not_here")
        return str(row[0])

    def _local_residents(self, uuids: list[str]) -> dict[str, int]:
        if not uuids:
            return {}
        marks = ",".join("?" for _ in uuids)
        return {str(u): int(i) for u, i in self._db.execute(
            f"SELECT uuid, id FROM residents WHERE uuid IN ({marks})", uuids)}


def _moment(value: object) -> datetime:
    if isinstance(value, datetime):
        return value
    try:
        found = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return datetime.fromtimestamp(0, UTC)
    return found if found.tzinfo else found.replace(tzinfo=UTC)
