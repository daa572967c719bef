"""One edit session per window: committed saves, one undo step kind, refusals, read-only.

Every window (facilitator workspace, organiser editor, rapporteur workspace)
creates ONE :class:`EditSession` and hands it to its panels.  Panels never write
to the store or push undo steps themselves, and keep no read-only flag: they
call :meth:`EditSession.save` (committed before it returns), ask
:attr:`EditSession.read_only`, and listen to :attr:`EditSession.read_only_changed`.

``QUndoStack.push`` runs ``redo()`` from C++, where a Python exception is only
printed: a save the store refuses would sit on the stack as if done.  So the
session commits first, in Python, and pushes an :class:`Edit` only when the store
took it; an Edit's first ``redo`` does nothing.  Each undo or redo is itself a
committed save with a new revision, so the hand-over merge sees it like any other
edit.  An Edit keeps only the fields that changed, never a whole record (an
attachment's bytes stay in the database).
"""

from __future__ import annotations

import copy
import dataclasses
import itertools
from collections.abc import Callable, Hashable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QLabel, QWidget

from roundtables.domain import Event, Record, RoundtablesError
from roundtables.messages import error
from roundtables.storage import Store
from roundtables.ui import prompts
from roundtables.ui.errors import error_text
from roundtables.ui.store_signals import StoreSignals

# A widget property: this control changes nothing stored (a filter, a search, a
# what-if), so it stays usable when the session is read-only.
NAVIGATION = "navigation"


def navigation(*widgets: QWidget) -> None:
    """Mark controls that only look around: read-only leaves them usable."""
    for widget in widgets:
        widget.setProperty(NAVIGATION, True)


# Bookkeeping every save sets anew: never part of an undo step.
_BOOKKEEPING = frozenset({"id", "revision", "updated_at", "device_id"})


@dataclasses.dataclass
class Change:
    """One record's changed fields: their values before and after the edit."""

    cls: type[Record]
    id: str
    before: dict[str, Any]
    after: dict[str, Any]

    @classmethod
    def between(cls, before: Record | None, after: Record) -> Change:
        """The fields that differ; a new record (``before`` None) is undone as a tombstone."""
        if before is None:
            return cls(type(after), after.id, {"deleted": True}, {"deleted": after.deleted})
        old: dict[str, Any] = {}
        new: dict[str, Any] = {}
        for f in dataclasses.fields(after):
            if f.name in _BOOKKEEPING:
                continue
            was, now = getattr(before, f.name), getattr(after, f.name)
            if was != now:
                old[f.name], new[f.name] = copy.deepcopy(was), copy.deepcopy(now)
        return cls(type(after), after.id, old, new)


# QUndoCommand.id() must be an int; equal merge keys get equal ids.
_MERGE_IDS: dict[Hashable, int] = {}
_NEXT_MERGE_ID = itertools.count(1000)


def _merge_id(key: Hashable) -> int:
    if key not in _MERGE_IDS:
        _MERGE_IDS[key] = next(_NEXT_MERGE_ID)
    return _MERGE_IDS[key]


class Edit(QUndoCommand):
    """The one undo step kind: an edit already committed when it is pushed.

    Records changes apply to the records as stored now (one transaction).  State
    that is not a record (the room's timer) comes as ``restore``: a function
    called with True to undo and False to redo.  Edits with the same
    ``merge_key`` merge into one step (typing in a field); undo still goes back to
    the first edit's "before".
    """

    def __init__(
        self,
        store: Store,
        text: str,
        changes: Sequence[Change] = (),
        *,
        merge_key: Hashable | None = None,
        restore: Callable[[bool], None] | None = None,
    ) -> None:
        super().__init__(text)
        self.store = store
        self.changes = list(changes)
        self.merge_key = merge_key
        self.restore = restore
        self._skip_redo = True

    def id(self) -> int:
        return -1 if self.merge_key is None else _merge_id(self.merge_key)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, Edit) or other.merge_key != self.merge_key:
            return False
        if self.restore is not None or other.restore is not None:
            return False
        if [(c.cls, c.id) for c in self.changes] != [(c.cls, c.id) for c in other.changes]:
            return False
        for mine, theirs in zip(self.changes, other.changes, strict=True):
            mine.before = {**theirs.before, **mine.before}
            mine.after = {**mine.after, **theirs.after}
        return True

    def apply(self, undo: bool) -> None:
        """Put the records (and any other state) as they were before (or after) the edit."""
        if self.restore is not None:
            self.restore(undo)
        records: list[Record] = []
        for change in reversed(self.changes) if undo else self.changes:
            record = self.store.get(change.cls, change.id)
            if record is None:
                raise RoundtablesError(
                    QCoreApplication.translate("EditSession", "This was deleted meanwhile")
                )
            for name, value in (change.before if undo else change.after).items():
                setattr(record, name, copy.deepcopy(value))
            records.append(record)
        if records:
            self.store.save_all(records)

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        try:
            self.apply(undo=False)
        except RoundtablesError as exc:
            tr = QCoreApplication.translate
            prompts.error(None, tr("EditSession", "Not redone"), error_text(exc))

    def undo(self) -> None:
        try:
            self.apply(undo=True)
        except RoundtablesError as exc:
            tr = QCoreApplication.translate
            prompts.error(None, tr("EditSession", "Not undone"), error_text(exc))


