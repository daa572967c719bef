"""One chapter per round table: who was there, what was said, what they will do.

Every statement appears once: notes on the keynote with the keynote, the rest
under their guiding question and type, key messages marked where they stand.
Other parts of the document (summary, themes) link to a question instead of
copying its notes (:meth:`~roundtables.synthesis.context.Context.refer`).  Which
note stands where is :func:`~roundtables.synthesis.grouping.table_discussion`, the
rule the rapporteur's tree of notes follows too.
"""

from __future__ import annotations

from collections import defaultdict

from roundtables.domain import Note, NoteTypeKey, Participant, Priority, TableHarvest
from roundtables.synthesis.context import Context, question_anchor, table_anchor
from roundtables.synthesis.grouping import QuestionNotes, table_discussion

QUOTE = NoteTypeKey.QUOTE


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
    grouped = table_discussion(ctx.harvest.event.note_types, table)
    if grouped.keynote:
        # a real heading, not bold text: a screen reader lists it and jumps to it
        w.heading(labels("keynote_notes"), 2)
        for note in grouped.keynote:
            note_paragraph(ctx, table, note)
    participants_by_type(ctx, table)
    discussion(ctx, table, grouped.questions)
    action_points(ctx, table)


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


def discussion(ctx: Context, table: TableHarvest, groups: list[QuestionNotes]) -> None:
    """Notes grouped by guiding question, and within each by note type."""
    w, labels = ctx.writer, ctx.labels
    if not groups:
        return
    w.heading(labels("discussion"), 2)
    note_types = ctx.harvest.event.note_types
    for group in groups:
        # a question nobody discussed is listed under "Open questions" instead
        if group.question is None:
            w.heading(labels("general"), 3, bookmark=f"{table_anchor(table)}_general",
                      ids=ctx.ids)
        else:
            question = group.question
            w.heading(
                labels("question", number=question.position, text=question.text), 3,
                bookmark=question_anchor(table, question), ids=ctx.ids,
            )
        for key, notes in group.by_type:
            w.heading(labels.note_type(key, note_types), 4)
            for note in notes:
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
