"""What several tables said: cross-cutting themes and duplicate action points.

Pure functions over an :class:`EventHarvest`, shared by the Word synthesis and the
rapporteur's window.  Two signals find a theme: a tag used at two or more tables,
and notes from different tables whose wording overlaps (Jaccard similarity of
their normalised word sets, found with a prefix filter so 15,000 notes stay fast).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from roundtables.domain import ActionPoint, EventHarvest, Note, Priority

#: How alike two notes must be to count as the same point (shared words / all words).
NOTE_SIMILARITY = 0.5
#: Action points are short and specific: a higher bar before merging them.
ACTION_SIMILARITY = 0.6
#: A word in more than this share of an event's notes (and in more than
#: COMMON_MIN notes) says nothing about a topic, like a stopword: "ict" at an ICT event.
COMMON_SHARE = 0.05
COMMON_MIN = 12
#: ... nor does a word in more than this many notes, however big the event: the
#: cut-off stops growing with the event (it binds beyond 2,000 notes), so comparing
#: wordings grows with the number of notes, not with its square.
COMMON_MAX = 100
#: Notes with fewer topic words than this are too short to compare by wording.
MIN_TOPIC_WORDS = 2

_WORD = re.compile(r"\w+")
# Words that carry no topic, in the event languages (en, nl, fr).
STOPWORDS = frozenset(
    """
    a about above after again against all also an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers him his how i if in into is
    it its itself just me more most must my no nor not now of off on once only or other
    our ours out over own same she should so some such than that the their theirs them
    then there these they this those through to too under until up very was we were what
    when where which while who whom why will with would you your should need needs
    de het een en van in op te dat die is voor met zijn aan er om ook als bij of maar
    door naar dan nog wel geen niet wat kan worden wordt moet moeten meer hun hij zij
    le la les un une des du et en au aux pour par sur dans est sont que qui ne pas plus
    avec ce cette ces il elle ils elles leur leurs nous vous se sa son ses doit
    """.split()  # noqa: SIM905 - a word list reads better as text
)


@dataclass
class Theme:
    """A topic two or more tables raised, with the tables and the notes that show it."""

    label: str
    table_numbers: list[int]
    notes: list[Note] = field(default_factory=list)
    tag: str = ""  # the shared tag, when a tag made the theme
    merged: list[str] = field(default_factory=list)  # tags or labels folded into this one


def normalise_words(text: str) -> frozenset[str]:
    """The topic words of a text: case- and accent-folded, stopwords out, plurals folded."""
    folded = text.casefold()
    if not folded.isascii():  # strip accents only where there are any (15,000 notes)
        folded = unicodedata.normalize("NFKD", folded)
        folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    found = _WORD.findall(folded)
    topic = _TOPIC_WORD
    try:
        words = frozenset(map(topic.__getitem__, found))
    except KeyError:  # a word not seen before
        if len(topic) > _TOPIC_WORD_MAX:  # a bounded memo, even over a whole library
            topic.clear()
        for word in found:
            if word not in topic:
                topic[word] = _topic_word(word)
        words = frozenset(map(topic.__getitem__, found))
    return words - _NONE if "" in words else words


#: Each word seen, as the topic word it stands for ("" for none): most words of
#: an event recur, so each is judged once.
_TOPIC_WORD: dict[str, str] = {}
_TOPIC_WORD_MAX = 200_000
_NONE = frozenset({""})


def _topic_word(word: str) -> str:
    if len(word) < 3 or word in STOPWORDS or word.isdigit():
        return ""
    if len(word) > 4 and word.endswith("s"):
        return word[:-1]
    return word


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared words over all words (0 when both are empty)."""
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


