"""Properties: any table survives export and import; an import touches only its own table."""

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
from roundtables.exchange import import_file, write_results, write_table_kit
from roundtables.storage import Store

# Any text a person can type or paste: every plane, control characters, right-to-left,
# combining marks; not lone surrogates, which no keyboard or UTF-8 file can hold, and
# not NUL, which the format refuses (a file holding one is refused in one line).
TEXT = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"),
               max_size=120)
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
            kit = write_table_kit(source, event, table, folder)
            expected = records_fingerprint(source)
            expected_dump = dump_event(source.harvest(event), with_attachment_bytes=True)
            source_device = source.database.device_id
        with fresh(empty_db, folder / "rapporteur.db") as target:
            assert target.database.device_id != source_device
            assert import_file(target, kit).outcome == "imported"
            summary = import_file(target, path)
            assert summary.outcome in ("updated", "unchanged"), summary.reason
            assert summary.counts.updated == summary.counts.conflicts == 0
            assert summary.counts.ignored == 0
            assert records_fingerprint(target) == expected
            event_here = target.find_event(event.id)
            assert dump_event(target.harvest(event_here), with_attachment_bytes=True) == (
                expected_dump
            )
            assert import_file(target, path).outcome == "unchanged"
            assert records_fingerprint(target) == expected


# ---------------------------------------------------------------- nothing outside its table

STOLEN_KINDS = ("notes", "action_points", "participants", "attendance", "article_feedback",
                "questions", "agenda_segments", "declaration_articles")
ORGANISER_KINDS = ("events", "round_tables", "questions", "agenda_segments",
                   "declaration_articles")
FORGERY = st.lists(
    st.one_of(
        # reuse the id of a record of the other event (or of its tables)
        st.tuples(st.just("steal"), st.sampled_from(STOLEN_KINDS), st.integers(0, 20),
                  st.integers(0, 200)),
        # point a reference at a record of the other event
        st.tuples(st.just("refer"), st.sampled_from(["question_id", "segment_id", "speaker_id"]),
                  st.integers(0, 20), st.integers(0, 200)),
        # edit, delete or finalise one of the organiser's records
        st.tuples(st.just("organiser"), st.sampled_from((*ORGANISER_KINDS, "participants")),
                  st.sampled_from(["edit", "delete", "finalise"]), st.integers(0, 5)),
    ),
    max_size=3,
)


@pytest.fixture(scope="module")
def other_event_db(tmp_path_factory: pytest.TempPathFactory, empty_db: Path) -> Path:
    """A database that already holds another event (the demo), copied for every example."""
    from roundtables.demo import create_demo

    path = tmp_path_factory.mktemp("other") / "other.db"
    with fresh(empty_db, path) as store:
        create_demo(store)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("DELETE FROM settings WHERE key='device_id'")
        conn.commit()
    return path


def _forge(payload: dict[str, Any], moves: list[Any], other: dict[str, list[str]]) -> None:
    records = payload["records"]
    for move in moves:
        if move[0] == "steal":
            _, kind, i, j = move
            if records[kind] and other[kind]:
                records[kind][i % len(records[kind])]["id"] = other[kind][j % len(other[kind])]
        elif move[0] == "refer":
            _, name, i, j = move
            target = {"question_id": "questions", "segment_id": "agenda_segments",
                      "speaker_id": "participants"}[name]
            if records["notes"] and other[target]:
                note = records["notes"][i % len(records["notes"])]
                note[name] = other[target][j % len(other[target])]
        else:
            _, kind, how, i = move
            if not records[kind]:
                continue
            item = records[kind][i % len(records[kind])]
            item["revision"] += 7
            if how == "delete":
                item["deleted"] = True
            elif how == "finalise" and kind == "events":
                item["status"] = "finalised"
            else:
                field = {"events": "title", "round_tables": "theme", "questions": "text",
                         "agenda_segments": "title", "declaration_articles": "text",
                         "participants": "name"}[kind]
                item[field] = f"forged {item[field]}"[:200]


def _outside(store: Store, event_id: str, table_id: str) -> list[Any]:
    """Every event's dump, minus what the file's own table may change."""
    dumps = []
    for event in store.events():
        dump = dump_event(store.harvest(event), with_attachment_bytes=True)
        if event.id == event_id:
            seated = {a.participant_id for a in store.attendance(table_id)}
            dump["participants"] = [p for p in dump["participants"] if p["id"] not in seated]
            for kind in ("attendance", "notes", "action_points", "feedback", "attachments"):
                dump[kind] = [item for item in dump[kind] if item["table_id"] != table_id]
        dumps.append(dump)
    return dumps


@given(
    spec=st.fixed_dictionaries({
        "venue": TEXT, "theme": TEXT, "number": st.integers(1, 40), "people": PEOPLE,
        "notes": NOTES, "actions": ACTIONS, "feedback": FEEDBACK, "files": FILES,
    }),
    moves=FORGERY,
)
def test_an_import_changes_nothing_outside_its_own_table(
    empty_db: Path, other_event_db: Path, spec: dict[str, Any], moves: list[Any]
) -> None:
    from exchange_helpers import rebuild

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with fresh(empty_db, folder / "facilitator.db") as source:
            event, table = build(source, spec)
            genuine = write_results(source, event, table, folder / "results.zip")
            kit = write_table_kit(source, event, table, folder)
        with fresh(other_event_db, folder / "rapporteur.db") as target:
            assert import_file(target, kit).outcome == "imported"
            other: dict[str, list[str]] = {}
            for kind in (*STOLEN_KINDS, "events", "round_tables"):
                other[kind] = [
                    row[0] for row in target._execute(
                        f"SELECT id FROM {kind} WHERE id NOT IN (SELECT record_id FROM "
                        "sync_state) ORDER BY id")
                ]
            path = rebuild(genuine, folder / "forged.zip",
                           payload=lambda p: _forge(p, moves, other))
            before = _outside(target, event.id, table.id)
            summary = import_file(target, path)
            assert "\n" not in summary.reason
            assert _outside(target, event.id, table.id) == before, summary.line()
            if not moves:
                assert summary.outcome in ("updated", "unchanged"), summary.reason


@given(
    spec=st.fixed_dictionaries({
        "venue": TEXT, "theme": TEXT, "number": st.integers(1, 40), "people": PEOPLE,
        "notes": st.just([]), "actions": st.just([]), "feedback": FEEDBACK, "files": st.just([]),
    }),
    moves=FORGERY,
)
def test_a_kit_never_changes_another_event(
    empty_db: Path, other_event_db: Path, spec: dict[str, Any], moves: list[Any]
) -> None:
    from exchange_helpers import rebuild

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with fresh(empty_db, folder / "organiser.db") as source:
            event, table = build(source, spec)
            genuine = write_table_kit(source, event, table, folder)
        with fresh(other_event_db, folder / "laptop.db") as target:
            other: dict[str, list[str]] = {
                kind: [row[0] for row in target._execute(f"SELECT id FROM {kind} ORDER BY id")]
                for kind in (*STOLEN_KINDS, "events", "round_tables")
            }
            path = rebuild(genuine, folder / "forged-kit.zip",
                           payload=lambda p: _forge(p, moves, other))
            before = [dump_event(target.harvest(e), with_attachment_bytes=True)
                      for e in target.events()]
            summary = import_file(target, path)
            assert "\n" not in summary.reason
            after = [dump_event(target.harvest(e), with_attachment_bytes=True)
                     for e in target.events() if e.id != event.id]
            assert after == before, summary.line()
