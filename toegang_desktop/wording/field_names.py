"""Field and list names for people: how a field path such as
'conversations[0].assessments[3].level' is said in the interface language."""

from __future__ import annotations

import re

from .translation import translate  # lupdate finds translate("Context", "...") calls


def _field_labels() -> dict[str, str]:
    """Labels of the fields on screen and of the keys in the JSON dossier format."""
    return {
        "first_names": translate("Messages", "First name(s)"),
        "prefix": translate("Messages", "Prefix"),
        "surname": translate("Messages", "Surname"),
        "date_of_birth": translate("Messages", "Date of birth"),
        "bsn": translate("Messages", "BSN"),
        "street": translate("Messages", "Street"),
        "house_number": translate("Messages", "House number"),
        "postcode": translate("Messages", "Postcode"),
        "city": translate("Messages", "Town"),
        "email": translate("Messages", "E-mail"),
        "phone": translate("Messages", "Phone"),
        "role": translate("Messages", "Role"),
        "held_on": translate("Messages", "Conversation date"),
        "place": translate("Messages", "Place of the conversation"),
        "melding_date": translate("Messages", "Date of request"),
        "question": translate("Messages", "Question"),
        "checklist_id": translate("Messages", "Checklist"),
        "checklist_version": translate("Messages", "Checklist version"),
        "name": translate("Messages", "Name"),
        "domain_key": translate("Messages", "Domain key"),
        "label": translate("Messages", "Domain name"),
        "position": translate("Messages", "Position"),
        "discussed": translate("Messages", "Discussed"),
        "not_discussed_reason": translate("Messages", "Reason not discussed"),
        "level": translate("Messages", "Level"),
        "own_words": translate("Messages", "In own words"),
        "carer_words": translate("Messages", "The informal carer's own words"),
        "strengths": translate("Messages", "Strengths"),
        "wishes": translate("Messages", "Wishes"),
        "help_self": translate("Messages", "Help: self"),
        "help_network": translate("Messages", "Help: network"),
        "help_professional": translate("Messages", "Help: professional"),
        "wants_to_talk": translate("Messages", "Wants to talk about it"),
        "duration": translate("Messages", "Expected duration"),
        "notes": translate("Messages", "Notes"),
        "rule_id": translate("Messages", "Signal"),
        "rule_title": translate("Messages", "Title of the signal"),
        "decision": translate("Messages", "Decision"),
        "reason": translate("Messages", "Reason"),
        "resident_recognises": translate("Messages", "Resident recognises the picture"),
        "resident_view": translate("Messages", "Resident's view"),
        "client_support": translate("Messages", "Client support"),
        "client_support_date": translate("Messages", "Date of client support"),
        "application_date": translate("Messages", "Date of application"),
        "decision_date": translate("Messages", "Date of decision"),
        "finalised_on": translate("Messages", "Report made final on"),
        "format": translate("Messages", "Format"),
        "format_version": translate("Messages", "Format version"),
        "exported_at": translate("Messages", "Export date"),
        "app_version": translate("Messages", "App version"),
        "resident": translate("Messages", "Resident"),
        "household": translate("Messages", "Household"),
        "conversations": translate("Messages", "Conversations"),
        "participants": translate("Messages", "Participants"),
        "assessments": translate("Messages", "Life domains"),
        "markers": translate("Messages", "Markers"),
        "decisions": translate("Messages", "Decisions on signals"),
        # The reporting code (Meldcode), domain/safety.py
        "consultations": translate("Messages", "Consultations"),
        "who": translate("Messages", "Who was consulted"),
        "consulted_on": translate("Messages", "Date of consultation"),
        "talked_with_person_on": translate("Messages", "Date of the talk with the person concerned"),
        "why_not": translate("Messages", "Why there was no talk"),
        "suspicion": translate("Messages", "Suspicion"),
        "decided_on": translate("Messages", "Date of the decision"),
        # Route and plan, domain/plan.py
        "coordinator": translate("Messages", "Coordinating professional"),
        "long_term_reason": translate("Messages", "Reason for a long-lasting indication"),
        "other_connection": translate("Messages", "Other connection"),
        "what": translate("Messages", "What was agreed"),
        "partner_id": translate("Messages", "Partner"),
        "domain_keys": translate("Messages", "Linked life domains"),
        "organisation": translate("Messages", "Organisation"),
        # The version 3 parts of the JSON dossier format, export/dossier_json_parts.py
        "route": translate("Messages", "Route"),
        "integrated_plan": translate("Messages", "Integrated plan"),
        "long_term_indication": translate("Messages", "Long-lasting indication"),
        "connections": translate("Messages", "Connections"),
        "budget": translate("Messages", "Budget"),
        "budget_note": translate("Messages", "What the budget is for"),
        "escalation": translate("Messages", "Escalation"),
        "escalation_note": translate("Messages", "What blocks the help"),
        "team_does_itself": translate("Messages", "What the team does itself"),
        "refers_to": translate("Messages", "Referred to"),
        "stays_involved": translate("Messages", "Team stays involved"),
        "evaluation_date": translate("Messages", "Evaluation date"),
        "agreements": translate("Messages", "Agreements"),
        "owner": translate("Messages", "Carried out by"),
        "partner": translate("Messages", "Partner"),
        "contact": translate("Messages", "Contact"),
        "offers": translate("Messages", "What the partner offers"),
        "due_date": translate("Messages", "Due date"),
        "status": translate("Messages", "Status"),
        "investigation_topics": translate("Messages", "Investigation topics"),
        "topic": translate("Messages", "Topic"),
        "state": translate("Messages", "State of the topic"),
        "note": translate("Messages", "Note"),
        "contact_at": translate("Messages", "Date and time of the contact"),
        "kind": translate("Messages", "Kind of contact"),
        "with_whom": translate("Messages", "With whom"),
        "domains": translate("Messages", "Life domains"),
        "corrects": translate("Messages", "Corrects"),
        "journal": translate("Messages", "Journal"),
        "for_resident_report": translate("Messages", "In the resident's report"),
        "written_by": translate("Messages", "Written by"),
        "written_at": translate("Messages", "Written on"),
        "safety_record": translate("Messages", "Reporting-code record (restricted)"),
        "restricted": translate("Messages", "Restricted"),
        "steps": translate("Messages", "Steps"),
        "signals": translate("Messages", "Step 1 (signals)"),
        "consult": translate("Messages", "Step 2 (consultation)"),
        "talk": translate("Messages", "Step 3 (talk)"),
        "weigh": translate("Messages", "Step 4 (weighing)"),
        "decide": translate("Messages", "Step 5 (decision)"),
        "done": translate("Messages", "Done"),
        "with_veilig_thuis": translate("Messages", "With Veilig Thuis"),
        "acute_or_structural_unsafety": translate("Messages", "Acute or structural unsafety"),
        "can_offer_help": translate("Messages", "Help can be offered"),
        "help_accepted": translate("Messages", "Help accepted"),
        "brings_safety_in_time": translate("Messages", "Help brings safety in time"),
        "advice_at_decision": translate("Messages", "Advice at the decision"),
    }


