<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>another program is using the data file</source>
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
    <name>CommandLine</name>
    <message>
        <source>There is no resident with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be written: {error}</source>
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
        <source>The file {path} cannot be written: {error}</source>
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
        <source>There is no conversation with id {id}.</source>
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
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong that Toegang Desktop did not expect (%1). What was saved is safe; the last change may not have been saved. Check it, and tell your application manager if this happens again: the log file says where it went wrong.</source>
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
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Demo data in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data in %1</source>
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
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
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
        <source>This topic occurs twice in the conversation; keep one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an agreement carried out by a partner names a partner. Set &apos;carried out by&apos; to the partner, or remove the partner.</source>
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
        <source>The data file {path} cannot be used ({detail}).</source>
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
        <source>The file {path} cannot be used: at {place}, {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard file is used instead; correct the file and restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that name is a folder</source>
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
    <message>
        <source>Evaluation date: enter a real date as dd-mm-yyyy, or leave it empty.</source>
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
        <source>the demo store has no conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exported report is not a valid PDF</source>
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
</TS>
