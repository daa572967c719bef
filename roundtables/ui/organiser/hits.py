"""Search hits as a list model, drawn as rich text with the matched words in bold."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from roundtables.storage.search import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit

HTML_ROLE = Qt.ItemDataRole.UserRole + 1
HIT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


def snippet_html(snippet: str) -> str:
    """The snippet HTML-escaped, with only the highlight markers turned into bold."""
    escaped = html.escape(snippet, quote=False)
    return escaped.replace(HIGHLIGHT_START, "<b>").replace(HIGHLIGHT_END, "</b>")


class HitsModel(QAbstractListModel):
    """Ranked hits; ``labels`` turns a hit's kind/type into words for the heading."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        self.labels: dict[str, str] = {}

    def set_hits(self, hits: list[SearchHit], labels: dict[str, str]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.labels = labels
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def heading(self, hit: SearchHit) -> str:
        kind = self.labels.get(hit.note_type, hit.note_type.replace("_", " "))
        table = self.labels.get("table", "Table {number}").format(number=hit.table_number)
        return f"{hit.event_title} · {table} · {kind}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self.heading(hit)}\n{hit.snippet_marked('', '')}"
        if role == HTML_ROLE:
            heading = html.escape(self.heading(hit), quote=False)
            return f"<small>{heading}</small><br>{snippet_html(hit.snippet)}"
        if role == HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.heading(hit)}: {hit.snippet_marked('', '')}"
        return None


class RichTextDelegate(QStyledItemDelegate):
    """Paints an item's ``HTML_ROLE`` text; only our own escaped HTML ever reaches it."""

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(str(index.data(HTML_ROLE) or ""))
        width = option.rect.width() or 600
        document.setTextWidth(max(100, width - 8))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        document = self._document(options, index)
        options.text = ""
        widget = options.widget
        if widget is not None:
            item = QStyle.ControlElement.CE_ItemViewItem
            widget.style().drawControl(item, options, painter, widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        if options.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                QPalette.ColorRole.Text,
                options.palette.color(QPalette.ColorRole.HighlightedText),
            )
        rect = options.rect
        painter.save()
        painter.translate(rect.left() + 4, rect.top() + 2)
        painter.setClipRect(QRectF(0, 0, rect.width() - 4, rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        document = self._document(options, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 6)
