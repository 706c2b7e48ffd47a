<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name></name>
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
        <source>Try with &amp;demo data…</source>
        <translation>Prova med &amp;demodata…</translation>
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
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
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
        <source>&amp;Study plans for several learners…</source>
        <translation>Studie&amp;planer för flera deltagare…</translation>
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
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Period: learners who started on the path in it</source>
        <translation>Period: deltagare som började på vägen under den</translation>
    </message>
    <message>
        <source>The data folder&apos;s threshold: counts below k are hidden in exports</source>
        <translation>Datamappens tröskel: antal under k döljs i exporter</translation>
    </message>
    <message>
        <source>Recipient, for the publication register</source>
        <translation>Mottagare, för publiceringsregistret</translation>
    </message>
    <message>
        <source>e.g. Region Jämtland, annual report</source>
        <translation>t.ex. Region Jämtland, årsrapport</translation>
    </message>
    <message>
        <source>Language of the exported file</source>
        <translation>Språk i den exporterade filen</translation>
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
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Tröskel</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Export language</source>
        <translation>Exportspråk</translation>
    </message>
    <message>
        <source>Computing the figures</source>
        <translation>Beräknar siffrorna</translation>
    </message>
    <message>
        <source>Published exports (the publication register)</source>
        <translation>Publicerade exporter (publiceringsregistret)</translation>
    </message>
    <message>
        <source>Published exports</source>
        <translation>Publicerade exporter</translation>
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
    <message>
        <source>Meritvärde per urvalsgrupp</source>
        <translation>Meritvärde per urvalsgrupp</translation>
    </message>
    <message>
        <source>Competitive last round</source>
        <translation>Konkurrenskraftig förra omgången</translation>
    </message>
    <message>
        <source>What would lift the meritvärde</source>
        <translation>Vad som skulle höja meritvärdet</translation>
    </message>
    <message>
        <source>Högskoleprov results</source>
        <translation>Högskoleprovsresultat</translation>
    </message>
    <message>
        <source>Högskoleprov result</source>
        <translation>Högskoleprovsresultat</translation>
    </message>
    <message>
        <source>e.g. 1,15</source>
        <translation>t.ex. 1,15</translation>
    </message>
    <message>
        <source>Test date</source>
        <translation>Provdatum</translation>
    </message>
    <message>
        <source>&amp;Add result</source>
        <translation>&amp;Lägg till resultat</translation>
    </message>
    <message>
        <source>Add högskoleprov result</source>
        <translation>Lägg till högskoleprovsresultat</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Remove högskoleprov result</source>
        <translation>Ta bort högskoleprovsresultat</translation>
    </message>
    <message>
        <source>&amp;Import admission statistics…</source>
        <translation>&amp;Importera antagningsstatistik…</translation>
    </message>
    <message>
        <source>Import admission statistics</source>
        <translation>Importera antagningsstatistik</translation>
    </message>
    <message>
        <source>Högskoleprov (valid eight years; the best valid result counts)</source>
        <translation>Högskoleprov (giltigt i åtta år; det bästa giltiga resultatet räknas)</translation>
    </message>
    <message>
        <source>taken on</source>
        <translation>skrivet</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Resultat:</translation>
    </message>
    <message>
        <source>%1: jämförelsetal %2 + meritpoäng %3 = &lt;b&gt;meritvärde %4&lt;/b&gt;</source>
        <translation>%1: jämförelsetal %2 + meritpoäng %3 = &lt;b&gt;meritvärde %4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No graded courses yet: no meritvärde.</source>
        <translation>Inga betygsatta kurser än: inget meritvärde.</translation>
    </message>
    <message>
        <source>%1 — taken %2, valid until %3</source>
        <translation>%1 — skrivet %2, giltigt till %3</translation>
    </message>
    <message>
        <source> (counts)</source>
        <translation> (räknas)</translation>
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
        <source>New revision</source>
        <translation>Ny version</translation>
    </message>
    <message>
        <source>Revision %1 was printed or agreed. Why does the plan change?</source>
        <translation>Version %1 har skrivits ut eller överenskommits. Varför ändras planen?</translation>
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
    <name>AccessRequestPdf</name>
    <message>
        <source>Access request {id}</source>
        <translation>Registerutdrag {id}</translation>
    </message>
    <message>
        <source>Everything stored about the data subject (internal id {id}), produced {made} under Article 15 of the General Data Protection Regulation.</source>
        <translation>Allt som finns lagrat om den registrerade (intern id {id}), framtaget {made} enligt dataskyddsförordningen artikel 15.</translation>
    </message>
    <message>
        <source>Access request – extract from LärSam Desktop</source>
        <translation>Registerutdrag – utdrag ur LärSam Desktop</translation>
    </message>
    <message>
        <source>Protected personal data: address and contact details are left out.</source>
        <translation>Skyddade personuppgifter: adress- och kontaktuppgifter är utelämnade.</translation>
    </message>
    <message>
        <source>{number} of {total}</source>
        <translation>{number} av {total}</translation>
    </message>
    <message>
        <source>Access request under Article 15 of the General Data Protection Regulation</source>
        <translation>Registerutdrag enligt dataskyddsförordningen artikel 15</translation>
    </message>
    <message>
        <source>(withheld: protected identity)</source>
        <translation>(utelämnat: skyddad identitet)</translation>
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
    <name>Argparse</name>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumentet %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>följande argument krävs: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>ett av argumenten %s krävs</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>okända argument: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>inte tillåtet tillsammans med argumentet %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>angivet värde ignorerades: %r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ett värde förväntades</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>högst ett värde förväntades</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>minst ett värde förväntades</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%s värde förväntades</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%s värden förväntades</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydig flagga: %(option)s kan vara %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ogiltigt värde %(value)r: %(type)s förväntades</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)</source>
        <translation>ogiltigt val: %(value)r, menade du %(closest)r? (välj bland %(choices)s)</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ogiltigt val: %(value)r (välj bland %(choices)s)</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>okänt kommando %(parser_name)r (välj bland %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>kan inte öppna &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>oväntad flagga: %s</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>användning: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positionsargument</translation>
    </message>
    <message>
        <source>options</source>
        <translation>flaggor</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>visa den här hjälptexten och avsluta</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: fel: {message}</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>visa programmets versionsnummer och avsluta</translation>
    </message>
</context>
<context>
    <name>ArgparseType</name>
    <message>
        <source>int</source>
        <translation>ett heltal</translation>
    </message>
    <message>
        <source>float</source>
        <translation>ett tal</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>en sökväg</translation>
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
    <message>
        <source>Statistics threshold raised</source>
        <translation>Statistikens tröskel höjd</translation>
    </message>
    <message>
        <source>Invited to a meeting</source>
        <translation>Inbjuden till ett möte</translation>
    </message>
    <message>
        <source>Change undone</source>
        <translation>Ändring ångrad</translation>
    </message>
</context>
<context>
    <name>AuditBreak</name>
    <message>
        <source>Entry {first} was changed after it was written.</source>
        <translation>Post {first} ändrades efter att den skrevs.</translation>
    </message>
    <message>
        <source>Entry {first} has a rewritten hash: the entry after it no longer points to it.</source>
        <translation>Post {first} har en omskriven kontrollsumma: posten efter pekar inte längre på den.</translation>
    </message>
    <message>
        <source>Entry {first} does not point to the entry before it.</source>
        <translation>Post {first} pekar inte på posten före den.</translation>
    </message>
    <message>
        <source>Entry {first} was removed.</source>
        <translation>Post {first} har tagits bort.</translation>
    </message>
    <message>
        <source>Entries {first}–{last} were removed.</source>
        <translation>Posterna {first}–{last} har tagits bort.</translation>
    </message>
    <message>
        <source>Entry {first}, the newest, was removed; the head still records it.</source>
        <translation>Post {first}, den nyaste, har tagits bort; loggens huvud anger den fortfarande.</translation>
    </message>
    <message>
        <source>Entries {first}–{last}, the newest, were removed; the head still records them.</source>
        <translation>Posterna {first}–{last}, de nyaste, har tagits bort; loggens huvud anger dem fortfarande.</translation>
    </message>
    <message>
        <source>The head of the log does not match entry {first}, the newest entry.</source>
        <translation>Loggens huvud stämmer inte med post {first}, den nyaste posten.</translation>
    </message>
    <message>
        <source>The log ends at entry {first}, but {source} records entry {last}: the newest entries were cut and the head moved to match, or an older copy of the database was put in place.</source>
        <translation>Loggen slutar vid post {first}, men {source} anger post {last}: de nyaste posterna har skurits bort och huvudet flyttats så att det stämmer, eller så har en äldre kopia av databasen lagts på plats.</translation>
    </message>
    <message>
        <source>Every entry was deleted and the head reset, but {source} records entry {last}.</source>
        <translation>Alla poster har raderats och huvudet nollställts, men {source} anger post {last}.</translation>
    </message>
    <message>
        <source>Entry {first}, the oldest, was removed and the start of the log moved to match; no retention run removed it.</source>
        <translation>Post {first}, den äldsta, har tagits bort och loggens början flyttats så att det stämmer; ingen gallringskörning tog bort den.</translation>
    </message>
    <message>
        <source>Entries {first}–{last}, the oldest, were removed and the start of the log moved to match; no retention run removed them.</source>
        <translation>Posterna {first}–{last}, de äldsta, har tagits bort och loggens början flyttats så att det stämmer; ingen gallringskörning tog bort dem.</translation>
    </message>
    <message>
        <source>Entry {first} was recomputed with the unkeyed SHA-256, without the audit key.</source>
        <translation>Post {first} har räknats om med okodad SHA-256, utan loggens nyckel.</translation>
    </message>
    <message>
        <source>Entries {first}–{last} were recomputed with the unkeyed SHA-256, without the audit key.</source>
        <translation>Posterna {first}–{last} har räknats om med okodad SHA-256, utan loggens nyckel.</translation>
    </message>
    <message>
        <source>Entry {first} was recomputed with another key.</source>
        <translation>Post {first} har räknats om med en annan nyckel.</translation>
    </message>
    <message>
        <source>Entries {first}–{last} were recomputed with another key.</source>
        <translation>Posterna {first}–{last} har räknats om med en annan nyckel.</translation>
    </message>
    <message>
        <source>The audit key is not on this computer: entries from {first} on cannot be checked.</source>
        <translation>Loggens nyckel finns inte på den här datorn: posterna från {first} och framåt kan inte kontrolleras.</translation>
    </message>
    <message>
        <source>Entry {first} differs from the one {source} records: the log was rewritten.</source>
        <translation>Post {first} skiljer sig från den som {source} anger: loggen har skrivits om.</translation>
    </message>
    <message>
        <source>{source} was changed by hand: its seal does not hold.</source>
        <translation>{source} har ändrats för hand: dess försegling håller inte.</translation>
    </message>
    <message>
        <source>{source} records another audit log (up to entry {last}): this log was replaced.</source>
        <translation>{source} anger en annan granskningslogg (till och med post {last}): den här loggen har bytts ut.</translation>
    </message>
    <message>
        <source>Entries {first}–{last}, made after backup {backup}, are kept in {kept}.</source>
        <translation>Posterna {first}–{last}, gjorda efter säkerhetskopian {backup}, finns kvar i {kept}.</translation>
    </message>
    <message>
        <source>Entries {first}–{last}, made after backup {backup}, were rolled back by its restore; no copy of them was kept.</source>
        <translation>Posterna {first}–{last}, gjorda efter säkerhetskopian {backup}, rullades tillbaka när den återställdes; ingen kopia av dem sparades.</translation>
    </message>
    <message>
        <source>Entries {first}–{last} stayed in the damaged database set aside when the coach chose to start with an empty one.</source>
        <translation>Posterna {first}–{last} finns kvar i den skadade databasen som lades undan när vägledaren valde att börja med en tom.</translation>
    </message>
</context>
<context>
    <name>AuditCli</name>
    <message>
        <source>note: {note}</source>
        <translation>obs: {note}</translation>
    </message>
    <message>
        <source>audit log broken at entry {seq}: {problem}</source>
        <translation>granskningsloggen är bruten vid post {seq}: {problem}</translation>
    </message>
    <message>
        <source>entries {first}–{last}</source>
        <translation>poster {first}–{last}</translation>
    </message>
    <message>
        <source>no entries</source>
        <translation>inga poster</translation>
    </message>
    <message>
        <source>audit log intact: %n entries checked ({span}); head compared with the anchors outside the database: {anchors}</source>
        <translation>granskningsloggen är hel: %n post kontrollerad ({span}); slutet jämfört med kontrollpunkterna utanför databasen: {anchors}|granskningsloggen är hel: %n poster kontrollerade ({span}); slutet jämfört med kontrollpunkterna utanför databasen: {anchors}</translation>
    </message>
    <message>
        <source>unknown action {action}; one of: {known}</source>
        <translation>okänd händelse {action}; en av: {known}</translation>
    </message>
    <message>
        <source>learner {id}</source>
        <translation>deltagare {id}</translation>
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
        <source>Learner: name or internal id</source>
        <translation>Deltagare: namn eller internt id</translation>
    </message>
    <message>
        <source>name or internal id</source>
        <translation>namn eller internt id</translation>
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
        <source>What the check found</source>
        <translation>Vad kontrollen hittade</translation>
    </message>
    <message>
        <source>&amp;Check the chain</source>
        <translation>&amp;Kontrollera kedjan</translation>
    </message>
    <message>
        <source>Check that no entry was changed</source>
        <translation>Kontrollera att ingen post har ändrats</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n entry row(s) (at most %1).</source>
        <translation>
            <numerusform>Visar %n rad (högst %1).</numerusform>
            <numerusform>Visar %n rader (högst %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the chain…</source>
        <translation>Kontrollerar kedjan…</translation>
    </message>
    <message>
        <source>The chain is intact: %1 entries checked.</source>
        <translation>Kedjan är hel: %1 poster kontrollerade.</translation>
    </message>
    <message>
        <source>The chain is broken at entry %1: %2 problems found, listed below.</source>
        <translation>Kedjan är bruten vid post %1: %2 problem hittades, se listan nedan.</translation>
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
    <name>BackupCli</name>
    <message>
        <source>{path} exists already; choose a new file name</source>
        <translation>{path} finns redan; välj ett nytt filnamn</translation>
    </message>
    <message>
        <source>backed up %n learner(s) to {path} (sha256 {sha256})</source>
        <translation>säkerhetskopierade %n deltagare till {path} (sha256 {sha256})|säkerhetskopierade %n deltagare till {path} (sha256 {sha256})</translation>
    </message>
    <message>
        <source>(not in the manifest, unverified)  {name}</source>
        <translation>(finns inte i manifestet, ej kontrollerad)  {name}</translation>
    </message>
    <message>
        <source>no backups in {folder}</source>
        <translation>inga säkerhetskopior i {folder}</translation>
    </message>
    <message>
        <source>restore works on the local database file; a shared server is restored by its administrator</source>
        <translation>återställning gäller den lokala databasfilen; en delad server återställs av dess administratör</translation>
    </message>
    <message>
        <source>the window has this data folder open (process {process}); close it first</source>
        <translation>fönstret har den här datamappen öppen (process {process}); stäng det först</translation>
    </message>
    <message>
        <source>restored %n learner(s) from {source}; the database as it was is kept as {kept}</source>
        <translation>återställde %n deltagare från {source}; databasen som den var sparas som {kept}|återställde %n deltagare från {source}; databasen som den var sparas som {kept}</translation>
    </message>
    <message>
        <source>restored %n learner(s) from {source}</source>
        <translation>återställde %n deltagare från {source}|återställde %n deltagare från {source}</translation>
    </message>
    <message>
        <source>? learners</source>
        <translation>? deltagare</translation>
    </message>
    <message>
        <source>%n learner(s)</source>
        <translation>%n deltagare|%n deltagare</translation>
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
        <source>This folder holds demo data, so no backup is made when the program starts: demo data is for practice and can be made again at any time. You can still back up by hand.</source>
        <translation>Den här mappen innehåller demodata, så ingen säkerhetskopia görs när programmet startar: demodata är till för att öva och kan skapas på nytt när som helst. Du kan fortfarande göra en säkerhetskopia för hand.</translation>
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
    <name>BarChart</name>
    <message>
        <source>hidden in exports</source>
        <translation>döljs i exporter</translation>
    </message>
    <message>
        <source>Every figure of this chart is hidden in exports (&quot;..&quot;, below the threshold k); the exact figures are for your own use.</source>
        <translation>Alla siffror i diagrammet döljs i exporter (&quot;..&quot;, under tröskeln k); de exakta siffrorna är för ditt eget bruk.</translation>
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
        <source>in progress</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>past</source>
        <translation>passerad</translation>
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
    <name>CalendarCli</name>
    <message>
        <source>Wrote {events} events ({follow_ups} follow-ups, {activities} activities, {exams} exams) to {path}.</source>
        <translation>Skrev {events} händelser ({follow_ups} uppföljningar, {activities} aktiviteter, {exams} prov) till {path}.</translation>
    </message>
    <message>
        <source>{cancelled} of them are marked cancelled or done.</source>
        <translation>{cancelled} av dem är markerade som inställda eller klara.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Done: {title} – {who}</source>
        <translation>Klar: {title} – {who}</translation>
    </message>
    <message>
        <source>Follow-up: {title} – {who}</source>
        <translation>Uppföljning: {title} – {who}</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Exam: {course} – {who}</source>
        <translation>Prov: {course} – {who}</translation>
    </message>
    <message>
        <source>Proctor: {name}</source>
        <translation>Tentamensvakt: {name}</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Prov</translation>
    </message>
</context>
<context>
    <name>CaseloadActions</name>
    <message>
        <source>&amp;Find learner</source>
        <translation>&amp;Sök deltagare</translation>
    </message>
    <message>
        <source>Show full &amp;personnummer</source>
        <translation>Visa hela &amp;personnumret</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
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
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
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
        <source>Nothing matches “%1”; showing matches for “%2”.</source>
        <translation>Inget matchar ”%1”; visar träffar för ”%2”.</translation>
    </message>
</context>
<context>
    <name>CaseloadTable</name>
    <message>
        <source>Caseload</source>
        <translation>Deltagare</translation>
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
        <source>(protected)</source>
        <translation>(skyddad)</translation>
    </message>
</context>
<context>
    <name>CheckCli</name>
    <message>
        <source>{problem} ({location})</source>
        <translation>{problem} ({location})</translation>
    </message>
    <message>
        <source>schema {found} where {expected} is expected</source>
        <translation>schema {found} där {expected} väntas</translation>
    </message>
    <message>
        <source>healthy: schema {schema} (current), %n learner(s), demo data, {location}</source>
        <translation>felfri: schemaversion {schema} (aktuell), %n deltagare, demodata, {location}|felfri: schemaversion {schema} (aktuell), %n deltagare, demodata, {location}</translation>
    </message>
    <message>
        <source>healthy: schema {schema} (current), %n learner(s), {location}</source>
        <translation>felfri: schemaversion {schema} (aktuell), %n deltagare, {location}|felfri: schemaversion {schema} (aktuell), %n deltagare, {location}</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>verify or read the audit log</source>
        <translation>kontrollera eller läs granskningsloggen</translation>
    </message>
    <message>
        <source>recompute the keyed hash chain and compare its head with the anchors outside the database; exit 1 with one line per break</source>
        <translation>räkna om den nyckelsäkrade hashkedjan och jämför dess senaste länk med förankringarna utanför databasen; slutkod 1 med en rad per brott</translation>
    </message>
    <message>
        <source>the newest entries, newest first</source>
        <translation>de senaste posterna, nyast först</translation>
    </message>
    <message>
        <source>entries about one learner</source>
        <translation>poster om en deltagare</translation>
    </message>
    <message>
        <source>one kind of entry, e.g. export</source>
        <translation>ett slags post, t.ex. export</translation>
    </message>
    <message>
        <source>back up, list backups, or restore one</source>
        <translation>säkerhetskopiera, lista säkerhetskopior eller återställ en</translation>
    </message>
    <message>
        <source>back up the database now</source>
        <translation>säkerhetskopiera databasen nu</translation>
    </message>
    <message>
        <source>write the backup to FILE (with FILE.sha256 beside it) instead of backups/</source>
        <translation>skriv säkerhetskopian till FIL (med FIL.sha256 bredvid) i stället för till backups/</translation>
    </message>
    <message>
        <source>list the backups in the data folder, newest first</source>
        <translation>lista säkerhetskopiorna i datamappen, nyast först</translation>
    </message>
    <message>
        <source>verify FILE, keep the current database as a backup, then restore FILE</source>
        <translation>kontrollera FIL, behåll den nuvarande databasen som säkerhetskopia och återställ sedan FIL</translation>
    </message>
    <message>
        <source>check the database&apos;s integrity and schema version</source>
        <translation>kontrollera databasens integritet och schemaversion</translation>
    </message>
    <message>
        <source>what needs attention today, for one coach</source>
        <translation>vad som behöver göras i dag, för en coach</translation>
    </message>
    <message>
        <source>whose day (default: the current coach)</source>
        <translation>vems dag (standard: den aktuella coachen)</translation>
    </message>
    <message>
        <source>calendar files (.ics)</source>
        <translation>kalenderfiler (.ics)</translation>
    </message>
    <message>
        <source>follow-ups, activities and exam bookings as an .ics file</source>
        <translation>uppföljningar, aktiviteter och provbokningar som en .ics-fil</translation>
    </message>
    <message>
        <source>whose calendar (default: current coach)</source>
        <translation>vems kalender (standard: den aktuella coachen)</translation>
    </message>
    <message>
        <source>learners&apos; full names in event titles (default: initials and id; a synced calendar copies the titles to its cloud service)</source>
        <translation>deltagarnas fullständiga namn i händelsernas rubriker (standard: initialer och id; en synkad kalender kopierar rubrikerna till sin molntjänst)</translation>
    </message>
    <message>
        <source>komvux courses the study plans ask for</source>
        <translation>komvuxkurser som studieplanerna efterfrågar</translation>
    </message>
    <message>
        <source>learners per course, term and lärcentrum (from current study plans)</source>
        <translation>deltagare per kurs, termin och lärcentrum (från aktuella studieplaner)</translation>
    </message>
    <message>
        <source>one term, e.g. VT2027</source>
        <translation>en termin, t.ex. VT2027</translation>
    </message>
    <message>
        <source>one lärcentrum</source>
        <translation>ett lärcentrum</translation>
    </message>
    <message>
        <source>write CSV or XLSX (by the suffix) here</source>
        <translation>skriv CSV eller XLSX (efter filändelsen) hit</translation>
    </message>
    <message>
        <source>admission cut-offs of earlier rounds (antagningsstatistik)</source>
        <translation>antagningspoäng från tidigare antagningsomgångar (antagningsstatistik)</translation>
    </message>
    <message>
        <source>import a round&apos;s published statistics</source>
        <translation>importera en antagningsomgångs publicerade statistik</translation>
    </message>
    <message>
        <source>list the imported cut-offs</source>
        <translation>lista de importerade antagningspoängen</translation>
    </message>
    <message>
        <source>only the rows matching a target</source>
        <translation>bara raderna som matchar ett utbildningsmål</translation>
    </message>
    <message>
        <source>regional demand for programmes, and throughput (anonymised, protected)</source>
        <translation>regional efterfrågan på utbildningar och genomströmning (anonymiserad, skyddad)</translation>
    </message>
    <message>
        <source>write the protected demand report and record the publication</source>
        <translation>skriv den skyddade efterfrågerapporten och registrera publiceringen</translation>
    </message>
    <message>
        <source>file format</source>
        <translation>filformat</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>fil att skriva</translation>
    </message>
    <message>
        <source>a term, calendar year or school year (HT2025, 2025)</source>
        <translation>en termin, ett kalenderår eller ett läsår (HT2025, 2025)</translation>
    </message>
    <message>
        <source>first term (VT2024)</source>
        <translation>första termin (VT2024)</translation>
    </message>
    <message>
        <source>last term (HT2025)</source>
        <translation>sista termin (HT2025)</translation>
    </message>
    <message>
        <source>who receives it, for the register</source>
        <translation>vem som får den, för registret</translation>
    </message>
    <message>
        <source>fill the database with synthetic demo learners</source>
        <translation>fyll databasen med påhittade demodeltagare</translation>
    </message>
    <message>
        <source>how many learners to generate</source>
        <translation>hur många deltagare som ska skapas</translation>
    </message>
    <message>
        <source>random seed; the same seed gives the same learners (default 1)</source>
        <translation>slumpfrö; samma frö ger samma deltagare (standard 1)</translation>
    </message>
    <message>
        <source>check a transcript against a programme&apos;s entry requirements</source>
        <translation>pröva ett betygsutdrag mot en utbildnings behörighetskrav</translation>
    </message>
    <message>
        <source>Evaluate grundläggande and särskild behörighet for a transcript (JSON: {&quot;courses&quot;: [{&quot;code&quot;: &quot;SVESVE01&quot;, &quot;grade&quot;: &quot;E&quot;}, ...], &quot;examen&quot;: ..., &quot;slutbetyg_points_passed&quot;: ..., &quot;folkhogskola_intyg&quot;: ..., &quot;work_years_after_19&quot;: ...}).</source>
        <translation>Pröva grundläggande och särskild behörighet för ett betygsutdrag (JSON: {&quot;courses&quot;: [{&quot;code&quot;: &quot;SVESVE01&quot;, &quot;grade&quot;: &quot;E&quot;}, ...], &quot;examen&quot;: ..., &quot;slutbetyg_points_passed&quot;: ..., &quot;folkhogskola_intyg&quot;: ..., &quot;work_years_after_19&quot;: ...}).</translation>
    </message>
    <message>
        <source>a target id or old A-code</source>
        <translation>ett utbildningsmåls id eller gammal A-kod</translation>
    </message>
    <message>
        <source>apply the rules in force on this date (default: today)</source>
        <translation>tillämpa reglerna som gäller detta datum (standard: i dag)</translation>
    </message>
    <message>
        <source>count planned and ongoing courses as passed (with E)</source>
        <translation>räkna planerade och pågående kurser som godkända (med E)</translation>
    </message>
    <message>
        <source>list the targets with their sources</source>
        <translation>lista utbildningsmålen med sina källor</translation>
    </message>
    <message>
        <source>every stored learner against --target: who is eligible</source>
        <translation>varje sparad deltagare mot --target: vem som är behörig</translation>
    </message>
    <message>
        <source>recompute every learner&apos;s standing against their own target</source>
        <translation>räkna om varje deltagares läge mot sitt eget utbildningsmål</translation>
    </message>
    <message>
        <source>encrypt the local database with a passphrase (from --passphrase-file or $LARSAM_PASSPHRASE); plaintext copies are listed, and removed with --yes</source>
        <translation>kryptera den lokala databasen med en lösenfras (från --passphrase-file eller $LARSAM_PASSPHRASE); okrypterade kopior listas och tas bort med --yes</translation>
    </message>
    <message>
        <source>confirm: the listed plaintext copies are deleted</source>
        <translation>bekräfta: de listade okrypterade kopiorna raderas</translation>
    </message>
    <message>
        <source>the student group of an offering</source>
        <translation>studentgruppen för ett utbildningstillfälle</translation>
    </message>
    <message>
        <source>home municipality (kommunkod)</source>
        <translation>hemkommun (kommunkod)</translation>
    </message>
    <message>
        <source>lärcentrum id</source>
        <translation>lärcentrumets id</translation>
    </message>
    <message>
        <source>import learners or an admitted-students list from CSV, XLSX or ODS (or write a template to fill in)</source>
        <translation>importera deltagare eller en lista över antagna från CSV, XLSX eller ODS (eller skriv en mall att fylla i)</translation>
    </message>
    <message>
        <source>what the file lists: learners, admitted, progress or applicants; &apos;template&apos; writes an XLSX template (then FILE is learners or admitted and --out names the file)</source>
        <translation>vad filen listar: learners, admitted, progress eller applicants; &apos;template&apos; skriver en XLSX-mall (då är FIL learners eller admitted och --out anger filen)</translation>
    </message>
    <message>
        <source>a .csv, .xlsx or .ods file</source>
        <translation>en .csv-, .xlsx- eller .ods-fil</translation>
    </message>
    <message>
        <source>where &apos;import template&apos; writes</source>
        <translation>vart &apos;import template&apos; skriver</translation>
    </message>
    <message>
        <source>check every row and report; write nothing</source>
        <translation>kontrollera varje rad och rapportera; skriv ingenting</translation>
    </message>
    <message>
        <source>import the good rows even if some rows are bad (they are listed)</source>
        <translation>importera de felfria raderna även om några rader är felaktiga (de listas)</translation>
    </message>
    <message>
        <source>which header holds which column, over the automatic guess, e.g. &apos;personnummer=PNR,name=Namn&apos; (columns: personnummer, given_name, family_name, name, birth_date, email, phone, street_address, postal_code, city, municipality, programme, term; an empty header leaves a column out)</source>
        <translation>vilken rubrik som innehåller vilken kolumn, före den automatiska gissningen, t.ex. &apos;personnummer=PNR,name=Namn&apos; (kolumner: personnummer, given_name, family_name, name, birth_date, email, phone, street_address, postal_code, city, municipality, programme, term; en tom rubrik utelämnar kolumnen)</translation>
    </message>
    <message>
        <source>work with the caseload</source>
        <translation>arbeta med deltagarlistan</translation>
    </message>
    <message>
        <source>list learners, optionally filtered by a search</source>
        <translation>lista deltagare, filtrerade med en sökning om du vill</translation>
    </message>
    <message>
        <source>words that must all match (name, personnummer, municipality, lärcentrum), as in the search box</source>
        <translation>ord som alla måste matcha (namn, personnummer, kommun, lärcentrum), som i sökrutan</translation>
    </message>
    <message>
        <source>only learners at this stage</source>
        <translation>bara deltagare i detta steg</translation>
    </message>
    <message>
        <source>only learners who are eligible for their target, not yet, etc.</source>
        <translation>bara deltagare som är behöriga till sitt utbildningsmål, inte ännu osv.</translation>
    </message>
    <message>
        <source>print personnummer in full (masked by default)</source>
        <translation>skriv ut personnummer i sin helhet (maskerade som standard)</translation>
    </message>
    <message>
        <source>write the caseload to a CSV or XLSX file with chosen columns</source>
        <translation>skriv deltagarlistan till en CSV- eller XLSX-fil med valda kolumner</translation>
    </message>
    <message>
        <source>default: from the file name&apos;s suffix</source>
        <translation>standard: efter filnamnets ändelse</translation>
    </message>
    <message>
        <source>comma-separated; personnummer only when named here (default: {default}; also id, personnummer, phone, email, city, stage_since)</source>
        <translation>kommaseparerade; personnummer bara när de anges här (standard: {default}; dessutom id, personnummer, phone, email, city, stage_since)</translation>
    </message>
    <message>
        <source>as in the search box</source>
        <translation>som i sökrutan</translation>
    </message>
    <message>
        <source>LärSam Desktop: case manager for study coaches. Without a command it starts the window.</source>
        <translation>LärSam Desktop: ärendehantering för studiecoacher. Utan kommando öppnas fönstret.</translation>
    </message>
    <message>
        <source>data folder (default: ${env}, else the user data folder)</source>
        <translation>datamapp (standard: ${env}, annars användarens datamapp)</translation>
    </message>
    <message>
        <source>a shared PostgreSQL server instead of the local file, e.g. postgresql+psycopg://user@host/db (default: $LARSAM_DATABASE_URL, else the connection profile larsam.ini); keep passwords out of it: use the keyring or pgpass</source>
        <translation>en delad PostgreSQL-server i stället för den lokala filen, t.ex. postgresql+psycopg://user@host/db (standard: $LARSAM_DATABASE_URL, annars anslutningsprofilen larsam.ini); skriv inga lösenord i den: använd nyckelringen eller pgpass</translation>
    </message>
    <message>
        <source>meritvärde per urvalsgrupp, högskoleprov and last round&apos;s cut-offs</source>
        <translation>meritvärde per urvalsgrupp, högskoleprov och förra antagningsomgångens antagningspoäng</translation>
    </message>
    <message>
        <source>Compute the jämförelsetal, meritpoäng and meritvärde per urvalsgrupp (BI, BII) for a transcript (the JSON that eligibility --transcript reads) or a stored learner.</source>
        <translation>Räkna ut jämförelsetal, meritpoäng och meritvärde per urvalsgrupp (BI, BII) för ett betygsutdrag (den JSON som eligibility --transcript läser) eller en sparad deltagare.</translation>
    </message>
    <message>
        <source>a target id or old A-code (default: the learner&apos;s)</source>
        <translation>ett utbildningsmåls id eller gammal A-kod (standard: deltagarens)</translation>
    </message>
    <message>
        <source>programme offerings (utbildningsutbud)</source>
        <translation>utbildningstillfällen (utbildningsutbud)</translation>
    </message>
    <message>
        <source>import a university&apos;s or the region&apos;s file</source>
        <translation>importera ett lärosätes eller regionens fil</translation>
    </message>
    <message>
        <source>check only; store nothing</source>
        <translation>kontrollera bara; spara ingenting</translation>
    </message>
    <message>
        <source>every offering, by start term</source>
        <translation>alla utbildningstillfällen, efter starttermin</translation>
    </message>
    <message>
        <source>every offering as CSV or XLSX (by the suffix)</source>
        <translation>alla utbildningstillfällen som CSV eller XLSX (efter filändelsen)</translation>
    </message>
    <message>
        <source>the language of the output and its messages (default: the locale)</source>
        <translation>språket i utdata och meddelanden (standard: systemets språk)</translation>
    </message>
    <message>
        <source>the passphrase of an encrypted data folder, on the first line of {file} (default: ${env})</source>
        <translation>lösenfrasen till en krypterad datamapp, på första raden i {file} (standard: ${env})</translation>
    </message>
    <message>
        <source>individual study plans</source>
        <translation>individuella studieplaner</translation>
    </message>
    <message>
        <source>write study plans as PDF files</source>
        <translation>skriv studieplaner som PDF-filer</translation>
    </message>
    <message>
        <source>Write a learner&apos;s current study plan (--learner, --out) or the plans of every learner matching a search (--all, --out-dir) as A4 PDF files.</source>
        <translation>Skriv en deltagares aktuella studieplan (--learner, --out) eller planerna för alla deltagare som matchar en sökning (--all, --out-dir) som PDF-filer i A4.</translation>
    </message>
    <message>
        <source>internal id or personnummer</source>
        <translation>internt id eller personnummer</translation>
    </message>
    <message>
        <source>every learner with a plan</source>
        <translation>varje deltagare med en studieplan</translation>
    </message>
    <message>
        <source>with --all: as in learners list</source>
        <translation>med --all: som i learners list</translation>
    </message>
    <message>
        <source>with --learner: the file to write</source>
        <translation>med --learner: filen som ska skrivas</translation>
    </message>
    <message>
        <source>with --all: the folder to write into</source>
        <translation>med --all: mappen att skriva i</translation>
    </message>
    <message>
        <source>print the personnummer in full</source>
        <translation>skriv ut personnumret i sin helhet</translation>
    </message>
    <message>
        <source>eligibility date</source>
        <translation>datum för behörighetsprövningen</translation>
    </message>
    <message>
        <source>draft a plan from the learner&apos;s gap and save it</source>
        <translation>gör ett utkast till studieplan utifrån det deltagaren saknar och spara det</translation>
    </message>
    <message>
        <source>Add the courses the learner still lacks for the plan&apos;s goal, spread over terms from the first open one at the plan&apos;s pace, and save the plan (what &quot;Add the missing courses&quot; does in the window).</source>
        <translation>Lägg till kurserna som deltagaren fortfarande saknar för planens mål, fördelade på terminer från den första öppna i planens studietakt, och spara planen (det som &quot;Lägg till kurser som saknas&quot; gör i fönstret).</translation>
    </message>
    <message>
        <source>id or personnummer</source>
        <translation>id eller personnummer</translation>
    </message>
    <message>
        <source>programme id, alias or A-code</source>
        <translation>utbildningens id, alias eller A-kod</translation>
    </message>
    <message>
        <source>start term, e.g. HT2027</source>
        <translation>starttermin, t.ex. HT2027</translation>
    </message>
    <message>
        <source>study pace</source>
        <translation>studietakt</translation>
    </message>
    <message>
        <source>after damage: show the way out, or start with an empty database (--start-empty)</source>
        <translation>efter en skada: visa vägen ut, eller börja med en tom databas (--start-empty)</translation>
    </message>
    <message>
        <source>start with a new, empty database; the damaged file and the backups are kept</source>
        <translation>börja med en ny, tom databas; den skadade filen och säkerhetskopiorna behålls</translation>
    </message>
    <message>
        <source>everything stored about one learner, as JSON and PDF (registerutdrag)</source>
        <translation>allt som finns sparat om en deltagare, som JSON och PDF (registerutdrag)</translation>
    </message>
    <message>
        <source>include the address and contact data of a learner with protected identity (the decision is logged)</source>
        <translation>ta med adress- och kontaktuppgifter för en deltagare med skyddad identitet (beslutet loggas)</translation>
    </message>
    <message>
        <source>the same as access-request</source>
        <translation>samma som access-request</translation>
    </message>
    <message>
        <source>delete one learner&apos;s whole record</source>
        <translation>radera allt om en deltagare</translation>
    </message>
    <message>
        <source>confirm: this cannot be undone</source>
        <translation>bekräfta: detta kan inte ångras</translation>
    </message>
    <message>
        <source>stop retention and erasure for one learner</source>
        <translation>stoppa gallring och radering för en deltagare</translation>
    </message>
    <message>
        <source>place a hold</source>
        <translation>lägg in ett stopp</translation>
    </message>
    <message>
        <source>lift a hold</source>
        <translation>häv ett stopp</translation>
    </message>
    <message>
        <source>retention periods and runs (gallring)</source>
        <translation>gallringsfrister och gallringskörningar (gallring)</translation>
    </message>
    <message>
        <source>the periods in force and what is due now</source>
        <translation>fristerna som gäller och vad som ska gallras nu</translation>
    </message>
    <message>
        <source>set one record type&apos;s period</source>
        <translation>ange fristen för en typ av uppgifter</translation>
    </message>
    <message>
        <source>the record type: closed_case, inactive_learner or audit_log</source>
        <translation>typ av uppgifter: closed_case, inactive_learner eller audit_log</translation>
    </message>
    <message>
        <source>keep for good (no deletion)</source>
        <translation>behåll för alltid (ingen radering)</translation>
    </message>
    <message>
        <source>the decision&apos;s reference</source>
        <translation>beslutets diarienummer</translation>
    </message>
    <message>
        <source>delete what is due (all at once), or list it</source>
        <translation>radera det som ska gallras (allt på en gång), eller lista det</translation>
    </message>
    <message>
        <source>list what is due; delete nothing</source>
        <translation>lista det som ska gallras; radera ingenting</translation>
    </message>
    <message>
        <source>anonymised statistics: export them, or merge exports into a regional report</source>
        <translation>anonymiserad statistik: exportera den, eller slå ihop exporter till en regional rapport</translation>
    </message>
    <message>
        <source>write the statistics of this database (aggregates only, perturbed, small cells hidden) and record the publication</source>
        <translation>skriv statistiken för denna databas (bara summor, störda, små celler dolda) och registrera publiceringen</translation>
    </message>
    <message>
        <source>learners who started in this period (HT2025, VT2026, 2025 or 2024/25)</source>
        <translation>deltagare som började under denna period (HT2025, VT2026, 2025 eller 2024/25)</translation>
    </message>
    <message>
        <source>first term of a run of terms (VT2024)</source>
        <translation>första terminen i en följd av terminer (VT2024)</translation>
    </message>
    <message>
        <source>last term of a run of terms (HT2025)</source>
        <translation>sista terminen i en följd av terminer (HT2025)</translation>
    </message>
    <message>
        <source>the data folder&apos;s threshold, as a check (it must equal it; see stats threshold)</source>
        <translation>datamappens tröskelvärde, som kontroll (det måste stämma; se stats threshold)</translation>
    </message>
    <message>
        <source>combine CSV or XLSX exports of several lärcentra into one regional report</source>
        <translation>slå ihop CSV- eller XLSX-exporter från flera lärcentra till en regional rapport</translation>
    </message>
    <message>
        <source>exports to merge</source>
        <translation>exporter att slå ihop</translation>
    </message>
    <message>
        <source>the regional report; its format follows the name (.csv, .xlsx or .pdf)</source>
        <translation>den regionala rapporten; formatet följer namnet (.csv, .xlsx eller .pdf)</translation>
    </message>
    <message>
        <source>list every export recorded in the register</source>
        <translation>lista varje export som finns i registret</translation>
    </message>
    <message>
        <source>show the data folder&apos;s threshold k, or raise it (never lower)</source>
        <translation>visa datamappens tröskelvärde k, eller höj det (aldrig sänka)</translation>
    </message>
    <message>
        <source>new k</source>
        <translation>nytt k</translation>
    </message>
    <message>
        <source>team mode on a shared server (administrator)</source>
        <translation>teamläge på en delad server (administratör)</translation>
    </message>
    <message>
        <source>schema, roles and policies on an empty database</source>
        <translation>schema, roller och regler i en tom databas</translation>
    </message>
    <message>
        <source>migrate the server&apos;s schema and refresh the policies</source>
        <translation>uppgradera serverns schema och förnya reglerna</translation>
    </message>
    <message>
        <source>a login of a coach&apos;s own, in one or more teams</source>
        <translation>en egen inloggning för en coach, i ett eller flera team</translation>
    </message>
    <message>
        <source>the coach&apos;s name as LärSam shows it</source>
        <translation>coachens namn så som LärSam visar det</translation>
    </message>
    <message>
        <source>the database login to create</source>
        <translation>databasinloggningen som ska skapas</translation>
    </message>
    <message>
        <source>a lärcentrum (repeatable)</source>
        <translation>ett lärcentrum (kan upprepas)</translation>
    </message>
    <message>
        <source>read the password from this file (else a one-time password is printed)</source>
        <translation>läs lösenordet från denna fil (annars skrivs ett engångslösenord ut)</translation>
    </message>
    <message>
        <source>the login can no longer log in; history stays</source>
        <translation>inloggningen kan inte längre logga in; historiken finns kvar</translation>
    </message>
    <message>
        <source>the teams (lärcentrum) and their logins</source>
        <translation>teamen (lärcentrum) och deras inloggningar</translation>
    </message>
    <message>
        <source>let a coach open one restricted note (logged)</source>
        <translation>låt en coach öppna en skyddad anteckning (loggas)</translation>
    </message>
    <message>
        <source>the contact the restricted note belongs to</source>
        <translation>kontakten som den skyddade anteckningen hör till</translation>
    </message>
    <message>
        <source>the login to share with</source>
        <translation>inloggningen att dela med</translation>
    </message>
    <message>
        <source>check the server&apos;s keyed change log</source>
        <translation>kontrollera serverns nyckelsäkrade ändringslogg</translation>
    </message>
    <message>
        <source>pg_dump (custom format), checked with pg_restore</source>
        <translation>pg_dump (eget format), kontrollerad med pg_restore</translation>
    </message>
    <message>
        <source>restore a team backup into this database</source>
        <translation>återställ en teamsäkerhetskopia till denna databas</translation>
    </message>
    <message>
        <source>the transcript (JSON; - for stdin)</source>
        <translation>betygsutdraget (JSON; - för standard in)</translation>
    </message>
    <message>
        <source>a stored learner: internal id or personnummer</source>
        <translation>en sparad deltagare: internt id eller personnummer</translation>
    </message>
    <message>
        <source>import progress: what every line of a list without a Status column reports</source>
        <translation>import progress: vad varje rad i en lista utan kolumnen Status rapporterar</translation>
    </message>
    <message>
        <source>import applicants: how the outreach list is printed</source>
        <translation>import applicants: hur uppsökarlistan skrivs ut</translation>
    </message>
</context>
<context>
    <name>CliMetavar</name>
    <message>
        <source>COMMAND</source>
        <translation>KOMMANDO</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ÅTGÄRD</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>FILE.ics</source>
        <translation>FIL.ics</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>FIL.pdf</translation>
    </message>
    <message>
        <source>FILE.xlsx</source>
        <translation>FIL.xlsx</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAPP</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>SÖKVÄG</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>MÅL</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIOD</translation>
    </message>
    <message>
        <source>TERM</source>
        <translation>TERMIN</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KOD</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPP</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>COLUMN=HEADER,…</source>
        <translation>KOLUMN=RUBRIK,…</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>KONTAKT</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>INLOGGNING</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>interrupted</source>
        <translation>avbrutet</translation>
    </message>
    <message>
        <source>larsam-desktop: error: {message}</source>
        <translation>larsam-desktop: fel: {message}</translation>
    </message>
    <message>
        <source>{value} is not sv or en</source>
        <translation>{value} är varken sv eller en</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>den finns inte</translation>
    </message>
    <message>
        <source>access is refused</source>
        <translation>åtkomst nekas</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>det är en mapp</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>en del av sökvägen är ingen mapp</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>disken är skrivskyddad</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>disken gick inte att läsa eller skriva</translation>
    </message>
    <message>
        <source>system error {code}</source>
        <translation>systemfel {code}</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation>{value} är inget datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>{value} is not a term such as VT2027</source>
        <translation>{value} är ingen termin som t.ex. VT2027</translation>
    </message>
</context>
<context>
    <name>CoachDayShell</name>
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
        <translation>Exportera ka&amp;lender (.ics)…</translation>
    </message>
    <message>
        <source>Today, %1 need attention</source>
        <translation>Idag, %1 behöver uppmärksamhet</translation>
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
        <source>Event titles and categories are written in this language.</source>
        <translation>Händelsernas rubriker och kategorier skrivs på det här språket.</translation>
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
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to the team&apos;s server</source>
        <translation>Anslut till teamets server</translation>
    </message>
    <message>
        <source>&amp;Remember the password (in the system&apos;s keyring)</source>
        <translation>&amp;Kom ihåg lösenordet (i systemets nyckelring)</translation>
    </message>
    <message>
        <source>Connect to your team&apos;s shared server. Your administrator gave you the server&apos;s name, your user name and the first password.</source>
        <translation>Anslut till teamets delade server. Din administratör har gett dig serverns namn, ditt användarnamn och det första lösenordet.</translation>
    </message>
    <message>
        <source>The server refused the login, or needs your password. Your administrator gave you the user name and the first password.</source>
        <translation>Servern nekade inloggningen eller behöver ditt lösenord. Din administratör har gett dig användarnamnet och det första lösenordet.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Användare:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Löse&amp;nord:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Anslut</translation>
    </message>
</context>
<context>
    <name>ConnectFlow</name>
    <message>
        <source>Connect to a shared ser&amp;ver…</source>
        <translation>Anslut till en delad se&amp;rver…</translation>
    </message>
    <message>
        <source>Use the local &amp;file</source>
        <translation>Använd den lokala &amp;filen</translation>
    </message>
    <message>
        <source>%1

The database in use stays open; nothing was changed.</source>
        <translation>%1

Databasen som används är fortfarande öppen; inget har ändrats.</translation>
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
    <name>CourseDemand</name>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Course code</source>
        <translation>Kurskod</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Lärcentrum</source>
        <translation>Lärcentrum</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Internal planning data: learners whose current study plan has the course in the term, exact counts of this caseload. Not published statistics; no personal data.</source>
        <translation>Intern planeringsuppgift: deltagare vars aktuella studieplan har kursen den terminen, exakta antal i den här deltagargruppen. Inte publicerad statistik; inga personuppgifter.</translation>
    </message>
    <message>
        <source>No lärcentrum</source>
        <translation>Inget lärcentrum</translation>
    </message>
    <message>
        <source>Course demand</source>
        <translation>Kursbehov</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Om uppgifterna</translation>
    </message>
</context>
<context>
    <name>CourseDemandFeature</name>
    <message>
        <source>Course demand</source>
        <translation>Kursbehov</translation>
    </message>
</context>
<context>
    <name>CourseDemandModel</name>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Course code</source>
        <translation>Kurskod</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Lärcentrum</source>
        <translation>Lärcentrum</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>No lärcentrum</source>
        <translation>Inget lärcentrum</translation>
    </message>
</context>
<context>
    <name>CourseDemandPage</name>
    <message>
        <source>Course demand</source>
        <translation>Kursbehov</translation>
    </message>
    <message>
        <source>Learners whose current study plan has a course in a term, per lärcentrum: internal planning data for ordering courses (exact counts of this caseload, not published statistics).</source>
        <translation>Deltagare vars aktuella studieplan har en kurs en viss termin, per lärcentrum: intern planeringsuppgift för att beställa kurser (exakta antal i den här deltagargruppen, inte publicerad statistik).</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Lärcentrum</source>
        <translation>Lärcentrum</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Termin:</translation>
    </message>
    <message>
        <source>&amp;Lärcentrum:</source>
        <translation>&amp;Lärcentrum:</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <source>Save the rows shown as CSV or XLSX</source>
        <translation>Spara raderna som visas som CSV eller XLSX</translation>
    </message>
    <message>
        <source>&amp;Regional demand report…</source>
        <translation>&amp;Regional efterfrågerapport…</translation>
    </message>
    <message>
        <source>Anonymised: learners aiming at each programme by municipality and term, and throughput, protected like the statistics (for the university)</source>
        <translation>Avidentifierad: deltagare som siktar mot varje program efter kommun och termin, samt genomströmning, skyddad som statistiken (för lärosätet)</translation>
    </message>
    <message>
        <source>Every term</source>
        <translation>Alla terminer</translation>
    </message>
    <message>
        <source>Every lärcentrum</source>
        <translation>Alla lärcentrum</translation>
    </message>
    <message>
        <source>No lärcentrum</source>
        <translation>Inget lärcentrum</translation>
    </message>
    <message>
        <source>%1 course places asked for in %2 current study plans.</source>
        <translation>%1 kursplatser efterfrågas i %2 aktuella studieplaner.</translation>
    </message>
    <message>
        <source>Export course demand</source>
        <translation>Exportera kursbehov</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel-arbetsbok (*.xlsx);;CSV-fil (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n line(s) to %1.</source>
        <translation>
            <numerusform>Skrev %n rad till %1.</numerusform>
            <numerusform>Skrev %n rader till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Regional demand report</source>
        <translation>Regional efterfrågerapport</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv);;PDF document (*.pdf)</source>
        <translation>Excel-arbetsbok (*.xlsx);;CSV-fil (*.csv);;PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote the regional demand report (%1, k = %2) to %3.</source>
        <translation>Skrev den regionala efterfrågerapporten (%1, k = %2) till %3.</translation>
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
    <name>CoursesCli</name>
    <message>
        <source>Wrote {count} lines to {path}.</source>
        <translation>Skrev {count} rader till {path}.</translation>
    </message>
    <message>
        <source>No current study plan has a course in that term.</source>
        <translation>Ingen aktuell studieplan har en kurs den terminen.</translation>
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
        <source>Course %1 removed.</source>
        <translation>Kursen %1 togs bort.</translation>
    </message>
    <message>
        <source>Course %1 added.</source>
        <translation>Kursen %1 lades till.</translation>
    </message>
    <message>
        <source>Course %1 changed.</source>
        <translation>Kursen %1 ändrades.</translation>
    </message>
    <message>
        <source>Not undone: the course record was changed since.</source>
        <translation>Inte ångrat: kursen har ändrats sedan dess.</translation>
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
    <name>CutoffsCli</name>
    <message>
        <source>{file} was not imported (nothing was stored): {problems}</source>
        <translation>{file} importerades inte (ingenting sparades): {problems}</translation>
    </message>
    <message>
        <source>Imported %n cut-off(s) ({rounds}), replacing {replaced} imported before.</source>
        <translation>Importerade %n antagningspoäng ({rounds}), som ersätter {replaced} som importerats tidigare.|Importerade %n antagningspoäng ({rounds}), som ersätter {replaced} som importerats tidigare.</translation>
    </message>
    <message>
        <source>Imported %n cut-off(s) ({rounds}).</source>
        <translation>Importerade %n antagningspoäng ({rounds}).|Importerade %n antagningspoäng ({rounds}).</translation>
    </message>
    <message>
        <source>unknown programme target {target}; see eligibility --list-targets</source>
        <translation>okänt utbildningsmål {target}; se eligibility --list-targets</translation>
    </message>
    <message>
        <source>No cut-offs imported (larsam-desktop cutoffs import FILE).</source>
        <translation>Inga antagningspoäng importerade (larsam-desktop cutoffs import FIL).</translation>
    </message>
</context>
<context>
    <name>CycleModel</name>
    <message>
        <source>%1, %2: not offered</source>
        <translation>%1, %2: ges inte</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Excel (*.xlsx);;CSV for Excel (*.csv);;PDF report (*.pdf)</source>
        <translation>Excel (*.xlsx);;CSV för Excel (*.csv);;PDF-rapport (*.pdf)</translation>
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
        <source>No learner started on the path in this period.</source>
        <translation>Ingen deltagare började på vägen under perioden.</translation>
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
        <source>k = %1</source>
        <translation>k = %1</translation>
    </message>
    <message>
        <source>Exact internal figures for your own use: they never leave the program as shown here. Hatched bars and shaded cells are hidden (&quot;..&quot;) in an export with k = %1: fewer than k learners, a small group all at one stage, or a figure that would let someone work out such a cell. Exports also add a small consistent noise to every published count.</source>
        <translation>Exakta interna siffror för ditt eget bruk: de lämnar aldrig programmet så som de visas här. Streckade staplar och skuggade celler döljs (&quot;..&quot;) i en export med k = %1: färre än k deltagare, en liten grupp som alla står i samma steg, eller en siffra som skulle låta någon räkna ut en sådan cell. Exporter lägger dessutom till ett litet, konsekvent brus på varje publicerat antal.</translation>
    </message>
    <message>
        <source>Every term up to %1</source>
        <translation>Alla terminer till och med %1</translation>
    </message>
    <message>
        <source>Computing… (step %1 of %2)</source>
        <translation>Beräknar… (steg %1 av %2)</translation>
    </message>
    <message>
        <source>%1 learners started on the path in %2 (exact internal figures).</source>
        <translation>%1 deltagare började på vägen under %2 (exakta interna siffror).</translation>
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
        <source>Exported %1 to %2 (k = %3, %4 cells hidden) and recorded in the register.</source>
        <translation>Exporterade %1 till %2 (k = %3, %4 celler dolda) och förde in den i registret.</translation>
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
        <translation>&amp;Kryptera den här databasen…</translation>
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
        <source>Registerutdrag</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <source>The registerutdrag is written in this language: its headings, field names and values.</source>
        <translation>Registerutdraget skrivs på det här språket: rubriker, fältnamn och värden.</translation>
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
        <source>The database is encrypted, but these unencrypted copies could not be removed; delete them yourself:
%1</source>
        <translation>Databasen är krypterad, men de här okrypterade kopiorna kunde inte tas bort; ta bort dem själv:
%1</translation>
    </message>
    <message numerus="yes">
        <source>The database is encrypted; %n unencrypted copies were removed and none remains in the data folder. Keep the passphrase safe.</source>
        <translation>
            <numerusform>Databasen är krypterad; %n okrypterade kopior togs bort och ingen finns kvar i datamappen. Förvara lösenfrasen säkert.</numerusform>
            <numerusform>Databasen är krypterad; %n okrypterade kopior togs bort och ingen finns kvar i datamappen. Förvara lösenfrasen säkert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database and every new backup will be encrypted with a passphrase. These %n unencrypted copies in the data folder are deleted:</source>
        <translation>
            <numerusform>Databasen och varje ny säkerhetskopia krypteras med en lösenfras. De här %n okrypterade kopiorna i datamappen tas bort:</numerusform>
            <numerusform>Databasen och varje ny säkerhetskopia krypteras med en lösenfras. De här %n okrypterade kopiorna i datamappen tas bort:</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies saved outside the data folder (backups saved elsewhere, exports, study plans) are not touched. Without the passphrase nobody, you included, can open the data again. Continue?</source>
        <translation>Kopior som sparats utanför datamappen (säkerhetskopior på andra ställen, exporter, studieplaner) påverkas inte. Utan lösenfrasen kan ingen, inte heller du, öppna uppgifterna igen. Fortsätta?</translation>
    </message>
    <message>
        <source>Encrypt this database?</source>
        <translation>Kryptera den här databasen?</translation>
    </message>
    <message>
        <source>Data p&amp;rotection</source>
        <translation>Data&amp;skydd</translation>
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
    <name>Dates</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>wk %1</source>
        <translation>v. %1</translation>
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
    <name>DecisionsBox</name>
    <message>
        <source>University&apos;s decision on reell kompetens</source>
        <translation>Lärosätets beslut om reell kompetens</translation>
    </message>
    <message>
        <source>Assessment of foreign upper-secondary education</source>
        <translation>Bedömning av utländsk gymnasieutbildning</translation>
    </message>
    <message>
        <source>Passed behörighetsprov</source>
        <translation>Godkänt behörighetsprov</translation>
    </message>
    <message>
        <source>Grundläggande behörighet recorded earlier</source>
        <translation>Tidigare fastställd grundläggande behörighet</translation>
    </message>
    <message>
        <source>Recorded decisions</source>
        <translation>Registrerade beslut</translation>
    </message>
    <message>
        <source>Kind of decision</source>
        <translation>Typ av beslut</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslutat av</translation>
    </message>
    <message>
        <source>e.g. Mittuniversitetet, UHR</source>
        <translation>t.ex. Mittuniversitetet, UHR</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>the decision&apos;s number or the document&apos;s name</source>
        <translation>beslutets nummer eller dokumentets namn</translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation>&amp;Registrera beslut</translation>
    </message>
    <message>
        <source>Remove the selected decision</source>
        <translation>Ta bort det valda beslutet</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Beslutat &amp;av:</translation>
    </message>
    <message>
        <source>D&amp;ocument:</source>
        <translation>D&amp;okument:</translation>
    </message>
    <message>
        <source>Reell kompetens counts only when a university&apos;s decision is recorded; gather the evidence the eligibility tab lists.</source>
        <translation>Reell kompetens räknas först när ett lärosätes beslut är registrerat; samla det underlag som fliken Behörighet listar.</translation>
    </message>
    <message>
        <source>Decisions not shown</source>
        <translation>Besluten visas inte</translation>
    </message>
    <message>
        <source>Decision not recorded</source>
        <translation>Beslutet registrerades inte</translation>
    </message>
    <message>
        <source>Recorded. The eligibility shown is up to date.</source>
        <translation>Registrerat. Behörigheten som visas är aktuell.</translation>
    </message>
    <message>
        <source>Decision not removed</source>
        <translation>Beslutet togs inte bort</translation>
    </message>
</context>
<context>
    <name>DemandCli</name>
    <message>
        <source>Wrote the {format} demand report for {learners} learners ({period}, k = {k}, {hidden} cells hidden) to {path}.</source>
        <translation>Skrev efterfrågerapporten som {format} för {learners} deltagare ({period}, k = {k}, {hidden} celler dolda) till {path}.</translation>
    </message>
</context>
<context>
    <name>DemandPdf</name>
    <message>
        <source>LärSam Desktop – regional demand and throughput</source>
        <translation>LärSam Desktop – regional efterfrågan och genomströmning</translation>
    </message>
    <message>
        <source>Period {period} ({first} to {last}). Threshold k = {k}. Made {made} UTC by LärSam Desktop {version}.</source>
        <translation>Period {period} ({first} till {last}). Tröskel k = {k}. Skapad {made} UTC av LärSam Desktop {version}.</translation>
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
    <name>DemoCli</name>
    <message>
        <source>{done}/{total} learners</source>
        <translation>{done}/{total} deltagare</translation>
    </message>
    <message>
        <source>Added %n demo learner(s) ({with_personnummer} with test personnummer, {coaches} coaches) to {database} in {seconds} s.</source>
        <translation>Lade till %n demodeltagare ({with_personnummer} med testpersonnummer, {coaches} coacher) i {database} på {seconds} s.|Lade till %n demodeltagare ({with_personnummer} med testpersonnummer, {coaches} coacher) i {database} på {seconds} s.</translation>
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
    <name>DocumentLanguageCombo</name>
    <message>
        <source>Language of the document</source>
        <translation>Dokumentets språk</translation>
    </message>
</context>
<context>
    <name>DocumentLanguageDialog</name>
    <message>
        <source>&amp;Language of the document:</source>
        <translation>&amp;Dokumentets språk:</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsätt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>EligibilityCli</name>
    <message>
        <source>eligible</source>
        <translation>behörig</translation>
    </message>
    <message>
        <source>NOT eligible</source>
        <translation>INTE behörig</translation>
    </message>
    <message>
        <source>, counting planned and ongoing courses as passed</source>
        <translation>, med planerade och pågående kurser räknade som godkända</translation>
    </message>
    <message>
        <source>%1 (%2) on %3%4: %5</source>
        <translation>%1 (%2) den %3%4: %5</translation>
    </message>
    <message>
        <source>  Route: %1 (%2) gives grundläggande behörighet</source>
        <translation>  Väg: %1 (%2) ger grundläggande behörighet</translation>
    </message>
    <message>
        <source>  Route: %1 (%2) would give grundläggande behörighet</source>
        <translation>  Väg: %1 (%2) skulle ge grundläggande behörighet</translation>
    </message>
    <message>
        <source>met</source>
        <translation>uppfyllt</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>SAKNAS</translation>
    </message>
    <message>
        <source> — by %1</source>
        <translation> — genom %1</translation>
    </message>
    <message>
        <source>, and %1 more points of other courses</source>
        <translation>, och %1 poäng till i andra kurser</translation>
    </message>
    <message>
        <source>study %1 (%2 points%3)</source>
        <translation>läs %1 (%2 poäng%3)</translation>
    </message>
    <message>
        <source>courses the catalogue cannot name</source>
        <translation>kurser som katalogen inte kan namnge</translation>
    </message>
    <message>
        <source>Still to study: %1; %2 points in all</source>
        <translation>Kvar att läsa: %1; %2 poäng totalt</translation>
    </message>
    <message>
        <source>Not met by studying: %1</source>
        <translation>Kan inte uppfyllas genom studier: %1</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>föreslagen</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>inte bekräftad</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>inte uppfyllt</translation>
    </message>
    <message>
        <source>Warning (%1, never decides): %2: %3</source>
        <translation>Varning (%1, avgör aldrig): %2: %3</translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation>Från %1: %2</translation>
    </message>
    <message>
        <source>Gather: %1</source>
        <translation>Samla in: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Obs: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Källor: %1</translation>
    </message>
    <message>
        <source>the rule data shipped with the program cannot be read: {problem}</source>
        <translation>regeldata som följer med programmet går inte att läsa: {problem}</translation>
    </message>
    <message>
        <source>give --all with --target TARGET only (no --transcript or --learner)</source>
        <translation>ange --all bara med --target MÅL (utan --transcript eller --learner)</translation>
    </message>
    <message>
        <source>give either --transcript FILE or --learner ID, not both</source>
        <translation>ange antingen --transcript FIL eller --learner ID, inte båda</translation>
    </message>
    <message>
        <source>give --transcript FILE (or --learner ID) and --target TARGET (or --list-targets)</source>
        <translation>ange --transcript FIL (eller --learner ID) och --target MÅL (eller --list-targets)</translation>
    </message>
    <message>
        <source>{problem}; see --list-targets</source>
        <translation>{problem}; se --list-targets</translation>
    </message>
    <message>
        <source>%n learner(s) checked: {with_target} have a target, {eligible} of them are eligible for it.</source>
        <translation>%n deltagare kontrollerad: {with_target} har ett mål, {eligible} av dem är behöriga till det.|%n deltagare kontrollerade: {with_target} har ett mål, {eligible} av dem är behöriga till det.</translation>
    </message>
    <message>
        <source>{eligible} of %n learner(s) are eligible for {target} on {date}.</source>
        <translation>{eligible} av %n deltagare är behöriga till {target} den {date}.|{eligible} av %n deltagare är behöriga till {target} den {date}.</translation>
    </message>
    <message>
        <source>Ids: {ids}</source>
        <translation>Id: {ids}</translation>
    </message>
    <message>
        <source>[unverified]</source>
        <translation>[ej kontrollerad]</translation>
    </message>
    <message>
        <source>from {date}; {sources}</source>
        <translation>från {date}; {sources}</translation>
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
        <source>Target changed.</source>
        <translation>Målet ändrades.</translation>
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
    <message numerus="yes">
        <source>%n course(s) added as planned.</source>
        <translation>
            <numerusform>%n kurs lades till som planerad.</numerusform>
            <numerusform>%n kurser lades till som planerade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Inte ångrat</translation>
    </message>
</context>
<context>
    <name>EligibilityRules</name>
    <message>
        <source>Grundläggande behörighet through: %1</source>
        <translation>Grundläggande behörighet genom: %1</translation>
    </message>
    <message>
        <source>Closest route to grundläggande behörighet: %1</source>
        <translation>Närmaste väg till grundläggande behörighet: %1</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>föreslagen</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>inte bekräftad</translation>
    </message>
    <message>
        <source>met</source>
        <translation>uppfyllt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>inte uppfyllt</translation>
    </message>
    <message>
        <source>⚠ %1 rule (does not decide): %2 — %3</source>
        <translation>⚠ %1 regel (avgör inte): %2 — %3</translation>
    </message>
    <message>
        <source>From %1: %2 — %3</source>
        <translation>Från %1: %2 — %3</translation>
    </message>
    <message>
        <source>To gather: %1</source>
        <translation>Att samla in: %1</translation>
    </message>
    <message>
        <source>Double-click a requirement to see its rule</source>
        <translation>Dubbelklicka på ett krav för att se dess regel</translation>
    </message>
</context>
<context>
    <name>EncryptCli</name>
    <message>
        <source>encryption applies to the local database file only</source>
        <translation>kryptering gäller bara den lokala databasfilen</translation>
    </message>
    <message>
        <source>give the passphrase with --passphrase-file FILE or $LARSAM_PASSPHRASE</source>
        <translation>ange lösenfrasen med --passphrase-file FIL eller $LARSAM_PASSPHRASE</translation>
    </message>
    <message>
        <source>plaintext copies that encrypting removes ({count}):</source>
        <translation>okrypterade kopior som krypteringen tar bort ({count}):</translation>
    </message>
    <message>
        <source>add --yes to confirm: the plaintext database and these copies are deleted</source>
        <translation>lägg till --yes för att bekräfta: den okrypterade databasen och de här kopiorna raderas</translation>
    </message>
    <message>
        <source>the window has this data folder open; close it first</source>
        <translation>fönstret har den här datamappen öppen; stäng det först</translation>
    </message>
    <message>
        <source>encrypted %n learner(s); removed {removed} plaintext backups; new encrypted backup {backup}</source>
        <translation>krypterade %n deltagare; tog bort {removed} okrypterade säkerhetskopior; ny krypterad säkerhetskopia {backup}|krypterade %n deltagare; tog bort {removed} okrypterade säkerhetskopior; ny krypterad säkerhetskopia {backup}</translation>
    </message>
    <message>
        <source>no plaintext copy remains in the data folder</source>
        <translation>ingen okrypterad kopia finns kvar i datamappen</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>obs: {note}</translation>
    </message>
    <message>
        <source>removed plaintext copy: {path}</source>
        <translation>tog bort okrypterad kopia: {path}</translation>
    </message>
    <message>
        <source>could not remove plaintext copy: {path}</source>
        <translation>kunde inte ta bort okrypterad kopia: {path}</translation>
    </message>
    <message>
        <source>this data folder is encrypted already; no plaintext copy remains</source>
        <translation>den här datamappen är redan krypterad; ingen okrypterad kopia finns kvar</translation>
    </message>
    <message>
        <source>plaintext copies left in this encrypted folder ({count}):</source>
        <translation>okrypterade kopior kvar i den här krypterade mappen ({count}):</translation>
    </message>
    <message>
        <source>add --yes to delete them</source>
        <translation>lägg till --yes för att radera dem</translation>
    </message>
    <message>
        <source>copies saved outside the data folder (backup create --out, exports, study plans) are not touched</source>
        <translation>kopior som sparats utanför datamappen (backup create --out, exporter, studieplaner) berörs inte</translation>
    </message>
    <message>
        <source>the demo folder {folder} (invented data) stays as it is</source>
        <translation>demomappen {folder} (påhittade uppgifter) lämnas som den är</translation>
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
        <source>A decentralised programme is given at a lärcentrum: choose which.</source>
        <translation>En decentraliserad utbildning ges vid ett lärcentrum: välj vilket.</translation>
    </message>
    <message>
        <source>A decision cannot be dated in the future.</source>
        <translation>Ett beslut kan inte ha ett datum i framtiden.</translation>
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
        <source>A högskoleprov result has at most two decimals.</source>
        <translation>Ett högskoleprovsresultat har högst två decimaler.</translation>
    </message>
    <message>
        <source>A learner is admitted only after applying (now: {current}).</source>
        <translation>En deltagare blir antagen först efter att ha sökt (nu: {current}).</translation>
    </message>
    <message>
        <source>A part of the spreadsheet ({part}) would take {size} MB once unpacked; at most {limit} MB are read.</source>
        <translation>En del av kalkylbladet ({part}) skulle ta {size} MB uppackad; högst {limit} MB läses.</translation>
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
        <source>At most {limit} characters.</source>
        <translation>Högst {limit} tecken.</translation>
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
        <source>At most {n} cells at a time.</source>
        <translation>Högst {n} celler åt gången.</translation>
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
        <source>Choose a target: the learner has none yet.</source>
        <translation>Välj ett mål: eleven har inget ännu.</translation>
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
        <source>Choose the programme.</source>
        <translation>Välj programmet.</translation>
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
        <source>Contains a NUL byte (is the file damaged, or saved as UTF-16?).</source>
        <translation>Innehåller en NUL-byte (är filen skadad eller sparad som UTF-16?).</translation>
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
        <source>Enter the date of the decision.</source>
        <translation>Ange beslutets datum.</translation>
    </message>
    <message>
        <source>Enter the date of the test.</source>
        <translation>Ange provdatumet.</translation>
    </message>
    <message>
        <source>Enter the document it is recorded in.</source>
        <translation>Ange dokumentet som beslutet finns i.</translation>
    </message>
    <message>
        <source>Enter the responsible coach.</source>
        <translation>Ange ansvarig coach.</translation>
    </message>
    <message>
        <source>Enter who made the decision.</source>
        <translation>Ange vem som fattade beslutet.</translation>
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
        <source>Give the lärosäte.</source>
        <translation>Ange lärosätet.</translation>
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
        <source>Has {cells} cells where the header has {headers} (a separator inside a value without quotes?).</source>
        <translation>Har {cells} celler där rubrikraden har {headers} (ett avgränsningstecken i ett värde utan citattecken?).</translation>
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
        <source>Learner {learner} cannot be moved to admitted from the stage {stage}.</source>
        <translation>Deltagare {learner} kan inte flyttas till Antagen från steget {stage}.</translation>
    </message>
    <message>
        <source>Line {line} has {count} fields, the header {width}: is a separator inside a value?</source>
        <translation>Rad {line} har {count} fält, rubrikraden {width}: finns en avgränsare inne i ett värde?</translation>
    </message>
    <message>
        <source>Line {line} has {count} fields; a list can have at most {limit} columns (is the separator right?).</source>
        <translation>Rad {line} har {count} fält; en lista kan ha högst {limit} kolumner (är avgränsaren rätt?).</translation>
    </message>
    <message>
        <source>Line {line}: a field is longer than {limit} characters, or a quote (&quot;) opened there is never closed.</source>
        <translation>Rad {line}: ett fält är längre än {limit} tecken, eller så stängs aldrig ett citattecken (&quot;) som öppnas där.</translation>
    </message>
    <message>
        <source>Line {line}: a quoted field begins here and runs on over {count} more lines; is a closing quote (&quot;) missing?</source>
        <translation>Rad {line}: ett fält inom citattecken börjar här och fortsätter över {count} rader till; saknas ett avslutande citattecken (&quot;)?</translation>
    </message>
    <message>
        <source>Line {line}: the round must be 1 or 2, not {round}.</source>
        <translation>Rad {line}: urvalet måste vara 1 eller 2, inte {round}.</translation>
    </message>
    <message>
        <source>Line {line}: the same offering as line {first}.</source>
        <translation>Rad {line}: samma utbildningstillfälle som rad {first}.</translation>
    </message>
    <message>
        <source>Line {line}: {column} must be given, at most {max} characters.</source>
        <translation>Rad {line}: {column} måste anges, högst {max} tecken.</translation>
    </message>
    <message>
        <source>Line {line}: {group} is not an urvalsgrupp (BI, BII, HP …).</source>
        <translation>Rad {line}: {group} är ingen urvalsgrupp (BI, BII, HP …).</translation>
    </message>
    <message>
        <source>Line {line}: {term} is not a term (HT2025, VT2026).</source>
        <translation>Rad {line}: {term} är ingen termin (HT2025, VT2026).</translation>
    </message>
    <message>
        <source>Line {line}: {value} is not a cut-off for {group} (a number from 0 to {limit}, * or -).</source>
        <translation>Rad {line}: {value} är ingen antagningspoäng för {group} (ett tal från 0 till {limit}, * eller -).</translation>
    </message>
    <message>
        <source>Missing; the admitted list is matched on the personnummer.</source>
        <translation>Saknas; antagningslistan matchas på personnumret.</translation>
    </message>
    <message>
        <source>Missing; the list is matched on the personnummer.</source>
        <translation>Saknas; listan matchas på personnummer.</translation>
    </message>
    <message>
        <source>Must be 2, 3 or 4 (years).</source>
        <translation>Måste vara 2, 3 eller 4 (år).</translation>
    </message>
    <message>
        <source>Must be a list of {subjects}.</source>
        <translation>Måste vara en lista med {subjects}.</translation>
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
        <source>Must be a year from 1960 to 2030.</source>
        <translation>Måste vara ett år från 1960 till 2030.</translation>
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
        <source>No header row found in the first {n} lines: admission statistics need the columns Termin, Lärosäte, Program/kurs, Urvalsgrupp and Antagningspoäng.</source>
        <translation>Ingen rubrikrad bland de första {n} raderna: antagningsstatistik behöver kolumnerna Termin, Lärosäte, Program/kurs, Urvalsgrupp och Antagningspoäng.</translation>
    </message>
    <message>
        <source>No header row found in the first {n} lines: an offerings file needs the columns Lärosäte, Program and Starttermin.</source>
        <translation>Ingen rubrikrad bland de första {n} raderna: en fil med utbildningsutbud behöver kolumnerna Lärosäte, Program och Starttermin.</translation>
    </message>
    <message>
        <source>No header row found: the first {n} lines name no known columns (such as personnummer, förnamn, efternamn).</source>
        <translation>Ingen rubrikrad hittades: de första {n} raderna namnger inga kända kolumner (som personnummer, förnamn, efternamn).</translation>
    </message>
    <message>
        <source>No learner with this personnummer is registered.</source>
        <translation>Ingen deltagare med det här personnumret är registrerad.</translation>
    </message>
    <message>
        <source>No lärcentrum with id {id}.</source>
        <translation>Inget lärcentrum med id {id}.</translation>
    </message>
    <message>
        <source>No offering has the application code {code}.</source>
        <translation>Inget utbildningstillfälle har anmälningskoden {code}.</translation>
    </message>
    <message>
        <source>Not a date; write it as YYYY-MM-DD.</source>
        <translation>Inget datum; skriv det som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>Ingen e-postadress.</translation>
    </message>
    <message>
        <source>Not registered yet, and the list gives no names to register them.</source>
        <translation>Inte registrerad ännu, och listan har inga namn att registrera deltagaren med.</translation>
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
        <source>Repeats line {first} of the file.</source>
        <translation>Upprepar rad {first} i filen.</translation>
    </message>
    <message>
        <source>Required for a line of credits earned.</source>
        <translation>Krävs för en rad med avklarade högskolepoäng.</translation>
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
        <source>Several offerings have the application code {code}; add the term.</source>
        <translation>Flera utbildningstillfällen har anmälningskoden {code}; ange terminen.</translation>
    </message>
    <message>
        <source>The activity is full: {registered} of {capacity} places taken.</source>
        <translation>Aktiviteten är full: {registered} av {capacity} platser är tagna.</translation>
    </message>
    <message>
        <source>The answer is accepted or declined.</source>
        <translation>Svaret är kommer (accepted) eller kommer inte (declined).</translation>
    </message>
    <message>
        <source>The application closes before it opens.</source>
        <translation>Anmälan stänger innan den öppnar.</translation>
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
        <source>The end {end} lies before the start {start}.</source>
        <translation>Slutet {end} ligger före starten {start}.</translation>
    </message>
    <message>
        <source>The exam date {on} has passed.</source>
        <translation>Provdatumet {on} har passerat.</translation>
    </message>
    <message>
        <source>The file cannot be read (system error {code}).</source>
        <translation>Filen kan inte läsas (systemfel {code}).</translation>
    </message>
    <message>
        <source>The file cannot be read: access is refused.</source>
        <translation>Filen kan inte läsas: åtkomst nekas.</translation>
    </message>
    <message>
        <source>The file cannot be read: it is a folder.</source>
        <translation>Filen kan inte läsas: det är en mapp.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Filen finns inte.</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be read: it declares a document type.</source>
        <translation>Kalkylbladet kan inte läsas: filen deklarerar en dokumenttyp.</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be read: it is damaged or not an XLSX file.</source>
        <translation>Kalkylbladet kan inte läsas: filen är skadad eller ingen XLSX-fil.</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be read: it is not an OpenDocument spreadsheet.</source>
        <translation>Kalkylbladet kan inte läsas: filen är inget OpenDocument-kalkylblad.</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be read: it is not an XLSX file.</source>
        <translation>Kalkylbladet kan inte läsas: filen är ingen XLSX-fil.</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be read: its content is not well-formed XML.</source>
        <translation>Kalkylbladet kan inte läsas: innehållet är inte korrekt XML.</translation>
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
        <source>The file holds no cut-offs below its header.</source>
        <translation>Filen innehåller inga antagningspoäng under rubrikraden.</translation>
    </message>
    <message>
        <source>The file holds no offerings below its header.</source>
        <translation>Filen innehåller inga utbildningstillfällen under rubrikraden.</translation>
    </message>
    <message>
        <source>The file is in a character encoding LärSam does not read (Mac Roman or another old one, judging by its letters). LärSam reads UTF-8 (with or without BOM), UTF-16 with BOM and Windows-1252 (Latin-1): save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>Filen har en teckenkodning som LärSam inte läser (Mac Roman eller någon annan äldre, att döma av bokstäverna). LärSam läser UTF-8 (med eller utan BOM), UTF-16 med BOM och Windows-1252 (Latin-1): spara filen som &quot;CSV UTF-8&quot; och importera den igen.</translation>
    </message>
    <message>
        <source>The file is larger than 50 MB.</source>
        <translation>Filen är större än 50 MB.</translation>
    </message>
    <message>
        <source>The last day to complete eligibility is before the application opens.</source>
        <translation>Sista kompletteringsdagen ligger före anmälan öppnar.</translation>
    </message>
    <message>
        <source>The last day to complete eligibility must be before the term {term} starts.</source>
        <translation>Sista kompletteringsdagen måste ligga före terminsstarten {term}.</translation>
    </message>
    <message>
        <source>The learner already sits {course} at {start} that day.</source>
        <translation>Deltagaren skriver redan {course} kl. {start} den dagen.</translation>
    </message>
    <message>
        <source>The learner is not invited to this meeting.</source>
        <translation>Deltagaren är inte inbjuden till mötet.</translation>
    </message>
    <message>
        <source>The learner is not registered for this activity.</source>
        <translation>Deltagaren är inte registrerad på den här aktiviteten.</translation>
    </message>
    <message>
        <source>The pace is full or half, not {pace}.</source>
        <translation>Studietakten är full eller half, inte {pace}.</translation>
    </message>
    <message>
        <source>The pace must be 25, 50, 75 or 100 percent.</source>
        <translation>Studietakten ska vara 25, 50, 75 eller 100 procent.</translation>
    </message>
    <message>
        <source>The path cannot start at {stage}; start with one of {allowed}.</source>
        <translation>Vägen kan inte börja med {stage}; börja med något av {allowed}.</translation>
    </message>
    <message>
        <source>The places must be between 1 and {max}.</source>
        <translation>Antalet platser ska vara mellan 1 och {max}.</translation>
    </message>
    <message>
        <source>The same personnummer as line {line}.</source>
        <translation>Samma personnummer som rad {line}.</translation>
    </message>
    <message>
        <source>The scope must be from 0 to {max} points.</source>
        <translation>Omfattningen måste vara från 0 till {max} poäng.</translation>
    </message>
    <message>
        <source>The sitting on {on} has not taken place yet.</source>
        <translation>Provtillfället {on} har inte ägt rum än.</translation>
    </message>
    <message>
        <source>The spreadsheet holds {count} parts; at most {limit} are read.</source>
        <translation>Kalkylbladet innehåller {count} delar; högst {limit} läses.</translation>
    </message>
    <message>
        <source>The spreadsheet would take {size} MB once unpacked; at most {limit} MB are read.</source>
        <translation>Kalkylbladet skulle ta {size} MB uppackad; högst {limit} MB läses.</translation>
    </message>
    <message>
        <source>The spreadsheet&apos;s list of its parts takes {size} KB; at most {limit} KB are read.</source>
        <translation>Kalkylbladets förteckning över sina delar tar {size} kB; högst {limit} kB läses.</translation>
    </message>
    <message>
        <source>The test date must lie between 1977 and today.</source>
        <translation>Provdatumet måste ligga mellan 1977 och i dag.</translation>
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
        <source>There is no target {target}.</source>
        <translation>Det finns inget utbildningsmål {target}.</translation>
    </message>
    <message>
        <source>This lärosäte already gives the programme that term in that study form.</source>
        <translation>Lärosätet ger redan programmet den terminen i den studieformen.</translation>
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
        <source>Unknown kind of decision {kind}.</source>
        <translation>Okänd typ av beslut: {kind}.</translation>
    </message>
    <message>
        <source>Unknown kommun “{name}”.</source>
        <translation>Okänd kommun ”{name}”.</translation>
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
        <source>Unknown status “{status}”; write registrerad, poäng, fullföljt or avbrott.</source>
        <translation>Okänd status ”{status}”; skriv registrerad, poäng, fullföljt eller avbrott.</translation>
    </message>
    <message>
        <source>Unknown study form {form}; use campus, distance or decentralised.</source>
        <translation>Okänd studieform {form}; använd campus, distans eller decentraliserad.</translation>
    </message>
    <message>
        <source>Unknown target {target}.</source>
        <translation>Okänt mål {target}.</translation>
    </message>
    <message>
        <source>Unknown value {value}; use {values}.</source>
        <translation>Okänt värde {value}; använd {values}.</translation>
    </message>
    <message>
        <source>Use digits, spaces, +, - and parentheses only.</source>
        <translation>Använd bara siffror, mellanslag, +, - och parenteser.</translation>
    </message>
    <message>
        <source>Who did it must be 1–150 characters.</source>
        <translation>Den som gjorde det ska anges med 1–150 tecken.</translation>
    </message>
    <message>
        <source>Write a postal code as NNN NN.</source>
        <translation>Skriv postnumret som NNN NN.</translation>
    </message>
    <message>
        <source>Write the credits as a number of högskolepoäng, such as 7,5.</source>
        <translation>Skriv poängen som ett antal högskolepoäng, till exempel 7,5.</translation>
    </message>
    <message>
        <source>Write the mapping as column=Header.</source>
        <translation>Skriv mappningen som kolumn=Rubrik.</translation>
    </message>
    <message>
        <source>Write the term as HT2026 or VT2027.</source>
        <translation>Skriv terminen som HT2026 eller VT2027.</translation>
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
        <source>{count} phone numbers were stored as numbers in the spreadsheet and had lost their leading 0; it was put back (lines {lines}). Check them after the import.</source>
        <translation>{count} telefonnummer var lagrade som tal i kalkylbladet och hade tappat sin inledande nolla; den har satts tillbaka (rad {lines}). Kontrollera dem efter importen.</translation>
    </message>
    <message>
        <source>{file} is not a LärSam statistics export.</source>
        <translation>{file} är inte en statistikexport från LärSam.</translation>
    </message>
    <message>
        <source>{file} is not a LärSam statistics export: a count is negative.</source>
        <translation>{file} är inte en statistikexport från LärSam: ett antal är negativt.</translation>
    </message>
    <message>
        <source>{file} is not a LärSam statistics export: it has no manifest.</source>
        <translation>{file} är inte en statistikexport från LärSam: filen saknar manifest.</translation>
    </message>
    <message>
        <source>{file} is not a LärSam statistics export: it has no tables.</source>
        <translation>{file} är inte en statistikexport från LärSam: filen saknar tabeller.</translation>
    </message>
    <message>
        <source>{file} is not a LärSam statistics export: it is larger than {limit} MB.</source>
        <translation>{file} är inte en statistikexport från LärSam: filen är större än {limit} MB.</translation>
    </message>
    <message>
        <source>{file} is not a LärSam statistics export: it is not UTF-8 text.</source>
        <translation>{file} är inte en statistikexport från LärSam: filen är inte text i UTF-8.</translation>
    </message>
    <message>
        <source>{file} is not a LärSam statistics export: it is not an XLSX workbook.</source>
        <translation>{file} är inte en statistikexport från LärSam: filen är ingen XLSX-arbetsbok.</translation>
    </message>
    <message>
        <source>{file} is not a LärSam statistics export: line {line} cannot be read.</source>
        <translation>{file} är inte en statistikexport från LärSam: rad {line} går inte att läsa.</translation>
    </message>
    <message>
        <source>{file} is not a LärSam statistics export: the section {section} has no header.</source>
        <translation>{file} är inte en statistikexport från LärSam: avsnittet {section} saknar rubrikrad.</translation>
    </message>
    <message>
        <source>{file} is not a LärSam statistics export: the table {table} has no total row.</source>
        <translation>{file} är inte en statistikexport från LärSam: tabellen {table} saknar totalrad.</translation>
    </message>
    <message>
        <source>{file} is not a LärSam statistics export: the table {table} has rows of different lengths.</source>
        <translation>{file} är inte en statistikexport från LärSam: tabellen {table} har rader av olika längd.</translation>
    </message>
    <message>
        <source>{file} is not a LärSam statistics export: {value} is not a count.</source>
        <translation>{file} är inte en statistikexport från LärSam: {value} är inget antal.</translation>
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
        <source>{registered} are already registered; the capacity cannot be less.</source>
        <translation>{registered} är redan registrerade; kapaciteten kan inte vara mindre.</translation>
    </message>
    <message>
        <source>{room} is full at that time: {booked} of {capacity} places are booked.</source>
        <translation>{room} är full vid den tiden: {booked} av {capacity} platser är bokade.</translation>
    </message>
    <message>
        <source>{score} is not a högskoleprov result: write a number from 0,00 to 2,00.</source>
        <translation>{score} är inget högskoleprovsresultat: skriv ett tal från 0,00 till 2,00.</translation>
    </message>
    <message>
        <source>{stage} cannot follow {current}; next can be {allowed}.</source>
        <translation>{stage} kan inte följa på {current}; nästa kan vara {allowed}.</translation>
    </message>
    <message>
        <source>{target} is not a programme of the rule book.</source>
        <translation>{target} är inget program i regelboken.</translation>
    </message>
    <message>
        <source>{term} is not a term (HT2027, VT2028).</source>
        <translation>{term} är ingen termin (HT2027, VT2028).</translation>
    </message>
    <message>
        <source>{term} is not a term: write HT or VT and the year, e.g. HT2027.</source>
        <translation>{term} är ingen termin: skriv HT eller VT och året, t.ex. HT2027.</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD).</source>
        <translation>{value} är inget datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>“{name}” is not a programme of the rule book.</source>
        <translation>”{name}” är inget program i regelboken.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>Skriv datumet som ÅÅÅÅ-MM-DD.</translation>
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
    <name>FunnelModel</name>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Deltagare</translation>
    </message>
</context>
<context>
    <name>GroupCli</name>
    <message>
        <source>Learner id</source>
        <translation>Deltagar-id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Gap (points)</source>
        <translation>Saknas (poäng)</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurser</translation>
    </message>
    <message>
        <source>Terms at full pace</source>
        <translation>Terminer på heltid</translation>
    </message>
    <message>
        <source>Terms at half pace</source>
        <translation>Terminer på halvfart</translation>
    </message>
    <message>
        <source>Complete by</source>
        <translation>Komplettera senast</translation>
    </message>
    <message>
        <source>{programme} {term}, {university}: complete eligibility by {date}; terms left: {terms}</source>
        <translation>{programme} {term}, {university}: behörigheten ska kompletteras senast {date}; terminer kvar: {terms}</translation>
    </message>
    <message>
        <source>{points} points ({full} terms full time, {half} half time)</source>
        <translation>{points} poäng ({full} terminer på heltid, {half} på halvfart)</translation>
    </message>
    <message>
        <source>needs more than courses</source>
        <translation>behöver mer än kurser</translation>
    </message>
</context>
<context>
    <name>GroupModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Gap (points)</source>
        <translation>Saknas (poäng)</translation>
    </message>
    <message>
        <source>Terms, full pace</source>
        <translation>Terminer, heltid</translation>
    </message>
    <message>
        <source>Terms, half pace</source>
        <translation>Terminer, halvfart</translation>
    </message>
    <message>
        <source>Courses to study</source>
        <translation>Kurser att läsa</translation>
    </message>
    <message>
        <source>needs more than courses</source>
        <translation>behöver mer än kurser</translation>
    </message>
</context>
<context>
    <name>GroupTab</name>
    <message>
        <source>Choose an offering on the Offerings tab.</source>
        <translation>Välj ett utbildningstillfälle under fliken Utbud.</translation>
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
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>Alla kategorier</translation>
    </message>
    <message>
        <source>&amp;Build the group</source>
        <translation>B&amp;ygg gruppen</translation>
    </message>
    <message>
        <source>M&amp;unicipality:</source>
        <translation>K&amp;ommun:</translation>
    </message>
    <message>
        <source>&amp;Lärcentrum:</source>
        <translation>&amp;Lärcentrum:</translation>
    </message>
    <message>
        <source>&amp;Target group:</source>
        <translation>&amp;Målgrupp:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Kate&amp;gori:</translation>
    </message>
    <message>
        <source>Student group</source>
        <translation>Studentgrupp</translation>
    </message>
    <message>
        <source>&amp;Draft study plans for the selected</source>
        <translation>Gör &amp;utkast till studieplaner för de markerade</translation>
    </message>
    <message>
        <source>&amp;Invite the selected to a meeting…</source>
        <translation>&amp;Bjud in de markerade till ett möte…</translation>
    </message>
    <message>
        <source>Every municipality</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <source>Every lärcentrum</source>
        <translation>Alla lärcentrum</translation>
    </message>
    <message>
        <source>%1 %2, %3: complete eligibility by %4.</source>
        <translation>%1 %2, %3: behörigheten ska kompletteras senast %4.</translation>
    </message>
    <message>
        <source>%1 eligible now, %2 in time at half pace, %3 at full pace, %4 not in time. Terms left: %5.</source>
        <translation>%1 behöriga nu, %2 hinner på halvfart, %3 på heltid, %4 hinner inte. Terminer kvar: %5.</translation>
    </message>
    <message>
        <source>The group could not be built</source>
        <translation>Gruppen kunde inte byggas</translation>
    </message>
    <message>
        <source>Study plans not drafted</source>
        <translation>Inga utkast till studieplaner gjordes</translation>
    </message>
    <message numerus="yes">
        <source>Drafted %n study plan(s).</source>
        <translation>
            <numerusform>Utkast till %n studieplan.</numerusform>
            <numerusform>Utkast till %n studieplaner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) could not get a plan.</source>
        <translation>
            <numerusform>%n deltagare kunde inte få någon plan.</numerusform>
            <numerusform>%n deltagare kunde inte få någon plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Information meeting: %1</source>
        <translation>Informationsmöte: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) invited.</source>
        <translation>
            <numerusform>%n deltagare inbjuden.</numerusform>
            <numerusform>%n deltagare inbjudna.</numerusform>
        </translation>
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
    <name>HelpActions</name>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Språk…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Användarhandbok</translation>
    </message>
    <message>
        <source>&amp;Rule book</source>
        <translation>&amp;Regelbok</translation>
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
<context>
    <name>HpSittingsBox</name>
    <message>
        <source>Attended</source>
        <translation>Skrev provet</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Skrev inte</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Anmäld</translation>
    </message>
    <message>
        <source>Högskoleprov sittings</source>
        <translation>Högskoleprovet: provtillfällen</translation>
    </message>
    <message>
        <source>Högskoleprov sittings of the learner</source>
        <translation>Deltagarens provtillfällen för högskoleprovet</translation>
    </message>
    <message>
        <source>Date of the sitting</source>
        <translation>Provdatum</translation>
    </message>
    <message>
        <source>Registered or attended</source>
        <translation>Anmäld eller skrev provet</translation>
    </message>
    <message>
        <source>Save s&amp;itting</source>
        <translation>Spara provt&amp;illfälle</translation>
    </message>
    <message>
        <source>Save the sitting</source>
        <translation>Spara provtillfället</translation>
    </message>
    <message>
        <source>Sitting:</source>
        <translation>Provtillfälle:</translation>
    </message>
