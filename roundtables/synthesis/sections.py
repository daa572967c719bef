"""The parts of the synthesis that read across tables.

Executive summary, cross-cutting themes, the consolidated action plan, the
declaration feedback with amendments as tracked changes, and open questions.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from roundtables.analysis import action_groups, priority_rank
from roundtables.analysis import cross_cutting_themes as find_themes
from roundtables.domain import ActionPoint, ArticleFeedback, Note, Stance, TableHarvest
from roundtables.synthesis import ooxml
from roundtables.synthesis.chapters import OPEN_QUESTION, attendees, note_paragraph, priority_text
from roundtables.synthesis.text import clean_text

if TYPE_CHECKING:
    from roundtables.synthesis.document import Context

#: The most statements quoted under one cross-cutting theme per table.
THEME_NOTES_PER_TABLE = 1


def executive_summary(ctx: Context) -> None:
    """The rapporteur's summary, the figures, and the key messages of every table."""
    w, labels = ctx.writer, ctx.labels
    w.heading(labels("executive_summary"), 1)
    summary = ctx.harvest.event.executive_summary if not ctx.is_report else ""
    for block in clean_text(summary).split("\n"):
        if block.strip():
            w.paragraph(block)
    notes = sum(len(t.notes) for t in ctx.tables)
    actions = sum(len(t.action_points) for t in ctx.tables)
    everyone = attendees(ctx, ctx.tables[0]) if ctx.is_report else ctx.harvest.participants
    people = len(everyone)
    figures = [] if ctx.is_report else [(len(ctx.tables), labels("fig_tables"))]
    figures += [
        (people, labels("fig_participants")),
        (notes, labels("fig_notes")),
        (actions, labels("fig_actions")),
    ]
    w.heading(labels("in_figures"), 2)
    w.table([str(n) for n, _ in figures], [[label for _, label in figures]], header_size=16)
    w.heading(labels("key_messages"), 2)
    flagged = [(t, n) for t in ctx.tables for n in t.notes if n.key_message and n.text.strip()]
    if not flagged:
        w.paragraph(labels("no_key_messages"), italic=True)
    for table, note in flagged:
        where = "" if ctx.is_report else labels("at_table", number=table.table.number)
        w.bullet(note.text, trail=f" ({where})" if where else "")


def cross_cutting_themes(ctx: Context) -> None:
    """Topics two or more tables raised, each with "raised at tables 1 and 3"."""
    w, labels = ctx.writer, ctx.labels
    w.heading(labels("themes"), 1)
    themes = find_themes(ctx.harvest)
    if not themes:
        w.paragraph(labels("no_themes"), italic=True)
        return
    w.paragraph(labels("themes_intro"))
    for theme in themes:
        raised = labels.raised_at(theme.table_numbers)
        lead = w.paragraph("", lead=theme.label, trail=f" — {raised[:1].lower()}{raised[1:]}")
        lead.paragraph_format.keep_with_next = True
        lead.paragraph_format.space_before = w.styles["Heading 3"].paragraph_format.space_before
        chosen: dict[str, list[Note]] = {}
        # Prefer a table's key message, then its first statement on the theme.
        for note in sorted(theme.notes, key=lambda n: not n.key_message):
            picked = chosen.setdefault(note.table_id, [])
            if len(picked) < THEME_NOTES_PER_TABLE:
                picked.append(note)
        for table in ctx.tables:
            for note in chosen.get(table.table.id, []):
                note_paragraph(ctx, table, note, source=True)


def action_plan(ctx: Context) -> None:
    """Every action point in one table, similar ones merged, the most urgent first."""
    w, labels = ctx.writer, ctx.labels
    w.heading(labels("action_plan"), 1)
    groups = action_groups(ctx.harvest)
    if not groups:
        w.paragraph(labels("no_actions"), italic=True)
        return
    w.paragraph(labels("action_plan_intro"))
    number_of = {t.table.id: t.table.number for t in ctx.tables}
    rows: list[list[str]] = []
    for group in sorted(groups, key=_urgency):
        first = group[0]
        action = first.action.strip()
        if len(group) > 1:
            action += f"\n({labels('merged', count=len(group))})"
        shown = [ctx.attribution.action_owner(ap) for ap in group]
        owners = _unique(owner for owner, _ in shown)
        institutions = _unique(institution for _, institution in shown)
        deadlines = sorted(ap.deadline for ap in group if ap.deadline.strip())
        best = min(group, key=lambda ap: priority_rank(ap.priority))
        votes = sum(ap.votes for ap in group)
        tables = sorted({number_of[ap.table_id] for ap in group if ap.table_id in number_of})
        rows.append(
            [
                str(len(rows) + 1),
                action,
                "; ".join(owners),
                "; ".join(institutions),
                deadlines[0] if deadlines else "",
                priority_text(ctx, best.priority, votes),
                ", ".join(map(str, tables)),
            ]
        )
    w.table(
        [labels("col_number"), labels("col_action"), labels("col_owner"),
         labels("col_institution"), labels("col_deadline"), labels("col_priority"),
         labels("col_source")],
        rows,
        weights=[0.8, 5.1, 2.4, 2.6, 2.1, 2.0, 1.4],
    )


