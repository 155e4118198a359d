"""Dutch wording of the PDF report. The export layer has no Qt translation, so the report's
Dutch is written here; terms match resources/translations/toegang_nl.ts where they exist."""

from __future__ import annotations

from datetime import date

from ..domain.conversation import (
    ClientSupport,
    Decision,
    Duration,
    Marker,
    ParticipantRole,
    Place,
    Recognition,
)
from ..domain.investigation import Topic, TopicState
from ..domain.legal_clock import Deadline, DeadlineKind, DeadlineState
from ..domain.plan import AgreementStatus, Budget, Connection, Owner
from ..domain.resident import HouseholdRole
from ..domain.rules import RuleKind
from ..domain.safety import SafetyDecision, SafetyQuestion, SafetyStep

CONFIDENTIAL = "Vertrouwelijk: bevat persoonsgegevens"
TITLE_RESIDENT = "Verslag van ons gesprek"
TITLE_FILE = "Gespreksverslag (dossier)"
SUBJECT = "Verslag van het gesprek met brede uitvraag"
RESTRICTED_HEADING = "AFGESCHERMD – Meldcodeverslag"
RESTRICTED_NOTE = ("Dit deel is afgeschermd. Alleen voor wie het nodig heeft voor de veiligheid "
                   "van de betrokkenen. Niet delen of kopiëren.")

# For the resident (B1): what a level means in everyday words, no professional terms.
LEVEL_WORDS_RESIDENT = {1: "het gaat nu niet, er is snel hulp nodig", 2: "dit lukt nu niet goed",
                        3: "dit lukt een beetje, met moeite of met hulp", 4: "dit lukt voldoende",
                        5: "dit lukt u helemaal zelf"}
LEVEL_NAMES = {1: "Acuut", 2: "Niet zelfredzaam", 3: "Beperkt zelfredzaam",
               4: "Voldoende zelfredzaam", 5: "Volledig zelfredzaam"}

PLACE = {Place.HOME: "Thuis", Place.OFFICE: "Op kantoor", Place.PHONE: "Telefonisch",
         Place.VIDEO: "Via videobellen"}
PARTICIPANT = {ParticipantRole.RESIDENT: "Inwoner", ParticipantRole.INFORMAL_CARER: "Mantelzorger",
               ParticipantRole.CLIENT_SUPPORTER: "Cliëntondersteuner",
               ParticipantRole.INTERPRETER: "Tolk", ParticipantRole.OTHER: "Anders"}
HOUSEHOLD = {HouseholdRole.PARTNER: "Partner", HouseholdRole.CHILD: "Kind",
             HouseholdRole.OTHER_ADULT: "Andere volwassene"}
DURATION = {Duration.TEMPORARY: "Tijdelijk", Duration.LONG_TERM: "Langdurig",
            Duration.LIFELONG: "Levenslang"}
MARKER = {Marker.INTELLECTUAL_DISABILITY: "Mogelijk licht verstandelijke beperking (LVB)",
          Marker.CHRONIC_CONDITION: "Chronische ziekte of beperking",
          Marker.DEMENTIA: "Mogelijk dementie", Marker.PSYCHIATRIC: "Mogelijk psychiatrische aandoening"}
RULE_KIND = {RuleKind.LIFE_WIDE: "Levensbreed", RuleKind.WALL: "Over de schotten tussen wetten heen",
             RuleKind.LIFELONG: "Levenslang", RuleKind.NO_HELP: "Geen hulp in de buurt"}
DECISION = {Decision.CONFIRMED: "Bevestigd", Decision.DISMISSED: "Verworpen"}
RECOGNITION = {Recognition.YES: "Ja", Recognition.PARTLY: "Deels", Recognition.NO: "Nee"}
CLIENT_SUPPORT = {ClientSupport.OFFERED: "Aangeboden", ClientSupport.ACCEPTED: "Aangenomen",
                  ClientSupport.DECLINED: "Afgeslagen"}
CONNECTION = {Connection.WORK_INCOME: "Werk en inkomen", Connection.DEBT_HELP: "Schuldhulpverlening",
              Connection.WMO: "Wmo (maatschappelijke ondersteuning)", Connection.YOUTH_ACT: "Jeugdwet",
              Connection.GP: "Huisarts", Connection.POH_GGZ: "POH-GGZ (praktijkondersteuner ggz)",
              Connection.CARE_OFFICE_WLZ: "Zorgkantoor (Wlz)", Connection.SCHOOL: "School",
              Connection.HOUSING_CORPORATION: "Woningcorporatie", Connection.VEILIG_THUIS: "Veilig Thuis",
              Connection.OTHER: "Anders"}
BUDGET = {Budget.CUSTOM: "Maatwerkbudget",
          Budget.BRIDGING: "Overbruggingsbudget (tot duidelijk is welke wet betaalt)"}
OWNER = {Owner.RESIDENT: "Inwoner", Owner.NETWORK: "Netwerk", Owner.TEAM: "Lokaal team",
         Owner.PARTNER: "Partner"}
