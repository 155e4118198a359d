"""The team server's administration (`toegang-desktop server init | upgrade | add-team |
add-member | set-role | remove-member | revoke-device | status`), for the application
manager. No data folder or store is opened. Passwords are asked (or read as a line from
standard input, or PGPASSWORD for the connection), never taken from the command line; a new
member's password leaves this computer only as a SCRAM-SHA-256 verifier."""

from __future__ import annotations

import argparse
import os
import sys
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .common import Exit, Refused, read_line, say, translate
from .verbs import Context, Needs, Verbs

if TYPE_CHECKING:
    import psycopg

    from ..domain.team import ServerAddress

ROLES = ("professional", "team_leader", "application_manager", "privacy_officer")


def register(verbs: Verbs) -> None:
    server = verbs.add("server", translate("CommandLine", "administer the team server "
                                                          "(PostgreSQL): for the application "
                                                          "manager"), _server, Needs.NOTHING)
    actions = server.add_subparsers(dest="action", required=True,
                                    metavar=translate("CommandLine", "ACTION"))
    login, name = translate("CommandLine", "LOGIN"), translate("CommandLine", "NAME")

    init = _action(actions, "init", translate("CommandLine", "make the database, its schema and "
                                                             "the first application manager "
                                                             "(as a superuser)"), superuser=True)
    init.add_argument("--manager", required=True, metavar=login,
                      help=translate("CommandLine", "the first application manager's login"))
    init.add_argument("--manager-name", metavar=name,
                      help=translate("CommandLine", "their name as colleagues see it"))
    _action(actions, "upgrade", translate("CommandLine", "bring the schema up to this version "
                                                         "(as a superuser)"), superuser=True)
    _action(actions, "status", translate("CommandLine", "show the teams, members and devices"))
    team = _action(actions, "add-team", translate("CommandLine", "add a team"))
    team.add_argument("name", metavar=name, help=translate("CommandLine", "the team's name"))
    member = _action(actions, "add-member", translate("CommandLine", "add a member with their "
                                                                     "own login (asks their "
                                                                     "password twice)"))
    member.add_argument("login", metavar=login, help=translate("CommandLine", "their login"))
    member.add_argument("--name", required=True, metavar=name,
                        help=translate("CommandLine", "their name as colleagues see it"))
    member.add_argument("--team", metavar=name,
                        help=translate("CommandLine", "their team (not for an application "
                                                      "manager)"))
    member.add_argument("--role", choices=ROLES, default="professional",
                        help=translate("CommandLine", "their role (default professional)"))
    role = _action(actions, "set-role", translate("CommandLine", "give a member another role "
                                                                 "(or team)"))
    role.add_argument("login", metavar=login, help=translate("CommandLine", "their login"))
    role.add_argument("role", choices=ROLES, help=translate("CommandLine", "the new role"))
    role.add_argument("--team", metavar=name,
                      help=translate("CommandLine", "their team (not for an application "
                                                    "manager)"))
    remove = _action(actions, "remove-member", translate("CommandLine", "end a member's access "
                                                                        "(the login stays for "
                                                                        "the access log)"))
    remove.add_argument("login", metavar=login, help=translate("CommandLine", "their login"))
    revoke = _action(actions, "revoke-device", translate("CommandLine", "revoke a laptop (lost "
                                                                        "or stolen): it gets "
                                                                        "nothing more"))
    revoke.add_argument("device", metavar=translate("CommandLine", "DEVICE"),
                        help=translate("CommandLine", "the device's id, as 'server status' "
                                                      "shows it"))


