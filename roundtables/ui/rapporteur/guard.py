"""Refuse an edit to a finalised event before an undo command is pushed.

A QUndoStack runs ``redo()`` inside ``push()``; an error raised there would still
leave the command on the stack, so the check happens first, with a one-line message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from roundtables.domain import Event
from roundtables.storage import Store
from roundtables.ui import prompts


def editable(store: Store, event_id: str, parent: QWidget | None) -> bool:
    """True when the event may be changed; otherwise say why (one line) and return False."""
    event = store.get(Event, event_id)
    if event is not None and not event.is_finalised:
        return True
    tr = QCoreApplication.translate
    prompts.error(
        parent,
        tr("Rapporteur", "Not changed"),
        tr("Rapporteur", "This event is finalised and read-only; reopen it to change it"),
    )
    return False
