"""The editor's hand-out and close-down: template, table kits, finalise, archive."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from roundtables.archive import verify_archive
from roundtables.domain import Event, Note
from roundtables.exchange import import_file
from roundtables.storage import Store
from roundtables.templates import create_event, load_template
from roundtables.ui.organiser.editor import EventEditor
from roundtables.ui.organiser.library import LibraryWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def editor(qtbot, store: Store, demo_event: Event) -> EventEditor:
    window = EventEditor(store, demo_event.id)
    qtbot.addWidget(window)
    window.show()
    return window


def _structure(store: Store, event: Event) -> dict:
    tables = store.tables(event.id)
    return {
        "event": (event.title, event.venue, event.language, event.attribution_policy),
        "note_types": [(t.key, t.label, t.marker) for t in event.note_types],
        "tables": [
            (
                t.number, t.theme, t.room, t.facilitator, t.keynote_speaker, t.keynote_title,
                [q.text for q in store.questions(t.id)],
                [(s.title, s.planned_minutes) for s in store.segments(t.id)],
            )
            for t in tables
        ],
        "articles": [(a.number, a.title, a.text) for a in store.articles(event.id)],
    }


def test_save_as_template_round_trip(qtbot, editor, store, demo_event, tmp_path, prompts):
    editor.tables.select_table(2)
    editor.tables.agenda.model.setData(editor.tables.agenda.model.index(0, 1), 7)
    target = tmp_path / "our-symposium.json"
    prompts.answer(target)
    editor.save_template_action.trigger()
    assert prompts.messages("error") == []
    template = load_template(target)
    assert template.name == "our-symposium"

    with Store.open(tmp_path / "other.db") as other:
        copy = create_event(other, template)
        assert _structure(other, copy) == _structure(store, store.get(Event, demo_event.id))
        # The linked question of a discussion segment survives the trip.
        table = other.find_table(copy, 1)
        linked = [s for s in other.segments(table.id) if s.question_id]
        assert linked and all(
            s.question_id in {q.id for q in other.questions(table.id)} for s in linked
        )


def test_table_kits_for_every_table_import_on_a_fresh_laptop(
    qtbot, editor, store, demo_event, tmp_path, prompts
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    prompts.answer(stick)
    editor.kits_action.trigger()
    assert prompts.messages("error") == []
    assert len(editor.written_kits) == 3
    assert all(p.parent == stick and p.is_file() for p in editor.written_kits)
    [shown] = prompts.messages("inform")
    assert all(p.name in shown for p in editor.written_kits)

    with Store.open(tmp_path / "laptop.db") as laptop:
        for path in editor.written_kits:
            summary = import_file(laptop, path)
            assert summary.outcome == "imported", summary.reason
        [event] = laptop.events()
        assert event.id == demo_event.id
        assert [t.theme for t in laptop.tables(event.id)] == [
            t.theme for t in store.tables(demo_event.id)
        ]


def test_table_kits_into_a_file_instead_of_a_folder_is_one_line(
    qtbot, editor, tmp_path, prompts
) -> None:
    not_a_folder = tmp_path / "stick.txt"
    not_a_folder.write_text("x")
    prompts.answer(not_a_folder)
    editor.kits_action.trigger()
    [message] = prompts.messages("error")
    assert message and "\n" not in message
    assert editor.written_kits == []
    assert not_a_folder.read_text() == "x"


def test_finalise_makes_everything_read_only_and_reopen_undoes_it(
    qtbot, editor, store, demo_event, prompts
) -> None:
    assert editor.banner.isHidden() and not editor.archive_action.isEnabled()
    prompts.answer(False)
    editor.finalise_action.trigger()
    assert store.get(Event, demo_event.id).status == "running"

    prompts.answer(True)
    editor.finalise_action.trigger()
    assert store.get(Event, demo_event.id).status == "finalised"
    assert not editor.banner.isHidden() and "read-only" in editor.banner.text()
    assert editor.details.title.isReadOnly() and not editor.details.language.isEnabled()
    assert not editor.tables.add_button.isEnabled()
    assert all(f.isReadOnly() for f in editor.tables.fields.values())
    assert not editor.participants.import_button.isEnabled()
    assert not editor.articles.add_button.isEnabled()
    questions = editor.tables.questions
    index = questions.model.index(0, 0)
    assert not questions.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not questions.model.setData(index, "Changed")
    before = [q.id for q in store.questions(questions.table_id)]
    questions.view.select_row(0)
    qtbot.keyClick(questions.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [q.id for q in store.questions(questions.table_id)] == before
    assert not editor.finalise_action.isEnabled() and editor.reopen_action.isEnabled()
    assert editor.archive_action.isEnabled()
    assert prompts.messages("error") == []

    editor.reopen_action.trigger()
    assert store.get(Event, demo_event.id).status == "running"
    assert editor.banner.isHidden() and not editor.details.title.isReadOnly()
    assert editor.tables.add_button.isEnabled()


def test_a_finalised_event_opens_read_only(qtbot, store, demo_event) -> None:
    event = store.get(Event, demo_event.id)
    event.status = "finalised"
    store.save(event)
    window = EventEditor(store, demo_event.id)
    qtbot.addWidget(window)
    assert not window.banner.isHidden()
    assert not window.participants.add_button.isEnabled()


def test_archive_is_written_and_verified(qtbot, editor, store, demo_event, tmp_path, prompts):
    prompts.answer(True)
    editor.finalise_action.trigger()
    target = tmp_path / "archive" / "symposium.zip"
    target.parent.mkdir()
    prompts.answer(target, True)
    editor.archive_action.trigger()
    assert prompts.messages("error") == []
    assert target.is_file()
    [checked] = prompts.messages("inform")
    assert "intact" in checked
    assert verify_archive(target).ok


def test_archive_into_a_missing_folder_is_one_line(
    qtbot, editor, store, demo_event, tmp_path, prompts
) -> None:
    prompts.answer(True)
    editor.finalise_action.trigger()
    prompts.answer(tmp_path / "gone" / "a.zip")
    editor.archive_action.trigger()
    [message] = prompts.messages("error")
    assert message and "\n" not in message
    assert not (tmp_path / "gone").exists()


def test_an_organiser_from_template_to_search(qtbot, store, tmp_path, prompts) -> None:
    """The whole organiser path in the GUI, as a new user would walk it."""
    library = LibraryWindow(store)
    qtbot.addWidget(library)
    library.show()
    editor = library.open_editor(None)
    qtbot.addWidget(editor)
    editor.chooser.select("symposium")
    editor.chooser.title.setText("Fair ICT forum")
    qtbot.mouseClick(editor.chooser.create_button, Qt.MouseButton.LeftButton)
    event = store.events()[0]
    qtbot.waitUntil(lambda: library.events.rowCount() == 1)

    csv = tmp_path / "registrations.csv"
    csv.write_bytes("\ufeffNaam;Organisatie;Toestemming;Tafel\nAnna Peeters;Stad Gent;ja;1\n"
                    "Jan Jansens;VVSG;nee;2\n".encode())
    prompts.answer(csv)
    editor.participants.import_csv()
    editor.participants.import_dialog.import_rows()
    assert len(store.participants(event.id)) == 2

    store.add_note(store.find_table(event, 1).id, "Refurbished laptops halve the cost")
    stick = tmp_path / "usb"
    stick.mkdir()
    prompts.answer(stick)
    editor.kits_action.trigger()
    assert prompts.messages("error") == []
    assert len(list(stick.glob("*"))) == 3

    archive = tmp_path / "forum.zip"
    prompts.answer(True, archive, True)
    editor.finalise_action.trigger()
    editor.archive_action.trigger()
    assert "intact" in prompts.messages("inform")[-1]
    assert prompts.messages("error") == []

    library.query.setText("refurbished")
    assert len(library.search()) == 1
    with qtbot.waitSignal(library.open_note_requested) as opened:
        library.results.setFocus()
        qtbot.keyClick(library.results, Qt.Key.Key_Return)
    table_id, note_id = opened.args
    assert store.get(Note, note_id).table_id == table_id == store.find_table(event, 1).id


def test_template_into_a_missing_folder_is_one_line(qtbot, editor, tmp_path, prompts):
    prompts.answer(tmp_path / "gone" / "t.json")
    editor.save_template_action.trigger()
    [message] = prompts.messages("error")
    assert "t.json" in message and "\n" not in message
    assert not (tmp_path / "gone").exists()
