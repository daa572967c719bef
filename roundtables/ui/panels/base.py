"""What every side panel shares: the window's edit session, the table, shortcuts."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QHideEvent, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from roundtables.domain import Event, Record, RoundTable
from roundtables.ui.edit_session import EditSession


class Panel(QWidget):
    """A side panel of the facilitator workspace for one round table.

    Subclasses build their widgets, then call :meth:`reload` and
    :meth:`lock`; they refresh in :meth:`on_saved` for records that belong to
    their table.  Every write goes through the window's :class:`EditSession`.
    """

    def __init__(
        self, session: EditSession, table: RoundTable, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.store = session.store
        self.undo_stack = session.undo_stack
        self.table = table
        self.event_record: Event = self.store.event_of(table)
        self._editing_actions: list[QAction] = []
        session.signals.saved.connect(self._saved)
        session.read_only_changed.connect(self.lock)

    # ------------------------------------------------------------ shortcuts

    def make_action(
        self,
        text: str,
        shortcuts: Sequence[str | QKeySequence.StandardKey],
        slot: Callable[[], object],
        *,
        scope: QWidget | None = None,
        edits: bool = True,
    ) -> QAction:
        """A shortcut the F1 overlay lists (``panel.actions()``).

        With ``scope`` the shortcut works only while that widget has focus, so keys
        such as Space, Del and + still type into the panel's text fields.
        """
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(lambda *_: slot())
        self.addAction(action)
        if scope is None:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        else:
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            scope.addAction(action)
        if edits:
            self._editing_actions.append(action)
        return action

    def button_for(self, action: QAction, label: str) -> QPushButton:
        """A button that triggers ``action``, with its shortcut in the tooltip."""
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        button = QPushButton(label, self)
        button.setAccessibleName(action.text())
        button.setToolTip(f"{action.text()} ({keys})" if keys else action.text())
        # Tab reaches buttons, but a click leaves the keyboard focus where it was.
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(action.trigger)
        button.setEnabled(action.isEnabled())
        action.enabledChanged.connect(button.setEnabled)
        return button

    @property
    def read_only(self) -> bool:
        """The session's answer: a finalised event or a read-only database."""
        return self.session.read_only

    def lock(self, read_only: bool) -> None:
        """A finalised event: everything stays visible, nothing can be changed."""
        for action in self._editing_actions:
            action.setEnabled(not read_only)
        self.apply_read_only(read_only)

    def apply_read_only(self, read_only: bool) -> None:
        """Subclasses lock their own widgets here."""

    def flush(self) -> None:
        """Save anything typed but not yet saved (the workspace calls this on close)."""

    def hideEvent(self, event: QHideEvent) -> None:
        # Switching tabs or closing the window never leaves typed text unsaved.
        self.flush()
        super().hideEvent(event)

    # ------------------------------------------------------------ refresh

    def _saved(self, record: Record) -> None:
        if self.belongs_here(record):
            self.on_saved(record)

    def belongs_here(self, record: Record) -> bool:
        """Whether a saved record is shown by this table's panels."""
        if getattr(record, "table_id", None) == self.table.id:
            return True
        if record.TABLE == "events" and record.id == self.event_record.id:
            self.event_record = record  # type: ignore[assignment]
            return True
        return getattr(record, "event_id", None) == self.event_record.id

    def on_saved(self, record: Record) -> None:
        """Subclasses update their view for one committed record."""
