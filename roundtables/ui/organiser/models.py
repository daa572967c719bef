"""A table model over a list of records, with inline edits and drag-to-reorder.

The model never writes to the store: an edit or a move is handed to callbacks
that the owning panel implements through its :class:`EditSession`.  Rows are
cached records, so ``data()`` stays cheap (no SQL while the view paints).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from roundtables.domain import Record

ROWS_MIME = "application/x-roundtables-rows"
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: which field, its header, and whether a person may edit it."""

    field: str
    header: str
    editable: bool = True
    display: Callable[[Record], str] | None = None


class RecordsModel(QAbstractTableModel):
    """Records as rows; ``on_edit(record, field, value)`` and ``on_move(src, dst)`` save."""

    def __init__(
        self,
        columns: Sequence[Column],
        on_edit: Callable[[Record, str, Any], bool],
        on_move: Callable[[int, int], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.records: list[Record] = []
        self.on_edit = on_edit
        self.on_move = on_move
        self.read_only = False

    def set_records(self, records: Sequence[Record]) -> None:
        """Show these records; a reload that changes nothing keeps open editors open."""
        records = list(records)
        if records == self.records:
            if records:  # display-only columns may depend on other records
                last = self.index(len(records) - 1, self.columnCount() - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self.records = records
        self.endResetModel()

    def record(self, row: int) -> Record:
        return self.records[row]

    # ----------------------------------------------------------- reading

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        record = self.records[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column.display is not None:
                return column.display(record)
            value = getattr(record, column.field)
            return value if isinstance(value, int) and not isinstance(value, bool) else str(value)
        if role == Qt.ItemDataRole.EditRole:
            if column.display is not None:
                return column.display(record)
            return getattr(record, column.field)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            # Drops land between rows (on the root), never onto a row.
            return Qt.ItemFlag.ItemIsDropEnabled if self.on_move else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return flags
        if self.columns[index.column()].editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        if self.on_move:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    # ----------------------------------------------------------- editing

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        column = self.columns[index.column()]
        record = self.records[index.row()]
        if not self.on_edit(record, column.field, value):
            return False
        last = self.index(index.row(), self.columnCount() - 1)
        self.dataChanged.emit(self.index(index.row(), 0), last)
        return True

    # ----------------------------------------------------------- moving

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
        return bool(self.on_move) and not self.read_only and data.hasFormat(ROWS_MIME)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Move the dragged row to where it was dropped (saved by ``on_move``).

        Always answers False: the move is already saved and the model reloaded, and
        a True answer would make the view remove the "source" rows a second time.
        """
        if not self.canDropMimeData(data, action, row, column, parent) or not self.on_move:
            return False
        raw = bytes(data.data(ROWS_MIME).data()).decode()
        if not raw:
            return False
        source = int(raw)
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.records)
        # Dropping below itself: the row is taken out first, so the target shifts up.
        target = row - 1 if row > source else row
        target = max(0, min(target, len(self.records) - 1))
        if target != source:
            self.on_move(source, target)
        return False


class RecordsView(QTableView):
    """A table of records; Alt+Up / Alt+Down move the current row (``on_move``)."""

    def __init__(
        self,
        model: RecordsModel,
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
        if model.on_move:
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
        on_move = self.records_model.on_move
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if on_move and alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            row = self.current_row()
            target = row + (-1 if event.key() == Qt.Key.Key_Up else 1)
            inside = row >= 0 and 0 <= target < self.records_model.rowCount()
            if inside and not self.records_model.read_only:
                on_move(row, target)
            event.accept()
            return
        super().keyPressEvent(event)
