"""Key messages (edit, unstar) beside the executive summary (drafted, then edited)."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
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

from roundtables.domain import EventHarvest, Note
from roundtables.ui import prompts
from roundtables.ui.actions import install_actions
from roundtables.ui.edit_session import EditSession
from roundtables.ui.keymap import RAPPORTEUR_KEY_MESSAGES_PAGE
from roundtables.ui.rapporteur.summary_editor import SummaryPane


class KeyMessagesPanel(QWidget):
    """Every starred note across tables: edit its wording or unstar it (undoable)."""

    def __init__(
        self, session: EditSession, event_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.store, self.event_id = session, session.store, event_id
        store = self.store
        self.messages = QListWidget()
        self.messages.setAccessibleName(self.tr("Key messages of every table"))
        self.messages.setWordWrap(True)
        self.messages.setSpacing(3)
        self.messages.setAlternatingRowColors(True)
        self.messages.currentRowChanged.connect(self._show_current)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Wording of the key message"))
        self.save_button = QPushButton(self.tr("&Save wording"))
        self.save_button.setToolTip(self.tr("Save the key message's wording (Ctrl+Return)"))
        self.save_button.clicked.connect(self.save_current)
        self.unstar_button = QPushButton(self.tr("&Unstar"))
        self.unstar_button.setToolTip(self.tr("No longer a key message (Ctrl+U)"))
        self.unstar_button.clicked.connect(self.unstar_current)
        self.action_by_id = install_actions(self, RAPPORTEUR_KEY_MESSAGES_PAGE)
        self.summary_pane = SummaryPane(store, event_id)
        self.summary = self.summary_pane.editor

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
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.summary_pane)
        splitter.setStretchFactor(1, 3)  # the summary is a page of text
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
        self.summary.reload_if_untouched(harvest)

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
        self.editor.setReadOnly(self.session.read_only)
        for button in (self.save_button, self.unstar_button):
            button.setEnabled(has and not self.session.read_only)

    def lock(self, read_only: bool) -> None:
        """A finalised event: key messages and summary stay readable, unchangeable."""
        self._set_buttons()
        self.summary.setReadOnly(read_only)
        self.summary.state_changed.emit()  # "Draft again" follows the editor

    def _push(self, changed: Note, text: str) -> None:
        before = self.store.get(Note, changed.id)
        if before is None:
            return
        after = copy.deepcopy(before)
        after.text, after.key_message = changed.text, changed.key_message
        self.session.save([after], text)

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
