"""The one rule for "is this typed name that person?", used everywhere a name is matched.

@-completion, speaker resolution, redaction in the synthesis and the anonymised
archive, duplicate detection in registration imports: all of them ask here, so a
name written one way is found every way.  The rule:

* Unicode-normalised (NFKC, and decomposed input such as a Mac export gives),
  case- and accent-insensitive: "RENEE DUBOIS" is "Renée Dubois";
* any run of whitespace (no-break space, line break, two spaces, an underscore as
  typed after ``@``) counts as one space, and a hyphen as a space: "Marie Claire"
  is "Marie-Claire";
* apostrophes of every kind are one, so a possessive ("Stijn’s", "Peeters'") ends
  the name as an ordinary word boundary does;
* in free text, a person's first name alone and surname alone (with or without
  its particles: "Van den Broeck", "Broeck") are that person, unless the word is
  also an ordinary word of the text's language ("Will", "Rose", "Bakker"), and a
  one-letter first name (an initial) never stands alone.

Pure Python over the domain types; no Qt, no SQL.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from roundtables.domain import Participant
from roundtables.ordinary_words import ordinary_words

_APOSTROPHES = frozenset("'’‘ʼ`´′＇ʹ")
_DASHES = frozenset("-‐‑‒–—―−﹣－")

#: Words between a first name and a surname that belong to the surname.
_PARTICLE_WORDS = """van von vom der den de del della dei di da das dos do du des la le les ter
ten te t zu zum zur bin ben ibn bint al el mac mc st saint sainte y e"""
PARTICLES = frozenset(_PARTICLE_WORDS.split())
#: Titles written before a name; never a name on their own.
_TITLE_WORDS = "dr mr mrs ms mx prof ir ing dhr mevr mw mme mlle sir dame drs"
TITLES = frozenset(_TITLE_WORDS.split())

_WORD = re.compile(r"[^\W_]+")
#: What may stand between two words of one name: spaces, underscores, one hyphen,
#: apostrophe ("O'Brien") or dot ("J. Peeters").
_GAP = re.compile(r"[\s_]*(?:[-'.][\s_]*)?")


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in _APOSTROPHES:
        return "'"
    if char in _DASHES:
        return "-"
    if char.isspace():
        return " "
    if unicodedata.category(char) == "Cf":  # zero-width space, soft hyphen, joiners
        return ""
    out = []
    for part in unicodedata.normalize("NFKD", char.casefold()):
        if unicodedata.combining(part):
            continue
        if part.isspace():
            part = " "
        elif part in _APOSTROPHES:
            part = "'"
        elif part in _DASHES:
            part = "-"
        out.append(part)
    return "".join(out).casefold()


def _fold_map(text: str) -> tuple[str, list[int] | None, list[int] | None]:
    """``text`` folded character by character, with where each folded character came from.

    Returns (folded, starts, ends); for ASCII text the positions are the same and
    both lists are None.  A removed character (a combining accent) belongs to the
    character before it, so a match never cuts a letter from its accent.
    """
    if text.isascii():
        return text.lower().replace("`", "'"), None, None
    folded: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for index, char in enumerate(text):
        piece = _fold_char(char)
        if not piece:
            if ends:
                ends[-1] = index + 1
            continue
        for letter in piece:
            folded.append(letter)
            starts.append(index)
            ends.append(index + 1)
    return "".join(folded), starts, ends


_INVISIBLE = re.compile("[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f"
                        "\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufe00-\ufe0f]")


def _rough_fold(text: str) -> str:
    """Nearly :func:`fold`, at C speed and without positions: for a quick first look.

    Never misses a word the exact fold finds: accents and invisible characters go,
    so a name is whole here whenever it is whole there.
    """
    plain = unicodedata.normalize("NFKD", _INVISIBLE.sub("", text).casefold())
    if plain.isascii():
        return plain
    return "".join(c for c in plain if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Text as names are compared: NFKC, no case, no accents, one space per run of spaces."""
    return " ".join(_fold_map(text or "")[0].split())


def name_key(name: str) -> str:
    """A name reduced to its words: "Marie-Claire  DUPONT" -> "marie claire dupont"."""
    return " ".join(_WORD.findall(fold(name)))


def _squash(words: Iterable[str]) -> str:
    return "".join(words)


def match_key(name: str) -> str:
    """What two spellings of one name share: "O’Brien-Smith" and "obrien smith" alike."""
    return _squash(_WORD.findall(fold(name)))


def name_matches(typed: str, name: str) -> bool:
    """Whether ``typed`` is the whole of ``name`` by the rule above."""
    key = match_key(typed)
    return bool(key) and key == match_key(name)


def resolve_person(
    typed: str | None, people: Sequence[Participant], *, prefix: bool = False
) -> Participant | None:
    """The one person ``typed`` names: the whole name, or (``prefix``) a unique beginning."""
    if not typed or not typed.strip():
        return None
    exact = [p for p in people if name_matches(typed, p.name)]
    if exact:
        return exact[0]
    if not prefix:
        return None
    starts = completion_matches(typed, people, anywhere=False)
    return starts[0] if len(starts) == 1 else None