</context>
<context>
    <name>ImportCli</name>
    <message>
        <source>{file}: {rows} rows ({encoding}, header on line {line}); columns: </source>
        <translation>{file}: {rows} rader ({encoding}, rubrikrad på rad {line}); kolumner: </translation>
    </message>
    <message>
        <source>note</source>
        <translation>obs</translation>
    </message>
    <message>
        <source>bad row</source>
        <translation>felaktig rad</translation>
    </message>
    <message>
        <source>imported: {created} learners registered, {admitted} admitted, {matched} matched existing learners</source>
        <translation>importerat: {created} deltagare registrerade, {admitted} antagna, {matched} matchade mot registrerade deltagare</translation>
    </message>
    <message>
        <source>; {bad} bad rows skipped</source>
        <translation>; {bad} felaktiga rader hoppades över</translation>
    </message>
    <message>
        <source>{bad} bad rows; nothing was imported (fix them, or use --skip-bad-rows to import the good rows only)</source>
        <translation>{bad} felaktiga rader; ingenting importerades (rätta dem, eller använd --skip-bad-rows för att bara importera de korrekta raderna)</translation>
    </message>
    <message>
        <source>dry run: {good} rows are fine; nothing was written</source>
        <translation>provkörning: {good} rader är korrekta; ingenting skrevs</translation>
    </message>
    <message>
        <source>nothing new to import ({matched} rows match registered learners)</source>
        <translation>inget nytt att importera ({matched} rader matchar registrerade deltagare)</translation>
    </message>
    <message>
        <source>write: import template learners|admitted --out FILE.xlsx</source>
        <translation>skriv: import template learners|admitted --out FIL.xlsx</translation>
    </message>
    <message>
        <source>Wrote the learners template to {path}.</source>
        <translation>Skrev mallen för deltagare till {path}.</translation>
    </message>
    <message>
        <source>Wrote the admitted template to {path}.</source>
        <translation>Skrev mallen för antagna till {path}.</translation>
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
        <source>Choose a CSV, Excel or OpenDocument file</source>
        <translation>Välj en CSV-, Excel- eller OpenDocument-fil</translation>
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation>Spara en &amp;mall…</translation>
    </message>
    <message>
        <source>Save an Excel template to fill in for this list</source>
        <translation>Spara en Excel-mall att fylla i för den här listan</translation>
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
        <source>Column in the file for %1</source>
        <translation>Kolumn i filen för %1</translation>
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
        <source>Lists (*.csv *.txt *.xlsx *.ods)</source>
        <translation>Listor (*.csv *.txt *.xlsx *.ods)</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>Spara en mall</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>Mallen sparad: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rad</numerusform>
            <numerusform>%n rader</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Imported: %1, %2 admitted, %3 already registered.</source>
        <translation>Importerat: %1, %2 antagna, %3 redan registrerade.</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) registered</source>
        <translation>
            <numerusform>%n deltagare registrerad</numerusform>
            <numerusform>%n deltagare registrerade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported; nothing has been written.</source>
        <translation>
            <numerusform>%n rad kan inte importeras; ingenting har skrivits.</numerusform>
            <numerusform>%n rader kan inte importeras; ingenting har skrivits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fine: %n row(s) (%1 already registered). Nothing written yet.</source>
        <translation>
            <numerusform>Korrekt: %n rad (%1 redan registrerade). Ingenting har skrivits ännu.</numerusform>
            <numerusform>Korrekta: %n rader (%1 redan registrerade). Ingenting har skrivits ännu.</numerusform>
        </translation>
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
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>A duplicate of line %1 in this file.</source>
        <translation>En dubblett av rad %1 i den här filen.</translation>
    </message>
    <message>
        <source>Already registered as learner %1: matched, not registered twice.</source>
        <translation>Redan registrerad som deltagare %1: matchas, registreras inte två gånger.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Line {line}: {reasons}</source>
        <translation>Rad {line}: {reasons}</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <source>Invite to an information meeting</source>
        <translation>Bjud in till ett informationsmöte</translation>
    </message>
    <message numerus="yes">
        <source>Invite %n learner(s) to:</source>
        <translation>
            <numerusform>Bjud in %n deltagare till:</numerusform>
            <numerusform>Bjud in %n deltagare till:</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>A new meeting…</source>
        <translation>Ett nytt möte…</translation>
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
        <source>&amp;Meeting:</source>
        <translation>&amp;Möte:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>R&amp;ubrik:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Längd:</translation>
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
        <source>&amp;Invite</source>
        <translation>&amp;Bjud in</translation>
    </message>
    <message>
        <source>Meeting not created</source>
        <translation>Mötet skapades inte</translation>
    </message>
    <message>
        <source>Not invited</source>
        <translation>Ingen bjöds in</translation>
    </message>
