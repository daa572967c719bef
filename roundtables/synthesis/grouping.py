"""How a table's notes are grouped for reading: the keynote's, then by guiding question
and note type, then the open questions.

One rule for the Word document's chapters and the rapporteur's tree of notes (issue
16.5): both call :func:`table_discussion`.  Plain Python: no Qt, no python-docx.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from roundtables.domain import GuidingQuestion, Note, NoteType, NoteTypeKey, TableHarvest
from roundtables.synthesis.vocabulary import is_keynote_segment

OPEN_QUESTION = NoteTypeKey.OPEN_QUESTION
KEYNOTE_PREFIXES = ("keynote:", "inleiding:", "introduction :", "introduction:")


@dataclass(frozen=True)
class QuestionNotes:
    """The notes on one guiding question (``None``: on none of the table's), by type."""

    question: GuidingQuestion | None
    by_type: list[tuple[str, list[Note]]]


@dataclass(frozen=True)
class TableDiscussion:
    """A table's notes in the order a reader meets them."""

    keynote: list[Note]
    #: by question in the table's order, the notes on no question last; empty ones left out
    questions: list[QuestionNotes]
    open_questions: list[Note]
    #: the guiding questions nobody answered
    unanswered: list[GuidingQuestion]


def table_discussion(note_types: Sequence[NoteType], table: TableHarvest) -> TableDiscussion:
    """Group a table's notes (those with text) the way the synthesis and the rapporteur
    read them; note types follow the event's vocabulary, unknown types after them."""
    by_question, unanswered = discussed(table)
    order = type_order(note_types, (n for notes in by_question.values() for n in notes))
    groups = [
        QuestionNotes(question, by_type(by_question[key], order))
        for question, key in [*((q, q.id) for q in table.questions), (None, None)]
        if by_question.get(key)
    ]
    return TableDiscussion(
        keynote=keynote_notes(table),
        questions=groups,
        open_questions=[n for n in table.notes if n.type == OPEN_QUESTION and n.text.strip()],
        unanswered=unanswered,
    )


def keynote_notes(table: TableHarvest) -> list[Note]:
    """Notes taken during the keynote (its agenda segment, or "Keynote: ..."), not on a question."""
    keynote_segments = {s.id for s in table.segments if is_keynote_segment(s.title)}
    question_ids = {q.id for q in table.questions}
    return [
        n
        for n in table.notes
        if n.text.strip()
        and n.type != OPEN_QUESTION
        and n.question_id not in question_ids
        and (
            n.segment_id in keynote_segments
            or n.text.strip().casefold().startswith(KEYNOTE_PREFIXES)
        )
    ]


def discussed(table: TableHarvest) -> tuple[dict[str | None, list[Note]], list[GuidingQuestion]]:
    """The table's statements by question (None: general), and the questions nobody answered.

    Open questions (they have their own chapter) and the keynote's notes are left out.
    """
    on_keynote = {n.id for n in keynote_notes(table)}
    question_ids = {q.id for q in table.questions}
    by_question: dict[str | None, list[Note]] = defaultdict(list)
    for note in table.notes:
        if note.type == OPEN_QUESTION or not note.text.strip() or note.id in on_keynote:
            continue
        by_question[note.question_id if note.question_id in question_ids else None].append(note)
    unanswered = [q for q in table.questions if not by_question.get(q.id)]
    return by_question, unanswered


def type_order(note_types: Sequence[NoteType], notes: Iterable[Note]) -> list[str]:
    """Note types in the event's vocabulary order, unknown types after them (sorted)."""
    known = [nt.key for nt in note_types]
    extra = sorted({n.type for n in notes} - set(known))
    return known + extra


def by_type(notes: Iterable[Note], order: Sequence[str]) -> list[tuple[str, list[Note]]]:
    """Notes under their type, types in ``order`` (those without notes left out)."""
    grouped: dict[str, list[Note]] = defaultdict(list)
    for note in notes:
        grouped[note.type].append(note)
    return [(key, grouped[key]) for key in order if grouped.get(key)]
