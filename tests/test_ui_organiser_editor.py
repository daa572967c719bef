"""The event editor on a real database: create from a template, edit, reorder, undo."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit
from ui_session_support import finalise

from roundtables.domain import (
    AgendaSegment,
    DeclarationArticle,
    Event,
    EventStatus,
    GuidingQuestion,
    Participant,
    RoundtablesError,
)
from roundtables.storage import Store
from roundtables.templates import template_folder
from roundtables.ui.organiser.editor import EventEditor
from roundtables.ui.organiser.widgets import moved

# The offscreen platform cannot pass size hints to a window manager; harmless.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def editor(qtbot, store: Store, demo_event: Event) -> EventEditor:
    window = EventEditor(store, demo_event.id)
    qtbot.addWidget(window)
    window.show()
    return window


def _retype(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _table1(store: Store, event: Event):
    return store.find_table(event, 1)


# ---------------------------------------------------------------- creating


def test_new_event_from_the_symposium_template(qtbot, store: Store) -> None:
    window = EventEditor(store, None)
    qtbot.addWidget(window)
    window.show()
    chooser = window.chooser
    assert chooser is not None
    names = [t.name for t in chooser.templates]
    assert {"symposium", "blank"} <= set(names)
    chooser.select("symposium")
    _retype(qtbot, chooser.title, "Fair ICT forum")
    _retype(qtbot, chooser.date, "2026-05-04")
    qtbot.mouseClick(chooser.create_button, Qt.MouseButton.LeftButton)

    [event] = store.events()
    assert (event.title, event.date, event.status) == ("Fair ICT forum", "2026-05-04", "draft")
    assert window.current_event is not None and window.current_event.id == event.id
    tables = store.tables(event.id)
    assert [t.number for t in tables] == [1, 2, 3]
    assert all(len(store.questions(t.id)) >= 5 for t in tables)
    assert window.tables.table_list.count() == 3
    assert window.kits_action.isEnabled() and window.save_template_action.isEnabled()
    assert window.finalise_action.isEnabled() and not window.archive_action.isEnabled()
    assert window.details.title.text() == "Fair ICT forum"
    # The slot is the template's agenda total, and the agenda fits it.
    assert window.tables.agenda.slot.value() == 120
    assert window.tables.agenda.warning.isHidden()


def test_new_event_from_the_users_own_template(qtbot, store: Store, tmp_path: Path, prompts):
    data = json.loads((template_folder() / "blank.json").read_text(encoding="utf-8"))
    data["name"] = "our-forum"
    data["tables"][0]["theme"] = "Repair and reuse"
    data["tables"][0]["questions"] = ["Who repairs our laptops?"]
    own = tmp_path / "our-forum.json"
    own.write_text(json.dumps(data), encoding="utf-8")
    window = EventEditor(store, None)
    qtbot.addWidget(window)
    prompts.answer(own)
    qtbot.mouseClick(window.chooser.own_button, Qt.MouseButton.LeftButton)
    assert window.chooser.current().name == "our-forum"
    window.chooser.create_clicked()

    [event] = store.events()
    [table] = store.tables(event.id)
    assert table.theme == "Repair and reuse"
    assert [q.text for q in store.questions(table.id)] == ["Who repairs our laptops?"]


def test_a_broken_own_template_names_the_field_and_creates_nothing(
    qtbot, store: Store, tmp_path: Path, prompts
) -> None:
    data = json.loads((template_folder() / "blank.json").read_text(encoding="utf-8"))
    del data["tables"][0]["theme"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    window = EventEditor(store, None)
    qtbot.addWidget(window)
    prompts.answer(bad)
    window.chooser.choose_own()
    [message] = prompts.messages("error")
    assert "tables[0].theme" in message and "\n" not in message
    assert store.events() == []
    assert "bad" not in [t.source.stem for t in window.chooser.templates]


def test_an_empty_title_is_refused_before_anything_is_created(qtbot, store: Store, prompts):
    window = EventEditor(store, None)
    qtbot.addWidget(window)
    window.chooser.title.clear()
    window.chooser.create_clicked()
    assert prompts.messages("error") == ["The title cannot be empty"]
    assert store.events() == []


# ---------------------------------------------------------------- details


def test_details_are_saved_when_a_field_is_left(qtbot, editor, store, demo_event) -> None:
    _retype(qtbot, editor.details.venue, "Brussels, Hall B")
    assert store.get(Event, demo_event.id).venue == "Brussels, Hall B"
    assert re.fullmatch(r"Saved \d\d:\d\d:\d\d", editor.statusBar().currentMessage())
    assert not store.in_transaction()

    editor.details.language.setFocus()
    qtbot.keyClick(editor.details.language, Qt.Key.Key_Down)  # English -> Nederlands
    assert store.get(Event, demo_event.id).language == "nl"
    qtbot.keyClick(editor.details.policy, Qt.Key.Key_Down)
    assert store.get(Event, demo_event.id).attribution_policy == "chatham_house"


def test_a_bad_date_is_refused_in_one_line_and_changes_nothing(
    qtbot, editor, store, demo_event, prompts
) -> None:
    before = store.get(Event, demo_event.id)
    _retype(qtbot, editor.details.date, "12/03/2019")
    [message] = prompts.messages("error")
    assert "YYYY-MM-DD" in message and "\n" not in message
    after = store.get(Event, demo_event.id)
    assert (after.date, after.revision) == (before.date, before.revision)
    assert editor.details.date.text() == before.date


def test_undo_and_redo_restore_the_saved_title(qtbot, editor, store, demo_event) -> None:
    original = demo_event.title
    _retype(qtbot, editor.details.title, "Renamed symposium")
    assert store.get(Event, demo_event.id).title == "Renamed symposium"
    editor.undo_action.trigger()
    assert store.get(Event, demo_event.id).title == original
    qtbot.waitUntil(lambda: editor.details.title.text() == original)
    editor.redo_action.trigger()
    assert store.get(Event, demo_event.id).title == "Renamed symposium"


# ---------------------------------------------------------------- tables


def test_table_details_and_a_new_table(qtbot, editor, store, demo_event) -> None:
    editor.tabs.setCurrentWidget(editor.tables)
    editor.tables.select_table(2)
    _retype(qtbot, editor.tables.fields["room"], "Room 2.14")
    assert store.find_table(demo_event, 2).room == "Room 2.14"

    qtbot.mouseClick(editor.tables.add_button, Qt.MouseButton.LeftButton)
    assert [t.number for t in store.tables(demo_event.id)] == [1, 2, 3, 4]
    assert editor.tables.current_table().number == 4
    _retype(qtbot, editor.tables.fields["theme"], "Repair and reuse")
    assert store.find_table(demo_event, 4).theme == "Repair and reuse"


def test_a_table_number_already_used_is_refused(qtbot, editor, store, demo_event, prompts):
    editor.tables.select_table(3)
    editor.tables.number.setValue(1)
    [message] = prompts.messages("error")
    assert "1" in message and "already" in message
    assert store.find_table(demo_event, 3).theme == editor.tables.current_table().theme
    assert editor.tables.number.value() == 3


def test_removing_a_table_asks_then_tombstones_it(qtbot, editor, store, demo_event, prompts):
    editor.tables.select_table(3)
    prompts.answer(False)
    editor.tables.remove_table()
    assert len(store.tables(demo_event.id)) == 3
    prompts.answer(True)
    editor.tables.remove_table()
    assert [t.number for t in store.tables(demo_event.id)] == [1, 2]
    assert "notes" in prompts.messages("confirm")[-1]
    editor.undo_action.trigger()
    assert [t.number for t in store.tables(demo_event.id)] == [1, 2, 3]


def test_questions_added_and_reordered_by_keyboard(qtbot, editor, store, demo_event) -> None:
    table = _table1(store, demo_event)
    editor.tabs.setCurrentWidget(editor.tables)
    editor.tables.select_table(1)
    editor.tables.tabs.setCurrentWidget(editor.tables.questions)
    panel = editor.tables.questions
    before = [q.id for q in store.questions(table.id)]

    panel.view.setFocus()
    panel.view.select_row(0)
    qtbot.keyClick(panel.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(panel.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    after = store.questions(table.id)
    assert [q.id for q in after] == [before[1], before[2], before[0], *before[3:]]
    assert [q.position for q in after] == list(range(1, len(before) + 1))
    assert panel.view.current_row() == 2  # the moved question stays chosen

    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    # The inline editor opened on the new row.
    [field] = [w for w in panel.view.findChildren(QLineEdit) if w.isVisible()]
    field.selectAll()
    qtbot.keyClicks(field, "Which label do you ask for?")
    qtbot.keyClick(field, Qt.Key.Key_Return)  # the delegate commits from the event loop
    qtbot.waitUntil(lambda: store.questions(table.id)[-1].text != "New question")
    questions = store.questions(table.id)
    assert questions[-1].text == "Which label do you ask for?"
    assert questions[-1].position == len(before) + 1

    editor.undo_action.trigger()  # the text edit
    editor.undo_action.trigger()  # the new question
    assert len(store.questions(table.id)) == len(before)
    assert store.get(GuidingQuestion, questions[-1].id).deleted


def test_agenda_reordered_by_drag_and_by_alt_up(qtbot, editor, store, demo_event) -> None:
    table = _table1(store, demo_event)
    editor.tables.select_table(1)
    panel = editor.tables.agenda
    model = panel.model
    before = [s.id for s in store.segments(table.id)]
    # What the view does on a drop: the dragged row's data dropped between rows 3 and 4.
    data = model.mimeData([model.index(0, 0)])
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert [s.id for s in store.segments(table.id)] == [*before[1:3], before[0], *before[3:]]
    assert [row.id for row in model.rows][:3] == [
        before[1], before[2], before[0]
    ]

    panel.view.setFocus()
    panel.view.select_row(2)
    qtbot.keyClick(panel.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [s.id for s in store.segments(table.id)][:3] == [before[1], before[0], before[2]]
    positions = [s.position for s in store.segments(table.id)]
    assert positions == sorted(positions) and len(set(positions)) == len(positions)


def test_agenda_warns_when_it_exceeds_the_slot(qtbot, editor, store, demo_event) -> None:
    table = _table1(store, demo_event)
    editor.tables.select_table(1)
    panel = editor.tables.agenda
    assert panel.total_minutes() == 120 and panel.warning.isHidden()
    index = panel.model.index(1, 1)  # the keynote, 15 minutes
    assert panel.model.setData(index, 30)
    assert store.get(AgendaSegment, panel.model.rows[1].id).planned_minutes == 30
    assert not panel.warning.isHidden()
    assert "135" in panel.warning.text() and "15 more" in panel.warning.text()
    panel.slot.setValue(150)
    assert panel.warning.isHidden()
    assert "135 of 150" in panel.total.text()
    # Minutes that are not a number are refused and change nothing.
    assert not panel.model.setData(index, "half an hour")
    assert store.get(AgendaSegment, panel.model.rows[1].id).planned_minutes == 30
    assert len(store.segments(table.id)) == 10


# ---------------------------------------------------------------- people, declaration


def test_participants_edited_in_the_table(qtbot, editor, store, demo_event, prompts) -> None:
    panel = editor.participants
    prompts.answer("Walk-in Visitor")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    person = next(p for p in store.participants(demo_event.id) if p.name == "Walk-in Visitor")
    row = panel.model.row_of(person.id)
    assert panel.model.setData(panel.model.index(row, 3), "organisation")
    assert panel.model.setData(panel.model.index(row, 5), "1, 3")
    assert store.get(Participant, person.id).consent == "organisation"
    tables = {t.id: t.number for t in store.tables(demo_event.id)}
    seats = store.seats_of(person.id)
    assert sorted(tables[a.table_id] for a in seats) == [1, 3]
    assert panel.model.index(row, 5).data() == "1, 3"

    assert not panel.model.setData(panel.model.index(row, 5), "7")
    assert "table numbers" in prompts.messages("error")[-1]
    assert not panel.model.setData(panel.model.index(row, 3), "maybe")
    assert store.get(Participant, person.id).consent == "organisation"


def test_declaration_articles_edited_added_removed(qtbot, editor, store, demo_event) -> None:
    panel = editor.articles
    count = len(store.articles(demo_event.id))
    assert panel.model.setData(panel.model.index(0, 2), "Buy only what lasts.")
    assert store.articles(demo_event.id)[0].text == "Buy only what lasts."
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    articles = store.articles(demo_event.id)
    assert len(articles) == count + 1 and articles[-1].number == count + 1
    panel.view.select_row(panel.model.rowCount() - 1)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert len(store.articles(demo_event.id)) == count
    assert store.get(DeclarationArticle, articles[-1].id).deleted


def test_the_stores_refusal_is_shown_in_one_line(qtbot, editor, store, demo_event, prompts):
    # Another process finalises the event; this editor has not heard of it yet.
    finalise(store, demo_event.id, unseen=True)
    assert not editor.articles.model.setData(editor.articles.model.index(0, 1), "Changed")
    [message] = prompts.messages("error")
    assert "finalised" in message and "\n" not in message
    editor.reload()
    qtbot.waitUntil(lambda: not editor.banner.isHidden())


def test_removing_a_question_unlinks_its_agenda_segment(qtbot, editor, store, demo_event):
    table = _table1(store, demo_event)
    editor.tables.select_table(1)
    panel = editor.tables.questions
    first = store.questions(table.id)[0]
    linked = [s.id for s in store.segments(table.id) if s.question_id == first.id]
    assert linked
    panel.view.select_row(0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert first.id not in [q.id for q in store.questions(table.id)]
    assert all(store.get(AgendaSegment, s).question_id is None for s in linked)
    editor.undo_action.trigger()  # one step brings both back
    assert store.questions(table.id)[0].id == first.id
    assert all(store.get(AgendaSegment, s).question_id == first.id for s in linked)


def test_finalising_is_not_offered_in_the_status_list(qtbot, editor, store, demo_event):
    status = editor.details.status
    item = status.model().item(status.findData(EventStatus.FINALISED.value))
    assert not item.isEnabled()
    status.setFocus()
    qtbot.keyClick(status, Qt.Key.Key_Down)  # running -> (finalised is skipped)
    assert store.get(Event, demo_event.id).status == "running"


@given(
    positions=st.lists(st.integers(min_value=1, max_value=50), min_size=1, max_size=12),
    data=st.data(),
)
def test_a_move_renumbers_exactly_the_rows_whose_place_changes(positions, data) -> None:
    rows = [
        GuidingQuestion(table_id="t", position=p, text=str(i))
        for i, p in enumerate(sorted(positions))
    ]
    source = data.draw(st.integers(0, len(rows) - 1))
    target = data.draw(st.integers(0, len(rows) - 1))
    changed = {r.id: r.position for r in moved(rows, source, target)}
    order = [r.id for r in rows]
    order.insert(target, order.pop(source))
    final = {rid: changed.get(rid, next(r.position for r in rows if r.id == rid)) for rid in order}
    assert [final[rid] for rid in order] == list(range(1, len(rows) + 1))
    assert all(r.position != changed[r.id] for r in rows if r.id in changed)


def test_an_unknown_event_is_a_one_line_error(qtbot, store: Store) -> None:
    with pytest.raises(RoundtablesError, match="No event"):
        EventEditor(store, "0" * 32)
    assert store.listeners == []  # nothing left listening for a window that never opened


def test_notes_and_other_events_do_not_redraw_the_editor(qtbot, editor, store, demo_event):
    calls: list[int] = []
    editor._reload_timer.timeout.connect(lambda: calls.append(1))
    editor.statusBar().clearMessage()
    store.add_note(_table1(store, demo_event).id, "A note typed in a facilitator window")
    other = store.get(Event, demo_event.id)
    from roundtables.demo import create_demo

    create_demo(store)  # another event, saved in the same process
    # The handler runs inside the save; a reload would have started the timer by now.
    assert not editor._reload_timer.isActive()
    assert calls == [] and editor.statusBar().currentMessage() == ""
    other.venue = "Elsewhere"
    store.save(other)
    assert editor._reload_timer.isActive()
    qtbot.waitUntil(lambda: calls == [1])
    assert editor.details.venue.text() == "Elsewhere"


def test_consent_is_chosen_from_a_list_in_the_table(qtbot, editor, store, demo_event) -> None:
    from PySide6.QtWidgets import QComboBox

    panel = editor.participants
    editor.tabs.setCurrentWidget(panel)
    person = panel.model.rows[0].participant
    assert person.consent != "anonymous"
    index = panel.model.index(0, 3)
    panel.view.setCurrentIndex(index)
    panel.view.edit(index)
    [combo] = [w for w in panel.view.findChildren(QComboBox) if w.isVisible()]
    # Shown in words (translated), stored as the level's key.
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Named", "Organisation only", "Anonymous"
    ]
    assert combo.currentData() == person.consent
    assert panel.model.data(index) in ("Named", "Organisation only")
    combo.setCurrentIndex(combo.findData("anonymous"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: store.get(Participant, person.id).consent == "anonymous")

