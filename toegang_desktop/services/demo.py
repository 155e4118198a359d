"""A demo store of obviously fictional residents, to try the app without real data."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from ..content.checklist import Checklist
from ..content.partners import PartnerDirectory
from ..domain.conversation import Conversation, Duration, Participant, ParticipantRole, Place
from ..domain.journal import ContactKind, JournalEntry
from ..domain.plan import Agreement, Connection, Owner, Route
from ..domain.resident import HouseholdMember, HouseholdRole, Resident
from ..store.database import Database
from .conversations import ConversationService
from .demo_learning import seed_demo_learning
from .dossiers import DossierService
from .journal import JournalService
from .learning import LearningService
from .plan import PlanService

# Surnames make it plain these are not real people.
_RESIDENTS = (
    ("Jan", "de", "Proefpersoon", date(1978, 4, 12), "111222333", "1011 AB", "Voorbeeldstad"),
    ("Şükrü", "", "Testoğlu", date(1965, 9, 3), "", "1012 CD", "Voorbeeldstad"),
    ("Zoë", "van", "Voorbeeld", date(1992, 1, 27), "123456782", "1013 EF", "Oefendorp"),
    ("Łukasz", "", "Fikcyjny", date(1988, 6, 30), "", "1014 GH", "Oefendorp"),
    ("محمد", "", "Demo-Alami", date(1959, 11, 8), "", "1015 JK", "Voorbeeldstad"),
    ("Annelies", "ter", "Oefening", date(1947, 2, 14), "", "1016 LM", "Oefendorp"),
)


def seed_demo(db: Database, checklist: Checklist, today: date,
              partners: PartnerDirectory | None = None) -> int:
    """Fill an empty store with fictional residents and one conversation; returns the count.
    `partners` pre-fills the directory first, so the demo plan can name a partner from it."""
    dossiers = DossierService(db, lambda: today)
    if dossiers.resident_count():
        return 0
    plan = PlanService(db)
    if partners is not None:
        plan.prefill_from(partners)
    conversations = ConversationService(db, checklist, lambda: today)
    ids: list[int] = []
    for first, prefix, surname, born, bsn, postcode, city in _RESIDENTS:
        household = []
        if surname == "Proefpersoon":
            household = [
                HouseholdMember("Mira", "Proefpersoon", HouseholdRole.PARTNER, "de",
                                date(1980, 8, 2)),
                HouseholdMember("Sem", "Proefpersoon", HouseholdRole.CHILD, "de",
                                date(2012, 5, 19)),
                HouseholdMember("Noor", "Proefpersoon", HouseholdRole.CHILD, "de",
                                date(2016, 10, 1)),
            ]
        ids.append(dossiers.register(Resident(
            first_names=first, prefix=prefix, surname=surname, date_of_birth=born, bsn=bsn,
            street="Oefenstraat", house_number=str(len(ids) + 1), postcode=postcode, city=city,
            household=household,
        )))
    _demo_conversation(plan, conversations, ids[0], today)
    _demo_journal(db, plan, ids[0], today)
    seed_demo_learning(LearningService(db, conversations, lambda: today), today)
    return len(ids)


def _demo_conversation(
    plan: PlanService, service: ConversationService, resident_id: int, today: date
) -> None:
    conversation = service.start(Conversation(
        resident_id=resident_id, held_on=today - timedelta(days=3), place=Place.HOME,
        checklist_id="", checklist_version="", melding_date=today - timedelta(days=17),
        question="Ik wil weer grip op onze rekeningen, en rust in huis voor de kinderen.",
        participants=[Participant(ParticipantRole.RESIDENT),
                      Participant(ParticipantRole.INFORMAL_CARER, "zus (fictief)")],
    ))
    assert conversation.id is not None
    filled = {
        "finances": (2, "De brieven stapelen zich op, ik durf ze niet meer te openen.",
                     Duration.LONG_TERM, True),
        "housing": (4, "Het huis is goed, alleen wat klein.", None, False),
        "parenting": (3, "Sem slaapt slecht sinds de spanningen thuis.", Duration.TEMPORARY,
                      True),
        "mental_health": (2, "Ik lig 's nachts wakker van de zorgen.", Duration.LONG_TERM, True),
        "social_network": (4, "Mijn zus helpt waar ze kan.", None, False),
        "work_education": (3, "Ik werk parttime in de thuiszorg.", None, False),
    }
    for key, (level, words, duration, talk) in filled.items():
        assessment = conversation.assessment(key)
        assessment.discussed = True
        assessment.level = level
        assessment.own_words = words
        assessment.duration = duration
        assessment.wants_to_talk = talk
        assessment.help_network = key == "social_network"
        service.save_assessment(conversation.id, assessment)
    _demo_plan(plan, conversation.id, today)


def _demo_plan(plan: PlanService, conversation_id: int, today: date) -> None:
    """A route with two agreements, so every screen of the demo has something to show."""
    plan.save_route(conversation_id, Route(
        integrated_plan=True, coordinator="Wijkteam Oefendorp (fictief)",
        connections={Connection.DEBT_HELP, Connection.GP},
        team_does_itself="Samen de post doornemen en een overzicht van de schulden maken.",
        refers_to="Schuldhulpverlening voor een regeling.",
        evaluation_date=today + timedelta(days=42),
    ))
    debt_help = next((p for p in plan.partners() if "schuld" in p.organisation.lower()), None)
    plan.add_agreement(conversation_id, Agreement(
        what="Alle ongeopende post samen sorteren", owner=Owner.TEAM,
        due_date=today + timedelta(days=7), domain_keys=["finances"]))
    if debt_help is not None:
        plan.add_agreement(conversation_id, Agreement(
            what="Aanmelden bij schuldhulpverlening", owner=Owner.PARTNER,
            partner_id=debt_help.id, due_date=today + timedelta(days=14),
            domain_keys=["finances", "mental_health"]))


def _demo_journal(db: Database, plan: PlanService, resident_id: int, today: date) -> None:
    """Contacts since the conversation: a call, a visit, a partner's consultation (corrected
    once), and the resident's own message, ticked for the resident's report."""
    journal = JournalService(db, now=lambda: datetime.combine(today, time(17, 0)))
    conversation = db.execute("SELECT id FROM conversations WHERE resident_id = ?",
                              [resident_id]).fetchone()
    agreements = [a.id for a in plan.agreements(int(conversation[0]))] if conversation else []

    def at(days: int, hour: int, minute: int = 0) -> datetime:
        return datetime.combine(today - timedelta(days=days), time(hour, minute))

    journal.add(JournalEntry(
        resident_id, at(2, 9, 15), ContactKind.PHONE,
        "Afspraak voor het sorteren van de post bevestigd; Jan vindt het spannend.",
        with_whom="Jan de Proefpersoon", domains=("finances",),
        agreement_ids=tuple(a for a in agreements[:1] if a is not None)))
    consultation = journal.add(JournalEntry(
        resident_id, at(1, 11, 0), ContactKind.PARTNER_CONSULTATION,
        "Schuldhulp kan op 12 december een intake doen.",
        with_whom="Schuldhulpverlening (fictief)", domains=("finances",)))
    journal.correct(consultation, replace(
        consultation, note="Schuldhulp kan op 12 januari een intake doen (niet december)."))
    journal.add(JournalEntry(
        resident_id, at(1, 14, 30), ContactKind.VISIT,
        "Samen twee dozen post gesorteerd; de huurachterstand heeft voorrang.",
        with_whom="Jan en Mira de Proefpersoon", domains=("finances", "housing")))
    journal.add(JournalEntry(
        resident_id, at(0, 8, 40), ContactKind.RESIDENT_MESSAGE,
        "Bericht van Jan: de brief van de verhuurder is binnen, hij belt vandaag zelf.",
        with_whom="Jan de Proefpersoon", for_resident_report=True))
