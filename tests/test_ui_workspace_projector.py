"""Projector mode on one laptop: its own window in front, full screen, for the room."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_workspace_support import open_workspace

from roundtables.domain import Event
from roundtables.storage import Store
from roundtables.ui.workspace import TableWorkspace

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "grabbing the keyboard"
)
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def workspace(demo_event: Event, store: Store, qtbot: QtBot) -> TableWorkspace:
    return open_workspace(qtbot, store, demo_event, 1)


def test_the_room_sees_the_segment_not_an_instruction_when_no_question_is_chosen(
    workspace: TableWorkspace, qtbot: QtBot
) -> None:
    ws = workspace
    ws.set_question(None)
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_F5)
    projector = ws.projector
    assert projector is not None and projector.isVisible() and projector.isWindow()
    shown = " ".join(label.text() for label in (projector.theme, projector.question,
                                                 projector.countdown))
    assert "Ctrl" not in shown and "(" not in projector.question.text()
    segment = ws.timer.current
    assert segment is not None and segment.title in projector.question.text()
    assert str(ws.table.number) in projector.theme.text()
    assert projector.countdown.text() == ws.timer.countdown_text()
    ws.set_question(ws.questions[0].id)
    assert ws.questions[0].text in projector.question.text()


def test_on_one_screen_the_projector_is_in_front_and_the_keyboard_still_works(
    workspace: TableWorkspace, qtbot: QtBot
) -> None:
    ws = workspace
    assert len(QApplication.screens()) == 1
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_F5)
    projector = ws.projector
    assert projector is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is projector)  # in front
    qtbot.keyClicks(projector, "typing goes on")
    assert ws.capture.field.toPlainText() == "typing goes on"
    qtbot.keyClick(projector, Qt.Key.Key_F6)  # the workspace's keys work here too
    assert ws.timer.state.value == "running"
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ws.capture.field)


def test_full_screen_toggles_from_the_laptop_and_from_the_projector(
    workspace: TableWorkspace, qtbot: QtBot
) -> None:
    ws = workspace
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_F5)
    projector = ws.projector
    assert projector is not None
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_F5, SHIFT)
    qtbot.waitUntil(projector.isFullScreen)
    qtbot.keyClick(projector, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not projector.isFullScreen())
    assert projector.isVisible()
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_F5)
    assert not projector.isVisible()