def resolve_speaker(people: Iterable[Participant], name: str | None) -> tuple[str | None, str]:
    """A typed speaker as (participant id, full name): exact name or a unique prefix.

    Anyone else stays free text (id None), so a guest's words are never lost.  The
    note field, the action-point owner and ``roundtables note --speaker`` all use it.
    """
    typed = (name or "").strip()
    if not typed:
        return None, ""
    person = resolve_person(typed, list(people), prefix=True)
    return (person.id, person.name) if person is not None else (None, typed)


def completion_matches(
    prefix: str, people: Sequence[Participant], *, anywhere: bool = True
) -> list[Participant]:
    """People whose name starts with ``prefix`` (or, ``anywhere``, one of whose words does)."""
    wanted = name_key(prefix.replace("_", " "))
    if not wanted:
        return list(people)
    found = []
    for person in people:
        key = name_key(person.name)
        if key.startswith(wanted) or (anywhere and f" {wanted}" in f" {key}"):
            found.append(person)
    return found


# ---------------------------------------------------------------- names in text


@dataclass(frozen=True)
class Mention:
    """Where a text names someone: ``text[start:end]``, and everyone it may be."""

    start: int
    end: int
    people: tuple[Participant, ...]
    whole: bool  # the full name, not a first name or surname alone


def _parts(name: str) -> list[list[str]]:
    """A name's words (titles left out), each as its letter groups ("o'brien" -> o, brien)."""
    words = [groups for word in fold(name).split(" ") if (groups := _WORD.findall(word))]
    while len(words) > 1 and len(words[0]) == 1 and words[0][0] in TITLES:
        words = words[1:]
    return words


def name_variants(name: str, language: str) -> list[tuple[tuple[str, ...], bool]]:
    """Every way a text may write ``name``: (its letter groups, whether it is the whole name)."""
    words = _parts(name)
    if not words:
        return []
    flat = tuple(g for word in words for g in word)
    variants: list[tuple[tuple[str, ...], bool]] = [(flat, True)]
    first, rest = words[0], words[1:]
    surname = rest
    for i, word in enumerate(rest[:-1]):
        if len(word) == 1 and word[0] in PARTICLES:
            surname = rest[i:]
            break
    else:
        surname = rest[-1:]
    if surname and len(surname) < len(rest):  # middle names: "Jan Willem de Vries"
        variants.append((tuple(first) + tuple(g for w in surname for g in w), True))
    if len(surname) > 1:
        variants.append((tuple(g for w in surname for g in w), False))
    ordinary = ordinary_words(language)
    alone: list[tuple[str, ...]] = []
    for word in [first, *rest]:
        if len(word) == 1 and word[0] in PARTICLES and word is not first:
            continue
        alone.append(tuple(word))
        if len(word) > 1:  # a hyphenated or apostrophed word: each part too
            alone.extend((g,) for g in word)
    for groups in dict.fromkeys(alone):
        letters = "".join(groups)
        if groups == flat or len(letters) < 2:
            continue
        if len(groups) == 1 and (letters in ordinary or letters in PARTICLES or letters in TITLES):
            continue
        variants.append((groups, False))
    return variants


class NameMatcher:
    """Finds the people of a list in free text, by the rule of this module.

    Built once per document (or archive) and asked for thousands of texts.
    """

    def __init__(self, people: Iterable[Participant], language: str = "en") -> None:
        self._keys: dict[str, list[tuple[Participant, bool]]] = {}
        self._first: set[str] = set()  # the word every variant starts with
        self._longest = 1
        for person in people:
            if not person.name.strip():
                continue
            for groups, whole in name_variants(person.name, language):
                entry = self._keys.setdefault(_squash(groups), [])
                if all(p is not person for p, _ in entry):
                    entry.append((person, whole))
                self._longest = max(self._longest, len(groups))
                self._first.add(groups[0])

    def __bool__(self) -> bool:
        return bool(self._keys)

    def find(self, text: str) -> list[Mention]:
        """Every mention in ``text``, longest first where two overlap, in text order."""
        if not text or not self._keys:
            return []
        if not text.isascii() and self._first.isdisjoint(_WORD.findall(_rough_fold(text))):
            return []  # most texts name nobody: a quick look in C before the exact fold
        folded, starts, ends = _fold_map(text)
        if self._first.isdisjoint(_WORD.findall(folded)):
            return []
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(folded)]
        found: list[Mention] = []
        i = 0
        while i < len(words):
            if words[i][2] not in self._first:
                i += 1
                continue
            hit: tuple[int, list[tuple[Participant, bool]]] | None = None
            key = ""
            for length in range(1, min(self._longest, len(words) - i) + 1):
                j = i + length - 1
                if length > 1 and not _GAP.fullmatch(folded, words[j - 1][1], words[j][0]):
                    break
                key += words[j][2]
                entry = self._keys.get(key)
                if entry:
                    hit = (length, entry)
            if hit is None:
                i += 1
                continue
            length, entry = hit
            begin, finish = words[i][0], words[i + length - 1][1]
            if starts is not None and ends is not None:
                begin, finish = starts[begin], ends[finish - 1]
            found.append(
                Mention(
                    start=begin,
                    end=finish,
                    people=tuple(p for p, _ in entry),
                    whole=any(whole for _, whole in entry),
                )
            )
            i += length
        return found


def find_mentions(text: str, people: Iterable[Participant], language: str = "en") -> list[Mention]:
    """Where ``text`` names any of ``people`` (see :class:`NameMatcher` for many texts)."""
    return NameMatcher(people, language).find(text)
