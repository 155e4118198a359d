"""The catalogue of sentences for validation problems, by problem code (the data behind
messages.problem_text). Kept in the "Messages" translation context."""

from __future__ import annotations

from .translation import translate  # lupdate finds translate("Context", "...") calls


def problem_templates() -> dict[str, str]:
    return {
        "dossier_read_only_glass": translate(
            "Messages", "This dossier is open to you to read only (broken glass), until the end "
                        "of the day: nothing can be changed in it. To work in it, ask the "
                        "coordinator to involve you."
        ),
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
        "help_ended_before_first_conversation": translate(
            "Messages", "Help cannot have ended before the dossier's first conversation. Check "
                        "the year of the end of help."),
        "retention_date_passed": translate(
            "Messages", "With this end of help the retention period is already over, so the "
                        "dossier would be removed at the next purge. Check the date."),
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
        # Route and plan, domain/plan.py
        "route_coordinator_missing": translate(
            "Messages", "Enter the name of the coordinating professional, or untick the integrated plan."
        ),
        "route_long_term_reason_missing": translate(
            "Messages", "Say why a long-lasting indication fits this need."
        ),
        "route_other_connection_missing": translate(
            "Messages", "Say which other connection is to be made."
        ),
        "agreement_what_missing": translate("Messages", "Describe what was agreed."),
        "agreement_partner_missing": translate(
            "Messages", "Choose the partner who carries out this agreement."
        ),
        "agreement_partner_unknown": translate(
            "Messages", "This partner is no longer in the directory. Choose another one."
        ),
        "agreement_domain_unknown": translate(
            "Messages", "Link only life domains of this conversation."
        ),
        "partner_organisation_missing": translate("Messages", "Enter the name of the organisation."),
        "partner_duplicate": translate(
            "Messages",
            "This organisation is already in the directory (perhaps deactivated). "
            "Change that entry instead.",
        ),
        "json_schema": translate(
            "Messages", "This does not fit the dossier format (rule: {kind})."
        ),
        "json_required": translate("Messages", "This is missing from the file (key '{key}')."),
        "json_unknown_key": translate(
            "Messages", "The key '{key}' does not belong here. Remove it or check the spelling."
        ),
        "json_wrong_type": translate("Messages", "This must be {expected}."),
        "json_not_allowed": translate(
            "Messages", "This value is not allowed here. Use one of: {allowed}."
        ),
        "json_bad_format": translate("Messages", "This is not written in the expected form."),
        "json_bad_format:date": translate(
            "Messages",
            "This is not a valid date. Write it as YYYY-MM-DD (e.g. 2026-01-31) and check "
            "that the day exists.",
        ),
        "json_bad_format:date-time": translate(
            "Messages",
            "This is not a valid date and time. Write it as YYYY-MM-DDThh:mm:ss with a time "
            "zone, e.g. 2026-01-31T09:30:00+00:00.",
        ),
        "json_bad_format:bsn": translate("Messages", "A BSN must have 9 digits, or be empty."),
        "json_too_short": translate("Messages", "This must not be empty."),
        "json_too_short:characters": translate(
            "Messages", "This is too short: at least {min} characters."
        ),
        "json_too_short:items": translate("Messages", "This list needs at least {min} items."),
        "json_too_short:domains": translate(
            "Messages", "A conversation needs at least one life domain."
        ),
        "json_too_long": translate("Messages", "This is too long: at most {max} characters."),
        "json_too_long:items": translate("Messages", "This list may have at most {max} items."),
        "json_out_of_range": translate("Messages", "This number is out of range."),
        "json_out_of_range:between": translate(
            "Messages", "This must be a number from {min} to {max}."
        ),
        "json_out_of_range:min": translate("Messages", "This must be at least {min}."),
        "json_out_of_range:max": translate("Messages", "This must be at most {max}."),
        "json_not_unique": translate("Messages", "Each value may occur only once in this list."),
        "json_not_dossier": translate("Messages", "This file is not a Toegang Desktop dossier."),
        "json_newer_format": translate(
            "Messages",
            "This dossier was made with a newer version (format {found}); this version "
            "reads up to format {supported}. Update Toegang Desktop and try again.",
        ),
        "json_unreadable": translate(
            "Messages",
            "The file cannot be read. Check that the drive or network folder is available "
            "and that no other program has the file open, then try again.",
        ),
        "json_unreadable:not_found": translate(
            "Messages", "The file cannot be read: it does not exist (any more). Choose it again."
        ),
        "json_unreadable:no_permission": translate(
            "Messages",
            "The file cannot be read: you have no permission to open it. Copy it to a "
            "folder of your own, or ask your application manager.",
        ),
        "json_unreadable:is_folder": translate(
            "Messages", "This is a folder, not a file. Choose the dossier file itself."
        ),
        "json_unreadable:not_text": translate(
            "Messages",
            "The file cannot be read: it is not UTF-8 text. Choose the exported .json file "
            "itself, or save it again as UTF-8.",
        ),
        "json_syntax": translate("Messages", "The file is not valid JSON (line {line}, column {column})."),
        "json_too_large": translate(
            "Messages", "The file is larger than {max} MB, far too large for one dossier. "
            "Choose the exported .json file itself."),
        "json_too_deep": translate(
            "Messages", "Lists and objects are nested more than {max} levels deep here; a "
            "dossier never is. Correct the file or export the dossier again."),
        "json_too_deep:line": translate(
            "Messages", "From line {line}, column {column} on, lists and objects are nested "
            "more than {max} levels deep; a dossier never is. Choose the exported .json file "
            "itself."),
        "json_number_too_long": translate(
            "Messages", "This number has more than {max} digits; no number in a dossier is "
            "that long. Correct the file or export the dossier again."),
        "json_bad_text": translate(
            "Messages", "This text (or a key in it) holds a character that is not valid "
            "Unicode, such as a lone \\ud800 escape. Remove it from the file or export the "
            "dossier again."),
        "json_version_not_whole": translate(
            "Messages", "The format version must be written as a whole number from 1 to "
            "{supported} (such as 3, not 3.0), but it is {found}. Correct it, or export the "
            "dossier again."),
        "domain_key_unknown": translate(
            "Messages", "The life domain '{key}' is not in the checklist this conversation "
            "names ({checklist}, version {version}). Use one of its domains: {known}."),
        "topic_open": translate(
            "Messages", "Mark this topic as covered, or as not applicable with a reason."
        ),
        "topic_reason_missing": translate("Messages", "Say why this topic does not apply."),
        "report_final": translate(
            "Messages", "The report is final. Reopen it first to change the investigation."
        ),
        "client_support_missing": translate(
            "Messages",
            "Record whether independent client support was offered, accepted or declined "
            "(under Signals and weighing).",
        ),
        "melding_date_missing": translate(
            "Messages",
            "Enter the date of the request (melding) in the conversation details; the legal "
            "terms count from it.",
        ),
        "domains_not_handled": translate(
            "Messages", "Say for each life domain whether it was discussed or not. Still open: {domains}."
        ),
        # The reporting code (Meldcode), domain/safety.py
        "safety_consultation_who_missing": translate(
            "Messages", "Say who was consulted: a role (e.g. colleague, Veilig Thuis) or a name."
        ),
        "safety_consultation_missing": translate(
            "Messages",
            "Step 2 is marked as done, but no consultation is recorded. Add who was consulted "
            "and when, or take the mark away.",
        ),
        "safety_talk_missing": translate(
            "Messages",
            "Step 3 is marked as done: enter the date of the talk with the person concerned, "
            "or why there was no talk.",
        ),
        "safety_decision_missing": translate(
            "Messages", "Step 5 is marked as done: choose a decision, or take the mark away."
        ),
        "safety_suspicion_unanswered": translate(
            "Messages", "Answer the first question (is there a suspicion?) before you decide."
        ),
        "safety_report_required": translate(
            "Messages",
            "There is acute or structural unsafety: the reporting code then always requires a "
            "report to Veilig Thuis. Choose a decision with a report.",
        ),
        "safety_decision_date_missing": translate("Messages", "Enter the date of the decision."),
        "safety_reason_missing": translate(
            "Messages", "Say why: a decision under the reporting code needs a reason."
        ),
        "safety_deviation_reason_missing": translate(
            "Messages",
            "The decision differs from the advice under the reporting code. Explain in the "
            "reason why you decide otherwise.",
        ),
        # The learning loop, domain/learning.py
        "bottleneck_what_missing": translate(
            "Messages", "Describe what happened: where did help get stuck?"
        ),
        "solved_before_occurred": translate(
            "Messages", "The date it was solved cannot lie before the date it happened."
        ),
        "signal_area_missing": translate(
            "Messages", "Enter the neighbourhood, street or area where you notice this."
        ),
        "signal_description_missing": translate("Messages", "Describe what you notice."),
        "text_too_long": translate("Messages", "This text may have at most {max} characters."),
        # The version 3 parts of the JSON dossier format, export/dossier_json_plan.py
        "topic_duplicate": translate(
            "Messages", "This topic occurs twice in the conversation; keep one of them."
        ),
        "agreement_partner_unexpected": translate(
            "Messages",
            "Only an agreement carried out by a partner names a partner. Set 'carried out "
            "by' to the partner, or remove the partner.",
        ),
        # The journal (domain/journal.py)
        "journal_note_missing": translate(
            "Messages", "Write down in a few words what the contact was about."
        ),
        "journal_note_too_long": translate(
            "Messages", "A journal note may have at most {max} characters. Keep it short; a "
            "longer account belongs in a conversation."
        ),
        "journal_contact_future": translate(
            "Messages", "The contact lies in the future. Check the date and time."
        ),
        "journal_domain_unknown": translate(
            "Messages", "The life domain '{key}' is not in the checklist in use. Untick it."
        ),
        "journal_agreement_unknown": translate(
            "Messages", "One of the chosen agreements no longer exists. Untick it and save again."
        ),
        "journal_correction_unknown": translate(
            "Messages", "The entry to correct no longer exists. Write a new entry instead."
        ),
        "journal_correction_other_dossier": translate(
            "Messages", "An entry can only be corrected in its own dossier."
        ),
        "journal_already_corrected": translate(
            "Messages", "This entry has already been corrected. Correct the newest version "
            "instead."
        ),
    }


def type_words() -> dict[str, str]:
    """The `expected` words of json_wrong_type (export.dossier_json_read.TYPE_WORDS)."""
    return {
        "text": translate("Messages", "text"),
        "whole number": translate("Messages", "a whole number"),
        "number": translate("Messages", "a number"),
        "decimal number": translate("Messages", "a decimal number"),
        "list": translate("Messages", "a list"),
        "object": translate("Messages", "an object"),
        "true/false": translate("Messages", "true or false"),
        "null": translate("Messages", "null (empty)"),
    }
