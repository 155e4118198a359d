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
