"""Undo and redo for every edit: one command saves a record's before/after state."""

from __future__ import annotations

import copy

from PySide6.QtGui import QUndoCommand

from roundtables.domain import Record
from roundtables.storage import Store


class SaveRecordCommand(QUndoCommand):
    """Save ``after``; undo restores ``before`` (or tombstones a new record).

    Each undo or redo is itself a committed save with a new revision, so the
    hand-over merge sees it like any other edit.
    """

    def __init__(self, store: Store, before: Record | None, after: Record, text: str) -> None:
        super().__init__(text)
        self.store = store
        self.before = copy.deepcopy(before)
        self.after = copy.deepcopy(after)

    def _current_revision(self) -> int:
        stored = self.store.get(type(self.after), self.after.id)
        return stored.revision if stored else 0

    def redo(self) -> None:
        state = copy.deepcopy(self.after)
        state.revision = self._current_revision()
        self.store.save(state)

    def undo(self) -> None:
        if self.before is None:
            state = copy.deepcopy(self.after)
            state.deleted = True
        else:
            state = copy.deepcopy(self.before)
        state.revision = self._current_revision()
        self.store.save(state)
