"""Headings and labels of the Word documents in English, Dutch and French.

Plain dictionaries (no Qt below the ui layer).  ``{placeholders}`` are filled
with ``str.format``.  A missing key in nl/fr falls back to English.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from roundtables.domain import DEFAULT_NOTE_TYPES, NoteType, NoteTypeKey
from roundtables.synthesis.summary_labels import SUMMARY_LABELS
from roundtables.synthesis.vocabulary import actor_type, agenda_title, typography

EN: dict[str, str] = {
    "and_more": "and {count} more",
    "key_message_mark": "Key message",
    "keynote_notes": "Notes on the keynote",
    "action_points_line_one": (
        "The table agreed 1 action point:"
        " row {rows} of the consolidated action plan."
    ),
    "action_points_line": (
        "The table agreed {count} action points:"
        " rows {rows} of the consolidated action plan."
    ),
    "see_chapter": "see {where}",
    "where_question": "round table {number}, question {question}",
    "where_table": "round table {number}",
    "not_discussed": "Not discussed at the table:",
    "col_asked": "Asked to act",
    "col_status": "Status",
    "col_merged": "Merged with",
    "status_open": "open",
    "status_in_progress": "in progress",
    "status_done": "done",
    "status_dropped": "dropped",
    "addressee_flemish": "Flemish Government",
    "addressee_federal": "Federal government",
    "addressee_eu": "European Union",
    "stance_overview": "Stances at a glance",
    "stance_overview_intro": (
        "Each article with the stance of each table. A rejection is written in capitals "
        "and marked with a cross; an amendment with a pencil."
    ),
    "col_article": "Article",
    "consolidated_text": "The declaration with the proposed amendments",
    "consolidated_intro": (
        "One text per article. Each table's proposed wording is a tracked change in that "
        "table's name, to accept or reject in Word. Where two tables proposed different "
        "wordings for the same words, the first is tracked and the others are given below it."
    ),
    "alternative": "Alternative from table {number} for “{old}”: “{new}”",
    "rationales": "Why",
    "asked_for": "{stance} ({number})",
    "agenda_tables": "The same agenda at every table",
    "col_as_run": "As run, table {number}",
    "synthesis": "Synthesis of the round tables",
    "table_report": "Report of round table {number}",
    "date": "Date",
    "venue": "Venue",
    "organiser": "Organised by",
    "draft": "Draft",
    "final": "Final version",
    "draft_notice": "Draft for review: not for circulation",
    "contents": "Contents",
    "executive_summary": "Executive summary",
    "key_messages": "Key messages",
    "in_figures": "In figures",
    "fig_tables": "round tables",
    "fig_participants": "participants",
    "fig_notes": "contributions recorded",
    "fig_actions": "action points",
    "table_heading": "Round table {number}: {theme}",
    "table_heading_plain": "Round table {number}",
    "keynote": "Keynote",
    "facilitator": "Facilitator",
    "rapporteur": "Rapporteur",
    "room": "Room",
    "participants": "Participants",
    "participant_count_one": "1 participant",
    "participant_count": "{count} participants",
    "no_participants": "No participants were registered at this table.",
    "other_type": "Other",
    "discussion": "Discussion",
    "question": "Question {number}: {text}",
    "general": "General contributions",
    "no_notes": "No contributions were recorded.",
    "no_key_messages": "The table did not flag key messages.",
    "action_points": "Action points",
    "no_actions": "No action points were recorded.",
    "a_participant": "a participant",
    "themes": "Cross-cutting themes",
    "themes_intro": "Topics that two or more round tables raised independently.",
    "no_themes": "No topic was raised at more than one table.",
    "raised_at_one": "Raised at table {tables}",
    "raised_at": "Raised at tables {tables}",
    "and": "and",
    "at_table": "table {number}",
    "action_plan": "Consolidated action plan",
    "action_plan_intro": (
        "All action points of all tables in one list, sorted by deadline (the earliest "
        "first, those without a deadline last), then by priority. Similar action points "
        "from several tables are merged into one row; the last column says with which."
    ),
    "col_action": "Action",
    "col_owner": "Owner",
    "col_institution": "Institution",
    "col_deadline": "Deadline",
    "col_priority": "Priority (votes)",
    "col_source": "Table",
    "col_number": "#",
    "declaration": "Feedback on the declaration of intention",
    "declaration_intro": (
        "Each article with the stance of every table. Proposed wordings are shown as "
        "tracked changes attributed to the table, to accept or reject in Word."
    ),
    "article": "Article {number}",
    "article_titled": "Article {number}: {title}",
    "col_table": "Table",
    "col_stance": "Stance",
    "col_rationale": "Rationale",
    "no_feedback": "No feedback",
    "proposed_by": "Wording proposed by table {number}:",
    "no_articles": "The event has no declaration of intention.",
    "open_questions": "Open questions",
    "open_questions_intro": "Questions the tables left open, for follow-up.",
    "no_open_questions": "No open questions were recorded.",
    "annex_participants": "Annex {letter}: Participants",
    "annex_participants_intro": "Listed as each participant agreed to be named.",
    "annex_agenda": "Annex {letter}: Agenda as planned and as run",
    "annex_photos": "Annex {letter}: Flip-chart photos",
    "no_photos": "No photos were attached.",
    "col_name": "Name",
    "col_organisation": "Organisation",
    "col_actor": "Type",
    "col_tables": "Tables",
    "unnamed_count": "{count} participants asked not to be named.",
    "unnamed_one": "1 participant asked not to be named.",
    "anonymous_annex": "{count} participants took part; by agreement none of them is named.",
    "annex_counts": (
        "Participants: {total} in all. Named: {named}; organisation only: {organisation}; "
        "not named: {unnamed}."
    ),
    "chatham_rule": "Chatham House Rule",
    "chatham_notice": (
        "Held under the Chatham House Rule: the information may be used, but neither the "
        "identity nor the affiliation of any speaker or participant may be revealed. "
        "This document names no one."
    ),
    "col_segment": "Segment",
    "col_planned": "Planned",
    "col_started": "Started",
    "col_ended": "Ended",
    "col_actual": "Actual",
    "minutes": "{count} min",
    "not_run": "not recorded",
    "not_timed": "The times as run were not recorded at this table.",
    "figure": "Figure {number}",
    "not_an_image": "{filename} (not an image; kept with the event's files)",
    "page": "Page",
    "table_author": "Table {number}",
    "generated": "Generated by Roundtables",
    "stance_support": "Support",
    "stance_amend": "Amend",
    "stance_reject": "Reject",
    "priority_high": "high",
    "priority_medium": "medium",
    "priority_low": "low",
    "months": "January February March April May June July August September October "
    "November December",
}

NL: dict[str, str] = {
    "and_more": "en nog {count}",
    "key_message_mark": "Kernboodschap",
    "keynote_notes": "Notities bij de inleiding",
    "action_points_line_one": (
        "De tafel sprak 1 actiepunt af:"
        " rij {rows} van het geconsolideerde actieplan."
    ),
    "action_points_line": (
        "De tafel sprak {count} actiepunten af:"
        " rijen {rows} van het geconsolideerde actieplan."
    ),
    "see_chapter": "zie {where}",
    "where_question": "rondetafel {number}, vraag {question}",
    "where_table": "rondetafel {number}",
    "not_discussed": "Niet besproken aan de tafel:",
    "col_asked": "Wie moet handelen",
    "col_status": "Stand van zaken",
    "col_merged": "Samengevoegd met",
    "status_open": "open",
    "status_in_progress": "lopend",
    "status_done": "uitgevoerd",
    "status_dropped": "geschrapt",
    "addressee_flemish": "Vlaamse overheid",
    "addressee_federal": "Federale overheid",
    "addressee_eu": "Europese Unie",
    "stance_overview": "Standpunten in één oogopslag",
    "stance_overview_intro": (
        "Elk artikel met het standpunt van elke tafel. Een verwerping staat in hoofdletters "
        "met een kruisje; een wijziging met een potlood."
    ),
    "col_article": "Artikel",
    "consolidated_text": "De verklaring met de voorgestelde wijzigingen",
    "consolidated_intro": (
        "Eén tekst per artikel. De formulering die een tafel voorstelt, staat als bijgehouden "
        "wijziging op naam van die tafel, te aanvaarden of te weigeren in Word. Stelden twee "
        "tafels voor dezelfde woorden iets anders voor, dan staat het eerste voorstel als "
        "wijziging en de andere eronder."
    ),
    "alternative": "Alternatief van tafel {number} voor „{old}”: „{new}”",
    "rationales": "Waarom",
    "asked_for": "{stance} ({number})",
    "agenda_tables": "Dezelfde agenda aan elke tafel",
    "col_as_run": "Verlopen, tafel {number}",
    "synthesis": "Synthese van de rondetafels",
    "table_report": "Verslag van rondetafel {number}",
    "date": "Datum",
    "venue": "Locatie",
    "organiser": "Georganiseerd door",
    "draft": "Ontwerp",
    "final": "Definitieve versie",
    "draft_notice": "Ontwerp ter nalezing: niet verspreiden",
    "contents": "Inhoud",
    "executive_summary": "Samenvatting",
    "key_messages": "Kernboodschappen",
    "in_figures": "In cijfers",
    "fig_tables": "rondetafels",
    "fig_participants": "deelnemers",
    "fig_notes": "genoteerde bijdragen",
    "fig_actions": "actiepunten",
    "table_heading": "Rondetafel {number}: {theme}",
    "table_heading_plain": "Rondetafel {number}",
    "keynote": "Inleiding",
    "facilitator": "Gespreksleider",
    "rapporteur": "Rapporteur",
    "room": "Zaal",
    "participants": "Deelnemers",
    "participant_count_one": "1 deelnemer",
    "participant_count": "{count} deelnemers",
    "no_participants": "Er waren geen deelnemers ingeschreven aan deze tafel.",
    "other_type": "Andere",
    "discussion": "Bespreking",
    "question": "Vraag {number}: {text}",
    "general": "Algemene bijdragen",
    "no_notes": "Er werden geen bijdragen genoteerd.",
    "no_key_messages": "De tafel duidde geen kernboodschappen aan.",
    "action_points": "Actiepunten",
    "no_actions": "Er werden geen actiepunten genoteerd.",
    "a_participant": "een deelnemer",
    "themes": "Overkoepelende thema's",
    "themes_intro": "Onderwerpen die twee of meer rondetafels los van elkaar aansneden.",
    "no_themes": "Geen onderwerp kwam aan meer dan één tafel aan bod.",
    "raised_at_one": "Besproken aan tafel {tables}",
    "raised_at": "Besproken aan tafels {tables}",
    "and": "en",
    "at_table": "tafel {number}",
    "action_plan": "Geconsolideerd actieplan",
    "action_plan_intro": (
        "Alle actiepunten van alle tafels in één lijst, gesorteerd op uiterste datum (de "
        "vroegste eerst, die zonder datum achteraan) en dan op prioriteit. Gelijkaardige "
        "actiepunten van verschillende tafels staan samen in één rij; de laatste kolom zegt "
        "met welke."
    ),
    "col_action": "Actie",
    "col_owner": "Wie",
    "col_institution": "Instelling",
    "col_deadline": "Uiterste datum",
    "col_priority": "Prioriteit (stemmen)",
    "col_source": "Tafel",
    "col_number": "#",
    "declaration": "Feedback op de intentieverklaring",
    "declaration_intro": (
        "Elk artikel met het standpunt van elke tafel. Voorgestelde formuleringen staan "
        "als bijgehouden wijzigingen op naam van de tafel, te aanvaarden of te weigeren in Word."
    ),
    "article": "Artikel {number}",
    "article_titled": "Artikel {number}: {title}",
    "col_table": "Tafel",
    "col_stance": "Standpunt",
    "col_rationale": "Toelichting",
    "no_feedback": "Geen feedback",
    "proposed_by": "Formulering voorgesteld door tafel {number}:",
    "no_articles": "Het evenement heeft geen intentieverklaring.",
    "open_questions": "Open vragen",
    "open_questions_intro": "Vragen die de tafels openlieten, voor opvolging.",
    "no_open_questions": "Er werden geen open vragen genoteerd.",
    "annex_participants": "Bijlage {letter}: Deelnemers",
    "annex_participants_intro": "Vermeld zoals elke deelnemer ermee instemde.",
    "annex_agenda": "Bijlage {letter}: Agenda zoals gepland en zoals verlopen",
    "annex_photos": "Bijlage {letter}: Foto's van de flip-charts",
    "no_photos": "Er werden geen foto's toegevoegd.",
    "col_name": "Naam",
    "col_organisation": "Organisatie",
    "col_actor": "Type",
    "col_tables": "Tafels",
    "unnamed_count": "{count} deelnemers vroegen om niet genoemd te worden.",
    "unnamed_one": "1 deelnemer vroeg om niet genoemd te worden.",
    "anonymous_annex": "{count} deelnemers namen deel; zoals afgesproken wordt niemand genoemd.",
    "annex_counts": (
        "Deelnemers: {total} in totaal. Met naam: {named}; alleen organisatie: {organisation}; "
        "niet genoemd: {unnamed}."
    ),
    "chatham_rule": "Chatham House-regel",
    "chatham_notice": (
        "Gehouden onder de Chatham House-regel: de informatie mag gebruikt worden, maar noch "
        "de identiteit noch de organisatie van een spreker of deelnemer mag onthuld worden. "
        "Dit document noemt niemand."
    ),
    "col_segment": "Onderdeel",
    "col_planned": "Gepland",
    "col_started": "Begin",
    "col_ended": "Einde",
    "col_actual": "Werkelijk",
    "minutes": "{count} min",
    "not_run": "niet bijgehouden",
    "not_timed": "Aan deze tafel werden de werkelijke tijden niet bijgehouden.",
    "figure": "Figuur {number}",
    "not_an_image": "{filename} (geen afbeelding; bewaard bij de bestanden van het evenement)",
    "page": "Pagina",
    "table_author": "Tafel {number}",
    "generated": "Gemaakt met Roundtables",
    "stance_support": "Steun",
    "stance_amend": "Wijzigen",
    "stance_reject": "Verwerpen",
    "priority_high": "hoog",
    "priority_medium": "gemiddeld",
    "priority_low": "laag",
    "months": "januari februari maart april mei juni juli augustus september oktober "
    "november december",
}

FR: dict[str, str] = {
    "and_more": "et {count} de plus",
    "key_message_mark": "Message clé",
    "keynote_notes": "Notes sur l'introduction",
    "action_points_line_one": (
        "La table a convenu 1 point d'action :"
        " ligne {rows} du plan d'action consolidé."
    ),
    "action_points_line": (
        "La table a convenu {count} points d'action :"
        " lignes {rows} du plan d'action consolidé."
    ),
    "see_chapter": "voir {where}",
    "where_question": "table ronde {number}, question {question}",
    "where_table": "table ronde {number}",
    "not_discussed": "Non abordé à la table :",
    "col_asked": "Qui doit agir",
    "col_status": "État",
    "col_merged": "Fusionné avec",
    "status_open": "ouvert",
    "status_in_progress": "en cours",
    "status_done": "réalisé",
    "status_dropped": "abandonné",
    "addressee_flemish": "Gouvernement flamand",
    "addressee_federal": "Gouvernement fédéral",
    "addressee_eu": "Union européenne",
    "stance_overview": "Les positions en un coup d'œil",
    "stance_overview_intro": (
        "Chaque article avec la position de chaque table. Un rejet est écrit en capitales "
        "et marqué d'une croix ; un amendement d'un crayon."
    ),
    "col_article": "Article",
    "consolidated_text": "La déclaration avec les amendements proposés",
    "consolidated_intro": (
        "Un texte par article. La formulation proposée par chaque table est une modification "
        "suivie au nom de cette table, à accepter ou refuser dans Word. Quand deux tables ont "
        "proposé des formulations différentes pour les mêmes mots, la première est suivie et "
        "les autres figurent en dessous."
    ),
    "alternative": "Variante de la table {number} pour « {old} » : « {new} »",
    "rationales": "Motifs",
    "asked_for": "{stance} ({number})",
    "agenda_tables": "Le même programme à chaque table",
    "col_as_run": "Réalisé, table {number}",
    "synthesis": "Synthèse des tables rondes",
    "table_report": "Rapport de la table ronde {number}",
    "date": "Date",
    "venue": "Lieu",
    "organiser": "Organisé par",
    "draft": "Projet",
    "final": "Version définitive",
    "draft_notice": "Projet pour relecture : ne pas diffuser",
    "contents": "Table des matières",
    "executive_summary": "Résumé",
    "key_messages": "Messages clés",
    "in_figures": "En chiffres",
    "fig_tables": "tables rondes",
    "fig_participants": "participants",
    "fig_notes": "contributions notées",
    "fig_actions": "points d'action",
    "table_heading": "Table ronde {number} : {theme}",
    "table_heading_plain": "Table ronde {number}",
    "keynote": "Introduction",
    "facilitator": "Animateur",
    "rapporteur": "Rapporteur",
    "room": "Salle",
    "participants": "Participants",
    "participant_count_one": "1 participant",
    "participant_count": "{count} participants",
    "no_participants": "Aucun participant n'était inscrit à cette table.",
    "other_type": "Autres",
    "discussion": "Discussion",
    "question": "Question {number} : {text}",
    "general": "Contributions générales",
    "no_notes": "Aucune contribution n'a été notée.",
    "no_key_messages": "La table n'a pas désigné de messages clés.",
    "action_points": "Points d'action",
    "no_actions": "Aucun point d'action n'a été noté.",
    "a_participant": "un participant",
    "themes": "Thèmes transversaux",
    "themes_intro": "Les sujets soulevés séparément par deux tables rondes ou plus.",
    "no_themes": "Aucun sujet n'a été soulevé à plus d'une table.",
    "raised_at_one": "Soulevé à la table {tables}",
    "raised_at": "Soulevé aux tables {tables}",
    "and": "et",
    "at_table": "table {number}",
    "action_plan": "Plan d'action consolidé",
    "action_plan_intro": (
        "Tous les points d'action de toutes les tables en une liste, triés par échéance (la "
        "plus proche d'abord, ceux sans échéance à la fin), puis par priorité. Les points "
        "semblables de plusieurs tables sont fusionnés en une ligne ; la dernière colonne "
        "dit avec lesquels."
    ),
    "col_action": "Action",
    "col_owner": "Qui",
    "col_institution": "Institution",
    "col_deadline": "Échéance",
    "col_priority": "Priorité (votes)",
    "col_source": "Table",
    "col_number": "#",
    "declaration": "Retour sur la déclaration d'intention",
    "declaration_intro": (
        "Chaque article avec la position de chaque table. Les formulations proposées "
        "apparaissent en suivi des modifications au nom de la table, à accepter ou refuser."
    ),
    "article": "Article {number}",
    "article_titled": "Article {number} : {title}",
    "col_table": "Table",
    "col_stance": "Position",
    "col_rationale": "Motivation",
    "no_feedback": "Pas de retour",
    "proposed_by": "Formulation proposée par la table {number} :",
    "no_articles": "L'événement n'a pas de déclaration d'intention.",
    "open_questions": "Questions ouvertes",
    "open_questions_intro": "Les questions que les tables ont laissées ouvertes, pour suivi.",
    "no_open_questions": "Aucune question ouverte n'a été notée.",
    "annex_participants": "Annexe {letter} : Participants",
    "annex_participants_intro": "Mentionnés comme chaque participant l'a accepté.",
    "annex_agenda": "Annexe {letter} : Programme prévu et réalisé",
    "annex_photos": "Annexe {letter} : Photos des tableaux de papier",
    "no_photos": "Aucune photo n'a été jointe.",
    "col_name": "Nom",
    "col_organisation": "Organisation",
    "col_actor": "Type",
    "col_tables": "Tables",
    "unnamed_count": "{count} participants ont demandé à ne pas être nommés.",
    "unnamed_one": "1 participant a demandé à ne pas être nommé.",
    "anonymous_annex": "{count} personnes ont participé ; comme convenu, personne n'est nommé.",
    "annex_counts": (
        "Participants : {total} au total. Nommés : {named} ; organisation seulement : "
        "{organisation} ; non nommés : {unnamed}."
    ),
    "chatham_rule": "Règle de Chatham House",
    "chatham_notice": (
        "Tenu sous la règle de Chatham House : les informations peuvent être utilisées, "
        "mais ni l'identité ni l'affiliation d'un intervenant ou d'un participant ne peuvent "
        "être révélées. Ce document ne nomme personne."
    ),
    "col_segment": "Séquence",
    "col_planned": "Prévu",
    "col_started": "Début",
    "col_ended": "Fin",
    "col_actual": "Réel",
    "minutes": "{count} min",
    "not_run": "non noté",
    "not_timed": "Les heures réelles n'ont pas été notées à cette table.",
    "figure": "Figure {number}",
    "not_an_image": "{filename} (pas une image ; conservé avec les fichiers de l'événement)",
    "page": "Page",
    "table_author": "Table {number}",
    "generated": "Généré par Roundtables",
    "stance_support": "Soutien",
    "stance_amend": "Amender",
    "stance_reject": "Rejet",
    "priority_high": "haute",
    "priority_medium": "moyenne",
    "priority_low": "basse",
    "months": "janvier février mars avril mai juin juillet août septembre octobre "
    "novembre décembre",
}

#: A heading for each built-in note type, in every language of the documents.
#: (tests/test_vocabulary.py: every key of NoteTypeKey, en, nl and fr, nothing else.)
NOTE_TYPE_HEADINGS: dict[str, dict[str, str]] = {
    NoteTypeKey.INSIGHT: {"en": "Insights", "nl": "Inzichten", "fr": "Constats"},
    NoteTypeKey.BARRIER: {"en": "Barriers", "nl": "Drempels", "fr": "Obstacles"},
    NoteTypeKey.ENABLER: {"en": "Enablers", "nl": "Hefbomen", "fr": "Leviers"},
    NoteTypeKey.GOOD_PRACTICE: {
        "en": "Good practices", "nl": "Goede praktijken", "fr": "Bonnes pratiques",
    },
    NoteTypeKey.PROPOSAL: {"en": "Proposals", "nl": "Voorstellen", "fr": "Propositions"},
    NoteTypeKey.AGREEMENT: {
        "en": "Agreement", "nl": "Overeenstemming", "fr": "Points d'accord",
    },
    NoteTypeKey.DISAGREEMENT: {
        "en": "Disagreement", "nl": "Meningsverschillen", "fr": "Points de désaccord",
    },
    NoteTypeKey.OPEN_QUESTION: {
        "en": "Open questions", "nl": "Open vragen", "fr": "Questions ouvertes",
    },
    NoteTypeKey.COMMITMENT: {"en": "Commitments", "nl": "Engagementen", "fr": "Engagements"},
    NoteTypeKey.REQUEST: {
        "en": "Requests to a higher level", "nl": "Vragen aan een hoger niveau",
        "fr": "Demandes à un niveau supérieur",
    },
    NoteTypeKey.QUOTE: {"en": "Quotes", "nl": "Citaten", "fr": "Citations"},
}
#: The English label each built-in type starts with (an organiser may rename it).
_DEFAULT_LABELS = {nt.key: nt.label for nt in DEFAULT_NOTE_TYPES}

LANGUAGES: dict[str, dict[str, str]] = {"en": EN, "nl": NL, "fr": FR}
# The executive summary's and the themes' words live beside the code that drafts them.
for _code, _extra in SUMMARY_LABELS.items():
    LANGUAGES[_code].update(_extra)
WORD_LANGUAGE = {"en": "en-GB", "nl": "nl-BE", "fr": "fr-BE"}


class Labels:
    """The labels of one language, with English as the fallback."""

    def __init__(self, language: str) -> None:
        self.code = language_code(language)
        self._table = LANGUAGES.get(self.code, EN)

    def __call__(self, key: str, **values: object) -> str:
        """The label ``key`` with its placeholders filled in."""
        template = self._table.get(key) or EN[key]
        text = template.format(**values) if values else template
        return typography(text, self.code)

    def quoted(self, text: str) -> str:
        """Text in the language's quotation marks: “…” or « … »."""
        return f"«\u00a0{text}\u00a0»" if self.code == "fr" else f"“{text}”"

    @property
    def colon(self) -> str:
        """What follows a label: ": ", or a no-break space and ": " in French."""
        return "\u00a0: " if self.code == "fr" else ": "

    def actor(self, text: str) -> str:
        """A participant type in the document's language."""
        return actor_type(text, self.code)

    def segment(self, title: str) -> str:
        """An agenda heading in the document's language."""
        return agenda_title(title, self.code)

    def status(self, status: str) -> str:
        """An action point's status in words."""
        key = f"status_{status}"
        return self(key) if key in EN else status

    def note_type(self, key: str, note_types: Sequence[NoteType]) -> str:
        """A heading for a group of notes of one type, in the document's language."""
        headings = NOTE_TYPE_HEADINGS.get(key, {})
        if self.code != "en" and self.code in headings:
            return headings[self.code]
        for nt in note_types:
            if nt.key == key:
                # An English event keeps the organiser's own words, made plural.
                if self.code == "en" and nt.label == _DEFAULT_LABELS.get(key):
                    return headings["en"]
                return nt.label
        return headings.get("en") or key.replace("_", " ").capitalize()

    def join_numbers(self, numbers: Sequence[int]) -> str:
        """``[1, 2, 3]`` -> "1, 2 and 3" in the document's language."""
        items = [str(n) for n in numbers]
        if len(items) <= 1:
            return "".join(items)
        return f"{', '.join(items[:-1])} {self('and')} {items[-1]}"

    def raised_at(self, numbers: Sequence[int]) -> str:
        """"Raised at tables 1 and 3"."""
        key = "raised_at_one" if len(numbers) == 1 else "raised_at"
        return self(key, tables=self.join_numbers(numbers))

    def long_date(self, iso: str) -> str:
        """"2019-03-12" -> "12 March 2019" (the text itself when it is no date)."""
        try:
            day = dt.date.fromisoformat(iso)
        except (TypeError, ValueError):
            return iso
        month = self("months").split()[day.month - 1]
        return f"{day.day} {month} {day.year}"

    @property
    def word_language(self) -> str:
        """The language tag Word uses for spelling and hyphenation."""
        return WORD_LANGUAGE.get(self.code, "en-GB")


def language_code(language: str) -> str:
    """"nl-BE" -> "nl"; unknown or empty -> "en"."""
    code = (language or "en").strip().lower().replace("_", "-").split("-")[0]
    return code if code in LANGUAGES else "en"
