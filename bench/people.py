"""Seeded fictional residents, households and conversations as the app's domain objects."""

from __future__ import annotations

import random
from datetime import date, timedelta

from toegang_desktop.domain.conversation import (
    Conversation,
    Decision,
    DomainAssessment,
    Duration,
    Participant,
    ParticipantRole,
    Place,
    SignalDecision,
)
from toegang_desktop.domain.plan import Agreement, AgreementStatus, Owner
from toegang_desktop.domain.resident import HouseholdMember, HouseholdRole, Resident
from toegang_desktop.domain.rules import Signal
from toegang_desktop.domain.text import fold

from . import names

BSN_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2)
_BORN_FROM = date(1930, 1, 1)
_BORN_DAYS = (date(2010, 12, 31) - _BORN_FROM).days
_CONVERSATIONS_FROM = date(2019, 1, 1)
# 1 to 10 conversations per resident, most have one or two (mean about 2.9)
CONVERSATION_WEIGHTS = (0.35, 0.22, 0.14, 0.09, 0.06, 0.045, 0.035, 0.025, 0.02, 0.015)
_UNUSED_LETTERS = frozenset({"SA", "SD", "SS"})


def make_bsn(rng: random.Random, taken: set[str]) -> str:
    """A fresh BSN passing the 11-proef: 8 random digits, the 9th computed (skip when it is 10)."""
    while True:
        head = [rng.randrange(10) for _ in range(8)]
        check = sum(d * w for d, w in zip(head, BSN_WEIGHTS, strict=True)) % 11
        if check == 10 or not any(head):
            continue
        bsn = "".join(map(str, head)) + str(check)
        if bsn not in taken:
            taken.add(bsn)
            return bsn


def make_postcode(rng: random.Random) -> tuple[str, str]:
    """A valid postcode ('1234 AB') inside the fictional municipality, and its place."""
    place, first, count = rng.choice(names.PLACES)
    while True:
        letters = rng.choice(names.POSTCODE_LETTERS) + rng.choice(names.POSTCODE_LETTERS)
        if letters not in _UNUSED_LETTERS:
            return f"{first + rng.randrange(count)} {letters}", place


def _birth_date(rng: random.Random) -> date:
    return _BORN_FROM + timedelta(days=rng.randrange(_BORN_DAYS + 1))


def _origin(rng: random.Random) -> names.Origin:
    return rng.choices(names.ORIGINS, weights=[o.weight for o in names.ORIGINS])[0]


def _first_names(rng: random.Random, origin: names.Origin) -> str:
    first = rng.choice(origin.first_names)
    if origin is names.DUTCH and rng.random() < 0.15:  # 'Johannes Cornelis'
        first = f"{first} {rng.choice(origin.first_names)}"
    return first


def _household(
    rng: random.Random, origin: names.Origin, surname: tuple[str, str], born: date, today: date
) -> list[HouseholdMember]:
    members: list[HouseholdMember] = []
    adult = born < today - timedelta(days=18 * 365)
    if adult and rng.random() < 0.40:
        partner_origin = origin if rng.random() < 0.8 else _origin(rng)
        prefix, last = rng.choice(partner_origin.surnames)
        members.append(HouseholdMember(
            _first_names(rng, partner_origin), last, HouseholdRole.PARTNER, prefix,
            born + timedelta(days=rng.randrange(-3000, 3000)) if rng.random() < 0.7 else None,
        ))
    earliest_child = born + timedelta(days=18 * 365)
    if earliest_child < today - timedelta(days=365) and rng.random() < 0.35:
        for _ in range(rng.choice((1, 1, 2, 2, 3))):
            span = max(1, min((today - earliest_child).days, 30 * 365))
            members.append(HouseholdMember(
                rng.choice(origin.first_names), surname[1], HouseholdRole.CHILD, surname[0],
                earliest_child + timedelta(days=rng.randrange(span)),
            ))
    if rng.random() < 0.05:
        members.append(HouseholdMember("Theo", "Kramer", HouseholdRole.OTHER_ADULT))
    return members


