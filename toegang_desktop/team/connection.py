"""Connecting to the team server: psycopg 3, TLS with the certificate checked (verify-full),
a connect timeout, a statement timeout and TCP keepalives, so a network that goes away
mid-call ends in TeamUnreachable within seconds instead of a hanging sync."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg

from ..domain.team import ServerAddress, TeamErrorCode
from .errors import TeamError, TeamUnreachable

CONNECT_TIMEOUT_S = 10
STATEMENT_TIMEOUT_MS = 60_000  # a page of a first sync is seconds, never a minute
# A lock wait (the team's advisory lock, a row lock) gives up well before the statement does,
# with "lock timeout" in the error rather than a bare cancel: try again, nothing half done.
LOCK_TIMEOUT_MS = 20_000
# Only a server on this very machine may be reached without TLS (tests, a demo).
_LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}
_TLS_MODES = {"verify-full", "disable"}


def connect(address: ServerAddress, user: str, password: str | None, *,
            connect_timeout: float = CONNECT_TIMEOUT_S,
            statement_timeout_ms: int = STATEMENT_TIMEOUT_MS,
            lock_timeout_ms: int = LOCK_TIMEOUT_MS,
            application_name: str = "toegang-desktop") -> psycopg.Connection[Any]:
    """An autocommit connection as `user` (every API call is one statement, so one
    transaction, which also suits a pooler in transaction mode). Raises TeamUnreachable when
    the server cannot be reached, TeamError(LOGIN_FAILED / CERTIFICATE) when it answers no."""
    if address.tls_mode not in _TLS_MODES:
        raise ValueError(f"tls_mode is one of {sorted(_TLS_MODES)}, not {address.tls_mode!r}")
    if address.tls_mode == "disable" and address.host not in _LOCAL_HOSTS:
        raise ValueError("without TLS only a server on this machine can be used")
    params: dict[str, Any] = {
        "host": address.host, "port": address.port, "dbname": address.database, "user": user,
        "sslmode": address.tls_mode, "connect_timeout": max(1, round(connect_timeout)),
        "application_name": application_name,
        "options": f"-c statement_timeout={int(statement_timeout_ms)} "
                   f"-c lock_timeout={int(lock_timeout_ms)}",
        # Notice a dead network during a call (a laptop that loses its Wi-Fi mid-push).
        "keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5, "keepalives_count": 3,
        "tcp_user_timeout": 20_000,
        "autocommit": True,
    }
    if password is not None:
        params["password"] = password
    with _root_certificate(address) as root:
        if root is not None:
            params["sslrootcert"] = root
        try:
            return psycopg.connect(**params)
        except psycopg.OperationalError as error:
            raise connect_error(error) from error


@contextlib.contextmanager
def _root_certificate(address: ServerAddress) -> Iterator[str | None]:
    """libpq reads the CA from a file: the PEM (public, no secret) is written to a temporary
    file for the connect and removed after. Without a PEM, the system's CA store is used."""
    if address.tls_mode == "disable":
        yield None
        return
    if not address.ca_certificate_pem.strip():
        yield "system"
        return
    handle, name = tempfile.mkstemp(prefix="toegang-ca-", suffix=".pem")
    try:
        with os.fdopen(handle, "w", encoding="ascii") as file:
            file.write(address.ca_certificate_pem)
        yield name
    finally:
        with contextlib.suppress(OSError):
            Path(name).unlink()


def connect_error(error: psycopg.OperationalError) -> Exception:
    """What a failed connect means for the person: a wrong login or certificate needs them,
    anything else (no route, refused, timeout) is "offline, try again later"."""
    state = getattr(error, "sqlstate", None) or ""
    text = str(error).lower()
    if state in ("28P01", "28000", "3D000") or "authentication failed" in text \
            or "password" in text and "supplied" in text or "not permitted to log in" in text:
        return TeamError(TeamErrorCode.LOGIN_FAILED, str(error))
    if "certificate" in text or "ssl" in text and ("verify" in text or "root" in text):
        return TeamError(TeamErrorCode.CERTIFICATE, str(error))
    return TeamUnreachable(str(error))


def call_error(error: psycopg.Error) -> Exception:
    """An error of an API call as TeamError (the server refused) or TeamUnreachable (the
    connection went away or a timeout: try again, nothing was half done)."""
    state = error.sqlstate or ""
    if state.startswith("TG"):
        try:
            code = TeamErrorCode(state)
        except ValueError:
            code = TeamErrorCode.SERVER_ERROR
        diag = error.diag.message_primary if error.diag else None
        return TeamError(code, diag or str(error))
    if state == "42501":  # no EXECUTE right on the function: the role may not do this
        return TeamError(TeamErrorCode.NOT_ALLOWED, str(error))
    if isinstance(error, psycopg.OperationalError) or state.startswith("08") \
            or state in ("57P01", "57P02", "57P03", "57014", "55P03"):
        return TeamUnreachable(str(error))
    return TeamError(TeamErrorCode.SERVER_ERROR, str(error))
