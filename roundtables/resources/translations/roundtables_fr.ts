<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>ActionPointsPanel</name>
        <message>
            <location filename="../../ui/panels/action_points.py" line="+54" />
            <source>High</source>
            <translation>Haute</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medium</source>
            <translation>Moyenne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Low</source>
            <translation>Basse</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open</source>
            <translation>Ouvert</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dropped</source>
            <translation>Abandonné</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Action points</source>
            <translation>Points d'action</translation>
        </message>
        <message>
            <location line="+27" />
            <location line="+94" />
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <location line="-91" />
            <location line="+98" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="-95" />
            <location line="+82" />
            <location filename="../../ui/rapporteur/action_points.py" line="+53" />
            <source>Deadline</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <location line="-82" />
            <source>31/03/2027 · F4 calendar</source>
            <translation>31/03/2027 · F4 calendrier</translation>
        </message>
        <message>
            <location filename="../../ui/keymap.py" line="+152" />
            <source>Add an action point</source>
            <translation>Ajouter un point d'action</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete the selected action point</source>
            <translation>Supprimer le point d'action sélectionné</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One vote more</source>
            <translation>Une voix de plus</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One vote less</source>
            <translation>Une voix de moins</translation>
        </message>
        <message>
            <location line="+81" />
            <source>Merge the selected action points</source>
            <translation>Fusionner les points d'action sélectionnés</translation>
        </message>
        <message>
            <location filename="../../ui/panels/action_points.py" line="+27" />
            <source>&lt;b&gt;Action points&lt;/b&gt; — who does what, by when. &lt;span style='font-style:italic'&gt;Ctrl+Shift+A add · F2 edit · + / − vote · Del delete&lt;/span&gt;</source>
            <extracomment>why a typed value was not taken, said in place (no dialog, the keyboard stays)</extracomment>
            <translation>&lt;b&gt;Points d'action&lt;/b&gt; — qui fait quoi, pour quand. &lt;span style='font-style:italic'&gt;Ctrl+Shift+A ajouter · F2 modifier · + / − voter · Del supprimer&lt;/span&gt;</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vote +</source>
            <translation>Vote +</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vote −</source>
            <translation>Vote −</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location line="+25" />
            <source>An action point needs an action</source>
            <translation>Un point d'action doit contenir une action</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../../ui/rapporteur/action_points.py" line="-3" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location line="-68" />
            <location line="+73" />
            <location filename="../../ui/rapporteur/action_points.py" line="+1" />
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../ui/rapporteur/action_points.py" line="+1" />
            <source>Institution</source>
            <translation>Institution</translation>
        </message>
        <message>
            <location line="+6" />
            <source>31/03/2027, 31-3-2027 or 2027-03-31 (F4: calendar)</source>
            <translation>31/03/2027, 31-3-2027 ou 2027-03-31 (F4 : calendrier)</translation>
        </message>
        <message>
            <location line="+8" />
            <location filename="../../ui/rapporteur/action_points.py" line="+2" />
            <source>Votes</source>
            <translation>Votes</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Not taken: {reason}</source>
            <translation>Non retenu : {reason}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not a priority: {value}</source>
            <translation>Priorité non valable : {value}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not a status: {value}</source>
            <translation>Statut non valable : {value}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Votes must be a whole number, 0 or more: {value}</source>
            <translation>Les votes doivent être un nombre entier, 0 ou plus : {value}</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Edit action point</source>
            <translation>Modifier le point d'action</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Add action point</source>
            <translation>Ajouter un point d'action</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Delete action point</source>
            <translation>Supprimer le point d'action</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Vote</source>
            <translation>Voter</translation>
        </message>
        <message>
            <location filename="../../ui/rapporteur/action_points.py" line="-5" />
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Action points of every table</source>
            <translation>Points d'action de toutes les tables</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Suggested duplicate action points</source>
            <translation>Points d'action en double suggérés</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Wording of the merged action point</source>
            <translation>Formulation du point d'action fusionné</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Select two or more action points to merge</source>
            <translation>Sélectionnez au moins deux points d'action à fusionner</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Merge selected</source>
            <translation>&amp;Fusionner la sélection</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Merge the selected action points (Ctrl+M)</source>
            <translation>Fusionner les points d'action sélectionnés (Ctrl+M)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Suggested duplicates</source>
            <translation>Doublons suggérés</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Merged wording (votes are summed, earliest deadline)</source>
            <translation>Formulation fusionnée (votes additionnés, échéance la plus proche)</translation>
        </message>
        <message>
            <location line="+30" />
            <source>{count} similar (tables {tables}): {action}</source>
            <translation>{count} similaires (tables {tables}) : {action}</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Merge action points</source>
            <translation>Fusionner des points d'action</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Cannot merge</source>
            <translation>Fusion impossible</translation>
        </message>
    </context>
    <context>
        <name>AgendaPanel</name>
        <message>
            <location filename="../../ui/organiser/agenda.py" line="+189" />
            <location filename="../../ui/workspace/agenda.py" line="+100" />
            <source>Segment</source>
            <translation>Étape</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../ui/workspace/agenda.py" line="-1" />
            <source>Agenda segments</source>
            <translation>Étapes de l'ordre du jour</translation>
        </message>
        <message>
            <location line="+7" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Time slot for the round table</source>
            <translation>Créneau de la table ronde</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Slot:</source>
            <translation>Créneau :</translation>
        </message>
        <message>
            <location line="+14" />
            <source>New segment</source>
            <translation>Nouvelle étape</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Minutes must be a whole number, not {value!r}</source>
            <translation>Les minutes doivent être un nombre entier, pas {value!r}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Minutes must be between 1 and 1440</source>
            <translation>Les minutes doivent être comprises entre 1 et 1440</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Planned: {total} of {slot} minutes</source>
            <translation>Prévu : {total} sur {slot} minutes</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The agenda takes {total} minutes: {over} more than the {slot}-minute slot</source>
            <translation>L'ordre du jour dure {total} minutes : {over} de plus que le créneau de {slot} minutes</translation>
        </message>
        <message>
            <location filename="../../ui/workspace/agenda.py" line="-34" />
            <source>Time left in this segment</source>
            <translation>Temps restant pour cette étape</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+68" />
            <location line="+3" />
            <source>Start</source>
            <translation>Démarrer</translation>
        </message>
        <message>
            <location line="-70" />
            <source>Start or pause the timer</source>
            <translation>Démarrer ou mettre en pause le minuteur</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next segment</source>
            <translation>Étape suivante</translation>
        </message>
        <message>
            <location line="+1" />
            <source>End this segment and start the next</source>
            <translation>Terminer cette étape et passer à la suivante</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Min</source>
            <translation>Min</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Actual</source>
            <translation>Réel</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The agenda is done</source>
            <translation>L'ordre du jour est terminé</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{position}. {title} ({minutes} min)</source>
            <translation>{position}. {title} ({minutes} min)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>{minutes} min left</source>
            <translation>encore {minutes} min</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Over time</source>
            <translation>Temps dépassé</translation>
        </message>
    </context>
    <context>
        <name>ArticleEditor</name>
        <message>
            <location filename="../../ui/panels/declaration.py" line="+49" />
            <source>&lt;b&gt;Article {number}&lt;/b&gt; {title}</source>
            <translation>&lt;b&gt;Article {number}&lt;/b&gt; {title}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Text of article {number}</source>
            <translation>Texte de l'article {number}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Support</source>
            <translation>Soutenir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amend</source>
            <translation>Amender</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reject</source>
            <translation>Rejeter</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Stance:</source>
            <translation>Position :</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{stance} article {number}</source>
            <translation>Article {number} : {stance}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Proposed wording for article {number}</source>
            <translation>Formulation proposée pour l'article {number}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rationale for article {number}</source>
            <translation>Justification de l'article {number}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Proposed wording:</source>
            <translation>Formulation proposée :</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Rationale:</source>
            <translation>Justification :</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Choose a stance first</source>
            <translation>Choisissez d'abord une position</translation>
        </message>
    </context>
    <context>
        <name>ArticlesPanel</name>
        <message>
            <location filename="../../ui/organiser/articles.py" line="+26" />
            <source>Article</source>
            <translation>Article</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Declaration articles</source>
            <translation>Articles de la déclaration</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Add article</source>
            <translation>&amp;Ajouter un article</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Remove article</source>
            <translation>&amp;Retirer l'article</translation>
        </message>
        <message>
            <location line="+34" />
            <source>An article number is a whole number, not {value!r}</source>
            <translation>Un numéro d'article est un nombre entier, pas {value!r}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>There is already an article {number}</source>
            <translation>Il existe déjà un article {number}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>An article needs a text</source>
            <translation>Un article doit contenir un texte</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Edit article {n}</source>
            <translation>Modifier l'article {n}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>New article</source>
            <translation>Nouvel article</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add article {n}</source>
            <translation>Ajouter l'article {n}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Remove article</source>
            <translation>Retirer l'article</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsPanel</name>
        <message>
            <location filename="../../ui/panels/attachments.py" line="+121" />
            <location line="+48" />
            <source>Caption</source>
            <extracomment>Largest file accepted: a phone photo is 3–8 MB; a results file must stay portable.</extracomment>
            <translation>Légende</translation>
        </message>
        <message>
            <location line="-33" />
            <source>Attachments</source>
            <translation>Pièces jointes</translation>
        </message>
        <message>
            <location filename="../../ui/keymap.py" line="-77" />
            <location filename="../../ui/panels/attachments.py" line="+85" />
            <source>Attach photos or files</source>
            <translation>Joindre des photos ou des fichiers</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit the caption</source>
            <translation>Modifier la légende</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete the selected attachment</source>
            <translation>Supprimer la pièce jointe sélectionnée</translation>
        </message>
        <message>
            <location filename="../../ui/panels/attachments.py" line="-64" />
            <source>Drop photos of flip-charts here, or press Ctrl+Shift+P.</source>
            <translation>Déposez ici les photos des tableaux de conférence, ou appuyez sur Ctrl+Shift+P.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&lt;b&gt;Attachments&lt;/b&gt; — flip-charts and handouts. &lt;span style='font-style:italic'&gt;Ctrl+Shift+P attach · drop files here · F2 caption · Del delete&lt;/span&gt;</source>
            <translation>&lt;b&gt;Pièces jointes&lt;/b&gt; — tableaux de conférence et documents. &lt;span style='font-style:italic'&gt;Ctrl+Shift+P joindre · déposer des fichiers ici · F2 légende · Del supprimer&lt;/span&gt;</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Attach…</source>
            <translation>Joindre…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location line="+21" />
            <source>{name} — {type}</source>
            <translation>{name} — {type}</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff);;All files (*)</source>
            <translation>Images (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Already attached</source>
            <translation>Déjà joint</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Already attached, not added again: {names}</source>
            <translation>Déjà joints, pas ajoutés une seconde fois : {names}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Attach {count} file(s)</source>
            <translation>Joindre {count} fichier(s)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Only files on this computer can be attached: {url}</source>
            <translation>Seuls les fichiers de cet ordinateur peuvent être joints : {url}</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Caption of {name}</source>
            <translation>Légende de {name}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Delete {name}</source>
            <translation>Supprimer {name}</translation>
        </message>
        <message>
            <location filename="../../../build/i18n_extra.py" line="+4" />
            <source>Cannot read {path}: no such file</source>
            <translation>Impossible de lire {path} : fichier introuvable</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cannot attach {path}: not a file</source>
            <translation>Impossible de joindre {path} : ce n'est pas un fichier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} is {size:.1f} MB; attachments are limited to {limit} MB</source>
            <translation>{name} fait {size:.1f} Mo ; les pièces jointes sont limitées à {limit} Mo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cannot read {path}: {reason}</source>
            <translation>Impossible de lire {path} : {reason}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} is larger than {limit} MB</source>
            <translation>{name} dépasse {limit} Mo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} is empty</source>
            <translation>{name} est vide</translation>
        </message>
    </context>
    <context>
        <name>CaptureBox</name>
        <message>
            <location filename="../../ui/workspace/capture.py" line="+213" />
            <source>Note type</source>
            <extracomment>the longest a typed word waits before it is in the database (the promise is a second) Ctrl+Enter pressed while the completion list had the keyboard</extracomment>
            <translation>Type de note</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{label} (Alt+{digit})</source>
            <translation>{label} (Alt+{digit})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type a note. b: barrier, e: enabler… @speaker #tag. Ctrl+Enter saves.</source>
            <translation>Tapez une note. b : frein, e : levier… @intervenant #tag. Ctrl+Enter enregistre.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Ctrl+Enter save · Alt+1…9 type · @ speaker · # tag · F1 all keys</source>
            <translation>Ctrl+Enter enregistre · Alt+1…9 type · @ intervenant · # tag · F1 aide</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+1" />
            <source>Save note</source>
            <translation>Enregistrer la note</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the note (Ctrl+Enter)</source>
            <translation>Enregistrer la note (Ctrl+Entrée)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type:</source>
            <translation>Type :</translation>
        </message>
    </context>
    <context>
        <name>ConsentNotice</name>
        <message>
            <location filename="../../ui/workspace/consent.py" line="+25" />
            <location line="+2" />
            <source>How your words will be used</source>
            <translation>Comment vos propos seront utilisés</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Consent notice</source>
            <translation>Avis de consentement</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Consent notice text</source>
            <translation>Texte de l'avis de consentement</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Close (Esc)</source>
            <translation>Fermer (Esc)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close the consent notice</source>
            <translation>Fermer l'avis de consentement</translation>
        </message>
        <message>
            <location line="+7" />
            <source>F11: full screen</source>
            <translation>F11 : plein écran</translation>
        </message>
        <message>
            <location line="+16" />
            <source>This round table follows the Chatham House Rule. What you say will be written down and used in the report of “{event}”, but nothing will be attributed to anyone: not by name and not by organisation.</source>
            <translation>Cette table ronde suit la règle de Chatham House. Vos propos seront notés et utilisés dans le rapport de « {event} », mais rien ne sera attribué à personne : ni par nom, ni par organisation.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>What you say will be written down and used in the report of “{event}”. Each of you chose at registration how you may be quoted: by name, by your organisation only, or anonymously. The report follows your choice. Tell the facilitator now if you want to change it.</source>
            <translation>Vos propos seront notés et utilisés dans le rapport de « {event} ». Lors de l'inscription, chacun a choisi comment il peut être cité : par son nom, par son organisation uniquement, ou anonymement. Le rapport respecte ce choix. Dites-le maintenant à l'animateur si vous souhaitez le modifier.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>You may ask at any time for a statement to be left out.</source>
            <translation>Vous pouvez à tout moment demander qu'un propos soit retiré.</translation>
        </message>
        <message>
            <location filename="../../ui/keymap.py" line="-26" />
            <source>Full screen on or off</source>
            <translation>Plein écran activé ou désactivé</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
    </context>
    <context>
        <name>CsvImportDialog</name>
        <message>
            <location filename="../../ui/organiser/csv_import.py" line="+63" />
            <source>Import participants from {name}</source>
            <translation>Importer les participants depuis {name}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>comma</source>
            <translation>virgule</translation>
        </message>
        <message>
            <location line="+0" />
            <source>semicolon</source>
            <translation>point-virgule</translation>
        </message>
        <message>
            <location line="+0" />
            <source>tab</source>
            <translation>tabulation</translation>
        </message>
        <message>
            <location line="+2" />
            <source>UTF-8 with BOM</source>
            <translation>UTF-8 avec BOM</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Windows-1252 (cp1252)</source>
            <translation>Windows-1252 (cp1252)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{rows} rows, {encoding}, separated by {separator}</source>
            <translation>{rows} lignes, {encoding}, séparées par {separator}</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+46" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="-45" />
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last name</source>
            <translation>Nom de famille</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+44" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location line="-43" />
            <location line="+44" />
            <source>Actor type</source>
            <translation>Type d'acteur</translation>
        </message>
        <message>
            <location line="-43" />
            <location line="+44" />
            <source>Consent</source>
            <translation>Consentement</translation>
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
            <translation>Table (facultatif)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Which column holds what</source>
            <translation>Quelle colonne contient quoi</translation>
        </message>
        <message>
            <location line="+4" />
            <source>(not in the file)</source>
            <translation>(absent du fichier)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>column {n}</source>
            <translation>colonne {n}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Named</source>
            <translation>Nommément</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation only</source>
            <translation>Organisation uniquement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymous</source>
            <translation>Anonyme</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>Consent when the cell is empty</source>
            <translation>Consentement si la cellule est vide</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Skip rows flagged as duplicates</source>
            <translation>Ignorer les lignes signalées comme doublons</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Preview of the first rows</source>
            <translation>Aperçu des premières lignes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check</source>
            <translation>Contrôle</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <location line="+10" />
            <source>First rows as they will be imported:</source>
            <translation>Premières lignes telles qu'elles seront importées :</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Possible duplicates in the rows shown: {count}</source>
            <translation>Doublons possibles dans les lignes affichées : {count}</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Cannot import</source>
            <translation>Importation impossible</translation>
        </message>
    </context>
    <context>
        <name>DeclarationPanel</name>
        <message>
            <location filename="../../ui/panels/declaration.py" line="+59" />
            <source>Declaration articles</source>
            <extracomment>Typing pause after which a text field is saved (milliseconds, at most a second).</extracomment>
            <translation>Articles de la déclaration</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This event has no declaration articles.</source>
            <translation>Cet événement n'a pas d'articles de déclaration.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;b&gt;Declaration&lt;/b&gt; — the table's stance on each article. Support, amend or reject: Ctrl+Alt+S, A, R; next article: Alt+Down.</source>
            <translation>&lt;b&gt;Déclaration&lt;/b&gt; — la position de la table sur chaque article. Soutenir, amender ou rejeter : Ctrl+Alt+S, A, R ; article suivant : Alt+Down.</translation>
        </message>
        <message>
            <location filename="../../ui/keymap.py" line="+27" />
            <source>Support the current article</source>
            <translation>Soutenir l'article en cours</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Amend the current article</source>
            <translation>Amender l'article en cours</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reject the current article</source>
            <translation>Rejeter l'article en cours</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next article</source>
            <translation>Article suivant</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Previous article</source>
            <translation>Article précédent</translation>
        </message>
        <message>
            <location filename="../../ui/panels/declaration.py" line="+111" />
            <source>Stance on article {number}</source>
            <translation>Position sur l'article {number}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Feedback on article {number}</source>
            <translation>Avis sur l'article {number}</translation>
        </message>
    </context>
    <context>
        <name>EditSession</name>
        <message>
            <location filename="../../ui/edit_session.py" line="-23" />
            <source>This was deleted meanwhile</source>
            <translation>Ceci a été supprimé entre-temps</translation>
        </message>
        <message>
            <location line="+147" />
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <location filename="../../../build/i18n_extra.py" line="+1" />
            <source>Not redone</source>
            <translation>Non rétabli</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not undone</source>
            <translation>Non annulé</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../messages.py" line="+34" />
            <source>Cannot {doing} {path}: the disk is full or the file too large; free some space on that disk (or choose a folder on another disk) and try again</source>
            <extracomment>code -&gt; English template. Every code raised anywhere has an entry (tests/test_messages.py).</extracomment>
            <translation>Impossible {doing} {path} : le disque est plein ou le fichier trop volumineux ; libérez de la place sur ce disque (ou choisissez un dossier sur un autre disque) et réessayez</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot {doing} {path}: the disk reported a read or write error (full, removed or failing); check the disk, free some space, and try again</source>
            <translation>Impossible {doing} {path} : le disque a signalé une erreur de lecture ou d'écriture (plein, retiré ou défaillant) ; vérifiez le disque, libérez de la place et réessayez</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot {doing} {path}: the database file is damaged; restore it from a backup or an archive</source>
            <translation>Impossible {doing} {path} : le fichier de base de données est endommagé ; restaurez-le depuis une sauvegarde ou une archive</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot {doing} {path}: the file is not a database (or is damaged); restore it from a backup</source>
            <translation>Impossible {doing} {path} : le fichier n'est pas une base de données (ou est endommagé) ; restaurez-le depuis une sauvegarde</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot {doing} {path}: the file or its folder is read-only; copy it to a folder you may write in</source>
            <translation>Impossible {doing} {path} : le fichier ou son dossier est en lecture seule ; copiez-le dans un dossier où vous pouvez écrire</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot {doing} {path}: access was refused; check the file's permissions</source>
            <translation>Impossible {doing} {path} : accès refusé ; vérifiez les droits du fichier</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cannot {doing} {path}: permission denied or read-only; choose a folder you may write in</source>
            <translation>Impossible {doing} {path} : permission refusée ou lecture seule ; choisissez un dossier où vous pouvez écrire</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot {doing} {path}: another program is using the file; close it there and try again</source>
            <translation>Impossible {doing} {path} : un autre programme utilise le fichier ; fermez-le là-bas et réessayez</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot {doing} {path}: the file cannot be opened; check that its folder exists and that you may write in it</source>
            <translation>Impossible {doing} {path} : le fichier ne peut pas être ouvert ; vérifiez que son dossier existe et que vous pouvez y écrire</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot {doing} {path}: {detail} ({name})</source>
            <translation>Impossible {doing} {path} : {detail} ({name})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cannot {doing} {path}: {detail}</source>
            <translation>Impossible {doing} {path} : {detail}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{path} is not a Roundtables database; nothing was changed: open a Roundtables database or give a new file name</source>
            <translation>{path} n'est pas une base de données Roundtables ; rien n'a été modifié : ouvrez une base de données Roundtables ou donnez un nouveau nom de fichier</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{path} was written by a newer Roundtables (schema {found}, this version reads up to {supported}); nothing was changed: please update the app</source>
            <translation>{path} a été écrit par une version plus récente de Roundtables (schéma {found}, cette version lit jusqu'au {supported}) ; rien n'a été modifié : mettez l'application à jour</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{path} is damaged ({detail}); nothing was changed: restore it from a backup or an archive</source>
            <translation>{path} est endommagé ({detail}) ; rien n'a été modifié : restaurez-le depuis une sauvegarde ou une archive</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{path} is a folder, not a database file</source>
            <translation>{path} est un dossier, pas un fichier de base de données</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No database at {path}</source>
            <translation>Aucune base de données à l'emplacement {path}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cannot write in {path}: the folder is read-only; choose a folder you may write in</source>
            <translation>Impossible d'écrire dans {path} : le dossier est en lecture seule ; choisissez un dossier où vous pouvez écrire</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{path}: cannot switch to write-ahead logging</source>
            <translation>{path} : impossible de passer à la journalisation anticipée (WAL)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{path} needs an upgrade; open it for writing once</source>
            <translation>{path} doit être mis à niveau ; ouvrez-le une fois en écriture</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path}: upgrade failed, nothing changed: {detail}</source>
            <translation>{path} : échec de la mise à niveau, rien n'a été modifié : {detail}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path} is open read-only</source>
            <translation>{path} est ouvert en lecture seule</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{path} has {links} names (hard links) for one database file; SQLite keeps its log by name, so writing through two names loses data: use a copy instead of a hard link, or remove the other names</source>
            <translation>{path} a {links} noms (liens physiques) pour un seul fichier de base de données ; SQLite tient son journal par nom, donc écrire par deux noms perd des données : utilisez une copie plutôt qu'un lien physique, ou supprimez les autres noms</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The database {path} is already open for writing in another Roundtables process; close it there first</source>
            <translation>La base de données {path} est déjà ouverte en écriture dans un autre processus Roundtables ; fermez-la d'abord là-bas</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The database {path} is already open for writing in another Roundtables process (process {process}); close it there first</source>
            <translation>La base de données {path} est déjà ouverte en écriture dans un autre processus Roundtables (processus {process}) ; fermez-la d'abord là-bas</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not a date: '{typed}' (day/month/year, e.g. 31/03/2027 or 2027-03-31)</source>
            <translation>Pas une date : « {typed} » (jour/mois/année, p. ex. 31/03/2027 ou 2027-03-31)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not a date (expected YYYY-MM-DD): '{typed}'</source>
            <translation>Pas une date (attendu AAAA-MM-JJ) : « {typed} »</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No such day: '{typed}' (day/month/year, e.g. 31/03/2027 or 2027-03-31)</source>
            <translation>Ce jour n'existe pas : « {typed} » (jour/mois/année, p. ex. 31/03/2027 ou 2027-03-31)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No event given</source>
            <translation>Aucun événement indiqué</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No event '{ref}' (see 'roundtables events')</source>
            <translation>Aucun événement « {ref} » (voir « roundtables events »)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'{ref}' matches {count} events; give more of the id</source>
            <translation>« {ref} » correspond à {count} événements ; donnez une plus grande partie de l'identifiant</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not a table number: '{number}'</source>
            <translation>Pas un numéro de table : « {number} »</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Event '{event}' has no table {number}</source>
            <translation>L'événement « {event} » n'a pas de table {number}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A note needs some text</source>
            <translation>Une note doit contenir du texte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown note type '{type}' (known: {known})</source>
            <translation>Type de note inconnu « {type} » (connus : {known})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Event '{event}' is finalised and read-only; reopen it to change it</source>
            <translation>L'événement « {event} » est finalisé et en lecture seule ; rouvrez-le pour le modifier</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown record kind '{kind}'</source>
            <translation>Type d'enregistrement inconnu « {kind} »</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{path}: the {table} table holds '{value}' as a {field}, which this Roundtables does not know (known: {known}); nothing was changed: restore the file from a backup, or open it with the Roundtables that wrote it</source>
            <translation>{path} : la table {table} contient « {value} » comme {field}, une valeur que ce Roundtables ne connaît pas (connues : {known}) ; rien n'a été modifié : restaurez le fichier depuis une sauvegarde, ou ouvrez-le avec le Roundtables qui l'a écrit</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cannot save the {kind}: {detail}</source>
            <translation>Impossible d'enregistrer ({kind}) : {detail}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search for at least one word</source>
            <translation>Cherchez au moins un mot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cannot search '{kind}'</source>
            <translation>Impossible de chercher dans « {kind} »</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file} is too large for a registration list (over 50 MB)</source>
            <translation>{file} est trop volumineux pour une liste d'inscriptions (plus de 50 Mo)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} is a folder, not a CSV file</source>
            <translation>{file} est un dossier, pas un fichier CSV</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file} is not a readable CSV file: {detail}</source>
            <translation>{file} n'est pas un fichier CSV lisible : {detail}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file} is empty: no header row found</source>
            <translation>{file} est vide : aucune ligne d'en-tête trouvée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file} is not a text file (not UTF-8 or Windows-1252); save it as CSV</source>
            <translation>{file} n'est pas un fichier texte (ni UTF-8 ni Windows-1252) ; enregistrez-le au format CSV</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} is not a text file; save the list as CSV</source>
            <translation>{file} n'est pas un fichier texte ; enregistrez la liste au format CSV</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown participant field '{field}'</source>
            <translation>Champ de participant inconnu « {field} »</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file} has no column {column} (for {field})</source>
            <translation>{file} n'a pas de colonne {column} (pour {field})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A column is mapped to two fields; map each column once</source>
            <translation>Une colonne est associée à deux champs ; associez chaque colonne une seule fois</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} has no 'name' column (nor first/last name): add one or choose it in the column mapping</source>
            <translation>{file} n'a pas de colonne « nom » (ni prénom/nom de famille) : ajoutez-en une ou choisissez-la dans l'association des colonnes</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Line {line}: event '{event}' has no table {number}</source>
            <translation>Ligne {line} : l'événement « {event} » n'a pas de table {number}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>more cells than the header has columns: check quotes and separators</source>
            <translation>plus de cellules que l’en-tête n’a de colonnes : vérifiez les guillemets et les séparateurs</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no name: this row will not be imported</source>
            <translation>pas de nom : cette ligne ne sera pas importée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>consent {given} not understood: set to anonymous</source>
            <translation>consentement {given} non compris : mis sur anonyme</translation>
        </message>
        <message>
            <location line="+3" />
            <source>table {given} is not a table number</source>
            <translation>la table {given} n’est pas un numéro de table</translation>
        </message>
        <message>
            <location line="+1" />
            <source>same name as line {which}</source>
            <translation>même nom qu’à la ligne {which}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>same email as line {which}</source>
            <translation>même adresse e-mail qu’à la ligne {which}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>same name as already a participant ({which})</source>
            <translation>même nom qu’un participant existant ({which})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>same email as already a participant ({which})</source>
            <translation>même adresse e-mail qu’un participant existant ({which})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No template '{name}' (known: {known})</source>
            <translation>Aucun modèle « {name} » (connus : {known})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cannot read template {file}: {detail}</source>
            <translation>Impossible de lire le modèle {file} : {detail}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Template {file} is not valid JSON (line {line}: {detail})</source>
            <translation>Le modèle {file} n'est pas du JSON valide (ligne {line} : {detail})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Template {file}: field '{field}' {problem}</source>
            <translation>Modèle {file} : champ « {field} » {problem}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Template {file}: field '{field}' is missing</source>
            <translation>Modèle {file} : le champ « {field} » manque</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Template {file}: field '{field}' must be {kind}</source>
            <translation>Modèle {file} : le champ « {field} » doit être de type {kind}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Template {template} is refused: {why}; save a clean copy in Word (File &gt; Save As &gt; Word Document, .docx) and try again</source>
            <translation>Le modèle {template} est refusé : {why} ; enregistrez une copie propre dans Word (Fichier &gt; Enregistrer sous &gt; Document Word, .docx) et réessayez</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Template {template} is not a Word .docx file ({detail})</source>
            <translation>Le modèle {template} n'est pas un fichier Word .docx ({detail})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Template {template} is damaged: {part} ({detail})</source>
            <translation>Le modèle {template} est endommagé : {part} ({detail})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Template not found: {path}</source>
            <translation>Modèle introuvable : {path}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Template {template} cannot be read ({detail})</source>
            <translation>Le modèle {template} ne peut pas être lu ({detail})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Template {template} lacks the Word styles {styles}; start from roundtables/resources/word/base.docx</source>
            <translation>Il manque au modèle {template} les styles Word {styles} ; partez de roundtables/resources/word/base.docx</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unknown language '{language}' (choose en, nl or fr)</source>
            <translation>Langue inconnue « {language} » (choisissez en, nl ou fr)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown attribution '{value}' (choose named, organisation or anonymous)</source>
            <translation>Attribution inconnue « {value} » (choisissez named, organisation ou anonymous)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The document must be a .docx file, not '{file}'</source>
            <translation>Le document doit être un fichier .docx, pas « {file} »</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The synthesis must be a .docx or .pdf file, not '{file}'</source>
            <translation>La synthèse doit être un fichier .docx ou .pdf, pas « {file} »</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Folder not found: {path}</source>
            <translation>Dossier introuvable : {path}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{path} is a folder</source>
            <translation>{path} est un dossier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cannot write {file}: LibreOffice is not installed; write a .docx instead or install LibreOffice</source>
            <translation>Impossible d'écrire {file} : LibreOffice n'est pas installé ; écrivez plutôt un .docx ou installez LibreOffice</translation>
        </message>
        <message>
            <location line="+5" />
            <source>LibreOffice took more than {seconds} s to write {file}</source>
            <translation>LibreOffice a mis plus de {seconds} s à écrire {file}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>LibreOffice could not write {file}: {detail}</source>
            <translation>LibreOffice n'a pas pu écrire {file} : {detail}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Select at least two action points to merge</source>
            <translation>Sélectionnez au moins deux points d’action à fusionner</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The merged action point needs a wording</source>
            <translation>Le point d’action fusionné doit avoir une formulation</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Select two or more themes to merge</source>
            <translation>Sélectionnez deux thèmes ou plus à fusionner</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A theme needs a title</source>
            <translation>Un thème a besoin d'un titre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That theme no longer exists</source>
            <translation>Ce thème n'existe plus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No event '{ref}'</source>
            <translation>Aucun événement « {ref} »</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No table with id '{ref}'</source>
            <translation>Aucune table avec l’identifiant « {ref} »</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Give the table as EVENT:TABLE (e.g. symposium:1), not '{ref}'</source>
            <translation>Indiquez la table sous la forme ÉVÉNEMENT:TABLE (p. ex. symposium:1), pas « {ref} »</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{path}: give a file name ending in .pdf</source>
            <translation>{path} : donnez un nom de fichier se terminant par .pdf</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The folder {path} does not exist (was the stick removed?)</source>
            <translation>Le dossier {path} n’existe pas (la clé a-t-elle été retirée ?)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Could not write {path}: the PDF came out empty</source>
            <translation>Impossible d’écrire {path} : le PDF est vide</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Could not write {path}</source>
            <translation>Impossible d’écrire {path}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The portable app is not here to copy: run `make bundle` first, or write the kits from the portable app itself</source>
            <translation>L'application portable n'est pas ici pour être copiée : lancez d'abord `make bundle`, ou écrivez les kits depuis l'application portable elle-même</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Event '{event}' has no tables to write kits for</source>
            <translation>L'événement « {event} » n'a pas de tables pour lesquelles écrire des kits</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path} is not a folder (was the stick removed?)</source>
            <translation>{path} n'est pas un dossier (la clé a-t-elle été retirée ?)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path} has {free} MB free; the app and kits need {needed} MB</source>
            <translation>{path} a {free} Mo libres ; l'application et les kits ont besoin de {needed} Mo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cannot write the app and kit to {path}: {detail} (is the stick full or removed?)</source>
            <translation>Impossible d'écrire l'application et le kit dans {path} : {detail} (la clé est-elle pleine ou retirée ?)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Event '{event}' no longer exists</source>
            <translation>L'événement « {event} » n'existe plus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Event '{event}' is not finalised; finalise it before archiving (roundtables finalise {event})</source>
            <translation>L'événement « {event} » n'est pas finalisé ; finalisez-le avant de l'archiver (roundtables finalise {event})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot write the archive {file}: {detail}</source>
            <translation>Impossible d'écrire l'archive {file} : {detail}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path} is a folder; give the archive a file name</source>
            <translation>{path} est un dossier ; donnez un nom de fichier à l'archive</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The archive's database copy is damaged: {detail}</source>
            <translation>La copie de la base de données pour l'archive est endommagée : {detail}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The archive's database copy has references that cannot be mended</source>
            <translation>La copie de la base de données pour l'archive contient des références impossibles à réparer</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The Word synthesis could not be written for the archive</source>
            <translation>La synthèse Word n’a pas pu être écrite pour l’archive</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The event JSON does not follow its schema at {where}: {detail}</source>
            <translation>Le JSON de l’événement ne suit pas son schéma à {where} : {detail}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{file}: intact, {checked} files checked ({event})</source>
            <translation>{file} : intact, {checked} fichiers vérifiés ({event})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} has been changed or damaged (1 problem): {problems}</source>
            <translation>{file} a été modifié ou endommagé (1 problème) : {problems}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} has been changed or damaged ({count} problems): {problems}</source>
            <translation>{file} a été modifié ou endommagé ({count} problèmes) : {problems}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>and {count} more</source>
            <translation>et {count} autres</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unsafe file name {name}</source>
            <translation>nom de fichier dangereux {name}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{manifest} lists a member twice</source>
            <translation>{manifest} mentionne un fichier deux fois</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} is missing</source>
            <translation>{name} manque</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} was added (not in the manifest)</source>
            <translation>{name} a été ajouté (absent du manifeste)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} changed (size {size} bytes, expected {expected})</source>
            <translation>{name} a changé (taille {size} octets, attendu {expected})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} changed (SHA-256 differs)</source>
            <translation>{name} a changé (le SHA-256 diffère)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} does not match the manifest</source>
            <translation>{name} ne correspond pas au manifeste</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cannot read {file}: {detail}</source>
            <translation>Impossible de lire {file} : {detail}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file} is truncated or damaged ({detail})</source>
            <translation>{file} est tronqué ou endommagé ({detail})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file}: {detail}</source>
            <translation>{file} : {detail}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Demo content {file} cannot be read: {detail}; reinstall Roundtables</source>
            <translation>Le contenu de démonstration {file} est illisible : {detail} ; réinstallez Roundtables</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Folder {path} does not exist</source>
            <translation>Le dossier {path} n'existe pas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No file at {path}</source>
            <translation>Aucun fichier à l'emplacement {path}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{path} is a folder, not an archive</source>
            <translation>{path} est un dossier, pas une archive</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file} is truncated or damaged (unreadable ZIP)</source>
            <translation>{file} est tronqué ou endommagé (ZIP illisible)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} is not a ZIP archive</source>
            <translation>{file} n'est pas une archive ZIP</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file} has no {manifest}: not a Roundtables archive</source>
            <translation>{file} n'a pas de {manifest} : ce n'est pas une archive Roundtables</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file}: {manifest} is implausibly large</source>
            <translation>{file} : {manifest} est d'une taille invraisemblable</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file}: {manifest} is damaged ({detail})</source>
            <translation>{file} : {manifest} est endommagé ({detail})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} is not a Roundtables archive</source>
            <translation>{file} n'est pas une archive Roundtables</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file} is archive version {found}; this Roundtables reads version {supported}</source>
            <translation>{file} est une archive de version {found} ; ce Roundtables lit la version {supported}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{file}: {manifest} has no valid list of members</source>
            <translation>{file} : {manifest} n'a pas de liste de fichiers valable</translation>
        </message>
        <message>
            <location line="+5" />
            <source>another event here already uses the short name '{slug}'; this file belongs to a different event</source>
            <translation>un autre événement utilise déjà ici le nom court « {slug} » ; ce fichier appartient à un autre événement</translation>
        </message>
        <message>
            <location line="+5" />
            <source>this event already has a different table {number} here</source>
            <translation>cet événement a déjà ici une autre table {number}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the database refused it ({detail}); nothing was imported from this file</source>
            <translation>la base de données l'a refusé ({detail}) ; rien n'a été importé de ce fichier</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the file holds data that cannot be stored ({detail}); nothing was imported</source>
            <translation>le fichier contient des données impossibles à enregistrer ({detail}) ; rien n'a été importé</translation>
        </message>
        <message>
            <location line="+4" />
            <source>this is a folder, not a file</source>
            <translation>c'est un dossier, pas un fichier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no such file</source>
            <translation>ce fichier n'existe pas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the file cannot be read (permission denied)</source>
            <translation>le fichier ne peut pas être lu (accès refusé)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the file cannot be read ({detail})</source>
            <translation>le fichier ne peut pas être lu ({detail})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not a ZIP file (is this really a kit or results file?)</source>
            <translation>pas un fichier ZIP (s'agit-il vraiment d'un kit de table ou d'un fichier de résultats ?)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>not a Roundtables exchange file (a ZIP without {manifest})</source>
            <translation>pas un fichier d'échange Roundtables (un ZIP sans {manifest})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>unexpected member '{name}': not part of the format</source>
            <translation>élément inattendu « {name} » : il ne fait pas partie du format</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the attachments add up to {size} bytes (limit {limit}); hand in fewer or smaller photos</source>
            <translation>les pièces jointes totalisent {size} octets (limite {limit}) ; remettez moins de photos ou des photos plus petites</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the contents do not match the manifest (missing {name})</source>
            <translation>le contenu ne correspond pas au manifeste ({name} manque)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the contents do not match the manifest (unlisted member {name})</source>
            <translation>le contenu ne correspond pas au manifeste ({name} n'y figure pas)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} was changed after the file was written (its checksum differs)</source>
            <translation>{name} a été modifié après l'écriture du fichier (sa somme de contrôle diffère)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>not a Roundtables exchange file (manifest of another format)</source>
            <translation>pas un fichier d'échange Roundtables (manifeste d'un autre format)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>written by a newer Roundtables (format version {found}; this app reads up to {supported}); update the app to import it</source>
            <translation>écrit par une version plus récente de Roundtables (version de format {found} ; cette application lit jusqu'à {supported}) ; mettez l'application à jour pour l'importer</translation>
        </message>
        <message>
            <location line="+5" />
            <source>this is {found_kind}, not {wanted_kind} (import kits with File ▸ Import table kit or results… in the start window, or 'roundtables import'; results are written with 'Hand in results…' or 'roundtables export')</source>
            <translation>ceci est {found_kind}, pas {wanted_kind} (importez les kits avec Fichier ▸ Importer un kit de table ou des résultats… dans la fenêtre de départ, ou avec « roundtables import » ; les résultats s'écrivent avec « Remettre les résultats… » ou « roundtables export »)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>this is {found_kind}, not {wanted_kind} (import it with 'roundtables import' instead)</source>
            <translation>ceci est {found_kind}, pas {wanted_kind} (importez-le plutôt avec « roundtables import »)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the payload does not hold the event the manifest names</source>
            <translation>le contenu ne contient pas l'événement que nomme le manifeste</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the payload does not hold the table the manifest names</source>
            <translation>le contenu ne contient pas la table que nomme le manifeste</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the table in the payload differs from the manifest</source>
            <translation>la table du contenu diffère de celle du manifeste</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a table kit cannot carry {records}</source>
            <translation>un kit de table ne peut pas contenir de {records}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{records} record {id} belongs to another table or event</source>
            <translation>l'enregistrement {records} {id} appartient à une autre table ou à un autre événement</translation>
        </message>
        <message>
            <location line="+3" />
            <source>attachment '{name}' is missing or damaged</source>
            <translation>la pièce jointe « {name} » manque ou est endommagée</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} belongs to no attachment record</source>
            <translation>{name} n'appartient à aucune pièce jointe</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the payload lists a record twice</source>
            <translation>le contenu mentionne deux fois le même enregistrement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{what} is too large ({size} bytes; limit {limit})</source>
            <translation>{what} est trop volumineux ({size} octets ; limite {limit})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{what} is not UTF-8 text</source>
            <translation>{what} n'est pas du texte UTF-8</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{what} is nested too deeply ({depth} levels; limit {limit})</source>
            <translation>{what} est imbriqué trop profondément ({depth} niveaux ; limite {limit})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{what} holds a number with {digits} digits</source>
            <translation>{what} contient un nombre de {digits} chiffres</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{what} holds a fractional number ({number}); the format has none</source>
            <translation>{what} contient un nombre décimal ({number}) ; le format n'en a pas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{what} holds {name}, which is not JSON</source>
            <translation>{what} contient {name}, qui n'est pas du JSON</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{what} repeats a key in one object</source>
            <translation>{what} répète une clé dans un même objet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{what} holds a NUL character ({point}) in its text</source>
            <translation>{what} contient un caractère NUL ({point}) dans son texte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{what} holds a broken character ({point}) in its text</source>
            <translation>{what} contient un caractère invalide ({point}) dans son texte</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{what} is not valid JSON ({detail})</source>
            <translation>{what} n'est pas du JSON valide ({detail})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The schema {name} cannot be read: {detail}</source>
            <translation>Le schéma {name} ne peut pas être lu : {detail}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{what} does not match the format</source>
            <translation>{what} ne respecte pas le format</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{what} does not match the format at {where}: {reason}</source>
            <translation>{what} ne respecte pas le format à {where} : {reason}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the file's event '{event}' is deleted; a file cannot delete it (ask for a new file)</source>
            <translation>l'événement « {event} » du fichier est supprimé ; un fichier ne peut pas le supprimer (demandez un nouveau fichier)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the file's event '{event}' is finalised: its records can no longer change (ask the organiser)</source>
            <translation>l'événement « {event} » du fichier est finalisé : ses données ne peuvent plus changer (demandez à l'organisateur)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the file's table {number} is deleted; a file cannot delete it (ask for a new file)</source>
            <translation>la table {number} du fichier est supprimée ; un fichier ne peut pas la supprimer (demandez un nouveau fichier)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>event '{event}' was deleted here; nothing imported</source>
            <translation>l'événement « {event} » a été supprimé ici ; rien n'a été importé</translation>
        </message>
        <message>
            <location line="+3" />
            <source>event '{event}' is finalised and read-only here; reopen it to import</source>
            <translation>l'événement « {event} » est finalisé et en lecture seule ici ; rouvrez-le pour importer</translation>
        </message>
        <message>
            <location line="+3" />
            <source>table {number} belongs to another event here; a file cannot move a table</source>
            <translation>la table {number} appartient ici à un autre événement ; un fichier ne peut pas déplacer une table</translation>
        </message>
        <message>
            <location line="+3" />
            <source>table {number} was deleted here; nothing imported</source>
            <translation>la table {number} a été supprimée ici ; rien n'a été importé</translation>
        </message>
        <message>
            <location line="+3" />
            <source>this database does not hold event '{event}'; import the table kit from the organiser first (File ▸ Import table kit or results…, or 'roundtables import'), then the results</source>
            <translation>cette base de données ne contient pas l'événement « {event} » ; importez d'abord le kit de table de l'organisateur (Fichier ▸ Importer un kit de table ou des résultats…, ou « roundtables import »), puis les résultats</translation>
        </message>
        <message>
            <location line="+6" />
            <source>this database does not hold table {number}; import the table kit from the organiser first (File ▸ Import table kit or results…, or 'roundtables import'), then the results</source>
            <translation>cette base de données ne contient pas la table {number} ; importez d'abord le kit de table de l'organisateur (Fichier ▸ Importer un kit de table ou des résultats…, ou « roundtables import »), puis les résultats</translation>
        </message>
        <message>
            <location line="+6" />
            <source>this table kit does not name its organiser database (written by an older Roundtables); ask the organiser to write the kit again</source>
            <translation>ce kit de table ne nomme pas la base de données de l'organisateur (écrit par une version plus ancienne de Roundtables) ; demandez à l'organisateur de réécrire le kit</translation>
        </message>
        <message>
            <location line="+5" />
            <source>event '{event}' here comes from another organiser database; a kit may only update the organiser's own event</source>
            <translation>l'événement « {event} » provient ici de la base d'un autre organisateur ; un kit ne peut mettre à jour que l'événement de son propre organisateur</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{record_kind} {id} exists here under another event; a file may only change its own table's records</source>
            <translation>L'élément {id} ({record_kind}) existe déjà ici sous un autre événement ; un fichier ne peut modifier que les données de sa propre table</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{record_kind} {id} exists here under another table; a file may only change its own table's records</source>
            <translation>L'élément {id} ({record_kind}) existe déjà ici sous une autre table ; un fichier ne peut modifier que les données de sa propre table</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the file refers to {record_kind} {id}, which this database does not hold; import the table kit from the organiser first</source>
            <translation>le fichier renvoie à l'élément {id} ({record_kind}), absent de cette base de données ; importez d'abord le kit de table de l'organisateur</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the file refers to {record_kind} {id} of another table or event</source>
            <translation>le fichier renvoie à l'élément {id} ({record_kind}) d'une autre table ou d'un autre événement</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Event '{event}' is not in this database</source>
            <translation>L'événement « {event} » n'est pas dans cette base de données</translation>
        </message>
        <message>
            <location line="+3" />
            <source>its manifest differs</source>
            <translation>son manifeste diffère</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The {field} of {records} record {id} holds a NUL or a broken character; edit it, then hand in again</source>
            <translation>Le champ {field} de l'enregistrement {records} {id} contient un caractère NUL ou invalide ; corrigez-le, puis remettez à nouveau</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No conflict '{id}'</source>
            <translation>Aucun conflit « {id} »</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose one of {choices}, not '{choice}'</source>
            <translation>Choisissez parmi {choices}, pas « {choice} »</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This conflict is already resolved ({resolution})</source>
            <translation>Ce conflit est déjà résolu ({resolution})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The {record_kind} of this conflict is gone</source>
            <translation>L'élément ({record_kind}) de ce conflit n'existe plus</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A {record_kind} has no text to combine; pick one</source>
            <translation>Ce type d'élément ({record_kind}) n'a pas de texte à combiner ; choisissez une version</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The combined text is empty; write it or pick one version</source>
            <translation>Le texte combiné est vide ; rédigez-le ou choisissez une version</translation>
        </message>
        <message>
            <location line="+4" />
            <source>unsafe member name '{name}' ({fault})</source>
            <translation>nom d'élément dangereux « {name} » ({fault})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refusing to write '{name}': not a plain file name in {folder}</source>
            <translation>« {name} » n'est pas écrit : ce n'est pas un simple nom de fichier dans {folder}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>not a ZIP file, or a damaged one</source>
            <translation>pas un fichier ZIP, ou un fichier ZIP endommagé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the file is empty (0 bytes); copy it again</source>
            <translation>le fichier est vide (0 octet) ; copiez-le à nouveau</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the file is too large ({size} bytes; limit {limit})</source>
            <translation>le fichier est trop volumineux ({size} octets ; limite {limit})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>not a ZIP file</source>
            <translation>pas un fichier ZIP</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the file is truncated or damaged (no end-of-archive record)</source>
            <translation>le fichier est tronqué ou endommagé (pas d'enregistrement de fin d'archive)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the file spans several disks, which the format does not use</source>
            <translation>le fichier s'étend sur plusieurs disques, ce que le format n'utilise pas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the file has too many members ({count}; limit {limit})</source>
            <translation>le fichier a trop d'éléments ({count} ; limite {limit})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the file is truncated or damaged (directory out of range)</source>
            <translation>le fichier est tronqué ou endommagé (répertoire hors limites)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the file is damaged or forged (its directory is larger than its end record allows)</source>
            <translation>le fichier est endommagé ou falsifié (son répertoire est plus grand que ne le permet son enregistrement final)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the file is damaged or forged (its directory disagrees with its end record)</source>
            <translation>le fichier est endommagé ou falsifié (son répertoire contredit son enregistrement final)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the file is truncated or damaged (short directory entry)</source>
            <translation>le fichier est tronqué ou endommagé (entrée de répertoire incomplète)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a member name is too long ({size} bytes)</source>
            <translation>un nom d'élément est trop long ({size} octets)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the file is truncated or damaged (bad ZIP64 record)</source>
            <translation>le fichier est tronqué ou endommagé (enregistrement ZIP64 invalide)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the member '{name}' appears twice</source>
            <translation>l'élément « {name} » apparaît deux fois</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the member '{name}' is encrypted</source>
            <translation>l'élément « {name} » est chiffré</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the member '{name}' uses an unsupported compression</source>
            <translation>l'élément « {name} » utilise une compression non prise en charge</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the member '{name}' would expand to {size} bytes (limit {limit}; a zip bomb?)</source>
            <translation>l'élément « {name} » se décompresserait en {size} octets (limite {limit} ; une bombe ZIP ?)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the contents would expand to more than {limit} bytes (a zip bomb?)</source>
            <translation>le contenu se décompresserait en plus de {limit} octets (une bombe ZIP ?)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} is damaged ({detail})</source>
            <translation>{name} est endommagé ({detail})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} is larger than its limit of {limit} bytes</source>
            <translation>{name} dépasse sa limite de {limit} octets</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} is damaged (its size does not match)</source>
            <translation>{name} est endommagé (sa taille ne correspond pas)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cannot write {path}: the folder {folder} does not exist (was the stick removed?)</source>
            <translation>Impossible d'écrire {path} : le dossier {folder} n'existe pas (la clé a-t-elle été retirée ?)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cannot write {path}: {cause}</source>
            <translation>Impossible d'écrire {path} : {cause}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cannot write {path}: it did not read back intact ({detail})</source>
            <translation>Impossible d'écrire {path} : à la relecture, le fichier n'était pas intact ({detail})</translation>
        </message>
        <message>
            <location line="+8" />
            <source>save to</source>
            <extracomment>Phrases that fill a parameter of :data:`PHRASE_PARAMS`: what was being done when the disk said no (``{doing}``), what a file or record is, why a name or a write failed.</extracomment>
            <translation>d'enregistrer dans</translation>
        </message>
        <message>
            <location line="+1" />
            <source>open</source>
            <translation>d'ouvrir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>read</source>
            <translation>de lire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>write</source>
            <translation>d'écrire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>create folder</source>
            <translation>de créer le dossier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>write next to</source>
            <translation>d'écrire à côté de</translation>
        </message>
        <message>
            <location line="+1" />
            <source>copy the database for the archive to</source>
            <translation>de copier la base de données pour l'archive vers</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a table kit</source>
            <translation>un kit de table</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a results file</source>
            <translation>un fichier de résultats</translation>
        </message>
        <message>
            <location line="+2" />
            <source>event</source>
            <translation>événement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>table</source>
            <translation>table</translation>
        </message>
        <message>
            <location line="+1" />
            <source>guiding question</source>
            <translation>question directrice</translation>
        </message>
        <message>
            <location line="+1" />
            <source>agenda segment</source>
            <translation>point de l'ordre du jour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>participant</source>
            <translation>participant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>attendance</source>
            <translation>présence</translation>
        </message>
        <message>
            <location line="+1" />
            <source>declaration article</source>
            <translation>article de la déclaration</translation>
        </message>
        <message>
            <location line="+1" />
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <location line="+1" />
            <source>action point</source>
            <translation>point d'action</translation>
        </message>
        <message>
            <location line="+1" />
            <source>feedback</source>
            <translation>avis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>attachment</source>
            <translation>pièce jointe</translation>
        </message>
        <message>
            <location line="+2" />
            <source>empty name</source>
            <translation>nom vide</translation>
        </message>
        <message>
            <location line="+1" />
            <source>backslash</source>
            <translation>barre oblique inverse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>absolute path</source>
            <translation>chemin absolu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>points outside with '..'</source>
            <translation>pointe vers l'extérieur avec « .. »</translation>
        </message>
        <message>
            <location line="+1" />
            <source>control character</source>
            <translation>caractère de contrôle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>colon</source>
            <translation>deux-points</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the disk or stick is full</source>
            <translation>le disque ou la clé est plein</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the folder is read-only or not writable</source>
            <translation>le dossier est en lecture seule ou non inscriptible</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the stick was removed or is failing</source>
            <translation>la clé a été retirée ou est défaillante</translation>
        </message>
    </context>
    <context>
        <name>EventDetailsPanel</name>
        <message>
            <location filename="../../ui/organiser/details.py" line="+27" />
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Each participant's consent decides</source>
            <translation>Le consentement de chaque participant décide</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Chatham House: nothing is attributed</source>
            <translation>Chatham House : rien n'est attribué</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Running</source>
            <translation>En cours</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Finalised (read-only)</source>
            <translation>Finalisé (lecture seule)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Title</source>
            <translation>&amp;Titre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Venue</source>
            <translation>&amp;Lieu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Organiser</source>
            <translation>&amp;Organisateur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language</source>
            <translation>La&amp;ngue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Attribution</source>
            <translation>&amp;Attribution</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Status</source>
            <translation>&amp;Statut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Short name</source>
            <translation>Nom court</translation>
        </message>
        <message>
            <location line="+43" />
            <source>The title cannot be empty</source>
            <translation>Le titre ne peut pas être vide</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Change {field}</source>
            <translation>Modifier {field}</translation>
        </message>
    </context>
    <context>
        <name>EventEditor</name>
        <message>
            <location filename="../../ui/organiser/editor.py" line="+88" />
            <source>&amp;Event</source>
            <translation>&amp;Événement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Round tables</source>
            <translation>&amp;Tables rondes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Participants</source>
            <translation>&amp;Participants</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Declaration</source>
            <translation>Décla&amp;ration</translation>
        </message>
        <message>
            <location filename="../../ui/keymap.py" line="+120" />
            <source>Save as &amp;template…</source>
            <translation>Enregistrer comme &amp;modèle…</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Write table &amp;kits…</source>
            <translation>Créer les &amp;kits de table…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write table kits with the &amp;app…</source>
            <translation>Créer les kits de table avec l'&amp;application…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Finalise…</source>
            <translation>Fi&amp;naliser…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Re&amp;open</source>
            <translation>&amp;Rouvrir</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Archive…</source>
            <translation>&amp;Archiver…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Close</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Help</source>
            <translation>A&amp;ide</translation>
        </message>
        <message>
            <location line="-24" />
            <source>E&amp;vent</source>
            <translation>É&amp;vénement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <location filename="../../ui/organiser/editor.py" line="+22" />
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <location line="+28" />
            <source>New event</source>
            <translation>Nouvel événement</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Cannot create the event</source>
            <translation>Impossible de créer l'événement</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Saved {time}</source>
            <translation>Enregistré {time}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{title} — event editor</source>
            <translation>{title} — édition de l'événement</translation>
        </message>
        <message>
            <location line="-127" />
            <source>This event is finalised and read-only. Choose Event ▸ Reopen to change it.</source>
            <translation>Cet événement est finalisé et en lecture seule. Choisissez Événement ▸ Rouvrir pour le modifier.</translation>
        </message>
        <message>
            <location line="+139" />
            <source>Write the archive ZIP</source>
            <translation>Créer l'archive ZIP</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Finalise the event first, then archive it</source>
            <translation>Finalisez d'abord l'événement, puis archivez-le</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Undo: {step}</source>
            <translation>Annuler : {step}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Redo: {step}</source>
            <translation>Rétablir : {step}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Cannot change the status</source>
            <translation>Impossible de modifier le statut</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Finalise {title}? It becomes read-only here and in every window until reopened.</source>
            <translation>Finaliser {title} ? Il passe en lecture seule, ici et dans toutes les fenêtres, jusqu'à sa réouverture.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Finalise event</source>
            <translation>Finaliser l'événement</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Save as template</source>
            <translation>Enregistrer comme modèle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Templates (*.json)</source>
            <translation>Modèles (*.json)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Cannot save the template</source>
            <translation>Impossible d'enregistrer le modèle</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Template written: {path}</source>
            <translation>Modèle enregistré : {path}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Folder for the table kits (a USB stick)</source>
            <translation>Dossier des kits de table (une clé USB)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Cannot write the table kits</source>
            <translation>Impossible de créer les kits de table</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Table kits written</source>
            <translation>Kits de table créés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} table kits in {folder}:
{names}</source>
            <translation>{count} kits de table dans {folder} :
{names}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{count} table kits written to {folder}</source>
            <translation>{count} kits de table créés dans {folder}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Archive event</source>
            <translation>Archiver l'événement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ZIP archives (*.zip)</source>
            <translation>Archives ZIP (*.zip)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Cannot write the archive</source>
            <translation>Impossible de créer l'archive</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Archive written: {path}</source>
            <translation>Archive créée : {path}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Archive written</source>
            <translation>Archive créée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Archive written to {path}. Check it now?</source>
            <translation>Archive créée dans {path}. La vérifier maintenant ?</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+4" />
            <source>The archive is not sound</source>
            <translation>L'archive n'est pas intègre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Archive checked</source>
            <translation>Archive vérifiée</translation>
        </message>
    </context>
    <context>
        <name>ExecutiveSummaryEditor</name>
        <message>
            <location filename="../../ui/rapporteur/summary_editor.py" line="+39" />
            <source>Executive summary</source>
            <extracomment>How long typing must pause before the executive summary is saved. Emitted when the summary turns from drafted to edited or back.</extracomment>
            <translation>Résumé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The executive summary that opens the synthesis</source>
            <translation>Le résumé qui ouvre la synthèse</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Executive summary not saved</source>
            <translation>Résumé non enregistré</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Draft the summary again</source>
            <translation>Rédiger à nouveau le résumé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace your summary with a fresh draft from the tables' results? Your own text is lost.</source>
            <translation>Remplacer votre résumé par un nouveau projet tiré des résultats des tables ? Votre propre texte sera perdu.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Executive summary not changed</source>
            <translation>Résumé non modifié</translation>
        </message>
    </context>
    <context>
        <name>GeneratePanel</name>
        <message>
            <location filename="../../ui/rapporteur/generate.py" line="+59" />
            <source>Attribution of statements</source>
            <extracomment>Opens a written document; the app uses the desktop's default program. Emitted with the path of every document written. Called before the harvest is read, so edits still being typed are committed.</extracomment>
            <translation>Attribution des propos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Word template</source>
            <translation>Modèle Word</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Base template</source>
            <translation>Modèle de base</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An organisation's template (.docx)…</source>
            <translation>Modèle d'une organisation (.docx)…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Language of the synthesis</source>
            <translation>Langue de la synthèse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The event's language</source>
            <translation>La langue de l'événement</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Final version (no Draft label; the event stays editable)</source>
            <translation>Version &amp;définitive (sans la mention Projet ; l'événement reste modifiable)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Generate and open the synthesis…</source>
            <translation>&amp;Générer et ouvrir la synthèse…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write the Word synthesis and open it (Ctrl+G)</source>
            <translation>Générer la synthèse Word et l'ouvrir (Ctrl+G)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Attribution:</source>
            <translation>&amp;Attribution :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Template:</source>
            <translation>&amp;Modèle :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&lt;b&gt;Word synthesis&lt;/b&gt;</source>
            <translation>&lt;b&gt;Synthèse Word&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Named, as each participant agreed</source>
            <translation>Nommément, selon l'accord de chaque participant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation only</source>
            <translation>Organisation uniquement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymous</source>
            <translation>Anonyme</translation>
        </message>
        <message>
            <location line="+10" />
            <source>This event runs under the Chatham House rule: nobody is named.</source>
            <translation>Cet événement suit la règle de Chatham House : personne n'est nommé.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nobody is ever named more than their own consent allows.</source>
            <translation>Personne n'est jamais nommé au-delà de ce que permet son consentement.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Choose a Word template</source>
            <translation>Choisir un modèle Word</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Word documents (*.docx)</source>
            <translation>Documents Word (*.docx)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The styles shipped with the app</source>
            <translation>Les styles fournis avec l'application</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Save the synthesis as</source>
            <translation>Enregistrer la synthèse sous</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Word documents (*.docx);;PDF documents (*.pdf)</source>
            <translation>Documents Word (*.docx);;Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Cannot write {path}: {reason}</source>
            <translation>Impossible d'écrire {path} : {reason}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Written {path} in {seconds:.1f} s</source>
            <translation>{path} créé en {seconds:.1f} s</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The synthesis was not written</source>
            <translation>La synthèse n'a pas été créée</translation>
        </message>
    </context>
    <context>
        <name>HandIn</name>
        <message>
            <location filename="../../ui/workspace/handin.py" line="+16" />
            <source>Hand in results</source>
            <translation>Remettre les résultats</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Results files (*.zip)</source>
            <translation>Fichiers de résultats (*.zip)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Results written to {path}</source>
            <translation>Résultats enregistrés dans {path}</translation>
        </message>
    </context>
    <context>
        <name>HandoverPanel</name>
        <message>
            <location filename="../../ui/rapporteur/handover.py" line="+68" />
            <source>&amp;Import results…</source>
            <extracomment>Emitted after an import or a resolution changed the database.</extracomment>
            <translation>&amp;Importer des résultats…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import results files from the tables (Ctrl+I), or drop them on the window</source>
            <translation>Importer les fichiers de résultats des tables (Ctrl+I), ou les déposer sur la fenêtre</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What each imported file did</source>
            <translation>Effet de chaque fichier importé</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open hand-over conflicts</source>
            <translation>Conflits de transmission en suspens</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This laptop's version</source>
            <translation>Version de cet ordinateur</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The imported file's version</source>
            <translation>Version du fichier importé</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Combined text</source>
            <translation>Texte combiné</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keep mine</source>
            <translation>&amp;Garder ma version</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Take theirs</source>
            <translation>&amp;Prendre leur version</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Combine…</source>
            <translation>&amp;Combiner…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep this laptop's version (Alt+K)</source>
            <translation>Garder la version de cet ordinateur (Alt+K)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take the imported version (Alt+T)</source>
            <translation>Prendre la version importée (Alt+T)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the combined text below (Alt+C)</source>
            <translation>Enregistrer le texte combiné ci-dessous (Alt+C)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Imported files (drop results .zip files on the window)</source>
            <translation>Fichiers importés (déposez les fichiers de résultats .zip sur la fenêtre)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Open conflicts</source>
            <translation>Conflits en suspens</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mine (this laptop)</source>
            <translation>Ma version (cet ordinateur)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Theirs (imported file)</source>
            <translation>Leur version (fichier importé)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Combined text (edit, then Combine…)</source>
            <translation>Texte combiné (modifiez, puis Combiner…)</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Table {number}, {kind}: {text}</source>
            <translation>Table {number}, {kind} : {text}</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Theirs (from {file})</source>
            <translation>Leur version (de {file})</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Speaker</source>
            <translation>Intervenant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Key message</source>
            <translation>Message clé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Institution</source>
            <translation>Institution</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deadline</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Votes</source>
            <translation>Votes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stance</source>
            <translation>Position</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Proposed wording</source>
            <translation>Formulation proposée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rationale</source>
            <translation>Justification</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Caption</source>
            <translation>Légende</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deleted</source>
            <translation>Supprimé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Executive summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Conflict not resolved</source>
            <translation>Conflit non résolu</translation>
        </message>
    </context>
    <context>
        <name>HelpOverlay</name>
        <message>
            <location filename="../../ui/help_overlay.py" line="+41" />
            <source>Keyboard shortcuts (F1 or Esc closes this)</source>
            <extracomment>where the keyboard goes when the overlay closes, if it was nowhere useful</extracomment>
            <translation>Raccourcis clavier (F1 ou Esc pour fermer)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keys</source>
            <translation>Touches</translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message>
            <location filename="../../../build/i18n_extra.py" line="+1" />
            <source>{file}: rejected — {reason}</source>
            <translation>{file} : refusé — {reason}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>imported</source>
            <translation>importé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>updated</source>
            <translation>mis à jour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unchanged</source>
            <translation>inchangé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file} (table {number}): {outcome} — new {imported}, updated {updated}, unchanged {unchanged}, conflicts {conflicts}</source>
            <translation>{file} (table {number}) : {outcome} — nouveaux {imported}, mis à jour {updated}, inchangés {unchanged}, conflits {conflicts}</translation>
        </message>
        <message>
            <location line="+1" />
            <source> (another event; open it from the start window)</source>
            <translation> (un autre événement ; ouvrez-le depuis la fenêtre d'accueil)</translation>
        </message>
    </context>
    <context>
        <name>KeyMessagesPanel</name>
        <message>
            <location filename="../../ui/rapporteur/key_messages.py" line="+38" />
            <source>Key messages of every table</source>
            <translation>Messages clés de toutes les tables</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Wording of the key message</source>
            <translation>Formulation du message clé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save wording</source>
            <translation>&amp;Enregistrer la formulation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the key message's wording (Ctrl+Return)</source>
            <translation>Enregistrer la formulation du message clé (Ctrl+Return)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Unstar</source>
            <translation>&amp;Retirer l'étoile</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No longer a key message (Ctrl+U)</source>
            <translation>N'est plus un message clé (Ctrl+U)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Key messages (star more notes in the Tables tab with Ctrl+K)</source>
            <translation>Messages clés (marquez d'autres notes d'une étoile dans l'onglet Tables avec Ctrl+K)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Wording of the selected key message</source>
            <translation>Formulation du message clé sélectionné</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Table {number}: {text}</source>
            <translation>Table {number} : {text}</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A key message needs some text</source>
            <translation>Un message clé doit contenir du texte</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Edit key message</source>
            <translation>Modifier le message clé</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Unstar key message</source>
            <translation>Retirer l'étoile du message clé</translation>
        </message>
        <message>
            <location filename="../../ui/keymap.py" line="-49" />
            <source>Save the key message's wording</source>
            <translation>Enregistrer la formulation du message clé</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No longer a key message</source>
            <translation>N'est plus un message clé</translation>
        </message>
    </context>
    <context>
        <name>LibraryWindow</name>
        <message>
            <location filename="../../ui/organiser/library.py" line="+68" />
            <source>Library — every event</source>
            <translation>Bibliothèque — tous les événements</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Events</source>
            <translation>Événements</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tables</source>
            <translation>Tables</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Search every event (Ctrl+F)</source>
            <translation>Rechercher dans tous les événements (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search text</source>
            <translation>Texte recherché</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only this event</source>
            <translation>Cet événement uniquement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only this table number</source>
            <translation>Ce numéro de table uniquement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only this note type</source>
            <translation>Ce type de note uniquement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Search:</source>
            <translation>&amp;Rechercher :</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Type words to search every note, action point and declaration feedback of every event. Enter or double-click opens a note in its table.</source>
            <translation>Tapez des mots pour rechercher dans les notes, points d'action et avis sur la déclaration de tous les événements. Entrée ou un double-clic ouvre une note dans sa table.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Search results</source>
            <translation>Résultats de recherche</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The chosen note</source>
            <translation>La note choisie</translation>
        </message>
        <message>
            <location filename="../../ui/keymap.py" line="+36" />
            <source>&amp;Find</source>
            <translation>&amp;Chercher</translation>
        </message>
        <message>
            <location line="-2" />
            <source>&amp;New event…</source>
            <translation>&amp;Nouvel événement…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Close</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Help</source>
            <translation>A&amp;ide</translation>
        </message>
        <message>
            <location line="-9" />
            <source>&amp;Library</source>
            <translation>&amp;Bibliothèque</translation>
        </message>
        <message>
            <location filename="../../ui/organiser/library.py" line="+40" />
            <source>Library</source>
            <translation>Bibliothèque</translation>
        </message>
        <message>
            <location line="+28" />
            <source>draft</source>
            <translation>brouillon</translation>
        </message>
        <message>
            <location line="+0" />
            <source>running</source>
            <translation>en cours</translation>
        </message>
        <message>
            <location line="+1" />
            <source>finalised</source>
            <translation>finalisé</translation>
        </message>
        <message>
            <location line="+18" />
            <source>All events</source>
            <translation>Tous les événements</translation>
        </message>
        <message>
            <location line="+3" />
            <source>All tables</source>
            <translation>Toutes les tables</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+3" />
            <source>Table {number}</source>
            <translation>Table {number}</translation>
        </message>
        <message>
            <location line="-2" />
            <source>All kinds</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Action point</source>
            <translation>Point d'action</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Declaration feedback ({stance})</source>
            <translation>Avis sur la déclaration ({stance})</translation>
        </message>
        <message>
            <location line="+94" />
            <source>{count} results, best first</source>
            <translation>{count} résultats, les meilleurs d'abord</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing found for {text!r}</source>
            <translation>Aucun résultat pour {text!r}</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Enter or double-click opens this note in its table.</source>
            <translation>Entrée ou un double-clic ouvre cette note dans sa table.</translation>
        </message>
    </context>
    <context>
        <name>NotesModel</name>
        <message>
            <location filename="../../ui/workspace/notes_model.py" line="+78" />
            <source>Time</source>
            <extracomment>the table's participants: who a typed @name or speaker resolves to</extracomment>
            <translation>Heure</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Speaker</source>
            <translation>Intervenant</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Key</source>
            <translation>Clé</translation>
        </message>
        <message>
            <location line="+151" />
            <source>not a key message</source>
            <translation>pas un message clé</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Edit note</source>
            <translation>Modifier la note</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Change speaker</source>
            <translation>Changer l'intervenant</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Change note type</source>
            <translation>Changer le type de note</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Mark key message</source>
            <translation>Marquer comme message clé</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unmark key message</source>
            <translation>Ne plus marquer comme message clé</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Delete note</source>
            <translation>Supprimer la note</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <location filename="../../ui/workspace/notes_view.py" line="+126" />
            <source>Filter by type</source>
            <translation>Filtrer par type</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All types</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Filter by guiding question</source>
            <translation>Filtrer par question directrice</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All questions</source>
            <translation>Toutes les questions</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No question</source>
            <translation>Sans question</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Q{position}: {text}</source>
            <translation>Q{position} : {text}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Filter by speaker</source>
            <translation>Filtrer par intervenant</translation>
        </message>
        <message>
            <location line="+2" />
            <source>#tag</source>
            <translation>#tag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Filter by tag</source>
            <translation>Filtrer par tag</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search notes (Ctrl+F)</source>
            <translation>Rechercher (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search the notes</source>
            <translation>Rechercher dans les notes</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Notes shown</source>
            <extracomment>in a big table the list refilters once typing pauses, not on every key always says how much of the list is shown ("12 of 40 notes")</extracomment>
            <translation>Notes affichées</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Note type</source>
            <translation>Type de note</translation>
        </message>
        <message>
            <location line="+47" />
            <source>All speakers</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <location line="+54" />
            <source>{shown} of {total} notes</source>
            <translation>{shown} notes sur {total}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{total} notes</source>
            <translation>{total} notes</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPanel</name>
        <message>
            <location filename="../../ui/organiser/participants.py" line="+51" />
            <location filename="../../ui/panels/participants.py" line="+211" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../ui/panels/participants.py" line="-65" />
            <location line="+67" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../ui/panels/participants.py" line="-60" />
            <location line="+65" />
            <source>Actor type</source>
            <translation>Type d'acteur</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+20" />
            <location filename="../../ui/panels/participants.py" line="-98" />
            <location line="+103" />
            <source>Consent</source>
            <translation>Consentement</translation>
        </message>
        <message>
            <location line="-15" />
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tables</source>
            <translation>Tables</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Add participant…</source>
            <translation>&amp;Ajouter un participant…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Remove</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import CSV…</source>
            <translation>&amp;Importer un CSV…</translation>
        </message>
        <message>
            <location line="+26" />
            <source>{count} participants</source>
            <translation>{count} participants</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+62" />
            <location filename="../../ui/panels/participants.py" line="-36" />
            <source>A participant needs a name</source>
            <translation>Un participant doit avoir un nom</translation>
        </message>
        <message>
            <location line="-31" />
            <source>Edit participant</source>
            <translation>Modifier le participant</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Give table numbers of this event, like 1, 3 (not {text!r})</source>
            <translation>Indiquez des numéros de table de cet événement, comme 1, 3 (pas {text!r})</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Assign tables</source>
            <translation>Attribuer les tables</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+7" />
            <source>Add participant</source>
            <translation>Ajouter un participant</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Remove participant</source>
            <translation>Retirer le participant</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+25" />
            <source>Import participants</source>
            <translation>Importer des participants</translation>
        </message>
        <message>
            <location line="-25" />
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cannot import</source>
            <translation>Importation impossible</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Imported {n} participants; rows skipped: {skipped}</source>
            <translation>{n} participants importés ; lignes ignorées : {skipped}</translation>
        </message>
        <message>
            <location line="-195" />
            <location filename="../../ui/panels/participants.py" line="-94" />
            <source>Named</source>
            <translation>Nommément</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../ui/panels/participants.py" line="+1" />
            <source>Organisation only</source>
            <translation>Organisation uniquement</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../ui/panels/participants.py" line="+1" />
            <source>Anonymous</source>
            <translation>Anonyme</translation>
        </message>
        <message>
            <location filename="../../ui/panels/participants.py" line="+3" />
            <source>May be quoted by name</source>
            <translation>Peut être cité nommément</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May be quoted by organisation, not by name</source>
            <translation>Peut être cité par son organisation, pas par son nom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Never attributed</source>
            <translation>Jamais attribué</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Participants at this table</source>
            <translation>Participants à cette table</translation>
        </message>
        <message>
            <location filename="../../ui/keymap.py" line="-94" />
            <source>Check the selected participant in or out</source>
            <translation>Pointer l'arrivée ou le départ du participant sélectionné</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add a walk-in</source>
            <translation>Ajouter un participant non inscrit</translation>
        </message>
        <message>
            <location filename="../../ui/panels/participants.py" line="+26" />
            <source>&lt;b&gt;Participants&lt;/b&gt; &lt;span style='font-style:italic'&gt;Space check in · Ctrl+Shift+W walk-in&lt;/span&gt;</source>
            <translation>&lt;b&gt;Participants&lt;/b&gt; &lt;span style='font-style:italic'&gt;Espace pointer · Ctrl+Shift+W non inscrit&lt;/span&gt;</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Check in / out</source>
            <translation>Arrivée / départ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Walk-in: name</source>
            <translation>Non inscrit : nom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Walk-in name</source>
            <translation>Nom du participant non inscrit</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Walk-in organisation</source>
            <translation>Organisation du participant non inscrit</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Walk-in actor type</source>
            <translation>Type d'acteur du participant non inscrit</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Walk-in consent</source>
            <translation>Consentement du participant non inscrit</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ask the person; until then, Anonymous is safest</source>
            <translation>Demandez à la personne ; d'ici là, Anonyme est le plus sûr</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add walk-in</source>
            <translation>Ajouter un non-inscrit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the walk-in, checked in</source>
            <translation>Ajouter le non-inscrit, déjà pointé</translation>
        </message>
        <message>
            <location filename="../../ui/organiser/participants.py" line="+87" />
            <location filename="../../ui/panels/participants.py" line="+39" />
            <source>Not a consent: {value}</source>
            <translation>Consentement non valable : {value}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/participants.py" line="+6" />
            <source>Here</source>
            <translation>Présent</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Checked in (Space)</source>
            <translation>Pointé (Espace)</translation>
        </message>
        <message>
            <location line="+43" />
            <source>{here} of {total} checked in</source>
            <translation>{here} sur {total} pointés</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Chatham House rule: nothing said at this event is attributed to anyone.</source>
            <translation>Règle de Chatham House : rien de ce qui est dit lors de cet événement n'est attribué à quiconque.</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Check in {name}</source>
            <translation>Pointer l'arrivée de {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check out {name}</source>
            <translation>Pointer le départ de {name}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Edit {name}</source>
            <translation>Modifier {name}</translation>
        </message>
        <message>
            <location line="+39" />
            <source>A walk-in needs a name</source>
            <translation>Un participant non inscrit doit avoir un nom</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} is already at this table</source>
            <translation>{name} est déjà à cette table</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Add walk-in {name}</source>
            <translation>Ajouter le non-inscrit {name}</translation>
        </message>
    </context>
    <context>
        <name>PlenaryWindow</name>
        <message>
            <location filename="../../ui/plenary/window.py" line="+131" />
            <source>Plenary — {event}</source>
            <translation>Plénière — {event}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The current plenary page</source>
            <translation>La page plénière affichée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>◀ Previous</source>
            <translation>◀ Précédente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next ▶</source>
            <translation>Suivante ▶</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Language of the pages</source>
            <translation>Langue des pages</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Full screen</source>
            <translation>Plein écran</translation>
        </message>
        <message>
            <location filename="../../ui/keymap.py" line="+83" />
            <location filename="../../ui/plenary/window.py" line="+1" />
            <source>Import results…</source>
            <translation>Importer des résultats…</translation>
        </message>
        <message>
            <location filename="../../ui/plenary/window.py" line="+2" />
            <source>What the last import did</source>
            <translation>Ce qu'a fait la dernière importation</translation>
        </message>
        <message>
            <location filename="../../ui/keymap.py" line="-12" />
            <source>Next page</source>
            <translation>Page suivante</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Previous page</source>
            <translation>Page précédente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>First page</source>
            <translation>Première page</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last page</source>
            <translation>Dernière page</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Full screen on or off</source>
            <translation>Plein écran activé ou désactivé</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Leave full screen</source>
            <translation>Quitter le plein écran</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next language</source>
            <translation>Langue suivante</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../ui/plenary/window.py" line="+51" />
            <source>Previous page (Left, PageUp)</source>
            <translation>Page précédente (Gauche, PageUp)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next page (Right, PageDown)</source>
            <translation>Page suivante (Droite, PageDown)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Full screen on or off (F5, F11; Esc leaves)</source>
            <translation>Plein écran activé ou désactivé (F5, F11 ; Échap pour quitter)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import results files (Ctrl+I), or drop them on the window</source>
            <translation>Importer des fichiers de résultats (Ctrl+I), ou les déposer sur la fenêtre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Language of the pages (L)</source>
            <translation>Langue des pages (L)</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Page {page} of {count}</source>
            <translation>Page {page} sur {count}</translation>
        </message>
        <message>
            <location line="+76" />
            <source>Import results files</source>
            <translation>Importer des fichiers de résultats</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Results files (*.zip)</source>
            <translation>Fichiers de résultats (*.zip)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Results of table {tables} imported</source>
            <translation>Résultats de la table {tables} importés</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Import failed</source>
            <translation>Échec de l'importation</translation>
        </message>
    </context>
    <context>
        <name>ProjectorWindow</name>
        <message>
            <location filename="../../ui/workspace/projector.py" line="+19" />
            <source>Roundtables: projector</source>
            <extracomment>where typed text goes while this window is in front (the note field)</extracomment>
            <translation>Roundtables : projecteur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Projector view</source>
            <translation>Vue projecteur</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Current guiding question</source>
            <translation>Question directrice en cours</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time left</source>
            <translation>Temps restant</translation>
        </message>
    </context>
    <context>
        <name>QuestionsPanel</name>
        <message>
            <location filename="../../ui/organiser/agenda.py" line="-102" />
            <source>Guiding question</source>
            <translation>Question directrice</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Guiding questions</source>
            <translation>Questions directrices</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Remove question</source>
            <translation>Retirer la question</translation>
        </message>
        <message>
            <location line="+7" />
            <source>New question</source>
            <translation>Nouvelle question</translation>
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
            <translation>Espace rapporteur</translation>
        </message>
        <message>
            <location filename="../../ui/keymap.py" line="-74" />
            <source>Tables</source>
            <extracomment>the pages of the workspace, in tab order (Alt+1…7)</extracomment>
            <translation>Tables</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Raised at several tables</source>
            <translation>Soulevé à plusieurs tables</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action points</source>
            <translation>Points d'action</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Key messages and summary</source>
            <translation>Messages clés et résumé</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../ui/rapporteur/workspace.py" line="+111" />
            <source>Hand-over</source>
            <translation>Transmission</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Synthesis</source>
            <translation>Synthèse</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Themes for the synthesis</source>
            <translation>Thèmes pour la synthèse</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Help</source>
            <translation>A&amp;ide</translation>
        </message>
        <message>
            <location filename="../../ui/rapporteur/workspace.py" line="-103" />
            <source>This event is finalised: read-only. The organiser can reopen it.</source>
            <translation>Cet événement est finalisé : lecture seule. L'organisateur peut le rouvrir.</translation>
        </message>
        <message>
            <location filename="../../ui/keymap.py" line="-34" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Import results…</source>
            <translation>&amp;Importer des résultats…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import results files from the tables</source>
            <translation>Importer les fichiers de résultats des tables</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Generate synthesis…</source>
            <translation>&amp;Générer la synthèse…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write the Word synthesis and open it</source>
            <translation>Générer la synthèse Word et l'ouvrir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Close</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <location line="-20" />
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <location line="+22" />
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <location line="-23" />
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <location line="+27" />
            <source>&amp;Plenary view</source>
            <translation>Vue &amp;plénière</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show the report-back full screen, on the second screen when there is one</source>
            <translation>Afficher la restitution en plein écran, sur le second écran s'il y en a un</translation>
        </message>
        <message>
            <location filename="../../ui/rapporteur/workspace.py" line="+101" />
            <source>Hand-over — conflicts: {count}</source>
            <translation>Transmission — conflits : {count}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{tables} tables, {notes} notes, {points} action points</source>
            <translation>{tables} tables, {notes} notes, {points} points d'action</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Import results files</source>
            <translation>Importer des fichiers de résultats</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Results files (*.zip)</source>
            <translation>Fichiers de résultats (*.zip)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Import failed</source>
            <translation>Échec de l'importation</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Select a note first</source>
            <translation>Sélectionnez d'abord une note</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Star key message</source>
            <translation>Marquer comme message clé</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unstar key message</source>
            <translation>Retirer l'étoile du message clé</translation>
        </message>
    </context>
    <context>
        <name>SeveralTablesPanel</name>
        <message>
            <location filename="../../ui/rapporteur/notes_views.py" line="+125" />
            <source>Themes raised at several tables</source>
            <translation>Thèmes soulevés à plusieurs tables</translation>
        </message>
        <message>
            <location line="+38" />
            <source>{theme}: raised at tables {tables}</source>
            <translation>{theme} : soulevé aux tables {tables}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{count} themes were raised at two or more tables.</source>
            <translation>{count} thèmes ont été soulevés à deux tables ou plus.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No theme was raised at more than one table yet.</source>
            <translation>Aucun thème n'a encore été soulevé à plus d'une table.</translation>
        </message>
        <message>
            <location filename="../../../build/i18n_extra.py" line="+1" />
            <source>{first} and {last}</source>
            <translation>{first} et {last}</translation>
        </message>
    </context>
    <context>
        <name>SpeakerDelegate</name>
        <message>
            <location filename="../../ui/workspace/notes_view.py" line="-175" />
            <source>Speaker</source>
            <extracomment>A list this long refilters on every key (about a frame's work); a longer one refilters when typing pauses for TYPING_PAUSE_MS.</extracomment>
            <translation>Intervenant</translation>
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
            <translation>Événement / table</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status / room</source>
            <translation>Statut / salle</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Events and their tables</source>
            <translation>Événements et leurs tables</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Select a table and press Enter to open it. Before the discussion, show how words will be used with Consent notice (Ctrl+Shift+I). F1 lists every shortcut.</source>
            <translation>Sélectionnez une table et appuyez sur Entrée pour l'ouvrir. Avant la discussion, montrez l'usage qui sera fait des propos avec Avis de consentement (Ctrl+Shift+I). F1 liste tous les raccourcis.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose your round table</source>
            <translation>Choisissez votre table ronde</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Table {number}: {theme}</source>
            <translation>Table {number} : {theme}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>draft</source>
            <translation>brouillon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>running</source>
            <translation>en cours</translation>
        </message>
        <message>
            <location line="+1" />
            <source>finalised (read-only)</source>
            <translation>finalisé (lecture seule)</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Open table</source>
            <translation>Ouvrir la table</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Select a table first</source>
            <translation>Sélectionnez d'abord une table</translation>
        </message>
        <message>
            <location line="+45" />
            <location line="+8" />
            <source>Import table kit or results</source>
            <translation>Importer un kit de table ou des résultats</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Roundtables files (*.zip);;All files (*)</source>
            <translation>Fichiers Roundtables (*.zip);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Consent notice</source>
            <translation>Avis de consentement</translation>
        </message>
        <message>
            <location line="+11" />
            <source>New event</source>
            <translation>Nouvel événement</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+2" />
            <source>Edit event</source>
            <translation>Modifier l'événement</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Library and search</source>
            <translation>Bibliothèque et recherche</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+2" />
            <source>Rapporteur workspace</source>
            <translation>Espace rapporteur</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Select an event first</source>
            <translation>Sélectionnez d'abord un événement</translation>
        </message>
        <message>
            <location filename="../../ui/keymap.py" line="-186" />
            <source>Open the selected table</source>
            <translation>Ouvrir la table sélectionnée</translation>
        </message>
        <message>
            <location line="-3" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import table kit or results…</source>
            <translation>Importer un kit de table ou des résultats…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Consent notice…</source>
            <translation>Avis de consentement…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New event…</source>
            <translation>Nouvel événement…</translation>
        </message>
        <message>
            <location line="-10" />
            <source>&amp;Organiser</source>
            <translation>&amp;Organisateur</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Edit event…</source>
            <translation>Modifier l'événement…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Library and search…</source>
            <translation>Bibliothèque et recherche…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rapporteur workspace…</source>
            <translation>Espace rapporteur…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Rapporteur</source>
            <translation>&amp;Rapporteur</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Help</source>
            <translation>A&amp;ide</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
    </context>
    <context>
        <name>SummaryPane</name>
        <message>
            <location filename="../../ui/rapporteur/summary_editor.py" line="+13" />
            <source>&amp;Draft again…</source>
            <translation>&amp;Rédiger à nouveau…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Replace the summary with a fresh draft from the tables' results</source>
            <translation>Remplacer le résumé par un nouveau projet tiré des résultats des tables</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Executive summary (saved as you type)</source>
            <translation>&amp;Résumé (enregistré pendant la saisie)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A line ending with a colon before bullets is bold; lines starting with “- ” are bullets.</source>
            <translation>Une ligne finissant par deux-points avant des puces est en gras ; les lignes commençant par « - » sont des puces.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Edited by you: kept as you wrote it, whatever is imported next.</source>
            <translation>Modifié par vous : conservé tel que vous l'avez écrit, quoi qu'on importe ensuite.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Drafted by the app from the tables' results; edit it freely.</source>
            <translation>Rédigé par l'application à partir des résultats des tables ; modifiez-le librement.</translation>
        </message>
    </context>
    <context>
        <name>TableWorkspace</name>
        <message>
            <location filename="../../ui/workspace/window.py" line="+97" />
            <source>This event is finalised: read-only. The organiser can reopen it.</source>
            <extracomment>side panels: key in self.panels, class, shortcut to its tab</extracomment>
            <translation>Cet événement est finalisé : lecture seule. L'organisateur peut le rouvrir.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Current guiding question</source>
            <translation>Question directrice en cours</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Choose the guiding question</source>
            <translation>Choisissez la question directrice</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No guiding question</source>
            <translation>Aucune question directrice</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Question {n}</source>
            <translation>Question {n}</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Notes and panels</source>
            <translation>Notes et panneaux</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes (Alt+N)</source>
            <translation>Notes (Alt+N)</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Everything is saved as you type</source>
            <translation>Tout est enregistré au fil de la frappe</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Action points</source>
            <translation>Points d'action</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Declaration</source>
            <translation>Déclaration</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{title} ({key})</source>
            <translation>{title} ({key})</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The draft is not saved</source>
            <translation>Le brouillon n’est pas enregistré</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The draft is not saved: {reason}</source>
            <translation>Le brouillon n’est pas enregistré : {reason}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Type a note first</source>
            <translation>Tapez d'abord une note</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Add note</source>
            <translation>Ajouter une note</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Filters cleared to show the note just saved</source>
            <translation>Filtres effacés pour afficher la note qui vient d'être enregistrée</translation>
        </message>
        <message>
            <location line="+32" />
            <source>No guiding question selected (Ctrl+G)</source>
            <translation>Aucune question directrice choisie (Ctrl+G)</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+60" />
            <source>Q{n}: {text}</source>
            <translation>Q{n} : {text}</translation>
        </message>
        <message>
            <location line="-33" />
            <source>Next segment</source>
            <translation>Étape suivante</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Previous segment</source>
            <translation>Étape précédente</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+52" />
            <source>Table {n}: {theme}</source>
            <translation>Table {n} : {theme}</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Saved {time}</source>
            <translation>Enregistré {time}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>{table} — {event}</source>
            <translation>{table} — {event}</translation>
        </message>
        <message>
            <location filename="../../ui/workspace/list_commands.py" line="+48" />
            <source>Select a note in the list first</source>
            <translation>Choisissez d'abord une note dans la liste</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Link note to question</source>
            <translation>Lier la note à la question</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Change note type</source>
            <translation>Changer le type de note</translation>
        </message>
    </context>
    <context>
        <name>TablesPanel</name>
        <message>
            <location filename="../../ui/organiser/tables.py" line="+49" />
            <source>Round tables</source>
            <translation>Tables rondes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add &amp;table</source>
            <translation>Ajouter une &amp;table</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+173" />
            <source>Remove table</source>
            <translation>Retirer la table</translation>
        </message>
        <message>
            <location line="-158" />
            <source>T&amp;heme</source>
            <translation>T&amp;hème</translation>
        </message>
        <message>
            <location line="+1" />
            <source>R&amp;oom</source>
            <translation>&amp;Salle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Facilitator</source>
            <translation>&amp;Animateur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ra&amp;pporteur</source>
            <translation>Ra&amp;pporteur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keynote speaker</source>
            <translation>&amp;Orateur principal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keynote t&amp;itle</source>
            <translation>Titre de l'&amp;exposé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keynote s&amp;ummary</source>
            <translation>Résumé de l'e&amp;xposé</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Number</source>
            <translation>&amp;Numéro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Table number</source>
            <translation>Numéro de table</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Table details</source>
            <translation>Détails de la table</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Guiding questions</source>
            <translation>Questions directrices</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agenda</source>
            <translation>Ordre du jour</translation>
        </message>
        <message>
            <location line="+37" />
            <source>(no theme yet)</source>
            <translation>(pas encore de thème)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Table {number}: {theme}</source>
            <translation>Table {number} : {theme}</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Edit table {number}</source>
            <translation>Modifier la table {number}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Table number {number} is already used in this event</source>
            <translation>Le numéro de table {number} est déjà utilisé dans cet événement</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Renumber table</source>
            <translation>Renuméroter la table</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add table {number}</source>
            <translation>Ajouter la table {number}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Remove table {number} ({theme}) with its questions and agenda?</source>
            <translation>Retirer la table {number} ({theme}) avec ses questions et son ordre du jour ?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Its {count} notes will no longer be shown.</source>
            <translation>Ses {count} notes ne seront plus affichées.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Remove table {n}</source>
            <translation>Retirer la table {n}</translation>
        </message>
        <message>
            <location filename="../../ui/rapporteur/notes_views.py" line="-170" />
            <source>By &amp;table</source>
            <translation>Par &amp;table</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By t&amp;heme</source>
            <translation>Par t&amp;hème</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All tables side by side (Ctrl+1)</source>
            <translation>Toutes les tables côte à côte (Ctrl+1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes grouped by tag (Ctrl+2)</source>
            <translation>Notes regroupées par tag (Ctrl+2)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Star / unstar as &amp;key message</source>
            <translation>Marquer / démarquer comme message &amp;clé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Toggle the selected note as a key message (Ctrl+K)</source>
            <translation>Marquer ou démarquer la note sélectionnée comme message clé (Ctrl+K)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Notes by theme</source>
            <translation>Notes par thème</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Show:</source>
            <translation>Afficher :</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Notes of table {number}</source>
            <translation>Notes de la table {number}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Table {number}: {theme} ({count} notes)</source>
            <translation>Table {number} : {theme} ({count} notes)</translation>
        </message>
        <message>
            <location filename="../../../build/i18n_extra.py" line="+1" />
            <source>Notes on the keynote</source>
            <translation>Notes sur l'introduction</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not linked to a question</source>
            <translation>Liée à aucune question</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open questions</source>
            <translation>Questions ouvertes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>table {numbers}</source>
            <translation>table {numbers}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>tables {numbers}</source>
            <translation>tables {numbers}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>#{tag} ({count} notes, {where})</source>
            <translation>#{tag} ({count} notes, {where})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Without a tag ({count} notes, {where})</source>
            <translation>Sans tag ({count} notes, {where})</translation>
        </message>
        <message>
            <location filename="../../ui/keymap.py" line="+178" />
            <source>All tables side by side</source>
            <translation>Toutes les tables côte à côte</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notes grouped by tag</source>
            <translation>Notes regroupées par tag</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Toggle the selected note as a key message</source>
            <translation>Marquer ou démarquer la note sélectionnée comme message clé</translation>
        </message>
    </context>
    <context>
        <name>TemplateChooser</name>
        <message>
            <location filename="../../ui/organiser/chooser.py" line="+33" />
            <source>&lt;h2&gt;New event&lt;/h2&gt;Start from a template:</source>
            <translation>&lt;h2&gt;Nouvel événement&lt;/h2&gt;Partir d'un modèle :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Templates</source>
            <translation>Modèles</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Use &amp;my own template file…</source>
            <translation>Utiliser &amp;mon propre fichier modèle…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Create event</source>
            <translation>&amp;Créer l'événement</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Title</source>
            <translation>&amp;Titre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Choose a template file</source>
            <translation>Choisir un fichier modèle</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Templates (*.json)</source>
            <translation>Modèles (*.json)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot use this template</source>
            <translation>Impossible d'utiliser ce modèle</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The title cannot be empty</source>
            <translation>Le titre ne peut pas être vide</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cannot create the event</source>
            <translation>Impossible de créer l'événement</translation>
        </message>
    </context>
    <context>
        <name>ThemesPanel</name>
        <message>
            <location filename="../../ui/rapporteur/themes.py" line="+59" />
            <source>Themes the app proposes</source>
            <translation>Thèmes proposés par l'application</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Keep this theme →</source>
            <translation>&amp;Garder ce thème →</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the proposed theme to your themes (Enter)</source>
            <translation>Ajouter le thème proposé à vos thèmes (Entrée)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your themes, in the order of the synthesis</source>
            <translation>Vos thèmes, dans l'ordre de la synthèse</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Merge selected</source>
            <translation>&amp;Fusionner la sélection</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One theme from the selected ones: the first title, every note</source>
            <translation>Un seul thème à partir de la sélection : le premier titre, toutes les notes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Earlier ↑</source>
            <translation>Plus tôt ↑</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move the theme earlier in the synthesis (Alt+Up)</source>
            <translation>Placer le thème plus tôt dans la synthèse (Alt+Haut)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Later ↓</source>
            <translation>Plus tard ↓</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move the theme later in the synthesis (Alt+Down)</source>
            <translation>Placer le thème plus loin dans la synthèse (Alt+Bas)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Remove</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drop the selected theme from the synthesis</source>
            <translation>Retirer le thème sélectionné de la synthèse</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Title of the theme</source>
            <translation>Titre du thème</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What the tables said on this theme</source>
            <translation>Ce que les tables ont dit sur ce thème</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Two to four sentences on what the tables said about this theme</source>
            <translation>Deux à quatre phrases sur ce que les tables ont dit de ce thème</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Save theme</source>
            <translation>&amp;Enregistrer le thème</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the title and sentences (Ctrl+Return)</source>
            <translation>Enregistrer le titre et les phrases (Ctrl+Entrée)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Notes of the selected theme</source>
            <translation>Notes du thème sélectionné</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Proposed from tags and wording across tables</source>
            <translation>&amp;Proposés d'après les étiquettes et les formulations des tables</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Your themes</source>
            <translation>&amp;Vos thèmes</translation>
        </message>
        <message>
            <location line="+16" />
            <source>&amp;Title (press Enter to rename)</source>
            <translation>&amp;Titre (Entrée pour renommer)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>S&amp;entences for the synthesis</source>
            <translation>&amp;Phrases pour la synthèse</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Notes on this theme (the chapters quote them in full)</source>
            <translation>&amp;Notes sur ce thème (les chapitres les citent en entier)</translation>
        </message>
        <message>
            <location line="+40" />
            <source>{label}  (tables {tables}, {count} notes)</source>
            <translation>{label}  (tables {tables}, {count} notes)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>{title}  (tables {tables}, {count} notes)</source>
            <translation>{title}  (tables {tables}, {count} notes)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The synthesis shows these themes, in this order.</source>
            <translation>La synthèse présente ces thèmes, dans cet ordre.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>None yet: the synthesis shows the proposed themes, each with a generated line.</source>
            <translation>Aucun pour l'instant : la synthèse présente les thèmes proposés, chacun avec une ligne générée.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Table {number}: {text}</source>
            <translation>Table {number} : {text}</translation>
        </message>
        <message>
            <location line="+58" />
            <source>Theme not kept</source>
            <translation>Thème non gardé</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Themes not merged</source>
            <translation>Thèmes non fusionnés</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Theme not renamed</source>
            <translation>Thème non renommé</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Theme not saved</source>
            <translation>Thème non enregistré</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Theme not moved</source>
            <translation>Thème non déplacé</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Theme not removed</source>
            <translation>Thème non retiré</translation>
        </message>
        <message>
            <location filename="../../ui/keymap.py" line="+14" />
            <source>Save the title and sentences</source>
            <translation>Enregistrer le titre et les phrases</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceKeys</name>
        <message>
            <location line="-184" />
            <source>Consent notice…</source>
            <translation>Avis de consentement…</translation>
        </message>
        <message>
            <location line="-6" />
            <source>&amp;Table</source>
            <translation>&amp;Table</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Hand in results…</source>
            <translation>Remettre les résultats…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close the table</source>
            <translation>Fermer la table</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the note</source>
            <translation>Enregistrer la note</translation>
        </message>
        <message>
            <location line="-11" />
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Go to the note field</source>
            <translation>Aller au champ de note</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Star the selected note as a key message</source>
            <translation>Marquer la note sélectionnée comme message clé</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Go to the notes list</source>
            <translation>Aller à la liste des notes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit the selected note (markers, @ and # as typed)</source>
            <translation>Modifier la note choisie (marqueurs, @ et # comme à la saisie)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change the selected note's speaker</source>
            <translation>Changer l'intervenant de la note choisie</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Link the selected note to the current question</source>
            <translation>Lier la note choisie à la question en cours</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete the selected note</source>
            <translation>Supprimer la note sélectionnée</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search the notes</source>
            <translation>Rechercher dans les notes</translation>
        </message>
        <message>
            <location line="-34" />
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Start or pause the timer</source>
            <translation>Démarrer ou mettre en pause le minuteur</translation>
        </message>
        <message>
            <location line="-35" />
            <source>A&amp;genda</source>
            <translation>&amp;Ordre du jour</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Next agenda segment</source>
            <translation>Étape suivante de l'ordre du jour</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Previous agenda segment</source>
            <translation>Étape précédente de l'ordre du jour</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next guiding question</source>
            <translation>Question directrice suivante</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Previous guiding question</source>
            <translation>Question directrice précédente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Projector mode</source>
            <translation>Mode projecteur</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Projector full screen</source>
            <translation>Projecteur en plein écran</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Help</source>
            <translation>A&amp;ide</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show the notes</source>
            <translation>Afficher les notes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show {panel}</source>
            <translation>Afficher {panel}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note type: {label}</source>
            <translation>Type de note : {label}</translation>
        </message>
    </context>
    <context>
        <name>_OrderedPanel</name>
        <message>
            <location filename="../../ui/organiser/agenda.py" line="-135" />
            <source>&amp;Add</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Remove</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move &amp;up (Alt+Up)</source>
            <translation>&amp;Monter (Alt+Up)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move do&amp;wn (Alt+Down)</source>
            <translation>&amp;Descendre (Alt+Down)</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Reorder</source>
            <translation>Réordonner</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Edit {field}</source>
            <translation>Modifier {field}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This cannot be empty</source>
            <translation>Ce champ ne peut pas être vide</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
    </context>
    <context>
        <name>accessibility</name>
        <message>
            <location filename="../../ui/accessibility.py" line="+49" />
            <source>Choices</source>
            <translation>Choix</translation>
        </message>
    </context>
</TS>
