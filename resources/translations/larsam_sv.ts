<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lärcentrum services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current &amp;coach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export caseload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export ca&amp;lendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYYMMDD-NNNN or samordningsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, when there is no personnummer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sekretessmarkering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skyddad folkbokföring</source>
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
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lärcentrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of arrival in Sweden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest prior education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grundskola</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper secondary, 2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper secondary, 3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folkhögskola</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First generation in higher education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short note. No health or other sensitive details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Personnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;tected identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posta&amp;l code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lärcentrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background (for statistics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ge&amp;nder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born &amp;abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of a&amp;rrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior e&amp;ducation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New learner…</source>
        <translation>&amp;Ny deltagare…</translation>
    </message>
    <message>
        <source>Try with &amp;demo data…</source>
        <translation>Prova med &amp;demodata…</translation>
    </message>
    <message>
        <source>Study &amp;plans for several learners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Find learner</source>
        <translation>&amp;Sök deltagare</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Show full &amp;personnummer</source>
        <translation>Visa hela &amp;personnumret</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Search name, personnummer, municipality or lärcentrum (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by lärcentrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by eligibility for target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>All coaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lärcentra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility: all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold k for exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts below k are hidden in exports (never below 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export anonymised statistics</source>
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
        <source>k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel: learners who reached at least each stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages reached per term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Högskoleförberedande examen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yrkesexamen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slutbetyg: passed points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no slutbetyg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folkhögskola &amp;behörighetsintyg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folkhögskola behörighetsintyg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years of work after 19</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits in a teaching subject (KPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifications status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save qualifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save qualifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert qualifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Examen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Komvux &amp;slutbetyg:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work after 19:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Teaching subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the admission rules count besides courses. Slutbetyg: the passed points of a komvux slutbetyg (issued until 30 June 2025).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About LärSam Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case manager for study coaches at municipal learning centres: learners on the path from komvux to higher education.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — free software: you may share and change it under the terms of the GNU General Public License.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the &amp;licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the licence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitiesModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Viewed protected learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened restricted notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included protected data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access request (registerutdrag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention run (gallring)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show matching entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that no entry was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries shown (at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain is intact: %1 entries checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain is broken at entry %1: an entry was changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
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
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is made every day the program starts, before every update and before every restore. Each is checked against the checksum recorded when it was made before it is restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups in the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a copy to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a backup copy to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a backup copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LärSam backups (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file name that is not in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything saved after this backup was made will be replaced by the backup&apos;s content. The current database is kept as a backup first.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 learners from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingsModel</name>
    <message>
        <source>Exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (sitting %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-sit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadExportDialog</name>
    <message>
        <source>Export caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when clearly needed: the export is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV or XLSX (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export personnummer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnummer may only be exported when it is clearly needed, and the export is recorded in the audit log. Export it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 learners to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>No learner matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lärcentrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach</source>
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
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible for target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactLogModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Contacts and follow-ups – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open restricted &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the restricted note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every opening is recorded in the audit log with your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM (optional)</source>
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
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health, family situation…: kept apart, hidden until opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;follow-up from the next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner of the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind, duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted n&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-&amp;up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due, o&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done / &amp;undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected follow-up done or undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a contact in the log first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact has no restricted note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open restricted note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the note is recorded in the audit log with your name. Open it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseRecordsModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoursesPanel</name>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code or name, e.g. MATMAT01a or Matematik 1a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from the grade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A–F, or IG–MVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel editing the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status, grade, points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, end, provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the records?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong inside the program. Your saved data is safe. The details are in the log: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurrentCoachDialog</name>
    <message>
        <source>Current coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your follow-ups and learners fill the Today page; new follow-ups and meetings are yours unless you choose otherwise. The choice is kept in this data folder, and the command line uses it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Exact counts for your own use. Hatched bars and shaded cells are hidden (&quot;..&quot;) in an export with k = %1: fewer than k learners, or a figure that would let someone work out such a cell from the totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 learners started on the path in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learner started on the path in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached at least this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners reaching a stage, per term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export anonymised statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1 (k = %2, %3 cells hidden).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataSafetyActions</name>
    <message>
        <source>&amp;Backups and restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>DEMO — synthetic learners, not real people. Nothing here is real data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoFlow</name>
    <message>
        <source>The demo database is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating demo learners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DifferencesModel</name>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EligibilityPanel</name>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoped-for start term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term the learner hopes to start the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count planned and ongoing courses as &amp;passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count planned and ongoing courses as passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;missing courses as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add missing courses as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no start term)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a target programme to see what is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Eligible for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not yet eligible for %1: %2 of %3 requirements missing, %4 points to study.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Planned and ongoing courses counted as passed.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course not added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpListModel</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>LärSam Desktop — user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus and texts, and how dates and numbers are written. It changes the next time LärSam Desktop starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerDialog</name>
    <message>
        <source>Edit learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this learner before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerPage</name>
    <message>
        <source>← &amp;Back to caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to caseload (Alt+Left, Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts &amp;&amp; follow-ups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts and follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xams &amp;&amp; activities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam bookings and activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnummer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lärcentrum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qualifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerServicesDialog</name>
    <message>
        <source>Exams and activities – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course or exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 places)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special arrangements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book %1 working days ahead (weekends and public holidays do not count): the earliest exam date today is %2. Non-residents pay %3 kr; %4 re-sits are free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;University:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ourse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date, time, length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proctor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special &amp;arrangements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam proctoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gister for the selected activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register for the selected activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities in the coming months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an exam room first (Lärcentrum services).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam not booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navigering</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Opening the caseload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this caseload is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This learner no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
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
    <name>PathwayPanel</name>
    <message>
        <source>Pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not a preparation step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required for paused and discontinued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the most recent step, e.g. one recorded by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preparation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the most recent step from the timeline? Earlier steps stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanBatchDialog</name>
    <message>
        <source>Study plans for several learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;selected learners (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All learners &amp;shown in the caseload (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;One PDF for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One &amp;file per learner (in a folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full personnummer in the printouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plans as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plans in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the plans first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the plans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 plans done; %2 learners have no plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no files were left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plans could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCompareDialog</name>
    <message>
        <source>Compare revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two revisions have the same content.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Plan status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompare with current…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with current revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Educational goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A programme in higher education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An examen from komvux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. HT2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned scope in verksamhetspoäng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points a week (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term of the course to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the &amp;missing courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the missing courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introductory course (introduktionskurs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study-technique course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Högskoleprovet on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study and career guidance offered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed with the learner on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full personnummer in the printout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal and scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Examen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mainly &amp;corresponds to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses by term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation, guidance and agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible &amp;coach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No study plan yet: fill it in with the learner and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 of %2, saved %3 by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier revision: read only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed or agreed: a change is saved as a new revision, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown course code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal cannot be assessed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a goal to check the plan against the entry rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not covered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The plan covers every requirement of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 points short of the examen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Planned in or after the start term: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pace of %1 points a week fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than full time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1: %2 points planned, the pace fits %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The scope is not the sum of the planned courses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Below 10 points a week: no student finance from CSN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 was printed or agreed. Why does the plan change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save study plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message>
        <source>Study plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study plan preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save study plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannedCoursesModel</name>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintSettingsDialog</name>
    <message>
        <source>Print settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lärcentrum name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo (PNG or JPEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the logo file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lärcentrum &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address (up to three lines):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualificationsPanel</name>
    <message>
        <source>Qualifications not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The eligibility shown is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuietModel</name>
    <message>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The database needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database could not be read safely, so it has been set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been deleted: the file was renamed to %1 in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup that passed its check is %1. Restoring it brings back everything saved up to that backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup that passes its check was found. You can start with an empty database and ask for help with the set-aside file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with an &amp;empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequirementsModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways to meet it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points to study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be met by studying courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>Lärcentrum services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xam proctoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the participant as attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ab&amp;sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the participant as absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants (register learners from their page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lärcentrum of the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add exam room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room not added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Komvux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grundläggande behörighet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Särskild behörighet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandingRefresher</name>
    <message>
        <source>Checking eligibility for targets… %1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>LärSam Desktop already has this data folder open. Switch to that window, or close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StuckModel</name>
    <message>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetStanding</name>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you are: your follow-ups and your learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Refresh the Today page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose who you are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are (Coach, above) to see your follow-ups and learners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no coaches yet: give a learner a coach first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, first %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups overdue or due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not contacted recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the same stage too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up: exams and activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not contacted in %1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exams and activities, next %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a follow-up in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpcomingModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to LärSam Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your caseload is empty. Add your first learner, or try the program on a separate demo database with synthetic learners (your own data folder is not touched).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try with &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Print study plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self._window</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, %1 need attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Caseload</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are first (File → Current coach…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar exported: %1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LärSam Desktop</source>
        <translation type="unfinished">&amp;Om LärSam Desktop</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time LärSam Desktop starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