</context>
<context>
    <name>InvitationsModel</name>
    <message>
        <source>Invited</source>
        <translation>Inbjuden</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Coming</source>
        <translation>Kommer</translation>
    </message>
    <message>
        <source>Not coming</source>
        <translation>Kommer inte</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Inget svar</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Frånvarande</translation>
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
</context>
<context>
    <name>LearnerFlow</name>
    <message>
        <source>&amp;New learner…</source>
        <translation>&amp;Ny deltagare…</translation>
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
        <source>Pa&amp;thway</source>
        <translation>V&amp;äg</translation>
    </message>
    <message>
        <source>C&amp;ourses</source>
        <translation>K&amp;urser</translation>
    </message>
    <message>
        <source>Mentor&amp;s, HP</source>
        <translation>Mentor&amp;er, HP</translation>
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
        <source>&amp;Merit</source>
        <translation>&amp;Meritvärde</translation>
    </message>
    <message>
        <source>Study &amp;plan</source>
        <translation>Studie&amp;plan</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Inget att ångra.</translation>
    </message>
    <message>
        <source>Unsaved study plan</source>
        <translation>Osparad studieplan</translation>
    </message>
    <message>
        <source>The study plan of %1 has unsaved changes. Save them first?</source>
        <translation>Studieplanen för %1 har osparade ändringar. Spara dem först?</translation>
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
    <name>LearnerUndo</name>
    <message>
        <source>Undone: %1</source>
        <translation>Ångrat: %1</translation>
    </message>