def _action(actions: argparse._SubParsersAction[Any], name: str, help_text: str,
            superuser: bool = False) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = actions.add_parser(name, help=help_text,
                                                         description=help_text)
    parser.add_argument("--host", required=True, metavar=translate("CommandLine", "HOST"),
                        help=translate("CommandLine", "the server's name or address"))
    parser.add_argument("--port", type=int, default=5432,
                        help=translate("CommandLine", "the server's port (default 5432)"))
    parser.add_argument("--database", default="toegang", metavar=translate("CommandLine", "NAME"),
                        help=translate("CommandLine", "the database (default toegang)"))
    parser.add_argument("--tls", choices=("verify-full", "disable"), default="verify-full",
                        help=translate("CommandLine", "check the server's certificate "
                                                      "(verify-full, the default) or, only for "
                                                      "a server on this computer, no TLS"))
    parser.add_argument("--ca", type=Path, metavar=translate("CommandLine", "FILE"),
                        help=translate("CommandLine", "the CA certificate (PEM) that signed the "
                                                      "server's certificate"))
    if superuser:
        parser.add_argument("--superuser", default="postgres", metavar=translate("CommandLine",
                                                                                  "LOGIN"),
                            help=translate("CommandLine", "a PostgreSQL superuser (default "
                                                          "postgres)"))
    else:
        parser.add_argument("--user", required=True, metavar=translate("CommandLine", "LOGIN"),
                            help=translate("CommandLine", "your own login (an application "
                                                          "manager)"))
    return parser


def _server(context: Context) -> int:
    from ..team.errors import TeamError, TeamUnreachable
    from ..wording.translation import use_translator

    # No data folder, so no interface setting: wording speaks the terminal's language, which
    # was loaded before parsing (these verbs need nothing else).
    use_translator(_terminal_words)
    args = context.args
    try:
        address = _address(args)
        handler = {"init": _init, "upgrade": _upgrade}.get(args.action, _as_manager)
        return handler(args, address)
    except Refused as refused:
        print(refused, file=sys.stderr)
        return refused.code
    except TeamUnreachable as error:
        say(translate("CommandLine", "The server {host} did not answer ({reason}). Check the "
                                     "name, the port and the network, and that PostgreSQL runs "
                                     "there."), to_stderr=True, host=args.host,
            reason=str(error).strip().splitlines()[0][:200])
        return Exit.UNUSABLE
    except TeamError as error:
        from ..wording.team_server_texts import server_refusal_text

        print(server_refusal_text(error.code, error.message), file=sys.stderr)
        return Exit.REFUSED


def _terminal_words(context: str, source: str, _disambiguation: str | None = None,
                    _n: int = -1) -> str:
    return translate(context, source)


def _address(args: argparse.Namespace) -> ServerAddress:
    from ..domain.team import ServerAddress

    pem = ""
    if args.ca is not None:
        try:
            pem = args.ca.read_text(encoding="ascii")
        except (OSError, UnicodeError) as error:
            raise Refused(translate("CommandLine", "The CA certificate {file} cannot be read "
                                                   "({reason}).").format(file=args.ca,
                                                                         reason=error)) from error
    if args.tls == "disable" and args.host not in ("localhost", "127.0.0.1", "::1"):
        raise Refused(translate("CommandLine", "Without TLS only a server on this computer can "
                                               "be used. Leave out --tls disable and give the "
                                               "CA certificate with --ca."), Exit.UNUSABLE)
    return ServerAddress(args.host, args.port, args.database, args.tls, pem)


def _password(prompt: str) -> str:
    """PGPASSWORD when set (scripts), otherwise asked."""
    given = os.environ.get("PGPASSWORD") or read_line(prompt, secret=True)
    if not given:
        raise Refused(translate("CommandLine", "No password was given, so nothing was done."),
                      Exit.UNUSABLE)
    return given


def _new_password(who: str) -> str:
    first = read_line(translate("CommandLine", "New password for {login}: ").format(login=who),
                      secret=True)
    second = read_line(translate("CommandLine", "The same password again: "), secret=True)
    if not first or first != second:
        raise Refused(translate("CommandLine", "The two passwords were not the same (or empty). "
                                               "Nothing was done."))
    if len(first) < 12:
        raise Refused(translate("CommandLine", "A password has at least 12 characters. Nothing "
                                               "was done."))
    return first


def _superuser_conn(args: argparse.Namespace, address: ServerAddress,
                    database: str | None = None) -> psycopg.Connection[Any]:
    from dataclasses import replace

    from ..team.connection import connect

    password = _password(translate("CommandLine", "Password of {login} on the server: ")
                         .format(login=args.superuser))
    where = address if database is None else replace(address, database=database)
    return connect(where, args.superuser, password, application_name="toegang-desktop server")


