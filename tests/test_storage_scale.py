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
        slow = store._select(Note, "table_id=?", (table.id,), order_by="created_at, rowid")
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
        assert [(t.id, t.number, t.theme, t.room) for t in grouped[event.id]] == [
            (t.id, t.number, t.theme, t.room) for t in store.tables(event.id)]
    assert doomed.id not in {t.id for ts in grouped.values() for t in ts}
    assert [(e.id, e.title, e.date, e.status) for e in store.event_lines()] == [
        (e.id, e.title, e.date, e.status) for e in store.events()]
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    store.tables_by_event()
    store.conn.set_trace_callback(None)
    assert len(statements) == 1


def test_removed_notes_never_take_a_place_among_the_hits(store: Store, demo_event: Event) -> None:
    table = store.tables(demo_event.id)[0]
    kept = [store.add_note(table.id, f"vorpalid kept {i}") for i in range(3)]
    for i in range(8):  # newer and better ranked, then removed
        note = store.add_note(table.id, f"vorpalid vorpalid {i}")
        note.deleted = True
        store.save(note)
    hits = store.search("vorpalid", limit=3)
    assert {h.record_id for h in hits} == {n.id for n in kept}


def test_the_indexes_keep_partial_words_and_follow_every_change(
    store: Store, demo_event: Event
) -> None:
    for table in ("notes", "action_points", "article_feedback"):
        sql = store._execute("SELECT sql FROM sqlite_master WHERE name = ?",
                            (f"{table}_fts",)).fetchone()[0]
        assert "prefix='2 3 4'" in sql
    table = store.tables(demo_event.id)[0]
    note = store.add_note(table.id, "Quangle wangle hats")
    assert [h.record_id for h in store.search("qu wan", event_id=demo_event.id)] == [note.id]
    note.text = "Only pelicans now"
    store.save(note)
    assert store.search("quan", event_id=demo_event.id) == []
    assert [h.record_id for h in store.search("pe", event_id=demo_event.id)
            if h.record_id == note.id] == [note.id]


def test_an_older_database_gets_prefix_indexes_holding_its_notes(tmp_path) -> None:
    import sqlite3

    from roundtables.demo import create_demo

    path = tmp_path / "older.db"
    with Store.open(path) as store:
        event = create_demo(store)
        note = store.add_note(store.tables(event.id)[0].id, "Snarkhunting remains")
    conn = sqlite3.connect(path)
    with conn:  # as schema 4 left it: plain indexes, m005 not applied
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm005_search_prefixes'")
        conn.execute("DROP TABLE notes_fts")
        conn.execute("CREATE VIRTUAL TABLE notes_fts USING FTS5 (text, tags, speaker, "
                     "tokenize='unicode61 remove_diacritics 2', content=\"notes\")")
        conn.execute("INSERT INTO notes_fts (notes_fts) VALUES ('rebuild')")
        conn.execute("PRAGMA user_version=4")
    conn.close()
    with Store.open(path) as store:
        sql = store._execute("SELECT sql FROM sqlite_master WHERE name = 'notes_fts'").fetchone()
        assert "prefix='2 3 4'" in sql[0]
        assert [h.record_id for h in store.search("sn", event_id=event.id)] == [note.id]
        assert store.search("procurement", event_id=event.id)


def test_notes_read_lazily_are_whole_when_used_and_follow_edits(
    store: Store, demo_event: Event, monkeypatch: pytest.MonkeyPatch
) -> None:
    from roundtables.storage import lazy_notes

    monkeypatch.setattr(lazy_notes, "CHUNK", 4)
    table = store.tables(demo_event.id)[0]
    for i in range(12):
        store.add_note(table.id, f"lazy note {i}", tags=[f"t{i}"], key_message=i == 5)
    whole = store.notes(table.id)
    lazy = store.notes_lazily(table.id)
    assert len(lazy) == len(whole)
    assert lazy.column("id") == [n.id for n in whole]
    assert [lazy.field(i, "text") for i in range(len(lazy))] == [n.text for n in whole]
    assert [lazy.tags(i) for i in range(len(lazy))] == [tuple(n.tags) for n in whole]
    assert list(lazy) == whole
    again = store.notes_lazily(table.id)
    again.read_all()
    assert list(again) == whole
