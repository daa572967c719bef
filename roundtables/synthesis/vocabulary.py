"""The event vocabulary a document translates: participant types and agenda headings.

An event's own words (its questions, its declaration) stay as the organiser wrote
them; the shared vocabulary of the templates (the actor types of DOMAIN.md and
the standard agenda segments) is translated so that a Dutch or French document
carries no English labels.  Unknown words are kept as they were typed.
"""

from __future__ import annotations

import re

ACTOR_TYPES: dict[str, dict[str, str]] = {
    "nl": {
        "procurement officer": "aankoper",
        "it department": "IT-dienst",
        "sustainability officer": "duurzaamheidsambtenaar",
        "legal adviser": "juridisch adviseur",
        "management": "management",
        "policymaker": "beleidsmaker",
        "brand": "merk",
        "reseller": "verdeler",
        "refurbisher": "refurbisher",
        "ngo": "NGO",
        "monitoring body": "monitoringorganisatie",
        "certification body": "certificeringsinstelling",
        "academia": "academische wereld",
        "workers and unions": "werknemers en vakbonden",
        "other": "andere",
        "keynote speaker": "keynotespreker",
        "facilitator": "gespreksleider",
        "rapporteur": "rapporteur",
    },
    "fr": {
        "procurement officer": "acheteur public",
        "it department": "service informatique",
        "sustainability officer": "responsable développement durable",
        "legal adviser": "conseiller juridique",
        "management": "direction",
        "policymaker": "décideur politique",
        "brand": "marque",
        "reseller": "revendeur",
        "refurbisher": "reconditionneur",
        "ngo": "ONG",
        "keynote speaker": "orateur principal",
        "facilitator": "animateur",
        "rapporteur": "rapporteur",
        "monitoring body": "organisme de contrôle",
        "certification body": "organisme de certification",
        "academia": "monde académique",
        "workers and unions": "travailleurs et syndicats",
        "other": "autres",
    },
}

#: Standard agenda segments; ``{n}`` stands for a number.
AGENDA: dict[str, dict[str, str]] = {
    "nl": {
        "welcome, introductions and how your words will be used":
            "Welkom, kennismaking en hoe uw woorden gebruikt worden",
        "keynote": "Inleiding",
        "discussion: question {n}": "Bespreking: vraag {n}",
        "discussion: question {n} and remaining questions":
            "Bespreking: vraag {n} en de overige vragen",
        "action points: who does what, by when": "Actiepunten: wie doet wat, tegen wanneer",
        "feedback on the declaration of intention": "Feedback op de intentieverklaring",
        "wrap-up and key messages for the plenary":
            "Afronding en kernboodschappen voor de plenaire zitting",
    },
    "fr": {
        "welcome, introductions and how your words will be used":
            "Accueil, présentations et usage de vos propos",
        "keynote": "Introduction",
        "discussion: question {n}": "Discussion : question {n}",
        "discussion: question {n} and remaining questions":
            "Discussion : question {n} et questions restantes",
        "action points: who does what, by when": "Points d'action : qui fait quoi, pour quand",
        "feedback on the declaration of intention": "Retour sur la déclaration d'intention",
        "wrap-up and key messages for the plenary":
            "Conclusion et messages clés pour la plénière",
    },
}

#: Words that name the keynote segment, in any of the document languages.
KEYNOTE_WORDS = ("keynote", "inleiding", "introduction")

_NUMBER = re.compile(r"\d+")
#: A plain space before French high punctuation becomes a no-break space.
_FRENCH_SPACE = re.compile(r"(?<=\S) (?=[:;?!»])|(?<=«) ")


def actor_type(text: str, code: str) -> str:
    """A participant type in the document's language (the typed text when unknown)."""
    return ACTOR_TYPES.get(code, {}).get(" ".join(text.split()).casefold(), text)


def agenda_title(text: str, code: str) -> str:
    """A standard agenda heading in the document's language (the typed text when unknown)."""
    table = AGENDA.get(code)
    if not table:
        return text
    folded = " ".join(text.split()).casefold()
    numbers = _NUMBER.findall(folded)
    pattern = _NUMBER.sub("{n}", folded, count=1)
    translated = table.get(pattern)
    if translated is None:
        return text
    return translated.replace("{n}", numbers[0]) if numbers else translated


def is_keynote_segment(title: str) -> bool:
    """Whether an agenda segment is the keynote (its title names it)."""
    return " ".join(title.split()).casefold() in KEYNOTE_WORDS


def typography(text: str, code: str) -> str:
    """French: a no-break space before : ; ? ! » and after «; other languages unchanged."""
    if code != "fr" or not text:
        return text
    return _FRENCH_SPACE.sub("\u00a0", text)
