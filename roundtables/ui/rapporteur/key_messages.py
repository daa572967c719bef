"""Key messages (edit, unstar) and the executive summary text, saved as it is typed."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from roundtables.domain import Event, EventHarvest, Note, RoundtablesError
from roundtables.storage import Store
from roundtables.ui import prompts
from roundtables.ui.rapporteur.guard import editable
from roundtables.ui.undo import save_undoable

#: How long typing must pause before the executive summary is saved.
IDLE_SAVE_MS = 600


class ExecutiveSummaryEditor(QPlainTextEdit):
    """The event's executive summary: saved after a short pause, on focus-out and on flush."""

    def __init__(self, store: Store, event_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.event_id = store, event_id
        self.setAccessibleName(self.tr("Executive summary"))
        self.setPlaceholderText(self.tr("The executive summary that opens the synthesis"))
        event = store.get(Event, event_id)
        self._saved_text = event.executive_summary if event else ""
        self.setPlainText(self._saved_text)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(IDLE_SAVE_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(self._timer.start)

    def flush(self) -> None:
        """Save what is typed now, if it differs from what is stored."""
        self._timer.stop()
        text = self.toPlainText()
        if text == self._saved_text:
            return
        event = self.store.get(Event, self.event_id)
        if event is None:
            return
        event.executive_summary = text
        try:
            self.store.save(event)
        except RoundtablesError as exc:
            prompts.error(self, self.tr("Executive summary not saved"), str(exc))
            return
        self._saved_text = text

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.flush()
        super().focusOutEvent(event)

    def reload_if_untouched(self) -> None:
        """Take a newer stored summary (an import) unless the person is typing."""
        if self._timer.isActive() or self.toPlainText() != self._saved_text:
            return
        event = self.store.get(Event, self.event_id)
        # A finalised event is read-only: typing that could never be saved is refused.
        self.setReadOnly(bool(event and event.is_finalised))
        if event and event.executive_summary != self._saved_text:
            self._saved_text = event.executive_summary
            self.setPlainText(self._saved_text)
            self._timer.stop()  # setPlainText started it; nothing new to save


class KeyMessagesPanel(QWidget):
    """Every starred note across tables: edit its wording or unstar it (undoable)."""

    def __init__(
        self, store: Store, event_id: str, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.event_id, self.undo_stack = store, event_id, undo_stack
        self.messages = QListWidget()
        self.messages.setAccessibleName(self.tr("Key messages of every table"))
        self.messages.setWordWrap(True)
        self.messages.setSpacing(3)
        self.messages.setAlternatingRowColors(True)
        self.messages.currentRowChanged.connect(self._show_current)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Wording of the key message"))
        self.save_button = QPushButton(self.tr("&Save wording"))
        self.save_button.setShortcut(QKeySequence(self.tr("Ctrl+Return")))
        self.save_button.setToolTip(self.tr("Save the key message's wording (Ctrl+Return)"))
        self.save_button.clicked.connect(self.save_current)
        self.unstar_button = QPushButton(self.tr("&Unstar"))
        self.unstar_button.setShortcut(QKeySequence(self.tr("Ctrl+U")))
        self.unstar_button.setToolTip(self.tr("No longer a key message (Ctrl+U)"))
        self.unstar_button.clicked.connect(self.unstar_current)
        self.summary = ExecutiveSummaryEditor(store, event_id)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        hint = self.tr("Key messages (star more notes in the Tables tab with Ctrl+K)")
        left_layout.addWidget(QLabel(hint))
        left_layout.addWidget(self.messages, 3)
        left_layout.addWidget(QLabel(self.tr("Wording of the selected key message")))
        left_layout.addWidget(self.editor, 1)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.unstar_button)
        row.addWidget(self.save_button)
        left_layout.addLayout(row)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Executive summary (saved as you type)")))
        right_layout.addWidget(self.summary)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._notes: list[Note] = []
        self._set_buttons()

    def reload(self, harvest: EventHarvest) -> None:
        """List the starred notes again, keeping the current one selected."""
        current = self.current_note()
        keep_id = current.id if current else None
        # Wording being edited but not saved yet survives a refresh (an import, a star).
        unsaved = self.editor.toPlainText()
        dirty = current is not None and unsaved != current.text
        self._notes = []
        self.messages.blockSignals(True)
        self.messages.clear()
        for table in harvest.tables:
            for note in table.notes:
                if note.key_message:
                    self._notes.append(note)
                    label = self.tr("Table {number}: {text}").format(
                        number=table.table.number, text=note.text
                    )
                    item = QListWidgetItem(label)
                    item.setData(Qt.ItemDataRole.UserRole, note.id)
                    self.messages.addItem(item)
        ids = [n.id for n in self._notes]
        # Keep the person's place; otherwise start at the first message, ready to edit.
        self.messages.setCurrentRow(ids.index(keep_id) if keep_id in ids else 0 if ids else -1)
        self.messages.blockSignals(False)
        self._show_current(self.messages.currentRow())
        if dirty and keep_id in ids:
            self.editor.setPlainText(unsaved)
        self.summary.reload_if_untouched()

    def current_note(self) -> Note | None:
        row = self.messages.currentRow()
        return self._notes[row] if 0 <= row < len(self._notes) else None

    def _show_current(self, row: int) -> None:
        note = self.current_note()
        self.editor.setPlainText(note.text if note else "")
        self._set_buttons()

    def _set_buttons(self) -> None:
        has = self.current_note() is not None
        for widget in (self.editor, self.save_button, self.unstar_button):
            widget.setEnabled(has)

    def _push(self, changed: Note, text: str) -> None:
        before = self.store.get(Note, changed.id)
        if before is None:
            return
        after = copy.deepcopy(before)
        after.text, after.key_message = changed.text, changed.key_message
        if editable(self.store, self.event_id, self):
            try:
                save_undoable(self.undo_stack, self.store, before, after, text)
            except RoundtablesError as exc:  # e.g. a full disk: nothing on the stack
                prompts.error(self, self.tr("Not changed"), str(exc))

    def save_current(self) -> None:
        """Save the edited wording of the selected key message."""
        note = self.current_note()
        if note is None:
            return
        text = self.editor.toPlainText().strip()
        if not text:
            prompts.error(self, self.tr("Not saved"), self.tr("A key message needs some text"))
            return
        changed = copy.deepcopy(note)
        changed.text = text
        self._push(changed, self.tr("Edit key message"))

    def unstar_current(self) -> None:
        """Make the selected note an ordinary note again."""
        note = self.current_note()
        if note is None:
            return
        changed = copy.deepcopy(note)
        changed.key_message = False
        self._push(changed, self.tr("Unstar key message"))
