"""The Word features python-docx has no API for, written as plain OOXML.

A table-of-contents field Word offers to update on opening, page-number fields,
the document language, and tracked changes (``w:ins`` / ``w:del``) that Word and
LibreOffice show as changes to accept or reject.  Only imported while a
document is built (it loads python-docx).
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Iterator
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

TOC_INSTRUCTION = 'TOC \\o "1-3" \\h \\z \\u'

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


# ---------------------------------------------------------------- tracked changes

_TOKENS = re.compile(r"\s+|[^\s]+")


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """Split the change from ``old`` to ``new`` into ``("equal"|"delete"|"insert", text)``.

    Word-level (whitespace kept as its own token) so that a change reads like an
    editor's, not letter soup.
    """
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    parts: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(("equal", "".join(a[i1:i2])))
        else:
            if i2 > i1:
                parts.append(("delete", "".join(a[i1:i2])))
            if j2 > j1:
                parts.append(("insert", "".join(b[j1:j2])))
    return parts


class RevisionIds:
    """Unique ``w:id`` values for the revisions of one document."""

    def __init__(self, start: int = 1000) -> None:
        self._counter = itertools.count(start)

    def __next__(self) -> str:
        return str(next(self._counter))

    def __iter__(self) -> Iterator[str]:
        return self


def _text_run(text: str, tag: str = "w:t") -> Any:
    run = OxmlElement("w:r")
    t = OxmlElement(tag)
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    return run


def add_tracked_change(
    paragraph: Any, old: str, new: str, *, author: str, date: str, ids: RevisionIds
) -> None:
    """Write ``old`` into ``paragraph`` with the edit to ``new`` as tracked changes."""
    p = paragraph._p
    for op, text in word_diff(old, new):
        if op == "equal":
            p.append(_text_run(text))
            continue
        wrapper = OxmlElement("w:del" if op == "delete" else "w:ins")
        wrapper.set(qn("w:id"), next(ids))
        wrapper.set(qn("w:author"), author)
        wrapper.set(qn("w:date"), date)
        wrapper.append(_text_run(text, "w:delText" if op == "delete" else "w:t"))
        p.append(wrapper)


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
