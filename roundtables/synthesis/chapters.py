"""One chapter per round table: who was there, what was said, what they will do.

Every statement appears once: notes on the keynote with the keynote, the rest
under their guiding question and type, key messages marked where they stand.
Other parts of the document (summary, themes) link to a question instead of
copying its notes (:meth:`~roundtables.synthesis.document.Context.refer`).
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from roundtables.domain import (
    GuidingQuestion,
    Note,
    NoteTypeKey,
    Participant,
    Priority,
    TableHarvest,
)
from roundtables.synthesis.vocabulary import is_keynote_segment

if TYPE_CHECKING:
    from roundtables.synthesis.document import Context

OPEN_QUESTION = NoteTypeKey.OPEN_QUESTION
QUOTE = NoteTypeKey.QUOTE
KEYNOTE_PREFIXES = ("keynote:", "inleiding:", "introduction :", "introduction:")


def table_chapter(ctx: Context, table: TableHarvest) -> None:
    """Theme, keynote, roles, participants, discussion, action points."""
    w, labels, t = ctx.writer, ctx.labels, table.table
    w.heading(ctx.table_title(table), 1, bookmark=table_anchor(table), ids=ctx.ids)
    if t.keynote_speaker.strip() or t.keynote_title.strip():
        speaker = ctx.attribution.role(t.keynote_speaker)
        title = t.keynote_title.strip()
        quoted = labels.quoted(title) if title else ""
        value = f"{speaker}, {quoted}" if speaker and title else speaker or quoted
        if value:
            w.labelled(labels("keynote"), value)
    for key, value in (("facilitator", t.facilitator), ("rapporteur", t.rapporteur)):
        shown = ctx.attribution.role(value)  # roles follow their holder's own consent
        if shown:
            w.labelled(labels(key), shown)
    if t.room.strip():
        w.labelled(labels("room"), t.room)
    if t.keynote_summary.strip():
        w.paragraph(t.keynote_summary, "Quote")
    on_keynote = keynote_notes(table)
    if on_keynote:
        # a real heading, not bold text: a screen reader lists it and jumps to it
        w.heading(labels("keynote_notes"), 2)
        for note in on_keynote:
            note_paragraph(ctx, table, note)
    participants_by_type(ctx, table)
    discussion(ctx, table)
    action_points(ctx, table)


def table_anchor(table: TableHarvest) -> str:
    return f"rt{table.table.number}"


def question_anchor(table: TableHarvest, question: GuidingQuestion) -> str:
    return f"rt{table.table.number}_q{question.position}"


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


def attendees(ctx: Context, table: TableHarvest) -> list[Participant]:
    """The participants registered at a table, as the harvest lists them."""
    wanted = {a.participant_id for a in table.attendance if not a.deleted}
    return [p for p in ctx.harvest.participants if p.id in wanted]


def participants_by_type(ctx: Context, table: TableHarvest) -> None:
    """Participants grouped by the kind of organisation they came from (omitted when none)."""
    w, labels = ctx.writer, ctx.labels
    people = attendees(ctx, table)
    if not people:
        return
    w.heading(labels("participants"), 2)
    groups: dict[str, list[Participant]] = defaultdict(list)
    for person in people:
        groups[labels.actor(person.actor_type.strip()) or labels("other_type")].append(person)
    for actor, members in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0].casefold())):
        shown = list(dict.fromkeys(label for _, label in ctx.attribution.visible(members)))
        count = (
            labels("participant_count_one")
            if len(members) == 1
            else labels("participant_count", count=len(members))
        )
        text = "; ".join(shown)
        lead = f"{actor[:1].upper()}{actor[1:]} ({count})" + (labels.colon if text else "")
        w.bullet(text, lead=lead)


def type_order(ctx: Context, notes: list[Note]) -> list[str]:
    """Note types in the event's vocabulary order, unknown types after them."""
    known = [nt.key for nt in ctx.harvest.event.note_types]
    extra = sorted({n.type for n in notes} - set(known))
    return known + extra


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


