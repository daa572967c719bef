"""Annexes: participants as their consent allows, the agenda, flip-chart photos."""

from __future__ import annotations

import datetime as dt
import io
from collections import defaultdict
from typing import TYPE_CHECKING

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm

from roundtables.domain import Attachment, Consent, Participant, TableHarvest
from roundtables.synthesis.chapters import attendees

if TYPE_CHECKING:
    from roundtables.synthesis.document import Context

PHOTO_WIDTH = Cm(15)


def participants(ctx: Context, letter: str) -> None:
    """Named participants by name, organisation-only ones by organisation, the rest counted."""
    w, labels, attribution = ctx.writer, ctx.labels, ctx.attribution
    w.heading(labels("annex_participants", letter=letter), 1)
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
    named_count, organisation_count, unnamed_count = attribution.counts(everyone)
    counts = labels(
        "annex_counts", total=len(everyone), named=named_count,
        organisation=organisation_count, unnamed=unnamed_count,
    )
    if attribution.ceiling is Consent.ANONYMOUS:
        w.paragraph(labels("anonymous_annex", count=len(everyone)))
        w.paragraph(counts, italic=True)
        return
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
        [p.name, p.organisation, p.actor_type, ", ".join(map(str, tables_of.get(p.id, [])))]
        for p in named
    ] + [
        ["", p.organisation, p.actor_type, ", ".join(map(str, tables_of.get(p.id, [])))]
        for p in organisation_only
    ]
    if rows:
        w.table(
            [labels("col_name"), labels("col_organisation"), labels("col_actor"),
             labels("col_tables")],
            rows,
            weights=[4.2, 5.9, 4.4, 1.9],
        )
    w.paragraph(counts, italic=True)


def agenda(ctx: Context, letter: str) -> None:
    """Each table's segments: planned minutes against the recorded start and end."""
    w, labels = ctx.writer, ctx.labels
    w.heading(labels("annex_agenda", letter=letter), 1)
    for table in ctx.tables:
        if not ctx.is_report:
            w.heading(ctx.table_title(table), 2)
        segments = [s for s in table.segments if not s.deleted]
        planned = sum(s.planned_minutes for s in segments)
        if not any(s.actual_start or s.actual_end for s in segments):
            # Nothing was timed: a plain programme reads better than empty columns.
            rows = [[s.title, labels("minutes", count=s.planned_minutes)] for s in segments]
            rows.append(["", labels("minutes", count=planned)])
            w.table([labels("col_segment"), labels("col_planned")], rows, weights=[12.4, 4.0])
            w.paragraph(labels("not_timed"), italic=True)
            continue
        rows = [_segment_row(ctx, s.title, s.planned_minutes, s.actual_start, s.actual_end)
                for s in segments]
        rows.append(["", labels("minutes", count=planned), "", "", _total(ctx, table)])
        w.table(
            [labels("col_segment"), labels("col_planned"), labels("col_started"),
             labels("col_ended"), labels("col_actual")],
            rows,
            weights=[7.6, 2.2, 2.1, 2.1, 2.4],
        )


def _moment(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None


def _segment_row(
    ctx: Context, title: str, planned: int, start: str | None, end: str | None
) -> list[str]:
    began, ended = _moment(start), _moment(end)
    actual = ctx.labels("not_run")
    if began and ended:
        minutes = max(0, round((ended - began).total_seconds() / 60))
        actual = ctx.labels("minutes", count=minutes)
    return [
        title,
        ctx.labels("minutes", count=planned),
        began.strftime("%H:%M") if began else "",
        ended.strftime("%H:%M") if ended else "",
        actual,
    ]


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


def photos(ctx: Context, letter: str) -> None:
    """Flip-chart photos at page width with a numbered caption; other files as a line."""
    w, labels = ctx.writer, ctx.labels
    w.heading(labels("annex_photos", letter=letter), 1)
    attached = [(t, a) for t in ctx.tables for a in t.attachments if not a.deleted]
    if not attached:
        w.paragraph(labels("no_photos"), italic=True)
        return
    figure = 0
    for table, attachment in attached:
        caption = attachment.caption.strip() or attachment.filename
        where = labels("at_table", number=table.table.number)
        if _add_picture(ctx, attachment):
            figure += 1
            w.paragraph(
                f"{caption} ({where})", "Caption", lead=labels("figure", number=figure) + ": "
            )
        else:
            w.bullet(labels("not_an_image", filename=attachment.filename), trail=f" — {caption}")


def _add_picture(ctx: Context, attachment: Attachment) -> bool:
    """Add the image when python-docx can read it; False for any other file."""
    if not readable_image(attachment.content):
        return False
    paragraph = ctx.writer.paragraph("", "No Spacing")
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.keep_with_next = True
    paragraph.add_run().add_picture(io.BytesIO(attachment.content), width=PHOTO_WIDTH)
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