def similar_pairs(sets: Sequence[frozenset[str]], threshold: float) -> list[tuple[int, int]]:
    """Index pairs ``(i, j)``, ``i < j``, whose Jaccard similarity is at least ``threshold``.

    Exact (an all-pairs join with prefix, size and count filtering).  Sets are
    taken smallest first, each one's words rarest first.  Two sets ``x`` (taken
    earlier, so ``|x| <= |y|``) and ``y`` reaching ``threshold`` share at least
    ``o >= ceil(t·|y|)`` and ``o >= ceil(2t/(1+t)·|x|)`` words; the first ``m``
    shared words then lie within the first ``|x| - o + m`` words of ``x`` and
    the first ``|y| - o + m`` of ``y``.  So each set indexes that prefix of
    itself (m = 2), and a later set counts, over its own prefix, how often it
    meets each indexed set: only sets met twice (once when o < 2) are compared.
    Sets too small to reach ``threshold`` against ``y`` drop out of the index.
    """
    frequency: Counter[str] = Counter()
    for words in sets:
        frequency.update(words)
    rarity = {word: (count, word) for word, count in frequency.items()}
    taken = sorted((j for j in range(len(sets)) if sets[j]), key=lambda j: len(sets[j]))
    index: dict[str, list[int]] = defaultdict(list)  # word -> positions in ``taken``
    first: dict[str, int] = defaultdict(int)  # word -> first position still big enough
    sizes: list[int] = []
    indexed = 2 * threshold / (1 + threshold)
    pairs: list[tuple[int, int]] = []
    for y in taken:
        words = sets[y]
        size = len(words)
        rare_first = sorted(words, key=rarity.__getitem__)
        overlap = _ceil(threshold * size)
        need = 2 if overlap >= 2 else 1
        smallest = threshold * size - 1e-9
        lists: list[list[int]] = []
        for word in rare_first[: size - overlap + need]:
            postings = index.get(word)
            if not postings:
                continue
            start = first[word]
            while start < len(postings) and sizes[postings[start]] < smallest:
                start += 1
            first[word] = start
            lists.append(postings[start:] if start else postings)
        met = Counter(itertools.chain.from_iterable(lists))
        for position, times in met.items():
            if times < need:
                continue
            x = taken[position]
            other = sets[x]
            shared = len(other & words)
            if shared >= threshold * (len(other) + size - shared) - 1e-9:
                pairs.append((x, y) if x < y else (y, x))
        position = len(sizes)
        sizes.append(size)
        for word in rare_first[: size - _ceil(indexed * size) + 2]:
            index[word].append(position)
    return sorted(pairs)


def _ceil(value: float) -> int:
    whole = int(value)
    return whole if whole >= value - 1e-9 else whole + 1


class _Groups:
    """Union-find over item indexes."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)

    def groups(self) -> list[list[int]]:
        found: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            found[self.find(i)].append(i)
        return list(found.values())


def cross_cutting_themes(harvest: EventHarvest) -> list[Theme]:
    """Topics raised at two or more tables, most widely shared first.

    A tag used at several tables is a theme (label: the tag in words); so is a
    group of similarly worded notes from several tables (label: its key message or
    its shortest note).  Table numbers are sorted; notes keep table order.
    """
    numbered: list[tuple[int, Note]] = [
        (th.table.number, note) for th in harvest.tables for note in th.notes if note.text.strip()
    ]
    themes = _tag_themes(numbered) + _text_themes(numbered)
    themes.sort(key=lambda t: (-len(t.table_numbers), -len(t.notes), t.label.casefold()))
    return themes


#: A theme whose notes are mostly (this share) another's is folded into that one.
THEME_CONTAINMENT = 2 / 3


def propose_themes(harvest: EventHarvest) -> list[Theme]:
    """The cross-cutting themes to offer a rapporteur: :func:`cross_cutting_themes`
    with overlaps folded, so no two proposals list mostly the same notes.

    Smallest first, a theme goes into the theme that holds the largest share of its
    notes (at least :data:`THEME_CONTAINMENT`); the larger keeps its label and takes
    the smaller's notes.  Most widely shared first, as cross_cutting_themes.
    """
    themes = [
        Theme(t.label, list(t.table_numbers), list(t.notes), t.tag)
        for t in cross_cutting_themes(harvest)
    ]
    ids = [{n.id for n in t.notes} for t in themes]
    alive = list(range(len(themes)))
    for small in sorted(range(len(themes)), key=lambda i: (len(ids[i]), -i)):
        best, best_share = -1, THEME_CONTAINMENT - 1e-9
        for other in alive:
            if other == small or len(ids[other]) < len(ids[small]):
                continue
            share = len(ids[small] & ids[other]) / max(len(ids[small]), 1)
            if share > best_share:
                best, best_share = other, share
        if best < 0:
            continue
        alive.remove(small)
        into, folded = themes[best], themes[small]
        known = set(ids[best])
        into.notes += [n for n in folded.notes if n.id not in known]
        ids[best] |= ids[small]
        into.table_numbers = sorted(set(into.table_numbers) | set(folded.table_numbers))
        into.merged += [folded.tag or folded.label, *folded.merged]
    result = [themes[i] for i in alive]
    result.sort(key=lambda t: (-len(t.table_numbers), -len(t.notes), t.label.casefold()))
    return result


def _tag_themes(numbered: list[tuple[int, Note]]) -> list[Theme]:
    by_tag: dict[str, list[tuple[int, Note]]] = defaultdict(list)
    for number, note in numbered:
        for tag in dict.fromkeys(t.strip().lstrip("#").lower() for t in note.tags):
            if tag:
                by_tag[tag].append((number, note))
    themes = []
    for tag, items in by_tag.items():
        tables = sorted({number for number, _ in items})
        if len(tables) >= 2:
            label = _tag_label(tag, [note for _, note in items])
            themes.append(Theme(label, tables, [note for _, note in items], tag=tag))
    return themes


def _tag_label(tag: str, notes: list[Note]) -> str:
    """The tag in words, spelt as the notes spell it ("tco-certified" -> "TCO Certified")."""
    words = [w for w in re.split(r"[-_\s]+", tag) if w]
    pattern = re.compile(r"(?<!\w)" + r"[\s\-_]+".join(map(re.escape, words)) + r"(?!\w)", re.I)
    for note in notes:
        match = pattern.search(note.text)
        if match and match.group(0) != match.group(0).lower():
            found = match.group(0)
            return found[0].upper() + found[1:]
    plain = " ".join(words)
    return plain[:1].upper() + plain[1:]


def topic_words(texts: Sequence[str]) -> list[frozenset[str]]:
    """Each text's normalised words without the words too common in this collection."""
    sets = [normalise_words(text) for text in texts]
    frequency: Counter[str] = Counter()
    for words in sets:
        frequency.update(words)
    limit = max(COMMON_MIN, min(COMMON_SHARE * len(sets), COMMON_MAX))
    common = {word for word, count in frequency.items() if count > limit}
    topical = [words - common if common else words for words in sets]
    return [words if len(words) >= MIN_TOPIC_WORDS else frozenset() for words in topical]


