"""The prose of the PDF reports, which are Dutch documents whatever the interface language.

The names of things (places, roles, levels of the checklist, agreement states ...) are not
here: the writers ask wording.labels for them inside `in_dutch()`, so paper says what the
screen says, and the level names come from the checklist in use."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

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


def level_name(level: int, level_names: Sequence[str]) -> str:
    """The checklist's name of a level (index 0 is level 1); empty for a level it lacks."""
    return level_names[level - 1] if 1 <= level <= len(level_names) else ""


def level_text(level: int | None, level_names: Sequence[str]) -> str:
    if level is None:
        return "geen niveau"
    return f"{level} ({level_name(level, level_names).lower()})"


# Both variants (export/pdf_sections.py, pdf_report.py, pdf_chart.py, pdf_page.py, pdf_styles.py)
NAME = "Naam"
CONVERSATION_DATE = "Datum van het gesprek"
PLACE = "Locatie"
CONTACT_PERSON = "Contactpersoon"
REACHABLE_AT = "Bereikbaar via"
MUNICIPALITY = "Gemeente"
NO_CONTACT_DETAILS = "Uw contactpersoon van het lokale team neemt contact met u op."
NO_AGREEMENTS = "Er zijn nog geen afspraken gemaakt."
AGREEMENTS_HEADER_RESIDENT = ("Wat", "Wie", "Wanneer")
AGREEMENTS_HEADER_FILE = ("Wat", "Wie", "Streefdatum", "Status", "Leefgebieden")
NEXT_STEP_EVALUATION = "We kijken samen hoe het gaat (evaluatie)."
SIGNER_RESIDENT = "Inwoner"
SIGNER_WORKER_FOR_RESIDENT = "Medewerker van de gemeente"
SIGNER_WORKER_FOR_FILE = "Professional"
SIGNATURE_NAME = "Naam: {name}"
SIGNATURE_DATE = "Datum:"
SIGNATURE_LINE = "Handtekening: ______________________________"
CHART_THIS_CONVERSATION = "Dit gesprek ({date})"
CHART_PREVIOUS_CONVERSATION = "Vorig gesprek ({date})"
CHART_SCALE_RESIDENT = "1 = snel hulp nodig      5 = lukt helemaal zelf"
PAGE_OF = "pagina {page} van {total}"
CELL_CONTINUED = " … (zie onder de tabel)"
CELL_OVERFLOW = "{column}, regel {row}:"

# The resident's report (export/pdf_resident.py), B1
RESIDENT_LEVEL_NONE = "geen niveau"
RESIDENT_OWN_WORDS = "In uw woorden: “{text}”"
RESIDENT_CARER_WORDS = "In de woorden van uw mantelzorger: “{text}”"
RESIDENT_INTRO = ("Op {date} hebben we met elkaar gepraat. In dit verslag staat wat we besproken "
                  "hebben en wat we afgesproken hebben. Lees het rustig door.")
RESIDENT_QUESTION = "Uw vraag"
RESIDENT_NO_QUESTION = "U hebt geen vraag genoemd."
RESIDENT_STRENGTHS = "Wat goed gaat"
RESIDENT_WISHES = "Wat u wilt"
RESIDENT_DISCUSSED = "Waar we over gepraat hebben"
RESIDENT_SCALE = ("Per onderwerp staat hoe het nu gaat. 1 betekent: het gaat nu helemaal niet, er "
                  "is snel hulp nodig. 5 betekent: dit lukt u helemaal zelf.")
RESIDENT_NOTHING_DISCUSSED = "We hebben nog geen onderwerpen besproken."
RESIDENT_CHART = "Zo gaat het nu"
RESIDENT_CHART_INTRO = "Hoe langer de balk, hoe beter het zelf lukt (1 tot 5)."
RESIDENT_AGREEMENTS = "Wat we afspreken"
RESIDENT_NEXT_STEP = "De volgende stap"
RESIDENT_JOURNAL = "Contact na ons gesprek"
RESIDENT_JOURNAL_INTRO = "Dit zijn de contacten die uw contactpersoon ook in dit verslag zet."
RESIDENT_JOURNAL_HEADER = ("Wanneer", "Hoe", "Met wie", "Wat")
RESIDENT_WHEN = "Wanneer"
RESIDENT_NEXT_STEP_UNKNOWN = "Uw contactpersoon laat u weten wat de volgende stap is."
RESIDENT_CONTACT = "Uw contactpersoon"
RESIDENT_RIGHTS = "Uw rechten"
RIGHTS_SUPPORT_TITLE = "Gratis hulp van een cliëntondersteuner"
RIGHTS_DIFFERENT_TITLE = "Ik zie dit anders"
RIGHTS_OBJECTION_TITLE = "Bezwaar maken"
