"""The note field: typed at talking speed, completed, kept as a draft while typed.

The field's text is saved as the table's draft on a steady cadence while it
changes (throttled, never debounced): a change at least DRAFT_INTERVAL_MS after
the last write is written at once, any other change is written when that
interval is up (a single-shot timer that is NOT restarted by further keys).
So however steadily someone types, a crash or a dead battery loses at most the
last second; the draft comes back when the table opens.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QStandardItem, QStandardItemModel, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roundtables.domain import (
    NoteType,
    ParsedNote,
    Participant,
    RoundtablesError,
    parse_note_input,
)
from roundtables.names import fold
from roundtables.storage import Store
from roundtables.ui.delegates import FOLDED_ROLE
from roundtables.ui.errors import error_text
from roundtables.ui.workspace.selector import SelectorCombo

#: the longest a typed word waits before it is in the database (the promise is a second)
DRAFT_INTERVAL_MS = 500


def speaker_token(name: str) -> str:
    """A participant's name as typed after ``@`` (spaces become underscores)."""
    return name.replace(" ", "_")


class NoteField(QPlainTextEdit):
    """A multi-line field that completes ``@speaker`` from the table's participants."""

    #: Ctrl+Enter pressed while the completion list had the keyboard
    submit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.names = QStandardItemModel(self)
        self.completer = QCompleter(self.names, self)
        self.completer.setWidget(self)
        # matched on the folded name (FOLDED_ROLE), shown and inserted as written
        self.completer.setCompletionRole(FOLDED_ROLE)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.activated[QModelIndex].connect(  # type: ignore[index]
            lambda index: self.insert_completion(str(index.data(Qt.ItemDataRole.DisplayRole)))
        )
        # ours runs before the completer's own filter: Tab takes the highlighted name
        self._popup().installEventFilter(self)
        self.textChanged.connect(self._complete_speaker)

    def set_participants(self, people: list[Participant]) -> None:
        """Offer these people after ``@``."""
        self.names.clear()
        for person in people:
            item = QStandardItem(speaker_token(person.name))
            item.setData(fold(speaker_token(person.name)), FOLDED_ROLE)
            self.names.appendRow(item)

    def _popup(self) -> QAbstractItemView:
        popup = self.completer.popup()
        assert popup is not None  # a QCompleter always has its popup
        return popup

    def hide_popup(self) -> None:
        """Close the name list; the window (and its shortcuts) gets the keyboard back."""
        popup = self._popup()
        was_active = QApplication.activeWindow() is popup
        popup.hide()
        if was_active and self.isVisible():
            self.activateWindow()

    def _speaker_prefix(self) -> str | None:
        """The ``@...`` token the cursor is in, without the ``@`` (None if not in one)."""
        cursor = self.textCursor()
        before = self.toPlainText()[: cursor.position()]
        at = before.rfind("@")
        if at < 0:
            return None
        token = before[at + 1 :]
        if any(ch.isspace() for ch in token) or (at > 0 and not before[at - 1].isspace()):
            return None
        return token

    def _complete_speaker(self) -> None:
        prefix = self._speaker_prefix()
        popup = self._popup()
        if prefix is None or not self.hasFocus():
            self.hide_popup()
            return
        self.completer.setCompletionPrefix(fold(prefix))
        if self.completer.completionCount() == 0:
            self.hide_popup()
            return
        rect = self.cursorRect()
        rect.setWidth(max(popup.sizeHintForColumn(0), 240))
        self.completer.complete(rect)
        popup.setCurrentIndex(self.completer.completionModel().index(0, 0))

    def insert_completion(self, completion: str) -> None:
        """Replace the typed part of ``@name`` with the chosen participant."""
        prefix = self._speaker_prefix() or ""
        cursor = self.textCursor()
        cursor.movePosition(
            QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len(prefix)
        )
        cursor.insertText(completion + " ")
        self.setTextCursor(cursor)
        self.hide_popup()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.completer.popup()
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            current = self._popup().currentIndex()
            if current.isValid():
                self.insert_completion(str(current.data()))
            self.hide_popup()
            return True
        return super().eventFilter(watched, event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab inside an @name means "complete", never "leave the field": what is typed
        # next must not land in another widget
        if self._speaker_prefix() is not None:
            return False
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Tab and self._speaker_prefix() is not None:
            event.accept()
            return
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # normally the window's shortcut saves; this is the path through the popup
            self.hide_popup()
            self.submit_requested.emit()
            return
        popup = self._popup()
        if popup.isVisible() and event.key() in (
            Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Escape,
        ) and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            event.ignore()  # the completer's popup takes these
            return
        super().keyPressEvent(event)

    def event(self, e: QEvent) -> bool:
        # With nothing to undo in the field, let Ctrl+Z reach the window's undo
        # (so it undoes the note just saved) instead of being swallowed here.
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent):
            ctrl = e.modifiers() & Qt.KeyboardModifier.ControlModifier
            if ctrl and e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # one path only: the field saves (keyPressEvent), never also the
                # window's shortcut, so one Ctrl+Enter can never save twice
                e.accept()
                return True
            document = self.document()
            if (e.matches(QKeySequence.StandardKey.Undo) and not document.isUndoAvailable()) or (
                e.matches(QKeySequence.StandardKey.Redo) and not document.isRedoAvailable()
            ):
                e.ignore()
                return False
        return super().event(e)


