<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AddressCheck</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/address_check.py" line="+20"/>
        <source>Check the address</source>
        <translation>Adresse prüfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I checked this address</source>
        <translation>Ich habe diese Adresse geprüft</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This address is not verified in the case bundle: it may be a placeholder or a guess. Check it against the campaign&apos;s own materials, correct it here (one line per line; the country is added by itself), then confirm. Every letter in the queue to this address will use it.</source>
        <translation>Diese Adresse ist im Fallpaket nicht geprüft: Sie ist vielleicht nur ein Platzhalter oder eine Vermutung. Prüfen Sie sie mit den Unterlagen der Kampagne, korrigieren Sie sie hier (eine Zeile pro Adresszeile; das Land wird automatisch ergänzt) und bestätigen Sie dann. Alle Briefe in der Warteschlange an diese Adresse verwenden sie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>AlignmentPanel</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/alignment_panel.py" line="+40"/>
        <source>1. Print the test page on plain paper.
2. Hold it against a label sheet in front of a light.
3. If the boxes sit to the right of the labels (or below them), lower the offset across (or down) by that many millimetres; to the left (or above), raise it.
4. Save, print the test page again, and repeat until the outlines match the labels.</source>
        <translation>1. Drucken Sie die Testseite auf normales Papier.
2. Halten Sie sie vor einer Lampe auf einen Etikettenbogen.
3. Liegen die Kästchen rechts von den Etiketten (oder darunter), verringern Sie den Versatz waagerecht (oder senkrecht) um so viele Millimeter; liegen sie links (oder darüber), erhöhen Sie ihn.
4. Speichern Sie, drucken Sie die Testseite erneut und wiederholen Sie das, bis die Umrisse zu den Etiketten passen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Label &amp;sheet</source>
        <translation>Etiketten&amp;bogen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Positive moves the print to the right</source>
        <translation>Positive Werte verschieben den Druck nach rechts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Positive moves the print down</source>
        <translation>Positive Werte verschieben den Druck nach unten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sa&amp;ve offsets</source>
        <translation>Versatz &amp;speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print &amp;test page</source>
        <translation>&amp;Testseite drucken</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Offsets are kept for this laptop&apos;s printer: %1</source>
        <translation>Der Versatz gilt für den Drucker dieses Laptops: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Offsets saved: %1 mm across, %2 mm down.</source>
        <translation>Versatz gespeichert: %1 mm waagerecht, %2 mm senkrecht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The test page was not printed: %1</source>
        <translation>Die Testseite wurde nicht gedruckt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test page sent to %1.</source>
        <translation>Testseite an %1 gesendet.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../w4r_desktop/gui/widgets/bar_chart.py" line="+28"/>
        <source>Letters per case</source>
        <translation>Briefe pro Fall</translation>
    </message>
</context>
<context>
    <name>BundleEditor</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/bundle_editor/editor.py" line="+81"/>
        <location line="+18"/>
        <source>Case bundle editor</source>
        <translation>Fallpaket-Editor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go to the next problem</source>
        <translation>&amp;Zum nächsten Problem</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The campaign and its cases</source>
        <translation>Die Kampagne und ihre Fälle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add a case</source>
        <translation>Fall &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Preview this case…</source>
        <translation>&amp;Vorschau dieses Falls…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save draft</source>
        <translation>Entwurf &amp;speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export a .zip file for other groups</source>
        <translation>Eine .zip-Datei für andere Gruppen exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use at &amp;this event</source>
        <translation>Bei dieser Veranstaltung &amp;nutzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The campaign: %1</source>
        <translation>Die Kampagne: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>a new bundle</source>
        <translation>ein neues Paket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 problem to fix before it can be used or shared.</source>
        <translation>1 Problem muss behoben werden, bevor es genutzt oder weitergegeben werden kann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n problems to fix before it can be used or shared.</source>
        <translation>%n Probleme müssen behoben werden, bevor es genutzt oder weitergegeben werden kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready: it can be used at this event and shared with other groups.</source>
        <translation>Bereit: Es kann bei dieser Veranstaltung genutzt und an andere Gruppen weitergegeben werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 case</source>
        <translation>1 Fall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n cases</source>
        <translation>%n Fälle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2. %3</source>
        <translation>%1, %2. %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>: has problems</source>
        <translation>: hat Probleme</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Removed %1. Close without saving to keep it.</source>
        <translation>%1 wurde entfernt. Um den Fall zu behalten, schließen Sie ohne zu speichern.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fix the problems marked in this case to see its preview.</source>
        <translation>Beheben Sie die markierten Probleme in diesem Fall, um die Vorschau zu sehen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved as a draft: fix the problems before using it.</source>
        <translation>Als Entwurf gespeichert: Beheben Sie die Probleme, bevor Sie das Paket nutzen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The bundle was not exported: %1</source>
        <translation>Das Paket wurde nicht exportiert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to %1: other groups load it with Load from a .zip file.</source>
        <translation>Exportiert nach %1: Andere Gruppen laden es mit „Aus einer .zip-Datei laden“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Volunteers now write from %1.</source>
        <translation>Die Freiwilligen schreiben jetzt mit %1.</translation>
    </message>
