<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessLogDialog</name>
    <message>
        <source>Who has seen this dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every look at and change to this dossier, newest first. Times are local time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Change agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was agreed, required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who carries it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was agreed*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life domains this agreement serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life domain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation has no life domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date: enter a real date as dd-mm-yyyy, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementList</name>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the agreement “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Checking the data file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock &amp;automatically after</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArgParse</name>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data file is busy, another program is using it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full or the data file cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: %1. Your input stays on screen; saving is retried automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s)</source>
        <translation>
            <numerusform>%n resident</numerusform>
            <numerusform>%n residents</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup of {when} was restored ({residents}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged data file was kept unchanged as {name}, next to the data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data as it was before the restore is kept as backup {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 is damaged. Your data is not lost: the backup of %2 at %3 (%4) was checked and is in order.

Restore this backup now? The damaged file is kept unchanged next to it, nothing is deleted. Changes made after %3 are not in the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 is damaged, and there is no backup that is in order. Nothing was changed or deleted. Stop working in the app and contact your application manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup no longer exists. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backups…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BottleneckDialog</name>
    <message>
        <source>Change bottleneck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record bottleneck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where did help get stuck? Record it so the municipality can learn from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded from a conversation: the note, the life domains of concern and the laws of the route are filled in. Check them; the bottleneck itself is not linked to the resident in any report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of bottleneck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date, required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would have helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laws involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life domains involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life domain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakGlassDialog</name>
    <message>
        <source>Break the glass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: the resident calls in crisis and the coordinator is away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not involved in the dossier of %1. If you must act now, say why: you can read it until the end of the day, without changing it. %2 (the coordinator) and the privacy officer see that you did, with your reason, and the team overview counts it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDiscussionPage</name>
    <message>
        <source>Case discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF with initials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases on the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does what next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By (dd-mm-yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question for the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does what next (lands in the dossier&apos;s plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, brought by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadChart</name>
    <message>
        <source>Caseload per professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: coordinates %2, involved in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next legal term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation (6 weeks after the request) or decision (2 weeks after the application) still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) late)</source>
        <translation>
            <numerusform>%1 (%n day late)</numerusform>
            <numerusform>%1 (%n days late)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n day)</numerusform>
            <numerusform>%1 (%n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, BSN, date of birth (dd-mm-yyyy) or postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New resident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new resident (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln resident(s)</source>
        <translation>
            <numerusform>%Ln resident</numerusform>
            <numerusform>%Ln residents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>Changes to the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Became</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No details have been corrected since the dossier was made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseDossierDialog</name>
    <message>
        <source>Close dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this date the dossier is offered for removal. You can reopen the dossier when help starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>make a new, encrypted store in the data folder (asks the password twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no data in {path} yet. Make the encrypted store with &apos;toegang-desktop setup&apos; (it asks for a new password), or start Toegang Desktop; then the commands work on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the data in {path} is not encrypted yet. Start Toegang Desktop to set a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given, so the data stayed closed. Type the password on the terminal, or give it as one line on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo store has no password: it holds fictional residents only. Leave out --demo to set up your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a store in {path}. Nothing was changed. Use the other commands on it, or choose an empty folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was set up: give the new password twice, on the terminal or as two lines on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was set up. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted store is ready in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your recovery code. It is shown only now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it down and keep it in a safe place, apart from this computer. With it you open the data when the password is forgotten, or a backup on another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the backups of the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a verified backup of the store now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put a backup in the place of the store (the store is kept first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup&apos;s file name, as &apos;backups&apos; lists it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups in {folder} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups in {folder} (newest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made and checked: {name} ({residents}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup named {name}. Use &apos;backups&apos; to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the residents, or the conversations of one resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>residents, or conversations (with --resident)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resident&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write one resident&apos;s dossier as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a dossier from a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON file to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the signals of one conversation as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conversation&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a conversation&apos;s report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the resident, or for the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include the restricted reporting-code record (file variant only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resident goes with &apos;list conversations&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no residents yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whose conversations: --resident ID (&apos;list residents&apos; shows the ids).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This resident has no conversations yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restricted reporting-code record can only be included in the report for the file (--variant file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of {pages} page(s) written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. Problems in {path}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier imported as resident {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its conversations: {ids}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the learning loop&apos;s anonymous period report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day (default: the last full quarter), DD-MM-YYYY or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write this workstation&apos;s aggregate file (JSON, for a team report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report on these aggregate files merged, instead of this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to write: --pdf FILE, --csv FILE and/or --aggregate FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A merged report cannot be written as an aggregate file again; leave out --aggregate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both --from and --to, or neither (the last full quarter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to lies before --from: give the first day with --from and the last with --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period report of {pages} page(s) written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period report (CSV) written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregate file written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check, export or purge the access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the hash chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the log as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the lines older than five years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export lines from this day (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export lines through this day (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write everything stored about one resident into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder to write into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include a restricted reporting-code record without asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave a restricted reporting-code record out without asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dossiers past their retention date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove them (after listing them); needs --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm the purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to go with --export; the check and the purge always cover the whole log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access log is intact: {count} line(s) checked. Last hash: {hash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access log has been changed outside the app. Tell your privacy officer. Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {count} log line(s) older than five years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} log line(s) written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access request written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} lists every colleague in the team who saw the dossier, with each emergency access and its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dossier has a restricted reporting-code record. Include it in the access request? (y/n) </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: this dossier has a restricted reporting-code record. Answer y or n, or say it with --include-restricted or --without-restricted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} dossier(s) past their retention date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was removed. Add --yes to remove these dossiers for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} dossier(s) removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line was removed or inserted before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines are missing here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newest lines were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value of the wrong type (or no hash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines were removed without a purge that the log can prove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log&apos;s tables cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no resident with id {id}. &apos;list residents&apos; shows the ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no conversation with id {id}. &apos;list conversations --resident ID&apos; shows the ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date: {text} (use DD-MM-YYYY or YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an id: {text} (an id is a whole number such as 12; &apos;list residents&apos; shows them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was read from standard input is not UTF-8 text. Nothing was changed. Give the password as one line of UTF-8 text, or type it on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toegang Desktop: broad-view conversations for local teams. Without a command the window opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version and stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the store and settings in FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the demo store (fictional residents; filled when empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language (default nl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use this checklist file (TOML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use this recognition rules file (TOML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-fill the partner directory from this file (TOML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped (Ctrl+C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: the command stopped. Try it once more; if it happens again, tell your application manager what you did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: the command stopped. Try it once more; if it happens again, tell your application manager what you did and send the log {path} (it holds no personal data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administer the team server (PostgreSQL): for the application manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make the database, its schema and the first application manager (as a superuser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first application manager&apos;s login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their name as colleagues see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bring the schema up to this version (as a superuser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the teams, members and devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a member with their own login (asks their password twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their team (not for an application manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their role (default professional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a member another role (or team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end a member&apos;s access (the login stays for the access log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoke a laptop (lost or stolen): it gets nothing more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device&apos;s id, as &apos;server status&apos; shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s port (default 5432)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database (default toegang)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the server&apos;s certificate (verify-full, the default) or, only for a server on this computer, no TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA certificate (PEM) that signed the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PostgreSQL superuser (default postgres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your own login (an application manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {host} did not answer ({reason}). Check the name, the port and the network, and that PostgreSQL runs there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the login or password. Check them; a removed member can no longer log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be checked ({detail}). Give the CA certificate with --ca and use the name the certificate is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s schema is newer than this version of Toegang Desktop. Install the newer version first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login is not an active member on this server ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not allowed for your role ({detail}). The server commands are for an application manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: {detail}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate {file} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without TLS only a server on this computer can be used. Leave out --tls disable and give the CA certificate with --ca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given, so nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for {login}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords were not the same (or empty). Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password has at least 12 characters. Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of {login} on the server: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database {name} made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema up to date (version {version}; applied now: {applied}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application manager {login} made. Add teams and members with &apos;server add-team&apos; and &apos;server add-member --user {login}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a device id: {text} (&apos;server status&apos; shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team {name} added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{login} added as {role}. They join from Toegang Desktop with Instellingen &gt; Team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{login} is now {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{login} can no longer log in; their devices are revoked. A team leader hands their dossiers over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device {device} revoked: at its next contact it gets nothing and removes the team&apos;s dossiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(revoked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work in a team: join its server, update, show the status, leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>join the team&apos;s server (asks your password for it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST[:PORT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team server&apos;s name, and its port (default 5432)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your user name on the team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database on the server (default toegang)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the municipality&apos;s CA certificate (PEM); needed unless the server is on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send this laptop&apos;s changes and fetch the team&apos;s now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team, the last update, changes waiting, open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop working with the team server (the dossiers stay here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a server: {text} (give its name, e.g. team.gemeente.nl or team.gemeente.nl:5432)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a port: {text} (a number from 1 to 65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an encrypted store can work in a team (the demo and a store without a password cannot). Start Toegang Desktop to set a password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder is not in a team. Join one with &apos;toegang-desktop team join --server HOST --user NAME&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder is already in a team. Leave it first with &apos;toegang-desktop team leave&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for {user} on the team server: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given, so nothing was joined. Type it on the terminal, or give it as one line on standard input (after the store&apos;s password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined team {team}. Sent up: {dossiers} dossier(s) with {records} record(s). &apos;toegang-desktop team sync&apos; updates; the window does so every few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the municipality&apos;s CA certificate with --ca FILE: with it the laptop checks that it talks to your team&apos;s own server. Nothing was joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a certificate (PEM) or cannot be read. Give the CA file your application manager gave you. Nothing was joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated: {pushed} change(s) sent, {pulled} fetched, {conflicts} new conflict(s), {removed} dossier(s) removed from this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server was restored from an older backup: everything was fetched again; changes still waiting were kept and sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} conflict(s) wait for a choice: open Toegang Desktop, Team → Conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder is not in a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: {team} (signed in as {member})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conflicts: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last attempt: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder left the team; its dossiers stay here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} change(s) had not been sent to the team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the same field before your change reached the server. Both values are kept. Keep one of them, or merge them into one text, and press the button: the team then sees that value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the merged text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no open conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted while a colleague had the dossier along</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the team server now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both texts are put together below; change it until it is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is not a text: keep one of the two values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationHeaderForm</name>
    <message>
        <source>The date of the request for support: it starts the 6-week term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the resident asks, in their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the application (aanvraag): the decision must follow within 2 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the written report of the investigation was made final and given to the resident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the request (melding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question of the resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report made final on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the request to see the terms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationNav</name>
    <message>
        <source>Parts of the conversation and life domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <source>← Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the dossier (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation with %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route and plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation and report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1 is not a real date (dd-mm-yyyy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals and weighing (%1 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals and weighing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationStartDialog</name>
    <message>
        <source>New conversation with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A broad-view conversation looks at all %1 life domains of the checklist “%2”, whatever the first question was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the request (melding): enter a real date as dd-mm-yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainEditor</name>
    <message>
        <source>Discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not discussed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No level yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-reliance level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the resident says, in their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes well, what the resident can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the resident wants to change or keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the resident wants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your professional notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident themself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network (family, friends, neighbours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident wants to talk about this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected duration of the need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who helps now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informal carer&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carer&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the informal carer says about their own situation and what they need, in their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Previous domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Page Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next domain ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Page Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the reporting code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The five steps of the reporting code for domestic violence and child abuse. The record is restricted: it is shown only there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous conversation (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This domain is not in the current checklist; what was recorded is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation prompts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainOverview</name>
    <message>
        <source>Overview of all life domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discussed, no level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wants to talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 domains handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns (level 1-2): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No domain has level 1 or 2 yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <source>← Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the caseload (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has seen this…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access request (everything stored)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only (emergency access) until 23:59 — ask the coordinator to involve you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question of the resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a broad-view conversation (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on %1, kept until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier of %1 is removed for good: details, household, conversations, plans and reports. This cannot be undone. The access log keeps that it was erased and why, without the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong that Toegang Desktop did not expect (%1).

Your data is safe: everything is saved automatically within a second of each change, and saving goes on. Only the very last change may be missing; check it. You can go on working.

If this happens again, tell your application manager and give them the log file:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExternalChanges</name>
    <message>
        <source>This dossier was changed elsewhere (by the team, another program or the command line). What you type here is kept; go back to the dossier to see the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier that was open was removed elsewhere (by the team, another program or the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dossier was changed elsewhere (by the team, another program or the command line); the changes are shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlancePanel</name>
    <message>
        <source>What runs now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels per life domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation yet, so no plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next legal term: %1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next legal term: none open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals still to weigh: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals still to weigh: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverAnswerDialog</name>
    <message>
        <source>Handover of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 proposes that you become the coordinator of %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when you decline: why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Propose a handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the colleague reads this note and accepts or declines. Only when they accept do they become the coordinator; until then you stay it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>%1 manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in the manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Household</name>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other adult</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdEditor</name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household members recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add household member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household member %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this household member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvestigationPanel</name>
    <message>
        <source>What is missing before the report can be final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the report final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The investigation finishes within 6 weeks of the request (melding). Record for each topic whether it was covered, or why it does not apply; then make the report final. The resident receives the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 topics handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was made final on %1. Reopen it to change the investigation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet; your input stays on screen and saving is retried automatically. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the report? It is no longer final, and the investigation term runs again until you make it final anew.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvolveDialog</name>
    <message>
        <source>Involve a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: help with the debts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involved until (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the colleague gets the whole dossier on their laptop, until the date you give (or until you end it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Joining makes this laptop part of your team&apos;s server. What goes up: the dossiers on this laptop (once now, then every change), and the access log. Colleagues see your residents on the team list (name, date of birth, coordinator, next legal term); the full dossier only who coordinates it or is involved.&lt;/p&gt;&lt;p&gt;What the laptop keeps: the full dossiers you coordinate or are involved in, and the team list to find residents. It keeps working without network; changes go up at the next update.&lt;/p&gt;&lt;p&gt;Your password is asked now and not kept in the settings; the connection details are kept encrypted in the data file.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. team.gemeente.nl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality&apos;s CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file ending in .pem or .crt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this window; the upload goes on and the summary shows when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a certificate (or cannot be read). Choose the CA file your application manager gave you (PEM, usually ending in .pem or .crt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to: %1. Issued by: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1: ask your application manager for the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the server&apos;s name (as your application manager gave it, e.g. team.gemeente.nl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s name can hold letters, digits, dots and dashes only (no http:// or spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the database&apos;s name (usually toegang).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your user name for the team server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password for the team server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen file is not a certificate. Choose the CA file your application manager gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the municipality&apos;s CA certificate: with it the laptop checks that it talks to your team&apos;s own server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen certificate has expired. Ask your application manager for the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the team server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the dossiers on this laptop to the team (%1 of %2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent up: %n dossier(s)</source>
        <translation>
            <numerusform>Sent up: %n dossier</numerusform>
            <numerusform>Sent up: %n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in all.</source>
        <translation>
            <numerusform>%n record in all.</numerusform>
            <numerusform>%n records in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>From now on your changes go up and the team&apos;s changes come in every few minutes, and when you press F5. The status bar shows where it stands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalEntryDialog</name>
    <message>
        <source>Correct a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the resident, the GP, the housing corporation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note, required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was it about, what was agreed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include in the report for the resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life domains it concerns (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life domain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements it concerns (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dossier has no agreements yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are correcting the contact of %1 (%2, written by %3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That text stays in the journal, marked as corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the contact: enter a real date as dd-mm-yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPanel</name>
    <message>
        <source>Journal (contacts between conversations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down a contact: now, by phone (Ctrl+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a correction; the earlier text stays, marked as corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include this contact in the report for the resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal stays out of the resident&apos;s report unless you tick a contact here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[corrected] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[correction] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts written down yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life domains: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected by %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the correction of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This corrects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>At home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informal carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifelong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible mild intellectual disability (LVB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronic illness or disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible dementia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible psychiatric condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across a wall between laws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No help around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the household: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wants to talk about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal plan (7 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation finished (6 weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision (2 weeks after the application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs, characteristics and preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own strength and usual help from housemates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informal care and social network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support the informal carer needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General facilities and social activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordination with health care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does the resident need, what is their situation, what do they prefer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What can the resident do themselves, and what do housemates usually do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gives informal care, and who else in the network can help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does the informal carer need to keep it up (e.g. respite care)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which general facilities and social activities fit, without an indication?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is arranged with the GP, POH-GGZ or other health care, and who aligns it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map and record the signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consult a colleague and, where needed, Veilig Thuis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk with the person concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weigh with the assessment framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide: report and/or organise help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there a suspicion of domestic violence or child abuse?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there acute or structural unsafety?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can I offer or organise adequate help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do those involved accept this help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the help bring safety in time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to Veilig Thuis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organise help (no report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to Veilig Thuis and organise help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work and income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wmo (social support)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth Act (Jeugdwet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POH-GGZ (practice nurse mental health)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care office (Wlz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing corporation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veilig Thuis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom budget (maatwerk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridging budget (until it is clear which law pays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone around you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation with a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message from the resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule that blocks help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wall between laws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A missing facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclear information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service that cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wmo 2015</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation Act (Participatiewet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health Insurance Act (Zvw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term Care Act (Wlz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipal Debt Help Act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another law or regulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loneliness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy poverty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poverty and debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young people and school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety and nuisance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport and accessibility</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>The file with the latest changes (%1) was missing when the app started. The data file itself is in order, but changes from shortly before the app was last closed or stopped may be missing. Check the dossiers you worked on last; if something is missing, look under File → Restore from backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data in %1 (fictional, not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted data in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toegang Desktop is already open with this data folder, but does not respond. It may be busy with a long task, such as a backup or an import.

Wait a moment and choose Try again. If it keeps not responding, close the other Toegang Desktop window. If that window cannot be closed, end Toegang Desktop (process %2) in the Task Manager and choose Try again: the app then takes over the data folder. Nothing has been changed.

Data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Learning</name>
    <message>
        <source>a BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date that may be a date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a postcode (with house number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of a resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would have helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood or area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {kind}: “{fragment}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text goes into anonymous reports, so it may not contain personal data. Nothing was saved yet. Rewrite it without the marked details (e.g. &apos;a resident&apos;, &apos;a mother of two&apos;, &apos;in the spring&apos;). Is something marked not personal data? Choose &apos;Not personal data&apos; and say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ordinary word or the name of a thing, not of a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation, facility or place, or its public contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of an event, not a date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else that identifies no resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the first marked detail in the text to rewrite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that a marked detail is not personal data, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose for each marked detail why it is not personal data. The reason is recorded in the access log (not the text). Rewriting is always the safer way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save: not personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{fragment}” ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the personal-data check found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal-data check: not personal data confirmed ({kind}; {reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is not an aggregate file of Toegang Desktop. Choose the file that &apos;Export aggregate file&apos; wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} was made by a newer version of Toegang Desktop. Update this version, or ask for the file from the same version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is damaged or was changed by hand: its numbers cannot be read. Ask for the file to be exported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} cannot be read. Check that it exists and that no other program has it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers in the file {path} do not agree with each other (for example more solved bottlenecks than bottlenecks), so it was changed after it was exported. Nothing was merged: ask for the file to be exported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} holds a name of a partner, area, rule or life domain that looks like personal data (an address, a date of birth, a phone number, a BSN or an e-mail address). A team report must not print it, so nothing was merged. Ask the workstation to correct the text in the learning loop and export the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is the same aggregate file as {other} (a copy, perhaps under another name). Merged twice, every number would count double. Choose each file once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files {path} and {other} come from the same workstation. Merged together, its numbers would count double. Choose one file per workstation: the newest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These aggregate files cover different periods. Merge only files of the same period: export them again for one period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearningDialog</name>
    <message>
        <source>Learning loop: bottlenecks and neighbourhood signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where help got stuck, and what you notice in the neighbourhood: without personal data, so the municipality can learn from it. The period report shows only counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only bottlenecks not yet solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record bottleneck…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record bottleneck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit bottleneck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove bottleneck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood or area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record signal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record neighbourhood signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit neighbourhood signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove neighbourhood signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as not solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this bottleneck? It is no longer counted in reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this neighbourhood signal? It is no longer counted in reports.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearningDialogs</name>
    <message>
        <source>No names, dates of birth, addresses, phone numbers or other personal data: this text feeds anonymous reports. It is checked before it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter a real date as dd-mm-yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelChart</name>
    <message>
        <source>Levels per life domain over the conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No levels scored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (newest)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationBanner</name>
    <message>
        <source>Warning about the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data folder %1 is on a network drive. The safeguards of the data file only work on a disk in this computer: on a network drive data can be lost or damaged, for instance when the connection drops. Choose a folder on this computer: start Toegang Desktop with --data-dir and a local folder, or ask your application manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data folder %1 is inside a folder that %2 synchronises. A sync program can copy the data file while it is being written, or put back an older copy; then data is lost or damaged. Choose a folder on this computer that is not synchronised: start Toegang Desktop with --data-dir and such a folder, or ask your application manager.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogExportDialog</name>
    <message>
        <source>Export access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source> — DEMO (fictional residents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New resident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;journal contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export dossier (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import dossier (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bottlenecks and neighbourhood signals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Toegang Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select or open a resident first, then start a conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select or open a resident first, then write down the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select or open a resident first, then export the dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a conversation first, then export its report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everything on screen could be saved, so the report would not show it. Correct what is marked in red or wait until saving works again, then export the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Report saved (%n page(s)): %1</source>
        <translation>
            <numerusform>Report saved (%n page): %1</numerusform>
            <numerusform>Report saved (%n pages): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not everything could be saved. If you leave now, the last changes are lost. Stay in the conversation to try again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Toegang Desktop %1&lt;/b&gt;&lt;p&gt;Broad-view conversations for local teams: all life domains, the resident&apos;s own words, and recognition of life-wide and lifelong support needs.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manual</name>
    <message>
        <source>Next or previous life domain in a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overview of a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next or previous field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The main button of a window (Save, Unlock, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a window (it asks first when you typed something)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything can be done without a mouse. The letter underlined in a menu or button works with Alt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file (the password and recovery code open it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical logs (no personal data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the data lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stays on this computer, in these places:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never copy, move or open the data file with another program while Toegang Desktop is open; use a backup instead. The data file and the key file belong together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When Toegang Desktop reports a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;In use (busy)&lt;/b&gt;: another program is working with the data, usually a second Toegang Desktop window or a command on the command line. Close the other window or wait until the command is finished, then try again. Nothing was lost: what you typed stays on screen and is saved as soon as it can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Damaged&lt;/b&gt;: the data file cannot be read. Nothing was changed or deleted. Ask your application manager to restore a backup (File &gt; Restore from backup, or &apos;toegang-desktop restore&apos; on the command line). The damaged file is kept aside, so nothing is thrown away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To open a backup on another computer you need the recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Locked&lt;/b&gt;: after a while without use, or with Ctrl+L, the screen locks and the data is closed. Type your password to continue where you were. If Toegang Desktop says it is already open on this computer, switch to that window (it may be behind others or minimised).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Saving did not work&lt;/b&gt; (a red bar): the disk may be full or the folder read-only. Everything stays on screen and saving is retried every few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups and restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is made when the app starts and every 30 minutes while it is open, into %1. The most recent ones are kept, and older ones one per day, week and month. Backups are encrypted like the data itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To go back to a backup: File &gt; Restore from backup. Choose the moment; the current data is kept as a copy first, so a restore can be undone. Changes made after the backup are not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password and recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is encrypted with your password. When the password was chosen, a recovery code was shown once. Keep it on paper, in a safe place, apart from the laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot your password? At the password question choose &quot;Forgot your password? Use the recovery code&quot;, type the recovery code and choose a new password. The recovery code stays valid. Without password and recovery code nobody can open the data, not even the application manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password: Settings &gt; Change password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working in a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings &gt; Team… joins your team&apos;s server. You need the server&apos;s name, your user name and password for it, and the municipality&apos;s certificate file; your application manager gives them. The password is not kept in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status bar says where the team stands: when it was last updated, how many of your changes wait (without network they wait safely on the laptop and go up later), and how many conflicts there are. F5 (Team &gt; Update now) updates at once; otherwise it happens every few minutes, in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;A conflict&lt;/b&gt;: a colleague changed the same field before your change reached the server. Nothing is overwritten: click the conflicts in the status bar, see both values side by side, keep one or merge them into one text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Take along for a home visit&lt;/b&gt; (on the dossier): for at most seven days only you change the dossier, also without network; colleagues see that it is on the road with you. Give it back afterwards. Team &gt; Team caseload (Ctrl+2) finds every resident of the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short guide to working with Toegang Desktop. Search with the field above; Enter finds the next place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Enter a date of birth (dd-mm-yyyy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth lies in the future. Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth lies before {year}. Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a surname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name may have at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This BSN is not valid: it must have 9 digits and pass the 11-check. Check the number on an ID document or leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another resident already has this BSN. Search the caseload for this BSN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the postcode as 4 digits and 2 letters, e.g. 1234 AB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This e-mail address is not complete, e.g. name@example.nl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the phone number with digits only, e.g. 06 12345678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation date lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the request (melding) lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request (melding) cannot come after the conversation date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level must be between 1 and 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why: a confirmed or dismissed signal needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This signal has two decisions; keep one and remove the other from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This life domain occurs twice in the conversation; keep one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision cannot come before the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date on which client support was offered, accepted or declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Toegang Desktop dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dossier was made with a newer version (format {found}); this version reads up to format {supported}. Update Toegang Desktop and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not fit the dossier format (rule: {kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dossier is open to you to read only (broken glass), until the end of the day: nothing can be changed in it. To work in it, ask the coordinator to involve you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help cannot have ended before the dossier&apos;s first conversation. Check the year of the end of help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With this end of help the retention period is already over, so the dossier would be removed at the next purge. Check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the coordinating professional, or untick the integrated plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why a long-lasting indication fits this need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which other connection is to be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what was agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the partner who carries out this agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This partner is no longer in the directory. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link only life domains of this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organisation is already in the directory (perhaps deactivated). Change that entry instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is missing from the file (key &apos;{key}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &apos;{key}&apos; does not belong here. Remove it or check the spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This must be {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not allowed here. Use one of: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not written in the expected form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid date. Write it as YYYY-MM-DD (e.g. 2026-01-31) and check that the day exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid date and time. Write it as YYYY-MM-DDThh:mm:ss with a time zone, e.g. 2026-01-31T09:30:00+00:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A BSN must have 9 digits, or be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too short: at least {min} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list needs at least {min} items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conversation needs at least one life domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too long: at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list may have at most {max} items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This must be a number from {min} to {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This must be at least {min}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This must be at most {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each value may occur only once in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read. Check that the drive or network folder is available and that no other program has the file open, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: it does not exist (any more). Choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: you have no permission to open it. Copy it to a folder of your own, or ask your application manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a file. Choose the dossier file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: it is not UTF-8 text. Choose the exported .json file itself, or save it again as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (line {line}, column {column}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than {max} MB, far too large for one dossier. Choose the exported .json file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists and objects are nested more than {max} levels deep here; a dossier never is. Correct the file or export the dossier again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From line {line}, column {column} on, lists and objects are nested more than {max} levels deep; a dossier never is. Choose the exported .json file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number has more than {max} digits; no number in a dossier is that long. Correct the file or export the dossier again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text (or a key in it) holds a character that is not valid Unicode, such as a lone \ud800 escape. Remove it from the file or export the dossier again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format version must be written as a whole number from 1 to {supported} (such as 3, not 3.0), but it is {found}. Correct it, or export the dossier again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The life domain &apos;{key}&apos; is not in the checklist this conversation names ({checklist}, version {version}). Use one of its domains: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this topic as covered, or as not applicable with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why this topic does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is final. Reopen it first to change the investigation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record whether independent client support was offered, accepted or declined (under Signals and weighing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the request (melding) in the conversation details; the legal terms count from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say for each life domain whether it was discussed or not. Still open: {domains}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who was consulted: a role (e.g. colleague, Veilig Thuis) or a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 is marked as done, but no consultation is recorded. Add who was consulted and when, or take the mark away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 is marked as done: enter the date of the talk with the person concerned, or why there was no talk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 5 is marked as done: choose a decision, or take the mark away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the first question (is there a suspicion?) before you decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is acute or structural unsafety: the reporting code then always requires a report to Veilig Thuis. Choose a decision with a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why: a decision under the reporting code needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision differs from the advice under the reporting code. Explain in the reason why you decide otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what happened: where did help get stuck?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date it was solved cannot lie before the date it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the neighbourhood, street or area where you notice this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what you notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text may have at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This topic occurs twice in the conversation; keep one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an agreement carried out by a partner names a partner. Set &apos;carried out by&apos; to the partner, or remove the partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down in a few words what the contact was about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal note may have at most {max} characters. Keep it short; a longer account belongs in a conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact lies in the future. Check the date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The life domain &apos;{key}&apos; is not in the checklist in use. Untick it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the chosen agreements no longer exists. Untick it and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry to correct no longer exists. Write a new entry instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry can only be corrected in its own dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry has already been corrected. Correct the newest version instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason not discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The informal carer&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help: self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help: network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help: professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants to talk about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident recognises the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of client support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report made final on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions on signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the talk with the person concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why there was no talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspicion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinating professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for a long-lasting indication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked life domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrated plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-lasting indication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the budget is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What blocks the help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the team does itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team stays involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried out by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the partner offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time of the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the resident&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting-code record (restricted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 (signals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 (consultation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 (talk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 4 (weighing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 5 (decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With Veilig Thuis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acute or structural unsafety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help can be offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help brings safety in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice at the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household member {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marker {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consultation {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked life domain {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal entry {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null (empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{list} item {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected problem: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no permission to write there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist or cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program is using it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cause unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file {path} was made by a newer version of Toegang Desktop (schema {found}; this version knows up to {supported}). Nothing was changed. Install the newer version, or start with --data-dir to use another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is not a Toegang Desktop data file. Nothing was changed. Start with --data-dir to choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file {path} is damaged and cannot be opened. Nothing was changed or deleted. Contact your application manager to restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file {path} cannot be opened or written ({detail}). Check that the folder exists, is not read-only and that the disk is not full, or start with --data-dir to choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file {path} is in use by another program. Close the other Toegang Desktop window and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the data file {path} to this version failed ({detail}). The file was left as it was; a copy is in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup of the data could not be made ({detail}). Your data itself was not changed. Check that the disk is not full; the next backup is tried automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {path} is damaged and cannot be restored. Nothing was changed. Choose another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file {path} cannot be used ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery code is not right. Check it against the code you wrote down; letters and numbers that look alike are accepted either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is not right. Check Caps Lock and the keyboard language, and try again. Forgotten it? Use the recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {path} is damaged or was made by a newer version, so the data cannot be opened. Nothing was changed. Copy the key file from the backups folder (toegang.sleutels) back into place, or ask your application manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file {path} is encrypted, but its key file (toegang.sleutels) is missing. Nothing was changed. Copy the key file from the backups folder back into the data folder and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file {path} cannot be opened with this key file: the key file belongs to another data file, or the data file is damaged. Nothing was changed. Put back the key file that belongs to it, or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file {path} is not encrypted yet. Start Toegang Desktop to encrypt it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid TOML ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{detail}&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table ([...]) was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text between quotes was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list [...] was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of items must be {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &apos;{detail}&apos; may only hold letters a-z, digits and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &apos;{detail}&apos; occurs twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{detail}&apos; is no known condition (use count, marker, household, all or any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the life domain &apos;{detail}&apos; is not in the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value &apos;{detail}&apos; is not allowed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &apos;{detail}&apos; is not known here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number ({detail}) was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text may have at most {detail} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name &apos;{detail}&apos; occurs twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is nested more than {detail} levels deep, which no content file needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from line {detail} on it is nested deeper than any content file needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than {detail}, too large for a content file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number in it has too many digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} cannot be used: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} cannot be used: at {place}, {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard file is used instead; correct the file and restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is a file or folder of Toegang Desktop itself (its data, key, backups or logs), where no export may be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that name is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file with that name already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of that path is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no permission to write there, or the file is open in another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that place can only be read (a locked or read-only disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system refused it (error {code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved: {reason}. Choose another folder or file name and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved: {reason}. Choose another folder or file name and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationProgress</name>
    <message>
        <source>Toegang Desktop has been updated. A safety copy of your data is made first.
Do not close the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is being updated for this version of Toegang Desktop.
Do not close the program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerChooser</name>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deactivated)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Partner directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations the local team makes agreements with. A partner that is no longer used is deactivated, not deleted: earlier agreements keep its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show deactivated partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerEditDialog</name>
    <message>
        <source>Change partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation, required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a desk or route, not a person&apos;s private number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation*</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>The password is too short: use at least %1 characters. A sentence you can remember is strong and easy to type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password starts or ends with a space. Remove it: a space there is easily forgotten when you type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodReportDialog</name>
    <message>
        <source>Period report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An anonymous report for policy: counts only, no personal data and no free text. Counts from 1 to %1 are shown as “&lt; %2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export aggregate file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the team report: a file with this workstation&apos;s counts (no personal data) that a colleague merges with the files of the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge aggregate files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the aggregate files of several workstations (same period): the report then shows the team&apos;s total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter %1 %2 (%3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the period as two dates (dd-mm-yyyy), the second on or after the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Team report, merged from %n workstation(s).</source>
        <translation>
            <numerusform>Team report, merged from %n workstation.</numerusform>
            <numerusform>Team report, merged from %n workstations.</numerusform>
        </translation>
    </message>
    <message>
        <source>This workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottlenecks: %1 (previous period %2, difference %3), of which solved: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood signals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigations finished within 6 weeks: %1; median days from request to report: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregate files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge aggregate files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Route and plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the route that fits and record the agreements. The app offers the choices; you decide. Changes are saved as you make them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One integrated plan with one coordinating professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A long-lasting indication for a lifelong need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead of assessing the same lifelong need again and again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate a rule that blocks help (knelpunt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which rule or gap blocks help. No names or other personal data: this note feeds anonymous reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinating professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What blocks help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record bottleneck…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record where help got stuck for the learning loop, pre-filled with the note above, the life domains of concern and the laws of the route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections to make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local team stays involved when other help starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the local team does itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is referred, and to whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bottleneck(s) recorded from this conversation.</source>
        <translation>
            <numerusform>%n bottleneck recorded from this conversation.</numerusform>
            <numerusform>%n bottlenecks recorded from this conversation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluation date: enter a real date as dd-mm-yyyy, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Choose a folder for the access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access request could not be written to %1 (%2). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server&apos;s list of every colleague who saw the dossier (with each emergency access and its reason) is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stored about this resident was written to %1: the dossier file, a report per conversation, the history of corrected details and the access log. Restricted reporting-code parts are included and marked: check them before handing the folder over. Keep it safe and delete it when it has been handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stored about this resident was written to %1: the dossier file, a report per conversation, the history of corrected details and the access log, without restricted reporting-code parts. Keep it safe and delete it when it has been handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dossier has a restricted reporting-code record: the steps taken under the reporting code for domestic violence and child abuse, with the concerns, consultations and the decision.

The law allows you to leave it out of an access request where giving it would harm the safety of others, such as a child or the person who raised the concern. When in doubt, leave it out and discuss it with your reporting-code officer first.

Include the restricted record in this access request?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of help, %1, lies before the first conversation of this dossier, on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With this end of help the retention period ended on %1, so the dossier would be removed for good at the next purge of dossiers past their retention date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the dossier with %1 as the end of help anyway? Choose No to correct the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) removed.</source>
        <translation>
            <numerusform>%n dossier removed.</numerusform>
            <numerusform>%n dossiers removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access log could not be written to %1 (%2). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the access log were written to %1.</source>
        <translation>
            <numerusform>%n line of the access log was written to %1.</numerusform>
            <numerusform>%n lines of the access log were written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The access log is intact: %n line(s) checked.</source>
        <translation>
            <numerusform>The access log is intact: %n line checked.</numerusform>
            <numerusform>The access log is intact: %n lines checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>The access log has been changed outside the app, first at line %1. Tell your privacy officer; do not change anything in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report made (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old log lines removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dossier closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dossier reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dossier file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention period over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reporting code (restricted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history of corrected details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the restricted reporting-code record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restricted reporting-code record withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n text(s) of the bottlenecks and neighbourhood signals, the resident&apos;s name or street was replaced by [verwijderd] (names: %1, streets: %2)</source>
        <translation>
            <numerusform>in %n text of the bottlenecks and neighbourhood signals, the resident&apos;s name or street was replaced by [verwijderd] (names: %1, streets: %2)</numerusform>
            <numerusform>in %n texts of the bottlenecks and neighbourhood signals, the resident&apos;s name or street was replaced by [verwijderd] (names: %1, streets: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency access (break the glass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleague involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involvement ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordination handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken along for a home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned after a home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought to the case discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on a laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes sent from a laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team history viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement {number} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision on a signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bottleneck removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bottleneck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wmo 2015</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeugdwet (youth care)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request of the resident (art. 17 AVG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Should not have been recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered by mistake</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyWiring</name>
    <message>
        <source>&amp;Export access log (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove dossiers past retention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention &amp;periods…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <source>Problems with the input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Remove dossiers past their retention date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers past their retention date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>These %n dossier(s) have passed their retention date. Removing them deletes everything stored about these residents; old access-log lines (over five years) are removed too.</source>
        <translation>
            <numerusform>This dossier has passed its retention date. Removing it deletes everything stored about this resident; old access-log lines (over five years) are removed too.</numerusform>
            <numerusform>These %n dossiers have passed their retention date. Removing them deletes everything stored about these residents; old access-log lines (over five years) are removed too.</numerusform>
        </translation>
    </message>
    <message>
        <source>No dossier has passed its retention date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have checked the list; remove these dossiers for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Open with the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the recovery code you wrote down when the password was set, and choose a new password. The recovery code stays valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDetailsDialog</name>
    <message>
        <source>Report details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These details appear on every report you export from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Gemeente Voorbeeldstad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How residents reach you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the team&apos;s phone number or e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;signature blocks (resident and professional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How residents &amp;reach you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo file %1 does not exist. Choose another file or leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the &amp;resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the restricted &amp;reporting-code record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation has no reporting-code record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open after saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In plain words, to give to the resident: what was discussed, in their own words, and what was agreed. Without the restricted reporting-code record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete, for the dossier: also the signals with their weighing, the investigation and the legal terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation no longer exists, so there is no report to export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <source>Change resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, 9 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name(s)*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode and city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth: enter a real date as dd-mm-yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household member %1: the date of birth is not a real date (dd-mm-yyyy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household member %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The data as it is now is saved as a backup first, so nothing is lost. Changes made after the chosen backup are not in it.
Backups are kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet. A backup is made when the app starts and every 30 minutes while data changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the backup of %1 at %2 (%3)?

The data as it is now is saved as a backup first. Changes made after %2 are not in this backup. The window closes and opens again on the restored data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionSettingsDialog</name>
    <message>
        <source>Retention periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from the day help ended. Applies to dossiers closed from now on. The law asks at least 20 years for youth care.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>Reporting code – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Restricted.&lt;/b&gt; This reporting-code record is visible only here. It is not shown in lists or summaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the reporting code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2, done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice under the reporting code: not known yet. Answer question %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice under the reporting code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(acute or structural unsafety: always report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This decision differs from the advice: say in the reason why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation %1: enter a real date as dd-mm-yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter a real date as dd-mm-yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPages</name>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what you saw and heard, when and from whom. Keep facts apart from how you interpret them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals (facts, dates, sources)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who (role or name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With Veilig Thuis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consult a colleague, for instance the expert on domestic violence. Where needed, consult Veilig Thuis; this can be done without naming anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the consultations gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talked with the person concerned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If there was no talk: why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If not: why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discuss the signals with the person concerned. Skip this only when the talk would endanger someone&apos;s safety, and record why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the person concerned said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weigh the risk, the seriousness and the nature of the violence or abuse with the assessment framework (afwegingskader). When in doubt, consult Veilig Thuis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the decision, required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the questions in turn. The advice follows from the answers; you decide, and say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetUpDialog</name>
    <message>
        <source>Protect the data with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toegang Desktop keeps the residents&apos; data encrypted on this computer. If the laptop is lost, nobody can read it without your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your existing data will be encrypted now; a copy is kept in the backups folder, also encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password of at least 8 characters. A short sentence works well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your recovery code. With it you can open the data if you forget your password, or open a backup on another computer. It is shown only now: write it down and keep it in a safe place, apart from the laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written down the recovery code and keep it in a safe place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a municipal &amp;checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;standard checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time Toegang Desktop starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist “%1” (version %2, %3 domains) is used for new conversations from the next start. Existing conversations keep the domains they were held with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard checklist is used for new conversations from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalCard</name>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet weighed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalDialog</name>
    <message>
        <source>Change neighbourhood signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record neighbourhood signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A theme you notice across several residents in a neighbourhood (loneliness, energy poverty, a school, a street). It is not about one resident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood or area, required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Oosterpark, or the area around a school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date, required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you notice, required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood or area*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you notice*</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalPanel</name>
    <message>
        <source>Signals and weighing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signals follow from the answers and change as you record. They are suggestions: confirm or dismiss each one and say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs of a lasting condition (not a diagnosis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the resident recognise this picture?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the resident&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident&apos;s view, in their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent client support (free of charge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of client support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signals: the answers so far raise none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighed earlier, no longer raised by the answers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do you confirm this signal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do you dismiss this signal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmokeTest</name>
    <message>
        <source>Smoke test FAILED: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoke test passed: main window opened, report of {pages} page(s) exported, in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app&apos;s translation was not found in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s own Dutch translation was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app icon was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the standard content did not load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo conversation did not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encrypted store did not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo store has no conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exported report is not a valid PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandInDialog</name>
    <message>
        <source>Stand in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers to reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (coordinator: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stands in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: illness, leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the end date coordination returns to the coordinator by itself (when they are still in the team).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakeAlongBar</name>
    <message>
        <source>Take along for a home visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(your changes meanwhile become conflicts)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakeAlongDialog</name>
    <message>
        <source>Take along for a home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You take the dossier of %1 along: until you give it back (or the days are over) only you change it, also without network. Colleagues see that it is on the road with you; a change they make meanwhile is kept as a conflict, never lost. It is given back at the next update after you press Give back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take along</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the road with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the road with %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without a coordinator (%1 left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stands in for %2 until %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server cannot be reached. Check the network connection (and the server&apos;s name and port). Nothing is lost: your changes wait on this laptop and go up at the next attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the municipality&apos;s certificate you chose, so no connection was made (it may not be your team&apos;s server). Check the server&apos;s name and the certificate file with your application manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is not right for the team server. Type them again; your application manager can set a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not (or no longer) a member of a team on this server. Ask your application manager to add you to the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no access to this dossier on the team server (it was handed over, or your access ended). Ask the coordinating professional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop was taken out of the team (device revoked). Ask your application manager; until then the laptop works on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague has taken this dossier along for a home visit. Your change is kept as a conflict; the coordinating professional chooses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role in the team does not allow this. Ask your team leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server could not do this just now. Nothing is lost; try again in a while, and tell your application manager if it keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a data file with a password can work in a team (the team password is kept in it, encrypted). Set a password for Toegang Desktop first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is not in a team. Join one under Settings → Team….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is already in a team. To join another team, leave this one first under Settings → Team….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dossier is not on this laptop, so it cannot be taken along from here. Ask the coordinating professional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server is newer than this app. Install the newer Toegang Desktop; until then the laptop works on its own and nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server refused (code %1). Nothing is lost; try again later, or tell your application manager the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access request was not made: the team server keeps which colleagues saw this dossier, and it cannot be reached now. Without that list the request would be incomplete. Connect to the network (and the team&apos;s server) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access request was not made: only the coordinating professional or the privacy officer can get from the team server which colleagues saw this dossier. Ask the coordinating professional or the privacy officer to make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision on a signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting-code record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamCaseloadPage</name>
    <message>
        <source>Team caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the team by name or date of birth (dd-mm-yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the team&apos;s residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next legal term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involve a colleague…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a handover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break the glass…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey: the dossier is not on this laptop (you neither coordinate it nor are involved); ask its coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody coordinates this dossier: hand it over or arrange a stand-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on this laptop: ask %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s)</source>
        <translation>
            <numerusform>%n resident</numerusform>
            <numerusform>%n residents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamHistoryDialog</name>
    <message>
        <source>Team history of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing happened in the team yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamInfoDialog</name>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>every minute</numerusform>
            <numerusform>every %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Update automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop leaves the team: it no longer sends or fetches changes, and the connection details are removed. The dossiers on this laptop stay on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not been sent yet and will not reach the team; press F5 first to send them.</source>
        <translation>
            <numerusform>%n change has not been sent yet and will not reach the team; press F5 first to send it.</numerusform>
            <numerusform>%n changes have not been sent yet and will not reach the team; press F5 first to send them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the team?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamOverviewPage</name>
    <message>
        <source>Team overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts per professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next legal term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers behind the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF for the team meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1. Terms &quot;soon&quot;: within %2 days. Glass broken: the last %3 days. Counts only: click a count for its list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a coordinator: %1 (show them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers in the team: %1. Handovers waiting for an answer: %2. Stand-ins running: %3. Glass broken: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (left the team)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamStatusWidget</name>
    <message>
        <source>Team status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Two values for one field: choose or merge them (click to open).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s dossiers are being updated in the background; you can keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: not updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: not updated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: updated at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: updated on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1, signed in as %2. F5 updates now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamWiring</name>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team is already being updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server was restored from an older backup: everything was fetched again. Your changes that were still waiting are kept and sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) no longer held by you were removed from this laptop (handed over, or access ended).</source>
        <translation>
            <numerusform>%n dossier no longer held by you was removed from this laptop (handed over, or access ended).</numerusform>
            <numerusform>%n dossiers no longer held by you were removed from this laptop (handed over, or access ended).</numerusform>
        </translation>
    </message>
    <message>
        <source>The dossier is on the road with you until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier was given back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is no longer in a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a data file with a password can join a team (the demo holds fictional residents and cannot). Start Toegang Desktop without --demo to join your team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamWork</name>
    <message>
        <source>A reason is needed for this (for breaking the glass at least a few words). Fill it in and try again: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This handover is no longer open: it was answered or withdrawn, or the dossier has another coordinator now. Refresh the list to see where it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date lies in the past. Choose a date from tomorrow on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dossier has no conversation yet, so there is no plan to put the agreement in. The coordinator records a conversation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be saved as it is: a text is empty or too long (a question for the case discussion is at most 600 characters), or the colleague is yourself. Change it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glass broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {who} → {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {who} for {other} until {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} of {day}: brought by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {who} until {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals to weigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans past evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamWorkWiring</name>
    <message>
        <source>&amp;Handovers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;history of this dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colleague is involved; their laptop gets the dossier at its next update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handover is proposed. You stay the coordinator until your colleague accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may read the dossier until the end of the day; it arrives with this update. It is logged with your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossiers are reassigned until %1; then coordination returns by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handovers (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague proposes a handover to you: Team → Handovers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handover waits for your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You proposed %n handover(s) that wait for a colleague&apos;s answer.</source>
        <translation>
            <numerusform>You proposed %n handover that waits for a colleague&apos;s answer.</numerusform>
            <numerusform>You proposed %n handovers that wait for a colleague&apos;s answer.</numerusform>
        </translation>
    </message>
    <message>
        <source>You are the coordinator now; the dossier arrives with this update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handover is declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team overview as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the case discussion on %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You coordinate no dossier to bring to the case discussion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which dossier?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question for the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question for the team, in a few lines, without more personal data than needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome is saved; the agreements go into the dossier&apos;s plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case discussion as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is saved (initials instead of names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a dossier first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayLabels</name>
    <message>
        <source>Agreement due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal not yet weighed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not yet final</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>← Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to do. Double-click a line or press Enter to open the conversation where it is handled.</source>
        <translation>
            <numerusform>%n thing to do. Double-click a line or press Enter to open the conversation where it is handled.</numerusform>
            <numerusform>%n things to do. Double-click a line or press Enter to open the conversation where it is handled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due today. New agreements, terms and signals appear here when they are due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on this date; make it final when the weighing is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate the plan with the resident</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayWiring</name>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicEditor</name>
    <message>
        <source>What was found, for the report (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does this topic not apply?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason not applicable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probably covered: you discussed %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>Export dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier could not be written to %1 (%2). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier was exported to %1. It holds personal data: keep it safe and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported, because the file has problems:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>%1 is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen was locked and the data closed. Enter your password to continue where you were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password to open the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot your password? Use the &amp;recovery code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