def _text_themes(numbered: list[tuple[int, Note]]) -> list[Theme]:
    sets = topic_words([note.text for _, note in numbered])
    groups = _Groups(len(numbered))
    for i, j in similar_pairs(sets, NOTE_SIMILARITY):
        if numbered[i][0] != numbered[j][0]:  # only what different tables said
            groups.join(i, j)
    themes = []
    for members in groups.groups():
        tables = sorted({numbered[i][0] for i in members})
        if len(tables) < 2:
            continue
        notes = [numbered[i][1] for i in sorted(members, key=lambda i: (numbered[i][0], i))]
        flagged = [n for n in notes if n.key_message]
        anchor = flagged[0] if flagged else min(notes, key=lambda n: len(n.text))
        themes.append(Theme(_label_from(anchor.text), tables, notes))
    return themes


def _label_from(text: str, words: int = 12) -> str:
    parts = " ".join(text.split()).split(" ")
    short = " ".join(parts[:words])
    return short if len(parts) <= words else short.rstrip(",;:.") + "…"


def action_groups(harvest: EventHarvest) -> list[list[ActionPoint]]:
    """Every action point of the event, similar ones grouped (singletons included).

    Groups keep table order; a group's first member is the one to show (the lead of
    :func:`merge_actions`).
    """
    points = [ap for th in harvest.tables for ap in th.action_points if ap.action.strip()]
    sets = [normalise_words(ap.action) for ap in points]
    groups = _Groups(len(points))
    for i, j in similar_pairs(sets, ACTION_SIMILARITY):
        groups.join(i, j)
    result = []
    for members in sorted(groups.groups(), key=min):
        result.append(merge_actions([points[i] for i in sorted(members)]).members)
    return result


@dataclass
class MergedAction:
    """Several action points shown (or saved) as one: the one rule for merging them.

    The point with the most votes leads (the earliest created on a tie); votes are
    summed, the earliest deadline wins, owners and institutions are joined in that
    order, and the highest priority stays.  Used by the synthesis and by the
    rapporteur's saved merge alike.
    """

    lead: ActionPoint
    members: list[ActionPoint]
    votes: int
    deadline: str
    priority: Priority
    owners: list[str]
    institutions: list[str]

    @property
    def merged(self) -> bool:
        return len(self.members) > 1


def merge_actions(points: Sequence[ActionPoint]) -> MergedAction:
    """Combine ``points`` (at least one) by the one merging rule."""
    if not points:
        raise ValueError("merge_actions needs at least one action point")
    ordered = sorted(points, key=lambda p: (-p.votes, p.created_at, p.id))
    deadlines = sorted(p.deadline.strip() for p in points if p.deadline.strip())
    return MergedAction(
        lead=ordered[0],
        members=ordered,
        votes=sum(p.votes for p in points),
        deadline=deadlines[0] if deadlines else "",
        priority=min((p.priority for p in ordered), key=priority_rank),
        owners=_split_joined(p.owner for p in ordered),
        institutions=_split_joined(p.institution for p in ordered),
    )


