"""Wording of working as a team (issue 17): the server's refusals of version 2 with the way
out, the steps of a dossier's team history, the overview's columns, and the Dutch prose of the
team overview's and the case discussion's PDFs.

The screens' texts use translate() (context "TeamWork"); the PDFs are always Dutch and are
read inside in_dutch() by export/, so paper and screen say the same.
"""

from __future__ import annotations

from datetime import date, datetime

from ..domain.team import TeamHistoryEvent
from .pdf_texts import dutch_date
from .translation import translate  # lupdate finds translate("Context", "...") calls


def team_work_problem_texts() -> dict[str, str]:
    """The server's codes of version 2 (docs/team-protocol.md), each with the way out."""
    return {
        "TG007": translate(
            "TeamWork", "A reason is needed for this (for breaking the glass at least a few "
                        "words). Fill it in and try again: nothing was changed."),
        "TG008": translate(
            "TeamWork", "This handover is no longer open: it was answered or withdrawn, or the "
                        "dossier has another coordinator now. Refresh the list to see where it "
                        "stands."),
        "TG009": translate(
            "TeamWork", "The end date lies in the past. Choose a date from tomorrow on."),
        "TG010": translate(
            "TeamWork", "This dossier has no conversation yet, so there is no plan to put the "
                        "agreement in. The coordinator records a conversation first."),
        "TG011": translate(
            "TeamWork", "This cannot be saved as it is: a text is empty or too long (a question "
                        "for the case discussion is at most 600 characters), or the colleague "
                        "is yourself. Change it and try again."),
    }


def history_kind_label(kind: str) -> str:
    labels = {
        "involved": translate("TeamWork", "Involved"),
        "handover_proposed": translate("TeamWork", "Handover proposed"),
        "handover_accepted": translate("TeamWork", "Handed over"),
        "handover_declined": translate("TeamWork", "Handover declined"),
        "handover_withdrawn": translate("TeamWork", "Handover withdrawn"),
        "handover_void": translate("TeamWork", "Handover lapsed"),
        "stand_in": translate("TeamWork", "Standing in"),
        "broken_glass": translate("TeamWork", "Glass broken"),
        "case_discussion": translate("TeamWork", "Case discussion"),
    }
    return labels.get(kind, kind)


def history_line(event: TeamHistoryEvent) -> str:
    """One line of the dossier's team history, e.g. "Handed over: Anna → Piet"."""
    label = history_kind_label(event.kind)
    if event.kind.startswith("handover_"):
        return translate("TeamWork", "{label}: {who} → {other}").format(
            label=label, who=event.who, other=event.other)
    if event.kind == "stand_in":
        return translate("TeamWork", "{label}: {who} for {other} until {until}").format(
            label=label, who=event.who, other=event.other, until=short_date(event.until))
    if event.kind == "case_discussion":
        return translate("TeamWork", "{label} of {day}: brought by {who}").format(
            label=label, day=short_date(date.fromisoformat(event.other)) if event.other else "",
            who=event.who)
    if event.until is not None:
        return translate("TeamWork", "{label}: {who} until {until}").format(
            label=label, who=event.who, until=short_date(event.until))
    return translate("TeamWork", "{label}: {who}").format(label=label, who=event.who)


def short_date(value: date | datetime | None) -> str:
    """dd-MM-yyyy (a moment in its own time zone's date)."""
    if value is None:
        return ""
    day = value.astimezone().date() if isinstance(value, datetime) else value
    return day.strftime("%d-%m-%Y")


def overview_columns() -> list[tuple[str, str]]:
    """(key, header) of the overview's table, in order (keys: domain/team.OverviewRow)."""
    return [
        ("coordinated", translate("TeamWork", "Coordinates")),
        ("involved", translate("TeamWork", "Involved in")),
        ("overdue_terms", translate("TeamWork", "Terms overdue")),
        ("soon_terms", translate("TeamWork", "Terms soon")),
        ("signals_to_weigh", translate("TeamWork", "Signals to weigh")),
        ("plans_past_evaluation", translate("TeamWork", "Plans past evaluation")),
        ("open_conflicts", translate("TeamWork", "Open conflicts")),
        ("broken_glass", translate("TeamWork", "Glass broken")),
    ]


# -- the PDFs (Dutch) -----------------------------------------------------------------------

OVERVIEW_TITLE = "Teamoverzicht"
OVERVIEW_SUBJECT = "Aantallen per professional, voor het teamoverleg"
OVERVIEW_FOOTER = "Alleen aantallen: bevat geen gegevens van inwoners"
OVERVIEW_INTRO = ("Stand van {date}. Termijnen \u201cbinnenkort\u201d: binnen {soon} dagen. "
                  "Glas gebroken: de laatste {glass} dagen.")
OVERVIEW_TOTALS = ("{dossiers} dossiers in het team; {without} zonder regisseur; "
                   "{handovers} overdrachten wachten op antwoord; {stand_ins} lopende "
                   "vervangingen; {glass} keer het glas gebroken.")
OVERVIEW_CHART = "Caseload per professional (regisseur en betrokken)"
OVERVIEW_LEFT = "(uit het team)"
OVERVIEW_PROFESSIONAL = "Professional"
CHART_COORDINATED = "regisseur"
CHART_INVOLVED = "betrokken"

CASE_TITLE = "Casuïstiekoverleg"
CASE_SUBJECT = "Agenda en uitkomst, met initialen"
CASE_FOOTER = "Vertrouwelijk: initialen in plaats van namen"
CASE_INTRO = "{title} – {date}. Namen staan er als initialen."
CASE_HEADING = "{position}. Inwoner {initials} (ingebracht door {by})"
CASE_QUESTION = "Vraag aan het team"
CASE_PARTICIPANTS = "Aanwezig"
CASE_ADVICE = "Advies"
CASE_AGREEMENTS = "Wie doet wat"
CASE_AGREEMENTS_HEADER = ("Wie", "Wat", "Wanneer")
CASE_NOT_DISCUSSED = "Nog niet besproken."
CASE_EMPTY = "Er staan nog geen casussen op de agenda."


def case_intro(title: str, held_on: date) -> str:
    return CASE_INTRO.format(title=title or CASE_TITLE, date=dutch_date(held_on))