</context>
<context>
    <name>BundleProblems</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/bundle_editor/problems.py" line="+18"/>
        <source>Fill this in.</source>
        <translation>Bitte ausfüllen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one.</source>
        <translation>Fügen Sie mindestens einen Eintrag hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a country: choose one from the list.</source>
        <translation>„%1“ ist kein Land: Wählen Sie eines aus der Liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a language: use two-letter codes (en, es, fr…).</source>
        <translation>„%1“ ist keine Sprache: Verwenden Sie Kürzel aus zwei Buchstaben (en, es, fr…).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a currency from the list (USD, EUR…).</source>
        <translation>Wählen Sie eine Währung aus der Liste (USD, EUR…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A case file cannot say this: remove it.</source>
        <translation>Das darf nicht in einer Falldatei stehen: Entfernen Sie es.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the date as 2026-12-10.</source>
        <translation>Schreiben Sie das Datum so: 2026-12-10.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a number, e.g. 1.70.</source>
        <translation>Geben Sie eine Zahl ein, z. B. 1.70.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write 0 or more.</source>
        <translation>Geben Sie 0 oder mehr ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add at least one official to write to.</source>
        <translation>Fügen Sie mindestens eine Behörde hinzu, an die geschrieben wird.</translation>
    </message>
</context>
<context>
    <name>CampaignForm</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/bundle_editor/campaign_form.py" line="+24"/>
        <source>The campaign</source>
        <translation>Die Kampagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign name</source>
        <translation>Name der Kampagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation (the section whose targets and postage these are)</source>
        <translation>Organisation (die Sektion, für die diese Adressen und Portosätze gelten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the texts</source>
        <translation>Sprache der Texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country letters are posted from</source>
        <translation>Land, aus dem die Briefe verschickt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day to write (YYYY-MM-DD, optional)</source>
        <translation>Letzter Tag zum Schreiben (JJJJ-MM-TT, optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report the totals by (YYYY-MM-DD)</source>
        <translation>Summen melden bis (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to report (web address)</source>
        <translation>Wo melden (Webadresse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who to ask</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postage for a one-ounce letter</source>
        <translation>Porto für einen Brief bis 1 Unze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stamp at home</source>
        <translation>Briefmarke Inland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stamp abroad</source>
        <translation>Briefmarke Ausland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing tips shown beside the letter</source>
        <translation>Schreibtipps neben dem Brief</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tip %1 is for</source>
        <translation>Tipp %1 gilt für</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appeal letters</source>
        <translation>Appellbriefe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messages of support</source>
        <translation>Solidaritätsbotschaften</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tip</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this tip</source>
        <translation>Diesen Tipp entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a tip</source>
        <translation>Tipp hinzufügen</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/bundle_editor/case_form.py" line="+63"/>
        <source>Officials to write to</source>
        <translation>Behörden, an die geschrieben wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an official to write to</source>
        <translation>Behörde hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a way to send support</source>
        <translation>Weg der Unterstützung hinzufügen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The person</source>
        <translation>Die Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File name (the case&apos;s id)</source>
        <translation>Dateiname (die ID des Falls)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened, in one line</source>
        <translation>Was geschah, in einer Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their story (a blank line between paragraphs)</source>
        <translation>Geschichte der Person (Leerzeile zwischen Absätzen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status (imprisoned, released on …)</source>
        <translation>Status (inhaftiert, freigelassen am …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo credit</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the photo shows (for people who cannot see it)</source>
        <translation>Was das Foto zeigt (für Menschen, die es nicht sehen können)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal details a message of support may mention, one per line</source>
        <translation>Persönliche Angaben, die eine Solidaritätsbotschaft erwähnen darf, eine pro Zeile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sources, one web address per line</source>
        <translation>Quellen, eine Webadresse pro Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ask</source>
        <translation>Die Forderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the campaign asks for</source>
        <translation>Was die Kampagne fordert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a photo…</source>
        <translation>Foto auswählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Photo (PNG or JPEG; it is scaled down for the kiosk)</source>
        <translation>Foto (PNG oder JPEG; wird für den Kiosk verkleinert)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>News since the campaign began</source>
        <translation>Neuigkeiten seit Beginn der Kampagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The person is free</source>
        <translation>Die Person ist frei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this news</source>
        <translation>Diese Neuigkeit entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add news</source>
        <translation>Neuigkeit hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Official %1</source>
        <translation>Behörde %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title (as in a letter&apos;s heading)</source>
        <translation>Amtsbezeichnung (wie im Briefkopf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name (if known)</source>
        <translation>Name (falls bekannt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greeting (Dear …)</source>
        <translation>Anrede (Sehr geehrte …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Address, one line per line of the envelope (no country)</source>
        <translation>Adresse, eine Zeile pro Zeile des Umschlags (ohne Land)</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+32"/>
        <source>Country of the address</source>
        <translation>Land der Adresse</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The address in the local script, for the letter only (optional)</source>
        <translation>Die Adresse in der Landesschrift, nur für den Brief (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Languages the official reads</source>
        <translation>Sprachen, die die Behörde liest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talking points, one per line</source>
        <translation>Kernpunkte, einer pro Zeile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sample letter</source>
        <translation>Musterbrief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this official</source>
        <translation>Diese Behörde entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Support %1</source>
        <translation>Unterstützung %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By post</source>
        <translation>Per Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A photo action</source>
        <translation>Eine Fotoaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No way yet</source>
        <translation>Noch kein Weg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How messages reach them</source>
        <translation>Wie die Botschaften ankommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Instructions for volunteers</source>
        <translation>Hinweise für Freiwillige</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Languages they read</source>
        <translation>Gelesene Sprachen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules for messages, one per line</source>
        <translation>Regeln für Botschaften, eine pro Zeile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forbidden words, separated by commas</source>
        <translation>Verbotene Wörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greetings by language, one per line (es: ¡Ánimo!)</source>
        <translation>Grußformeln je Sprache, eine pro Zeile (es: ¡Ánimo!)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this way</source>
        <translation>Diesen Weg entfernen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Address checked</source>
        <translation>Adresse geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked by</source>
        <translation>Geprüft von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked on (YYYY-MM-DD)</source>
        <translation>Geprüft am (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it was checked (a web address or a note)</source>
        <translation>Wo geprüft wurde (Webadresse oder Notiz)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>This picture was not used: %1</source>
        <translation>Dieses Bild wurde nicht verwendet: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photo added, scaled for the kiosk.</source>
        <translation>Foto hinzugefügt und für den Kiosk verkleinert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No photo</source>
        <translation>Kein Foto</translation>
    </message>
</context>
<context>
    <name>CaseGallery</name>
    <message>
        <location filename="../../w4r_desktop/gui/kiosk/gallery.py" line="+29"/>
        <source>Choose a person to write for</source>
        <translation>Wählen Sie eine Person, für die Sie schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each card is a real person or group. Pick one to read their story.</source>
        <translation>Jede Karte steht für einen echten Menschen oder eine echte Gruppe. Wählen Sie eine Karte, um die Geschichte zu lesen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../w4r_desktop/gui/kiosk/case_page.py" line="+118"/>
        <source>Update, {date}: {news}</source>
        <translation>Neuigkeit, {date}: {news}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What we ask</source>
        <translation>Unsere Forderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who we write to</source>
        <translation>An wen wir schreiben</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>An appeal letter goes to {who}.</source>
        <translation>Ein Appellbrief geht an {who}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An appeal letter goes to {who}, {where}.</source>
        <translation>Ein Appellbrief geht an {who}, {where}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A message of solidarity goes to {who}, through {office}, which forwards it.</source>
        <translation>Eine Solidaritätsbotschaft geht an {who} über {office}, das sie weiterleitet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A message of solidarity goes to {who}, {where}.</source>
        <translation>Eine Solidaritätsbotschaft geht an {who}, {where}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Messages of solidarity cannot be posted to {name} from here. You can still write an appeal letter, and show your support in another way:</source>
        <translation>Solidaritätsbotschaften an {name} können von hier nicht per Post verschickt werden. Sie können trotzdem einen Appellbrief schreiben und Ihre Unterstützung auf andere Weise zeigen:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other ways to show support:</source>
        <translation>Weitere Wege, Unterstützung zu zeigen:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Scan to act online:</source>
        <translation>Scannen, um online aktiv zu werden:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All cases</source>
        <translation>Alle Fälle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to the official</source>
        <translation>An die Behörde schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a message of solidarity</source>
        <translation>Solidaritätsbotschaft senden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not possible by post for this case</source>
        <translation>In diesem Fall nicht per Post möglich</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} has been free since {date}. Send a message of support instead of an appeal.</source>
        <translation>{name} ist seit {date} frei. Senden Sie eine Solidaritätsbotschaft statt eines Appells.</translation>
    </message>
</context>
<context>
    <name>CasePreview</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/bundle_editor/preview.py" line="+81"/>
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show in</source>
        <translation>Anzeigen in</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Card in the gallery</source>
        <translation>Karte in der Galerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case page</source>
        <translation>Fallseite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Envelope for %1</source>
        <translation>Umschlag für %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Envelope: %1</source>
        <translation>Umschlag: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show in:</source>
        <translation>Anzeigen in:</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <location filename="../../w4r_desktop/gui/kiosk/case_page.py" line="-209"/>
        <source>imprisoned</source>
        <translation>inhaftiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>released</source>
        <translation>freigelassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at risk</source>
        <translation>in Gefahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awaiting justice</source>
        <translation>wartet auf Gerechtigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forcibly disappeared</source>
        <translation>gewaltsam verschwunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on bail</source>
        <translation>gegen Kaution frei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on trial</source>
        <translation>vor Gericht</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/cases_page.py" line="+95"/>
        <source>Problems in the bundle that was not loaded</source>
        <translation>Probleme im nicht geladenen Paket</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case bundle</source>
        <translation>Fallpaket</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Load from a &amp;folder…</source>
        <translation>Aus einem &amp;Ordner laden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load a case bundle from a folder (for example on a USB stick)</source>
        <translation>Ein Fallpaket aus einem Ordner laden (zum Beispiel von einem USB-Stick)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load from a .&amp;zip file…</source>
        <translation>Aus einer .&amp;zip-Datei laden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load a case bundle packed as a .zip file</source>
        <translation>Ein Fallpaket laden, das als .zip-Datei gepackt ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the &amp;shipped cases</source>
        <translation>&amp;Mitgelieferte Fälle nutzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the cases that came with W4R Desktop</source>
        <translation>Zurück zu den Fällen, die mit W4R Desktop geliefert wurden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the &amp;previous bundle</source>
        <translation>&amp;Vorheriges Paket nutzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New bundle for this year…</source>
        <translation>&amp;Neues Paket für dieses Jahr…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write this year&apos;s cases in forms, empty or from a copy of the cases in use</source>
        <translation>Die Fälle dieses Jahres in Formularen erfassen, leer oder als Kopie der aktuellen Fälle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit the cases…</source>
        <translation>Fälle &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the cases in forms, or go on with the draft saved on this laptop</source>
        <translation>Die Fälle in Formularen ändern oder mit dem Entwurf auf diesem Laptop weitermachen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cases: checked cases are offered to volunteers</source>
        <translation>Fälle: Angehakte Fälle werden den Freiwilligen angeboten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cases offered to volunteers</source>
        <translation>Fälle für die Freiwilligen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Addresses to check before mailing</source>
        <translation>Vor dem Versand zu prüfende Adressen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addresses marked unverified: check them before mailing</source>
        <translation>Als ungeprüft markierte Adressen: Prüfen Sie sie vor dem Versand</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Given on the command line: %1</source>
        <translation>In der Befehlszeile angegeben: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loaded into this laptop (the USB stick or folder it came from can be removed).</source>
        <translation>Auf diesen Laptop geladen (der USB-Stick oder Ordner kann entfernt werden).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipped with W4R Desktop.</source>
        <translation>Mit W4R Desktop geliefert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In use: %1 (%2), %3 cases.</source>
        <translation>In Gebrauch: %1 (%2), %3 Fälle.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Go back to %1, the bundle in use before the last change</source>
        <translation>Zurück zu %1, dem Paket vor der letzten Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no previous bundle</source>
        <translation>Es gibt kein vorheriges Paket</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every address in this bundle is marked verified.</source>
        <translation>Alle Adressen in diesem Paket sind als geprüft markiert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>official&apos;s address</source>
        <translation>Adresse der Behörde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address for solidarity messages</source>
        <translation>Adresse für Solidaritätsbotschaften</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The editor is open: close it first to start a new bundle.</source>
        <translation>Der Editor ist geöffnet: Schließen Sie ihn zuerst, um ein neues Paket zu beginnen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This bundle was not loaded: 1 problem. The cases in use have not changed.</source>
        <translation>Dieses Paket wurde nicht geladen: 1 Problem. Die aktuellen Fälle bleiben unverändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This bundle was not loaded: %n problems. The cases in use have not changed.</source>
        <translation>Dieses Paket wurde nicht geladen: %n Probleme. Die aktuellen Fälle bleiben unverändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This bundle was not loaded: %1</source>
        <translation>Dieses Paket wurde nicht geladen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loaded %1: %2 cases.</source>
        <translation>%1 geladen: %2 Fälle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 address is marked unverified: check it before mailing.</source>
        <translation>1 Adresse ist als ungeprüft markiert: Prüfen Sie sie vor dem Versand.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n addresses are marked unverified: check them before mailing.</source>
        <translation>%n Adressen sind als ungeprüft markiert: Prüfen Sie sie vor dem Versand.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Now using %1 again.</source>
        <translation>Wieder in Gebrauch: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Now using the cases shipped with W4R Desktop.</source>
        <translation>Jetzt werden die mit W4R Desktop gelieferten Fälle genutzt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>At least one case must stay on for volunteers to choose.</source>
        <translation>Mindestens ein Fall muss aktiv bleiben, damit die Freiwilligen wählen können.</translation>
    </message>
</context>
<context>
    <name>ConsolePlaceholder</name>
    <message>
        <location filename="../../w4r_desktop/gui/main_window.py" line="+48"/>
        <source>Leader console</source>
        <translation>Konsole der Gruppenleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the kiosk</source>
        <translation>Zurück zum Kiosk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave kiosk mode</source>
        <translation>Kioskmodus verlassen</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../w4r_desktop/gui/crash.py" line="+19"/>
        <source>Write for Rights</source>
        <translation>Write for Rights</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>an unexpected error ({kind})</source>
        <translation>ein unerwarteter Fehler ({kind})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W4R Desktop could not finish what it was doing: {what}.</source>
        <translation>W4R Desktop konnte eine Aufgabe nicht abschließen: {what}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The details are in {file}.</source>
        <translation>Details stehen in {file}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If it happens again, ask the event leader to restart W4R Desktop.</source>
        <translation>Wenn das wieder passiert, bitten Sie die Gruppenleitung, W4R Desktop neu zu starten.</translation>
    </message>
</context>
<context>
    <name>EditorOpening</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/bundle_editor/opening.py" line="+33"/>
        <source>Choose the person&apos;s photo</source>
        <translation>Foto der Person auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Fotos (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the bundle for other groups</source>
        <translation>Paket für andere Gruppen exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case bundles (*.zip)</source>
        <translation>Fallpakete (*.zip)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New bundle</source>
        <translation>Neues Paket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start this year&apos;s bundle empty, or from a copy of the cases in use (keep, change or remove each)?</source>
        <translation>Das Paket für dieses Jahr leer beginnen oder mit einer Kopie der aktuellen Fälle (jeden behalten, ändern oder entfernen)?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This replaces the draft saved on this laptop.</source>
        <translation>Dies ersetzt den auf diesem Laptop gespeicherten Entwurf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start empty</source>
        <translation>Leer beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the cases in use</source>
        <translation>Aktuelle Fälle kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The saved draft could not be read (%1); it is kept in %2. Editing the cases in use.</source>
        <translation>Der gespeicherte Entwurf konnte nicht gelesen werden (%1); er bleibt in %2 erhalten. Bearbeitet werden die aktuellen Fälle.</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/event_page.py" line="+69"/>
        <source>What this event is and how this laptop works. Changes apply when you save.</source>
        <translation>Worum es bei dieser Veranstaltung geht und wie dieser Laptop arbeitet. Änderungen gelten nach dem Speichern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event setup</source>
        <translation>Veranstaltung einrichten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer screens</source>
        <translation>Bildschirme für Freiwillige</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Choose cases…</source>
        <translation>Fälle &amp;wählen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Cases offered</source>
        <translation>Angebotene Fälle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The system&apos;s default printer</source>
        <translation>Standarddrucker des Systems</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: choose at least one.</source>
        <translation>%1: Wählen Sie mindestens eines aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was saved.</source>
        <translation>Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <location line="+5"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>No changes to save.</source>
        <translation>Keine Änderungen zu speichern.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved. Checking the shared server…</source>
        <translation>Gespeichert. Der gemeinsame Server wird geprüft…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>But: %1.</source>
        <translation>Aber: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The shared server answered: %1.</source>
        <translation>Der gemeinsame Server meldet: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 cases</source>
        <translation>%1 von %2 Fällen</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/bundle_editor/fields.py" line="+210"/>
        <source>In the bundle&apos;s language</source>
        <translation>In der Sprache des Pakets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (optional)</source>
        <translation>%1 (optional)</translation>
    </message>
</context>
<context>
    <name>KioskFlow</name>
    <message>
        <location filename="../../w4r_desktop/gui/kiosk/flow.py" line="+259"/>
        <source>This letter cannot be printed: {reason}</source>
        <translation>Dieser Brief kann nicht gedruckt werden: {reason}</translation>
    </message>
</context>
<context>
    <name>LabelsPanel</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/labels_panel.py" line="+53"/>
        <source>&amp;Print labels</source>
        <translation>Etiketten &amp;drucken</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Case</source>
        <translation>&amp;Fall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address as printed</source>
        <translation>Die Adresse, wie sie gedruckt wird</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Label &amp;sheet</source>
        <translation>Etiketten&amp;bogen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Number of labels</source>
        <translation>A&amp;nzahl Etiketten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start at &amp;label</source>
        <translation>Beginnen bei Eti&amp;kett</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first free label on a partly used sheet, counted across then down</source>
        <translation>Das erste freie Etikett auf einem angebrochenen Bogen, erst nach rechts, dann nach unten gezählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw label &amp;outlines (for a test on plain paper)</source>
        <translation>&amp;Umrisse der Etiketten drucken (für einen Test auf normalem Papier)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Click the first free label (or use the arrow keys).</source>
        <translation>Klicken Sie auf das erste freie Etikett (oder nutzen Sie die Pfeiltasten).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grey, crossed: already used. Yellow: will be printed.</source>
        <translation>Grau, durchgestrichen: schon benutzt. Gelb: wird gedruckt.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Official: %1</source>
        <translation>Behörde: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Solidarity: %1</source>
        <translation>Solidarität: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This address is marked unverified: check it before mailing.</source>
        <translation>Diese Adresse ist als ungeprüft markiert: Prüfen Sie sie vor dem Versand.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Uses 1 sheet.</source>
        <translation>Braucht 1 Bogen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uses %n sheets.</source>
        <translation>Braucht %n Bögen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The labels were not printed: %1</source>
        <translation>Die Etiketten wurden nicht gedruckt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 label sent to %1.</source>
        <translation>1 Etikett an %1 gesendet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n labels sent to %1.</source>
        <translation>%n Etiketten an %1 gesendet.</translation>
    </message>
</context>
<context>
    <name>LanguageList</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/bundle_editor/language_list.py" line="+39"/>
        <source>Add a language…</source>
        <translation>Sprache hinzufügen…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Take off %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>LaptopCheck</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/laptop_check.py" line="+27"/>
        <source>This laptop</source>
        <translation>Dieser Laptop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chec&amp;k this laptop</source>
        <translation>Laptop &amp;prüfen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All is well.</source>
        <translation>Alles in Ordnung.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n thing(s) to put right before the event:</source>
        <translation>
            <numerusform>%n Sache vor der Veranstaltung zu beheben:</numerusform>
            <numerusform>%n Sachen vor der Veranstaltung zu beheben:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeaderConsole</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/console.py" line="+80"/>
        <source>Console pages</source>
        <translation>Seiten der Konsole</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tally</source>
        <translation>Zählung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync &amp; report</source>
        <translation>Abgleich &amp; Bericht</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Group leader&apos;s console</source>
        <translation>Konsole der Gruppenleitung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back to the kiosk</source>
        <translation>&amp;Zurück zum Kiosk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to the volunteer screens, exactly where they were</source>
        <translation>Zurück zu den Bildschirmen der Freiwilligen, genau dorthin, wo sie waren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Leave kiosk mode</source>
        <translation>Kioskmodus &amp;verlassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave full screen, so the application can be closed</source>
        <translation>Vollbild verlassen, damit die Anwendung geschlossen werden kann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Big-screen &amp;counter</source>
        <translation>&amp;Großbild-Zähler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The live count and letters per case, full screen on a projector or second screen</source>
        <translation>Die aktuelle Zählung und die Briefe pro Fall, im Vollbild auf einem Beamer oder zweiten Bildschirm</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Prepare this year&apos;s cases…</source>
        <translation>Fälle für dieses Jahr vorbereiten…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Volunteers write from: %1.</source>
        <translation>Die Freiwilligen schreiben mit: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volunteers write from %1, whose report-by date (%2) has passed: its cases and asks may be out of date.</source>
        <translation>Die Freiwilligen schreiben mit %1, dessen Meldefrist (%2) abgelaufen ist: Fälle und Forderungen sind vielleicht veraltet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volunteers write from %1: its cases and asks may be out of date.</source>
        <translation>Die Freiwilligen schreiben mit %1: Fälle und Forderungen sind vielleicht veraltet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volunteers write from %1, a campaign of %2: its cases and asks may be out of date.</source>
        <translation>Die Freiwilligen schreiben mit %1, einer Kampagne von %2: Fälle und Forderungen sind vielleicht veraltet.</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <location filename="../../w4r_desktop/gui/kiosk/editor.py" line="+129"/>
        <source>To: {address}</source>
        <translation>An: {address}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date: {date}</source>
        <translation>Datum: {date}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your town</source>
        <translation>Ihr Wohnort</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opening words</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your letter</source>
        <translation>Ihr Brief</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your message</source>
        <translation>Ihre Botschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing words</source>
        <translation>Grußformel</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Start with a greeting in {language}</source>
        <translation>Mit einer Anrede auf {language} beginnen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add my postal address</source>
        <translation>Meine Postadresse hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only if you want a reply or the case asks for a sender. Your address is printed on this letter and envelope only; W4R Desktop forgets it as soon as you finish.</source>
        <translation>Nur wenn Sie eine Antwort möchten oder der Fall einen Absender verlangt. Ihre Adresse wird nur auf diesen Brief und Umschlag gedruckt; W4R Desktop vergisst sie, sobald Sie fertig sind.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For some people it is safer not to give an address: ask the event leader.</source>
        <translation>Für manche Menschen ist es sicherer, keine Adresse anzugeben: Fragen Sie die Gruppenleitung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My address (one line each)</source>
        <translation>Meine Adresse (Zeile für Zeile)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Counting pages…</source>
        <translation>Seiten werden gezählt…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What to say</source>
        <translation>Was Sie schreiben können</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About {name}</source>
        <translation>Über {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules for this message</source>
        <translation>Regeln für diese Botschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tips</source>
        <translation>Tipps</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Help with your letter</source>
        <translation>Hilfe für Ihren Brief</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to the case</source>
        <translation>Zurück zum Fall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See my letter</source>
        <translation>Meinen Brief ansehen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your letter to {who}</source>
        <translation>Ihr Brief an {who}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your message to {who}</source>
        <translation>Ihre Botschaft an {who}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The letter goes in English, as the campaign wrote it: that is how the officials and the post read it. The help beside it is in your language.</source>
        <translation>Der Brief geht auf Englisch hinaus, so wie die Kampagne ihn geschrieben hat: So lesen ihn die Behörden und die Post. Die Hilfe daneben ist in Ihrer Sprache.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Please take out: {words}. The rules for this case ask not to use these words, for the safety of the person you write to.</source>
        <translation>Bitte entfernen Sie: {words}. Die Regeln für diesen Fall bitten darum, diese Wörter nicht zu verwenden – zur Sicherheit der Person, an die Sie schreiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write “Season&apos;s greetings” instead: not everyone celebrates Christmas.</source>
        <translation>Schreiben Sie stattdessen „Frohe Festtage“: Nicht alle feiern Weihnachten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These characters will not print: {chars}. Please use words instead.</source>
        <translation>Diese Zeichen werden nicht gedruckt: {chars}. Bitte verwenden Sie stattdessen Wörter.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your letter is {pages} pages long. One page is best: officials read short letters.</source>
        <translation>Ihr Brief ist {pages} Seiten lang. Am besten ist eine Seite: Behörden lesen kurze Briefe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your message is {pages} pages long. One page is best: a short message is read.</source>
        <translation>Ihre Botschaft ist {pages} Seiten lang. Am besten ist eine Seite: Kurze Botschaften werden gelesen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your letter fits on one page.</source>
        <translation>Ihr Brief passt auf eine Seite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your message fits on one page.</source>
        <translation>Ihre Botschaft passt auf eine Seite.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your letter has no name under it. Add your name (your first name is enough), or press “{button}” again to send it without a name.</source>
        <translation>Unter Ihrem Brief steht kein Name. Fügen Sie Ihren Namen hinzu (der Vorname genügt) oder drücken Sie noch einmal „{button}“, um ihn ohne Namen zu senden.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../w4r_desktop/gui/main_window.py" line="+26"/>
        <source>Write for Rights</source>
        <translation>Write for Rights</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Kiosk mode needs a leader PIN, so that only you can open the console or close W4R Desktop.</source>
        <translation>Der Kioskmodus braucht eine PIN der Gruppenleitung, damit nur Sie die Konsole öffnen oder W4R Desktop schließen können.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The leader PIN opens the leader console.</source>
        <translation>Die PIN der Gruppenleitung öffnet die Konsole der Gruppenleitung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A letter was left unfinished when W4R Desktop stopped. Only the leader PIN gives it back.</source>
        <translation>Als W4R Desktop anhielt, war ein Brief noch nicht fertig. Nur mit der PIN der Gruppenleitung lässt er sich wiederherstellen.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The leader PIN is needed to close W4R Desktop.</source>
        <translation>Zum Schließen von W4R Desktop ist die PIN der Gruppenleitung nötig.</translation>
    </message>
</context>
<context>
    <name>PackPanel</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/pack_panel.py" line="+29"/>
        <source>For a table where people sign rather than write: the case&apos;s story, appeal letters ready to sign, a petition sheet and address labels. Count the signed copies on the Tally page.</source>
        <translation>Für einen Tisch, an dem unterschrieben statt geschrieben wird: die Geschichte des Falls, unterschriftsfertige Appellbriefe, eine Unterschriftenliste und Adressetiketten. Zählen Sie die unterschriebenen Exemplare auf der Seite Zählung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Case</source>
        <translation>&amp;Fall</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letters to si&amp;gn</source>
        <translation>Briefe zum &amp;Unterschreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the &amp;pack</source>
        <translation>&amp;Paket drucken</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The pack was not printed: %1</source>
        <translation>Das Paket wurde nicht gedruckt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The pack for %1 (%n letter(s) to sign, a petition sheet, labels) went to %2.</source>
        <translation>
            <numerusform>Das Paket für %1 (%n Brief zum Unterschreiben, eine Unterschriftenliste, Etiketten) ging an %2.</numerusform>
            <numerusform>Das Paket für %1 (%n Briefe zum Unterschreiben, eine Unterschriftenliste, Etiketten) ging an %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../w4r_desktop/gui/widgets/pdf_preview.py" line="+36"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole page</source>
        <translation>Ganze Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
</context>
<context>
    <name>PinPrompt</name>
    <message>
        <location filename="../../w4r_desktop/gui/pin_dialog.py" line="+80"/>
        <source>Choose a leader PIN</source>
        <translation>PIN der Gruppenleitung festlegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leader PIN</source>
        <translation>PIN der Gruppenleitung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No leader PIN has been set on this laptop yet. Choose one now ({low} to {high} digits) and keep it to yourself: it opens the console and lets you leave kiosk mode.</source>
        <translation>Auf diesem Laptop ist noch keine PIN der Gruppenleitung festgelegt. Wählen Sie jetzt eine ({low} bis {high} Ziffern) und behalten Sie sie für sich: Sie öffnet die Konsole und beendet den Kioskmodus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same PIN again</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set PIN</source>
        <translation>PIN festlegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele falsche PINs. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele falsche PINs. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>That is not the leader PIN.</source>
        <translation>Das ist nicht die PIN der Gruppenleitung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PIN may only contain digits.</source>
        <translation>Die PIN darf nur Ziffern enthalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two PINs are not the same.</source>
        <translation>Die beiden PINs stimmen nicht überein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PIN is too easy to guess: all its digits are the same.</source>
        <translation>Diese PIN ist zu leicht zu erraten: Alle Ziffern sind gleich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PIN is too easy to guess: its digits count up or down in order.</source>
        <translation>Diese PIN ist zu leicht zu erraten: Die Ziffern zählen der Reihe nach auf- oder abwärts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PIN is too easy to guess: it repeats a short pattern.</source>
        <translation>Diese PIN ist zu leicht zu erraten: Sie wiederholt ein kurzes Muster.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PIN must have {low} to {high} digits.</source>
        <translation>Die PIN muss {low} bis {high} Ziffern haben.</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/print_page.py" line="+94"/>
        <source>Print station</source>
        <translation>Druckstation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print to</source>
        <translation>Drucken auf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF files in a folder…</source>
        <translation>Als PDF-Dateien in einem Ordner speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print to:</source>
        <translation>Drucken &amp;auf:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Letter &amp;queue</source>
        <translation>Brief-&amp;Warteschlange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address &amp;labels</source>
        <translation>Adress&amp;etiketten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Alignment and offsets</source>
        <translation>Aus&amp;richtung und Versatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sa&amp;ved letters</source>
        <translation>Gespeicherte &amp;Briefe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing &amp;table</source>
        <translation>Unterschriften&amp;tisch</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>PDF files in %1</source>
        <translation>PDF-Dateien in %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Letters waiting to be printed</source>
        <translation>Briefe, die auf den Druck warten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Print &amp;all</source>
        <translation>A&amp;lle drucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print &amp;selected</source>
        <translation>Auswahl &amp;drucken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print only the letters selected in the list</source>
        <translation>Nur die in der Liste ausgewählten Briefe drucken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove from queue…</source>
        <translation>Aus Warteschlange ent&amp;fernen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the selected letters out of the queue without printing them</source>
        <translation>Die ausgewählten Briefe ohne Druck aus der Warteschlange nehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mailing &amp;sheet</source>
        <translation>&amp;Versandliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one page listing each recipient with their letters and the postage, to go with the batch</source>
        <translation>Eine Seite drucken, die alle Empfänger mit ihren Briefen und dem Porto auflistet – als Begleitblatt zum Stapel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check &amp;address…</source>
        <translation>Adresse &amp;prüfen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm or correct an address that is not verified, so it can print</source>
        <translation>Eine ungeprüfte Adresse bestätigen oder korrigieren, damit gedruckt werden kann</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1 letter waiting, with its envelope.</source>
        <translation>1 Brief wartet, mit Umschlag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n letters waiting, each with its envelope.</source>
        <translation>%n Briefe warten, jeweils mit Umschlag.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 could not be printed last time.</source>
        <translation>1 konnte beim letzten Mal nicht gedruckt werden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n could not be printed last time.</source>
        <translation>%n konnten beim letzten Mal nicht gedruckt werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n letter(s) in the queue waited past the keeping time set on the Event page: print them, or remove them so that the volunteers&apos; names do not stay on this laptop.</source>
        <translation>
            <numerusform>%n Brief in der Warteschlange hat die auf der Seite „Veranstaltung“ eingestellte Aufbewahrungsfrist überschritten: Drucken oder entfernen Sie ihn, damit keine Namen von Freiwilligen auf diesem Laptop bleiben.</numerusform>
            <numerusform>%n Briefe in der Warteschlange haben die auf der Seite „Veranstaltung“ eingestellte Aufbewahrungsfrist überschritten: Drucken oder entfernen Sie sie, damit keine Namen von Freiwilligen auf diesem Laptop bleiben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n letter(s) saved while no printer was connected wait under Saved letters. Letters not printed are deleted at the keeping time (the first by %1).</source>
        <translation>
            <numerusform>%n Brief wurde ohne angeschlossenen Drucker gespeichert und wartet unter „Gespeicherte Briefe“. Nicht gedruckte Briefe werden nach Ablauf der Aufbewahrungsfrist gelöscht (der erste am %1).</numerusform>
            <numerusform>%n Briefe wurden ohne angeschlossenen Drucker gespeichert und warten unter „Gespeicherte Briefe“. Nicht gedruckte Briefe werden nach Ablauf der Aufbewahrungsfrist gelöscht (der erste am %1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Print every letter in the queue whose address is confirmed</source>
        <translation>Alle Briefe der Warteschlange mit bestätigter Adresse drucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every letter in the queue has an address to check first: select one and check it</source>
        <translation>Bei jedem Brief in der Warteschlange muss zuerst die Adresse geprüft werden: Wählen Sie einen aus und prüfen Sie sie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>there are no letters ready to print</source>
        <translation>es sind keine Briefe druckbereit</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Print the mailing sheet now? It lists %n letter(s)</source>
        <translation>
            <numerusform>Versandliste jetzt drucken? Sie enthält %n Brief</numerusform>
            <numerusform>Versandliste jetzt drucken? Sie enthält %n Briefe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> to %n address(es), with the postage for each.</source>
        <translation>
            <numerusform> an %n Adresse, jeweils mit Porto.</numerusform>
            <numerusform> an %n Adressen, jeweils mit Porto.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The mailing sheet was not printed: %1</source>
        <translation>Die Versandliste wurde nicht gedruckt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The mailing sheet for %n letter(s) was printed.</source>
        <translation>
            <numerusform>Die Versandliste für %n Brief wurde gedruckt.</numerusform>
            <numerusform>Die Versandliste für %n Briefe wurde gedruckt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n letter(s) to this address can now be printed.</source>
        <translation>
            <numerusform>%n Brief an diese Adresse kann jetzt gedruckt werden.</numerusform>
            <numerusform>%n Briefe an diese Adresse können jetzt gedruckt werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove this letter from the queue without printing it? It stays counted, but its text is gone.</source>
        <translation>Diesen Brief ohne Druck aus der Warteschlange entfernen? Er bleibt gezählt, aber sein Text wird gelöscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove these %n letters from the queue without printing them? They stay counted, but their text is gone.</source>
        <translation>Diese %n Briefe ohne Druck aus der Warteschlange entfernen? Sie bleiben gezählt, aber ihr Text wird gelöscht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 letter removed from the queue.</source>
        <translation>1 Brief aus der Warteschlange entfernt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n letters removed from the queue.</source>
        <translation>%n Briefe aus der Warteschlange entfernt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Printing letters and envelopes…</source>
        <translation>Briefe und Umschläge werden gedruckt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Printed %1 of %2 letters…</source>
        <translation>%1 von %2 Briefen gedruckt…</translation>
    </message>
</context>
<context>
    <name>PrintQueueModel</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/queue_model.py" line="+32"/>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Appeal</source>
        <translation>Appell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Solidarity</source>
        <translation>Solidarität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 + envelope</source>
        <translation>%1 + Umschlag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Address to check: confirm it before printing</source>
        <translation>Adresse prüfen: vor dem Druck bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <location filename="../../w4r_desktop/gui/projector.py" line="+32"/>
        <source>Write for Rights: letters written</source>
        <translation>Write for Rights: geschriebene Briefe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write for Rights</source>
        <translation>Write for Rights</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Press Escape to close this window.</source>
        <translation>Drücken Sie Esc, um dieses Fenster zu schließen.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n letter(s) written</source>
        <translation>
            <numerusform>%n Brief geschrieben</numerusform>
            <numerusform>%n Briefe geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <location filename="../../w4r_desktop/gui/widgets/qr_code.py" line="+22"/>
        <source>QR code for %1</source>
        <translation>QR-Code für %1</translation>
    </message>
</context>
<context>
    <name>QueuePrintRun</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/queue_printing.py" line="+115"/>
        <source>Printed %1 of 1 letter with its envelope.</source>
        <translation>%1 von 1 Brief mit Umschlag gedruckt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed %1 of %n letters with their envelopes.</source>
        <translation>%1 von %n Briefen mit Umschlägen gedruckt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 failed and stays in the queue:</source>
        <translation>1 ist fehlgeschlagen und bleibt in der Warteschlange:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n failed and stay in the queue:</source>
        <translation>%n sind fehlgeschlagen und bleiben in der Warteschlange:</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n letter(s) wait for their address to be checked: select one and press Check address.</source>
        <translation>
            <numerusform>%n Brief wartet darauf, dass seine Adresse geprüft wird: Wählen Sie ihn aus und drücken Sie „Adresse prüfen“.</numerusform>
            <numerusform>%n Briefe warten darauf, dass ihre Adresse geprüft wird: Wählen Sie einen aus und drücken Sie „Adresse prüfen“.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled: 1 letter not printed stays in the queue.</source>
        <translation>Abgebrochen: 1 nicht gedruckter Brief bleibt in der Warteschlange.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled: %n letters not printed stay in the queue.</source>
        <translation>Abgebrochen: %n nicht gedruckte Briefe bleiben in der Warteschlange.</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/tally_records.py" line="+50"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ReportDeadline</name>
    <message numerus="yes">
        <location filename="../../w4r_desktop/gui/leader/report_deadline.py" line="+20"/>
        <source>Report by %1: %n day(s) left.</source>
        <translation>
            <numerusform>Bericht bis %1: noch %n Tag.</numerusform>
            <numerusform>Bericht bis %1: noch %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report by %1: that is today.</source>
        <translation>Bericht bis %1: das ist heute.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The report was due on %1, %n day(s) ago: send it as soon as you can.</source>
        <translation>
            <numerusform>Der Bericht war am %1 fällig, vor %n Tag: Senden Sie ihn so bald wie möglich.</numerusform>
            <numerusform>Der Bericht war am %1 fällig, vor %n Tagen: Senden Sie ihn so bald wie möglich.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../w4r_desktop/gui/kiosk/review.py" line="+51"/>
        <source>Your letter as it will be printed</source>
        <translation>Ihr Brief, wie er gedruckt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The envelope as it will be printed</source>
        <translation>Der Umschlag, wie er gedruckt wird</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change my letter</source>
        <translation>Brief ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Envelope</source>
        <translation>Umschlag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printer: {name}</source>
        <translation>Drucker: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No printer here: “Print now” saves a PDF for the event team to print.</source>
        <translation>Kein Drucker hier: „Jetzt drucken“ speichert ein PDF, das das Veranstaltungsteam druckt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check your letter. If you want to change anything, go back: nothing is printed yet.</source>
        <translation>Prüfen Sie Ihren Brief. Wenn Sie etwas ändern möchten, gehen Sie zurück: Noch ist nichts gedruckt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The organisers have not yet confirmed this address. Hand your letter in: they will check the address, then print and post your letter.</source>
        <translation>Das Veranstaltungsteam hat diese Adresse noch nicht bestätigt. Geben Sie Ihren Brief ab: Das Team prüft die Adresse, druckt Ihren Brief und schickt ihn ab.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hand in for printing later</source>
        <translation>Zum späteren Druck abgeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print now</source>
        <translation>Jetzt drucken</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Your message contains “{word}”. It can put the person you write to in danger, so the message cannot be sent like this: go back and take it out.</source>
        <translation>Ihre Botschaft enthält „{word}“. Das kann die Person, an die Sie schreiben, in Gefahr bringen. Deshalb kann die Botschaft so nicht gesendet werden: Gehen Sie zurück und entfernen Sie das Wort.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The rules for this case ask not to use “{word}”.</source>
        <translation>Die Regeln für diesen Fall bitten darum, „{word}“ nicht zu verwenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your letter is {pages} pages long. One page is best: officials read short letters.</source>
        <translation>Ihr Brief ist {pages} Seiten lang. Am besten ist eine Seite: Behörden lesen kurze Briefe.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The letter could not be printed ({reason}). You can try again, or hand it in for printing later.</source>
        <translation>Der Brief konnte nicht gedruckt werden ({reason}). Sie können es noch einmal versuchen oder ihn zum späteren Druck abgeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an unexpected error ({kind})</source>
        <translation>ein unerwarteter Fehler ({kind})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your letter could not be saved just now ({reason}). It is still here: try again in a moment, or ask the event team.</source>
        <translation>Ihr Brief konnte gerade nicht gespeichert werden ({reason}). Er ist noch da: Versuchen Sie es gleich noch einmal oder fragen Sie das Veranstaltungsteam.</translation>
    </message>
</context>
<context>
    <name>SavedLettersPanel</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/saved_panel.py" line="+44"/>
        <source>Letters that volunteers printed while no printer was connected were saved here. Print them, then stamp and post them. They hold volunteers&apos; names and towns: each is deleted once printed, and any left are deleted at the keeping time set on the Event page.</source>
        <translation>Hier wurden Briefe gespeichert, die Freiwillige gedruckt haben, während kein Drucker angeschlossen war. Drucken Sie sie, frankieren Sie sie und schicken Sie sie ab. Sie enthalten Namen und Wohnorte von Freiwilligen: Jeder Brief wird nach dem Drucken gelöscht, übrige Briefe nach Ablauf der auf der Seite „Veranstaltung“ eingestellten Aufbewahrungsfrist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved letters</source>
        <translation>Gespeicherte Briefe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete selected…</source>
        <translation>Auswahl &amp;löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print selected</source>
        <translation>Auswahl &amp;drucken</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>envelope</source>
        <translation>Umschlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter and envelope</source>
        <translation>Brief und Umschlag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{case}: {part}, saved {when}; deleted by {until}</source>
        <translation>{case}: {part}, gespeichert {when}; Löschung bis {until}</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n saved letter(s).</source>
        <translation>
            <numerusform>%n gespeicherter Brief.</numerusform>
            <numerusform>%n gespeicherte Briefe.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing saved.</source>
        <translation>Nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a printer on the Event page (or connect one) to print these.</source>
        <translation>Wählen Sie auf der Seite „Veranstaltung“ einen Drucker (oder schließen Sie einen an), um diese zu drucken.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not print {name}: {reason}</source>
        <translation>{name} konnte nicht gedruckt werden: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n PDF(s) printed.</source>
        <translation>
            <numerusform>%n PDF gedruckt.</numerusform>
            <numerusform>%n PDFs gedruckt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Delete %n saved letter(s) without printing?</source>
        <translation>
            <numerusform>%n gespeicherten Brief ohne Drucken löschen?</numerusform>
            <numerusform>%n gespeicherte Briefe ohne Drucken löschen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecondLanguage</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/bundle_editor/second_language.py" line="+33"/>
        <source>Second language of the texts</source>
        <translation>Zweite Sprache der Texte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Second &amp;language of the texts:</source>
        <translation>Zweite &amp;Sprache der Texte:</translation>
    </message>
</context>
<context>
    <name>ServerBox</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/server_box.py" line="+56"/>
        <source>Shared server (big events)</source>
        <translation>Gemeinsamer Server (große Veranstaltungen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync with the &amp;server now</source>
        <translation>Jetzt mit dem &amp;Server abgleichen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Every laptop of the event sends its count to %1, every minute and now on request.</source>
        <translation>Jeder Laptop der Veranstaltung sendet seine Zählung an %1, jede Minute und auf Wunsch sofort.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None set. For an event with many laptops on one network, set its address on the Event page.</source>
        <translation>Nicht eingerichtet. Für eine Veranstaltung mit vielen Laptops in einem Netzwerk tragen Sie die Serveradresse auf der Seite „Veranstaltung“ ein.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Syncing with the shared server…</source>
        <translation>Abgleich mit dem gemeinsamen Server…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shared server: sent %1, received %2; the event counts %3 letters and cards.</source>
        <translation>Gemeinsamer Server: %1 gesendet, %2 empfangen; die Veranstaltung zählt %3 Briefe und Karten.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n record(s) did not pass this laptop&apos;s checks and were kept aside, not counted: see below.</source>
        <translation>
            <numerusform>%n Eintrag hat die Prüfungen dieses Laptops nicht bestanden und wurde ungezählt beiseitegelegt: siehe unten.</numerusform>
            <numerusform>%n Einträge haben die Prüfungen dieses Laptops nicht bestanden und wurden ungezählt beiseitegelegt: siehe unten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n record(s) of a kind this version does not count (%1) were kept; update W4R Desktop to count them.</source>
        <translation>
            <numerusform>%n Eintrag einer Art, die diese Version nicht zählt (%1), wurde behalten; aktualisieren Sie W4R Desktop, um ihn zu zählen.</numerusform>
            <numerusform>%n Einträge einer Art, die diese Version nicht zählt (%1), wurden behalten; aktualisieren Sie W4R Desktop, um sie zu zählen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingField</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/setting_fields.py" line="+189"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../w4r_desktop/core/settings.py" line="+118"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>US #10 (4 1/8 x 9 1/2 in)</source>
        <translation>US #10 (4 1/8 x 9 1/2 Zoll)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DL (110 x 220 mm)</source>
        <translation>DL (110 x 220 mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C5 (162 x 229 mm)</source>
        <translation>C5 (162 x 229 mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C6 (114 x 162 mm)</source>
        <translation>C6 (114 x 162 mm)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not said</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School or university</source>
        <translation>Schule oder Hochschule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community or faith group</source>
        <translation>Gemeinde- oder Glaubensgruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street stall or market</source>
        <translation>Infostand oder Markt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large</source>
        <translation>Groß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra large</source>
        <translation>Sehr groß</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event name</source>
        <translation>Name der Veranstaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group or school</source>
        <translation>Gruppe oder Schule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who reports the totals</source>
        <translation>Wer den Bericht sendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town or city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of event</source>
        <translation>Art der Veranstaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of this laptop</source>
        <translation>Name dieses Laptops</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shared server (big events only)</source>
        <translation>Gemeinsamer Server (nur große Veranstaltungen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Envelope size</source>
        <translation>Umschlagformat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label sheet</source>
        <translation>Etikettenbogen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stamp for a 1-ounce letter at home (USPS since 13 July 2025: 0.78)</source>
        <translation>Briefmarke für einen Brief bis 1 Unze im Inland (USPS seit 13. Juli 2025: 0,78)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stamp for a 1-ounce letter abroad (USPS since 13 July 2025: 1.70)</source>
        <translation>Briefmarke für einen Brief bis 1 Unze ins Ausland (USPS seit 13. Juli 2025: 1,70)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Group&apos;s return address (for envelopes of volunteers who gave none)</source>
        <translation>Absender der Gruppe (für Umschläge von Freiwilligen ohne eigene Adresse)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printer offset across (mm)</source>
        <translation>Druckerversatz waagerecht (mm)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printer offset down (mm)</source>
        <translation>Druckerversatz senkrecht (mm)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep unprinted letters (days after the day they were written; 0: until midnight)</source>
        <translation>Ungedruckte Briefe aufbewahren (Tage nach dem Schreibtag; 0: bis Mitternacht)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reset after idle (seconds)</source>
        <translation>Zurücksetzen nach Inaktivität (Sekunden)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;Are you still there?&quot; countdown (seconds)</source>
        <translation>Countdown für „Sind Sie noch da?“ (Sekunden)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interface languages</source>
        <translation>Sprachen der Oberfläche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cases switched off</source>
        <translation>Ausgeschaltete Fälle</translation>
    </message>
</context>
<context>
    <name>SheetPicker</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/sheet_picker.py" line="+67"/>
        <source>First free label on the sheet</source>
        <translation>Erstes freies Etikett auf dem Bogen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label %1 of %2: row %3, column %4. Use the arrow keys to move.</source>
        <translation>Etikett %1 von %2: Zeile %3, Spalte %4. Mit den Pfeiltasten bewegen.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <location filename="../../w4r_desktop/gui/widgets/step_indicator.py" line="+36"/>
        <source>Step {number} of {count}: {name}</source>
        <translation>Schritt {number} von {count}: {name}</translation>
    </message>
</context>
<context>
    <name>StillThere</name>
    <message>
        <location filename="../../w4r_desktop/gui/kiosk/still_there.py" line="+51"/>
        <source>Are you still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m still here</source>
        <translation>Ich bin noch da</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>To protect your privacy, your letter will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Zum Schutz Ihrer Privatsphäre wird Ihr Brief in %n Sekunde gelöscht.</numerusform>
            <numerusform>Zum Schutz Ihrer Privatsphäre wird Ihr Brief in %n Sekunden gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/sync_page.py" line="+70"/>
        <source>Bring the counts of every laptop together. Nothing is counted twice, however often you sync or import the same file.</source>
        <translation>Führen Sie die Zählungen aller Laptops zusammen. Nichts wird doppelt gezählt, egal wie oft Sie abgleichen oder dieselbe Datei importieren.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problems and conflicts</source>
        <translation>Probleme und Konflikte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync &amp; report</source>
        <translation>Abgleich &amp; Bericht</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No folder chosen yet.</source>
        <translation>Noch kein Ordner gewählt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hoose folder…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Jetzt abgleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USB stick or shared folder</source>
        <translation>USB-Stick oder gemeinsamer Ordner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each laptop writes its own file there and reads all the others. Sync every laptop, then sync the first one again.</source>
        <translation>Jeder Laptop schreibt dort seine eigene Datei und liest alle anderen. Gleichen Sie jeden Laptop ab und danach den ersten noch einmal.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Export this laptop&apos;s records…</source>
        <translation>Einträge dieses Laptops &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import files from other laptops…</source>
        <translation>Dateien anderer Laptops &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync files</source>
        <translation>Abgleichsdateien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the &amp;report (CSV)…</source>
        <translation>&amp;Bericht speichern (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the one-page s&amp;ummary (PDF)…</source>
        <translation>Einseitige &amp;Zusammenfassung speichern (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign report</source>
        <translation>Bericht für die Kampagne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Totals per case with the event&apos;s name, group, place and dates, ready to type into the campaign&apos;s report form.</source>
        <translation>Summen pro Fall mit Name, Gruppe, Ort und Datum der Veranstaltung – bereit zum Übertragen in das Meldeformular der Kampagne.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Nothing was imported: a file is damaged or is not a sync file.</source>
        <translation>Nichts wurde importiert: Eine Datei ist beschädigt oder keine Abgleichsdatei.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Conflict, not merged: record %1 in %2 (%3, %5 %4) differs from this laptop&apos;s.</source>
        <translation>Konflikt, nicht zusammengeführt: Eintrag %1 in %2 (%3, %5 %4) weicht von dem dieses Laptops ab.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n new record(s),</source>
        <translation>
            <numerusform>%n neuer Eintrag,</numerusform>
            <numerusform>%n neue Einträge,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n counted already,</source>
        <translation>
            <numerusform>%n schon gezählt,</numerusform>
            <numerusform>%n schon gezählt,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n in conflict.</source>
        <translation>
            <numerusform>%n im Konflikt.</numerusform>
            <numerusform>%n im Konflikt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop has joined the event of the first file.</source>
        <translation>Dieser Laptop ist der Veranstaltung der ersten Datei beigetreten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events merged: %1.</source>
        <translation>Veranstaltungen zusammengeführt: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n record(s) of a kind this version does not count (%1) were kept and will be passed on; update W4R Desktop to count them.</source>
        <translation>
            <numerusform>%n Eintrag einer Art, die diese Version nicht zählt (%1), wurde behalten und wird weitergegeben; aktualisieren Sie W4R Desktop, um ihn zu zählen.</numerusform>
            <numerusform>%n Einträge einer Art, die diese Version nicht zählt (%1), wurden behalten und werden weitergegeben; aktualisieren Sie W4R Desktop, um sie zu zählen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the USB stick or shared folder</source>
        <translation>USB-Stick oder gemeinsamen Ordner wählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync folder: %1</source>
        <translation>Abgleichsordner: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Syncing…</source>
        <translation>Abgleich läuft…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Synced: wrote this laptop&apos;s %n record(s).</source>
        <translation>
            <numerusform>Abgeglichen: %n Eintrag dieses Laptops geschrieben.</numerusform>
            <numerusform>Abgeglichen: %n Einträge dieses Laptops geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n file(s) had nothing new.</source>
        <translation>
            <numerusform>%n Datei enthielt nichts Neues.</numerusform>
            <numerusform>%n Dateien enthielten nichts Neues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n file(s) in the folder count for another event. Count those events together with this one?</source>
        <translation>
            <numerusform>%n Datei im Ordner zählt für eine andere Veranstaltung. Diese Veranstaltung mit der aktuellen zusammen zählen?</numerusform>
            <numerusform>%n Dateien im Ordner zählen für eine andere Veranstaltung. Diese Veranstaltungen mit der aktuellen zusammen zählen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export this laptop&apos;s records</source>
        <translation>Einträge dieses Laptops exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+18"/>
        <source>Sync files (*.csv)</source>
        <translation>Abgleichsdateien (*.csv)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote %1 records to %2. Import this file on the other laptops.</source>
        <translation>%1 Einträge in %2 geschrieben. Importieren Sie diese Datei auf den anderen Laptops.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import sync files</source>
        <translation>Abgleichsdateien importieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported.</source>
        <translation>Importiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 counts for another event (%2, from %3). Count both events together on this laptop?</source>
        <translation>%1 zählt für eine andere Veranstaltung (%2, von %3). Beide Veranstaltungen auf diesem Laptop zusammen zählen?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the summary</source>
        <translation>Zusammenfassung speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>TallyKind</name>
    <message>
        <location filename="../../w4r_desktop/core/tally/kinds.py" line="+58"/>
        <source>Appeal letters</source>
        <translation>Appellbriefe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeals</source>
        <translation>Appelle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Solidarity messages</source>
        <translation>Solidaritätsbotschaften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solidarity</source>
        <translation>Solidarität</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hand-written letters</source>
        <translation>Handgeschriebene Briefe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By hand</source>
        <translation>Von Hand</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Petition signatures</source>
        <translation>Unterschriften für Petitionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Online actions</source>
        <translation>Online-Aktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photo actions</source>
        <translation>Fotoaktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Social media posts</source>
        <translation>Beiträge in sozialen Medien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
</context>
<context>
    <name>TallyPage</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/tally_page.py" line="+57"/>
        <source>Tally</source>
        <translation>Zählung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>By case</source>
        <translation>Nach Fall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By laptop</source>
        <translation>Nach Laptop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By day</source>
        <translation>Nach Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show totals</source>
        <translation>Summen anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Whole event</source>
        <translation>Gesamte Veranstaltung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add to the tally</source>
        <translation>Zur Zählung &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted by hand</source>
        <translation>Von Hand gezählt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Case</source>
        <translation>&amp;Fall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What</source>
        <translation>&amp;Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How many</source>
        <translation>Wie &amp;viele</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Newest records</source>
        <translation>Neueste Einträge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel the selected record</source>
        <translation>Ausgewählten Eintrag &amp;stornieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A correction is added; the record itself stays in the history</source>
        <translation>Eine Korrektur wird hinzugefügt; der Eintrag selbst bleibt im Verlauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Records and corrections</source>
        <translation>Einträge und Korrekturen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 letters and cards counted for %2</source>
        <translation>%1 Briefe und Karten gezählt für %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Added %1 %2 for %3.</source>
        <translation>%1 %2 für %3 hinzugefügt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancel %1 %2 for %3? The record stays in the history with its correction.</source>
        <translation>%1 %2 für %3 stornieren? Der Eintrag bleibt mit seiner Korrektur im Verlauf.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record cancelled; the totals are corrected.</source>
        <translation>Eintrag storniert; die Summen sind korrigiert.</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../../w4r_desktop/gui/kiosk/thanks.py" line="+30"/>
        <source>Thank you!</source>
        <translation>Vielen Dank!</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your letter is waiting at the print station. The organisers will print it and post it once the address is confirmed.</source>
        <translation>Ihr Brief wartet an der Druckstation. Das Veranstaltungsteam druckt ihn und schickt ihn ab, sobald die Adresse bestätigt ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no printer here, so your letter was saved for the event team. They will print it, stamp it and post it.</source>
        <translation>Hier gibt es keinen Drucker, deshalb wurde Ihr Brief für das Veranstaltungsteam gespeichert. Das Team druckt ihn, frankiert ihn und schickt ihn ab.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take your letter and envelope from the printer. Sign the letter if you like, fold it, and leave it with the event team: they add the stamp and post it.</source>
        <translation>Nehmen Sie Ihren Brief und den Umschlag aus dem Drucker. Unterschreiben Sie den Brief, wenn Sie möchten, falten Sie ihn und geben Sie ihn beim Veranstaltungsteam ab: Das Team frankiert ihn und schickt ihn ab.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your letter is waiting at the print station. The event team will print it, stamp it and post it.</source>
        <translation>Ihr Brief wartet an der Druckstation. Das Veranstaltungsteam druckt ihn, frankiert ihn und schickt ihn ab.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n letter(s) written here</source>
        <translation>
            <numerusform>%n Brief hier geschrieben</numerusform>
            <numerusform>%n Briefe hier geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Together, letters like yours have helped free people and keep them safe.</source>
        <translation>Gemeinsam haben Briefe wie Ihrer geholfen, Menschen zu befreien und zu schützen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write another letter</source>
        <translation>Noch einen Brief schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I&apos;m done</source>
        <translation>Ich bin fertig</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“I&apos;m done” clears your name and letter from this laptop.</source>
        <translation>„Ich bin fertig“ löscht Ihren Namen und Ihren Brief von diesem Laptop.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../w4r_desktop/gui/kiosk/top_bar.py" line="+27"/>
        <source>Write for Rights</source>
        <translation>Write for Rights</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose</source>
        <translation>Wählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Normal text</source>
        <translation>Normaler Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large text</source>
        <translation>Großer Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra large text</source>
        <translation>Sehr großer Text</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>Leader</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the event leader: needs the leader PIN</source>
        <translation>Für die Gruppenleitung: PIN erforderlich</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/tally_totals.py" line="+72"/>
        <source>Whole event</source>
        <translation>Gesamte Veranstaltung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Laptop %1</source>
        <translation>Laptop %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (this laptop)</source>
        <translation>%1 (dieser Laptop)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters and cards</source>
        <translation>Briefe und Karten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letters</source>
        <translation>Briefe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of which</source>
        <translation>Davon</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../w4r_desktop/gui/kiosk/welcome.py" line="+47"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+21"/>
        <source>Write for Rights</source>
        <translation>Write for Rights</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Every year, people all over the world write letters for people whose human rights are under attack. Your letter asks officials to act, or tells someone in danger that they are not alone, and letters like it have helped free people.</source>
        <translation>Jedes Jahr schreiben Menschen auf der ganzen Welt Briefe für Menschen, deren Menschenrechte verletzt werden. Ihr Brief fordert Behörden zum Handeln auf oder sagt jemandem in Gefahr: Du bist nicht allein. Briefe wie Ihrer haben schon geholfen, Menschen zu befreien.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The cases of %1</source>
        <translation>Die Fälle von %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write a letter</source>
        <translation>Einen Brief schreiben</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>W4R Desktop stopped while someone was writing a letter. If it was you, you can carry on where you left off.</source>
        <translation>W4R Desktop hat angehalten, während jemand einen Brief schrieb. Wenn Sie das waren, können Sie dort weitermachen, wo Sie aufgehört haben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Carry on with my letter</source>
        <translation>Mit meinem Brief weitermachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not mine: delete it</source>
        <translation>Nicht mein Brief: löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n letter(s) written here</source>
        <translation>
            <numerusform>%n Brief hier geschrieben</numerusform>
            <numerusform>%n Briefe hier geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/cases_page.py" line="-275"/>
        <source>Choose the case bundle folder</source>
        <translation>Ordner des Fallpakets wählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the case bundle .zip file</source>
        <translation>.zip-Datei des Fallpakets wählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case bundles (*.zip)</source>
        <translation>Fallpakete (*.zip)</translation>
    </message>
    <message>
        <location filename="../../w4r_desktop/gui/leader/page_parts.py" line="+74"/>
        <source>Please confirm</source>
        <translation>Bitte bestätigen</translation>
    </message>
    <message>
        <location filename="../../w4r_desktop/gui/leader/print_page.py" line="-337"/>
        <source>Choose a folder for the PDF files</source>
        <translation>Ordner für die PDF-Dateien wählen</translation>
    </message>
</context>
</TS>
