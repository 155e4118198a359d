"""The team's plain values (domain/team.py) for the command line, which imports services but
no domain: where the server is, how far a sync got and where it stands."""

from ..domain.team import ServerAddress, SyncProgress, SyncReport, SyncStatus

__all__ = ["ServerAddress", "SyncProgress", "SyncReport", "SyncStatus"]
