"""What an import tells the rapporteur, and what it remembers (found by mutation testing).

Each file's summary line counts what is new, updated, unchanged and in conflict,
names the file, and says so when a file met again was skipped; a record's sync
state says which file it last came from; a copy older than what was last
exchanged is no conflict; a photo in conflict keeps its bytes; a database that
fails half-way through a file refuses that file and writes nothing of it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from exchange_helpers import RECORD_TABLES, fingerprint, read_members
from test_exchange_merge import Venue, venue  # noqa: F401 - the venue fixture

from roundtables.domain import Attachment, GuidingQuestion, Note
from roundtables.exchange import (
    RESULTS,
    ImportCounts,
    import_file,
    import_files,
    open_conflicts,
    resolve_conflict,
    write_results,
    write_table_kit,
)
from roundtables.storage import Store
from roundtables.storage.exchange_state import last_exchanged


def records_in(path: Path) -> int:
    """How many records a results file carries, of every kind."""
    payload = json.loads(read_members(path)["payload.json"])
    return sum(len(items) for items in payload["records"].values())


def _first_results(venue: Venue, *texts: str) -> tuple[Path, list[Note]]:  # noqa: F811
    """The facilitator's laptop set up from the kit, notes typed, results handed in;
    the rapporteur's laptop set up from the same kit."""
    fac = venue.facilitator
    assert import_file(fac, venue.kit).outcome == "imported"
    notes = [fac.add_note(venue.table(fac).id, text) for text in texts]
    venue.set_up_rapporteur()
    return venue.hand_in(), notes


def test_the_line_counts_new_updated_unchanged_and_conflicts_and_names_the_file(
    venue: Venue,  # noqa: F811
) -> None:
    fac, rap = venue.facilitator, venue.rapporteur
    first, (both, theirs) = _first_results(venue, "Cost is a barier", "Labels help")
    total = records_in(first)
    summary = import_file(rap, first)
    assert summary.line() == (
        f"results-v1.zip: imported 2, updated 0, unchanged {total - 2}, conflicts 0")
    assert (summary.kind, summary.outcome, summary.table_number) == (RESULTS, "updated", 1)
    assert summary.event_id == venue.event.id and summary.file == first
    assert summary.error is None and summary.reason == "" and not summary.rejected

    # Then: one note changed on both sides, one on the stick only, one new.
    mine = rap.get(Note, both.id)
    assert mine is not None
    mine.text = "Cost is a barrier"
    rap.save(mine)
    for note, text in ((both, "Cost is the first barrier"), (theirs, "Eco-labels help")):
        note.text = text
        fac.save(note)
    fac.add_note(venue.table(fac).id, "Ask the IT department")
    second = venue.hand_in()
    total = records_in(second)
    summary = import_file(rap, second)
    assert summary.line() == (
        f"results-v2.zip: imported 1, updated 1, unchanged {total - 3}, conflicts 1")
    assert summary.counts == ImportCounts(imported=1, updated=1, unchanged=total - 3,
                                          conflicts=1)


def test_the_windows_hear_of_what_an_import_changed_and_of_nothing_else(
    venue: Venue,  # noqa: F811
) -> None:
    fac, rap = venue.facilitator, venue.rapporteur
    first, (both, theirs) = _first_results(venue, "Cost is a barier", "Labels help")
    heard: list[str] = []
    rap.listeners.append(lambda record: heard.append(record.id))
    import_file(rap, first)
    assert sorted(heard) == sorted([both.id, theirs.id])
    heard.clear()
    mine = rap.get(Note, both.id)
    assert mine is not None
    mine.text = "Cost is a barrier"
    rap.save(mine)
    heard.clear()
    for note, text in ((both, "Cost is the first barrier"), (theirs, "Eco-labels help")):
        note.text = text
        fac.save(note)
    new = fac.add_note(venue.table(fac).id, "Ask the IT department")
    second = venue.hand_in()
    assert import_file(rap, second).counts.conflicts == 1
    assert sorted(heard) == sorted([theirs.id, new.id])  # not the note in conflict
    heard.clear()
    import_file(rap, second)
    assert heard == []


