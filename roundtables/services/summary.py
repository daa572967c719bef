"""The executive summary as the rapporteur works on it: drafted by the app, edited, kept.

The event's ``executive_summary`` holds only what the rapporteur wrote.  Empty means
"drafted": the workspace and the document then use a fresh draft, which follows
every newly imported result.  Text saved unchanged from the draft stays "drafted";
"Draft again" empties the stored text after the person confirms.
"""

from __future__ import annotations

from dataclasses import dataclass

from roundtables.domain import Event, EventHarvest
from roundtables.messages import error
from roundtables.storage import Store
from roundtables.synthesis.summary import draft_summary


@dataclass(frozen=True)
class SummaryState:
    """What the summary editor shows."""

    text: str  # the edited text, or the draft when nothing is edited
    draft: str  # the app's current draft
    edited: bool  # whether ``text`` is the rapporteur's own
    read_only: bool  # a finalised event cannot be changed


def summary_state(
    store: Store, event_id: str, harvest: EventHarvest | None = None
) -> SummaryState:
    """The summary to show now (``harvest``: an already-read event, to save a reread)."""
    event = _event(store, event_id)
    if harvest is None or harvest.event.id != event_id:
        harvest = store.harvest(event)
    harvest.event = event  # the stored summary as it is now
    draft = draft_summary(harvest)
    edited = bool(event.executive_summary.strip())
    return SummaryState(
        text=event.executive_summary if edited else draft,
        draft=draft,
        edited=edited,
        read_only=event.is_finalised,
    )


def same_text(a: str, b: str) -> bool:
    """Equal but for trailing spaces and blank lines (what an editor adds or drops)."""
    return _lines(a) == _lines(b)


def save_summary(store: Store, event_id: str, text: str, draft: str) -> bool:
    """Keep what the rapporteur typed; text left as the ``draft`` (or emptied) stays
    drafted.  Returns whether the summary is now the rapporteur's own.  Committed
    on return; a one-line :class:`RoundtablesError` when the event is read-only."""
    event = _event(store, event_id)
    edited = bool(text.strip()) and not same_text(text, draft)
    stored = text if edited else ""
    if event.executive_summary != stored:
        event.executive_summary = stored
        store.save(event)
    return edited


def draft_again(store: Store, event_id: str) -> SummaryState:
    """Drop the rapporteur's text: the summary is drafted by the app again."""
    event = _event(store, event_id)
    if event.executive_summary:
        event.executive_summary = ""
        store.save(event)
    return summary_state(store, event_id)


def _event(store: Store, event_id: str) -> Event:
    event = store.get(Event, event_id)
    if event is None or event.deleted:
        raise error("event-not-found", ref=event_id)
    return event


def _lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.strip().splitlines() if line.strip()]
