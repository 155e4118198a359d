<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AccessLogDialog</name>
    <message>
        <source>Who has seen this dossier</source>
        <translation>Wie heeft dit ingezien</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Every look at and change to this dossier, newest first. Times are local time.</source>
        <translation>Elke keer dat dit dossier is bekeken of gewijzigd, nieuwste eerst. Tijden in lokale tijd.</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Change agreement</source>
        <translation>Afspraak wijzigen</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Nieuwe afspraak</translation>
    </message>
    <message>
        <source>What was agreed, required</source>
        <translation>Wat is afgesproken, verplicht</translation>
    </message>
    <message>
        <source>Who carries it out</source>
        <translation>Wie voert het uit</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What was agreed*</source>
        <translation>Wat is afgesproken*</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Life domains this agreement serves</source>
        <translation>Leefgebieden waar deze afspraak bij hoort</translation>
    </message>
    <message>
        <source>Life domain: %1</source>
        <translation>Leefgebied: %1</translation>
    </message>
    <message>
        <source>This conversation has no life domains.</source>
        <translation>Dit gesprek heeft geen leefgebieden.</translation>
    </message>
    <message>
        <source>Due date: enter a real date as dd-mm-yyyy, or leave it empty.</source>
        <translation>Streefdatum: vul een bestaande datum in als dd-mm-jjjj, of laat het veld leeg.</translation>
    </message>
</context>
<context>
    <name>AgreementList</name>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Life domains</source>
        <translation>Leefgebieden</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>Afspraak toevoegen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Edit agreement</source>
        <translation>Afspraak wijzigen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove agreement</source>
        <translation>Afspraak verwijderen</translation>
    </message>
    <message>
        <source>Partner directory…</source>
        <translation>Partnerlijst…</translation>
    </message>
    <message>
        <source>Partner directory</source>
        <translation>Partnerlijst</translation>
    </message>
    <message>
        <source>Remove the agreement “%1”?</source>
        <translation>De afspraak “%1” verwijderen?</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Checking the data file…</source>
        <translation>Het gegevensbestand wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>V&amp;ergrendelen</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>&amp;Wachtwoord wijzigen…</translation>
    </message>
    <message>
        <source>Lock &amp;automatically after</source>
        <translation>&amp;Automatisch vergrendelen na</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArgParse</name>
    <message>
        <source>usage: </source>
        <translation>gebruik: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>vaste argumenten</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>toon deze hulp en stop</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fout: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>onbekende argumenten: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>deze argumenten zijn verplicht: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>een van de argumenten %s is verplicht</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>niet toegestaan samen met argument %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>verwacht één waarde</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>verwacht hoogstens één waarde</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>verwacht minstens één waarde</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>verwacht %s waarde</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>verwacht %s waarden</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>optie niet eenduidig: %(option)s kan %(matches)s zijn</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ongeldige keuze: %(value)r (kies uit %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ongeldige waarde: %(value)r</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>overbodige waarde genegeerd: %r</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>onverwachte optie: %s</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>the data file is busy, another program is using it</source>
        <translation>het gegevensbestand is bezet, een ander programma gebruikt het</translation>
    </message>
    <message>
        <source>the disk is full or the data file cannot be written</source>
        <translation>de schijf is vol of het gegevensbestand kan niet worden beschreven</translation>
    </message>
    <message>
        <source>Not saved yet: %1. Your input stays on screen; saving is retried automatically.</source>
        <translation>Nog niet opgeslagen: %1. Wat je hebt ingevuld, blijft op het scherm staan; opslaan wordt automatisch opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Opgeslagen om %1</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>vóór een update</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vóór een herstel</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>niet leesbaar</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s)</source>
        <translation>
            <numerusform>%n inwoner</numerusform>
            <numerusform>%n inwoners</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup of {when} was restored ({residents}).</source>
        <translation>De back-up van {when} is teruggezet ({residents}).</translation>
    </message>
    <message>
        <source>The damaged data file was kept unchanged as {name}, next to the data file.</source>
        <translation>Het beschadigde gegevensbestand is ongewijzigd bewaard als {name}, naast het gegevensbestand.</translation>
    </message>
    <message>
        <source>The data as it was before the restore is kept as backup {name}.</source>
        <translation>De gegevens van vóór het herstel zijn bewaard als back-up {name}.</translation>
    </message>
    <message>
        <source>The data file %1 is damaged. Your data is not lost: the backup of %2 at %3 (%4) was checked and is in order.

Restore this backup now? The damaged file is kept unchanged next to it, nothing is deleted. Changes made after %3 are not in the backup.</source>
        <translation>Het gegevensbestand %1 is beschadigd. Je gegevens zijn niet verloren: de back-up van %2 om %3 (%4) is gecontroleerd en in orde.

Deze back-up nu terugzetten? Het beschadigde bestand blijft ongewijzigd ernaast bewaard, er wordt niets verwijderd. Wijzigingen van na %3 staan niet in de back-up.</translation>
    </message>
    <message>
        <source>The data file %1 is damaged, and there is no backup that is in order. Nothing was changed or deleted. Stop working in the app and contact your application manager.</source>
        <translation>Het gegevensbestand %1 is beschadigd en er is geen back-up die in orde is. Er is niets gewijzigd of verwijderd. Werk niet verder in de app en neem contact op met je applicatiebeheerder.</translation>
    </message>
    <message>
        <source>Backup made at %1.</source>
        <translation>Back-up gemaakt om %1.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>De back-up wordt teruggezet…</translation>
    </message>
    <message>
        <source>This backup no longer exists. Nothing was changed.</source>
        <translation>Deze back-up bestaat niet meer. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Checking the backups…</source>
        <translation>De back-ups worden gecontroleerd…</translation>
    </message>
</context>
<context>
    <name>BottleneckDialog</name>
    <message>
        <source>Change bottleneck</source>
        <translation>Knelpunt wijzigen</translation>
    </message>
    <message>
        <source>Record bottleneck</source>
        <translation>Knelpunt vastleggen</translation>
    </message>
    <message>
        <source>Where did help get stuck? Record it so the municipality can learn from it.</source>
        <translation>Waar liep de hulp vast? Leg het vast, zodat de gemeente ervan kan leren.</translation>
    </message>
    <message>
        <source>Recorded from a conversation: the note, the life domains of concern and the laws of the route are filled in. Check them; the bottleneck itself is not linked to the resident in any report.</source>
        <translation>Vastgelegd vanuit een gesprek: de notitie, de leefgebieden met zorgen en de wetten van de route zijn al ingevuld. Controleer ze; in geen enkele rapportage is het knelpunt te herleiden tot de inwoner.</translation>
    </message>
    <message>
        <source>Kind of bottleneck</source>
        <translation>Soort knelpunt</translation>
    </message>
    <message>
        <source>Date, required</source>
        <translation>Datum, verplicht</translation>
    </message>
    <message>
        <source>What happened, required</source>
        <translation>Wat er gebeurde, verplicht</translation>
    </message>
    <message>
        <source>What would have helped</source>
        <translation>Wat had geholpen</translation>
    </message>
    <message>
        <source>Solved on</source>
        <translation>Opgelost op</translation>
    </message>
    <message>
        <source>Date*</source>
        <translation>Datum*</translation>
    </message>
    <message>
        <source>What happened*</source>
        <translation>Wat er gebeurde*</translation>
    </message>
    <message>
        <source>Partner involved</source>
        <translation>Betrokken partner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Laws involved</source>
        <translation>Betrokken wetten</translation>
    </message>
    <message>
        <source>Life domains involved</source>
        <translation>Betrokken leefgebieden</translation>
    </message>
    <message>
        <source>Life domain: %1</source>
        <translation>Leefgebied: %1</translation>
    </message>
</context>
<context>
    <name>BreakGlassDialog</name>
    <message>
        <source>Break the glass</source>
        <translation>Glas breken</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>For example: the resident calls in crisis and the coordinator is away</source>
        <translation>Bijvoorbeeld: de inwoner belt in crisis en de regisseur is afwezig</translation>
    </message>
    <message>
        <source>You are not involved in the dossier of %1. If you must act now, say why: you can read it until the end of the day, without changing it. %2 (the coordinator) and the privacy officer see that you did, with your reason, and the team overview counts it.</source>
        <translation>Je bent niet betrokken bij het dossier van %1. Moet je nu handelen, zeg dan waarom: je kunt het tot het einde van de dag lezen, zonder het te wijzigen. %2 (de regisseur) en de privacyfunctionaris zien dat je dit deed, met je reden, en het teamoverzicht telt het.</translation>
    </message>
</context>
<context>
    <name>CaseDiscussionPage</name>
    <message>
        <source>Case discussion</source>
        <translation>Casuïstiekoverleg</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Nieuw overleg…</translation>
    </message>
    <message>
        <source>Bring a dossier…</source>
        <translation>Dossier inbrengen…</translation>
    </message>
    <message>
        <source>PDF with initials…</source>
        <translation>PDF met initialen…</translation>
    </message>
    <message>
        <source>Cases on the agenda</source>
        <translation>Casussen op de agenda</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Wie waren erbij</translation>
    </message>
    <message>
        <source>The team&apos;s advice</source>
        <translation>Het advies van het team</translation>
    </message>
    <message>
        <source>Who does what next</source>
        <translation>Wie doet wat</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>By (dd-mm-yyyy)</source>
        <translation>Wanneer (dd-mm-jjjj)</translation>
    </message>
    <message>
        <source>Add an agreement</source>
        <translation>Afspraak toevoegen</translation>
    </message>
    <message>
        <source>Save the outcome</source>
        <translation>Uitkomst opslaan</translation>
    </message>
    <message>
        <source>Question for the team</source>
        <translation>Vraag aan het team</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>Who does what next (lands in the dossier&apos;s plan)</source>
        <translation>Wie doet wat (komt in het plan van het dossier)</translation>
    </message>
    <message>
        <source>No case chosen</source>
        <translation>Geen casus gekozen</translation>
    </message>
    <message>
        <source>%1, brought by %2</source>
        <translation>%1, ingebracht door %2</translation>
    </message>
    <message>
        <source>Recorded on %1</source>
        <translation>Vastgelegd op %1</translation>
    </message>
