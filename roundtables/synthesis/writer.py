"""A thin writer over python-docx: every string passes text safety and redaction.

The documents call only this, so there is no path by which unsafe text or a name
that may not appear reaches the file.  Tables are built row by row, each cell
written once (python-docx's ``table.cell()`` re-walks the whole grid per call).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl
from docx.shared import Cm, Emu, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from roundtables.synthesis import ooxml
from roundtables.synthesis.styles import resolve
from roundtables.synthesis.text import clean_line, clean_text, is_right_to_left

HEADER_FILL = "DCE6EA"
#: Rows with less text than this are kept on one page.
KEEP_ROW_CHARS = 1200
#: A table with at most this many rows stays on one page with its heading.
KEEP_TABLE_ROWS = 8
#: Average and widest character width of 9 pt table text, and a cell's side padding (pt).
CHAR_PT, WIDE_CHAR_PT, CELL_PADDING_PT = 4.6, 5.6, 12.0


class Writer:
    """Appends styled, safe paragraphs and tables to a document."""

    def __init__(self, document: Any, redact: Callable[[str], str] = lambda text: text) -> None:
        self.document = document
        self.redact = redact
        self.styles = resolve(document)
        self._style_ids = {name: style.style_id for name, style in self.styles.items()}
        self._body = document._body
        self._body_element = document.element.body
        self._sect_pr = self._body_element.find(qn("w:sectPr"))
        # Looked up once: python-docx finds sections by an XPath over the whole body.
        self._text_width = self._measure_text_width(document)
        self.headings: list[tuple[int, str]] = []
        self._spacers: list[Any] = []
        self._section_started = False
        #: ": " after a label; French sets a no-break space before the colon.
        self.colon = ": "

    def safe(self, text: str | None, *, one_line: bool = False) -> str:
        """Text as it will be written: names redacted, XML-safe."""
        cleaned = clean_line(text) if one_line else clean_text(text)
        return self.redact(cleaned)

    def paragraph(
        self,
        text: str | None = "",
        style: str = "Normal",
        *,
        lead: str = "",
        trail: str = "",
        bold: bool = False,
        italic: bool = False,
    ) -> Any:
        """A paragraph: optional bold ``lead``, the text, an optional italic ``trail``."""
        paragraph = self._new_paragraph(None if style == "Normal" else self._style_ids[style])
        if lead:
            self._run(paragraph, self._keep_spaces(lead), bold=True)
        body = self.safe(text)
        if body:
            self._run(paragraph, body, bold=bold, italic=italic)
            if is_right_to_left(body):
                ooxml.set_bidi(paragraph)
        if trail:
            self._run(paragraph, self._keep_spaces(trail), italic=True)
        return paragraph

    # python-docx inserts each paragraph by searching the body for its section
    # properties (quadratic in the paragraph count: seconds at 15,000 notes), and
    # writes text character by character; these two build the same XML directly.

    def _new_paragraph(self, style_id: str | None) -> Paragraph:
        p = OxmlElement("w:p")
        if style_id:
            ppr = OxmlElement("w:pPr")
            pstyle = OxmlElement("w:pStyle")
            pstyle.set(qn("w:val"), style_id)
            ppr.append(pstyle)
            p.append(ppr)
        self._place(p)
        return Paragraph(p, self._body)

    def _place(self, element: Any) -> None:
        """Append a block at the end of the body, before the section properties."""
        if self._sect_pr is not None and self._sect_pr.getparent() is self._body_element:
            self._sect_pr.addprevious(element)
        else:
            self._body_element.append(element)

    @staticmethod
    def _run(
        paragraph: Paragraph,
        text: str,
        *,
        bold: bool = False,
        italic: bool = False,
        size: float | None = None,
    ) -> None:
        if "\t" in text or "\n" in text:  # tabs and line breaks: python-docx's own way
            run = paragraph.add_run(text)
            run.bold = bold or None
            run.italic = italic or None
            if size:
                run.font.size = Pt(size)
            return
        r = OxmlElement("w:r")
        if bold or italic or size:
            rpr = OxmlElement("w:rPr")  # children in schema order: b, i, sz
            if bold:
                rpr.append(OxmlElement("w:b"))
            if italic:
                rpr.append(OxmlElement("w:i"))
            if size:
                sz = OxmlElement("w:sz")
                sz.set(qn("w:val"), str(round(size * 2)))
                rpr.append(sz)
            r.append(rpr)
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        paragraph._p.append(r)

    def _keep_spaces(self, text: str) -> str:
        """A one-line fragment that keeps one leading/trailing space (it joins other runs)."""
        core = self.safe(text, one_line=True)
        before = " " if text[:1].isspace() else ""
        after = " " if text[-1:].isspace() else ""
        return f"{before}{core}{after}" if core else ""

    def heading(self, text: str, level: int, *, bookmark: str = "", ids: Any = None) -> Any:
        """A heading (levels 1-2 go into the table of contents); a chapter starts a page.

        ``bookmark``: a name other parts of the document link to (``ids`` numbers it).
        """
        clean = self.safe(text, one_line=True)
        self.headings.append((level, clean))
        paragraph = self._new_paragraph(self._style_ids[f"Heading {level}"])
        if level == 1 and not self._section_started:
            # A brand template's Heading 1 may not break the page itself.
            ooxml.set_page_break_before(paragraph)
        self._section_started = False
        self._run(paragraph, clean)
        if bookmark:
            ooxml.add_bookmark(paragraph, bookmark, ids)
        return paragraph

    def end_section(self, *, landscape: bool) -> None:
        """End the section here (portrait or landscape); the next part starts a new page.

        The section takes the template's page setup, header and footer; only the
        first section has a title page of its own.
        """
        import copy

        if self._sect_pr is None:
            return
        sect = copy.deepcopy(self._sect_pr)
        first = not any(True for _ in self._body_element.iter(qn("w:pPr")) if _.find(
            qn("w:sectPr")) is not None)
        if not first:
            for title_page in sect.findall(qn("w:titlePg")):
                sect.remove(title_page)
        size = sect.find(qn("w:pgSz"))
        if landscape and size is not None:
            width, height = size.get(qn("w:w")), size.get(qn("w:h"))
            if width and height and int(width) < int(height):
                size.set(qn("w:w"), height)
                size.set(qn("w:h"), width)
            size.set(qn("w:orient"), "landscape")
        # The paragraph that carries the break takes no room: a table that ends at the
        # foot of a page must not push an empty line onto a page of its own.
        last = self._sect_pr.getprevious() if self._sect_pr is not None else None
        if last is not None and last in self._spacers:
            self._spacers.remove(last)
            last.getparent().remove(last)
        p = OxmlElement("w:p")
        ppr = OxmlElement("w:pPr")
        spacing = OxmlElement("w:spacing")
        for name, value in (("w:before", "0"), ("w:after", "0"), ("w:line", "20"),
                            ("w:lineRule", "exact")):
            spacing.set(qn(name), value)
        ppr.append(spacing)
        rpr = OxmlElement("w:rPr")
        tiny = OxmlElement("w:sz")
        tiny.set(qn("w:val"), "2")
        rpr.append(tiny)
        ppr.append(rpr)
        ppr.append(sect)
        p.append(ppr)
        self._place(p)
        self._section_started = True
        self._text_width = self._measure_text_width(self.document, landscape=not landscape)

    def link(self, paragraph: Any, text: str, anchor: str) -> None:
        """Append a link to the bookmark ``anchor`` to ``paragraph``."""
        ooxml.add_internal_link(paragraph, self.safe(text, one_line=True), anchor)

    def text(self, paragraph: Any, text: str, *, bold: bool = False, italic: bool = False) -> None:
        """Append a run of safe text to ``paragraph``."""
        body = self._keep_spaces(text)
        if body:
            self._run(paragraph, body, bold=bold, italic=italic)

    def bullet(self, text: str, *, trail: str = "", lead: str = "", bold: bool = False) -> Any:
        """One item of a bulleted list."""
        return self.paragraph(text, "List Bullet", lead=lead, trail=trail, bold=bold)

    def labelled(self, label: str, value: str) -> Any:
        """"Label: value" on one line, the label bold (title page, table details)."""
        return self.paragraph(value, "No Spacing", lead=f"{label}{self.colon}")

    def page_break(self) -> None:
        from docx.enum.text import WD_BREAK

        self._new_paragraph(None).add_run().add_break(WD_BREAK.PAGE)

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        weights: Sequence[float] | None = None,
        *,
        header_size: float = 9,
    ) -> Any:
        """A table with a repeated, shaded header row; each cell written once.

        Column widths follow the content (no word is broken across lines when the
        page allows it); ``weights``, when given, fixes relative widths instead.
        A short table is kept on one page with the paragraph before it.
        """
        count = len(headers)
        safe_rows = [[self.safe(v) for v in row] for row in rows]
        if weights:
            weights = list(weights)
        else:
            weights = content_widths(
                [self.safe(h, one_line=True) for h in headers], safe_rows,
                self._text_width / 12700, header_size=header_size,
            )
        widths = [Emu(int(self._text_width * w / sum(weights))) for w in weights]
        tbl = CT_Tbl.new_tbl(1, count, Emu(self._text_width))
        self._place(tbl)
        table = Table(tbl, self._body)
        tbl.tblPr.style = self.styles["Table Grid"].style_id
        table.autofit = False
        for col, width in zip(tbl.tblGrid.gridCol_lst, widths, strict=True):
            col.w = width
        header = table.rows[0]
        ooxml.repeat_header(header)
        for tc, title, width in zip(header._tr.tc_lst, headers, widths, strict=True):
            tc.width = width
            self._cell_text(tc, title, bold=True, size=header_size)
            ooxml.set_cell_shading(_Cell(tc, table), HEADER_FILL)
        twips = [str(int(width.twips)) for width in widths]
        for values in rows:
            tbl.append(self._row(values, twips))
        if len(rows) < KEEP_TABLE_ROWS:
            ooxml.keep_together(table)
        # A little air after a table before the next paragraph.
        spacer = self._new_paragraph(None)
        spacer.paragraph_format.space_after = Pt(2)
        self._spacers.append(spacer._p)
        return table

    def finish(self) -> None:
        """Drop the spacer after a table that a new chapter follows.

        A chapter heading starts a new page itself; a spacer that fell onto the next
        page would leave that page blank.
        """
        chapter = self._style_ids["Heading 1"]
        for spacer in self._spacers:
            following = spacer.getnext()
            if following is None or following.tag != qn("w:p"):
                continue
            style = following.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
            if style is not None and style.get(qn("w:val")) == chapter:
                spacer.getparent().remove(spacer)

    def _row(self, values: Sequence[str], twips: list[str]) -> Any:
        """A ``w:tr`` built directly (python-docx's add_row and cell widths re-query the XML)."""
        tr = OxmlElement("w:tr")
        if sum(len(value) for value in values) < KEEP_ROW_CHARS:
            # A short row never splits across two pages; a very long one must be allowed to.
            trpr = OxmlElement("w:trPr")
            trpr.append(OxmlElement("w:cantSplit"))
            tr.append(trpr)
        for value, width in zip(values, twips, strict=True):
            tc = OxmlElement("w:tc")
            tcpr = OxmlElement("w:tcPr")
            tcw = OxmlElement("w:tcW")
            tcw.set(qn("w:w"), width)
            tcw.set(qn("w:type"), "dxa")
            tcpr.append(tcw)
            tc.append(tcpr)
            tc.append(OxmlElement("w:p"))
            self._cell_text(tc, value)
            tr.append(tc)
        return tr

    def _cell_text(self, tc: Any, value: str, *, bold: bool = False, size: float = 9) -> None:
        p = tc.find(qn("w:p"))
        ppr = OxmlElement("w:pPr")
        pstyle = OxmlElement("w:pStyle")
        pstyle.set(qn("w:val"), self._style_ids["No Spacing"])
        ppr.append(pstyle)
        p.insert(0, ppr)
        text = self.safe(value)
        if text:
            self._run(Paragraph(p, None), text, bold=bold, size=size)  # type: ignore[arg-type]

    @staticmethod
    def _measure_text_width(document: Any, *, landscape: bool = False) -> int:
        """The width between the margins of the template's page (EMU), turned if asked."""
        section = document.sections[-1]
        try:
            width, height = int(section.page_width), int(section.page_height)
            margins = int(section.left_margin + section.right_margin)
        except TypeError:  # a template without page size: assume A4 with 2.3 cm margins
            width, height, margins = int(Cm(21)), int(Cm(29.7)), int(Cm(4.6))
        if landscape:
            width = max(width, height)
        return width - margins


def content_widths(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    width_pt: float,
    *,
    header_size: float = 9,
) -> list[float]:
    """Column widths (pt) from the content: every column fits its longest word, and the
    space left goes to the columns with the most text."""
    count = len(headers)
    scale = max(1.0, header_size / 9)
    longest = [max((len(w) for w in h.split()), default=1) * WIDE_CHAR_PT * scale for h in headers]
    total = [len(h) * CHAR_PT for h in headers]
    volume = [0.0] * count  # all the text of a column: where extra width helps most
    for row in rows:
        for col, value in enumerate(row[:count]):
            words = value.split()
            if words:
                longest[col] = max(longest[col], max(len(w) for w in words) * WIDE_CHAR_PT)
            total[col] = max(total[col], len(value) * CHAR_PT)
            volume[col] += len(value)
    minimum = [w + CELL_PADDING_PT for w in longest]
    wanted = [max(m, t + CELL_PADDING_PT) for m, t in zip(minimum, total, strict=True)]
    if sum(wanted) <= width_pt:
        spare = width_pt - sum(wanted)
        return [w + spare * w / sum(wanted) for w in wanted]
    if sum(minimum) >= width_pt:  # nothing fits: share by the longest words
        return minimum
    spare = width_pt - sum(minimum)
    # Columns whose text would wrap share the rest by how much text they hold.
    extra = [v if w > m else 0.0 for v, w, m in zip(volume, wanted, minimum, strict=True)]
    shares = [min(spare * e / (sum(extra) or 1), w - m)
              for e, w, m in zip(extra, wanted, minimum, strict=True)]
    left = spare - sum(shares)
    widths = [m + s for m, s in zip(minimum, shares, strict=True)]
    return [w + left * w / sum(widths) for w in widths]
