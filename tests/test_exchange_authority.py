"""Scope by authority: results change only their own table; kits only their organiser's event."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from exchange_helpers import fingerprint, rebuild

from roundtables.demo import create_demo
from roundtables.domain import Event, EventStatus, Note, Participant, RoundTable
from roundtables.dump import dump_event
from roundtables.exchange import import_file, write_results, write_table_kit
from roundtables.storage import Store


class Day:
    """The organiser's database (two events) and a facilitator laptop set up by a kit."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.organiser = Store.open(folder / "organiser.db")
        self.facilitator = Store.open(folder / "facilitator.db")
        self.event = create_demo(self.organiser)
        self.other = create_demo(self.organiser)  # another event in the same database
        self.tables = self.organiser.tables(self.event.id)
        self.kit = write_table_kit(self.organiser, self.event, self.tables[0], folder)
        assert import_file(self.facilitator, self.kit).outcome == "imported"
        self.table = self.facilitator.find_table(self.facilitator.find_event(self.event.id), 1)
        self.facilitator.add_note(self.table.id, "Cost is the first barrier")
        self.results = write_results(self.facilitator, self.event, self.table,
                                     folder / "results.zip")

    def close(self) -> None:
        self.organiser.close()
        self.facilitator.close()

    def forged(self, name: str, **changes: Callable[[dict[str, Any]], Any]) -> Path:
        return rebuild(self.results, self.folder / name, **changes)

    def dumps(self) -> list[Any]:
        store = self.organiser
        return [dump_event(store.harvest(e), with_attachment_bytes=True) for e in store.events()]


@pytest.fixture
def day(tmp_path: Path) -> Iterator[Day]:
    d = Day(tmp_path)
    yield d
    d.close()


def refused(day: Day, path: Path, reason: str, store: Store | None = None) -> None:
    store = store or day.organiser
    before, dumps = fingerprint(store), day.dumps()
    summary = import_file(store, path)
    assert summary.outcome == "rejected", summary.line()
    assert reason in summary.reason, summary.reason
    assert "\n" not in summary.reason
    assert fingerprint(store) == before and day.dumps() == dumps


def notes_of(payload: dict[str, Any]) -> list[dict[str, Any]]:
    notes: list[dict[str, Any]] = payload["records"]["notes"]
    return notes


def test_the_genuine_results_file_goes_in(day: Day) -> None:
    summary = import_file(day.organiser, day.results)
    assert summary.outcome == "updated" and summary.counts.imported == 1, summary.line()
    assert summary.counts.ignored == 0


def test_a_note_with_the_id_of_another_tables_note(day: Day) -> None:
    victim = day.organiser.notes(day.tables[1].id)[0]

    def steal(payload: dict[str, Any]) -> None:
        notes_of(payload)[0]["id"] = victim.id
        notes_of(payload)[0]["revision"] = victim.revision + 5

    refused(day, day.forged("steal.zip", payload=steal), "exists here under another table")
    assert day.organiser.get(Note, victim.id) == victim


def test_a_note_with_the_id_of_another_events_note(day: Day) -> None:
    victim = day.organiser.notes(day.organiser.tables(day.other.id)[0].id)[0]

    def steal(payload: dict[str, Any]) -> None:
        notes_of(payload)[-1]["id"] = victim.id

    refused(day, day.forged("steal.zip", payload=steal), "exists here under another table")


def test_a_participant_with_the_id_of_another_events_participant(day: Day) -> None:
    victim = day.organiser.participants(day.other.id)[0]

    def steal(payload: dict[str, Any]) -> None:
        payload["records"]["participants"][0]["id"] = victim.id

    refused(day, day.forged("steal.zip", payload=steal), "exists here under another event")


def test_a_table_moved_to_another_event(day: Day) -> None:
    other = day.organiser.find_event(day.other.id)
    from roundtables.exchange.format import record_to_json

    def move(payload: dict[str, Any]) -> None:
        payload["records"]["events"] = [record_to_json(other)]
        payload["records"]["round_tables"][0]["event_id"] = other.id
        payload["records"]["round_tables"][0]["number"] = 9
        for kind in ("participants", "declaration_articles"):
            for item in payload["records"][kind]:
                item["event_id"] = other.id

    def manifest(man: dict[str, Any]) -> None:
        man["event"] = {"id": other.id, "slug": other.slug, "title": other.title}
        man["table"]["number"] = 9

    refused(day, day.forged("moved.zip", payload=move, manifest=manifest),
            "belongs to another event here")
    assert day.organiser.get(RoundTable, day.tables[0].id) == day.tables[0]


