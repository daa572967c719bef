"""The store against a real SQLite file."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from roundtables.domain import (
    ActionPoint,
    Event,
    EventStatus,
    Note,
    RoundtablesError,
)
from roundtables.storage import Database, Store
from roundtables.storage.schema import SCHEMA_VERSION
from roundtables.templates import create_event, load_template


def test_new_database_is_durable_and_migrated(db_path: Path) -> None:
    with Store.open(db_path) as store:
        conn = store.conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.database.schema_version() == SCHEMA_VERSION
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        for table in ("events", "round_tables", "notes", "action_points", "article_feedback",
                      "participants", "attendance", "attachments", "import_log", "notes_fts"):
            assert table in names
        applied = conn.execute("SELECT name FROM _sqlite_migrations").fetchall()
        assert [r[0] for r in applied][:2] == ["m001_initial", "m002_exchange"]


def test_reopening_keeps_device_id_and_does_not_migrate_again(db_path: Path) -> None:
    with Store.open(db_path) as store:
        device = store.database.device_id
    with Store.open(db_path) as store:
        assert store.database.device_id == device
        applied = store._execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
        from roundtables.storage.schema import migrations

        # Every migration once (numbers may skip: branches reserve theirs).
        assert applied == len(migrations._migrations)


def test_every_repository_call_leaves_no_transaction_open(demo_event: Event, store: Store) -> None:
    table = store.tables(demo_event.id)[0]
    calls = [
        lambda: store.add_note(table.id, "A note", type="barrier", tags=["cost"]),
        lambda: store.save(ActionPoint(table_id=table.id, action="Write it down")),
        lambda: store.save_draft(table.id, "half typed"),
        lambda: store.draft(table.id),
        lambda: store.notes(table.id),
        lambda: store.harvest(demo_event),
        lambda: store.search("procurement"),
        lambda: store.find_event(demo_event.slug),
        lambda: store.events(),
    ]
    for call in calls:
        call()
        assert not store.conn.in_transaction
    with pytest.raises(RoundtablesError):
        store.add_note(table.id, "   ")
    assert not store.conn.in_transaction


def test_save_is_committed_before_the_call_returns(db_path: Path, demo_event: Event,
                                                    store: Store) -> None:
    table = store.tables(demo_event.id)[0]
    note = store.add_note(table.id, "Committed at once")
    other = sqlite3.connect(db_path)
    try:
        row = other.execute("SELECT text, revision FROM notes WHERE id=?", (note.id,)).fetchone()
    finally:
        other.close()
    assert row == ("Committed at once", 1)


def test_revision_device_and_tombstone(store: Store, demo_event: Event) -> None:
    table = store.tables(demo_event.id)[0]
    note = store.add_note(table.id, "first")
    assert note.revision == 1 and note.device_id == store.database.device_id
    first_time = note.updated_at
    note.text = "second"
    store.save(note)
    assert note.revision == 2 and note.updated_at >= first_time
    store.tombstone(note)
    assert note.id not in {n.id for n in store.notes(table.id)}
    kept = store.get(Note, note.id)
    assert kept is not None and kept.deleted and kept.revision == 3


def test_failed_save_changes_nothing(store: Store, demo_event: Event) -> None:
    table = store.tables(demo_event.id)[0]
    before = len(store.notes(table.id))
    good = Note(table_id=table.id, text="would be saved")
    bad = Note(table_id="no-such-table", text="orphan")
    with pytest.raises(RoundtablesError):
        store.save_all([good, bad])
    assert len(store.notes(table.id)) == before
    assert store.get(Note, good.id) is None


def test_find_event_by_id_prefix_and_slug(store: Store, demo_event: Event) -> None:
    assert store.find_event(demo_event.id).id == demo_event.id
    assert store.find_event(demo_event.id[:6]).id == demo_event.id
    assert store.find_event(demo_event.slug).id == demo_event.id
    with pytest.raises(RoundtablesError, match="No event"):
        store.find_event("nothing-like-this")
    with pytest.raises(RoundtablesError, match="no table 9"):
        store.find_table(demo_event, 9)


def test_finalised_event_is_read_only_until_reopened(store: Store, demo_event: Event) -> None:
    table = store.tables(demo_event.id)[0]
    demo_event.status = EventStatus.FINALISED.value
    store.save(demo_event)
    with pytest.raises(RoundtablesError, match="finalised"):
        store.add_note(table.id, "too late")
    demo_event.title = "Renamed"
    with pytest.raises(RoundtablesError, match="finalised"):
        store.save(demo_event)
    fresh = store.get(Event, demo_event.id)
    assert fresh is not None
    fresh.status = EventStatus.RUNNING.value
    store.save(fresh)
    store.add_note(table.id, "after reopening")


def test_fts_follows_edits_and_deletes(store: Store, demo_event: Event) -> None:
    table = store.tables(demo_event.id)[0]
    note = store.add_note(table.id, "Refurbished laptops from a réseau of social firms")
    assert [h.record_id for h in store.search("reseau")] == [note.id]
    note.text = "Nothing about it any more"
    store.save(note)
    assert store.search("reseau") == []
    note.text = "réseau again"
    store.save(note)
    store.tombstone(note)
    assert store.search("reseau") == []


@pytest.mark.parametrize("query", ['"', "-", "AND", "NEAR(", "a OR", "*", "tco-certified"])
def test_search_takes_any_text(store: Store, demo_event: Event, query: str) -> None:
    try:
        store.search(query)
    except RoundtablesError as exc:
        assert "at least one word" in str(exc)


def test_search_ranks_and_highlights(store: Store, demo_event: Event) -> None:
    table = store.tables(demo_event.id)[1]
    store.add_note(table.id, "Unique marker word zyxwv appears here")
    hits = store.search("zyxwv", event_id=demo_event.id)
    assert len(hits) == 1
    assert hits[0].table_number == 2
    assert hits[0].snippet_marked("<", ">").count("<zyxwv>") == 1


def test_draft_round_trip(store: Store, demo_event: Event) -> None:
    table = store.tables(demo_event.id)[0]
    assert store.draft(table.id) == ""
    store.save_draft(table.id, "half a thought")
    assert store.draft(table.id) == "half a thought"
    store.save_draft(table.id, "")
    assert store.draft(table.id) == ""


def test_not_a_database_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("These are my notes, not a database\n" * 50)
    with pytest.raises(RoundtablesError) as caught:
        Store.open(path)
    assert "not a Roundtables database" in str(caught.value)
    assert "\n" not in str(caught.value)
    assert path.read_text().startswith("These are my notes")


def test_damaged_database_is_refused(db_path: Path, demo_event: Event, store: Store) -> None:
    store.close()
    size = db_path.stat().st_size
    with open(db_path, "r+b") as handle:
        handle.seek(4096)
        handle.write(b"\xff" * (size - 8192))
    with pytest.raises(RoundtablesError, match=r"damaged|not a database"):
        Store.open(db_path)


def test_newer_schema_is_refused(db_path: Path) -> None:
    Store.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(RoundtablesError, match="newer Roundtables"):
        Store.open(db_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(RoundtablesError, match=r"read-only|Cannot"):
            Store.open(folder / "x.db")
    finally:
        folder.chmod(stat.S_IRWXU)


def test_second_writer_process_is_told(db_path: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    with Store.open(db_path):
        code = (
            "import sys\n"
            "from roundtables.storage import Store\n"
            "from roundtables.domain import RoundtablesError\n"
            "try:\n"
            f"    Store.open({str(db_path)!r})\n"
            "except RoundtablesError as e:\n"
            "    print(e); sys.exit(3)\n"
        )
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                timeout=60)
    assert result.returncode == 3, result.stderr
    assert "already open for writing in another Roundtables process" in result.stdout
    Store.open(db_path).close()  # free again once the first writer closed


def test_reader_works_while_a_writer_holds_the_lock(db_path: Path) -> None:
    with Store.open(db_path) as writer:
        create_event(writer, load_template("blank"), title="Open meanwhile")
        reader = Database(db_path, writer=False)
        try:
            assert reader.conn.execute("SELECT count(*) FROM events").fetchone()[0] == 1
        finally:
            reader.close()


def test_migration_failure_rolls_back(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from roundtables.storage import schema

    def broken(db: object) -> None:
        raise sqlite3.OperationalError("simulated failure half-way")

    monkeypatch.setattr(schema.migrations._migrations[0], "fn", broken)
    with pytest.raises(RoundtablesError, match="upgrade failed"):
        Store.open(db_path)
    conn = sqlite3.connect(db_path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "events" not in tables
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    finally:
        conn.close()