</context>
<context>
    <name>LearnersCli</name>
    <message>
        <source>%n learner(s)</source>
        <translation>%n deltagare|%n deltagare</translation>
    </message>
</context>
<context>
    <name>LearnersExportCli</name>
    <message>
        <source>say --format csv or --format xlsx (the file name has neither suffix)</source>
        <translation>ange --format csv eller --format xlsx (filnamnet har ingen av ändelserna)</translation>
    </message>
    <message>
        <source>{done}/{total} learners</source>
        <translation>{done}/{total} deltagare</translation>
    </message>
    <message>
        <source>Wrote %n learner(s) to {path}.</source>
        <translation>Skrev %n deltagare till {path}.|Skrev %n deltagare till {path}.</translation>
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
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>Information meeting</source>
        <translation>Informationsmöte</translation>
    </message>
    <message>
        <source>Invited learners</source>
        <translation>Inbjudna deltagare</translation>
    </message>
    <message>
        <source>&amp;Coming</source>
        <translation>&amp;Kommer</translation>
    </message>
    <message>
        <source>&amp;Not coming</source>
        <translation>Kommer &amp;inte</translation>
    </message>
    <message>
        <source>A&amp;ttended</source>
        <translation>&amp;Närvarande</translation>
    </message>
    <message>
        <source>Ab&amp;sent</source>
        <translation>&amp;Frånvarande</translation>
    </message>
    <message>
        <source>The group&apos;s funnel</source>
        <translation>Gruppens tratt</translation>
    </message>
    <message>
        <source>No meetings yet: invite learners from the Student group tab.</source>
        <translation>Inga möten ännu: bjud in deltagare från fliken Studentgrupp.</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Möte:</translation>
    </message>
    <message>
        <source>Follow the group</source>
        <translation>Följ gruppen</translation>
    </message>
    <message>
        <source>Answer not recorded</source>
        <translation>Svaret sparades inte</translation>
    </message>
    <message>
        <source>Attendance not recorded</source>
        <translation>Närvaron sparades inte</translation>
    </message>
