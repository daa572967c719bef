"""Property: exporting any table and importing it into a fresh database reproduces it."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import pytest
from exchange_helpers import records_fingerprint
from hypothesis import given
from hypothesis import strategies as st

from roundtables.domain import (
    ActionPoint,
    ArticleFeedback,
    Attachment,
    Attendance,
    DeclarationArticle,
    Event,
    Note,
    Participant,
    Record,
    RoundTable,
)
from roundtables.dump import dump_event
from roundtables.exchange import import_file, write_results
from roundtables.storage import Store

# Any text a person can type or paste: every plane, control characters, right-to-left,
# combining marks; not lone surrogates, which no keyboard or UTF-8 file can hold.
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=120)
# Long text (a pasted paragraph) built by repetition: cheap to generate, long to carry.
LONG = st.one_of(
    TEXT,
    st.builds(lambda text, times: text * times, TEXT.filter(bool), st.integers(50, 400)),
)

NOTES = st.lists(
    st.fixed_dictionaries({
        "text": LONG.filter(lambda t: t.strip() != ""),
        "type": st.sampled_from(["insight", "barrier", "proposal", "quote"]),
        "tags": st.lists(TEXT, max_size=3),
        "key_message": st.booleans(),
        "speaker": TEXT,
        "edits": st.integers(0, 2),
        "deleted": st.booleans(),
    }),
    max_size=8,
)
ACTIONS = st.lists(
    st.fixed_dictionaries({
        "action": TEXT, "owner": TEXT, "votes": st.integers(-10**6, 10**6),
        "priority": st.sampled_from(["high", "medium", "low"]), "deleted": st.booleans(),
    }),
    max_size=4,
)
FEEDBACK = st.lists(
    st.fixed_dictionaries({
        "stance": st.sampled_from(["support", "amend", "reject"]), "wording": LONG,
        "rationale": TEXT, "deleted": st.booleans(),
    }),
    max_size=3,
)
PEOPLE = st.lists(
    st.tuples(TEXT, st.sampled_from(["named", "organisation", "anonymous"]), st.booleans()),
    max_size=3,
)
FILES = st.lists(st.tuples(TEXT, st.binary(max_size=3000)), max_size=2)


def build(store: Store, spec: dict[str, Any]) -> tuple[Event, RoundTable]:
    event = store.save(Event(title="Property table", slug="property", venue=spec["venue"]))
    table = store.save(RoundTable(event_id=event.id, number=spec["number"], theme=spec["theme"]))
    people = []
    for name, consent, deleted in spec["people"]:
        person = store.save(Participant(event_id=event.id, name=name, consent=consent))
        attendance = store.save(Attendance(table_id=table.id, participant_id=person.id))
        if deleted:
            store.tombstone(attendance)
        people.append(person)
    for n in spec["notes"]:
        note = store.save(Note(
            table_id=table.id, text=n["text"], type=n["type"], tags=n["tags"],
            key_message=n["key_message"], speaker=n["speaker"],
            speaker_id=people[0].id if people else None,
        ))
        for i in range(n["edits"]):
            note.text = f"{note.text} ({i})"
            store.save(note)
        if n["deleted"]:
            store.tombstone(note)
    for a in spec["actions"]:
        point = store.save(ActionPoint(table_id=table.id, action=a["action"], owner=a["owner"],
                                       votes=a["votes"], priority=a["priority"]))
        if a["deleted"]:
            store.tombstone(point)
    for number, f in enumerate(spec["feedback"], start=1):
        article = store.save(DeclarationArticle(event_id=event.id, number=number, text="Art."))
        feedback: Record = store.save(ArticleFeedback(
            table_id=table.id, article_id=article.id, stance=f["stance"],
            proposed_wording=f["wording"], rationale=f["rationale"]))
        if f["deleted"]:
            store.tombstone(feedback)
    for caption, content in spec["files"]:
        store.save(Attachment(table_id=table.id, filename="photo.jpg", caption=caption,
                              content=content))
    return event, table


@pytest.fixture(scope="module")
def empty_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty database without a device id, copied for every example.

    Opening a new file migrates it (tens of milliseconds); a copy opens at once and
    still gets a device id of its own.
    """
    path = tmp_path_factory.mktemp("template") / "empty.db"
    Store.open(path).close()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("DELETE FROM settings WHERE key='device_id'")
        conn.commit()
    return path


def fresh(template: Path, path: Path) -> Store:
    shutil.copyfile(template, path)
    store = Store.open(path)
    # Durability is tested elsewhere; here each example's many commits need no fsync.
    store.conn.execute("PRAGMA synchronous=OFF")
    return store


@given(
    spec=st.fixed_dictionaries({
        "venue": TEXT, "theme": LONG, "number": st.integers(1, 40), "people": PEOPLE,
        "notes": NOTES, "actions": ACTIONS, "feedback": FEEDBACK, "files": FILES,
    })
)
def test_export_then_import_reproduces_any_table(empty_db: Path, spec: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with fresh(empty_db, folder / "facilitator.db") as source:
            event, table = build(source, spec)
            path = write_results(source, event, table, folder / "results.zip")
            expected = records_fingerprint(source)
            expected_dump = dump_event(source.harvest(event), with_attachment_bytes=True)
            source_device = source.database.device_id
        with fresh(empty_db, folder / "rapporteur.db") as target:
            assert target.database.device_id != source_device
            summary = import_file(target, path)
            assert summary.outcome == "imported", summary.reason
            assert summary.counts.updated == summary.counts.conflicts == 0
            assert records_fingerprint(target) == expected
            event_here = target.find_event(event.id)
            assert dump_event(target.harvest(event_here), with_attachment_bytes=True) == (
                expected_dump
            )
            assert import_file(target, path).outcome == "unchanged"
            assert records_fingerprint(target) == expected
