"""What every side panel shares: the window's edit session, the table, its keys."""

from __future__ import annotations

from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QWidget

from roundtables.domain import Event, Record, RoundTable
from roundtables.ui.actions import Actions
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
        #: the panel's keys, declared in roundtables.ui.keymap (the subclass installs them)
        self.action_by_id = Actions(())
        session.signals.saved.connect(self._saved)
        session.read_only_changed.connect(self.lock)

    @property
    def read_only(self) -> bool:
        """The session's answer: a finalised event or a read-only database."""
        return self.session.read_only

    def lock(self, read_only: bool) -> None:
        """A finalised event: everything stays visible, nothing can be changed."""
        self.action_by_id.set_read_only(read_only)
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