def test_a_file_met_again_is_skipped_and_said_unchanged(venue: Venue) -> None:  # noqa: F811
    rap = venue.rapporteur
    first, _ = _first_results(venue, "Cost is a barrier")
    total = records_in(first)
    assert import_file(rap, first).counts.imported == 1
    kept = [*RECORD_TABLES, "sync_state", "conflicts"]
    settled = fingerprint(rap, tables=kept)
    again = import_file(rap, first)  # recognised by its bytes, not unpacked
    assert again.line() == f"results-v1.zip: imported 0, updated 0, unchanged {total}, conflicts 0"
    assert again.counts == ImportCounts(unchanged=total)
    assert (again.kind, again.outcome, again.table_number) == (RESULTS, "unchanged", 1)
    assert again.event_id == venue.event.id and again.file == first
    assert not again.rejected and again.error is None
    logged = rap.conn.execute(
        "SELECT file_name, kind, outcome, summary FROM import_log ORDER BY rowid DESC LIMIT 1"
    ).fetchone()
    assert tuple(logged[:3]) == ("results-v1.zip", RESULTS, "unchanged")
    assert json.loads(logged[3])["unchanged"] == total
    assert fingerprint(rap, tables=kept) == settled


def test_a_batch_imports_each_file_on_its_own_with_the_kind_asked_for(
    venue: Venue,  # noqa: F811
) -> None:
    rap = venue.rapporteur
    first, _ = _first_results(venue, "Cost is a barrier")
    kit_copy = venue.folder / "kit-copy.zip"
    kit_copy.write_bytes(venue.kit.read_bytes())
    summaries = import_files(rap, [kit_copy, first], expect=RESULTS)
    assert [s.file for s in summaries] == [kit_copy, first]
    assert summaries[0].rejected and summaries[0].error is not None
    assert summaries[0].error.code == "exchange-kit-not-results"
    assert summaries[0].line().startswith("kit-copy.zip: rejected: this is a table kit, not ")
    assert summaries[1].counts.imported == 1 and not summaries[1].rejected


def test_organiser_records_are_left_alone_and_counted_apart(venue: Venue) -> None:  # noqa: F811
    """A results file brings the organiser's records for reference: those equal to ours
    count as unchanged, those the organiser changed since count as left to the organiser."""
    org, fac = venue.organiser, venue.facilitator
    assert import_file(fac, venue.kit).outcome == "imported"
    fac.add_note(venue.table(fac).id, "Ask the IT department")
    changed = org.questions(venue.table(org).id)[:2]
    assert len(changed) == 2
    for question in changed:
        question.text += " (reworded by the organiser)"
        org.save(question)
    results = venue.hand_in()
    total = records_in(results)
    summary = import_file(org, results)
    assert summary.line() == (
        f"results-v1.zip: imported 1, updated 0, unchanged {total - 3}, conflicts 0, "
        "left to the organiser 2")
    assert all(org.get(GuidingQuestion, q.id) == q for q in changed)


def test_an_updated_record_remembers_the_file_it_came_from(venue: Venue) -> None:  # noqa: F811
    fac, rap = venue.facilitator, venue.rapporteur
    first, (edited, kept) = _first_results(venue, "Legal uncertanity", "Cost is a barrier")
    import_file(rap, first)
    edited.text = "Legal uncertainty about labels"
    fac.save(edited)
    second = venue.hand_in()
    assert import_file(rap, second).counts.updated == 1
    state = last_exchanged(rap.conn, "notes", edited.id)
    assert state is not None
    assert (state.origin_file, state.origin_table, state.origin_device) == (
        "results-v2.zip", 1, fac.database.device_id)
    assert state.base_revision == edited.revision
    untouched = last_exchanged(rap.conn, "notes", kept.id)
    assert untouched is not None and untouched.origin_file == "results-v1.zip"


