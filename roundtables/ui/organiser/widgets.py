"""Small pieces the organiser panels share."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from roundtables.domain import Record

R = TypeVar("R", bound=Record)


class PlainTextField(QPlainTextEdit):
    """A multi-line field that, like QLineEdit, says when editing is finished."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab leaves the field, as in a form
        self._at_focus_in = ""

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._at_focus_in = self.toPlainText()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.toPlainText() != self._at_focus_in:
            self.editingFinished.emit()


def set_text(field: QLineEdit | PlainTextField, value: str) -> None:
    """Show ``value`` without disturbing the cursor when it is already shown."""
    current = field.text() if isinstance(field, QLineEdit) else field.toPlainText()
    if current == value:
        return
    if isinstance(field, QLineEdit):
        field.setText(value)
        field.setCursorPosition(0)
    else:
        field.setPlainText(value)


def text_of(field: QLineEdit | PlainTextField) -> str:
    return (field.text() if isinstance(field, QLineEdit) else field.toPlainText()).strip()


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0 and index != combo.currentIndex():
        combo.setCurrentIndex(index)


def moved(records: Sequence[R], source: int, target: int) -> list[R]:
    """Copies of the records whose ``position`` changes when one row moves.

    Positions are renumbered 1..n in the new order, so gaps left by deleted rows
    close as a side effect of the first reorder.
    """
    order = list(records)
    order.insert(target, order.pop(source))
    changed: list[R] = []
    for position, record in enumerate(order, start=1):
        if getattr(record, "position", None) != position:
            new = copy.deepcopy(record)
            new.position = position  # type: ignore[attr-defined]
            changed.append(new)
    return changed
