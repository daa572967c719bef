"""The Word synthesis of an event, and a single table's report, from one code path.

Order of the document: title page, contents, executive summary, a chapter per
table, cross-cutting themes, consolidated action plan, feedback on the declaration
(amendments as tracked changes), open questions, annexes.  A table report is the
same document restricted to one table, without the parts that compare tables.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
from pathlib import Path
from typing import Any

from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from roundtables.domain import Consent, EventHarvest
from roundtables.messages import error
from roundtables.synthesis import chapters, ooxml, overview, sections
from roundtables.synthesis.attribution import Attribution
from roundtables.synthesis.context import Context
from roundtables.synthesis.grouping import discussed
from roundtables.synthesis.labels import LANGUAGES, Labels
from roundtables.synthesis.styles import open_template
from roundtables.synthesis.vocabulary import typography
from roundtables.synthesis.writer import Writer


def build(
    harvest: EventHarvest,
    path: str | os.PathLike[str],
    *,
    template: str | os.PathLike[str] | None = None,
    attribution: str | Consent | None = None,
    draft: bool | None = None,
    table_number: int | None = None,
    language: str | None = None,
) -> Path:
    """Write the synthesis (or, with ``table_number``, one table's report) to ``path``.

    ``language``: "en", "nl" or "fr" (default: the event's language).
    """
    target = _check_target(path)
    tables = harvest.tables if table_number is None else [harvest.table(table_number)]
    if language is not None and language not in LANGUAGES:
        raise error("unknown-language", language=language)
    labels = Labels(language or harvest.event.language)
    people = Attribution(harvest, attribution, anonymous_label=labels("a_participant"))
    document = open_template(Path(template) if template else None)
    code = labels.code
    writer = Writer(document, lambda text: typography(people.redact(text), code))
    writer.colon = labels.colon
    ctx = Context(
        harvest=harvest,
        tables=tables,
        labels=labels,
        attribution=people,
        writer=writer,
        draft=(not harvest.event.is_finalised) if draft is None else draft,
        report_table=table_number,
        ids=ooxml.RevisionIds(),
    )
    locate_notes(ctx)
    if not ctx.is_report:
        ctx.plan = sections.plan_rows(ctx)
        ctx.plan_row = {ap.id: row for row, item in enumerate(ctx.plan, 1) for ap in item.members}
    title_page(ctx)
    toc = contents(ctx)
    overview.executive_summary(ctx)
    for table in tables:
        chapters.table_chapter(ctx, table)
    if not ctx.is_report:
        overview.cross_cutting_themes(ctx)
        sections.action_plan(ctx)
    sections.declaration(ctx)
    sections.open_questions(ctx)
    sections.annexes(ctx)
    toc.fill(
        [(level, text) for level, text in writer.headings if level <= 2],
        {1: writer.styles["TOC 1"].style_id, 2: writer.styles["TOC 2"].style_id},
    )
    writer.finish()
    page_furniture(ctx)
    properties(ctx)
    ooxml.set_language(document, labels.word_language)
    ooxml.set_settings_language(document, labels.word_language)
    ooxml.set_update_fields(document)
    return _save(document, target)


def locate_notes(ctx: Context) -> None:
    """Record under which table and question each note is shown in the chapters."""
    for table in ctx.tables:
        by_question, _ = discussed(table)
        questions = {q.id: q for q in table.questions}
        for question_id, notes in by_question.items():
            for note in notes:
                ctx.places[note.id] = (table, questions.get(question_id) if question_id else None)


def _check_target(path: str | os.PathLike[str]) -> Path:
    target = Path(path)
    if target.suffix.lower() != ".docx":
        raise error("not-a-docx-target", file=target.name)
    if not target.parent.is_dir():
        raise error("folder-not-found", path=target.parent)
    if target.is_dir():
        raise error("target-is-a-folder", path=target)
    return target


def _save(document: Any, target: Path) -> Path:
    """Write next to the target and rename: a reader never sees half a document."""
    buffer = io.BytesIO()
    document.save(buffer)
    umask = os.umask(0)
    os.umask(umask)
    handle, temporary = tempfile.mkstemp(prefix=".~", suffix=".docx", dir=target.parent)
    try:
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes it private; a document is not
        with os.fdopen(handle, "wb") as out:
            out.write(buffer.getvalue())
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def subtitle(ctx: Context) -> str:
    if ctx.report_table is not None:
        return ctx.labels("table_report", number=ctx.report_table)
    return ctx.labels("synthesis")


def title_page(ctx: Context) -> None:
    """Event, document kind, date, venue, organiser, and draft or final."""
    w, event, labels = ctx.writer, ctx.harvest.event, ctx.labels
    for _ in range(4):
        w.paragraph("", "No Spacing")
    w.paragraph(event.title, "Title")
    w.paragraph(subtitle(ctx), "Subtitle")
    if ctx.is_report:
        table = ctx.tables[0].table
        if table.theme.strip():
            w.paragraph(table.theme, "Subtitle")
    for key, value in (
        ("date", labels.long_date(event.date)),
        ("venue", event.venue),
        ("organiser", event.organiser),
    ):
        if value.strip():
            w.labelled(labels(key), value)
    if ctx.attribution.chatham_house:  # said where a reader looks first
        w.paragraph("")
        w.paragraph(labels("chatham_notice"), bold=True)
    w.paragraph("")
    w.paragraph(labels("draft") if ctx.draft else labels("final"), "Subtitle", bold=True)
    if ctx.draft:
        w.paragraph(labels("draft_notice"), italic=True)


def contents(ctx: Context) -> ooxml.TableOfContents:
    """The contents page: a TOC field, filled with the headings once they are known."""
    w = ctx.writer
    w.page_break()
    w.paragraph(ctx.labels("contents"), "TOC Heading")
    begin = w.paragraph("", "No Spacing")
    end = w.paragraph("", "No Spacing")
    return ooxml.TableOfContents(begin, end)


def page_furniture(ctx: Context) -> None:
    """Footer with the event and the page number; a draft says so in the header.

    A brand template's own header and footer (a logo, an address) are kept: the
    draft notice is added below its header, and its footer is left as it is.
    """
    event = ctx.harvest.event
    sections = ctx.writer.document.sections
    # Judged before anything is written: the sections share the template's parts.
    own_header = _has_content(sections[-1].header)
    own_footer = _has_content(sections[-1].footer)
    done: set[int] = set()
    for index, section in enumerate(sections):
        if section.start_type != WD_SECTION.NEW_PAGE:
            section.start_type = WD_SECTION.NEW_PAGE
        # A clean title page when the header and footer are ours; only the first section.
        section.different_first_page_header_footer = (
            index == 0 and not own_header and not own_footer
        )
        footer, header = section.footer, section.header
        if own_footer and id(footer.part) not in done and not _has_page_number(footer):
            done.add(id(footer.part))  # the template's footer, with a page number added
            paragraph = footer.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            paragraph.add_run(f"{ctx.labels('page')} ")
            ooxml.add_field(paragraph, "PAGE", "1")
        if not own_footer and id(footer.part) not in done:
            done.add(id(footer.part))
            footer.is_linked_to_previous = False
            paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
            paragraph.text = ""
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.add_run(ctx.writer.safe(f"{event.title} · {subtitle(ctx)}", one_line=True))
            paragraph.add_run(f"  ·  {ctx.labels('page')} ")
            ooxml.add_field(paragraph, "PAGE", "1")
        if not (ctx.draft or ctx.attribution.chatham_house) or id(header.part) in done:
            continue
        header.is_linked_to_previous = False
        done.add(id(header.part))
        if own_header:
            top = header.add_paragraph()
        else:
            top = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
            top.text = ""
        top.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        notices = [ctx.labels("chatham_rule")] if ctx.attribution.chatham_house else []
        notices += [ctx.labels("draft_notice")] if ctx.draft else []
        if notices:
            top.add_run(" · ".join(notices)).italic = True


def _has_page_number(part: Any) -> bool:
    """Whether a header or footer already shows the page number."""
    element = part._element
    if any("PAGE" in (t.text or "") for t in element.iter(qn("w:instrText"))):
        return True
    return any("PAGE" in (f.get(qn("w:instr")) or "") for f in element.iter(qn("w:fldSimple")))


def _has_content(part: Any) -> bool:
    """Whether a template's header or footer holds text, a picture or a field."""
    if part.is_linked_to_previous:
        return False
    element = part._element
    if any(t.text and t.text.strip() for t in element.iter(qn("w:t"))):
        return True
    return any(True for _ in element.iter(qn("w:drawing"), qn("w:pict"), qn("w:fldSimple")))


def properties(ctx: Context) -> None:
    """Title, author (the organiser), language and status in the document's properties."""
    event, labels = ctx.harvest.event, ctx.labels
    props = ctx.writer.document.core_properties
    props.title = ctx.writer.safe(f"{event.title} – {subtitle(ctx)}", one_line=True)[:255]
    props.author = ctx.writer.safe(event.organiser, one_line=True)[:255]
    props.subject = subtitle(ctx)
    props.language = labels.word_language
    props.keywords = "round tables; synthesis" + (
        f"; {labels('chatham_rule')}" if ctx.attribution.chatham_house else ""
    )
    props.content_status = labels("draft") if ctx.draft else labels("final")
    props.comments = labels("generated")
    props.last_modified_by = "Roundtables"
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    props.created = props.modified = now
    props.revision = 1