def _item_labels() -> dict[str, str]:
    """How one numbered item of a JSON list is named ({n} counts from 1)."""
    return {
        "household": translate("Messages", "household member {n}"),
        "conversations": translate("Messages", "conversation {n}"),
        "assessments": translate("Messages", "domain {n}"),
        "participants": translate("Messages", "participant {n}"),
        "decisions": translate("Messages", "decision {n}"),
        "markers": translate("Messages", "marker {n}"),
        "consultations": translate("Messages", "consultation {n}"),
        "agreements": translate("Messages", "agreement {n}"),
        "investigation_topics": translate("Messages", "topic {n}"),
        "connections": translate("Messages", "connection {n}"),
        "domain_keys": translate("Messages", "linked life domain {n}"),
        "journal": translate("Messages", "journal entry {n}"),
    }


def field_label(field: str) -> str:
    """The Dutch label of the last part of a field path ('household[0].surname')."""
    last = field.rsplit(".", 1)[-1]
    return _field_labels().get(last, field)


_PATH_PART = re.compile(r"\[([^\]]*)\]|([^.\[\]]+)")


def describe_path(field: str) -> str:
    """A field path in words: 'conversations[0].assessments[3].level' becomes
    'Conversation 1, domain 4, level'. A list key with a numeric index is named as the
    item (counted from 1); with another index ('decisions[long_term_need]') it is left out,
    because the screen it is shown on already says which one. Empty for the whole file."""
    labels, items = _field_labels(), _item_labels()
    tokens = _PATH_PART.findall(field)  # (index, "") or ("", key)
    words: list[str] = []
    for position, (_, key) in enumerate(tokens):
        if not key:
            continue  # an index: named together with its list key
        following = tokens[position + 1] if position + 1 < len(tokens) else ("", "x")
        index = following[0] if not following[1] else None
        label = _lower_first(labels.get(key, key))
        if index is None:
            words.append(label)
        elif index.isdigit():
            number = str(int(index) + 1)
            item = items.get(key)
            words.append(item.format(n=number) if item else translate(
                "Messages", "{list} item {n}").format(list=label, n=number))
    text = ", ".join(words)
    return text[:1].upper() + text[1:]


def _lower_first(label: str) -> str:
    """'Date of birth' -> 'date of birth'; an abbreviation such as 'BSN' stays as it is."""
    if len(label) > 1 and label[1].isupper():
        return label
    return label[:1].lower() + label[1:]
