"""The one table model over a list of records, its ``Column``, and a view that reorders.

Every window's record tables use it: the facilitator's panels (action points,
participants, attachments), the organiser's editor (participants, questions, agenda,
articles) and the rapporteur's action points.  Rows are cached, so ``data()`` never
touches the database while the view paints; the owner updates them one at a time
(``upsert``/``remove``) or all at once (``set_rows``).

The model never writes to the store.  A column's ``edit`` turns what an editor gave
into a new row (or raises RoundtablesError with a one-line reason, emitted as
``refused``); the model hands ``(before, after)`` to the owner's ``commit``, and a drag
or Alt+Up/Down to its ``move``.  The notes list keeps its own model
(``ui/workspace/notes_model.py``): it formats rows lazily from an outline so that a
table of 50,000 notes opens at once, which a list of cached rows cannot do.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from roundtables.domain import RoundtablesError
from roundtables.ui.errors import error_text

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
ROWS_MIME = "application/x-roundtables-rows"


@dataclass
class Column(Generic[T]):
    """One column: how a row shows, and how an edited value becomes a new row.

    ``edit`` turns what the editor gave into a new row (or raises RoundtablesError
    with a one-line reason); None means the column cannot be edited.  ``edit_value``
    is what an editor starts from (a choice's key where ``display`` shows its label).
    """

    title: str
    display: Callable[[T], Any]
    edit_value: Callable[[T], Any] | None = None
    edit: Callable[[T, Any], T] | None = None
    decoration: Callable[[T], Any] | None = None
    tooltip: Callable[[T], Any] | None = None
    check: Callable[[T], bool] | None = None
    align_right: bool = False


def shown_in_full(title: str, display: Callable[[T], Any], **options: Any) -> Column[T]:
    """A column whose tooltip repeats the cell, for text a narrow column cuts off."""
    return Column(title, display, tooltip=display, **options)


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Cached rows with a key each; edits go to ``commit(before, after)``, moves to ``move``."""

    refused = Signal(str)

    def __init__(
        self,
        columns: Sequence[Column[T]],
        key: Callable[[T], str],
        commit: Callable[[T, T], bool] | None = None,
        parent: QObject | None = None,
        *,
        move: Callable[[int, int], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.key = key
        self.commit = commit
        self.move = move
        self.rows: list[T] = []
        self.read_only = False

    # ------------------------------------------------------------ contents

    def set_rows(self, rows: Sequence[T]) -> None:
        """Show these rows; a reload that changes nothing keeps open editors open."""
        rows = list(rows)
        if rows == self.rows:
            self._changed(0, len(rows) - 1)  # a column may show more than its row
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, key: str) -> int:
        for i, row in enumerate(self.rows):
            if self.key(row) == key:
                return i
        return -1

    def row_at(self, row: int) -> T | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def upsert(self, row_value: T) -> int:
        """Replace the row with the same key, or append it; returns its row."""
        row = self.row_of(self.key(row_value))
        if row < 0:
            row = len(self.rows)
            self.beginInsertRows(QModelIndex(), row, row)
            self.rows.append(row_value)
            self.endInsertRows()
        else:
            self.rows[row] = row_value
            self._changed(row, row)
        return row

    def remove(self, key: str) -> None:
        row = self.row_of(key)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._changed(0, len(self.rows) - 1)

    def _changed(self, first: int, last: int) -> None:
        if 0 <= first <= last < len(self.rows) and self.columns:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    # ------------------------------------------------------------ reading

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == Qt.ItemDataRole.EditRole:
            return (column.edit_value or column.display)(row)
        if role == Qt.ItemDataRole.CheckStateRole and column.check is not None:
            return Qt.CheckState.Checked if column.check(row) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and column.decoration is not None:
            return column.decoration(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            # Drops land between rows (on the root), never onto a row.
            return Qt.ItemFlag.ItemIsDropEnabled if self.move else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return flags
        column = self.columns[index.column()]
        if column.edit is not None and self.commit is not None:
            if column.check is not None:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            else:
                flags |= Qt.ItemFlag.ItemIsEditable
        if self.move:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    # ------------------------------------------------------------ editing

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only or self.commit is None:
            return False
        column = self.columns[index.column()]
        if column.edit is None:
            return False
        before = self.rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and column.check is not None:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        try:
            after = column.edit(before, value)
        except RoundtablesError as exc:
            self.refused.emit(error_text(exc))
            return False
        if after == before:
            return True
        return self.commit(before, after)

    # ------------------------------------------------------------ moving

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROWS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(ROWS_MIME, QByteArray(",".join(map(str, rows[:1])).encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return bool(self.move) and not self.read_only and data.hasFormat(ROWS_MIME)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Move the dragged row to where it was dropped (saved by ``move``).

        Always answers False: the move is already saved and the rows reloaded, and
        a True answer would make the view remove the "source" rows a second time.
        """
        if not self.canDropMimeData(data, action, row, column, parent) or not self.move:
            return False
        raw = bytes(data.data(ROWS_MIME).data()).decode()
        if not raw:
            return False
        source = int(raw)
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.rows)
        # Dropping below itself: the row is taken out first, so the target shifts up.
        target = row - 1 if row > source else row
        target = max(0, min(target, len(self.rows) - 1))
        if target != source:
            self.move(source, target)
        return False


class RecordTableView(QTableView):
    """A table of records; Alt+Up / Alt+Down move the current row (the model's ``move``)."""

    def __init__(
        self,
        model: RecordTableModel[Any],
        accessible_name: str,
        parent: QWidget | None = None,
        stretch_column: int | None = None,
        fit_rows: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.records_model = model
        self.setAccessibleName(accessible_name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(fit_rows)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if stretch_column is None:
            header.setStretchLastSection(True)
        else:
            header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        rows = self.verticalHeader()
        if fit_rows:
            # Wrapped rows fit their text; only for short lists (it measures every row).
            rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        else:
            rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        if model.move:
            self.setDragEnabled(True)
            self.setAcceptDrops(True)
            self.setDropIndicatorShown(True)
            self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
            self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.records_model.rowCount():
            self.setCurrentIndex(self.records_model.index(row, 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        move = self.records_model.move
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if move and alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            row = self.current_row()
            target = row + (-1 if event.key() == Qt.Key.Key_Up else 1)
            inside = row >= 0 and 0 <= target < self.records_model.rowCount()
            if inside and not self.records_model.read_only:
                move(row, target)
            event.accept()
            return
        super().keyPressEvent(event)
