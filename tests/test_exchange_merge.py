"""The merge: results into empty databases, in any order, twice, newer copies, conflicts."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from exchange_helpers import RECORD_TABLES, fingerprint, records_fingerprint

from roundtables.demo import create_demo
from roundtables.domain import (
    RECORD_TYPES,
    ActionPoint,
    Attachment,
    Attendance,
    Event,
    EventStatus,
    Note,
    RoundTable,
    RoundtablesError,
)
from roundtables.dump import dump_event
from roundtables.exchange import (
    import_file,
    import_files,
    open_conflicts,
    resolve_conflict,
    write_results,
    write_table_kit,
)
from roundtables.storage import Store


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """One demo database and its three results files (one with a photo)."""
    folder = tmp_path_factory.mktemp("done-when")
    with Store.open(folder / "source.db") as store:
        event = create_demo(store)
        tables = store.tables(event.id)
        store.save(Attachment(table_id=tables[2].id, filename="wall.jpg", media_type="image/jpeg",
                              content=b"\xff\xd8" + bytes(range(256)) * 8))
        gone = store.notes(tables[0].id)[3]
        store.tombstone(gone)
        files = [write_results(store, event, t, folder / f"results-table-{t.number}.zip")
                 for t in tables]
        kits = [write_table_kit(store, event, t, folder) for t in tables]
        return {
            "files": files,
            "kits": kits,
            "records": records_fingerprint(store),
            "dump": dump_event(store.harvest(event), with_attachment_bytes=True),
            "event_id": event.id,
        }


def test_three_results_files_in_any_order_and_again_give_the_source(
    tmp_path: Path, source: dict[str, object]
) -> None:
    files: list[Path] = source["files"]  # type: ignore[assignment]
    for n, order in enumerate(itertools.permutations(files)):
        with Store.open(tmp_path / f"rapporteur-{n}.db") as store:
            # The organiser's kits set up the event; then the results, in any order.
            kits = import_files(store, source["kits"])  # type: ignore[arg-type]
            assert [s.outcome for s in kits] == ["imported"] * 3
            first = import_files(store, order)
            assert [s.outcome for s in first] == ["updated"] * 3
            assert all(s.counts.conflicts == 0 and s.counts.updated == 0 for s in first)
            assert all(s.counts.imported > 0 and s.counts.ignored == 0 for s in first)
            assert records_fingerprint(store) == source["records"]
            settled = fingerprint(store, tables=[*RECORD_TABLES, "sync_state", "conflicts"])
            again = import_files(store, [*order, *reversed(order)])
            assert [s.outcome for s in again] == ["unchanged"] * 6
            assert all(s.counts.imported == s.counts.updated == 0 for s in again)
            assert fingerprint(store, tables=[*RECORD_TABLES, "sync_state", "conflicts"]) == settled
            assert records_fingerprint(store) == source["records"]
            event = store.find_event(str(source["event_id"]))
            assert dump_event(store.harvest(event), with_attachment_bytes=True) == source["dump"]
            logged = store._execute("SELECT count(*) FROM import_log").fetchone()[0]
            assert logged == 12


def test_each_record_remembers_file_table_and_device(tmp_path: Path,
                                                     source: dict[str, object]) -> None:
    files: list[Path] = source["files"]  # type: ignore[assignment]
    kits: list[Path] = source["kits"]  # type: ignore[assignment]
    with Store.open(tmp_path / "r.db") as store:
        assert import_file(store, kits[1]).outcome == "imported"
        summary = import_file(store, files[1])
        note = store.notes(store.find_table(store.find_event(summary.event_id), 2).id)[0]
        row = store._execute(
            "SELECT origin_file, origin_table, origin_device, base_revision FROM sync_state "
            "WHERE record_table='notes' AND record_id=?", (note.id,)
        ).fetchone()
        assert tuple(row) == (files[1].name, 2, note.device_id, note.revision)
        log = store._execute("SELECT file_name, kind, table_number, outcome FROM import_log")
        assert [tuple(r) for r in log] == [
            (kits[1].name, "table-kit", 2, "imported"), (files[1].name, "results", 2, "updated")
        ]


# ---------------------------------------------------------------- a day at the venue


class Venue:
    """An organiser, a facilitator and a rapporteur laptop, each its own database."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.organiser = Store.open(folder / "organiser.db")
        self.facilitator = Store.open(folder / "facilitator.db")
        self.rapporteur = Store.open(folder / "rapporteur.db")
        self.event = create_demo(self.organiser)
        table = self.organiser.tables(self.event.id)[0]
        self.kit = write_table_kit(self.organiser, self.event, table, folder)
        self.handed_in = 0

    def set_up_rapporteur(self) -> None:
        """The rapporteur's laptop gets the event from the organiser's kit first."""
        assert import_file(self.rapporteur, self.kit).outcome == "imported"

    def close(self) -> None:
        for store in (self.organiser, self.facilitator, self.rapporteur):
            store.close()

    def table(self, store: Store) -> RoundTable:
        return store.find_table(store.find_event(self.event.id), 1)

    def hand_in(self) -> Path:
        """The facilitator writes the table's results to the stick."""
        self.handed_in += 1
        store = self.facilitator
        path = self.folder / f"results-v{self.handed_in}.zip"
        return write_results(store, store.find_event(self.event.id), self.table(store), path)