def _split_joined(values: Iterable[str]) -> list[str]:
    """Distinct non-empty values in order; "A; B" (an earlier merge) counts as A and B."""
    seen: dict[str, None] = {}
    for value in values:
        for part in value.split(";"):
            if part.strip():
                seen.setdefault(part.strip(), None)
    return list(seen)


def plan_order(merged: MergedAction) -> tuple[str, int, int]:
    """The action plan's order: earliest deadline first (none last), then priority, then votes."""
    return (merged.deadline or "9999-99-99", priority_rank(merged.priority), -merged.votes)


#: An action that asks a government to act names it: "Ask the Flemish Government to ...".
_ASKS = re.compile(
    r"^\s*(?:ask|asks|call on|calls on|urge|urges|request|requests|"
    r"vraag|vragen|demander|demande)\b",
    re.IGNORECASE,
)
_ADDRESSEES = (
    ("flemish", re.compile(r"\b(flemish government|flanders|vlaamse (?:overheid|regering)|"
                           r"gouvernement flamand)\b", re.I)),
    ("federal", re.compile(r"\b(federal|federale|fédéral)\w*\b", re.I)),
    ("eu", re.compile(r"\b(EU|European (?:Union|Commission)|Europese|européenne?)\b", re.I)),
)


def addressee(text: str) -> str | None:
    """Which government an action or request asks to act ("flemish", "federal", "eu").

    None when the text does not ask a higher level: the owner's institution acts.
    """
    if not _ASKS.match(text):
        return None
    for key, pattern in _ADDRESSEES:
        if pattern.search(text):
            return key
    return None


def duplicate_action_groups(harvest: EventHarvest) -> list[list[ActionPoint]]:
    """Groups of two or more action points that say the same thing."""
    return [group for group in action_groups(harvest) if len(group) > 1]


def priority_rank(priority: Priority) -> int:
    """0 for high, 1 for medium, 2 for low (sorting)."""
    return priority.rank


def tables_of(items: Iterable[ActionPoint | Note], harvest: EventHarvest) -> list[int]:
    """The sorted table numbers that ``items`` come from."""
    number_of = {th.table.id: th.table.number for th in harvest.tables}
    return sorted({number_of[i.table_id] for i in items if i.table_id in number_of})


# ---------------------------------------------------------------- who is asked to act

#: Who can be asked to act, most specific first.  Patterns match accent- and
#: case-folded text in English, Dutch and French.
ADDRESSEES: tuple[tuple[str, str], ...] = (
    ("eu", r"\b(?:eu(?:-wide)?\s+(?:law|legislation|regulation|directive|level|rules?)"
           r"|the eu\b(?!\s+thresholds?)|european\s+(?:union|commission|parliament|governments?)"
           r"|europese\s+(?:unie|commissie|wet\w*)|europees\s+niveau"
           r"|union\s+europeenne|commission\s+europeenne|niveau\s+europeen)"),
    ("federal", r"\b(?:federal|federale?|federaal|belgian\s+government|belgische\s+overheid)\b"),
    ("flemish", r"\b(?:flemish|flanders|vlaams\w*|vlaanderen|flamand\w*|flandres?)\b"),
    ("walloon", r"\b(?:walloon|wallonia|wallonie|wallon\w*|waals\w*)\b"),
    ("brussels", r"\b(?:brussels\s+(?:capital|government|region)|region\s+bruxell\w*"
                 r"|brussels\s+hoofdstedelijk\w*)\b"),
    ("regional", r"\b(?:regional\s+(?:government|department|authority)|gewest\w*"
                 r"|gouvernement\s+regional)\b"),
)


def _fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(ch for ch in folded if not unicodedata.combining(ch)).split())


def addressee_of(text: str, institution: str = "") -> str:
    """Who is asked to act: "eu", "federal", "flemish", "walloon", "brussels",
    "regional", "own" (the institution itself) or "other" (nobody named).

    An action point (``institution`` given) is done by its institution: a
    government level when the institution is one, otherwise the institution
    itself; a regional institution is made specific by the text ("Flemish").
    A note (no institution) asks whoever its text names.
    """
    if institution.strip():
        level = _named_level(institution)
        if level == "regional":
            return _named_level(text) if _named_level(text) in _REGIONS else level
        return level or "own"
    return _named_level(text) or "other"


_REGIONS = frozenset({"flemish", "walloon", "brussels"})


def action_addressee(point: ActionPoint) -> str:
    """Who is asked to act on an action point: its institution's level, else "own"."""
    return addressee_of(point.action, point.institution or "-")


def _named_level(text: str) -> str:
    folded = _fold(text)
    for key, pattern in ADDRESSEES:
        if re.search(pattern, folded):
            return key
    return ""
