"""A thin writer over python-docx: every string passes text safety and redaction.

The documents call only this, so there is no path by which unsafe text or a name
that may not appear reaches the file.  Tables are built row by row, each cell
written once (python-docx's ``table.cell()`` re-walks the whole grid per call).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from docx.shared import Cm, Emu, Pt
from docx.table import _Cell

from roundtables.synthesis import ooxml
from roundtables.synthesis.styles import resolve
from roundtables.synthesis.text import clean_line, clean_text, is_right_to_left

HEADER_FILL = "DCE6EA"


class Writer:
    """Appends styled, safe paragraphs and tables to a document."""

    def __init__(self, document: Any, redact: Callable[[str], str] = lambda text: text) -> None:
        self.document = document
        self.redact = redact
        self.styles = resolve(document)
        self._style_ids = {name: style.style_id for name, style in self.styles.items()}
        self._body = document._body
        self.headings: list[tuple[int, str]] = []

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
        paragraph = self._body.add_paragraph()
        if style != "Normal":
            paragraph._p.style = self._style_ids[style]
        if lead:
            run = paragraph.add_run(self._keep_spaces(lead))
            run.bold = True
        body = self.safe(text)
        if body:
            run = paragraph.add_run(body)
            if bold:
                run.bold = True
            if italic:
                run.italic = True
            if is_right_to_left(body):
                ooxml.set_bidi(paragraph)
        if trail:
            run = paragraph.add_run(self._keep_spaces(trail))
            run.italic = True
        return paragraph

    def _keep_spaces(self, text: str) -> str:
        """A one-line fragment that keeps one leading/trailing space (it joins other runs)."""
        core = self.safe(text, one_line=True)
        before = " " if text[:1].isspace() else ""
        after = " " if text[-1:].isspace() else ""
        return f"{before}{core}{after}" if core else ""

    def heading(self, text: str, level: int) -> Any:
        """A heading (levels 1-2 go into the table of contents)."""
        clean = self.safe(text, one_line=True)
        self.headings.append((level, clean))
        paragraph = self._body.add_paragraph()
        paragraph._p.style = self._style_ids[f"Heading {level}"]
        paragraph.add_run(clean)
        return paragraph

    def bullet(self, text: str, *, trail: str = "", lead: str = "") -> Any:
        """One item of a bulleted list."""
        return self.paragraph(text, "List Bullet", lead=lead, trail=trail)

    def labelled(self, label: str, value: str) -> Any:
        """"Label: value" on one line, the label bold (title page, table details)."""
        return self.paragraph(value, "No Spacing", lead=f"{label}: ")

    def page_break(self) -> None:
        from docx.enum.text import WD_BREAK

        self._body.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        weights: Sequence[float] | None = None,
        *,
        header_size: float = 9,
    ) -> Any:
        """A table with a repeated, shaded header row; each cell written once.

        ``weights``: relative column widths, scaled to the page's text width.
        """
        table = self.document.add_table(rows=1, cols=len(headers))
        table.style = self.styles["Table Grid"]
        table.autofit = False
        header = table.rows[0]
        ooxml.repeat_header(header)
        for tc, title in zip(header._tr.tc_lst, headers, strict=True):
            cell = _Cell(tc, table)
            self._cell_text(cell, title, bold=True, size=header_size)
            ooxml.set_cell_shading(cell, HEADER_FILL)
        for values in rows:
            row = table.add_row()
            ooxml.keep_row_together(row)
            for tc, value in zip(row._tr.tc_lst, values, strict=True):
                self._cell_text(_Cell(tc, table), value)
        if weights:
            self._set_widths(table, weights)
        # A little air after a table before the next paragraph.
        self._body.add_paragraph().paragraph_format.space_after = Pt(2)
        return table

    def _cell_text(
        self, cell: _Cell, value: str, *, bold: bool = False, size: float = 9
    ) -> None:
        paragraph = cell.paragraphs[0]
        paragraph._p.style = self._style_ids["No Spacing"]
        text = self.safe(value)
        if text:
            run = paragraph.add_run(text)
            run.font.size = Pt(size)
            if bold:
                run.bold = True

    def text_width(self) -> int:
        """The width between the margins of the last section (EMU)."""
        section = self.document.sections[-1]
        try:
            return int(section.page_width - section.left_margin - section.right_margin)
        except TypeError:  # a template without page size: assume A4 with 2.3 cm margins
            return int(Cm(16.4))

    def _set_widths(self, table: Any, weights: Sequence[float]) -> None:
        total, available = sum(weights), self.text_width()
        widths = [Emu(int(available * weight / total)) for weight in weights]
        grid = table._tbl.tblGrid.gridCol_lst
        for col, width in zip(grid, widths, strict=True):
            col.w = width
        for tr in table._tbl.tr_lst:
            for tc, width in zip(tr.tc_lst, widths, strict=True):
                tc.width = width