class EditSession(QObject):
    """The store, its one signal hub, the undo stack and the read-only state of one window."""

    read_only_changed = Signal(bool)
    message = Signal(str)  # a short note for the window's status bar

    def __init__(
        self,
        store: Store,
        window: QWidget | None = None,
        *,
        event: Event | None = None,
        signals: StoreSignals | None = None,
    ) -> None:
        super().__init__(window)
        self.store = store
        self.window = window
        self.undo_stack = QUndoStack(self)
        # the window's one subscription to the store's commits
        self.signals = signals if signals is not None else StoreSignals(store, self)
        self.signals.saved.connect(self._saved)
        self.current_event: Event | None = None
        self._read_only = self.database_read_only
        if event is not None:
            self.follow(event)

    # ------------------------------------------------------------ read-only

    @property
    def database_read_only(self) -> bool:
        """The database file is open for reading only (another copy writes it)."""
        return not self.store.database.writer

    @property
    def read_only(self) -> bool:
        """Nothing may change: the event is finalised, or the database is open read-only."""
        return self._read_only

    def follow(self, event: Event | None) -> None:
        """The event this window edits (the organiser switches events); its status decides."""
        self.current_event = event
        self._update_read_only()

    def _saved(self, record: Record) -> None:
        followed = self.current_event
        if isinstance(record, Event) and followed is not None and record.id == followed.id:
            self.current_event = record
            self._update_read_only()

    def _update_read_only(self) -> None:
        finalised = self.current_event is not None and self.current_event.is_finalised
        read_only = finalised or self.database_read_only
        if read_only == self._read_only:
            return
        self._read_only = read_only
        if read_only:
            self.undo_stack.clear()  # nothing before finalising can be undone now
        self.read_only_changed.emit(read_only)

    def editable(self) -> bool:
        """True when an edit may go ahead; otherwise say why (one line) and return False."""
        if not self.read_only:
            return True
        if self.database_read_only:
            self.refuse(error("opened-read-only", path=self.store.path))
        else:
            event = self.current_event
            assert event is not None
            self.refuse(error("event-finalised", event=event.slug or event.title))
        return False

    # ------------------------------------------------------------ saving

    def save(
        self, records: Sequence[Record], text: str, merge_key: Hashable | None = None
    ) -> bool:
        """Commit the new state of ``records`` in one transaction, as one undo step.

        A record the store does not hold yet is new (undo tombstones it).  A refused
        save shows one line, changes nothing, pushes nothing, and returns False.
        """
        if not records:
            return True
        if not self.editable():
            return False
        records = list(records)
        changes = [Change.between(self.store.get(type(r), r.id), r) for r in records]
        try:
            self.store.save_all(records)
        except RoundtablesError as exc:
            self.refuse(exc)
            return False
        self.undo_stack.push(Edit(self.store, text, changes, merge_key=merge_key))
        return True

    def remove(self, records: Sequence[Record], text: str) -> bool:
        """Tombstone ``records`` as one undoable edit."""
        gone = [copy.deepcopy(r) for r in records]
        for record in gone:
            record.deleted = True
        return self.save(gone, text)

    def saved_elsewhere(self, created: Sequence[Record], text: str) -> None:
        """Make new records that another module already committed undoable as one step."""
        if created:
            changes = [Change.between(None, r) for r in created]
            self.undo_stack.push(Edit(self.store, text, changes))

    def done(self, text: str, restore: Callable[[bool], None]) -> None:
        """Make a change already made to state that is not a record undoable.

        ``restore(True)`` undoes it, ``restore(False)`` redoes it; either may raise
        RoundtablesError, shown as one line.
        """
        self.undo_stack.push(Edit(self.store, text, restore=restore))

    # ------------------------------------------------------------ telling the person

    def refuse(self, problem: BaseException | str) -> None:
        """Tell the person why nothing changed: one line, in the interface language."""
        text = problem if isinstance(problem, str) else error_text(problem)
        prompts.error(self.window, self.tr("Not saved"), text)

    def notify(self, text: str) -> None:
        """A short message for the window's status bar."""
        self.message.emit(text)


class ReadOnlyBanner(QLabel):
    """The line at the top of a window saying why nothing can be changed.

    Shown while the session is read-only: ``finalised`` for a finalised event, the
    catalogue's message for a database opened read-only.
    """

    def __init__(self, session: EditSession, finalised: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.finalised = session, finalised
        self.setObjectName("readOnlyBanner")
        self.setWordWrap(True)
        self.setStyleSheet(
            "#readOnlyBanner { background: #fff3c4; color: #5c4400; padding: 8px;"
            " border: 1px solid #e0c060; font-weight: bold; }"
        )
        session.read_only_changed.connect(self.show_state)
        self.show_state(session.read_only)

    def show_state(self, read_only: bool) -> None:
        if self.session.database_read_only:
            self.setText(error_text(error("opened-read-only", path=self.session.store.path)))
        else:
            self.setText(self.finalised)
        self.setVisible(read_only)
