"""The things a round-table event is made of, as plain dataclasses and rules.

No Qt and no SQL here: the storage, exchange, synthesis and ui layers all speak
in these types.  Every stored record carries the fields the hand-over merge needs:
a UUID, a revision counter, when and on which device it last changed, and a
tombstone flag instead of a physical delete.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar, Generic, TypeVar, overload


class RoundtablesError(Exception):
    """An error a person can act on; its message is one line, shown as is.

    ``code`` (optional) names the kind of failure, e.g. ``"disk-full"``, and
    ``params`` the values in the message (``{"path": ...}``), so that a face can
    translate it or act on it without parsing the English text.
    """

    def __init__(
        self, message: str = "", *, code: str | None = None,
        params: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.params = dict(params or {})


def new_id() -> str:
    """A fresh record id: a random (version 4) UUID as 32 hex digits.

    Built from os.urandom directly: importing ``uuid`` pulls in ``platform`` and
    costs start-up time for nothing we use.
    """
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40
    raw[8] = (raw[8] & 0x3F) | 0x80
    return raw.hex()


def utc_now() -> str:
    """The current time as ISO 8601 UTC with microseconds (sorts as text)."""
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="microseconds")


class EventStatus(StrEnum):
    DRAFT = "draft"
    RUNNING = "running"
    FINALISED = "finalised"


class AttributionPolicy(StrEnum):
    """How an event lets statements be attributed."""

    CONSENT = "consent"  # each participant's own consent decides
    CHATHAM_HOUSE = "chatham_house"  # nothing said is attributed to anyone


class Consent(StrEnum):
    """What a participant agreed may be said about who said something."""

    NAMED = "named"
    ORGANISATION = "organisation"
    ANONYMOUS = "anonymous"

    @property
    def strictness(self) -> int:
        """0 for named, 1 for organisation, 2 for anonymous: how little may be said."""
        return _STRICTNESS[self]

    @classmethod
    def strictest(cls, *levels: Consent) -> Consent:
        return max(levels, key=lambda c: c.strictness)


_STRICTNESS = {Consent.NAMED: 0, Consent.ORGANISATION: 1, Consent.ANONYMOUS: 2}


class Stance(StrEnum):
    SUPPORT = "support"
    AMEND = "amend"
    REJECT = "reject"


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        """0 for high, 1 for medium, 2 for low: the order of urgency."""
        return _PRIORITY_RANK[self]


_PRIORITY_RANK = {Priority.HIGH: 0, Priority.MEDIUM: 1, Priority.LOW: 2}


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


_E = TypeVar("_E", bound=StrEnum)


class Choice(Generic[_E]):
    """A record field that holds a member of its enum, whatever text is assigned to it.

    ``consent: Choice[Consent] = Choice(Consent.NAMED)`` reads as a ``Consent`` (to
    mypy too, which refuses a ``str`` there); a constructor, a generic editor's
    ``setattr`` or a combo box's text stores the member, and text that is none raises
    ``ValueError``.  Storage and the exchange check values before and refuse them
    with a coded error.  Only these fields pay for the check, not every attribute.
    """

    __slots__ = ("default", "kind", "name")

    def __init__(self, default: _E) -> None:
        self.default = default
        self.kind: type[_E] = type(default)
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, record: None, owner: Any) -> _E: ...  # the dataclass's default

    @overload
    def __get__(self, record: object, owner: Any) -> _E: ...

    def __get__(self, record: object | None, owner: Any = None) -> _E:
        if record is None:
            return self.default
        value: _E = record.__dict__[self.name]
        return value

    def __set__(self, record: object, value: _E) -> None:
        kind = self.kind
        record.__dict__[self.name] = value if value.__class__ is kind else kind(value)


@dataclass(frozen=True)
class NoteType:
    """One entry of an event's note vocabulary (from its template)."""

    key: str
    label: str
    marker: str = ""  # typed at the start of a note, followed by a colon