@pytest.fixture
def venue(tmp_path: Path) -> Iterator[Venue]:
    day = Venue(tmp_path)
    yield day
    day.close()


def test_a_kit_sets_up_the_facilitator_laptop(venue: Venue) -> None:
    summary = import_file(venue.facilitator, venue.kit)
    assert (summary.kind, summary.outcome, summary.table_number) == ("table-kit", "imported", 1)
    table = venue.table(venue.facilitator)
    organiser_table = venue.table(venue.organiser)
    assert venue.facilitator.questions(table.id) == venue.organiser.questions(organiser_table.id)
    assert venue.facilitator.segments(table.id) == venue.organiser.segments(organiser_table.id)
    assert venue.facilitator.participants(venue.event.id) == venue.organiser.participants(
        venue.event.id)
    assert venue.facilitator.articles(venue.event.id) == venue.organiser.articles(venue.event.id)
    assert venue.facilitator.notes(table.id) == []  # a kit carries no captured notes
    assert [t.number for t in venue.facilitator.tables(venue.event.id)] == [1]


def test_results_go_back_to_the_organiser_without_touching_what_it_changed_since(
    venue: Venue,
) -> None:
    import_file(venue.facilitator, venue.kit)
    event = venue.organiser.find_event(venue.event.id)
    event.venue = "Moved to the Egmont Palace"  # the organiser edits after writing kits
    venue.organiser.save(event)
    venue.facilitator.add_note(venue.table(venue.facilitator).id, "Ask the IT department")
    results = venue.hand_in()
    summary = import_file(venue.organiser, results)
    assert summary.outcome == "updated"
    assert (summary.counts.imported, summary.counts.conflicts) == (1, 0)
    assert venue.organiser.find_event(venue.event.id).venue == "Moved to the Egmont Palace"


def test_a_newer_results_file_updates_what_changed(venue: Venue) -> None:
    fac = venue.facilitator
    import_file(fac, venue.kit)
    table = venue.table(fac)
    kept = fac.add_note(table.id, "Cost is the first barrier", type="barrier")
    edited = fac.add_note(table.id, "Legal uncertanity", type="barrier")
    dropped = fac.add_note(table.id, "Said by mistake")
    first = venue.hand_in()
    venue.set_up_rapporteur()
    assert import_file(venue.rapporteur, first).counts.imported >= 3

    edited.text = "Legal uncertainty about labels"
    fac.save(edited)
    fac.tombstone(dropped)
    fac.save(ActionPoint(table_id=table.id, action="Share tender clauses", owner="VVSG"))
    second = venue.hand_in()
    before = records_fingerprint(venue.rapporteur)
    summary = import_file(venue.rapporteur, second)
    assert summary.outcome == "updated"
    assert (summary.counts.imported, summary.counts.updated, summary.counts.conflicts) == (1, 2, 0)
    assert records_fingerprint(venue.rapporteur) != before
    rap_table = venue.table(venue.rapporteur)
    texts = [n.text for n in venue.rapporteur.notes(rap_table.id)]
    assert texts == ["Cost is the first barrier", "Legal uncertainty about labels"]
    assert venue.rapporteur.get(Note, dropped.id).deleted  # the tombstone travelled
    assert venue.rapporteur.get(Note, edited.id) == fac.get(Note, edited.id)
    assert venue.rapporteur.get(Note, kept.id) == fac.get(Note, kept.id)

    # The older copy, found later on the stick, changes nothing.
    settled = records_fingerprint(venue.rapporteur)
    late = import_file(venue.rapporteur, first)
    assert late.outcome == "unchanged" and late.counts.conflicts == 0
    assert records_fingerprint(venue.rapporteur) == settled