def test_a_results_file_that_deletes_its_event(day: Day) -> None:
    def tombstone(payload: dict[str, Any]) -> None:
        payload["records"]["events"][0]["deleted"] = True
        payload["records"]["events"][0]["revision"] += 100

    refused(day, day.forged("gone.zip", payload=tombstone), "a file cannot delete it")


def test_a_results_file_that_deletes_its_table(day: Day) -> None:
    def tombstone(payload: dict[str, Any]) -> None:
        payload["records"]["round_tables"][0]["deleted"] = True
        payload["records"]["round_tables"][0]["revision"] += 100

    refused(day, day.forged("gone.zip", payload=tombstone), "a file cannot delete it")


def test_results_for_an_event_or_table_deleted_here(day: Day) -> None:
    table = day.organiser.get(RoundTable, day.tables[0].id)
    assert table is not None
    day.organiser.tombstone(table)
    refused(day, day.results, "was deleted here")
    event = day.organiser.get(Event, day.event.id)
    assert event is not None
    day.organiser.tombstone(event)
    refused(day, day.results, "was deleted here")


def test_a_file_of_a_finalised_event(day: Day) -> None:
    def finalise(payload: dict[str, Any]) -> None:
        payload["records"]["events"][0]["status"] = EventStatus.FINALISED.value

    refused(day, day.forged("final.zip", payload=finalise), "is finalised")
    event = day.organiser.get(Event, day.event.id)
    assert event is not None
    event.status = EventStatus.FINALISED.value
    day.organiser.save(event)
    refused(day, day.results, "finalised and read-only here")


def test_a_results_file_never_edits_the_organisers_records(day: Day) -> None:
    def rewrite(payload: dict[str, Any]) -> None:
        records = payload["records"]
        records["events"][0]["title"] = "Hijacked"
        records["round_tables"][0]["theme"] = "Something else"
        records["questions"][0]["deleted"] = True
        records["declaration_articles"][0]["text"] = "We declare nothing"
        for kind in ("events", "round_tables", "questions", "declaration_articles"):
            records[kind][0]["revision"] += 50

    before = [dump_event(day.organiser.harvest(e)) for e in day.organiser.events()]
    notes_before = len(day.organiser.notes(day.tables[0].id))
    summary = import_file(day.organiser, day.forged("rewrite.zip", payload=rewrite))
    assert summary.outcome == "updated" and summary.counts.ignored == 4, summary.line()
    assert "left to the organiser 4" in summary.line()
    after = [dump_event(day.organiser.harvest(e)) for e in day.organiser.events()]
    # Only the new note arrived; the organiser's records are as they were.
    assert len(day.organiser.notes(day.tables[0].id)) == notes_before + 1
    for dumped in (before, after):
        for event_dump in dumped:
            for key in ("notes",):
                event_dump.pop(key, None)
    assert after == before


def test_results_never_create_the_event(day: Day, tmp_path: Path) -> None:
    with Store.open(tmp_path / "rapporteur.db") as fresh:
        refused(day, day.results, "import the table kit from the organiser first", store=fresh)


def test_results_never_create_a_table(day: Day) -> None:
    def new_table(payload: dict[str, Any]) -> None:
        records = payload["records"]
        old = records["round_tables"][0]["id"]
        records["round_tables"][0].update(id="f" * 32, number=9)
        for kind in ("questions", "agenda_segments", "attendance", "notes", "action_points",
                     "article_feedback", "attachments"):
            for item in records[kind]:
                if item.get("table_id") == old:
                    item["table_id"] = "f" * 32

    def manifest(man: dict[str, Any]) -> None:
        man["table"] = {"id": "f" * 32, "number": 9}

    refused(day, day.forged("table9.zip", payload=new_table, manifest=manifest),
            "does not hold table 9")


def test_a_note_that_points_at_another_tables_question(day: Day) -> None:
    foreign = day.organiser.questions(day.tables[1].id)[0]

    def point(payload: dict[str, Any]) -> None:
        notes_of(payload)[-1]["question_id"] = foreign.id

    refused(day, day.forged("point.zip", payload=point), "of another table or event")


