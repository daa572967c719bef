"""The words on the plenary pages in English, Dutch and French (no Qt).

Like the synthesis labels (:mod:`roundtables.synthesis.labels`): plain
dictionaries filled with ``str.format``.  A key the plenary does not define is
taken from the synthesis labels, so the two documents use the same words for
the same things ("Key messages", the stances, "Raised at tables 1 and 3").
"""

from __future__ import annotations

from collections.abc import Sequence

from roundtables.synthesis.labels import Labels, language_code

EN: dict[str, str] = {
    "plenary": "Report-back to the plenary",
    "handed_in": "Results received",
    "missing": "Still expected",
    "none_in": "No table has handed in its results yet.",
    "none_missing": "Every table has handed in.",
    "table": "Table {number}",
    "key_messages_starred": "Key messages",
    "key_messages_proposals": "Most supported proposals",
    "no_messages": "No key messages yet.",
    "top_actions": "Top action points",
    "no_actions": "No action points yet.",
    "by_date": "by {date}",
    "votes_one": "1 vote",
    "votes": "{count} votes",
    "matrix": "The declaration: where the tables stand",
    "article_short": "Art. {number}",
    "legend": "Legend:",
    "no_feedback": "no feedback",
    "wordings": "Proposed wordings",
    "current_text": "Current text:",
    "no_wording": "no new wording",
    "no_articles": "The event has no declaration of intention.",
    "themes": "What several tables raised",
    "no_themes": "No topic was raised at more than one table yet.",
    "raised_at_one": "table {tables}",
    "raised_at": "tables {tables}",
    "and": "and",
    "stance_support": "Support",
    "stance_amend": "Amend",
    "stance_reject": "Reject",
    "priority_high": "high priority",
    "priority_medium": "medium priority",
    "priority_low": "low priority",
}

NL: dict[str, str] = {
    "plenary": "Terugkoppeling aan de plenaire vergadering",
    "handed_in": "Resultaten ontvangen",
    "missing": "Nog verwacht",
    "none_in": "Nog geen enkele tafel heeft haar resultaten ingeleverd.",
    "none_missing": "Alle tafels hebben ingeleverd.",
    "table": "Tafel {number}",
    "key_messages_starred": "Kernboodschappen",
    "key_messages_proposals": "Meest gesteunde voorstellen",
    "no_messages": "Nog geen kernboodschappen.",
    "top_actions": "Belangrijkste actiepunten",
    "no_actions": "Nog geen actiepunten.",
    "by_date": "tegen {date}",
    "votes_one": "1 stem",
    "votes": "{count} stemmen",
    "matrix": "De verklaring: waar de tafels staan",
    "article_short": "Art. {number}",
    "legend": "Legende:",
    "no_feedback": "geen feedback",
    "wordings": "Voorgestelde formuleringen",
    "current_text": "Huidige tekst:",
    "no_wording": "geen nieuwe formulering",
    "no_articles": "Het evenement heeft geen intentieverklaring.",
    "themes": "Wat meerdere tafels aankaartten",
    "no_themes": "Nog geen onderwerp kwam aan meer dan één tafel aan bod.",
    "raised_at_one": "tafel {tables}",
    "raised_at": "tafels {tables}",
    "and": "en",
    "stance_support": "Steun",
    "stance_amend": "Wijzigen",
    "stance_reject": "Verwerpen",
    "priority_high": "hoge prioriteit",
    "priority_medium": "gemiddelde prioriteit",
    "priority_low": "lage prioriteit",
}

FR: dict[str, str] = {
    "plenary": "Restitution en séance plénière",
    "handed_in": "Résultats reçus",
    "missing": "Encore attendus",
    "none_in": "Aucune table n'a encore remis ses résultats.",
    "none_missing": "Toutes les tables ont remis leurs résultats.",
    "table": "Table {number}",
    "key_messages_starred": "Messages clés",
    "key_messages_proposals": "Propositions les plus soutenues",
    "no_messages": "Pas encore de messages clés.",
    "top_actions": "Principales actions",
    "no_actions": "Pas encore d'actions.",
    "by_date": "pour le {date}",
    "votes_one": "1 voix",
    "votes": "{count} voix",
    "matrix": "La déclaration : la position des tables",
    "article_short": "Art. {number}",
    "legend": "Légende :",
    "no_feedback": "pas d'avis",
    "wordings": "Formulations proposées",
    "current_text": "Texte actuel :",
    "no_wording": "pas de nouvelle formulation",
    "no_articles": "L'événement n'a pas de déclaration d'intention.",
    "themes": "Ce que plusieurs tables ont soulevé",
    "no_themes": "Aucun sujet n'a encore été soulevé à plus d'une table.",
    "raised_at_one": "table {tables}",
    "raised_at": "tables {tables}",
    "and": "et",
    "stance_support": "Soutien",
    "stance_amend": "Amender",
    "stance_reject": "Rejet",
    "priority_high": "priorité haute",
    "priority_medium": "priorité moyenne",
    "priority_low": "priorité basse",
}

LANGUAGES: dict[str, dict[str, str]] = {"en": EN, "nl": NL, "fr": FR}
#: The languages the plenary pages can be shown in, in the order the view cycles them.
CODES = tuple(LANGUAGES)


class PlenaryLabels:
    """The plenary's labels in one language; the synthesis labels for the rest."""

    def __init__(self, language: str) -> None:
        self.code = language_code(language)
        self._table = LANGUAGES.get(self.code, EN)
        self.synthesis = Labels(self.code)

    def __call__(self, key: str, **values: object) -> str:
        """The label ``key`` with its placeholders filled in."""
        template = self._table.get(key) or EN.get(key)
        if template is None:
            return self.synthesis(key, **values)
        return template.format(**values) if values else template

    def join_numbers(self, numbers: Sequence[int]) -> str:
        """``[1, 2, 3]`` -> "1, 2 and 3", as the synthesis joins them."""
        return self.synthesis.join_numbers(numbers)

    def raised_at(self, numbers: Sequence[int]) -> str:
        """"tables 1 and 3"."""
        key = "raised_at_one" if len(numbers) == 1 else "raised_at"
        return self(key, tables=self.join_numbers(numbers))

    def votes(self, count: int) -> str:
        return self("votes_one") if count == 1 else self("votes", count=count)

    def long_date(self, iso: str) -> str:
        """"2019-03-12" -> "12 March 2019" in this language."""
        return self.synthesis.long_date(iso)
