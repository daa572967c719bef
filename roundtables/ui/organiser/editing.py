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
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from roundtables.domain import Record, RoundtablesError
from roundtables.storage import Store
from roundtables.ui import prompts


class SaveRecordsCommand(QUndoCommand):
    """Several records saved together; undo and redo are each one transaction.

    The single-record ``SaveRecordCommand`` in ``ui/undo.py`` saves one record per
    call; a reorder or a table with its questions must move as one step, so this
    command keeps lists.  The first ``redo`` (run by ``QUndoStack.push``) is skipped
    because :meth:`EditSession.save` has already committed the change and knows
    whether the store accepted it.
    """

    def __init__(
        self,
        session: EditSession,
        before: Sequence[Record | None],
        after: Sequence[Record],
        text: str,
    ) -> None:
        super().__init__(text)
        self.session = session
        self.before = [copy.deepcopy(r) for r in before]
        self.after = [copy.deepcopy(r) for r in after]
        self._already_applied = True

    def redo(self) -> None:
        if self._already_applied:
            self._already_applied = False
            return
        self.session.write([copy.deepcopy(r) for r in self.after])

    def undo(self) -> None:
        states: list[Record] = []
        for old, new in zip(self.before, self.after, strict=True):
            if old is None:  # the record was new: undoing removes it again
                state = copy.deepcopy(new)
                state.deleted = True
            else:
                state = copy.deepcopy(old)
            states.append(state)
        self.session.write(states)


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

    def write(self, states: list[Record]) -> bool:
        """Commit ``states`` in one transaction at the store's current revisions."""
        for state in states:
            stored = self.store.get(type(state), state.id)
            state.revision = stored.revision if stored else 0
        try:
            self.store.save_all(states)
        except RoundtablesError as exc:
            self.error(str(exc))
            return False
        return True

    def save(self, after: Sequence[Record], text: str) -> bool:
        """Save the new state of ``after`` as one undoable edit; False if refused."""
        if not after:
            return True
        before = [self.store.get(type(r), r.id) for r in after]
        states = [copy.deepcopy(r) for r in after]
        if not self.write(states):
            return False
        self.undo_stack.push(SaveRecordsCommand(self, before, states, text))
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
            self.undo_stack.push(SaveRecordsCommand(self, [None] * len(created), created, text))

    def notify(self, message: str) -> None:
        """A short message for the window's status bar."""
        self.message.emit(message)
