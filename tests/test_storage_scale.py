"""Storage at scale keeps its promises: prefixes found and ranked, notes read fast, one query."""

from __future__ import annotations

import pytest

from roundtables.domain import Event
from roundtables.storage import Store, search


def test_a_partial_word_finds_notes_best_first(store: Store, demo_event: Event) -> None:
    table = store.tables(demo_event.id)[0]
    loose = store.add_note(table.id, "A long note that mentions quixotry once among many "
                                     "other words about procurement and budgets and rules")
    dense = store.add_note(table.id, "Quixotry quixotry quixotic")
    hits = store.search("quixo", event_id=demo_event.id)
    assert [h.record_id for h in hits] == [dense.id, loose.id]
    assert hits[0].rank <= hits[1].rank
    assert hits[0].snippet_marked("<", ">").count("<") == 3
    assert "<quixotry>" in hits[1].snippet_marked("<", ">").lower()


def test_accents_and_case_are_folded_in_matches_and_snippets(
    store: Store, demo_event: Event
) -> None:
    table = store.tables(demo_event.id)[0]
    store.add_note(table.id, "Le Réseau des acheteurs publics")
    hits = store.search("reseau", event_id=demo_event.id)
    assert [h.snippet_marked("<", ">") for h in hits] == ["Le <Réseau> des acheteurs publics"]


def test_many_matches_rank_the_newest_ones(
    store: Store, demo_event: Event, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search, "RANKED_MATCHES", 3)
    table = store.tables(demo_event.id)[0]
    old_best = store.add_note(table.id, "zorblat zorblat zorblat")
    newer = [store.add_note(table.id, f"zorblat in note {i} with some more words")
             for i in range(4)]
    hits = store.search("zorblat", event_id=demo_event.id)
    assert len(hits) == 3
    assert {h.record_id for h in hits} == {n.id for n in newer[1:]}
    assert old_best.id not in {h.record_id for h in hits}
    monkeypatch.setattr(search, "RANKED_MATCHES", 5000)
    assert store.search("zorblat", event_id=demo_event.id)[0].record_id == old_best.id


def test_limit_and_kinds_merge_by_rank(store: Store, demo_event: Event) -> None:
    table = store.tables(demo_event.id)[0]
    for i in range(5):
        store.add_note(table.id, f"plinthor number {i}")
    hits = store.search("plinthor", limit=2)
    assert len(hits) == 2
    ranks = [h.rank for h in store.search("plinthor")]
    assert ranks == sorted(ranks)


def test_filters_still_filter(store: Store, demo_event: Event) -> None:
    first, second = store.tables(demo_event.id)[:2]
    store.add_note(first.id, "grumvex at the first table")
    store.add_note(second.id, "grumvex at the second table")
    assert {h.table_number for h in store.search("grumvex", table_number=second.number)} == {
        second.number}
    note = store.add_note(first.id, "grumvex deleted later")
    note.deleted = True
    store.save(note)
    assert note.id not in {h.record_id for h in store.search("grumvex")}


def test_a_tables_notes_read_fast_are_the_notes_stored(store: Store, demo_event: Event) -> None:
    from roundtables.domain import Note

    for table in store.tables(demo_event.id):
        store.add_note(table.id, "tagged #one #two, starred", key_message=True)
        slow = store.select(Note, "table_id=?", (table.id,), order_by="created_at, rowid")
        assert store.notes(table.id) == slow and slow
    assert any(n.tags for t in store.tables(demo_event.id) for n in store.notes(t.id))


def test_tables_by_event_in_one_query_match_tables_per_event(
    store: Store, demo_event: Event
) -> None:
    from roundtables.demo import create_demo

    second = create_demo(store)
    doomed = store.tables(second.id)[0]
    doomed.deleted = True
    store.save(doomed)
    grouped = store.tables_by_event()
    for event in (demo_event, second):
        assert grouped[event.id] == store.tables(event.id)
    assert doomed.id not in {t.id for ts in grouped.values() for t in ts}
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    store.tables_by_event()
    store.conn.set_trace_callback(None)
    assert len(statements) == 1