@pytest.fixture
def conflicted(venue: Venue) -> tuple[Venue, Note, Path]:
    """A note the rapporteur corrected while the facilitator rewrote it too."""
    fac = venue.facilitator
    import_file(fac, venue.kit)
    note = fac.add_note(venue.table(fac).id, "Procurment needs IT on board", type="enabler")
    venue.set_up_rapporteur()
    import_file(venue.rapporteur, venue.hand_in())
    mine = venue.rapporteur.get(Note, note.id)
    assert mine is not None
    mine.text = "Procurement needs IT on board"
    venue.rapporteur.save(mine)
    theirs = fac.get(Note, note.id)
    assert theirs is not None
    theirs.text = "Procurement and IT must decide together"
    theirs.key_message = True
    fac.save(theirs)
    return venue, note, venue.hand_in()


def test_a_change_on_both_sides_is_a_conflict_that_keeps_both(
    conflicted: tuple[Venue, Note, Path],
) -> None:
    venue, note, newer = conflicted
    rap = venue.rapporteur
    summary = import_file(rap, newer)
    assert summary.outcome == "updated"
    assert (summary.counts.conflicts, summary.counts.updated) == (1, 0)
    assert rap.get(Note, note.id).text == "Procurement needs IT on board"  # ours stays
    [conflict] = open_conflicts(rap, venue.event.id)
    assert (conflict.kind, conflict.kind_name, conflict.record_id) == ("notes", "note", note.id)
    assert conflict.local_text == "Procurement needs IT on board"
    assert conflict.incoming_text == "Procurement and IT must decide together"
    assert set(conflict.changed_fields) == {"text", "key_message"}
    assert conflict.origin_file == newer.name and conflict.table_number == 1
    assert open_conflicts(rap, "0" * 32) == []

    # The same file again: nothing new, the conflict is not listed twice.
    settled = fingerprint(rap, tables=[*RECORD_TABLES, "sync_state", "conflicts"])
    again = import_file(rap, newer)
    assert again.outcome == "unchanged" and again.counts.conflicts == 0
    assert fingerprint(rap, tables=[*RECORD_TABLES, "sync_state", "conflicts"]) == settled
    assert len(open_conflicts(rap)) == 1


@pytest.mark.parametrize(
    ("choice", "text", "key_message"),
    [
        ("local", "Procurement needs IT on board", False),
        ("incoming", "Procurement and IT must decide together", True),
        ("combined", "Procurement and IT must decide together, from the start", False),
    ],
)
def test_resolving_a_conflict(conflicted: tuple[Venue, Note, Path], choice: str, text: str,
                              key_message: bool) -> None:
    venue, note, newer = conflicted
    rap = venue.rapporteur
    import_file(rap, newer)
    [conflict] = open_conflicts(rap)
    seen: list[object] = []
    rap.listeners.append(seen.append)
    combined = text if choice == "combined" else None
    saved = resolve_conflict(rap, conflict.id, choice, combined_text=combined)
    stored = rap.get(Note, note.id)
    assert stored == saved and seen == [saved]
    assert (stored.text, stored.key_message) == (text, key_message)
    assert stored.revision > max(conflict.local["revision"], conflict.incoming["revision"])
    assert open_conflicts(rap) == []
    assert not rap.in_transaction()
    # Neither older version comes back through the files still on the stick.
    for path in (newer, venue.folder / "results-v1.zip"):
        assert import_file(rap, path).outcome == "unchanged"
    assert rap.get(Note, note.id) == stored
    # And the facilitator, given the rapporteur's decision, takes it as an update.
    event = rap.find_event(venue.event.id)
    back = write_results(rap, event, venue.table(rap), venue.folder / "decided.zip")
    summary = import_file(venue.facilitator, back)
    assert summary.counts.conflicts == 0 and summary.counts.updated == 1
    assert venue.facilitator.get(Note, note.id) == stored


