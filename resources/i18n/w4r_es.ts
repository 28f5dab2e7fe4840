<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AddressCheck</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/address_check.py" line="+20"/>
        <source>Check the address</source>
        <translation>Comprobar la dirección</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I checked this address</source>
        <translation>He comprobado esta dirección</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This address is not verified in the case bundle: it may be a placeholder or a guess. Check it against the campaign&apos;s own materials, correct it here (one line per line; the country is added by itself), then confirm. Every letter in the queue to this address will use it.</source>
        <translation>Esta dirección no está verificada en el paquete de casos: puede ser provisional o una suposición. Compruébala con los materiales de la campaña, corrígela aquí (una línea por línea; el país se añade solo) y confírmala. Todas las cartas de la cola a esta dirección la usarán.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address</source>
        <translation>Dirección</translation>
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
        <translation>1. Imprima la página de prueba en papel normal.
2. Colóquela sobre una hoja de etiquetas a contraluz.
3. Si los recuadros quedan a la derecha de las etiquetas (o debajo), reduzca el desplazamiento horizontal (o vertical) en esos milímetros; si quedan a la izquierda (o encima), auméntelo.
4. Guarde, vuelva a imprimir la página de prueba y repita hasta que los contornos coincidan con las etiquetas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Label &amp;sheet</source>
        <translation>&amp;Hoja de etiquetas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Positive moves the print to the right</source>
        <translation>Un valor positivo mueve la impresión a la derecha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Positive moves the print down</source>
        <translation>Un valor positivo mueve la impresión hacia abajo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sa&amp;ve offsets</source>
        <translation>&amp;Guardar desplazamientos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print &amp;test page</source>
        <translation>Imprimir página de &amp;prueba</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Offsets are kept for this laptop&apos;s printer: %1</source>
        <translation>Los desplazamientos se guardan para la impresora de este portátil: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Offsets saved: %1 mm across, %2 mm down.</source>
        <translation>Desplazamientos guardados: %1 mm en horizontal, %2 mm en vertical.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The test page was not printed: %1</source>
        <translation>No se imprimió la página de prueba: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test page sent to %1.</source>
        <translation>Página de prueba enviada a %1.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../w4r_desktop/gui/widgets/bar_chart.py" line="+28"/>
        <source>Letters per case</source>
        <translation>Cartas por caso</translation>
    </message>
</context>
<context>
    <name>BundleEditor</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/bundle_editor/editor.py" line="+81"/>
        <location line="+18"/>
        <source>Case bundle editor</source>
        <translation>Editor de paquetes de casos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go to the next problem</source>
        <translation>&amp;Ir al siguiente problema</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The campaign and its cases</source>
        <translation>La campaña y sus casos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add a case</source>
        <translation>&amp;Añadir un caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Preview this case…</source>
        <translation>&amp;Vista previa de este caso…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save draft</source>
        <translation>&amp;Guardar borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export a .zip file for other groups</source>
        <translation>Exportar un archivo .zip para otros grupos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use at &amp;this event</source>
        <translation>Usar en es&amp;te evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The campaign: %1</source>
        <translation>La campaña: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>a new bundle</source>
        <translation>un paquete nuevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 problem to fix before it can be used or shared.</source>
        <translation>1 problema que corregir antes de poder usarlo o compartirlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n problems to fix before it can be used or shared.</source>
        <translation>%n problemas que corregir antes de poder usarlo o compartirlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready: it can be used at this event and shared with other groups.</source>
        <translation>Listo: se puede usar en este evento y compartir con otros grupos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 case</source>
        <translation>1 caso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n cases</source>
        <translation>%n casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2. %3</source>
        <translation>%1, %2. %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>: has problems</source>
        <translation>: tiene problemas</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Removed %1. Close without saving to keep it.</source>
        <translation>Se quitó %1. Para conservarlo, cierra sin guardar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fix the problems marked in this case to see its preview.</source>
        <translation>Corrige los problemas marcados en este caso para ver su vista previa.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved as a draft: fix the problems before using it.</source>
        <translation>Guardado como borrador: corrige los problemas antes de usarlo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The bundle was not exported: %1</source>
        <translation>El paquete no se exportó: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to %1: other groups load it with Load from a .zip file.</source>
        <translation>Exportado a %1: otros grupos lo cargan con Cargar desde un archivo .zip.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Volunteers now write from %1.</source>
        <translation>Ahora los voluntarios escriben desde %1.</translation>
    </message>
