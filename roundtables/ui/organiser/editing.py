"""One edit = one committed transaction + one undoable step, shared by every panel.

Panels never call the store directly for writes: they hand the new state of the
records they changed to :meth:`EditSession.save`, which commits them in one
transaction, pushes an undo step, and shows the store's refusal (a finalised
event, a broken rule) as a one-line error instead of raising into Qt.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from roundtables.domain import Record, RoundtablesError
from roundtables.storage import Store
from roundtables.ui import prompts
from roundtables.ui.errors import error_text
from roundtables.ui.undo import SaveRecordsCommand, commit_undoable, push_committed


class EditSession(QObject):
    """The store, the undo stack and the read-only switch of one editor window."""

    message = Signal(str)  # for the status bar

    def __init__(self, store: Store, window: QWidget) -> None:
        super().__init__(window)
        self.store = store
        self.window = window
        self.undo_stack = QUndoStack(self)
        self.read_only = False

    def error(self, message: str) -> None:
        """Show a one-line problem to the person (through the prompts module)."""
        prompts.error(self.window, self.tr("Cannot save"), message)

    def save(self, after: Sequence[Record], text: str) -> bool:
        """Save the new state of ``after`` as one undoable edit; False if refused."""
        if not after:
            return True
        pairs = [(self.store.get(type(r), r.id), r) for r in after]
        try:
            commit_undoable(self.undo_stack, SaveRecordsCommand(self.store, pairs, text))
        except RoundtablesError as exc:
            self.error(error_text(exc))
            return False
        return True

    def remove(self, records: Sequence[Record], text: str) -> bool:
        """Tombstone ``records`` as one undoable edit."""
        gone = [copy.deepcopy(r) for r in records]
        for record in gone:
            record.deleted = True
        return self.save(gone, text)

    def push_applied(self, created: Sequence[Record], text: str) -> None:
        """Make records that another module already saved undoable as one step."""
        if created:
            pairs: list[tuple[Record | None, Record]] = [(None, r) for r in created]
            push_committed(self.undo_stack, SaveRecordsCommand(self.store, pairs, text))

    def notify(self, message: str) -> None:
        """A short message for the window's status bar."""
        self.message.emit(message)