def test_bad_resolutions_change_nothing(conflicted: tuple[Venue, Note, Path]) -> None:
    venue, _, newer = conflicted
    rap = venue.rapporteur
    import_file(rap, newer)
    [conflict] = open_conflicts(rap)
    before = fingerprint(rap)
    for args, message in [
        ((conflict.id, "theirs"), r"Choose one of local, incoming, combined"),
        (("f" * 32, "local"), r"No conflict"),
        ((conflict.id, "combined"), r"combined text is empty"),
        ((conflict.id, "combined", "   "), r"combined text is empty"),
    ]:
        with pytest.raises(RoundtablesError, match=message):
            resolve_conflict(rap, *args)
        assert fingerprint(rap) == before
    resolve_conflict(rap, conflict.id, "local")
    with pytest.raises(RoundtablesError, match="already resolved"):
        resolve_conflict(rap, conflict.id, "incoming")


def test_no_resolution_in_a_finalised_event(conflicted: tuple[Venue, Note, Path]) -> None:
    venue, _, newer = conflicted
    rap = venue.rapporteur
    import_file(rap, newer)
    [conflict] = open_conflicts(rap)
    event = rap.find_event(venue.event.id)
    event.status = EventStatus.FINALISED.value
    rap.save(event)
    before = fingerprint(rap)
    with pytest.raises(RoundtablesError, match="finalised and read-only"):
        resolve_conflict(rap, conflict.id, "incoming")
    assert fingerprint(rap) == before and len(open_conflicts(rap)) == 1


def test_attendance_conflicts_can_be_picked_but_not_combined(venue: Venue) -> None:
    fac, rap = venue.facilitator, venue.rapporteur
    import_file(fac, venue.kit)
    venue.set_up_rapporteur()
    import_file(rap, venue.hand_in())
    table_id = venue.table(fac).id
    theirs = fac.attendance(table_id)[0]
    mine = rap.get(Attendance, theirs.id)
    assert mine is not None
    mine.checked_in = not mine.checked_in
    rap.save(mine)
    theirs.checked_in = not theirs.checked_in
    fac.save(fac.tombstone(theirs))
    assert import_file(rap, venue.hand_in()).counts.conflicts == 1
    [conflict] = open_conflicts(rap)
    with pytest.raises(RoundtablesError, match="no text to combine"):
        resolve_conflict(rap, conflict.id, "combined", "x")
    resolve_conflict(rap, conflict.id, "incoming")
    assert rap.get(Attendance, theirs.id).deleted


def test_import_into_a_finalised_event_is_refused(venue: Venue) -> None:
    import_file(venue.facilitator, venue.kit)
    venue.facilitator.add_note(venue.table(venue.facilitator).id, "Late thought")
    event = venue.organiser.find_event(venue.event.id)
    event.status = EventStatus.FINALISED.value
    venue.organiser.save(event)
    before = fingerprint(venue.organiser)
    summary = import_file(venue.organiser, venue.hand_in())
    assert summary.outcome == "rejected"
    assert summary.reason.startswith("event ") and "finalised and read-only" in summary.reason
    assert fingerprint(venue.organiser) == before


def test_a_different_event_with_the_same_short_name_is_refused(venue: Venue) -> None:
    create_demo(venue.rapporteur)  # the rapporteur tried the demo on this laptop
    before = fingerprint(venue.rapporteur)
    summary = import_file(venue.rapporteur, venue.kit)
    assert summary.outcome == "rejected" and "already uses the short name" in summary.reason
    assert summary.reason == (f"another event here already uses the short name "
                              f"'{venue.event.slug}'; this file belongs to a different event")
    assert fingerprint(venue.rapporteur) == before