def test_walk_ins_and_consent_at_the_table_but_no_one_else(day: Day) -> None:
    fac = day.facilitator
    seated = fac.table_participants(day.table.id)[0]
    seated.consent = "anonymous"
    fac.save(seated)
    elsewhere = next(p for p in fac.participants(day.event.id)
                     if p.id not in {s.id for s in fac.table_participants(day.table.id)})
    elsewhere.consent = "named"
    fac.save(elsewhere)
    walk_in = fac.save(Participant(event_id=day.event.id, name="Walk In", consent="anonymous"))
    from roundtables.domain import Attendance

    fac.save(Attendance(table_id=day.table.id, participant_id=walk_in.id, checked_in=True))
    path = write_results(fac, day.event, day.table, day.folder / "people.zip")
    organiser_elsewhere = day.organiser.get(Participant, elsewhere.id)
    summary = import_file(day.organiser, path)
    assert summary.outcome == "updated" and summary.counts.ignored == 1, summary.line()
    assert day.organiser.get(Participant, seated.id).consent == "anonymous"  # type: ignore[union-attr]
    assert day.organiser.get(Participant, walk_in.id) is not None
    assert day.organiser.get(Participant, elsewhere.id) == organiser_elsewhere


def test_a_kit_from_another_organiser_is_refused(day: Day, tmp_path: Path) -> None:
    # The facilitator laptop holds the event from the organiser; a stranger's kit
    # for the same event (same ids, another organiser database) may not replace it.
    def manifest(man: dict[str, Any]) -> None:
        man["organiser_device"] = "someone-else"

    forged = rebuild(day.kit, tmp_path / "stranger-kit.zip", manifest=manifest)
    before = fingerprint(day.facilitator)
    summary = import_file(day.facilitator, forged)
    assert summary.outcome == "rejected" and "another organiser database" in summary.reason
    assert fingerprint(day.facilitator) == before


def test_a_kit_from_the_same_organiser_updates_wherever_it_was_written(day: Day,
                                                                      tmp_path: Path) -> None:
    # A kit written on the facilitator laptop still names the organiser's database.
    copy = write_table_kit(day.facilitator, day.event, day.table, tmp_path / ".." / tmp_path.name)
    with Store.open(tmp_path / "second-laptop.db") as second:
        assert import_file(second, copy).outcome == "imported"
        assert import_file(second, day.kit).outcome == "unchanged"
    assert import_file(day.organiser, copy).outcome == "unchanged"
    event = day.organiser.get(Event, day.event.id)
    assert event is not None
    event.venue = "Egmont Palace"
    day.organiser.save(event)
    newer = write_table_kit(day.organiser, event, day.tables[0], tmp_path / "..")
    summary = import_file(day.facilitator, newer)
    assert summary.outcome == "updated", summary.line()
    assert day.facilitator.get(Event, day.event.id).venue == "Egmont Palace"  # type: ignore[union-attr]


def test_a_kit_without_its_organiser_is_refused(day: Day, tmp_path: Path) -> None:
    def manifest(man: dict[str, Any]) -> None:
        del man["organiser_device"]

    forged = rebuild(day.kit, tmp_path / "old-kit.zip", manifest=manifest)
    with Store.open(tmp_path / "laptop.db") as laptop:
        summary = import_file(laptop, forged)
        assert summary.outcome == "rejected" and "write the kit again" in summary.reason


def test_the_agenda_as_run_comes_in_but_nothing_else_of_the_agenda(day: Day) -> None:
    fac = day.facilitator
    first, second = fac.segments(day.table.id)[:2]
    first.actual_start, first.actual_end = "2019-03-12T13:30:00", "2019-03-12T13:52:00"
    fac.save(first)
    second.actual_start = "2019-03-12T13:52:00"
    second.title = "Renamed at the table"
    fac.save(second)
    path = write_results(fac, day.event, day.table, day.folder / "as-run.zip")
    summary = import_file(day.organiser, path)
    assert (summary.counts.updated, summary.counts.ignored) == (1, 1), summary.line()
    from roundtables.domain import AgendaSegment

    here = day.organiser.get(AgendaSegment, first.id)
    assert here is not None and (here.actual_start, here.actual_end) == (
        first.actual_start, first.actual_end)
    untouched = day.organiser.get(AgendaSegment, second.id)
    assert untouched is not None and untouched.title != "Renamed at the table"
    assert untouched.actual_start is None