class NoteTypeKey(StrEnum):
    """The keys of the note types every event starts with; an event may add its own.

    Defined here only: :data:`DEFAULT_NOTE_TYPES` gives each its English label and
    marker, ``synthesis.labels.NOTE_TYPE_HEADINGS`` its heading in every language.
    """

    INSIGHT = "insight"
    BARRIER = "barrier"
    ENABLER = "enabler"
    GOOD_PRACTICE = "good_practice"
    PROPOSAL = "proposal"
    AGREEMENT = "agreement"
    DISAGREEMENT = "disagreement"
    OPEN_QUESTION = "open_question"
    COMMITMENT = "commitment"
    REQUEST = "request"
    QUOTE = "quote"


_LABELS_AND_MARKERS = {
    NoteTypeKey.INSIGHT: ("Insight", "i"),
    NoteTypeKey.BARRIER: ("Barrier", "b"),
    NoteTypeKey.ENABLER: ("Enabler", "e"),
    NoteTypeKey.GOOD_PRACTICE: ("Good practice", "gp"),
    NoteTypeKey.PROPOSAL: ("Proposal", "p"),
    NoteTypeKey.AGREEMENT: ("Agreement", "a"),
    NoteTypeKey.DISAGREEMENT: ("Disagreement", "d"),
    NoteTypeKey.OPEN_QUESTION: ("Open question", "q"),
    NoteTypeKey.COMMITMENT: ("Commitment", "c"),
    NoteTypeKey.REQUEST: ("Request to a higher level", "r"),
    NoteTypeKey.QUOTE: ("Quote", "qt"),
}

#: The note vocabulary of an event whose template names none (the shipped ones do not).
#: Keys are plain text, as an event read from the database holds them.
DEFAULT_NOTE_TYPES: tuple[NoteType, ...] = tuple(
    NoteType(str(key), label, marker) for key, (label, marker) in _LABELS_AND_MARKERS.items()
)


class RecordKind(StrEnum):
    """The kinds of record a search finds and a window can show."""

    NOTE = "note"
    ACTION_POINT = "action_point"
    FEEDBACK = "feedback"  # on an article of the declaration


@dataclass(kw_only=True)
class Record:
    """Fields every stored record has; the hand-over merge works on these."""

    TABLE: ClassVar[str] = ""
    #: what people call one ("action point"), in English messages
    NOUN: ClassVar[str] = "record"
    #: the fields typed by an enum (each a :class:`Choice`), and their enum
    CHOICES: ClassVar[dict[str, type[StrEnum]]] = {}

    id: str = field(default_factory=new_id)
    revision: int = 0
    updated_at: str = ""
    device_id: str = ""
    deleted: bool = False

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        own = {name: value.kind for name, value in vars(cls).items() if isinstance(value, Choice)}
        cls.CHOICES = {**cls.CHOICES, **own}


@dataclass(kw_only=True)
class Event(Record):
    TABLE: ClassVar[str] = "events"
    NOUN: ClassVar[str] = "event"

    title: str
    slug: str = ""
    date: str = ""  # YYYY-MM-DD
    venue: str = ""
    organiser: str = ""
    language: str = "en"
    attribution_policy: Choice[AttributionPolicy] = Choice(AttributionPolicy.CONSENT)
    status: Choice[EventStatus] = Choice(EventStatus.DRAFT)
    note_types: list[NoteType] = field(default_factory=lambda: list(DEFAULT_NOTE_TYPES))
    executive_summary: str = ""
    created_at: str = ""

    @property
    def is_finalised(self) -> bool:
        return self.status == EventStatus.FINALISED

    @property
    def under_chatham_house(self) -> bool:
        """Nothing said at this event is attributed to anyone, by name or organisation."""
        return self.attribution_policy == AttributionPolicy.CHATHAM_HOUSE