def test_a_different_table_with_the_same_number_is_refused(venue: Venue) -> None:
    import_file(venue.rapporteur, venue.kit)
    # The rapporteur added a table 2 of their own before the organiser's kit arrived.
    stranger = RoundTable(event_id=venue.event.id, number=2, theme="Elsewhere")
    venue.rapporteur.save(stranger)
    kit2 = write_table_kit(venue.organiser, venue.event,
                           venue.organiser.find_table(venue.event, 2), venue.folder)
    before = fingerprint(venue.rapporteur)
    summary = import_file(venue.rapporteur, kit2)
    assert summary.outcome == "rejected" and "different table 2" in summary.reason
    assert summary.reason == "this event already has a different table 2 here"
    assert fingerprint(venue.rapporteur) == before


def test_same_revision_changed_on_two_laptops_without_history_is_a_conflict(
    tmp_path: Path,
) -> None:
    with Store.open(tmp_path / "a.db") as a, Store.open(tmp_path / "b.db") as b:
        event = create_demo(a)
        table = a.tables(event.id)[0]
        first = write_results(a, event, table, tmp_path / "one.zip")
        import_file(b, write_table_kit(a, event, table, tmp_path))
        import_file(b, first)
        # b loses its history of that exchange (e.g. restored from an older backup)
        b.database.conn.execute("DELETE FROM sync_state")
        b.database.conn.commit()
        note_a = a.notes(table.id)[0]
        note_a.text = "Version A"
        a.save(note_a)
        note_b = b.get(Note, note_a.id)
        assert note_b is not None
        note_b.text = "Version B"
        b.save(note_b)
        summary = import_file(b, write_results(a, event, table, tmp_path / "two.zip"))
        assert summary.counts.conflicts == 1
        assert b.get(Note, note_a.id).text == "Version B"


def test_the_same_correction_on_both_sides_is_no_conflict(venue: Venue) -> None:
    fac, rap = venue.facilitator, venue.rapporteur
    import_file(fac, venue.kit)
    note = fac.add_note(venue.table(fac).id, "Procurment")
    venue.set_up_rapporteur()
    import_file(rap, venue.hand_in())
    for store, times in ((rap, 1), (fac, 2)):  # the facilitator saved it twice
        for _ in range(times):
            mine = store.get(Note, note.id)
            assert mine is not None
            mine.text = "Procurement"
            store.save(mine)
    summary = import_file(rap, venue.hand_in())
    assert (summary.counts.conflicts, summary.counts.updated) == (0, 1)
    assert rap.get(Note, note.id) == fac.get(Note, note.id)
    assert open_conflicts(rap) == []
    assert import_file(rap, venue.folder / "results-v2.zip").outcome == "unchanged"


def test_an_items_hash_is_its_records_hash(store: Store, demo_event: Event, tmp_path: Path) -> None:
    # The import hashes new records from their payload items directly; that is only
    # right while an item is exactly the JSON of the record it describes.
    from roundtables.exchange.format import item_hash, record_from_json, record_hash
    from roundtables.exchange.reader import read_package

    table = store.tables(demo_event.id)[0]
    path = write_results(store, demo_event, table, tmp_path / "r.zip")
    package = read_package(path)
    checked = 0
    for cls in RECORD_TYPES:
        for item in package.records(cls.TABLE):
            content = None
            if cls.TABLE == "attachments":
                content = package.attachments[f"attachments/{item['id']}"]
            assert item_hash(item) == record_hash(record_from_json(cls, item, content))
            checked += 1
    assert checked > 40


def test_brackets_inside_text_are_not_nesting(store: Store, demo_event: Event,
                                              tmp_path: Path) -> None:
    # The depth check counts brackets cheaply first; text full of them must still pass.
    table = store.tables(demo_event.id)[0]
    note = store.add_note(table.id, "[" * 500 + " quoted {{{ from a flip-chart " + "}" * 300)
    path = write_results(store, demo_event, table, tmp_path / "brackets.zip")
    with Store.open(tmp_path / "fresh.db") as fresh:
        import_file(fresh, write_table_kit(store, demo_event, table, tmp_path))
        summary = import_file(fresh, path)
        assert summary.outcome == "updated", summary.reason
        stored = fresh.get(Note, note.id)
        assert stored is not None and stored.text == note.text
