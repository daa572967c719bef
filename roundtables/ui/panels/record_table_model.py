"""A table model over cached rows: data() never touches the database.

Rows are kept in memory and updated one at a time from the store's commit signal,
so a view stays smooth and an undo elsewhere shows up at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from roundtables.domain import RoundtablesError
from roundtables.ui.errors import error_text

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


@dataclass
class Column(Generic[T]):
    """One column: how a row shows, and how an edited value becomes a change.

    ``edit`` turns what the editor gave into a new row (or raises RoundtablesError
    with a one-line reason); None means the column cannot be edited.
    """

    title: str
    display: Callable[[T], Any]
    edit_value: Callable[[T], Any] | None = None
    edit: Callable[[T, Any], T] | None = None
    decoration: Callable[[T], Any] | None = None
    tooltip: Callable[[T], str] | None = None
    check: Callable[[T], bool] | None = None
    align_right: bool = False


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Cached rows with a key each; edits go to ``commit(before, after)``."""

    refused = Signal(str)

    def __init__(
        self,
        columns: list[Column[T]],
        key: Callable[[T], str],
        commit: Callable[[T, T], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = columns
        self.key = key
        self.commit = commit
        self.rows: list[T] = []
        self.read_only = False

    # ------------------------------------------------------------ contents

    def set_rows(self, rows: list[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
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
            last = self.index(row, len(self.columns) - 1)
            self.dataChanged.emit(self.index(row, 0), last)
        return row

    def remove(self, key: str) -> None:
        row = self.row_of(key)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        if self.rows:
            last = self.index(len(self.rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None

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
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        column = self.columns[index.column()]
        if column.edit is not None and not self.read_only:
            if column.check is not None:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            else:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only:
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