class CaptureBox(QWidget):
    """Note type, the note field and a one-line hint; keeps the draft saved."""

    submitted = Signal()
    # the draft could not be kept (one line: which file, what to do) / was kept again
    draft_failed = Signal(str)
    draft_saved = Signal()

    def __init__(
        self, store: Store, table_id: str, note_types: list[NoteType],
        parent: QWidget | None = None, *,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self._last_draft_write: dt.datetime | None = None
        self.store = store
        self.table_id = table_id
        self.note_types = note_types
        self.type_combo = SelectorCombo()
        self.type_combo.setAccessibleName(self.tr("Note type"))
        self.type_combo.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        for i, note_type in enumerate(note_types):
            label = note_type.label
            if i < 9:
                label = self.tr("{label} (Alt+{digit})").format(label=label, digit=i + 1)
            self.type_combo.addItem(label, note_type.key)
        self.field = NoteField()
        self.field.setObjectName("noteField")
        self.field.setAccessibleName(self.tr("Note"))
        self.field.setPlaceholderText(
            self.tr("Type a note. b: barrier, e: enabler… @speaker #tag. Ctrl+Enter saves.")
        )
        metrics = self.field.fontMetrics()
        self.field.setFixedHeight(metrics.lineSpacing() * 3 + 16)
        self.hint = QLabel(
            self.tr("Ctrl+Enter save · Alt+1…9 type · @ speaker · # tag · F1 all keys")
        )
        # a reminder, in the palette's text colour: greyed by disabling it, it would be
        # 1.6:1, too faint to read
        # Ctrl+Enter's twin for the mouse and for assistive technology (its Press action)
        self.save_button = QPushButton(self.tr("Save note"))
        self.save_button.setAccessibleName(self.tr("Save note"))
        self.save_button.setToolTip(self.tr("Save the note (Ctrl+Enter)"))
        self.save_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.save_button.clicked.connect(lambda: self.field.submit_requested.emit())
        type_label = QLabel(self.tr("Type:"))
        type_label.setBuddy(self.type_combo)
        top = QHBoxLayout()
        top.addWidget(type_label)
        top.addWidget(self.type_combo)
        top.addStretch(1)
        top.addWidget(self.hint)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(row)
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_INTERVAL_MS)
        self.draft_timer.timeout.connect(self.save_draft)
        self.field.setPlainText(store.draft(table_id))
        self.field.moveCursor(QTextCursor.MoveOperation.End)
        self.field.textChanged.connect(self._text_changed)

    def _text_changed(self) -> None:
        """Write now if the last write is old enough, else once the interval is up."""
        last = self._last_draft_write
        interval = DRAFT_INTERVAL_MS / 1000
        if last is None or (self.clock() - last).total_seconds() >= interval:
            self.save_draft()
        elif not self.draft_timer.isActive():
            self.draft_timer.start()  # not restarted by the keys that follow

    def set_type_index(self, index: int) -> None:
        """Choose the note type by position (Alt+1 is the first)."""
        if 0 <= index < self.type_combo.count():
            self.type_combo.setCurrentIndex(index)

    def current_type(self) -> str:
        return str(self.type_combo.currentData() or "")

    def parsed(self) -> ParsedNote:
        """What is typed, split into marker type, speaker, tags and text."""
        return parse_note_input(self.field.toPlainText(), self.note_types)

    def save_draft(self) -> None:
        """Keep the field's text (committed now); an empty field removes the draft."""
        self.draft_timer.stop()
        self._last_draft_write = self.clock()
        self._keep_draft(self.field.toPlainText())

    def _keep_draft(self, text: str) -> None:
        # Runs from a timer: a full disk must reach the person, not escape to Qt.
        try:
            self.store.save_draft(self.table_id, text)
        except RoundtablesError as exc:
            self.draft_failed.emit(error_text(exc))
        else:
            self.draft_saved.emit()

    def clear_after_save(self) -> None:
        """Empty the field once its note is saved (the note's commit ended the draft)."""
        self.draft_timer.stop()
        self.field.blockSignals(True)
        self.field.clear()
        self.field.blockSignals(False)
        self.field.hide_popup()

    def set_read_only(self, read_only: bool) -> None:
        self.field.setReadOnly(read_only)
        self.type_combo.setEnabled(not read_only)
        self.save_button.setEnabled(not read_only)
