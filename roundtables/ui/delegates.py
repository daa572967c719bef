"""Editors for table cells: choices, text, dates as people type them, people's names;
and rows that wrap their text."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
    QWidget,
)

from roundtables.dates import parse_date_input
from roundtables.domain import Participant, RoundtablesError

# the one name-folding rule; switch to ``from roundtables.names import fold`` when it lands
from roundtables.names import fold
from roundtables.ui.errors import error_text

#: the folded text of a completion entry (the one name rule), matched as typed
FOLDED_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell whose EditRole is one of ``choices`` (value, label) with a combo box.

    The one choice editor of every window (consent, priority, status, note type).  The
    combo box and its drop-down list carry ``accessible_name`` (a screen reader meets
    the list as an object of its own); arrows or F4 choose, Enter commits, Esc cancels.
    A value that is not among the choices (from an older or foreign file) is offered
    as it is, first, so that opening and leaving the editor never changes it.
    """

    def __init__(
        self, choices: Sequence[tuple[Any, str]], accessible_name: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.choices = list(choices)
        self.accessible_name = accessible_name

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.accessible_name)
        combo.view().setAccessibleName(self.accessible_name)
        for value, label in self.choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        found = editor.findData(value)
        if found < 0 and value not in (None, ""):
            shown = index.data(Qt.ItemDataRole.DisplayRole)
            editor.insertItem(0, str(shown if shown not in (None, "") else value), value)
            found = 0
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their whole wrapped text at the column's current width.

    Qt's own size hint does not know the column width, so a long segment title or note
    would be cut to one elided line.  The view must lay its rows out again when the
    column's width changes (``doItemsLayout`` / ``scheduleDelayedItemsLayout``).
    """

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    def _text_width(self, index: Index) -> int:
        view = self.view
        if isinstance(view, QTreeView):
            header = view.header()
            width = view.columnWidth(index.column())
            if header.stretchLastSection() and header.visualIndex(index.column()) == (
                header.count() - 1
            ):
                # the last column takes the rest of the view (its section may lag behind)
                width = view.viewport().width() - header.sectionPosition(index.column())
            if index.column() == header.logicalIndex(0):  # the indented column
                level = 1 if view.rootIsDecorated() else 0
                parent = index.parent()
                while parent.isValid():
                    level, parent = level + 1, parent.parent()
                width -= level * view.indentation()
        elif isinstance(view, QTableView):
            width = view.columnWidth(index.column())
        else:
            width = view.viewport().width()
        return width - 12  # the item's margins

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        width = self._text_width(index)
        if width <= 0:
            return hint
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font) if isinstance(font, QFont) else option.fontMetrics
        bounds = metrics.boundingRect(
            QRect(0, 0, max(width, 60), 1_000_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(hint.width(), max(hint.height(), bounds.height() + 6))


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


class DateLineEdit(QLineEdit):
    """A date typed in any accepted form; F4 or Alt+Down opens a calendar."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = (
            event.key() == Qt.Key.Key_Down
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if event.key() == Qt.Key.Key_F4 or alt_down:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> QCalendarWidget:
        """A month to pick from, on the date typed so far (Enter takes the day)."""
        # a child of the editor: the view keeps its editor open while it has the keyboard
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setAccessibleName(self.accessibleName())
        with contextlib.suppress(RoundtablesError):
            calendar.setSelectedDate(QDate.fromString(parse_date_input(self.text()), "yyyy-MM-dd"))

        def chosen(day: QDate) -> None:
            self.setText(day.toString("yyyy-MM-dd"))
            calendar.close()
            self.setFocus()

        calendar.activated.connect(chosen)
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.show()
        calendar.setFocus()
        return calendar


class DateDelegate(QStyledItemDelegate):
    """Edits a date cell; a date that cannot be read keeps its text and says why
    (``invalid``) instead of closing the editor or opening a dialog."""

    invalid = Signal(str)
    accepted = Signal()

    def __init__(self, placeholder: str, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.placeholder = placeholder
        self.accessible_name = accessible_name

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = DateLineEdit(parent)
        editor.setPlaceholderText(self.placeholder)
        editor.setAccessibleName(self.accessible_name)
        return editor

    def _problem(self, editor: QWidget) -> str | None:
        text = editor.text().strip() if isinstance(editor, QLineEdit) else ""
        if not text:
            return None
        try:
            parse_date_input(text)
        except RoundtablesError as exc:
            return error_text(exc)
        return None

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (
            isinstance(editor, DateLineEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab,
                                Qt.Key.Key_Backtab)
        ):
            problem = self._problem(editor)
            if problem is not None:
                self.invalid.emit(problem)
                return True  # the editor stays open with the text, the keyboard in it
            self.accepted.emit()
        return super().eventFilter(editor, event)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        problem = self._problem(editor)
        if problem is not None:  # left by a click elsewhere: say why, change nothing
            self.invalid.emit(problem)
            return
        super().setModelData(editor, model, index)


class NameCompleter(QCompleter):
    """Completes names typed without accents or case ("renee" finds "Renée Dubois")."""

    def pathFromIndex(self, index: Index) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole))


class NameDelegate(QStyledItemDelegate):
    """Edits a person's name with completion from ``people()`` (the table's participants)."""

    def __init__(
        self, people: Callable[[], Sequence[Participant]], accessible_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.people = people
        self.accessible_name = accessible_name

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        return name_editor(parent, self.people(), self.accessible_name)


def name_editor(parent: QWidget, people: Iterable[Participant], accessible_name: str) -> QLineEdit:
    """A line edit completing participants' names by the one name rule (accents, case)."""
    editor = QLineEdit(parent)
    editor.setAccessibleName(accessible_name)
    names = QStandardItemModel(editor)
    for person in people:
        item = QStandardItem(person.name)
        item.setData(fold(person.name), FOLDED_ROLE)
        names.appendRow(item)
    completer = NameCompleter(names, editor)
    completer.setCompletionRole(FOLDED_ROLE)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    editor.setCompleter(completer)
    # the completer matches the folded text: fold what is typed the same way
    editor.textEdited.connect(lambda text: completer.setCompletionPrefix(fold(text)))
    return editor