</context>
<context>
    <name>MentorPanel</name>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Fadder</source>
        <translation>Fadder</translation>
    </message>
    <message>
        <source>lärcentrum</source>
        <translation>lärcentrum</translation>
    </message>
    <message>
        <source>university student</source>
        <translation>student vid lärosätet</translation>
    </message>
    <message>
        <source>Mentors and faddrar</source>
        <translation>Mentorer och faddrar</translation>
    </message>
    <message>
        <source>Mentors of the learner</source>
        <translation>Deltagarens mentorer</translation>
    </message>
    <message>
        <source>Mentor&apos;s name</source>
        <translation>Mentorns namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>E-mail or phone</source>
        <translation>E-post eller telefon</translation>
    </message>
    <message>
        <source>Mentor from</source>
        <translation>Mentor från</translation>
    </message>
    <message>
        <source>Mentor until</source>
        <translation>Mentor till</translation>
    </message>
    <message>
        <source>No en&amp;d date</source>
        <translation>Inget slut&amp;datum</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>E-mail or p&amp;hone:</source>
        <translation>E-post eller tele&amp;fon:</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Inget slutdatum</translation>
    </message>
    <message>
        <source>&amp;Add mentor</source>
        <translation>&amp;Lägg till mentor</translation>
    </message>
    <message>
        <source>Add mentor</source>
        <translation>Lägg till mentor</translation>
    </message>
    <message>
        <source>Sa&amp;ve changes</source>
        <translation>Spa&amp;ra ändringar</translation>
    </message>
    <message>
        <source>Save the selected mentor</source>
        <translation>Spara den valda mentorn</translation>
    </message>
    <message>
        <source>Remove the selected mentor</source>
        <translation>Ta bort den valda mentorn</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Fr&amp;ån:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>T&amp;ill:</translation>
    </message>
</context>
<context>
    <name>MentorsEndingBox</name>
    <message>
        <source>Mentorships ending soon</source>
        <translation>Mentorskap som snart slutar</translation>
    </message>
    <message>
        <source>Mentorships ending within two weeks (%1)</source>
        <translation>Mentorskap som slutar inom två veckor (%1)</translation>
    </message>
</context>
<context>
    <name>MentorsEndingModel</name>
    <message>
        <source>Learner</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
</context>
<context>
    <name>MentorsModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
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
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation>tills vidare</translation>
    </message>
</context>
<context>
    <name>MeritCli</name>
    <message>
        <source>BF (folkhögskola) is not computed: LärSam holds no folkhögskola studieomdöme</source>
        <translation>BF (folkhögskola) beräknas inte: LärSam har inget studieomdöme från folkhögskolan</translation>
    </message>
    <message>
        <source>no examen or slutbetyg year recorded: the grade document is judged by its courses</source>
        <translation>ingen examen eller inget slutbetygsår registrerat: betygsdokumentet bedöms utifrån kurserna</translation>
    </message>
    <message>
        <source>at least two thirds of the points are from komvux: the komvux document counts as a whole in BI</source>
        <translation>minst två tredjedelar av poängen kommer från komvux: komvuxdokumentet räknas i sin helhet i BI</translation>
    </message>
    <message>
        <source>the completions are needed for eligibility: BII only</source>
        <translation>kompletteringarna behövs för behörigheten: bara BII</translation>
    </message>
    <message>
        <source>competitive last round? %1</source>
        <translation>konkurrenskraftig förra omgången? %1</translation>
    </message>
    <message>
        <source>all eligible admitted</source>
        <translation>alla behöriga antagna</translation>
    </message>
    <message>
        <source>none admitted</source>
        <translation>ingen antagen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>%1 %2 against %3 (%4, %5): %6</source>
        <translation>%1 %2 mot %3 (%4, %5): %6</translation>
    </message>
    <message>
        <source>Grade document: %1</source>
        <translation>Betygsdokument: %1</translation>
    </message>
    <message>
        <source>No graded courses: no meritvärde.</source>
        <translation>Inga betygsatta kurser: inget meritvärde.</translation>
    </message>
    <message>
        <source>%1: jämförelsetal %2 + meritpoäng %3 = meritvärde %4 (%5 points)</source>
        <translation>%1: jämförelsetal %2 + meritpoäng %3 = meritvärde %4 (%5 poäng)</translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation>Obs: %1.</translation>
    </message>
    <message>
        <source>Högskoleprov: no valid result recorded.</source>
        <translation>Högskoleprov: inget giltigt resultat registrerat.</translation>
    </message>
    <message>
        <source>Högskoleprov: %1 (%2, valid until %3)</source>
        <translation>Högskoleprov: %1 (%2, giltigt till %3)</translation>
    </message>
    <message>
        <source>retake</source>
        <translation>läs om</translation>
    </message>
    <message>
        <source>add</source>
        <translation>lägg till</translation>
    </message>
    <message>
        <source>What if: %1 %2 (%3) at %4, %5 points → %6</source>
        <translation>Om du: %1 %2 (%3) med %4, %5 poäng → %6</translation>
    </message>
    <message>
        <source>give either --transcript FILE or --learner ID</source>
        <translation>ange antingen --transcript FIL eller --learner ID</translation>
    </message>
    <message>
        <source>{problem}; see eligibility --list-targets</source>
        <translation>{problem}; se eligibility --list-targets</translation>
    </message>
</context>
<context>
    <name>MeritPanel</name>
    <message>
        <source>Meritvärde not shown</source>
        <translation>Meritvärdet kan inte visas</translation>
    </message>
    <message>
        <source>Import admission statistics</source>
        <translation>Importera antagningsstatistik</translation>
    </message>
    <message>
        <source>Admission statistics (*.csv *.xlsx *.ods);;All files (*)</source>
        <translation>Antagningsstatistik (*.csv *.xlsx *.ods);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>Ingenting importerades:</translation>
    </message>
    <message>
        <source>Admission statistics not imported</source>
        <translation>Antagningsstatistiken importerades inte</translation>
    </message>
    <message>
        <source>Imported %1 cut-offs (%2).</source>
        <translation>Importerade %1 antagningspoäng (%2).</translation>
    </message>
    <message>
        <source>Result not saved</source>
        <translation>Resultatet sparades inte</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Result not removed</source>
        <translation>Resultatet togs inte bort</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Borttaget.</translation>
    </message>
    <message>
        <source>BF (folkhögskola) is not computed: LärSam holds no studieomdöme.</source>
        <translation>BF (folkhögskola) räknas inte ut: LärSam har inget studieomdöme.</translation>
    </message>
    <message>
        <source>No examen or slutbetyg year recorded: the grade document is judged by its courses.</source>
        <translation>Ingen examen eller slutbetygets år registrerat: betygsdokumentet bedöms efter kurserna.</translation>
    </message>
    <message>
        <source>Two thirds or more of the points are from komvux: everything counts in BI.</source>
        <translation>Minst två tredjedelar av poängen är från komvux: allt räknas i BI.</translation>
    </message>
    <message>
        <source>The completed courses are needed for eligibility: BII only.</source>
        <translation>De kompletterade kurserna behövs för behörigheten: bara BII.</translation>
    </message>
    <message>
        <source>Choose a target programme to compare with last round&apos;s cut-offs.</source>
        <translation>Välj ett målprogram för att jämföra med förra omgångens antagningspoäng.</translation>
    </message>
    <message>
        <source>No cut-offs imported for the target: import a round&apos;s admission statistics below.</source>
        <translation>Ingen antagningsstatistik importerad för målet: importera en omgångs antagningsstatistik nedan.</translation>
    </message>
    <message>
        <source>Competitive last round? %1</source>
        <translation>Konkurrenskraftig förra omgången? %1</translation>
    </message>
    <message>
        <source>all eligible admitted</source>
        <translation>alla behöriga antogs</translation>
    </message>
    <message>
        <source>none admitted</source>
        <translation>ingen antogs</translation>
    </message>
    <message>
        <source>%1 %2 against %3 (%4, %5)</source>
        <translation>%1 %2 mot %3 (%4, %5)</translation>
    </message>
    <message>
        <source>What would reach %1 in %2 (%3):</source>
        <translation>Vad som skulle nå %1 i %2 (%3):</translation>
    </message>
    <message>
        <source>no single course is enough.</source>
        <translation>ingen enskild kurs räcker.</translation>
    </message>
    <message>
        <source>retake %1 with %2</source>
        <translation>läs om %1 med %2</translation>
    </message>
    <message>
        <source>add %1 with %2</source>
        <translation>lägg till %1 med %2</translation>
    </message>
    <message>
        <source>(%1 points) → %2</source>
        <translation>(%1 poäng) → %2</translation>
    </message>
</context>
<context>
    <name>OfferingDialog</name>
    <message>
        <source>Edit offering</source>
        <translation>Ändra utbildningstillfälle</translation>
    </message>
    <message>
        <source>New offering</source>
        <translation>Nytt utbildningstillfälle</translation>
    </message>
    <message>
        <source>Lärosäte</source>
        <translation>Lärosäte</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Start term</source>
        <translation>Starttermin</translation>
    </message>
    <message>
        <source>Study form</source>
        <translation>Studieform</translation>
    </message>
    <message>
        <source>Campus</source>
        <translation>Campus</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distans</translation>
    </message>
    <message>
        <source>Decentralised at a lärcentrum</source>
        <translation>Decentraliserad vid ett lärcentrum</translation>
    </message>
    <message>
        <source>Lärcentrum</source>
        <translation>Lärcentrum</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Studietakt</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Platser</translation>
    </message>
    <message>
        <source>Application opens</source>
        <translation>Anmälan öppnar</translation>
    </message>
    <message>
        <source>Last day to apply</source>
        <translation>Sista anmälningsdag</translation>
    </message>
    <message>
        <source>Last day to complete eligibility</source>
        <translation>Sista kompletteringsdag</translation>
    </message>
    <message>
        <source>Application code</source>
        <translation>Anmälningskod</translation>
    </message>
    <message>
        <source>The lärosäte&apos;s name for it</source>
        <translation>Lärosätets namn på utbildningen</translation>
    </message>
    <message>
        <source>&amp;Lärosäte:</source>
        <translation>&amp;Lärosäte:</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>&amp;Start term:</source>
        <translation>&amp;Starttermin:</translation>
    </message>
    <message>
        <source>Study &amp;form:</source>
        <translation>Studie&amp;form:</translation>
    </message>
    <message>
        <source>Lär&amp;centrum:</source>
        <translation>Lär&amp;centrum:</translation>
    </message>
    <message>
        <source>Pac&amp;e:</source>
        <translation>Studie&amp;takt:</translation>
    </message>
    <message>
        <source>Num&amp;ber of places:</source>
        <translation>Antal platse&amp;r:</translation>
    </message>
    <message>
        <source>Application &amp;opens:</source>
        <translation>Anmälan &amp;öppnar:</translation>
    </message>
    <message>
        <source>Last &amp;day to apply:</source>
        <translation>Sista &amp;anmälningsdag:</translation>
    </message>
    <message>
        <source>Complete eli&amp;gibility by:</source>
        <translation>Sista &amp;kompletteringsdag:</translation>
    </message>
    <message>
        <source>Applicat&amp;ion code:</source>
        <translation>Anmälningsko&amp;d:</translation>
    </message>
    <message>
        <source>&amp;Name at the lärosäte:</source>
        <translation>&amp;Namn hos lärosätet:</translation>
    </message>
    <message>
        <source>Empty: %1, antagning.se&apos;s usual date for the term</source>
        <translation>Tomt: %1, antagning.se:s vanliga datum för terminen</translation>
    </message>
    <message>
        <source>Offering not saved</source>
        <translation>Utbildningstillfället sparades inte</translation>
    </message>