def discussion(ctx: Context, table: TableHarvest) -> None:
    """Notes grouped by guiding question, and within each by note type."""
    w, labels = ctx.writer, ctx.labels
    by_question, _ = discussed(table)
    if not any(by_question.values()):
        return
    w.heading(labels("discussion"), 2)
    order = type_order(ctx, [n for notes in by_question.values() for n in notes])
    for question in table.questions:
        notes = by_question.get(question.id)
        if not notes:
            continue  # listed under "Open questions" as not discussed
        w.heading(
            labels("question", number=question.position, text=question.text), 3,
            bookmark=question_anchor(table, question), ids=ctx.ids,
        )
        grouped_notes(ctx, table, notes, order)
    general = by_question.get(None, [])
    if general:
        w.heading(labels("general"), 3, bookmark=f"{table_anchor(table)}_general", ids=ctx.ids)
        grouped_notes(ctx, table, general, order)


def grouped_notes(ctx: Context, table: TableHarvest, notes: list[Note], order: list[str]) -> None:
    """Notes under a small heading per type; quotes set as quotations."""
    w, labels = ctx.writer, ctx.labels
    by_type: dict[str, list[Note]] = defaultdict(list)
    for note in notes:
        by_type[note.type].append(note)
    note_types = ctx.harvest.event.note_types
    for key in order:
        items = by_type.get(key)
        if not items:
            continue
        w.heading(labels.note_type(key, note_types), 4)
        for note in items:
            note_paragraph(ctx, table, note)


def note_paragraph(ctx: Context, table: TableHarvest, note: Note, *, source: bool = False) -> None:
    """One statement, with who said it when consent allows (and its table, if asked).

    A key message is marked in words ("Key message:") as well as in bold.
    """
    who = ctx.speaker(note, table)
    where = ctx.labels("at_table", number=table.table.number) if source else ""
    trail = ", ".join(part for part in (who, where) if part)
    trail = f" — {trail}" if trail else ""
    lead = ctx.labels("key_message_mark") + ctx.labels.colon if note.key_message else ""
    if note.type == QUOTE:
        text = note.text.strip()
        if text[:1] not in "\"“„«'‘":
            text = ctx.labels.quoted(text)
        ctx.writer.paragraph(text, "Quote", lead=lead, trail=trail)
    else:
        ctx.writer.bullet(note.text, lead=lead, trail=trail, bold=note.key_message)


def action_points(ctx: Context, table: TableHarvest) -> None:
    """The table's action points: in a synthesis, a line pointing to the action plan rows;
    in a table report, the table itself."""
    w, labels = ctx.writer, ctx.labels
    points = [ap for ap in table.action_points if ap.action.strip() and not ap.deleted]
    if not points:
        return
    if not ctx.is_report:
        rows = sorted({ctx.plan_row[ap.id] for ap in points if ap.id in ctx.plan_row})
        if rows:
            key = "action_points_line_one" if len(rows) == 1 else "action_points_line"
            text = labels(key, count=len(points), rows=labels.join_numbers(rows))
            paragraph = w.paragraph("", lead=labels("action_points") + labels.colon)
            w.link(paragraph, text, "action_plan")
        return
    w.heading(labels("action_points"), 2)
    rows_text = [
        [
            ap.action,
            owner_text(ctx, ap.owner, ap.institution),
            labels.long_date(ap.deadline) if ap.deadline.strip() else "",
            priority_text(ctx, ap.priority, ap.votes),
            labels.status(ap.status),
        ]
        for ap in sorted(points, key=lambda p: (p.deadline or "9999", p.priority))
    ]
    w.table(
        [labels("col_action"), labels("col_owner"), labels("col_deadline"),
         labels("col_priority"), labels("col_status")],
        rows_text,
    )


def owner_text(ctx: Context, owner: str, institution: str) -> str:
    """"Name (Institution)", each only as far as the owner's consent allows."""
    who, where = ctx.attribution.owner(owner, institution)
    if who and where and where not in who:
        return f"{who} ({where})"
    return who or where


def owner_names(ctx: Context, owner: str) -> list[str]:
    """The owners of an action point as consent allows ("A; B" for a merged point)."""
    shown: list[str] = []
    for part in owner.split(";"):
        person = ctx.attribution.person(part) if part.strip() else ""
        if person and person != ctx.attribution.anonymous_label and person not in shown:
            shown.append(person)
    return shown


def priority_text(ctx: Context, priority: Priority, votes: int) -> str:
    """"high (7)": the priority in the document's language, with the votes."""
    word = ctx.labels(f"priority_{priority}")
    return f"{word} ({votes})" if votes else word
