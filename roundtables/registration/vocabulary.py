"""The words a registration export uses: column headers and consent answers (en/nl/fr)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from roundtables.domain import Consent
from roundtables.names import match_key

#: The fields a column can be mapped to, in the order a mapping editor shows them.
FIELDS: tuple[str, ...] = (
    "name",
    "first_name",
    "last_name",
    "organisation",
    "actor_type",
    "consent",
    "email",
    "table",
)

#: Which column (index) holds each field; None when the file has no such column.
ColumnMapping = dict[str, int | None]

# Header words per field, compared after folding case, accents and punctuation.
_HEADERS: dict[str, tuple[str, ...]] = {
    "name": (
        "name", "full name", "fullname", "participant", "participant name",
        "naam", "volledige naam", "deelnemer", "nom", "nom complet", "participant e",
    ),
    "first_name": ("first name", "firstname", "given name", "voornaam", "prenom"),
    "last_name": (
        "last name", "lastname", "surname", "family name", "achternaam", "familienaam",
        "nom de famille",
    ),
    "organisation": (
        "organisation", "organization", "org", "organisatie", "organisme", "institution",
        "instelling", "company", "bedrijf", "entreprise", "employer", "affiliation",
        "werkgever", "societe",
    ),
    "actor_type": (
        "actor type", "type", "rol", "role", "actor", "type d acteur", "type acteur",
        "category", "categorie", "actortype", "soort", "profiel", "profil",
    ),
    "consent": (
        "consent", "toestemming", "consentement", "attribution", "naamvermelding",
        "attribution consent", "quote consent",
    ),
    "email": (
        "email", "e mail", "mail", "email address", "e mail address", "e mailadres",
        "emailadres", "adresse e mail", "adresse email", "courriel",
    ),
    "table": ("table", "tafel", "round table", "table ronde", "rondetafel", "workshop"),
}


def _fold(text: str) -> str:
    """Lower case, no accents, punctuation as single spaces: for matching words."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", plain).replace("_", " ").split())


# Consent as people type it in a registration form, in the three languages.
_CONSENT_PHRASES: dict[Consent, tuple[str, ...]] = {
    Consent.NAMED: (
        "named", "name", "yes", "y", "ja", "j", "oui", "o", "true", "1", "x", "naam",
        "met naam", "nom", "avec nom", "full", "agree", "akkoord", "d accord", "accord",
        "ok", "yes named", "ja met naam", "oui avec nom",
    ),
    Consent.ORGANISATION: (
        "organisation", "organization", "org", "organisation only", "organization only",
        "org only", "organisatie", "alleen organisatie", "enkel organisatie", "organisme",
        "organisme seulement", "institution", "affiliation only", "organisation seulement",
        "only organisation", "only organization", "seulement organisme",
    ),
    Consent.ANONYMOUS: (
        "anonymous", "anon", "no", "n", "nee", "neen", "non", "false", "0", "anoniem",
        "anonyme", "none", "nothing", "not named", "niet vermelden", "pas de nom",
    ),
}
_CONSENT_WORDS = {
    phrase: consent for consent, phrases in _CONSENT_PHRASES.items() for phrase in phrases
}


def normalise_consent(value: str, default: Consent) -> Consent | None:
    """A consent cell as a :class:`Consent`; ``default`` when empty, None if unknown."""
    folded = _fold(value)
    if not folded:
        return default
    return _CONSENT_WORDS.get(folded)


def normalise_name(name: str) -> str:
    """A name folded for duplicate detection by the one name rule ("Renée  DUBOIS" ==
    "renee dubois", "Marie-Claire" == "Marie Claire")."""
    return match_key(name)


# ---------------------------------------------------------------- mapping


# Fields whose header words are distinctive enough to find inside a longer header;
# "type" or "table" inside "Ticket type" or "Dietary table" would be a false match.
_LOOSE_FIELDS = ("name", "organisation", "email", "consent")


def propose_mapping(headers: Sequence[str]) -> ColumnMapping:
    """Guess which column holds which field (field -> column index, or None)."""
    folded = [_fold(h) for h in headers]
    mapping: ColumnMapping = dict.fromkeys(FIELDS)
    taken: set[int] = set()
    # Exact header words first, then headers that merely contain one ("E-mail (work)").
    for exact in (True, False):
        for field_name in FIELDS:
            if mapping[field_name] is not None:
                continue
            for index, header in enumerate(folded):
                if index in taken or not header:
                    continue
                words = _HEADERS[field_name]
                if not exact and field_name not in _LOOSE_FIELDS:
                    continue
                hit = header in words if exact else any(
                    len(w) > 3 and re.search(rf"\b{re.escape(w)}\b", header) for w in words
                )
                if hit:
                    mapping[field_name] = index
                    taken.add(index)
                    break
    return mapping


