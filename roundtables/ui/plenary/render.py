"""One plenary page drawn on any surface: the window and the PDF handout draw the same.

A page becomes Qt rich text at a type size; the largest size at which the page
fits its rectangle is chosen, so a long page shrinks instead of being cut.  Dark
text on white (contrast 10:1 or more); the stances carry a symbol and a word as
well as their colour.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QTextDocument, QTextOption

from roundtables.domain import Stance
from roundtables.services.plenary import (
    ActionsPage,
    ArticlePage,
    MatrixPage,
    OverviewPage,
    Page,
    StanceCell,
    TablePage,
    ThemesPage,
)
from roundtables.services.plenary_labels import PlenaryLabels

INK = "#111111"  # on white: 18.9:1
ACCENT = "#0b2e6b"  # headings, on white: 13.6:1
MUTED = "#3a3a3a"  # secondary lines, on white: 11.4:1
#: Background of a stance cell; the text on each stays above 4.5:1 (all above 12:1).
STANCE_FILL = {Stance.SUPPORT: "#cdeccd", Stance.AMEND: "#ffe9a8", Stance.REJECT: "#f6c9c9",
               "": "#ececec"}
FAMILY = "DejaVu Sans, Liberation Sans, Arial, sans-serif"
#: Body text as a share of the page height, the largest and the smallest tried.
LARGEST, SMALLEST = 1 / 17, 1 / 60


def page_html(page: Page, labels: PlenaryLabels, size: float) -> str:
    """The page as Qt rich text with body text ``size`` pixels high."""
    body = _body(page, labels, size)
    title = (
        f'<p style="font-size:{size * 1.55:.0f}px; font-weight:bold; color:{ACCENT};'
        f' margin-bottom:{size * 0.4:.0f}px">{escape(page.title)}</p>'
    )
    return (
        f'<div style="font-family:{FAMILY}; font-size:{size:.0f}px; color:{INK}">'
        f"{title}{body}</div>"
    )


def _heading(text: str, size: float) -> str:
    return (
        f'<p style="font-size:{size * 1.15:.0f}px; font-weight:bold; color:{ACCENT};'
        f' margin-top:{size * 0.6:.0f}px; margin-bottom:{size * 0.2:.0f}px">{escape(text)}</p>'
    )


def _para(text: str, size: float, *, muted: bool = False, italic: bool = False) -> str:
    style = f"margin-top:{size * 0.25:.0f}px; margin-bottom:{size * 0.25:.0f}px"
    if muted:
        style += f"; color:{MUTED}"
    if italic:
        style += "; font-style:italic"
    return f'<p style="{style}">{escape(text)}</p>'


def _items(items: list[str], size: float) -> str:
    rows = "".join(
        f'<li style="margin-bottom:{size * 0.35:.0f}px">{item}</li>' for item in items
    )
    return f'<ul style="margin-left:{size * 0.2:.0f}px">{rows}</ul>'


def _lines(items: list[str], size: float) -> str:
    return "".join(
        f'<p style="margin-top:{size * 0.2:.0f}px; margin-bottom:{size * 0.2:.0f}px">{item}</p>'
        for item in items
    )


def _cell(cell: StanceCell) -> str:
    """A stance: symbol and word, on its colour."""
    return (
        f'<td align="center" style="background-color:{STANCE_FILL[cell.stance]}">'
        f"<b>{escape(cell.symbol)}</b>&nbsp;{escape(cell.word)}</td>"
    )


def _body(page: Page, labels: PlenaryLabels, size: float) -> str:
    if isinstance(page, OverviewPage):
        parts = [_para(page.subtitle, size, muted=True), _heading(labels("handed_in"), size)]
        if page.handed_in:
            parts.append(_lines([f"✓&nbsp;&nbsp;{escape(t.title)}" for t in page.handed_in], size))
        else:
            parts.append(_para(labels("none_in"), size, italic=True))
        parts.append(_heading(labels("missing"), size))
        if page.missing:
            parts.append(_lines([f"○&nbsp;&nbsp;{escape(t.title)}" for t in page.missing], size))
        else:
            parts.append(_para(labels("none_missing"), size, italic=True))
        return "".join(parts)
    if isinstance(page, TablePage):
        parts = [_heading(page.messages_heading, size)]
        if page.messages:
            parts.append(_items([escape(m) for m in page.messages], size))
        else:
            parts.append(_para(labels("no_messages"), size, italic=True))
        return "".join(parts)
    if isinstance(page, ActionsPage):
        parts = [_heading(page.heading, size)]
        if page.actions:
            parts.append(
                _items(
                    [
                        escape(a.action)
                        + (f'<br><span style="color:{MUTED}">{escape(a.detail)}</span>'
                           if a.detail else "")
                        for a in page.actions
                    ],
                    size,
                )
            )
        else:
            parts.append(_para(labels("no_actions"), size, italic=True))
        return "".join(parts)
    if isinstance(page, MatrixPage):
        pad = max(2, int(size * 0.25))
        head = "".join(f'<th align="center">{escape(t)}</th>' for t in page.tables)
        rows = "".join(
            f"<tr><td>{escape(article)}</td>{''.join(_cell(c) for c in cells)}</tr>"
            for article, cells in page.rows
        )
        legend = " &nbsp; ".join(
            f"<b>{escape(c.symbol)}</b>&nbsp;{escape(c.word)}" for c in page.legend
        )
        return (
            f'<table width="100%" border="1" cellspacing="0" cellpadding="{pad}"'
            f' style="border-color:{MUTED}; border-style:solid">'
            f"<tr><th></th>{head}</tr>{rows}</table>"
            f'<p style="margin-top:{size * 0.5:.0f}px; color:{MUTED}">'
            f"{escape(labels('legend'))} {legend}</p>"
        )
    if isinstance(page, ArticlePage):
        pad = max(2, int(size * 0.3))
        parts = [
            f'<p style="color:{MUTED}; margin-bottom:{size * 0.3:.0f}px">'
            f"<b>{escape(labels('current_text'))}</b> {escape(page.text)}</p>",
            _heading(labels("wordings"), size),
        ]
        heads = "".join(
            f'<th style="background-color:{STANCE_FILL[w.cell.stance]}">{escape(w.table)}<br>'
            f"{escape(w.cell.symbol)}&nbsp;{escape(w.cell.word)}</th>"
            for w in page.wordings
        )
        cells = "".join(
            f"<td>{escape(w.wording)}"
            + (f'<p style="color:{MUTED}"><i>{escape(w.rationale)}</i></p>' if w.rationale else "")
            + "</td>"
            for w in page.wordings
        )
        parts.append(
            f'<table width="100%" border="1" cellspacing="0" cellpadding="{pad}"'
            f' style="border-color:{MUTED}; border-style:solid"><tr>{heads}</tr>'
            f'<tr valign="top">{cells}</tr></table>'
        )
        if page.others:
            stances = " &nbsp;·&nbsp; ".join(
                f"{escape(w.table)}: <b>{escape(w.cell.symbol)}</b>&nbsp;{escape(w.cell.word)}"
                for w in page.others
            )
            parts.append(
                f'<p style="margin-top:{size * 0.5:.0f}px">{stances}'
                f' <span style="color:{MUTED}">({escape(labels("no_wording"))})</span></p>'
            )
        return "".join(parts)
    if isinstance(page, ThemesPage):
        if not page.themes:
            return _para(labels("no_themes"), size, italic=True)
        return _items(
            [
                f"<b>{escape(t.label)}</b> — "
                f'<span style="color:{MUTED}">{escape(t.where)}</span>'
                for t in page.themes
            ],
            size,
        )
    return ""  # pragma: no cover - every page kind is drawn above


def fitted_document(
    page: Page, labels: PlenaryLabels, width: float, height: float
) -> QTextDocument:
    """The page laid out at the largest type size that fits ``width`` x ``height``."""
    return _fit(page, labels, width, height)[0]


def body_size(page: Page, labels: PlenaryLabels, width: float, height: float) -> float:
    """The body text size (pixels) the page gets in ``width`` x ``height``."""
    return _fit(page, labels, width, height)[1]


def _fit(
    page: Page, labels: PlenaryLabels, width: float, height: float
) -> tuple[QTextDocument, float]:
    document = QTextDocument()
    document.setDocumentMargin(0)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    size = height * LARGEST
    while True:
        document.setHtml(page_html(page, labels, size))
        document.setTextWidth(width)
        if document.size().height() <= height or size <= height * SMALLEST:
            return document, size
        size *= 0.92


def page_area(rect: QRectF) -> QRectF:
    """Where a page's text goes inside ``rect``: margins, and room for the footer."""
    margin = min(rect.width(), rect.height()) * 0.05
    small = footer_size(rect.height())
    return rect.adjusted(margin, margin * 0.8, -margin, -(margin * 0.6 + small * 1.8))


