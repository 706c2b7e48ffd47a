<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <source>Lärcentrum services</source>
        <translation>Lärcentrumtjänster</translation>
    </message>
    <message>
        <source>Current &amp;coach…</source>
        <translation>Aktuell &amp;coach…</translation>
    </message>
    <message>
        <source>Today and exam se&amp;ttings…</source>
        <translation>Inställningar för Idag och &amp;tentamen…</translation>
    </message>
    <message>
        <source>&amp;Export caseload…</source>
        <translation>&amp;Exportera deltagarlistan…</translation>
    </message>
    <message>
        <source>Export ca&amp;lendar (.ics)…</source>
        <translation>Exportera &amp;kalender (.ics)…</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>YYYYMMDD-NNNN or samordningsnummer</source>
        <translation>ÅÅÅÅMMDD-NNNN eller samordningsnummer</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, when there is no personnummer yet</source>
        <translation>ÅÅÅÅ-MM-DD, när det inte finns något personnummer än</translation>
    </message>
    <message>
        <source>Protected identity</source>
        <translation>Skyddad identitet</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Sekretessmarkering</source>
        <translation>Sekretessmarkering</translation>
    </message>
    <message>
        <source>Skyddad folkbokföring</source>
        <translation>Skyddad folkbokföring</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(inte angivet)</translation>
    </message>
    <message>
        <source>Home municipality</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <source>Lärcentrum</source>
        <translation>Lärcentrum</translation>
    </message>
    <message>
        <source>Responsible coach</source>
        <translation>Ansvarig coach</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Kvinna</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Born abroad</source>
        <translation>Född utomlands</translation>
    </message>
    <message>
        <source>Year of arrival in Sweden</source>
        <translation>År för ankomst till Sverige</translation>
    </message>
    <message>
        <source>Highest prior education</source>
        <translation>Högsta tidigare utbildning</translation>
    </message>
    <message>
        <source>Grundskola</source>
        <translation>Grundskola</translation>
    </message>
    <message>
        <source>Upper secondary, 2 years</source>
        <translation>Gymnasium, 2 år</translation>
    </message>
    <message>
        <source>Upper secondary, 3 years</source>
        <translation>Gymnasium, 3 år</translation>
    </message>
    <message>
        <source>Folkhögskola</source>
        <translation>Folkhögskola</translation>
    </message>
    <message>
        <source>Education abroad</source>
        <translation>Utbildning utomlands</translation>
    </message>
    <message>
        <source>First generation in higher education</source>
        <translation>Första generationen i högre utbildning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>A short note. No health or other sensitive details.</source>
        <translation>En kort anteckning. Inga uppgifter om hälsa eller andra känsliga uppgifter.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Förnamn</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Efternamn</translation>
    </message>
    <message>
        <source>&amp;Personnummer</source>
        <translation>&amp;Personnummer</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Födelsedatum</translation>
    </message>
    <message>
        <source>Pro&amp;tected identity</source>
        <translation>S&amp;kyddad identitet</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>&amp;Street address</source>
        <translation>&amp;Gatuadress</translation>
    </message>
    <message>
        <source>Posta&amp;l code</source>
        <translation>Post&amp;nummer</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placering</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommun</translation>
    </message>
    <message>
        <source>&amp;Lärcentrum</source>
        <translation>&amp;Lärcentrum</translation>
    </message>
    <message>
        <source>&amp;Coach</source>
        <translation>&amp;Coach</translation>
    </message>
    <message>
        <source>Background (for statistics)</source>
        <translation>Bakgrund (för statistik)</translation>
    </message>
    <message>
        <source>Ge&amp;nder</source>
        <translation>&amp;Kön</translation>
    </message>
    <message>
        <source>Born &amp;abroad</source>
        <translation>Född &amp;utomlands</translation>
    </message>
    <message>
        <source>Year of a&amp;rrival</source>
        <translation>År för &amp;ankomst</translation>
    </message>
    <message>
        <source>Prior e&amp;ducation</source>
        <translation>Tidigare &amp;utbildning</translation>
    </message>
    <message>
        <source>First generation</source>
        <translation>Första generationen</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Anteckning</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Spara (Ctrl+S)</translation>
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
        <translation>Studie&amp;planer för flera deltagare…</translation>
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
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Search name, personnummer, municipality or lärcentrum (Ctrl+F)</source>
        <translation>Sök namn, personnummer, kommun eller lärcentrum (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the caseload</source>
        <translation>Sök i deltagarlistan</translation>
    </message>
    <message>
        <source>Filter by coach</source>
        <translation>Filtrera på coach</translation>
    </message>
    <message>
        <source>Filter by lärcentrum</source>
        <translation>Filtrera på lärcentrum</translation>
    </message>
    <message>
        <source>Filter by stage</source>
        <translation>Filtrera på steg</translation>
    </message>
    <message>
        <source>Filter by eligibility for target</source>
        <translation>Filtrera på behörighet till målet</translation>
    </message>
    <message>
        <source>Filter by municipality</source>
        <translation>Filtrera på kommun</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>All coaches</source>
        <translation>Alla coacher</translation>
    </message>
    <message>
        <source>All lärcentra</source>
        <translation>Alla lärcentrum</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alla steg</translation>
    </message>
    <message>
        <source>Eligibility: all</source>
        <translation>Behörighet: alla</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Started on or after</source>
        <translation>Började den eller senare</translation>
    </message>
    <message>
        <source>Started on or before</source>
        <translation>Började den eller tidigare</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Threshold k for exports</source>
        <translation>Gräns k för exporter</translation>
    </message>
    <message>
        <source>Counts below k are hidden in exports (never below 5)</source>
        <translation>Antal under k döljs i exporter (aldrig under 5)</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Update the figures</source>
        <translation>Uppdatera siffrorna</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Export anonymised statistics</source>
        <translation>Exportera anonymiserad statistik</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Funnel: learners who reached at least each stage</source>
        <translation>Tratt: deltagare som nått minst varje steg</translation>
    </message>
    <message>
        <source>Stages reached per term</source>
        <translation>Nådda steg per termin</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Fördelning</translation>
    </message>
    <message>
        <source>Breakdown table</source>
        <translation>Fördelningstabell</translation>
    </message>
    <message>
        <source>Examen</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Högskoleförberedande examen</source>
        <translation>Högskoleförberedande examen</translation>
    </message>
    <message>
        <source>Yrkesexamen</source>
        <translation>Yrkesexamen</translation>
    </message>
    <message>
        <source>Slutbetyg: passed points</source>
        <translation>Slutbetyg: godkända poäng</translation>
    </message>
    <message>
        <source>no slutbetyg</source>
        <translation>inget slutbetyg</translation>
    </message>
    <message>
        <source> points</source>
        <translation> poäng</translation>
    </message>
    <message>
        <source>Folkhögskola &amp;behörighetsintyg</source>
        <translation>&amp;Behörighetsintyg från folkhögskola</translation>
    </message>
    <message>
        <source>Folkhögskola behörighetsintyg</source>
        <translation>Behörighetsintyg från folkhögskola</translation>
    </message>
    <message>
        <source>Years of work after 19</source>
        <translation>År i arbetslivet efter 19</translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <source>Credits in a teaching subject (KPU)</source>
        <translation>Högskolepoäng i ett undervisningsämne (KPU)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source> hp</source>
        <translation> hp</translation>
    </message>
    <message>
        <source>Qualifications status</source>
        <translation>Meriternas status</translation>
    </message>
    <message>
        <source>&amp;Save qualifications</source>
        <translation>&amp;Spara meriter</translation>
    </message>
    <message>
        <source>Save qualifications</source>
        <translation>Spara meriter</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Å&amp;terställ</translation>
    </message>
    <message>
        <source>Revert qualifications</source>
        <translation>Ångra ändringarna i meriterna</translation>
    </message>
    <message>
        <source>&amp;Examen:</source>
        <translation>&amp;Examen:</translation>
    </message>
    <message>
        <source>Komvux &amp;slutbetyg:</source>
        <translation>Komvux &amp;slutbetyg:</translation>
    </message>
    <message>
        <source>&amp;Work after 19:</source>
        <translation>&amp;Arbete efter 19 år:</translation>
    </message>
    <message>
        <source>&amp;Teaching subject:</source>
        <translation>&amp;Undervisningsämne:</translation>
    </message>
    <message>
        <source>What the admission rules count besides courses. Slutbetyg: the passed points of a komvux slutbetyg (issued until 30 June 2025).</source>
        <translation>Det som antagningsreglerna räknar utöver kurser. Slutbetyg: godkända poäng i ett slutbetyg från komvux (utfärdat till och med 30 juni 2025).</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About LärSam Desktop</source>
        <translation>Om LärSam Desktop</translation>
    </message>
    <message>
        <source>Program icon</source>
        <translation>Programikon</translation>
    </message>
    <message>
        <source>Case manager for study coaches at municipal learning centres: learners on the path from komvux to higher education.</source>
        <translation>Ärendehantering för studiecoacher på kommunala lärcentrum: deltagare på vägen från komvux till högskolan.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>%1 — free software: you may share and change it under the terms of the GNU General Public License.</source>
        <translation>%1 — fri programvara: du får sprida och ändra den enligt villkoren i GNU General Public License.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Uppgiftsmapp</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Byggt med</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licens:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Uppgiftsmapp:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Databas:</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Byggt med:</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>&amp;Öppna uppgiftsmappen</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Öppna uppgiftsmappen</translation>
    </message>
    <message>
        <source>Read the &amp;licence</source>
        <translation>Läs &amp;licensen</translation>
    </message>
    <message>
        <source>Read the licence</source>
        <translation>Läs licensen</translation>
    </message>
</context>
<context>
    <name>ActivitiesModel</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Närvarande</translation>
    </message>
</context>
<context>
    <name>ActivityKind</name>
    <message>
        <source>Information meeting</source>
        <translation>Informationsmöte</translation>
    </message>
    <message>
        <source>Introduction course</source>
        <translation>Introduktionskurs</translation>
    </message>
    <message>
        <source>Mentor meeting</source>
        <translation>Fadderträff</translation>
    </message>
    <message>
        <source>Preparation course</source>
        <translation>Förberedande kurs</translation>
    </message>
    <message>
        <source>Study technique</source>
        <translation>Studieteknik</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Viewed protected learner</source>
        <translation>Visade deltagare med skyddad identitet</translation>
    </message>
    <message>
        <source>Opened restricted notes</source>
        <translation>Öppnade begränsade anteckningar</translation>
    </message>
    <message>
        <source>Included protected data</source>
        <translation>Innehöll skyddade uppgifter</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Access request (registerutdrag)</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Säkerhetskopia</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Learner deleted</source>
        <translation>Deltagaren raderad</translation>
    </message>
    <message>
        <source>Erasure on request</source>
        <translation>Radering på begäran</translation>
    </message>
    <message>
        <source>Retention run (gallring)</source>
        <translation>Gallringskörning</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alla händelser</translation>
    </message>
    <message>
        <source>Learner id</source>
        <translation>Deltagar-id</translation>
    </message>
    <message>
        <source>internal id</source>
        <translation>internt id</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Från datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Till datum</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Show matching entries</source>
        <translation>Visa matchande poster</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Händelse:</translation>
    </message>
    <message>
        <source>&amp;Learner:</source>
        <translation>&amp;Deltagare:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Vem:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Poster i granskningsloggen</translation>
    </message>
    <message>
        <source>&amp;Check the chain</source>
        <translation>&amp;Kontrollera kedjan</translation>
    </message>
    <message>
        <source>Check that no entry was changed</source>
        <translation>Kontrollera att ingen post har ändrats</translation>
    </message>
    <message>
        <source>%1 entries shown (at most %2).</source>
        <translation>%1 poster visas (högst %2).</translation>
    </message>
    <message>
        <source>The chain is intact: %1 entries checked.</source>
        <translation>Kedjan är hel: %1 poster kontrollerade.</translation>
    </message>
    <message>
        <source>The chain is broken at entry %1: an entry was changed or removed.</source>
        <translation>Kedjan är bruten vid post %1: en post har ändrats eller tagits bort.</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Vem som helst</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>A backup is made every day the program starts, before every update and before every restore. Each is checked against the checksum recorded when it was made before it is restored.</source>
        <translation>En säkerhetskopia görs varje dag programmet startar, före varje uppdatering och före varje återställning. Varje kopia kontrolleras mot den kontrollsumma som sparades när den gjordes innan den återställs.</translation>
    </message>
    <message>
        <source>Backups in the data folder</source>
        <translation>Säkerhetskopior i uppgiftsmappen</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Säkerhetskopiera nu</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Säkerhetskopiera nu</translation>
    </message>
    <message>
        <source>&amp;Save a copy to…</source>
        <translation>&amp;Spara en kopia…</translation>
    </message>
    <message>
        <source>Save a backup copy to a file</source>
        <translation>Spara en säkerhetskopia i en fil</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>&amp;Återställ vald…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Återställ den markerade säkerhetskopian</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>Återställ från en &amp;fil…</translation>
    </message>
    <message>
        <source>Restore a backup file</source>
        <translation>Återställ från en säkerhetskopia</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Säkerhetskopierar…</translation>
    </message>
    <message>
        <source>Save a backup copy</source>
        <translation>Spara en säkerhetskopia</translation>
    </message>
    <message>
        <source>LärSam backups (*.sqlite3)</source>
        <translation>LärSam-säkerhetskopior (*.sqlite3)</translation>
    </message>
    <message>
        <source>Choose a file name that is not in use.</source>
        <translation>Välj ett filnamn som inte redan används.</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Sparar en kopia…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Återställ en säkerhetskopia</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Återställa den här säkerhetskopian?</translation>
    </message>
    <message>
        <source>Everything saved after this backup was made will be replaced by the backup&apos;s content. The current database is kept as a backup first.

%1</source>
        <translation>Allt som sparats efter att säkerhetskopian gjordes ersätts av säkerhetskopians innehåll. Den nuvarande databasen sparas först som en säkerhetskopia.

%1</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Återställer…</translation>
    </message>
    <message>
        <source>Backed up: %1</source>
        <translation>Säkerhetskopierad: %1</translation>
    </message>
    <message>
        <source>Restored %1 learners from %2.</source>
        <translation>Återställde %1 deltagare från %2.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Varje dag</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Före en uppdatering</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Före en återställning</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Gjord för hand</translation>
    </message>
</context>
<context>
    <name>BookingsModel</name>
    <message>
        <source>Exam</source>
        <translation>Prov</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Lärosäte</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Avgift</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source> (sitting %1)</source>
        <translation> (tillfälle %1)</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>non-resident</source>
        <translation>inte kommuninvånare</translation>
    </message>
    <message>
        <source>re-sit</source>
        <translation>omprov</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbokad</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>bokad</translation>
    </message>
</context>
<context>
    <name>CaseloadExportDialog</name>
    <message>
        <source>Export caseload</source>
        <translation>Exportera deltagarlistan</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Only when clearly needed: the export is recorded in the audit log.</source>
        <translation>Bara när det verkligen behövs: exporten registreras i granskningsloggen.</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Filformat</translation>
    </message>
    <message>
        <source>CSV (;)</source>
        <translation>CSV (;)</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fil att skriva</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Välj filen</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportförlopp</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>CSV or XLSX (*.csv *.xlsx)</source>
        <translation>CSV eller XLSX (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>Välj minst en kolumn.</translation>
    </message>
    <message>
        <source>Export personnummer?</source>
        <translation>Exportera personnummer?</translation>
    </message>
    <message>
        <source>Personnummer may only be exported when it is clearly needed, and the export is recorded in the audit log. Export it?</source>
        <translation>Personnummer får bara exporteras när det verkligen behövs, och exporten registreras i granskningsloggen. Exportera det?</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <source>Wrote %1 learners to %2.</source>
        <translation>Skrev %1 deltagare till %2.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Avbrutet; ingen fil skrevs.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Exporterades inte: %1</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>No learner matches the search and filters.</source>
        <translation>Ingen deltagare matchar sökningen och filtren.</translation>
    </message>
</context>
<context>
    <name>CaseloadTableModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Lärcentrum</source>
        <translation>Lärcentrum</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>In stage</source>
        <translation>I steget</translation>
    </message>
    <message>
        <source>Eligible for target</source>
        <translation>Behörig till målet</translation>
    </message>
    <message>
        <source>today</source>
        <translation>idag</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagar</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 veckor</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 månader</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 år</translation>
    </message>
</context>
<context>
    <name>ContactKind</name>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Personligt möte</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Sms</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
</context>
<context>
    <name>ContactLogModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Begränsad</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrerat av</translation>
    </message>
    <message>
        <source>Restricted note</source>
        <translation>Begränsad anteckning</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Contacts and follow-ups – %1</source>
        <translation>Kontakter och uppföljningar – %1</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Kontaktlogg</translation>
    </message>
    <message>
        <source>Open restricted &amp;note…</source>
        <translation>Öppna begränsad &amp;anteckning…</translation>
    </message>
    <message>
        <source>Open the restricted note</source>
        <translation>Öppna den begränsade anteckningen</translation>
    </message>
    <message>
        <source>Every opening is recorded in the audit log with your name.</source>
        <translation>Varje öppning registreras i granskningsloggen med ditt namn.</translation>
    </message>
    <message>
        <source>Date of the contact</source>
        <translation>Datum för kontakten</translation>
    </message>
    <message>
        <source>HH:MM (optional)</source>
        <translation>TT:MM (valfritt)</translation>
    </message>
    <message>
        <source>Time of the contact</source>
        <translation>Tid för kontakten</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Slag av kontakt</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Längd i minuter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Agreed next steps</source>
        <translation>Överenskomna nästa steg</translation>
    </message>
    <message>
        <source>Restricted note</source>
        <translation>Begränsad anteckning</translation>
    </message>
    <message>
        <source>Health, family situation…: kept apart, hidden until opened</source>
        <translation>Hälsa, familjesituation…: hålls åtskilt, dolt tills det öppnas</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrerat av</translation>
    </message>
    <message>
        <source>Create a &amp;follow-up from the next steps</source>
        <translation>Skapa en &amp;uppföljning från nästa steg</translation>
    </message>
    <message>
        <source>Create a follow-up</source>
        <translation>Skapa en uppföljning</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <source>Owner of the follow-up</source>
        <translation>Ansvarig för uppföljningen</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Datum och tid:</translation>
    </message>
    <message>
        <source>&amp;Kind, duration:</source>
        <translation>&amp;Slag, längd:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <source>Next &amp;steps:</source>
        <translation>Nästa s&amp;teg:</translation>
    </message>
    <message>
        <source>Restricted n&amp;ote:</source>
        <translation>Begränsad an&amp;teckning:</translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation>Registrerat &amp;av:</translation>
    </message>
    <message>
        <source>Follow-&amp;up:</source>
        <translation>&amp;Uppföljning:</translation>
    </message>
    <message>
        <source>Due, o&amp;wner:</source>
        <translation>Förfaller, &amp;ansvarig:</translation>
    </message>
    <message>
        <source>&amp;Record contact</source>
        <translation>&amp;Registrera kontakt</translation>
    </message>
    <message>
        <source>Record contact</source>
        <translation>Registrera kontakt</translation>
    </message>
    <message>
        <source>Add follow-up &amp;only</source>
        <translation>Lägg bara till &amp;uppföljning</translation>
    </message>
    <message>
        <source>Add the follow-up without a contact</source>
        <translation>Lägg till uppföljningen utan kontakt</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <source>Mark done / &amp;undone</source>
        <translation>Markera som klar / &amp;inte klar</translation>
    </message>
    <message>
        <source>Mark the selected follow-up done or undone</source>
        <translation>Markera den valda uppföljningen som klar eller inte klar</translation>
    </message>
    <message>
        <source>Contact not recorded</source>
        <translation>Kontakten registrerades inte</translation>
    </message>
    <message>
        <source>Follow-up not added</source>
        <translation>Uppföljningen lades inte till</translation>
    </message>
    <message>
        <source>Select a contact in the log first.</source>
        <translation>Markera först en kontakt i loggen.</translation>
    </message>
    <message>
        <source>This contact has no restricted note.</source>
        <translation>Den här kontakten har ingen begränsad anteckning.</translation>
    </message>
    <message>
        <source>Open restricted note</source>
        <translation>Öppna begränsad anteckning</translation>
    </message>
    <message>
        <source>Opening the note is recorded in the audit log with your name. Open it?</source>
        <translation>Att anteckningen öppnas registreras i granskningsloggen med ditt namn. Öppna den?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sparades inte</translation>
    </message>
</context>
<context>
    <name>CourseRecordsModel</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Betyg</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Utbildningsanordnare</translation>
    </message>
</context>
<context>
    <name>CourseStatus</name>
    <message>
        <source>Completed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Pågående</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
</context>
<context>
    <name>CoursesPanel</name>
    <message>
        <source>Courses</source>
        <translation>Kurser</translation>
    </message>
    <message>
        <source>Course records</source>
        <translation>Kurser</translation>
    </message>
    <message>
        <source>Course code</source>
        <translation>Kurskod</translation>
    </message>
    <message>
        <source>Code or name, e.g. MATMAT01a or Matematik 1a</source>
        <translation>Kod eller namn, t.ex. MATMAT01a eller Matematik 1a</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(from the grade)</source>
        <translation>(från betyget)</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Betyg</translation>
    </message>
    <message>
        <source>A–F, or IG–MVG</source>
        <translation>A–F, eller IG–MVG</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>from the catalogue</source>
        <translation>från katalogen</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Utbildningsanordnare</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(inte angivet)</translation>
    </message>
    <message>
        <source>&amp;Add course</source>
        <translation>&amp;Lägg till kurs</translation>
    </message>
    <message>
        <source>Add course</source>
        <translation>Lägg till kurs</translation>
    </message>
    <message>
        <source>&amp;Edit selected</source>
        <translation>&amp;Redigera markerad</translation>
    </message>
    <message>
        <source>Edit the selected course</source>
        <translation>Redigera den markerade kursen</translation>
    </message>
    <message>
        <source>Re&amp;move selected</source>
        <translation>&amp;Ta bort markerad</translation>
    </message>
    <message>
        <source>Remove the selected course</source>
        <translation>Ta bort den markerade kursen</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Avbryt redigering</translation>
    </message>
    <message>
        <source>Cancel editing the course</source>
        <translation>Avbryt redigeringen av kursen</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <source>Status, grade, points:</source>
        <translation>Status, betyg, poäng:</translation>
    </message>
    <message>
        <source>Start, end, provider:</source>
        <translation>Start, slut, anordnare:</translation>
    </message>
    <message>
        <source>&amp;Save course</source>
        <translation>&amp;Spara kurs</translation>
    </message>
    <message>
        <source>Save course</source>
        <translation>Spara kurs</translation>
    </message>
    <message>
        <source>Remove course</source>
        <translation>Ta bort kurs</translation>
    </message>
    <message>
        <source>Remove %1 from the records?</source>
        <translation>Ta bort %1 från kurserna?</translation>
    </message>
    <message>
        <source>Course not saved</source>
        <translation>Kursen sparades inte</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong inside the program. Your saved data is safe. The details are in the log: %1</source>
        <translation>Något gick fel i programmet. Dina sparade uppgifter är i säkerhet. Detaljerna finns i loggen: %1</translation>
    </message>
</context>
<context>
    <name>CurrentCoachDialog</name>
    <message>
        <source>Current coach</source>
        <translation>Aktuell coach</translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation>(ingen vald)</translation>
    </message>
    <message>
        <source>Your follow-ups and learners fill the Today page; new follow-ups and meetings are yours unless you choose otherwise. The choice is kept in this data folder, and the command line uses it too.</source>
        <translation>Dina uppföljningar och deltagare fyller sidan Idag; nya uppföljningar och möten blir dina om du inte väljer annat. Valet sparas i den här uppgiftsmappen, och kommandoraden använder det också.</translation>
    </message>
    <message>
        <source>I am:</source>
        <translation>Jag är:</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sparades inte</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Excel (*.xlsx);;CSV for Excel (*.csv);;PDF report (*.pdf)</source>
        <translation>Excel (*.xlsx);;CSV för Excel (*.csv);;PDF-rapport (*.pdf)</translation>
    </message>
    <message>
        <source>Exact counts for your own use. Hatched bars and shaded cells are hidden (&quot;..&quot;) in an export with k = %1: fewer than k learners, or a figure that would let someone work out such a cell from the totals.</source>
        <translation>Exakta antal för ditt eget bruk. Streckade staplar och skuggade celler döljs (&quot;..&quot;) i en export med k = %1: färre än k deltagare, eller en siffra som skulle låta någon räkna ut en sådan cell ur summorna.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Beräknar…</translation>
    </message>
    <message>
        <source>%1 learners started on the path in this period.</source>
        <translation>%1 deltagare började på vägen under perioden.</translation>
    </message>
    <message>
        <source>No learner started on the path in this period.</source>
        <translation>Ingen deltagare började på vägen under perioden.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutar innan den börjar.</translation>
    </message>
    <message>
        <source>The figures could not be computed.</source>
        <translation>Siffrorna kunde inte beräknas.</translation>
    </message>
    <message>
        <source>Reached at least this stage</source>
        <translation>Nått minst det här steget</translation>
    </message>
    <message>
        <source>Learners reaching a stage, per term</source>
        <translation>Deltagare som nått ett steg, per termin</translation>
    </message>
    <message>
        <source>Export anonymised statistics</source>
        <translation>Exportera anonymiserad statistik</translation>
    </message>
    <message>
        <source>Exporting statistics…</source>
        <translation>Exporterar statistik…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Exported to %1 (k = %2, %3 cells hidden).</source>
        <translation>Exporterat till %1 (k = %2, %3 celler dolda).</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exporten avbröts; ingenting skrevs.</translation>
    </message>
</context>
<context>
    <name>DataSafetyActions</name>
    <message>
        <source>&amp;Backups and restore…</source>
        <translation>Säkerhets&amp;kopior och återställning…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Granskningslogg…</translation>
    </message>
    <message>
        <source>&amp;Import learners or admitted list…</source>
        <translation>&amp;Importera deltagare eller antagningsbesked…</translation>
    </message>
    <message>
        <source>Data &amp;protection</source>
        <translation>Data&amp;skydd</translation>
    </message>
    <message>
        <source>&amp;Access request for this learner…</source>
        <translation>&amp;Registerutdrag för den här deltagaren…</translation>
    </message>
    <message>
        <source>&amp;Erase this learner…</source>
        <translation>Ra&amp;dera den här deltagaren…</translation>
    </message>
    <message>
        <source>&amp;Retention (gallring)…</source>
        <translation>&amp;Gallring…</translation>
    </message>
    <message>
        <source>E&amp;ncrypt this database…</source>
        <translation>K&amp;ryptera den här databasen…</translation>
    </message>
    <message>
        <source>The daily backup could not be made: %1</source>
        <translation>Den dagliga säkerhetskopian kunde inte göras: %1</translation>
    </message>
    <message>
        <source>Open a learner first.</source>
        <translation>Öppna en deltagare först.</translation>
    </message>
    <message>
        <source>Where to save the registerutdrag</source>
        <translation>Var registerutdraget ska sparas</translation>
    </message>
    <message>
        <source>Protected identity</source>
        <translation>Skyddad identitet</translation>
    </message>
    <message>
        <source>This learner has protected identity. Include the address and contact data in the registerutdrag? Your decision is logged.</source>
        <translation>Den här deltagaren har skyddad identitet. Ska adress och kontaktuppgifter tas med i registerutdraget? Ditt beslut loggas.</translation>
    </message>
    <message>
        <source>Registerutdrag saved: %1</source>
        <translation>Registerutdraget sparat: %1</translation>
    </message>
    <message>
        <source>Erase this learner?</source>
        <translation>Radera den här deltagaren?</translation>
    </message>
    <message>
        <source>Everything stored about this learner is deleted for good (the audit log keeps that it happened). Erase?</source>
        <translation>Allt som sparats om den här deltagaren raderas för gott (granskningsloggen behåller att det skett). Radera?</translation>
    </message>
    <message>
        <source>Only an unencrypted local database can be encrypted here.</source>
        <translation>Bara en okrypterad lokal databas kan krypteras här.</translation>
    </message>
    <message>
        <source>The database is encrypted; keep the passphrase safe.</source>
        <translation>Databasen är krypterad; förvara lösenfrasen säkert.</translation>
    </message>
    <message>
        <source>Encrypt this database?</source>
        <translation>Kryptera den här databasen?</translation>
    </message>
    <message>
        <source>The database and every new backup will be encrypted with a passphrase. The existing unencrypted backups are deleted. Without the passphrase nobody, you included, can open the data again. Continue?</source>
        <translation>Databasen och varje ny säkerhetskopia krypteras med en lösenfras. De befintliga okrypterade säkerhetskopiorna raderas. Utan lösenfrasen kan ingen, inte heller du, öppna uppgifterna igen. Fortsätta?</translation>
    </message>
    <message>
        <source>New passphrase (at least %1 characters):</source>
        <translation>Ny lösenfras (minst %1 tecken):</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>Samma lösenfras igen:</translation>
    </message>
    <message>
        <source>The passphrases differ or are too short; nothing was changed.</source>
        <translation>Lösenfraserna skiljer sig åt eller är för korta; ingenting ändrades.</translation>
    </message>
</context>
<context>
    <name>DaySettingsDialog</name>
    <message>
        <source>Today and exam settings</source>
        <translation>Inställningar för Idag och tentamen</translation>
    </message>
    <message>
        <source>Weeks without contact</source>
        <translation>Veckor utan kontakt</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> veckor</translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation>Dagar framåt</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Months in %1</source>
        <translation>Månader i %1</translation>
    </message>
    <message>
        <source> months</source>
        <translation> månader</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>Booking lead time</source>
        <translation>Framförhållning vid bokning</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> arbetsdagar</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Avgift</translation>
    </message>
    <message>
        <source>Free re-sits</source>
        <translation>Gratis omprov</translation>
    </message>
    <message>
        <source>Midsummer, Christmas and New Year&apos;s Eve are not working days</source>
        <translation>Midsommarafton, julafton och nyårsafton är inte arbetsdagar</translation>
    </message>
    <message>
        <source>Today page</source>
        <translation>Sidan Idag</translation>
    </message>
    <message>
        <source>Not contacted for:</source>
        <translation>Inte kontaktad på:</translation>
    </message>
    <message>
        <source>Exams and activities:</source>
        <translation>Prov och aktiviteter:</translation>
    </message>
    <message>
        <source>In the same stage for longer than</source>
        <translation>I samma steg längre än</translation>
    </message>
    <message>
        <source>Exam proctoring</source>
        <translation>Tentamensservice</translation>
    </message>
    <message>
        <source>Book at least:</source>
        <translation>Boka minst:</translation>
    </message>
    <message>
        <source>Fee for non-residents and paid re-sits:</source>
        <translation>Avgift för den som inte bor i kommunen och för betalda omprov:</translation>
    </message>
    <message>
        <source>Free re-sits per course:</source>
        <translation>Gratis omprov per kurs:</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sparades inte</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>DEMO — synthetic learners, not real people. Nothing here is real data.</source>
        <translation>DEMO — påhittade deltagare, inte riktiga personer. Inget här är riktiga uppgifter.</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Demodatabas</translation>
    </message>
</context>
<context>
    <name>DemoFlow</name>
    <message>
        <source>The demo database is already open.</source>
        <translation>Demodatabasen är redan öppen.</translation>
    </message>
    <message>
        <source>Creating demo learners…</source>
        <translation>Skapar demodeltagare…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodata</translation>
    </message>
    <message>
        <source>The demo data could not be created: %1</source>
        <translation>Demodata kunde inte skapas: %1</translation>
    </message>
</context>
<context>
    <name>DifferencesModel</name>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Version %1</translation>
    </message>
</context>
<context>
    <name>EligibilityPanel</name>
    <message>
        <source>Eligibility</source>
        <translation>Behörighet</translation>
    </message>
    <message>
        <source>Target programme</source>
        <translation>Målutbildning</translation>
    </message>
    <message>
        <source>(no target)</source>
        <translation>(inget mål)</translation>
    </message>
    <message>
        <source>Hoped-for start term</source>
        <translation>Önskad starttermin</translation>
    </message>
    <message>
        <source>The term the learner hopes to start the programme</source>
        <translation>Terminen då deltagaren hoppas börja utbildningen</translation>
    </message>
    <message>
        <source>Evaluation date</source>
        <translation>Bedöms per</translation>
    </message>
    <message>
        <source>Count planned and ongoing courses as &amp;passed</source>
        <translation>Räkna planerade och pågående kurser som &amp;godkända</translation>
    </message>
    <message>
        <source>Count planned and ongoing courses as passed</source>
        <translation>Räkna planerade och pågående kurser som godkända</translation>
    </message>
    <message>
        <source>Eligibility summary</source>
        <translation>Sammanfattning av behörigheten</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <source>Add &amp;missing courses as planned</source>
        <translation>Lägg till &amp;saknade kurser som planerade</translation>
    </message>
    <message>
        <source>Add missing courses as planned</source>
        <translation>Lägg till saknade kurser som planerade</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Per:</translation>
    </message>
    <message>
        <source>(no start term)</source>
        <translation>(ingen starttermin)</translation>
    </message>
    <message>
        <source>Target not saved</source>
        <translation>Målet sparades inte</translation>
    </message>
    <message>
        <source>Choose a target programme to see what is still needed.</source>
        <translation>Välj en målutbildning för att se vad som återstår.</translation>
    </message>
    <message>
        <source>✓ Eligible for %1.</source>
        <translation>✓ Behörig till %1.</translation>
    </message>
    <message>
        <source>✗ Not yet eligible for %1: %2 of %3 requirements missing, %4 points to study.</source>
        <translation>✗ Inte behörig än till %1: %2 av %3 krav saknas, %4 poäng att läsa.</translation>
    </message>
    <message>
        <source>(Planned and ongoing courses counted as passed.)</source>
        <translation>(Planerade och pågående kurser räknas som godkända.)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Anteckning: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Källor: %1</translation>
    </message>
    <message>
        <source>Course not added</source>
        <translation>Kursen lades inte till</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>A birth date before {year} is not plausible.</source>
        <translation>Ett födelsedatum före {year} är inte rimligt.</translation>
    </message>
    <message>
        <source>A birth date cannot lie in the future.</source>
        <translation>Ett födelsedatum kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <source>A completed course needs a grade.</source>
        <translation>En avslutad kurs behöver ett betyg.</translation>
    </message>
    <message>
        <source>A discontinued course cannot have the passing grade {grade}.</source>
        <translation>En avbruten kurs kan inte ha det godkända betyget {grade}.</translation>
    </message>
    <message>
        <source>A hold stops erasure: {reason}. Lift the hold first.</source>
        <translation>En spärr stoppar radering: {reason}. Häv spärren först.</translation>
    </message>
    <message>
        <source>A learner is admitted only after applying (now: {current}).</source>
        <translation>En deltagare blir antagen först efter att ha sökt (nu: {current}).</translation>
    </message>
    <message>
        <source>A {status} course has no grade yet.</source>
        <translation>En kurs med status {status} har inget betyg än.</translation>
    </message>
    <message>
        <source>Already registered for {name} (learner {id}).</source>
        <translation>Redan registrerad på {name} (deltagare {id}).</translation>
    </message>
    <message>
        <source>At most 200 characters.</source>
        <translation>Högst 200 tecken.</translation>
    </message>
    <message>
        <source>At most {limit} characters (now {length}).</source>
        <translation>Högst {limit} tecken (nu {length}).</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>Högst {max} tecken.</translation>
    </message>
    <message>
        <source>At most {max} courses.</source>
        <translation>Högst {max} kurser.</translation>
    </message>
    <message>
        <source>At most {n} rows at a time.</source>
        <translation>Högst {n} rader åt gången.</translation>
    </message>
    <message>
        <source>Bad detail name {key}.</source>
        <translation>Felaktigt detaljnamn {key}.</translation>
    </message>
    <message>
        <source>Choose a pace of 5, 10, 15 or 20 points a week.</source>
        <translation>Välj en takt på 5, 10, 15 eller 20 poäng i veckan.</translation>
    </message>
    <message>
        <source>Choose a programme or an examen.</source>
        <translation>Välj en utbildning eller en examen.</translation>
    </message>
    <message>
        <source>Choose a room.</source>
        <translation>Välj en lokal.</translation>
    </message>
    <message>
        <source>Choose a target for the start term.</source>
        <translation>Välj ett mål för startterminen.</translation>
    </message>
    <message>
        <source>Choose the examen.</source>
        <translation>Välj examen.</translation>
    </message>
    <message>
        <source>Choose the kind of preparation: {kinds}.</source>
        <translation>Välj slag av förberedelse: {kinds}.</translation>
    </message>
    <message>
        <source>Choose the term.</source>
        <translation>Välj termin.</translation>
    </message>
    <message>
        <source>Choose who owns the follow-up.</source>
        <translation>Välj vem som ansvarar för uppföljningen.</translation>
    </message>
    <message>
        <source>Contains control characters; remove them.</source>
        <translation>Innehåller styrtecken; ta bort dem.</translation>
    </message>
    <message>
        <source>Detail {key} is too long or looks like a personnummer.</source>
        <translation>Detaljen {key} är för lång eller ser ut som ett personnummer.</translation>
    </message>
    <message>
        <source>Detail {key} must be text or a number.</source>
        <translation>Detaljen {key} måste vara text eller ett tal.</translation>
    </message>
    <message>
        <source>Each course must be a JSON object.</source>
        <translation>Varje kurs måste vara ett JSON-objekt.</translation>
    </message>
    <message>
        <source>Enter a birth date when there is no personnummer.</source>
        <translation>Ange ett födelsedatum när det inte finns något personnummer.</translation>
    </message>
    <message>
        <source>Enter a course code.</source>
        <translation>Ange en kurskod.</translation>
    </message>
    <message>
        <source>Enter the responsible coach.</source>
        <translation>Ange ansvarig coach.</translation>
    </message>
    <message>
        <source>Give a due date.</source>
        <translation>Ange ett förfallodatum.</translation>
    </message>
    <message>
        <source>Give a reason for {stage}.</source>
        <translation>Ange en orsak till {stage}.</translation>
    </message>
    <message>
        <source>Give the activity a title.</source>
        <translation>Ge aktiviteten en rubrik.</translation>
    </message>
    <message>
        <source>Give the date.</source>
        <translation>Ange datum.</translation>
    </message>
    <message>
        <source>Give the exam date.</source>
        <translation>Ange provdatum.</translation>
    </message>
    <message>
        <source>Give the reason for the hold (1–500 characters).</source>
        <translation>Ange orsaken till spärren (1–500 tecken).</translation>
    </message>
    <message>
        <source>Give the room a name.</source>
        <translation>Ge lokalen ett namn.</translation>
    </message>
    <message>
        <source>Give the start time.</source>
        <translation>Ange starttid.</translation>
    </message>
    <message>
        <source>Keep between 1 and {max} months.</source>
        <translation>Behåll mellan 1 och {max} månader.</translation>
    </message>
    <message>
        <source>Keep between {low} and {high}.</source>
        <translation>Behåll mellan {low} och {high}.</translation>
    </message>
    <message>
        <source>Must be a number from 0 to 1000.</source>
        <translation>Måste vara ett tal från 0 till 1000.</translation>
    </message>
    <message>
        <source>Must be a whole number from 0 to {max}.</source>
        <translation>Måste vara ett heltal från 0 till {max}.</translation>
    </message>
    <message>
        <source>Must be text.</source>
        <translation>Måste vara text.</translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation>Måste vara sant eller falskt.</translation>
    </message>
    <message>
        <source>Name the course or exam.</source>
        <translation>Ange kursen eller provet.</translation>
    </message>
    <message>
        <source>Name the university.</source>
        <translation>Ange lärosätet.</translation>
    </message>
    <message>
        <source>No coach named {name}.</source>
        <translation>Ingen coach heter {name}.</translation>
    </message>
    <message>
        <source>No header row found: the first {n} lines name no known columns (such as personnummer, förnamn, efternamn).</source>
        <translation>Ingen rubrikrad hittades: de första {n} raderna namnger inga kända kolumner (som personnummer, förnamn, efternamn).</translation>
    </message>
    <message>
        <source>Only a preparation step has a kind and a place.</source>
        <translation>Bara ett förberedande steg har slag och plats.</translation>
    </message>
    <message>
        <source>Points must be a whole number from 1 to {max}.</source>
        <translation>Poäng måste vara ett heltal från 1 till {max}.</translation>
    </message>
    <message>
        <source>Remove the control characters.</source>
        <translation>Ta bort styrtecknen.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoriskt.</translation>
    </message>
    <message>
        <source>Revision {number} was printed or agreed: give a short reason for the new revision.</source>
        <translation>Version {number} har skrivits ut eller överenskommits: ange en kort orsak till den nya versionen.</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Skriv vad som ska göras.</translation>
    </message>
    <message>
        <source>Say who records this contact.</source>
        <translation>Ange vem som registrerar kontakten.</translation>
    </message>
    <message>
        <source>Say who records this step.</source>
        <translation>Ange vem som registrerar steget.</translation>
    </message>
    <message>
        <source>The activity is full: {registered} of {capacity} places taken.</source>
        <translation>Aktiviteten är full: {registered} av {capacity} platser är tagna.</translation>
    </message>
    <message>
        <source>The capacity must be between 1 and 500.</source>
        <translation>Kapaciteten måste vara mellan 1 och 500.</translation>
    </message>
    <message>
        <source>The capacity must be between 1 and {max}.</source>
        <translation>Kapaciteten måste vara mellan 1 och {max}.</translation>
    </message>
    <message>
        <source>The date lies in the future.</source>
        <translation>Datumet ligger i framtiden.</translation>
    </message>
    <message>
        <source>The date {on} lies before the previous step ({stage} on {previous}).</source>
        <translation>Datumet {on} ligger före föregående steg ({stage} den {previous}).</translation>
    </message>
    <message>
        <source>The date {on} lies in the future.</source>
        <translation>Datumet {on} ligger i framtiden.</translation>
    </message>
    <message>
        <source>The due date {on} is more than two years ahead.</source>
        <translation>Förfallodatumet {on} ligger mer än två år fram.</translation>
    </message>
    <message>
        <source>The duration must be between 1 and {max} minutes.</source>
        <translation>Längden måste vara mellan 1 och {max} minuter.</translation>
    </message>
    <message>
        <source>The end lies before the start.</source>
        <translation>Slutet ligger före starten.</translation>
    </message>
    <message>
        <source>The exam date {on} has passed.</source>
        <translation>Provdatumet {on} har passerat.</translation>
    </message>
    <message>
        <source>The file cannot be read: {why}.</source>
        <translation>Filen kan inte läsas: {why}.</translation>
    </message>
    <message>
        <source>The file has no column for {column}.</source>
        <translation>Filen har ingen kolumn för {column}.</translation>
    </message>
    <message>
        <source>The file has no column {header}.</source>
        <translation>Filen har ingen kolumn {header}.</translation>
    </message>
    <message>
        <source>The file is larger than 50 MB.</source>
        <translation>Filen är större än 50 MB.</translation>
    </message>
    <message>
        <source>The learner already sits {course} at {start} that day.</source>
        <translation>Deltagaren skriver redan {course} kl. {start} den dagen.</translation>
    </message>
    <message>
        <source>The learner is not registered for this activity.</source>
        <translation>Deltagaren är inte registrerad på den här aktiviteten.</translation>
    </message>
    <message>
        <source>The path cannot start at {stage}; start with one of {allowed}.</source>
        <translation>Vägen kan inte börja med {stage}; börja med något av {allowed}.</translation>
    </message>
    <message>
        <source>The period ends ({to}) before it starts ({from_}).</source>
        <translation>Perioden slutar ({to}) innan den börjar ({from_}).</translation>
    </message>
    <message>
        <source>The scope must be from 0 to {max} points.</source>
        <translation>Omfattningen måste vara från 0 till {max} poäng.</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be read: {why}.</source>
        <translation>Kalkylbladet kan inte läsas: {why}.</translation>
    </message>
    <message>
        <source>The threshold k must be at least {minimum} (it was {k}).</source>
        <translation>Gränsen k måste vara minst {minimum} (den var {k}).</translation>
    </message>
    <message>
        <source>The transcript must be a JSON object.</source>
        <translation>Betygsutdraget måste vara ett JSON-objekt.</translation>
    </message>
    <message>
        <source>The year of arrival must lie between {start} and {end}.</source>
        <translation>Året för ankomst måste ligga mellan {start} och {end}.</translation>
    </message>
    <message>
        <source>There is no step to undo.</source>
        <translation>Det finns inget steg att ångra.</translation>
    </message>
    <message>
        <source>Too late to book: exams must be booked {days} working days ahead (weekends and public holidays do not count), so the earliest exam date for a booking made on {today} is {earliest}.</source>
        <translation>För sent att boka: prov måste bokas {days} arbetsdagar i förväg (helger och helgdagar räknas inte), så den tidigaste provdagen för en bokning gjord {today} är {earliest}.</translation>
    </message>
    <message>
        <source>Too many details.</source>
        <translation>För många detaljer.</translation>
    </message>
    <message>
        <source>Unknown coach.</source>
        <translation>Okänd coach.</translation>
    </message>
    <message>
        <source>Unknown column {name}.</source>
        <translation>Okänd kolumn {name}.</translation>
    </message>
    <message>
        <source>Unknown course code {code}.</source>
        <translation>Okänd kurskod {code}.</translation>
    </message>
    <message>
        <source>Unknown course code {code}; did you mean {suggestions}?</source>
        <translation>Okänd kurskod {code}; menade du {suggestions}?</translation>
    </message>
    <message>
        <source>Unknown examen {examen}.</source>
        <translation>Okänd examen {examen}.</translation>
    </message>
    <message>
        <source>Unknown key {key}; a course has {keys}.</source>
        <translation>Okänd nyckel {key}; en kurs har {keys}.</translation>
    </message>
    <message>
        <source>Unknown key {key}; the keys are courses, {facts}.</source>
        <translation>Okänd nyckel {key}; nycklarna är courses, {facts}.</translation>
    </message>
    <message>
        <source>Unknown kind of activity {kind}; use {kinds}.</source>
        <translation>Okänt slag av aktivitet {kind}; använd {kinds}.</translation>
    </message>
    <message>
        <source>Unknown kind of contact {kind}; use {kinds}.</source>
        <translation>Okänt slag av kontakt {kind}; använd {kinds}.</translation>
    </message>
    <message>
        <source>Unknown learning centre.</source>
        <translation>Okänt lärcentrum.</translation>
    </message>
    <message>
        <source>Unknown municipality code {code}.</source>
        <translation>Okänd kommunkod {code}.</translation>
    </message>
    <message>
        <source>Unknown national programme {code}.</source>
        <translation>Okänt nationellt program {code}.</translation>
    </message>
    <message>
        <source>Unknown preparation {kind}; use {kinds}.</source>
        <translation>Okänd förberedelse {kind}; använd {kinds}.</translation>
    </message>
    <message>
        <source>Unknown provider {provider}: use komvux, folkhogskola, upper_secondary or other.</source>
        <translation>Okänd anordnare {provider}: använd komvux, folkhogskola, upper_secondary eller other.</translation>
    </message>
    <message>
        <source>Unknown record type {name}.</source>
        <translation>Okänd typ av uppgift {name}.</translation>
    </message>
    <message>
        <source>Unknown stage {stage}; the stages are {stages}.</source>
        <translation>Okänt steg {stage}; stegen är {stages}.</translation>
    </message>
    <message>
        <source>Unknown status {status}: use planned, ongoing, completed or discontinued.</source>
        <translation>Okänd status {status}: använd planned, ongoing, completed eller discontinued.</translation>
    </message>
    <message>
        <source>Unknown target {target}.</source>
        <translation>Okänt mål {target}.</translation>
    </message>
    <message>
        <source>Who did it must be 1–150 characters.</source>
        <translation>Den som gjorde det ska anges med 1–150 tecken.</translation>
    </message>
    <message>
        <source>Write the mapping as column=Header.</source>
        <translation>Skriv mappningen som kolumn=Rubrik.</translation>
    </message>
    <message>
        <source>courses must be a list of courses.</source>
        <translation>courses måste vara en lista med kurser.</translation>
    </message>
    <message>
        <source>examen must be hogskoleforberedande, yrkesexamen or null, not {value}.</source>
        <translation>examen måste vara hogskoleforberedande, yrkesexamen eller null, inte {value}.</translation>
    </message>
    <message>
        <source>{code} is already in the plan.</source>
        <translation>{code} finns redan i planen.</translation>
    </message>
    <message>
        <source>{code} is graded {scale}, so {grade} is not one of its grades.</source>
        <translation>{code} betygssätts {scale}, så {grade} är inte ett av dess betyg.</translation>
    </message>
    <message>
        <source>{file} is not a LärSam statistics export: {why}.</source>
        <translation>{file} är inte en statistikexport från LärSam: {why}.</translation>
    </message>
    <message>
        <source>{grade} is not a grade: use A–F, or IG, G, VG, MVG for older courses.</source>
        <translation>{grade} är inget betyg: använd A–F, eller IG, G, VG, MVG för äldre kurser.</translation>
    </message>
    <message>
        <source>{problem}.</source>
        <translation>{problem}.</translation>
    </message>
    <message>
        <source>{registered} are already registered; the capacity cannot be less.</source>
        <translation>{registered} är redan registrerade; kapaciteten kan inte vara mindre.</translation>
    </message>
    <message>
        <source>{room} is full at that time: {booked} of {capacity} places are booked.</source>
        <translation>{room} är full vid den tiden: {booked} av {capacity} platser är bokade.</translation>
    </message>
    <message>
        <source>{stage} cannot follow {current}; next can be {allowed}.</source>
        <translation>{stage} kan inte följa på {current}; nästa kan vara {allowed}.</translation>
    </message>
    <message>
        <source>{term} is not a term: write HT or VT and the year, e.g. HT2027.</source>
        <translation>{term} är ingen termin: skriv HT eller VT och året, t.ex. HT2027.</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD).</source>
        <translation>{value} är inget datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
</context>
<context>
    <name>FollowUpListModel</name>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (försenad)</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>LärSam Desktop — user guide</source>
        <translation>LärSam Desktop — användarhandbok</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Användarhandbok</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Import learners or an admitted list</source>
        <translation>Importera deltagare eller en antagningslista</translation>
    </message>
    <message>
        <source>What the file lists</source>
        <translation>Vad filen listar</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Admitted students (from the university)</source>
        <translation>Antagna studenter (från lärosätet)</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ingen fil vald</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Välj fil…</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel file</source>
        <translation>Välj en CSV- eller Excelfil</translation>
    </message>
    <message>
        <source>&amp;List of:</source>
        <translation>&amp;Lista över:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Preview of the rows</source>
        <translation>Förhandsvisning av raderna</translation>
    </message>
    <message>
        <source>Rows that cannot be imported</source>
        <translation>Rader som inte kan importeras</translation>
    </message>
    <message>
        <source>Import only the &amp;good rows (leave out the bad ones)</source>
        <translation>Importera bara de &amp;felfria raderna (utelämna de felaktiga)</translation>
    </message>
    <message>
        <source>Import only the good rows</source>
        <translation>Importera bara de felfria raderna</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Kontrollera</translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation>Kontrollera varje rad</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Import the rows</source>
        <translation>Importera raderna</translation>
    </message>
    <message>
        <source>Rows that cannot be imported:</source>
        <translation>Rader som inte kan importeras:</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Välj en fil</translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt *.xlsx)</source>
        <translation>Listor (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>%1 — %2 rows (%3)</source>
        <translation>%1 — %2 rader (%3)</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(finns inte i filen)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>Imported: %1 registered, %2 admitted, %3 already registered.</source>
        <translation>Importerat: %1 registrerade, %2 antagna, %3 fanns redan.</translation>
    </message>
    <message>
        <source>%1 rows cannot be imported; nothing has been written.</source>
        <translation>%1 rader kan inte importeras; ingenting har sparats.</translation>
    </message>
    <message>
        <source>All %1 rows are fine (%2 already registered). Nothing written yet.</source>
        <translation>Alla %1 rader är i ordning (%2 finns redan). Ingenting har sparats än.</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Språk i gränssnittet</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Följ systemet</translation>
    </message>
    <message>
        <source>The language of menus and texts, and how dates and numbers are written. It changes the next time LärSam Desktop starts.</source>
        <translation>Språket i menyer och texter, och hur datum och tal skrivs. Det ändras nästa gång LärSam Desktop startar.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
</context>
<context>
    <name>LearnerDialog</name>
    <message>
        <source>Edit learner</source>
        <translation>Redigera deltagare</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Ny deltagare</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>Save the changes to this learner before closing?</source>
        <translation>Spara ändringarna för den här deltagaren innan du stänger?</translation>
    </message>
</context>
<context>
    <name>LearnerPage</name>
    <message>
        <source>← &amp;Back to caseload</source>
        <translation>← &amp;Tillbaka till deltagarlistan</translation>
    </message>
    <message>
        <source>Back to caseload</source>
        <translation>Tillbaka till deltagarlistan</translation>
    </message>
    <message>
        <source>Back to caseload (Alt+Left, Esc)</source>
        <translation>Tillbaka till deltagarlistan (Alt+Vänster, Esc)</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Redigera uppgifter…</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Redigera uppgifter</translation>
    </message>
    <message>
        <source>&amp;Contacts &amp;&amp; follow-ups…</source>
        <translation>&amp;Kontakter &amp;&amp; uppföljningar…</translation>
    </message>
    <message>
        <source>Contacts and follow-ups</source>
        <translation>Kontakter och uppföljningar</translation>
    </message>
    <message>
        <source>E&amp;xams &amp;&amp; activities…</source>
        <translation>&amp;Prov &amp;&amp; aktiviteter…</translation>
    </message>
    <message>
        <source>Exam bookings and activities</source>
        <translation>Provbokningar och aktiviteter</translation>
    </message>
    <message>
        <source>Learner name</source>
        <translation>Deltagarens namn</translation>
    </message>
    <message>
        <source>Personnummer:</source>
        <translation>Personnummer:</translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation>Kommun:</translation>
    </message>
    <message>
        <source>Lärcentrum:</source>
        <translation>Lärcentrum:</translation>
    </message>
    <message>
        <source>Coach:</source>
        <translation>Coach:</translation>
    </message>
    <message>
        <source>E&amp;ligibility</source>
        <translation>&amp;Behörighet</translation>
    </message>
    <message>
        <source>&amp;Qualifications</source>
        <translation>&amp;Meriter</translation>
    </message>
    <message>
        <source>Study &amp;plan</source>
        <translation>Studie&amp;plan</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>LearnerServicesDialog</name>
    <message>
        <source>Exams and activities – %1</source>
        <translation>Prov och aktiviteter – %1</translation>
    </message>
    <message>
        <source>Exam bookings</source>
        <translation>Provbokningar</translation>
    </message>
    <message>
        <source>&amp;Cancel booking</source>
        <translation>Av&amp;boka</translation>
    </message>
    <message>
        <source>Cancel the selected booking</source>
        <translation>Avboka den markerade bokningen</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Lärosäte</translation>
    </message>
    <message>
        <source>Course or exam</source>
        <translation>Kurs eller prov</translation>
    </message>
    <message>
        <source>Exam date</source>
        <translation>Provdatum</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Längd i minuter</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>%1 (%2 places)</source>
        <translation>%1 (%2 platser)</translation>
    </message>
    <message>
        <source>Proctor</source>
        <translation>Tentamensvakt</translation>
    </message>
    <message>
        <source>Special arrangements</source>
        <translation>Särskilda anpassningar</translation>
    </message>
    <message>
        <source>Book %1 working days ahead (weekends and public holidays do not count): the earliest exam date today is %2. Non-residents pay %3 kr; %4 re-sits are free.</source>
        <translation>Boka %1 arbetsdagar i förväg (helger och helgdagar räknas inte): tidigaste provdag i dag är %2. Den som inte bor i kommunen betalar %3 kr; %4 omprov är gratis.</translation>
    </message>
    <message>
        <source>&amp;University:</source>
        <translation>&amp;Lärosäte:</translation>
    </message>
    <message>
        <source>C&amp;ourse:</source>
        <translation>&amp;Kurs:</translation>
    </message>
    <message>
        <source>&amp;Date, time, length:</source>
        <translation>&amp;Datum, tid, längd:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Lokal:</translation>
    </message>
    <message>
        <source>&amp;Proctor:</source>
        <translation>&amp;Tentamensvakt:</translation>
    </message>
    <message>
        <source>Special &amp;arrangements:</source>
        <translation>Särskilda &amp;anpassningar:</translation>
    </message>
    <message>
        <source>&amp;Book exam</source>
        <translation>&amp;Boka tentamen</translation>
    </message>
    <message>
        <source>Book exam</source>
        <translation>Boka tentamen</translation>
    </message>
    <message>
        <source>Exam proctoring</source>
        <translation>Tentamensservice</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Re&amp;gister for the selected activity</source>
        <translation>Re&amp;gistrera på den valda aktiviteten</translation>
    </message>
    <message>
        <source>Register for the selected activity</source>
        <translation>Registrera på den valda aktiviteten</translation>
    </message>
    <message>
        <source>Activities in the coming months</source>
        <translation>Aktiviteter de kommande månaderna</translation>
    </message>
    <message>
        <source>Add an exam room first (Lärcentrum services).</source>
        <translation>Lägg först till en tentamenslokal (Lärcentrumtjänster).</translation>
    </message>
    <message>
        <source>Exam not booked</source>
        <translation>Provet bokades inte</translation>
    </message>
    <message>
        <source>Not cancelled</source>
        <translation>Inte avbokad</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Inte registrerad</translation>
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
        <translation>Öppnar deltagarlistan…</translation>
    </message>
    <message>
        <source>Where this caseload is stored</source>
        <translation>Var den här deltagarlistan sparas</translation>
    </message>
    <message>
        <source>1 learner</source>
        <translation>1 deltagare</translation>
    </message>
    <message>
        <source>%1 learners</source>
        <translation>%1 deltagare</translation>
    </message>
    <message>
        <source>%1 of %2 learners</source>
        <translation>%1 av %2 deltagare</translation>
    </message>
    <message>
        <source>Learner not found</source>
        <translation>Deltagaren hittades inte</translation>
    </message>
    <message>
        <source>This learner no longer exists.</source>
        <translation>Den här deltagaren finns inte längre.</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Learner</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>inte registrerat</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>That passphrase did not open the database. Try again:</source>
        <translation>Lösenfrasen öppnade inte databasen. Försök igen:</translation>
    </message>
    <message>
        <source>This database is encrypted. Passphrase:</source>
        <translation>Den här databasen är krypterad. Lösenfras:</translation>
    </message>
</context>
<context>
    <name>PathwayPanel</name>
    <message>
        <source>Pathway</source>
        <translation>Väg</translation>
    </message>
    <message>
        <source>Pathway timeline</source>
        <translation>Vägen steg för steg</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>Date of the step</source>
        <translation>Datum för steget</translation>
    </message>
    <message>
        <source>Kind of preparation</source>
        <translation>Slag av förberedelse</translation>
    </message>
    <message>
        <source>(not a preparation step)</source>
        <translation>(inte ett förberedande steg)</translation>
    </message>
    <message>
        <source>Place of preparation</source>
        <translation>Plats för förberedelsen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Required for paused and discontinued</source>
        <translation>Krävs för pausad och avbrutit</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrerat av</translation>
    </message>
    <message>
        <source>&amp;Record step</source>
        <translation>&amp;Registrera steg</translation>
    </message>
    <message>
        <source>Record step</source>
        <translation>Registrera steg</translation>
    </message>
    <message>
        <source>&amp;Undo last step…</source>
        <translation>Ån&amp;gra senaste steget…</translation>
    </message>
    <message>
        <source>Undo the last step</source>
        <translation>Ångra det senaste steget</translation>
    </message>
    <message>
        <source>Remove the most recent step, e.g. one recorded by mistake</source>
        <translation>Ta bort det senaste steget, t.ex. ett som registrerats av misstag</translation>
    </message>
    <message>
        <source>Next &amp;stage:</source>
        <translation>Nästa &amp;steg:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Preparation:</source>
        <translation>&amp;Förberedelse:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation>Registrerat &amp;av:</translation>
    </message>
    <message>
        <source>Step not recorded</source>
        <translation>Steget registrerades inte</translation>
    </message>
    <message>
        <source>Remove the most recent step from the timeline? Earlier steps stay.</source>
        <translation>Ta bort det senaste steget från vägen? Tidigare steg finns kvar.</translation>
    </message>
    <message>
        <source>Step not removed</source>
        <translation>Steget togs inte bort</translation>
    </message>
</context>
<context>
    <name>PlanBatchDialog</name>
    <message>
        <source>Study plans for several learners</source>
        <translation>Studieplaner för flera deltagare</translation>
    </message>
    <message>
        <source>The &amp;selected learners (%1)</source>
        <translation>De &amp;markerade deltagarna (%1)</translation>
    </message>
    <message>
        <source>All learners &amp;shown in the caseload (%1)</source>
        <translation>Alla deltagare som &amp;visas i deltagarlistan (%1)</translation>
    </message>
    <message>
        <source>&amp;One PDF for all</source>
        <translation>&amp;En PDF för alla</translation>
    </message>
    <message>
        <source>One &amp;file per learner (in a folder)</source>
        <translation>En &amp;fil per deltagare (i en mapp)</translation>
    </message>
    <message>
        <source>Language of the plans</source>
        <translation>Planernas språk</translation>
    </message>
    <message>
        <source>Full personnummer in the printouts</source>
        <translation>Hela personnumret i utskrifterna</translation>
    </message>
    <message>
        <source>Where to save</source>
        <translation>Var det ska sparas</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Välj var du vill spara</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save the plans</source>
        <translation>Spara planerna</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
        <source>Print the plans</source>
        <translation>Skriv ut planerna</translation>
    </message>
    <message>
        <source>Print se&amp;ttings…</source>
        <translation>&amp;Utskriftsinställningar…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Learners:</source>
        <translation>Deltagare:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Filer:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Spara &amp;i:</translation>
    </message>
    <message>
        <source>Save the plans as</source>
        <translation>Spara planerna som</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the plans in</source>
        <translation>Spara planerna i</translation>
    </message>
    <message>
        <source>Choose where to save the plans first.</source>
        <translation>Välj först var planerna ska sparas.</translation>
    </message>
    <message>
        <source>Making the plans…</source>
        <translation>Gör planerna…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Study plans</source>
        <translation>Studieplaner</translation>
    </message>
    <message>
        <source>%1 plans done; %2 learners have no plan.</source>
        <translation>%1 planer klara; %2 deltagare har ingen plan.</translation>
    </message>
    <message>
        <source>Cancelled: no files were left behind.</source>
        <translation>Avbrutet: inga filer lämnades kvar.</translation>
    </message>
    <message>
        <source>The plans could not be written: %1</source>
        <translation>Planerna kunde inte skrivas: %1</translation>
    </message>
</context>
<context>
    <name>PlanCompareDialog</name>
    <message>
        <source>Compare revisions</source>
        <translation>Jämför versioner</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Skillnader</translation>
    </message>
    <message>
        <source>Revision %1 (%2): %3</source>
        <translation>Version %1 (%2): %3</translation>
    </message>
    <message>
        <source>The two revisions have the same content.</source>
        <translation>De två versionerna har samma innehåll.</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Plan status</source>
        <translation>Planens status</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>C&amp;ompare with current…</source>
        <translation>&amp;Jämför med nuvarande…</translation>
    </message>
    <message>
        <source>Compare with current revision</source>
        <translation>Jämför med nuvarande version</translation>
    </message>
    <message>
        <source>Educational goal</source>
        <translation>Utbildningsmål</translation>
    </message>
    <message>
        <source>A programme in higher education</source>
        <translation>En utbildning på högskolan</translation>
    </message>
    <message>
        <source>An examen from komvux</source>
        <translation>En examen från komvux</translation>
    </message>
    <message>
        <source>Target programme</source>
        <translation>Målutbildning</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation>(inte valt än)</translation>
    </message>
    <message>
        <source>e.g. HT2027</source>
        <translation>t.ex. HT2027</translation>
    </message>
    <message>
        <source>Start term</source>
        <translation>Starttermin</translation>
    </message>
    <message>
        <source>Examen</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(välj)</translation>
    </message>
    <message>
        <source>National programme</source>
        <translation>Nationellt program</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(inte angivet)</translation>
    </message>
    <message>
        <source> points</source>
        <translation> poäng</translation>
    </message>
    <message>
        <source>Planned scope in verksamhetspoäng</source>
        <translation>Planerad omfattning i verksamhetspoäng</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Takt</translation>
    </message>
    <message>
        <source>%1 points a week (%2 %)</source>
        <translation>%1 poäng i veckan (%2 %)</translation>
    </message>
    <message>
        <source>Planned courses</source>
        <translation>Planerade kurser</translation>
    </message>
    <message>
        <source>Course code or name</source>
        <translation>Kurskod eller namn</translation>
    </message>
    <message>
        <source>Course to add</source>
        <translation>Kurs att lägga till</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Term of the course to add</source>
        <translation>Termin för kursen som läggs till</translation>
    </message>
    <message>
        <source>&amp;Add course</source>
        <translation>&amp;Lägg till kurs</translation>
    </message>
    <message>
        <source>Add course</source>
        <translation>Lägg till kurs</translation>
    </message>
    <message>
        <source>&amp;Remove course</source>
        <translation>&amp;Ta bort kurs</translation>
    </message>
    <message>
        <source>Remove selected course</source>
        <translation>Ta bort markerad kurs</translation>
    </message>
    <message>
        <source>Add the &amp;missing courses</source>
        <translation>Lägg till de &amp;saknade kurserna</translation>
    </message>
    <message>
        <source>Add the missing courses</source>
        <translation>Lägg till de saknade kurserna</translation>
    </message>
    <message>
        <source>Introductory course (introduktionskurs)</source>
        <translation>Introduktionskurs</translation>
    </message>
    <message>
        <source>Study-technique course</source>
        <translation>Studieteknikkurs</translation>
    </message>
    <message>
        <source>Högskoleprovet on</source>
        <translation>Högskoleprovet den</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Fadder</translation>
    </message>
    <message>
        <source>Study and career guidance offered on</source>
        <translation>Studie- och yrkesvägledning erbjuden den</translation>
    </message>
    <message>
        <source>Responsible coach</source>
        <translation>Ansvarig coach</translation>
    </message>
    <message>
        <source>Agreed with the learner on</source>
        <translation>Överenskommet med deltagaren den</translation>
    </message>
    <message>
        <source>Plan check</source>
        <translation>Kontroll av planen</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>&amp;Spara plan</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Spara plan</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Förhandsgranska…</translation>
    </message>
    <message>
        <source>Preview the plan</source>
        <translation>Förhandsgranska planen</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Spara som P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>Spara planen som PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
        <source>Print the plan</source>
        <translation>Skriv ut planen</translation>
    </message>
    <message>
        <source>Print se&amp;ttings…</source>
        <translation>&amp;Utskriftsinställningar…</translation>
    </message>
    <message>
        <source>Print settings</source>
        <translation>Utskriftsinställningar</translation>
    </message>
    <message>
        <source>Full personnummer in the printout</source>
        <translation>Hela personnumret i utskriften</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Goal and scope</source>
        <translation>Mål och omfattning</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Utbildning:</translation>
    </message>
    <message>
        <source>Start &amp;term:</source>
        <translation>Start&amp;termin:</translation>
    </message>
    <message>
        <source>&amp;Examen:</source>
        <translation>&amp;Examen:</translation>
    </message>
    <message>
        <source>Mainly &amp;corresponds to:</source>
        <translation>Motsvarar &amp;främst:</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>&amp;Omfattning:</translation>
    </message>
    <message>
        <source>Pa&amp;ce:</source>
        <translation>&amp;Takt:</translation>
    </message>
    <message>
        <source>Courses by term</source>
        <translation>Kurser per termin</translation>
    </message>
    <message>
        <source>Preparation, guidance and agreement</source>
        <translation>Förberedelse, vägledning och överenskommelse</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>&amp;Fadder:</translation>
    </message>
    <message>
        <source>Responsible &amp;coach:</source>
        <translation>Ansvarig &amp;coach:</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source> (locked)</source>
        <translation> (låst)</translation>
    </message>
    <message>
        <source>No study plan yet: fill it in with the learner and save.</source>
        <translation>Ingen studieplan än: fyll i den tillsammans med deltagaren och spara.</translation>
    </message>
    <message>
        <source>Revision %1 of %2, saved %3 by %4.</source>
        <translation>Version %1 av %2, sparad %3 av %4.</translation>
    </message>
    <message>
        <source>An earlier revision: read only.</source>
        <translation>En tidigare version: kan bara läsas.</translation>
    </message>
    <message>
        <source>Printed or agreed: a change is saved as a new revision, with a reason.</source>
        <translation>Utskriven eller överenskommen: en ändring sparas som en ny version, med orsak.</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Osparade ändringar.</translation>
    </message>
    <message>
        <source>Unknown course code %1.</source>
        <translation>Okänd kurskod %1.</translation>
    </message>
    <message>
        <source>Not valid yet:</source>
        <translation>Gäller inte än:</translation>
    </message>
    <message>
        <source>The goal cannot be assessed: %1</source>
        <translation>Målet kan inte bedömas: %1</translation>
    </message>
    <message>
        <source>Choose a goal to check the plan against the entry rules.</source>
        <translation>Välj ett mål för att kontrollera planen mot behörighetskraven.</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>före %1</translation>
    </message>
    <message>
        <source>by the plan</source>
        <translation>enligt planen</translation>
    </message>
    <message>
        <source>⚠ Not covered %1: %2</source>
        <translation>⚠ Inte täckt %1: %2</translation>
    </message>
    <message>
        <source>✓ The plan covers every requirement of %1.</source>
        <translation>✓ Planen täcker varje krav för %1.</translation>
    </message>
    <message>
        <source>⚠ %1 points short of the examen.</source>
        <translation>⚠ %1 poäng saknas till examen.</translation>
    </message>
    <message>
        <source>⚠ Planned in or after the start term: %1</source>
        <translation>⚠ Planerad i eller efter startterminen: %1</translation>
    </message>
    <message>
        <source>a pace of %1 points a week fits</source>
        <translation>en takt på %1 poäng i veckan räcker</translation>
    </message>
    <message>
        <source>more than full time</source>
        <translation>mer än heltid</translation>
    </message>
    <message>
        <source>⚠ %1: %2 points planned, the pace fits %3 (%4).</source>
        <translation>⚠ %1: %2 poäng planerade, takten räcker till %3 (%4).</translation>
    </message>
    <message>
        <source>⚠ The scope is not the sum of the planned courses.</source>
        <translation>⚠ Omfattningen är inte summan av de planerade kurserna.</translation>
    </message>
    <message>
        <source>⚠ Below 10 points a week: no student finance from CSN.</source>
        <translation>⚠ Under 10 poäng i veckan: inget studiestöd från CSN.</translation>
    </message>
    <message>
        <source>Plan not saved</source>
        <translation>Planen sparades inte</translation>
    </message>
    <message>
        <source>New revision</source>
        <translation>Ny version</translation>
    </message>
    <message>
        <source>Revision %1 was printed or agreed. Why does the plan change?</source>
        <translation>Version %1 har skrivits ut eller överenskommits. Varför ändras planen?</translation>
    </message>
    <message>
        <source>No printout</source>
        <translation>Ingen utskrift</translation>
    </message>
    <message>
        <source>Save study plan</source>
        <translation>Spara studieplan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sparades inte</translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message>
        <source>Study plan: %1</source>
        <translation>Studieplan: %1</translation>
    </message>
    <message>
        <source>Study plan preview</source>
        <translation>Förhandsvisning av studieplanen</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 sidor</translation>
    </message>
    <message>
        <source>Page count</source>
        <translation>Antal sidor</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Spara som PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <source>Save study plan</source>
        <translation>Spara studieplan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sparades inte</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Filen kunde inte skrivas: %1</translation>
    </message>
</context>
<context>
    <name>PlannedCoursesModel</name>
    <message>
        <source>Term</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poäng</translation>
    </message>
</context>
<context>
    <name>PreparationKind</name>
    <message>
        <source>Basår / behörighetsgivande förutbildning</source>
        <translation>Basår / behörighetsgivande förutbildning</translation>
    </message>
    <message>
        <source>Högskoleförberedande kurs</source>
        <translation>Högskoleförberedande kurs</translation>
    </message>
    <message>
        <source>Högskoleprov preparation</source>
        <translation>Förberedelse för högskoleprovet</translation>
    </message>
    <message>
        <source>Introduktionskurs</source>
        <translation>Introduktionskurs</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
</context>
<context>
    <name>PrintSettingsDialog</name>
    <message>
        <source>Print settings</source>
        <translation>Utskriftsinställningar</translation>
    </message>
    <message>
        <source>Lärcentrum name</source>
        <translation>Lärcentrumets namn</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Logo (PNG or JPEG)</source>
        <translation>Logotyp (PNG eller JPEG)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Choose the logo file</source>
        <translation>Välj logotypfilen</translation>
    </message>
    <message>
        <source>Lärcentrum &amp;name:</source>
        <translation>Lärcentrumets &amp;namn:</translation>
    </message>
    <message>
        <source>&amp;Address (up to three lines):</source>
        <translation>&amp;Adress (högst tre rader):</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logotyp:</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sparades inte</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>Folkhögskola</source>
        <translation>Folkhögskola</translation>
    </message>
    <message>
        <source>Komvux</source>
        <translation>Komvux</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Upper secondary school</source>
        <translation>Gymnasieskola</translation>
    </message>
</context>
<context>
    <name>QualificationsPanel</name>
    <message>
        <source>Qualifications not saved</source>
        <translation>Meriterna sparades inte</translation>
    </message>
    <message>
        <source>Saved. The eligibility shown is up to date.</source>
        <translation>Sparat. Behörigheten som visas är aktuell.</translation>
    </message>
</context>
<context>
    <name>QuietModel</name>
    <message>
        <source>Learner</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Senaste kontakt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The database needs attention</source>
        <translation>Databasen behöver åtgärdas</translation>
    </message>
    <message>
        <source>Your database could not be read safely, so it has been set aside.</source>
        <translation>Din databas kunde inte läsas säkert, så den har lagts undan.</translation>
    </message>
    <message>
        <source>Nothing has been deleted: the file was renamed to %1 in the data folder.</source>
        <translation>Ingenting har raderats: filen bytte namn till %1 i uppgiftsmappen.</translation>
    </message>
    <message>
        <source>The newest backup that passed its check is %1. Restoring it brings back everything saved up to that backup.</source>
        <translation>Den senaste säkerhetskopian som klarade kontrollen är %1. Återställs den kommer allt som sparats fram till den tillbaka.</translation>
    </message>
    <message>
        <source>No backup that passes its check was found. You can start with an empty database and ask for help with the set-aside file.</source>
        <translation>Ingen säkerhetskopia som klarar kontrollen hittades. Du kan börja med en tom databas och be om hjälp med filen som lagts undan.</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Återställ säkerhetskopian</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Återställ säkerhetskopian</translation>
    </message>
    <message>
        <source>Start with an &amp;empty database</source>
        <translation>Börja med en &amp;tom databas</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Börja med en tom databas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
</context>
<context>
    <name>RequirementsModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>Met by</source>
        <translation>Uppfylls av</translation>
    </message>
    <message>
        <source>Ways to meet it</source>
        <translation>Sätt att uppfylla det</translation>
    </message>
    <message>
        <source>Points to study</source>
        <translation>Poäng att läsa</translation>
    </message>
    <message>
        <source>✓ Met</source>
        <translation>✓ Uppfyllt</translation>
    </message>
    <message>
        <source>✗ Missing</source>
        <translation>✗ Saknas</translation>
    </message>
    <message>
        <source>Cannot be met by studying courses</source>
        <translation>Kan inte uppfyllas genom att läsa kurser</translation>
    </message>
    <message>
        <source> or </source>
        <translation> eller </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention (gallring)</source>
        <translation>Gallring</translation>
    </message>
    <message>
        <source>Retention settings and runs</source>
        <translation>Gallringsfrister och körningar</translation>
    </message>
    <message>
        <source>Closed cases (completed or discontinued)</source>
        <translation>Avslutade ärenden (fullföljt eller avbrutet)</translation>
    </message>
    <message>
        <source>Learners not changed for</source>
        <translation>Deltagare som inte ändrats på</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Poster i granskningsloggen</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Slag av uppgift</translation>
    </message>
    <message>
        <source>Months (0 = keep)</source>
        <translation>Månader (0 = behåll)</translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation>Beslutsreferens</translation>
    </message>
    <message>
        <source>e.g. the information-management plan, KS 2026/12</source>
        <translation>t.ex. informationshanteringsplanen, KS 2026/12</translation>
    </message>
    <message>
        <source>&amp;Save periods</source>
        <translation>&amp;Spara frister</translation>
    </message>
    <message>
        <source>Save the retention periods</source>
        <translation>Spara gallringsfristerna</translation>
    </message>
    <message>
        <source>&amp;Delete what is due…</source>
        <translation>&amp;Radera det som ska gallras…</translation>
    </message>
    <message>
        <source>Delete what is due</source>
        <translation>Radera det som ska gallras</translation>
    </message>
    <message>
        <source>Due now: %1 learners and %2 audit log entries; %3 learners on hold are kept.</source>
        <translation>Ska gallras nu: %1 deltagare och %2 poster i granskningsloggen; %3 deltagare med spärr behålls.</translation>
    </message>
    <message>
        <source>Delete what is due?</source>
        <translation>Radera det som ska gallras?</translation>
    </message>
    <message>
        <source>%1 learners with everything stored about them and %2 audit log entries will be deleted in one step. This cannot be undone.</source>
        <translation>%1 deltagare med allt som sparats om dem och %2 poster i granskningsloggen raderas i ett steg. Det går inte att ångra.</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>Lärcentrum services</source>
        <translation>Lärcentrumtjänster</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>&amp;Aktiviteter</translation>
    </message>
    <message>
        <source>E&amp;xam proctoring</source>
        <translation>&amp;Tentamensservice</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>A&amp;ttended</source>
        <translation>&amp;Närvarande</translation>
    </message>
    <message>
        <source>Mark the participant as attended</source>
        <translation>Markera deltagaren som närvarande</translation>
    </message>
    <message>
        <source>Ab&amp;sent</source>
        <translation>&amp;Frånvarande</translation>
    </message>
    <message>
        <source>Mark the participant as absent</source>
        <translation>Markera deltagaren som frånvarande</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Slag av aktivitet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Längd i minuter</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ingen gräns</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapacitet</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Slag:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;När:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Kapacitet:</translation>
    </message>
    <message>
        <source>Create &amp;activity</source>
        <translation>Skapa &amp;aktivitet</translation>
    </message>
    <message>
        <source>Create activity</source>
        <translation>Skapa aktivitet</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Ny aktivitet</translation>
    </message>
    <message>
        <source>Participants (register learners from their page)</source>
        <translation>Deltagare (registrera deltagare från deras sida)</translation>
    </message>
    <message>
        <source>Exam bookings</source>
        <translation>Provbokningar</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Lokalens namn</translation>
    </message>
    <message>
        <source>Room capacity</source>
        <translation>Lokalens kapacitet</translation>
    </message>
    <message>
        <source>Lärcentrum of the room</source>
        <translation>Lokalens lärcentrum</translation>
    </message>
    <message>
        <source>Add &amp;room</source>
        <translation>Lägg till &amp;lokal</translation>
    </message>
    <message>
        <source>Add exam room</source>
        <translation>Lägg till tentamenslokal</translation>
    </message>
    <message>
        <source>Exam rooms</source>
        <translation>Tentamenslokaler</translation>
    </message>
    <message>
        <source>Activity not created</source>
        <translation>Aktiviteten skapades inte</translation>
    </message>
    <message>
        <source>Attendance not saved</source>
        <translation>Närvaron sparades inte</translation>
    </message>
    <message>
        <source>Room not added</source>
        <translation>Lokalen lades inte till</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Komvux</source>
        <translation>Komvux</translation>
    </message>
    <message>
        <source>Preparation step</source>
        <translation>Förberedande steg</translation>
    </message>
    <message>
        <source>Grundläggande behörighet</source>
        <translation>Grundläggande behörighet</translation>
    </message>
    <message>
        <source>Särskild behörighet</source>
        <translation>Särskild behörighet</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Sökt</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Antagen</translation>
    </message>
    <message>
        <source>Studying</source>
        <translation>Studerar</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Fullföljt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation>Avbrutit</translation>
    </message>
</context>
<context>
    <name>StandingRefresher</name>
    <message>
        <source>Checking eligibility for targets… %1 %</source>
        <translation>Kontrollerar behörighet till målen… %1 %</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>LärSam Desktop already has this data folder open. Switch to that window, or close it and try again.</source>
        <translation>LärSam Desktop har redan den här uppgiftsmappen öppen. Växla till det fönstret, eller stäng det och försök igen.</translation>
    </message>
</context>
<context>
    <name>StuckModel</name>
    <message>
        <source>Learner</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sedan</translation>
    </message>
</context>
<context>
    <name>TargetStanding</name>
    <message>
        <source>Eligible</source>
        <translation>Behörig</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Inte än</translation>
    </message>
    <message>
        <source>Unknown target</source>
        <translation>Okänt mål</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Inget mål</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Förberedelse</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrerat av</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <source>Current coach</source>
        <translation>Aktuell coach</translation>
    </message>
    <message>
        <source>Who you are: your follow-ups and your learners</source>
        <translation>Vem du är: dina uppföljningar och dina deltagare</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Refresh the Today page</source>
        <translation>Uppdatera sidan Idag</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (försenad)</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Markera som &amp;klar</translation>
    </message>
    <message>
        <source>Mark the selected follow-up done</source>
        <translation>Markera den valda uppföljningen som klar</translation>
    </message>
    <message>
        <source>&amp;Coach:</source>
        <translation>&amp;Coach:</translation>
    </message>
    <message>
        <source>(choose who you are)</source>
        <translation>(välj vem du är)</translation>
    </message>
    <message>
        <source>Choose who you are (Coach, above) to see your follow-ups and learners.</source>
        <translation>Välj vem du är (Coach, ovan) för att se dina uppföljningar och deltagare.</translation>
    </message>
    <message>
        <source>There are no coaches yet: give a learner a coach first.</source>
        <translation>Det finns inga coacher än: ge först en deltagare en coach.</translation>
    </message>
    <message>
        <source>%1, first %2 shown</source>
        <translation>%1, de första %2 visas</translation>
    </message>
    <message>
        <source>Follow-ups overdue or due this week</source>
        <translation>Uppföljningar som är försenade eller ska göras i veckan</translation>
    </message>
    <message>
        <source>Not contacted recently</source>
        <translation>Inte kontaktade på länge</translation>
    </message>
    <message>
        <source>In the same stage too long</source>
        <translation>För länge i samma steg</translation>
    </message>
    <message>
        <source>Coming up: exams and activities</source>
        <translation>Kommande: prov och aktiviteter</translation>
    </message>
    <message>
        <source>, %1 overdue</source>
        <translation>, %1 försenade</translation>
    </message>
    <message>
        <source>Not contacted in %1 weeks</source>
        <translation>Inte kontaktade på %1 veckor</translation>
    </message>
    <message>
        <source>Exams and activities, next %1 days</source>
        <translation>Prov och aktiviteter, de närmaste %1 dagarna</translation>
    </message>
    <message>
        <source>Coach not saved</source>
        <translation>Coachen sparades inte</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Markera som klar</translation>
    </message>
    <message>
        <source>Select a follow-up in the list first.</source>
        <translation>Markera först en uppföljning i listan.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sparades inte</translation>
    </message>
</context>
<context>
    <name>UpcomingModel</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Prov</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to LärSam Desktop</source>
        <translation>Välkommen till LärSam Desktop</translation>
    </message>
    <message>
        <source>Your caseload is empty. Add your first learner, or try the program on a separate demo database with synthetic learners (your own data folder is not touched).</source>
        <translation>Din deltagarlista är tom. Lägg till din första deltagare, eller prova programmet i en separat demodatabas med påhittade deltagare (din egen uppgiftsmapp rörs inte).</translation>
    </message>
    <message>
        <source>&amp;Add learner</source>
        <translation>&amp;Lägg till deltagare</translation>
    </message>
    <message>
        <source>Add learner</source>
        <translation>Lägg till deltagare</translation>
    </message>
    <message>
        <source>Try with &amp;demo data</source>
        <translation>Prova med &amp;demodata</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>Prova med demodata</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Print study plan</source>
        <translation>Skriv ut studieplan</translation>
    </message>
</context>
<context>
    <name>self._window</name>
    <message>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <source>Today, %1 need attention</source>
        <translation>Idag, %1 behöver uppmärksamhet</translation>
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
        <translation>Exportera kalender</translation>
    </message>
    <message>
        <source>Choose who you are first (File → Current coach…).</source>
        <translation>Välj först vem du är (Arkiv → Aktuell coach…).</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <source>Calendar not exported</source>
        <translation>Kalendern exporterades inte</translation>
    </message>
    <message>
        <source>Calendar exported: %1 events</source>
        <translation>Kalendern exporterad: %1 händelser</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Språk…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Användarhandbok</translation>
    </message>
    <message>
        <source>&amp;About LärSam Desktop</source>
        <translation>&amp;Om LärSam Desktop</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Användarhandbok</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of the program.</source>
        <translation>Användarhandboken är inte installerad med den här kopian av programmet.</translation>
    </message>
    <message>
        <source>The new language is used the next time LärSam Desktop starts.</source>
        <translation>Det nya språket används nästa gång LärSam Desktop startar.</translation>
    </message>
</context>
</TS>
