"""Saving through the undo stack without losing the save's error.

``QUndoStack.push`` calls ``redo()`` from C++, where a Python exception is only
printed: a refused save (a finalised event, a full disk) would still sit on the
stack as if done.  So the first save happens here, in Python, where the one-line
error reaches the caller; only then is the command pushed, its first redo skipped.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from roundtables.domain import Record
from roundtables.storage import Store
from roundtables.ui.undo import SaveRecordCommand


class _SavedRecordCommand(SaveRecordCommand):
    """A SaveRecordCommand whose first redo has already happened."""

    def __init__(self, store: Store, before: Record | None, after: Record, text: str) -> None:
        super().__init__(store, before, after, text)
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        super().redo()


def save_undoable(
    stack: QUndoStack, store: Store, before: Record | None, after: Record, text: str
) -> None:
    """Save ``after`` now (raising RoundtablesError if refused), undoable on ``stack``."""
    store.save(after)
    stack.push(_SavedRecordCommand(store, before, after, text))
