"""The Word features python-docx has no API for, written as plain OOXML.

A table-of-contents field Word offers to update on opening, page-number fields,
the document language, and tracked changes (``w:ins`` / ``w:del``) that Word and
LibreOffice show as changes to accept or reject.  Only imported while a
document is built (it loads python-docx).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

#: Chapters and their sections: one page of contents, with page numbers once updated.
TOC_INSTRUCTION = 'TOC \\o "1-2" \\h \\z \\u'

# Schema order matters to Word ("unreadable content" otherwise): new children go
# before the elements that must follow them.
_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")
_AFTER_UPDATE_FIELDS = (
    "w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars", "w:rsids",
    "{http://schemas.openxmlformats.org/officeDocument/2006/math}mathPr", "w:attachedSchema",
    "w:themeFontLang", "w:clrSchemeMapping", "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures", "w:forceUpgrade", "w:captions", "w:readModeInkLockDown",
    "w:smartTagType", "{http://schemas.openxmlformats.org/schemaLibrary/2006/main}schemaLibrary",
    "w:shapeDefaults", "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator",
)
_AFTER_BIDI = (
    "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
    "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
    "w:pPrChange",
)


def _field_char(kind: str) -> Any:
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    run = OxmlElement("w:r")
    run.append(element)
    return run


def _instruction(text: str) -> Any:
    run = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {text} "
    run.append(instr)
    return run


def add_field(paragraph: Any, instruction: str, shown: str = "") -> None:
    """A complex field (``PAGE``, ``NUMPAGES``...) with ``shown`` as its cached result."""
    p = paragraph._p
    p.append(_field_char("begin"))
    p.append(_instruction(instruction))
    p.append(_field_char("separate"))
    result = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = shown
    result.append(text)
    p.append(result)
    p.append(_field_char("end"))


class TableOfContents:
    """A ``TOC`` field whose cached result lists the headings (no page numbers).

    Word offers to update it on opening (``updateFields`` in settings); until then,
    and in LibreOffice, the cached entries show the document's structure.
    """

    def __init__(self, begin_paragraph: Any, end_paragraph: Any) -> None:
        begin = begin_paragraph._p
        begin.append(_field_char("begin"))
        begin.append(_instruction(TOC_INSTRUCTION))
        begin.append(_field_char("separate"))
        self._begin = begin
        end_paragraph._p.append(_field_char("end"))
        self._end = end_paragraph._p

    def fill(self, entries: list[tuple[int, str]], style_ids: dict[int, str]) -> None:
        """Write the cached entries ``(level, text)`` between the field's begin and end."""
        anchor = self._begin
        for level, text in entries:
            p = OxmlElement("w:p")
            ppr = OxmlElement("w:pPr")
            style = OxmlElement("w:pStyle")
            style.set(qn("w:val"), style_ids[level])
            ppr.append(style)
            p.append(ppr)
            run = OxmlElement("w:r")
            t = OxmlElement("w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = text
            run.append(t)
            p.append(run)
            anchor.addnext(p)
            anchor = p


def set_update_fields(document: Any) -> None:
    """``<w:updateFields w:val="true"/>``: Word asks to update fields on opening."""
    settings = document.settings.element
    existing = settings.find(qn("w:updateFields"))
    if existing is None:
        existing = OxmlElement("w:updateFields")
        _insert_before(settings, existing, _AFTER_UPDATE_FIELDS)
    existing.set(qn("w:val"), "true")


def set_language(document: Any, tag: str) -> None:
    """Set the proofing language of the default run style and every paragraph style."""
    styles = document.styles.element
    targets = []
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr_default = defaults.find(qn("w:rPrDefault"))
        if rpr_default is not None:
            rpr = rpr_default.find(qn("w:rPr"))
            if rpr is None:
                rpr = OxmlElement("w:rPr")
                rpr_default.append(rpr)
            targets.append(rpr)
    for style in styles.findall(qn("w:style")):
        if style.get(qn("w:type")) in ("paragraph", "character"):
            targets.append(style.get_or_add_rPr())
    for rpr in targets:
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            _insert_before(rpr, lang, _AFTER_LANG)
        lang.set(qn("w:val"), tag)


def _insert_before(parent: Any, child: Any, successors: tuple[str, ...]) -> None:
    """Insert ``child`` before the first of ``successors`` present (schema order)."""
    wanted = {tag if tag.startswith("{") else qn(tag) for tag in successors}
    for index, existing in enumerate(parent):
        if existing.tag in wanted:
            parent.insert(index, child)
            return
    parent.append(child)


class RevisionIds:
    """Unique ``w:id`` values for the revisions of one document."""

    def __init__(self, start: int = 1000) -> None:
        self._counter = itertools.count(start)

    def __next__(self) -> str:
        return str(next(self._counter))

    def __iter__(self) -> Iterator[str]:
        return self


def text_run(text: str, tag: str = "w:t") -> Any:
    """A ``w:r`` holding ``text`` (in ``w:delText`` for a deletion)."""
    run = OxmlElement("w:r")
    t = OxmlElement(tag)
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    return run


# ---------------------------------------------------------------- navigation, accessibility


def add_bookmark(paragraph: Any, name: str, ids: RevisionIds) -> None:
    """A bookmark around a paragraph's content (a target for internal links)."""
    identifier = next(ids)
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), identifier)
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), identifier)
    p = paragraph._p
    ppr = p.find(qn("w:pPr"))
    if ppr is not None:
        ppr.addnext(start)
    else:
        p.insert(0, start)
    p.append(end)


