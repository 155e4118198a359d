"""Team verbs: `team join --server HOST[:PORT] --user NAME [--database D] [--ca FILE]` (the
password asked on the terminal, or read as one line from standard input), `team sync`,
`team status` and `team leave`. They need the store's key but no session: the team service
opens its own connection, as on the window's worker thread."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .common import Exit, Refused, read_line, say, translate
from .verbs import Context, Needs, Verbs

if TYPE_CHECKING:
    from ..services.team_values import ServerAddress, SyncProgress, SyncStatus

LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}
DEFAULT_PORT = 5432
MAX_CERTIFICATE_BYTES = 256 * 1024


def register(verbs: Verbs) -> None:
    team = verbs.add("team", translate("CommandLine", "work in a team: join its server, "
                                                      "update, show the status, leave"),
                     _team, Needs.KEY)
    actions = team.add_subparsers(dest="team_action", required=True,
                                  metavar=translate("CommandLine", "ACTION"))
    join = actions.add_parser("join", help=translate(
        "CommandLine", "join the team's server (asks your password for it)"))
    join.add_argument("--server", required=True, type=server_argument,
                      metavar=translate("CommandLine", "HOST[:PORT]"),
                      help=translate("CommandLine", "the team server's name, and its port "
                                                    "(default 5432)"))
    join.add_argument("--user", required=True, metavar=translate("CommandLine", "NAME"),
                      help=translate("CommandLine", "your user name on the team server"))
    join.add_argument("--database", default="toegang", metavar=translate("CommandLine", "NAME"),
                      help=translate("CommandLine", "the database on the server (default "
                                                    "toegang)"))
    join.add_argument("--ca", type=Path, metavar=translate("CommandLine", "FILE"),
                      help=translate("CommandLine", "the municipality's CA certificate (PEM); "
                                                    "needed unless the server is on this "
                                                    "computer"))
    actions.add_parser("sync", help=translate(
        "CommandLine", "send this laptop's changes and fetch the team's now"))
    actions.add_parser("status", help=translate(
        "CommandLine", "the team, the last update, changes waiting, open conflicts"))
    actions.add_parser("leave", help=translate(
        "CommandLine", "stop working with the team server (the dossiers stay here)"))


def server_argument(text: str) -> tuple[str, int]:
    """HOST, HOST:PORT or [IPv6]:PORT."""
    value = text.strip()
    host, port = value, DEFAULT_PORT
    if value.startswith("["):
        host, _, rest = value[1:].partition("]")
        if rest.startswith(":"):
            port = _port(rest[1:], text)
    elif value.count(":") == 1:
        host, port_text = value.split(":")
        port = _port(port_text, text)
    if not host or any(c.isspace() or c in "/@" for c in host):
        raise argparse.ArgumentTypeError(translate(
            "CommandLine", "not a server: {text} (give its name, e.g. team.gemeente.nl or "
                           "team.gemeente.nl:5432)").format(text=text[:60]))
    return host, port


def _port(text: str, whole: str) -> int:
    if text.isascii() and text.isdigit() and 0 < int(text) < 65536:
        return int(text)
    raise argparse.ArgumentTypeError(translate(
        "CommandLine", "not a port: {text} (a number from 1 to 65535)").format(text=whole[:60]))


def _service(name: str) -> Any:
    """services.team_sync or services.team_join, loaded when a team verb runs (the tests give
    stand-ins here)."""
    from ..services import team_join, team_sync

    return {"team_sync": team_sync, "team_join": team_join}[name]


def _actor(context: Context) -> object:
    from ..services.access_log import current_actor
    from ..services.session import profile_name

    return current_actor(profile_name(context.folder, context.args.demo))


def _team(context: Context) -> int:
    from ..services.errors import TeamRefused, TeamUnreachable
    from ..wording.team_messages import UNREACHABLE, team_problem_text

    if context.key is None:
        say(translate("CommandLine", "Only an encrypted store can work in a team (the demo "
                                     "and a store without a password cannot). Start Toegang "
                                     "Desktop to set a password first."), to_stderr=True)
        return Exit.REFUSED
    action: Callable[[Context], int] = {
        "join": _join, "sync": _sync, "status": _status, "leave": _leave,
    }[context.args.team_action]
    try:
        return action(context)
    except Refused:
        raise
    except (TeamUnreachable, TeamRefused) as error:  # anything else: entry's code 4
        code = error.code if isinstance(error, TeamRefused) else UNREACHABLE
        print(team_problem_text(code), file=sys.stderr)
        from ..wording.team_messages import PASSWORD

        return Exit.UNUSABLE if code == PASSWORD else Exit.REFUSED


def _open(context: Context) -> Any:
    return _service("team_sync").open_team_sync(context.folder.store, context.key,
                                                _actor(context))


def _read_status(context: Context) -> SyncStatus:
    with _open(context) as team:
        status: SyncStatus = team.status()
    return status


def _not_in_a_team() -> int:
    say(translate("CommandLine", "This data folder is not in a team. Join one with "
                                 "'toegang-desktop team join --server HOST --user NAME'."),
        to_stderr=True)
    return Exit.REFUSED


def _join(context: Context) -> int:
    from ..services.settings import TEAM_JOINED_KEY
    from ..services.team_values import ServerAddress

    args = context.args
    host, port = args.server
    if _read_status(context).joined:
        say(translate("CommandLine", "This data folder is already in a team. Leave it first "
                                     "with 'toegang-desktop team leave'."), to_stderr=True)
        return Exit.REFUSED
    pem = _certificate(args.ca, host)
    tls = "verify-full" if pem or host not in LOCAL_HOSTS else "disable"
    address = ServerAddress(host=host, port=port, database=args.database, tls_mode=tls,
                            ca_certificate_pem=pem)
    password = read_line(translate("CommandLine", "Password for {user} on the team server: ")
                         .format(user=args.user), secret=True)
    if not password:
        say(translate("CommandLine", "No password was given, so nothing was joined. Type it on "
                                     "the terminal, or give it as one line on standard input "
                                     "(after the store's password)."), to_stderr=True)
        return Exit.UNUSABLE
    report = _join_service(context, address, args.user, password)
    assert context.settings is not None
    context.settings.setValue(TEAM_JOINED_KEY, True)
    context.settings.sync()
    say(translate("CommandLine", "Joined team {team}. Sent up: {dossiers} dossier(s) with "
                                 "{records} record(s). 'toegang-desktop team sync' updates; "
                                 "the window does so every few minutes."),
        team=getattr(report, "team_name", "") or "?", dossiers=getattr(report, "dossiers", 0),
        records=getattr(report, "records", 0))
    return Exit.OK


def _join_service(context: Context, address: ServerAddress, user: str, password: str) -> Any:
    import socket

    return _service("team_join").join(
        context.folder.store, context.key, _actor(context), address, user, password,
        socket.gethostname() or "laptop", _progress_printer())


def _certificate(path: Path | None, host: str) -> str:
    if path is None:
        if host in LOCAL_HOSTS:
            return ""
        raise Refused(translate(
            "CommandLine", "Give the municipality's CA certificate with --ca FILE: with it the "
                           "laptop checks that it talks to your team's own server. Nothing "
                           "was joined."))
    try:
        if path.stat().st_size > MAX_CERTIFICATE_BYTES:
            raise ValueError(path)
        text = path.read_text(encoding="ascii")
    except (OSError, ValueError, UnicodeError):
        text = ""
    if "-----BEGIN CERTIFICATE-----" not in text:
        raise Refused(translate(
            "CommandLine", "{path} is not a certificate (PEM) or cannot be read. Give the CA "
                           "file your application manager gave you. Nothing was joined.")
            .format(path=path))
    return text


def _progress_printer() -> Callable[[SyncProgress], None]:
    """A long first upload or sync says where it is, on the terminal only (not in a pipe)."""
    tty = sys.stderr is not None and sys.stderr.isatty()

    def show(progress: SyncProgress) -> None:
        if tty and progress.total:
            print(f"\r{progress.phase} {progress.done}/{progress.total}", end="",
                  file=sys.stderr, flush=True)

    return show


def _sync(context: Context) -> int:
    with _open(context) as team:
        if not team.status().joined:
            return _not_in_a_team()
        report = team.sync(progress=_progress_printer())
        status = team.status()
    if sys.stderr is not None and sys.stderr.isatty():
        print(file=sys.stderr)
    say(translate("CommandLine", "Updated: {pushed} change(s) sent, {pulled} fetched, "
                                 "{conflicts} new conflict(s), {removed} dossier(s) removed "
                                 "from this laptop."),
        pushed=report.pushed, pulled=report.pulled, conflicts=report.conflicts,
        removed=report.removed_dossiers)
    if report.full_resync:
        say(translate("CommandLine", "The team server was restored from an older backup: "
                                     "everything was fetched again; changes still waiting "
                                     "were kept and sent."))
    if status.open_conflicts:
        say(translate("CommandLine", "{count} conflict(s) wait for a choice: open Toegang "
                                     "Desktop, Team → Conflicts."), count=status.open_conflicts)
    return Exit.OK


def _status(context: Context) -> int:
    from ..wording.team_messages import team_problem_text

    status = _read_status(context)
    if not status.joined:
        say(translate("CommandLine", "This data folder is not in a team."))
        return Exit.OK
    last = (f"{status.last_synced_at.astimezone():%d-%m-%Y %H:%M}" if status.last_synced_at
            else translate("CommandLine", "not yet"))
    say(translate("CommandLine", "Team: {team} (signed in as {member})"),
        team=status.team_name or "?", member=status.member or "?")
    say(translate("CommandLine", "Last update: {when}"), when=last)
    say(translate("CommandLine", "Changes waiting: {count}"), count=status.pending_operations)
    say(translate("CommandLine", "Open conflicts: {count}"), count=status.open_conflicts)
    if status.last_error:
        say(translate("CommandLine", "Last attempt: {problem}"),
            problem=team_problem_text(status.last_error))
    return Exit.OK


def _leave(context: Context) -> int:
    from ..services.settings import TEAM_JOINED_KEY

    status = _read_status(context)
    if not status.joined:
        return _not_in_a_team()
    _service("team_join").leave(context.folder.store, context.key, _actor(context))
    assert context.settings is not None
    context.settings.remove(TEAM_JOINED_KEY)
    context.settings.sync()
    say(translate("CommandLine", "This data folder left the team; its dossiers stay here."))
    if status.pending_operations:
        say(translate("CommandLine", "{count} change(s) had not been sent to the team."),
            to_stderr=True, count=status.pending_operations)
    return Exit.OK