</context>
<context>
    <name>Offerings</name>
    <message>
        <source>Campus</source>
        <translation>Campus</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distans</translation>
    </message>
    <message>
        <source>Decentralised</source>
        <translation>Decentraliserad</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Inbjudna</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Deltog</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Sökte</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Antagna</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Började</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Slutförde</translation>
    </message>
</context>
<context>
    <name>OfferingsCli</name>
    <message>
        <source>Checked {rows} offerings: {added} new, {updated} to update. Nothing was stored (--dry-run).</source>
        <translation>Kontrollerade {rows} utbildningstillfällen: {added} nya, {updated} att uppdatera. Inget sparades (--dry-run).</translation>
    </message>
    <message>
        <source>Imported {rows} offerings: {added} new, {updated} updated.</source>
        <translation>Importerade {rows} utbildningstillfällen: {added} nya, {updated} uppdaterade.</translation>
    </message>
    <message>
        <source>No offerings yet.</source>
        <translation>Inga utbildningstillfällen ännu.</translation>
    </message>
    <message>
        <source>Wrote {count} offerings to {path}.</source>
        <translation>Skrev {count} utbildningstillfällen till {path}.</translation>
    </message>
    <message>
        <source>complete by {date}</source>
        <translation>komplettera senast {date}</translation>
    </message>
</context>
<context>
    <name>OfferingsFeature</name>
    <message>
        <source>Offerings</source>
        <translation>Utbildningsutbud</translation>
    </message>
</context>
<context>
    <name>OfferingsModel</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Lärosäte</source>
        <translation>Lärosäte</translation>
    </message>
    <message>
        <source>Study form</source>
        <translation>Studieform</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Studietakt</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Platser</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anmälan</translation>
    </message>
    <message>
        <source>Complete by</source>
        <translation>Komplettera senast</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
</context>
<context>
    <name>OfferingsPage</name>
    <message>
        <source>Offerings</source>
        <translation>Utbildningsutbud</translation>
    </message>
    <message>
        <source>&amp;Offerings</source>
        <translation>&amp;Utbud</translation>
    </message>
    <message>
        <source>C&amp;ycle</source>
        <translation>C&amp;ykel</translation>
    </message>
    <message>
        <source>Student &amp;group</source>
        <translation>Student&amp;grupp</translation>
    </message>
    <message>
        <source>&amp;Meetings and follow-up</source>
        <translation>Mö&amp;ten och uppföljning</translation>
    </message>
    <message>
        <source>&amp;New offering…</source>
        <translation>&amp;Nytt utbildningstillfälle…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ändra…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>&amp;Importera fil…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <source>&amp;University lists…</source>
        <translation>&amp;Listor från lärosätet…</translation>
    </message>
    <message>
        <source>Offerings per term, the next three years</source>
        <translation>Utbudet per termin, de kommande tre åren</translation>
    </message>
    <message>
        <source>Programmes as rows, terms as columns: who gives each, and how.</source>
        <translation>Program som rader, terminer som kolumner: vem som ger varje program, och hur.</translation>
    </message>
    <message>
        <source>Delete offering</source>
        <translation>Ta bort utbildningstillfälle</translation>
    </message>
    <message>
        <source>Delete %1 %2 (%3)? Its meetings stay among the activities.</source>
        <translation>Ta bort %1 %2 (%3)? Dess möten finns kvar bland aktiviteterna.</translation>
    </message>
    <message>
        <source>Offering not deleted</source>
        <translation>Utbildningstillfället togs inte bort</translation>
    </message>
    <message>
        <source>Import offerings</source>
        <translation>Importera utbildningsutbud</translation>
    </message>
    <message>
        <source>Offerings (*.csv *.xlsx *.ods);;All files (*)</source>
        <translation>Utbildningsutbud (*.csv *.xlsx *.ods);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Importing offerings…</source>
        <translation>Importerar utbildningsutbud…</translation>
    </message>
    <message>
        <source>The file was not imported (nothing was stored)</source>
        <translation>Filen importerades inte (inget sparades)</translation>
    </message>
    <message>
        <source>Offerings imported: %1 new, %2 updated.</source>
        <translation>Utbildningsutbudet importerades: %1 nya, %2 uppdaterade.</translation>
    </message>
    <message>
        <source>Export offerings</source>
        <translation>Exportera utbildningsutbud</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The offerings were not exported</source>
        <translation>Utbildningsutbudet exporterades inte</translation>
    </message>
</context>
<context>
    <name>OlderRoutesBox</name>
    <message>
        <source>Svenska/SvA 1–3</source>
        <translation>Svenska/SvA 1–3</translation>
    </message>
    <message>
        <source>Engelska 5–6</source>
        <translation>Engelska 5–6</translation>
    </message>
    <message>
        <source>Matematik 1</source>
        <translation>Matematik 1</translation>
    </message>
    <message>
        <source>Samhällskunskap 1a1</source>
        <translation>Samhällskunskap 1a1</translation>
    </message>
    <message>
        <source>Naturkunskap 1a1</source>
        <translation>Naturkunskap 1a1</translation>
    </message>
    <message>
        <source>Religionskunskap 1</source>
        <translation>Religionskunskap 1</translation>
    </message>
    <message>
        <source>Historia 1a1</source>
        <translation>Historia 1a1</translation>
    </message>
    <message>
        <source>Older grades, folkhögskola and degree</source>
        <translation>Äldre betyg, folkhögskola och examen</translation>
    </message>
    <message>
        <source>Year the slutbetyg was issued</source>
        <translation>År då slutbetyget utfärdades</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source>The programme&apos;s full points</source>
        <translation>Programmets fullständiga poäng</translation>
    </message>
    <message>
        <source>Avgångsbetyg from the linjegymnasium</source>
        <translation>Avgångsbetyg från linjegymnasiet</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(inget)</translation>
    </message>
    <message>
        <source>%1-year linje</source>
        <translation>%1-årig linje</translation>
    </message>
    <message>
        <source>Credits of a degree (hp)</source>
        <translation>Högskolepoäng i en examen (hp)</translation>
    </message>
    <message>
        <source>Save these</source>
        <translation>Spara dessa</translation>
    </message>
    <message>
        <source>Slutbetyg &amp;issued (year):</source>
        <translation>Slutbetyg &amp;utfärdat (år):</translation>
    </message>
    <message>
        <source>The programme&apos;s &amp;full points:</source>
        <translation>Programmets &amp;fullständiga poäng:</translation>
    </message>
    <message>
        <source>&amp;Avgångsbetyg:</source>
        <translation>&amp;Avgångsbetyg:</translation>
    </message>
    <message>
        <source>Partial folkhögskola intyg covers:</source>
        <translation>Intyg från folkhögskola omfattar:</translation>
    </message>
    <message>
        <source>&amp;Degree:</source>
        <translation>&amp;Examen:</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Saved. The eligibility shown is up to date.</source>
        <translation>Sparat. Behörigheten som visas är aktuell.</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>OutreachModel</name>
    <message>
        <source>Applicant</source>
        <translation>Sökande</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Shortest path</source>
        <translation>Kortaste vägen</translation>
    </message>
    <message>
        <source>Next start</source>
        <translation>Nästa start</translation>
    </message>
    <message>
        <source>(registered now)</source>
        <translation>(registrerad nu)</translation>
    </message>
    <message>
        <source>Eligible now</source>
        <translation>Behörig nu</translation>
    </message>
    <message>
        <source>%1 points (%2); not all by studying</source>
        <translation>%1 poäng (%2); allt går inte att läsa in</translation>
    </message>
    <message>
        <source>%1 points (%2): %3 terms at half pace, %4 at full pace</source>
        <translation>%1 poäng (%2): %3 terminer på halvfart, %4 på heltid</translation>
    </message>
    <message>
        <source>No offering ahead</source>
        <translation>Inget kommande utbildningstillfälle</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 vid %2: %3</translation>
    </message>
</context>
<context>
    <name>PagePrinting</name>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>The Today page and the caseload list print from here; a study plan prints from its own page (Print…).</source>
        <translation>Sidan Idag och deltagarlistan skrivs ut härifrån; en studieplan skrivs ut från sin egen sida (Skriv ut…).</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Skriv ut %1</translation>
    </message>
    <message>
        <source>The page was not printed</source>
        <translation>Sidan skrevs inte ut</translation>
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
    <name>PassphraseCli</name>
    <message>
        <source>cannot read {path}: {why}</source>
        <translation>kan inte läsa {path}: {why}</translation>
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
        <source>Step %1 recorded.</source>
        <translation>Steget %1 registrerades.</translation>
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
    <name>PdfPagesCanvas</name>
    <message>
        <source>This page could not be drawn.</source>
        <translation>Sidan kunde inte ritas upp.</translation>
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
</context>
<context>
    <name>PlanCheck</name>
    <message>
        <source>The goal cannot be assessed: {problem}</source>
        <translation>Målet kan inte bedömas: {problem}</translation>
    </message>
    <message>
        <source>Choose a goal to check the plan against the entry rules.</source>
        <translation>Välj ett mål för att kontrollera planen mot behörighetskraven.</translation>
    </message>
    <message>
        <source>⚠ Not covered before {term}: {requirements}</source>
        <translation>⚠ Inte täckt före {term}: {requirements}</translation>
    </message>
    <message>
        <source>⚠ Not covered by the plan: {requirements}</source>
        <translation>⚠ Inte täckt enligt planen: {requirements}</translation>
    </message>
    <message>
        <source>✓ The plan covers every requirement of {goal}.</source>
        <translation>✓ Planen täcker varje krav för {goal}.</translation>
    </message>
    <message>
        <source>⚠ {points} points short of the examen.</source>
        <translation>⚠ {points} poäng saknas till examen.</translation>
    </message>
    <message>
        <source>⚠ Planned in or after the start term: {courses}</source>
        <translation>⚠ Planerad i eller efter startterminen: {courses}</translation>
    </message>
    <message>
        <source>⚠ {term}: {points} points planned, the pace fits {capacity} (a pace of {pace} points a week fits).</source>
        <translation>⚠ {term}: {points} poäng planerade, takten räcker till {capacity} (en takt på {pace} poäng i veckan räcker).</translation>
    </message>
    <message>
        <source>⚠ {term}: {points} points planned, the pace fits {capacity} (more than full time).</source>
        <translation>⚠ {term}: {points} poäng planerade, takten räcker till {capacity} (mer än heltid).</translation>
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
        <source>⚠ The plan aims at {plan}, the learner&apos;s target is {target}.</source>
        <translation>⚠ Planen siktar på {plan}, deltagarens mål är {target}.</translation>
    </message>
</context>
<context>
    <name>PlanCli</name>
    <message>
        <source>--learner needs --out FILE.pdf (and no --out-dir)</source>
        <translation>--learner kräver --out FIL.pdf (och ingen --out-dir)</translation>
    </message>
    <message>
        <source>--all needs --out-dir DIR (and no --out)</source>
        <translation>--all kräver --out-dir MAPP (och ingen --out)</translation>
    </message>
    <message>
        <source>--search goes with --all</source>
        <translation>--search hör ihop med --all</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 är en mapp; ange ett filnamn</translation>
    </message>
    <message>
        <source>See larsam-desktop learners list.</source>
        <translation>Se larsam-desktop learners list.</translation>
    </message>
    <message>
        <source>Draft one with plan draft or in the window.</source>
        <translation>Gör ett utkast med plan draft eller i fönstret.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>skrev %1</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 är ingen mapp</translation>
    </message>
    <message>
        <source>cannot write into %1: %2</source>
        <translation>kan inte skriva i %1: %2</translation>
    </message>
    <message>
        <source>none of the %1 matching learners has a study plan</source>
        <translation>ingen av de %1 matchande deltagarna har en studieplan</translation>
    </message>
    <message>
        <source>%1 plans written; %2 matching learners have no plan</source>
        <translation>%1 planer skrivna; %2 matchande deltagare har ingen plan</translation>
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
    <name>PlanDraftCli</name>
    <message>
        <source>Study plan revision %1 for learner %2: %3</source>
        <translation>Studieplan version %1 för deltagare %2: %3</translation>
    </message>
    <message>
        <source>Pace: %1 %</source>
        <translation>Studietakt: %1 %</translation>
    </message>
    <message>
        <source>No courses were missing; nothing was added.</source>
        <translation>Inga kurser saknades; ingenting lades till.</translation>
    </message>
    <message>
        <source>Added %n course(s):</source>
        <translation>Lade till %n kurs:|Lade till %n kurser:</translation>
    </message>
    <message>
        <source>target</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>start term</source>
        <translation>starttermin</translation>
    </message>
    <message>
        <source>pace</source>
        <translation>studietakt</translation>
    </message>
    <message>
        <source>coach</source>
        <translation>coach</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
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
        <source>Courses by term</source>
        <translation>Kurser per termin</translation>
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
        <source>Unknown course code %1.</source>
        <translation>Okänd kurskod %1.</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
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
        <source>Language of the printout</source>
        <translation>Utskriftens språk</translation>
    </message>
    <message>
        <source>Printout lan&amp;guage:</source>
        <translation>Utskriftens spr&amp;åk:</translation>
    </message>
    <message>
        <source>No courses are missing for the plan&apos;s goal.</source>
        <translation>Inga kurser saknas för planens mål.</translation>
    </message>
    <message numerus="yes">
        <source>%n missing course(s) added to the plan; save to keep them.</source>
        <translation>
            <numerusform>%n saknad kurs lades till i planen; spara för att behålla den.</numerusform>
            <numerusform>%n saknade kurser lades till i planen; spara för att behålla dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid yet:</source>
        <translation>Gäller inte än:</translation>
    </message>
    <message>
        <source>Plan not saved</source>
        <translation>Planen sparades inte</translation>
    </message>
    <message>
        <source>Study plan saved (revision %1).</source>
        <translation>Studieplanen är sparad (version %1).</translation>
    </message>
    <message>
        <source>Not undone: the study plan has unsaved changes.</source>
        <translation>Inte ångrat: studieplanen har osparade ändringar.</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Inte ångrat</translation>
    </message>
    <message>
        <source>No printout</source>
        <translation>Ingen utskrift</translation>
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
        <source>Previous page</source>
        <translation>Föregående sida</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Aktuell sida</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nästa sida</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>Anpassa till bredden</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 sidor</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
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
    <name>ProgressPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Rapporterat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Steps on the path</source>
        <translation>Steg på studievägen</translation>
    </message>
    <message>
        <source>(already recorded)</source>
        <translation>(redan registrerat)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(inga)</translation>
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
    <name>PublicationModel</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Manifest (SHA-256)</source>
        <translation>Manifest (SHA-256)</translation>
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
    <message>
        <source>Qualifications saved.</source>
        <translation>Meriterna sparades.</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Inte ångrat</translation>
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
    <name>RecentLearners</name>
    <message>
        <source>Recently &amp;opened</source>
        <translation>Senast &amp;öppnade</translation>
    </message>
    <message>
        <source>No learner opened yet</source>
        <translation>Ingen deltagare öppnad än</translation>
    </message>
</context>
<context>
    <name>RecoverCli</name>
    <message>
        <source>recovery applies to the local database file only</source>
        <translation>räddning gäller bara den lokala databasfilen</translation>
    </message>
    <message>
        <source>the database opens: {database}</source>
        <translation>databasen går att öppna: {database}</translation>
    </message>
    <message>
        <source>the window has this data folder open (process {process}); close it first</source>
        <translation>fönstret har den här datamappen öppen (process {process}); stäng det först</translation>
    </message>
    <message>
        <source>started with an empty database: {path}</source>
        <translation>började med en tom databas: {path}</translation>
    </message>
    <message>
        <source>kept, set aside as damaged: {path}</source>
        <translation>behölls, lagd åt sidan som skadad: {path}</translation>
    </message>
    <message>
        <source>kept {count} backups in {folder} (larsam-desktop backup list)</source>
        <translation>behöll {count} säkerhetskopior i {folder} (larsam-desktop backup list)</translation>
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
        <source>Your database is missing, so LärSam did not open it.</source>
        <translation>Din databas saknas, så LärSam öppnade den inte.</translation>
    </message>
    <message>
        <source>No new, empty database was created in its place: backups of it exist.</source>
        <translation>Ingen ny, tom databas skapades i dess ställe: det finns säkerhetskopior av den.</translation>
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
        <translation>Så uppfylls det</translation>
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
        <source>Learners whose path ended (completed or discontinued): 2 years after the last step, as a provider deletes the individual study plan 2 years after studies end (Skolverket example).</source>
        <translation>Deltagare vars väg har avslutats (fullföljd eller avbruten): 2 år efter det sista steget, så som en utbildningsanordnare gallrar den individuella studieplanen 2 år efter avslutade studier (Skolverkets exempel).</translation>
    </message>
    <message>
        <source>Learners not changed for the period, whatever their stage: kept until decided.</source>
        <translation>Deltagare som inte har ändrats under perioden, oavsett steg: sparas tills ett beslut finns.</translation>
    </message>
    <message>
        <source>Audit log entries: 3 years, the oldest first (the chain keeps its start point).</source>
        <translation>Poster i granskningsloggen: 3 år, de äldsta först (kedjan behåller sin startpunkt).</translation>
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
    <name>RevisionBar</name>
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
        <source>Revision:</source>
        <translation>Version:</translation>
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
</context>
<context>
    <name>RightsCli</name>
    <message>
        <source>protected identity: address and contact data are left out (--include-protected-data to include them; the decision is logged)</source>
        <translation>skyddad identitet: adress- och kontaktuppgifter är utelämnade (--include-protected-data tar med dem; beslutet loggas)</translation>
    </message>
    <message>
        <source>wrote {json} and {pdf}</source>
        <translation>skrev {json} och {pdf}</translation>
    </message>
    <message>
        <source>erasure cannot be undone: add --yes to confirm</source>
        <translation>raderingen kan inte ångras: lägg till --yes för att bekräfta</translation>
    </message>
    <message>
        <source>learner {id} erased</source>
        <translation>deltagare {id} raderad</translation>
    </message>
    <message>
        <source>hold placed on learner {id}</source>
        <translation>spärr mot gallring lagd på deltagare {id}</translation>
    </message>
    <message>
        <source>hold lifted from learner {id}</source>
        <translation>spärr mot gallring hävd för deltagare {id}</translation>
    </message>
    <message>
        <source>no hold to lift</source>
        <translation>ingen spärr att häva</translation>
    </message>
    <message>
        <source>default</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>no reference</source>
        <translation>inget diarienummer</translation>
    </message>
    <message>
        <source>kept for good</source>
        <translation>behålls för alltid</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months} månader</translation>
    </message>
    <message>
        <source>closed cases (completed or discontinued)</source>
        <translation>avslutade ärenden (fullföljt eller avbrutet)</translation>
    </message>
    <message>
        <source>learners not changed for the period</source>
        <translation>deltagare som inte ändrats under perioden</translation>
    </message>
    <message>
        <source>audit log entries</source>
        <translation>poster i granskningsloggen</translation>
    </message>
    <message>
        <source>deleted: {rows} rows in one transaction (logged)</source>
        <translation>raderat: {rows} rader i en transaktion (loggat)</translation>
    </message>
    <message>
        <source>dry run: nothing was deleted</source>
        <translation>provkörning: ingenting raderades</translation>
    </message>
    <message>
        <source>nothing is due ({held} learners on hold)</source>
        <translation>inget att gallra ({held} deltagare med spärr)</translation>
    </message>
    <message>
        <source>due: {count} learners ({kind})</source>
        <translation>att gallra: {count} deltagare ({kind})</translation>
    </message>
    <message>
        <source>due: {count} audit log entries</source>
        <translation>att gallra: {count} poster i granskningsloggen</translation>
    </message>
    <message>
        <source>on hold (kept): {held} learners</source>
        <translation>med spärr (behålls): {held} deltagare</translation>
    </message>
</context>
<context>
    <name>RowPages</name>
    <message>
        <source>Loading</source>
        <translation>Laddar</translation>
    </message>
</context>
<context>
    <name>RuleBookDialog</name>
    <message>
        <source>Rule book</source>
        <translation>Regelbok</translation>
    </message>
    <message>
        <source>Search targets, courses, sources…</source>
        <translation>Sök mål, kurser, källor …</translation>
    </message>
    <message>
        <source>Search the rule book</source>
        <translation>Sök i regelboken</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regler</translation>
    </message>
    <message>
        <source>The selected rule</source>
        <translation>Den valda regeln</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>%1 of %2 rules</source>
        <translation>%1 av %2 regler</translation>
    </message>
    <message>
        <source>Standing:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gäller:</translation>
    </message>
    <message>
        <source>Courses (any one line):</source>
        <translation>Kurser (någon av raderna):</translation>
    </message>
    <message>
        <source> or </source>
        <translation> eller </translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Källor:</translation>
    </message>
    <message>
        <source>This rule does not decide whether a learner is eligible: it is shown as a warning until a source in force is found.</source>
        <translation>Regeln avgör inte om en deltagare är behörig: den visas som en varning tills en gällande källa har hittats.</translation>
    </message>
