"""The keyboard help (F1) of every window: each action and its keys, from the declarations."""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QHideEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roundtables.ui.edit_session import navigation


class HelpOverlay(QFrame):
    """A panel laid over its parent window listing the actions; Esc or F1 closes it."""

    def __init__(
        self, parent: QWidget, actions: Sequence[QAction] = (), *, home: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        #: where the keyboard goes when the overlay closes, if it was nowhere useful
        self.home = home
        self._return_to: QWidget | None = None
        self.setObjectName("helpOverlay")
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#helpOverlay { background: palette(window); border: 2px solid palette(highlight); }"
        )
        title = QLabel(self.tr("Keyboard shortcuts (F1 or Esc closes this)"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        self.table = QTableWidget(0, 2)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        navigation(self.table)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.table)
        self.set_actions(actions)
        self.hide()
        parent.installEventFilter(self)

    def set_actions(self, actions: Sequence[QAction]) -> None:
        """List these actions (title and keys), in the order given; those without keys not."""
        native = QKeySequence.SequenceFormat.NativeText
        listed = [
            (a.text(), ", ".join(k.toString(native) for k in a.shortcuts()))
            for a in actions
            if a.shortcuts()
        ]
        self.table.setRowCount(len(listed))
        for row, (title, keys) in enumerate(listed):
            self.table.setItem(row, 0, QTableWidgetItem(title.replace("&", "")))
            self.table.setItem(row, 1, QTableWidgetItem(keys))

    def rows(self) -> list[tuple[str, str]]:
        """What the overlay lists, as (action, keys) text pairs."""
        result = []
        for row in range(self.table.rowCount()):
            action, keys = self.table.item(row, 0), self.table.item(row, 1)
            result.append((action.text() if action else "", keys.text() if keys else ""))
        return result

    def toggle(self) -> None:
        """Show the overlay over the whole window, or hide it."""
        if self.isVisible():
            self.hide()
            return
        was = QApplication.focusWidget()
        self._return_to = was if was is not None and not self.isAncestorOf(was) else None
        self._fit()
        self.show()
        self.raise_()
        self.table.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        # the keyboard goes back where it was (the note field by default), never to
        # whatever widget Qt picks next (the guiding-question box took the next word)
        back, self._return_to = self._return_to, None
        alive = back is not None and shiboken6.isValid(back) and back.isVisible()
        target = back if alive else self.home
        if target is not None and target.isVisible():
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            margin = 24
            self.setGeometry(parent.rect().adjusted(margin, margin, -margin, -margin))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # follow the window's size while shown
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._fit()
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F1):
            self.hide()
            event.accept()
            return
        super().keyPressEvent(event)