def test_the_same_change_on_both_sides_takes_the_newer_revision_and_its_origin(
    venue: Venue,  # noqa: F811
) -> None:
    fac, rap = venue.facilitator, venue.rapporteur
    first, (note,) = _first_results(venue, "Procurment needs IT")
    import_file(rap, first)
    mine = rap.get(Note, note.id)
    assert mine is not None
    mine.text = "Procurement needs IT"
    rap.save(mine)  # revision 2 here
    for _ in range(2):  # revision 3 on the stick, with the same words
        note.text = "Procurement needs IT"
        fac.save(note)
    second = venue.hand_in()
    summary = import_file(rap, second)
    assert (summary.counts.updated, summary.counts.conflicts) == (1, 0)
    assert rap.get(Note, note.id) == fac.get(Note, note.id)
    state = last_exchanged(rap.conn, "notes", note.id)
    assert state is not None and state.origin_file == "results-v2.zip"
    assert state.base_revision == note.revision == 3


def test_a_copy_older_than_what_was_last_exchanged_is_no_conflict(
    venue: Venue,  # noqa: F811
) -> None:
    fac, rap = venue.facilitator, venue.rapporteur
    first, (note,) = _first_results(venue, "Cost is a barier")
    import_file(rap, first)
    note.text = "Cost is a barrier"
    fac.save(note)
    assert import_file(rap, venue.hand_in()).counts.updated == 1
    mine = rap.get(Note, note.id)
    assert mine is not None
    mine.text = "Cost is the first barrier"  # the rapporteur's own correction since
    rap.save(mine)
    late = import_file(rap, first)  # the first stick turns up again
    assert late.outcome == "unchanged"
    assert (late.counts.conflicts, late.counts.updated) == (0, 0)
    assert open_conflicts(rap) == []
    assert rap.get(Note, note.id) == mine


def test_a_photo_in_conflict_keeps_its_bytes_until_a_person_picks(
    venue: Venue,  # noqa: F811
) -> None:
    fac, rap = venue.facilitator, venue.rapporteur
    assert import_file(fac, venue.kit).outcome == "imported"
    photo = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4
    wall = fac.save(Attachment(table_id=venue.table(fac).id, filename="wall.jpg",
                               media_type="image/jpeg", content=photo))
    venue.set_up_rapporteur()
    import_file(rap, venue.hand_in())
    mine = rap.get(Attachment, wall.id)
    assert mine is not None and mine.content == photo
    mine.caption = "Flip-chart, morning"
    rap.save(mine)
    wall.caption = "The wall of ideas"
    fac.save(wall)
    summary = import_file(rap, venue.hand_in())
    assert summary.counts.conflicts == 1
    [conflict] = open_conflicts(rap)
    assert conflict.kind == "attachments"
    taken = resolve_conflict(rap, conflict.id, "incoming")
    assert isinstance(taken, Attachment)
    stored = rap.get(Attachment, wall.id)
    assert stored is not None
    assert (stored.caption, stored.content) == ("The wall of ideas", photo)


def _refuse_inserts(store: Store, table: str) -> None:
    """From now on the database refuses every new row of ``table`` (a real SQLite abort)."""
    store.conn.execute(
        f"CREATE TRIGGER refuse_{table} BEFORE INSERT ON {table} "
        f"BEGIN SELECT RAISE(ABORT, 'the {table} table is full'); END"
    )


@pytest.mark.parametrize(("table", "code", "reason"), [
    ("notes", "not-saved", "Cannot save the note: the notes table is full"),
    ("sync_state", "import-database-refused",
     "the database refused it (the sync_state table is full); nothing was imported from "
     "this file"),
])
def test_a_database_that_fails_half_way_refuses_the_file_and_keeps_nothing_of_it(
    venue: Venue, table: str, code: str, reason: str,  # noqa: F811
) -> None:
    rap = venue.rapporteur
    first, _ = _first_results(venue, "Cost is a barrier", "Labels help")
    _refuse_inserts(rap, table)
    before = fingerprint(rap)
    summary = import_file(rap, first)
    assert summary.rejected and summary.outcome == "rejected"
    assert summary.counts == ImportCounts()  # nothing counted of a refused file
    assert summary.error is not None and summary.error.code == code
    assert summary.reason == reason
    assert summary.line() == f"results-v1.zip: rejected: {reason}"
    assert fingerprint(rap) == before  # not a record, not a sync state, not a log line
    rap.conn.execute(f"DROP TRIGGER refuse_{table}")
    assert import_file(rap, first).counts.imported == 2  # nothing half-done stands in the way