OWNER_RESIDENT = {Owner.RESIDENT: "U zelf", Owner.NETWORK: "Iemand uit uw omgeving",
                  Owner.TEAM: "Het lokale team", Owner.PARTNER: "Partner"}
STATUS = {AgreementStatus.OPEN: "Open", AgreementStatus.IN_PROGRESS: "Bezig",
          AgreementStatus.DONE: "Afgerond", AgreementStatus.CANCELLED: "Vervallen"}
TOPIC = {Topic.NEEDS: "Behoeften, persoonskenmerken en voorkeuren",
         Topic.OWN_STRENGTH: "Eigen kracht en gebruikelijke hulp van huisgenoten",
         Topic.INFORMAL_CARE_NETWORK: "Mantelzorg en sociaal netwerk",
         Topic.CARER_SUPPORT: "Ondersteuning die de mantelzorger nodig heeft",
         Topic.GENERAL_FACILITIES: "Algemene voorzieningen en maatschappelijke activiteiten",
         Topic.HEALTH_CARE: "Afstemming met de zorg"}
TOPIC_STATE = {TopicState.OPEN: "Open", TopicState.COVERED: "Behandeld",
               TopicState.NOT_APPLICABLE: "Niet van toepassing"}
DEADLINE = {DeadlineKind.PERSONAL_PLAN: "Persoonlijk plan (7 dagen)",
            DeadlineKind.INVESTIGATION: "Onderzoek afgerond (6 weken)",
            DeadlineKind.DECISION: "Besluit (2 weken na de aanvraag)"}
DEADLINE_STATE = {DeadlineState.DONE: "afgerond", DeadlineState.OPEN: "open",
                  DeadlineState.DUE_SOON: "binnenkort", DeadlineState.OVERDUE: "te laat"}


def deadline_state_text(d: Deadline) -> str:
    """A personal-plan window that has passed is over, not 'done'."""
    if d.kind is DeadlineKind.PERSONAL_PLAN and d.state is DeadlineState.DONE:
        return "termijn voorbij"
    return DEADLINE_STATE[d.state]
SAFETY_STEP = {SafetyStep.SIGNALS: "Signalen in kaart brengen en vastleggen",
               SafetyStep.CONSULT: "Een collega raadplegen en zo nodig Veilig Thuis",
               SafetyStep.TALK: "Gesprek met de betrokkene",
               SafetyStep.WEIGH: "Wegen met het afwegingskader",
               SafetyStep.DECIDE: "Beslissen: melden en/of hulp organiseren"}
SAFETY_QUESTION = {
    SafetyQuestion.SUSPICION: "Is er een vermoeden van huiselijk geweld of kindermishandeling?",
    SafetyQuestion.ACUTE_OR_STRUCTURAL_UNSAFETY: "Is er acute of structurele onveiligheid?",
    SafetyQuestion.CAN_OFFER_HELP: "Kan ik passende hulp bieden of organiseren?",
    SafetyQuestion.HELP_ACCEPTED: "Accepteren de betrokkenen deze hulp?",
    SafetyQuestion.BRINGS_SAFETY_IN_TIME: "Zorgt de hulp op tijd voor veiligheid?"}
SAFETY_DECISION = {SafetyDecision.REPORT_TO_VEILIG_THUIS: "Melden bij Veilig Thuis",
                   SafetyDecision.ORGANISE_HELP: "Hulp organiseren (geen melding)",
                   SafetyDecision.REPORT_AND_HELP: "Melden bij Veilig Thuis en hulp organiseren",
                   SafetyDecision.NO_FURTHER_ACTION: "Geen verdere actie"}

# The resident's rights, in plain language (B1).
RIGHTS_SUPPORT = ("U kunt gratis hulp krijgen van een onafhankelijke cliëntondersteuner. "
                  "Die helpt u, en hoort niet bij de gemeente. Vraag uw contactpersoon hoe dat werkt.")
RIGHTS_DIFFERENT = ("Ziet u iets anders dan in dit verslag staat? Zeg het tegen uw contactpersoon. "
                    "Wij zetten uw reactie bij uw dossier.")
RIGHTS_OBJECTION = ("Krijgt u een besluit (beschikking) en bent u het daar niet mee eens? "
                    "Dan kunt u bezwaar maken. Dat doet u binnen 6 weken na de datum van het besluit. "
                    "In de brief met het besluit staat hoe dat gaat.")


def dutch_date(value: date | None) -> str:
    """dd-mm-jjjj, or a dash when there is no date."""
    return value.strftime("%d-%m-%Y") if value is not None else "–"


def level_text(level: int | None) -> str:
    if level is None:
        return "geen niveau"
    return f"{level} ({LEVEL_NAMES.get(level, '').lower()})"


def yes_no(value: bool | None) -> str:
    return "Onbekend" if value is None else ("Ja" if value else "Nee")
