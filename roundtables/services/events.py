"""An event's status: finalise (read-only everywhere) and reopen, for window and CLI."""

from __future__ import annotations

from roundtables.domain import Event, EventStatus
from roundtables.messages import error
from roundtables.storage import Store


def set_status(store: Store, event_id: str, status: EventStatus) -> bool:
    """Give the stored event ``status`` in one commit; False when it already had it."""
    event = store.get(Event, event_id)
    if event is None or event.deleted:
        raise error("no-event", ref=event_id)
    if event.status == status:
        return False
    event.status = status
    store.save(event)
    return True


def finalise(store: Store, event_id: str) -> bool:
    """Make the event read-only everywhere; False when it already was."""
    return set_status(store, event_id, EventStatus.FINALISED)


def reopen(store: Store, event_id: str) -> bool:
    """Make a finalised event editable again; False when it was not finalised."""
    event = store.get(Event, event_id)
    if event is not None and not event.is_finalised:
        return False
    return set_status(store, event_id, EventStatus.RUNNING)
