"""Finalise/reopen and adding a note: each rule once in services/, used by window and CLI."""

from __future__ import annotations

import pytest
from ui_workspace_support import open_workspace

from roundtables.cli import run
from roundtables.domain import Event, Note, RoundtablesError
from roundtables.services import events, notes
from roundtables.storage import Store


def test_finalise_and_reopen_say_whether_anything_changed(store: Store, demo_event: Event):
    assert not demo_event.is_finalised
    assert events.finalise(store, demo_event.id)
    assert not events.finalise(store, demo_event.id), "already finalised"
    event = store.get(Event, demo_event.id)
    assert event is not None and event.is_finalised
    assert events.reopen(store, demo_event.id)
    assert not events.reopen(store, demo_event.id), "already editable"
    with pytest.raises(RoundtablesError) as refused:
        events.finalise(store, "no-such-event")
    assert refused.value.code == "no-event"


def test_the_note_rules(store: Store, demo_event: Event):
    table = store.find_table(demo_event, 1)
    with pytest.raises(RoundtablesError) as empty:
        notes.add_note(store, table, "  \n ")
    assert empty.value.code == "empty-note"
    with pytest.raises(RoundtablesError) as unknown:
        notes.add_note(store, table, "x", note_type="gossip")
    assert unknown.value.code == "unknown-note-type" and "gossip" in str(unknown.value)
    note = notes.add_note(store, table, "Cost first", tags=["#Cost", "cost", " ", "#Green"])
    assert note.type == demo_event.note_types[0].key
    assert note.tags == ["cost", "green"]
    assert store.get(Note, note.id) is not None, "committed when it returns"


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_note_field_and_the_command_line_make_the_same_note(
    qtbot, store: Store, demo_event: Event
):
    table = store.find_table(demo_event, 1)
    person = store.table_participants(table.id)[0]
    workspace = open_workspace(qtbot, store, demo_event)
    token = person.name.replace(" ", "_")
    workspace.capture.field.setPlainText(f"b: Cost comes first #Cost @{token}")
    typed = workspace.save_note()
    assert typed is not None
    scripted = notes.add_note(
        store, table, "Cost comes first #Cost", note_type="barrier", speaker=person.name,
        tags=["#Cost"],
    )
    for name in ("text", "type", "speaker_id", "speaker", "tags"):
        assert getattr(typed, name) == getattr(scripted, name), name


def test_the_command_line_refuses_an_unknown_type_in_one_line(store: Store, demo_event: Event,
                                                               capsys):
    path = store.path
    store.close()
    code = run(["note", demo_event.slug, "1", "x", "--type", "gossip", "--db", str(path)])
    assert code != 0
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "Unknown note type 'gossip'" in err
