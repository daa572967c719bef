"""The parts of the synthesis that read across tables.

Executive summary, cross-cutting themes, the consolidated action plan, the
declaration feedback with amendments as tracked changes, and open questions.
"""

from __future__ import annotations

import datetime as dt

from docx.oxml.ns import qn
from docx.table import _Cell

from roundtables.analysis import (
    MergedAction,
    action_groups,
    addressee,
    merge_actions,
    plan_order,
)
from roundtables.domain import ArticleFeedback, DeclarationArticle, Stance
from roundtables.synthesis import ooxml, revisions
from roundtables.synthesis.chapters import note_paragraph, owner_names, priority_text
from roundtables.synthesis.context import Context
from roundtables.synthesis.grouping import OPEN_QUESTION, discussed


def plan_rows(ctx: Context) -> list[MergedAction]:
    """The consolidated action plan: similar points merged, by deadline then priority."""
    merged = [merge_actions(group) for group in action_groups(ctx.harvest)]
    return sorted(merged, key=plan_order)


def action_plan(ctx: Context) -> None:
    """Every action point in one table, similar ones merged, by deadline then priority."""
    w, labels = ctx.writer, ctx.labels
    if not ctx.plan:
        return
    w.end_section(landscape=False)  # nine columns: the plan gets a landscape page
    heading = w.heading(labels("action_plan"), 1)
    ooxml.add_bookmark(heading, "action_plan", ctx.ids)
    w.paragraph(labels("action_plan_intro"))
    number_of = {t.table.id: t.table.number for t in ctx.tables}
    rows: list[list[str]] = []
    for index, item in enumerate(ctx.plan, start=1):
        tables = sorted({number_of[ap.table_id] for ap in item.members if ap.table_id in number_of})
        rows.append(
            [
                str(index),
                item.lead.action.strip(),
                asked_to_act(ctx, item),
                "; ".join(_unique(n for ap in item.members for n in owner_names(ctx, ap.owner))),
                labels.long_date(item.deadline) if item.deadline else "",
                priority_text(ctx, item.priority, item.votes),
                labels.status(item.lead.status),
                labels.join_numbers(tables),
                provenance(ctx, item, number_of),
            ]
        )
    headers = [labels("col_number"), labels("col_action"), labels("col_asked"),
               labels("col_owner"), labels("col_deadline"), labels("col_priority"),
               labels("col_status"), labels("col_source"), labels("col_merged")]
    # No column that says nothing new: owners that only repeat who acts (organisation
    # mode), or no merge at all.
    drop = set()
    if all(not r[3] or r[3] == r[2] for r in rows):
        drop.add(3)
    if all(not r[8] for r in rows):
        drop.add(8)
    keep = [i for i in range(len(headers)) if i not in drop]
    w.table([headers[i] for i in keep], [[r[i] for i in keep] for r in rows])
    w.end_section(landscape=True)


def provenance(ctx: Context, item: MergedAction, number_of: dict[str, int]) -> str:
    """What a merged row was made from: each other point's table and its own wording."""
    if not item.merged:
        return ""
    lead = " ".join(item.lead.action.split())
    parts = []
    for point in item.members[1:]:
        where = ctx.labels("at_table", number=number_of.get(point.table_id, "?"))
        wording = " ".join(point.action.split())
        quoted = ctx.labels.quoted(wording)
        parts.append(f"{where}{ctx.labels.colon}{quoted}" if wording != lead else where)
    return "\n".join(parts)


def asked_to_act(ctx: Context, item: MergedAction) -> str:
    """The government an action asks to act, or else the owners' institutions."""
    key = addressee(item.lead.action)
    if key:
        return ctx.labels(f"addressee_{key}")
    # an owner's institution only where that owner's consent allows it
    return "; ".join(_unique(ctx.attribution.action_owner(ap)[1] for ap in item.members))


def _unique(values: object) -> list[str]:
    return [v for v in dict.fromkeys(values) if isinstance(v, str) and v]  # type: ignore[call-overload]


def declaration(ctx: Context) -> None:
    """A matrix of stances, then one text per article with every amendment tracked."""
    w, labels = ctx.writer, ctx.labels
    articles = [a for a in ctx.harvest.articles if not a.deleted]
    if not articles:
        return
    w.heading(labels("declaration"), 1)
    feedback = {
        (table.table.number, f.article_id): f
        for table in ctx.tables
        for f in table.feedback
        if not f.deleted
    }
    stance_matrix(ctx, articles, feedback)
    w.heading(labels("consolidated_text"), 2)
    w.paragraph(labels("consolidated_intro"))
    for article in articles:
        consolidated_article(ctx, article, feedback)


def _article_heading(ctx: Context, article: DeclarationArticle) -> str:
    title = article.title.strip()
    if title:
        return ctx.labels("article_titled", number=article.number, title=title)
    return ctx.labels("article", number=article.number)


