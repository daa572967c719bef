"""Make roundtables/resources/word/base.docx, the Word template the synthesis is built on.

Run ``python tools/make_base_template.py`` after changing a style here; the
result is committed.  It starts from python-docx's own default template (which
already defines Word's built-in styles) and sets a sober house style: A4, one
sans-serif family, coloured headings, chapters on a new page.  An organisation's
own template restyles the same style names.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Cm, Pt, RGBColor

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from roundtables.synthesis.styles import USED_STYLES  # noqa: E402

FONT = "Arial"  # metric-compatible Liberation Sans where Arial is absent
ACCENT = RGBColor(0x1F, 0x4E, 0x5F)
GREY = RGBColor(0x59, 0x59, 0x59)


def main(target: Path = ROOT / "roundtables" / "resources" / "word" / "base.docx") -> Path:
    document = docx.Document()
    styles = document.styles

    def font(name: str, size: float, *, bold: bool = False, italic: bool = False,
             colour: RGBColor | None = None) -> None:
        style = styles[name]
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.bold = bold
        style.font.italic = italic
        if colour is not None:
            style.font.color.rgb = colour
        rpr = style.element.get_or_add_rPr()
        rfonts = rpr.get_or_add_rFonts()
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(docx.oxml.ns.qn(attr), FONT)
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            rfonts.attrib.pop(docx.oxml.ns.qn(attr), None)

    def spacing(name: str, before: float, after: float, line: float | None = None) -> None:
        fmt = styles[name].paragraph_format
        fmt.space_before = Pt(before)
        fmt.space_after = Pt(after)
        if line is not None:
            fmt.line_spacing = line

    font("Normal", 10.5)
    spacing("Normal", 0, 6, 1.15)
    font("Title", 26, bold=True, colour=ACCENT)
    spacing("Title", 0, 12)
    # The default Title has a bottom border and heavy spacing: keep it simple.
    title_ppr = styles["Title"].element.get_or_add_pPr()
    for border in title_ppr.findall(docx.oxml.ns.qn("w:pBdr")):
        title_ppr.remove(border)
    font("Subtitle", 14, colour=GREY)
    spacing("Subtitle", 0, 18)
    for level, size, before in ((1, 17, 0), (2, 13.5, 14), (3, 11.5, 10)):
        name = f"Heading {level}"
        font(name, size, bold=True, colour=ACCENT)
        spacing(name, before, 6)
        styles[name].paragraph_format.keep_with_next = True
    # Note types under a question: a real heading level, set like a bold label.
    font("Heading 4", 10.5, bold=True, colour=GREY)
    spacing("Heading 4", 6, 2)
    styles["Heading 4"].paragraph_format.keep_with_next = True
    # Each chapter (a table, the action plan, an annex) starts on a new page.
    styles["Heading 1"].paragraph_format.page_break_before = True
    font("List Bullet", 10.5)
    spacing("List Bullet", 0, 3, 1.15)
    font("List Number", 10.5)
    spacing("List Number", 0, 4, 1.15)
    font("Quote", 10.5, italic=True, colour=GREY)
    styles["Quote"].paragraph_format.left_indent = Cm(0.8)
    spacing("Quote", 2, 8)
    font("Caption", 9, italic=True, colour=GREY)
    spacing("Caption", 3, 12)
    font("Header", 8.5, colour=GREY)
    font("Footer", 8.5, colour=GREY)
    font("TOC Heading", 17, bold=True, colour=ACCENT)
    font("No Spacing", 10.5)
    for level in (1, 2):
        name = f"TOC {level}"
        if name not in {s.name for s in styles}:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = styles["Normal"]
        font(name, 10.5, bold=level == 1)
        spacing(name, 6 if level == 1 else 0, 2)
        styles[name].paragraph_format.left_indent = Cm(0.6 * (level - 1))

    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.3))
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.2)

    props = document.core_properties
    props.title = "Roundtables base template"
    props.author = "Roundtables"
    props.created = props.modified = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    props.revision = 1

    present = {s.name for s in styles}
    missing = [name for name in USED_STYLES if name not in present]
    if missing:
        raise SystemExit(f"base template lacks {missing}")
    target.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(target))
    return target


if __name__ == "__main__":
    print(main())
