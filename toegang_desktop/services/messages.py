"""Wording of problems and errors for people, in the interface language.

Domain, store and content code report stable codes; this is the one place that turns them
into sentences that say what is wrong and how to fix it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..content.toml_reader import ContentError
from ..domain.problems import Problem
from ..store.errors import StoreError

translate = QCoreApplication.translate  # lupdate finds translate("Context", "...") calls


def _problem_templates() -> dict[str, str]:
    return {
        "birth_date_missing": translate("Messages", "Enter a date of birth (dd-mm-yyyy)."),
        "birth_date_future": translate("Messages", "The date of birth lies in the future. Check the year."),
        "birth_date_too_early": translate(
            "Messages", "The date of birth lies before {year}. Check the year."
        ),
        "surname_missing": translate("Messages", "Enter a surname."),
        "first_names_missing": translate("Messages", "Enter a first name."),
        "name_too_long": translate("Messages", "A name may have at most {max} characters."),
        "bsn_invalid": translate(
            "Messages",
            "This BSN is not valid: it must have 9 digits and pass the 11-check. "
            "Check the number on an ID document or leave the field empty.",
        ),
        "bsn_duplicate": translate(
            "Messages", "Another resident already has this BSN. Search the caseload for this BSN."
        ),
        "postcode_invalid": translate(
            "Messages", "Enter the postcode as 4 digits and 2 letters, e.g. 1234 AB."
        ),
        "email_invalid": translate("Messages", "This e-mail address is not complete, e.g. name@example.nl."),
        "phone_invalid": translate("Messages", "Enter the phone number with digits only, e.g. 06 12345678."),
        "conversation_date_future": translate("Messages", "The conversation date lies in the future."),
        "melding_date_future": translate("Messages", "The date of the request (melding) lies in the future."),
        "melding_after_conversation": translate(
            "Messages", "The request (melding) cannot come after the conversation date."
        ),
        "level_out_of_range": translate("Messages", "The level must be between 1 and 5."),
        "decision_reason_missing": translate(
            "Messages", "Say why: a confirmed or dismissed signal needs a reason."
        ),
        "date_in_future": translate("Messages", "This date lies in the future."),
        "decision_duplicate": translate(
            "Messages", "This signal has two decisions; keep one and remove the other from the file."
        ),
        "domain_key_duplicate": translate(
            "Messages", "This life domain occurs twice in the conversation; keep one of them."
        ),
        "decision_before_application": translate(
            "Messages", "The decision cannot come before the application."
        ),
        "client_support_date_missing": translate(
            "Messages", "Enter the date on which client support was offered, accepted or declined."
        ),
        "json_schema": translate("Messages", "Not valid in this format: {message}"),
        "json_not_dossier": translate("Messages", "This file is not a Toegang Desktop dossier."),
        "json_newer_format": translate(
            "Messages",
            "This dossier was made with a newer version (format {found}); this version "
            "reads up to format {supported}. Update Toegang Desktop and try again.",
        ),
        "json_unreadable": translate("Messages", "The file cannot be read: {detail}"),
        "json_syntax": translate("Messages", "The file is not valid JSON (line {line}, column {column})."),
    }


def _field_labels() -> dict[str, str]:
    return {
        "first_names": translate("Messages", "First name(s)"),
        "prefix": translate("Messages", "Prefix"),
        "surname": translate("Messages", "Surname"),
        "date_of_birth": translate("Messages", "Date of birth"),
        "bsn": translate("Messages", "BSN"),
        "postcode": translate("Messages", "Postcode"),
        "email": translate("Messages", "E-mail"),
        "phone": translate("Messages", "Phone"),
        "held_on": translate("Messages", "Conversation date"),
        "melding_date": translate("Messages", "Date of request"),
        "level": translate("Messages", "Level"),
        "reason": translate("Messages", "Reason"),
        "client_support_date": translate("Messages", "Date of client support"),
        "application_date": translate("Messages", "Date of application"),
        "decision_date": translate("Messages", "Date of decision"),
        "finalised_on": translate("Messages", "Report made final on"),
    }


def field_label(field: str) -> str:
    """The Dutch label of the last part of a field path ('household[0].surname')."""
    last = field.rsplit(".", 1)[-1]
    return _field_labels().get(last, field)


def problem_text(problem: Problem) -> str:
    template = _problem_templates().get(problem.code)
    if template is None:
        return translate("Messages", "Unexpected problem: {code}").format(code=problem.code)
    try:
        return template.format(**problem.params)
    except (KeyError, IndexError):
        return template


def problem_lines(problems: list[Problem]) -> list[str]:
    """One line per problem: where it is, then what is wrong."""
    return [
        f"{field_label(problem.field)}: {problem_text(problem)}" if problem.field else problem_text(problem)
        for problem in problems
    ]


def store_error_text(error: StoreError) -> str:
    path = str(error.path)
    texts = {
        "store_newer": translate(
            "Messages",
            "The data file {path} was made by a newer version of Toegang Desktop (schema "
            "{found}; this version knows up to {supported}). Nothing was changed. Install "
            "the newer version, or start with --data-dir to use another folder.",
        ),
        "store_foreign": translate(
            "Messages",
            "The file {path} is not a Toegang Desktop data file. Nothing was changed. "
            "Start with --data-dir to choose another folder.",
        ),
        "store_damaged": translate(
            "Messages",
            "The data file {path} is damaged and cannot be opened. Nothing was changed or "
            "deleted. Contact your application manager to restore a backup.",
        ),
        "store_unavailable": translate(
            "Messages",
            "The data file {path} cannot be opened or written ({detail}). Check that the "
            "folder exists, is not read-only and that the disk is not full, or start with "
            "--data-dir to choose another folder.",
        ),
        "store_busy": translate(
            "Messages",
            "The data file {path} is in use by another program. Close the other Toegang "
            "Desktop window and try again.",
        ),
        "store_migration_failed": translate(
            "Messages",
            "Updating the data file {path} to this version failed ({detail}). The file was "
            "left as it was; a copy is in the backups folder.",
        ),
    }
    template = texts.get(error.code, translate("Messages", "The data file {path} cannot be used ({detail})."))
    return template.format(path=path, detail=error.detail, **error.params)


def content_problem_text(error: ContentError) -> str:
    problems = {
        "not_found": translate("Messages", "the file does not exist"),
        "unreadable": translate("Messages", "the file cannot be read ({detail})"),
        "syntax": translate("Messages", "the file is not valid TOML ({detail})"),
        "missing": translate("Messages", "'{detail}' is missing"),
        "not_table": translate("Messages", "a table ([...]) was expected"),
        "not_text": translate("Messages", "a text between quotes was expected"),
        "not_list": translate("Messages", "a list [...] was expected"),
        "empty": translate("Messages", "the text is empty"),
        "count": translate("Messages", "the number of items must be {detail}"),
        "bad_key": translate("Messages", "the key '{detail}' may only hold letters a-z, digits and _"),
        "duplicate": translate("Messages", "the key '{detail}' occurs twice"),
        "unknown_condition": translate(
            "Messages", "'{detail}' is no known condition (use count, marker, household, all or any)"
        ),
        "unknown_domain": translate("Messages", "the life domain '{detail}' is not in the checklist"),
        "unknown_value": translate("Messages", "the value '{detail}' is not allowed here"),
        "unknown_key": translate("Messages", "the key '{detail}' is not known here"),
        "not_number": translate("Messages", "a whole number ({detail}) was expected"),
        "not_boolean": translate("Messages", "true or false was expected"),
    }
    what = problems.get(error.code, error.code).format(detail=error.detail)
    return translate("Messages", "The file {path} cannot be used: at {place}, {problem}.").format(
        path=str(error.path), place=error.place, problem=what
    )


def content_error_text(error: ContentError) -> str:
    """The problem, and that the app carries on with the standard content."""
    return (
        content_problem_text(error)
        + " "
        + translate("Messages", "The standard file is used instead; correct the file and restart.")
    )
