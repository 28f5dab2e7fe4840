<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AddressCheck</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/address_check.py" line="+20"/>
        <source>Check the address</source>
        <translation>Vérifier l&apos;adresse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I checked this address</source>
        <translation>J&apos;ai vérifié cette adresse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This address is not verified in the case bundle: it may be a placeholder or a guess. Check it against the campaign&apos;s own materials, correct it here (one line per line; the country is added by itself), then confirm. Every letter in the queue to this address will use it.</source>
        <translation>Cette adresse n&apos;est pas vérifiée dans le paquet de cas : elle peut être provisoire ou approximative. Comparez-la avec les documents de la campagne, corrigez-la ici (une ligne par ligne ; le pays est ajouté automatiquement), puis confirmez. Toutes les lettres en file d&apos;attente pour cette adresse l&apos;utiliseront.</translation>
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
        <translation>1. Imprimez la page de test sur du papier ordinaire.
2. Placez-la sur une planche d&apos;étiquettes, devant une source de lumière.
3. Si les cadres sont à droite des étiquettes (ou en dessous), réduisez le décalage horizontal (ou vertical) d&apos;autant de millimètres ; s&apos;ils sont à gauche (ou au-dessus), augmentez-le.
4. Enregistrez, réimprimez la page de test et recommencez jusqu&apos;à ce que les contours correspondent aux étiquettes.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Label &amp;sheet</source>
        <translation>&amp;Planche d&apos;étiquettes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Positive moves the print to the right</source>
        <translation>Une valeur positive décale l&apos;impression vers la droite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Positive moves the print down</source>
        <translation>Une valeur positive décale l&apos;impression vers le bas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sa&amp;ve offsets</source>
        <translation>&amp;Enregistrer les décalages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print &amp;test page</source>
        <translation>Imprimer la page de &amp;test</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Offsets are kept for this laptop&apos;s printer: %1</source>
        <translation>Les décalages sont conservés pour l&apos;imprimante de cet ordinateur : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Offsets saved: %1 mm across, %2 mm down.</source>
        <translation>Décalages enregistrés : %1 mm en horizontal, %2 mm en vertical.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The test page was not printed: %1</source>
        <translation>La page de test n&apos;a pas été imprimée : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test page sent to %1.</source>
        <translation>Page de test envoyée à %1.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../w4r_desktop/gui/widgets/bar_chart.py" line="+28"/>
        <source>Letters per case</source>
        <translation>Lettres par cas</translation>
    </message>
</context>
<context>
    <name>BundleEditor</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/bundle_editor/editor.py" line="+81"/>
        <location line="+18"/>
        <source>Case bundle editor</source>
        <translation>Éditeur de paquets de cas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go to the next problem</source>
        <translation>&amp;Aller au problème suivant</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The campaign and its cases</source>
        <translation>La campagne et ses cas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add a case</source>
        <translation>&amp;Ajouter un cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>D&amp;escendre</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Preview this case…</source>
        <translation>&amp;Aperçu de ce cas…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save draft</source>
        <translation>&amp;Enregistrer le brouillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export a .zip file for other groups</source>
        <translation>Exporter un fichier .zip pour d&apos;autres groupes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use at &amp;this event</source>
        <translation>Utiliser pour ce&amp;t événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The campaign: %1</source>
        <translation>La campagne : %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>a new bundle</source>
        <translation>un nouveau paquet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 problem to fix before it can be used or shared.</source>
        <translation>1 problème à corriger avant de pouvoir l&apos;utiliser ou le partager.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n problems to fix before it can be used or shared.</source>
        <translation>%n problèmes à corriger avant de pouvoir l&apos;utiliser ou le partager.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready: it can be used at this event and shared with other groups.</source>
        <translation>Prêt : il peut être utilisé pour cet événement et partagé avec d&apos;autres groupes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 case</source>
        <translation>1 cas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n cases</source>
        <translation>%n cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2. %3</source>
        <translation>%1, %2. %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>: has problems</source>
        <translation> : contient des problèmes</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Removed %1. Close without saving to keep it.</source>
        <translation>%1 a été retiré. Pour le conserver, fermez sans enregistrer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fix the problems marked in this case to see its preview.</source>
        <translation>Corrigez les problèmes signalés dans ce cas pour voir son aperçu.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved as a draft: fix the problems before using it.</source>
        <translation>Enregistré comme brouillon : corrigez les problèmes avant de l&apos;utiliser.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The bundle was not exported: %1</source>
        <translation>Le paquet n&apos;a pas été exporté : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to %1: other groups load it with Load from a .zip file.</source>
        <translation>Exporté vers %1 : les autres groupes le chargent avec Charger depuis un fichier .zip.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Volunteers now write from %1.</source>
        <translation>Les bénévoles écrivent désormais à partir de %1.</translation>
    </message>
