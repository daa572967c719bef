"""The named questions the windows and the command line ask the store.

Each replaces a piece of SQL that once sat in a widget or a command handler
(issue 16.4); each is checked here on a real database file, removed records
included, because what a removed table or feedback counts for is the point.
"""

from __future__ import annotations

import pytest

from roundtables.domain import (
    ArticleFeedback,
    Attendance,
    DeclarationArticle,
    Event,
    Participant,
    RoundTable,
    Stance,
)
from roundtables.storage import Store


@pytest.fixture
def forum(store: Store) -> tuple[Event, RoundTable, RoundTable]:
    event = store.save(Event(title="Forum", slug="forum", date="2026-03-12"))
    one = store.save(RoundTable(event_id=event.id, number=1, theme="One"))
    two = store.save(RoundTable(event_id=event.id, number=2, theme="Two"))
    return event, one, two


def test_event_id_of_table(store: Store, forum: tuple[Event, RoundTable, RoundTable]) -> None:
    event, one, _ = forum
    assert store.event_id_of_table(one.id) == event.id
    store.tombstone(one)  # a removed table still belongs to its event
    assert store.event_id_of_table(one.id) == event.id
    assert store.event_id_of_table("no-such-table") is None


def test_table_ids_live_or_ever(store: Store, forum: tuple[Event, RoundTable, RoundTable]) -> None:
    event, one, two = forum
    other = store.save(Event(title="Other", slug="other", date="2026-04-01"))
    store.save(RoundTable(event_id=other.id, number=1))
    store.tombstone(two)
    assert store.table_ids(event.id) == {one.id}
    assert store.table_ids(event.id, include_removed=True) == {one.id, two.id}


def test_table_numbers_taken_counts_removed_tables(
    store: Store, forum: tuple[Event, RoundTable, RoundTable]
) -> None:
    event, _, two = forum
    other = store.save(Event(title="Other", slug="other", date="2026-04-01"))
    store.save(RoundTable(event_id=other.id, number=7))
    store.tombstone(two)  # the database keeps its number unique: still taken
    assert store.table_numbers_taken(event.id) == {1, 2}
    assert store.table_numbers_taken(other.id) == {7}


def test_note_counts_by_event(store: Store, forum: tuple[Event, RoundTable, RoundTable]) -> None:
    event, one, two = forum
    empty = store.save(Event(title="Empty", slug="empty", date="2026-05-01"))
    store.save(RoundTable(event_id=empty.id, number=1))
    store.add_note(one.id, "kept")
    store.add_note(one.id, "kept too")
    store.tombstone(store.add_note(one.id, "removed note"))
    store.add_note(two.id, "on a removed table")
    store.tombstone(two)
    counts = store.note_counts_by_event()
    assert counts[event.id] == 2
    assert counts[empty.id] == 0  # a live table without notes: the event is listed, at 0


def test_seats_of_a_participant(store: Store, forum: tuple[Event, RoundTable, RoundTable]) -> None:
    event, one, two = forum
    ann = store.save(Participant(event_id=event.id, name="Ann"))
    bo = store.save(Participant(event_id=event.id, name="Bo"))
    first = store.save(Attendance(table_id=one.id, participant_id=ann.id))
    store.save(Attendance(table_id=one.id, participant_id=bo.id))
    gone = store.save(Attendance(table_id=two.id, participant_id=ann.id))
    store.tombstone(gone)
    assert [seat.id for seat in store.seats_of(ann.id)] == [first.id]


def test_feedback_for_finds_a_removed_one_when_asked(
    store: Store, forum: tuple[Event, RoundTable, RoundTable]
) -> None:
    event, one, two = forum
    article = store.save(DeclarationArticle(event_id=event.id, number=1, text="We act."))
    given = store.save(ArticleFeedback(table_id=one.id, article_id=article.id,
                                       stance=Stance.AMEND.value))
    store.save(ArticleFeedback(table_id=two.id, article_id=article.id))
    store.tombstone(given)
    assert store.feedback_for(one.id, article.id) is None
    revived = store.feedback_for(one.id, article.id, removed_too=True)
    assert revived is not None and revived.id == given.id and revived.deleted
