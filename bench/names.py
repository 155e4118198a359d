"""Name, street and text material for fictional residents (invented combinations, no real people).

Each origin group has first names and surnames; a surname is (tussenvoegsel, surname).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Origin:
    name: str
    weight: float
    first_names: tuple[str, ...]
    surnames: tuple[tuple[str, str], ...]


def _plain(*names: str) -> tuple[tuple[str, str], ...]:
    return tuple(("", n) for n in names)


DUTCH = Origin(
    "dutch", 0.70,
    (
        "Jan", "Johannes", "Janneke", "Jannie", "Jan-Willem", "Pieter", "Kees", "Cornelis",
        "Hendrik", "Gerrit", "Willem", "Dirk", "Bram", "Daan", "Sem", "Lucas", "Thijs", "Ruben",
        "Maarten", "Sander", "Bas", "Joost", "Wouter", "Henk", "Anneke", "Maria", "Johanna",
        "Cornelia", "Anna", "Wilhelmina", "Geertruida", "Ingrid", "Marloes", "Femke", "Sanne",
        "Lotte", "Fleur", "Eva", "Iris", "Noor", "Emma", "Julia", "Sophie", "Tess", "Anouk",
        "Zoë", "Chloë", "Daniëlle", "Mariëtte", "Joëlle", "Noël", "René", "André", "Anaïs",
        "Loïs", "Gaël", "Ineke", "Henny", "Truus", "Riet", "Mieke", "Gijs", "Teun", "Floor",
    ),
    (
        ("de", "Vries"), ("van", "Dijk"), ("van den", "Berg"), ("van der", "Meer"),
        ("de", "Jong"), ("de", "Boer"), ("de", "Groot"), ("van", "Leeuwen"), ("de", "Wit"),
        ("de", "Graaf"), ("van der", "Linden"), ("de", "Haan"), ("van den", "Heuvel"),
        ("van der", "Veen"), ("van den", "Broek"), ("de", "Bruijn"), ("van der", "Heijden"),
        ("van", "Beek"), ("van", "Vliet"), ("van de", "Ven"), ("van", "Dam"), ("van der", "Wal"),
        ("op den", "Kamp"), ("in 't", "Veld"), ("ter", "Horst"), ("ten", "Cate"), ("'t", "Hart"),
        ("de", "Vos"), ("van", "Vreden"), ("de", "Vree"), ("van 't", "Hof"), ("de", "Lange"),
        *_plain(
            "Jansen", "Janssen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos",
            "Peters", "Hendriks", "Dekker", "Brouwer", "Dijkstra", "Smits", "Kok", "Jacobs",
            "Vermeulen", "Schouten", "Willems", "Hoekstra", "Maas", "Verhoeven", "Koster",
            "Prins", "Blom", "Huisman", "Peeters", "Kuipers", "Veenstra", "Kramer", "Post",
            "Timmermans", "Groen", "Gerritsen", "Boersma", "Bosman", "Kuijpers", "Vrieling",
            "Vroom", "Hoëlle", "Brouwer-Müller",
        ),
    ),
)
TURKISH = Origin(
    "turkish", 0.08,
    (
        "Şükrü", "Ayşe", "Gül", "Ömer", "Çağla", "Yağmur", "Işıl", "Mehmet", "Emre", "Büşra",
        "Özlem", "Doğan", "Ahmet", "Fatma", "Hülya", "Serkan", "Şeyma", "İbrahim", "Gökhan",
    ),
    _plain(
        "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın",
        "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Koç", "Kurt", "Şimşek", "Ağca",
    ),
)
POLISH = Origin(
    "polish", 0.05,
    (
        "Łukasz", "Małgorzata", "Wojciech", "Agnieszka", "Paweł", "Michał", "Żaneta", "Grzegorz",
        "Katarzyna", "Bartłomiej", "Jędrzej", "Zofia", "Krzysztof", "Łucja",
    ),
    _plain(
        "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
        "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Łuczak", "Żak", "Piątek",
    ),
)
MOROCCAN = Origin(
    "moroccan", 0.06,
    ("Mohamed", "Fatima", "Youssef", "Khadija", "Ahmed", "Nadia", "Hamza", "Soufiane", "Imane",
     "Bilal", "Salma", "Karim"),
    (("el", "Amrani"), ("el", "Idrissi"), ("el", "Khatib"),
     *_plain("Benali", "Bouzid", "Ait Taleb", "Ouali", "Haddou", "Azzouzi", "Ziani", "Tahiri")),
)
ARABIC_SCRIPT = Origin(
    "arabic", 0.03,
    ("محمد", "فاطمة", "أحمد", "خديجة", "يوسف", "مريم", "عمر", "نور", "ليلى"),
    _plain("العلوي", "بنعلي", "الإدريسي", "حداد", "الحسن", "منصور", "Al-Hassan", "Haddad"),
)
SURINAMESE = Origin(
    "surinamese", 0.04,
    ("Sunita", "Rajesh", "Priya", "Anil", "Shanti", "Ravi", "Glenn", "Ruth", "Marlon"),
    _plain("Ramdin", "Sewnarain", "Jagesar", "Ramkisoen", "Biharie", "Pinas", "Linger",
           "Wijngaarde"),
)
UKRAINIAN = Origin(
    "ukrainian", 0.03,
    ("Олександр", "Оксана", "Наталія", "Андрій", "Iryna", "Oleksandr", "Mykola", "Yuliia"),
    _plain("Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Shevchenko", "Kovalenko",
           "Melnyk"),
)
ERITREAN = Origin(
    "eritrean", 0.01,
    ("Tesfay", "Yonas", "Semhar", "Helen", "Filmon", "Senait"),
    _plain("Haile", "Tesfamariam", "Gebremedhin", "Kidane", "Berhane"),
)
ORIGINS: tuple[Origin, ...] = (
    DUTCH, TURKISH, POLISH, MOROCCAN, ARABIC_SCRIPT, SURINAMESE, UKRAINIAN, ERITREAN,
)

STREETS = (
    "Dorpsstraat", "Kerkstraat", "Molenweg", "Schoolstraat", "Stationsweg", "Julianastraat",
    "Beatrixlaan", "Wilhelminastraat", "Kastanjelaan", "Eikenlaan", "Prins Hendrikkade",
    "Burgemeester de Vrieslaan", "Sint Jozefstraat", "Van 't Hoffplein", "Oranjesingel",
    "Koningin Máximalaan", "Pastoor Ruttenstraat", "Hoofdstraat", "Marktplein", "Lindenhof",
)
# Fictional municipality: (place name, first four-digit postcode number, how many numbers).
PLACES = (
    ("Voorbeeldstad", 1200, 40), ("Oefendorp", 1240, 8), ("Proefwijk", 1250, 6),
    ("Testerveen", 1260, 4),
)
# Letters used in Dutch postcodes (F, I, O, Q, U and Y are not used); SA, SD, SS are skipped.
POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"

QUESTIONS = (
    "Ik wil weer grip op mijn geldzaken.",
    "Sinds mijn operatie lukt het huishouden niet meer.",
    "Mijn zoon zit al maanden thuis en gaat niet naar school.",
    "Ik zorg voor mijn moeder en het wordt me te veel.",
    "We hebben een brief van de woningcorporatie over huurachterstand gekregen.",
    "Ik voel me eenzaam sinds mijn man is overleden.",
    "Ik zoek werk maar mijn Nederlands is nog niet goed genoeg.",
    "Er is veel ruzie thuis en de kinderen merken het.",
)
OWN_WORDS = (
    "De brieven stapelen zich op, ik durf ze niet meer te openen.",
    "Het gaat eigenlijk best goed, alleen de trap is lastig.",
    "Ik slaap slecht en pieker veel.",
    "Mijn buurvrouw doet soms boodschappen voor me.",
    "Ik wil graag iets doen overdag, vrijwilligerswerk misschien.",
    "Mijn dochter helpt met de formulieren, maar zij heeft het ook druk.",
    "Sinds de scheiding is alles anders geworden.",
    "Het huis is te klein voor ons vijven.",
    "Ik heb schulden bij de zorgverzekeraar en de energieleverancier.",
    "Ik weet niet goed waar ik moet beginnen.",
)
STRENGTHS = (
    "Komt afspraken na.", "Heeft een sterk netwerk in de moskee.", "Kan goed plannen.",
    "Is gemotiveerd om te veranderen.", "Goede band met de kinderen.", "",
)
NOT_DISCUSSED = ("Geen tijd meer.", "Inwoner wilde hier niet over praten.", "Niet van toepassing.")
WISHES = (
    "Weer zelf de post kunnen bijhouden.", "Een rustiger huis.", "Meer contact met andere mensen.",
    "Werk vinden dat past.", "Dat de kinderen weer naar school gaan.", "",
)
NOTES = (
    "Inwoner vertelt open; afspraak gemaakt om de brieven samen door te nemen.",
    "Partner was bij het gesprek en vult aan.", "Let op: inwoner is moe aan het eind van het gesprek.",
    "Volgende keer verder bespreken.", "",
)
AGREEMENTS = (
    "Samen de openstaande rekeningen op een rij zetten.", "Aanmelden bij de voedselbank.",
    "Dochter belt wekelijks over de boodschappen.", "Wijkteam vraagt huishoudelijke hulp aan.",
    "Inwoner maakt een afspraak met de huisarts.", "Kennismaken bij het buurthuis.",
)
REASONS = (
    "Past bij wat de inwoner zelf vertelt.", "Besproken met de inwoner; herkent dit beeld.",
    "Eenmalige situatie, inmiddels opgelost.", "Al bekend en hulp loopt.",
)