def footer_size(height: float) -> float:
    return max(10.0, height / 40)


def paint_page(
    painter: QPainter,
    rect: QRectF,
    page: Page,
    labels: PlenaryLabels,
    footer: tuple[str, str],
    document: QTextDocument | None = None,
) -> QTextDocument:
    """Draw one page in ``rect`` (white, margins, the footer); returns its document.

    ``document`` is the page already fitted to ``page_area(rect)``, when the caller
    kept it from an earlier paint.
    """
    painter.save()
    painter.fillRect(rect, QColor("#ffffff"))
    margin = min(rect.width(), rect.height()) * 0.05
    small = footer_size(rect.height())
    inner = page_area(rect)
    if document is None:
        document = fitted_document(page, labels, inner.width(), inner.height())
    painter.translate(inner.topLeft())
    document.drawContents(painter, QRectF(0, 0, inner.width(), inner.height()))
    painter.restore()
    painter.save()
    font = QFont()
    font.setFamilies(["DejaVu Sans", "Liberation Sans", "Arial"])
    font.setPixelSize(round(small))
    painter.setFont(font)
    painter.setPen(QColor(MUTED))
    line = QRectF(rect.left() + margin, rect.bottom() - margin * 0.6 - small * 1.5,
                  rect.width() - 2 * margin, small * 1.5)
    painter.drawLine(line.topLeft(), line.topRight())
    painter.drawText(line, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                     footer[0])
    painter.drawText(line, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                     footer[1])
    painter.restore()
    return document


def page_text(page: Page, labels: PlenaryLabels, footer: tuple[str, str]) -> str:
    """Everything a page shows, as plain text (for assistive technology and tests)."""
    document = QTextDocument()
    document.setHtml(page_html(page, labels, 20))
    return "\n".join([document.toPlainText(), *footer])

