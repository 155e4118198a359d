"""Privacy verbs: check, export or purge the access log; an access request (asking whether a
restricted reporting-code record goes in); the purge of dossiers past their retention date."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from ..wording.privacy_labels import capitalised, defect_label, purge_blanked_text
from .common import Exit, file_error, not_found, parse_day, read_line, record_id, say, translate
from .verbs import Context, Verbs


def register(verbs: Verbs) -> None:
    day, file_name = translate("CommandLine", "DATE"), translate("CommandLine", "FILE")
    log = verbs.add("access-log", translate("CommandLine", "check, export or purge the access "
                                                           "log"), _access_log)
    what = log.add_mutually_exclusive_group(required=True)
    what.add_argument("--verify", action="store_true",
                      help=translate("CommandLine", "check the hash chain"))
    what.add_argument("--export", type=Path, metavar=file_name,
                      help=translate("CommandLine", "write the log as CSV"))
    what.add_argument("--purge-old", action="store_true",
                      help=translate("CommandLine", "remove the lines older than five years"))
    log.add_argument("--from", dest="since", type=parse_day, metavar=day,
                     help=translate("CommandLine", "export lines from this day (UTC)"))
    log.add_argument("--to", dest="until", type=parse_day, metavar=day,
                     help=translate("CommandLine", "export lines through this day (UTC)"))
    request = verbs.add("access-request", translate(
        "CommandLine", "write everything stored about one resident into a folder"),
        _access_request)
    request.add_argument("--resident", type=record_id, required=True,
                         metavar=translate("CommandLine", "ID"),
                         help=translate("CommandLine", "the resident's id"))
    request.add_argument("--out", type=Path, required=True,
                         metavar=translate("CommandLine", "FOLDER"),
                         help=translate("CommandLine", "the folder to write into"))
    restricted = request.add_mutually_exclusive_group()
    restricted.add_argument("--include-restricted", dest="restricted", action="store_const",
                            const=True, help=translate(
                                "CommandLine", "include a restricted reporting-code record "
                                               "without asking"))
    restricted.add_argument("--without-restricted", dest="restricted", action="store_const",
                            const=False, help=translate(
                                "CommandLine", "leave a restricted reporting-code record out "
                                               "without asking"))
    retention = verbs.add("retention", translate("CommandLine", "dossiers past their retention "
                                                                "date"), _retention)
    retention.add_argument("--purge", action="store_true",
                           help=translate("CommandLine", "remove them (after listing them); "
                                                         "needs --yes"))
    retention.add_argument("--yes", action="store_true",
                           help=translate("CommandLine", "confirm the purge"))


def _access_log(context: Context) -> int:
    args, log = context.args, context.session.access_log
    if (args.since or args.until) and not args.export:  # not a check of part of the chain
        say(translate("CommandLine", "--from and --to go with --export; the check and the "
                                     "purge always cover the whole log."), to_stderr=True)
        return Exit.REFUSED
    if args.verify:
        result = log.verify()
        if result.ok:
            say(translate("CommandLine", "The access log is intact: {count} line(s) checked. "
                                         "Last hash: {hash}"),
                count=result.checked, hash=result.head_hash)
            return Exit.OK
        say(translate("CommandLine", "The access log has been changed outside the app. "
                                     "Tell your privacy officer. Problems:"), to_stderr=True)
        for line_id, defect in result.defects:
            say("  - {line}: {defect}", to_stderr=True, line=line_id, defect=defect_label(defect))
        return Exit.REFUSED
    if args.purge_old:
        checkpoint = log.purge_old(date.today())
        say(translate("CommandLine", "Removed {count} log line(s) older than five years."),
            count=checkpoint.removed_count if checkpoint else 0)
        return Exit.OK
    try:
        count = log.export_csv(args.export, args.since, args.until,
                               protected=context.session.protected_files)
    except OSError as error:
        return file_error(error)
    say(translate("CommandLine", "{count} log line(s) written to {path}"),
        count=count, path=args.export)
    return Exit.OK


def _access_request(context: Context) -> int:
    from ..services.errors import TeamRefused, TeamUnreachable
    from ..services.privacy import TEAM_ACCESS_FILE
    from ..wording.team_messages import UNREACHABLE, access_request_problem_text

    args, privacy = context.args, context.session.privacy
    include: bool | None = args.restricted
    if include is None:
        include = privacy.has_restricted_record(args.resident) and _ask_restricted()
        if include is None:
            return Exit.REFUSED
    try:
        package = privacy.access_request(args.resident, args.out, include_restricted=include)
    except LookupError:
        return not_found("resident", args.resident)
    except OSError as error:
        return file_error(error)
    except (TeamUnreachable, TeamRefused) as refused:  # in a team: never an incomplete request
        print(access_request_problem_text(
            refused.code if isinstance(refused, TeamRefused) else UNREACHABLE), file=sys.stderr)
        return Exit.REFUSED
    say(translate("CommandLine", "Access request written to {path}"), path=package.folder)
    for path in package.files:
        print(f"  {path.name}")
    if package.team_seen:
        say(translate("CommandLine", "{file} lists every colleague in the team who saw the "
                                     "dossier, with each emergency access and its reason."),
            file=TEAM_ACCESS_FILE)
    return Exit.OK


def _ask_restricted() -> bool | None:
    """The professional's answer (True: include); None, after saying how to answer without a
    question, when nobody answers or the answer is no yes or no."""
    answer = read_line(translate(
        "CommandLine", "This dossier has a restricted reporting-code record. Include it in the "
                       "access request? (y/n) "))
    if answer is None:
        print(file=sys.stderr)  # end the question's line
    yes, no = (translate("CommandLine", "y"), translate("CommandLine", "n"))
    word = (answer or "").strip().lower()[:1]
    if word in (yes, no) and word:
        return word == yes
    say(translate("CommandLine", "Nothing was written: this dossier has a restricted "
                                 "reporting-code record. Answer y or n, or say it with "
                                 "--include-restricted or --without-restricted."),
        to_stderr=True)
    return None


def _retention(context: Context) -> int:
    args, privacy = context.args, context.session.privacy
    due = privacy.due()
    say(translate("CommandLine", "{count} dossier(s) past their retention date."),
        count=len(due))
    for dossier in due:
        print(f"  {dossier.resident_id}\t{dossier.retain_until:%d-%m-%Y}")
    if not args.purge or not due:  # nothing to remove is nothing to confirm
        return Exit.OK
    if not args.yes:
        say(translate("CommandLine", "Nothing was removed. Add --yes to remove these "
                                     "dossiers for good."), to_stderr=True)
        return Exit.REFUSED
    outcome = privacy.purge_due([d.resident_id for d in due])
    say(translate("CommandLine", "{count} dossier(s) removed."), count=outcome.removed)
    if outcome.texts:
        print(capitalised(purge_blanked_text(outcome.names, outcome.streets, outcome.texts))
              + ".")
    return Exit.OK
