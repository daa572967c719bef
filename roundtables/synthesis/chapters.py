"""One chapter per round table: who was there, what was said, what they will do."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from roundtables.domain import Note, Participant, TableHarvest

if TYPE_CHECKING:
    from roundtables.synthesis.document import Context

OPEN_QUESTION = "open_question"
QUOTE = "quote"


def table_chapter(ctx: Context, table: TableHarvest) -> None:
    """Theme, keynote, roles, participants, discussion, key messages, action points."""
    w, labels, t = ctx.writer, ctx.labels, table.table
    w.heading(ctx.table_title(table), 1)
    if t.keynote_speaker.strip() or t.keynote_title.strip():
        speaker = ctx.attribution.role(t.keynote_speaker)
        title = t.keynote_title.strip()
        value = f"{speaker}, “{title}”" if speaker and title else speaker or f"“{title}”"
        if speaker or title:
            w.labelled(labels("keynote"), value)
    for key, value in (("facilitator", t.facilitator), ("rapporteur", t.rapporteur)):
        shown = ctx.attribution.role(value)  # roles follow their holder's own consent
        if shown:
            w.labelled(labels(key), shown)
    if t.room.strip():
        w.labelled(labels("room"), t.room)
    if t.keynote_summary.strip():
        w.paragraph(t.keynote_summary, "Quote")
    participants_by_type(ctx, table)
    discussion(ctx, table)
    key_messages(ctx, table)
    action_points(ctx, table)


def attendees(ctx: Context, table: TableHarvest) -> list[Participant]:
    """The participants registered at a table, as the harvest lists them."""
    wanted = {a.participant_id for a in table.attendance if not a.deleted}
    return [p for p in ctx.harvest.participants if p.id in wanted]


def participants_by_type(ctx: Context, table: TableHarvest) -> None:
    """Participants grouped by the kind of organisation they came from."""
    w, labels = ctx.writer, ctx.labels
    w.heading(labels("participants"), 2)
    people = attendees(ctx, table)
    if not people:
        w.paragraph(labels("no_participants"))
        return
    groups: dict[str, list[Participant]] = defaultdict(list)
    for person in people:
        groups[person.actor_type.strip() or labels("other_type")].append(person)
    for actor, members in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0].casefold())):
        shown = list(dict.fromkeys(label for _, label in ctx.attribution.visible(members)))
        count = (
            labels("participant_count_one")
            if len(members) == 1
            else labels("participant_count", count=len(members))
        )
        text = "; ".join(shown)
        w.bullet(text, lead=f"{actor[:1].upper()}{actor[1:]} ({count})" + (": " if text else ""))


def type_order(ctx: Context, notes: list[Note]) -> list[str]:
    """Note types in the event's vocabulary order, unknown types after them."""
    known = [nt.key for nt in ctx.harvest.event.note_types]
    extra = sorted({n.type for n in notes} - set(known))
    return known + extra


def discussion(ctx: Context, table: TableHarvest) -> None:
    """Notes grouped by guiding question, and within each by note type."""
    w, labels = ctx.writer, ctx.labels
    w.heading(labels("discussion"), 2)
    notes = [n for n in table.notes if n.type != OPEN_QUESTION and n.text.strip()]
    by_question: dict[str | None, list[Note]] = defaultdict(list)
    question_ids = {q.id for q in table.questions}
    for note in notes:
        by_question[note.question_id if note.question_id in question_ids else None].append(note)
    order = type_order(ctx, notes)
    for question in table.questions:
        w.heading(labels("question", number=question.position, text=question.text), 3)
        grouped_notes(ctx, table, by_question.get(question.id, []), order)
    general = by_question.get(None, [])
    if general or not table.questions:
        w.heading(labels("general"), 3)
        grouped_notes(ctx, table, general, order)


def grouped_notes(ctx: Context, table: TableHarvest, notes: list[Note], order: list[str]) -> None:
    """Notes under a small bold label per type; quotes set as quotations."""
    w, labels = ctx.writer, ctx.labels
    if not notes:
        w.paragraph(labels("no_notes"), italic=True)
        return
    by_type: dict[str, list[Note]] = defaultdict(list)
    for note in notes:
        by_type[note.type].append(note)
    note_types = ctx.harvest.event.note_types
    for key in order:
        items = by_type.get(key)
        if not items:
            continue
        label = w.paragraph(labels.note_type(key, note_types), bold=True)
        label.paragraph_format.keep_with_next = True
        for note in items:
            note_paragraph(ctx, table, note)


def note_paragraph(ctx: Context, table: TableHarvest, note: Note, *, source: bool = False) -> None:
    """One statement, with who said it when consent allows (and its table, if asked)."""
    who = ctx.speaker(note, table)
    where = ctx.labels("at_table", number=table.table.number) if source else ""
    trail = ", ".join(part for part in (who, where) if part)
    trail = f" — {trail}" if trail else ""
    if note.type == QUOTE:
        text = note.text.strip()
        if text[:1] not in "\"“„«'‘":
            text = f"“{text}”"
        ctx.writer.paragraph(text, "Quote", trail=trail)
    else:
        ctx.writer.bullet(note.text, trail=trail, bold=note.key_message)


def key_messages(ctx: Context, table: TableHarvest) -> None:
    """The statements the table flagged for the plenary."""
    w, labels = ctx.writer, ctx.labels
    w.heading(labels("key_messages"), 2)
    flagged = [n for n in table.notes if n.key_message and n.text.strip()]
    if not flagged:
        w.paragraph(labels("no_key_messages"), italic=True)
    for note in flagged:
        w.bullet(note.text)


def action_points(ctx: Context, table: TableHarvest) -> None:
    """The table's action points as a table (who, what, by when, how urgent)."""
    w, labels = ctx.writer, ctx.labels
    w.heading(labels("action_points"), 2)
    points = [ap for ap in table.action_points if ap.action.strip()]
    if not points:
        w.paragraph(labels("no_actions"), italic=True)
        return
    rows = [
        [
            ap.action,
            *ctx.attribution.action_owner(ap),
            ap.deadline,
            priority_text(ctx, ap.priority, ap.votes),
        ]
        for ap in points
    ]
    w.table(
        [labels("col_action"), labels("col_owner"), labels("col_institution"),
         labels("col_deadline"), labels("col_priority")],
        rows,
        weights=[6.2, 2.8, 2.9, 2.2, 2.3],
    )


def priority_text(ctx: Context, priority: str, votes: int) -> str:
    """"high (7)": the priority in the document's language, with the votes."""
    word = ctx.labels(f"priority_{priority}") if priority in ("high", "medium", "low") else priority
    return f"{word} ({votes})" if votes else word