</context>
<context>
    <name>BundleProblems</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/bundle_editor/problems.py" line="+18"/>
        <source>Fill this in.</source>
        <translation>Remplissez ce champ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one.</source>
        <translation>Ajoutez-en au moins un.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a country: choose one from the list.</source>
        <translation>« %1 » n&apos;est pas un pays : choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a language: use two-letter codes (en, es, fr…).</source>
        <translation>« %1 » n&apos;est pas une langue : utilisez les codes à deux lettres (en, es, fr…).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a currency from the list (USD, EUR…).</source>
        <translation>Choisissez une devise dans la liste (USD, EUR…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A case file cannot say this: remove it.</source>
        <translation>Un fichier de cas ne peut pas contenir ceci : retirez-le.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the date as 2026-12-10.</source>
        <translation>Écrivez la date ainsi : 2026-12-10.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a number, e.g. 1.70.</source>
        <translation>Écrivez un nombre, par exemple 1.70.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write 0 or more.</source>
        <translation>Écrivez 0 ou plus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add at least one official to write to.</source>
        <translation>Ajoutez au moins une autorité à qui écrire.</translation>
    </message>
</context>
<context>
    <name>CampaignForm</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/bundle_editor/campaign_form.py" line="+24"/>
        <source>The campaign</source>
        <translation>La campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign name</source>
        <translation>Nom de la campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation (the section whose targets and postage these are)</source>
        <translation>Organisation (la section à laquelle correspondent ces destinataires et cet affranchissement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the texts</source>
        <translation>Langue des textes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country letters are posted from</source>
        <translation>Pays d&apos;où les lettres sont postées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day to write (YYYY-MM-DD, optional)</source>
        <translation>Dernier jour pour écrire (AAAA-MM-JJ, facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report the totals by (YYYY-MM-DD)</source>
        <translation>Transmettre les totaux avant le (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to report (web address)</source>
        <translation>Où transmettre (adresse web)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who to ask</source>
        <translation>Personne à contacter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postage for a one-ounce letter</source>
        <translation>Affranchissement d&apos;une lettre d&apos;une once</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stamp at home</source>
        <translation>Timbre national</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stamp abroad</source>
        <translation>Timbre international</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing tips shown beside the letter</source>
        <translation>Conseils d&apos;écriture affichés à côté de la lettre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tip %1 is for</source>
        <translation>Le conseil %1 concerne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appeal letters</source>
        <translation>Lettres d&apos;appel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messages of support</source>
        <translation>Messages de soutien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tip</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this tip</source>
        <translation>Retirer ce conseil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a tip</source>
        <translation>Ajouter un conseil</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/bundle_editor/case_form.py" line="+63"/>
        <source>Officials to write to</source>
        <translation>Autorités à qui écrire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an official to write to</source>
        <translation>Ajouter une autorité à qui écrire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a way to send support</source>
        <translation>Ajouter un moyen d&apos;envoyer du soutien</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The person</source>
        <translation>La personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File name (the case&apos;s id)</source>
        <translation>Nom de fichier (l&apos;identifiant du cas)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened, in one line</source>
        <translation>Ce qui s&apos;est passé, en une ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their story (a blank line between paragraphs)</source>
        <translation>Son histoire (une ligne vide entre les paragraphes)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status (imprisoned, released on …)</source>
        <translation>Situation (en prison, libéré le …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo credit</source>
        <translation>Crédit photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the photo shows (for people who cannot see it)</source>
        <translation>Ce que montre la photo (pour les personnes qui ne peuvent pas la voir)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal details a message of support may mention, one per line</source>
        <translation>Détails personnels qu&apos;un message de soutien peut mentionner, un par ligne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sources, one web address per line</source>
        <translation>Sources, une adresse web par ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ask</source>
        <translation>La demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the campaign asks for</source>
        <translation>Ce que demande la campagne</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a photo…</source>
        <translation>Choisir une photo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Photo (PNG or JPEG; it is scaled down for the kiosk)</source>
        <translation>Photo (PNG ou JPEG ; elle est réduite pour le kiosque)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>News since the campaign began</source>
        <translation>Nouvelles depuis le début de la campagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The person is free</source>
        <translation>La personne est libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this news</source>
        <translation>Retirer cette nouvelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add news</source>
        <translation>Ajouter une nouvelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Official %1</source>
        <translation>Autorité %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title (as in a letter&apos;s heading)</source>
        <translation>Titre (comme dans l&apos;en-tête d&apos;une lettre)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name (if known)</source>
        <translation>Nom (si connu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greeting (Dear …)</source>
        <translation>Formule d&apos;appel (Madame, Monsieur …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Address, one line per line of the envelope (no country)</source>
        <translation>Adresse, une ligne par ligne de l&apos;enveloppe (sans le pays)</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+32"/>
        <source>Country of the address</source>
        <translation>Pays de l&apos;adresse</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The address in the local script, for the letter only (optional)</source>
        <translation>L&apos;adresse dans l&apos;écriture locale, pour la lettre uniquement (facultatif)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Languages the official reads</source>
        <translation>Langues que lit l&apos;autorité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talking points, one per line</source>
        <translation>Points clés, un par ligne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sample letter</source>
        <translation>Modèle de lettre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this official</source>
        <translation>Retirer cette autorité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Support %1</source>
        <translation>Soutien %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By post</source>
        <translation>Par la poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A photo action</source>
        <translation>Une action photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No way yet</source>
        <translation>Aucun moyen pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How messages reach them</source>
        <translation>Comment les messages leur parviennent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Instructions for volunteers</source>
        <translation>Instructions pour les bénévoles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Languages they read</source>
        <translation>Langues lues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules for messages, one per line</source>
        <translation>Règles pour les messages, une par ligne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forbidden words, separated by commas</source>
        <translation>Mots interdits, séparés par des virgules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greetings by language, one per line (es: ¡Ánimo!)</source>
        <translation>Salutations par langue, une par ligne (fr: Courage !)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this way</source>
        <translation>Retirer ce moyen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Address checked</source>
        <translation>Adresse vérifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked by</source>
        <translation>Vérifiée par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked on (YYYY-MM-DD)</source>
        <translation>Vérifiée le (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it was checked (a web address or a note)</source>
        <translation>Où elle a été vérifiée (une adresse web ou une note)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>This picture was not used: %1</source>
        <translation>Cette image n&apos;a pas été utilisée : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photo added, scaled for the kiosk.</source>
        <translation>Photo ajoutée et réduite pour le kiosque.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No photo</source>
        <translation>Sans photo</translation>
    </message>
</context>
<context>
    <name>CaseGallery</name>
    <message>
        <location filename="../../w4r_desktop/gui/kiosk/gallery.py" line="+29"/>
        <source>Choose a person to write for</source>
        <translation>Choisissez une personne à qui écrire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each card is a real person or group. Pick one to read their story.</source>
        <translation>Chaque carte présente une personne ou un groupe réel. Choisissez-en une pour lire son histoire.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../w4r_desktop/gui/kiosk/case_page.py" line="+118"/>
        <source>Update, {date}: {news}</source>
        <translation>Nouvelle, {date} : {news}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What we ask</source>
        <translation>Ce que nous demandons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who we write to</source>
        <translation>À qui nous écrivons</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>An appeal letter goes to {who}.</source>
        <translation>La lettre d&apos;appel est envoyée à {who}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An appeal letter goes to {who}, {where}.</source>
        <translation>La lettre d&apos;appel est envoyée à {who}, {where}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A message of solidarity goes to {who}, through {office}, which forwards it.</source>
        <translation>Un message de solidarité va à {who} par {office}, qui le fait suivre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A message of solidarity goes to {who}, {where}.</source>
        <translation>Le message de solidarité est envoyé à {who}, {where}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Messages of solidarity cannot be posted to {name} from here. You can still write an appeal letter, and show your support in another way:</source>
        <translation>Les messages de solidarité ne peuvent pas être envoyés par la poste à {name} depuis ici. Vous pouvez quand même écrire une lettre d&apos;appel, et montrer votre soutien autrement :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other ways to show support:</source>
        <translation>Autres façons de montrer votre soutien :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Scan to act online:</source>
        <translation>Scannez pour agir en ligne :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All cases</source>
        <translation>Tous les cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to the official</source>
        <translation>Écrire à l&apos;autorité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a message of solidarity</source>
        <translation>Envoyer un message de solidarité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not possible by post for this case</source>
        <translation>Impossible par la poste pour ce cas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} has been free since {date}. Send a message of support instead of an appeal.</source>
        <translation>{name} est libre depuis le {date}. Envoyez un message de soutien plutôt qu&apos;un appel.</translation>
    </message>
</context>
<context>
    <name>CasePreview</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/bundle_editor/preview.py" line="+81"/>
        <source>Preview: %1</source>
        <translation>Aperçu : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show in</source>
        <translation>Afficher en</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Card in the gallery</source>
        <translation>Carte dans la galerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case page</source>
        <translation>Page du cas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Envelope for %1</source>
        <translation>Enveloppe pour %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Envelope: %1</source>
        <translation>Enveloppe : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show in:</source>
        <translation>Afficher en :</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <location filename="../../w4r_desktop/gui/kiosk/case_page.py" line="-209"/>
        <source>imprisoned</source>
        <translation>en prison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>released</source>
        <translation>en liberté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at risk</source>
        <translation>en danger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awaiting justice</source>
        <translation>en attente de justice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forcibly disappeared</source>
        <translation>victime de disparition forcée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on bail</source>
        <translation>en liberté sous caution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on trial</source>
        <translation>en procès</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/cases_page.py" line="+95"/>
        <source>Problems in the bundle that was not loaded</source>
        <translation>Problèmes du paquet qui n&apos;a pas été chargé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case bundle</source>
        <translation>Paquet de cas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Load from a &amp;folder…</source>
        <translation>Charger depuis un &amp;dossier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load a case bundle from a folder (for example on a USB stick)</source>
        <translation>Charger un paquet de cas depuis un dossier (par exemple sur une clé USB)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load from a .&amp;zip file…</source>
        <translation>Charger depuis un fichier .&amp;zip…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load a case bundle packed as a .zip file</source>
        <translation>Charger un paquet de cas compressé en fichier .zip</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the &amp;shipped cases</source>
        <translation>Utiliser les cas &amp;fournis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the cases that came with W4R Desktop</source>
        <translation>Revenir aux cas fournis avec W4R Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the &amp;previous bundle</source>
        <translation>Utiliser le paquet &amp;précédent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New bundle for this year…</source>
        <translation>&amp;Nouveau paquet pour cette année…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write this year&apos;s cases in forms, empty or from a copy of the cases in use</source>
        <translation>Rédiger les cas de cette année dans des formulaires, à partir de zéro ou d&apos;une copie des cas utilisés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit the cases…</source>
        <translation>&amp;Modifier les cas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the cases in forms, or go on with the draft saved on this laptop</source>
        <translation>Modifier les cas dans des formulaires, ou reprendre le brouillon enregistré sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cases: checked cases are offered to volunteers</source>
        <translation>Cas : les cas cochés sont proposés aux bénévoles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cases offered to volunteers</source>
        <translation>Cas proposés aux bénévoles</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Addresses to check before mailing</source>
        <translation>Adresses à vérifier avant l&apos;envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addresses marked unverified: check them before mailing</source>
        <translation>Adresses marquées non vérifiées : vérifiez-les avant l&apos;envoi</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Given on the command line: %1</source>
        <translation>Indiqué en ligne de commande : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loaded into this laptop (the USB stick or folder it came from can be removed).</source>
        <translation>Chargé sur cet ordinateur (vous pouvez retirer la clé USB ou le dossier d&apos;origine).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipped with W4R Desktop.</source>
        <translation>Fourni avec W4R Desktop.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In use: %1 (%2), %3 cases.</source>
        <translation>Utilisé : %1 (%2), %3 cas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Go back to %1, the bundle in use before the last change</source>
        <translation>Revenir à %1, le paquet utilisé avant le dernier changement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no previous bundle</source>
        <translation>Il n&apos;y a pas de paquet précédent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every address in this bundle is marked verified.</source>
        <translation>Toutes les adresses de ce paquet sont marquées vérifiées.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>official&apos;s address</source>
        <translation>adresse de l&apos;autorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address for solidarity messages</source>
        <translation>adresse pour les messages de solidarité</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The editor is open: close it first to start a new bundle.</source>
        <translation>L&apos;éditeur est ouvert : fermez-le avant de commencer un nouveau paquet.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This bundle was not loaded: 1 problem. The cases in use have not changed.</source>
        <translation>Ce paquet n&apos;a pas été chargé : 1 problème. Les cas utilisés n&apos;ont pas changé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This bundle was not loaded: %n problems. The cases in use have not changed.</source>
        <translation>Ce paquet n&apos;a pas été chargé : %n problèmes. Les cas utilisés n&apos;ont pas changé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This bundle was not loaded: %1</source>
        <translation>Ce paquet n&apos;a pas été chargé : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loaded %1: %2 cases.</source>
        <translation>%1 chargé : %2 cas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 address is marked unverified: check it before mailing.</source>
        <translation>1 adresse est marquée non vérifiée : vérifiez-la avant l&apos;envoi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n addresses are marked unverified: check them before mailing.</source>
        <translation>%n adresses sont marquées non vérifiées : vérifiez-les avant l&apos;envoi.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Now using %1 again.</source>
        <translation>%1 est de nouveau utilisé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Now using the cases shipped with W4R Desktop.</source>
        <translation>Les cas fournis avec W4R Desktop sont de nouveau utilisés.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>At least one case must stay on for volunteers to choose.</source>
        <translation>Au moins un cas doit rester actif pour que les bénévoles puissent choisir.</translation>
    </message>
</context>
<context>
    <name>ConsolePlaceholder</name>
    <message>
        <location filename="../../w4r_desktop/gui/main_window.py" line="+48"/>
        <source>Leader console</source>
        <translation>Console du responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the kiosk</source>
        <translation>Retour au kiosque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave kiosk mode</source>
        <translation>Quitter le mode kiosque</translation>
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
        <translation>une erreur inattendue ({kind})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W4R Desktop could not finish what it was doing: {what}.</source>
        <translation>W4R Desktop n&apos;a pas pu terminer ce qu&apos;il faisait : {what}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The details are in {file}.</source>
        <translation>Les détails se trouvent dans {file}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If it happens again, ask the event leader to restart W4R Desktop.</source>
        <translation>Si cela se reproduit, demandez au responsable de l&apos;événement de redémarrer W4R Desktop.</translation>
    </message>
</context>
<context>
    <name>EditorOpening</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/bundle_editor/opening.py" line="+33"/>
        <source>Choose the person&apos;s photo</source>
        <translation>Choisir la photo de la personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Photos (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the bundle for other groups</source>
        <translation>Exporter le paquet pour d&apos;autres groupes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case bundles (*.zip)</source>
        <translation>Paquets de cas (*.zip)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New bundle</source>
        <translation>Nouveau paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start this year&apos;s bundle empty, or from a copy of the cases in use (keep, change or remove each)?</source>
        <translation>Commencer le paquet de cette année à partir de zéro, ou d&apos;une copie des cas utilisés (à conserver, modifier ou retirer un par un) ?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This replaces the draft saved on this laptop.</source>
        <translation>Cela remplace le brouillon enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start empty</source>
        <translation>Partir de zéro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the cases in use</source>
        <translation>Copier les cas utilisés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The saved draft could not be read (%1); it is kept in %2. Editing the cases in use.</source>
        <translation>Le brouillon enregistré n&apos;a pas pu être lu (%1) ; il est conservé dans %2. Modification des cas utilisés.</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/event_page.py" line="+69"/>
        <source>What this event is and how this laptop works. Changes apply when you save.</source>
        <translation>Ce qu&apos;est cet événement et comment fonctionne cet ordinateur. Les modifications s&apos;appliquent à l&apos;enregistrement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event setup</source>
        <translation>Configuration de l&apos;événement</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer screens</source>
        <translation>Écrans des bénévoles</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Choose cases…</source>
        <translation>&amp;Choisir les cas…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Cases offered</source>
        <translation>Cas proposés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo changes</source>
        <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The system&apos;s default printer</source>
        <translation>L&apos;imprimante par défaut du système</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: choose at least one.</source>
        <translation>%1 : choisissez-en au moins un.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was saved.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <location line="+5"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>No changes to save.</source>
        <translation>Aucune modification à enregistrer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved. Checking the shared server…</source>
        <translation>Enregistré. Vérification du serveur partagé…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>But: %1.</source>
        <translation>Mais : %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The shared server answered: %1.</source>
        <translation>Le serveur partagé a répondu : %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 cases</source>
        <translation>%1 cas sur %2</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/bundle_editor/fields.py" line="+210"/>
        <source>In the bundle&apos;s language</source>
        <translation>Dans la langue du paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (optional)</source>
        <translation>%1 (facultatif)</translation>
    </message>
</context>
<context>
    <name>KioskFlow</name>
    <message>
        <location filename="../../w4r_desktop/gui/kiosk/flow.py" line="+259"/>
        <source>This letter cannot be printed: {reason}</source>
        <translation>Cette lettre ne peut pas être imprimée : {reason}</translation>
    </message>
</context>
<context>
    <name>LabelsPanel</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/labels_panel.py" line="+53"/>
        <source>&amp;Print labels</source>
        <translation>&amp;Imprimer les étiquettes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Case</source>
        <translation>&amp;Cas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address as printed</source>
        <translation>L&apos;adresse telle qu&apos;elle sera imprimée</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Label &amp;sheet</source>
        <translation>&amp;Planche d&apos;étiquettes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Number of labels</source>
        <translation>&amp;Nombre d&apos;étiquettes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start at &amp;label</source>
        <translation>Commencer à l&apos;&amp;étiquette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first free label on a partly used sheet, counted across then down</source>
        <translation>La première étiquette libre d&apos;une planche entamée, en comptant de gauche à droite puis vers le bas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw label &amp;outlines (for a test on plain paper)</source>
        <translation>Tracer les &amp;contours des étiquettes (pour un test sur papier ordinaire)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Click the first free label (or use the arrow keys).</source>
        <translation>Cliquez sur la première étiquette libre (ou utilisez les flèches).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grey, crossed: already used. Yellow: will be printed.</source>
        <translation>Grise et barrée : déjà utilisée. Jaune : sera imprimée.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Official: %1</source>
        <translation>Autorité : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Solidarity: %1</source>
        <translation>Solidarité : %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This address is marked unverified: check it before mailing.</source>
        <translation>Cette adresse est marquée non vérifiée : vérifiez-la avant l&apos;envoi.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Uses 1 sheet.</source>
        <translation>Utilise 1 planche.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uses %n sheets.</source>
        <translation>Utilise %n planches.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The labels were not printed: %1</source>
        <translation>Les étiquettes n&apos;ont pas été imprimées : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 label sent to %1.</source>
        <translation>1 étiquette envoyée à %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n labels sent to %1.</source>
        <translation>%n étiquettes envoyées à %1.</translation>
    </message>
</context>
<context>
    <name>LanguageList</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/bundle_editor/language_list.py" line="+39"/>
        <source>Add a language…</source>
        <translation>Ajouter une langue…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Take off %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>LaptopCheck</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/laptop_check.py" line="+27"/>
        <source>This laptop</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chec&amp;k this laptop</source>
        <translation>&amp;Vérifier cet ordinateur</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All is well.</source>
        <translation>Tout va bien.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n thing(s) to put right before the event:</source>
        <translation>
            <numerusform>%n chose à régler avant l&apos;événement :</numerusform>
            <numerusform>%n choses à régler avant l&apos;événement :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeaderConsole</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/console.py" line="+80"/>
        <source>Console pages</source>
        <translation>Pages de la console</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tally</source>
        <translation>Décompte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync &amp; report</source>
        <translation>Synchro &amp; rapport</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Group leader&apos;s console</source>
        <translation>Console du responsable du groupe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back to the kiosk</source>
        <translation>&amp;Retour au kiosque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to the volunteer screens, exactly where they were</source>
        <translation>Revenir aux écrans des bénévoles, exactement là où ils en étaient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Leave kiosk mode</source>
        <translation>&amp;Quitter le mode kiosque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave full screen, so the application can be closed</source>
        <translation>Quitter le plein écran pour pouvoir fermer l&apos;application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Big-screen &amp;counter</source>
        <translation>&amp;Compteur grand écran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The live count and letters per case, full screen on a projector or second screen</source>
        <translation>Le compteur en direct et les lettres par cas, en plein écran sur un projecteur ou un second écran</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Prepare this year&apos;s cases…</source>
        <translation>Préparer les cas de cette année…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Volunteers write from: %1.</source>
        <translation>Les bénévoles écrivent à partir de : %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volunteers write from %1, whose report-by date (%2) has passed: its cases and asks may be out of date.</source>
        <translation>Les bénévoles écrivent à partir de %1, dont la date limite de rapport (%2) est passée : ses cas et demandes peuvent être dépassés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volunteers write from %1: its cases and asks may be out of date.</source>
        <translation>Les bénévoles écrivent à partir de %1 : ses cas et demandes peuvent être dépassés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volunteers write from %1, a campaign of %2: its cases and asks may be out of date.</source>
        <translation>Les bénévoles écrivent à partir de %1, une campagne de %2 : ses cas et demandes peuvent être dépassés.</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <location filename="../../w4r_desktop/gui/kiosk/editor.py" line="+129"/>
        <source>To: {address}</source>
        <translation>À : {address}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date: {date}</source>
        <translation>Date : {date}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your town</source>
        <translation>Votre ville</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opening words</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your letter</source>
        <translation>Votre lettre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your message</source>
        <translation>Votre message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing words</source>
        <translation>Formule de fin</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Start with a greeting in {language}</source>
        <translation>Commencer par une salutation en {language}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add my postal address</source>
        <translation>Ajouter mon adresse postale</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only if you want a reply or the case asks for a sender. Your address is printed on this letter and envelope only; W4R Desktop forgets it as soon as you finish.</source>
        <translation>Seulement si vous voulez une réponse ou si le cas demande un expéditeur. Votre adresse est imprimée uniquement sur cette lettre et son enveloppe ; W4R Desktop l&apos;oublie dès que vous avez terminé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For some people it is safer not to give an address: ask the event leader.</source>
        <translation>Pour certaines personnes, il est plus sûr de ne pas donner d&apos;adresse : demandez au responsable de l&apos;événement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My address (one line each)</source>
        <translation>Mon adresse (une ligne à la fois)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Counting pages…</source>
        <translation>Comptage des pages…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What to say</source>
        <translation>Que dire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About {name}</source>
        <translation>À propos de {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules for this message</source>
        <translation>Règles pour ce message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tips</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Help with your letter</source>
        <translation>Aide pour votre lettre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to the case</source>
        <translation>Retour au cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See my letter</source>
        <translation>Voir ma lettre</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your letter to {who}</source>
        <translation>Votre lettre à {who}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your message to {who}</source>
        <translation>Votre message à {who}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The letter goes in English, as the campaign wrote it: that is how the officials and the post read it. The help beside it is in your language.</source>
        <translation>La lettre part en anglais, telle que la campagne l&apos;a rédigée : c&apos;est ainsi que les autorités et la poste la lisent. L&apos;aide à côté est dans votre langue.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Please take out: {words}. The rules for this case ask not to use these words, for the safety of the person you write to.</source>
        <translation>Veuillez retirer : {words}. Les règles de ce cas demandent de ne pas utiliser ces mots, pour la sécurité de la personne à qui vous écrivez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write “Season&apos;s greetings” instead: not everyone celebrates Christmas.</source>
        <translation>Écrivez plutôt « Joyeuses fêtes » : tout le monde ne fête pas Noël.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These characters will not print: {chars}. Please use words instead.</source>
        <translation>Ces caractères ne s&apos;imprimeront pas : {chars}. Veuillez utiliser des mots à la place.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your letter is {pages} pages long. One page is best: officials read short letters.</source>
        <translation>Votre lettre fait {pages} pages. Une seule page, c&apos;est mieux : les autorités lisent les lettres courtes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your message is {pages} pages long. One page is best: a short message is read.</source>
        <translation>Votre message fait {pages} pages. Une seule page, c&apos;est mieux : un message court est lu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your letter fits on one page.</source>
        <translation>Votre lettre tient sur une page.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your message fits on one page.</source>
        <translation>Votre message tient sur une page.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your letter has no name under it. Add your name (your first name is enough), or press “{button}” again to send it without a name.</source>
        <translation>Votre lettre n&apos;est pas signée. Ajoutez votre nom (votre prénom suffit), ou appuyez à nouveau sur « {button} » pour l&apos;envoyer sans nom.</translation>
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
        <translation>Le mode kiosque nécessite un PIN du responsable, pour que personne d&apos;autre que vous ne puisse ouvrir la console ou fermer W4R Desktop.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The leader PIN opens the leader console.</source>
        <translation>Le PIN du responsable ouvre la console du responsable.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A letter was left unfinished when W4R Desktop stopped. Only the leader PIN gives it back.</source>
        <translation>Une lettre était en cours quand W4R Desktop s&apos;est arrêté. Seul le PIN du responsable permet de la récupérer.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The leader PIN is needed to close W4R Desktop.</source>
        <translation>Le PIN du responsable est nécessaire pour fermer W4R Desktop.</translation>
    </message>
</context>
<context>
    <name>PackPanel</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/pack_panel.py" line="+29"/>
        <source>For a table where people sign rather than write: the case&apos;s story, appeal letters ready to sign, a petition sheet and address labels. Count the signed copies on the Tally page.</source>
        <translation>Pour une table où l&apos;on signe plutôt qu&apos;on écrit : l&apos;histoire du cas, des lettres d&apos;appel prêtes à signer, une feuille de pétition et des étiquettes d&apos;adresse. Comptez les exemplaires signés sur la page Décompte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Case</source>
        <translation>&amp;Cas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letters to si&amp;gn</source>
        <translation>Lettres à si&amp;gner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the &amp;pack</source>
        <translation>Imprimer le &amp;dossier</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The pack was not printed: %1</source>
        <translation>Le dossier n&apos;a pas été imprimé : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The pack for %1 (%n letter(s) to sign, a petition sheet, labels) went to %2.</source>
        <translation>
            <numerusform>Le dossier pour %1 (%n lettre à signer, une feuille de pétition, des étiquettes) est parti vers %2.</numerusform>
            <numerusform>Le dossier pour %1 (%n lettres à signer, une feuille de pétition, des étiquettes) est parti vers %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../w4r_desktop/gui/widgets/pdf_preview.py" line="+36"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
</context>
<context>
    <name>PinPrompt</name>
    <message>
        <location filename="../../w4r_desktop/gui/pin_dialog.py" line="+80"/>
        <source>Choose a leader PIN</source>
        <translation>Choisir un PIN du responsable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leader PIN</source>
        <translation>PIN du responsable</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No leader PIN has been set on this laptop yet. Choose one now ({low} to {high} digits) and keep it to yourself: it opens the console and lets you leave kiosk mode.</source>
        <translation>Aucun PIN du responsable n&apos;a encore été défini sur cet ordinateur. Choisissez-en un maintenant ({low} à {high} chiffres) et gardez-le pour vous : il ouvre la console et permet de quitter le mode kiosque.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New PIN</source>
        <translation>Nouveau PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same PIN again</source>
        <translation>Répétez le PIN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set PIN</source>
        <translation>Définir le PIN</translation>
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
            <numerusform>Trop de PIN erronés. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de PIN erronés. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>That is not the leader PIN.</source>
        <translation>Ce n&apos;est pas le PIN du responsable.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PIN may only contain digits.</source>
        <translation>Le PIN ne peut contenir que des chiffres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two PINs are not the same.</source>
        <translation>Les deux PIN ne sont pas identiques.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PIN is too easy to guess: all its digits are the same.</source>
        <translation>Ce PIN est trop facile à deviner : tous ses chiffres sont identiques.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PIN is too easy to guess: its digits count up or down in order.</source>
        <translation>Ce PIN est trop facile à deviner : ses chiffres se suivent dans l&apos;ordre croissant ou décroissant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PIN is too easy to guess: it repeats a short pattern.</source>
        <translation>Ce PIN est trop facile à deviner : il répète un motif court.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PIN must have {low} to {high} digits.</source>
        <translation>Le PIN doit comporter de {low} à {high} chiffres.</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/print_page.py" line="+94"/>
        <source>Print station</source>
        <translation>Poste d&apos;impression</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print to</source>
        <translation>Imprimer sur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF files in a folder…</source>
        <translation>Enregistrer en fichiers PDF dans un dossier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print to:</source>
        <translation>&amp;Imprimer sur :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Letter &amp;queue</source>
        <translation>&amp;File d&apos;attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address &amp;labels</source>
        <translation>Étiquettes d&apos;&amp;adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Alignment and offsets</source>
        <translation>A&amp;lignement et décalages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sa&amp;ved letters</source>
        <translation>Lettres &amp;enregistrées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing &amp;table</source>
        <translation>&amp;Table de signature</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>PDF files in %1</source>
        <translation>Fichiers PDF dans %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Letters waiting to be printed</source>
        <translation>Lettres en attente d&apos;impression</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Print &amp;all</source>
        <translation>&amp;Tout imprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print &amp;selected</source>
        <translation>Imprimer la &amp;sélection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print only the letters selected in the list</source>
        <translation>Imprimer uniquement les lettres sélectionnées dans la liste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove from queue…</source>
        <translation>&amp;Retirer de la file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the selected letters out of the queue without printing them</source>
        <translation>Retirer de la file d&apos;attente les lettres sélectionnées sans les imprimer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mailing &amp;sheet</source>
        <translation>&amp;Bordereau d&apos;envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one page listing each recipient with their letters and the postage, to go with the batch</source>
        <translation>Imprimer une page listant chaque destinataire avec ses lettres et l&apos;affranchissement, à joindre au lot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check &amp;address…</source>
        <translation>Vérifier l&apos;&amp;adresse…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm or correct an address that is not verified, so it can print</source>
        <translation>Confirmer ou corriger une adresse non vérifiée, pour pouvoir imprimer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1 letter waiting, with its envelope.</source>
        <translation>1 lettre en attente, avec son enveloppe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n letters waiting, each with its envelope.</source>
        <translation>%n lettres en attente, chacune avec son enveloppe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 could not be printed last time.</source>
        <translation>1 n&apos;a pas pu être imprimée la dernière fois.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n could not be printed last time.</source>
        <translation>%n n&apos;ont pas pu être imprimées la dernière fois.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n letter(s) in the queue waited past the keeping time set on the Event page: print them, or remove them so that the volunteers&apos; names do not stay on this laptop.</source>
        <translation>
            <numerusform>%n lettre de la file d&apos;attente a dépassé la durée de conservation définie sur la page Événement : imprimez-la ou retirez-la pour que le nom de la personne qui l&apos;a écrite ne reste pas sur cet ordinateur.</numerusform>
            <numerusform>%n lettres de la file d&apos;attente ont dépassé la durée de conservation définie sur la page Événement : imprimez-les ou retirez-les pour que les noms des bénévoles ne restent pas sur cet ordinateur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n letter(s) saved while no printer was connected wait under Saved letters. Letters not printed are deleted at the keeping time (the first by %1).</source>
        <translation>
            <numerusform>%n lettre enregistrée sans imprimante connectée attend dans Lettres enregistrées. Les lettres non imprimées sont supprimées à la fin de la durée de conservation (la première avant le %1).</numerusform>
            <numerusform>%n lettres enregistrées sans imprimante connectée attendent dans Lettres enregistrées. Les lettres non imprimées sont supprimées à la fin de la durée de conservation (la première avant le %1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Print every letter in the queue whose address is confirmed</source>
        <translation>Imprimer toutes les lettres de la file dont l&apos;adresse est confirmée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every letter in the queue has an address to check first: select one and check it</source>
        <translation>Toutes les lettres de la file ont d&apos;abord une adresse à vérifier : sélectionnez-en une et vérifiez-la</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>there are no letters ready to print</source>
        <translation>aucune lettre n&apos;est prête à imprimer</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Print the mailing sheet now? It lists %n letter(s)</source>
        <translation>
            <numerusform>Imprimer maintenant le bordereau d&apos;envoi ? Il liste %n lettre</numerusform>
            <numerusform>Imprimer maintenant le bordereau d&apos;envoi ? Il liste %n lettres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> to %n address(es), with the postage for each.</source>
        <translation>
            <numerusform> pour %n adresse, avec l&apos;affranchissement de chacune.</numerusform>
            <numerusform> pour %n adresses, avec l&apos;affranchissement de chacune.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The mailing sheet was not printed: %1</source>
        <translation>Le bordereau d&apos;envoi n&apos;a pas été imprimé : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The mailing sheet for %n letter(s) was printed.</source>
        <translation>
            <numerusform>Le bordereau d&apos;envoi pour %n lettre a été imprimé.</numerusform>
            <numerusform>Le bordereau d&apos;envoi pour %n lettres a été imprimé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n letter(s) to this address can now be printed.</source>
        <translation>
            <numerusform>%n lettre à cette adresse peut maintenant être imprimée.</numerusform>
            <numerusform>%n lettres à cette adresse peuvent maintenant être imprimées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove this letter from the queue without printing it? It stays counted, but its text is gone.</source>
        <translation>Retirer cette lettre de la file sans l&apos;imprimer ? Elle reste comptée, mais son texte est supprimé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove these %n letters from the queue without printing them? They stay counted, but their text is gone.</source>
        <translation>Retirer ces %n lettres de la file sans les imprimer ? Elles restent comptées, mais leur texte est supprimé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 letter removed from the queue.</source>
        <translation>1 lettre retirée de la file d&apos;attente.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n letters removed from the queue.</source>
        <translation>%n lettres retirées de la file d&apos;attente.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Printing letters and envelopes…</source>
        <translation>Impression des lettres et des enveloppes…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Printed %1 of %2 letters…</source>
        <translation>Lettres imprimées : %1 sur %2…</translation>
    </message>
</context>
<context>
    <name>PrintQueueModel</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/queue_model.py" line="+32"/>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queued</source>
        <translation>En file depuis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Appeal</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Solidarity</source>
        <translation>Solidarité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 + envelope</source>
        <translation>%1 + enveloppe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Address to check: confirm it before printing</source>
        <translation>Adresse à vérifier : confirmez-la avant d&apos;imprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <location filename="../../w4r_desktop/gui/projector.py" line="+32"/>
        <source>Write for Rights: letters written</source>
        <translation>Write for Rights : lettres écrites</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write for Rights</source>
        <translation>Write for Rights</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Press Escape to close this window.</source>
        <translation>Appuyez sur Échap pour fermer cette fenêtre.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n letter(s) written</source>
        <translation>
            <numerusform>%n lettre écrite</numerusform>
            <numerusform>%n lettres écrites</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <location filename="../../w4r_desktop/gui/widgets/qr_code.py" line="+22"/>
        <source>QR code for %1</source>
        <translation>Code QR pour %1</translation>
    </message>
</context>
<context>
    <name>QueuePrintRun</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/queue_printing.py" line="+115"/>
        <source>Printed %1 of 1 letter with its envelope.</source>
        <translation>Imprimé : %1 sur 1 lettre avec son enveloppe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed %1 of %n letters with their envelopes.</source>
        <translation>Imprimé : %1 sur %n lettres avec leurs enveloppes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 failed and stays in the queue:</source>
        <translation>1 a échoué et reste dans la file :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n failed and stay in the queue:</source>
        <translation>%n ont échoué et restent dans la file :</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n letter(s) wait for their address to be checked: select one and press Check address.</source>
        <translation>
            <numerusform>%n lettre attend que son adresse soit vérifiée : sélectionnez-la et cliquez sur Vérifier l&apos;adresse.</numerusform>
            <numerusform>%n lettres attendent que leur adresse soit vérifiée : sélectionnez-en une et cliquez sur Vérifier l&apos;adresse.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled: 1 letter not printed stays in the queue.</source>
        <translation>Annulé : 1 lettre non imprimée reste dans la file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled: %n letters not printed stay in the queue.</source>
        <translation>Annulé : %n lettres non imprimées restent dans la file.</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/tally_records.py" line="+50"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>ReportDeadline</name>
    <message numerus="yes">
        <location filename="../../w4r_desktop/gui/leader/report_deadline.py" line="+20"/>
        <source>Report by %1: %n day(s) left.</source>
        <translation>
            <numerusform>Rapport à envoyer avant le %1 : il reste %n jour.</numerusform>
            <numerusform>Rapport à envoyer avant le %1 : il reste %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report by %1: that is today.</source>
        <translation>Rapport à envoyer avant le %1 : c&apos;est aujourd&apos;hui.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The report was due on %1, %n day(s) ago: send it as soon as you can.</source>
        <translation>
            <numerusform>Le rapport était attendu le %1, il y a %n jour : envoyez-le dès que possible.</numerusform>
            <numerusform>Le rapport était attendu le %1, il y a %n jours : envoyez-le dès que possible.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../w4r_desktop/gui/kiosk/review.py" line="+51"/>
        <source>Your letter as it will be printed</source>
        <translation>Votre lettre telle qu&apos;elle sera imprimée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The envelope as it will be printed</source>
        <translation>L&apos;enveloppe telle qu&apos;elle sera imprimée</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change my letter</source>
        <translation>Modifier ma lettre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printer: {name}</source>
        <translation>Imprimante : {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No printer here: “Print now” saves a PDF for the event team to print.</source>
        <translation>Pas d&apos;imprimante ici : « Imprimer maintenant » enregistre un PDF que l&apos;équipe de l&apos;événement imprimera.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check your letter. If you want to change anything, go back: nothing is printed yet.</source>
        <translation>Relisez votre lettre. Si vous voulez changer quelque chose, revenez en arrière : rien n&apos;est encore imprimé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The organisers have not yet confirmed this address. Hand your letter in: they will check the address, then print and post your letter.</source>
        <translation>L&apos;équipe organisatrice n&apos;a pas encore confirmé cette adresse. Remettez votre lettre : elle vérifiera l&apos;adresse, puis imprimera et postera votre lettre.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hand in for printing later</source>
        <translation>Remettre pour impression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print now</source>
        <translation>Imprimer maintenant</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Your message contains “{word}”. It can put the person you write to in danger, so the message cannot be sent like this: go back and take it out.</source>
        <translation>Votre message contient « {word} ». Ce mot peut mettre en danger la personne à qui vous écrivez, le message ne peut donc pas être envoyé ainsi : revenez en arrière et retirez-le.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The rules for this case ask not to use “{word}”.</source>
        <translation>Les règles de ce cas demandent de ne pas utiliser « {word} ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your letter is {pages} pages long. One page is best: officials read short letters.</source>
        <translation>Votre lettre fait {pages} pages. Une seule page, c&apos;est mieux : les autorités lisent les lettres courtes.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The letter could not be printed ({reason}). You can try again, or hand it in for printing later.</source>
        <translation>La lettre n&apos;a pas pu être imprimée ({reason}). Vous pouvez réessayer, ou la remettre pour qu&apos;elle soit imprimée plus tard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an unexpected error ({kind})</source>
        <translation>une erreur inattendue ({kind})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your letter could not be saved just now ({reason}). It is still here: try again in a moment, or ask the event team.</source>
        <translation>Votre lettre n&apos;a pas pu être enregistrée pour l&apos;instant ({reason}). Elle est toujours là : réessayez dans un moment, ou demandez à l&apos;équipe de l&apos;événement.</translation>
    </message>
</context>
<context>
    <name>SavedLettersPanel</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/saved_panel.py" line="+44"/>
        <source>Letters that volunteers printed while no printer was connected were saved here. Print them, then stamp and post them. They hold volunteers&apos; names and towns: each is deleted once printed, and any left are deleted at the keeping time set on the Event page.</source>
        <translation>Les lettres imprimées par les bénévoles alors qu&apos;aucune imprimante n&apos;était connectée ont été enregistrées ici. Imprimez-les, puis timbrez-les et postez-les. Elles contiennent les noms et villes des bénévoles : chacune est supprimée une fois imprimée, et celles qui restent sont supprimées à la fin de la durée de conservation définie sur la page Événement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved letters</source>
        <translation>Lettres enregistrées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete selected…</source>
        <translation>&amp;Supprimer la sélection…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print selected</source>
        <translation>&amp;Imprimer la sélection</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>letter</source>
        <translation>lettre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>envelope</source>
        <translation>enveloppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter and envelope</source>
        <translation>lettre et enveloppe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{case}: {part}, saved {when}; deleted by {until}</source>
        <translation>{case} : {part}, enregistré le {when} ; supprimé avant le {until}</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n saved letter(s).</source>
        <translation>
            <numerusform>%n lettre enregistrée.</numerusform>
            <numerusform>%n lettres enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing saved.</source>
        <translation>Rien d&apos;enregistré.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a printer on the Event page (or connect one) to print these.</source>
        <translation>Choisissez une imprimante sur la page Événement (ou branchez-en une) pour les imprimer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not print {name}: {reason}</source>
        <translation>Impossible d&apos;imprimer {name} : {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n PDF(s) printed.</source>
        <translation>
            <numerusform>%n PDF imprimé.</numerusform>
            <numerusform>%n PDF imprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Delete %n saved letter(s) without printing?</source>
        <translation>
            <numerusform>Supprimer %n lettre enregistrée sans l&apos;imprimer ?</numerusform>
            <numerusform>Supprimer %n lettres enregistrées sans les imprimer ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecondLanguage</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/bundle_editor/second_language.py" line="+33"/>
        <source>Second language of the texts</source>
        <translation>Deuxième langue des textes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Second &amp;language of the texts:</source>
        <translation>Deuxième &amp;langue des textes :</translation>
    </message>
</context>
<context>
    <name>ServerBox</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/server_box.py" line="+56"/>
        <source>Shared server (big events)</source>
        <translation>Serveur partagé (grands événements)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync with the &amp;server now</source>
        <translation>Synchroniser avec le &amp;serveur</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Every laptop of the event sends its count to %1, every minute and now on request.</source>
        <translation>Chaque ordinateur de l&apos;événement envoie son décompte à %1, toutes les minutes et sur demande.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None set. For an event with many laptops on one network, set its address on the Event page.</source>
        <translation>Aucun. Pour un événement avec de nombreux ordinateurs sur un même réseau, indiquez son adresse sur la page Événement.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Syncing with the shared server…</source>
        <translation>Synchronisation avec le serveur partagé…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shared server: sent %1, received %2; the event counts %3 letters and cards.</source>
        <translation>Serveur partagé : %1 envoyés, %2 reçus ; l&apos;événement compte %3 lettres et cartes.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n record(s) did not pass this laptop&apos;s checks and were kept aside, not counted: see below.</source>
        <translation>
            <numerusform>%n enregistrement n&apos;a pas passé les contrôles de cet ordinateur et a été mis de côté, sans être compté : voir ci-dessous.</numerusform>
            <numerusform>%n enregistrements n&apos;ont pas passé les contrôles de cet ordinateur et ont été mis de côté, sans être comptés : voir ci-dessous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n record(s) of a kind this version does not count (%1) were kept; update W4R Desktop to count them.</source>
        <translation>
            <numerusform>%n enregistrement d&apos;un type que cette version ne compte pas (%1) a été gardé ; mettez W4R Desktop à jour pour le compter.</numerusform>
            <numerusform>%n enregistrements d&apos;un type que cette version ne compte pas (%1) ont été gardés ; mettez W4R Desktop à jour pour les compter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingField</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/setting_fields.py" line="+189"/>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../w4r_desktop/core/settings.py" line="+118"/>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>US #10 (4 1/8 x 9 1/2 in)</source>
        <translation>US n° 10 (4 1/8 x 9 1/2 po)</translation>
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
        <translation>Non précisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School or university</source>
        <translation>École ou université</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community or faith group</source>
        <translation>Groupe local ou religieux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street stall or market</source>
        <translation>Stand dans la rue ou au marché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large</source>
        <translation>Grand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra large</source>
        <translation>Très grand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event name</source>
        <translation>Nom de l&apos;événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group or school</source>
        <translation>Groupe ou établissement scolaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who reports the totals</source>
        <translation>Qui envoie le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town or city</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of event</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of this laptop</source>
        <translation>Nom de cet ordinateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shared server (big events only)</source>
        <translation>Serveur partagé (grands événements uniquement)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Envelope size</source>
        <translation>Format d&apos;enveloppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label sheet</source>
        <translation>Planche d&apos;étiquettes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stamp for a 1-ounce letter at home (USPS since 13 July 2025: 0.78)</source>
        <translation>Timbre pour une lettre d&apos;une once dans le pays (USPS depuis le 13 juillet 2025 : 0,78)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stamp for a 1-ounce letter abroad (USPS since 13 July 2025: 1.70)</source>
        <translation>Timbre pour une lettre d&apos;une once à l&apos;étranger (USPS depuis le 13 juillet 2025 : 1,70)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Group&apos;s return address (for envelopes of volunteers who gave none)</source>
        <translation>Adresse de retour du groupe (pour les enveloppes des bénévoles qui n&apos;en ont pas donné)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printer offset across (mm)</source>
        <translation>Décalage horizontal de l&apos;imprimante (mm)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printer offset down (mm)</source>
        <translation>Décalage vertical de l&apos;imprimante (mm)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep unprinted letters (days after the day they were written; 0: until midnight)</source>
        <translation>Conserver les lettres non imprimées (jours après le jour de rédaction ; 0 : jusqu&apos;à minuit)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reset after idle (seconds)</source>
        <translation>Réinitialiser après inactivité (secondes)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;Are you still there?&quot; countdown (seconds)</source>
        <translation>Compte à rebours « Êtes-vous toujours là ? » (secondes)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interface languages</source>
        <translation>Langues de l&apos;interface</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cases switched off</source>
        <translation>Cas désactivés</translation>
    </message>
</context>
<context>
    <name>SheetPicker</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/sheet_picker.py" line="+67"/>
        <source>First free label on the sheet</source>
        <translation>Première étiquette libre de la planche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label %1 of %2: row %3, column %4. Use the arrow keys to move.</source>
        <translation>Étiquette %1 sur %2 : ligne %3, colonne %4. Utilisez les flèches pour vous déplacer.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <location filename="../../w4r_desktop/gui/widgets/step_indicator.py" line="+36"/>
        <source>Step {number} of {count}: {name}</source>
        <translation>Étape {number} sur {count} : {name}</translation>
    </message>
</context>
<context>
    <name>StillThere</name>
    <message>
        <location filename="../../w4r_desktop/gui/kiosk/still_there.py" line="+51"/>
        <source>Are you still there?</source>
        <translation>Êtes-vous toujours là ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m still here</source>
        <translation>Je suis toujours là</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>To protect your privacy, your letter will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Pour protéger votre vie privée, votre lettre sera effacée dans %n seconde.</numerusform>
            <numerusform>Pour protéger votre vie privée, votre lettre sera effacée dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/sync_page.py" line="+70"/>
        <source>Bring the counts of every laptop together. Nothing is counted twice, however often you sync or import the same file.</source>
        <translation>Rassemblez les décomptes de tous les ordinateurs. Rien n&apos;est compté deux fois, même si vous synchronisez ou importez souvent le même fichier.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problems and conflicts</source>
        <translation>Problèmes et conflits</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync &amp; report</source>
        <translation>Synchro &amp; rapport</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No folder chosen yet.</source>
        <translation>Aucun dossier choisi pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hoose folder…</source>
        <translation>C&amp;hoisir un dossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USB stick or shared folder</source>
        <translation>Clé USB ou dossier partagé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each laptop writes its own file there and reads all the others. Sync every laptop, then sync the first one again.</source>
        <translation>Chaque ordinateur y écrit son propre fichier et lit tous les autres. Synchronisez chaque ordinateur, puis synchronisez de nouveau le premier.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Export this laptop&apos;s records…</source>
        <translation>&amp;Exporter nos enregistrements…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import files from other laptops…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync files</source>
        <translation>Fichiers de synchronisation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the &amp;report (CSV)…</source>
        <translation>Enregistrer le &amp;rapport (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the one-page s&amp;ummary (PDF)…</source>
        <translation>Enregistrer le rés&amp;umé d&apos;une page (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign report</source>
        <translation>Rapport pour la campagne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Totals per case with the event&apos;s name, group, place and dates, ready to type into the campaign&apos;s report form.</source>
        <translation>Totaux par cas avec le nom, le groupe, le lieu et les dates de l&apos;événement, prêts à être saisis dans le formulaire de rapport de la campagne.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Nothing was imported: a file is damaged or is not a sync file.</source>
        <translation>Rien n&apos;a été importé : un fichier est endommagé ou n&apos;est pas un fichier de synchronisation.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Conflict, not merged: record %1 in %2 (%3, %5 %4) differs from this laptop&apos;s.</source>
        <translation>Conflit, non fusionné : l&apos;enregistrement %1 dans %2 (%3, %5 %4) diffère de celui de cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n new record(s),</source>
        <translation>
            <numerusform>%n nouvel enregistrement,</numerusform>
            <numerusform>%n nouveaux enregistrements,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n counted already,</source>
        <translation>
            <numerusform>%n déjà compté,</numerusform>
            <numerusform>%n déjà comptés,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n in conflict.</source>
        <translation>
            <numerusform>%n en conflit.</numerusform>
            <numerusform>%n en conflit.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop has joined the event of the first file.</source>
        <translation>Cet ordinateur a rejoint l&apos;événement du premier fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events merged: %1.</source>
        <translation>Événements fusionnés : %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n record(s) of a kind this version does not count (%1) were kept and will be passed on; update W4R Desktop to count them.</source>
        <translation>
            <numerusform>%n enregistrement d&apos;un type que cette version ne compte pas (%1) a été conservé et sera transmis ; mettez à jour W4R Desktop pour le compter.</numerusform>
            <numerusform>%n enregistrements d&apos;un type que cette version ne compte pas (%1) ont été conservés et seront transmis ; mettez à jour W4R Desktop pour les compter.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the USB stick or shared folder</source>
        <translation>Choisissez la clé USB ou le dossier partagé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync folder: %1</source>
        <translation>Dossier de synchronisation : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Synced: wrote this laptop&apos;s %n record(s).</source>
        <translation>
            <numerusform>Synchronisé : %n enregistrement de cet ordinateur écrit.</numerusform>
            <numerusform>Synchronisé : %n enregistrements de cet ordinateur écrits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n file(s) had nothing new.</source>
        <translation>
            <numerusform>%n fichier ne contenait rien de nouveau.</numerusform>
            <numerusform>%n fichiers ne contenaient rien de nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n file(s) in the folder count for another event. Count those events together with this one?</source>
        <translation>
            <numerusform>%n fichier du dossier compte pour un autre événement. Compter ces événements avec celui-ci ?</numerusform>
            <numerusform>%n fichiers du dossier comptent pour un autre événement. Compter ces événements avec celui-ci ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export this laptop&apos;s records</source>
        <translation>Exporter les enregistrements de cet ordinateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+18"/>
        <source>Sync files (*.csv)</source>
        <translation>Fichiers de synchronisation (*.csv)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote %1 records to %2. Import this file on the other laptops.</source>
        <translation>%1 enregistrements écrits dans %2. Importez ce fichier sur les autres ordinateurs.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import sync files</source>
        <translation>Importer des fichiers de synchronisation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported.</source>
        <translation>Importé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 counts for another event (%2, from %3). Count both events together on this laptop?</source>
        <translation>%1 compte pour un autre événement (%2, de %3). Compter les deux événements ensemble sur cet ordinateur ?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the summary</source>
        <translation>Enregistrer le résumé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
</context>
<context>
    <name>TallyKind</name>
    <message>
        <location filename="../../w4r_desktop/core/tally/kinds.py" line="+58"/>
        <source>Appeal letters</source>
        <translation>Lettres d&apos;appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeals</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Solidarity messages</source>
        <translation>Messages de solidarité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solidarity</source>
        <translation>Solidarité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hand-written letters</source>
        <translation>Lettres manuscrites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By hand</source>
        <translation>À la main</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Petition signatures</source>
        <translation>Signatures de pétitions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Online actions</source>
        <translation>Actions en ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photo actions</source>
        <translation>Actions photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Social media posts</source>
        <translation>Publications sur les réseaux sociaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
</context>
<context>
    <name>TallyPage</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/tally_page.py" line="+57"/>
        <source>Tally</source>
        <translation>Décompte</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>By case</source>
        <translation>Par cas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By laptop</source>
        <translation>Par ordinateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show totals</source>
        <translation>Afficher les totaux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Whole event</source>
        <translation>Tout l&apos;événement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add to the tally</source>
        <translation>&amp;Ajouter au décompte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted by hand</source>
        <translation>Compté à la main</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Case</source>
        <translation>&amp;Cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What</source>
        <translation>&amp;Quoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How many</source>
        <translation>&amp;Combien</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Newest records</source>
        <translation>Derniers enregistrements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel the selected record</source>
        <translation>A&amp;nnuler l&apos;enregistrement sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A correction is added; the record itself stays in the history</source>
        <translation>Une correction est ajoutée ; l&apos;enregistrement lui-même reste dans l&apos;historique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Records and corrections</source>
        <translation>Enregistrements et corrections</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 letters and cards counted for %2</source>
        <translation>%1 lettres et cartes comptées pour %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Added %1 %2 for %3.</source>
        <translation>Ajouté : %1 %2 pour %3.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancel %1 %2 for %3? The record stays in the history with its correction.</source>
        <translation>Annuler %1 %2 pour %3 ? L&apos;enregistrement reste dans l&apos;historique avec sa correction.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record cancelled; the totals are corrected.</source>
        <translation>Enregistrement annulé ; les totaux sont corrigés.</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../../w4r_desktop/gui/kiosk/thanks.py" line="+30"/>
        <source>Thank you!</source>
        <translation>Merci !</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your letter is waiting at the print station. The organisers will print it and post it once the address is confirmed.</source>
        <translation>Votre lettre attend au poste d&apos;impression. L&apos;équipe organisatrice l&apos;imprimera et la postera dès que l&apos;adresse sera confirmée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no printer here, so your letter was saved for the event team. They will print it, stamp it and post it.</source>
        <translation>Il n&apos;y a pas d&apos;imprimante ici, votre lettre a donc été enregistrée pour l&apos;équipe de l&apos;événement. Elle l&apos;imprimera, la timbrera et la postera.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take your letter and envelope from the printer. Sign the letter if you like, fold it, and leave it with the event team: they add the stamp and post it.</source>
        <translation>Prenez votre lettre et votre enveloppe dans l&apos;imprimante. Signez la lettre si vous le souhaitez, pliez-la et remettez-la à l&apos;équipe de l&apos;événement : elle ajoute le timbre et la poste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your letter is waiting at the print station. The event team will print it, stamp it and post it.</source>
        <translation>Votre lettre attend au poste d&apos;impression. L&apos;équipe de l&apos;événement l&apos;imprimera, la timbrera et la postera.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n letter(s) written here</source>
        <translation>
            <numerusform>%n lettre écrite ici</numerusform>
            <numerusform>%n lettres écrites ici</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Together, letters like yours have helped free people and keep them safe.</source>
        <translation>Ensemble, des lettres comme la vôtre ont aidé à libérer des personnes et à les protéger.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write another letter</source>
        <translation>Écrire une autre lettre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I&apos;m done</source>
        <translation>J&apos;ai terminé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“I&apos;m done” clears your name and letter from this laptop.</source>
        <translation>« J&apos;ai terminé » efface votre nom et votre lettre de cet ordinateur.</translation>
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
        <translation>Choisir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read</source>
        <translation>Lire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review</source>
        <translation>Relire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Normal text</source>
        <translation>Texte normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large text</source>
        <translation>Grand texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra large text</source>
        <translation>Très grand texte</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>Leader</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the event leader: needs the leader PIN</source>
        <translation>Pour le responsable de l&apos;événement : PIN du responsable requis</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/tally_totals.py" line="+72"/>
        <source>Whole event</source>
        <translation>Tout l&apos;événement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Laptop %1</source>
        <translation>Ordinateur %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (this laptop)</source>
        <translation>%1 (cet ordinateur)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Laptop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters and cards</source>
        <translation>Lettres et cartes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of which</source>
        <translation>Dont</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../w4r_desktop/gui/kiosk/welcome.py" line="+47"/>
        <source>Language:</source>
        <translation>Langue :</translation>
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
        <translation>Chaque année, partout dans le monde, des personnes écrivent des lettres pour celles et ceux dont les droits humains sont bafoués. Votre lettre demande aux autorités d&apos;agir, ou dit à une personne en danger qu&apos;elle n&apos;est pas seule, et des lettres comme la vôtre ont aidé à libérer des personnes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The cases of %1</source>
        <translation>Les cas de %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write a letter</source>
        <translation>Écrire une lettre</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>W4R Desktop stopped while someone was writing a letter. If it was you, you can carry on where you left off.</source>
        <translation>W4R Desktop s&apos;est arrêté pendant que quelqu&apos;un écrivait une lettre. Si c&apos;était vous, vous pouvez reprendre votre lettre là où vous en étiez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Carry on with my letter</source>
        <translation>Reprendre ma lettre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not mine: delete it</source>
        <translation>Ce n&apos;est pas la mienne : la supprimer</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n letter(s) written here</source>
        <translation>
            <numerusform>%n lettre écrite ici</numerusform>
            <numerusform>%n lettres écrites ici</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/cases_page.py" line="-275"/>
        <source>Choose the case bundle folder</source>
        <translation>Choisissez le dossier du paquet de cas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the case bundle .zip file</source>
        <translation>Choisissez le fichier .zip du paquet de cas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case bundles (*.zip)</source>
        <translation>Paquets de cas (*.zip)</translation>
    </message>
    <message>
        <location filename="../../w4r_desktop/gui/leader/page_parts.py" line="+74"/>
        <source>Please confirm</source>
        <translation>Veuillez confirmer</translation>
    </message>
    <message>
        <location filename="../../w4r_desktop/gui/leader/print_page.py" line="-337"/>
        <source>Choose a folder for the PDF files</source>
        <translation>Choisissez un dossier pour les fichiers PDF</translation>
    </message>
</context>
</TS>
