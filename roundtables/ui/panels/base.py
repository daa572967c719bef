"""What every side panel shares: the store, the table, undoable commits, its keys."""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from PySide6.QtGui import QHideEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from roundtables.domain import Event, Record, RoundTable, RoundtablesError
from roundtables.storage import Store
from roundtables.ui import prompts
from roundtables.ui.actions import Actions
from roundtables.ui.errors import error_text
from roundtables.ui.store_signals import StoreSignals
from roundtables.ui.undo import (
    FieldsCommand,
    SaveRecordCommand,
    SaveRecordsCommand,
    commit_undoable,
    push_committed,
)


class Panel(QWidget):
    """A side panel of the facilitator workspace for one round table.

    Subclasses build their widgets, then call :meth:`reload`; they refresh in
    :meth:`on_saved` for records that belong to their table.
    """

    def __init__(
        self,
        store: Store,
        table: RoundTable,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.table = table
        self.undo_stack = undo_stack
        self.event_record: Event = store.event_of(table)
        self.read_only = False
        #: the panel's keys, declared in roundtables.ui.keymap (the subclass installs them)
        self.action_by_id = Actions(())
        self.signals = StoreSignals(store, self)
        self.signals.saved.connect(self._saved)

    def set_read_only(self, read_only: bool) -> None:
        """A finalised event: everything stays visible, nothing can be changed."""
        self.read_only = read_only
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

    # ------------------------------------------------------------ commits

    def commit(
        self,
        before: Record | None,
        after: Record,
        text: str,
        merge_key: Hashable | None = None,
    ) -> bool:
        """Save ``after`` now, undoably; a refused save shows one line and changes nothing."""
        return self.commit_command(SaveRecordCommand(self.store, before, after, text), merge_key)

    def commit_all(self, pairs: Sequence[tuple[Record | None, Record]], text: str) -> bool:
        """Save several records in one transaction and one undo step."""
        return self.commit_command(SaveRecordsCommand(self.store, pairs, text))

    def commit_new(self, records: Sequence[Record], text: str) -> bool:
        """Save new records in one transaction; undo tombstones them, redo revives them.

        The undo step keeps only ids, not the records (attachments can be large).
        """
        if self.read_only or not records:
            return False
        try:
            self.store.save_all(list(records))
        except RoundtablesError as exc:
            self.refuse(error_text(exc))
            return False
        changes = [(r.id, {"deleted": True}, {"deleted": False}) for r in records]
        command = FieldsCommand(self.store, type(records[0]), changes, text)
        push_committed(self.undo_stack, command)
        return True

    def commit_command(self, command: QUndoCommand, merge_key: Hashable | None = None) -> bool:
        """Run ``command`` now; push it for undo only when the store took it."""
        if self.read_only:
            return False
        try:
            commit_undoable(self.undo_stack, command, merge_key)
        except RoundtablesError as exc:
            self.refuse(error_text(exc))
            return False
        return True

    def refuse(self, message: str) -> None:
        """Tell the facilitator why nothing changed (one line)."""
        prompts.error(self, self.tr("Not saved"), message)

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
