"""The reporting code (Meldcode huiselijk geweld en kindermishandeling): five steps, one
record per conversation, and the decision questions of step 5 with the advice that follows.

Safety records are RESTRICTED: on screen they are visible only in the reporting-code dialog
and they are never listed or summarised. The one way out is the whole-dossier file of one
resident (export/dossier_json_parts.py), under its own key marked restricted, because an
access request (GDPR art. 15) and a move to another workstation must be complete. The
software advises; the professional decides and says why.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from .problems import Problem
from .text import clean_text


class SafetyStep(StrEnum):
    """The five steps of the reporting code, in order."""

    SIGNALS = "signals"  # 1 map and record the signals
    CONSULT = "consult"  # 2 consult a colleague and, where needed, Veilig Thuis
    TALK = "talk"  # 3 talk with the person concerned
    WEIGH = "weigh"  # 4 weigh with the assessment framework (afwegingskader)
    DECIDE = "decide"  # 5 decide: report and/or organise help


class SafetyQuestion(StrEnum):
    """The questions of step 5, asked in turn; the value is the SafetyRecord attribute."""

    SUSPICION = "suspicion"
    ACUTE_OR_STRUCTURAL_UNSAFETY = "acute_or_structural_unsafety"
    CAN_OFFER_HELP = "can_offer_help"
    HELP_ACCEPTED = "help_accepted"
    BRINGS_SAFETY_IN_TIME = "brings_safety_in_time"


class SafetyDecision(StrEnum):
    REPORT_TO_VEILIG_THUIS = "report_to_veilig_thuis"
    ORGANISE_HELP = "organise_help"
    REPORT_AND_HELP = "report_and_help"
    NO_FURTHER_ACTION = "no_further_action"


REPORTING = frozenset({SafetyDecision.REPORT_TO_VEILIG_THUIS, SafetyDecision.REPORT_AND_HELP})


@dataclass
class StepState:
    """What the professional wrote at one step, and whether they consider it done."""

    note: str = ""
    done: bool = False


@dataclass
class Consultation:
    """Step 2: who was consulted (a role or a name) and when; with Veilig Thuis or not."""

    who: str
    consulted_on: date
    with_veilig_thuis: bool = False


def _all_steps() -> dict[SafetyStep, StepState]:
    return {step: StepState() for step in SafetyStep}


@dataclass
class SafetyRecord:
    """The reporting-code record of one conversation. Answers are None while unknown."""

    steps: dict[SafetyStep, StepState] = field(default_factory=_all_steps)
    consultations: list[Consultation] = field(default_factory=list)
    talked_with_person_on: date | None = None
    why_not: str = ""  # why there was no talk with the person concerned (step 3)
    suspicion: bool | None = None
    acute_or_structural_unsafety: bool | None = None
    can_offer_help: bool | None = None
    help_accepted: bool | None = None
    brings_safety_in_time: bool | None = None
    decision: SafetyDecision | None = None
    decided_on: date | None = None
    reason: str = ""
    # The advice when the decision was saved, so the record still reads correctly if the
    # framework's logic changes later. Set by the service, not by the professional.
    advice_at_decision: SafetyDecision | None = None

    def __post_init__(self) -> None:
        for step in SafetyStep:  # a record read from anywhere always has all five steps
            self.steps.setdefault(step, StepState())

    def step(self, step: SafetyStep) -> StepState:
        return self.steps[step]

    def answer(self, question: SafetyQuestion) -> bool | None:
        value: bool | None = getattr(self, question.value)
        return value

    def set_answer(self, question: SafetyQuestion, value: bool | None) -> None:
        setattr(self, question.value, value)


def normalized_record(record: SafetyRecord) -> SafetyRecord:
    """The record with its texts NFC-normalised and trimmed (a copy; the input is kept)."""
    return replace(
        record,
        steps={step: StepState(clean_text(state.note), state.done)
               for step, state in record.steps.items()},
        consultations=[Consultation(clean_text(c.who), c.consulted_on, c.with_veilig_thuis)
                       for c in record.consultations],
        why_not=clean_text(record.why_not),
        reason=clean_text(record.reason),
    )


def open_question(record: SafetyRecord) -> SafetyQuestion | None:
    """The first question on the framework's path that still needs an answer, or None
    when the answers so far lead to an advice."""
    if record.suspicion is None:
        return SafetyQuestion.SUSPICION
    if record.suspicion is False:
        return None
    if record.acute_or_structural_unsafety is None:
        return SafetyQuestion.ACUTE_OR_STRUCTURAL_UNSAFETY
    if record.acute_or_structural_unsafety:
        return None  # always report; whether help comes too does not change that
    help_questions = (SafetyQuestion.CAN_OFFER_HELP, SafetyQuestion.HELP_ACCEPTED,
                      SafetyQuestion.BRINGS_SAFETY_IN_TIME)
    if any(record.answer(question) is False for question in help_questions):
        return None  # help alone will not do: report, whatever the other answers
    return next((q for q in help_questions if record.answer(q) is None), None)


def advised_decision(record: SafetyRecord) -> SafetyDecision | None:
    """The advice of the assessment framework, following the questions of step 5 in turn.

    No suspicion: no further action. Acute or structural unsafety: always report (and
    organise help too when help can be offered). Otherwise: organise help when help can be
    offered, is accepted and brings safety in time; when any of these is 'no', report.
    None while a question on the way is unanswered (the advice is not known yet).
    """
    if open_question(record) is not None:
        return None
    if record.suspicion is False:
        return SafetyDecision.NO_FURTHER_ACTION
    if record.acute_or_structural_unsafety:
        if record.can_offer_help:
            return SafetyDecision.REPORT_AND_HELP
        return SafetyDecision.REPORT_TO_VEILIG_THUIS
    if record.can_offer_help and record.help_accepted and record.brings_safety_in_time:
        return SafetyDecision.ORGANISE_HELP
    return SafetyDecision.REPORT_TO_VEILIG_THUIS


def validate_safety_record(record: SafetyRecord, today: date) -> list[Problem]:
    """Problems with a record: dates, the steps marked done, and the decision."""
    problems = []
    for index, consultation in enumerate(record.consultations):
        where = f"consultations[{index}]"
        if not consultation.who.strip():
            problems.append(Problem("safety_consultation_who_missing", f"{where}.who"))
        if consultation.consulted_on > today:
            problems.append(Problem("date_in_future", f"{where}.consulted_on"))
    if record.talked_with_person_on is not None and record.talked_with_person_on > today:
        problems.append(Problem("date_in_future", "talked_with_person_on"))
    if record.steps[SafetyStep.CONSULT].done and not record.consultations:
        problems.append(Problem("safety_consultation_missing", "consultations"))
    talked = record.talked_with_person_on is not None or record.why_not.strip()
    if record.steps[SafetyStep.TALK].done and not talked:
        problems.append(Problem("safety_talk_missing", "talked_with_person_on"))
    if record.steps[SafetyStep.DECIDE].done and record.decision is None:
        problems.append(Problem("safety_decision_missing", "decision"))
    if record.decision is not None:
        problems += _decision_problems(record, today)
    return problems


def _decision_problems(record: SafetyRecord, today: date) -> list[Problem]:
    decision = record.decision
    problems = []
    if record.suspicion is None:
        problems.append(Problem("safety_suspicion_unanswered", "suspicion"))
    if record.acute_or_structural_unsafety and decision not in REPORTING:
        problems.append(Problem("safety_report_required", "decision"))
    if record.decided_on is None:
        problems.append(Problem("safety_decision_date_missing", "decided_on"))
    elif record.decided_on > today:
        problems.append(Problem("date_in_future", "decided_on"))
    advice = advised_decision(record)
    if not record.reason.strip():
        if advice is not None and advice != decision:
            problems.append(Problem("safety_deviation_reason_missing", "reason",
                                    {"advice": advice.value}))
        else:
            problems.append(Problem("safety_reason_missing", "reason"))
    return problems