def test_a_full_disk_half_way_refuses_the_file_with_the_disks_words(
    venue: Venue,  # noqa: F811
) -> None:
    rap = venue.rapporteur
    fac = venue.facilitator
    assert import_file(fac, venue.kit).outcome == "imported"
    for n in range(40):
        fac.add_note(venue.table(fac).id, f"Idea {n}: " + "words " * 300)
    venue.set_up_rapporteur()
    results = venue.hand_in()
    pages = rap.conn.execute("PRAGMA page_count").fetchone()[0]
    rap.conn.execute(f"PRAGMA max_page_count={pages + 2}")
    before = fingerprint(rap)
    summary = import_file(rap, results)
    assert summary.rejected and summary.counts == ImportCounts()
    assert summary.error is not None and summary.error.code == "disk-full"
    assert summary.line().startswith("results-v1.zip: rejected: Cannot save to ")
    assert fingerprint(rap) == before
    rap.conn.execute(f"PRAGMA max_page_count={pages * 1000}")


def test_the_same_correction_at_the_same_revision_leaves_ours_and_a_later_change_updates(
    venue: Venue,  # noqa: F811
) -> None:
    fac, rap = venue.facilitator, venue.rapporteur
    first, (note,) = _first_results(venue, "Procurment")
    import_file(rap, first)
    mine = rap.get(Note, note.id)
    assert mine is not None
    for store, record in ((rap, mine), (fac, note)):  # each saved it once, in the same words
        record.text = "Procurement"
        store.save(record)
    ours = rap.get(Note, note.id)
    summary = import_file(rap, venue.hand_in())
    assert (summary.counts.updated, summary.counts.conflicts) == (0, 0)
    assert rap.get(Note, note.id) == ours  # nothing to take: the same words, the same revision
    # The facilitator goes on writing: that is an update here, not a conflict.
    note.text = "Procurement needs IT on board"
    fac.save(note)
    later = import_file(rap, venue.hand_in())
    assert (later.counts.updated, later.counts.conflicts) == (1, 0)
    assert rap.get(Note, note.id) == fac.get(Note, note.id)


def test_a_second_laptops_change_at_the_exchanged_revision_is_a_conflict_not_lost(
    venue: Venue,  # noqa: F811
) -> None:
    """Two laptops at one table (a spare): each rewrote the same note once."""
    fac, rap = venue.facilitator, venue.rapporteur
    first, (note,) = _first_results(venue, "Cost is a barier")
    with Store.open(venue.folder / "spare.db") as spare:
        import_file(spare, venue.kit)
        import_file(spare, first)
        import_file(rap, first)
        note.text = "Cost is a barrier"
        fac.save(note)  # revision 2 from the facilitator's laptop
        assert import_file(rap, venue.hand_in()).counts.updated == 1
        mine = rap.get(Note, note.id)
        assert mine is not None
        mine.text = "Cost is the first barrier"
        rap.save(mine)  # revision 3 here
        theirs = spare.get(Note, note.id)
        assert theirs is not None
        theirs.text = "Price is the barrier"
        spare.save(theirs)  # revision 2 from the spare laptop, another change
        event = spare.find_event(venue.event.id)
        from_spare = write_results(spare, event, spare.find_table(event, 1),
                                   venue.folder / "spare.zip")
    summary = import_file(rap, from_spare)
    assert summary.counts.conflicts == 1
    [conflict] = open_conflicts(rap)
    assert (conflict.local_text, conflict.incoming_text) == (
        "Cost is the first barrier", "Price is the barrier")


def test_a_kit_passed_on_by_another_laptop_still_names_the_organiser_as_the_origin(
    venue: Venue,  # noqa: F811
) -> None:
    fac = venue.facilitator
    assert import_file(fac, venue.kit).outcome == "imported"
    (venue.folder / "passed-on").mkdir()
    passed_on = write_table_kit(fac, fac.find_event(venue.event.id), venue.table(fac),
                                venue.folder / "passed-on")
    with Store.open(venue.folder / "spare.db") as spare:
        assert import_file(spare, passed_on).outcome == "imported"
        state = last_exchanged(spare.conn, "events", venue.event.id)
        assert state is not None
        assert state.origin_device == venue.organiser.database.device_id
        assert state.origin_file == passed_on.name  # the file it came in, all the same
