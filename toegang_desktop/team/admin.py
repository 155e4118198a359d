"""Administering the team server (`toegang-desktop server ...`): the schema, the first
application manager, and SCRAM verifiers so that a clear password never reaches the server."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import unicodedata
from collections.abc import Callable
from typing import Any

import psycopg
from psycopg import sql

from . import server_schema
from .connection import call_error

SCRAM_ITERATIONS = 4096  # PostgreSQL's own default (scram_iterations)


def scram_verifier(password: str, *, salt: bytes | None = None,
                   iterations: int = SCRAM_ITERATIONS) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for `password` (RFC 5802/7677), made
    here so only the verifier goes over the wire and into the server's statement log.
    NFKC stands in for SASLprep (identical for every password without unusual Unicode)."""
    salt = salt if salt is not None else os.urandom(16)
    normalized = unicodedata.normalize("NFKC", password).encode("utf-8")
    salted = hashlib.pbkdf2_hmac("sha256", normalized, salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def upgrade(conn: psycopg.Connection[Any], progress: Callable[[int], None] | None = None) -> list[int]:
    """server_schema.upgrade, with the server's errors as TeamError / TeamUnreachable (a
    failed migration has left the server at the version before it)."""
    try:
        return server_schema.upgrade(conn, progress=progress)
    except psycopg.Error as error:
        raise call_error(error) from error


def init(conn: psycopg.Connection[Any], manager_login: str, manager_name: str,
         manager_password: str, progress: Callable[[int], None] | None = None) -> list[int]:
    """Make (or bring up to date) the schema and, when there is none yet, the first application
    manager. `conn` is a superuser's, autocommit. Returns the migrations applied."""
    applied = upgrade(conn, progress)
    try:
        with conn.transaction():
            row = conn.execute("SELECT count(*) FROM toegang.members "
                               "WHERE role = 'application_manager' AND active").fetchone()
            if row and row[0] == 0:
                conn.execute("SELECT toegang.bootstrap_manager(%s, %s, %s)",
                             (manager_login, manager_name, scram_verifier(manager_password)))
    except psycopg.Error as error:
        raise call_error(error) from error
    return applied


def has_manager(conn: psycopg.Connection[Any]) -> bool:
    try:
        if server_schema.current_version(conn) == 0:
            return False
        row = conn.execute("SELECT count(*) FROM toegang.members "
                           "WHERE role = 'application_manager' AND active").fetchone()
    except psycopg.Error as error:
        raise call_error(error) from error
    return bool(row and row[0])


def create_database(conn: psycopg.Connection[Any], name: str) -> bool:
    """Make the database when it is not there (a superuser's connection to another database,
    autocommit). Returns whether it was made."""
    try:
        row = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if row:
            return False
        conn.execute(sql.SQL("CREATE DATABASE {} ENCODING 'UTF8' TEMPLATE template0")
                     .format(sql.Identifier(name)))
    except psycopg.Error as error:
        raise call_error(error) from error
    return True