def _urgency(group: list[ActionPoint]) -> tuple[int, int, str]:
    best = min(priority_rank(ap.priority) for ap in group)
    deadlines = sorted(ap.deadline for ap in group if ap.deadline.strip()) or ["9999"]
    return best, -sum(ap.votes for ap in group), deadlines[0]


def _unique(values: object) -> list[str]:
    return [v for v in dict.fromkeys(values) if isinstance(v, str) and v]  # type: ignore[call-overload]


def declaration(ctx: Context) -> None:
    """Each article with every table's stance; proposed wordings as tracked changes."""
    w, labels = ctx.writer, ctx.labels
    w.heading(labels("declaration"), 1)
    articles = [a for a in ctx.harvest.articles if not a.deleted]
    if not articles:
        w.paragraph(labels("no_articles"), italic=True)
        return
    w.paragraph(labels("declaration_intro"))
    for article in articles:
        title = article.title.strip()
        heading = (
            labels("article_titled", number=article.number, title=title)
            if title
            else labels("article", number=article.number)
        )
        w.heading(heading, 2)
        if article.text.strip():
            w.paragraph(article.text, "Quote")
        given: list[tuple[TableHarvest, ArticleFeedback]] = []
        rows = []
        for table in ctx.tables:
            found = [f for f in table.feedback if f.article_id == article.id and not f.deleted]
            if not found:
                rows.append([str(table.table.number), labels("no_feedback"), ""])
            for feedback in found:
                rows.append(
                    [str(table.table.number), _stance(ctx, feedback.stance), feedback.rationale]
                )
                if feedback.proposed_wording.strip():
                    given.append((table, feedback))
        w.table(
            [labels("col_table"), labels("col_stance"), labels("col_rationale")],
            rows,
            weights=[1.4, 2.2, 12.8],
        )
        for table, feedback in given:
            lead = w.paragraph(labels("proposed_by", number=table.table.number), bold=True)
            lead.paragraph_format.keep_with_next = True
            amended = w.paragraph("", "Quote")
            ooxml.add_tracked_change(
                amended,
                # One line each: a raw line feed inside w:t is only a space to Word.
                w.safe(article.text, one_line=True),
                w.safe(feedback.proposed_wording, one_line=True),
                author=labels("table_author", number=table.table.number),
                date=_revision_date(feedback.updated_at),
                ids=ctx.ids,
            )


def _stance(ctx: Context, stance: str) -> str:
    if stance in {s.value for s in Stance}:
        return ctx.labels(f"stance_{stance}")
    return stance


def _revision_date(updated_at: str) -> str:
    """An ISO timestamp as Word's ``w:date`` (UTC, whole seconds)."""
    try:
        moment = dt.datetime.fromisoformat(updated_at)
    except (TypeError, ValueError):
        moment = dt.datetime.now(dt.UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def open_questions(ctx: Context) -> None:
    """The questions the tables left open (the parking lot), by table."""
    w, labels = ctx.writer, ctx.labels
    w.heading(labels("open_questions"), 1)
    found = [
        (table, [n for n in table.notes if n.type == OPEN_QUESTION and n.text.strip()])
        for table in ctx.tables
    ]
    if not any(notes for _, notes in found):
        w.paragraph(labels("no_open_questions"), italic=True)
        return
    w.paragraph(labels("open_questions_intro"))
    for table, notes in found:
        if not notes:
            continue
        if not ctx.is_report:
            w.heading(ctx.table_title(table), 2)
        for note in notes:
            note_paragraph(ctx, table, note)


def annexes(ctx: Context) -> None:
    """Participants, the agenda as planned and as run, flip-chart photos."""
    from roundtables.synthesis.annexes import agenda, participants, photos

    participants(ctx, "A")
    agenda(ctx, "B")
    photos(ctx, "C")