</context>
<context>
    <name>RuleBookModel</name>
    <message>
        <source>decided, from %1</source>
        <translation>beslutad, från %1</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>gäller</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>föreslagen</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>ej bekräftad</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <source>Route: %1</source>
        <translation>Väg: %1</translation>
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
        <source>Filter the activities</source>
        <translation>Filtrera aktiviteterna</translation>
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
        <source>Filter the exam bookings</source>
        <translation>Filtrera provbokningarna</translation>
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
        <source>Na&amp;me:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Pla&amp;ces:</source>
        <translation>&amp;Platser:</translation>
    </message>
    <message>
        <source>&amp;Lärcentrum:</source>
        <translation>&amp;Lärcentrum:</translation>
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
    <name>SittingsModel</name>
    <message>
        <source>Sitting</source>
        <translation>Provtillfälle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
    <name>StatisticsPdf</name>
    <message>
        <source>LärSam Desktop – anonymised statistics</source>
        <translation>LärSam Desktop – anonymiserad statistik</translation>
    </message>
    <message>
        <source>from the first recorded start</source>
        <translation>från den första registrerade starten</translation>
    </message>
    <message>
        <source>from {day}</source>
        <translation>från {day}</translation>
    </message>
    <message>
        <source>Learners who started on the path {since} to {last}. Threshold k = {k}. Made {made} UTC by LärSam Desktop {version}.</source>
        <translation>Deltagare som började på vägen {since} till {last}. Tröskel k = {k}. Skapad {made} UTC av LärSam Desktop {version}.</translation>
    </message>
    <message>
        <source>Merged from {count} exports.</source>
        <translation>Sammanställd av {count} exporter.</translation>
    </message>
    <message>
        <source>Widened recruitment: anonymised statistics</source>
        <translation>Breddad rekrytering: anonymiserad statistik</translation>
    </message>
    <message>
        <source>Every figure of this chart is hidden ({hidden}): fewer than k = {k} learners.</source>
        <translation>Alla siffror i diagrammet är dolda ({hidden}): färre än k = {k} deltagare.</translation>
    </message>
    <message>
        <source>Reached at least this stage (all cohorts)</source>
        <translation>Nått minst det här steget (alla kohorter)</translation>
    </message>
    <message>
        <source>Share that reached {stage} or further, by target group</source>
        <translation>Andel som nått {stage} eller längre, efter målgrupp</translation>
    </message>
    <message>
        <source>Learners reaching {stage}, by term</source>
        <translation>Deltagare som nått {stage}, per termin</translation>
    </message>
</context>
<context>
    <name>StatisticsShell</name>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
</context>
<context>
    <name>StatsCli</name>
    <message>
        <source>Wrote {format} statistics for {learners} learners ({period}, k = {k}, series {series}, {tables} tables, {hidden} cells hidden) to {path}.</source>
        <translation>Skrev statistik som {format} för {learners} deltagare ({period}, k = {k}, serie {series}, {tables} tabeller, {hidden} celler dolda) till {path}.</translation>
    </message>
    <message>
        <source>Merged {count} exports (k = {k}) into {path} ({format}, {hidden} cells hidden).</source>
        <translation>Sammanställde {count} exporter (k = {k}) till {path} ({format}, {hidden} celler dolda).</translation>
    </message>
    <message>
        <source>No statistics have been exported from this data folder.</source>
        <translation>Ingen statistik har exporterats från den här datamappen.</translation>
    </message>
    <message>
        <source>when (UTC)</source>
        <translation>när (UTC)</translation>
    </message>
    <message>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <source>series</source>
        <translation>serie</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>who</source>
        <translation>vem</translation>
    </message>
    <message>
        <source>manifest sha-256</source>
        <translation>manifest sha-256</translation>
    </message>
    <message>
        <source>note</source>
        <translation>anteckning</translation>
    </message>
    <message>
        <source>k = {k} (publication series {series}).</source>
        <translation>k = {k} (publiceringsserie {series}).</translation>
    </message>
    <message>
        <source>The threshold is now k = {k}; publication series {series} starts with the next export.</source>
        <translation>Tröskeln är nu k = {k}; publiceringsserie {series} börjar med nästa export.</translation>
    </message>
</context>
<context>
    <name>StatsTableModel</name>
    <message>
        <source>hidden in exports: fewer than k learners</source>
        <translation>döljs i exporter: färre än k deltagare</translation>
    </message>
    <message>
        <source>hidden in exports: a small group that is all at one stage</source>
        <translation>döljs i exporter: en liten grupp där alla står i samma steg</translation>
    </message>
    <message>
        <source>hidden in exports so that a small figure cannot be worked out from totals</source>
        <translation>döljs i exporter så att ett litet tal inte kan räknas ut från summorna</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
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
    <name>StudentGroup</name>
    <message>
        <source>Eligible now</source>
        <translation>Behörig nu</translation>
    </message>
    <message>
        <source>Can be eligible in time at half pace</source>
        <translation>Kan bli behörig i tid på halvfart</translation>
    </message>
    <message>
        <source>Can be eligible in time at full pace</source>
        <translation>Kan bli behörig i tid på heltid</translation>
    </message>
    <message>
        <source>Cannot make it in time</source>
        <translation>Hinner inte bli behörig i tid</translation>
    </message>
    <message>
        <source>Two-year upper secondary</source>
        <translation>Tvåårigt gymnasium</translation>
    </message>
    <message>
        <source>Foreign-born</source>
        <translation>Utrikes född</translation>
    </message>
    <message>
        <source>First generation</source>
        <translation>Första generationen i högre studier</translation>
    </message>
    <message>
        <source>No complete upper secondary</source>
        <translation>Saknar fullständig gymnasieutbildning</translation>
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
    <name>TeamCli</name>
    <message>
        <source>team mode ready at schema {revision} ({action}); owner {owner}, coach group {group}</source>
        <translation>teamläget är klart med schemaversion {revision} ({action}); ägare {owner}, coachgrupp {group}</translation>
    </message>
    <message>
        <source>added {login} to {teams}</source>
        <translation>{login} har lagts till i {teams}</translation>
    </message>
    <message>
        <source>one-time password (give it to the coach, then forget it): {password}</source>
        <translation>engångslösenord (ge det till coachen och glöm det sedan): {password}</translation>
    </message>
    <message>
        <source>{login} can no longer log in; the history is kept</source>
        <translation>{login} kan inte längre logga in; historiken finns kvar</translation>
    </message>
    <message>
        <source>the restricted note of contact {contact} is shared with {login}</source>
        <translation>den begränsade anteckningen för kontakt {contact} delas med {login}</translation>
    </message>
    <message>
        <source>the server&apos;s change log is broken at entry {entry}</source>
        <translation>serverns ändringslogg är bruten vid post {entry}</translation>
    </message>
    <message>
        <source>the server&apos;s change log is intact</source>
        <translation>serverns ändringslogg är obruten</translation>
    </message>
    <message>
        <source>backed up to {file} ({entries} entries, checked)</source>
        <translation>säkerhetskopierat till {file} ({entries} poster, kontrollerad)</translation>
    </message>
    <message>
        <source>restored {file} ({entries} entries)</source>
        <translation>återställt från {file} ({entries} poster)</translation>
    </message>
    <message>
        <source>the password file cannot be read: {reason}</source>
        <translation>lösenordsfilen kan inte läsas: {reason}</translation>
    </message>
    <message>
        <source>the password file is empty</source>
        <translation>lösenordsfilen är tom</translation>
    </message>
</context>
<context>
    <name>TimeInStage</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n vecka</numerusform>
            <numerusform>%n veckor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n månad</numerusform>
            <numerusform>%n månader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n år</numerusform>
            <numerusform>%n år</numerusform>
        </translation>
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
    <name>TodayCli</name>
    <message>
        <source>no current coach: pass --coach NAME, or choose who you are in the window (File → Current coach…)</source>
        <translation>ingen aktuell coach: ange --coach NAMN, eller välj vem du är i fönstret (Arkiv → Aktuell coach…)</translation>
    </message>
    <message>
        <source>Today {date} for {coach}</source>
        <translation>Idag {date} för {coach}</translation>
    </message>
    <message>
        <source> (showing {shown})</source>
        <translation> (visar {shown})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>, {count} overdue</source>
        <translation>, {count} försenade</translation>
    </message>
    <message>
        <source>Follow-ups overdue or due this week</source>
        <translation>Uppföljningar som är försenade eller ska göras i veckan</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>FÖRSENAD</translation>
    </message>
    <message>
        <source>Not contacted in {weeks} weeks</source>
        <translation>Inte kontaktade på {weeks} veckor</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>In the same stage too long</source>
        <translation>För länge i samma steg</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>sedan {date}</translation>
    </message>
    <message>
        <source>Exams and activities in the next {days} days</source>
        <translation>Prov och aktiviteter de närmaste {days} dagarna</translation>
    </message>
    <message>
        <source>exam</source>
        <translation>prov</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>aktivitet</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Loading…</source>
        <translation>Laddar…</translation>
    </message>
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
    <name>TranscriptCli</name>
    <message>
        <source>{problem} See larsam-desktop learners list.</source>
        <translation>{problem} Se larsam-desktop learners list.</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>den är inte UTF-8-text</translation>
    </message>
    <message>
        <source>cannot read the transcript {file}: {why}</source>
        <translation>kan inte läsa betygsutdraget {file}: {why}</translation>
    </message>
    <message>
        <source>the transcript {file} is not valid JSON (line {line}, column {column})</source>
        <translation>betygsutdraget {file} är inte giltig JSON (rad {line}, kolumn {column})</translation>
    </message>
    <message>
        <source>the transcript {file} was refused: {problems}</source>
        <translation>betygsutdraget {file} godtogs inte: {problems}</translation>
    </message>
</context>
<context>
    <name>UniversityListDialog</name>
    <message>
        <source>Registered</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <source>Credits earned</source>
        <translation>Avklarade poäng</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Fullföljt</translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation>Avbrutit</translation>
    </message>
    <message>
        <source>Lists from the university</source>
        <translation>Listor från lärosätet</translation>
    </message>
    <message>
        <source>Kind of list</source>
        <translation>Typ av lista</translation>
    </message>
    <message>
        <source>Progress: registered, credits, completed, discontinued</source>
        <translation>Studieresultat: registrerade, poäng, fullföljt, avbrott</translation>
    </message>
    <message>
        <source>Applicants who were not eligible</source>
        <translation>Sökande som inte var behöriga</translation>
    </message>
    <message>
        <source>What every line reports</source>
        <translation>Vad varje rad rapporterar</translation>
    </message>
    <message>
        <source>(the file&apos;s Status column)</source>
        <translation>(filens kolumn Status)</translation>
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
        <source>What the list does</source>
        <translation>Vad listan gör</translation>
    </message>
    <message>
        <source>Lines that cannot be imported</source>
        <translation>Rader som inte kan importeras</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>&amp;Kontrollera</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Lista:</translation>
    </message>
    <message>
        <source>&amp;Every line:</source>
        <translation>Varje &amp;rad:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Lines that cannot be imported:</source>
        <translation>Rader som inte kan importeras:</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Välj en fil</translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt *.xlsx *.ods)</source>
        <translation>Listor (*.csv *.txt *.xlsx *.ods)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be imported; nothing has been written.</source>
        <translation>
            <numerusform>%n rad kan inte importeras; ingenting har skrivits.</numerusform>
            <numerusform>%n rader kan inte importeras; ingenting har skrivits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fine: %n line(s). Nothing written yet.</source>
        <translation>
            <numerusform>I ordning: %n rad. Ingenting skrivet än.</numerusform>
            <numerusform>I ordning: %n rader. Ingenting skrivet än.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 lines, %2 steps on the path, %3 already known.</source>
        <translation>Importerat: %1 rader, %2 steg på studievägen, %3 redan kända.</translation>
    </message>
    <message>
        <source>Imported: %1 lines, %2 learners registered.</source>
        <translation>Importerat: %1 rader, %2 deltagare registrerade.</translation>
    </message>
