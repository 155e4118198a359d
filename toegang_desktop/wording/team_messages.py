"""Wording of team work: why the team server refused or could not be reached (with the way
out), a conflict's field and values in words, and what taking a dossier along means.

The problem codes are the server's SQLSTATE codes (`TG001`...) as docs/team-protocol.md lists
them, plus the laptop's own (`unreachable`, `certificate`, `password`) for what happens before
the server can answer. The texts keep the "Team" translation context.
"""

from __future__ import annotations

from datetime import date, datetime

from .field_names import field_label
from .translation import translate  # lupdate finds translate("Context", "...") calls

UNREACHABLE = "unreachable"
CERTIFICATE = "certificate"
PASSWORD = "password"
NOT_MEMBER = "TG001"


def _problem_texts() -> dict[str, str]:
    from .team_work_texts import team_work_problem_texts  # working as a team: TG007-TG011

    return {
        **team_work_problem_texts(),
        UNREACHABLE: translate(
            "Team", "The team server cannot be reached. Check the network connection (and "
                    "the server's name and port). Nothing is lost: your changes wait on this "
                    "laptop and go up at the next attempt."),
        CERTIFICATE: translate(
            "Team", "The server's certificate does not match the municipality's certificate "
                    "you chose, so no connection was made (it may not be your team's server). "
                    "Check the server's name and the certificate file with your application "
                    "manager."),
        PASSWORD: translate(
            "Team", "The user name or password is not right for the team server. Type them "
                    "again; your application manager can set a new password."),
        NOT_MEMBER: translate(
            "Team", "You are not (or no longer) a member of a team on this server. Ask your "
                    "application manager to add you to the team."),
        "TG002": translate(
            "Team", "You have no access to this dossier on the team server (it was handed "
                    "over, or your access ended). Ask the coordinating professional."),
        "TG003": translate(
            "Team", "This laptop was taken out of the team (device revoked). Ask your "
                    "application manager; until then the laptop works on its own."),
        "TG004": translate(
            "Team", "A colleague has taken this dossier along for a home visit. Your change "
                    "is kept as a conflict; the coordinating professional chooses."),
        "TG005": translate(
            "Team", "Your role in the team does not allow this. Ask your team leader."),
        "server_error": translate(
            "Team", "The team server could not do this just now. Nothing is lost; try again in "
                    "a while, and tell your application manager if it keeps happening."),
        "plain_store": translate(
            "Team", "Only a data file with a password can work in a team (the team password is "
                    "kept in it, encrypted). Set a password for Toegang Desktop first."),
        "not_joined": translate(
            "Team", "This laptop is not in a team. Join one under Settings → Team…."),
        "already_joined": translate(
            "Team", "This laptop is already in a team. To join another team, leave this one "
                    "first under Settings → Team…."),
        "not_here": translate(
            "Team", "This dossier is not on this laptop, so it cannot be taken along from here. "
                    "Ask the coordinating professional."),
        "TG006": translate(
            "Team", "The team server is newer than this app. Install the newer Toegang "
                    "Desktop; until then the laptop works on its own and nothing is lost."),
    }


def team_problem_text(code: str) -> str:
    """A refusal or failure of the team server in words, with the way out."""
    text = _problem_texts().get(code)
    if text is not None:
        return text
    return translate("Team", "The team server refused (code %1). Nothing is lost; try again "
                             "later, or tell your application manager the code.").replace(
        "%1", code or "?")


def access_request_problem_text(code: str) -> str:
    """Why an access request of a team dossier was not made, with the way out: the team server
    keeps who else saw the dossier, and an access request without them would be incomplete."""
    if code == UNREACHABLE:
        return translate(
            "Team", "The access request was not made: the team server keeps which colleagues "
                    "saw this dossier, and it cannot be reached now. Without that list the "
                    "request would be incomplete. Connect to the network (and the team's "
                    "server) and try again.")
    if code == "TG002":
        return translate(
            "Team", "The access request was not made: only the coordinating professional or "
                    "the privacy officer can get from the team server which colleagues saw "
                    "this dossier. Ask the coordinating professional or the privacy officer to "
                    "make it.")
    return team_problem_text(code)


def _table_names() -> dict[str, str]:
    return {
        "residents": translate("Team", "Personal details"),
        "household_members": translate("Team", "Household"),
        "conversations": translate("Team", "Conversation"),
        "domain_assessments": translate("Team", "Life domain"),
        "signal_decisions": translate("Team", "Decision on a signal"),
        "plans": translate("Team", "Plan"),
        "agreements": translate("Team", "Agreement"),
        "investigation_topics": translate("Team", "Investigation topic"),
        "safety_records": translate("Team", "Reporting-code record"),
    }


def record_part_text(table: str) -> str:
    """Which part of a dossier a synced table holds: 'domain_assessments' -> 'Life domain'."""
    return _table_names().get(table, table.replace("_", " "))


def conflict_field_text(table: str, field: str) -> str:
    """'domain_assessments', 'own_words' -> 'Life domain: in own words'."""
    part = record_part_text(table)
    label = field_label(field)
    if label == field:  # not a known field: readable at least
        label = field.replace("_", " ")
    return f"{part}: {label[:1].lower() + label[1:] if label[1:2].islower() else label}"


def value_text(value: object) -> str:
    """A value from either side of a conflict as a person reads it."""
    if value is None or value == "":
        return translate("Team", "(empty)")
    if isinstance(value, bool):
        return translate("Team", "yes") if value else translate("Team", "no")
    if isinstance(value, datetime):
        local = value.astimezone()
        return f"{local:%d-%m-%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d-%m-%Y}"
    if isinstance(value, str) and len(value) == 10 and value[4:5] == "-" and value[7:8] == "-":
        try:  # a date travels as YYYY-MM-DD
            return f"{date.fromisoformat(value):%d-%m-%Y}"
        except ValueError:
            return value
    if isinstance(value, list | tuple):
        return ", ".join(value_text(item) for item in value)
    return str(value)
