"""Annexes: participants as their consent allows, the agenda, flip-chart photos."""

from __future__ import annotations

import datetime as dt
import io
from collections import defaultdict

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm

from roundtables.domain import Attachment, Consent, Participant, TableHarvest
from roundtables.synthesis import ooxml
from roundtables.synthesis.chapters import attendees
from roundtables.synthesis.context import Context

PHOTO_WIDTH = Cm(15)


def participants(ctx: Context, letter: str) -> bool:
    """Named participants by name, organisation-only ones by organisation, the rest counted."""
    w, labels, attribution = ctx.writer, ctx.labels, ctx.attribution
    tables_of: dict[str, list[int]] = defaultdict(list)
    people: dict[str, Participant] = {}
    for table in ctx.tables:
        for person in attendees(ctx, table):
            tables_of[person.id].append(table.table.number)
            people[person.id] = person
    if not ctx.is_report:
        for person in ctx.harvest.participants:
            people.setdefault(person.id, person)
    everyone = list(people.values())
    if not everyone:
        return False
    w.heading(labels("annex_participants", letter=letter), 1)
    named_count, organisation_count, unnamed_count = attribution.counts(everyone)
    counts = labels(
        "annex_counts", total=len(everyone), named=named_count,
        organisation=organisation_count, unnamed=unnamed_count,
    )
    if attribution.ceiling is Consent.ANONYMOUS:
        w.paragraph(labels("anonymous_annex", count=len(everyone)))
        w.paragraph(counts, italic=True)
        return True
    w.paragraph(labels("annex_participants_intro"))
    named, organisation_only = [], []
    for person in everyone:
        level = attribution.level(person)
        if level is Consent.NAMED and person.name.strip():
            named.append(person)
        elif level is not Consent.ANONYMOUS and person.organisation.strip():
            organisation_only.append(person)
    named.sort(key=lambda p: p.name.casefold())
    organisation_only.sort(key=lambda p: p.organisation.casefold())
    rows = [
        [p.name, p.organisation, labels.actor(p.actor_type),
         ", ".join(map(str, tables_of.get(p.id, [])))]
        for p in named
    ] + [
        ["", p.organisation, labels.actor(p.actor_type),
         ", ".join(map(str, tables_of.get(p.id, [])))]
        for p in organisation_only
    ]
    if rows:
        w.table(
            [labels("col_name"), labels("col_organisation"), labels("col_actor"),
             labels("col_tables")],
            rows,
        )
    w.paragraph(counts, italic=True)
    return True


def agenda(ctx: Context, letter: str) -> bool:
    """The agenda once: planned minutes, and the times as run only where recorded.

    Tables that share a programme share one table, with an "as run" column for
    each table that timed its segments; tables with their own programme get theirs.
    Returns False when there is no agenda to show.
    """
    w, labels = ctx.writer, ctx.labels
    programmes: dict[tuple[tuple[str, int], ...], list[TableHarvest]] = defaultdict(list)
    for table in ctx.tables:
        segments = [s for s in table.segments if not s.deleted]
        if segments:
            key = tuple((" ".join(s.title.split()), s.planned_minutes) for s in segments)
            programmes[key].append(table)
    if not programmes:
        return False
    w.heading(labels("annex_agenda", letter=letter), 1)
    for key, tables in programmes.items():
        if not ctx.is_report and len(ctx.tables) > 1:
            if len(tables) == len(ctx.tables):
                w.heading(labels("agenda_tables"), 2)
            else:
                w.heading("; ".join(ctx.table_title(t) for t in tables), 2)
        timed = [t for t in tables if any(s.actual_start or s.actual_end for s in t.segments)]
        rows = []
        for index, (title, minutes) in enumerate(key):
            row = [labels.segment(title), labels("minutes", count=minutes)]
            for table in timed:
                segment = [s for s in table.segments if not s.deleted][index]
                row.append(_as_run(ctx, segment.actual_start, segment.actual_end))
            rows.append(row)
        total = ["", labels("minutes", count=sum(m for _, m in key))]
        rows.append(total + [_total(ctx, t) for t in timed])
        headers = [labels("col_segment"), labels("col_planned")]
        if len(tables) == 1 and timed:
            headers.append(labels("col_actual"))
        else:
            headers += [labels("col_as_run", number=t.table.number) for t in timed]
        w.table(headers, rows)
    return True


def _as_run(ctx: Context, start: str | None, end: str | None) -> str:
    """"13:40–13:58 (18 min)", or what is known of it."""
    began, ended = _moment(start), _moment(end)
    if began and ended:
        minutes = max(0, round((ended - began).total_seconds() / 60))
        span = f"{began:%H:%M}–{ended:%H:%M}"
        return f"{span} ({ctx.labels('minutes', count=minutes)})"
    if began:
        return f"{began:%H:%M}–"
    return ctx.labels("not_run")


def _moment(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None


def _total(ctx: Context, table: TableHarvest) -> str:
    starts = [m for s in table.segments if (m := _moment(s.actual_start))]
    ends = [m for s in table.segments if (m := _moment(s.actual_end))]
    if not starts or not ends:
        return ""
    try:
        minutes = max(0, round((max(ends) - min(starts)).total_seconds() / 60))
    except TypeError:  # naive and aware times mixed: no honest total
        return ""
    return ctx.labels("minutes", count=minutes)


def photos(ctx: Context, letter: str) -> bool:
    """Flip-chart photos at page width with a numbered caption (their alt text too);
    other files as a line.  Returns False (nothing written) when nothing is attached."""
    w, labels = ctx.writer, ctx.labels
    attached = [(t, a) for t in ctx.tables for a in t.attachments if not a.deleted]
    if not attached:
        return False
    w.heading(labels("annex_photos", letter=letter), 1)
    figure = 0
    for table, attachment in attached:
        caption = attachment.caption.strip() or attachment.filename
        where = labels("at_table", number=table.table.number)
        if _add_picture(ctx, attachment, f"{caption} ({where})"):
            figure += 1
            w.paragraph(
                f"{caption} ({where})", "Caption",
                lead=labels("figure", number=figure) + labels.colon,
            )
        else:
            w.bullet(labels("not_an_image", filename=attachment.filename), trail=f" — {caption}")
    return True


def _add_picture(ctx: Context, attachment: Attachment, description: str) -> bool:
    """Add the image when python-docx can read it; False for any other file."""
    if not readable_image(attachment.content):
        return False
    paragraph = ctx.writer.paragraph("", "No Spacing")
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.keep_with_next = True
    run = paragraph.add_run()
    run.add_picture(io.BytesIO(attachment.content), width=PHOTO_WIDTH)
    ooxml.set_alt_text(run, ctx.writer.safe(description, one_line=True))
    return True


def readable_image(content: bytes) -> bool:
    """Whether python-docx can place these bytes as a picture (a real size included)."""
    from docx.image.image import Image

    if not content:
        return False
    try:
        image = Image.from_blob(content)
        return image.px_width > 0 and image.px_height > 0
    except Exception:  # any bytes from a USB stick: whatever the parser raises, not an image
        return False
