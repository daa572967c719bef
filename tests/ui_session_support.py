"""Helpers for tests of panels built on a window's edit session."""

from __future__ import annotations

from roundtables.domain import Event, EventStatus, RoundTable
from roundtables.storage import Store
from roundtables.ui.edit_session import EditSession


def session_for(store: Store, table: RoundTable) -> EditSession:
    """The edit session a window would hand a panel of ``table``."""
    return EditSession(store, event=store.event_of(table))


def finalise(store: Store, event_id: str, *, unseen: bool = False) -> None:
    """Finalise the event; ``unseen``: no window hears of it (another process did it)."""
    event = store.get(Event, event_id)
    assert event is not None
    event.status = EventStatus.FINALISED.value
    listeners, store.listeners = store.listeners, [] if unseen else store.listeners
    try:
        store.save(event)
    finally:
        store.listeners = listeners
