"""The two parts of the synthesis that read the whole event: the executive summary
and the cross-cutting themes, written from :mod:`.summary` and :mod:`.themes`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from roundtables.synthesis.chapters import attendees
from roundtables.synthesis.context import Context
from roundtables.synthesis.summary import summary_blocks, summary_text
from roundtables.synthesis.themes import document_themes

if TYPE_CHECKING:
    from roundtables.synthesis.labels import Labels


def executive_summary(ctx: Context) -> None:
    """The summary (the rapporteur's edited text, else the app's draft), then the figures.

    Key messages are gathered here once, inside the conclusions; a table report,
    which has no drafted summary, lists its table's key messages instead.
    """
    w, labels = ctx.writer, ctx.labels
    w.heading(labels("executive_summary"), 1)
    if not ctx.is_report:
        for block in summary_blocks(summary_text(ctx.harvest, labels.code, ctx.attribution)):
            if block.kind == "bullet":
                w.bullet(block.text)
            elif block.kind == "lead":
                lead = w.paragraph(block.text, bold=True)
                lead.paragraph_format.keep_with_next = True
                lead.paragraph_format.space_after = 0
            else:
                w.paragraph(block.text)
    _figures(ctx)
    if ctx.is_report:
        w.heading(labels("key_messages"), 2)
        flagged = [n for t in ctx.tables for n in t.notes if n.key_message and n.text.strip()]
        if not flagged:
            w.paragraph(labels("no_key_messages"), italic=True)
        for note in flagged:
            w.bullet(note.text)


def _figures(ctx: Context) -> None:
    w, labels = ctx.writer, ctx.labels
    notes = sum(len(t.notes) for t in ctx.tables)
    actions = sum(len(t.action_points) for t in ctx.tables)
    everyone = attendees(ctx, ctx.tables[0]) if ctx.is_report else ctx.harvest.participants
    figures = [] if ctx.is_report else [(len(ctx.tables), labels("fig_tables"))]
    figures += [
        (len(everyone), labels("fig_participants")),
        (notes, labels("fig_notes")),
        (actions, labels("fig_actions")),
    ]
    w.heading(labels("in_figures"), 2)
    w.table([str(n) for n, _ in figures], [[label for _, label in figures]], header_size=16)


def cross_cutting_themes(ctx: Context) -> None:
    """Each theme a Heading 2 naming its tables and contributions, the rapporteur's
    sentences (or a generated line), at most two short excerpts; smaller proposed
    themes named in one line.  The chapters hold the notes themselves."""
    w, labels = ctx.writer, ctx.labels
    shown, rest = document_themes(ctx.harvest, labels)
    if not shown:
        return  # nothing several tables raised: no empty section
    w.heading(labels("themes"), 1)
    w.paragraph(labels("themes_intro"))
    for theme in shown:
        w.heading(theme.heading, 2)
        for block in theme.sentences.split("\n\n"):
            if block.strip():
                w.paragraph(block.strip())
        for quote in theme.quotes:
            w.paragraph(quote, "Quote")
        if theme.notes and theme.tables:  # where to read it: links, not copies
            see = labels("see_chapter", where="").strip()
            paragraph = w.paragraph("")
            w.text(paragraph, f"{see[:1].upper()}{see[1:]} ")  # the space joins the links
            ctx.refer(paragraph, theme.notes)
            w.text(paragraph, ".")
    if rest:
        named = "; ".join(f"{t.title} ({_tables(t.tables, labels)})" for t in rest)
        w.paragraph(f"{named}.", lead=labels("themes_also"))


def _tables(numbers: list[int], labels: Labels) -> str:
    key = "sum_tables_one" if len(numbers) == 1 else "sum_tables"
    return labels(key, tables=labels.join_numbers(numbers))
