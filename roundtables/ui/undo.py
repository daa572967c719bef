"""Undo and redo for every edit, with the save committed before the step is pushed.

``QUndoStack.push`` runs ``redo()`` from C++, where a Python exception is only
printed: a save the store refuses (a finalised event, a full disk) would sit on
the stack as if done.  So every window commits first, in Python, through
:func:`commit_undoable`; the command goes on the stack only when the store took
it, wrapped in :class:`CommittedEdit`, whose first ``redo`` does nothing.  Later
undo/redo failures are reported in one line instead of raised into Qt.

Each undo or redo is itself a committed save with a new revision, so the
hand-over merge sees it like any other edit.
"""

from __future__ import annotations

import copy
import itertools
from collections.abc import Hashable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from roundtables.domain import Record, RoundtablesError
from roundtables.storage import Store
from roundtables.ui import prompts
from roundtables.ui.errors import error_text


class SaveRecordsCommand(QUndoCommand):
    """Records saved together (one transaction); undo restores each earlier state.

    A pair's ``before`` is None for a new record: undo tombstones it again.
    """

    def __init__(
        self, store: Store, pairs: Sequence[tuple[Record | None, Record]], text: str
    ) -> None:
        super().__init__(text)
        self.store = store
        self.pairs = [(copy.deepcopy(b), copy.deepcopy(a)) for b, a in pairs]

    def _states(self, undo: bool) -> list[Record]:
        pairs = reversed(self.pairs) if undo else self.pairs
        states: list[Record] = []
        for before, after in pairs:
            if undo and before is None:
                state = copy.deepcopy(after)
                state.deleted = True
            else:
                state = copy.deepcopy(before if undo and before is not None else after)
            stored = self.store.get(type(after), after.id)
            state.revision = stored.revision if stored else 0
            states.append(state)
        return states

    def redo(self) -> None:
        self.store.save_all(self._states(undo=False))

    def undo(self) -> None:
        self.store.save_all(self._states(undo=True))


class SaveRecordCommand(SaveRecordsCommand):
    """One record: save ``after``; undo restores ``before`` (or tombstones a new one)."""

    def __init__(self, store: Store, before: Record | None, after: Record, text: str) -> None:
        super().__init__(store, [(before, after)], text)

    @property
    def before(self) -> Record | None:
        return self.pairs[0][0]

    @property
    def after(self) -> Record:
        return self.pairs[0][1]

    @after.setter
    def after(self, record: Record) -> None:
        self.pairs[0] = (self.pairs[0][0], record)


class FieldsCommand(QUndoCommand):
    """Change a few fields of stored records; undo puts the old values back.

    Unlike a whole-record snapshot it never copies large fields (an attachment's
    bytes), and it applies to the record as stored now.
    """

    def __init__(
        self,
        store: Store,
        cls: type[Record],
        changes: Sequence[tuple[str, Mapping[str, object], Mapping[str, object]]],
        text: str,
    ) -> None:
        super().__init__(text)
        self.store = store
        self.cls = cls
        self.changes = list(changes)  # (record id, fields before, fields after)

    def _apply(self, undo: bool) -> None:
        records: list[Record] = []
        for record_id, before, after in self.changes:
            record = self.store.get(self.cls, record_id)
            if record is None:
                message = QCoreApplication.translate("Undo", "This was deleted meanwhile")
                raise RoundtablesError(message)
            for name, value in (before if undo else after).items():
                setattr(record, name, value)
            records.append(record)
        self.store.save_all(records)

    def redo(self) -> None:
        self._apply(undo=False)

    def undo(self) -> None:
        self._apply(undo=True)


# QUndoCommand.id() must be an int; equal merge keys get equal ids.
_MERGE_IDS: dict[Hashable, int] = {}
_NEXT_MERGE_ID = itertools.count(1000)


def _merge_id(key: Hashable) -> int:
    if key not in _MERGE_IDS:
        _MERGE_IDS[key] = next(_NEXT_MERGE_ID)
    return _MERGE_IDS[key]


class CommittedEdit(QUndoCommand):
    """An edit already committed when pushed: the stack's first redo() does nothing.

    Edits with the same ``merge_key`` merge into one undo step (typing in a field):
    undo still goes back to the first edit's "before".
    """

    def __init__(self, inner: QUndoCommand, merge_key: Hashable | None = None) -> None:
        super().__init__(inner.text())
        self.inner = inner
        self.merge_key = merge_key
        self._skip_redo = True

    def id(self) -> int:
        return -1 if self.merge_key is None else _merge_id(self.merge_key)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, CommittedEdit) or other.merge_key != self.merge_key:
            return False
        mine, theirs = self.inner, other.inner
        if isinstance(mine, SaveRecordCommand) and isinstance(theirs, SaveRecordCommand):
            if mine.after.id != theirs.after.id:
                return False
            mine.after = theirs.after
            return True
        return False

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        try:
            self.inner.redo()
        except RoundtablesError as exc:
            prompts.error(None, QCoreApplication.translate("Undo", "Not redone"), error_text(exc))

    def undo(self) -> None:
        try:
            self.inner.undo()
        except RoundtablesError as exc:
            prompts.error(None, QCoreApplication.translate("Undo", "Not undone"), error_text(exc))


def commit_undoable(
    stack: QUndoStack, command: QUndoCommand, merge_key: Hashable | None = None
) -> None:
    """Run ``command`` now (a refusal raises RoundtablesError, nothing is pushed),
    then put it on ``stack`` for undo."""
    command.redo()
    stack.push(CommittedEdit(command, merge_key))


def push_committed(stack: QUndoStack, command: QUndoCommand) -> None:
    """Make an edit that was already saved some other way undoable."""
    stack.push(CommittedEdit(command))


def save_undoable(
    stack: QUndoStack, store: Store, before: Record | None, after: Record, text: str
) -> None:
    """Save ``after`` now (raising RoundtablesError if refused), undoable on ``stack``.

    ``after`` itself is saved, so the caller sees its new revision and times.
    """
    store.save(after)
    push_committed(stack, SaveRecordCommand(store, before, after, text))