#: The stance in a matrix cell: words and a sign, so it never rests on colour alone.
STANCE_SIGN = {Stance.SUPPORT: "✓", Stance.AMEND: "✎", Stance.REJECT: "✗"}
REJECT_FILL = "F4CCCC"


def stance_matrix(
    ctx: Context,
    articles: list[DeclarationArticle],
    feedback: dict[tuple[int, str], ArticleFeedback],
) -> None:
    """One page: an article per row, a table per column, the stance in each cell."""
    w, labels = ctx.writer, ctx.labels
    w.heading(labels("stance_overview"), 2)
    w.paragraph(labels("stance_overview_intro"))
    numbers = [t.table.number for t in ctx.tables]
    rows = []
    rejected: list[tuple[int, int]] = []
    for r, article in enumerate(articles, start=1):
        row = [_article_heading(ctx, article)]
        for c, number in enumerate(numbers, start=1):
            found = feedback.get((number, article.id))
            if found is None:
                row.append("–")
                continue
            word = _stance(ctx, found.stance)
            if found.stance == Stance.REJECT:
                word = word.upper()
                rejected.append((r, c))
            sign = STANCE_SIGN.get(found.stance, "")
            row.append(f"{sign} {word}".strip())
        rows.append(row)
    table = w.table(
        [labels("col_article")] + [labels("table_author", number=n) for n in numbers], rows
    )
    trs = table._tbl.tr_lst
    for r, c in rejected:
        cell = trs[r].tc_lst[c]
        ooxml.set_cell_shading(_Cell(cell, table), REJECT_FILL)
        for run in cell.iter(qn("w:r")):
            ooxml.set_bold(run)


def consolidated_article(
    ctx: Context, article: DeclarationArticle, feedback: dict[tuple[int, str], ArticleFeedback]
) -> None:
    """The article once, each table's wording a tracked change in its name; the reasons."""
    w, labels = ctx.writer, ctx.labels
    w.heading(_article_heading(ctx, article), 3)
    original = w.safe(article.text, one_line=True)
    edit_lists: list[list[revisions.Edit]] = []
    dates: list[str] = []
    reasons: list[tuple[int, ArticleFeedback]] = []
    for table in ctx.tables:
        found = feedback.get((table.table.number, article.id))
        if found is None:
            continue
        reasons.append((table.table.number, found))
        wording = w.safe(found.proposed_wording, one_line=True)
        if wording and wording != original:
            author = labels("table_author", number=table.table.number)
            edit_lists.append(revisions.word_edits(original, wording, author))
            dates.append(_revision_date(found.updated_at))
    applied, alternatives = revisions.merge_edits(edit_lists)
    if original or applied:
        paragraph = w.paragraph("", "Quote")
        revisions.add_tracked_edits(
            paragraph, original, applied, date=max(dates) if dates else _revision_date(""),
            ids=ctx.ids,
        )
    old_tokens = revisions.tokens(original)
    for edit in alternatives:
        proposer = "".join(ch for ch in edit.author if ch.isdigit())  # "Table 3" -> "3"
        old = "".join(old_tokens[edit.start:edit.end]).strip() or "…"
        w.bullet(labels("alternative", number=proposer, old=old, new=edit.new.strip() or "…"))
    for number, found in reasons:
        if found.rationale.strip():
            stance = _stance(ctx, found.stance)
            who = f"{labels('table_author', number=number)} ({stance})"
            w.bullet(found.rationale, lead=who + labels.colon)


def _stance(ctx: Context, stance: str) -> str:
    if stance in set(Stance):
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
    """The questions the tables left open and the guiding questions nobody answered."""
    w, labels = ctx.writer, ctx.labels
    found = []
    for table in ctx.tables:
        notes = [n for n in table.notes if n.type == OPEN_QUESTION and n.text.strip()]
        _, unanswered = discussed(table)
        if notes or unanswered:
            found.append((table, notes, unanswered))
    if not found:
        return
    w.heading(labels("open_questions"), 1)
    w.paragraph(labels("open_questions_intro"))
    for table, notes, unanswered in found:
        if not ctx.is_report:
            w.heading(ctx.table_title(table), 2)
        for note in notes:
            note_paragraph(ctx, table, note)
        if unanswered:
            lead = w.paragraph(labels("not_discussed"), italic=True)
            lead.paragraph_format.keep_with_next = True
            for question in unanswered:
                w.bullet(labels("question", number=question.position, text=question.text))


def annexes(ctx: Context) -> None:
    """Participants, the agenda as planned and as run, flip-chart photos."""
    from roundtables.synthesis.annexes import agenda, participants, photos

    letters = iter("ABCDEFGH")
    letter = next(letters)
    for part in (participants, agenda, photos):
        if part(ctx, letter):  # an annex with nothing to show is left out, letters close up
            letter = next(letters)