</context>
<context>
    <name>UniversityListsCli</name>
    <message>
        <source>cannot read {file}</source>
        <translation>kan inte läsa {file}</translation>
    </message>
    <message>
        <source>{bad} bad lines; nothing was imported</source>
        <translation>{bad} felaktiga rader; ingenting importerades</translation>
    </message>
    <message>
        <source>imported: {lines} lines, {steps} pathway steps recorded, {unchanged} already known</source>
        <translation>importerat: {lines} rader, {steps} steg på studievägen registrerade, {unchanged} redan kända</translation>
    </message>
    <message>
        <source>dry run: {lines} lines are fine, {steps} pathway steps; nothing was written</source>
        <translation>provkörning: {lines} rader är i ordning, {steps} steg på studievägen; ingenting skrevs</translation>
    </message>
    <message>
        <source>imported: {lines} lines, {registered} learners registered</source>
        <translation>importerat: {lines} rader, {registered} deltagare registrerade</translation>
    </message>
    <message>
        <source>dry run: {lines} lines are fine; nothing was written</source>
        <translation>provkörning: {lines} rader är i ordning; ingenting skrevs</translation>
    </message>
    <message>
        <source>eligible now</source>
        <translation>behörig nu</translation>
    </message>
    <message>
        <source>missing {points} points ({codes}); not all by studying</source>
        <translation>saknar {points} poäng ({codes}); allt går inte att läsa in</translation>
    </message>
    <message>
        <source>missing {points} points ({codes}): {half} terms at half pace, {full} at full pace</source>
        <translation>saknar {points} poäng ({codes}): {half} terminer på halvfart, {full} på heltid</translation>
    </message>
    <message>
        <source>no offering of the programme ahead</source>
        <translation>inget kommande utbildningstillfälle för programmet</translation>
    </message>
    <message>
        <source>next start {term} at {university} (complete by {date}): {fit}</source>
        <translation>nästa start {term} vid {university} (komplettera senast {date}): {fit}</translation>
    </message>
    <message>
        <source>(registered now)</source>
        <translation>(registrerad nu)</translation>
    </message>
    <message>
        <source>Shortest path</source>
        <translation>Kortaste vägen</translation>
    </message>
    <message>
        <source>Next start</source>
        <translation>Nästa start</translation>
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
    <name>UserError</name>
    <message>
        <source>A readable database is in place ({file}); nothing was changed. To replace it, restore a backup instead.</source>
        <translation>Det finns redan en läsbar databas ({file}); ingenting ändrades. Återställ en säkerhetskopia om du vill ersätta den.</translation>
    </message>
    <message>
        <source>A shared database server is backed up by its administrator (for example with pg_dump); LärSam backs up the local database file only.</source>
        <translation>En delad databasserver säkerhetskopieras av sin administratör (till exempel med pg_dump); LärSam säkerhetskopierar bara den lokala databasfilen.</translation>
    </message>
    <message>
        <source>An interrupted operation left the journal {file}, which cannot be read; nothing was changed. Ask for help before starting LärSam again.</source>
        <translation>En avbruten åtgärd lämnade journalen {file}, som inte kan läsas; ingenting ändrades. Be om hjälp innan du startar LärSam igen.</translation>
    </message>
    <message>
        <source>An operation ({operation}) of a newer LärSam Desktop was interrupted in this data folder; open it with that version first. Nothing was changed.</source>
        <translation>En åtgärd ({operation}) från en nyare LärSam Desktop avbröts i den här uppgiftsmappen; öppna den med den versionen först. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>Another LärSam program is restoring, encrypting or upgrading this database; try again when it has finished.</source>
        <translation>Ett annat LärSam-program återställer, krypterar eller uppgraderar den här databasen; försök igen när det är klart.</translation>
    </message>
    <message>
        <source>Another import registered some of the same learners at the same moment, so nothing from this file was imported. Import the file again: the learners registered meanwhile are then matched, not registered twice.</source>
        <translation>En annan import registrerade några av samma deltagare i samma ögonblick, så ingenting från filen importerades. Importera filen igen: deltagarna som registrerades under tiden matchas då och registreras inte två gånger.</translation>
    </message>
    <message>
        <source>Cannot write {out}: no permission to write in {folder}.</source>
        <translation>Kan inte skriva {out}: du har inte behörighet att skriva i {folder}.</translation>
    </message>
    <message>
        <source>Cannot write {out}: the folder {folder} does not exist.</source>
        <translation>Kan inte skriva {out}: mappen {folder} finns inte.</translation>
    </message>
    <message>
        <source>Cannot write {out}: {folder} is not a folder.</source>
        <translation>Kan inte skriva {out}: {folder} är ingen mapp.</translation>
    </message>
    <message>
        <source>Cannot write {path}: no permission to write in {folder}.</source>
        <translation>Det går inte att skriva {path}: behörighet saknas att skriva i {folder}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the disk is full.</source>
        <translation>Det går inte att skriva {path}: disken är full.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the disk is read-only.</source>
        <translation>Det går inte att skriva {path}: disken är skrivskyddad.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {count} characters.</source>
        <translation>Välj en lösenfras med minst {count} tecken.</translation>
    </message>
    <message>
        <source>Encryption needs the sqlcipher3 package, which is not installed.</source>
        <translation>Kryptering kräver paketet sqlcipher3, som inte är installerat.</translation>
    </message>
    <message>
        <source>Enter a personnummer or samordningsnummer.</source>
        <translation>Ange ett personnummer eller samordningsnummer.</translation>
    </message>
    <message>
        <source>Give either --period or --from/--to, not both.</source>
        <translation>Ange antingen --period eller --from/--to, inte båda.</translation>
    </message>
    <message>
        <source>Learner {id} has no revision {number} of a study plan.</source>
        <translation>Deltagare {id} har ingen version {number} av en studieplan.</translation>
    </message>
    <message>
        <source>Learner {id} has no study plan.</source>
        <translation>Deltagare {id} har ingen studieplan.</translation>
    </message>
    <message>
        <source>Learner {id} has no target programme.</source>
        <translation>Deltagare {id} har inget målprogram.</translation>
    </message>
    <message>
        <source>LärSam Desktop already has this data folder open. Switch to that window, or close it and try again.</source>
        <translation>LärSam Desktop har redan den här uppgiftsmappen öppen. Växla till det fönstret, eller stäng det och försök igen.</translation>
    </message>
    <message>
        <source>Mentor {id} does not exist; it may have been removed.</source>
        <translation>Mentor {id} finns inte; den kan ha tagits bort.</translation>
    </message>
    <message>
        <source>No activity with id {id}.</source>
        <translation>Det finns ingen aktivitet med id {id}.</translation>
    </message>
    <message>
        <source>No coach named {name}. Coaches: {hint}.</source>
        <translation>Det finns ingen coach som heter {name}. Coacher: {hint}.</translation>
    </message>
    <message>
        <source>No coach named {name}. No coaches yet.</source>
        <translation>Det finns ingen coach som heter {name}. Det finns inga coacher ännu.</translation>
    </message>
    <message>
        <source>No contact with id {id}.</source>
        <translation>Det finns ingen kontakt med id {id}.</translation>
    </message>
    <message>
        <source>No course record with id {id}.</source>
        <translation>Det finns inget kursresultat med id {id}.</translation>
    </message>
    <message>
        <source>No exam booking with id {id}.</source>
        <translation>Det finns ingen provbokning med id {id}.</translation>
    </message>
    <message>
        <source>No follow-up with id {id}.</source>
        <translation>Det finns ingen uppföljning med id {id}.</translation>
    </message>
    <message>
        <source>No information meeting with id {id} for an offering.</source>
        <translation>Inget informationsmöte med id {id} för ett utbildningstillfälle.</translation>
    </message>
    <message>
        <source>No learner has a target programme; there is no demand to report.</source>
        <translation>Ingen deltagare har ett målprogram; det finns ingen efterfrågan att redovisa.</translation>
    </message>
    <message>
        <source>No learner started on the path in {period}; there is nothing to report.</source>
        <translation>Ingen deltagare började sin väg under {period}; det finns inget att rapportera.</translation>
    </message>
    <message>
        <source>No learner with id {id}.</source>
        <translation>Det finns ingen deltagare med id {id}.</translation>
    </message>
    <message>
        <source>No learner with that id or personnummer.</source>
        <translation>Det finns ingen deltagare med det id:t eller personnumret.</translation>
    </message>
    <message>
        <source>No offering with id {id}.</source>
        <translation>Inget utbildningstillfälle med id {id}.</translation>
    </message>
    <message>
        <source>Only the owner role may administer team mode; {login} is a coach.</source>
        <translation>Bara ägarrollen får administrera teamläget; {login} är en coach.</translation>
    </message>
    <message>
        <source>Other LärSam programs are still saving to this database; close them or try again in a moment. Nothing was changed.</source>
        <translation>Andra LärSam-program sparar fortfarande i den här databasen; stäng dem eller försök igen om en stund. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>Part of the database file cannot be read: a stored text is damaged. Nothing was changed; restore the newest backup or ask for help.</source>
        <translation>En del av databasfilen kan inte läsas: en lagrad text är skadad. Inget ändrades; återställ den senaste säkerhetskopian eller be om hjälp.</translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile; reopen it and try again.</source>
        <translation>Någon annan ändrade uppgiften under tiden; öppna den igen och försök på nytt.</translation>
    </message>
    <message>
        <source>Team mode is not set up on this server; run &apos;team init&apos; first.</source>
        <translation>Teamläget är inte installerat på den här servern; kör &apos;team init&apos; först.</translation>
    </message>
    <message>
        <source>Team mode needs a PostgreSQL server: give --database-url, $LARSAM_DATABASE_URL or a connection profile.</source>
        <translation>Teamläget kräver en PostgreSQL-server: ange --database-url, $LARSAM_DATABASE_URL eller en anslutningsprofil.</translation>
    </message>
    <message>
        <source>The PostgreSQL client tools ({tool}) are not installed; install postgresql-client.</source>
        <translation>PostgreSQL:s klientverktyg ({tool}) är inte installerade; installera postgresql-client.</translation>
    </message>
    <message>
        <source>The audit log&apos;s key could not be stored in the keyring or in {folder}, so nothing was changed. Check that the folder can be written.</source>
        <translation>Granskningsloggens nyckel kunde inte sparas i nyckelringen eller i {folder}, så ingenting ändrades. Kontrollera att det går att skriva i mappen.</translation>
    </message>
    <message>
        <source>The audit log&apos;s key is not on this computer, so no entry can be added and nothing was changed. Copy the key file {file} from the computer that created it into {folder}.</source>
        <translation>Granskningsloggens nyckel finns inte på den här datorn, så ingen post kan läggas till och ingenting ändrades. Kopiera nyckelfilen {file} från datorn som skapade den till {folder}.</translation>
    </message>
    <message>
        <source>The birth date in the number lies in the future.</source>
        <translation>Födelsedatumet i numret ligger i framtiden.</translation>
    </message>
    <message>
        <source>The birth number (digits 9–11) cannot be 000.</source>
        <translation>Födelsenumret (siffra 9–11) kan inte vara 000.</translation>
    </message>
    <message>
        <source>The century must be 18, 19 or 20.</source>
        <translation>Århundradet måste vara 18, 19 eller 20.</translation>
    </message>
    <message>
        <source>The check digit does not match; look for a typing error.</source>
        <translation>Kontrollsiffran stämmer inte; leta efter ett skrivfel.</translation>
    </message>
    <message>
        <source>The data folder is read-only; changes cannot be saved.</source>
        <translation>Uppgiftsmappen är skrivskyddad; ändringar kan inte sparas.</translation>
    </message>
    <message>
        <source>The data folder was encrypted by another LärSam program meanwhile; nothing was saved. Open it again with its passphrase.</source>
        <translation>Uppgiftsmappen krypterades av ett annat LärSam-program under tiden; ingenting sparades. Öppna den igen med dess lösenfras.</translation>
    </message>
    <message>
        <source>The database address must begin with postgresql:// (a shared server) or sqlite:// (a file); nothing was opened.</source>
        <translation>Databasens adress måste börja med postgresql:// (en gemensam server) eller sqlite:// (en fil); ingenting öppnades.</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>Databasen kan inte öppnas.</translation>
    </message>
    <message>
        <source>The database could not be used.</source>
        <translation>Databasen kunde inte användas.</translation>
    </message>
    <message>
        <source>The database failed its check ({reason}) and was moved aside to {moved}. No verified backup was found; to start with an empty database, run `{start_empty}`.</source>
        <translation>Databasen klarade inte kontrollen ({reason}) och flyttades undan till {moved}. Ingen kontrollerad säkerhetskopia hittades; kör `{start_empty}` för att börja med en tom databas.</translation>
    </message>
    <message>
        <source>The database failed its check ({reason}) and was moved aside to {moved}. The newest verified backup is {backup_name}; restore it with `{restore}` (or start with an empty database: `{start_empty}`).</source>
        <translation>Databasen klarade inte kontrollen ({reason}) och flyttades undan till {moved}. Den senaste kontrollerade säkerhetskopian är {backup_name}; återställ den med `{restore}` (eller börja med en tom databas: `{start_empty}`).</translation>
    </message>
    <message>
        <source>The database file cannot be read: it does not start with a SQLite header.</source>
        <translation>Databasfilen går inte att läsa: den börjar inte med ett SQLite-huvud.</translation>
    </message>
    <message>
        <source>The database file cannot be read: it is not a file.</source>
        <translation>Databasfilen går inte att läsa: det är ingen fil.</translation>
    </message>
    <message>
        <source>The database file cannot be read: its write-ahead log (-wal) is missing or cut short, so recent changes are lost.</source>
        <translation>Databasfilen går inte att läsa: dess skrivlogg (-wal) saknas eller är avkortad, så de senaste ändringarna har gått förlorade.</translation>
    </message>
    <message>
        <source>The database file cannot be read: the file is empty.</source>
        <translation>Databasfilen går inte att läsa: filen är tom.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a LärSam database.</source>
        <translation>Databasfilen är skadad eller är ingen LärSam-databas.</translation>
    </message>
    <message>
        <source>The database has LärSam tables but no schema version; it cannot be used safely.</source>
        <translation>Databasen har LärSam-tabeller men ingen schemaversion; den kan inte användas säkert.</translation>
    </message>
    <message>
        <source>The database is busy in another program; try again in a moment.</source>
        <translation>Databasen används av ett annat program; försök igen om en stund.</translation>
    </message>
    <message>
        <source>The database records more than one schema version.</source>
        <translation>Databasen anger mer än en schemaversion.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the network and the server name; nothing was changed.</source>
        <translation>Databasservern går inte att nå. Kontrollera nätverket och serverns namn; ingenting ändrades.</translation>
    </message>
    <message>
        <source>A file could not be written (system error {code}).</source>
        <translation>En fil kunde inte skrivas (systemfel {code}).</translation>
    </message>
    <message>
        <source>A file could not be written: a folder on its way does not exist.</source>
        <translation>En fil kunde inte skrivas: en mapp på vägen dit finns inte.</translation>
    </message>
    <message>
        <source>A file could not be written: the disk could not be read or written.</source>
        <translation>En fil kunde inte skrivas: disken gick inte att läsa eller skriva.</translation>
    </message>
    <message>
        <source>Cannot read {path} (system error {code}).</source>
        <translation>Det går inte att läsa {path} (systemfel {code}).</translation>
    </message>
    <message>
        <source>Cannot read {path}: access is refused.</source>
        <translation>Det går inte att läsa {path}: åtkomst nekas.</translation>
    </message>
    <message>
        <source>Cannot read {path}: it does not exist.</source>
        <translation>Det går inte att läsa {path}: filen finns inte.</translation>
    </message>
    <message>
        <source>Cannot read {path}: it is a folder.</source>
        <translation>Det går inte att läsa {path}: det är en mapp.</translation>
    </message>
    <message>
        <source>Cannot read {path}: the disk could not be read.</source>
        <translation>Det går inte att läsa {path}: disken gick inte att läsa.</translation>
    </message>
    <message>
        <source>Cannot read {path}: the name is too long.</source>
        <translation>Det går inte att läsa {path}: namnet är för långt.</translation>
    </message>
    <message>
        <source>Cannot write {path} (system error {code}).</source>
        <translation>Det går inte att skriva {path} (systemfel {code}).</translation>
    </message>
    <message>
        <source>Cannot write {path}: a folder on its way does not exist.</source>
        <translation>Det går inte att skriva {path}: en mapp på vägen dit finns inte.</translation>
    </message>
    <message>
        <source>Cannot write {path}: a part of the path is not a folder.</source>
        <translation>Det går inte att skriva {path}: en del av sökvägen är ingen mapp.</translation>
    </message>
    <message>
        <source>Cannot write {path}: it is a folder.</source>
        <translation>Det går inte att skriva {path}: det är en mapp.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the disk could not be read or written.</source>
        <translation>Det går inte att skriva {path}: disken gick inte att läsa eller skriva.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the name is too long.</source>
        <translation>Det går inte att skriva {path}: namnet är för långt.</translation>
    </message>
    <message>
        <source>In the database address, {parameter} must be a number, not “{value}”.</source>
        <translation>I databasadressen måste {parameter} vara ett tal, inte ”{value}”.</translation>
    </message>
    <message>
        <source>The backup copy failed its check and was removed: SQLite found damage in it, or it is not a LärSam database.</source>
        <translation>Säkerhetskopian klarade inte kontrollen och togs bort: SQLite hittade skador i den, eller så är den ingen LärSam-databas.</translation>
    </message>
    <message>
        <source>The database failed its integrity check: SQLite found damage in the file (findings: {count}).</source>
        <translation>Databasen klarade inte sin integritetskontroll: SQLite hittade skador i filen (antal fynd: {count}).</translation>
    </message>
    <message>
        <source>The database failed its integrity check: stored records refer to records that are missing (findings: {count}).</source>
        <translation>Databasen klarade inte sin integritetskontroll: sparade uppgifter hänvisar till uppgifter som saknas (antal fynd: {count}).</translation>
    </message>
    <message>
        <source>The database file cannot be opened: SQLite cannot open it; check that its folder exists and can be reached.</source>
        <translation>Databasfilen kan inte öppnas: SQLite kan inte öppna den; kontrollera att mappen finns och går att nå.</translation>
    </message>
    <message>
        <source>The database file cannot be opened: the disk could not be read or written.</source>
        <translation>Databasfilen kan inte öppnas: disken gick inte att läsa eller skriva.</translation>
    </message>
    <message>
        <source>The database file cannot be read (system error {code}).</source>
        <translation>Databasfilen går inte att läsa (systemfel {code}).</translation>
    </message>
    <message>
        <source>The database file cannot be read as a database (SQLite error {code}).</source>
        <translation>Databasfilen går inte att läsa som en databas (SQLite-fel {code}).</translation>
    </message>
    <message>
        <source>The database file cannot be read as a database.</source>
        <translation>Databasfilen går inte att läsa som en databas.</translation>
    </message>
    <message>
        <source>The database file cannot be read as a database: SQLite is refused access to it.</source>
        <translation>Databasfilen går inte att läsa som en databas: SQLite nekas åtkomst till den.</translation>
    </message>
    <message>
        <source>The database file cannot be read as a database: a stored text is damaged.</source>
        <translation>Databasfilen går inte att läsa som en databas: en sparad text är skadad.</translation>
    </message>
    <message>
        <source>The database file cannot be read as a database: it is damaged.</source>
        <translation>Databasfilen går inte att läsa som en databas: den är skadad.</translation>
    </message>
    <message>
        <source>The database file cannot be read as a database: it is not an SQLite database.</source>
        <translation>Databasfilen går inte att läsa som en databas: den är ingen SQLite-databas.</translation>
    </message>
    <message>
        <source>The database file cannot be read as a database: the disk could not be read.</source>
        <translation>Databasfilen går inte att läsa som en databas: disken gick inte att läsa.</translation>
    </message>
    <message>
        <source>The database file cannot be read as a database: there is not enough memory.</source>
        <translation>Databasfilen går inte att läsa som en databas: minnet räcker inte.</translation>
    </message>
    <message>
        <source>The database file cannot be read: access to it is refused.</source>
        <translation>Databasfilen går inte att läsa: åtkomst till den nekas.</translation>
    </message>
    <message>
        <source>The database file cannot be read: the disk could not be read.</source>
        <translation>Databasfilen går inte att läsa: disken gick inte att läsa.</translation>
    </message>
    <message>
        <source>The database server cannot be reached; check the address and that the server is running.</source>
        <translation>Databasservern går inte att nå; kontrollera adressen och att servern är igång.</translation>
    </message>
    <message>
        <source>The database server did not answer for {seconds} seconds. Check the network connection and try again; what was not confirmed as saved was not saved.</source>
        <translation>Databasservern svarade inte på {seconds} sekunder. Kontrollera nätverksanslutningen och försök igen; det som inte bekräftades som sparat sparades inte.</translation>
    </message>
    <message>
        <source>The database server refused the request (SQLSTATE {code}).</source>
        <translation>Databasservern avvisade begäran (SQLSTATE {code}).</translation>
    </message>
    <message>
        <source>The database server stopped a request that took longer than {seconds} seconds; nothing was changed. Try again, or ask the server&apos;s administrator.</source>
        <translation>Databasservern avbröt en begäran som tog längre än {seconds} sekunder; ingenting ändrades. Försök igen eller fråga serverns administratör.</translation>
    </message>
    <message>
        <source>The disk is full; free some space. Nothing was saved.</source>
        <translation>Disken är full; frigör utrymme. Ingenting sparades.</translation>
    </message>
    <message>
        <source>The encrypted copy did not check out; nothing was changed.</source>
        <translation>Den krypterade kopian klarade inte kontrollen; ingenting ändrades.</translation>
    </message>
    <message>
        <source>The folder cannot be written to ({path}); nothing was changed.</source>
        <translation>Det går inte att skriva i mappen ({path}); ingenting ändrades.</translation>
    </message>
    <message>
        <source>The folder cannot be written to; nothing was changed.</source>
        <translation>Det går inte att skriva i mappen; ingenting ändrades.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Mappen {folder} finns inte.</translation>
    </message>
    <message>
        <source>The number does not contain a valid date.</source>
        <translation>Numret innehåller inget giltigt datum.</translation>
    </message>
    <message>
        <source>The number of learners must be between 1 and {max}.</source>
        <translation>Antalet deltagare måste vara mellan 1 och {max}.</translation>
    </message>
    <message>
        <source>The operation could not be completed.</source>
        <translation>Åtgärden kunde inte slutföras.</translation>
    </message>
    <message>
        <source>The passphrase is not right, so the database was not opened; nothing was changed. (If you are sure of it, the file may be damaged: restore a backup.)</source>
        <translation>Lösenfrasen stämmer inte, så databasen öppnades inte; ingenting ändrades. (Om du är säker på den kan filen vara skadad: återställ en säkerhetskopia.)</translation>
    </message>
    <message>
        <source>The pathway was changed meanwhile; the step was not removed.</source>
        <translation>Vägen ändrades under tiden; steget togs inte bort.</translation>
    </message>
    <message>
        <source>The period ends ({last}) before it starts ({first}).</source>
        <translation>Perioden slutar ({last}) innan den börjar ({first}).</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to the server could not be made: its certificate was not accepted or the server does not offer TLS. Check the CA file in the profile.</source>
        <translation>Den krypterade (TLS) förbindelsen till servern kunde inte upprättas: dess certifikat godtogs inte eller så erbjuder servern inte TLS. Kontrollera CA-filen i profilen.</translation>
    </message>
    <message>
        <source>The server has LärSam schema {server}, which needs a program of schema {needed} or newer; this one has {client}. Install the newer LärSam Desktop.</source>
        <translation>Servern har LärSam-schema {server}, som kräver ett program med schema {needed} eller nyare; det här har {client}. Installera den nyare versionen av LärSam Desktop.</translation>
    </message>
    <message>
        <source>The server has LärSam schema {server}; this program needs {needed} or newer. Ask your administrator to run &apos;larsam-desktop team upgrade&apos;.</source>
        <translation>Servern har LärSam-schema {server}; det här programmet behöver {needed} eller nyare. Be din administratör köra &apos;larsam-desktop team upgrade&apos;.</translation>
    </message>
    <message>
        <source>The server has no LärSam database yet. Ask your administrator to run &apos;larsam-desktop team init&apos;.</source>
        <translation>Servern har ingen LärSam-databas ännu. Be din administratör köra &apos;larsam-desktop team init&apos;.</translation>
    </message>
    <message>
        <source>The server refused the login: wrong user name or password, or the login was removed.</source>
        <translation>Servern nekade inloggningen: fel användarnamn eller lösenord, eller så har kontot tagits bort.</translation>
    </message>
    <message>
        <source>The server&apos;s {what} did not succeed: {reason}</source>
        <translation>Serverns {what} lyckades inte: {reason}</translation>
    </message>
    <message>
        <source>The study plan was changed meanwhile; reload it and try again.</source>
        <translation>Studieplanen ändrades under tiden; läs in den igen och försök på nytt.</translation>
    </message>
    <message>
        <source>The study plan was printed or changed since it was saved; the save was not undone.</source>
        <translation>Studieplanen har skrivits ut eller ändrats sedan den sparades; sparandet ångrades inte.</translation>
    </message>
    <message>
        <source>The threshold cannot be changed that way.</source>
        <translation>Tröskeln kan inte ändras på det sättet.</translation>
    </message>
    <message>
        <source>The threshold is k = {k} and can only be raised (asked for {requested}).</source>
        <translation>Tröskeln är k = {k} och kan bara höjas (begärt: {requested}).</translation>
    </message>
    <message>
        <source>There is no lärcentrum named {name}; &apos;team teams&apos; lists them.</source>
        <translation>Det finns inget lärcentrum som heter {name}; &apos;team teams&apos; listar dem.</translation>
    </message>
    <message>
        <source>There is no usable database: {what}, and no new one was created. No verified backup was found; to start with an empty database, run `{start_empty}`.</source>
        <translation>Det finns ingen användbar databas: {what}, och ingen ny skapades. Ingen kontrollerad säkerhetskopia hittades; kör `{start_empty}` för att börja med en tom databas.</translation>
    </message>
    <message>
        <source>There is no usable database: {what}, and no new one was created. The newest verified backup is {backup_name}; restore it with `{restore}` (or start with an empty database: `{start_empty}`).</source>
        <translation>Det finns ingen användbar databas: {what}, och ingen ny skapades. Den senaste kontrollerade säkerhetskopian är {backup_name}; återställ den med `{restore}` (eller börja med en tom databas: `{start_empty}`).</translation>
    </message>
    <message>
        <source>This data folder is encrypted already.</source>
        <translation>Uppgiftsmappen är redan krypterad.</translation>
    </message>
    <message>
        <source>This data folder is not encrypted; encrypt it first.</source>
        <translation>Uppgiftsmappen är inte krypterad; kryptera den först.</translation>
    </message>
    <message>
        <source>This data folder publishes with k = {k}. To publish with k = {requested} from now on, raise the threshold first (larsam-desktop stats threshold --raise {requested}); that starts a new publication series.</source>
        <translation>Den här uppgiftsmappen publicerar med k = {k}. För att publicera med k = {requested} från och med nu, höj först tröskeln (larsam-desktop stats threshold --raise {requested}); det påbörjar en ny publiceringsserie.</translation>
    </message>
    <message>
        <source>This data folder publishes with k = {k}; a lower threshold is never used (exports at two thresholds would reveal hidden figures).</source>
        <translation>Den här uppgiftsmappen publicerar med k = {k}; en lägre tröskel används aldrig (exporter med två trösklar skulle avslöja dolda siffror).</translation>
    </message>
    <message>
        <source>This database holds real learners; demo data is never mixed with them. Use an empty data folder (--data-dir) for demo data.</source>
        <translation>Databasen innehåller riktiga deltagare; demodata blandas aldrig med dem. Använd en tom uppgiftsmapp (--data-dir) för demodata.</translation>
    </message>
    <message>
        <source>This database is encrypted: enter its passphrase to open it.</source>
        <translation>Databasen är krypterad: ange dess lösenfras för att öppna den.</translation>
    </message>
    <message>
        <source>This database is not encrypted; encrypt it with `larsam-desktop encrypt` (a passphrase alone does not).</source>
        <translation>Databasen är inte krypterad; kryptera den med `larsam-desktop encrypt` (det räcker inte med en lösenfras).</translation>
    </message>
    <message>
        <source>This database was written by a newer version of LärSam Desktop (schema {schema}). Install the newer version to open it; nothing was changed.</source>
        <translation>Databasen skrevs av en nyare version av LärSam Desktop (schema {schema}). Installera den nyare versionen för att öppna den; inget ändrades.</translation>
    </message>
    <message>
        <source>This looks like a university interim number (a letter in the serial); it is not a personnummer.</source>
        <translation>Det här ser ut som ett tillfälligt lärosätesnummer (en bokstav i födelsenumret); det är inget personnummer.</translation>
    </message>
    <message>
        <source>This program is still saving to the database; wait for that to finish and try again. Nothing was changed.</source>
        <translation>Programmet sparar fortfarande i databasen; vänta tills det är klart och försök igen. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>Unknown column(s): {names}. The columns are: {columns}.</source>
        <translation>Okänd kolumn: {names}. Kolumnerna är: {columns}.</translation>
    </message>
    <message>
        <source>Unknown format {format}; use one of {formats}.</source>
        <translation>Okänt format {format}; använd något av {formats}.</translation>
    </message>
    <message>
        <source>Unknown language {language}: choose sv or en.</source>
        <translation>Okänt språk {language}: välj sv eller en.</translation>
    </message>
    <message>
        <source>Write the number as YYYYMMDD-NNNN or YYMMDD-NNNN.</source>
        <translation>Skriv numret som ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN.</translation>
    </message>
    <message>
        <source>Your login lacks a right this needs on the server.</source>
        <translation>Ditt konto saknar en behörighet som detta kräver på servern.</translation>
    </message>
    <message>
        <source>Your login lacks the right to use the {kind} {name} on the server; ask your administrator (larsam-desktop team add-coach).</source>
        <translation>Ditt konto saknar rätt att använda {kind} {name} på servern; fråga din administratör (larsam-desktop team add-coach).</translation>
    </message>
    <message>
        <source>Your login may not use LärSam&apos;s data on this server. Ask your administrator to add you with &apos;larsam-desktop team add-coach&apos;.</source>
        <translation>Ditt konto får inte använda LärSams uppgifter på den här servern. Be din administratör lägga till dig med &apos;larsam-desktop team add-coach&apos;.</translation>
    </message>
    <message>
        <source>no route to grundläggande behörighet is in force on {on}</source>
        <translation>ingen väg till grundläggande behörighet gäller den {on}</translation>
    </message>
    <message>
        <source>the database file {file} is missing or empty</source>
        <translation>databasfilen {file} saknas eller är tom</translation>
    </message>
    <message>
        <source>the requirements for {target} apply from {start}, not on {on}</source>
        <translation>kraven för {target} gäller från {start}, inte den {on}</translation>
    </message>
    <message>
        <source>unknown target {target}</source>
        <translation>okänt mål {target}</translation>
    </message>
    <message>
        <source>{file} cannot be restored: SQLite found damage in it. Nothing was changed.</source>
        <translation>{file} kan inte återställas: SQLite hittade skador i den. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>{file} cannot be restored: it does not exist. Nothing was changed.</source>
        <translation>{file} kan inte återställas: filen finns inte. Inget ändrades.</translation>
    </message>
    <message>
        <source>{file} cannot be restored: it is not a LärSam database. Nothing was changed.</source>
        <translation>{file} kan inte återställas: den är ingen LärSam-databas. Inget ändrades.</translation>
    </message>
    <message>
        <source>{file} cannot be restored: its checksum does not match the one recorded when it was made. Nothing was changed.</source>
        <translation>{file} kan inte återställas: kontrollsumman stämmer inte med den som sparades när kopian gjordes. Inget ändrades.</translation>
    </message>
    <message>
        <source>{text} is not a statistics period. Give a term (HT2025, VT2026), a calendar year (2025) or a school year (2024/25).</source>
        <translation>{text} är ingen statistikperiod. Ange en termin (HT2025, VT2026), ett kalenderår (2025) eller ett läsår (2024/25).</translation>
    </message>
    <message>
        <source>{file} was set aside as damaged</source>
        <translation>{file} lades undan som skadad</translation>
    </message>
    <message>
        <source>{file} was written by a newer version of LärSam Desktop (schema {schema}); nothing was changed.</source>
        <translation>{file} skrevs av en nyare version av LärSam Desktop (schema {schema}); inget ändrades.</translation>
    </message>
    <message>
        <source>{file}, {where}: {problem}</source>
        <translation>{file}, {where}: {problem}</translation>
    </message>
    <message>
        <source>{kind} {id} does not exist; it may have been deleted.</source>
        <translation>{kind} {id} finns inte; den kan ha tagits bort.</translation>
    </message>
    <message>
        <source>{name}: only CSV and XLSX exports can be merged (not {suffix}).</source>
        <translation>{name}: bara CSV- och XLSX-exporter kan slås samman (inte {suffix}).</translation>
    </message>
    <message>
        <source>{out} is a folder; give a file name.</source>
        <translation>{out} är en mapp; ange ett filnamn.</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file.</source>
        <translation>{path} finns inte eller är ingen fil.</translation>
    </message>
    <message>
        <source>{path} is a folder.</source>
        <translation>{path} är en mapp.</translation>
    </message>
    <message>
        <source>{period} has not ended yet (it ends on {end}); statistics are published for ended periods only. The dashboard shows the figures so far.</source>
        <translation>{period} har inte slutat än (den slutar {end}); statistik publiceras bara för avslutade perioder. Översikten visar siffrorna hittills.</translation>
    </message>
    <message>
        <source>{reason} No verified backup was found.</source>
        <translation>{reason} Ingen kontrollerad säkerhetskopia hittades.</translation>
    </message>
    <message>
        <source>{reason} The newest verified backup is {backup_name}; restore it with `{restore}`.</source>
        <translation>{reason} Den senaste kontrollerade säkerhetskopian är {backup_name}; återställ den med `{restore}`.</translation>
    </message>
    <message>
        <source>{target} is the old code of several programmes ({programmes}): choose one</source>
        <translation>{target} är den gamla koden för flera program ({programmes}): välj ett</translation>
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
</TS>
