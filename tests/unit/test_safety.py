"""The reporting code (Meldcode): the framework's advice and the validation of a record."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest

from toegang_desktop.domain.safety import (
    Consultation,
    SafetyDecision,
    SafetyQuestion,
    SafetyRecord,
    SafetyStep,
    advised_decision,
    open_question,
    validate_safety_record,
)
from toegang_desktop.wording.messages import problem_lines

TODAY = date(2026, 11, 23)
Y, N, U = True, False, None
REPORT = SafetyDecision.REPORT_TO_VEILIG_THUIS
HELP = SafetyDecision.ORGANISE_HELP
BOTH = SafetyDecision.REPORT_AND_HELP
NOTHING = SafetyDecision.NO_FURTHER_ACTION
Q = SafetyQuestion


def _answered(*answers: bool | None, **fields: object) -> SafetyRecord:
    record = SafetyRecord(**fields)  # type: ignore[arg-type]
    for question, answer in zip(SafetyQuestion, answers, strict=False):
        record.set_answer(question, answer)
    return record


def _codes(record: SafetyRecord, today: date = TODAY) -> list[tuple[str, str]]:
    return [(p.code, p.field) for p in validate_safety_record(record, today)]


# -- the advice ------------------------------------------------------------------------------

# suspicion, acute/structural unsafety, can offer help, help accepted, brings safety in time
ADVICE = [
    ((U, U, U, U, U), None, Q.SUSPICION),
    ((N, U, U, U, U), NOTHING, None),
    ((N, Y, Y, Y, Y), NOTHING, None),  # no suspicion: the other answers do not count
    ((Y, U, U, U, U), None, Q.ACUTE_OR_STRUCTURAL_UNSAFETY),
    ((Y, U, Y, Y, Y), None, Q.ACUTE_OR_STRUCTURAL_UNSAFETY),  # help alone never settles it
    ((Y, Y, U, U, U), REPORT, None),  # acute or structural unsafety: always report
    ((Y, Y, N, U, U), REPORT, None),
    ((Y, Y, Y, U, U), BOTH, None),  # report, and help too when it can be offered
    ((Y, Y, Y, N, N), BOTH, None),
    ((Y, Y, Y, Y, Y), BOTH, None),
    ((Y, N, U, U, U), None, Q.CAN_OFFER_HELP),
    ((Y, N, N, U, U), REPORT, None),
    ((Y, N, Y, U, U), None, Q.HELP_ACCEPTED),
    ((Y, N, Y, N, U), REPORT, None),
    ((Y, N, Y, Y, U), None, Q.BRINGS_SAFETY_IN_TIME),
    ((Y, N, Y, Y, N), REPORT, None),
    ((Y, N, Y, Y, Y), HELP, None),
    ((Y, N, N, Y, Y), REPORT, None),
    ((Y, N, Y, N, Y), REPORT, None),
    ((Y, N, U, U, N), REPORT, None),  # any 'no' on help decides, whatever is still open
]


@pytest.mark.parametrize(("answers", "advice", "waiting"), ADVICE,
                         ids=["".join("YNU"[[Y, N, U].index(a)] for a in row[0]) for row in ADVICE])
def test_advice_follows_the_framework(
    answers: tuple[bool | None, ...], advice: SafetyDecision | None, waiting: SafetyQuestion | None
) -> None:
    record = _answered(*answers)
    assert advised_decision(record) == advice
    assert open_question(record) == waiting


@pytest.mark.parametrize("answers", list(itertools.product((Y, N, U), repeat=5)),
                         ids=lambda row: "".join("YNU"[[Y, N, U].index(a)] for a in row))
def test_advice_holds_its_rules_for_every_combination(answers: tuple[bool | None, ...]) -> None:
    suspicion, acute, can_help, accepted, safe = answers
    advice = advised_decision(_answered(*answers))
    if suspicion is None:
        assert advice is None
    elif suspicion is False:
        assert advice is NOTHING
    elif acute is True:
        assert advice is (BOTH if can_help else REPORT)
    elif acute is None:
        assert advice is None
    elif all((can_help, accepted, safe)):
        assert advice is HELP
    elif False in (can_help, accepted, safe):
        assert advice is REPORT  # the first 'no' on the way decides
    else:
        assert advice is None  # an unanswered question on the way
    assert (advice is None) == (open_question(_answered(*answers)) is not None)


# -- validation ------------------------------------------------------------------------------


def _decided(decision: SafetyDecision, *answers: bool | None, reason: str = "Omdat.") -> SafetyRecord:
    return _answered(*answers, decision=decision, decided_on=TODAY, reason=reason)


def test_an_empty_record_is_valid_so_work_can_be_saved_halfway() -> None:
    assert _codes(SafetyRecord()) == []


def test_a_decision_following_the_advice_with_a_reason_is_valid() -> None:
    assert _codes(_decided(HELP, Y, N, Y, Y, Y)) == []
    assert _codes(_decided(BOTH, Y, Y, Y)) == []
    assert _codes(_decided(NOTHING, N)) == []


@pytest.mark.parametrize("reason", ["", "   ", "\n\t"])
def test_a_decision_needs_a_reason(reason: str) -> None:
    assert _codes(_decided(REPORT, Y, Y, reason=reason)) == [("safety_reason_missing", "reason")]


def test_a_decision_against_the_advice_asks_why() -> None:
    record = _decided(REPORT, Y, N, Y, Y, Y, reason="")
    [problem] = validate_safety_record(record, TODAY)
    assert (problem.code, problem.field, problem.params) == (
        "safety_deviation_reason_missing", "reason", {"advice": "organise_help"})
    assert _codes(_decided(REPORT, Y, N, Y, Y, Y, reason="Moeder trekt toezeggingen steeds in.")) == []


@pytest.mark.parametrize("decision", [HELP, NOTHING])
def test_no_report_despite_acute_unsafety_is_refused_even_with_a_reason(
    decision: SafetyDecision
) -> None:
    record = _decided(decision, Y, Y, Y, Y, Y, reason="Gezin wil geen melding.")
    assert _codes(record) == [("safety_report_required", "decision")]


def test_acute_unsafety_allows_both_kinds_of_report() -> None:
    assert _codes(_decided(REPORT, Y, Y, N)) == []
    assert _codes(_decided(BOTH, Y, Y, N, reason="Hulp via wijkteam naast de melding.")) == []


def test_a_decision_needs_the_suspicion_question_answered() -> None:
    record = _decided(REPORT)
    assert _codes(record) == [("safety_suspicion_unanswered", "suspicion")]


def test_a_decision_needs_a_date() -> None:
    record = _answered(Y, Y, decision=REPORT, reason="Acuut.")
    assert _codes(record) == [("safety_decision_date_missing", "decided_on")]


def test_dates_may_not_lie_in_the_future() -> None:
    tomorrow = TODAY + timedelta(days=1)
    record = _decided(REPORT, Y, Y)
    record.decided_on = tomorrow
    record.talked_with_person_on = tomorrow
    record.consultations = [Consultation("Collega", TODAY), Consultation("Veilig Thuis", tomorrow, True)]
    assert _codes(record) == [("date_in_future", "consultations[1].consulted_on"),
                              ("date_in_future", "talked_with_person_on"),
                              ("date_in_future", "decided_on")]
    assert _codes(record, today=tomorrow) == []


def test_steps_marked_done_need_what_makes_them_done() -> None:
    record = SafetyRecord()
    for step in SafetyStep:
        record.step(step).done = True
    assert _codes(record) == [("safety_consultation_missing", "consultations"),
                              ("safety_talk_missing", "talked_with_person_on"),
                              ("safety_decision_missing", "decision")]
    record.why_not = "Gesprek zou het kind in gevaar brengen."
    record.consultations = [Consultation("Aandachtsfunctionaris", TODAY)]
    assert _codes(record) == [("safety_decision_missing", "decision")]


def test_a_consultation_names_who() -> None:
    record = SafetyRecord(consultations=[Consultation("  ", TODAY)])
    assert _codes(record) == [("safety_consultation_who_missing", "consultations[0].who")]


def test_problems_read_as_sentences_with_their_place() -> None:
    record = _decided(HELP, Y, Y, reason="")
    record.consultations = [Consultation("", TODAY + timedelta(days=2))]
    lines = problem_lines(validate_safety_record(record, TODAY))
    assert lines[0].startswith("Consultation 1, who was consulted: Say who was consulted")
    assert lines[1] == "Consultation 1, date of consultation: This date lies in the future."
    assert any(line.startswith("Decision: There is acute or structural unsafety") for line in lines)
    assert "{" not in "".join(lines) and "Unexpected problem" not in "".join(lines)


def test_a_record_always_has_all_five_steps() -> None:
    record = SafetyRecord(steps={SafetyStep.TALK: SafetyRecord().step(SafetyStep.TALK)})
    assert list(record.steps) == [SafetyStep.TALK, *(s for s in SafetyStep if s != SafetyStep.TALK)]
    assert all(record.step(step).note == "" for step in SafetyStep)
