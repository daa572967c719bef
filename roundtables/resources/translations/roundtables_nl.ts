<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
    <context>
        <name>ActionPointsPanel</name>
        <message>
            <location filename="../../ui/panels/action_points.py" line="+54" />
            <source>High</source>
            <translation>Hoog</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medium</source>
            <translation>Gemiddeld</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Low</source>
            <translation>Laag</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In progress</source>
            <translation>Bezig</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>Klaar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dropped</source>
            <translation>Geschrapt</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Action points</source>
            <translation>Actiepunten</translation>
        </message>
        <message>
            <location line="+27" />
            <location line="+94" />
            <source>Priority</source>
            <translation>Prioriteit</translation>
        </message>
        <message>
            <location line="-91" />
            <location line="+98" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="-95" />
            <location line="+82" />
            <location filename="../../ui/rapporteur/action_points.py" line="+53" />
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location line="-82" />
            <source>31/03/2027 · F4 calendar</source>
            <translation>31-03-2027 · F4 kalender</translation>
        </message>
        <message>
            <location filename="../../ui/keymap.py" line="+152" />
            <source>Add an action point</source>
            <translation>Een actiepunt toevoegen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete the selected action point</source>
            <translation>Het geselecteerde actiepunt verwijderen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One vote more</source>
            <translation>Eén stem meer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One vote less</source>
            <translation>Eén stem minder</translation>
        </message>
        <message>
            <location line="+81" />
            <source>Merge the selected action points</source>
            <translation>De geselecteerde actiepunten samenvoegen</translation>
        </message>
        <message>
            <location filename="../../ui/panels/action_points.py" line="+27" />
            <source>&lt;b&gt;Action points&lt;/b&gt; — who does what, by when. &lt;span style='font-style:italic'&gt;Ctrl+Shift+A add · F2 edit · + / − vote · Del delete&lt;/span&gt;</source>
            <extracomment>why a typed value was not taken, said in place (no dialog, the keyboard stays)</extracomment>
            <translation>&lt;b&gt;Actiepunten&lt;/b&gt; — wie doet wat, tegen wanneer. &lt;span style='font-style:italic'&gt;Ctrl+Shift+A toevoegen · F2 bewerken · + / − stemmen · Del verwijderen&lt;/span&gt;</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vote +</source>
            <translation>Stem +</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vote −</source>
            <translation>Stem −</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <location line="+25" />
            <source>An action point needs an action</source>
            <translation>Een actiepunt heeft een actie nodig</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../../ui/rapporteur/action_points.py" line="-3" />
            <source>Action</source>
            <translation>Actie</translation>
        </message>
        <message>
            <location line="-68" />
            <location line="+73" />
            <location filename="../../ui/rapporteur/action_points.py" line="+1" />
            <source>Owner</source>
            <translation>Trekker</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../ui/rapporteur/action_points.py" line="+1" />
            <source>Institution</source>
            <translation>Instelling</translation>
        </message>
        <message>
            <location line="+6" />
            <source>31/03/2027, 31-3-2027 or 2027-03-31 (F4: calendar)</source>
            <translation>31-03-2027, 31/3/2027 of 2027-03-31 (F4: kalender)</translation>
        </message>
        <message>
            <location line="+8" />
            <location filename="../../ui/rapporteur/action_points.py" line="+2" />
            <source>Votes</source>
            <translation>Stemmen</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Not taken: {reason}</source>
            <translation>Niet overgenomen: {reason}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not a priority: {value}</source>
            <translation>Geen geldige prioriteit: {value}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not a status: {value}</source>
            <translation>Geen geldige status: {value}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Votes must be a whole number, 0 or more: {value}</source>
            <translation>Stemmen moeten een geheel getal zijn, 0 of meer: {value}</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Edit action point</source>
            <translation>Actiepunt bewerken</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Add action point</source>
            <translation>Actiepunt toevoegen</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Delete action point</source>
            <translation>Actiepunt verwijderen</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Vote</source>
            <translation>Stemmen</translation>
        </message>
        <message>
            <location filename="../../ui/rapporteur/action_points.py" line="-5" />
            <source>Table</source>
            <translation>Tafel</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Action points of every table</source>
            <translation>Actiepunten van alle tafels</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Suggested duplicate action points</source>
            <translation>Voorgestelde dubbele actiepunten</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Wording of the merged action point</source>
            <translation>Formulering van het samengevoegde actiepunt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Select two or more action points to merge</source>
            <translation>Selecteer twee of meer actiepunten om samen te voegen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Merge selected</source>
            <translation>Selectie samen&amp;voegen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Merge the selected action points (Ctrl+M)</source>
            <translation>De geselecteerde actiepunten samenvoegen (Ctrl+M)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Suggested duplicates</source>
            <translation>Voorgestelde dubbels</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Merged wording (votes are summed, earliest deadline)</source>
            <translation>Samengevoegde formulering (stemmen opgeteld, vroegste deadline)</translation>
        </message>
        <message>
            <location line="+30" />
            <source>{count} similar (tables {tables}): {action}</source>
            <translation>{count} gelijkaardig (tafels {tables}): {action}</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Merge action points</source>
            <translation>Actiepunten samenvoegen</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Cannot merge</source>
            <translation>Samenvoegen niet mogelijk</translation>
        </message>
    </context>
    <context>
        <name>AgendaPanel</name>
        <message>
            <location filename="../../ui/organiser/agenda.py" line="+189" />
            <location filename="../../ui/workspace/agenda.py" line="+100" />
            <source>Segment</source>
            <translation>Onderdeel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes</source>
            <translation>Minuten</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../ui/workspace/agenda.py" line="-1" />
            <source>Agenda segments</source>
            <translation>Onderdelen van de agenda</translation>
        </message>
        <message>
            <location line="+7" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Time slot for the round table</source>
            <translation>Tijdslot voor de rondetafel</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Slot:</source>
            <translation>Tijdslot:</translation>
        </message>
        <message>
            <location line="+14" />
            <source>New segment</source>
            <translation>Nieuw onderdeel</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Minutes must be a whole number, not {value!r}</source>
            <translation>Minuten moeten een geheel getal zijn, niet {value!r}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Minutes must be between 1 and 1440</source>
            <translation>Minuten moeten tussen 1 en 1440 liggen</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Planned: {total} of {slot} minutes</source>
            <translation>Gepland: {total} van {slot} minuten</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The agenda takes {total} minutes: {over} more than the {slot}-minute slot</source>
            <translation>De agenda duurt {total} minuten: {over} meer dan het tijdslot van {slot} minuten</translation>
        </message>
        <message>
            <location filename="../../ui/workspace/agenda.py" line="-34" />
            <source>Time left in this segment</source>
            <translation>Resterende tijd in dit onderdeel</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+68" />
            <location line="+3" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location line="-70" />
            <source>Start or pause the timer</source>
            <translation>De timer starten of pauzeren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next segment</source>
            <translation>Volgend deel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>End this segment and start the next</source>
            <translation>Dit onderdeel afsluiten en het volgende starten</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Min</source>
            <translation>Min</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Actual</source>
            <translation>Reëel</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Pause</source>
            <translation>Pauze</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resume</source>
            <translation>Hervatten</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The agenda is done</source>
            <translation>De agenda is afgewerkt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{position}. {title} ({minutes} min)</source>
            <translation>{position}. {title} ({minutes} min)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>{minutes} min left</source>
            <translation>nog {minutes} min</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Over time</source>
            <translation>Tijd om</translation>
        </message>
    </context>
    <context>
        <name>ArticleEditor</name>
        <message>
            <location filename="../../ui/panels/declaration.py" line="+49" />
            <source>&lt;b&gt;Article {number}&lt;/b&gt; {title}</source>
            <translation>&lt;b&gt;Artikel {number}&lt;/b&gt; {title}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Text of article {number}</source>
            <translation>Tekst van artikel {number}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Support</source>
            <translation>Steunen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amend</source>
            <translation>Wijzigen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reject</source>
            <translation>Verwerpen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Stance:</source>
            <translation>Standpunt:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{stance} article {number}</source>
            <translation>Artikel {number}: {stance}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Proposed wording for article {number}</source>
            <translation>Voorgestelde formulering voor artikel {number}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rationale for article {number}</source>
            <translation>Motivering voor artikel {number}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Proposed wording:</source>
            <translation>Voorgestelde formulering:</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Rationale:</source>
            <translation>Motivering:</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Choose a stance first</source>
            <translation>Kies eerst een standpunt</translation>
        </message>
    </context>
    <context>
        <name>ArticlesPanel</name>
        <message>
            <location filename="../../ui/organiser/articles.py" line="+26" />
            <source>Article</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Declaration articles</source>
            <translation>Artikels van de verklaring</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Add article</source>
            <translation>Artikel &amp;toevoegen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Remove article</source>
            <translation>Artikel &amp;verwijderen</translation>
        </message>
        <message>
            <location line="+34" />
            <source>An article number is a whole number, not {value!r}</source>
            <translation>Een artikelnummer is een geheel getal, niet {value!r}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>There is already an article {number}</source>
            <translation>Er is al een artikel {number}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>An article needs a text</source>
            <translation>Een artikel heeft een tekst nodig</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Edit article {n}</source>
            <translation>Artikel {n} bewerken</translation>
        </message>
        <message>
            <location line="+10" />
            <source>New article</source>
            <translation>Nieuw artikel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add article {n}</source>
            <translation>Artikel {n} toevoegen</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Remove article</source>
            <translation>Artikel verwijderen</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsPanel</name>
        <message>
            <location filename="../../ui/panels/attachments.py" line="+121" />
            <location line="+48" />
            <source>Caption</source>
            <extracomment>Largest file accepted: a phone photo is 3–8 MB; a results file must stay portable.</extracomment>
            <translation>Bijschrift</translation>
        </message>
        <message>
            <location line="-33" />
            <source>Attachments</source>
            <translation>Bijlagen</translation>
        </message>
        <message>
            <location filename="../../ui/keymap.py" line="-77" />
            <location filename="../../ui/panels/attachments.py" line="+85" />
            <source>Attach photos or files</source>
            <translation>Foto's of bestanden toevoegen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit the caption</source>
            <translation>Het bijschrift bewerken</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete the selected attachment</source>
            <translation>De geselecteerde bijlage verwijderen</translation>
        </message>
        <message>
            <location filename="../../ui/panels/attachments.py" line="-64" />
            <source>Drop photos of flip-charts here, or press Ctrl+Shift+P.</source>
            <translation>Sleep foto's van flip-overs hierheen, of druk op Ctrl+Shift+P.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&lt;b&gt;Attachments&lt;/b&gt; — flip-charts and handouts. &lt;span style='font-style:italic'&gt;Ctrl+Shift+P attach · drop files here · F2 caption · Del delete&lt;/span&gt;</source>
            <translation>&lt;b&gt;Bijlagen&lt;/b&gt; — flip-overs en hand-outs. &lt;span style='font-style:italic'&gt;Ctrl+Shift+P toevoegen · bestanden hierheen slepen · F2 bijschrift · Del verwijderen&lt;/span&gt;</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Attach…</source>
            <translation>Toevoegen…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <location line="+21" />
            <source>{name} — {type}</source>
            <translation>{name} — {type}</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff);;All files (*)</source>
            <translation>Afbeeldingen (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff);;Alle bestanden (*)</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Already attached</source>
            <translation>Al toegevoegd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Already attached, not added again: {names}</source>
            <translation>Al toegevoegd, niet opnieuw toegevoegd: {names}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Attach {count} file(s)</source>
            <translation>{count} bestand(en) toevoegen</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Only files on this computer can be attached: {url}</source>
            <translation>Alleen bestanden op deze computer kunnen worden toegevoegd: {url}</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Caption of {name}</source>
            <translation>Bijschrift van {name}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Delete {name}</source>
            <translation>{name} verwijderen</translation>
        </message>
        <message>
            <location filename="../../../build/i18n_extra.py" line="+4" />
            <source>Cannot read {path}: no such file</source>
            <translation>Kan {path} niet lezen: bestand bestaat niet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cannot attach {path}: not a file</source>
            <translation>Kan {path} niet toevoegen: geen bestand</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} is {size:.1f} MB; attachments are limited to {limit} MB</source>
            <translation>{name} is {size:.1f} MB; bijlagen mogen hoogstens {limit} MB zijn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cannot read {path}: {reason}</source>
            <translation>Kan {path} niet lezen: {reason}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} is larger than {limit} MB</source>
            <translation>{name} is groter dan {limit} MB</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} is empty</source>
            <translation>{name} is leeg</translation>
        </message>
    </context>
    <context>
        <name>CaptureBox</name>
        <message>
            <location filename="../../ui/workspace/capture.py" line="+213" />
            <source>Note type</source>
            <extracomment>the longest a typed word waits before it is in the database (the promise is a second) Ctrl+Enter pressed while the completion list had the keyboard</extracomment>
            <translation>Soort notitie</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{label} (Alt+{digit})</source>
            <translation>{label} (Alt+{digit})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type a note. b: barrier, e: enabler… @speaker #tag. Ctrl+Enter saves.</source>
            <translation>Typ een notitie. b: drempel, e: hefboom… @spreker #tag. Ctrl+Enter bewaart.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Ctrl+Enter save · Alt+1…9 type · @ speaker · # tag · F1 all keys</source>
            <translation>Ctrl+Enter bewaart · Alt+1…9 soort · @ spreker · # tag · F1 toetsen</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+1" />
            <source>Save note</source>
            <translation>Notitie opslaan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the note (Ctrl+Enter)</source>
            <translation>De notitie opslaan (Ctrl+Enter)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type:</source>
            <translation>Soort:</translation>
        </message>
    </context>
    <context>
        <name>ConsentNotice</name>
        <message>
            <location filename="../../ui/workspace/consent.py" line="+25" />
            <location line="+2" />
            <source>How your words will be used</source>
            <translation>Hoe uw woorden gebruikt worden</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Consent notice</source>
            <translation>Toestemmingsverklaring</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Consent notice text</source>
            <translation>Tekst van de toestemmingsverklaring</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Close (Esc)</source>
            <translation>Sluiten (Esc)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close the consent notice</source>
            <translation>De toestemmingsverklaring sluiten</translation>
        </message>
        <message>
            <location line="+7" />
            <source>F11: full screen</source>
            <translation>F11: volledig scherm</translation>
        </message>
        <message>
            <location line="+16" />
            <source>This round table follows the Chatham House Rule. What you say will be written down and used in the report of “{event}”, but nothing will be attributed to anyone: not by name and not by organisation.</source>
            <translation>Deze rondetafel volgt de Chatham House-regel. Wat u zegt, wordt genoteerd en gebruikt in het verslag van ‘{event}’, maar niets wordt aan iemand toegeschreven: niet bij naam en niet per organisatie.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>What you say will be written down and used in the report of “{event}”. Each of you chose at registration how you may be quoted: by name, by your organisation only, or anonymously. The report follows your choice. Tell the facilitator now if you want to change it.</source>
            <translation>Wat u zegt, wordt genoteerd en gebruikt in het verslag van ‘{event}’. Bij de inschrijving koos ieder van u hoe u geciteerd mag worden: bij naam, alleen met uw organisatie, of anoniem. Het verslag volgt uw keuze. Zeg het nu aan de gespreksleider als u dat wilt wijzigen.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>You may ask at any time for a statement to be left out.</source>
            <translation>U kunt op elk moment vragen om een uitspraak weg te laten.</translation>
        </message>
        <message>
            <location filename="../../ui/keymap.py" line="-26" />
            <source>Full screen on or off</source>
            <translation>Volledig scherm aan of uit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keyboard shortcuts</source>
            <translation>Sneltoetsen</translation>
        </message>
    </context>
    <context>
        <name>CsvImportDialog</name>
        <message>
            <location filename="../../ui/organiser/csv_import.py" line="+63" />
            <source>Import participants from {name}</source>
            <translation>Deelnemers importeren uit {name}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>comma</source>
            <translation>komma</translation>
        </message>
        <message>
            <location line="+0" />
            <source>semicolon</source>
            <translation>puntkomma</translation>
        </message>
        <message>
            <location line="+0" />
            <source>tab</source>
            <translation>tab</translation>
        </message>
        <message>
            <location line="+2" />
            <source>UTF-8 with BOM</source>
            <translation>UTF-8 met BOM</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Windows-1252 (cp1252)</source>
            <translation>Windows-1252 (cp1252)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{rows} rows, {encoding}, separated by {separator}</source>
            <translation>{rows} rijen, {encoding}, gescheiden door {separator}</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+46" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location line="-45" />
            <source>First name</source>
            <translation>Voornaam</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last name</source>
            <translation>Achternaam</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+44" />
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <location line="-43" />
            <location line="+44" />
            <source>Actor type</source>
            <translation>Soort actor</translation>
        </message>
        <message>
            <location line="-43" />
            <location line="+44" />
            <source>Consent</source>
            <translation>Toestemming</translation>
        </message>
        <message>
            <location line="-43" />
            <location line="+44" />
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location line="-43" />
            <source>Table (optional)</source>
            <translation>Tafel (optioneel)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Which column holds what</source>
            <translation>Welke kolom bevat wat</translation>
        </message>
        <message>
            <location line="+4" />
            <source>(not in the file)</source>
            <translation>(niet in het bestand)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>column {n}</source>
            <translation>kolom {n}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Named</source>
            <translation>Bij naam</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation only</source>
            <translation>Alleen organisatie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymous</source>
            <translation>Anoniem</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>Consent when the cell is empty</source>
            <translation>Toestemming als de cel leeg is</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Skip rows flagged as duplicates</source>
            <translation>Rijen overslaan die als dubbel gemarkeerd zijn</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Preview of the first rows</source>
            <translation>Voorbeeld van de eerste rijen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Line</source>
            <translation>Regel</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Table</source>
            <translation>Tafel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check</source>
            <translation>Controle</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Import</source>
            <translation>&amp;Importeren</translation>
        </message>
        <message>
            <location line="+10" />
            <source>First rows as they will be imported:</source>
            <translation>Eerste rijen zoals ze geïmporteerd worden:</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Possible duplicates in the rows shown: {count}</source>
            <translation>Mogelijke dubbels in de getoonde rijen: {count}</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Cannot import</source>
            <translation>Importeren niet mogelijk</translation>
        </message>
    </context>
    <context>
        <name>DeclarationPanel</name>
        <message>
            <location filename="../../ui/panels/declaration.py" line="+59" />
            <source>Declaration articles</source>
            <extracomment>Typing pause after which a text field is saved (milliseconds, at most a second).</extracomment>
            <translation>Artikels van de verklaring</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This event has no declaration articles.</source>
            <translation>Dit evenement heeft geen artikels in de verklaring.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;b&gt;Declaration&lt;/b&gt; — the table's stance on each article. Support, amend or reject: Ctrl+Alt+S, A, R; next article: Alt+Down.</source>
            <translation>&lt;b&gt;Verklaring&lt;/b&gt; — het standpunt van de tafel over elk artikel. Steunen, wijzigen of verwerpen: Ctrl+Alt+S, A, R; volgend artikel: Alt+Down.</translation>
        </message>
        <message>
            <location filename="../../ui/keymap.py" line="+27" />
            <source>Support the current article</source>
            <translation>Het huidige artikel steunen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Amend the current article</source>
            <translation>Het huidige artikel wijzigen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reject the current article</source>
            <translation>Het huidige artikel verwerpen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next article</source>
            <translation>Volgend artikel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Previous article</source>
            <translation>Vorig artikel</translation>
        </message>
        <message>
            <location filename="../../ui/panels/declaration.py" line="+111" />
            <source>Stance on article {number}</source>
            <translation>Standpunt over artikel {number}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Feedback on article {number}</source>
            <translation>Feedback op artikel {number}</translation>
        </message>
    </context>
    <context>
        <name>EditSession</name>
        <message>
            <location filename="../../ui/edit_session.py" line="-23" />
            <source>This was deleted meanwhile</source>
            <translation>Dit werd intussen verwijderd</translation>
        </message>
        <message>
            <location line="+147" />
            <source>Not saved</source>
            <translation>Niet bewaard</translation>
        </message>
        <message>
            <location filename="../../../build/i18n_extra.py" line="+1" />
            <source>Not redone</source>
            <translation>Niet opnieuw uitgevoerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not undone</source>
            <translation>Niet ongedaan gemaakt</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../messages.py" line="+34" />
            <source>Cannot {doing} {path}: the disk is full or the file too large; free some space on that disk (or choose a folder on another disk) and try again</source>
            <extracomment>code -&gt; English template. Every code raised anywhere has an entry (tests/test_messages.py).</extracomment>
            <translation>{doing} {path} mislukt: de schijf is vol of het bestand te groot; maak ruimte vrij op die schijf (of kies een map op een andere schijf) en probeer opnieuw</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot {doing} {path}: the disk reported a read or write error (full, removed or failing); check the disk, free some space, and try again</source>
            <translation>{doing} {path} mislukt: de schijf meldde een lees- of schrijffout (vol, verwijderd of defect); controleer de schijf, maak ruimte vrij en probeer opnieuw</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot {doing} {path}: the database file is damaged; restore it from a backup or an archive</source>
            <translation>{doing} {path} mislukt: het databasebestand is beschadigd; zet het terug uit een reservekopie of een archief</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot {doing} {path}: the file is not a database (or is damaged); restore it from a backup</source>
            <translation>{doing} {path} mislukt: het bestand is geen database (of is beschadigd); zet het terug uit een reservekopie</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot {doing} {path}: the file or its folder is read-only; copy it to a folder you may write in</source>
            <translation>{doing} {path} mislukt: het bestand of zijn map is alleen-lezen; kopieer het naar een map waarin u mag schrijven</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot {doing} {path}: access was refused; check the file's permissions</source>
            <translation>{doing} {path} mislukt: toegang geweigerd; controleer de rechten op het bestand</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cannot {doing} {path}: permission denied or read-only; choose a folder you may write in</source>
            <translation>{doing} {path} mislukt: geen toestemming of alleen-lezen; kies een map waarin u mag schrijven</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot {doing} {path}: another program is using the file; close it there and try again</source>
            <translation>{doing} {path} mislukt: een ander programma gebruikt het bestand; sluit het daar en probeer opnieuw</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot {doing} {path}: the file cannot be opened; check that its folder exists and that you may write in it</source>
            <translation>{doing} {path} mislukt: het bestand kan niet worden geopend; controleer of de map bestaat en of u erin mag schrijven</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot {doing} {path}: {detail} ({name})</source>
            <translation>{doing} {path} mislukt: {detail} ({name})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cannot {doing} {path}: {detail}</source>
            <translation>{doing} {path} mislukt: {detail}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{path} is not a Roundtables database; nothing was changed: open a Roundtables database or give a new file name</source>
            <translation>{path} is geen Roundtables-database; er is niets gewijzigd: open een Roundtables-database of geef een nieuwe bestandsnaam op</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{path} was written by a newer Roundtables (schema {found}, this version reads up to {supported}); nothing was changed: please update the app</source>
            <translation>{path} is geschreven door een nieuwere versie van Roundtables (schema {found}, deze versie leest tot {supported}); er is niets gewijzigd: werk de app bij</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{path} is damaged ({detail}); nothing was changed: restore it from a backup or an archive</source>
            <translation>{path} is beschadigd ({detail}); er is niets gewijzigd: zet het terug uit een reservekopie of een archief</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{path} is a folder, not a database file</source>
            <translation>{path} is een map, geen databasebestand</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No database at {path}</source>
            <translation>Geen database op {path}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cannot write in {path}: the folder is read-only; choose a folder you may write in</source>
            <translation>Kan niet schrijven in {path}: de map is alleen-lezen; kies een map waarin u mag schrijven</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{path}: cannot switch to write-ahead logging</source>
            <translation>{path}: kan niet overschakelen op write-ahead logging</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{path} needs an upgrade; open it for writing once</source>
            <translation>{path} moet worden bijgewerkt; open het één keer om te schrijven</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path}: upgrade failed, nothing changed: {detail}</source>
            <translation>{path}: bijwerken mislukt, er is niets gewijzigd: {detail}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path} is open read-only</source>
            <translation>{path} is alleen-lezen geopend</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{path} has {links} names (hard links) for one database file; SQLite keeps its log by name, so writing through two names loses data: use a copy instead of a hard link, or remove the other names</source>
            <translation>{path} heeft {links} namen (harde koppelingen) voor één databasebestand; SQLite houdt zijn logboek bij per naam, dus schrijven via twee namen doet gegevens verloren gaan: gebruik een kopie in plaats van een harde koppeling, of verwijder de andere namen</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The database {path} is already open for writing in another Roundtables process; close it there first</source>
            <translation>De database {path} is al geopend om te schrijven in een ander Roundtables-proces; sluit hem daar eerst</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The database {path} is already open for writing in another Roundtables process (process {process}); close it there first</source>
            <translation>De database {path} is al geopend om te schrijven in een ander Roundtables-proces (proces {process}); sluit hem daar eerst</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not a date: '{typed}' (day/month/year, e.g. 31/03/2027 or 2027-03-31)</source>
            <translation>Geen datum: '{typed}' (dag/maand/jaar, bv. 31/03/2027 of 2027-03-31)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not a date (expected YYYY-MM-DD): '{typed}'</source>
            <translation>Geen datum (verwacht JJJJ-MM-DD): '{typed}'</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No such day: '{typed}' (day/month/year, e.g. 31/03/2027 or 2027-03-31)</source>
            <translation>Die dag bestaat niet: '{typed}' (dag/maand/jaar, bv. 31/03/2027 of 2027-03-31)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No event given</source>
            <translation>Geen evenement opgegeven</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No event '{ref}' (see 'roundtables events')</source>
            <translation>Geen evenement '{ref}' (zie 'roundtables events')</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'{ref}' matches {count} events; give more of the id</source>
            <translation>'{ref}' past bij {count} evenementen; geef meer van de id</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not a table number: '{number}'</source>
            <translation>Geen tafelnummer: '{number}'</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Event '{event}' has no table {number}</source>
            <translation>Evenement '{event}' heeft geen tafel {number}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A note needs some text</source>
            <translation>Een notitie heeft tekst nodig</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown note type '{type}' (known: {known})</source>
            <translation>Onbekend soort notitie '{type}' (bekend: {known})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Event '{event}' is finalised and read-only; reopen it to change it</source>
            <translation>Evenement '{event}' is afgerond en alleen-lezen; heropen het om het te wijzigen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown record kind '{kind}'</source>
            <translation>Onbekend soort gegeven '{kind}'</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{path}: the {table} table holds '{value}' as a {field}, which this Roundtables does not know (known: {known}); nothing was changed: restore the file from a backup, or open it with the Roundtables that wrote it</source>
            <translation>{path}: de tabel {table} bevat '{value}' als {field}, wat deze Roundtables niet kent (gekend: {known}); er is niets gewijzigd: zet het bestand terug uit een reservekopie, of open het met de Roundtables die het schreef</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cannot save the {kind}: {detail}</source>
            <translation>Kan {kind} niet opslaan: {detail}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search for at least one word</source>
            <translation>Zoek op minstens één woord</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cannot search '{kind}'</source>
            <translation>Kan niet zoeken in '{kind}'</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file} is too large for a registration list (over 50 MB)</source>
            <translation>{file} is te groot voor een registratielijst (meer dan 50 MB)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} is a folder, not a CSV file</source>
            <translation>{file} is een map, geen CSV-bestand</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file} is not a readable CSV file: {detail}</source>
            <translation>{file} is geen leesbaar CSV-bestand: {detail}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file} is empty: no header row found</source>
            <translation>{file} is leeg: geen kopregel gevonden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file} is not a text file (not UTF-8 or Windows-1252); save it as CSV</source>
            <translation>{file} is geen tekstbestand (geen UTF-8 of Windows-1252); sla het op als CSV</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} is not a text file; save the list as CSV</source>
            <translation>{file} is geen tekstbestand; sla de lijst op als CSV</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown participant field '{field}'</source>
            <translation>Onbekend deelnemersveld '{field}'</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file} has no column {column} (for {field})</source>
            <translation>{file} heeft geen kolom {column} (voor {field})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A column is mapped to two fields; map each column once</source>
            <translation>Een kolom is aan twee velden gekoppeld; koppel elke kolom één keer</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} has no 'name' column (nor first/last name): add one or choose it in the column mapping</source>
            <translation>{file} heeft geen kolom 'naam' (noch voor- of achternaam): voeg er een toe of kies ze in de kolomtoewijzing</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Line {line}: event '{event}' has no table {number}</source>
            <translation>Regel {line}: evenement '{event}' heeft geen tafel {number}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>more cells than the header has columns: check quotes and separators</source>
            <translation>meer cellen dan de kopregel kolommen heeft: controleer aanhalingstekens en scheidingstekens</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no name: this row will not be imported</source>
            <translation>geen naam: deze rij wordt niet geïmporteerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>consent {given} not understood: set to anonymous</source>
            <translation>toestemming {given} niet begrepen: op anoniem gezet</translation>
        </message>
        <message>
            <location line="+3" />
            <source>table {given} is not a table number</source>
            <translation>tafel {given} is geen tafelnummer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>same name as line {which}</source>
            <translation>zelfde naam als regel {which}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>same email as line {which}</source>
            <translation>zelfde e-mail als regel {which}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>same name as already a participant ({which})</source>
            <translation>zelfde naam als een bestaande deelnemer ({which})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>same email as already a participant ({which})</source>
            <translation>zelfde e-mail als een bestaande deelnemer ({which})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No template '{name}' (known: {known})</source>
            <translation>Geen sjabloon '{name}' (bekend: {known})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cannot read template {file}: {detail}</source>
            <translation>Kan sjabloon {file} niet lezen: {detail}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Template {file} is not valid JSON (line {line}: {detail})</source>
            <translation>Sjabloon {file} is geen geldige JSON (regel {line}: {detail})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Template {file}: field '{field}' {problem}</source>
            <translation>Sjabloon {file}: veld '{field}' {problem}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Template {file}: field '{field}' is missing</source>
            <translation>Sjabloon {file}: veld '{field}' ontbreekt</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Template {file}: field '{field}' must be {kind}</source>
            <translation>Sjabloon {file}: veld '{field}' moet {kind} zijn</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Template {template} is refused: {why}; save a clean copy in Word (File &gt; Save As &gt; Word Document, .docx) and try again</source>
            <translation>Sjabloon {template} is geweigerd: {why}; sla een schone kopie op in Word (Bestand &gt; Opslaan als &gt; Word-document, .docx) en probeer opnieuw</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Template {template} is not a Word .docx file ({detail})</source>
            <translation>Sjabloon {template} is geen Word-bestand (.docx) ({detail})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Template {template} is damaged: {part} ({detail})</source>
            <translation>Sjabloon {template} is beschadigd: {part} ({detail})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Template not found: {path}</source>
            <translation>Sjabloon niet gevonden: {path}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Template {template} cannot be read ({detail})</source>
            <translation>Sjabloon {template} kan niet worden gelezen ({detail})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Template {template} lacks the Word styles {styles}; start from roundtables/resources/word/base.docx</source>
            <translation>Sjabloon {template} mist de Word-stijlen {styles}; begin van roundtables/resources/word/base.docx</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unknown language '{language}' (choose en, nl or fr)</source>
            <translation>Onbekende taal '{language}' (kies en, nl of fr)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown attribution '{value}' (choose named, organisation or anonymous)</source>
            <translation>Onbekende toeschrijving '{value}' (kies named, organisation of anonymous)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The document must be a .docx file, not '{file}'</source>
            <translation>Het document moet een .docx-bestand zijn, niet '{file}'</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The synthesis must be a .docx or .pdf file, not '{file}'</source>
            <translation>De synthese moet een .docx- of .pdf-bestand zijn, niet '{file}'</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Folder not found: {path}</source>
            <translation>Map niet gevonden: {path}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{path} is a folder</source>
            <translation>{path} is een map</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cannot write {file}: LibreOffice is not installed; write a .docx instead or install LibreOffice</source>
            <translation>Kan {file} niet schrijven: LibreOffice is niet geïnstalleerd; schrijf in de plaats een .docx of installeer LibreOffice</translation>
        </message>
        <message>
            <location line="+5" />
            <source>LibreOffice took more than {seconds} s to write {file}</source>
            <translation>LibreOffice deed er langer dan {seconds} s over om {file} te schrijven</translation>
        </message>
        <message>
            <location line="+3" />
            <source>LibreOffice could not write {file}: {detail}</source>
            <translation>LibreOffice kon {file} niet schrijven: {detail}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Select at least two action points to merge</source>
            <translation>Selecteer minstens twee actiepunten om samen te voegen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The merged action point needs a wording</source>
            <translation>Het samengevoegde actiepunt heeft een formulering nodig</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Select two or more themes to merge</source>
            <translation>Selecteer twee of meer thema's om samen te voegen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A theme needs a title</source>
            <translation>Een thema heeft een titel nodig</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That theme no longer exists</source>
            <translation>Dat thema bestaat niet meer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No event '{ref}'</source>
            <translation>Geen evenement '{ref}'</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No table with id '{ref}'</source>
            <translation>Geen tafel met id '{ref}'</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Give the table as EVENT:TABLE (e.g. symposium:1), not '{ref}'</source>
            <translation>Geef de tafel als EVENEMENT:TAFEL (bv. symposium:1), niet '{ref}'</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{path}: give a file name ending in .pdf</source>
            <translation>{path}: geef een bestandsnaam die eindigt op .pdf</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The folder {path} does not exist (was the stick removed?)</source>
            <translation>De map {path} bestaat niet (is de stick verwijderd?)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Could not write {path}: the PDF came out empty</source>
            <translation>Kon {path} niet schrijven: de pdf is leeg</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Could not write {path}</source>
            <translation>Kon {path} niet schrijven</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The portable app is not here to copy: run `make bundle` first, or write the kits from the portable app itself</source>
            <translation>De draagbare app is hier niet om te kopiëren: voer eerst `make bundle` uit, of schrijf de kits vanuit de draagbare app zelf</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Event '{event}' has no tables to write kits for</source>
            <translation>Evenement '{event}' heeft geen tafels om kits voor te schrijven</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path} is not a folder (was the stick removed?)</source>
            <translation>{path} is geen map (is de stick verwijderd?)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path} has {free} MB free; the app and kits need {needed} MB</source>
            <translation>{path} heeft {free} MB vrij; de app en de kits hebben {needed} MB nodig</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cannot write the app and kit to {path}: {detail} (is the stick full or removed?)</source>
            <translation>Kan de app en de kit niet schrijven naar {path}: {detail} (is de stick vol of verwijderd?)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Event '{event}' no longer exists</source>
            <translation>Evenement '{event}' bestaat niet meer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Event '{event}' is not finalised; finalise it before archiving (roundtables finalise {event})</source>
            <translation>Evenement '{event}' is niet afgerond; rond het af voor u het archiveert (roundtables finalise {event})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot write the archive {file}: {detail}</source>
            <translation>Kan het archief {file} niet schrijven: {detail}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path} is a folder; give the archive a file name</source>
            <translation>{path} is een map; geef het archief een bestandsnaam</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The archive's database copy is damaged: {detail}</source>
            <translation>De databasekopie voor het archief is beschadigd: {detail}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The archive's database copy has references that cannot be mended</source>
            <translation>De databasekopie voor het archief heeft verwijzingen die niet te herstellen zijn</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The Word synthesis could not be written for the archive</source>
            <translation>De Word-synthese kon niet voor het archief geschreven worden</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The event JSON does not follow its schema at {where}: {detail}</source>
            <translation>De JSON van het evenement volgt het schema niet bij {where}: {detail}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{file}: intact, {checked} files checked ({event})</source>
            <translation>{file}: intact, {checked} bestanden gecontroleerd ({event})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} has been changed or damaged (1 problem): {problems}</source>
            <translation>{file} is gewijzigd of beschadigd (1 probleem): {problems}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} has been changed or damaged ({count} problems): {problems}</source>
            <translation>{file} is gewijzigd of beschadigd ({count} problemen): {problems}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>and {count} more</source>
            <translation>en nog {count}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unsafe file name {name}</source>
            <translation>onveilige bestandsnaam {name}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{manifest} lists a member twice</source>
            <translation>{manifest} vermeldt een bestand twee keer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} is missing</source>
            <translation>{name} ontbreekt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} was added (not in the manifest)</source>
            <translation>{name} is toegevoegd (niet in het manifest)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} changed (size {size} bytes, expected {expected})</source>
            <translation>{name} is gewijzigd (grootte {size} bytes, verwacht {expected})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} changed (SHA-256 differs)</source>
            <translation>{name} is gewijzigd (SHA-256 verschilt)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} does not match the manifest</source>
            <translation>{name} komt niet overeen met het manifest</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cannot read {file}: {detail}</source>
            <translation>Kan {file} niet lezen: {detail}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file} is truncated or damaged ({detail})</source>
            <translation>{file} is afgekapt of beschadigd ({detail})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file}: {detail}</source>
            <translation>{file}: {detail}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Demo content {file} cannot be read: {detail}; reinstall Roundtables</source>
            <translation>De demo-inhoud {file} kan niet gelezen worden: {detail}; installeer Roundtables opnieuw</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Folder {path} does not exist</source>
            <translation>Map {path} bestaat niet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No file at {path}</source>
            <translation>Geen bestand op {path}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{path} is a folder, not an archive</source>
            <translation>{path} is een map, geen archief</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file} is truncated or damaged (unreadable ZIP)</source>
            <translation>{file} is afgekapt of beschadigd (onleesbare ZIP)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} is not a ZIP archive</source>
            <translation>{file} is geen ZIP-archief</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file} has no {manifest}: not a Roundtables archive</source>
            <translation>{file} heeft geen {manifest}: geen Roundtables-archief</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file}: {manifest} is implausibly large</source>
            <translation>{file}: {manifest} is onwaarschijnlijk groot</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file}: {manifest} is damaged ({detail})</source>
            <translation>{file}: {manifest} is beschadigd ({detail})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} is not a Roundtables archive</source>
            <translation>{file} is geen Roundtables-archief</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file} is archive version {found}; this Roundtables reads version {supported}</source>
            <translation>{file} is archiefversie {found}; deze Roundtables leest versie {supported}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{file}: {manifest} has no valid list of members</source>
            <translation>{file}: {manifest} heeft geen geldige lijst van bestanden</translation>
        </message>
        <message>
            <location line="+5" />
            <source>another event here already uses the short name '{slug}'; this file belongs to a different event</source>
            <translation>een ander evenement hier gebruikt de korte naam '{slug}' al; dit bestand hoort bij een ander evenement</translation>
        </message>
        <message>
            <location line="+5" />
            <source>this event already has a different table {number} here</source>
            <translation>dit evenement heeft hier al een andere tafel {number}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the database refused it ({detail}); nothing was imported from this file</source>
            <translation>de database weigerde het ({detail}); uit dit bestand is niets geïmporteerd</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the file holds data that cannot be stored ({detail}); nothing was imported</source>
            <translation>het bestand bevat gegevens die niet kunnen worden opgeslagen ({detail}); er is niets geïmporteerd</translation>
        </message>
        <message>
            <location line="+4" />
            <source>this is a folder, not a file</source>
            <translation>dit is een map, geen bestand</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no such file</source>
            <translation>dit bestand bestaat niet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the file cannot be read (permission denied)</source>
            <translation>het bestand kan niet worden gelezen (geen toegang)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the file cannot be read ({detail})</source>
            <translation>het bestand kan niet worden gelezen ({detail})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not a ZIP file (is this really a kit or results file?)</source>
            <translation>geen ZIP-bestand (is dit echt een tafelkit of resultatenbestand?)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>not a Roundtables exchange file (a ZIP without {manifest})</source>
            <translation>geen uitwisselingsbestand van Roundtables (een ZIP zonder {manifest})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>unexpected member '{name}': not part of the format</source>
            <translation>onverwacht onderdeel '{name}': hoort niet bij het formaat</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the attachments add up to {size} bytes (limit {limit}); hand in fewer or smaller photos</source>
            <translation>de bijlagen zijn samen {size} bytes (grens {limit}); lever minder of kleinere foto's in</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the contents do not match the manifest (missing {name})</source>
            <translation>de inhoud klopt niet met het manifest ({name} ontbreekt)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the contents do not match the manifest (unlisted member {name})</source>
            <translation>de inhoud klopt niet met het manifest ({name} staat er niet in)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} was changed after the file was written (its checksum differs)</source>
            <translation>{name} is gewijzigd nadat het bestand werd geschreven (de controlesom verschilt)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>not a Roundtables exchange file (manifest of another format)</source>
            <translation>geen uitwisselingsbestand van Roundtables (manifest van een ander formaat)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>written by a newer Roundtables (format version {found}; this app reads up to {supported}); update the app to import it</source>
            <translation>geschreven door een nieuwere Roundtables (formaatversie {found}; deze app leest tot {supported}); werk de app bij om het te importeren</translation>
        </message>
        <message>
            <location line="+5" />
            <source>this is {found_kind}, not {wanted_kind} (import kits with File ▸ Import table kit or results… in the start window, or 'roundtables import'; results are written with 'Hand in results…' or 'roundtables export')</source>
            <translation>dit is {found_kind} en niet {wanted_kind} (importeer tafelkits met Bestand ▸ Tafelkit of resultaten importeren… in het startvenster, of met 'roundtables import'; resultaten schrijf je met 'Resultaten inleveren…' of 'roundtables export')</translation>
        </message>
        <message>
            <location line="+6" />
            <source>this is {found_kind}, not {wanted_kind} (import it with 'roundtables import' instead)</source>
            <translation>dit is {found_kind} en niet {wanted_kind} (importeer het in plaats daarvan met 'roundtables import')</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the payload does not hold the event the manifest names</source>
            <translation>de inhoud bevat niet het evenement dat het manifest noemt</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the payload does not hold the table the manifest names</source>
            <translation>de inhoud bevat niet de tafel die het manifest noemt</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the table in the payload differs from the manifest</source>
            <translation>de tafel in de inhoud verschilt van het manifest</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a table kit cannot carry {records}</source>
            <translation>een tafelkit kan geen {records} bevatten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{records} record {id} belongs to another table or event</source>
            <translation>{records}-record {id} hoort bij een andere tafel of een ander evenement</translation>
        </message>
        <message>
            <location line="+3" />
            <source>attachment '{name}' is missing or damaged</source>
            <translation>bijlage '{name}' ontbreekt of is beschadigd</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} belongs to no attachment record</source>
            <translation>{name} hoort bij geen enkele bijlage</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the payload lists a record twice</source>
            <translation>de inhoud vermeldt een record twee keer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{what} is too large ({size} bytes; limit {limit})</source>
            <translation>{what} is te groot ({size} bytes; grens {limit})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{what} is not UTF-8 text</source>
            <translation>{what} is geen UTF-8-tekst</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{what} is nested too deeply ({depth} levels; limit {limit})</source>
            <translation>{what} is te diep genest ({depth} niveaus; grens {limit})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{what} holds a number with {digits} digits</source>
            <translation>{what} bevat een getal met {digits} cijfers</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{what} holds a fractional number ({number}); the format has none</source>
            <translation>{what} bevat een kommagetal ({number}); het formaat kent die niet</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{what} holds {name}, which is not JSON</source>
            <translation>{what} bevat {name}, wat geen JSON is</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{what} repeats a key in one object</source>
            <translation>{what} herhaalt een sleutel binnen één object</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{what} holds a NUL character ({point}) in its text</source>
            <translation>{what} bevat een NUL-teken ({point}) in de tekst</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{what} holds a broken character ({point}) in its text</source>
            <translation>{what} bevat een ongeldig teken ({point}) in de tekst</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{what} is not valid JSON ({detail})</source>
            <translation>{what} is geen geldige JSON ({detail})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The schema {name} cannot be read: {detail}</source>
            <translation>Het schema {name} kan niet worden gelezen: {detail}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{what} does not match the format</source>
            <translation>{what} voldoet niet aan het formaat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{what} does not match the format at {where}: {reason}</source>
            <translation>{what} voldoet niet aan het formaat bij {where}: {reason}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the file's event '{event}' is deleted; a file cannot delete it (ask for a new file)</source>
            <translation>het evenement '{event}' van het bestand is verwijderd; een bestand kan het niet verwijderen (vraag een nieuw bestand)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the file's event '{event}' is finalised: its records can no longer change (ask the organiser)</source>
            <translation>het evenement '{event}' van het bestand is afgerond: de gegevens kunnen niet meer veranderen (vraag het aan de organisator)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the file's table {number} is deleted; a file cannot delete it (ask for a new file)</source>
            <translation>tafel {number} van het bestand is verwijderd; een bestand kan die niet verwijderen (vraag een nieuw bestand)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>event '{event}' was deleted here; nothing imported</source>
            <translation>evenement '{event}' is hier verwijderd; er is niets geïmporteerd</translation>
        </message>
        <message>
            <location line="+3" />
            <source>event '{event}' is finalised and read-only here; reopen it to import</source>
            <translation>evenement '{event}' is hier afgerond en alleen-lezen; heropen het om te importeren</translation>
        </message>
        <message>
            <location line="+3" />
            <source>table {number} belongs to another event here; a file cannot move a table</source>
            <translation>tafel {number} hoort hier bij een ander evenement; een bestand kan een tafel niet verplaatsen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>table {number} was deleted here; nothing imported</source>
            <translation>tafel {number} is hier verwijderd; er is niets geïmporteerd</translation>
        </message>
        <message>
            <location line="+3" />
            <source>this database does not hold event '{event}'; import the table kit from the organiser first (File ▸ Import table kit or results…, or 'roundtables import'), then the results</source>
            <translation>deze database bevat evenement '{event}' niet; importeer eerst de tafelkit van de organisator (Bestand ▸ Tafelkit of resultaten importeren…, of 'roundtables import'), daarna de resultaten</translation>
        </message>
        <message>
            <location line="+6" />
            <source>this database does not hold table {number}; import the table kit from the organiser first (File ▸ Import table kit or results…, or 'roundtables import'), then the results</source>
            <translation>deze database bevat tafel {number} niet; importeer eerst de tafelkit van de organisator (Bestand ▸ Tafelkit of resultaten importeren…, of 'roundtables import'), daarna de resultaten</translation>
        </message>
        <message>
            <location line="+6" />
            <source>this table kit does not name its organiser database (written by an older Roundtables); ask the organiser to write the kit again</source>
            <translation>deze tafelkit noemt de database van de organisator niet (geschreven door een oudere Roundtables); vraag de organisator de kit opnieuw te schrijven</translation>
        </message>
        <message>
            <location line="+5" />
            <source>event '{event}' here comes from another organiser database; a kit may only update the organiser's own event</source>
            <translation>evenement '{event}' komt hier uit de database van een andere organisator; een kit mag alleen het eigen evenement van de organisator bijwerken</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{record_kind} {id} exists here under another event; a file may only change its own table's records</source>
            <translation>{record_kind} {id} bestaat hier al onder een ander evenement; een bestand mag alleen de gegevens van de eigen tafel wijzigen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{record_kind} {id} exists here under another table; a file may only change its own table's records</source>
            <translation>{record_kind} {id} bestaat hier al onder een andere tafel; een bestand mag alleen de gegevens van de eigen tafel wijzigen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the file refers to {record_kind} {id}, which this database does not hold; import the table kit from the organiser first</source>
            <translation>het bestand verwijst naar {record_kind} {id}, dat deze database niet bevat; importeer eerst de tafelkit van de organisator</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the file refers to {record_kind} {id} of another table or event</source>
            <translation>het bestand verwijst naar {record_kind} {id} van een andere tafel of een ander evenement</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Event '{event}' is not in this database</source>
            <translation>Evenement '{event}' staat niet in deze database</translation>
        </message>
        <message>
            <location line="+3" />
            <source>its manifest differs</source>
            <translation>het manifest verschilt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The {field} of {records} record {id} holds a NUL or a broken character; edit it, then hand in again</source>
            <translation>Het veld {field} van {records}-record {id} bevat een NUL-teken of een ongeldig teken; pas het aan en lever opnieuw in</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No conflict '{id}'</source>
            <translation>Geen conflict '{id}'</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose one of {choices}, not '{choice}'</source>
            <translation>Kies uit {choices}, niet '{choice}'</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This conflict is already resolved ({resolution})</source>
            <translation>Dit conflict is al opgelost ({resolution})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The {record_kind} of this conflict is gone</source>
            <translation>Het gegeven ({record_kind}) van dit conflict bestaat niet meer</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A {record_kind} has no text to combine; pick one</source>
            <translation>Dit soort gegeven ({record_kind}) heeft geen tekst om samen te voegen; kies een versie</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The combined text is empty; write it or pick one version</source>
            <translation>De samengevoegde tekst is leeg; schrijf hem of kies een versie</translation>
        </message>
        <message>
            <location line="+4" />
            <source>unsafe member name '{name}' ({fault})</source>
            <translation>onveilige naam van een onderdeel '{name}' ({fault})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refusing to write '{name}': not a plain file name in {folder}</source>
            <translation>'{name}' wordt niet geschreven: geen gewone bestandsnaam in {folder}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>not a ZIP file, or a damaged one</source>
            <translation>geen ZIP-bestand, of een beschadigd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the file is empty (0 bytes); copy it again</source>
            <translation>het bestand is leeg (0 bytes); kopieer het opnieuw</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the file is too large ({size} bytes; limit {limit})</source>
            <translation>het bestand is te groot ({size} bytes; grens {limit})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>not a ZIP file</source>
            <translation>geen ZIP-bestand</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the file is truncated or damaged (no end-of-archive record)</source>
            <translation>het bestand is afgekapt of beschadigd (geen eindrecord van het archief)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the file spans several disks, which the format does not use</source>
            <translation>het bestand beslaat meerdere schijven, wat het formaat niet gebruikt</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the file has too many members ({count}; limit {limit})</source>
            <translation>het bestand heeft te veel onderdelen ({count}; grens {limit})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the file is truncated or damaged (directory out of range)</source>
            <translation>het bestand is afgekapt of beschadigd (inhoudsopgave buiten bereik)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the file is damaged or forged (its directory is larger than its end record allows)</source>
            <translation>het bestand is beschadigd of vervalst (de inhoudsopgave is groter dan het eindrecord toelaat)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the file is damaged or forged (its directory disagrees with its end record)</source>
            <translation>het bestand is beschadigd of vervalst (de inhoudsopgave klopt niet met het eindrecord)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the file is truncated or damaged (short directory entry)</source>
            <translation>het bestand is afgekapt of beschadigd (onvolledige regel in de inhoudsopgave)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a member name is too long ({size} bytes)</source>
            <translation>de naam van een onderdeel is te lang ({size} bytes)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the file is truncated or damaged (bad ZIP64 record)</source>
            <translation>het bestand is afgekapt of beschadigd (ongeldig ZIP64-record)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the member '{name}' appears twice</source>
            <translation>het onderdeel '{name}' komt twee keer voor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the member '{name}' is encrypted</source>
            <translation>het onderdeel '{name}' is versleuteld</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the member '{name}' uses an unsupported compression</source>
            <translation>het onderdeel '{name}' gebruikt een niet-ondersteunde compressie</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the member '{name}' would expand to {size} bytes (limit {limit}; a zip bomb?)</source>
            <translation>het onderdeel '{name}' zou uitpakken tot {size} bytes (grens {limit}; een zipbom?)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the contents would expand to more than {limit} bytes (a zip bomb?)</source>
            <translation>de inhoud zou uitpakken tot meer dan {limit} bytes (een zipbom?)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} is damaged ({detail})</source>
            <translation>{name} is beschadigd ({detail})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} is larger than its limit of {limit} bytes</source>
            <translation>{name} is groter dan de grens van {limit} bytes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} is damaged (its size does not match)</source>
            <translation>{name} is beschadigd (de grootte klopt niet)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cannot write {path}: the folder {folder} does not exist (was the stick removed?)</source>
            <translation>{path} schrijven mislukt: de map {folder} bestaat niet (is de stick verwijderd?)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cannot write {path}: {cause}</source>
            <translation>{path} schrijven mislukt: {cause}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cannot write {path}: it did not read back intact ({detail})</source>
            <translation>{path} schrijven mislukt: het bestand bleek bij teruglezen niet intact ({detail})</translation>
        </message>
        <message>
            <location line="+8" />
            <source>save to</source>
            <extracomment>Phrases that fill a parameter of :data:`PHRASE_PARAMS`: what was being done when the disk said no (``{doing}``), what a file or record is, why a name or a write failed.</extracomment>
            <translation>Opslaan in</translation>
        </message>
        <message>
            <location line="+1" />
            <source>open</source>
            <translation>Openen van</translation>
        </message>
        <message>
            <location line="+1" />
            <source>read</source>
            <translation>Lezen van</translation>
        </message>
        <message>
            <location line="+1" />
            <source>write</source>
            <translation>Schrijven van</translation>
        </message>
        <message>
            <location line="+1" />
            <source>create folder</source>
            <translation>Aanmaken van map</translation>
        </message>
        <message>
            <location line="+1" />
            <source>write next to</source>
            <translation>Schrijven naast</translation>
        </message>
        <message>
            <location line="+1" />
            <source>copy the database for the archive to</source>
            <translation>Kopiëren van de database voor het archief naar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a table kit</source>
            <translation>een tafelkit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a results file</source>
            <translation>een resultatenbestand</translation>
        </message>
        <message>
            <location line="+2" />
            <source>event</source>
            <translation>evenement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>table</source>
            <translation>tafel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>guiding question</source>
            <translation>richtvraag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>agenda segment</source>
            <translation>agendapunt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>participant</source>
            <translation>deelnemer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>attendance</source>
            <translation>aanwezigheid</translation>
        </message>
        <message>
            <location line="+1" />
            <source>declaration article</source>
            <translation>artikel van de verklaring</translation>
        </message>
        <message>
            <location line="+1" />
            <source>note</source>
            <translation>notitie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>action point</source>
            <translation>actiepunt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>feedback</source>
            <translation>feedback</translation>
        </message>
        <message>
            <location line="+1" />
            <source>attachment</source>
            <translation>bijlage</translation>
        </message>
        <message>
            <location line="+2" />
            <source>empty name</source>
            <translation>lege naam</translation>
        </message>
        <message>
            <location line="+1" />
            <source>backslash</source>
            <translation>backslash</translation>
        </message>
        <message>
            <location line="+1" />
            <source>absolute path</source>
            <translation>absoluut pad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>points outside with '..'</source>
            <translation>wijst naar buiten met '..'</translation>
        </message>
        <message>
            <location line="+1" />
            <source>control character</source>
            <translation>stuurteken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>colon</source>
            <translation>dubbelepunt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the disk or stick is full</source>
            <translation>de schijf of stick is vol</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the folder is read-only or not writable</source>
            <translation>de map is alleen-lezen of niet beschrijfbaar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the stick was removed or is failing</source>
            <translation>de stick is verwijderd of werkt niet goed</translation>
        </message>
    </context>
    <context>
        <name>EventDetailsPanel</name>
        <message>
            <location filename="../../ui/organiser/details.py" line="+27" />
            <source>YYYY-MM-DD</source>
            <translation>JJJJ-MM-DD</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Each participant's consent decides</source>
            <translation>De toestemming van elke deelnemer beslist</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Chatham House: nothing is attributed</source>
            <translation>Chatham House: niets wordt toegeschreven</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Draft</source>
            <translation>Ontwerp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Running</source>
            <translation>Lopend</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Finalised (read-only)</source>
            <translation>Afgerond (alleen-lezen)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Venue</source>
            <translation>&amp;Locatie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Organiser</source>
            <translation>&amp;Organisator</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language</source>
            <translation>T&amp;aal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Attribution</source>
            <translation>Toesch&amp;rijving</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Short name</source>
            <translation>Korte naam</translation>
        </message>
        <message>
            <location line="+43" />
            <source>The title cannot be empty</source>
            <translation>De titel mag niet leeg zijn</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Change {field}</source>
            <translation>{field} wijzigen</translation>
        </message>
    </context>
    <context>
        <name>EventEditor</name>
        <message>
            <location filename="../../ui/organiser/editor.py" line="+88" />
            <source>&amp;Event</source>
            <translation>&amp;Evenement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Round tables</source>
            <translation>&amp;Rondetafels</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Participants</source>
            <translation>&amp;Deelnemers</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Declaration</source>
            <translation>&amp;Verklaring</translation>
        </message>
        <message>
            <location filename="../../ui/keymap.py" line="+120" />
            <source>Save as &amp;template…</source>
            <translation>Bewaren als sja&amp;bloon…</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Write table &amp;kits…</source>
            <translation>Tafel&amp;kits aanmaken…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write table kits with the &amp;app…</source>
            <translation>Tafelkits met de &amp;app aanmaken…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Finalise…</source>
            <translation>&amp;Afronden…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Re&amp;open</source>
            <translation>Heropen&amp;en</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Archive…</source>
            <translation>A&amp;rchiveren…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Close</source>
            <translation>&amp;Sluiten</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Undo</source>
            <translation>&amp;Ongedaan maken</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Redo</source>
            <translation>Op&amp;nieuw</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keyboard shortcuts</source>
            <translation>Sneltoetsen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location line="-24" />
            <source>E&amp;vent</source>
            <translation>Eve&amp;nement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit</source>
            <translation>&amp;Bewerken</translation>
        </message>
        <message>
            <location filename="../../ui/organiser/editor.py" line="+22" />
            <source>Event</source>
            <translation>Evenement</translation>
        </message>
        <message>
            <location line="+28" />
            <source>New event</source>
            <translation>Nieuw evenement</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Cannot create the event</source>
            <translation>Het evenement kan niet worden aangemaakt</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Saved {time}</source>
            <translation>Bewaard {time}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{title} — event editor</source>
            <translation>{title} — evenement bewerken</translation>
        </message>
        <message>
            <location line="-127" />
            <source>This event is finalised and read-only. Choose Event ▸ Reopen to change it.</source>
            <translation>Dit evenement is afgerond en alleen-lezen. Kies Evenement ▸ Heropenen om het te wijzigen.</translation>
        </message>
        <message>
            <location line="+139" />
            <source>Write the archive ZIP</source>
            <translation>Het ZIP-archief aanmaken</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Finalise the event first, then archive it</source>
            <translation>Rond het evenement eerst af en archiveer het daarna</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Undo: {step}</source>
            <translation>Ongedaan maken: {step}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Redo: {step}</source>
            <translation>Opnieuw: {step}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Cannot change the status</source>
            <translation>De status kan niet worden gewijzigd</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Finalise {title}? It becomes read-only here and in every window until reopened.</source>
            <translation>{title} afronden? Het wordt alleen-lezen, hier en in elk venster, tot het heropend wordt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Finalise event</source>
            <translation>Evenement afronden</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Save as template</source>
            <translation>Bewaren als sjabloon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Templates (*.json)</source>
            <translation>Sjablonen (*.json)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Cannot save the template</source>
            <translation>Het sjabloon kan niet worden bewaard</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Template written: {path}</source>
            <translation>Sjabloon bewaard: {path}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Folder for the table kits (a USB stick)</source>
            <translation>Map voor de tafelkits (een USB-stick)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Cannot write the table kits</source>
            <translation>De tafelkits kunnen niet worden aangemaakt</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Table kits written</source>
            <translation>Tafelkits aangemaakt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} table kits in {folder}:
{names}</source>
            <translation>{count} tafelkits in {folder}:
{names}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{count} table kits written to {folder}</source>
            <translation>{count} tafelkits aangemaakt in {folder}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Archive event</source>
            <translation>Evenement archiveren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ZIP archives (*.zip)</source>
            <translation>ZIP-archieven (*.zip)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Cannot write the archive</source>
            <translation>Het archief kan niet worden aangemaakt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Archive written: {path}</source>
            <translation>Archief aangemaakt: {path}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Archive written</source>
            <translation>Archief aangemaakt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Archive written to {path}. Check it now?</source>
            <translation>Archief aangemaakt in {path}. Nu controleren?</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+4" />
            <source>The archive is not sound</source>
            <translation>Het archief is niet in orde</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Archive checked</source>
            <translation>Archief gecontroleerd</translation>
        </message>
    </context>
    <context>
        <name>ExecutiveSummaryEditor</name>
        <message>
            <location filename="../../ui/rapporteur/summary_editor.py" line="+39" />
            <source>Executive summary</source>
            <extracomment>How long typing must pause before the executive summary is saved. Emitted when the summary turns from drafted to edited or back.</extracomment>
            <translation>Beleidssamenvatting</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The executive summary that opens the synthesis</source>
            <translation>De beleidssamenvatting waarmee de synthese begint</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Executive summary not saved</source>
            <translation>Beleidssamenvatting niet bewaard</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Draft the summary again</source>
            <translation>De samenvatting opnieuw opstellen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace your summary with a fresh draft from the tables' results? Your own text is lost.</source>
            <translation>Uw samenvatting vervangen door een nieuw ontwerp op basis van de resultaten van de tafels? Uw eigen tekst gaat verloren.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Executive summary not changed</source>
            <translation>Samenvatting niet gewijzigd</translation>
        </message>
    </context>
    <context>
        <name>GeneratePanel</name>
        <message>
            <location filename="../../ui/rapporteur/generate.py" line="+59" />
            <source>Attribution of statements</source>
            <extracomment>Opens a written document; the app uses the desktop's default program. Emitted with the path of every document written. Called before the harvest is read, so edits still being typed are committed.</extracomment>
            <translation>Toeschrijving van uitspraken</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Word template</source>
            <translation>Word-sjabloon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Base template</source>
            <translation>Basissjabloon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An organisation's template (.docx)…</source>
            <translation>Sjabloon van een organisatie (.docx)…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Language of the synthesis</source>
            <translation>Taal van de synthese</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>Talen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The event's language</source>
            <translation>De taal van het evenement</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Final version (no Draft label; the event stays editable)</source>
            <translation>&amp;Definitieve versie (geen vermelding Ontwerp; het evenement blijft bewerkbaar)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Generate and open the synthesis…</source>
            <translation>Synthese &amp;maken en openen…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write the Word synthesis and open it (Ctrl+G)</source>
            <translation>De Word-synthese aanmaken en openen (Ctrl+G)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Attribution:</source>
            <translation>&amp;Toeschrijving:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Template:</source>
            <translation>&amp;Sjabloon:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Language:</source>
            <translation>&amp;Taal:</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&lt;b&gt;Word synthesis&lt;/b&gt;</source>
            <translation>&lt;b&gt;Word-synthese&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Named, as each participant agreed</source>
            <translation>Bij naam, zoals elke deelnemer toestemde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation only</source>
            <translation>Alleen organisatie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymous</source>
            <translation>Anoniem</translation>
        </message>
        <message>
            <location line="+10" />
            <source>This event runs under the Chatham House rule: nobody is named.</source>
            <translation>Dit evenement volgt de Chatham House-regel: niemand wordt genoemd.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nobody is ever named more than their own consent allows.</source>
            <translation>Niemand wordt ooit verder genoemd dan zijn eigen toestemming toelaat.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Choose a Word template</source>
            <translation>Kies een Word-sjabloon</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Word documents (*.docx)</source>
            <translation>Word-documenten (*.docx)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The styles shipped with the app</source>
            <translation>De stijlen die met de app meekomen</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Save the synthesis as</source>
            <translation>De synthese bewaren als</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Word documents (*.docx);;PDF documents (*.pdf)</source>
            <translation>Word-documenten (*.docx);;PDF-documenten (*.pdf)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Cannot write {path}: {reason}</source>
            <translation>Kan {path} niet schrijven: {reason}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Written {path} in {seconds:.1f} s</source>
            <translation>{path} aangemaakt in {seconds:.1f} s</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The synthesis was not written</source>
            <translation>De synthese is niet aangemaakt</translation>
        </message>
    </context>
    <context>
        <name>HandIn</name>
        <message>
            <location filename="../../ui/workspace/handin.py" line="+16" />
            <source>Hand in results</source>
            <translation>Resultaten inleveren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Results files (*.zip)</source>
            <translation>Resultatenbestanden (*.zip)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Results written to {path}</source>
            <translation>Resultaten bewaard in {path}</translation>
        </message>
    </context>
    <context>
        <name>HandoverPanel</name>
        <message>
            <location filename="../../ui/rapporteur/handover.py" line="+68" />
            <source>&amp;Import results…</source>
            <extracomment>Emitted after an import or a resolution changed the database.</extracomment>
            <translation>Resultaten &amp;importeren…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import results files from the tables (Ctrl+I), or drop them on the window</source>
            <translation>Resultatenbestanden van de tafels importeren (Ctrl+I), of ze op het venster slepen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What each imported file did</source>
            <translation>Wat elk geïmporteerd bestand deed</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open hand-over conflicts</source>
            <translation>Openstaande conflicten bij de overdracht</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This laptop's version</source>
            <translation>Versie van deze laptop</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The imported file's version</source>
            <translation>Versie van het geïmporteerde bestand</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Combined text</source>
            <translation>Gecombineerde tekst</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keep mine</source>
            <translation>Mijn versie &amp;behouden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Take theirs</source>
            <translation>&amp;Hun versie overnemen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Combine…</source>
            <translation>&amp;Combineren…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep this laptop's version (Alt+K)</source>
            <translation>De versie van deze laptop behouden (Alt+K)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take the imported version (Alt+T)</source>
            <translation>De geïmporteerde versie overnemen (Alt+T)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the combined text below (Alt+C)</source>
            <translation>De gecombineerde tekst hieronder bewaren (Alt+C)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Imported files (drop results .zip files on the window)</source>
            <translation>Geïmporteerde bestanden (sleep .zip-resultatenbestanden op het venster)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Open conflicts</source>
            <translation>Openstaande conflicten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mine (this laptop)</source>
            <translation>Mijn versie (deze laptop)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Theirs (imported file)</source>
            <translation>Hun versie (geïmporteerd bestand)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Combined text (edit, then Combine…)</source>
            <translation>Gecombineerde tekst (bewerk, dan Combineren…)</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Table {number}, {kind}: {text}</source>
            <translation>Tafel {number}, {kind}: {text}</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Theirs (from {file})</source>
            <translation>Hun versie (uit {file})</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type</source>
            <translation>Soort</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Speaker</source>
            <translation>Spreker</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Key message</source>
            <translation>Kernboodschap</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action</source>
            <translation>Actie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Owner</source>
            <translation>Trekker</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Institution</source>
            <translation>Instelling</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Priority</source>
            <translation>Prioriteit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Votes</source>
            <translation>Stemmen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stance</source>
            <translation>Standpunt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Proposed wording</source>
            <translation>Voorgestelde formulering</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rationale</source>
            <translation>Motivering</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Caption</source>
            <translation>Bijschrift</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deleted</source>
            <translation>Verwijderd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Executive summary</source>
            <translation>Beleidssamenvatting</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Conflict not resolved</source>
            <translation>Conflict niet opgelost</translation>
        </message>
    </context>
    <context>
        <name>HelpOverlay</name>
        <message>
            <location filename="../../ui/help_overlay.py" line="+41" />
            <source>Keyboard shortcuts (F1 or Esc closes this)</source>
            <extracomment>where the keyboard goes when the overlay closes, if it was nowhere useful</extracomment>
            <translation>Sneltoetsen (F1 of Esc sluit dit)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Keyboard shortcuts</source>
            <translation>Sneltoetsen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Action</source>
            <translation>Actie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keys</source>
            <translation>Toetsen</translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message>
            <location filename="../../../build/i18n_extra.py" line="+1" />
            <source>{file}: rejected — {reason}</source>
            <translation>{file}: geweigerd — {reason}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>imported</source>
            <translation>geïmporteerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>updated</source>
            <translation>bijgewerkt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unchanged</source>
            <translation>ongewijzigd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file} (table {number}): {outcome} — new {imported}, updated {updated}, unchanged {unchanged}, conflicts {conflicts}</source>
            <translation>{file} (tafel {number}): {outcome} — nieuw {imported}, bijgewerkt {updated}, ongewijzigd {unchanged}, conflicten {conflicts}</translation>
        </message>
        <message>
            <location line="+1" />
            <source> (another event; open it from the start window)</source>
            <translation> (een ander evenement; open het vanuit het startvenster)</translation>
        </message>
    </context>
    <context>
        <name>KeyMessagesPanel</name>
        <message>
            <location filename="../../ui/rapporteur/key_messages.py" line="+38" />
            <source>Key messages of every table</source>
            <translation>Kernboodschappen van alle tafels</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Wording of the key message</source>
            <translation>Formulering van de kernboodschap</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save wording</source>
            <translation>Formulering &amp;bewaren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the key message's wording (Ctrl+Return)</source>
            <translation>De formulering van de kernboodschap bewaren (Ctrl+Return)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Unstar</source>
            <translation>Ster &amp;weghalen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No longer a key message (Ctrl+U)</source>
            <translation>Geen kernboodschap meer (Ctrl+U)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Key messages (star more notes in the Tables tab with Ctrl+K)</source>
            <translation>Kernboodschappen (markeer meer notities met een ster in het tabblad Tafels met Ctrl+K)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Wording of the selected key message</source>
            <translation>Formulering van de geselecteerde kernboodschap</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Table {number}: {text}</source>
            <translation>Tafel {number}: {text}</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Not saved</source>
            <translation>Niet bewaard</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A key message needs some text</source>
            <translation>Een kernboodschap heeft tekst nodig</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Edit key message</source>
            <translation>Kernboodschap bewerken</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Unstar key message</source>
            <translation>Ster van kernboodschap weghalen</translation>
        </message>
        <message>
            <location filename="../../ui/keymap.py" line="-49" />
            <source>Save the key message's wording</source>
            <translation>De formulering van de kernboodschap bewaren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No longer a key message</source>
            <translation>Geen kernboodschap meer</translation>
        </message>
    </context>
    <context>
        <name>LibraryWindow</name>
        <message>
            <location filename="../../ui/organiser/library.py" line="+68" />
            <source>Library — every event</source>
            <translation>Bibliotheek — alle evenementen</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Events</source>
            <translation>Evenementen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Event</source>
            <translation>Evenement</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tables</source>
            <translation>Tafels</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Search every event (Ctrl+F)</source>
            <translation>In alle evenementen zoeken (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search text</source>
            <translation>Zoektekst</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only this event</source>
            <translation>Alleen dit evenement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only this table number</source>
            <translation>Alleen dit tafelnummer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only this note type</source>
            <translation>Alleen deze soort notitie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Search:</source>
            <translation>&amp;Zoeken:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Type words to search every note, action point and declaration feedback of every event. Enter or double-click opens a note in its table.</source>
            <translation>Typ woorden om te zoeken in alle notities, actiepunten en feedback op de verklaring van alle evenementen. Enter of dubbelklikken opent een notitie in haar tafel.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Search results</source>
            <translation>Zoekresultaten</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The chosen note</source>
            <translation>De gekozen notitie</translation>
        </message>
        <message>
            <location filename="../../ui/keymap.py" line="+36" />
            <source>&amp;Find</source>
            <translation>Zoe&amp;k</translation>
        </message>
        <message>
            <location line="-2" />
            <source>&amp;New event…</source>
            <translation>&amp;Nieuw evenement…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Close</source>
            <translation>&amp;Sluiten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keyboard shortcuts</source>
            <translation>Sneltoetsen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location line="-9" />
            <source>&amp;Library</source>
            <translation>&amp;Bibliotheek</translation>
        </message>
        <message>
            <location filename="../../ui/organiser/library.py" line="+40" />
            <source>Library</source>
            <translation>Bibliotheek</translation>
        </message>
        <message>
            <location line="+28" />
            <source>draft</source>
            <translation>ontwerp</translation>
        </message>
        <message>
            <location line="+0" />
            <source>running</source>
            <translation>lopend</translation>
        </message>
        <message>
            <location line="+1" />
            <source>finalised</source>
            <translation>afgerond</translation>
        </message>
        <message>
            <location line="+18" />
            <source>All events</source>
            <translation>Alle evenementen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>All tables</source>
            <translation>Alle tafels</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+3" />
            <source>Table {number}</source>
            <translation>Tafel {number}</translation>
        </message>
        <message>
            <location line="-2" />
            <source>All kinds</source>
            <translation>Alle soorten</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Action point</source>
            <translation>Actiepunt</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Declaration feedback ({stance})</source>
            <translation>Feedback op de verklaring ({stance})</translation>
        </message>
        <message>
            <location line="+94" />
            <source>{count} results, best first</source>
            <translation>{count} resultaten, beste eerst</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing found for {text!r}</source>
            <translation>Niets gevonden voor {text!r}</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Enter or double-click opens this note in its table.</source>
            <translation>Enter of dubbelklikken opent deze notitie in haar tafel.</translation>
        </message>
    </context>
    <context>
        <name>NotesModel</name>
        <message>
            <location filename="../../ui/workspace/notes_model.py" line="+78" />
            <source>Time</source>
            <extracomment>the table's participants: who a typed @name or speaker resolves to</extracomment>
            <translation>Tijd</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Type</source>
            <translation>Soort</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Speaker</source>
            <translation>Spreker</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Key</source>
            <translation>Kern</translation>
        </message>
        <message>
            <location line="+151" />
            <source>not a key message</source>
            <translation>geen kernboodschap</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Edit note</source>
            <translation>Notitie bewerken</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Change speaker</source>
            <translation>Spreker wijzigen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Change note type</source>
            <translation>Soort notitie wijzigen</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Mark key message</source>
            <translation>Als kernboodschap markeren</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unmark key message</source>
            <translation>Niet meer als kernboodschap markeren</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Delete note</source>
            <translation>Notitie verwijderen</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <location filename="../../ui/workspace/notes_view.py" line="+126" />
            <source>Filter by type</source>
            <translation>Filteren op soort</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All types</source>
            <translation>Alle soorten</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Filter by guiding question</source>
            <translation>Filteren op richtvraag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All questions</source>
            <translation>Alle vragen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No question</source>
            <translation>Geen vraag</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Q{position}: {text}</source>
            <translation>V{position}: {text}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Filter by speaker</source>
            <translation>Filteren op spreker</translation>
        </message>
        <message>
            <location line="+2" />
            <source>#tag</source>
            <translation>#tag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Filter by tag</source>
            <translation>Filteren op tag</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search notes (Ctrl+F)</source>
            <translation>Zoeken (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search the notes</source>
            <translation>De notities doorzoeken</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Notes shown</source>
            <extracomment>in a big table the list refilters once typing pauses, not on every key always says how much of the list is shown ("12 of 40 notes")</extracomment>
            <translation>Getoonde notities</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Note type</source>
            <translation>Soort notitie</translation>
        </message>
        <message>
            <location line="+47" />
            <source>All speakers</source>
            <translation>Alle sprekers</translation>
        </message>
        <message>
            <location line="+54" />
            <source>{shown} of {total} notes</source>
            <translation>{shown} van {total} notities</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{total} notes</source>
            <translation>{total} notities</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPanel</name>
        <message>
            <location filename="../../ui/organiser/participants.py" line="+51" />
            <location filename="../../ui/panels/participants.py" line="+211" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../ui/panels/participants.py" line="-65" />
            <location line="+67" />
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../ui/panels/participants.py" line="-60" />
            <location line="+65" />
            <source>Actor type</source>
            <translation>Soort actor</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+20" />
            <location filename="../../ui/panels/participants.py" line="-98" />
            <location line="+103" />
            <source>Consent</source>
            <translation>Toestemming</translation>
        </message>
        <message>
            <location line="-15" />
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tables</source>
            <translation>Tafels</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Participants</source>
            <translation>Deelnemers</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Add participant…</source>
            <translation>Deelnemer &amp;toevoegen…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Remove</source>
            <translation>&amp;Verwijderen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import CSV…</source>
            <translation>CSV &amp;importeren…</translation>
        </message>
        <message>
            <location line="+26" />
            <source>{count} participants</source>
            <translation>{count} deelnemers</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+62" />
            <location filename="../../ui/panels/participants.py" line="-36" />
            <source>A participant needs a name</source>
            <translation>Een deelnemer heeft een naam nodig</translation>
        </message>
        <message>
            <location line="-31" />
            <source>Edit participant</source>
            <translation>Deelnemer bewerken</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Give table numbers of this event, like 1, 3 (not {text!r})</source>
            <translation>Geef tafelnummers van dit evenement, zoals 1, 3 (niet {text!r})</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Assign tables</source>
            <translation>Tafels toewijzen</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+7" />
            <source>Add participant</source>
            <translation>Deelnemer toevoegen</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Name:</source>
            <translation>Naam:</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Remove participant</source>
            <translation>Deelnemer verwijderen</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+25" />
            <source>Import participants</source>
            <translation>Deelnemers importeren</translation>
        </message>
        <message>
            <location line="-25" />
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cannot import</source>
            <translation>Importeren niet mogelijk</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Imported {n} participants; rows skipped: {skipped}</source>
            <translation>{n} deelnemers geïmporteerd; rijen overgeslagen: {skipped}</translation>
        </message>
        <message>
            <location line="-195" />
            <location filename="../../ui/panels/participants.py" line="-94" />
            <source>Named</source>
            <translation>Bij naam</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../ui/panels/participants.py" line="+1" />
            <source>Organisation only</source>
            <translation>Alleen organisatie</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../ui/panels/participants.py" line="+1" />
            <source>Anonymous</source>
            <translation>Anoniem</translation>
        </message>
        <message>
            <location filename="../../ui/panels/participants.py" line="+3" />
            <source>May be quoted by name</source>
            <translation>Mag bij naam geciteerd worden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May be quoted by organisation, not by name</source>
            <translation>Mag met organisatie geciteerd worden, niet bij naam</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Never attributed</source>
            <translation>Nooit toegeschreven</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Participants at this table</source>
            <translation>Deelnemers aan deze tafel</translation>
        </message>
        <message>
            <location filename="../../ui/keymap.py" line="-94" />
            <source>Check the selected participant in or out</source>
            <translation>De geselecteerde deelnemer aan- of afmelden</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add a walk-in</source>
            <translation>Een niet-ingeschreven deelnemer toevoegen</translation>
        </message>
        <message>
            <location filename="../../ui/panels/participants.py" line="+26" />
            <source>&lt;b&gt;Participants&lt;/b&gt; &lt;span style='font-style:italic'&gt;Space check in · Ctrl+Shift+W walk-in&lt;/span&gt;</source>
            <translation>&lt;b&gt;Deelnemers&lt;/b&gt; &lt;span style='font-style:italic'&gt;Spatie aanmelden · Ctrl+Shift+W niet-ingeschreven&lt;/span&gt;</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Check in / out</source>
            <translation>Aan- / afmelden</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Walk-in: name</source>
            <translation>Niet-ingeschreven: naam</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Walk-in name</source>
            <translation>Naam niet-ingeschreven deelnemer</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Walk-in organisation</source>
            <translation>Organisatie niet-ingeschreven deelnemer</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Walk-in actor type</source>
            <translation>Soort actor niet-ingeschreven deelnemer</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Walk-in consent</source>
            <translation>Toestemming niet-ingeschreven deelnemer</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ask the person; until then, Anonymous is safest</source>
            <translation>Vraag het de persoon; tot dan is Anoniem het veiligst</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add walk-in</source>
            <translation>Niet-ingeschreven deelnemer toevoegen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the walk-in, checked in</source>
            <translation>De niet-ingeschreven deelnemer toevoegen, aangemeld</translation>
        </message>
        <message>
            <location filename="../../ui/organiser/participants.py" line="+87" />
            <location filename="../../ui/panels/participants.py" line="+39" />
            <source>Not a consent: {value}</source>
            <translation>Geen geldige toestemming: {value}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/participants.py" line="+6" />
            <source>Here</source>
            <translation>Aanwezig</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Checked in (Space)</source>
            <translation>Aangemeld (Spatie)</translation>
        </message>
        <message>
            <location line="+43" />
            <source>{here} of {total} checked in</source>
            <translation>{here} van {total} aangemeld</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Chatham House rule: nothing said at this event is attributed to anyone.</source>
            <translation>Chatham House-regel: niets wat op dit evenement gezegd wordt, wordt aan iemand toegeschreven.</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Check in {name}</source>
            <translation>{name} aanmelden</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check out {name}</source>
            <translation>{name} afmelden</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Edit {name}</source>
            <translation>{name} bewerken</translation>
        </message>
        <message>
            <location line="+39" />
            <source>A walk-in needs a name</source>
            <translation>Een niet-ingeschreven deelnemer heeft een naam nodig</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} is already at this table</source>
            <translation>{name} zit al aan deze tafel</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Add walk-in {name}</source>
            <translation>Niet-ingeschreven deelnemer {name} toevoegen</translation>
        </message>
    </context>
    <context>
        <name>PlenaryWindow</name>
        <message>
            <location filename="../../ui/plenary/window.py" line="+131" />
            <source>Plenary — {event}</source>
            <translation>Plenaire — {event}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The current plenary page</source>
            <translation>De huidige plenaire pagina</translation>
        </message>
        <message>
            <location line="+1" />
            <source>◀ Previous</source>
            <translation>◀ Vorige</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next ▶</source>
            <translation>Volgende ▶</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Language of the pages</source>
            <translation>Taal van de pagina's</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Full screen</source>
            <translation>Volledig scherm</translation>
        </message>
        <message>
            <location filename="../../ui/keymap.py" line="+83" />
            <location filename="../../ui/plenary/window.py" line="+1" />
            <source>Import results…</source>
            <translation>Resultaten importeren…</translation>
        </message>
        <message>
            <location filename="../../ui/plenary/window.py" line="+2" />
            <source>What the last import did</source>
            <translation>Wat de laatste import deed</translation>
        </message>
        <message>
            <location filename="../../ui/keymap.py" line="-12" />
            <source>Next page</source>
            <translation>Volgende pagina</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Previous page</source>
            <translation>Vorige pagina</translation>
        </message>
        <message>
            <location line="+2" />
            <source>First page</source>
            <translation>Eerste pagina</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last page</source>
            <translation>Laatste pagina</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Full screen on or off</source>
            <translation>Volledig scherm aan of uit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Leave full screen</source>
            <translation>Volledig scherm verlaten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next language</source>
            <translation>Volgende taal</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Keyboard shortcuts</source>
            <translation>Sneltoetsen</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <location filename="../../ui/plenary/window.py" line="+51" />
            <source>Previous page (Left, PageUp)</source>
            <translation>Vorige pagina (Links, PageUp)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next page (Right, PageDown)</source>
            <translation>Volgende pagina (Rechts, PageDown)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Full screen on or off (F5, F11; Esc leaves)</source>
            <translation>Volledig scherm aan of uit (F5, F11; Esc verlaat het)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import results files (Ctrl+I), or drop them on the window</source>
            <translation>Resultatenbestanden importeren (Ctrl+I), of ze op het venster neerzetten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Language of the pages (L)</source>
            <translation>Taal van de pagina's (L)</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Page {page} of {count}</source>
            <translation>Pagina {page} van {count}</translation>
        </message>
        <message>
            <location line="+76" />
            <source>Import results files</source>
            <translation>Resultatenbestanden importeren</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Results files (*.zip)</source>
            <translation>Resultatenbestanden (*.zip)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Results of table {tables} imported</source>
            <translation>Resultaten van tafel {tables} geïmporteerd</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Import failed</source>
            <translation>Importeren mislukt</translation>
        </message>
    </context>
    <context>
        <name>ProjectorWindow</name>
        <message>
            <location filename="../../ui/workspace/projector.py" line="+19" />
            <source>Roundtables: projector</source>
            <extracomment>where typed text goes while this window is in front (the note field)</extracomment>
            <translation>Roundtables: projector</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Projector view</source>
            <translation>Projectorweergave</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Current guiding question</source>
            <translation>Huidige richtvraag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time left</source>
            <translation>Resterende tijd</translation>
        </message>
    </context>
    <context>
        <name>QuestionsPanel</name>
        <message>
            <location filename="../../ui/organiser/agenda.py" line="-102" />
            <source>Guiding question</source>
            <translation>Richtvraag</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Guiding questions</source>
            <translation>Richtvragen</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Remove question</source>
            <translation>Vraag verwijderen</translation>
        </message>
        <message>
            <location line="+7" />
            <source>New question</source>
            <translation>Nieuwe vraag</translation>
        </message>
    </context>
    <context>
        <name>RapporteurWindow</name>
        <message>
            <location filename="../../ui/rapporteur/workspace.py" line="+66" />
            <source>Rapporteur — {event}</source>
            <translation>Rapporteur — {event}</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Rapporteur workspace</source>
            <translation>Werkruimte rapporteur</translation>
        </message>
        <message>
            <location filename="../../ui/keymap.py" line="-74" />
            <source>Tables</source>
            <extracomment>the pages of the workspace, in tab order (Alt+1…7)</extracomment>
            <translation>Tafels</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Raised at several tables</source>
            <translation>Aan meerdere tafels</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action points</source>
            <translation>Actiepunten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Key messages and summary</source>
            <translation>Kernboodschappen en samenvatting</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../ui/rapporteur/workspace.py" line="+111" />
            <source>Hand-over</source>
            <translation>Overdracht</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Synthesis</source>
            <translation>Synthese</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Themes for the synthesis</source>
            <translation>Thema's voor de synthese</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Keyboard shortcuts</source>
            <translation>Sneltoetsen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../ui/rapporteur/workspace.py" line="-103" />
            <source>This event is finalised: read-only. The organiser can reopen it.</source>
            <translation>Dit evenement is afgerond: alleen-lezen. De organisator kan het heropenen.</translation>
        </message>
        <message>
            <location filename="../../ui/keymap.py" line="-34" />
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Import results…</source>
            <translation>Resultaten &amp;importeren…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import results files from the tables</source>
            <translation>Resultatenbestanden van de tafels importeren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Generate synthesis…</source>
            <translation>Synthese &amp;maken…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write the Word synthesis and open it</source>
            <translation>De Word-synthese aanmaken en openen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Close</source>
            <translation>&amp;Sluiten</translation>
        </message>
        <message>
            <location line="-20" />
            <source>&amp;Edit</source>
            <translation>B&amp;ewerken</translation>
        </message>
        <message>
            <location line="+22" />
            <source>&amp;Undo</source>
            <translation>&amp;Ongedaan maken</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Redo</source>
            <translation>Op&amp;nieuw</translation>
        </message>
        <message>
            <location line="-23" />
            <source>&amp;View</source>
            <translation>Beel&amp;d</translation>
        </message>
        <message>
            <location line="+27" />
            <source>&amp;Plenary view</source>
            <translation>&amp;Plenaire weergave</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show the report-back full screen, on the second screen when there is one</source>
            <translation>De terugkoppeling op volledig scherm tonen, op het tweede scherm als er een is</translation>
        </message>
        <message>
            <location filename="../../ui/rapporteur/workspace.py" line="+101" />
            <source>Hand-over — conflicts: {count}</source>
            <translation>Overdracht — conflicten: {count}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{tables} tables, {notes} notes, {points} action points</source>
            <translation>{tables} tafels, {notes} notities, {points} actiepunten</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Import results files</source>
            <translation>Resultatenbestanden importeren</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Results files (*.zip)</source>
            <translation>Resultatenbestanden (*.zip)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Import failed</source>
            <translation>Importeren mislukt</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Select a note first</source>
            <translation>Selecteer eerst een notitie</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Star key message</source>
            <translation>Als kernboodschap markeren</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unstar key message</source>
            <translation>Ster van kernboodschap weghalen</translation>
        </message>
    </context>
    <context>
        <name>SeveralTablesPanel</name>
        <message>
            <location filename="../../ui/rapporteur/notes_views.py" line="+125" />
            <source>Themes raised at several tables</source>
            <translation>Thema's besproken aan meerdere tafels</translation>
        </message>
        <message>
            <location line="+38" />
            <source>{theme}: raised at tables {tables}</source>
            <translation>{theme}: besproken aan tafels {tables}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{count} themes were raised at two or more tables.</source>
            <translation>{count} thema's werden aan twee of meer tafels besproken.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No theme was raised at more than one table yet.</source>
            <translation>Nog geen enkel thema werd aan meer dan één tafel besproken.</translation>
        </message>
        <message>
            <location filename="../../../build/i18n_extra.py" line="+1" />
            <source>{first} and {last}</source>
            <translation>{first} en {last}</translation>
        </message>
    </context>
    <context>
        <name>SpeakerDelegate</name>
        <message>
            <location filename="../../ui/workspace/notes_view.py" line="-175" />
            <source>Speaker</source>
            <extracomment>A list this long refilters on every key (about a frame's work); a longer one refilters when typing pauses for TYPING_PAUSE_MS.</extracomment>
            <translation>Spreker</translation>
        </message>
    </context>
    <context>
        <name>StartWindow</name>
        <message>
            <location filename="../../ui/start_window.py" line="+65" />
            <source>Roundtables</source>
            <translation>Roundtables</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Event / table</source>
            <translation>Evenement / tafel</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status / room</source>
            <translation>Status / zaal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Events and their tables</source>
            <translation>Evenementen en hun tafels</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Select a table and press Enter to open it. Before the discussion, show how words will be used with Consent notice (Ctrl+Shift+I). F1 lists every shortcut.</source>
            <translation>Selecteer een tafel en druk op Enter om ze te openen. Toon vóór het gesprek met Toestemmingsverklaring (Ctrl+Shift+I) hoe uitspraken gebruikt worden. F1 toont alle sneltoetsen.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose your round table</source>
            <translation>Kies uw rondetafel</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Table {number}: {theme}</source>
            <translation>Tafel {number}: {theme}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>draft</source>
            <translation>ontwerp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>running</source>
            <translation>lopend</translation>
        </message>
        <message>
            <location line="+1" />
            <source>finalised (read-only)</source>
            <translation>afgerond (alleen-lezen)</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Open table</source>
            <translation>Tafel openen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Select a table first</source>
            <translation>Selecteer eerst een tafel</translation>
        </message>
        <message>
            <location line="+45" />
            <location line="+8" />
            <source>Import table kit or results</source>
            <translation>Tafelkit of resultaten importeren</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Roundtables files (*.zip);;All files (*)</source>
            <translation>Roundtables-bestanden (*.zip);;Alle bestanden (*)</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Consent notice</source>
            <translation>Toestemmingsverklaring</translation>
        </message>
        <message>
            <location line="+11" />
            <source>New event</source>
            <translation>Nieuw evenement</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+2" />
            <source>Edit event</source>
            <translation>Evenement bewerken</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Library and search</source>
            <translation>Bibliotheek en zoeken</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+2" />
            <source>Rapporteur workspace</source>
            <translation>Werkruimte rapporteur</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Select an event first</source>
            <translation>Selecteer eerst een evenement</translation>
        </message>
        <message>
            <location filename="../../ui/keymap.py" line="-186" />
            <source>Open the selected table</source>
            <translation>De geselecteerde tafel openen</translation>
        </message>
        <message>
            <location line="-3" />
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import table kit or results…</source>
            <translation>Tafelkit of resultaten importeren…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Consent notice…</source>
            <translation>Toestemmingsverklaring…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Quit</source>
            <translation>Afsluiten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New event…</source>
            <translation>Nieuw evenement…</translation>
        </message>
        <message>
            <location line="-10" />
            <source>&amp;Organiser</source>
            <translation>&amp;Organisator</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Edit event…</source>
            <translation>Evenement bewerken…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Library and search…</source>
            <translation>Bibliotheek en zoeken…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rapporteur workspace…</source>
            <translation>Werkruimte rapporteur…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Rapporteur</source>
            <translation>&amp;Rapporteur</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Keyboard shortcuts</source>
            <translation>Sneltoetsen</translation>
        </message>
    </context>
    <context>
        <name>SummaryPane</name>
        <message>
            <location filename="../../ui/rapporteur/summary_editor.py" line="+13" />
            <source>&amp;Draft again…</source>
            <translation>&amp;Opnieuw opstellen…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Replace the summary with a fresh draft from the tables' results</source>
            <translation>De samenvatting vervangen door een nieuw ontwerp op basis van de resultaten van de tafels</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Executive summary (saved as you type)</source>
            <translation>&amp;Samenvatting (bewaard terwijl u typt)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A line ending with a colon before bullets is bold; lines starting with “- ” are bullets.</source>
            <translation>Een regel die op een dubbele punt eindigt vóór opsommingstekens wordt vet; regels die met „- ” beginnen zijn opsommingstekens.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Edited by you: kept as you wrote it, whatever is imported next.</source>
            <translation>Door u bewerkt: blijft zoals u het schreef, wat er ook nog wordt geïmporteerd.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Drafted by the app from the tables' results; edit it freely.</source>
            <translation>Door de app opgesteld op basis van de resultaten van de tafels; pas het gerust aan.</translation>
        </message>
    </context>
    <context>
        <name>TableWorkspace</name>
        <message>
            <location filename="../../ui/workspace/window.py" line="+97" />
            <source>This event is finalised: read-only. The organiser can reopen it.</source>
            <extracomment>side panels: key in self.panels, class, shortcut to its tab</extracomment>
            <translation>Dit evenement is afgerond: alleen-lezen. De organisator kan het heropenen.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Current guiding question</source>
            <translation>Huidige richtvraag</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Choose the guiding question</source>
            <translation>Kies de richtvraag</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No guiding question</source>
            <translation>Geen richtvraag</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Question {n}</source>
            <translation>Vraag {n}</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Notes and panels</source>
            <translation>Notities en panelen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes (Alt+N)</source>
            <translation>Notities (Alt+N)</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Everything is saved as you type</source>
            <translation>Alles wordt bewaard terwijl u typt</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Action points</source>
            <translation>Actiepunten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Declaration</source>
            <translation>Verklaring</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participants</source>
            <translation>Deelnemers</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Photos</source>
            <translation>Foto's</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{title} ({key})</source>
            <translation>{title} ({key})</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The draft is not saved</source>
            <translation>Het concept is niet bewaard</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The draft is not saved: {reason}</source>
            <translation>Het concept is niet bewaard: {reason}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Type a note first</source>
            <translation>Typ eerst een notitie</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Add note</source>
            <translation>Notitie toevoegen</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Filters cleared to show the note just saved</source>
            <translation>Filters gewist om de zonet bewaarde notitie te tonen</translation>
        </message>
        <message>
            <location line="+32" />
            <source>No guiding question selected (Ctrl+G)</source>
            <translation>Geen richtvraag gekozen (Ctrl+G)</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+60" />
            <source>Q{n}: {text}</source>
            <translation>V{n}: {text}</translation>
        </message>
        <message>
            <location line="-33" />
            <source>Next segment</source>
            <translation>Volgend deel</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Previous segment</source>
            <translation>Vorig deel</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+52" />
            <source>Table {n}: {theme}</source>
            <translation>Tafel {n}: {theme}</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Saved {time}</source>
            <translation>Bewaard {time}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>{table} — {event}</source>
            <translation>{table} — {event}</translation>
        </message>
        <message>
            <location filename="../../ui/workspace/list_commands.py" line="+48" />
            <source>Select a note in the list first</source>
            <translation>Kies eerst een notitie in de lijst</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Link note to question</source>
            <translation>Notitie aan vraag koppelen</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Change note type</source>
            <translation>Soort notitie wijzigen</translation>
        </message>
    </context>
    <context>
        <name>TablesPanel</name>
        <message>
            <location filename="../../ui/organiser/tables.py" line="+49" />
            <source>Round tables</source>
            <translation>Rondetafels</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add &amp;table</source>
            <translation>&amp;Tafel toevoegen</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+173" />
            <source>Remove table</source>
            <translation>Tafel verwijderen</translation>
        </message>
        <message>
            <location line="-158" />
            <source>T&amp;heme</source>
            <translation>T&amp;hema</translation>
        </message>
        <message>
            <location line="+1" />
            <source>R&amp;oom</source>
            <translation>&amp;Zaal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Facilitator</source>
            <translation>&amp;Gespreksleider</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ra&amp;pporteur</source>
            <translation>Ra&amp;pporteur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keynote speaker</source>
            <translation>&amp;Inleider</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keynote t&amp;itle</source>
            <translation>Titel van de &amp;lezing</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keynote s&amp;ummary</source>
            <translation>Samenvatting van de l&amp;ezing</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Number</source>
            <translation>&amp;Nummer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Table number</source>
            <translation>Tafelnummer</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Table details</source>
            <translation>Gegevens van de tafel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Guiding questions</source>
            <translation>Richtvragen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location line="+37" />
            <source>(no theme yet)</source>
            <translation>(nog geen thema)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Table {number}: {theme}</source>
            <translation>Tafel {number}: {theme}</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Edit table {number}</source>
            <translation>Tafel {number} bewerken</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Table number {number} is already used in this event</source>
            <translation>Tafelnummer {number} wordt al gebruikt in dit evenement</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Renumber table</source>
            <translation>Tafel hernummeren</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add table {number}</source>
            <translation>Tafel {number} toevoegen</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Remove table {number} ({theme}) with its questions and agenda?</source>
            <translation>Tafel {number} ({theme}) met haar vragen en agenda verwijderen?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Its {count} notes will no longer be shown.</source>
            <translation>Haar {count} notities worden niet langer getoond.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Remove table {n}</source>
            <translation>Tafel {n} verwijderen</translation>
        </message>
        <message>
            <location filename="../../ui/rapporteur/notes_views.py" line="-170" />
            <source>By &amp;table</source>
            <translation>Per &amp;tafel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By t&amp;heme</source>
            <translation>Per t&amp;hema</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All tables side by side (Ctrl+1)</source>
            <translation>Alle tafels naast elkaar (Ctrl+1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes grouped by tag (Ctrl+2)</source>
            <translation>Notities gegroepeerd per tag (Ctrl+2)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Star / unstar as &amp;key message</source>
            <translation>Als &amp;kernboodschap (de)markeren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Toggle the selected note as a key message (Ctrl+K)</source>
            <translation>De geselecteerde notitie als kernboodschap aan- of uitzetten (Ctrl+K)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Notes by theme</source>
            <translation>Notities per thema</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Show:</source>
            <translation>Tonen:</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Notes of table {number}</source>
            <translation>Notities van tafel {number}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Table {number}: {theme} ({count} notes)</source>
            <translation>Tafel {number}: {theme} ({count} notities)</translation>
        </message>
        <message>
            <location filename="../../../build/i18n_extra.py" line="+1" />
            <source>Notes on the keynote</source>
            <translation>Notities bij de inleiding</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not linked to a question</source>
            <translation>Niet aan een vraag gekoppeld</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open questions</source>
            <translation>Open vragen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>table {numbers}</source>
            <translation>tafel {numbers}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>tables {numbers}</source>
            <translation>tafels {numbers}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>#{tag} ({count} notes, {where})</source>
            <translation>#{tag} ({count} notities, {where})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Without a tag ({count} notes, {where})</source>
            <translation>Zonder tag ({count} notities, {where})</translation>
        </message>
        <message>
            <location filename="../../ui/keymap.py" line="+178" />
            <source>All tables side by side</source>
            <translation>Alle tafels naast elkaar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notes grouped by tag</source>
            <translation>Notities gegroepeerd per tag</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Toggle the selected note as a key message</source>
            <translation>De geselecteerde notitie als kernboodschap aan- of uitzetten</translation>
        </message>
    </context>
    <context>
        <name>TemplateChooser</name>
        <message>
            <location filename="../../ui/organiser/chooser.py" line="+33" />
            <source>&lt;h2&gt;New event&lt;/h2&gt;Start from a template:</source>
            <translation>&lt;h2&gt;Nieuw evenement&lt;/h2&gt;Vertrek van een sjabloon:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Templates</source>
            <translation>Sjablonen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Use &amp;my own template file…</source>
            <translation>&amp;Mijn eigen sjabloonbestand gebruiken…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>YYYY-MM-DD</source>
            <translation>JJJJ-MM-DD</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Create event</source>
            <translation>Evenement &amp;aanmaken</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Choose a template file</source>
            <translation>Kies een sjabloonbestand</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Templates (*.json)</source>
            <translation>Sjablonen (*.json)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot use this template</source>
            <translation>Dit sjabloon kan niet worden gebruikt</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The title cannot be empty</source>
            <translation>De titel mag niet leeg zijn</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cannot create the event</source>
            <translation>Het evenement kan niet worden aangemaakt</translation>
        </message>
    </context>
    <context>
        <name>ThemesPanel</name>
        <message>
            <location filename="../../ui/rapporteur/themes.py" line="+59" />
            <source>Themes the app proposes</source>
            <translation>Thema's die de app voorstelt</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Keep this theme →</source>
            <translation>Dit thema &amp;behouden →</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the proposed theme to your themes (Enter)</source>
            <translation>Het voorgestelde thema aan uw thema's toevoegen (Enter)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your themes, in the order of the synthesis</source>
            <translation>Uw thema's, in de volgorde van de synthese</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Merge selected</source>
            <translation>Selectie samen&amp;voegen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One theme from the selected ones: the first title, every note</source>
            <translation>Eén thema uit de geselecteerde: de eerste titel, alle notities</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Earlier ↑</source>
            <translation>Eerder ↑</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move the theme earlier in the synthesis (Alt+Up)</source>
            <translation>Het thema eerder in de synthese zetten (Alt+Omhoog)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Later ↓</source>
            <translation>Later ↓</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move the theme later in the synthesis (Alt+Down)</source>
            <translation>Het thema later in de synthese zetten (Alt+Omlaag)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Remove</source>
            <translation>&amp;Verwijderen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drop the selected theme from the synthesis</source>
            <translation>Het geselecteerde thema uit de synthese halen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Title of the theme</source>
            <translation>Titel van het thema</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What the tables said on this theme</source>
            <translation>Wat de tafels over dit thema zeiden</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Two to four sentences on what the tables said about this theme</source>
            <translation>Twee tot vier zinnen over wat de tafels over dit thema zeiden</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Save theme</source>
            <translation>Thema &amp;bewaren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the title and sentences (Ctrl+Return)</source>
            <translation>De titel en de zinnen bewaren (Ctrl+Return)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Notes of the selected theme</source>
            <translation>Notities van het geselecteerde thema</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Proposed from tags and wording across tables</source>
            <translation>&amp;Voorgesteld op basis van tags en formuleringen over de tafels heen</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Your themes</source>
            <translation>&amp;Uw thema's</translation>
        </message>
        <message>
            <location line="+16" />
            <source>&amp;Title (press Enter to rename)</source>
            <translation>&amp;Titel (druk op Enter om te hernoemen)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>S&amp;entences for the synthesis</source>
            <translation>&amp;Zinnen voor de synthese</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Notes on this theme (the chapters quote them in full)</source>
            <translation>&amp;Notities over dit thema (de hoofdstukken geven ze volledig weer)</translation>
        </message>
        <message>
            <location line="+40" />
            <source>{label}  (tables {tables}, {count} notes)</source>
            <translation>{label}  (tafels {tables}, {count} notities)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>{title}  (tables {tables}, {count} notes)</source>
            <translation>{title}  (tafels {tables}, {count} notities)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The synthesis shows these themes, in this order.</source>
            <translation>De synthese toont deze thema's, in deze volgorde.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>None yet: the synthesis shows the proposed themes, each with a generated line.</source>
            <translation>Nog geen: de synthese toont de voorgestelde thema's, elk met een gegenereerde regel.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Table {number}: {text}</source>
            <translation>Tafel {number}: {text}</translation>
        </message>
        <message>
            <location line="+58" />
            <source>Theme not kept</source>
            <translation>Thema niet behouden</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Themes not merged</source>
            <translation>Thema's niet samengevoegd</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Theme not renamed</source>
            <translation>Thema niet hernoemd</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Theme not saved</source>
            <translation>Thema niet bewaard</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Theme not moved</source>
            <translation>Thema niet verplaatst</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Theme not removed</source>
            <translation>Thema niet verwijderd</translation>
        </message>
        <message>
            <location filename="../../ui/keymap.py" line="+14" />
            <source>Save the title and sentences</source>
            <translation>De titel en de zinnen bewaren</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceKeys</name>
        <message>
            <location line="-184" />
            <source>Consent notice…</source>
            <translation>Toestemmingsverklaring…</translation>
        </message>
        <message>
            <location line="-6" />
            <source>&amp;Table</source>
            <translation>&amp;Tafel</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Hand in results…</source>
            <translation>Resultaten inleveren…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close the table</source>
            <translation>De tafel sluiten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the note</source>
            <translation>De notitie bewaren</translation>
        </message>
        <message>
            <location line="-11" />
            <source>&amp;Edit</source>
            <translation>B&amp;ewerken</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Go to the note field</source>
            <translation>Naar het notitieveld gaan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Undo</source>
            <translation>Ongedaan maken</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Redo</source>
            <translation>Opnieuw</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Star the selected note as a key message</source>
            <translation>De geselecteerde notitie als kernboodschap markeren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Go to the notes list</source>
            <translation>Naar de lijst met notities</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit the selected note (markers, @ and # as typed)</source>
            <translation>De gekozen notitie bewerken (markeringen, @ en # zoals getypt)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change the selected note's speaker</source>
            <translation>De spreker van de gekozen notitie wijzigen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Link the selected note to the current question</source>
            <translation>De gekozen notitie aan de huidige vraag koppelen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete the selected note</source>
            <translation>De geselecteerde notitie verwijderen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search the notes</source>
            <translation>De notities doorzoeken</translation>
        </message>
        <message>
            <location line="-34" />
            <source>&amp;View</source>
            <translation>Beel&amp;d</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Start or pause the timer</source>
            <translation>De timer starten of pauzeren</translation>
        </message>
        <message>
            <location line="-35" />
            <source>A&amp;genda</source>
            <translation>A&amp;genda</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Next agenda segment</source>
            <translation>Volgend agendaonderdeel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Previous agenda segment</source>
            <translation>Vorig deel van de agenda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next guiding question</source>
            <translation>Volgende richtvraag</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Previous guiding question</source>
            <translation>Vorige richtvraag</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Projector mode</source>
            <translation>Projectormodus</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Projector full screen</source>
            <translation>Projector op volledig scherm</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Keyboard shortcuts</source>
            <translation>Sneltoetsen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show the notes</source>
            <translation>De notities tonen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show {panel}</source>
            <translation>{panel} tonen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note type: {label}</source>
            <translation>Soort notitie: {label}</translation>
        </message>
    </context>
    <context>
        <name>_OrderedPanel</name>
        <message>
            <location filename="../../ui/organiser/agenda.py" line="-135" />
            <source>&amp;Add</source>
            <translation>&amp;Toevoegen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Remove</source>
            <translation>&amp;Verwijderen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move &amp;up (Alt+Up)</source>
            <translation>Naar &amp;boven (Alt+Up)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move do&amp;wn (Alt+Down)</source>
            <translation>Naar &amp;onder (Alt+Down)</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Reorder</source>
            <translation>Herschikken</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Edit {field}</source>
            <translation>{field} bewerken</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This cannot be empty</source>
            <translation>Dit mag niet leeg zijn</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
    </context>
    <context>
        <name>accessibility</name>
        <message>
            <location filename="../../ui/accessibility.py" line="+49" />
            <source>Choices</source>
            <translation>Keuzes</translation>
        </message>
    </context>
</TS>