</context>
<context>
    <name>CaseloadChart</name>
    <message>
        <source>Caseload per professional</source>
        <translation>Caseload per professional</translation>
    </message>
    <message>
        <source>%1: coordinates %2, involved in %3</source>
        <translation>%1: coördineert %2, betrokken bij %3</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>regisseur</translation>
    </message>
    <message>
        <source>involved</source>
        <translation>betrokken</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (vertrokken)</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Last conversation</source>
        <translation>Laatste gesprek</translation>
    </message>
    <message>
        <source>Next legal term</source>
        <translation>Eerstvolgende termijn</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Investigation (6 weeks after the request) or decision (2 weeks after the application) still open</source>
        <translation>Onderzoek (6 weken na de melding) of besluit (2 weken na de aanvraag) staat nog open</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) late)</source>
        <translation>
            <numerusform>%1 (%n dag te laat)</numerusform>
            <numerusform>%1 (%n dagen te laat)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (nog %n dag)</numerusform>
            <numerusform>%1 (nog %n dagen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>Caseload</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <source>Search by name, BSN, date of birth (dd-mm-yyyy) or postcode</source>
        <translation>Zoek op naam, BSN, geboortedatum (dd-mm-jjjj) of postcode</translation>
    </message>
    <message>
        <source>Search residents</source>
        <translation>Inwoners zoeken</translation>
    </message>
    <message>
        <source>New resident…</source>
        <translation>Nieuwe inwoner…</translation>
    </message>
    <message>
        <source>Register a new resident (Ctrl+N)</source>
        <translation>Nieuwe inwoner registreren (Ctrl+N)</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Inwoners</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resident(s)</source>
        <translation>
            <numerusform>%Ln inwoner</numerusform>
            <numerusform>%Ln inwoners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Huidig wachtwoord</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nieuw wachtwoord nogmaals</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Huidig wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>Nieuw wachtwoord &amp;nogmaals:</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>&amp;Wijzigen</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>Changes to the details</source>
        <translation>Wijzigingen in de gegevens</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>Werd</translation>
    </message>
    <message>
        <source>No details have been corrected since the dossier was made.</source>
        <translation>Er zijn geen gegevens gecorrigeerd sinds het dossier is aangemaakt.</translation>
    </message>
</context>
<context>
    <name>CloseDossierDialog</name>
    <message>
        <source>Close dossier</source>
        <translation>Dossier afsluiten</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Bewaren tot</translation>
    </message>
    <message>
        <source>Help under</source>
        <translation>Hulp volgens</translation>
    </message>
    <message>
        <source>Help ended on</source>
        <translation>Hulp beëindigd op</translation>
    </message>
    <message>
        <source>After this date the dossier is offered for removal. You can reopen the dossier when help starts again.</source>
        <translation>Na deze datum wordt het dossier aangeboden om te verwijderen. Start de hulp opnieuw, heropen dan het dossier.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>make a new, encrypted store in the data folder (asks the password twice)</source>
        <translation>maak een nieuw, versleuteld gegevensbestand in de gegevensmap (vraagt het wachtwoord twee keer)</translation>
    </message>
    <message>
        <source>There is no data in {path} yet. Make the encrypted store with &apos;toegang-desktop setup&apos; (it asks for a new password), or start Toegang Desktop; then the commands work on it.</source>
        <translation>Er zijn nog geen gegevens in {path}. Maak het versleutelde gegevensbestand met &apos;toegang-desktop setup&apos; (dat vraagt een nieuw wachtwoord), of start Toegang Desktop; daarna werken de opdrachten erop.</translation>
    </message>
    <message>
        <source>Note: the data in {path} is not encrypted yet. Start Toegang Desktop to set a password.</source>
        <translation>Let op: de gegevens in {path} zijn nog niet versleuteld. Start Toegang Desktop om een wachtwoord in te stellen.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Wachtwoord: </translation>
    </message>
    <message>
        <source>No password was given, so the data stayed closed. Type the password on the terminal, or give it as one line on standard input.</source>
        <translation>Er is geen wachtwoord gegeven, dus de gegevens zijn dicht gebleven. Typ het wachtwoord in de terminal, of geef het als één regel op standaardinvoer.</translation>
    </message>
    <message>
        <source>The demo store has no password: it holds fictional residents only. Leave out --demo to set up your own.</source>
        <translation>Het demobestand heeft geen wachtwoord: er staan alleen verzonnen inwoners in. Laat --demo weg om je eigen gegevensbestand te maken.</translation>
    </message>
    <message>
        <source>There is already a store in {path}. Nothing was changed. Use the other commands on it, or choose an empty folder with --data-dir.</source>
        <translation>Er staat al een gegevensbestand in {path}. Er is niets veranderd. Gebruik de andere opdrachten daarop, of kies met --data-dir een lege map.</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Nieuw wachtwoord: </translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Herhaal het wachtwoord: </translation>
    </message>
    <message>
        <source>Nothing was set up: give the new password twice, on the terminal or as two lines on standard input.</source>
        <translation>Er is niets ingericht: geef het nieuwe wachtwoord twee keer, in de terminal of als twee regels op standaardinvoer.</translation>
    </message>
    <message>
        <source>Nothing was set up. {problem}</source>
        <translation>Er is niets ingericht. {problem}</translation>
    </message>
    <message>
        <source>The encrypted store is ready in {path}.</source>
        <translation>Het versleutelde gegevensbestand staat klaar in {path}.</translation>
    </message>
    <message>
        <source>This is your recovery code. It is shown only now:</source>
        <translation>Dit is je herstelcode. Je ziet hem alleen nu:</translation>
    </message>
    <message>
        <source>Write it down and keep it in a safe place, apart from this computer. With it you open the data when the password is forgotten, or a backup on another computer.</source>
        <translation>Schrijf hem op en bewaar hem op een veilige plek, niet bij deze computer. Met de herstelcode open je de gegevens als het wachtwoord vergeten is, of een back-up op een andere computer.</translation>
    </message>
    <message>
        <source>list the backups of the store</source>
        <translation>toon de back-ups van het gegevensbestand</translation>
    </message>
    <message>
        <source>make a verified backup of the store now</source>
        <translation>maak nu een gecontroleerde back-up van het gegevensbestand</translation>
    </message>
    <message>
        <source>put a backup in the place of the store (the store is kept first)</source>
        <translation>zet een back-up terug in plaats van het gegevensbestand (dat wordt eerst bewaard)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>the backup&apos;s file name, as &apos;backups&apos; lists it</source>
        <translation>de bestandsnaam van de back-up, zoals &apos;backups&apos; die toont</translation>
    </message>
    <message>
        <source>There are no backups in {folder} yet.</source>
        <translation>Er staan nog geen back-ups in {folder}.</translation>
    </message>
    <message>
        <source>Backups in {folder} (newest first):</source>
        <translation>Back-ups in {folder} (nieuwste eerst):</translation>
    </message>
    <message>
        <source>Backup made and checked: {name} ({residents}).</source>
        <translation>Back-up gemaakt en gecontroleerd: {name} ({residents}).</translation>
    </message>
    <message>
        <source>There is no backup named {name}. Use &apos;backups&apos; to see them.</source>
        <translation>Er is geen back-up met de naam {name}. Gebruik &apos;backups&apos; om ze te zien.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>list the residents, or the conversations of one resident</source>
        <translation>toon de inwoners, of de gesprekken van één inwoner</translation>
    </message>
    <message>
        <source>residents, or conversations (with --resident)</source>
        <translation>residents (inwoners), of conversations (gesprekken, met --resident)</translation>
    </message>
    <message>
        <source>the resident&apos;s id</source>
        <translation>het id van de inwoner</translation>
    </message>
    <message>
        <source>write one resident&apos;s dossier as JSON</source>
        <translation>schrijf het dossier van één inwoner als JSON</translation>
    </message>
    <message>
        <source>the JSON file to write</source>
        <translation>het JSON-bestand dat geschreven wordt</translation>
    </message>
    <message>
        <source>read a dossier from a JSON file</source>
        <translation>lees een dossier uit een JSON-bestand</translation>
    </message>
    <message>
        <source>the JSON file to read</source>
        <translation>het JSON-bestand dat gelezen wordt</translation>
    </message>
    <message>
        <source>print the signals of one conversation as JSON</source>
        <translation>toon de signalen van één gesprek als JSON</translation>
    </message>
    <message>
        <source>the conversation&apos;s id</source>
        <translation>het id van het gesprek</translation>
    </message>
    <message>
        <source>write a conversation&apos;s report as PDF</source>
        <translation>schrijf het verslag van een gesprek als PDF</translation>
    </message>
    <message>
        <source>for the resident, or for the file</source>
        <translation>voor de inwoner (resident), of voor het dossier (file)</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>het PDF-bestand dat geschreven wordt</translation>
    </message>
    <message>
        <source>include the restricted reporting-code record (file variant only)</source>
        <translation>neem het afgeschermde meldcodeverslag op (alleen bij --variant file)</translation>
    </message>
    <message>
        <source>--resident goes with &apos;list conversations&apos;.</source>
        <translation>--resident hoort bij &apos;list conversations&apos;.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Last conversation</source>
        <translation>Laatste gesprek</translation>
    </message>
    <message>
        <source>There are no residents yet.</source>
        <translation>Er zijn nog geen inwoners.</translation>
    </message>
    <message>
        <source>Say whose conversations: --resident ID (&apos;list residents&apos; shows the ids).</source>
        <translation>Zeg van wie de gesprekken zijn: --resident ID (&apos;list residents&apos; toont de id&apos;s).</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Gesprek op</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Melding op</translation>
    </message>
    <message>
        <source>This resident has no conversations yet.</source>
        <translation>Deze inwoner heeft nog geen gesprekken.</translation>
    </message>
    <message>
        <source>Dossier written to {path}</source>
        <translation>Dossier geschreven naar {path}</translation>
    </message>
    <message>
        <source>The restricted reporting-code record can only be included in the report for the file (--variant file).</source>
        <translation>Het afgeschermde meldcodeverslag kan alleen in het verslag voor het dossier (--variant file).</translation>
    </message>
    <message>
        <source>Report of {pages} page(s) written to {path}</source>
        <translation>Verslag van {pages} pagina(’s) geschreven naar {path}</translation>
    </message>
    <message>
        <source>Nothing was imported. Problems in {path}:</source>
        <translation>Er is niets geïmporteerd. Fouten in {path}:</translation>
    </message>
    <message>
        <source>Dossier imported as resident {id}.</source>
        <translation>Dossier geïmporteerd als inwoner {id}.</translation>
    </message>
    <message>
        <source>Its conversations: {ids}.</source>
        <translation>Gesprekken in dit dossier: {ids}.</translation>
    </message>
    <message>
        <source>write the learning loop&apos;s anonymous period report</source>
        <translation>schrijf de anonieme perioderapportage van de leerloop</translation>
    </message>
    <message>
        <source>first day (default: the last full quarter), DD-MM-YYYY or YYYY-MM-DD</source>
        <translation>eerste dag (standaard: het laatste volle kwartaal), DD-MM-JJJJ of JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>last day (inclusive)</source>
        <translation>laatste dag (telt mee)</translation>
    </message>
    <message>
        <source>write the report as PDF</source>
        <translation>schrijf de rapportage als PDF</translation>
    </message>
    <message>
        <source>write the report as CSV</source>
        <translation>schrijf de rapportage als CSV</translation>
    </message>
    <message>
        <source>write this workstation&apos;s aggregate file (JSON, for a team report)</source>
        <translation>schrijf het aggregaatbestand van deze werkplek (JSON, voor een teamrapportage)</translation>
    </message>
    <message>
        <source>report on these aggregate files merged, instead of this store</source>
        <translation>rapporteer over deze aggregaatbestanden samen, in plaats van over dit gegevensbestand</translation>
    </message>
    <message>
        <source>Say what to write: --pdf FILE, --csv FILE and/or --aggregate FILE.</source>
        <translation>Zeg wat er geschreven moet worden: --pdf BESTAND, --csv BESTAND en/of --aggregate BESTAND.</translation>
    </message>
    <message>
        <source>A merged report cannot be written as an aggregate file again; leave out --aggregate.</source>
        <translation>Een samengevoegde rapportage kan niet opnieuw als aggregaatbestand worden geschreven; laat --aggregate weg.</translation>
    </message>
    <message>
        <source>Give both --from and --to, or neither (the last full quarter).</source>
        <translation>Geef zowel --from als --to, of geen van beide (dan het laatste volle kwartaal).</translation>
    </message>
    <message>
        <source>--to lies before --from: give the first day with --from and the last with --to.</source>
        <translation>--to ligt vóór --from: geef de eerste dag met --from en de laatste met --to.</translation>
    </message>
    <message>
        <source>Period report of {pages} page(s) written to {path}</source>
        <translation>Perioderapportage van {pages} pagina(’s) geschreven naar {path}</translation>
    </message>
    <message>
        <source>Period report (CSV) written to {path}</source>
        <translation>Perioderapportage (CSV) geschreven naar {path}</translation>
    </message>
    <message>
        <source>Aggregate file written to {path}</source>
        <translation>Aggregaatbestand geschreven naar {path}</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>check, export or purge the access log</source>
        <translation>controleer, exporteer of schoon het toegangslog op</translation>
    </message>
    <message>
        <source>check the hash chain</source>
        <translation>controleer de hashketen</translation>
    </message>
    <message>
        <source>write the log as CSV</source>
        <translation>schrijf het log als CSV</translation>
    </message>
    <message>
        <source>remove the lines older than five years</source>
        <translation>verwijder de regels ouder dan vijf jaar</translation>
    </message>
    <message>
        <source>export lines from this day (UTC)</source>
        <translation>exporteer regels vanaf deze dag (UTC)</translation>
    </message>
    <message>
        <source>export lines through this day (UTC)</source>
        <translation>exporteer regels tot en met deze dag (UTC)</translation>
    </message>
    <message>
        <source>write everything stored about one resident into a folder</source>
        <translation>schrijf alles wat over één inwoner bewaard is in een map (inzageverzoek)</translation>
    </message>
    <message>
        <source>the folder to write into</source>
        <translation>de map waarin geschreven wordt</translation>
    </message>
    <message>
        <source>include a restricted reporting-code record without asking</source>
        <translation>neem een afgeschermd meldcodeverslag op zonder het te vragen</translation>
    </message>
    <message>
        <source>leave a restricted reporting-code record out without asking</source>
        <translation>laat een afgeschermd meldcodeverslag weg zonder het te vragen</translation>
    </message>
    <message>
        <source>dossiers past their retention date</source>
        <translation>dossiers waarvan de bewaartermijn voorbij is</translation>
    </message>
    <message>
        <source>remove them (after listing them); needs --yes</source>
        <translation>verwijder ze (na ze te tonen); vraagt ook --yes</translation>
    </message>
    <message>
        <source>confirm the purge</source>
        <translation>bevestig het verwijderen</translation>
    </message>
    <message>
        <source>--from and --to go with --export; the check and the purge always cover the whole log.</source>
        <translation>--from en --to horen bij --export; controleren en opschonen gaan altijd over het hele log.</translation>
    </message>
    <message>
        <source>The access log is intact: {count} line(s) checked. Last hash: {hash}</source>
        <translation>Het toegangslog is in orde: {count} regel(s) gecontroleerd. Laatste hash: {hash}</translation>
    </message>
    <message>
        <source>The access log has been changed outside the app. Tell your privacy officer. Problems:</source>
        <translation>Het toegangslog is buiten de app gewijzigd. Meld dit bij je privacyfunctionaris. Gevonden problemen:</translation>
    </message>
    <message>
        <source>Removed {count} log line(s) older than five years.</source>
        <translation>{count} logregel(s) ouder dan vijf jaar verwijderd.</translation>
    </message>
    <message>
        <source>{count} log line(s) written to {path}</source>
        <translation>{count} logregel(s) opgeslagen in {path}</translation>
    </message>
    <message>
        <source>Access request written to {path}</source>
        <translation>Inzageverzoek opgeslagen in {path}</translation>
    </message>
    <message>
        <source>{file} lists every colleague in the team who saw the dossier, with each emergency access and its reason.</source>
        <translation>{file} noemt elke collega in het team die het dossier heeft gezien, met elke noodtoegang en de reden ervan.</translation>
    </message>
    <message>
        <source>This dossier has a restricted reporting-code record. Include it in the access request? (y/n) </source>
        <translation>Dit dossier heeft een afgeschermd meldcodeverslag. Opnemen in het inzageverzoek? (j/n) </translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Nothing was written: this dossier has a restricted reporting-code record. Answer y or n, or say it with --include-restricted or --without-restricted.</source>
        <translation>Er is niets geschreven: dit dossier heeft een afgeschermd meldcodeverslag. Antwoord j of n, of zeg het vooraf met --include-restricted of --without-restricted.</translation>
    </message>
    <message>
        <source>{count} dossier(s) past their retention date.</source>
        <translation>{count} dossier(s) voorbij de bewaartermijn.</translation>
    </message>
    <message>
        <source>Nothing was removed. Add --yes to remove these dossiers for good.</source>
        <translation>Er is niets verwijderd. Voeg --yes toe om deze dossiers definitief te verwijderen.</translation>
    </message>
    <message>
        <source>{count} dossier(s) removed.</source>
        <translation>{count} dossier(s) verwijderd.</translation>
    </message>
    <message>
        <source>the line was changed</source>
        <translation>de regel is gewijzigd</translation>
    </message>
    <message>
        <source>a line was removed or inserted before it</source>
        <translation>er is een regel vóór deze weggehaald of tussengevoegd</translation>
    </message>
    <message>
        <source>lines are missing here</source>
        <translation>hier ontbreken regels</translation>
    </message>
    <message>
        <source>the newest lines were removed</source>
        <translation>de nieuwste regels zijn weggehaald</translation>
    </message>
    <message>
        <source>a value of the wrong type (or no hash)</source>
        <translation>een waarde van het verkeerde soort (of geen hash)</translation>
    </message>
    <message>
        <source>lines were removed without a purge that the log can prove</source>
        <translation>er zijn regels weggehaald zonder opschoning die het log kan bewijzen</translation>
    </message>
    <message>
        <source>the log&apos;s tables cannot be read</source>
        <translation>de tabellen van het log zijn niet te lezen</translation>
    </message>
    <message>
        <source>There is no resident with id {id}. &apos;list residents&apos; shows the ids.</source>
        <translation>Er is geen inwoner met id {id}. &apos;list residents&apos; toont de id&apos;s.</translation>
    </message>
    <message>
        <source>There is no conversation with id {id}. &apos;list conversations --resident ID&apos; shows the ids.</source>
        <translation>Er is geen gesprek met id {id}. &apos;list conversations --resident ID&apos; toont de id&apos;s.</translation>
    </message>
    <message>
        <source>not a date: {text} (use DD-MM-YYYY or YYYY-MM-DD)</source>
        <translation>geen datum: {text} (gebruik DD-MM-JJJJ of JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>not an id: {text} (an id is a whole number such as 12; &apos;list residents&apos; shows them)</source>
        <translation>geen id: {text} (een id is een heel getal zoals 12; &apos;list residents&apos; toont ze)</translation>
    </message>
    <message>
        <source>What was read from standard input is not UTF-8 text. Nothing was changed. Give the password as one line of UTF-8 text, or type it on the terminal.</source>
        <translation>Wat op standaardinvoer binnenkwam is geen UTF-8-tekst. Er is niets veranderd. Geef het wachtwoord als één regel UTF-8-tekst, of typ het in de terminal.</translation>
    </message>
    <message>
        <source>Toegang Desktop: broad-view conversations for local teams. Without a command the window opens.</source>
        <translation>Toegang Desktop: breed-kijken-gesprekken voor lokale teams. Zonder opdracht opent het venster.</translation>
    </message>
    <message>
        <source>show the version and stop</source>
        <translation>toon de versie en stop</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>MAP</translation>
    </message>
    <message>
        <source>keep the store and settings in FOLDER</source>
        <translation>bewaar het gegevensbestand en de instellingen in MAP</translation>
    </message>
    <message>
        <source>use the demo store (fictional residents; filled when empty)</source>
        <translation>gebruik het demobestand (verzonnen inwoners; gevuld als het leeg is)</translation>
    </message>
    <message>
        <source>language (default nl)</source>
        <translation>taal (standaard nl)</translation>
    </message>
    <message>
        <source>use this checklist file (TOML)</source>
        <translation>gebruik dit checklistbestand (TOML)</translation>
    </message>
    <message>
        <source>use this recognition rules file (TOML)</source>
        <translation>gebruik dit bestand met herkenningsregels (TOML)</translation>
    </message>
    <message>
        <source>pre-fill the partner directory from this file (TOML)</source>
        <translation>vul de partnerlijst vooraf uit dit bestand (TOML)</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>OPDRACHT</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>opdrachten</translation>
    </message>
    <message>
        <source>Stopped (Ctrl+C).</source>
        <translation>Gestopt (Ctrl+C).</translation>
    </message>
    <message>
        <source>Unexpected error: the command stopped. Try it once more; if it happens again, tell your application manager what you did.</source>
        <translation>Onverwachte fout: de opdracht is gestopt. Probeer het nog een keer; gebeurt het weer, vertel dan je applicatiebeheerder wat je deed.</translation>
    </message>
    <message>
        <source>Unexpected error: the command stopped. Try it once more; if it happens again, tell your application manager what you did and send the log {path} (it holds no personal data).</source>
        <translation>Onverwachte fout: de opdracht is gestopt. Probeer het nog een keer; gebeurt het weer, vertel dan je applicatiebeheerder wat je deed en stuur het logbestand {path} mee (daar staan geen persoonsgegevens in).</translation>
    </message>
    <message>
        <source>administer the team server (PostgreSQL): for the application manager</source>
        <translation>de teamserver (PostgreSQL) beheren: voor de applicatiebeheerder</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTIE</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>make the database, its schema and the first application manager (as a superuser)</source>
        <translation>de database, het schema en de eerste applicatiebeheerder maken (als superuser)</translation>
    </message>
    <message>
        <source>the first application manager&apos;s login</source>
        <translation>de login van de eerste applicatiebeheerder</translation>
    </message>
    <message>
        <source>their name as colleagues see it</source>
        <translation>de naam zoals collega’s die zien</translation>
    </message>
    <message>
        <source>bring the schema up to this version (as a superuser)</source>
        <translation>het schema bijwerken naar deze versie (als superuser)</translation>
    </message>
    <message>
        <source>show the teams, members and devices</source>
        <translation>de teams, leden en apparaten tonen</translation>
    </message>
    <message>
        <source>add a team</source>
        <translation>een team toevoegen</translation>
    </message>
    <message>
        <source>the team&apos;s name</source>
        <translation>de naam van het team</translation>
    </message>
    <message>
        <source>add a member with their own login (asks their password twice)</source>
        <translation>een lid toevoegen met een eigen login (vraagt het wachtwoord twee keer)</translation>
    </message>
    <message>
        <source>their login</source>
        <translation>de login van het lid</translation>
    </message>
    <message>
        <source>their team (not for an application manager)</source>
        <translation>het team van het lid (niet voor een applicatiebeheerder)</translation>
    </message>
    <message>
        <source>their role (default professional)</source>
        <translation>de rol van het lid (standaard professional)</translation>
    </message>
    <message>
        <source>give a member another role (or team)</source>
        <translation>een lid een andere rol (of een ander team) geven</translation>
    </message>
    <message>
        <source>the new role</source>
        <translation>de nieuwe rol</translation>
    </message>
    <message>
        <source>end a member&apos;s access (the login stays for the access log)</source>
        <translation>de toegang van een lid beëindigen (de login blijft bestaan voor het toegangslog)</translation>
    </message>
    <message>
        <source>revoke a laptop (lost or stolen): it gets nothing more</source>
        <translation>een laptop intrekken (kwijt of gestolen): die krijgt niets meer</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>APPARAAT</translation>
    </message>
    <message>
        <source>the device&apos;s id, as &apos;server status&apos; shows it</source>
        <translation>het id van het apparaat, zoals &apos;server status&apos; het toont</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>the server&apos;s name or address</source>
        <translation>de naam of het adres van de server</translation>
    </message>
    <message>
        <source>the server&apos;s port (default 5432)</source>
        <translation>de poort van de server (standaard 5432)</translation>
    </message>
    <message>
        <source>the database (default toegang)</source>
        <translation>de database (standaard toegang)</translation>
    </message>
    <message>
        <source>check the server&apos;s certificate (verify-full, the default) or, only for a server on this computer, no TLS</source>
        <translation>het certificaat van de server controleren (verify-full, standaard) of, alleen voor een server op deze computer, geen TLS</translation>
    </message>
    <message>
        <source>the CA certificate (PEM) that signed the server&apos;s certificate</source>
        <translation>het CA-certificaat (PEM) dat het certificaat van de server ondertekende</translation>
    </message>
    <message>
        <source>a PostgreSQL superuser (default postgres)</source>
        <translation>een PostgreSQL-superuser (standaard postgres)</translation>
    </message>
    <message>
        <source>your own login (an application manager)</source>
        <translation>je eigen login (een applicatiebeheerder)</translation>
    </message>
    <message>
        <source>The server {host} did not answer ({reason}). Check the name, the port and the network, and that PostgreSQL runs there.</source>
        <translation>De server {host} antwoordde niet ({reason}). Controleer de naam, de poort en het netwerk, en of PostgreSQL daar draait.</translation>
    </message>
    <message>
        <source>The server did not accept the login or password. Check them; a removed member can no longer log in.</source>
        <translation>De server accepteerde de login of het wachtwoord niet. Controleer ze; een verwijderd lid kan niet meer inloggen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be checked ({detail}). Give the CA certificate with --ca and use the name the certificate is for.</source>
        <translation>Het certificaat van de server kon niet worden gecontroleerd ({detail}). Geef het CA-certificaat met --ca en gebruik de naam waarvoor het certificaat is gemaakt.</translation>
    </message>
    <message>
        <source>The server&apos;s schema is newer than this version of Toegang Desktop. Install the newer version first.</source>
        <translation>Het schema van de server is nieuwer dan deze versie van Toegang Desktop. Installeer eerst de nieuwere versie.</translation>
    </message>
    <message>
        <source>This login is not an active member on this server ({detail}).</source>
        <translation>Deze login is geen actief lid op deze server ({detail}).</translation>
    </message>
    <message>
        <source>This is not allowed for your role ({detail}). The server commands are for an application manager.</source>
        <translation>Dit mag niet met je rol ({detail}). De servercommando’s zijn voor een applicatiebeheerder.</translation>
    </message>
    <message>
        <source>The server refused: {detail}. Nothing was changed.</source>
        <translation>De server weigerde: {detail}. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The CA certificate {file} cannot be read ({reason}).</source>
        <translation>Het CA-certificaat {file} kan niet worden gelezen ({reason}).</translation>
    </message>
    <message>
        <source>Without TLS only a server on this computer can be used. Leave out --tls disable and give the CA certificate with --ca.</source>
        <translation>Zonder TLS kan alleen een server op deze computer worden gebruikt. Laat --tls disable weg en geef het CA-certificaat met --ca.</translation>
    </message>
    <message>
        <source>No password was given, so nothing was done.</source>
        <translation>Er is geen wachtwoord gegeven, dus er is niets gedaan.</translation>
    </message>
    <message>
        <source>New password for {login}: </source>
        <translation>Nieuw wachtwoord voor {login}: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Hetzelfde wachtwoord nog eens: </translation>
    </message>
    <message>
        <source>The two passwords were not the same (or empty). Nothing was done.</source>
        <translation>De twee wachtwoorden waren niet gelijk (of leeg). Er is niets gedaan.</translation>
    </message>
    <message>
        <source>A password has at least 12 characters. Nothing was done.</source>
        <translation>Een wachtwoord heeft minstens 12 tekens. Er is niets gedaan.</translation>
    </message>
    <message>
        <source>Password of {login} on the server: </source>
        <translation>Wachtwoord van {login} op de server: </translation>
    </message>
    <message>
        <source>Database {name} made.</source>
        <translation>Database {name} gemaakt.</translation>
    </message>
    <message>
        <source>Schema up to date (version {version}; applied now: {applied}).</source>
        <translation>Schema bijgewerkt (versie {version}; nu toegepast: {applied}).</translation>
    </message>
    <message>
        <source>Application manager {login} made. Add teams and members with &apos;server add-team&apos; and &apos;server add-member --user {login}&apos;.</source>
        <translation>Applicatiebeheerder {login} gemaakt. Voeg teams en leden toe met &apos;server add-team&apos; en &apos;server add-member --user {login}&apos;.</translation>
    </message>
    <message>
        <source>Not a device id: {text} (&apos;server status&apos; shows them).</source>
        <translation>Geen apparaat-id: {text} (&apos;server status&apos; toont ze).</translation>
    </message>
    <message>
        <source>Team {name} added.</source>
        <translation>Team {name} toegevoegd.</translation>
    </message>
    <message>
        <source>{login} added as {role}. They join from Toegang Desktop with Instellingen &gt; Team.</source>
        <translation>{login} toegevoegd als {role}. Het lid sluit aan vanuit Toegang Desktop met Instellingen &gt; Team.</translation>
    </message>
    <message>
        <source>{login} is now {role}.</source>
        <translation>{login} is nu {role}.</translation>
    </message>
    <message>
        <source>{login} can no longer log in; their devices are revoked. A team leader hands their dossiers over.</source>
        <translation>{login} kan niet meer inloggen; de apparaten van dit lid zijn ingetrokken. Een teamleider draagt de dossiers over.</translation>
    </message>
    <message>
        <source>Device {device} revoked: at its next contact it gets nothing and removes the team&apos;s dossiers.</source>
        <translation>Apparaat {device} ingetrokken: bij het volgende contact krijgt het niets meer en verwijdert het de dossiers van het team.</translation>
    </message>
    <message>
        <source>Schema version {version}.</source>
        <translation>Schemaversie {version}.</translation>
    </message>
    <message>
        <source>Teams:</source>
        <translation>Teams:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Leden:</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(verwijderd)</translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation>Apparaten:</translation>
    </message>
    <message>
        <source>(revoked)</source>
        <translation>(ingetrokken)</translation>
    </message>
    <message>
        <source>work in a team: join its server, update, show the status, leave</source>
        <translation>werken in een team: aansluiten bij de server, bijwerken, de stand tonen, verlaten</translation>
    </message>
    <message>
        <source>join the team&apos;s server (asks your password for it)</source>
        <translation>aansluiten bij de server van het team (vraagt je wachtwoord daarvoor)</translation>
    </message>
    <message>
        <source>HOST[:PORT]</source>
        <translation>SERVER[:POORT]</translation>
    </message>
    <message>
        <source>the team server&apos;s name, and its port (default 5432)</source>
        <translation>de naam van de teamserver, en de poort (standaard 5432)</translation>
    </message>
    <message>
        <source>your user name on the team server</source>
        <translation>je gebruikersnaam op de teamserver</translation>
    </message>
    <message>
        <source>the database on the server (default toegang)</source>
        <translation>de database op de server (standaard toegang)</translation>
    </message>
    <message>
        <source>the municipality&apos;s CA certificate (PEM); needed unless the server is on this computer</source>
        <translation>het CA-certificaat van de gemeente (PEM); nodig tenzij de server op deze computer staat</translation>
    </message>
    <message>
        <source>send this laptop&apos;s changes and fetch the team&apos;s now</source>
        <translation>de wijzigingen van deze laptop nu versturen en die van het team ophalen</translation>
    </message>
    <message>
        <source>the team, the last update, changes waiting, open conflicts</source>
        <translation>het team, de laatste keer bijwerken, wachtende wijzigingen, open conflicten</translation>
    </message>
    <message>
        <source>stop working with the team server (the dossiers stay here)</source>
        <translation>stoppen met de teamserver (de dossiers blijven hier)</translation>
    </message>
    <message>
        <source>not a server: {text} (give its name, e.g. team.gemeente.nl or team.gemeente.nl:5432)</source>
        <translation>geen server: {text} (geef de naam, bijv. team.gemeente.nl of team.gemeente.nl:5432)</translation>
    </message>
    <message>
        <source>not a port: {text} (a number from 1 to 65535)</source>
        <translation>geen poort: {text} (een getal van 1 tot en met 65535)</translation>
    </message>
    <message>
        <source>Only an encrypted store can work in a team (the demo and a store without a password cannot). Start Toegang Desktop to set a password first.</source>
        <translation>Alleen versleutelde gegevens kunnen in een team werken (de demo en gegevens zonder wachtwoord niet). Start Toegang Desktop om eerst een wachtwoord in te stellen.</translation>
    </message>
    <message>
        <source>This data folder is not in a team. Join one with &apos;toegang-desktop team join --server HOST --user NAME&apos;.</source>
        <translation>Deze gegevensmap is niet in een team. Sluit aan met &apos;toegang-desktop team join --server SERVER --user NAAM&apos;.</translation>
    </message>
    <message>
        <source>This data folder is already in a team. Leave it first with &apos;toegang-desktop team leave&apos;.</source>
        <translation>Deze gegevensmap is al in een team. Verlaat dat eerst met &apos;toegang-desktop team leave&apos;.</translation>
    </message>
    <message>
        <source>Password for {user} on the team server: </source>
        <translation>Wachtwoord van {user} op de teamserver: </translation>
    </message>
    <message>
        <source>No password was given, so nothing was joined. Type it on the terminal, or give it as one line on standard input (after the store&apos;s password).</source>
        <translation>Er is geen wachtwoord gegeven, dus er is niet aangesloten. Typ het in de terminal, of geef het als één regel op standaardinvoer (na het wachtwoord van de gegevens).</translation>
    </message>
    <message>
        <source>Joined team {team}. Sent up: {dossiers} dossier(s) with {records} record(s). &apos;toegang-desktop team sync&apos; updates; the window does so every few minutes.</source>
        <translation>Aangesloten bij team {team}. Verstuurd: {dossiers} dossier(s) met {records} gegeven(s). &apos;toegang-desktop team sync&apos; werkt bij; het venster doet dat om de paar minuten.</translation>
    </message>
    <message>
        <source>Give the municipality&apos;s CA certificate with --ca FILE: with it the laptop checks that it talks to your team&apos;s own server. Nothing was joined.</source>
        <translation>Geef het CA-certificaat van de gemeente met --ca BESTAND: daarmee controleert de laptop dat hij met de eigen server van je team praat. Er is niet aangesloten.</translation>
    </message>
    <message>
        <source>{path} is not a certificate (PEM) or cannot be read. Give the CA file your application manager gave you. Nothing was joined.</source>
        <translation>{path} is geen certificaat (PEM) of kan niet gelezen worden. Geef het CA-bestand dat je van je applicatiebeheerder kreeg. Er is niet aangesloten.</translation>
    </message>
    <message>
        <source>Updated: {pushed} change(s) sent, {pulled} fetched, {conflicts} new conflict(s), {removed} dossier(s) removed from this laptop.</source>
        <translation>Bijgewerkt: {pushed} wijziging(en) verstuurd, {pulled} opgehaald, {conflicts} nieuw(e) conflict(en), {removed} dossier(s) van deze laptop verwijderd.</translation>
    </message>
    <message>
        <source>The team server was restored from an older backup: everything was fetched again; changes still waiting were kept and sent.</source>
        <translation>De teamserver is teruggezet uit een oudere back-up: alles is opnieuw opgehaald; wachtende wijzigingen zijn bewaard en verstuurd.</translation>
    </message>
    <message>
        <source>{count} conflict(s) wait for a choice: open Toegang Desktop, Team → Conflicts.</source>
        <translation>{count} conflict(en) wachten op een keuze: open Toegang Desktop, Team → Conflicten.</translation>
    </message>
    <message>
        <source>This data folder is not in a team.</source>
        <translation>Deze gegevensmap is niet in een team.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>Team: {team} (signed in as {member})</source>
        <translation>Team: {team} (aangemeld als {member})</translation>
    </message>
    <message>
        <source>Last update: {when}</source>
        <translation>Laatst bijgewerkt: {when}</translation>
    </message>
    <message>
        <source>Changes waiting: {count}</source>
        <translation>Wachtende wijzigingen: {count}</translation>
    </message>
    <message>
        <source>Open conflicts: {count}</source>
        <translation>Open conflicten: {count}</translation>
    </message>
    <message>
        <source>Last attempt: {problem}</source>
        <translation>Laatste poging: {problem}</translation>
    </message>
    <message>
        <source>This data folder left the team; its dossiers stay here.</source>
        <translation>Deze gegevensmap heeft het team verlaten; de dossiers blijven hier.</translation>
    </message>
    <message>
        <source>{count} change(s) had not been sent to the team.</source>
        <translation>{count} wijziging(en) waren nog niet naar het team verstuurd.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>Someone else changed the same field before your change reached the server. Both values are kept. Keep one of them, or merge them into one text, and press the button: the team then sees that value.</source>
        <translation>Iemand anders wijzigde hetzelfde veld voordat jouw wijziging de server bereikte. Beide waarden zijn bewaard. Houd er één van, of voeg ze samen tot één tekst, en druk op de knop: het team ziet dan die waarde.</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Openstaande conflicten</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>Deze waarde houden</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Samengevoegde tekst</translation>
    </message>
    <message>
        <source>Keep the merged text</source>
        <translation>Samengevoegde tekst houden</translation>
    </message>
    <message>
        <source>There are no open conflicts.</source>
        <translation>Er zijn geen openstaande conflicten.</translation>
    </message>
    <message>
        <source>deleted while a colleague had the dossier along</source>
        <translation>verwijderd terwijl een collega het dossier had meegenomen</translation>
    </message>
    <message>
        <source>you</source>
        <translation>jou</translation>
    </message>
    <message>
        <source>on the team server now</source>
        <translation>nu op de teamserver</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>door %1</translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <translation>door %1 op %2</translation>
    </message>
    <message>
        <source>On the team server</source>
        <translation>Op de teamserver</translation>
    </message>
    <message>
        <source>The record is kept.</source>
        <translation>Het gegeven blijft bestaan.</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Jouw wijziging</translation>
    </message>
    <message>
        <source>The change sent</source>
        <translation>De verstuurde wijziging</translation>
    </message>
    <message>
        <source>The record is deleted.</source>
        <translation>Het gegeven wordt verwijderd.</translation>
    </message>
    <message>
        <source>Both texts are put together below; change it until it is right.</source>
        <translation>Hieronder staan beide teksten samen; pas de tekst aan tot hij klopt.</translation>
    </message>
    <message>
        <source>This field is not a text: keep one of the two values.</source>
        <translation>Dit veld is geen tekst: houd een van de twee waarden.</translation>
    </message>
</context>
<context>
    <name>ConversationHeaderForm</name>
    <message>
        <source>The date of the request for support: it starts the 6-week term.</source>
        <translation>De datum van de melding (de hulpvraag): hiermee begint de termijn van 6 weken.</translation>
    </message>
    <message>
        <source>What the resident asks, in their own words</source>
        <translation>Wat de inwoner vraagt, in eigen woorden</translation>
    </message>
    <message>
        <source>name (optional)</source>
        <translation>naam (optioneel)</translation>
    </message>
    <message>
        <source>Name of %1</source>
        <translation>Naam van %1</translation>
    </message>
    <message>
        <source>The date of the application (aanvraag): the decision must follow within 2 weeks.</source>
        <translation>De datum van de aanvraag: het besluit volgt binnen 2 weken.</translation>
    </message>
    <message>
        <source>The day the written report of the investigation was made final and given to the resident.</source>
        <translation>De dag waarop het verslag van het onderzoek definitief is gemaakt en aan de inwoner is gegeven.</translation>
    </message>
    <message>
        <source>Legal terms</source>
        <translation>Wettelijke termijnen</translation>
    </message>
    <message>
        <source>Date of the conversation</source>
        <translation>Datum van het gesprek</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Date of the request (melding)</source>
        <translation>Datum van de melding</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Question of the resident</source>
        <translation>Vraag van de inwoner</translation>
    </message>
    <message>
        <source>Report made final on</source>
        <translation>Verslag definitief op</translation>
    </message>
    <message>
        <source>Date of the application</source>
        <translation>Datum van de aanvraag</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Datum van het besluit</translation>
    </message>
    <message>
        <source>Enter the date of the request to see the terms.</source>
        <translation>Vul de datum van de melding in om de termijnen te zien.</translation>
    </message>
</context>
<context>
    <name>ConversationNav</name>
    <message>
        <source>Parts of the conversation and life domains</source>
        <translation>Onderdelen van het gesprek en leefgebieden</translation>
    </message>
    <message>
        <source>no level</source>
        <translation>geen niveau</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <source>← Dossier</source>
        <translation>← Dossier</translation>
    </message>
    <message>
        <source>Back to the dossier (Alt+Left)</source>
        <translation>Terug naar het dossier (Alt+pijl-links)</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Opslagstatus</translation>
    </message>
    <message>
        <source>Conversation with %1 on %2</source>
        <translation>Gesprek met %1 op %2</translation>
    </message>
    <message>
        <source>Conversation details</source>
        <translation>Gespreksgegevens</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Route and plan</source>
        <translation>Route en plan</translation>
    </message>
    <message>
        <source>Investigation and report</source>
        <translation>Onderzoek en verslag</translation>
    </message>
    <message>
        <source>Not saved: %1 is not a real date (dd-mm-yyyy).</source>
        <translation>Niet opgeslagen: %1 is geen bestaande datum (dd-mm-jjjj).</translation>
    </message>
    <message>
        <source>Signals and weighing (%1 open)</source>
        <translation>Signalen en weging (%1 open)</translation>
    </message>
    <message>
        <source>Signals and weighing</source>
        <translation>Signalen en weging</translation>
    </message>
</context>
<context>
    <name>ConversationStartDialog</name>
    <message>
        <source>New conversation with %1</source>
        <translation>Nieuw gesprek met %1</translation>
    </message>
    <message>
        <source>A broad-view conversation looks at all %1 life domains of the checklist “%2”, whatever the first question was.</source>
        <translation>In een gesprek met brede uitvraag kijk je naar alle %1 leefgebieden van de checklist “%2”, wat de eerste vraag ook was.</translation>
    </message>
    <message>
        <source>Start conversation</source>
        <translation>Gesprek starten</translation>
    </message>
    <message>
        <source>Date of the request (melding): enter a real date as dd-mm-yyyy.</source>
        <translation>Datum van de melding: vul een bestaande datum in als dd-mm-jjjj.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Discard changes</source>
        <translation>Wijzigingen weggooien</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>Wat je hebt ingevuld weggooien?</translation>
    </message>
</context>
<context>
    <name>DomainEditor</name>
    <message>
        <source>Discussed</source>
        <translation>Besproken</translation>
    </message>
    <message>
        <source>Not discussed</source>
        <translation>Niet besproken</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <source>Why not discussed?</source>
        <translation>Waarom niet besproken?</translation>
    </message>
    <message>
        <source>Why not discussed</source>
        <translation>Waarom niet besproken</translation>
    </message>
    <message>
        <source>Discussed?</source>
        <translation>Besproken?</translation>
    </message>
    <message>
        <source>No level yet</source>
        <translation>Nog geen niveau</translation>
    </message>
    <message>
        <source>Self-reliance level</source>
        <translation>Niveau van zelfredzaamheid</translation>
    </message>
    <message>
        <source>What the resident says, in their own words</source>
        <translation>Wat de inwoner zegt, in eigen woorden</translation>
    </message>
    <message>
        <source>Resident&apos;s own words</source>
        <translation>Eigen woorden van de inwoner</translation>
    </message>
    <message>
        <source>What goes well, what the resident can do</source>
        <translation>Wat goed gaat, wat de inwoner zelf kan</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Sterke kanten</translation>
    </message>
    <message>
        <source>What the resident wants to change or keep</source>
        <translation>Wat de inwoner wil veranderen of houden</translation>
    </message>
    <message>
        <source>What the resident wants</source>
        <translation>Wat de inwoner wil</translation>
    </message>
    <message>
        <source>Your professional notes</source>
        <translation>Je aantekeningen als professional</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <source>The resident themself</source>
        <translation>De inwoner zelf</translation>
    </message>
    <message>
        <source>Network (family, friends, neighbours)</source>
        <translation>Netwerk (familie, vrienden, buren)</translation>
    </message>
    <message>
        <source>Professional help</source>
        <translation>Professionele hulp</translation>
    </message>
    <message>
        <source>The resident wants to talk about this</source>
        <translation>De inwoner wil hierover praten</translation>
    </message>
    <message>
        <source>Expected duration of the need</source>
        <translation>Verwachte duur van de ondersteuningsbehoefte</translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation>In eigen woorden</translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation>Wensen</translation>
    </message>
    <message>
        <source>Who helps now</source>
        <translation>Wie helpt nu</translation>
    </message>
    <message>
        <source>Informal carer&apos;s own words</source>
        <translation>Eigen woorden van de mantelzorger</translation>
    </message>
    <message>
        <source>The carer&apos;s own words</source>
        <translation>Mantelzorger zelf</translation>
    </message>
    <message>
        <source>What the informal carer says about their own situation and what they need, in their own words</source>
        <translation>Wat de mantelzorger zelf zegt over de eigen situatie en wat die nodig heeft, in eigen woorden</translation>
    </message>
    <message>
        <source>Expected duration</source>
        <translation>Verwachte duur</translation>
    </message>
    <message>
        <source>‹ Previous domain</source>
        <translation>‹ Vorig leefgebied</translation>
    </message>
    <message>
        <source>Ctrl+Page Up</source>
        <translation>Ctrl+Page Up</translation>
    </message>
    <message>
        <source>Next domain ›</source>
        <translation>Volgend leefgebied ›</translation>
    </message>
    <message>
        <source>Ctrl+Page Down</source>
        <translation>Ctrl+Page Down</translation>
    </message>
    <message>
        <source>Follow the reporting code…</source>
        <translation>Meldcode volgen…</translation>
    </message>
    <message>
        <source>The five steps of the reporting code for domestic violence and child abuse. The record is restricted: it is shown only there.</source>
        <translation>De vijf stappen van de meldcode huiselijk geweld en kindermishandeling. Wat je daar vastlegt, is afgeschermd: het is alleen daar te zien.</translation>
    </message>
    <message>
        <source>not discussed</source>
        <translation>niet besproken</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <source>no level</source>
        <translation>geen niveau</translation>
    </message>
    <message>
        <source>Previous conversation (%1): %2</source>
        <translation>Vorig gesprek (%1): %2</translation>
    </message>
    <message>
        <source>This domain is not in the current checklist; what was recorded is shown.</source>
        <translation>Dit leefgebied staat niet in de huidige checklist. Je ziet wat er is vastgelegd.</translation>
    </message>
    <message>
        <source>Conversation prompts</source>
        <translation>Gespreksvragen</translation>
    </message>
</context>
<context>
    <name>DomainOverview</name>
    <message>
        <source>Overview of all life domains</source>
        <translation>Overzicht van alle leefgebieden</translation>
    </message>
    <message>
        <source>Domains discussed</source>
        <translation>Besproken leefgebieden</translation>
    </message>
    <message>
        <source>not discussed</source>
        <translation>niet besproken</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <source>(%1 was %2)</source>
        <translation>(%1 was %2)</translation>
    </message>
    <message>
        <source>discussed, no level</source>
        <translation>besproken, geen niveau</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>nog open</translation>
    </message>
    <message>
        <source>wants to talk</source>
        <translation>wil erover praten</translation>
    </message>
    <message>
        <source>%1 of %2 domains handled</source>
        <translation>%1 van %2 leefgebieden behandeld</translation>
    </message>
    <message>
        <source>Concerns (level 1-2): %1</source>
        <translation>Zorgen (niveau 1-2): %1</translation>
    </message>
    <message>
        <source>No domain has level 1 or 2 yet.</source>
        <translation>Nog geen leefgebied met niveau 1 of 2.</translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <source>← Caseload</source>
        <translation>← Caseload</translation>
    </message>
    <message>
        <source>Back to the caseload (Alt+Left)</source>
        <translation>Terug naar de caseload (Alt+pijl-links)</translation>
    </message>
    <message>
        <source>Change details…</source>
        <translation>Gegevens wijzigen…</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Who has seen this…</source>
        <translation>Wie heeft dit ingezien…</translation>
    </message>
    <message>
        <source>Changes to the details…</source>
        <translation>Wijzigingen in de gegevens…</translation>
    </message>
    <message>
        <source>Access request (everything stored)…</source>
        <translation>Inzageverzoek (alles wat is vastgelegd)…</translation>
    </message>
    <message>
        <source>Close dossier…</source>
        <translation>Dossier afsluiten…</translation>
    </message>
    <message>
        <source>Reopen dossier</source>
        <translation>Dossier heropenen</translation>
    </message>
    <message>
        <source>Erase dossier…</source>
        <translation>Dossier verwijderen…</translation>
    </message>
    <message>
        <source>Read only (emergency access) until 23:59 — ask the coordinator to involve you</source>
        <translation>Alleen lezen (noodtoegang) tot 23:59 — vraag de regisseur om je te betrekken</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Domains handled</source>
        <translation>Behandelde leefgebieden</translation>
    </message>
    <message>
        <source>Question of the resident</source>
        <translation>Vraag van de inwoner</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>New conversation…</source>
        <translation>Nieuw gesprek…</translation>
    </message>
    <message>
        <source>Start a broad-view conversation (Ctrl+Shift+N)</source>
        <translation>Gesprek met brede uitvraag starten (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Gesprek openen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Closed on %1, kept until %2</source>
        <translation>Afgesloten op %1, bewaren tot %2</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase dossier</source>
        <translation>Dossier verwijderen</translation>
    </message>
    <message>
        <source>The dossier of %1 is removed for good: details, household, conversations, plans and reports. This cannot be undone. The access log keeps that it was erased and why, without the name.</source>
        <translation>Het dossier van %1 wordt definitief verwijderd: gegevens, huishouden, gesprekken, plannen en verslagen. Dit kan niet ongedaan worden gemaakt. Het toegangslog houdt bij dat het is verwijderd en waarom, zonder de naam.</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>Ik begrijp dat dit niet ongedaan kan worden gemaakt</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong that Toegang Desktop did not expect (%1).

Your data is safe: everything is saved automatically within a second of each change, and saving goes on. Only the very last change may be missing; check it. You can go on working.

If this happens again, tell your application manager and give them the log file:
%2</source>
        <translation>Er ging iets mis dat Toegang Desktop niet verwachtte (%1).

Je gegevens zijn veilig: alles wordt binnen een seconde na elke wijziging automatisch opgeslagen, en dat gaat gewoon door. Alleen de allerlaatste wijziging kan ontbreken; controleer die. Je kunt verder werken.

Gebeurt dit vaker, meld het dan bij je applicatiebeheerder en geef het logbestand mee:
%2</translation>
    </message>
</context>
<context>
    <name>ExternalChanges</name>
    <message>
        <source>This dossier was changed elsewhere (by the team, another program or the command line). What you type here is kept; go back to the dossier to see the changes.</source>
        <translation>Dit dossier is elders gewijzigd (door het team, een ander programma of via de opdrachtregel). Wat je hier typt, blijft bewaard; ga terug naar het dossier om de wijzigingen te zien.</translation>
    </message>
    <message>
        <source>The dossier that was open was removed elsewhere (by the team, another program or the command line).</source>
        <translation>Het dossier dat open stond, is elders verwijderd (door het team, een ander programma of via de opdrachtregel).</translation>
    </message>
    <message>
        <source>This dossier was changed elsewhere (by the team, another program or the command line); the changes are shown.</source>
        <translation>Dit dossier is elders gewijzigd (door het team, een ander programma of via de opdrachtregel); de wijzigingen staan nu op het scherm.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlancePanel</name>
    <message>
        <source>What runs now</source>
        <translation>Wat er nu loopt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Open agreements</source>
        <translation>Open afspraken</translation>
    </message>
    <message>
        <source>Levels per life domain</source>
        <translation>Niveaus per leefgebied</translation>
    </message>
    <message>
        <source>No conversation yet, so no plan.</source>
        <translation>Nog geen gesprek, dus nog geen plan.</translation>
    </message>
    <message>
        <source>Coordinator: %1</source>
        <translation>Regisseur: %1</translation>
    </message>
    <message>
        <source>Route: %1</source>
        <translation>Route: %1</translation>
    </message>
    <message>
        <source>Evaluation: %1</source>
        <translation>Evaluatie: %1</translation>
    </message>
    <message>
        <source>Next legal term: %1 on %2 (%3)</source>
        <translation>Volgende wettelijke termijn: %1 op %2 (%3)</translation>
    </message>
    <message>
        <source>Next legal term: none open.</source>
        <translation>Volgende wettelijke termijn: geen open termijn.</translation>
    </message>
    <message>
        <source>Signals still to weigh: %1</source>
        <translation>Signalen nog te wegen: %1</translation>
    </message>
    <message>
        <source>Signals still to weigh: none.</source>
        <translation>Signalen nog te wegen: geen.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>%1 – overdue</source>
        <translation>%1 – te laat</translation>
    </message>
</context>
<context>
    <name>HandoverAnswerDialog</name>
    <message>
        <source>Handover of %1</source>
        <translation>Overdracht van %1</translation>
    </message>
    <message>
        <source>%1 proposes that you become the coordinator of %2 (%3).</source>
        <translation>%1 stelt voor dat jij de regisseur van %2 wordt (%3).</translation>
    </message>
    <message>
        <source>What runs</source>
        <translation>Wat loopt er</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Wat is afgesproken</translation>
    </message>
    <message>
        <source>What to watch</source>
        <translation>Waar op letten</translation>
    </message>
    <message>
        <source>Why you decline</source>
        <translation>Waarom je afwijst</translation>
    </message>
    <message>
        <source>Only when you decline: why</source>
        <translation>Alleen als je afwijst: waarom</translation>
    </message>
    <message>
        <source>Reason to decline</source>
        <translation>Reden om af te wijzen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepteren</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Afwijzen</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Propose a handover</source>
        <translation>Overdracht voorstellen</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Voorstellen</translation>
    </message>
    <message>
        <source>New coordinator</source>
        <translation>Nieuwe regisseur</translation>
    </message>
    <message>
        <source>What runs</source>
        <translation>Wat loopt er</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Wat is afgesproken</translation>
    </message>
    <message>
        <source>What to watch</source>
        <translation>Waar op letten</translation>
    </message>
    <message>
        <source>%1: the colleague reads this note and accepts or declines. Only when they accept do they become the coordinator; until then you stay it.</source>
        <translation>%1: de collega leest deze overdracht en accepteert of wijst af. Pas als de collega accepteert, wordt die de regisseur; tot dan blijf jij het.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>%1 manual</source>
        <translation>Handleiding %1</translation>
    </message>
    <message>
        <source>Search in the manual</source>
        <translation>Zoeken in de handleiding</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Vol&amp;gende</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
</context>
<context>
    <name>Household</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Other adult</source>
        <translation>Andere volwassene</translation>
    </message>
</context>
<context>
    <name>HouseholdEditor</name>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>First name(s)</source>
        <translation>Voornaam/voornamen</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>No household members recorded.</source>
        <translation>Geen huisgenoten vastgelegd.</translation>
    </message>
    <message>
        <source>Add household member</source>
        <translation>Huisgenoot toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Household member %1: %2</source>
        <translation>Huisgenoot %1: %2</translation>
    </message>
    <message>
        <source>Remove this household member</source>
        <translation>Deze huisgenoot verwijderen</translation>
    </message>
</context>
<context>
    <name>InvestigationPanel</name>
    <message>
        <source>What is missing before the report can be final</source>
        <translation>Wat nog ontbreekt voordat het verslag definitief kan worden</translation>
    </message>
    <message>
        <source>Make the report final</source>
        <translation>Verslag definitief maken</translation>
    </message>
    <message>
        <source>Reopen the report…</source>
        <translation>Verslag heropenen…</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Onderzoek</translation>
    </message>
    <message>
        <source>The investigation finishes within 6 weeks of the request (melding). Record for each topic whether it was covered, or why it does not apply; then make the report final. The resident receives the report.</source>
        <translation>Het onderzoek is binnen 6 weken na de melding klaar. Leg per onderwerp vast of het is behandeld, of waarom het niet van toepassing is. Maak daarna het verslag definitief. De inwoner krijgt het verslag.</translation>
    </message>
    <message>
        <source>%1 of %2 topics handled.</source>
        <translation>%1 van %2 onderwerpen afgehandeld.</translation>
    </message>
    <message>
        <source>The report was made final on %1. Reopen it to change the investigation.</source>
        <translation>Het verslag is op %1 definitief gemaakt. Heropen het om het onderzoek te wijzigen.</translation>
    </message>
    <message>
        <source>Not saved yet; your input stays on screen and saving is retried automatically. %1</source>
        <translation>Nog niet opgeslagen. Wat je hebt ingevuld, blijft op het scherm staan; opslaan wordt automatisch opnieuw geprobeerd. %1</translation>
    </message>
    <message>
        <source>Reopen the report</source>
        <translation>Verslag heropenen</translation>
    </message>
    <message>
        <source>Reopen the report? It is no longer final, and the investigation term runs again until you make it final anew.</source>
        <translation>Het verslag heropenen? Het is dan niet meer definitief, en de termijn van het onderzoek loopt weer tot je het opnieuw definitief maakt.</translation>
    </message>
</context>
<context>
    <name>InvolveDialog</name>
    <message>
        <source>Involve a colleague</source>
        <translation>Collega betrekken</translation>
    </message>
    <message>
        <source>Involve</source>
        <translation>Betrekken</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Collega</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>For example: help with the debts</source>
        <translation>Bijvoorbeeld: hulp bij de schulden</translation>
    </message>
    <message>
        <source>Involved until (optional)</source>
        <translation>Betrokken tot (niet verplicht)</translation>
    </message>
    <message>
        <source>Until (optional)</source>
        <translation>Tot (niet verplicht)</translation>
    </message>
    <message>
        <source>%1: the colleague gets the whole dossier on their laptop, until the date you give (or until you end it).</source>
        <translation>%1: de collega krijgt het hele dossier op de laptop, tot de datum die je opgeeft (of tot je het beëindigt).</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a team</source>
        <translation>Aansluiten bij een team</translation>
    </message>
    <message>
        <source>&lt;p&gt;Joining makes this laptop part of your team&apos;s server. What goes up: the dossiers on this laptop (once now, then every change), and the access log. Colleagues see your residents on the team list (name, date of birth, coordinator, next legal term); the full dossier only who coordinates it or is involved.&lt;/p&gt;&lt;p&gt;What the laptop keeps: the full dossiers you coordinate or are involved in, and the team list to find residents. It keeps working without network; changes go up at the next update.&lt;/p&gt;&lt;p&gt;Your password is asked now and not kept in the settings; the connection details are kept encrypted in the data file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Door aan te sluiten wordt deze laptop deel van de server van je team. Wat er naar de server gaat: de dossiers op deze laptop (nu één keer, daarna elke wijziging) en het toegangslogboek. Collega&apos;s zien jouw inwoners op de teamlijst (naam, geboortedatum, regisseur, volgende wettelijke termijn); het volledige dossier ziet alleen wie regisseur is of betrokken is.&lt;/p&gt;&lt;p&gt;Wat de laptop houdt: de volledige dossiers waarvan je regisseur bent of waarbij je betrokken bent, en de teamlijst om inwoners te vinden. Hij werkt door zonder netwerk; wijzigingen gaan mee bij de volgende keer bijwerken.&lt;/p&gt;&lt;p&gt;Je wachtwoord wordt nu gevraagd en niet in de instellingen bewaard; de verbindingsgegevens worden versleuteld in het gegevensbestand bewaard.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. team.gemeente.nl</source>
        <translation>bijv. team.gemeente.nl</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>The municipality&apos;s CA certificate</source>
        <translation>Het CA-certificaat van de gemeente</translation>
    </message>
    <message>
        <source>file ending in .pem or .crt</source>
        <translation>bestand dat eindigt op .pem of .crt</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-certificaat</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Aansluiten</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Verder werken</translation>
    </message>
    <message>
        <source>Hide this window; the upload goes on and the summary shows when it is done.</source>
        <translation>Dit venster verbergen; het versturen gaat door en de samenvatting verschijnt als het klaar is.</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>This file is not a certificate (or cannot be read). Choose the CA file your application manager gave you (PEM, usually ending in .pem or .crt).</source>
        <translation>Dit bestand is geen certificaat (of kan niet gelezen worden). Kies het CA-bestand dat je van je applicatiebeheerder kreeg (PEM, meestal eindigend op .pem of .crt).</translation>
    </message>
    <message>
        <source>Issued to: %1. Issued by: %2.</source>
        <translation>Uitgegeven aan: %1. Uitgegeven door: %2.</translation>
    </message>
    <message>
        <source>Expired on %1: ask your application manager for the new one.</source>
        <translation>Verlopen op %1: vraag je applicatiebeheerder om het nieuwe.</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Geldig tot %1.</translation>
    </message>
    <message>
        <source>Type the server&apos;s name (as your application manager gave it, e.g. team.gemeente.nl).</source>
        <translation>Typ de naam van de server (zoals je applicatiebeheerder die gaf, bijv. team.gemeente.nl).</translation>
    </message>
    <message>
        <source>The server&apos;s name can hold letters, digits, dots and dashes only (no http:// or spaces).</source>
        <translation>De naam van de server bevat alleen letters, cijfers, punten en streepjes (geen http:// en geen spaties).</translation>
    </message>
    <message>
        <source>Type the database&apos;s name (usually toegang).</source>
        <translation>Typ de naam van de database (meestal toegang).</translation>
    </message>
    <message>
        <source>Type your user name for the team server.</source>
        <translation>Typ je gebruikersnaam voor de teamserver.</translation>
    </message>
    <message>
        <source>Type your password for the team server.</source>
        <translation>Typ je wachtwoord voor de teamserver.</translation>
    </message>
    <message>
        <source>The chosen file is not a certificate. Choose the CA file your application manager gave you.</source>
        <translation>Het gekozen bestand is geen certificaat. Kies het CA-bestand dat je van je applicatiebeheerder kreeg.</translation>
    </message>
    <message>
        <source>Choose the municipality&apos;s CA certificate: with it the laptop checks that it talks to your team&apos;s own server.</source>
        <translation>Kies het CA-certificaat van de gemeente: daarmee controleert de laptop dat hij met de eigen server van je team praat.</translation>
    </message>
    <message>
        <source>The chosen certificate has expired. Ask your application manager for the new one.</source>
        <translation>Het gekozen certificaat is verlopen. Vraag je applicatiebeheerder om het nieuwe.</translation>
    </message>
    <message>
        <source>Connecting to the team server…</source>
        <translation>Verbinden met de teamserver…</translation>
    </message>
    <message>
        <source>Sending the dossiers on this laptop to the team (%1 of %2)…</source>
        <translation>De dossiers op deze laptop gaan naar het team (%1 van %2)…</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v van %m</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Joined team %1</source>
        <translation>Aangesloten bij team %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent up: %n dossier(s)</source>
        <translation>
            <numerusform>Verstuurd: %n dossier</numerusform>
            <numerusform>Verstuurd: %n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in all.</source>
        <translation>
            <numerusform>%n gegeven in totaal.</numerusform>
            <numerusform>%n gegevens in totaal.</numerusform>
        </translation>
    </message>
    <message>
        <source>From now on your changes go up and the team&apos;s changes come in every few minutes, and when you press F5. The status bar shows where it stands.</source>
        <translation>Voortaan gaan je wijzigingen om de paar minuten naar de server en komen de wijzigingen van het team binnen, en ook als je op F5 drukt. De statusbalk laat zien hoe het ervoor staat.</translation>
    </message>
</context>
<context>
    <name>JournalEntryDialog</name>
    <message>
        <source>Correct a contact</source>
        <translation>Contact corrigeren</translation>
    </message>
    <message>
        <source>New contact in the journal</source>
        <translation>Nieuw contact in het journaal</translation>
    </message>
    <message>
        <source>Date of the contact</source>
        <translation>Datum van het contact</translation>
    </message>
    <message>
        <source>Time of the contact</source>
        <translation>Tijd van het contact</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Soort contact</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Met wie</translation>
    </message>
    <message>
        <source>e.g. the resident, the GP, the housing corporation</source>
        <translation>bijv. de inwoner, de huisarts, de woningcorporatie</translation>
    </message>
    <message>
        <source>Note, required</source>
        <translation>Notitie, verplicht</translation>
    </message>
    <message>
        <source>What was it about, what was agreed?</source>
        <translation>Waar ging het over, wat is afgesproken?</translation>
    </message>
    <message>
        <source>Include in the report for the resident</source>
        <translation>Opnemen in het verslag voor de inwoner</translation>
    </message>
    <message>
        <source>When*</source>
        <translation>Wanneer*</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Note*</source>
        <translation>Notitie*</translation>
    </message>
    <message>
        <source>Life domains it concerns (optional)</source>
        <translation>Over welke levensdomeinen (niet verplicht)</translation>
    </message>
    <message>
        <source>Life domain: %1</source>
        <translation>Levensdomein: %1</translation>
    </message>
    <message>
        <source>Agreements it concerns (optional)</source>
        <translation>Over welke afspraken (niet verplicht)</translation>
    </message>
    <message>
        <source>Agreement: %1</source>
        <translation>Afspraak: %1</translation>
    </message>
    <message>
        <source>This dossier has no agreements yet.</source>
        <translation>Dit dossier heeft nog geen afspraken.</translation>
    </message>
    <message>
        <source>You are correcting the contact of %1 (%2, written by %3):</source>
        <translation>Je corrigeert het contact van %1 (%2, geschreven door %3):</translation>
    </message>
    <message>
        <source>That text stays in the journal, marked as corrected.</source>
        <translation>Die tekst blijft in het journaal staan, gemarkeerd als gecorrigeerd.</translation>
    </message>
    <message>
        <source>Date of the contact: enter a real date as dd-mm-yyyy.</source>
        <translation>Datum van het contact: vul een bestaande datum in als dd-mm-jjjj.</translation>
    </message>
</context>
<context>
    <name>JournalPanel</name>
    <message>
        <source>Journal (contacts between conversations)</source>
        <translation>Journaal (contactmomenten tussen de gesprekken)</translation>
    </message>
    <message>
        <source>Search the journal…</source>
        <translation>Zoeken in het journaal…</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Zoeken in het journaal</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Nieuw contact…</translation>
    </message>
    <message>
        <source>Write down a contact: now, by phone (Ctrl+J)</source>
        <translation>Een contact vastleggen: nu, telefonisch (Ctrl+J)</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Corrigeren…</translation>
    </message>
    <message>
        <source>Write a correction; the earlier text stays, marked as corrected</source>
        <translation>Een correctie schrijven; de eerdere tekst blijft staan, gemarkeerd als gecorrigeerd</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Met wie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Geschreven door</translation>
    </message>
    <message>
        <source>For resident</source>
        <translation>Voor inwoner</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journaal</translation>
    </message>
    <message>
        <source>The chosen contact</source>
        <translation>Het gekozen contact</translation>
    </message>
    <message>
        <source>Include this contact in the report for the resident</source>
        <translation>Dit contact opnemen in het verslag voor de inwoner</translation>
    </message>
    <message>
        <source>The journal stays out of the resident&apos;s report unless you tick a contact here</source>
        <translation>Het journaal staat niet in het verslag voor de inwoner, behalve de contacten die je hier aanvinkt</translation>
    </message>
    <message>
        <source>[corrected] %1</source>
        <translation>[gecorrigeerd] %1</translation>
    </message>
    <message>
        <source>[correction] %1</source>
        <translation>[correctie] %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>%1 of %2 contacts</source>
        <translation>%1 van %2 contacten</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 contacten</translation>
    </message>
    <message>
        <source>No contacts written down yet.</source>
        <translation>Nog geen contacten vastgelegd.</translation>
    </message>
    <message>
        <source>No contact matches the search.</source>
        <translation>Geen contact past bij de zoekopdracht.</translation>
    </message>
    <message>
        <source>%1, %2 with %3</source>
        <translation>%1, %2 met %3</translation>
    </message>
    <message>
        <source>Life domains: %1</source>
        <translation>Levensdomeinen: %1</translation>
    </message>
    <message>
        <source>Agreements: %1</source>
        <translation>Afspraken: %1</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(verwijderd)</translation>
    </message>
    <message>
        <source>Written by %1 on %2</source>
        <translation>Geschreven door %1 op %2</translation>
    </message>
    <message>
        <source>Corrected by %1:</source>
        <translation>Gecorrigeerd door %1:</translation>
    </message>
    <message>
        <source>see the correction of %1</source>
        <translation>zie de correctie van %1</translation>
    </message>
    <message>
        <source>This corrects:</source>
        <translation>Dit corrigeert:</translation>
    </message>
    <message>
        <source>the contact of %1</source>
        <translation>het contact van %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>At home</source>
        <translation>Thuis</translation>
    </message>
    <message>
        <source>At the office</source>
        <translation>Op kantoor</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Telefonisch</translation>
    </message>
    <message>
        <source>By video call</source>
        <translation>Via videobellen</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Inwoner</translation>
    </message>
    <message>
        <source>Informal carer</source>
        <translation>Mantelzorger</translation>
    </message>
    <message>
        <source>Client supporter</source>
        <translation>Cliëntondersteuner</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>Nog niet bekend</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Tijdelijk</translation>
    </message>
    <message>
        <source>Long-term</source>
        <translation>Langdurig</translation>
    </message>
    <message>
        <source>Lifelong</source>
        <translation>Levenslang</translation>
    </message>
    <message>
        <source>Possible mild intellectual disability (LVB)</source>
        <translation>Mogelijk licht verstandelijke beperking (LVB)</translation>
    </message>
    <message>
        <source>Chronic illness or disability</source>
        <translation>Chronische ziekte of beperking</translation>
    </message>
    <message>
        <source>Possible dementia</source>
        <translation>Mogelijk dementie</translation>
    </message>
    <message>
        <source>Possible psychiatric condition</source>
        <translation>Mogelijk psychiatrische aandoening</translation>
    </message>
    <message>
        <source>Acute</source>
        <translation>Acuut</translation>
    </message>
    <message>
        <source>Life-wide</source>
        <translation>Levensbreed</translation>
    </message>
    <message>
        <source>Across a wall between laws</source>
        <translation>Over de schotten tussen wetten heen</translation>
    </message>
    <message>
        <source>No help around</source>
        <translation>Geen hulp in de buurt</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Nog niet gevraagd</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Deels</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Not yet offered</source>
        <translation>Nog niet aangeboden</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Aangeboden</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aangenomen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afgeslagen</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworpen</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Vastgelegd: %1</translation>
    </message>
    <message>
        <source>In the household: %1 (%2)</source>
        <translation>In het huishouden: %1 (%2)</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <source>wants to talk about it</source>
        <translation>wil erover praten</translation>
    </message>
    <message>
        <source>Personal plan (7 days)</source>
        <translation>Persoonlijk plan (7 dagen)</translation>
    </message>
    <message>
        <source>Investigation finished (6 weeks)</source>
        <translation>Onderzoek afgerond (6 weken)</translation>
    </message>
    <message>
        <source>Decision (2 weeks after the application)</source>
        <translation>Besluit (2 weken na de aanvraag)</translation>
    </message>
    <message>
        <source>period over</source>
        <translation>termijn voorbij</translation>
    </message>
    <message>
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>nog %n dag</numerusform>
            <numerusform>nog %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs, characteristics and preferences</source>
        <translation>Behoeften, persoonskenmerken en voorkeuren</translation>
    </message>
    <message>
        <source>Own strength and usual help from housemates</source>
        <translation>Eigen kracht en gebruikelijke hulp van huisgenoten</translation>
    </message>
    <message>
        <source>Informal care and social network</source>
        <translation>Mantelzorg en sociaal netwerk</translation>
    </message>
    <message>
        <source>Support the informal carer needs</source>
        <translation>Ondersteuning die de mantelzorger nodig heeft</translation>
    </message>
    <message>
        <source>General facilities and social activities</source>
        <translation>Algemene voorzieningen en maatschappelijke activiteiten</translation>
    </message>
    <message>
        <source>Coordination with health care</source>
        <translation>Afstemming met de zorg</translation>
    </message>
    <message>
        <source>What does the resident need, what is their situation, what do they prefer?</source>
        <translation>Wat heeft de inwoner nodig, hoe is de situatie, en wat zijn de voorkeuren?</translation>
    </message>
    <message>
        <source>What can the resident do themselves, and what do housemates usually do?</source>
        <translation>Wat kan de inwoner zelf, en wat doen huisgenoten gewoonlijk?</translation>
    </message>
    <message>
        <source>Who gives informal care, and who else in the network can help?</source>
        <translation>Wie geeft mantelzorg, en wie in het netwerk kan nog meer helpen?</translation>
    </message>
    <message>
        <source>What does the informal carer need to keep it up (e.g. respite care)?</source>
        <translation>Wat heeft de mantelzorger nodig om het vol te houden (bijv. respijtzorg)?</translation>
    </message>
    <message>
        <source>Which general facilities and social activities fit, without an indication?</source>
        <translation>Welke algemene voorzieningen en maatschappelijke activiteiten passen, zonder indicatie?</translation>
    </message>
    <message>
        <source>What is arranged with the GP, POH-GGZ or other health care, and who aligns it?</source>
        <translation>Wat is geregeld met de huisarts, POH-GGZ of andere zorg, en wie stemt het af?</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Behandeld</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Niet van toepassing</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Map and record the signals</source>
        <translation>Signalen in kaart brengen en vastleggen</translation>
    </message>
    <message>
        <source>Consult a colleague and, where needed, Veilig Thuis</source>
        <translation>Een collega raadplegen en zo nodig Veilig Thuis</translation>
    </message>
    <message>
        <source>Talk with the person concerned</source>
        <translation>Gesprek met de betrokkene</translation>
    </message>
    <message>
        <source>Weigh with the assessment framework</source>
        <translation>Wegen met het afwegingskader</translation>
    </message>
    <message>
        <source>Decide: report and/or organise help</source>
        <translation>Beslissen: melden en/of hulp organiseren</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultatie</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Weighing</source>
        <translation>Weging</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Is there a suspicion of domestic violence or child abuse?</source>
        <translation>Is er een vermoeden van huiselijk geweld of kindermishandeling?</translation>
    </message>
    <message>
        <source>Is there acute or structural unsafety?</source>
        <translation>Is er acute of structurele onveiligheid?</translation>
    </message>
    <message>
        <source>Can I offer or organise adequate help?</source>
        <translation>Kan ik passende hulp bieden of organiseren?</translation>
    </message>
    <message>
        <source>Do those involved accept this help?</source>
        <translation>Accepteren de betrokkenen deze hulp?</translation>
    </message>
    <message>
        <source>Does the help bring safety in time?</source>
        <translation>Zorgt de hulp op tijd voor veiligheid?</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Nog geen beslissing</translation>
    </message>
    <message>
        <source>Report to Veilig Thuis</source>
        <translation>Melden bij Veilig Thuis</translation>
    </message>
    <message>
        <source>Organise help (no report)</source>
        <translation>Hulp organiseren (geen melding)</translation>
    </message>
    <message>
        <source>Report to Veilig Thuis and organise help</source>
        <translation>Melden bij Veilig Thuis en hulp organiseren</translation>
    </message>
    <message>
        <source>No further action</source>
        <translation>Geen verdere actie</translation>
    </message>
    <message>
        <source>Work and income</source>
        <translation>Werk en inkomen</translation>
    </message>
    <message>
        <source>Debt help</source>
        <translation>Schuldhulpverlening</translation>
    </message>
    <message>
        <source>Wmo (social support)</source>
        <translation>Wmo (maatschappelijke ondersteuning)</translation>
    </message>
    <message>
        <source>Youth Act (Jeugdwet)</source>
        <translation>Jeugdwet</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Huisarts</translation>
    </message>
    <message>
        <source>POH-GGZ (practice nurse mental health)</source>
        <translation>POH-GGZ (praktijkondersteuner ggz)</translation>
    </message>
    <message>
        <source>Care office (Wlz)</source>
        <translation>Zorgkantoor (Wlz)</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Housing corporation</source>
        <translation>Woningcorporatie</translation>
    </message>
    <message>
        <source>Veilig Thuis</source>
        <translation>Veilig Thuis</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Geen budget</translation>
    </message>
    <message>
        <source>Custom budget (maatwerk)</source>
        <translation>Maatwerkbudget</translation>
    </message>
    <message>
        <source>Bridging budget (until it is clear which law pays)</source>
        <translation>Overbruggingsbudget (tot duidelijk is welke wet betaalt)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Local team</source>
        <translation>Lokaal team</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>You yourself</source>
        <translation>U zelf</translation>
    </message>
    <message>
        <source>Someone around you</source>
        <translation>Iemand uit uw omgeving</translation>
    </message>
    <message>
        <source>The local team</source>
        <translation>Het lokale team</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Huisbezoek</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Consultation with a partner</source>
        <translation>Overleg met een ketenpartner</translation>
    </message>
    <message>
        <source>Message from the resident</source>
        <translation>Bericht van de inwoner</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <source>A rule that blocks help</source>
        <translation>Een regel die hulp blokkeert</translation>
    </message>
    <message>
        <source>A wall between laws</source>
        <translation>Een schot tussen wetten</translation>
    </message>
    <message>
        <source>A missing facility</source>
        <translation>Een ontbrekende voorziening</translation>
    </message>
    <message>
        <source>Unclear information</source>
        <translation>Onduidelijke informatie</translation>
    </message>
    <message>
        <source>A service that cannot be reached</source>
        <translation>Een onbereikbare dienst</translation>
    </message>
    <message>
        <source>Wmo 2015</source>
        <translation>Wmo 2015</translation>
    </message>
    <message>
        <source>Participation Act (Participatiewet)</source>
        <translation>Participatiewet</translation>
    </message>
    <message>
        <source>Health Insurance Act (Zvw)</source>
        <translation>Zorgverzekeringswet (Zvw)</translation>
    </message>
    <message>
        <source>Long-term Care Act (Wlz)</source>
        <translation>Wet langdurige zorg (Wlz)</translation>
    </message>
    <message>
        <source>Municipal Debt Help Act</source>
        <translation>Wet gemeentelijke schuldhulpverlening</translation>
    </message>
    <message>
        <source>Another law or regulation</source>
        <translation>Andere wet of regeling</translation>
    </message>
    <message>
        <source>Loneliness</source>
        <translation>Eenzaamheid</translation>
    </message>
    <message>
        <source>Energy poverty</source>
        <translation>Energiearmoede</translation>
    </message>
    <message>
        <source>Poverty and debt</source>
        <translation>Armoede en schulden</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Wonen</translation>
    </message>
    <message>
        <source>Young people and school</source>
        <translation>Jeugd en school</translation>
    </message>
    <message>
        <source>Safety and nuisance</source>
        <translation>Veiligheid en overlast</translation>
    </message>
    <message>
        <source>Access to care</source>
        <translation>Toegang tot zorg</translation>
    </message>
    <message>
        <source>Transport and accessibility</source>
        <translation>Vervoer en bereikbaarheid</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>The file with the latest changes (%1) was missing when the app started. The data file itself is in order, but changes from shortly before the app was last closed or stopped may be missing. Check the dossiers you worked on last; if something is missing, look under File → Restore from backup.</source>
        <translation>Het bestand met de laatste wijzigingen (%1) ontbrak bij het starten. Het gegevensbestand zelf is in orde, maar wijzigingen van kort voordat de app de vorige keer werd gesloten of stopte, kunnen ontbreken. Kijk de dossiers na waaraan je het laatst hebt gewerkt; ontbreekt er iets, kijk dan bij Bestand → Herstel uit back-up.</translation>
    </message>
    <message>
        <source>Demo data in %1 (fictional, not encrypted)</source>
        <translation>Demogegevens in %1 (fictief, niet versleuteld)</translation>
    </message>
    <message>
        <source>Encrypted data in %1</source>
        <translation>Versleutelde gegevens in %1</translation>
    </message>
    <message>
        <source>Data in %1</source>
        <translation>Gegevens in %1</translation>
    </message>
    <message>
        <source>Toegang Desktop is already open with this data folder, but does not respond. It may be busy with a long task, such as a backup or an import.

Wait a moment and choose Try again. If it keeps not responding, close the other Toegang Desktop window. If that window cannot be closed, end Toegang Desktop (process %2) in the Task Manager and choose Try again: the app then takes over the data folder. Nothing has been changed.

Data folder: %1</source>
        <translation>Toegang Desktop is al geopend met deze gegevensmap, maar reageert niet. Misschien is het bezig met een lange taak, zoals een back-up of een import.

Wacht even en kies Opnieuw proberen. Blijft het niet reageren, sluit dan het andere venster van Toegang Desktop. Lukt dat niet, beëindig Toegang Desktop (proces %2) in Taakbeheer en kies Opnieuw proberen: de app neemt de gegevensmap dan over. Er is niets gewijzigd.

Gegevensmap: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>Learning</name>
    <message>
        <source>a BSN</source>
        <translation>een BSN</translation>
    </message>
    <message>
        <source>a date that may be a date of birth</source>
        <translation>een datum die een geboortedatum kan zijn</translation>
    </message>
    <message>
        <source>a postcode (with house number)</source>
        <translation>een postcode (met huisnummer)</translation>
    </message>
    <message>
        <source>an address</source>
        <translation>een adres</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>een telefoonnummer</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>een e-mailadres</translation>
    </message>
    <message>
        <source>the name of a resident</source>
        <translation>de naam van een inwoner</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>What would have helped</source>
        <translation>Wat had geholpen</translation>
    </message>
    <message>
        <source>Neighbourhood or area</source>
        <translation>Wijk of buurt</translation>
    </message>
    <message>
        <source>What you notice</source>
        <translation>Wat je opvalt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Solved on</source>
        <translation>Opgelost op</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>{field}: {kind}: “{fragment}”</source>
        <translation>{field}: {kind}: “{fragment}”</translation>
    </message>
    <message>
        <source>This text goes into anonymous reports, so it may not contain personal data. Nothing was saved yet. Rewrite it without the marked details (e.g. &apos;a resident&apos;, &apos;a mother of two&apos;, &apos;in the spring&apos;). Is something marked not personal data? Choose &apos;Not personal data&apos; and say why.</source>
        <translation>Deze tekst komt in anonieme rapportages, dus er mogen geen persoonsgegevens in staan. Er is nog niets opgeslagen. Herschrijf de tekst zonder de gemarkeerde gegevens (bijv. &apos;een inwoner&apos;, &apos;een moeder van twee kinderen&apos;, &apos;in het voorjaar&apos;). Is iets gemarkeerd dat geen persoonsgegeven is? Kies &apos;Geen persoonsgegeven&apos; en zeg waarom.</translation>
    </message>
    <message>
        <source>An ordinary word or the name of a thing, not of a person</source>
        <translation>Een gewoon woord of de naam van iets, niet van een persoon</translation>
    </message>
    <message>
        <source>An organisation, facility or place, or its public contact details</source>
        <translation>Een organisatie, voorziening of plek, of haar openbare contactgegevens</translation>
    </message>
    <message>
        <source>The date of an event, not a date of birth</source>
        <translation>De datum van een gebeurtenis, geen geboortedatum</translation>
    </message>
    <message>
        <source>Something else that identifies no resident</source>
        <translation>Iets anders waaraan geen inwoner te herkennen is</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Herschrijven</translation>
    </message>
    <message>
        <source>Go to the first marked detail in the text to rewrite it</source>
        <translation>Ga naar het eerste gemarkeerde gegeven in de tekst om het te herschrijven</translation>
    </message>
    <message>
        <source>Not personal data…</source>
        <translation>Geen persoonsgegeven…</translation>
    </message>
    <message>
        <source>Confirm that a marked detail is not personal data, with a reason</source>
        <translation>Bevestig met een reden dat een gemarkeerd gegeven geen persoonsgegeven is</translation>
    </message>
    <message>
        <source>Choose for each marked detail why it is not personal data. The reason is recorded in the access log (not the text). Rewriting is always the safer way.</source>
        <translation>Kies bij elk gemarkeerd gegeven waarom het geen persoonsgegeven is. De reden komt in het toegangslog (de tekst niet). Herschrijven is altijd de veiligste weg.</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Kies een reden…</translation>
    </message>
    <message>
        <source>Save: not personal data</source>
        <translation>Opslaan: geen persoonsgegevens</translation>
    </message>
    <message>
        <source>“{fragment}” ({kind})</source>
        <translation>“{fragment}” ({kind})</translation>
    </message>
    <message>
        <source>What the personal-data check found</source>
        <translation>Wat de controle op persoonsgegevens vond</translation>
    </message>
    <message>
        <source>personal-data check: not personal data confirmed ({kind}; {reason})</source>
        <translation>controle op persoonsgegevens: bevestigd als geen persoonsgegeven ({kind}; {reason})</translation>
    </message>
    <message>
        <source>The file {path} is not an aggregate file of Toegang Desktop. Choose the file that &apos;Export aggregate file&apos; wrote.</source>
        <translation>Het bestand {path} is geen aggregaatbestand van Toegang Desktop. Kies het bestand dat met &apos;Aggregaatbestand exporteren&apos; is gemaakt.</translation>
    </message>
    <message>
        <source>The file {path} was made by a newer version of Toegang Desktop. Update this version, or ask for the file from the same version.</source>
        <translation>Het bestand {path} is gemaakt met een nieuwere versie van Toegang Desktop. Werk deze versie bij, of vraag om een bestand uit dezelfde versie.</translation>
    </message>
    <message>
        <source>The file {path} is damaged or was changed by hand: its numbers cannot be read. Ask for the file to be exported again.</source>
        <translation>Het bestand {path} is beschadigd of met de hand gewijzigd: de aantallen zijn niet te lezen. Vraag om het bestand opnieuw te exporteren.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read. Check that it exists and that no other program has it open.</source>
        <translation>Het bestand {path} kan niet worden gelezen. Controleer of het bestaat en of geen ander programma het open heeft.</translation>
    </message>
    <message>
        <source>The numbers in the file {path} do not agree with each other (for example more solved bottlenecks than bottlenecks), so it was changed after it was exported. Nothing was merged: ask for the file to be exported again.</source>
        <translation>De aantallen in het bestand {path} kloppen niet met elkaar (bijvoorbeeld meer opgeloste knelpunten dan knelpunten), dus het is na het exporteren veranderd. Er is niets samengevoegd: vraag of het bestand opnieuw wordt geëxporteerd.</translation>
    </message>
    <message>
        <source>The file {path} holds a name of a partner, area, rule or life domain that looks like personal data (an address, a date of birth, a phone number, a BSN or an e-mail address). A team report must not print it, so nothing was merged. Ask the workstation to correct the text in the learning loop and export the file again.</source>
        <translation>Het bestand {path} bevat een naam van een partner, wijk, regel of leefgebied die op een persoonsgegeven lijkt (een adres, geboortedatum, telefoonnummer, BSN of e-mailadres). Een teamrapportage mag dat niet afdrukken, dus er is niets samengevoegd. Vraag de werkplek de tekst in de leerloop te verbeteren en het bestand opnieuw te exporteren.</translation>
    </message>
    <message>
        <source>The file {path} is the same aggregate file as {other} (a copy, perhaps under another name). Merged twice, every number would count double. Choose each file once.</source>
        <translation>Het bestand {path} is hetzelfde aggregaatbestand als {other} (een kopie, misschien onder een andere naam). Twee keer samengevoegd zou elk aantal dubbel tellen. Kies elk bestand één keer.</translation>
    </message>
    <message>
        <source>The files {path} and {other} come from the same workstation. Merged together, its numbers would count double. Choose one file per workstation: the newest.</source>
        <translation>De bestanden {path} en {other} komen van dezelfde werkplek. Samengevoegd zouden de aantallen van die werkplek dubbel tellen. Kies één bestand per werkplek: het nieuwste.</translation>
    </message>
    <message>
        <source>These aggregate files cover different periods. Merge only files of the same period: export them again for one period.</source>
        <translation>Deze aggregaatbestanden gaan over verschillende periodes. Voeg alleen bestanden van dezelfde periode samen: exporteer ze opnieuw voor één periode.</translation>
    </message>
</context>
<context>
    <name>LearningDialog</name>
    <message>
        <source>Learning loop: bottlenecks and neighbourhood signals</source>
        <translation>Leerloop: knelpunten en wijksignalen</translation>
    </message>
    <message>
        <source>Where help got stuck, and what you notice in the neighbourhood: without personal data, so the municipality can learn from it. The period report shows only counts.</source>
        <translation>Waar hulp vastliep en wat je opvalt in de wijk: zonder persoonsgegevens, zodat de gemeente ervan kan leren. De perioderapportage toont alleen aantallen.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Laws</source>
        <translation>Wetten</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation>Knelpunten</translation>
    </message>
    <message>
        <source>Only bottlenecks not yet solved</source>
        <translation>Alleen knelpunten die nog niet zijn opgelost</translation>
    </message>
    <message>
        <source>Record bottleneck…</source>
        <translation>Knelpunt vastleggen…</translation>
    </message>
    <message>
        <source>Record bottleneck</source>
        <translation>Knelpunt vastleggen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Edit bottleneck</source>
        <translation>Knelpunt wijzigen</translation>
    </message>
    <message>
        <source>Mark as solved</source>
        <translation>Markeren als opgelost</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove bottleneck</source>
        <translation>Knelpunt verwijderen</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Neighbourhood or area</source>
        <translation>Wijk of buurt</translation>
    </message>
    <message>
        <source>What you notice</source>
        <translation>Wat je opvalt</translation>
    </message>
    <message>
        <source>Neighbourhood signals</source>
        <translation>Wijksignalen</translation>
    </message>
    <message>
        <source>Record signal…</source>
        <translation>Wijksignaal vastleggen…</translation>
    </message>
    <message>
        <source>Record neighbourhood signal</source>
        <translation>Wijksignaal vastleggen</translation>
    </message>
    <message>
        <source>Edit neighbourhood signal</source>
        <translation>Wijksignaal wijzigen</translation>
    </message>
    <message>
        <source>Remove neighbourhood signal</source>
        <translation>Wijksignaal verwijderen</translation>
    </message>
    <message>
        <source>Period report…</source>
        <translation>Perioderapportage…</translation>
    </message>
    <message>
        <source>Period report</source>
        <translation>Perioderapportage</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <source>Mark as not solved</source>
        <translation>Markeren als niet opgelost</translation>
    </message>
    <message>
        <source>Remove this bottleneck? It is no longer counted in reports.</source>
        <translation>Dit knelpunt verwijderen? Het telt dan niet meer mee in rapportages.</translation>
    </message>
    <message>
        <source>Remove this neighbourhood signal? It is no longer counted in reports.</source>
        <translation>Dit wijksignaal verwijderen? Het telt dan niet meer mee in rapportages.</translation>
    </message>
</context>
<context>
    <name>LearningDialogs</name>
    <message>
        <source>No names, dates of birth, addresses, phone numbers or other personal data: this text feeds anonymous reports. It is checked before it is saved.</source>
        <translation>Geen namen, geboortedata, adressen, telefoonnummers of andere persoonsgegevens: deze tekst gaat naar anonieme rapportages. Hij wordt gecontroleerd voordat hij wordt opgeslagen.</translation>
    </message>
    <message>
        <source>%1: enter a real date as dd-mm-yyyy.</source>
        <translation>%1: vul een bestaande datum in als dd-mm-jjjj.</translation>
    </message>
</context>
<context>
    <name>LevelChart</name>
    <message>
        <source>Levels per life domain over the conversations</source>
        <translation>Niveaus per leefgebied over de gesprekken</translation>
    </message>
    <message>
        <source>▲ better</source>
        <translation>▲ beter</translation>
    </message>
    <message>
        <source>▼ worse</source>
        <translation>▼ slechter</translation>
    </message>
    <message>
        <source>No levels scored yet.</source>
        <translation>Nog geen niveaus ingevuld.</translation>
    </message>
    <message>
        <source> (newest)</source>
        <translation> (nieuwste)</translation>
    </message>
</context>
<context>
    <name>LocationBanner</name>
    <message>
        <source>Warning about the data folder</source>
        <translation>Waarschuwing over de gegevensmap</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Your data folder %1 is on a network drive. The safeguards of the data file only work on a disk in this computer: on a network drive data can be lost or damaged, for instance when the connection drops. Choose a folder on this computer: start Toegang Desktop with --data-dir and a local folder, or ask your application manager.</source>
        <translation>Je gegevensmap %1 staat op een netwerkschijf. De beveiligingen van het gegevensbestand werken alleen op een schijf in deze computer: op een netwerkschijf kunnen gegevens verloren gaan of beschadigd raken, bijvoorbeeld als de verbinding wegvalt. Kies een map op deze computer: start Toegang Desktop met --data-dir en een lokale map, of vraag het je applicatiebeheerder.</translation>
    </message>
    <message>
        <source>Your data folder %1 is inside a folder that %2 synchronises. A sync program can copy the data file while it is being written, or put back an older copy; then data is lost or damaged. Choose a folder on this computer that is not synchronised: start Toegang Desktop with --data-dir and such a folder, or ask your application manager.</source>
        <translation>Je gegevensmap %1 staat in een map die door %2 wordt gesynchroniseerd. Een synchronisatieprogramma kan het gegevensbestand kopiëren terwijl het wordt beschreven, of een oudere versie terugzetten; dan gaan gegevens verloren of raken ze beschadigd. Kies een map op deze computer die niet wordt gesynchroniseerd: start Toegang Desktop met --data-dir en zo&apos;n map, of vraag het je applicatiebeheerder.</translation>
    </message>
</context>
<context>
    <name>LogExportDialog</name>
    <message>
        <source>Export access log</source>
        <translation>Toegangslog exporteren</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>Alle regels</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Tot en met</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source> — DEMO (fictional residents)</source>
        <translation> — DEMO (fictieve inwoners)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New resident…</source>
        <translation>&amp;Nieuwe inwoner…</translation>
    </message>
    <message>
        <source>New &amp;conversation…</source>
        <translation>Nieuw &amp;gesprek…</translation>
    </message>
    <message>
        <source>New &amp;journal contact…</source>
        <translation>Nieuw &amp;contact in journaal…</translation>
    </message>
    <message>
        <source>&amp;Export dossier (JSON)…</source>
        <translation>Dossier &amp;exporteren (JSON)…</translation>
    </message>
    <message>
        <source>&amp;Import dossier (JSON)…</source>
        <translation>Dossier &amp;importeren (JSON)…</translation>
    </message>
    <message>
        <source>Export &amp;report (PDF)…</source>
        <translation>&amp;Verslag exporteren (pdf)…</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Herstel uit &amp;back-up…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Caseload</source>
        <translation>&amp;Caseload</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Learning loop</source>
        <translation>&amp;Leerloop</translation>
    </message>
    <message>
        <source>&amp;Bottlenecks and neighbourhood signals…</source>
        <translation>&amp;Knelpunten en wijksignalen…</translation>
    </message>
    <message>
        <source>&amp;Period report…</source>
        <translation>&amp;Perioderapportage…</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Privacy</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>&amp;Team…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>&amp;About Toegang Desktop</source>
        <translation>&amp;Over Toegang Desktop</translation>
    </message>
    <message>
        <source>Select or open a resident first, then start a conversation.</source>
        <translation>Kies of open eerst een inwoner en start dan een gesprek.</translation>
    </message>
    <message>
        <source>Select or open a resident first, then write down the contact.</source>
        <translation>Kies of open eerst een inwoner en leg dan het contact vast.</translation>
    </message>
    <message>
        <source>Select or open a resident first, then export the dossier.</source>
        <translation>Kies of open eerst een inwoner en exporteer dan het dossier.</translation>
    </message>
    <message>
        <source>Open a conversation first, then export its report.</source>
        <translation>Open eerst een gesprek en exporteer dan het verslag.</translation>
    </message>
    <message>
        <source>Not everything on screen could be saved, so the report would not show it. Correct what is marked in red or wait until saving works again, then export the report.</source>
        <translation>Niet alles op het scherm kon worden opgeslagen, dus het verslag zou het niet laten zien. Verbeter wat rood is gemarkeerd of wacht tot opslaan weer lukt, en exporteer dan het verslag.</translation>
    </message>
    <message numerus="yes">
        <source>Report saved (%n page(s)): %1</source>
        <translation>
            <numerusform>Verslag opgeslagen (%n pagina): %1</numerusform>
            <numerusform>Verslag opgeslagen (%n pagina’s): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not everything could be saved. If you leave now, the last changes are lost. Stay in the conversation to try again?</source>
        <translation>Niet alles kon worden opgeslagen. Als je nu weggaat, gaan de laatste wijzigingen verloren. In het gesprek blijven om het opnieuw te proberen?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Toegang Desktop %1&lt;/b&gt;&lt;p&gt;Broad-view conversations for local teams: all life domains, the resident&apos;s own words, and recognition of life-wide and lifelong support needs.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Toegang Desktop %1&lt;/b&gt;&lt;p&gt;Breed kijken in gesprekken van lokale teams: alle leefgebieden, de eigen woorden van de inwoner, en herkenning van levensbrede en levenslange ondersteuningsvragen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Manual</name>
    <message>
        <source>Next or previous life domain in a conversation</source>
        <translation>Volgend of vorig leefgebied in een gesprek</translation>
    </message>
    <message>
        <source>The overview of a conversation</source>
        <translation>Het overzicht van een gesprek</translation>
    </message>
    <message>
        <source>Next or previous field</source>
        <translation>Volgend of vorig veld</translation>
    </message>
    <message>
        <source>The main button of a window (Save, Unlock, …)</source>
        <translation>De hoofdknop van een venster (Opslaan, Ontgrendelen, …)</translation>
    </message>
    <message>
        <source>Cancel a window (it asks first when you typed something)</source>
        <translation>Een venster annuleren (eerst wordt gevraagd of wat je typte weg mag)</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Toetsenbord</translation>
    </message>
    <message>
        <source>Everything can be done without a mouse. The letter underlined in a menu or button works with Alt.</source>
        <translation>Alles werkt zonder muis. De onderstreepte letter in een menu of knop werkt samen met Alt.</translation>
    </message>
    <message>
        <source>The data (encrypted)</source>
        <translation>De gegevens (versleuteld)</translation>
    </message>
    <message>
        <source>The key file (the password and recovery code open it)</source>
        <translation>Het sleutelbestand (te openen met het wachtwoord en de herstelcode)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Technical logs (no personal data)</source>
        <translation>Technische logboeken (geen persoonsgegevens)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Where the data lives</source>
        <translation>Waar de gegevens staan</translation>
    </message>
    <message>
        <source>Everything stays on this computer, in these places:</source>
        <translation>Alles blijft op deze computer, op deze plekken:</translation>
    </message>
    <message>
        <source>Never copy, move or open the data file with another program while Toegang Desktop is open; use a backup instead. The data file and the key file belong together.</source>
        <translation>Kopieer, verplaats of open het gegevensbestand nooit met een ander programma terwijl Toegang Desktop open is; gebruik daarvoor een back-up. Het gegevensbestand en het sleutelbestand horen bij elkaar.</translation>
    </message>
    <message>
        <source>When Toegang Desktop reports a problem</source>
        <translation>Als Toegang Desktop een probleem meldt</translation>
    </message>
    <message>
        <source>&lt;b&gt;In use (busy)&lt;/b&gt;: another program is working with the data, usually a second Toegang Desktop window or a command on the command line. Close the other window or wait until the command is finished, then try again. Nothing was lost: what you typed stays on screen and is saved as soon as it can be.</source>
        <translation>&lt;b&gt;In gebruik (bezet)&lt;/b&gt;: een ander programma werkt met de gegevens, meestal een tweede venster van Toegang Desktop of een opdracht op de opdrachtregel. Sluit het andere venster of wacht tot de opdracht klaar is en probeer het opnieuw. Er is niets verloren: wat je typte blijft op het scherm en wordt opgeslagen zodra dat kan.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Damaged&lt;/b&gt;: the data file cannot be read. Nothing was changed or deleted. Ask your application manager to restore a backup (File &gt; Restore from backup, or &apos;toegang-desktop restore&apos; on the command line). The damaged file is kept aside, so nothing is thrown away.</source>
        <translation>&lt;b&gt;Beschadigd&lt;/b&gt;: het gegevensbestand is niet te lezen. Er is niets gewijzigd of verwijderd. Vraag je applicatiebeheerder een back-up terug te zetten (Bestand &gt; Herstel uit back-up, of &apos;toegang-desktop restore&apos; op de opdrachtregel). Het beschadigde bestand wordt apart bewaard, er gaat dus niets weg.</translation>
    </message>
    <message>
        <source>To open a backup on another computer you need the recovery code.</source>
        <translation>Om een back-up op een andere computer te openen, heb je de herstelcode nodig.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Locked&lt;/b&gt;: after a while without use, or with Ctrl+L, the screen locks and the data is closed. Type your password to continue where you were. If Toegang Desktop says it is already open on this computer, switch to that window (it may be behind others or minimised).</source>
        <translation>&lt;b&gt;Vergrendeld&lt;/b&gt;: na een tijd zonder gebruik, of met Ctrl+L, wordt het scherm vergrendeld en worden de gegevens gesloten. Typ je wachtwoord om verder te gaan waar je was. Meldt Toegang Desktop dat het al open is op deze computer, ga dan naar dat venster (het kan achter andere vensters staan of geminimaliseerd zijn).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saving did not work&lt;/b&gt; (a red bar): the disk may be full or the folder read-only. Everything stays on screen and saving is retried every few seconds.</source>
        <translation>&lt;b&gt;Opslaan lukte niet&lt;/b&gt; (een rode balk): de schijf is misschien vol of de map is alleen-lezen. Alles blijft op het scherm en opslaan wordt om de paar seconden opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>Backups and restoring</source>
        <translation>Back-ups en terugzetten</translation>
    </message>
    <message>
        <source>A backup is made when the app starts and every 30 minutes while it is open, into %1. The most recent ones are kept, and older ones one per day, week and month. Backups are encrypted like the data itself.</source>
        <translation>Bij het starten en elke 30 minuten zolang de app open is, wordt een back-up gemaakt in %1. De nieuwste blijven bewaard, en van oudere één per dag, week en maand. Back-ups zijn versleuteld, net als de gegevens zelf.</translation>
    </message>
    <message>
        <source>To go back to a backup: File &gt; Restore from backup. Choose the moment; the current data is kept as a copy first, so a restore can be undone. Changes made after the backup are not in it.</source>
        <translation>Terug naar een back-up: Bestand &gt; Herstel uit back-up. Kies het moment; van de huidige gegevens wordt eerst een kopie bewaard, zodat terugzetten ongedaan te maken is. Wat na de back-up is gewijzigd, staat er niet in.</translation>
    </message>
    <message>
        <source>Password and recovery code</source>
        <translation>Wachtwoord en herstelcode</translation>
    </message>
    <message>
        <source>The data is encrypted with your password. When the password was chosen, a recovery code was shown once. Keep it on paper, in a safe place, apart from the laptop.</source>
        <translation>De gegevens zijn versleuteld met je wachtwoord. Toen het wachtwoord werd gekozen, is één keer een herstelcode getoond. Bewaar die op papier, op een veilige plek, niet bij de laptop.</translation>
    </message>
    <message>
        <source>Forgot your password? At the password question choose &quot;Forgot your password? Use the recovery code&quot;, type the recovery code and choose a new password. The recovery code stays valid. Without password and recovery code nobody can open the data, not even the application manager.</source>
        <translation>Wachtwoord vergeten? Kies bij de vraag om het wachtwoord &quot;Wachtwoord vergeten? Gebruik de herstelcode&quot;, typ de herstelcode en kies een nieuw wachtwoord. De herstelcode blijft geldig. Zonder wachtwoord en herstelcode kan niemand de gegevens openen, ook de applicatiebeheerder niet.</translation>
    </message>
    <message>
        <source>Change the password: Settings &gt; Change password.</source>
        <translation>Wachtwoord wijzigen: Instellingen &gt; Wachtwoord wijzigen.</translation>
    </message>
    <message>
        <source>Working in a team</source>
        <translation>Werken in een team</translation>
    </message>
    <message>
        <source>Settings &gt; Team… joins your team&apos;s server. You need the server&apos;s name, your user name and password for it, and the municipality&apos;s certificate file; your application manager gives them. The password is not kept in the settings.</source>
        <translation>Instellingen &gt; Team… sluit aan bij de server van je team. Je hebt nodig: de naam van de server, je gebruikersnaam en wachtwoord daarvoor, en het certificaatbestand van de gemeente; je applicatiebeheerder geeft ze. Het wachtwoord wordt niet in de instellingen bewaard.</translation>
    </message>
    <message>
        <source>The status bar says where the team stands: when it was last updated, how many of your changes wait (without network they wait safely on the laptop and go up later), and how many conflicts there are. F5 (Team &gt; Update now) updates at once; otherwise it happens every few minutes, in the background.</source>
        <translation>De statusbalk laat zien hoe het team ervoor staat: wanneer het laatst is bijgewerkt, hoeveel van je wijzigingen wachten (zonder netwerk wachten ze veilig op de laptop en gaan ze later mee), en hoeveel conflicten er zijn. F5 (Team &gt; Nu bijwerken) werkt meteen bij; anders gebeurt dat om de paar minuten, op de achtergrond.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A conflict&lt;/b&gt;: a colleague changed the same field before your change reached the server. Nothing is overwritten: click the conflicts in the status bar, see both values side by side, keep one or merge them into one text.</source>
        <translation>&lt;b&gt;Een conflict&lt;/b&gt;: een collega wijzigde hetzelfde veld voordat jouw wijziging de server bereikte. Er wordt niets overschreven: klik op de conflicten in de statusbalk, bekijk beide waarden naast elkaar, houd er één of voeg ze samen tot één tekst.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Take along for a home visit&lt;/b&gt; (on the dossier): for at most seven days only you change the dossier, also without network; colleagues see that it is on the road with you. Give it back afterwards. Team &gt; Team caseload (Ctrl+2) finds every resident of the team.</source>
        <translation>&lt;b&gt;Meenemen voor huisbezoek&lt;/b&gt; (op het dossier): ten hoogste zeven dagen wijzig alleen jij het dossier, ook zonder netwerk; collega&apos;s zien dat het met jou onderweg is. Geef het daarna terug. Team &gt; Caseload van het team (Ctrl+2) vindt elke inwoner van het team.</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <source>A short guide to working with Toegang Desktop. Search with the field above; Enter finds the next place.</source>
        <translation>Een korte handleiding voor het werken met Toegang Desktop. Zoek met het veld hierboven; Enter gaat naar de volgende vindplaats.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Enter a date of birth (dd-mm-yyyy).</source>
        <translation>Vul een geboortedatum in (dd-mm-jjjj).</translation>
    </message>
    <message>
        <source>The date of birth lies in the future. Check the year.</source>
        <translation>De geboortedatum ligt in de toekomst. Controleer het jaar.</translation>
    </message>
    <message>
        <source>The date of birth lies before {year}. Check the year.</source>
        <translation>De geboortedatum ligt vóór {year}. Controleer het jaar.</translation>
    </message>
    <message>
        <source>Enter a surname.</source>
        <translation>Vul een achternaam in.</translation>
    </message>
    <message>
        <source>Enter a first name.</source>
        <translation>Vul een voornaam in.</translation>
    </message>
    <message>
        <source>A name may have at most {max} characters.</source>
        <translation>Een naam mag hoogstens {max} tekens hebben.</translation>
    </message>
    <message>
        <source>This BSN is not valid: it must have 9 digits and pass the 11-check. Check the number on an ID document or leave the field empty.</source>
        <translation>Dit BSN klopt niet: het moet 9 cijfers hebben en voldoen aan de elfproef. Controleer het nummer op een identiteitsbewijs of laat het veld leeg.</translation>
    </message>
    <message>
        <source>Another resident already has this BSN. Search the caseload for this BSN.</source>
        <translation>Een andere inwoner heeft dit BSN al. Zoek in de caseload op dit BSN.</translation>
    </message>
    <message>
        <source>Enter the postcode as 4 digits and 2 letters, e.g. 1234 AB.</source>
        <translation>Vul de postcode in als 4 cijfers en 2 letters, bijvoorbeeld 1234 AB.</translation>
    </message>
    <message>
        <source>This e-mail address is not complete, e.g. name@example.nl.</source>
        <translation>Dit e-mailadres is niet volledig. Voorbeeld: naam@voorbeeld.nl.</translation>
    </message>
    <message>
        <source>Enter the phone number with digits only, e.g. 06 12345678.</source>
        <translation>Vul het telefoonnummer in met alleen cijfers, bijvoorbeeld 06 12345678.</translation>
    </message>
    <message>
        <source>The conversation date lies in the future.</source>
        <translation>De gespreksdatum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The date of the request (melding) lies in the future.</source>
        <translation>De datum van de melding ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The request (melding) cannot come after the conversation date.</source>
        <translation>De melding kan niet na de gespreksdatum liggen.</translation>
    </message>
    <message>
        <source>The level must be between 1 and 5.</source>
        <translation>Het niveau moet tussen 1 en 5 liggen.</translation>
    </message>
    <message>
        <source>Say why: a confirmed or dismissed signal needs a reason.</source>
        <translation>Geef een reden: een bevestigd of verworpen signaal heeft een reden nodig.</translation>
    </message>
    <message>
        <source>This date lies in the future.</source>
        <translation>Deze datum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>This signal has two decisions; keep one and remove the other from the file.</source>
        <translation>Dit signaal heeft twee beslissingen; houd er één en haal de andere uit het bestand.</translation>
    </message>
    <message>
        <source>This life domain occurs twice in the conversation; keep one of them.</source>
        <translation>Dit leefgebied staat twee keer in het gesprek; houd er één.</translation>
    </message>
    <message>
        <source>The decision cannot come before the application.</source>
        <translation>Het besluit kan niet vóór de aanvraag liggen.</translation>
    </message>
    <message>
        <source>Enter the date on which client support was offered, accepted or declined.</source>
        <translation>Vul de datum in waarop cliëntondersteuning is aangeboden, aangenomen of afgeslagen.</translation>
    </message>
    <message>
        <source>This file is not a Toegang Desktop dossier.</source>
        <translation>Dit bestand is geen dossier van Toegang Desktop.</translation>
    </message>
    <message>
        <source>This dossier was made with a newer version (format {found}); this version reads up to format {supported}. Update Toegang Desktop and try again.</source>
        <translation>Dit dossier is gemaakt met een nieuwere versie (formaat {found}); deze versie leest tot en met formaat {supported}. Werk Toegang Desktop bij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This does not fit the dossier format (rule: {kind}).</source>
        <translation>Dit past niet in het dossierformaat (regel: {kind}).</translation>
    </message>
    <message>
        <source>This dossier is open to you to read only (broken glass), until the end of the day: nothing can be changed in it. To work in it, ask the coordinator to involve you.</source>
        <translation>Dit dossier is voor jou alleen lezen (noodtoegang, het glas gebroken), tot het eind van de dag: er kan niets in worden veranderd. Wil je erin werken, vraag dan de regisseur om je te betrekken.</translation>
    </message>
    <message>
        <source>Help cannot have ended before the dossier&apos;s first conversation. Check the year of the end of help.</source>
        <translation>De hulp kan niet zijn beëindigd vóór het eerste gesprek van dit dossier. Controleer het jaar van het einde van de hulp.</translation>
    </message>
    <message>
        <source>With this end of help the retention period is already over, so the dossier would be removed at the next purge. Check the date.</source>
        <translation>Met dit einde van de hulp is de bewaartermijn al voorbij, dus het dossier zou bij de volgende opschoning worden verwijderd. Controleer de datum.</translation>
    </message>
    <message>
        <source>Enter the name of the coordinating professional, or untick the integrated plan.</source>
        <translation>Vul de naam van de regievoerder in, of haal het vinkje bij het integrale plan weg.</translation>
    </message>
    <message>
        <source>Say why a long-lasting indication fits this need.</source>
        <translation>Geef aan waarom een langdurige indicatie bij deze ondersteuningsbehoefte past.</translation>
    </message>
    <message>
        <source>Say which other connection is to be made.</source>
        <translation>Geef aan welke andere verbinding gelegd moet worden.</translation>
    </message>
    <message>
        <source>Describe what was agreed.</source>
        <translation>Beschrijf wat is afgesproken.</translation>
    </message>
    <message>
        <source>Choose the partner who carries out this agreement.</source>
        <translation>Kies de partner die deze afspraak uitvoert.</translation>
    </message>
    <message>
        <source>This partner is no longer in the directory. Choose another one.</source>
        <translation>Deze partner staat niet meer in de partnerlijst. Kies een andere.</translation>
    </message>
    <message>
        <source>Link only life domains of this conversation.</source>
        <translation>Koppel alleen leefgebieden van dit gesprek.</translation>
    </message>
    <message>
        <source>Enter the name of the organisation.</source>
        <translation>Vul de naam van de organisatie in.</translation>
    </message>
    <message>
        <source>This organisation is already in the directory (perhaps deactivated). Change that entry instead.</source>
        <translation>Deze organisatie staat al in de partnerlijst (misschien gedeactiveerd). Wijzig die in plaats daarvan.</translation>
    </message>
    <message>
        <source>This is missing from the file (key &apos;{key}&apos;).</source>
        <translation>Dit ontbreekt in het bestand (sleutel &apos;{key}&apos;).</translation>
    </message>
    <message>
        <source>The key &apos;{key}&apos; does not belong here. Remove it or check the spelling.</source>
        <translation>De sleutel &apos;{key}&apos; hoort hier niet. Haal hem weg of controleer de spelling.</translation>
    </message>
    <message>
        <source>This must be {expected}.</source>
        <translation>Dit moet {expected} zijn.</translation>
    </message>
    <message>
        <source>This value is not allowed here. Use one of: {allowed}.</source>
        <translation>Deze waarde mag hier niet. Gebruik een van: {allowed}.</translation>
    </message>
    <message>
        <source>This is not written in the expected form.</source>
        <translation>Dit is niet in de verwachte vorm geschreven.</translation>
    </message>
    <message>
        <source>This is not a valid date. Write it as YYYY-MM-DD (e.g. 2026-01-31) and check that the day exists.</source>
        <translation>Dit is geen geldige datum. Schrijf hem als JJJJ-MM-DD (bijv. 2026-01-31) en controleer of de dag bestaat.</translation>
    </message>
    <message>
        <source>This is not a valid date and time. Write it as YYYY-MM-DDThh:mm:ss with a time zone, e.g. 2026-01-31T09:30:00+00:00.</source>
        <translation>Dit is geen geldige datum met tijd. Schrijf hem als JJJJ-MM-DDTuu:mm:ss met een tijdzone, bijv. 2026-01-31T09:30:00+00:00.</translation>
    </message>
    <message>
        <source>A BSN must have 9 digits, or be empty.</source>
        <translation>Een BSN heeft 9 cijfers, of blijft leeg.</translation>
    </message>
    <message>
        <source>This must not be empty.</source>
        <translation>Dit mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>This is too short: at least {min} characters.</source>
        <translation>Dit is te kort: minstens {min} tekens.</translation>
    </message>
    <message>
        <source>This list needs at least {min} items.</source>
        <translation>Deze lijst heeft minstens {min} onderdelen nodig.</translation>
    </message>
    <message>
        <source>A conversation needs at least one life domain.</source>
        <translation>Een gesprek heeft minstens één leefgebied nodig.</translation>
    </message>
    <message>
        <source>This is too long: at most {max} characters.</source>
        <translation>Dit is te lang: hoogstens {max} tekens.</translation>
    </message>
    <message>
        <source>This list may have at most {max} items.</source>
        <translation>Deze lijst mag hoogstens {max} onderdelen hebben.</translation>
    </message>
    <message>
        <source>This number is out of range.</source>
        <translation>Dit getal valt buiten het bereik.</translation>
    </message>
    <message>
        <source>This must be a number from {min} to {max}.</source>
        <translation>Dit moet een getal van {min} tot en met {max} zijn.</translation>
    </message>
    <message>
        <source>This must be at least {min}.</source>
        <translation>Dit moet minstens {min} zijn.</translation>
    </message>
    <message>
        <source>This must be at most {max}.</source>
        <translation>Dit mag hoogstens {max} zijn.</translation>
    </message>
    <message>
        <source>Each value may occur only once in this list.</source>
        <translation>Elke waarde mag maar één keer in deze lijst staan.</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that the drive or network folder is available and that no other program has the file open, then try again.</source>
        <translation>Het bestand kan niet worden gelezen. Controleer of de schijf of netwerkmap beschikbaar is en of geen ander programma het bestand open heeft, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The file cannot be read: it does not exist (any more). Choose it again.</source>
        <translation>Het bestand kan niet worden gelezen: het bestaat niet (meer). Kies het opnieuw.</translation>
    </message>
    <message>
        <source>The file cannot be read: you have no permission to open it. Copy it to a folder of your own, or ask your application manager.</source>
        <translation>Het bestand kan niet worden gelezen: je hebt geen rechten om het te openen. Kopieer het naar een eigen map, of vraag het je applicatiebeheerder.</translation>
    </message>
    <message>
        <source>This is a folder, not a file. Choose the dossier file itself.</source>
        <translation>Dit is een map, geen bestand. Kies het dossierbestand zelf.</translation>
    </message>
    <message>
        <source>The file cannot be read: it is not UTF-8 text. Choose the exported .json file itself, or save it again as UTF-8.</source>
        <translation>Het bestand kan niet worden gelezen: het is geen UTF-8-tekst. Kies het geëxporteerde .json-bestand zelf, of sla het opnieuw op als UTF-8.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line {line}, column {column}).</source>
        <translation>Het bestand is geen geldige JSON (regel {line}, kolom {column}).</translation>
    </message>
    <message>
        <source>The file is larger than {max} MB, far too large for one dossier. Choose the exported .json file itself.</source>
        <translation>Het bestand is groter dan {max} MB, veel te groot voor één dossier. Kies het geëxporteerde .json-bestand zelf.</translation>
    </message>
    <message>
        <source>Lists and objects are nested more than {max} levels deep here; a dossier never is. Correct the file or export the dossier again.</source>
        <translation>Hier zijn lijsten en objecten meer dan {max} niveaus diep genest; dat is een dossier nooit. Verbeter het bestand of exporteer het dossier opnieuw.</translation>
    </message>
    <message>
        <source>From line {line}, column {column} on, lists and objects are nested more than {max} levels deep; a dossier never is. Choose the exported .json file itself.</source>
        <translation>Vanaf regel {line}, kolom {column} zijn lijsten en objecten meer dan {max} niveaus diep genest; dat is een dossier nooit. Kies het geëxporteerde .json-bestand zelf.</translation>
    </message>
    <message>
        <source>This number has more than {max} digits; no number in a dossier is that long. Correct the file or export the dossier again.</source>
        <translation>Dit getal heeft meer dan {max} cijfers; zo lang is geen enkel getal in een dossier. Verbeter het bestand of exporteer het dossier opnieuw.</translation>
    </message>
    <message>
        <source>This text (or a key in it) holds a character that is not valid Unicode, such as a lone \ud800 escape. Remove it from the file or export the dossier again.</source>
        <translation>Deze tekst (of een sleutel erin) bevat een teken dat geen geldige Unicode is, zoals een losse \ud800-code. Haal het uit het bestand of exporteer het dossier opnieuw.</translation>
    </message>
    <message>
        <source>The format version must be written as a whole number from 1 to {supported} (such as 3, not 3.0), but it is {found}. Correct it, or export the dossier again.</source>
        <translation>De formaatversie moet een geheel getal van 1 tot en met {supported} zijn (zoals 3, niet 3.0), maar het is {found}. Verbeter dit, of exporteer het dossier opnieuw.</translation>
    </message>
    <message>
        <source>The life domain &apos;{key}&apos; is not in the checklist this conversation names ({checklist}, version {version}). Use one of its domains: {known}.</source>
        <translation>Het leefgebied &apos;{key}&apos; staat niet in de checklist die dit gesprek noemt ({checklist}, versie {version}). Gebruik een van de leefgebieden daarvan: {known}.</translation>
    </message>
    <message>
        <source>Mark this topic as covered, or as not applicable with a reason.</source>
        <translation>Markeer dit onderwerp als behandeld, of als niet van toepassing met een reden.</translation>
    </message>
    <message>
        <source>Say why this topic does not apply.</source>
        <translation>Geef aan waarom dit onderwerp niet van toepassing is.</translation>
    </message>
    <message>
        <source>The report is final. Reopen it first to change the investigation.</source>
        <translation>Het verslag is definitief. Heropen het eerst om het onderzoek te wijzigen.</translation>
    </message>
    <message>
        <source>Record whether independent client support was offered, accepted or declined (under Signals and weighing).</source>
        <translation>Leg vast of onafhankelijke cliëntondersteuning is aangeboden, aangenomen of afgeslagen (bij Signalen en weging).</translation>
    </message>
    <message>
        <source>Enter the date of the request (melding) in the conversation details; the legal terms count from it.</source>
        <translation>Vul de datum van de melding in bij de gespreksgegevens; de wettelijke termijnen tellen vanaf die datum.</translation>
    </message>
    <message>
        <source>Say for each life domain whether it was discussed or not. Still open: {domains}.</source>
        <translation>Geef per leefgebied aan of het is besproken of niet. Nog open: {domains}.</translation>
    </message>
    <message>
        <source>Say who was consulted: a role (e.g. colleague, Veilig Thuis) or a name.</source>
        <translation>Geef aan wie je hebt geraadpleegd: een rol (bijv. collega, Veilig Thuis) of een naam.</translation>
    </message>
    <message>
        <source>Step 2 is marked as done, but no consultation is recorded. Add who was consulted and when, or take the mark away.</source>
        <translation>Stap 2 is als afgerond aangevinkt, maar er is geen consultatie vastgelegd. Vul in wie je hebt geraadpleegd en wanneer, of haal het vinkje weg.</translation>
    </message>
    <message>
        <source>Step 3 is marked as done: enter the date of the talk with the person concerned, or why there was no talk.</source>
        <translation>Stap 3 is als afgerond aangevinkt: vul de datum van het gesprek met de betrokkene in, of waarom er geen gesprek was.</translation>
    </message>
    <message>
        <source>Step 5 is marked as done: choose a decision, or take the mark away.</source>
        <translation>Stap 5 is als afgerond aangevinkt: kies een beslissing, of haal het vinkje weg.</translation>
    </message>
    <message>
        <source>Answer the first question (is there a suspicion?) before you decide.</source>
        <translation>Beantwoord de eerste vraag (is er een vermoeden?) voordat je beslist.</translation>
    </message>
    <message>
        <source>There is acute or structural unsafety: the reporting code then always requires a report to Veilig Thuis. Choose a decision with a report.</source>
        <translation>Er is acute of structurele onveiligheid: volgens de meldcode meld je dan altijd bij Veilig Thuis. Kies een beslissing met een melding.</translation>
    </message>
    <message>
        <source>Enter the date of the decision.</source>
        <translation>Vul de datum van de beslissing in.</translation>
    </message>
    <message>
        <source>Say why: a decision under the reporting code needs a reason.</source>
        <translation>Geef een reden: een beslissing volgens de meldcode heeft een reden nodig.</translation>
    </message>
    <message>
        <source>The decision differs from the advice under the reporting code. Explain in the reason why you decide otherwise.</source>
        <translation>De beslissing wijkt af van het advies volgens de meldcode. Leg bij de reden uit waarom je anders beslist.</translation>
    </message>
    <message>
        <source>Describe what happened: where did help get stuck?</source>
        <translation>Beschrijf wat er gebeurde: waar liep de hulp vast?</translation>
    </message>
    <message>
        <source>The date it was solved cannot lie before the date it happened.</source>
        <translation>De datum waarop het is opgelost kan niet vóór de datum liggen waarop het gebeurde.</translation>
    </message>
    <message>
        <source>Enter the neighbourhood, street or area where you notice this.</source>
        <translation>Vul de wijk, straat of buurt in waar je dit ziet.</translation>
    </message>
    <message>
        <source>Describe what you notice.</source>
        <translation>Beschrijf wat je opvalt.</translation>
    </message>
    <message>
        <source>This text may have at most {max} characters.</source>
        <translation>Deze tekst mag hoogstens {max} tekens hebben.</translation>
    </message>
    <message>
        <source>This topic occurs twice in the conversation; keep one of them.</source>
        <translation>Dit onderwerp staat twee keer in het gesprek; houd er één.</translation>
    </message>
    <message>
        <source>Only an agreement carried out by a partner names a partner. Set &apos;carried out by&apos; to the partner, or remove the partner.</source>
        <translation>Alleen een afspraak die een partner uitvoert, noemt een partner. Zet &apos;uitgevoerd door&apos; op de partner, of haal de partner weg.</translation>
    </message>
    <message>
        <source>Write down in a few words what the contact was about.</source>
        <translation>Schrijf in een paar woorden op waar het contact over ging.</translation>
    </message>
    <message>
        <source>A journal note may have at most {max} characters. Keep it short; a longer account belongs in a conversation.</source>
        <translation>Een notitie in het journaal mag hoogstens {max} tekens hebben. Houd het kort; een uitgebreider verslag hoort bij een gesprek.</translation>
    </message>
    <message>
        <source>The contact lies in the future. Check the date and time.</source>
        <translation>Het contact ligt in de toekomst. Controleer de datum en de tijd.</translation>
    </message>
    <message>
        <source>The life domain &apos;{key}&apos; is not in the checklist in use. Untick it.</source>
        <translation>Het levensdomein &apos;{key}&apos; staat niet in de gebruikte vragenlijst. Vink het uit.</translation>
    </message>
    <message>
        <source>One of the chosen agreements no longer exists. Untick it and save again.</source>
        <translation>Een van de gekozen afspraken bestaat niet meer. Vink die uit en sla opnieuw op.</translation>
    </message>
    <message>
        <source>The entry to correct no longer exists. Write a new entry instead.</source>
        <translation>Het contact dat je wilt corrigeren bestaat niet meer. Leg in plaats daarvan een nieuw contact vast.</translation>
    </message>
    <message>
        <source>An entry can only be corrected in its own dossier.</source>
        <translation>Een contact kan alleen in het eigen dossier worden gecorrigeerd.</translation>
    </message>
    <message>
        <source>This entry has already been corrected. Correct the newest version instead.</source>
        <translation>Dit contact is al gecorrigeerd. Corrigeer de nieuwste versie.</translation>
    </message>
    <message>
        <source>First name(s)</source>
        <translation>Voornaam/voornamen</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Conversation date</source>
        <translation>Gespreksdatum</translation>
    </message>
    <message>
        <source>Place of the conversation</source>
        <translation>Locatie van het gesprek</translation>
    </message>
    <message>
        <source>Date of request</source>
        <translation>Datum van de melding</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Checklist version</source>
        <translation>Versie van de checklist</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Domain key</source>
        <translation>Sleutel van het leefgebied</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>Naam van het leefgebied</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Volgorde</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Besproken</translation>
    </message>
    <message>
        <source>Reason not discussed</source>
        <translation>Reden niet besproken</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>In own words</source>
        <translation>In eigen woorden</translation>
    </message>
    <message>
        <source>The informal carer&apos;s own words</source>
        <translation>In de woorden van de mantelzorger</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Sterke kanten</translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation>Wensen</translation>
    </message>
    <message>
        <source>Help: self</source>
        <translation>Hulp: zelf</translation>
    </message>
    <message>
        <source>Help: network</source>
        <translation>Hulp: netwerk</translation>
    </message>
    <message>
        <source>Help: professional</source>
        <translation>Hulp: professional</translation>
    </message>
    <message>
        <source>Wants to talk about it</source>
        <translation>Wil erover praten</translation>
    </message>
    <message>
        <source>Expected duration</source>
        <translation>Verwachte duur</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <source>Title of the signal</source>
        <translation>Titel van het signaal</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Resident recognises the picture</source>
        <translation>Inwoner herkent het beeld</translation>
    </message>
    <message>
        <source>Resident&apos;s view</source>
        <translation>Kijk van de inwoner</translation>
    </message>
    <message>
        <source>Client support</source>
        <translation>Cliëntondersteuning</translation>
    </message>
    <message>
        <source>Date of client support</source>
        <translation>Datum cliëntondersteuning</translation>
    </message>
    <message>
        <source>Date of application</source>
        <translation>Datum van de aanvraag</translation>
    </message>
    <message>
        <source>Date of decision</source>
        <translation>Datum van het besluit</translation>
    </message>
    <message>
        <source>Report made final on</source>
        <translation>Verslag definitief op</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation>Formaatversie</translation>
    </message>
    <message>
        <source>Export date</source>
        <translation>Exportdatum</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Programmaversie</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Inwoner</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Life domains</source>
        <translation>Leefgebieden</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>Aanwijzingen</translation>
    </message>
    <message>
        <source>Decisions on signals</source>
        <translation>Beslissingen over signalen</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultaties</translation>
    </message>
    <message>
        <source>Who was consulted</source>
        <translation>Wie is geraadpleegd</translation>
    </message>
    <message>
        <source>Date of consultation</source>
        <translation>Datum van de consultatie</translation>
    </message>
    <message>
        <source>Date of the talk with the person concerned</source>
        <translation>Datum van het gesprek met de betrokkene</translation>
    </message>
    <message>
        <source>Why there was no talk</source>
        <translation>Waarom er geen gesprek was</translation>
    </message>
    <message>
        <source>Suspicion</source>
        <translation>Vermoeden</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Datum van de beslissing</translation>
    </message>
    <message>
        <source>Coordinating professional</source>
        <translation>Regievoerder</translation>
    </message>
    <message>
        <source>Reason for a long-lasting indication</source>
        <translation>Reden voor een langdurige indicatie</translation>
    </message>
    <message>
        <source>Other connection</source>
        <translation>Andere verbinding</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Wat is afgesproken</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Linked life domains</source>
        <translation>Gekoppelde leefgebieden</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Integrated plan</source>
        <translation>Integraal plan</translation>
    </message>
    <message>
        <source>Long-lasting indication</source>
        <translation>Langdurige indicatie</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindingen</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>What the budget is for</source>
        <translation>Waar het budget voor is</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Opschaling</translation>
    </message>
    <message>
        <source>What blocks the help</source>
        <translation>Wat de hulp in de weg staat</translation>
    </message>
    <message>
        <source>What the team does itself</source>
        <translation>Wat het team zelf doet</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Doorverwezen naar</translation>
    </message>
    <message>
        <source>Team stays involved</source>
        <translation>Team blijft betrokken</translation>
    </message>
    <message>
        <source>Evaluation date</source>
        <translation>Evaluatiedatum</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Carried out by</source>
        <translation>Uitgevoerd door</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>What the partner offers</source>
        <translation>Wat de partner biedt</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Investigation topics</source>
        <translation>Onderwerpen van het onderzoek</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>State of the topic</source>
        <translation>Stand van het onderwerp</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Date and time of the contact</source>
        <translation>Datum en tijd van het contact</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Soort contact</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Met wie</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>Corrigeert</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journaal</translation>
    </message>
    <message>
        <source>In the resident&apos;s report</source>
        <translation>In het verslag voor de inwoner</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Geschreven door</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Geschreven op</translation>
    </message>
    <message>
        <source>Reporting-code record (restricted)</source>
        <translation>Meldcodeverslag (afgeschermd)</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Afgeschermd</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Step 1 (signals)</source>
        <translation>Stap 1 (signalen)</translation>
    </message>
    <message>
        <source>Step 2 (consultation)</source>
        <translation>Stap 2 (consultatie)</translation>
    </message>
    <message>
        <source>Step 3 (talk)</source>
        <translation>Stap 3 (gesprek)</translation>
    </message>
    <message>
        <source>Step 4 (weighing)</source>
        <translation>Stap 4 (weging)</translation>
    </message>
    <message>
        <source>Step 5 (decision)</source>
        <translation>Stap 5 (beslissing)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>With Veilig Thuis</source>
        <translation>Met Veilig Thuis</translation>
    </message>
    <message>
        <source>Acute or structural unsafety</source>
        <translation>Acute of structurele onveiligheid</translation>
    </message>
    <message>
        <source>Help can be offered</source>
        <translation>Hulp kan worden geboden</translation>
    </message>
    <message>
        <source>Help accepted</source>
        <translation>Hulp aanvaard</translation>
    </message>
    <message>
        <source>Help brings safety in time</source>
        <translation>Hulp brengt op tijd veiligheid</translation>
    </message>
    <message>
        <source>Advice at the decision</source>
        <translation>Advies bij de beslissing</translation>
    </message>
    <message>
        <source>household member {n}</source>
        <translation>huisgenoot {n}</translation>
    </message>
    <message>
        <source>conversation {n}</source>
        <translation>gesprek {n}</translation>
    </message>
    <message>
        <source>domain {n}</source>
        <translation>leefgebied {n}</translation>
    </message>
    <message>
        <source>participant {n}</source>
        <translation>deelnemer {n}</translation>
    </message>
    <message>
        <source>decision {n}</source>
        <translation>beslissing {n}</translation>
    </message>
    <message>
        <source>marker {n}</source>
        <translation>aanwijzing {n}</translation>
    </message>
    <message>
        <source>consultation {n}</source>
        <translation>consultatie {n}</translation>
    </message>
    <message>
        <source>agreement {n}</source>
        <translation>afspraak {n}</translation>
    </message>
    <message>
        <source>topic {n}</source>
        <translation>onderwerp {n}</translation>
    </message>
    <message>
        <source>connection {n}</source>
        <translation>verbinding {n}</translation>
    </message>
    <message>
        <source>linked life domain {n}</source>
        <translation>gekoppeld leefgebied {n}</translation>
    </message>
    <message>
        <source>journal entry {n}</source>
        <translation>journaalregel {n}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>een geheel getal</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>een kommagetal</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true of false</translation>
    </message>
    <message>
        <source>null (empty)</source>
        <translation>null (leeg)</translation>
    </message>
    <message>
        <source>{list} item {n}</source>
        <translation>{list} onderdeel {n}</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} of {second}</translation>
    </message>
    <message>
        <source>Unexpected problem: {code}</source>
        <translation>Onverwacht probleem: {code}</translation>
    </message>
    <message>
        <source>no permission to write there</source>
        <translation>daar mag niet worden geschreven</translation>
    </message>
    <message>
        <source>the folder does not exist or cannot be reached</source>
        <translation>de map bestaat niet of is niet bereikbaar</translation>
    </message>
    <message>
        <source>the disk cannot be read</source>
        <translation>de schijf kan niet worden gelezen</translation>
    </message>
    <message>
        <source>another program is using it</source>
        <translation>een ander programma gebruikt het</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>het bestand is beschadigd</translation>
    </message>
    <message>
        <source>system error %1</source>
        <translation>systeemfout %1</translation>
    </message>
    <message>
        <source>cause unknown</source>
        <translation>oorzaak onbekend</translation>
    </message>
    <message>
        <source>The data file {path} was made by a newer version of Toegang Desktop (schema {found}; this version knows up to {supported}). Nothing was changed. Install the newer version, or start with --data-dir to use another folder.</source>
        <translation>Het gegevensbestand {path} is gemaakt door een nieuwere versie van Toegang Desktop (schema {found}; deze versie kent tot en met {supported}). Er is niets gewijzigd. Installeer de nieuwere versie, of start met --data-dir om een andere map te gebruiken.</translation>
    </message>
    <message>
        <source>The file {path} is not a Toegang Desktop data file. Nothing was changed. Start with --data-dir to choose another folder.</source>
        <translation>Het bestand {path} is geen gegevensbestand van Toegang Desktop. Er is niets gewijzigd. Start met --data-dir om een andere map te kiezen.</translation>
    </message>
    <message>
        <source>The data file {path} is damaged and cannot be opened. Nothing was changed or deleted. Contact your application manager to restore a backup.</source>
        <translation>Het gegevensbestand {path} is beschadigd en kan niet worden geopend. Er is niets gewijzigd of verwijderd. Neem contact op met je applicatiebeheerder om een back-up terug te zetten.</translation>
    </message>
    <message>
        <source>The data file {path} cannot be opened or written ({detail}). Check that the folder exists, is not read-only and that the disk is not full, or start with --data-dir to choose another folder.</source>
        <translation>Het gegevensbestand {path} kan niet worden geopend of geschreven ({detail}). Controleer of de map bestaat en niet alleen-lezen is, en of de schijf niet vol is. Of start met --data-dir om een andere map te kiezen.</translation>
    </message>
    <message>
        <source>The data file {path} is in use by another program. Close the other Toegang Desktop window and try again.</source>
        <translation>Het gegevensbestand {path} is in gebruik door een ander programma. Sluit het andere venster van Toegang Desktop en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Updating the data file {path} to this version failed ({detail}). The file was left as it was; a copy is in the backups folder.</source>
        <translation>Het bijwerken van het gegevensbestand {path} naar deze versie is mislukt ({detail}). Het bestand is niet veranderd; er staat een kopie in de map met back-ups.</translation>
    </message>
    <message>
        <source>A backup of the data could not be made ({detail}). Your data itself was not changed. Check that the disk is not full; the next backup is tried automatically.</source>
        <translation>Er kon geen back-up van de gegevens worden gemaakt ({detail}). Je gegevens zelf zijn niet veranderd. Kijk of de schijf niet vol is; de volgende back-up wordt vanzelf geprobeerd.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged and cannot be restored. Nothing was changed. Choose another backup.</source>
        <translation>De back-up {path} is beschadigd en kan niet worden teruggezet. Er is niets gewijzigd. Kies een andere back-up.</translation>
    </message>
    <message>
        <source>The data file {path} cannot be used ({detail}).</source>
        <translation>Het gegevensbestand {path} kan niet worden gebruikt ({detail}).</translation>
    </message>
    <message>
        <source>This recovery code is not right. Check it against the code you wrote down; letters and numbers that look alike are accepted either way.</source>
        <translation>Deze herstelcode klopt niet. Vergelijk hem met de code die je hebt opgeschreven; letters en cijfers die op elkaar lijken (O en 0, I en 1) worden allebei geaccepteerd.</translation>
    </message>
    <message>
        <source>This password is not right. Check Caps Lock and the keyboard language, and try again. Forgotten it? Use the recovery code.</source>
        <translation>Dit wachtwoord klopt niet. Controleer Caps Lock en de toetsenbordtaal en probeer het opnieuw. Vergeten? Gebruik de herstelcode.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged or was made by a newer version, so the data cannot be opened. Nothing was changed. Copy the key file from the backups folder (toegang.sleutels) back into place, or ask your application manager.</source>
        <translation>Het sleutelbestand {path} is beschadigd of gemaakt door een nieuwere versie, dus de gegevens kunnen niet worden geopend. Er is niets veranderd. Zet het sleutelbestand uit de back-upmap (toegang.sleutels) terug, of vraag het je applicatiebeheerder.</translation>
    </message>
    <message>
        <source>The data file {path} is encrypted, but its key file (toegang.sleutels) is missing. Nothing was changed. Copy the key file from the backups folder back into the data folder and start again.</source>
        <translation>Het gegevensbestand {path} is versleuteld, maar het sleutelbestand (toegang.sleutels) ontbreekt. Er is niets veranderd. Kopieer het sleutelbestand uit de back-upmap terug naar de gegevensmap en start opnieuw.</translation>
    </message>
    <message>
        <source>The data file {path} cannot be opened with this key file: the key file belongs to another data file, or the data file is damaged. Nothing was changed. Put back the key file that belongs to it, or restore a backup.</source>
        <translation>Het gegevensbestand {path} gaat niet open met dit sleutelbestand: het sleutelbestand hoort bij een ander gegevensbestand, of het gegevensbestand is beschadigd. Er is niets veranderd. Zet het bijbehorende sleutelbestand terug, of zet een back-up terug.</translation>
    </message>
    <message>
        <source>The data file {path} is not encrypted yet. Start Toegang Desktop to encrypt it.</source>
        <translation>Het gegevensbestand {path} is nog niet versleuteld. Start Toegang Desktop om het te versleutelen.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>het bestand bestaat niet</translation>
    </message>
    <message>
        <source>the file cannot be read ({detail})</source>
        <translation>het bestand kan niet worden gelezen ({detail})</translation>
    </message>
    <message>
        <source>the file is not valid TOML ({detail})</source>
        <translation>het bestand is geen geldige TOML ({detail})</translation>
    </message>
    <message>
        <source>&apos;{detail}&apos; is missing</source>
        <translation>&apos;{detail}&apos; ontbreekt</translation>
    </message>
    <message>
        <source>a table ([...]) was expected</source>
        <translation>er werd een tabel ([...]) verwacht</translation>
    </message>
    <message>
        <source>a text between quotes was expected</source>
        <translation>er werd een tekst tussen aanhalingstekens verwacht</translation>
    </message>
    <message>
        <source>a list [...] was expected</source>
        <translation>er werd een lijst [...] verwacht</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>de tekst is leeg</translation>
    </message>
    <message>
        <source>the number of items must be {detail}</source>
        <translation>het aantal items moet {detail} zijn</translation>
    </message>
    <message>
        <source>the key &apos;{detail}&apos; may only hold letters a-z, digits and _</source>
        <translation>de sleutel &apos;{detail}&apos; mag alleen letters a-z, cijfers en _ bevatten</translation>
    </message>
    <message>
        <source>the key &apos;{detail}&apos; occurs twice</source>
        <translation>de sleutel &apos;{detail}&apos; komt twee keer voor</translation>
    </message>
    <message>
        <source>&apos;{detail}&apos; is no known condition (use count, marker, household, all or any)</source>
        <translation>&apos;{detail}&apos; is geen bekende voorwaarde (gebruik count, marker, household, all of any)</translation>
    </message>
    <message>
        <source>the life domain &apos;{detail}&apos; is not in the checklist</source>
        <translation>het leefgebied &apos;{detail}&apos; staat niet in de checklist</translation>
    </message>
    <message>
        <source>the value &apos;{detail}&apos; is not allowed here</source>
        <translation>de waarde &apos;{detail}&apos; is hier niet toegestaan</translation>
    </message>
    <message>
        <source>the key &apos;{detail}&apos; is not known here</source>
        <translation>de sleutel &apos;{detail}&apos; is hier onbekend</translation>
    </message>
    <message>
        <source>a whole number ({detail}) was expected</source>
        <translation>er werd een geheel getal ({detail}) verwacht</translation>
    </message>
    <message>
        <source>true or false was expected</source>
        <translation>er werd true of false verwacht</translation>
    </message>
    <message>
        <source>the text may have at most {detail} characters</source>
        <translation>de tekst mag hoogstens {detail} tekens hebben</translation>
    </message>
    <message>
        <source>the name &apos;{detail}&apos; occurs twice</source>
        <translation>de naam &apos;{detail}&apos; komt twee keer voor</translation>
    </message>
    <message>
        <source>it is nested more than {detail} levels deep, which no content file needs</source>
        <translation>het is meer dan {detail} niveaus diep genest, en dat heeft geen inhoudsbestand nodig</translation>
    </message>
    <message>
        <source>from line {detail} on it is nested deeper than any content file needs</source>
        <translation>vanaf regel {detail} is het dieper genest dan een inhoudsbestand ooit nodig heeft</translation>
    </message>
    <message>
        <source>the file is larger than {detail}, too large for a content file</source>
        <translation>het bestand is groter dan {detail}, te groot voor een inhoudsbestand</translation>
    </message>
    <message>
        <source>a number in it has too many digits</source>
        <translation>er staat een getal in met te veel cijfers</translation>
    </message>
    <message>
        <source>The file {path} cannot be used: {problem}.</source>
        <translation>Het bestand {path} is niet te gebruiken: {problem}.</translation>
    </message>
    <message>
        <source>The file {path} cannot be used: at {place}, {problem}.</source>
        <translation>Het bestand {path} is niet te gebruiken: bij {place}: {problem}.</translation>
    </message>
    <message>
        <source>The standard file is used instead; correct the file and restart.</source>
        <translation>Het standaardbestand wordt gebruikt; verbeter het bestand en start opnieuw.</translation>
    </message>
    <message>
        <source>that is a file or folder of Toegang Desktop itself (its data, key, backups or logs), where no export may be saved</source>
        <translation>dat is een bestand of map van Toegang Desktop zelf (de gegevens, de sleutel, back-ups of logboeken), waar geen export mag komen</translation>
    </message>
    <message>
        <source>that name is a folder</source>
        <translation>die naam is een map</translation>
    </message>
    <message>
        <source>a file with that name already exists</source>
        <translation>er bestaat al een bestand met die naam</translation>
    </message>
    <message>
        <source>part of that path is a file, not a folder</source>
        <translation>een deel van die plek is een bestand, geen map</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>de map bestaat niet</translation>
    </message>
    <message>
        <source>there is no permission to write there, or the file is open in another program</source>
        <translation>je mag daar niet schrijven, of het bestand is open in een ander programma</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>that place can only be read (a locked or read-only disk)</source>
        <translation>daar kan alleen gelezen worden (een vergrendelde of alleen-lezen schijf)</translation>
    </message>
    <message>
        <source>the system refused it (error {code})</source>
        <translation>het systeem weigerde het (foutcode {code})</translation>
    </message>
    <message>
        <source>The file could not be saved: {reason}. Choose another folder or file name and try again.</source>
        <translation>Het bestand kon niet worden opgeslagen: {reason}. Kies een andere map of bestandsnaam en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The report could not be saved: {reason}. Choose another folder or file name and try again.</source>
        <translation>Het verslag kon niet worden opgeslagen: {reason}. Kies een andere map of bestandsnaam en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>MigrationProgress</name>
    <message>
        <source>Toegang Desktop has been updated. A safety copy of your data is made first.
Do not close the program.</source>
        <translation>Toegang Desktop is bijgewerkt. Eerst wordt een veiligheidskopie van je gegevens gemaakt.
Sluit het programma niet af.</translation>
    </message>
    <message>
        <source>Your data is being updated for this version of Toegang Desktop.
Do not close the program.</source>
        <translation>Je gegevens worden bijgewerkt voor deze versie van Toegang Desktop.
Sluit het programma niet af.</translation>
    </message>
</context>
<context>
    <name>PartnerChooser</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Partner directory…</source>
        <translation>Partnerlijst…</translation>
    </message>
    <message>
        <source>Partner directory</source>
        <translation>Partnerlijst</translation>
    </message>
    <message>
        <source>Choose a partner…</source>
        <translation>Kies een partner…</translation>
    </message>
    <message>
        <source>%1 (deactivated)</source>
        <translation>%1 (gedeactiveerd)</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Partner directory</source>
        <translation>Partnerlijst</translation>
    </message>
    <message>
        <source>Organisations the local team makes agreements with. A partner that is no longer used is deactivated, not deleted: earlier agreements keep its name.</source>
        <translation>Organisaties waarmee het lokale team afspraken maakt. Een partner die niet meer wordt gebruikt, wordt gedeactiveerd en niet verwijderd: eerdere afspraken houden de naam.</translation>
    </message>
    <message>
        <source>Show deactivated partners</source>
        <translation>Gedeactiveerde partners tonen</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>What they offer</source>
        <translation>Wat ze bieden</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Partner toevoegen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Partner wijzigen</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactiveren</translation>
    </message>
    <message>
        <source>Standard list</source>
        <translation>Standaardlijst</translation>
    </message>
    <message>
        <source>Added by the team</source>
        <translation>Toegevoegd door het team</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Gedeactiveerd</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Weer activeren</translation>
    </message>
    <message>
        <source>Deactivate partner</source>
        <translation>Partner deactiveren</translation>
    </message>
    <message>
        <source>Reactivate partner</source>
        <translation>Partner weer activeren</translation>
    </message>
</context>
<context>
    <name>PartnerEditDialog</name>
    <message>
        <source>Change partner</source>
        <translation>Partner wijzigen</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nieuwe partner</translation>
    </message>
    <message>
        <source>Organisation, required</source>
        <translation>Organisatie, verplicht</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>a desk or route, not a person&apos;s private number</source>
        <translation>een loket of route, niet het privénummer van een persoon</translation>
    </message>
    <message>
        <source>What they offer</source>
        <translation>Wat ze bieden</translation>
    </message>
    <message>
        <source>Organisation*</source>
        <translation>Organisatie*</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>The password is too short: use at least %1 characters. A sentence you can remember is strong and easy to type.</source>
        <translation>Het wachtwoord is te kort: gebruik minstens %1 tekens. Een zin die je kunt onthouden is sterk en makkelijk te typen.</translation>
    </message>
    <message>
        <source>The password starts or ends with a space. Remove it: a space there is easily forgotten when you type it again.</source>
        <translation>Het wachtwoord begint of eindigt met een spatie. Haal die weg: een spatie aan het begin of eind vergeet je makkelijk bij het intypen.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the same password twice.</source>
        <translation>De twee wachtwoorden zijn niet gelijk. Typ twee keer hetzelfde wachtwoord.</translation>
    </message>
</context>
<context>
    <name>PeriodReportDialog</name>
    <message>
        <source>Period report</source>
        <translation>Perioderapportage</translation>
    </message>
    <message>
        <source>An anonymous report for policy: counts only, no personal data and no free text. Counts from 1 to %1 are shown as “&lt; %2”.</source>
        <translation>Een anonieme rapportage voor beleid: alleen aantallen, geen persoonsgegevens en geen vrije tekst. Aantallen van 1 tot en met %1 staan er als “&lt; %2”.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <translation>%1 (tot nu toe)</translation>
    </message>
    <message>
        <source>Other period…</source>
        <translation>Andere periode…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exporteren…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>Export aggregate file…</source>
        <translation>Aggregaatbestand exporteren…</translation>
    </message>
    <message>
        <source>For the team report: a file with this workstation&apos;s counts (no personal data) that a colleague merges with the files of the others.</source>
        <translation>Voor de teamrapportage: een bestand met de aantallen van deze werkplek (geen persoonsgegevens), dat een collega samenvoegt met de bestanden van de anderen.</translation>
    </message>
    <message>
        <source>Merge aggregate files…</source>
        <translation>Aggregaatbestanden samenvoegen…</translation>
    </message>
    <message>
        <source>Choose the aggregate files of several workstations (same period): the report then shows the team&apos;s total.</source>
        <translation>Kies de aggregaatbestanden van meerdere werkplekken (dezelfde periode): de rapportage toont dan het totaal van het team.</translation>
    </message>
    <message>
        <source>Back to this workstation</source>
        <translation>Terug naar deze werkplek</translation>
    </message>
    <message>
        <source>Quarter %1 %2 (%3 to %4)</source>
        <translation>Kwartaal %1 %2 (%3 t/m %4)</translation>
    </message>
    <message>
        <source>Enter the period as two dates (dd-mm-yyyy), the second on or after the first.</source>
        <translation>Vul de periode in als twee datums (dd-mm-jjjj), de tweede op of na de eerste.</translation>
    </message>
    <message numerus="yes">
        <source>Team report, merged from %n workstation(s).</source>
        <translation>
            <numerusform>Teamrapportage, samengevoegd uit %n werkplek.</numerusform>
            <numerusform>Teamrapportage, samengevoegd uit %n werkplekken.</numerusform>
        </translation>
    </message>
    <message>
        <source>This workstation.</source>
        <translation>Deze werkplek.</translation>
    </message>
    <message>
        <source>%1 to %2. %3</source>
        <translation>%1 t/m %2. %3</translation>
    </message>
    <message>
        <source>Bottlenecks: %1 (previous period %2, difference %3), of which solved: %4</source>
        <translation>Knelpunten: %1 (vorige periode %2, verschil %3), waarvan opgelost: %4</translation>
    </message>
    <message>
        <source>Neighbourhood signals: %1</source>
        <translation>Wijksignalen: %1</translation>
    </message>
    <message>
        <source>Conversations: %1</source>
        <translation>Gesprekken: %1</translation>
    </message>
    <message>
        <source>Investigations finished within 6 weeks: %1; median days from request to report: %2</source>
        <translation>Onderzoeken binnen 6 weken afgerond: %1; mediaan aantal dagen van melding tot verslag: %2</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Aggregate files (*.json)</source>
        <translation>Aggregaatbestanden (*.json)</translation>
    </message>
    <message>
        <source>Merge aggregate files</source>
        <translation>Aggregaatbestanden samenvoegen</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Route and plan</source>
        <translation>Route en plan</translation>
    </message>
    <message>
        <source>Choose the route that fits and record the agreements. The app offers the choices; you decide. Changes are saved as you make them.</source>
        <translation>Kies de route die past en leg de afspraken vast. Het programma biedt de keuzes; jij beslist. Wijzigingen worden meteen opgeslagen.</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>One integrated plan with one coordinating professional</source>
        <translation>Eén integraal plan met één regievoerder</translation>
    </message>
    <message>
        <source>A long-lasting indication for a lifelong need</source>
        <translation>Een langdurige indicatie voor een levenslange ondersteuningsbehoefte</translation>
    </message>
    <message>
        <source>Instead of assessing the same lifelong need again and again.</source>
        <translation>In plaats van dezelfde levenslange ondersteuningsbehoefte steeds opnieuw te beoordelen.</translation>
    </message>
    <message>
        <source>Escalate a rule that blocks help (knelpunt)</source>
        <translation>Een regel die hulp in de weg staat, opschalen (knelpunt)</translation>
    </message>
    <message>
        <source>Which rule or gap blocks help. No names or other personal data: this note feeds anonymous reports.</source>
        <translation>Welke regel of welk gat hulp in de weg staat. Geen namen of andere persoonsgegevens: deze notitie wordt gebruikt voor anonieme rapportages.</translation>
    </message>
    <message>
        <source>Coordinating professional</source>
        <translation>Regievoerder</translation>
    </message>
    <message>
        <source>Why this fits</source>
        <translation>Waarom dit past</translation>
    </message>
    <message>
        <source>Budget note</source>
        <translation>Toelichting budget</translation>
    </message>
    <message>
        <source>What blocks help</source>
        <translation>Wat hulp in de weg staat</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Record bottleneck…</source>
        <translation>Knelpunt vastleggen…</translation>
    </message>
    <message>
        <source>Record where help got stuck for the learning loop, pre-filled with the note above, the life domains of concern and the laws of the route.</source>
        <translation>Leg voor de leerloop vast waar de hulp vastliep, al ingevuld met de notitie hierboven, de leefgebieden met zorgen en de wetten van de route.</translation>
    </message>
    <message>
        <source>Connections to make</source>
        <translation>Verbindingen die gelegd moeten worden</translation>
    </message>
    <message>
        <source>Other connection</source>
        <translation>Andere verbinding</translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation>Wie doet wat</translation>
    </message>
    <message>
        <source>The local team stays involved when other help starts</source>
        <translation>Het lokale team blijft betrokken als andere hulp start</translation>
    </message>
    <message>
        <source>What the local team does itself</source>
        <translation>Wat het lokale team zelf doet</translation>
    </message>
    <message>
        <source>What is referred, and to whom</source>
        <translation>Wat wordt doorverwezen, en naar wie</translation>
    </message>
    <message>
        <source>Evaluation date</source>
        <translation>Evaluatiedatum</translation>
    </message>
    <message numerus="yes">
        <source>%n bottleneck(s) recorded from this conversation.</source>
        <translation>
            <numerusform>%n knelpunt vastgelegd vanuit dit gesprek.</numerusform>
            <numerusform>%n knelpunten vastgelegd vanuit dit gesprek.</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluation date: enter a real date as dd-mm-yyyy, or leave it empty.</source>
        <translation>Evaluatiedatum: vul een bestaande datum in als dd-mm-jjjj, of laat het veld leeg.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Choose a folder for the access request</source>
        <translation>Kies een map voor het inzageverzoek</translation>
    </message>
    <message>
        <source>The access request could not be written to %1 (%2). Choose another folder.</source>
        <translation>Het inzageverzoek kon niet worden opgeslagen in %1 (%2). Kies een andere map.</translation>
    </message>
    <message>
        <source>The team server&apos;s list of every colleague who saw the dossier (with each emergency access and its reason) is in %1.</source>
        <translation>De lijst van de teamserver met elke collega die het dossier heeft gezien (met elke noodtoegang en de reden ervan) staat in %1.</translation>
    </message>
    <message>
        <source>Everything stored about this resident was written to %1: the dossier file, a report per conversation, the history of corrected details and the access log. Restricted reporting-code parts are included and marked: check them before handing the folder over. Keep it safe and delete it when it has been handed over.</source>
        <translation>Alles wat over deze inwoner is vastgelegd, staat nu in %1: het dossierbestand, een verslag per gesprek, de geschiedenis van gecorrigeerde gegevens en het toegangslog. Afgeschermde delen van de meldcode zitten erin en zijn gemarkeerd: controleer die voordat je de map overhandigt. Bewaar de map veilig en verwijder haar na het overhandigen.</translation>
    </message>
    <message>
        <source>Everything stored about this resident was written to %1: the dossier file, a report per conversation, the history of corrected details and the access log, without restricted reporting-code parts. Keep it safe and delete it when it has been handed over.</source>
        <translation>Alles wat over deze inwoner is vastgelegd, staat nu in %1: het dossierbestand, een verslag per gesprek, de geschiedenis van gecorrigeerde gegevens en het toegangslog, zonder afgeschermde meldcodegegevens. Bewaar het veilig en verwijder het als het is overhandigd.</translation>
    </message>
    <message>
        <source>This dossier has a restricted reporting-code record: the steps taken under the reporting code for domestic violence and child abuse, with the concerns, consultations and the decision.

The law allows you to leave it out of an access request where giving it would harm the safety of others, such as a child or the person who raised the concern. When in doubt, leave it out and discuss it with your reporting-code officer first.

Include the restricted record in this access request?</source>
        <translation>Dit dossier heeft een afgeschermd meldcodeverslag: de stappen van de meldcode huiselijk geweld en kindermishandeling, met de zorgen, het overleg en het besluit.

De wet staat toe dat je het buiten een inzageverzoek houdt als het geven ervan de veiligheid van anderen zou schaden, zoals van een kind of van degene die de zorg meldde. Twijfel je, laat het dan weg en overleg eerst met de aandachtsfunctionaris.

Het afgeschermde meldcodeverslag in dit inzageverzoek opnemen?</translation>
    </message>
    <message>
        <source>The end of help, %1, lies before the first conversation of this dossier, on %2.</source>
        <translation>Het einde van de hulp, %1, ligt vóór het eerste gesprek van dit dossier, op %2.</translation>
    </message>
    <message>
        <source>With this end of help the retention period ended on %1, so the dossier would be removed for good at the next purge of dossiers past their retention date.</source>
        <translation>Met dit einde van de hulp is de bewaartermijn al verlopen op %1. Het dossier wordt dan bij de volgende opschoning van dossiers voorbij de bewaartermijn definitief verwijderd.</translation>
    </message>
    <message>
        <source>Close the dossier with %1 as the end of help anyway? Choose No to correct the date.</source>
        <translation>Het dossier toch afsluiten met %1 als einde van de hulp? Kies Nee om de datum te verbeteren.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) removed.</source>
        <translation>
            <numerusform>%n dossier verwijderd.</numerusform>
            <numerusform>%n dossiers verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export access log</source>
        <translation>Toegangslog exporteren</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <source>The access log could not be written to %1 (%2). Choose another folder.</source>
        <translation>Het toegangslog kon niet worden opgeslagen in %1 (%2). Kies een andere map.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the access log were written to %1.</source>
        <translation>
            <numerusform>%n regel van het toegangslog is opgeslagen in %1.</numerusform>
            <numerusform>%n regels van het toegangslog zijn opgeslagen in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The access log is intact: %n line(s) checked.</source>
        <translation>
            <numerusform>Het toegangslog is in orde: %n regel gecontroleerd.</numerusform>
            <numerusform>Het toegangslog is in orde: %n regels gecontroleerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The access log has been changed outside the app, first at line %1. Tell your privacy officer; do not change anything in the data folder.</source>
        <translation>Het toegangslog is buiten de app gewijzigd, voor het eerst bij regel %1. Meld dit bij je privacyfunctionaris en verander niets in de gegevensmap.</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Ingezien</translation>
    </message>
    <message>
        <source>Searched</source>
        <translation>Gezocht</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Geëxporteerd</translation>
    </message>
    <message>
        <source>Report made (PDF)</source>
        <translation>Verslag gemaakt (pdf)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Teruggezet</translation>
    </message>
    <message>
        <source>Access log exported</source>
        <translation>Toegangslog geëxporteerd</translation>
    </message>
    <message>
        <source>Old log lines removed</source>
        <translation>Oude logregels verwijderd</translation>
    </message>
    <message>
        <source>dossier closed</source>
        <translation>dossier afgesloten</translation>
    </message>
    <message>
        <source>dossier reopened</source>
        <translation>dossier heropend</translation>
    </message>
    <message>
        <source>access request</source>
        <translation>inzageverzoek</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>gesprek</translation>
    </message>
    <message>
        <source>dossier file</source>
        <translation>dossierbestand</translation>
    </message>
    <message>
        <source>retention period over</source>
        <translation>bewaartermijn verstreken</translation>
    </message>
    <message>
        <source>for the resident</source>
        <translation>voor de inwoner</translation>
    </message>
    <message>
        <source>for the file</source>
        <translation>voor het dossier</translation>
    </message>
    <message>
        <source>reporting code (restricted)</source>
        <translation>meldcode (afgeschermd)</translation>
    </message>
    <message>
        <source>history of corrected details</source>
        <translation>geschiedenis van gecorrigeerde gegevens</translation>
    </message>
    <message>
        <source>with the restricted reporting-code record</source>
        <translation>met het afgeschermde meldcodeverslag</translation>
    </message>
    <message>
        <source>restricted reporting-code record withheld</source>
        <translation>afgeschermd meldcodeverslag achtergehouden</translation>
    </message>
    <message numerus="yes">
        <source>in %n text(s) of the bottlenecks and neighbourhood signals, the resident&apos;s name or street was replaced by [verwijderd] (names: %1, streets: %2)</source>
        <translation>
            <numerusform>in %n tekst van de knelpunten en wijksignalen is de naam of straat van de inwoner vervangen door [verwijderd] (namen: %1, straten: %2)</numerusform>
            <numerusform>in %n teksten van de knelpunten en wijksignalen is de naam of straat van de inwoner vervangen door [verwijderd] (namen: %1, straten: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency access (break the glass)</source>
        <translation>Noodtoegang (break the glass)</translation>
    </message>
    <message>
        <source>Colleague involved</source>
        <translation>Collega betrokken</translation>
    </message>
    <message>
        <source>Involvement ended</source>
        <translation>Betrokkenheid beëindigd</translation>
    </message>
    <message>
        <source>Coordination handed over</source>
        <translation>Regie overgedragen</translation>
    </message>
    <message>
        <source>Handover proposed</source>
        <translation>Overdracht voorgesteld</translation>
    </message>
    <message>
        <source>Taken along for a home visit</source>
        <translation>Meegenomen voor een huisbezoek</translation>
    </message>
    <message>
        <source>Returned after a home visit</source>
        <translation>Teruggegeven na een huisbezoek</translation>
    </message>
    <message>
        <source>Brought to the case discussion</source>
        <translation>Ingebracht in het casuïstiekoverleg</translation>
    </message>
    <message>
        <source>Received on a laptop</source>
        <translation>Ontvangen op een laptop</translation>
    </message>
    <message>
        <source>Changes sent from a laptop</source>
        <translation>Wijzigingen verstuurd vanaf een laptop</translation>
    </message>
    <message>
        <source>Team history viewed</source>
        <translation>Teamgeschiedenis ingezien</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>Teamleider</translation>
    </message>
    <message>
        <source>Privacy officer</source>
        <translation>Privacyfunctionaris</translation>
    </message>
    <message>
        <source>agreement {number} removed</source>
        <translation>afspraak {number} verwijderd</translation>
    </message>
    <message>
        <source>agreement {number}</source>
        <translation>afspraak {number}</translation>
    </message>
    <message>
        <source>decision on a signal</source>
        <translation>beslissing over een signaal</translation>
    </message>
    <message>
        <source>bottleneck removed</source>
        <translation>knelpunt verwijderd</translation>
    </message>
    <message>
        <source>bottleneck</source>
        <translation>knelpunt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gelukt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>Wmo 2015</source>
        <translation>Wmo 2015</translation>
    </message>
    <message>
        <source>Jeugdwet (youth care)</source>
        <translation>Jeugdwet</translation>
    </message>
    <message>
        <source>Request of the resident (art. 17 AVG)</source>
        <translation>Verzoek van de inwoner (art. 17 AVG)</translation>
    </message>
    <message>
        <source>Should not have been recorded</source>
        <translation>Had niet vastgelegd mogen worden</translation>
    </message>
    <message>
        <source>Duplicate dossier</source>
        <translation>Dubbel dossier</translation>
    </message>
    <message>
        <source>Registered by mistake</source>
        <translation>Per vergissing ingeschreven</translation>
    </message>
</context>
<context>
    <name>PrivacyWiring</name>
    <message>
        <source>&amp;Export access log (CSV)…</source>
        <translation>Toegangslog &amp;exporteren (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Check access log</source>
        <translation>Toegangslog &amp;controleren</translation>
    </message>
    <message>
        <source>&amp;Remove dossiers past retention…</source>
        <translation>Dossiers voorbij bewaartermijn &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Retention &amp;periods…</source>
        <translation>&amp;Bewaartermijnen…</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <source>Problems with the input</source>
        <translation>Problemen met de invoer</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Remove dossiers past their retention date</source>
        <translation>Dossiers voorbij de bewaartermijn verwijderen</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Inwoner</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Afgesloten op</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Bewaren tot</translation>
    </message>
    <message>
        <source>Dossiers past their retention date</source>
        <translation>Dossiers voorbij de bewaartermijn</translation>
    </message>
    <message numerus="yes">
        <source>These %n dossier(s) have passed their retention date. Removing them deletes everything stored about these residents; old access-log lines (over five years) are removed too.</source>
        <translation>
            <numerusform>Dit dossier is voorbij de bewaartermijn. Verwijderen wist alles wat over deze inwoner is vastgelegd; oude regels van het toegangslog (ouder dan vijf jaar) gaan ook weg.</numerusform>
            <numerusform>Deze %n dossiers zijn voorbij de bewaartermijn. Verwijderen wist alles wat over deze inwoners is vastgelegd; oude regels van het toegangslog (ouder dan vijf jaar) gaan ook weg.</numerusform>
        </translation>
    </message>
    <message>
        <source>No dossier has passed its retention date.</source>
        <translation>Geen enkel dossier is voorbij de bewaartermijn.</translation>
    </message>
    <message>
        <source>I have checked the list; remove these dossiers for good</source>
        <translation>Ik heb de lijst gecontroleerd; verwijder deze dossiers definitief</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Open with the recovery code</source>
        <translation>Openen met de herstelcode</translation>
    </message>
    <message>
        <source>Enter the recovery code you wrote down when the password was set, and choose a new password. The recovery code stays valid.</source>
        <translation>Vul de herstelcode in die je opschreef toen het wachtwoord werd ingesteld, en kies een nieuw wachtwoord. De herstelcode blijft geldig.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nieuw wachtwoord nogmaals</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>Herstel&amp;code:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>Nieuw wachtwoord &amp;nogmaals:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
</context>
<context>
    <name>ReportDetailsDialog</name>
    <message>
        <source>Report details</source>
        <translation>Gegevens voor het verslag</translation>
    </message>
    <message>
        <source>These details appear on every report you export from this computer.</source>
        <translation>Deze gegevens staan op elk verslag dat je vanaf deze computer exporteert.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>e.g. Gemeente Voorbeeldstad</source>
        <translation>bijv. Gemeente Voorbeeldstad</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>Logobestand</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>geen logo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Choose a logo file</source>
        <translation>Kies een logobestand</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>How residents reach you</source>
        <translation>Hoe inwoners je bereiken</translation>
    </message>
    <message>
        <source>e.g. the team&apos;s phone number or e-mail address</source>
        <translation>bijv. het telefoonnummer of e-mailadres van het team</translation>
    </message>
    <message>
        <source>Print &amp;signature blocks (resident and professional)</source>
        <translation>&amp;Ondertekeningsvakken afdrukken (inwoner en professional)</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Gemeente</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Je &amp;naam</translation>
    </message>
    <message>
        <source>How residents &amp;reach you</source>
        <translation>Hoe inwoners je &amp;bereiken</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Kies een logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The logo file %1 does not exist. Choose another file or leave the field empty.</source>
        <translation>Het logobestand %1 bestaat niet. Kies een ander bestand of laat het veld leeg.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export report (PDF)</source>
        <translation>Verslag exporteren (pdf)</translation>
    </message>
    <message>
        <source>For the &amp;resident</source>
        <translation>Voor de &amp;inwoner</translation>
    </message>
    <message>
        <source>For the &amp;file</source>
        <translation>Voor het &amp;dossier</translation>
    </message>
    <message>
        <source>Include the restricted &amp;reporting-code record</source>
        <translation>Het afgeschermde &amp;meldcodeverslag opnemen</translation>
    </message>
    <message>
        <source>This conversation has no reporting-code record.</source>
        <translation>Bij dit gesprek hoort geen meldcodeverslag.</translation>
    </message>
    <message>
        <source>&amp;Open after saving</source>
        <translation>Na opslaan &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Op&amp;slaan als pdf…</translation>
    </message>
    <message>
        <source>In plain words, to give to the resident: what was discussed, in their own words, and what was agreed. Without the restricted reporting-code record.</source>
        <translation>In gewone woorden, om aan de inwoner te geven: wat er besproken is, in eigen woorden, en wat er is afgesproken. Zonder het afgeschermde meldcodeverslag.</translation>
    </message>
    <message>
        <source>Complete, for the dossier: also the signals with their weighing, the investigation and the legal terms.</source>
        <translation>Volledig, voor het dossier: ook de signalen met hun weging, het onderzoek en de wettelijke termijnen.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Verslag opslaan</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Pdf-document (*.pdf)</translation>
    </message>
    <message>
        <source>This conversation no longer exists, so there is no report to export.</source>
        <translation>Dit gesprek bestaat niet meer, dus er is geen verslag om te exporteren.</translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <source>Change resident</source>
        <translation>Inwoner wijzigen</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>Nieuwe inwoner</translation>
    </message>
    <message>
        <source>optional, 9 digits</source>
        <translation>optioneel, 9 cijfers</translation>
    </message>
    <message>
        <source>First name(s)*</source>
        <translation>Voornaam/voornamen*</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <source>Surname*</source>
        <translation>Achternaam*</translation>
    </message>
    <message>
        <source>Date of birth*</source>
        <translation>Geboortedatum*</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <source>Postcode and city</source>
        <translation>Postcode en woonplaats</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>, required</source>
        <translation>, verplicht</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Inwoner</translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation>Adres en contact</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Date of birth: enter a real date as dd-mm-yyyy.</source>
        <translation>Geboortedatum: vul een bestaande datum in als dd-mm-jjjj.</translation>
    </message>
    <message>
        <source>Household member %1: the date of birth is not a real date (dd-mm-yyyy).</source>
        <translation>Huisgenoot %1: de geboortedatum is geen bestaande datum (dd-mm-jjjj).</translation>
    </message>
    <message>
        <source>Household member %1, %2</source>
        <translation>Huisgenoot %1, %2</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Herstel uit back-up</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The data as it is now is saved as a backup first, so nothing is lost. Changes made after the chosen backup are not in it.
Backups are kept in %1.</source>
        <translation>Kies de back-up waarnaar je terug wilt. De gegevens zoals ze nu zijn, worden eerst als back-up bewaard, dus er gaat niets verloren. Wijzigingen van na de gekozen back-up staan er niet in.
De back-ups staan in %1.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>There are no backups yet. A backup is made when the app starts and every 30 minutes while data changes.</source>
        <translation>Er zijn nog geen back-ups. Er wordt een back-up gemaakt bij het starten van de app en elke 30 minuten zolang er gegevens veranderen.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Terugzetten…</translation>
    </message>
    <message>
        <source>Go back to the backup of %1 at %2 (%3)?

The data as it is now is saved as a backup first. Changes made after %2 are not in this backup. The window closes and opens again on the restored data.</source>
        <translation>Teruggaan naar de back-up van %1 om %2 (%3)?

De gegevens zoals ze nu zijn, worden eerst als back-up bewaard. Wijzigingen van na %2 staan niet in deze back-up. Het venster sluit en opent opnieuw met de teruggezette gegevens.</translation>
    </message>
</context>
<context>
    <name>RetentionSettingsDialog</name>
    <message>
        <source>Retention periods</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <source>Counted from the day help ended. Applies to dossiers closed from now on. The law asks at least 20 years for youth care.</source>
        <translation>Gerekend vanaf de dag dat de hulp eindigde. Geldt voor dossiers die vanaf nu worden afgesloten. Voor jeugdhulp vraagt de wet minstens 20 jaar.</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>Reporting code – %1</source>
        <translation>Meldcode – %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restricted.&lt;/b&gt; This reporting-code record is visible only here. It is not shown in lists or summaries.</source>
        <translation>&lt;b&gt;Afgeschermd.&lt;/b&gt; Wat je voor de meldcode vastlegt, is alleen hier te zien. Het staat niet in lijsten of overzichten.</translation>
    </message>
    <message>
        <source>Restricted record</source>
        <translation>Afgeschermde vastlegging</translation>
    </message>
    <message>
        <source>Steps of the reporting code</source>
        <translation>Stappen van de meldcode</translation>
    </message>
    <message>
        <source>← Previous step</source>
        <translation>← Vorige stap</translation>
    </message>
    <message>
        <source>Next step →</source>
        <translation>Volgende stap →</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Stap %1: %2</translation>
    </message>
    <message>
        <source>Step %1: %2, done</source>
        <translation>Stap %1: %2, afgerond</translation>
    </message>
    <message>
        <source>Advice under the reporting code: not known yet. Answer question %1 first.</source>
        <translation>Advies volgens de meldcode: nog niet bekend. Beantwoord eerst vraag %1.</translation>
    </message>
    <message>
        <source>Advice under the reporting code: %1</source>
        <translation>Advies volgens de meldcode: %1</translation>
    </message>
    <message>
        <source>(acute or structural unsafety: always report)</source>
        <translation>(acute of structurele onveiligheid: altijd melden)</translation>
    </message>
    <message>
        <source>This decision differs from the advice: say in the reason why.</source>
        <translation>Deze beslissing wijkt af van het advies: leg bij de reden uit waarom.</translation>
    </message>
    <message>
        <source>Consultation %1: enter a real date as dd-mm-yyyy.</source>
        <translation>Consultatie %1: vul een bestaande datum in als dd-mm-jjjj.</translation>
    </message>
    <message>
        <source>%1: enter a real date as dd-mm-yyyy.</source>
        <translation>%1: vul een bestaande datum in als dd-mm-jjjj.</translation>
    </message>
</context>
<context>
    <name>SafetyPages</name>
    <message>
        <source>Step %1: %2</source>
        <translation>Stap %1: %2</translation>
    </message>
    <message>
        <source>Step %1 is done</source>
        <translation>Stap %1 is afgerond</translation>
    </message>
    <message>
        <source>Record what you saw and heard, when and from whom. Keep facts apart from how you interpret them.</source>
        <translation>Leg vast wat je hebt gezien en gehoord, wanneer en van wie. Houd feiten gescheiden van hoe je ze uitlegt.</translation>
    </message>
    <message>
        <source>Signals (facts, dates, sources)</source>
        <translation>Signalen (feiten, data, bronnen)</translation>
    </message>
    <message>
        <source>Who (role or name)</source>
        <translation>Wie (rol of naam)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>With Veilig Thuis</source>
        <translation>Met Veilig Thuis</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultaties</translation>
    </message>
    <message>
        <source>Add consultation</source>
        <translation>Consultatie toevoegen</translation>
    </message>
    <message>
        <source>Remove consultation</source>
        <translation>Consultatie verwijderen</translation>
    </message>
    <message>
        <source>Consult a colleague, for instance the expert on domestic violence. Where needed, consult Veilig Thuis; this can be done without naming anyone.</source>
        <translation>Raadpleeg een collega, bijvoorbeeld de aandachtsfunctionaris huiselijk geweld. Raadpleeg zo nodig Veilig Thuis; dat kan zonder namen te noemen.</translation>
    </message>
    <message>
        <source>What the consultations gave</source>
        <translation>Wat de consultaties opleverden</translation>
    </message>
    <message>
        <source>Talked with the person concerned on</source>
        <translation>Gesprek met de betrokkene op</translation>
    </message>
    <message>
        <source>If there was no talk: why not</source>
        <translation>Als er geen gesprek was: waarom niet</translation>
    </message>
    <message>
        <source>Talked on</source>
        <translation>Gesprek op</translation>
    </message>
    <message>
        <source>If not: why not</source>
        <translation>Zo niet: waarom niet</translation>
    </message>
    <message>
        <source>Discuss the signals with the person concerned. Skip this only when the talk would endanger someone&apos;s safety, and record why.</source>
        <translation>Bespreek de signalen met de betrokkene. Sla dit alleen over als het gesprek de veiligheid van iemand in gevaar brengt, en leg vast waarom.</translation>
    </message>
    <message>
        <source>What the person concerned said</source>
        <translation>Wat de betrokkene zei</translation>
    </message>
    <message>
        <source>Weigh the risk, the seriousness and the nature of the violence or abuse with the assessment framework (afwegingskader). When in doubt, consult Veilig Thuis.</source>
        <translation>Weeg het risico, de ernst en de aard van het geweld of de mishandeling met het afwegingskader. Raadpleeg Veilig Thuis als je twijfelt.</translation>
    </message>
    <message>
        <source>Weighing</source>
        <translation>Weging</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Beslist op</translation>
    </message>
    <message>
        <source>Reason for the decision, required</source>
        <translation>Reden voor de beslissing, verplicht</translation>
    </message>
    <message>
        <source>Reason*</source>
        <translation>Reden*</translation>
    </message>
    <message>
        <source>Answer the questions in turn. The advice follows from the answers; you decide, and say why.</source>
        <translation>Beantwoord de vragen op volgorde. Het advies volgt uit de antwoorden; jij beslist, en zegt waarom.</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>Overige aantekeningen</translation>
    </message>
</context>
<context>
    <name>SetUpDialog</name>
    <message>
        <source>Protect the data with a password</source>
        <translation>Beveilig de gegevens met een wachtwoord</translation>
    </message>
    <message>
        <source>Toegang Desktop keeps the residents&apos; data encrypted on this computer. If the laptop is lost, nobody can read it without your password.</source>
        <translation>Toegang Desktop bewaart de gegevens van inwoners versleuteld op deze computer. Raakt de laptop zoek, dan kan niemand ze lezen zonder jouw wachtwoord.</translation>
    </message>
    <message>
        <source>Your existing data will be encrypted now; a copy is kept in the backups folder, also encrypted.</source>
        <translation>Je bestaande gegevens worden nu versleuteld; een kopie blijft in de back-upmap, ook versleuteld.</translation>
    </message>
    <message>
        <source>Choose a password of at least 8 characters. A short sentence works well.</source>
        <translation>Kies een wachtwoord van minstens 8 tekens. Een korte zin werkt goed.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Wachtwoord nogmaals</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Wachtwoord &amp;nogmaals:</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <source>This is your recovery code. With it you can open the data if you forget your password, or open a backup on another computer. It is shown only now: write it down and keep it in a safe place, apart from the laptop.</source>
        <translation>Dit is je herstelcode. Hiermee open je de gegevens als je je wachtwoord vergeet, of open je een back-up op een andere computer. De code wordt alleen nu getoond: schrijf hem op en bewaar hem op een veilige plek, niet bij de laptop.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>I have written down the recovery code and keep it in a safe place</source>
        <translation>Ik heb de herstelcode opgeschreven en bewaar hem op een veilige plek</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Beginnen</translation>
    </message>
</context>
<context>
    <name>SettingsMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Use a municipal &amp;checklist…</source>
        <translation>Gemeentelijke &amp;checklist gebruiken…</translation>
    </message>
    <message>
        <source>Use the &amp;standard checklist</source>
        <translation>&amp;Standaardchecklist gebruiken</translation>
    </message>
    <message>
        <source>&amp;Report details…</source>
        <translation>&amp;Gegevens voor het verslag…</translation>
    </message>
    <message>
        <source>The language changes the next time Toegang Desktop starts.</source>
        <translation>De taal verandert als je Toegang Desktop opnieuw start.</translation>
    </message>
    <message>
        <source>Choose a checklist</source>
        <translation>Kies een checklist</translation>
    </message>
    <message>
        <source>Checklist (*.toml)</source>
        <translation>Checklist (*.toml)</translation>
    </message>
    <message>
        <source>The setting was not changed.</source>
        <translation>De instelling is niet gewijzigd.</translation>
    </message>
    <message>
        <source>Checklist “%1” (version %2, %3 domains) is used for new conversations from the next start. Existing conversations keep the domains they were held with.</source>
        <translation>Checklist “%1” (versie %2, %3 leefgebieden) wordt vanaf de volgende start gebruikt voor nieuwe gesprekken. Bestaande gesprekken houden de leefgebieden waarmee ze zijn gevoerd.</translation>
    </message>
    <message>
        <source>The standard checklist is used for new conversations from the next start.</source>
        <translation>Vanaf de volgende start wordt de standaardchecklist gebruikt voor nieuwe gesprekken.</translation>
    </message>
</context>
<context>
    <name>SignalCard</name>
    <message>
        <source>Why:</source>
        <translation>Waarom:</translation>
    </message>
    <message>
        <source>Confirm…</source>
        <translation>Bevestigen…</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Verwerpen…</translation>
    </message>
    <message>
        <source>Withdraw decision</source>
        <translation>Beslissing intrekken</translation>
    </message>
    <message>
        <source>Confirm signal</source>
        <translation>Signaal bevestigen</translation>
    </message>
    <message>
        <source>Dismiss signal</source>
        <translation>Signaal verwerpen</translation>
    </message>
    <message>
        <source>Not yet weighed.</source>
        <translation>Nog niet gewogen.</translation>
    </message>
    <message>
        <source>Confirmed: %1</source>
        <translation>Bevestigd: %1</translation>
    </message>
    <message>
        <source>Dismissed: %1</source>
        <translation>Verworpen: %1</translation>
    </message>
</context>
<context>
    <name>SignalDialog</name>
    <message>
        <source>Change neighbourhood signal</source>
        <translation>Wijksignaal wijzigen</translation>
    </message>
    <message>
        <source>Record neighbourhood signal</source>
        <translation>Wijksignaal vastleggen</translation>
    </message>
    <message>
        <source>A theme you notice across several residents in a neighbourhood (loneliness, energy poverty, a school, a street). It is not about one resident.</source>
        <translation>Een thema dat je bij meerdere inwoners in een wijk ziet (eenzaamheid, energiearmoede, een school, een straat). Het gaat niet over één inwoner.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Neighbourhood or area, required</source>
        <translation>Wijk of buurt, verplicht</translation>
    </message>
    <message>
        <source>e.g. Oosterpark, or the area around a school</source>
        <translation>bijv. Oosterpark, of de buurt rond een school</translation>
    </message>
    <message>
        <source>Date, required</source>
        <translation>Datum, verplicht</translation>
    </message>
    <message>
        <source>What you notice, required</source>
        <translation>Wat je opvalt, verplicht</translation>
    </message>
    <message>
        <source>Neighbourhood or area*</source>
        <translation>Wijk of buurt*</translation>
    </message>
    <message>
        <source>Date*</source>
        <translation>Datum*</translation>
    </message>
    <message>
        <source>What you notice*</source>
        <translation>Wat je opvalt*</translation>
    </message>
</context>
<context>
    <name>SignalPanel</name>
    <message>
        <source>Signals and weighing</source>
        <translation>Signalen en weging</translation>
    </message>
    <message>
        <source>The signals follow from the answers and change as you record. They are suggestions: confirm or dismiss each one and say why.</source>
        <translation>De signalen volgen uit de antwoorden en veranderen terwijl je vastlegt. Het zijn suggesties: bevestig of verwerp elk signaal en zeg waarom.</translation>
    </message>
    <message>
        <source>Signs of a lasting condition (not a diagnosis)</source>
        <translation>Aanwijzingen voor een blijvende aandoening (geen diagnose)</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>Does the resident recognise this picture?</source>
        <translation>Herkent de inwoner dit beeld?</translation>
    </message>
    <message>
        <source>In the resident&apos;s own words</source>
        <translation>In de woorden van de inwoner</translation>
    </message>
    <message>
        <source>The resident&apos;s view, in their own words</source>
        <translation>De kijk van de inwoner, in eigen woorden</translation>
    </message>
    <message>
        <source>Independent client support (free of charge)</source>
        <translation>Onafhankelijke cliëntondersteuning (gratis)</translation>
    </message>
    <message>
        <source>Client support</source>
        <translation>Cliëntondersteuning</translation>
    </message>
    <message>
        <source>Date of client support</source>
        <translation>Datum cliëntondersteuning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>No signals: the answers so far raise none.</source>
        <translation>Geen signalen: de antwoorden tot nu toe geven er geen.</translation>
    </message>
    <message>
        <source>Weighed earlier, no longer raised by the answers: %1</source>
        <translation>Eerder gewogen, maar de antwoorden geven dit signaal nu niet meer: %1</translation>
    </message>
    <message>
        <source>Why do you confirm this signal?</source>
        <translation>Waarom bevestig je dit signaal?</translation>
    </message>
    <message>
        <source>Why do you dismiss this signal?</source>
        <translation>Waarom verwerp je dit signaal?</translation>
    </message>
    <message>
        <source>Withdraw decision</source>
        <translation>Beslissing intrekken</translation>
    </message>
</context>
<context>
    <name>SmokeTest</name>
    <message>
        <source>Smoke test FAILED: {reason}</source>
        <translation>Rooktest MISLUKT: {reason}</translation>
    </message>
    <message>
        <source>Smoke test passed: main window opened, report of {pages} page(s) exported, in {seconds} s</source>
        <translation>Rooktest geslaagd: hoofdvenster geopend, verslag van {pages} pagina(’s) geëxporteerd, in {seconds} s</translation>
    </message>
    <message>
        <source>the app&apos;s translation was not found in {path}</source>
        <translation>de vertaling van het programma is niet gevonden in {path}</translation>
    </message>
    <message>
        <source>Qt&apos;s own Dutch translation was not found</source>
        <translation>de Nederlandse vertaling van Qt zelf is niet gevonden</translation>
    </message>
    <message>
        <source>the app icon was not found</source>
        <translation>het programmapictogram is niet gevonden</translation>
    </message>
    <message>
        <source>the standard content did not load</source>
        <translation>de standaardinhoud kon niet worden geladen</translation>
    </message>
    <message>
        <source>the demo conversation did not open</source>
        <translation>het demogesprek ging niet open</translation>
    </message>
    <message>
        <source>the encrypted store did not work</source>
        <translation>de versleutelde gegevensopslag werkte niet</translation>
    </message>
    <message>
        <source>the demo store has no conversation</source>
        <translation>de demogegevens hebben geen gesprek</translation>
    </message>
    <message>
        <source>the exported report is not a valid PDF</source>
        <translation>het geëxporteerde verslag is geen geldige pdf</translation>
    </message>
</context>
<context>
    <name>StandInDialog</name>
    <message>
        <source>Stand in</source>
        <translation>Vervanging</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Toewijzen</translation>
    </message>
    <message>
        <source>Dossiers to reassign</source>
        <translation>Dossiers om toe te wijzen</translation>
    </message>
    <message>
        <source>%1 (coordinator: %2)</source>
        <translation>%1 (regisseur: %2)</translation>
    </message>
    <message>
        <source>Stands in</source>
        <translation>Vervanger</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>For example: illness, leave</source>
        <translation>Bijvoorbeeld: ziekte, verlof</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>On the end date coordination returns to the coordinator by itself (when they are still in the team).</source>
        <translation>Op de einddatum gaat de regie vanzelf terug naar de regisseur (als die nog in het team is).</translation>
    </message>
</context>
<context>
    <name>TakeAlongBar</name>
    <message>
        <source>Take along for a home visit…</source>
        <translation>Meenemen voor huisbezoek…</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Teruggeven</translation>
    </message>
    <message>
        <source>(your changes meanwhile become conflicts)</source>
        <translation>(jouw wijzigingen worden intussen conflicten)</translation>
    </message>
</context>
<context>
    <name>TakeAlongDialog</name>
    <message>
        <source>Take along for a home visit</source>
        <translation>Meenemen voor huisbezoek</translation>
    </message>
    <message>
        <source>You take the dossier of %1 along: until you give it back (or the days are over) only you change it, also without network. Colleagues see that it is on the road with you; a change they make meanwhile is kept as a conflict, never lost. It is given back at the next update after you press Give back.</source>
        <translation>Je neemt het dossier van %1 mee: tot je het teruggeeft (of de dagen om zijn) wijzig alleen jij het, ook zonder netwerk. Collega&apos;s zien dat het met jou onderweg is; een wijziging die zij intussen doen wordt als conflict bewaard, nooit weggegooid. Het wordt teruggegeven bij de eerstvolgende keer bijwerken nadat je op Teruggeven drukt.</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> dag(en)</translation>
    </message>
    <message>
        <source>Number of days</source>
        <translation>Aantal dagen</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Take along</source>
        <translation>Meenemen</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>you</source>
        <translation>jou</translation>
    </message>
    <message>
        <source>on the road with %1</source>
        <translation>onderweg met %1</translation>
    </message>
    <message>
        <source>on the road with %1 until %2</source>
        <translation>onderweg met %1 tot %2</translation>
    </message>
    <message>
        <source>without a coordinator (%1 left)</source>
        <translation>zonder regisseur (%1 is vertrokken)</translation>
    </message>
    <message>
        <source>%1 (stands in for %2 until %3)</source>
        <translation>%1 (vervangt %2 tot %3)</translation>
    </message>
    <message>
        <source>The team server cannot be reached. Check the network connection (and the server&apos;s name and port). Nothing is lost: your changes wait on this laptop and go up at the next attempt.</source>
        <translation>De teamserver is niet bereikbaar. Controleer de netwerkverbinding (en de naam en poort van de server). Er gaat niets verloren: je wijzigingen wachten op deze laptop en gaan mee bij de volgende poging.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the municipality&apos;s certificate you chose, so no connection was made (it may not be your team&apos;s server). Check the server&apos;s name and the certificate file with your application manager.</source>
        <translation>Het certificaat van de server past niet bij het gekozen certificaat van de gemeente, dus er is geen verbinding gemaakt (het is misschien niet de server van je team). Controleer de naam van de server en het certificaatbestand met je applicatiebeheerder.</translation>
    </message>
    <message>
        <source>The user name or password is not right for the team server. Type them again; your application manager can set a new password.</source>
        <translation>De gebruikersnaam of het wachtwoord klopt niet voor de teamserver. Typ ze opnieuw; je applicatiebeheerder kan een nieuw wachtwoord instellen.</translation>
    </message>
    <message>
        <source>You are not (or no longer) a member of a team on this server. Ask your application manager to add you to the team.</source>
        <translation>Je bent geen (of niet langer) lid van een team op deze server. Vraag je applicatiebeheerder je aan het team toe te voegen.</translation>
    </message>
    <message>
        <source>You have no access to this dossier on the team server (it was handed over, or your access ended). Ask the coordinating professional.</source>
        <translation>Je hebt op de teamserver geen toegang tot dit dossier (het is overgedragen, of je toegang is beëindigd). Vraag het de regisseur.</translation>
    </message>
    <message>
        <source>This laptop was taken out of the team (device revoked). Ask your application manager; until then the laptop works on its own.</source>
        <translation>Deze laptop is uit het team gehaald (apparaat ingetrokken). Vraag het je applicatiebeheerder; tot dan werkt de laptop op zichzelf.</translation>
    </message>
    <message>
        <source>A colleague has taken this dossier along for a home visit. Your change is kept as a conflict; the coordinating professional chooses.</source>
        <translation>Een collega heeft dit dossier meegenomen voor een huisbezoek. Je wijziging wordt als conflict bewaard; de regisseur kiest.</translation>
    </message>
    <message>
        <source>Your role in the team does not allow this. Ask your team leader.</source>
        <translation>Je rol in het team staat dit niet toe. Vraag het je teamleider.</translation>
    </message>
    <message>
        <source>The team server could not do this just now. Nothing is lost; try again in a while, and tell your application manager if it keeps happening.</source>
        <translation>De teamserver kon dit nu niet doen. Er gaat niets verloren; probeer het over een tijdje opnieuw, en meld het bij je applicatiebeheerder als het blijft gebeuren.</translation>
    </message>
    <message>
        <source>Only a data file with a password can work in a team (the team password is kept in it, encrypted). Set a password for Toegang Desktop first.</source>
        <translation>Alleen een gegevensbestand met een wachtwoord kan in een team werken (het teamwachtwoord wordt er versleuteld in bewaard). Stel eerst een wachtwoord in voor Toegang Desktop.</translation>
    </message>
    <message>
        <source>This laptop is not in a team. Join one under Settings → Team….</source>
        <translation>Deze laptop is niet in een team. Sluit aan via Instellingen → Team….</translation>
    </message>
    <message>
        <source>This laptop is already in a team. To join another team, leave this one first under Settings → Team….</source>
        <translation>Deze laptop is al in een team. Verlaat dat eerst via Instellingen → Team… om bij een ander team aan te sluiten.</translation>
    </message>
    <message>
        <source>This dossier is not on this laptop, so it cannot be taken along from here. Ask the coordinating professional.</source>
        <translation>Dit dossier staat niet op deze laptop, dus het kan hier niet worden meegenomen. Vraag het de regisseur.</translation>
    </message>
    <message>
        <source>The team server is newer than this app. Install the newer Toegang Desktop; until then the laptop works on its own and nothing is lost.</source>
        <translation>De teamserver is nieuwer dan deze app. Installeer de nieuwere Toegang Desktop; tot dan werkt de laptop op zichzelf en gaat er niets verloren.</translation>
    </message>
    <message>
        <source>The team server refused (code %1). Nothing is lost; try again later, or tell your application manager the code.</source>
        <translation>De teamserver weigerde (code %1). Er gaat niets verloren; probeer het later opnieuw, of geef de code door aan je applicatiebeheerder.</translation>
    </message>
    <message>
        <source>The access request was not made: the team server keeps which colleagues saw this dossier, and it cannot be reached now. Without that list the request would be incomplete. Connect to the network (and the team&apos;s server) and try again.</source>
        <translation>Het inzageverzoek is niet gemaakt: de teamserver houdt bij welke collega&apos;s dit dossier hebben gezien, en die is nu niet bereikbaar. Zonder die lijst zou het verzoek onvolledig zijn. Maak verbinding met het netwerk (en de server van het team) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The access request was not made: only the coordinating professional or the privacy officer can get from the team server which colleagues saw this dossier. Ask the coordinating professional or the privacy officer to make it.</source>
        <translation>Het inzageverzoek is niet gemaakt: alleen de coördinerend professional of de privacyfunctionaris kan bij de teamserver opvragen welke collega&apos;s dit dossier hebben gezien. Vraag de coördinerend professional of de privacyfunctionaris het te maken.</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Levensdomein</translation>
    </message>
    <message>
        <source>Decision on a signal</source>
        <translation>Besluit over een signaal</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Investigation topic</source>
        <translation>Onderzoeksonderwerp</translation>
    </message>
    <message>
        <source>Reporting-code record</source>
        <translation>Meldcode-dossier</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>TeamCaseloadPage</name>
    <message>
        <source>Team caseload</source>
        <translation>Caseload van het team</translation>
    </message>
    <message>
        <source>Search the team by name or date of birth (dd-mm-yyyy)</source>
        <translation>Zoek in het team op naam of geboortedatum (dd-mm-jjjj)</translation>
    </message>
    <message>
        <source>Search the team&apos;s residents</source>
        <translation>Zoek de inwoners van het team</translation>
    </message>
    <message>
        <source>My dossiers</source>
        <translation>Mijn dossiers</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Which dossiers</source>
        <translation>Welke dossiers</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Regisseur</translation>
    </message>
    <message>
        <source>Next legal term</source>
        <translation>Volgende wettelijke termijn</translation>
    </message>
    <message>
        <source>On the road</source>
        <translation>Onderweg</translation>
    </message>
    <message>
        <source>Involved</source>
        <translation>Betrokken</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>Involve a colleague…</source>
        <translation>Collega betrekken…</translation>
    </message>
    <message>
        <source>Propose a handover…</source>
        <translation>Overdracht voorstellen…</translation>
    </message>
    <message>
        <source>Break the glass…</source>
        <translation>Glas breken…</translation>
    </message>
    <message>
        <source>Stand in…</source>
        <translation>Vervanging regelen…</translation>
    </message>
    <message>
        <source>Grey: the dossier is not on this laptop (you neither coordinate it nor are involved); ask its coordinator.</source>
        <translation>Grijs: het dossier staat niet op deze laptop (je bent geen regisseur en niet betrokken); vraag het de regisseur.</translation>
    </message>
    <message>
        <source>Nobody coordinates this dossier: hand it over or arrange a stand-in.</source>
        <translation>Dit dossier heeft geen regisseur: draag het over of regel een vervanging.</translation>
    </message>
    <message>
        <source>Not on this laptop: ask %1.</source>
        <translation>Niet op deze laptop: vraag het %1.</translation>
    </message>
    <message>
        <source>the coordinator</source>
        <translation>de regisseur</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s)</source>
        <translation>
            <numerusform>%n inwoner</numerusform>
            <numerusform>%n inwoners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamHistoryDialog</name>
    <message>
        <source>Team history of %1</source>
        <translation>Teamgeschiedenis van %1</translation>
    </message>
    <message>
        <source>Nothing happened in the team yet.</source>
        <translation>Er is in het team nog niets gebeurd.</translation>
    </message>
</context>
<context>
    <name>TeamInfoDialog</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Aangemeld als</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Laatst bijgewerkt</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation>Wachtende wijzigingen</translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>elke minuut</numerusform>
            <numerusform>elke %n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Update automatically</source>
        <translation>Automatisch bijwerken</translation>
    </message>
    <message>
        <source>Leave the team…</source>
        <translation>Team verlaten…</translation>
    </message>
    <message>
        <source>This laptop leaves the team: it no longer sends or fetches changes, and the connection details are removed. The dossiers on this laptop stay on it.</source>
        <translation>Deze laptop verlaat het team: hij verstuurt en haalt geen wijzigingen meer, en de verbindingsgegevens worden verwijderd. De dossiers op deze laptop blijven erop staan.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not been sent yet and will not reach the team; press F5 first to send them.</source>
        <translation>
            <numerusform>%n wijziging is nog niet verstuurd en bereikt het team niet; druk eerst op F5 om haar te versturen.</numerusform>
            <numerusform>%n wijzigingen zijn nog niet verstuurd en bereiken het team niet; druk eerst op F5 om ze te versturen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave the team</source>
        <translation>Team verlaten</translation>
    </message>
    <message>
        <source>Leave the team?</source>
        <translation>Het team verlaten?</translation>
    </message>
</context>
<context>
    <name>TeamOverviewPage</name>
    <message>
        <source>Team overview</source>
        <translation>Teamoverzicht</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Counts per professional</source>
        <translation>Aantallen per professional</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Regisseur</translation>
    </message>
    <message>
        <source>Next legal term</source>
        <translation>Volgende wettelijke termijn</translation>
    </message>
    <message>
        <source>Dossiers behind the count</source>
        <translation>Dossiers achter het aantal</translation>
    </message>
    <message>
        <source>PDF for the team meeting…</source>
        <translation>PDF voor het teamoverleg…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>As of %1. Terms &quot;soon&quot;: within %2 days. Glass broken: the last %3 days. Counts only: click a count for its list.</source>
        <translation>Stand van %1. Termijnen &quot;binnenkort&quot;: binnen %2 dagen. Glas gebroken: de laatste %3 dagen. Alleen aantallen: klik op een aantal voor de lijst.</translation>
    </message>
    <message>
        <source>Without a coordinator: %1 (show them)</source>
        <translation>Zonder regisseur: %1 (toon ze)</translation>
    </message>
    <message>
        <source>Dossiers in the team: %1. Handovers waiting for an answer: %2. Stand-ins running: %3. Glass broken: %4.</source>
        <translation>Dossiers in het team: %1. Overdrachten die wachten op antwoord: %2. Lopende vervangingen: %3. Glas gebroken: %4.</translation>
    </message>
    <message>
        <source>%1 (left the team)</source>
        <translation>%1 (uit het team)</translation>
    </message>
</context>
<context>
    <name>TeamStatusWidget</name>
    <message>
        <source>Team status</source>
        <translation>Teamstatus</translation>
    </message>
    <message>
        <source>Open the conflicts</source>
        <translation>De conflicten openen</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>versturen</translation>
    </message>
    <message>
        <source>fetching</source>
        <translation>ophalen</translation>
    </message>
    <message>
        <source>access log</source>
        <translation>toegangslogboek</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 van %3</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicten</numerusform>
        </translation>
    </message>
    <message>
        <source>Two values for one field: choose or merge them (click to open).</source>
        <translation>Twee waarden voor één veld: kies of voeg samen (klik om te openen).</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n wijziging wacht</numerusform>
            <numerusform>%n wijzigingen wachten</numerusform>
        </translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Bezig met bijwerken…</translation>
    </message>
    <message>
        <source>The team&apos;s dossiers are being updated in the background; you can keep working.</source>
        <translation>De dossiers van het team worden op de achtergrond bijgewerkt; je kunt gewoon doorwerken.</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Offline: %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Team: not updated</source>
        <translation>Team: niet bijgewerkt</translation>
    </message>
    <message>
        <source>Team: not updated yet</source>
        <translation>Team: nog niet bijgewerkt</translation>
    </message>
    <message>
        <source>Team: updated at %1</source>
        <translation>Team: bijgewerkt om %1</translation>
    </message>
    <message>
        <source>Team: updated on %1</source>
        <translation>Team: bijgewerkt op %1</translation>
    </message>
    <message>
        <source>your team</source>
        <translation>je team</translation>
    </message>
    <message>
        <source>Team %1, signed in as %2. F5 updates now.</source>
        <translation>Team %1, aangemeld als %2. F5 werkt nu bij.</translation>
    </message>
</context>
<context>
    <name>TeamWiring</name>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;Update now</source>
        <translation>&amp;Nu bijwerken</translation>
    </message>
    <message>
        <source>Team &amp;caseload</source>
        <translation>&amp;Caseload van het team</translation>
    </message>
    <message>
        <source>C&amp;onflicts…</source>
        <translation>C&amp;onflicten…</translation>
    </message>
    <message>
        <source>The team is already being updated.</source>
        <translation>Het team wordt al bijgewerkt.</translation>
    </message>
    <message>
        <source>The team server was restored from an older backup: everything was fetched again. Your changes that were still waiting are kept and sent.</source>
        <translation>De teamserver is teruggezet uit een oudere back-up: alles is opnieuw opgehaald. Je wijzigingen die nog wachtten zijn bewaard en worden verstuurd.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) no longer held by you were removed from this laptop (handed over, or access ended).</source>
        <translation>
            <numerusform>%n dossier dat je niet meer hebt, is van deze laptop verwijderd (overgedragen, of toegang beëindigd).</numerusform>
            <numerusform>%n dossiers die je niet meer hebt, zijn van deze laptop verwijderd (overgedragen, of toegang beëindigd).</numerusform>
        </translation>
    </message>
    <message>
        <source>The dossier is on the road with you until %1.</source>
        <translation>Het dossier is met jou onderweg tot %1.</translation>
    </message>
    <message>
        <source>The dossier was given back.</source>
        <translation>Het dossier is teruggegeven.</translation>
    </message>
    <message>
        <source>This laptop is no longer in a team.</source>
        <translation>Deze laptop hoort niet meer bij een team.</translation>
    </message>
    <message>
        <source>Only a data file with a password can join a team (the demo holds fictional residents and cannot). Start Toegang Desktop without --demo to join your team.</source>
        <translation>Alleen een gegevensbestand met een wachtwoord kan bij een team aansluiten (de demo bevat verzonnen inwoners en kan dat niet). Start Toegang Desktop zonder --demo om bij je team aan te sluiten.</translation>
    </message>
</context>
<context>
    <name>TeamWork</name>
    <message>
        <source>A reason is needed for this (for breaking the glass at least a few words). Fill it in and try again: nothing was changed.</source>
        <translation>Hiervoor is een reden nodig (om het glas te breken minstens een paar woorden). Vul die in en probeer het opnieuw: er is niets veranderd.</translation>
    </message>
    <message>
        <source>This handover is no longer open: it was answered or withdrawn, or the dossier has another coordinator now. Refresh the list to see where it stands.</source>
        <translation>Deze overdracht staat niet meer open: er is al op geantwoord, ze is ingetrokken, of het dossier heeft nu een andere regisseur. Ververs de lijst om te zien hoe het ervoor staat.</translation>
    </message>
    <message>
        <source>The end date lies in the past. Choose a date from tomorrow on.</source>
        <translation>De einddatum ligt in het verleden. Kies een datum vanaf morgen.</translation>
    </message>
    <message>
        <source>This dossier has no conversation yet, so there is no plan to put the agreement in. The coordinator records a conversation first.</source>
        <translation>Dit dossier heeft nog geen gesprek, dus nog geen plan om de afspraak in te zetten. De regisseur legt eerst een gesprek vast.</translation>
    </message>
    <message>
        <source>This cannot be saved as it is: a text is empty or too long (a question for the case discussion is at most 600 characters), or the colleague is yourself. Change it and try again.</source>
        <translation>Zo kan het niet worden opgeslagen: een tekst is leeg of te lang (een vraag voor het casuïstiekoverleg is hoogstens 600 tekens), of de collega ben je zelf. Pas het aan en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Involved</source>
        <translation>Betrokken</translation>
    </message>
    <message>
        <source>Handover proposed</source>
        <translation>Overdracht voorgesteld</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Overgedragen</translation>
    </message>
    <message>
        <source>Handover declined</source>
        <translation>Overdracht afgewezen</translation>
    </message>
    <message>
        <source>Handover withdrawn</source>
        <translation>Overdracht ingetrokken</translation>
    </message>
    <message>
        <source>Handover lapsed</source>
        <translation>Overdracht vervallen</translation>
    </message>
    <message>
        <source>Standing in</source>
        <translation>Vervanging</translation>
    </message>
    <message>
        <source>Glass broken</source>
        <translation>Glas gebroken</translation>
    </message>
    <message>
        <source>Case discussion</source>
        <translation>Casuïstiekoverleg</translation>
    </message>
    <message>
        <source>{label}: {who} → {other}</source>
        <translation>{label}: {who} → {other}</translation>
    </message>
    <message>
        <source>{label}: {who} for {other} until {until}</source>
        <translation>{label}: {who} voor {other} tot {until}</translation>
    </message>
    <message>
        <source>{label} of {day}: brought by {who}</source>
        <translation>{label} van {day}: ingebracht door {who}</translation>
    </message>
    <message>
        <source>{label}: {who} until {until}</source>
        <translation>{label}: {who} tot {until}</translation>
    </message>
    <message>
        <source>{label}: {who}</source>
        <translation>{label}: {who}</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coördineert</translation>
    </message>
    <message>
        <source>Involved in</source>
        <translation>Betrokken bij</translation>
    </message>
    <message>
        <source>Terms overdue</source>
        <translation>Termijn verlopen</translation>
    </message>
    <message>
        <source>Terms soon</source>
        <translation>Termijn binnenkort</translation>
    </message>
    <message>
        <source>Signals to weigh</source>
        <translation>Signalen te wegen</translation>
    </message>
    <message>
        <source>Plans past evaluation</source>
        <translation>Plan over evaluatie</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Open conflicten</translation>
    </message>
</context>
<context>
    <name>TeamWorkWiring</name>
    <message>
        <source>&amp;Handovers…</source>
        <translation>&amp;Overdrachten…</translation>
    </message>
    <message>
        <source>Case &amp;discussion</source>
        <translation>&amp;Casuïstiekoverleg</translation>
    </message>
    <message>
        <source>Team &amp;overview</source>
        <translation>Team&amp;overzicht</translation>
    </message>
    <message>
        <source>Team &amp;history of this dossier…</source>
        <translation>Team&amp;geschiedenis van dit dossier…</translation>
    </message>
    <message>
        <source>The colleague is involved; their laptop gets the dossier at its next update.</source>
        <translation>De collega is betrokken; de laptop van de collega krijgt het dossier bij de volgende update.</translation>
    </message>
    <message>
        <source>The handover is proposed. You stay the coordinator until your colleague accepts.</source>
        <translation>De overdracht is voorgesteld. Je blijft regisseur tot je collega accepteert.</translation>
    </message>
    <message>
        <source>You may read the dossier until the end of the day; it arrives with this update. It is logged with your reason.</source>
        <translation>Je mag het dossier tot het einde van de dag lezen; het komt binnen met deze update. Het is vastgelegd met je reden.</translation>
    </message>
    <message>
        <source>The dossiers are reassigned until %1; then coordination returns by itself.</source>
        <translation>De dossiers zijn toegewezen tot %1; daarna gaat de regie vanzelf terug.</translation>
    </message>
    <message>
        <source>&amp;Handovers (%1)…</source>
        <translation>&amp;Overdrachten (%1)…</translation>
    </message>
    <message>
        <source>A colleague proposes a handover to you: Team → Handovers…</source>
        <translation>Een collega stelt een overdracht aan je voor: Team → Overdrachten…</translation>
    </message>
    <message>
        <source>No handover waits for your answer.</source>
        <translation>Er wacht geen overdracht op je antwoord.</translation>
    </message>
    <message numerus="yes">
        <source>You proposed %n handover(s) that wait for a colleague&apos;s answer.</source>
        <translation>
            <numerusform>Je stelde %n overdracht voor die wacht op het antwoord van een collega.</numerusform>
            <numerusform>Je stelde %n overdrachten voor die wachten op het antwoord van een collega.</numerusform>
        </translation>
    </message>
    <message>
        <source>You are the coordinator now; the dossier arrives with this update.</source>
        <translation>Je bent nu de regisseur; het dossier komt binnen met deze update.</translation>
    </message>
    <message>
        <source>The handover is declined.</source>
        <translation>De overdracht is afgewezen.</translation>
    </message>
    <message>
        <source>Without a coordinator</source>
        <translation>Zonder regisseur</translation>
    </message>
    <message>
        <source>Team overview as PDF</source>
        <translation>Teamoverzicht als PDF</translation>
    </message>
    <message>
        <source>The PDF is saved.</source>
        <translation>De PDF is opgeslagen.</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nieuw overleg</translation>
    </message>
    <message>
        <source>Title of the case discussion on %1:</source>
        <translation>Titel van het casuïstiekoverleg op %1:</translation>
    </message>
    <message>
        <source>Case discussion</source>
        <translation>Casuïstiekoverleg</translation>
    </message>
    <message>
        <source>You coordinate no dossier to bring to the case discussion.</source>
        <translation>Je coördineert geen dossier om in te brengen in het casuïstiekoverleg.</translation>
    </message>
    <message>
        <source>Bring a dossier</source>
        <translation>Dossier inbrengen</translation>
    </message>
    <message>
        <source>Which dossier?</source>
        <translation>Welk dossier?</translation>
    </message>
    <message>
        <source>Question for the team</source>
        <translation>Vraag aan het team</translation>
    </message>
    <message>
        <source>The question for the team, in a few lines, without more personal data than needed:</source>
        <translation>De vraag aan het team, in een paar regels, zonder meer persoonsgegevens dan nodig:</translation>
    </message>
    <message>
        <source>The outcome is saved; the agreements go into the dossier&apos;s plan.</source>
        <translation>De uitkomst is opgeslagen; de afspraken komen in het plan van het dossier.</translation>
    </message>
    <message>
        <source>Case discussion as PDF</source>
        <translation>Casuïstiekoverleg als PDF</translation>
    </message>
    <message>
        <source>The PDF is saved (initials instead of names).</source>
        <translation>De PDF is opgeslagen (initialen in plaats van namen).</translation>
    </message>
    <message>
        <source>Open a dossier first.</source>
        <translation>Open eerst een dossier.</translation>
    </message>
</context>
<context>
    <name>TodayLabels</name>
    <message>
        <source>Agreement due</source>
        <translation>Afspraak aan de beurt</translation>
    </message>
    <message>
        <source>Legal term</source>
        <translation>Wettelijke termijn</translation>
    </message>
    <message>
        <source>Evaluation due</source>
        <translation>Evaluatie aan de beurt</translation>
    </message>
    <message>
        <source>Signal not yet weighed</source>
        <translation>Signaal nog niet gewogen</translation>
    </message>
    <message>
        <source>Report not yet final</source>
        <translation>Verslag nog niet definitief</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>← Caseload</source>
        <translation>← Caseload</translation>
    </message>
    <message>
        <source>Today&apos;s work</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Inwoner</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Toelichting</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to do. Double-click a line or press Enter to open the conversation where it is handled.</source>
        <translation>
            <numerusform>%n punt te doen. Dubbelklik op een regel of druk op Enter om het gesprek te openen waar je het afhandelt.</numerusform>
            <numerusform>%n punten te doen. Dubbelklik op een regel of druk op Enter om het gesprek te openen waar je het afhandelt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due today. New agreements, terms and signals appear here when they are due.</source>
        <translation>Vandaag is er niets te doen. Afspraken, termijnen en signalen verschijnen hier zodra ze aan de beurt zijn.</translation>
    </message>
    <message>
        <source>Held on this date; make it final when the weighing is done</source>
        <translation>Gesprek op deze datum; maak het verslag definitief als het wegen klaar is</translation>
    </message>
    <message>
        <source>Evaluate the plan with the resident</source>
        <translation>Evalueer het plan met de inwoner</translation>
    </message>
</context>
<context>
    <name>TodayWiring</name>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Vandaag</translation>
    </message>
    <message>
        <source>&amp;Today (%1)</source>
        <translation>&amp;Vandaag (%1)</translation>
    </message>
</context>
<context>
    <name>TopicEditor</name>
    <message>
        <source>What was found, for the report (optional)</source>
        <translation>Wat naar voren kwam, voor het verslag (optioneel)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notitie: %1</translation>
    </message>
    <message>
        <source>Why does this topic not apply?</source>
        <translation>Waarom is dit onderwerp niet van toepassing?</translation>
    </message>
    <message>
        <source>Reason not applicable: %1</source>
        <translation>Reden niet van toepassing: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>Probably covered: you discussed %1</source>
        <translation>Waarschijnlijk behandeld: je hebt %1 besproken</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>Export dossier</source>
        <translation>Dossier exporteren</translation>
    </message>
    <message>
        <source>Dossier (*.json)</source>
        <translation>Dossier (*.json)</translation>
    </message>
    <message>
        <source>The dossier could not be written to %1 (%2). Choose another folder.</source>
        <translation>Het dossier kon niet worden opgeslagen in %1 (%2). Kies een andere map.</translation>
    </message>
    <message>
        <source>The dossier was exported to %1. It holds personal data: keep it safe and delete it when it is no longer needed.</source>
        <translation>Het dossier is geëxporteerd naar %1. Het bevat persoonsgegevens: bewaar het veilig en verwijder het als je het niet meer nodig hebt.</translation>
    </message>
    <message>
        <source>Import dossier</source>
        <translation>Dossier importeren</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… en nog %1.</translation>
    </message>
    <message>
        <source>Nothing was imported, because the file has problems:</source>
        <translation>Er is niets geïmporteerd, want het bestand bevat fouten:</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>%1 is locked</source>
        <translation>%1 is vergrendeld</translation>
    </message>
    <message>
        <source>The screen was locked and the data closed. Enter your password to continue where you were.</source>
        <translation>Het scherm is vergrendeld en de gegevens zijn gesloten. Vul je wachtwoord in om verder te gaan waar je was.</translation>
    </message>
    <message>
        <source>Enter your password to open the data.</source>
        <translation>Vul je wachtwoord in om de gegevens te openen.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Forgot your password? Use the &amp;recovery code…</source>
        <translation>Wachtwoord vergeten? Gebruik de &amp;herstelcode…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Vul je wachtwoord in.</translation>
    </message>
</context>
</TS>