</context>
<context>
    <name>BundleProblems</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/bundle_editor/problems.py" line="+18"/>
        <source>Fill this in.</source>
        <translation>Rellena este campo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one.</source>
        <translation>Añade al menos uno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a country: choose one from the list.</source>
        <translation>«%1» no es un país: elige uno de la lista.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a language: use two-letter codes (en, es, fr…).</source>
        <translation>«%1» no es un idioma: usa códigos de dos letras (en, es, fr…).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a currency from the list (USD, EUR…).</source>
        <translation>Elige una moneda de la lista (USD, EUR…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A case file cannot say this: remove it.</source>
        <translation>Un archivo de caso no puede decir esto: quítalo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the date as 2026-12-10.</source>
        <translation>Escribe la fecha así: 2026-12-10.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a number, e.g. 1.70.</source>
        <translation>Escribe un número, por ejemplo 1.70.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write 0 or more.</source>
        <translation>Escribe 0 o más.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add at least one official to write to.</source>
        <translation>Añade al menos una autoridad a quien escribir.</translation>
    </message>
</context>
<context>
    <name>CampaignForm</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/bundle_editor/campaign_form.py" line="+24"/>
        <source>The campaign</source>
        <translation>La campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign name</source>
        <translation>Nombre de la campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation (the section whose targets and postage these are)</source>
        <translation>Organización (la sección a la que corresponden los destinatarios y el franqueo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last day to write (YYYY-MM-DD, optional)</source>
        <translation>Último día para escribir (AAAA-MM-DD, opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report the totals by (YYYY-MM-DD)</source>
        <translation>Informar de los totales antes del (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to report (web address)</source>
        <translation>Dónde informar (dirección web)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who to ask</source>
        <translation>A quién preguntar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postage for a one-ounce letter</source>
        <translation>Franqueo de una carta de una onza</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Language of the texts</source>
        <translation>Idioma de los textos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country letters are posted from</source>
        <translation>País desde el que se envían las cartas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stamp at home</source>
        <translation>Sello nacional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stamp abroad</source>
        <translation>Sello internacional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing tips shown beside the letter</source>
        <translation>Consejos de escritura junto a la carta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tip %1 is for</source>
        <translation>El consejo %1 es para</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appeal letters</source>
        <translation>Cartas de petición</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messages of support</source>
        <translation>Mensajes de apoyo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tip</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this tip</source>
        <translation>Quitar este consejo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a tip</source>
        <translation>Añadir un consejo</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/bundle_editor/case_form.py" line="+63"/>
        <source>Officials to write to</source>
        <translation>Autoridades a quienes escribir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an official to write to</source>
        <translation>Añadir una autoridad a la que escribir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a way to send support</source>
        <translation>Añadir una forma de enviar apoyo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The person</source>
        <translation>La persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File name (the case&apos;s id)</source>
        <translation>Nombre de archivo (el identificador del caso)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What happened, in one line</source>
        <translation>Qué pasó, en una línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their story (a blank line between paragraphs)</source>
        <translation>Su historia (una línea en blanco entre párrafos)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status (imprisoned, released on …)</source>
        <translation>Situación (encarcelada, liberado el …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo credit</source>
        <translation>Crédito de la foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the photo shows (for people who cannot see it)</source>
        <translation>Qué muestra la foto (para quien no puede verla)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal details a message of support may mention, one per line</source>
        <translation>Datos personales que un mensaje de apoyo puede mencionar, uno por línea</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sources, one web address per line</source>
        <translation>Fuentes, una dirección web por línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ask</source>
        <translation>La petición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the campaign asks for</source>
        <translation>Qué pide la campaña</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a photo…</source>
        <translation>Elegir una foto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the photo</source>
        <translation>Quitar la foto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Photo (PNG or JPEG; it is scaled down for the kiosk)</source>
        <translation>Foto (PNG o JPEG; se reduce para el quiosco)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>News since the campaign began</source>
        <translation>Novedades desde el inicio de la campaña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The person is free</source>
        <translation>La persona está en libertad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this news</source>
        <translation>Quitar esta novedad</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Languages the official reads</source>
        <translation>Idiomas que lee la autoridad</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Languages they read</source>
        <translation>Idiomas que lee</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Address checked</source>
        <translation>Dirección comprobada</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Official %1</source>
        <translation>Autoridad %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title (as in a letter&apos;s heading)</source>
        <translation>Cargo (como en el encabezado de una carta)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name (if known)</source>
        <translation>Nombre (si se conoce)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greeting (Dear …)</source>
        <translation>Saludo (Estimado/a …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Address, one line per line of the envelope (no country)</source>
        <translation>Dirección, una línea por cada línea del sobre (sin el país)</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Add news</source>
        <translation>Añadir una novedad</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+32"/>
        <source>Country of the address</source>
        <translation>País de la dirección</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The address in the local script, for the letter only (optional)</source>
        <translation>La dirección en la escritura local, solo para la carta (opcional)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Talking points, one per line</source>
        <translation>Puntos clave, uno por línea</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sample letter</source>
        <translation>Carta de ejemplo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this official</source>
        <translation>Quitar esta autoridad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Support %1</source>
        <translation>Apoyo %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By post</source>
        <translation>Por correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A photo action</source>
        <translation>Una acción con fotos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No way yet</source>
        <translation>Aún ninguna forma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How messages reach them</source>
        <translation>Cómo les llegan los mensajes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Instructions for volunteers</source>
        <translation>Instrucciones para los voluntarios</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rules for messages, one per line</source>
        <translation>Reglas para los mensajes, una por línea</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forbidden words, separated by commas</source>
        <translation>Palabras prohibidas, separadas por comas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greetings by language, one per line (es: ¡Ánimo!)</source>
        <translation>Saludos por idioma, uno por línea (es: ¡Ánimo!)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this way</source>
        <translation>Quitar esta forma</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checked by</source>
        <translation>Comprobada por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked on (YYYY-MM-DD)</source>
        <translation>Comprobada el (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it was checked (a web address or a note)</source>
        <translation>Dónde se comprobó (una dirección web o una nota)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>This picture was not used: %1</source>
        <translation>No se usó esta imagen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photo added, scaled for the kiosk.</source>
        <translation>Foto añadida y reducida para el quiosco.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
</context>
<context>
    <name>CaseGallery</name>
    <message>
        <location filename="../../w4r_desktop/gui/kiosk/gallery.py" line="+29"/>
        <source>Choose a person to write for</source>
        <translation>Elige a una persona para escribirle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each card is a real person or group. Pick one to read their story.</source>
        <translation>Cada tarjeta es una persona o un grupo real. Elige una para leer su historia.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../w4r_desktop/gui/kiosk/case_page.py" line="+118"/>
        <source>Update, {date}: {news}</source>
        <translation>Novedad, {date}: {news}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What we ask</source>
        <translation>Qué pedimos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who we write to</source>
        <translation>A quién escribimos</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>An appeal letter goes to {who}.</source>
        <translation>La carta de petición se envía a {who}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An appeal letter goes to {who}, {where}.</source>
        <translation>La carta de petición se envía a {who}, {where}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A message of solidarity goes to {who}, through {office}, which forwards it.</source>
        <translation>Un mensaje de solidaridad va a {who} a través de {office}, que se lo hace llegar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A message of solidarity goes to {who}, {where}.</source>
        <translation>El mensaje de solidaridad se envía a {who}, {where}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Messages of solidarity cannot be posted to {name} from here. You can still write an appeal letter, and show your support in another way:</source>
        <translation>Desde aquí no se pueden enviar por correo mensajes de solidaridad a {name}. Aun así puedes escribir una carta de petición y mostrar tu apoyo de otra manera:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other ways to show support:</source>
        <translation>Otras formas de mostrar tu apoyo:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Scan to act online:</source>
        <translation>Escanee para actuar en línea:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All cases</source>
        <translation>Todos los casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to the official</source>
        <translation>Escribir a la autoridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a message of solidarity</source>
        <translation>Enviar un mensaje de solidaridad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not possible by post for this case</source>
        <translation>En este caso no es posible por correo postal</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} has been free since {date}. Send a message of support instead of an appeal.</source>
        <translation>{name} está en libertad desde el {date}. Envía un mensaje de apoyo en lugar de una petición.</translation>
    </message>
</context>
<context>
    <name>CasePreview</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/bundle_editor/preview.py" line="+81"/>
        <source>Preview: %1</source>
        <translation>Vista previa: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show in</source>
        <translation>Mostrar en</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Card in the gallery</source>
        <translation>Tarjeta en la galería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case page</source>
        <translation>Página del caso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Envelope for %1</source>
        <translation>Sobre para %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Envelope: %1</source>
        <translation>Sobre: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show in:</source>
        <translation>Mostrar en:</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <location filename="../../w4r_desktop/gui/kiosk/case_page.py" line="-209"/>
        <source>imprisoned</source>
        <translation>en prisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>released</source>
        <translation>en libertad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free</source>
        <translation>en libertad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at risk</source>
        <translation>en peligro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awaiting justice</source>
        <translation>a la espera de justicia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forcibly disappeared</source>
        <translation>víctima de desaparición forzada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on bail</source>
        <translation>en libertad bajo fianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on trial</source>
        <translation>en juicio</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/cases_page.py" line="+104"/>
        <source>Case bundle</source>
        <translation>Paquete de casos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Load from a &amp;folder…</source>
        <translation>Cargar desde una &amp;carpeta…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Load from a .&amp;zip file…</source>
        <translation>Cargar desde un archivo .&amp;zip…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the &amp;shipped cases</source>
        <translation>Usar los casos &amp;incluidos</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Load a case bundle from a folder (for example on a USB stick)</source>
        <translation>Cargar un paquete de casos desde una carpeta (por ejemplo, en una memoria USB)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Load a case bundle packed as a .zip file</source>
        <translation>Cargar un paquete de casos comprimido en un archivo .zip</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go back to the cases that came with W4R Desktop</source>
        <translation>Volver a los casos que venían con W4R Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the &amp;previous bundle</source>
        <translation>Usar el paquete &amp;anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New bundle for this year…</source>
        <translation>&amp;Nuevo paquete para este año…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write this year&apos;s cases in forms, empty or from a copy of the cases in use</source>
        <translation>Escribe los casos de este año en formularios, desde cero o a partir de una copia de los casos en uso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit the cases…</source>
        <translation>&amp;Editar los casos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the cases in forms, or go on with the draft saved on this laptop</source>
        <translation>Cambia los casos en formularios, o continúa con el borrador guardado en este portátil</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Problems in the bundle that was not loaded</source>
        <translation>Problemas del paquete que no se cargó</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cases: checked cases are offered to volunteers</source>
        <translation>Casos: los casos marcados se ofrecen a los voluntarios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cases offered to volunteers</source>
        <translation>Casos que se ofrecen a los voluntarios</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Addresses to check before mailing</source>
        <translation>Direcciones que hay que comprobar antes de enviar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addresses marked unverified: check them before mailing</source>
        <translation>Direcciones marcadas como no verificadas: compruébelas antes de enviar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Given on the command line: %1</source>
        <translation>Indicado en la línea de órdenes: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loaded into this laptop (the USB stick or folder it came from can be removed).</source>
        <translation>Cargado en este portátil (ya puede retirar la memoria USB o la carpeta de origen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipped with W4R Desktop.</source>
        <translation>Incluido en W4R Desktop.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In use: %1 (%2), %3 cases.</source>
        <translation>En uso: %1 (%2), %3 casos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Go back to %1, the bundle in use before the last change</source>
        <translation>Volver a %1, el paquete que se usaba antes del último cambio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no previous bundle</source>
        <translation>No hay un paquete anterior</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every address in this bundle is marked verified.</source>
        <translation>Todas las direcciones de este paquete están marcadas como verificadas.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>official&apos;s address</source>
        <translation>dirección de la autoridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address for solidarity messages</source>
        <translation>dirección para mensajes de solidaridad</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The editor is open: close it first to start a new bundle.</source>
        <translation>El editor está abierto: ciérralo antes de empezar un paquete nuevo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This bundle was not loaded: 1 problem. The cases in use have not changed.</source>
        <translation>Este paquete no se cargó: 1 problema. Los casos en uso no han cambiado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This bundle was not loaded: %n problems. The cases in use have not changed.</source>
        <translation>Este paquete no se cargó: %n problemas. Los casos en uso no han cambiado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This bundle was not loaded: %1</source>
        <translation>Este paquete no se cargó: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loaded %1: %2 cases.</source>
        <translation>Cargado %1: %2 casos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 address is marked unverified: check it before mailing.</source>
        <translation>1 dirección está marcada como no verificada: compruébela antes de enviar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n addresses are marked unverified: check them before mailing.</source>
        <translation>%n direcciones están marcadas como no verificadas: compruébelas antes de enviar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Now using %1 again.</source>
        <translation>Se vuelve a usar %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Now using the cases shipped with W4R Desktop.</source>
        <translation>Ahora se usan los casos incluidos en W4R Desktop.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>At least one case must stay on for volunteers to choose.</source>
        <translation>Al menos un caso debe quedar activo para que los voluntarios puedan elegir.</translation>
    </message>
</context>
<context>
    <name>ConsolePlaceholder</name>
    <message>
        <location filename="../../w4r_desktop/gui/main_window.py" line="+48"/>
        <source>Leader console</source>
        <translation>Consola de coordinación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the kiosk</source>
        <translation>Volver al quiosco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave kiosk mode</source>
        <translation>Salir del modo quiosco</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../w4r_desktop/gui/crash.py" line="+19"/>
        <source>Write for Rights</source>
        <translation>Escribe por los Derechos</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>an unexpected error ({kind})</source>
        <translation>un error inesperado ({kind})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W4R Desktop could not finish what it was doing: {what}.</source>
        <translation>W4R Desktop no pudo terminar lo que estaba haciendo: {what}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The details are in {file}.</source>
        <translation>Los detalles están en {file}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If it happens again, ask the event leader to restart W4R Desktop.</source>
        <translation>Si vuelve a ocurrir, pide a quien coordina el evento que reinicie W4R Desktop.</translation>
    </message>
</context>
<context>
    <name>EditorOpening</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/bundle_editor/opening.py" line="+33"/>
        <source>Choose the person&apos;s photo</source>
        <translation>Elige la foto de la persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Fotos (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the bundle for other groups</source>
        <translation>Exportar el paquete para otros grupos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case bundles (*.zip)</source>
        <translation>Paquetes de casos (*.zip)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New bundle</source>
        <translation>Paquete nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start this year&apos;s bundle empty, or from a copy of the cases in use (keep, change or remove each)?</source>
        <translation>¿Empezar el paquete de este año desde cero, o a partir de una copia de los casos en uso (conservar, cambiar o quitar cada uno)?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This replaces the draft saved on this laptop.</source>
        <translation>Esto sustituye el borrador guardado en este portátil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start empty</source>
        <translation>Empezar desde cero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the cases in use</source>
        <translation>Copiar los casos en uso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The saved draft could not be read (%1); it is kept in %2. Editing the cases in use.</source>
        <translation>No se pudo leer el borrador guardado (%1); se conserva en %2. Se editan los casos en uso.</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/event_page.py" line="+90"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer screens</source>
        <translation>Pantallas de voluntarios</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Event setup</source>
        <translation>Configuración del evento</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>What this event is and how this laptop works. Changes apply when you save.</source>
        <translation>Qué es este evento y cómo funciona este portátil. Los cambios se aplican al guardar.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Choose cases…</source>
        <translation>&amp;Elegir casos…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Cases offered</source>
        <translation>Casos ofrecidos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo changes</source>
        <translation>&amp;Deshacer cambios</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The system&apos;s default printer</source>
        <translation>La impresora predeterminada del sistema</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: choose at least one.</source>
        <translation>%1: elija al menos uno.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was saved.</source>
        <translation>No se guardó nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <location line="+5"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>No changes to save.</source>
        <translation>No hay cambios que guardar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved. Checking the shared server…</source>
        <translation>Guardado. Comprobando el servidor compartido…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>But: %1.</source>
        <translation>Pero: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The shared server answered: %1.</source>
        <translation>El servidor compartido respondió: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 cases</source>
        <translation>%1 de %2 casos</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/bundle_editor/fields.py" line="+210"/>
        <source>In the bundle&apos;s language</source>
        <translation>En el idioma del paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (optional)</source>
        <translation>%1 (opcional)</translation>
    </message>
</context>
<context>
    <name>KioskFlow</name>
    <message>
        <location filename="../../w4r_desktop/gui/kiosk/flow.py" line="+259"/>
        <source>This letter cannot be printed: {reason}</source>
        <translation>Esta carta no se puede imprimir: {reason}</translation>
    </message>
</context>
<context>
    <name>LabelsPanel</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/labels_panel.py" line="+66"/>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address as printed</source>
        <translation>La dirección tal como se imprime</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Label &amp;sheet</source>
        <translation>&amp;Hoja de etiquetas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Number of labels</source>
        <translation>&amp;Número de etiquetas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start at &amp;label</source>
        <translation>Empezar en la &amp;etiqueta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first free label on a partly used sheet, counted across then down</source>
        <translation>La primera etiqueta libre de una hoja ya empezada, contando de izquierda a derecha y luego hacia abajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw label &amp;outlines (for a test on plain paper)</source>
        <translation>Dibujar los &amp;contornos de las etiquetas (para una prueba en papel normal)</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>&amp;Print labels</source>
        <translation>&amp;Imprimir etiquetas</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Click the first free label (or use the arrow keys).</source>
        <translation>Haga clic en la primera etiqueta libre (o use las teclas de flecha).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grey, crossed: already used. Yellow: will be printed.</source>
        <translation>Gris y tachada: ya usada. Amarilla: se imprimirá.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Official: %1</source>
        <translation>Autoridad: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Solidarity: %1</source>
        <translation>Solidaridad: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This address is marked unverified: check it before mailing.</source>
        <translation>Esta dirección está marcada como no verificada: compruébela antes de enviar.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Uses 1 sheet.</source>
        <translation>Usa 1 hoja.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uses %n sheets.</source>
        <translation>Usa %n hojas.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The labels were not printed: %1</source>
        <translation>No se imprimieron las etiquetas: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 label sent to %1.</source>
        <translation>1 etiqueta enviada a %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n labels sent to %1.</source>
        <translation>%n etiquetas enviadas a %1.</translation>
    </message>
</context>
<context>
    <name>LanguageList</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/bundle_editor/language_list.py" line="+39"/>
        <source>Add a language…</source>
        <translation>Añadir un idioma…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Take off %1</source>
        <translation>Quitar %1</translation>
    </message>
</context>
<context>
    <name>LaptopCheck</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/laptop_check.py" line="+27"/>
        <source>This laptop</source>
        <translation>Este portátil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chec&amp;k this laptop</source>
        <translation>&amp;Comprobar este portátil</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All is well.</source>
        <translation>Todo está bien.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n thing(s) to put right before the event:</source>
        <translation>
            <numerusform>%n cosa que arreglar antes del evento:</numerusform>
            <numerusform>%n cosas que arreglar antes del evento:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeaderConsole</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/console.py" line="+124"/>
        <source>Group leader&apos;s console</source>
        <translation>Consola de coordinación del grupo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back to the kiosk</source>
        <translation>&amp;Volver al quiosco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to the volunteer screens, exactly where they were</source>
        <translation>Volver a las pantallas de voluntarios, justo donde estaban</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Leave kiosk mode</source>
        <translation>&amp;Salir del modo quiosco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave full screen, so the application can be closed</source>
        <translation>Salir de la pantalla completa para poder cerrar la aplicación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Big-screen &amp;counter</source>
        <translation>&amp;Contador en pantalla grande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The live count and letters per case, full screen on a projector or second screen</source>
        <translation>El recuento en directo y las cartas por caso, a pantalla completa en un proyector o una segunda pantalla</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Console pages</source>
        <translation>Páginas de la consola</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tally</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync &amp; report</source>
        <translation>Sincronizar e informar</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Prepare this year&apos;s cases…</source>
        <translation>Preparar los casos de este año…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Volunteers write from: %1.</source>
        <translation>Los voluntarios escriben con: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volunteers write from %1, whose report-by date (%2) has passed: its cases and asks may be out of date.</source>
        <translation>Los voluntarios escriben con %1, cuya fecha de informe (%2) ya ha pasado: sus casos y peticiones pueden estar desactualizados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volunteers write from %1: its cases and asks may be out of date.</source>
        <translation>Los voluntarios escriben con %1: sus casos y peticiones pueden estar desactualizados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volunteers write from %1, a campaign of %2: its cases and asks may be out of date.</source>
        <translation>Los voluntarios escriben con %1, una campaña de %2: sus casos y peticiones pueden estar desactualizados.</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <location filename="../../w4r_desktop/gui/kiosk/editor.py" line="+129"/>
        <source>To: {address}</source>
        <translation>Para: {address}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date: {date}</source>
        <translation>Fecha: {date}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Start with a greeting in {language}</source>
        <translation>Empezar con un saludo en {language}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add my postal address</source>
        <translation>Añadir mi dirección postal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only if you want a reply or the case asks for a sender. Your address is printed on this letter and envelope only; W4R Desktop forgets it as soon as you finish.</source>
        <translation>Solo si quieres recibir respuesta o el caso pide un remitente. Tu dirección se imprime solo en esta carta y en su sobre; W4R Desktop la olvida en cuanto terminas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For some people it is safer not to give an address: ask the event leader.</source>
        <translation>Para algunas personas es más seguro no dar una dirección: pregunta a quien coordina el evento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My address (one line each)</source>
        <translation>Mi dirección (una línea por renglón)</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your town</source>
        <translation>Tu localidad</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opening words</source>
        <translation>Saludo inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your letter</source>
        <translation>Tu carta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your message</source>
        <translation>Tu mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing words</source>
        <translation>Despedida</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Counting pages…</source>
        <translation>Contando páginas…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What to say</source>
        <translation>Qué decir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About {name}</source>
        <translation>Sobre {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules for this message</source>
        <translation>Normas para este mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tips</source>
        <translation>Consejos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Help with your letter</source>
        <translation>Ayuda para tu carta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to the case</source>
        <translation>Volver al caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See my letter</source>
        <translation>Ver mi carta</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your letter to {who}</source>
        <translation>Tu carta para {who}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your message to {who}</source>
        <translation>Tu mensaje para {who}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The letter goes in English, as the campaign wrote it: that is how the officials and the post read it. The help beside it is in your language.</source>
        <translation>La carta va en inglés, como la escribió la campaña: así la leen las autoridades y el correo. La ayuda de al lado está en tu idioma.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Please take out: {words}. The rules for this case ask not to use these words, for the safety of the person you write to.</source>
        <translation>Por favor, quita: {words}. Las normas de este caso piden no usar estas palabras, por la seguridad de la persona a la que escribes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write “Season&apos;s greetings” instead: not everyone celebrates Christmas.</source>
        <translation>Escriba «Felices fiestas» en su lugar: no todo el mundo celebra la Navidad.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These characters will not print: {chars}. Please use words instead.</source>
        <translation>Estos caracteres no se imprimirán: {chars}. Usa palabras en su lugar, por favor.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your letter is {pages} pages long. One page is best: officials read short letters.</source>
        <translation>Tu carta ocupa {pages} páginas. Lo mejor es una sola: las autoridades leen las cartas breves.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your message is {pages} pages long. One page is best: a short message is read.</source>
        <translation>Tu mensaje ocupa {pages} páginas. Lo mejor es una sola: un mensaje corto se lee.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your letter fits on one page.</source>
        <translation>Tu carta cabe en una página.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your message fits on one page.</source>
        <translation>Tu mensaje cabe en una página.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your letter has no name under it. Add your name (your first name is enough), or press “{button}” again to send it without a name.</source>
        <translation>Tu carta no lleva nombre. Añade tu nombre (basta con el nombre de pila) o vuelve a pulsar «{button}» para enviarla sin nombre.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../w4r_desktop/gui/main_window.py" line="+26"/>
        <source>Write for Rights</source>
        <translation>Escribe por los Derechos</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Kiosk mode needs a leader PIN, so that only you can open the console or close W4R Desktop.</source>
        <translation>El modo quiosco necesita un PIN de coordinación, para que solo tú puedas abrir la consola o cerrar W4R Desktop.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The leader PIN opens the leader console.</source>
        <translation>El PIN de coordinación abre la consola de coordinación.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A letter was left unfinished when W4R Desktop stopped. Only the leader PIN gives it back.</source>
        <translation>Quedó una carta sin terminar cuando W4R Desktop se detuvo. Solo el PIN de coordinación la recupera.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The leader PIN is needed to close W4R Desktop.</source>
        <translation>Hace falta el PIN de coordinación para cerrar W4R Desktop.</translation>
    </message>
</context>
<context>
    <name>PackPanel</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/pack_panel.py" line="+29"/>
        <source>For a table where people sign rather than write: the case&apos;s story, appeal letters ready to sign, a petition sheet and address labels. Count the signed copies on the Tally page.</source>
        <translation>Para una mesa donde la gente firma en lugar de escribir: la historia del caso, cartas de petición listas para firmar, una hoja de firmas y etiquetas de dirección. Cuente las copias firmadas en la página Recuento.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letters to si&amp;gn</source>
        <translation>Cartas para fir&amp;mar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the &amp;pack</source>
        <translation>Imprimir el &amp;paquete</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The pack was not printed: %1</source>
        <translation>El paquete no se imprimió: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The pack for %1 (%n letter(s) to sign, a petition sheet, labels) went to %2.</source>
        <translation>
            <numerusform>El paquete de %1 (%n carta para firmar, una hoja de firmas, etiquetas) se envió a %2.</numerusform>
            <numerusform>El paquete de %1 (%n cartas para firmar, una hoja de firmas, etiquetas) se envió a %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../w4r_desktop/gui/widgets/pdf_preview.py" line="+40"/>
        <source>Whole page</source>
        <translation>Página entera</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
</context>
<context>
    <name>PinPrompt</name>
    <message>
        <location filename="../../w4r_desktop/gui/pin_dialog.py" line="+80"/>
        <source>Leader PIN</source>
        <translation>PIN de coordinación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a leader PIN</source>
        <translation>Elige un PIN de coordinación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No leader PIN has been set on this laptop yet. Choose one now ({low} to {high} digits) and keep it to yourself: it opens the console and lets you leave kiosk mode.</source>
        <translation>Todavía no hay un PIN de coordinación en este portátil. Elija uno ahora (de {low} a {high} cifras) y no lo comparta: abre la consola y permite salir del modo quiosco.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same PIN again</source>
        <translation>Repita el PIN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set PIN</source>
        <translation>Guardar PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Vuelva a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Vuelva a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>That is not the leader PIN.</source>
        <translation>Ese no es el PIN de coordinación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PIN may only contain digits.</source>
        <translation>El PIN solo puede contener cifras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two PINs are not the same.</source>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PIN is too easy to guess: all its digits are the same.</source>
        <translation>Este PIN es demasiado fácil de adivinar: todas sus cifras son iguales.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PIN is too easy to guess: its digits count up or down in order.</source>
        <translation>Este PIN es demasiado fácil de adivinar: sus cifras van seguidas hacia arriba o hacia abajo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PIN is too easy to guess: it repeats a short pattern.</source>
        <translation>Este PIN es demasiado fácil de adivinar: repite un patrón corto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PIN must have {low} to {high} digits.</source>
        <translation>El PIN debe tener de {low} a {high} cifras.</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/print_page.py" line="+94"/>
        <source>Print station</source>
        <translation>Puesto de impresión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print to</source>
        <translation>Imprimir en</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF files in a folder…</source>
        <translation>Guardar como archivos PDF en una carpeta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print to:</source>
        <translation>&amp;Imprimir en:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Letter &amp;queue</source>
        <translation>&amp;Cola de cartas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address &amp;labels</source>
        <translation>&amp;Etiquetas de dirección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Alignment and offsets</source>
        <translation>&amp;Alineación y desplazamientos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sa&amp;ved letters</source>
        <translation>Cartas &amp;guardadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing &amp;table</source>
        <translation>Mesa de &amp;firmas</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>PDF files in %1</source>
        <translation>Archivos PDF en %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Letters waiting to be printed</source>
        <translation>Cartas pendientes de imprimir</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Print &amp;all</source>
        <translation>Imprimir &amp;todas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print &amp;selected</source>
        <translation>Imprimir &amp;seleccionadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print only the letters selected in the list</source>
        <translation>Imprimir solo las cartas seleccionadas en la lista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove from queue…</source>
        <translation>&amp;Quitar de la cola…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the selected letters out of the queue without printing them</source>
        <translation>Sacar de la cola las cartas seleccionadas sin imprimirlas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mailing &amp;sheet</source>
        <translation>&amp;Hoja de envío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one page listing each recipient with their letters and the postage, to go with the batch</source>
        <translation>Imprime una página con cada destinatario, sus cartas y el franqueo, para acompañar el lote</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check &amp;address…</source>
        <translation>Comprobar &amp;dirección…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm or correct an address that is not verified, so it can print</source>
        <translation>Confirma o corrige una dirección no verificada para poder imprimir</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1 letter waiting, with its envelope.</source>
        <translation>1 carta pendiente, con su sobre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n letters waiting, each with its envelope.</source>
        <translation>%n cartas pendientes, cada una con su sobre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 could not be printed last time.</source>
        <translation>1 no se pudo imprimir la última vez.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n could not be printed last time.</source>
        <translation>%n no se pudieron imprimir la última vez.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n letter(s) in the queue waited past the keeping time set on the Event page: print them, or remove them so that the volunteers&apos; names do not stay on this laptop.</source>
        <translation>
            <numerusform>%n carta de la cola ha superado el tiempo de conservación fijado en la página Evento: imprímela o quítala para que el nombre de quien la escribió no se quede en este portátil.</numerusform>
            <numerusform>%n cartas de la cola han superado el tiempo de conservación fijado en la página Evento: imprímelas o quítalas para que los nombres de quienes las escribieron no se queden en este portátil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n letter(s) saved while no printer was connected wait under Saved letters. Letters not printed are deleted at the keeping time (the first by %1).</source>
        <translation>
            <numerusform>%n carta guardada sin impresora conectada espera en Cartas guardadas. Las cartas sin imprimir se borran al acabar el tiempo de conservación (la primera, antes del %1).</numerusform>
            <numerusform>%n cartas guardadas sin impresora conectada esperan en Cartas guardadas. Las cartas sin imprimir se borran al acabar el tiempo de conservación (la primera, antes del %1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Print every letter in the queue whose address is confirmed</source>
        <translation>Imprimir todas las cartas de la cola cuya dirección está confirmada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every letter in the queue has an address to check first: select one and check it</source>
        <translation>Todas las cartas de la cola tienen una dirección que comprobar antes: seleccione una y compruébela</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>there are no letters ready to print</source>
        <translation>no hay cartas listas para imprimir</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Print the mailing sheet now? It lists %n letter(s)</source>
        <translation>
            <numerusform>¿Imprimir ahora la hoja de envío? Recoge %n carta</numerusform>
            <numerusform>¿Imprimir ahora la hoja de envío? Recoge %n cartas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> to %n address(es), with the postage for each.</source>
        <translation>
            <numerusform> para %n dirección, con el franqueo de cada una.</numerusform>
            <numerusform> para %n direcciones, con el franqueo de cada una.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The mailing sheet was not printed: %1</source>
        <translation>La hoja de envío no se imprimió: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The mailing sheet for %n letter(s) was printed.</source>
        <translation>
            <numerusform>Se imprimió la hoja de envío de %n carta.</numerusform>
            <numerusform>Se imprimió la hoja de envío de %n cartas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n letter(s) to this address can now be printed.</source>
        <translation>
            <numerusform>Ya se puede imprimir %n carta a esta dirección.</numerusform>
            <numerusform>Ya se pueden imprimir %n cartas a esta dirección.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove this letter from the queue without printing it? It stays counted, but its text is gone.</source>
        <translation>¿Quitar esta carta de la cola sin imprimirla? Sigue contada, pero su texto se borra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove these %n letters from the queue without printing them? They stay counted, but their text is gone.</source>
        <translation>¿Quitar estas %n cartas de la cola sin imprimirlas? Siguen contadas, pero su texto se borra.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 letter removed from the queue.</source>
        <translation>1 carta quitada de la cola.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n letters removed from the queue.</source>
        <translation>%n cartas quitadas de la cola.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Printing letters and envelopes…</source>
        <translation>Imprimiendo cartas y sobres…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Printed %1 of %2 letters…</source>
        <translation>Impresas %1 de %2 cartas…</translation>
    </message>
</context>
<context>
    <name>PrintQueueModel</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/queue_model.py" line="+32"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queued</source>
        <translation>En cola desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Appeal</source>
        <translation>Petición</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Solidarity</source>
        <translation>Solidaridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 + envelope</source>
        <translation>%1 + sobre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Address to check: confirm it before printing</source>
        <translation>Dirección por comprobar: confírmala antes de imprimir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>Pendiente</translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <location filename="../../w4r_desktop/gui/projector.py" line="+32"/>
        <source>Write for Rights: letters written</source>
        <translation>Escribe por los Derechos: cartas escritas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write for Rights</source>
        <translation>Escribe por los Derechos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Press Escape to close this window.</source>
        <translation>Pulsa Escape para cerrar esta ventana.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n letter(s) written</source>
        <translation>
            <numerusform>%n carta escrita</numerusform>
            <numerusform>%n cartas escritas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <location filename="../../w4r_desktop/gui/widgets/qr_code.py" line="+22"/>
        <source>QR code for %1</source>
        <translation>Código QR de %1</translation>
    </message>
</context>
<context>
    <name>QueuePrintRun</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/queue_printing.py" line="+115"/>
        <source>Printed %1 of 1 letter with its envelope.</source>
        <translation>Impresa %1 de 1 carta con su sobre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed %1 of %n letters with their envelopes.</source>
        <translation>Impresas %1 de %n cartas con sus sobres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 failed and stays in the queue:</source>
        <translation>1 falló y sigue en la cola:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n failed and stay in the queue:</source>
        <translation>%n fallaron y siguen en la cola:</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n letter(s) wait for their address to be checked: select one and press Check address.</source>
        <translation>
            <numerusform>%n carta espera a que se compruebe su dirección: selecciónala y pulsa Comprobar dirección.</numerusform>
            <numerusform>%n cartas esperan a que se compruebe su dirección: selecciona una y pulsa Comprobar dirección.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled: 1 letter not printed stays in the queue.</source>
        <translation>Cancelado: 1 carta sin imprimir sigue en la cola.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled: %n letters not printed stay in the queue.</source>
        <translation>Cancelado: %n cartas sin imprimir siguen en la cola.</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/tally_records.py" line="+50"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>ReportDeadline</name>
    <message numerus="yes">
        <location filename="../../w4r_desktop/gui/leader/report_deadline.py" line="+20"/>
        <source>Report by %1: %n day(s) left.</source>
        <translation>
            <numerusform>Informe antes del %1: queda %n día.</numerusform>
            <numerusform>Informe antes del %1: quedan %n días.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report by %1: that is today.</source>
        <translation>Informe antes del %1: es hoy.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The report was due on %1, %n day(s) ago: send it as soon as you can.</source>
        <translation>
            <numerusform>El informe debía enviarse el %1, hace %n día: envíelo cuanto antes.</numerusform>
            <numerusform>El informe debía enviarse el %1, hace %n días: envíelo cuanto antes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../w4r_desktop/gui/kiosk/review.py" line="+51"/>
        <source>Your letter as it will be printed</source>
        <translation>Tu carta tal como se imprimirá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The envelope as it will be printed</source>
        <translation>El sobre tal como se imprimirá</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Envelope</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printer: {name}</source>
        <translation>Impresora: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No printer here: “Print now” saves a PDF for the event team to print.</source>
        <translation>Sin impresora: «Imprimir ahora» guarda un PDF para que lo imprima el equipo del evento.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check your letter. If you want to change anything, go back: nothing is printed yet.</source>
        <translation>Revisa tu carta. Si quieres cambiar algo, vuelve atrás: todavía no se ha impreso nada.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change my letter</source>
        <translation>Cambiar mi carta</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Hand in for printing later</source>
        <translation>Entregar para imprimir más tarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print now</source>
        <translation>Imprimir ahora</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The organisers have not yet confirmed this address. Hand your letter in: they will check the address, then print and post your letter.</source>
        <translation>La organización aún no ha confirmado esta dirección. Entrega tu carta: comprobarán la dirección y después la imprimirán y la enviarán.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Your message contains “{word}”. It can put the person you write to in danger, so the message cannot be sent like this: go back and take it out.</source>
        <translation>Tu mensaje contiene «{word}». Puede poner en peligro a la persona a la que escribes, así que no se puede enviar así: vuelve atrás y quítalo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The rules for this case ask not to use “{word}”.</source>
        <translation>Las normas de este caso piden no usar «{word}».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your letter is {pages} pages long. One page is best: officials read short letters.</source>
        <translation>Tu carta ocupa {pages} páginas. Lo mejor es una sola: las autoridades leen las cartas breves.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The letter could not be printed ({reason}). You can try again, or hand it in for printing later.</source>
        <translation>No se pudo imprimir la carta ({reason}). Puedes intentarlo de nuevo o entregarla para imprimirla más tarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an unexpected error ({kind})</source>
        <translation>un error inesperado ({kind})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your letter could not be saved just now ({reason}). It is still here: try again in a moment, or ask the event team.</source>
        <translation>Tu carta no se ha podido guardar ahora ({reason}). Sigue aquí: inténtalo de nuevo dentro de un momento o pide ayuda al equipo del evento.</translation>
    </message>
</context>
<context>
    <name>SavedLettersPanel</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/saved_panel.py" line="+44"/>
        <source>Letters that volunteers printed while no printer was connected were saved here. Print them, then stamp and post them. They hold volunteers&apos; names and towns: each is deleted once printed, and any left are deleted at the keeping time set on the Event page.</source>
        <translation>Aquí se guardaron las cartas que se imprimieron cuando no había impresora conectada. Imprímelas y después ponles sello y envíalas. Contienen nombres y localidades de voluntarios: cada una se borra al imprimirse, y las que queden se borran al cumplirse el tiempo de conservación fijado en la página Evento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved letters</source>
        <translation>Cartas guardadas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete selected…</source>
        <translation>&amp;Borrar las seleccionadas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print selected</source>
        <translation>&amp;Imprimir las seleccionadas</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>letter</source>
        <translation>carta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>envelope</source>
        <translation>sobre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter and envelope</source>
        <translation>carta y sobre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{case}: {part}, saved {when}; deleted by {until}</source>
        <translation>{case}: {part}, guardado el {when}; se borra antes del {until}</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Delete %n saved letter(s) without printing?</source>
        <translation>
            <numerusform>¿Borrar %n carta guardada sin imprimirla?</numerusform>
            <numerusform>¿Borrar %n cartas guardadas sin imprimirlas?</numerusform>
        </translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Nothing saved.</source>
        <translation>No hay nada guardado.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n saved letter(s).</source>
        <translation>
            <numerusform>%n carta guardada.</numerusform>
            <numerusform>%n cartas guardadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a printer on the Event page (or connect one) to print these.</source>
        <translation>Elige una impresora en la página Evento (o conecta una) para imprimirlos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not print {name}: {reason}</source>
        <translation>No se pudo imprimir {name}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n PDF(s) printed.</source>
        <translation>
            <numerusform>%n PDF impreso.</numerusform>
            <numerusform>%n PDF impresos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecondLanguage</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/bundle_editor/second_language.py" line="+33"/>
        <source>Second language of the texts</source>
        <translation>Segundo idioma de los textos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Second &amp;language of the texts:</source>
        <translation>&amp;Segundo idioma de los textos:</translation>
    </message>
</context>
<context>
    <name>ServerBox</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/server_box.py" line="+56"/>
        <source>Shared server (big events)</source>
        <translation>Servidor compartido (eventos grandes)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync with the &amp;server now</source>
        <translation>Sincronizar con el &amp;servidor ahora</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Every laptop of the event sends its count to %1, every minute and now on request.</source>
        <translation>Cada portátil del evento envía su recuento a %1, cada minuto y al pedirlo aquí.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None set. For an event with many laptops on one network, set its address on the Event page.</source>
        <translation>Ninguno. Para un evento con muchos portátiles en una red, indica su dirección en la página Evento.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Syncing with the shared server…</source>
        <translation>Sincronizando con el servidor compartido…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shared server: sent %1, received %2; the event counts %3 letters and cards.</source>
        <translation>Servidor compartido: enviados %1, recibidos %2; el evento cuenta %3 cartas y tarjetas.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n record(s) did not pass this laptop&apos;s checks and were kept aside, not counted: see below.</source>
        <translation>
            <numerusform>%n registro no pasó las comprobaciones de este portátil y se apartó sin contarlo: véase abajo.</numerusform>
            <numerusform>%n registros no pasaron las comprobaciones de este portátil y se apartaron sin contarlos: véase abajo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n record(s) of a kind this version does not count (%1) were kept; update W4R Desktop to count them.</source>
        <translation>
            <numerusform>%n registro de un tipo que esta versión no cuenta (%1) se ha guardado; actualice W4R Desktop para contarlo.</numerusform>
            <numerusform>%n registros de un tipo que esta versión no cuenta (%1) se han guardado; actualice W4R Desktop para contarlos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingField</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/setting_fields.py" line="+189"/>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../w4r_desktop/core/settings.py" line="+118"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>US #10 (4 1/8 x 9 1/2 in)</source>
        <translation>US n.º 10 (4 1/8 x 9 1/2 pulg.)</translation>
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
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School or university</source>
        <translation>Escuela o universidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community or faith group</source>
        <translation>Grupo comunitario o religioso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street stall or market</source>
        <translation>Puesto en la calle o mercado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra large</source>
        <translation>Muy grande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event name</source>
        <translation>Nombre del evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group or school</source>
        <translation>Grupo o centro educativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who reports the totals</source>
        <translation>Quién envía el informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town or city</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of event</source>
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of this laptop</source>
        <translation>Nombre de este portátil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shared server (big events only)</source>
        <translation>Servidor compartido (solo eventos grandes)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paper size</source>
        <translation>Tamaño de papel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Envelope size</source>
        <translation>Tamaño de sobre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label sheet</source>
        <translation>Hoja de etiquetas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stamp for a 1-ounce letter at home (USPS since 13 July 2025: 0.78)</source>
        <translation>Sello de una carta de 1 onza al propio país (USPS desde el 13 de julio de 2025: 0,78)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stamp for a 1-ounce letter abroad (USPS since 13 July 2025: 1.70)</source>
        <translation>Sello de una carta de 1 onza al extranjero (USPS desde el 13 de julio de 2025: 1,70)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Group&apos;s return address (for envelopes of volunteers who gave none)</source>
        <translation>Remitente del grupo (en los sobres de quien no dio su dirección)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printer offset across (mm)</source>
        <translation>Desplazamiento de la impresora en horizontal (mm)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printer offset down (mm)</source>
        <translation>Desplazamiento de la impresora en vertical (mm)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep unprinted letters (days after the day they were written; 0: until midnight)</source>
        <translation>Conservar las cartas sin imprimir (días después del día en que se escribieron; 0: hasta medianoche)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reset after idle (seconds)</source>
        <translation>Reiniciar tras inactividad (segundos)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;Are you still there?&quot; countdown (seconds)</source>
        <translation>Cuenta atrás de «¿Sigues ahí?» (segundos)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interface languages</source>
        <translation>Idiomas de la interfaz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cases switched off</source>
        <translation>Casos desactivados</translation>
    </message>
</context>
<context>
    <name>SheetPicker</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/sheet_picker.py" line="+67"/>
        <source>First free label on the sheet</source>
        <translation>Primera etiqueta libre de la hoja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label %1 of %2: row %3, column %4. Use the arrow keys to move.</source>
        <translation>Etiqueta %1 de %2: fila %3, columna %4. Use las teclas de flecha para moverse.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <location filename="../../w4r_desktop/gui/widgets/step_indicator.py" line="+36"/>
        <source>Step {number} of {count}: {name}</source>
        <translation>Paso {number} de {count}: {name}</translation>
    </message>
</context>
<context>
    <name>StillThere</name>
    <message>
        <location filename="../../w4r_desktop/gui/kiosk/still_there.py" line="+51"/>
        <source>Are you still there?</source>
        <translation>¿Sigues ahí?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>To protect your privacy, your letter will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Para proteger tu privacidad, tu carta se borrará dentro de %n segundo.</numerusform>
            <numerusform>Para proteger tu privacidad, tu carta se borrará dentro de %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/sync_page.py" line="+70"/>
        <source>Bring the counts of every laptop together. Nothing is counted twice, however often you sync or import the same file.</source>
        <translation>Reúna los recuentos de todos los portátiles. Nada se cuenta dos veces, por muchas veces que sincronice o importe el mismo archivo.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No folder chosen yet.</source>
        <translation>Todavía no se ha elegido ninguna carpeta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hoose folder…</source>
        <translation>&amp;Elegir carpeta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USB stick or shared folder</source>
        <translation>Memoria USB o carpeta compartida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each laptop writes its own file there and reads all the others. Sync every laptop, then sync the first one again.</source>
        <translation>Cada portátil escribe allí su propio archivo y lee todos los demás. Sincronice todos los portátiles y después vuelva a sincronizar el primero.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Export this laptop&apos;s records…</source>
        <translation>&amp;Exportar los registros de este portátil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import files from other laptops…</source>
        <translation>&amp;Importar archivos de otros portátiles…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync files</source>
        <translation>Archivos de sincronización</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the &amp;report (CSV)…</source>
        <translation>Guardar el &amp;informe (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the one-page s&amp;ummary (PDF)…</source>
        <translation>Guardar el &amp;resumen de una página (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign report</source>
        <translation>Informe para la campaña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Totals per case with the event&apos;s name, group, place and dates, ready to type into the campaign&apos;s report form.</source>
        <translation>Totales por caso con el nombre, el grupo, el lugar y las fechas del evento, listos para copiarlos en el formulario de la campaña.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problems and conflicts</source>
        <translation>Problemas y conflictos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync &amp; report</source>
        <translation>Sincronizar e informar</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Nothing was imported: a file is damaged or is not a sync file.</source>
        <translation>No se importó nada: un archivo está dañado o no es un archivo de sincronización.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Conflict, not merged: record %1 in %2 (%3, %5 %4) differs from this laptop&apos;s.</source>
        <translation>Conflicto, no se combinó: el registro %1 de %2 (%3, %5 %4) es distinto del de este portátil.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n new record(s),</source>
        <translation>
            <numerusform>%n registro nuevo,</numerusform>
            <numerusform>%n registros nuevos,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n counted already,</source>
        <translation>
            <numerusform>%n ya contado,</numerusform>
            <numerusform>%n ya contados,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n in conflict.</source>
        <translation>
            <numerusform>%n en conflicto.</numerusform>
            <numerusform>%n en conflicto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Synced: wrote this laptop&apos;s %n record(s).</source>
        <translation>
            <numerusform>Sincronizado: se escribió %n registro de este portátil.</numerusform>
            <numerusform>Sincronizado: se escribieron los %n registros de este portátil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n file(s) had nothing new.</source>
        <translation>
            <numerusform>%n archivo no tenía nada nuevo.</numerusform>
            <numerusform>%n archivos no tenían nada nuevo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n file(s) in the folder count for another event. Count those events together with this one?</source>
        <translation>
            <numerusform>%n archivo de la carpeta cuenta para otro evento. ¿Contar esos eventos junto con este?</numerusform>
            <numerusform>%n archivos de la carpeta cuentan para otro evento. ¿Contar esos eventos junto con este?</numerusform>
        </translation>
    </message>
    <message>
        <location line="-47"/>
        <source>This laptop has joined the event of the first file.</source>
        <translation>Este portátil se ha unido al evento del primer archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events merged: %1.</source>
        <translation>Eventos combinados: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n record(s) of a kind this version does not count (%1) were kept and will be passed on; update W4R Desktop to count them.</source>
        <translation>
            <numerusform>%n registro de un tipo que esta versión no cuenta (%1) se ha guardado y se pasará a los demás portátiles; actualice W4R Desktop para contarlo.</numerusform>
            <numerusform>%n registros de un tipo que esta versión no cuenta (%1) se han guardado y se pasarán a los demás portátiles; actualice W4R Desktop para contarlos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the USB stick or shared folder</source>
        <translation>Elija la memoria USB o la carpeta compartida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync folder: %1</source>
        <translation>Carpeta de sincronización: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Export this laptop&apos;s records</source>
        <translation>Exportar los registros de este portátil</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+18"/>
        <source>Sync files (*.csv)</source>
        <translation>Archivos de sincronización (*.csv)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote %1 records to %2. Import this file on the other laptops.</source>
        <translation>Se escribieron %1 registros en %2. Importe este archivo en los demás portátiles.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import sync files</source>
        <translation>Importar archivos de sincronización</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported.</source>
        <translation>Importado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 counts for another event (%2, from %3). Count both events together on this laptop?</source>
        <translation>%1 cuenta para otro evento (%2, de %3). ¿Contar ambos eventos juntos en este portátil?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the summary</source>
        <translation>Guardar el resumen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
</context>
<context>
    <name>TallyKind</name>
    <message>
        <location filename="../../w4r_desktop/core/tally/kinds.py" line="+58"/>
        <source>Appeal letters</source>
        <translation>Cartas de petición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeals</source>
        <translation>Peticiones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Solidarity messages</source>
        <translation>Mensajes de solidaridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solidarity</source>
        <translation>Solidaridad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hand-written letters</source>
        <translation>Cartas escritas a mano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By hand</source>
        <translation>A mano</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Petition signatures</source>
        <translation>Firmas de peticiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Online actions</source>
        <translation>Acciones en línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photo actions</source>
        <translation>Acciones con foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Social media posts</source>
        <translation>Publicaciones en redes sociales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posts</source>
        <translation>Publicaciones</translation>
    </message>
</context>
<context>
    <name>TallyPage</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/tally_page.py" line="+75"/>
        <source>By case</source>
        <translation>Por caso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By laptop</source>
        <translation>Por portátil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show totals</source>
        <translation>Mostrar totales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Whole event</source>
        <translation>Todo el evento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add to the tally</source>
        <translation>&amp;Añadir al recuento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted by hand</source>
        <translation>Contado a mano</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What</source>
        <translation>&amp;Qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How many</source>
        <translation>&amp;Cuántos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Newest records</source>
        <translation>Registros más recientes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel the selected record</source>
        <translation>&amp;Anular el registro seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A correction is added; the record itself stays in the history</source>
        <translation>Se añade una corrección; el registro sigue en el historial</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Records and corrections</source>
        <translation>Registros y correcciones</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Tally</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>%1 letters and cards counted for %2</source>
        <translation>%1 cartas y tarjetas contadas para %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Added %1 %2 for %3.</source>
        <translation>Añadido: %1 %2 para %3.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancel %1 %2 for %3? The record stays in the history with its correction.</source>
        <translation>¿Anular %1 %2 para %3? El registro sigue en el historial con su corrección.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record cancelled; the totals are corrected.</source>
        <translation>Registro anulado; los totales se han corregido.</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../../w4r_desktop/gui/kiosk/thanks.py" line="+30"/>
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your letter is waiting at the print station. The organisers will print it and post it once the address is confirmed.</source>
        <translation>Tu carta espera en el puesto de impresión. La organización la imprimirá y la enviará cuando se confirme la dirección.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no printer here, so your letter was saved for the event team. They will print it, stamp it and post it.</source>
        <translation>Aquí no hay impresora, así que tu carta se ha guardado para el equipo del evento. Ellos la imprimirán, le pondrán el sello y la enviarán.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take your letter and envelope from the printer. Sign the letter if you like, fold it, and leave it with the event team: they add the stamp and post it.</source>
        <translation>Recoge tu carta y el sobre de la impresora. Firma la carta si quieres, dóblala y entrégasela al equipo del evento: ellos ponen el sello y la envían.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your letter is waiting at the print station. The event team will print it, stamp it and post it.</source>
        <translation>Tu carta espera en el puesto de impresión. El equipo del evento la imprimirá, le pondrá el sello y la enviará.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n letter(s) written here</source>
        <translation>
            <numerusform>%n carta escrita aquí</numerusform>
            <numerusform>%n cartas escritas aquí</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Together, letters like yours have helped free people and keep them safe.</source>
        <translation>Juntas, cartas como la tuya han ayudado a liberar a personas y a protegerlas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write another letter</source>
        <translation>Escribir otra carta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I&apos;m done</source>
        <translation>He terminado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“I&apos;m done” clears your name and letter from this laptop.</source>
        <translation>«He terminado» borra tu nombre y tu carta de este portátil.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../w4r_desktop/gui/kiosk/top_bar.py" line="+27"/>
        <source>Write for Rights</source>
        <translation>Escribe por los Derechos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose</source>
        <translation>Elegir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read</source>
        <translation>Leer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Normal text</source>
        <translation>Texto normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large text</source>
        <translation>Texto grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra large text</source>
        <translation>Texto muy grande</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>Leader</source>
        <translation>Coordinación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the event leader: needs the leader PIN</source>
        <translation>Para quien coordina el evento: requiere el PIN de coordinación</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/tally_totals.py" line="+72"/>
        <source>Whole event</source>
        <translation>Todo el evento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Laptop %1</source>
        <translation>Portátil %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (this laptop)</source>
        <translation>%1 (este portátil)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Laptop</source>
        <translation>Portátil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters and cards</source>
        <translation>Cartas y tarjetas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of which</source>
        <translation>De ellas</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../w4r_desktop/gui/kiosk/welcome.py" line="+81"/>
        <location line="+21"/>
        <source>Write for Rights</source>
        <translation>Escribe por los Derechos</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Every year, people all over the world write letters for people whose human rights are under attack. Your letter asks officials to act, or tells someone in danger that they are not alone, and letters like it have helped free people.</source>
        <translation>Cada año, personas de todo el mundo escriben cartas por quienes sufren ataques contra sus derechos humanos. Tu carta pide a las autoridades que actúen, o le dice a alguien en peligro que no está solo, y cartas como la tuya han ayudado a liberar a personas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The cases of %1</source>
        <translation>Los casos de %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write a letter</source>
        <translation>Escribir una carta</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>W4R Desktop stopped while someone was writing a letter. If it was you, you can carry on where you left off.</source>
        <translation>W4R Desktop se detuvo mientras alguien escribía una carta. Si eras tú, puedes seguir donde lo dejaste.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Carry on with my letter</source>
        <translation>Seguir con mi carta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not mine: delete it</source>
        <translation>No es mía: borrarla</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message numerus="yes">
        <location line="+102"/>
        <source>%n letter(s) written here</source>
        <translation>
            <numerusform>%n carta escrita aquí</numerusform>
            <numerusform>%n cartas escritas aquí</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../w4r_desktop/gui/leader/cases_page.py" line="-275"/>
        <source>Choose the case bundle folder</source>
        <translation>Elija la carpeta del paquete de casos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the case bundle .zip file</source>
        <translation>Elija el archivo .zip del paquete de casos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case bundles (*.zip)</source>
        <translation>Paquetes de casos (*.zip)</translation>
    </message>
    <message>
        <location filename="../../w4r_desktop/gui/leader/print_page.py" line="-337"/>
        <source>Choose a folder for the PDF files</source>
        <translation>Elija una carpeta para los archivos PDF</translation>
    </message>
    <message>
        <location filename="../../w4r_desktop/gui/leader/page_parts.py" line="+74"/>
        <source>Please confirm</source>
        <translation>Confirme, por favor</translation>
    </message>
</context>
</TS>
