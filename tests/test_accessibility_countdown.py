"""The countdown says in words what its colour says, and tells a screen reader when the
phase changes, without taking the keyboard from the note field; so do status messages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_workspace_support import FakeClock, open_workspace

from roundtables.domain import Event
from roundtables.storage import Store

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


def test_amber_and_red_are_also_said_in_words_and_announced(
    demo_event: Event, store: Store, qtbot: QtBot
) -> None:
    clock = FakeClock()
    ws = open_workspace(qtbot, store, demo_event, 1, clock)
    panel = ws.agenda
    ws.capture.field.setFocus()
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_F6)  # start the 5-minute segment
    panel.refresh()
    assert panel.phase_words.text() == "" and panel.countdown.accessibleDescription() == ""

    seen = []
    for seconds, words in ((181, "2 min left"), (60, "1 min left"), (60, "Over time")):
        clock.advance(seconds)
        panel.refresh()
        seen.append((panel.phase_words.text(), panel.countdown.accessibleDescription()))
        assert not panel.phase_words.isHidden(), words
        # the keyboard stays where the facilitator types
        assert QApplication.focusWidget() is ws.capture.field
    assert seen == [("2 min left", "2 min left"), ("1 min left", "1 min left"),
                    ("Over time", "Over time")]
    # the name stays the label's purpose; the words come with it
    assert panel.countdown.accessibleName() == "Time left in this segment"


def test_status_messages_are_told_to_a_screen_reader(
    demo_event: Event, store: Store, qtbot: QtBot
) -> None:
    ws = open_workspace(qtbot, store, demo_event, 1, FakeClock())
    ws.capture.field.clear()
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    message = ws.statusBar().currentMessage()
    assert message == "Type a note first"
    assert ws.statusBar().accessibleDescription() == message
    assert QApplication.focusWidget() is ws.capture.field


def test_the_projector_says_it_in_words_too(demo_event: Event, store: Store, qtbot: QtBot) -> None:
    clock = FakeClock()
    ws = open_workspace(qtbot, store, demo_event, 1, clock)
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_F5)
    projector = ws.projector
    assert projector is not None and projector.isVisible()
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_F6)
    words = []
    for seconds in (181, 120):
        clock.advance(seconds)
        ws.agenda.ticker.timeout.emit()
        words.append(projector.phase_words.text())
    assert words == ["2 min left", "Over time"]
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_F5)
