"""The participants panel on a real database: check-in, consent, walk-ins, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from ui_session_support import finalise, session_for

from roundtables.domain import Attendance, Event, Participant, RoundTable
from roundtables.storage import Store
from roundtables.ui.edit_session import EditSession
from roundtables.ui.panels.participants import CHECKED_IN, CONSENT, NAME, ParticipantsPanel

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


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
def panel(qtbot, session: EditSession, table: RoundTable) -> ParticipantsPanel:
    widget = ParticipantsPanel(session, table)
    qtbot.addWidget(widget)
    widget.resize(1300, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def attendance_of(store: Store, table: RoundTable, person_id: str) -> Attendance:
    [found] = store._select(Attendance, "table_id=? AND participant_id=?", (table.id, person_id))
    return found


def test_lists_the_table_with_consent_visible(panel, store, table):
    people = store.table_participants(table.id)
    assert panel.model.rowCount() == len(people) > 0
    names = [panel.model.index(r, NAME).data() for r in range(panel.model.rowCount())]
    assert names == [p.name for p in people]
    labels = {panel.model.index(r, CONSENT).data() for r in range(panel.model.rowCount())}
    assert labels <= {"Named", "Organisation only", "Anonymous"}
    assert len(labels) > 1, "the demo mixes consent levels"
    assert panel.model.index(0, CONSENT).data(Qt.ItemDataRole.DecorationRole) is not None


def test_space_checks_in_and_out_and_undo(qtbot, panel, store, table, stack):
    person = panel.model.rows[0].participant
    was = attendance_of(store, table, person.id).checked_in
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(0, NAME))
    qtbot.keyClick(panel.view, Qt.Key.Key_Space)
    assert attendance_of(store, table, person.id).checked_in is (not was)
    state = panel.model.index(0, CHECKED_IN).data(Qt.ItemDataRole.CheckStateRole)
    assert (state == Qt.CheckState.Checked) is (not was)
    qtbot.keyClick(panel.view, Qt.Key.Key_Space)
    assert attendance_of(store, table, person.id).checked_in is was
    stack.undo()
    assert attendance_of(store, table, person.id).checked_in is (not was)
    stack.redo()
    assert attendance_of(store, table, person.id).checked_in is was


def test_walk_in_from_the_keyboard_is_one_undo_step(qtbot, panel, store, table, stack):
    count = panel.model.rowCount()
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_W, CTRL_SHIFT)
    assert panel.walk_in_name.hasFocus()
    qtbot.keyClicks(panel.walk_in_name, "Ana  Lima")
    qtbot.keyClick(panel.walk_in_name, Qt.Key.Key_Tab)
    qtbot.keyClicks(panel.focusWidget(), "Fair Trade Lab")
    panel.walk_in_consent.setCurrentIndex(panel.walk_in_consent.findData("organisation"))
    qtbot.keyClick(panel.walk_in_organisation, Qt.Key.Key_Return)
    [person] = store._select(Participant, "name=?", ("Ana Lima",))
    assert (person.organisation, person.consent, person.event_id) == (
        "Fair Trade Lab",
        "organisation",
        table.event_id,
    )
    assert attendance_of(store, table, person.id).checked_in
    assert panel.model.rowCount() == count + 1
    assert panel.walk_in_name.text() == ""
    assert stack.count() == 1
    stack.undo()
    assert store._select(Participant, "name=?", ("Ana Lima",)) == []
    assert store.table_participants(table.id) == [s.participant for s in panel.model.rows]
    assert panel.model.rowCount() == count
    stack.redo()
    assert panel.model.rowCount() == count + 1


def test_walk_in_known_at_another_table_is_not_duplicated(panel, store, table, demo_event):
    other = store.find_table(demo_event, 3)
    here = {p.id for p in store.table_participants(table.id)}
    guest = next(p for p in store.table_participants(other.id) if p.id not in here)
    people = len(store.participants(demo_event.id))
    panel.walk_in_name.setText(guest.name.upper())
    panel.add_walk_in()
    assert len(store.participants(demo_event.id)) == people
    assert attendance_of(store, table, guest.id).checked_in


def test_walk_in_spelled_another_way_is_the_same_person(panel, store, table, demo_event):
    # Issue 11: the one name rule (no accents, decomposed, hyphen as space) for walk-ins too.
    import unicodedata

    other = store.find_table(demo_event, 3)
    guest = next(p for p in store.table_participants(other.id) if p.name == "François Lambert")
    people = len(store.participants(demo_event.id))
    panel.walk_in_name.setText("francois lambert")
    panel.add_walk_in()
    assert len(store.participants(demo_event.id)) == people
    assert attendance_of(store, table, guest.id).checked_in
    seated = next(p for p in store.table_participants(table.id) if p.name == "Renée Dubois")
    panel.walk_in_name.setText(unicodedata.normalize("NFD", seated.name))
    panel.add_walk_in()
    assert len(store.participants(demo_event.id)) == people


@pytest.mark.parametrize("typed", ["", "   "])
def test_walk_in_without_a_name_is_refused(panel, store, table, stack, prompts, typed):
    before = store.participants(table.event_id)
    panel.walk_in_name.setText(typed)
    panel.add_walk_in()
    assert store.participants(table.event_id) == before
    assert stack.count() == 0
    assert prompts.messages("error") == ["A walk-in needs a name"]


def test_walk_in_already_seated_is_refused(panel, store, table, stack, prompts):
    before = store.participants(table.event_id)
    panel.walk_in_name.setText(panel.model.rows[0].participant.name)
    panel.add_walk_in()
    assert store.participants(table.event_id) == before
    assert stack.count() == 0
    [message] = prompts.messages("error")
    assert "already at this table" in message


def test_consent_is_edited_in_place(panel, store, table, stack):
    person = panel.model.rows[0].participant
    wanted = "anonymous" if person.consent != "anonymous" else "named"
    assert panel.model.setData(panel.model.index(0, CONSENT), wanted)
    saved = store.get(Participant, person.id)
    assert saved and saved.consent == wanted
    stack.undo()
    saved = store.get(Participant, person.id)
    assert saved and saved.consent == person.consent


@pytest.mark.parametrize(("column", "value"), [(CONSENT, "public"), (NAME, "  ")])
def test_bad_edits_are_refused(panel, store, table, stack, prompts, column, value):
    before = store.participants(table.event_id)
    assert not panel.model.setData(panel.model.index(0, column), value)
    assert store.participants(table.event_id) == before
    assert stack.count() == 0
    [message] = prompts.messages("error")
    assert message and "\n" not in message


def test_read_only_blocks_edits(qtbot, panel, store, table, stack):
    before = store.attendance(table.id)
    finalise(store, table.event_id)
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(0, NAME))
    qtbot.keyClick(panel.view, Qt.Key.Key_Space)
    assert not panel.model.setData(panel.model.index(0, CONSENT), "anonymous")
    assert not panel.walk_in_name.isEnabled()
    panel.walk_in_name.setText("Someone")
    panel.add_walk_in()
    assert store.attendance(table.id) == before
    assert stack.count() == 0
    assert not panel.model.flags(panel.model.index(0, CHECKED_IN)) & (
        Qt.ItemFlag.ItemIsUserCheckable
    )


def test_chatham_house_is_announced(qtbot, store, table, session):
    event = store.event_of(table)
    event.attribution_policy = "chatham_house"
    store.save(event)
    widget = ParticipantsPanel(session, table)
    qtbot.addWidget(widget)
    assert "Chatham House" in widget.banner.text()
    assert not widget.banner.isHidden()
