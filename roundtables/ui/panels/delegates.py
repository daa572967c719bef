"""Editors for table cells: a combo box for a fixed set of choices."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """Edit a cell whose EditRole is one of ``choices`` (value, label) with a combo box."""

    def __init__(
        self, choices: list[tuple[str, str]], accessible_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.choices = choices
        self.accessible_name = accessible_name

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.accessible_name)
        for value, label in self.choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class TextDelegate(QStyledItemDelegate):
    """A line editor that shows what is expected (e.g. "YYYY-MM-DD") while empty."""

    def __init__(self, placeholder: str, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.placeholder = placeholder
        self.accessible_name = accessible_name

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setPlaceholderText(self.placeholder)
        editor.setAccessibleName(self.accessible_name)
        return editor
