"""Wording for the learning loop: what the personal-data check found, and why an aggregate
file cannot be used. The found fragments are shown on screen only; never log these lines."""

from __future__ import annotations

from ..domain.personal_data import FalseAlarmReason, Finding, FindingKind
from .sources import CodedFileProblem
from .translation import translate  # lupdate finds translate("Context", "...") calls


def finding_kind_text(kind: FindingKind) -> str:
    return {
        FindingKind.BSN: translate("Learning", "a BSN"),
        FindingKind.BIRTH_DATE: translate("Learning", "a date that may be a date of birth"),
        FindingKind.POSTCODE: translate("Learning", "a postcode (with house number)"),
        FindingKind.ADDRESS: translate("Learning", "an address"),
        FindingKind.PHONE: translate("Learning", "a phone number"),
        FindingKind.EMAIL: translate("Learning", "an e-mail address"),
        FindingKind.NAME: translate("Learning", "the name of a resident"),
    }[kind]


def field_label(name: str) -> str:
    return {
        "what_happened": translate("Learning", "What happened"),
        "what_would_help": translate("Learning", "What would have helped"),
        "area": translate("Learning", "Neighbourhood or area"),
        "description": translate("Learning", "What you notice"),
        "occurred_on": translate("Learning", "Date"),
        "noticed_on": translate("Learning", "Date"),
        "solved_on": translate("Learning", "Solved on"),
        "partner_id": translate("Learning", "Partner"),
    }.get(name, name)


def personal_data_lines(found: list[tuple[str, Finding]]) -> list[str]:
    """One line per finding: where, what kind, and the fragment; then how to go on."""
    lines = [translate("Learning", "{field}: {kind}: \u201c{fragment}\u201d").format(
        field=field_label(name), kind=finding_kind_text(f.kind), fragment=f.fragment)
        for name, f in found]
    lines.append(translate(
        "Learning", "This text goes into anonymous reports, so it may not contain personal data. "
        "Nothing was saved yet. Rewrite it without the marked details (e.g. 'a resident', 'a "
        "mother of two', 'in the spring'). Is something marked not personal data? Choose 'Not "
        "personal data' and say why."))
    return lines


def false_alarm_reason_text(reason: FalseAlarmReason) -> str:
    return {
        FalseAlarmReason.ORDINARY_WORD: translate(
            "Learning", "An ordinary word or the name of a thing, not of a person"),
        FalseAlarmReason.ORGANISATION: translate(
            "Learning", "An organisation, facility or place, or its public contact details"),
        FalseAlarmReason.EVENT_DATE: translate(
            "Learning", "The date of an event, not a date of birth"),
        FalseAlarmReason.NOT_ABOUT_A_RESIDENT: translate(
            "Learning", "Something else that identifies no resident"),
    }[reason]


def false_alarm_words() -> dict[str, str]:
    """The words of the personal-data panel in the learning dialogs."""
    return {
        "rewrite": translate("Learning", "Rewrite"),
        "rewrite_tip": translate(
            "Learning", "Go to the first marked detail in the text to rewrite it"),
        "not_personal": translate("Learning", "Not personal data…"),
        "not_personal_tip": translate(
            "Learning", "Confirm that a marked detail is not personal data, with a reason"),
        "explain": translate(
            "Learning", "Choose for each marked detail why it is not personal data. The reason "
            "is recorded in the access log (not the text). Rewriting is always the safer way."),
        "choose": translate("Learning", "Choose a reason…"),
        "confirm": translate("Learning", "Save: not personal data"),
        "row": translate("Learning", "\u201c{fragment}\u201d ({kind})"),
        "list_name": translate("Learning", "What the personal-data check found"),
    }


def false_alarm_log_text(detail: str) -> str:
    """The access log's line for a confirmed false alarm: the kind and the reason."""
    kind, _, reason = detail.partition(".")
    try:
        kind_text = finding_kind_text(FindingKind(kind))
        reason_text = false_alarm_reason_text(FalseAlarmReason(reason))
    except ValueError:
        return detail
    return translate("Learning", "personal-data check: not personal data confirmed ({kind}; "
                     "{reason})").format(kind=kind_text, reason=reason_text)


def aggregate_error_text(error: CodedFileProblem) -> str:
    texts = {
        "not_aggregate": translate(
            "Learning", "The file {path} is not an aggregate file of Toegang Desktop. Choose the "
            "file that 'Export aggregate file' wrote."),
        "newer_format": translate(
            "Learning", "The file {path} was made by a newer version of Toegang Desktop. Update "
            "this version, or ask for the file from the same version."),
        "invalid": translate(
            "Learning", "The file {path} is damaged or was changed by hand: its numbers cannot be "
            "read. Ask for the file to be exported again."),
        "unreadable": translate(
            "Learning", "The file {path} cannot be read. Check that it exists and that no other "
            "program has it open."),
        "inconsistent": translate(
            "Learning", "The numbers in the file {path} do not agree with each other (for example "
            "more solved bottlenecks than bottlenecks), so it was changed after it was exported. "
            "Nothing was merged: ask for the file to be exported again."),
        "personal_data": translate(
            "Learning", "The file {path} holds a name of a partner, area, rule or life domain that "
            "looks like personal data (an address, a date of birth, a phone number, a BSN or an "
            "e-mail address). A team report must not print it, so nothing was merged. Ask the "
            "workstation to correct the text in the learning loop and export the file again."),
        "duplicate": translate(
            "Learning", "The file {path} is the same aggregate file as {other} (a copy, perhaps "
            "under another name). Merged twice, every number would count double. Choose each "
            "file once."),
        "same_workstation": translate(
            "Learning", "The files {path} and {other} come from the same workstation. Merged "
            "together, its numbers would count double. Choose one file per workstation: the "
            "newest."),
    }
    return texts.get(error.code, texts["invalid"]).format(path=str(error.path), other=error.detail)


def period_mismatch_text() -> str:
    return translate(
        "Learning", "These aggregate files cover different periods. Merge only files of the same "
        "period: export them again for one period.")