def add_internal_link(paragraph: Any, text: str, anchor: str) -> None:
    """A link to a bookmark in the same document (also clickable in the PDF)."""
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), anchor)
    link.set(qn("w:history"), "1")
    run = text_run(text)
    rpr = OxmlElement("w:rPr")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    rpr.append(underline)
    run.insert(0, rpr)
    link.append(run)
    paragraph._p.append(link)


def set_alt_text(run: Any, text: str) -> None:
    """The description (alt text) of the picture in ``run``."""
    for doc_pr in run._r.iter(qn("wp:docPr")):
        doc_pr.set("descr", text)
        doc_pr.set("title", text[:250])


def keep_together(table: Any) -> None:
    """Keep a short table on one page, with the paragraph before it (keepNext on rows)."""
    rows = table._tbl.tr_lst
    before = table._tbl.getprevious()
    paragraphs = [before] if before is not None and before.tag == qn("w:p") else []
    paragraphs += [p for tr in rows[:-1] for p in tr.iter(qn("w:p"))]
    for p in paragraphs:
        ppr = p.find(qn("w:pPr"))
        if ppr is None:
            ppr = OxmlElement("w:pPr")
            p.insert(0, ppr)
        if ppr.find(qn("w:keepNext")) is None:
            keep = OxmlElement("w:keepNext")
            style = ppr.find(qn("w:pStyle"))
            if style is not None:
                style.addnext(keep)
            else:
                ppr.insert(0, keep)


def set_page_break_before(paragraph: Any) -> None:
    """Start ``paragraph`` on a new page whatever the template's heading style says."""
    paragraph.paragraph_format.page_break_before = True


def set_cell_shading(cell: Any, fill: str) -> None:
    """A background colour for a table cell (header rows)."""
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def repeat_header(row: Any) -> None:
    """Repeat a table's first row at the top of every page it spans."""
    trpr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    trpr.append(header)


def set_bidi(paragraph: Any) -> None:
    """Mark a paragraph right-to-left (Arabic, Hebrew) so Word lays it out correctly."""
    ppr = paragraph._p.get_or_add_pPr()
    if ppr.find(qn("w:bidi")) is None:
        _insert_before(ppr, OxmlElement("w:bidi"), _AFTER_BIDI)


def set_bold(run: Any) -> None:
    """Make a ``w:r`` bold (rPr first in the run, b first in rPr)."""
    rpr = run.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        run.insert(0, rpr)
    if rpr.find(qn("w:b")) is None:
        rpr.insert(0, OxmlElement("w:b"))


_AFTER_THEME_FONT_LANG = _AFTER_UPDATE_FIELDS[_AFTER_UPDATE_FIELDS.index("w:clrSchemeMapping"):]


def set_settings_language(document: Any, tag: str) -> None:
    """The document's language in settings.xml too (``w:themeFontLang``)."""
    settings = document.settings.element
    element = settings.find(qn("w:themeFontLang"))
    if element is None:
        element = OxmlElement("w:themeFontLang")
        _insert_before(settings, element, _AFTER_THEME_FONT_LANG)
    element.set(qn("w:val"), tag)