def _init(args: argparse.Namespace, address: ServerAddress) -> int:
    from dataclasses import replace

    from ..team import admin
    from ..team.connection import connect

    superuser_password = _password(translate("CommandLine", "Password of {login} on the server: ")
                                   .format(login=args.superuser))
    with connect(replace(address, database="postgres"), args.superuser, superuser_password) as conn:
        made = admin.create_database(conn, address.database)
    if made:
        say(translate("CommandLine", "Database {name} made."), name=address.database)
    with connect(address, args.superuser, superuser_password) as conn:
        manager_password = None if admin.has_manager(conn) else _new_password(args.manager)
        applied = admin.init(conn, args.manager, args.manager_name or args.manager,
                             manager_password or "")
    say(translate("CommandLine", "Schema up to date (version {version}; applied now: {applied})."),
        version=_latest(), applied=", ".join(map(str, applied)) or "-")
    if manager_password is not None:
        say(translate("CommandLine", "Application manager {login} made. Add teams and members "
                                     "with 'server add-team' and 'server add-member --user "
                                     "{login}'."), login=args.manager)
    return Exit.OK


def _latest() -> int:
    from ..team.server_schema import latest_version

    return latest_version()


def _upgrade(args: argparse.Namespace, address: ServerAddress) -> int:
    from ..team import admin

    with _superuser_conn(args, address) as conn:
        applied = admin.upgrade(conn)
    say(translate("CommandLine", "Schema up to date (version {version}; applied now: {applied})."),
        version=_latest(), applied=", ".join(map(str, applied)) or "-")
    return Exit.OK


def _as_manager(args: argparse.Namespace, address: ServerAddress) -> int:
    from ..domain.team import TeamRole
    from ..team import admin, api
    from ..team.connection import connect

    verifier = device = ""
    if args.action == "add-member":  # asked before connecting: a typo costs no login attempt
        verifier = admin.scram_verifier(_new_password(args.login))
    if args.action == "revoke-device":
        try:
            device = str(uuid.UUID(args.device))
        except ValueError as error:
            raise Refused(translate("CommandLine", "Not a device id: {text} ('server status' "
                                                   "shows them).").format(text=args.device[:60])
                          ) from error
    password = _password(translate("CommandLine", "Password of {login} on the server: ")
                         .format(login=args.user))
    with connect(address, args.user, password, application_name="toegang-desktop server") as conn:
        if args.action == "status":
            _print_status(api.status(conn))
        elif args.action == "add-team":
            api.add_team(conn, args.name)
            say(translate("CommandLine", "Team {name} added."), name=args.name)
        elif args.action == "add-member":
            api.add_member(conn, args.login, args.name, args.team, TeamRole(args.role), verifier)
            say(translate("CommandLine", "{login} added as {role}. They join from Toegang "
                                         "Desktop with Instellingen > Team."),
                login=args.login, role=args.role)
        elif args.action == "set-role":
            api.set_role(conn, args.login, TeamRole(args.role), args.team)
            say(translate("CommandLine", "{login} is now {role}."), login=args.login, role=args.role)
        elif args.action == "remove-member":
            api.remove_member(conn, args.login)
            say(translate("CommandLine", "{login} can no longer log in; their devices are "
                                         "revoked. A team leader hands their dossiers over."),
                login=args.login)
        elif args.action == "revoke-device":
            api.revoke_device(conn, device)
            say(translate("CommandLine", "Device {device} revoked: at its next contact it gets "
                                         "nothing and removes the team's dossiers."),
                device=device)
    return Exit.OK


def _print_status(status: dict[str, Any]) -> None:
    say(translate("CommandLine", "Schema version {version}."), version=status["schema_version"])
    say(translate("CommandLine", "Teams:"))
    for team in status["teams"]:
        print(f"  {team['name']}  ({team['members']})")
    say(translate("CommandLine", "Members:"))
    for member in status["members"]:
        gone = "" if member["active"] else "  " + translate("CommandLine", "(removed)")
        print(f"  {member['login']:<20} {member['role']:<20} {member['team'] or '-':<24} "
              f"{member['display_name']}{gone}")
    say(translate("CommandLine", "Devices:"))
    for device in status["devices"]:
        gone = "  " + translate("CommandLine", "(revoked)") if device["revoked"] else ""
        print(f"  {device['device_id']}  {device['login']:<20} {device['label']}{gone}")
