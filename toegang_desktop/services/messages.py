"""Wording of problems and errors for people, in the interface language.

Domain, store and content code report stable codes; this is the one place that turns them
into sentences that say what is wrong and how to fix it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..content.checklist import ChecklistError
from ..domain.problems import Problem
from ..store.errors import StoreError


def _t(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def _problem_templates() -> dict[str, str]:
    return {
        "birth_date_missing": _t("Enter a date of birth (dd-mm-yyyy)."),
        "birth_date_future": _t("The date of birth lies in the future. Check the year."),
        "birth_date_too_early": _t("The date of birth lies before {year}. Check the year."),
        "surname_missing": _t("Enter a surname."),
        "first_names_missing": _t("Enter a first name."),
        "name_too_long": _t("A name may have at most {max} characters."),
        "bsn_invalid": _t(
            "This BSN is not valid: it must have 9 digits and pass the 11-check. "
            "Check the number on an ID document or leave the field empty."
        ),
        "bsn_duplicate": _t(
            "Another resident already has this BSN. Search the caseload for this BSN."
        ),
        "postcode_invalid": _t("Enter the postcode as 4 digits and 2 letters, e.g. 1234 AB."),
        "email_invalid": _t("This e-mail address is not complete, e.g. name@example.nl."),
        "phone_invalid": _t("Enter the phone number with digits only, e.g. 06 12345678."),
        "conversation_date_future": _t("The conversation date lies in the future."),
        "melding_date_future": _t("The date of the request (melding) lies in the future."),
        "melding_after_conversation": _t(
            "The request (melding) cannot come after the conversation date."
        ),
        "level_out_of_range": _t("The level must be between 1 and 5."),
        "json_schema": _t("Not valid in this format: {message}"),
        "json_not_dossier": _t("This file is not a Toegang Desktop dossier."),
        "json_newer_format": _t(
            "This dossier was made with a newer version (format {found}); this version "
            "reads up to format {supported}. Update Toegang Desktop and try again."
        ),
        "json_unreadable": _t("The file cannot be read: {detail}"),
        "json_syntax": _t("The file is not valid JSON (line {line}, column {column})."),
    }


def _field_labels() -> dict[str, str]:
    return {
        "first_names": _t("First name(s)"),
        "prefix": _t("Prefix"),
        "surname": _t("Surname"),
        "date_of_birth": _t("Date of birth"),
        "bsn": _t("BSN"),
        "postcode": _t("Postcode"),
        "email": _t("E-mail"),
        "phone": _t("Phone"),
        "held_on": _t("Conversation date"),
        "melding_date": _t("Date of request"),
        "level": _t("Level"),
    }


def field_label(field: str) -> str:
    """The Dutch label of the last part of a field path ('household[0].surname')."""
    last = field.rsplit(".", 1)[-1]
    return _field_labels().get(last, field)


def problem_text(problem: Problem) -> str:
    template = _problem_templates().get(problem.code)
    if template is None:
        return _t("Unexpected problem: {code}").format(code=problem.code)
    try:
        return template.format(**problem.params)
    except (KeyError, IndexError):
        return template


def problem_lines(problems: list[Problem]) -> list[str]:
    """One line per problem: where it is, then what is wrong."""
    return [f"{field_label(problem.field)}: {problem_text(problem)}" if problem.field else
            problem_text(problem) for problem in problems]


def store_error_text(error: StoreError) -> str:
    path = str(error.path)
    texts = {
        "store_newer": _t(
            "The data file {path} was made by a newer version of Toegang Desktop (schema "
            "{found}; this version knows up to {supported}). Nothing was changed. Install "
            "the newer version, or start with --data-dir to use another folder."
        ),
        "store_foreign": _t(
            "The file {path} is not a Toegang Desktop data file. Nothing was changed. "
            "Start with --data-dir to choose another folder."
        ),
        "store_damaged": _t(
            "The data file {path} is damaged and cannot be opened. Nothing was changed or "
            "deleted. Contact your application manager to restore a backup."
        ),
        "store_unavailable": _t(
            "The data file {path} cannot be opened or written ({detail}). Check that the "
            "folder exists, is not read-only and that the disk is not full, or start with "
            "--data-dir to choose another folder."
        ),
        "store_busy": _t(
            "The data file {path} is in use by another program. Close the other Toegang "
            "Desktop window and try again."
        ),
        "store_migration_failed": _t(
            "Updating the data file {path} to this version failed ({detail}). The file was "
            "left as it was; a copy is in the backups folder."
        ),
    }
    template = texts.get(error.code, _t("The data file {path} cannot be used ({detail})."))
    return template.format(path=path, detail=error.detail, **error.params)


def checklist_problem_text(error: ChecklistError) -> str:
    problems = {
        "not_found": _t("the file does not exist"),
        "unreadable": _t("the file cannot be read ({detail})"),
        "syntax": _t("the file is not valid TOML ({detail})"),
        "missing": _t("'{detail}' is missing"),
        "not_table": _t("a table ([...]) was expected"),
        "not_text": _t("a text between quotes was expected"),
        "not_list": _t("a list [...] was expected"),
        "empty": _t("the text is empty"),
        "count": _t("the number of items must be {detail}"),
        "bad_key": _t("the key '{detail}' may only hold letters a-z, digits and _"),
        "duplicate": _t("the key '{detail}' occurs twice"),
    }
    what = problems.get(error.code, error.code).format(detail=error.detail)
    return _t("The checklist {path} cannot be used: at {place}, {problem}.").format(
        path=str(error.path), place=error.place, problem=what)


def checklist_error_text(error: ChecklistError) -> str:
    """The problem, and that the app carries on with the standard checklist."""
    return checklist_problem_text(error) + " " + _t(
        "The standard checklist is used instead; correct the file and restart.")
