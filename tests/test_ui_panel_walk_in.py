"""Enter adds a walk-in from any field of the walk-in row, in the real workspace."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_workspace_support import open_workspace

from roundtables.domain import Event
from roundtables.storage import Store
from roundtables.ui.panels.participants import ParticipantsPanel

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "grabbing the keyboard"
)


@pytest.mark.parametrize("last_field", ["organisation", "actor", "consent"])
def test_enter_in_any_walk_in_field_adds_the_person(
    demo_event: Event, store: Store, qtbot: QtBot, last_field: str
) -> None:
    ws = open_workspace(qtbot, store, demo_event, 1)
    panel = ws.panels["participants"]
    assert isinstance(panel, ParticipantsPanel)
    before = len(store.table_participants(ws.table.id))
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_W,  # type: ignore[arg-type]
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.walk_in_name)
    qtbot.keyClicks(panel.walk_in_name, "Ana Lima")
    qtbot.keyClick(panel.walk_in_name, Qt.Key.Key_Tab)
    qtbot.keyClicks(panel.walk_in_organisation, "City of Ghent")
    target = {
        "organisation": panel.walk_in_organisation,
        "actor": panel.walk_in_actor,
        "consent": panel.walk_in_consent,
    }[last_field]
    target.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() in (target, getattr(target, "lineEdit",
                                                                             lambda: None)()))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # type: ignore[arg-type]
    people = store.table_participants(ws.table.id)
    assert len(people) == before + 1
    assert any(p.name == "Ana Lima" and p.organisation == "City of Ghent" for p in people)


def test_panel_keys_work_from_the_note_field(
    demo_event: Event, store: Store, qtbot: QtBot
) -> None:
    ws = open_workspace(qtbot, store, demo_event, 1)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_W, ctrl_shift)
    panel = ws.panels["participants"]
    assert isinstance(panel, ParticipantsPanel)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.walk_in_name)
    ws.focus_note()
    before = len(store.action_points(ws.table.id))
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_A, ctrl_shift)
    assert len(store.action_points(ws.table.id)) == before + 1
    assert ws.tabs.currentWidget() is ws.panels["action_points"]
