"""The rapporteur edits: merge action points (undoable), key messages, executive summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from roundtables.domain import ActionPoint, Event, EventStatus, Note, RoundtablesError
from roundtables.services.action_points import merged_action_points
from roundtables.storage import Store
from roundtables.ui.rapporteur.workspace import RapporteurWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def window(qtbot, store: Store, demo_event: Event) -> RapporteurWindow:
    opened: list[Path] = []
    win = RapporteurWindow(store, demo_event.id, opener=opened.append)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def _points(store: Store, event: Event, *, deleted: bool = False) -> list[ActionPoint]:
    table_ids = tuple(t.id for t in store.tables(event.id))
    marks = ",".join("?" for _ in table_ids)
    return store._select(ActionPoint, f"table_id IN ({marks})", table_ids, include_deleted=deleted)


def test_merging_two_action_points_sums_votes_tombstones_one_and_undo_restores(
    window: RapporteurWindow, qtbot, store: Store, demo_event: Event
) -> None:
    live = _points(store, demo_event)
    first, second = live[0], live[5]  # tables 1 and 2
    assert first.table_id != second.table_id
    panel = window.actions_panel
    window.tabs.setCurrentWidget(panel)
    panel.select_points([first.id, second.id])
    assert panel.merge_button.isEnabled()
    panel.wording.setPlainText("Present the conclusions to management and share model clauses")
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(_points(store, demo_event)) == len(live) - 1)

    everything = {p.id: p for p in _points(store, demo_event, deleted=True)}
    kept_id = first.id if first.votes >= second.votes else second.id
    gone_id = second.id if kept_id == first.id else first.id
    kept, gone = everything[kept_id], everything[gone_id]
    assert kept.votes == first.votes + second.votes
    assert kept.action == "Present the conclusions to management and share model clauses"
    assert kept.deadline == min(first.deadline, second.deadline)
    assert first.owner in kept.owner and second.owner in kept.owner
    assert gone.deleted and not kept.deleted
    # The view follows the store: one row fewer.
    qtbot.waitUntil(lambda: panel.model.rowCount() == len(live) - 1)

    window.undo_action.trigger()
    restored = {p.id: p for p in _points(store, demo_event)}
    assert len(restored) == len(live)
    for original in (first, second):
        again = restored[original.id]
        assert (again.action, again.votes, again.deadline, again.owner) == (
            original.action,
            original.votes,
            original.deadline,
            original.owner,
        )
    window.redo_action.trigger()
    assert len(_points(store, demo_event)) == len(live) - 1


def test_suggested_duplicates_select_their_action_points(
    window: RapporteurWindow, store: Store, demo_event: Event, qtmodeltester
) -> None:
    panel = window.actions_panel
    qtmodeltester.check(panel.model)
    if not panel.suggestions.count():
        pytest.skip("the analysis finds no duplicate group in the demo")
    panel.suggestions.setCurrentRow(0)
    assert len(panel.selected_points()) >= 2
    assert panel.merge_button.isEnabled()


def test_merging_one_action_point_is_refused_and_changes_nothing(
    window: RapporteurWindow, prompts, store: Store, demo_event: Event
) -> None:
    before = _points(store, demo_event, deleted=True)
    panel = window.actions_panel
    panel.select_points([before[0].id])
    assert not panel.merge_button.isEnabled()
    panel.merge_selected()
    assert prompts.messages("error") == ["Select at least two action points to merge"]
    assert _points(store, demo_event, deleted=True) == before
    assert window.undo_stack.count() == 0


def test_merge_rule_refuses_an_empty_wording() -> None:
    a = ActionPoint(table_id="t", action="a", votes=1, deadline="2019-05-01", owner="Ann")
    b = ActionPoint(table_id="t", action="b", votes=3, deadline="", owner="Bo; Ann")
    with pytest.raises(RoundtablesError, match="needs a wording"):
        merged_action_points([a, b], "  \n")
    kept, gone = merged_action_points([a, b], "ab")
    assert (kept.id, kept.votes, kept.deadline, kept.owner) == (b.id, 4, "2019-05-01", "Bo; Ann")
    assert gone.id == a.id and gone.deleted
    assert not a.deleted and b.votes == 3  # the inputs are untouched


def test_key_message_edit_and_unstar_land_in_the_store(
    window: RapporteurWindow, qtbot, store: Store, demo_event: Event
) -> None:
    panel = window.key_panel
    window.tabs.setCurrentWidget(panel)
    count = panel.messages.count()
    assert count >= 3, "the demo has key messages at every table"
    panel.messages.setCurrentRow(0)
    note = panel.current_note()
    assert note is not None
    panel.editor.setPlainText("Management support decides more than the law does.")
    panel.editor.setFocus()
    qtbot.keyClick(panel.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _note(store, note.id).text.startswith("Management support decides"))
    assert _note(store, note.id).key_message

    panel.unstar_button.click()
    assert _note(store, note.id).key_message is False
    qtbot.waitUntil(lambda: panel.messages.count() == count - 1)
    window.undo_action.trigger()
    assert _note(store, note.id).key_message is True


def test_unsaved_key_message_wording_survives_a_refresh(
    window: RapporteurWindow, store: Store, demo_event: Event
) -> None:
    panel = window.key_panel
    panel.messages.setCurrentRow(1)
    note = panel.current_note()
    assert note is not None
    panel.editor.setPlainText("Half-written new wording")
    table = store.tables(demo_event.id)[0]
    store.add_note(table.id, "A note arriving while the rapporteur writes")
    window.reload()
    current = panel.current_note()
    assert current is not None and current.id == note.id
    assert panel.editor.toPlainText() == "Half-written new wording"
    assert _note(store, note.id).text == note.text


def test_empty_key_message_is_refused(window: RapporteurWindow, prompts, store: Store) -> None:
    panel = window.key_panel
    panel.messages.setCurrentRow(0)
    note = panel.current_note()
    assert note is not None
    panel.editor.setPlainText("   ")
    panel.save_button.click()
    assert prompts.messages("error") == ["A key message needs some text"]
    assert _note(store, note.id).text == note.text


def test_executive_summary_is_saved_after_a_pause(
    window: RapporteurWindow, qtbot, store: Store, demo_event: Event
) -> None:
    editor = window.key_panel.summary
    window.tabs.setCurrentWidget(window.key_panel)
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Written in the last hour.")
    qtbot.waitUntil(
        lambda: _event(store, demo_event.id).executive_summary.endswith(
            " Written in the last hour."
        ),
        timeout=3000,
    )


def test_executive_summary_typed_just_before_closing_is_kept(
    window: RapporteurWindow, qtbot, store: Store, demo_event: Event
) -> None:
    editor = window.key_panel.summary
    editor.setPlainText("Short and final.")
    window.close()  # before the idle pause has passed
    assert _event(store, demo_event.id).executive_summary == "Short and final."


def _note(store: Store, note_id: str) -> Note:
    note = store.get(Note, note_id)
    assert note is not None
    return note


def _event(store: Store, event_id: str) -> Event:
    event = store.get(Event, event_id)
    assert event is not None
    return event


def test_a_finalised_event_refuses_merge_and_star_and_keeps_the_undo_stack_empty(
    window: RapporteurWindow, prompts, store: Store, demo_event: Event
) -> None:
    event = store.get(Event, demo_event.id)
    assert event is not None
    event.status = EventStatus.FINALISED.value
    store.save(event)
    before = _points(store, demo_event, deleted=True)
    panel = window.actions_panel
    panel.select_points([before[0].id, before[1].id])
    panel.merge_selected()
    window.key_panel.messages.setCurrentRow(0)
    assert not window.key_panel.unstar_button.isEnabled()
    window.key_panel.unstar_current()  # a shortcut that slipped through
    expected = f"Event '{demo_event.slug}' is finalised and read-only; reopen it to change it"
    assert prompts.messages("error") == [expected, expected]
    assert _points(store, demo_event, deleted=True) == before
    assert window.undo_stack.count() == 0
    assert window.key_panel.summary.isReadOnly()