@dataclass(kw_only=True)
class RoundTable(Record):
    TABLE: ClassVar[str] = "round_tables"
    NOUN: ClassVar[str] = "table"

    event_id: str
    number: int
    theme: str = ""
    keynote_speaker: str = ""
    keynote_title: str = ""
    keynote_summary: str = ""
    facilitator: str = ""
    rapporteur: str = ""
    room: str = ""


@dataclass(kw_only=True)
class GuidingQuestion(Record):
    TABLE: ClassVar[str] = "questions"
    NOUN: ClassVar[str] = "guiding question"

    table_id: str
    position: int
    text: str


@dataclass(kw_only=True)
class AgendaSegment(Record):
    TABLE: ClassVar[str] = "agenda_segments"
    NOUN: ClassVar[str] = "agenda segment"

    table_id: str
    position: int
    title: str
    planned_minutes: int
    question_id: str | None = None
    actual_start: str | None = None
    actual_end: str | None = None


@dataclass(kw_only=True)
class Participant(Record):
    TABLE: ClassVar[str] = "participants"
    NOUN: ClassVar[str] = "participant"

    event_id: str
    name: str
    organisation: str = ""
    actor_type: str = ""
    consent: Choice[Consent] = Choice(Consent.NAMED)
    email: str = ""


@dataclass(kw_only=True)
class Attendance(Record):
    TABLE: ClassVar[str] = "attendance"
    NOUN: ClassVar[str] = "attendance"

    table_id: str
    participant_id: str
    checked_in: bool = False


@dataclass(kw_only=True)
class Note(Record):
    TABLE: ClassVar[str] = "notes"
    NOUN: ClassVar[str] = "note"

    table_id: str
    text: str
    type: str = str(NoteTypeKey.INSIGHT)  # a key of the event's note types (plain text)
    speaker_id: str | None = None  # a participant, when the speaker is one
    speaker: str = ""  # free text when the speaker is not on the list
    question_id: str | None = None
    segment_id: str | None = None
    tags: list[str] = field(default_factory=list)
    key_message: bool = False
    created_at: str = ""


@dataclass(kw_only=True)
class ActionPoint(Record):
    TABLE: ClassVar[str] = "action_points"
    NOUN: ClassVar[str] = "action point"

    table_id: str
    action: str
    owner: str = ""
    institution: str = ""
    deadline: str = ""  # YYYY-MM-DD or empty
    priority: Choice[Priority] = Choice(Priority.MEDIUM)
    votes: int = 0
    status: Choice[ActionStatus] = Choice(ActionStatus.OPEN)
    created_at: str = ""


@dataclass(kw_only=True)
class DeclarationArticle(Record):
    TABLE: ClassVar[str] = "declaration_articles"
    NOUN: ClassVar[str] = "declaration article"

    event_id: str
    number: int
    title: str = ""
    text: str = ""


@dataclass(kw_only=True)
class ArticleFeedback(Record):
    TABLE: ClassVar[str] = "article_feedback"
    NOUN: ClassVar[str] = "feedback"

    table_id: str
    article_id: str
    stance: Choice[Stance] = Choice(Stance.SUPPORT)
    proposed_wording: str = ""
    rationale: str = ""


@dataclass(kw_only=True)
class Attachment(Record):
    TABLE: ClassVar[str] = "attachments"
    NOUN: ClassVar[str] = "attachment"

    table_id: str
    filename: str
    caption: str = ""
    media_type: str = "application/octet-stream"
    content: bytes = b""
    sha256: str = ""
    created_at: str = ""


@dataclass(kw_only=True)
class CuratedTheme(Record):
    """A cross-cutting theme as the rapporteur made it: picked, merged, renamed, written.

    Kept on the rapporteur's laptop (not part of kits or results files, so not in
    :data:`RECORD_TYPES`); revisioned and tombstoned like every record.
    """

    TABLE: ClassVar[str] = "themes"
    NOUN: ClassVar[str] = "theme"

    event_id: str
    title: str
    synthesis: str = ""  # the rapporteur's two to four sentences
    note_ids: list[str] = field(default_factory=list)
    position: int = 0


