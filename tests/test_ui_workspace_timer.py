"""The timer as the room lived it: pauses survive a crash; segment moves go back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_workspace_support import FakeClock, open_workspace

from roundtables.domain import AgendaSegment, Event
from roundtables.storage import Store
from roundtables.ui.workspace import TableWorkspace
from roundtables.ui.workspace.agenda import TimerState

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def reopen_after_crash(
    qtbot: QtBot, store: Store, event: Event, old: TableWorkspace, clock: FakeClock
) -> TableWorkspace:
    """The old window never closed properly; a new one opens on the same file."""
    old.agenda.ticker.stop()
    old.hide()
    return open_workspace(qtbot, store, event, 1, clock)


def test_a_paused_timer_survives_a_crash_paused_with_its_time(
    demo_event: Event, store: Store, qtbot: QtBot
) -> None:
    clock = FakeClock()
    ws = open_workspace(qtbot, store, demo_event, 1, clock)
    planned = ws.timer.current.planned_minutes * 60  # type: ignore[union-attr]
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_F6)  # start
    clock.advance(60)
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_F6)  # pause
    clock.advance(600)  # a long pause, then the crash
    again = reopen_after_crash(qtbot, store, demo_event, ws, clock)
    assert again.timer.state == TimerState.PAUSED
    assert again.timer.remaining() == planned - 60
    clock.advance(300)
    assert again.timer.remaining() == planned - 60  # still paused
    qtbot.keyClick(again.capture.field, Qt.Key.Key_F6)  # resume
    clock.advance(10)
    assert again.timer.remaining() == planned - 70


def test_a_resumed_timer_after_a_crash_does_not_count_the_pause(
    demo_event: Event, store: Store, qtbot: QtBot
) -> None:
    clock = FakeClock()
    ws = open_workspace(qtbot, store, demo_event, 1, clock)
    planned = ws.timer.current.planned_minutes * 60  # type: ignore[union-attr]
    ws.timer.toggle()
    clock.advance(60)
    ws.timer.toggle()
    clock.advance(120)
    ws.timer.toggle()
    clock.advance(30)
    again = reopen_after_crash(qtbot, store, demo_event, ws, clock)
    assert again.timer.state == TimerState.RUNNING
    assert again.timer.remaining() == planned - 90


def test_shift_f7_goes_back_and_f7_can_be_undone(
    demo_event: Event, store: Store, qtbot: QtBot
) -> None:
    clock = FakeClock()
    ws = open_workspace(qtbot, store, demo_event, 1, clock)
    field = ws.capture.field
    first, second = store.segments(ws.table.id)[:2]
    qtbot.keyClick(field, Qt.Key.Key_F6)
    clock.advance(100)
    qtbot.keyClick(field, Qt.Key.Key_F7)  # by mistake, next to F6
    assert ws.timer.index == 1
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert ws.timer.index == 0 and ws.timer.state == TimerState.RUNNING
    assert ws.timer.remaining() == first.planned_minutes * 60 - 100
    assert store.get(AgendaSegment, first.id).actual_end is None  # type: ignore[union-attr]
    assert store.get(AgendaSegment, second.id).actual_start is None  # type: ignore[union-attr]
    qtbot.keyClick(field, Qt.Key.Key_Y, CTRL)  # redo: the next segment again
    assert ws.timer.index == 1
    clock.advance(20)
    qtbot.keyClick(field, Qt.Key.Key_F7, SHIFT)  # previous segment: back to the first
    assert ws.timer.index == 0 and ws.timer.state == TimerState.RUNNING
    assert store.get(AgendaSegment, first.id).actual_end is None  # type: ignore[union-attr]
    assert store.get(AgendaSegment, second.id).actual_start is None  # type: ignore[union-attr]
    # the first segment's clock carries on from where it had been left
    assert ws.timer.remaining() == first.planned_minutes * 60 - 100
    # and the state a crash finds is the state the room saw
    again = reopen_after_crash(qtbot, store, demo_event, ws, clock)
    assert again.timer.index == 0 and again.timer.state == TimerState.RUNNING
    assert again.timer.remaining() == first.planned_minutes * 60 - 100