def make_resident(rng: random.Random, taken_bsns: set[str], today: date) -> Resident:
    origin = _origin(rng)
    prefix, surname = rng.choice(origin.surnames)
    first = _first_names(rng, origin)
    born = _birth_date(rng)
    postcode, city = make_postcode(rng)
    number = str(rng.randrange(1, 250)) + rng.choice(("", "", "", "", "A", "-2", " bis"))
    email = ""
    login = fold(f"{first.split()[0]}.{surname}").replace(" ", "").replace("'", "")
    if login.isascii() and rng.random() < 0.4:
        email = f"{login}@example.nl"
    phone = f"06-{rng.randrange(10_000_000, 99_999_999)}" if rng.random() < 0.7 else ""
    return Resident(
        first_names=first, prefix=prefix, surname=surname, date_of_birth=born,
        bsn=make_bsn(rng, taken_bsns) if rng.random() < 0.8 else "",
        street=rng.choice(names.STREETS), house_number=number, postcode=postcode, city=city,
        phone=phone, email=email,
        household=_household(rng, origin, (prefix, surname), born, today),
    )


def conversation_count(rng: random.Random) -> int:
    return rng.choices(range(1, 11), weights=CONVERSATION_WEIGHTS)[0]


def make_conversation(rng: random.Random, resident_id: int, today: date) -> Conversation:
    """A conversation header (the service adds the checklist's empty assessments)."""
    held_on = _CONVERSATIONS_FROM + timedelta(days=rng.randrange((today - _CONVERSATIONS_FROM).days))
    melding = held_on - timedelta(days=rng.randrange(0, 42)) if rng.random() < 0.7 else None
    participants = [Participant(ParticipantRole.RESIDENT)]
    if rng.random() < 0.3:
        participants.append(Participant(ParticipantRole.INFORMAL_CARER, "dochter"))
    if rng.random() < 0.1:
        participants.append(Participant(ParticipantRole.INTERPRETER, "tolk via tolkentelefoon"))
    return Conversation(
        resident_id=resident_id, held_on=held_on, place=rng.choice(list(Place)),
        checklist_id="", checklist_version="", melding_date=melding,
        question=rng.choice(names.QUESTIONS), participants=participants,
    )


def fill_assessments(rng: random.Random, assessments: list[DomainAssessment]) -> list[DomainAssessment]:
    """Record every domain, as after a full broad-view conversation: about 1 in 10 not
    discussed (with the reason), the others with level, own words, strengths, wishes, help,
    duration and notes."""
    for a in assessments:
        if rng.random() < 0.1:
            a.discussed = False
            a.not_discussed_reason = rng.choice(names.NOT_DISCUSSED)
            continue
        a.discussed = True
        a.level = rng.choices((1, 2, 3, 4, 5), weights=(0.05, 0.15, 0.25, 0.35, 0.2))[0]
        a.own_words = rng.choice(names.OWN_WORDS)
        a.strengths = rng.choice(names.STRENGTHS)
        a.wishes = rng.choice(names.WISHES)
        a.notes = rng.choice(names.NOTES)
        a.help_self = a.level >= 4
        a.help_network = rng.random() < 0.3
        a.help_professional = a.level <= 2
        a.wants_to_talk = a.level <= 3 and rng.random() < 0.5
        a.duration = rng.choice((None, *Duration)) if a.level <= 3 else None
    return assessments


def make_agreements(rng: random.Random, domain_keys: list[str], today: date) -> list[Agreement]:
    """0 to 4 agreements, each serving one or two domains, owned by resident, network or team."""
    agreements = []
    for _ in range(rng.choice((0, 1, 1, 2, 2, 3, 4))):
        agreements.append(Agreement(
            what=rng.choice(names.AGREEMENTS),
            owner=rng.choice((Owner.RESIDENT, Owner.NETWORK, Owner.TEAM)),
            due_date=today + timedelta(days=rng.randrange(-60, 120)) if rng.random() < 0.8 else None,
            status=rng.choice(list(AgreementStatus)),
            domain_keys=rng.sample(domain_keys, k=rng.choice((1, 1, 2))),
        ))
    return agreements


def decide_signals(rng: random.Random, signals: list[Signal]) -> list[SignalDecision]:
    """The professional weighs about two thirds of the raised signals."""
    return [
        SignalDecision(s.rule_id, s.title, rng.choice(list(Decision)), rng.choice(names.REASONS))
        for s in signals if rng.random() < 0.67
    ]
