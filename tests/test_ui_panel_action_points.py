"""The action points panel on a real database: keys, edits, undo, refusals, read-only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QLineEdit
from ui_session_support import finalise, session_for

from roundtables.domain import ActionPoint, Event, RoundTable
from roundtables.storage import Store
from roundtables.ui.edit_session import EditSession
from roundtables.ui.panels.action_points import (
    ACTION,
    DEADLINE,
    OWNER,
    PRIORITY,
    STATUS,
    VOTES,
    ActionPointsPanel,
)

# The offscreen platform warns when a window is shown; nothing to fix in the panel.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def table(store: Store, demo_event: Event) -> RoundTable:
    return store.find_table(demo_event, 1)


@pytest.fixture
def session(store: Store, table: RoundTable) -> EditSession:
    return session_for(store, table)


@pytest.fixture
def stack(session: EditSession) -> QUndoStack:
    return session.undo_stack


@pytest.fixture
def panel(qtbot, session: EditSession, table: RoundTable) -> ActionPointsPanel:
    widget = ActionPointsPanel(session, table)
    qtbot.addWidget(widget)
    widget.resize(1300, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def stored(store: Store, table: RoundTable) -> list[ActionPoint]:
    return store.action_points(table.id)


def editor_of(panel: ActionPointsPanel, kind: type) -> object:
    editors = [w for w in panel.view.viewport().findChildren(kind) if w.isVisible()]
    assert len(editors) == 1
    return editors[0]


def test_shows_the_tables_action_points(panel, store, table):
    points = stored(store, table)
    assert points, "the demo has action points at table 1"
    assert panel.model.rowCount() == len(points)
    assert panel.model.index(0, ACTION).data() == points[0].action


def test_add_by_keyboard_types_the_action_in_place(qtbot, panel, store, table, stack):
    count = len(stored(store, table))
    panel.view.setFocus()
    qtbot.keyClick(
        panel.view,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    editor = editor_of(panel, QLineEdit)
    assert isinstance(editor, QLineEdit) and editor.hasFocus()
    qtbot.keyClicks(editor, "Draft a model clause on factory disclosure")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits and closes its editor from the event loop.
    qtbot.waitUntil(lambda: panel.view.state() != panel.view.State.EditingState)
    points = stored(store, table)
    assert len(points) == count + 1
    assert points[-1].action == "Draft a model clause on factory disclosure"
    assert stack.count() == 1, "adding and typing the action is one undo step"
    stack.undo()
    assert len(stored(store, table)) == count
    assert panel.model.rowCount() == count
    stack.redo()
    assert stored(store, table)[-1].action == "Draft a model clause on factory disclosure"
    assert panel.model.rowCount() == count + 1


def test_insert_then_escape_leaves_nothing(qtbot, panel, store, table, stack):
    count = len(stored(store, table))
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Insert)
    editor = editor_of(panel, QLineEdit)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel.view.state() != panel.view.State.EditingState)
    assert len(stored(store, table)) == count
    assert panel.model.rowCount() == count
    assert stack.count() == 0


def test_edits_in_place_land_in_the_store_and_undo(panel, store, table, stack):
    first = stored(store, table)[0]
    model = panel.model
    assert model.setData(model.index(0, OWNER), "Ms Verbeke")
    assert model.setData(model.index(0, DEADLINE), " 2019-06-30 ")
    assert model.setData(model.index(0, VOTES), "7")
    saved = store.get(ActionPoint, first.id)
    assert saved and (saved.owner, saved.deadline, saved.votes) == ("Ms Verbeke", "2019-06-30", 7)
    assert model.index(0, OWNER).data() == "Ms Verbeke"
    stack.undo()
    stack.undo()
    stack.undo()
    back = store.get(ActionPoint, first.id)
    assert back and (back.owner, back.deadline, back.votes) == (
        first.owner,
        first.deadline,
        first.votes,
    )
    assert model.index(0, OWNER).data() == first.owner


@pytest.mark.parametrize(
    ("column", "value"),
    [
        (DEADLINE, "31/06/2019"),  # day-first forms are read (issue 12); June has 30 days
        (DEADLINE, "2019-02-30"),
        (VOTES, "-3"),
        (VOTES, "many"),
        (ACTION, "   "),
        (PRIORITY, "urgent"),
        (STATUS, "finished"),
    ],
)
def test_invalid_input_is_refused_with_one_line(panel, store, table, stack, prompts, column, value):
    before = stored(store, table)
    assert not panel.model.setData(panel.model.index(0, column), value)
    assert stored(store, table) == before
    assert stack.count() == 0
    [message] = prompts.messages("error")
    assert message and "\n" not in message


def test_priority_and_status_through_the_combo_editor(qtbot, panel, store, table):
    first = stored(store, table)[0]
    panel.view.setFocus()
    for column, wanted in ((PRIORITY, "low"), (STATUS, "in_progress")):
        panel.select_row(0, column)
        qtbot.keyClick(panel.view, Qt.Key.Key_F2)
        combo = editor_of(panel, QComboBox)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(wanted))
        qtbot.keyClick(combo, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not panel.view.viewport().findChildren(QComboBox))
    saved = store.get(ActionPoint, first.id)
    assert saved and (saved.priority, saved.status) == ("low", "in_progress")
    assert panel.model.index(0, STATUS).data() == "In progress"


def test_votes_from_the_keyboard(qtbot, panel, store, table, stack):
    first = stored(store, table)[0]
    panel.view.setFocus()
    panel.select_row(0)
    qtbot.keyClick(panel.view, Qt.Key.Key_Plus)
    qtbot.keyClick(panel.view, Qt.Key.Key_Plus)
    qtbot.keyClick(panel.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(panel.view, Qt.Key.Key_Minus)
    saved = store.get(ActionPoint, first.id)
    assert saved and saved.votes == first.votes + 2
    assert stack.count() == 1, "a burst of votes is one undo step"
    stack.undo()
    back = store.get(ActionPoint, first.id)
    assert back and back.votes == first.votes


def test_votes_never_go_below_zero(qtbot, panel, store, table):
    first = stored(store, table)[0]
    panel.model.setData(panel.model.index(0, VOTES), "0")
    panel.view.setFocus()
    panel.select_row(0)
    qtbot.keyClick(panel.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    saved = store.get(ActionPoint, first.id)
    assert saved and saved.votes == 0


def test_delete_tombstones_and_undo_restores(qtbot, panel, store, table, stack):
    points = stored(store, table)
    panel.view.setFocus()
    panel.select_row(0)
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    gone = store.get(ActionPoint, points[0].id)
    assert gone and gone.deleted
    assert panel.model.rowCount() == len(points) - 1
    stack.undo()
    back = store.get(ActionPoint, points[0].id)
    assert back and not back.deleted
    assert panel.model.rowCount() == len(points)


def test_read_only_blocks_every_edit(qtbot, panel, store, table, stack):
    before = stored(store, table)
    finalise(store, table.event_id)
    assert not panel.model.flags(panel.model.index(0, ACTION)) & Qt.ItemFlag.ItemIsEditable
    assert not panel.model.setData(panel.model.index(0, OWNER), "Somebody")
    panel.view.setFocus()
    panel.select_row(0)
    for key in (Qt.Key.Key_Plus, Qt.Key.Key_Delete, Qt.Key.Key_Insert):
        qtbot.keyClick(panel.view, key)
    assert stored(store, table) == before
    assert stack.count() == 0
    assert panel.model.index(0, ACTION).data() == before[0].action, "still visible"


def test_a_finalised_event_refuses_with_a_message(panel, store, table, stack, prompts):
    finalise(store, table.event_id, unseen=True)  # another window did it; not redrawn yet
    before = stored(store, table)
    assert not panel.model.setData(panel.model.index(0, OWNER), "Somebody")
    assert stored(store, table) == before
    assert stack.count() == 0
    [message] = prompts.messages("error")
    assert "finalised" in message


def test_follows_saves_made_elsewhere(panel, store, table, demo_event):
    count = panel.model.rowCount()
    store.save(ActionPoint(table_id=table.id, action="From the rapporteur"))
    other = store.find_table(demo_event, 2)
    store.save(ActionPoint(table_id=other.id, action="Another table"))
    assert panel.model.rowCount() == count + 1
    assert panel.model.index(count, ACTION).data() == "From the rapporteur"


def test_shortcuts_are_listed_for_the_help_overlay(panel):
    texts = {a.text(): a.shortcut().toString() for a in panel.actions()}
    assert texts[panel.add_action.text()] == "Ctrl+Shift+A"
    assert all(texts), "every action has a text"


def test_a_panel_adds_no_store_subscription_of_its_own(qtbot, store, table):
    from PySide6.QtCore import QCoreApplication, QEvent

    listening = len(store.listeners)
    session = session_for(store, table)
    assert len(store.listeners) == listening + 1, "the session's one hub"
    widget = ActionPointsPanel(session, table)
    assert len(store.listeners) == listening + 1, "the panel listens through the hub"
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    store.save(ActionPoint(table_id=table.id, action="Saved after the panel closed"))
    session.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert len(store.listeners) == listening


def test_deadline_typed_in_its_editor(qtbot, panel, store, table):
    first = stored(store, table)[0]
    panel.view.setFocus()
    panel.select_row(0, DEADLINE)
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    editor = editor_of(panel, QLineEdit)
    assert isinstance(editor, QLineEdit) and "31/03/2027" in editor.placeholderText()
    editor.clear()
    qtbot.keyClicks(editor, "2019-13-01")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the editor stays, with the text and the reason beside it (issue 12)
    assert panel.view.state() == panel.view.State.EditingState
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel.view.state() != panel.view.State.EditingState)
    saved = store.get(ActionPoint, first.id)
    assert saved and saved.deadline == first.deadline, "an impossible month changes nothing"