#: Every record type the store keeps, in an order that respects references.
RECORD_TYPES: tuple[type[Record], ...] = (
    Event,
    RoundTable,
    GuidingQuestion,
    AgendaSegment,
    Participant,
    Attendance,
    DeclarationArticle,
    Note,
    ActionPoint,
    ArticleFeedback,
    Attachment,
)


# ---------------------------------------------------------------- rules


# Patterns stay strings: re compiles (and caches) them on first use, not at start-up.
_SLUG_STRIP = r"[^a-z0-9]+"


def slugify(text: str) -> str:
    """A lower-case ASCII slug for an event title ("Forum 2019" -> "forum-2019")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(_SLUG_STRIP, "-", ascii_text.lower()).strip("-")
    return slug[:60].strip("-") or "event"



@dataclass(frozen=True)
class ParsedNote:
    """What a facilitator typed, split into its parts."""

    text: str
    type: str | None
    speaker: str | None
    tags: tuple[str, ...]


_TAG = r"(?<![\w#])#([\w][\w\-]*)"
_SPEAKER = r"(?<![\w@])@([\w][\w.\-]*(?:_[\w.\-]+)*)"


def parse_note_input(typed: str, note_types: list[NoteType] | tuple[NoteType, ...]) -> ParsedNote:
    """Split typed text into type marker, @speaker, #tags and the note itself.

    ``b: cost is a barrier @Jan_Peeters #cost`` -> type barrier, speaker "Jan Peeters",
    tag "cost".  Underscores in a speaker token stand for spaces.  The markers stay out
    of the note text; tags stay in it (they read naturally) and are also listed.
    """
    text = typed.strip()
    note_type: str | None = None
    head, sep, rest = text.partition(":")
    if sep and head and len(head) <= 20:
        key = head.strip().lower()
        for nt in note_types:
            if key in (nt.marker.lower(), nt.key.lower(), nt.label.lower()) and key:
                note_type = nt.key
                text = rest.strip()
                break
    speaker = None
    match = re.search(_SPEAKER, text)
    if match:
        speaker = match.group(1).replace("_", " ")
        text = (text[: match.start()] + text[match.end() :]).strip()
        text = re.sub(r"[ \t]{2,}", " ", text)
    tags = tuple(dict.fromkeys(t.lower() for t in re.findall(_TAG, text)))
    return ParsedNote(text=text, type=note_type, speaker=speaker, tags=tags)


# ---------------------------------------------------------------- read models


@dataclass(kw_only=True)
class TableHarvest:
    """Everything one round table produced, live records only, in display order."""

    table: RoundTable
    questions: list[GuidingQuestion] = field(default_factory=list)
    segments: list[AgendaSegment] = field(default_factory=list)
    attendance: list[Attendance] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    action_points: list[ActionPoint] = field(default_factory=list)
    feedback: list[ArticleFeedback] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)


@dataclass(kw_only=True)
class EventHarvest:
    """A whole event as the synthesis, the dump and the archive read it."""

    event: Event
    participants: list[Participant] = field(default_factory=list)
    #: Deleted participants whose tombstone still holds a name: what they said stays
    #: protected by their consent (never listed, only used to redact).
    former_participants: list[Participant] = field(default_factory=list)
    articles: list[DeclarationArticle] = field(default_factory=list)
    tables: list[TableHarvest] = field(default_factory=list)
    themes: list[CuratedTheme] = field(default_factory=list)  # live, in their order

    def table(self, number: int) -> TableHarvest:
        for harvest in self.tables:
            if harvest.table.number == number:
                return harvest
        raise RoundtablesError(
            f"Event '{self.event.slug}' has no table {number}", code="no-table",
            params={"event": self.event.slug, "number": str(number)},
        )
