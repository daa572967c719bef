"""Agenda and countdown with a fake clock; projector mode."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_workspace_support import FakeClock, open_workspace

from roundtables.domain import AgendaSegment, Event
from roundtables.storage import Store
from roundtables.ui.workspace import TableWorkspace
from roundtables.ui.workspace.agenda import AgendaTimer, Phase, TimerState, format_countdown

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def workspace(demo_event: Event, store: Store, qtbot: QtBot, clock: FakeClock) -> TableWorkspace:
    return open_workspace(qtbot, store, demo_event, 1, clock)


def test_countdown_text() -> None:
    assert format_countdown(15 * 60) == "15:00"
    assert format_countdown(61.7) == "01:01"
    assert format_countdown(-90.2) == "+01:30"


def test_countdown_turns_amber_then_red_counting_up_and_times_are_saved(
    workspace: TableWorkspace, store: Store, qtbot: QtBot, clock: FakeClock
) -> None:
    ws, panel = workspace, workspace.agenda
    first = store.segments(ws.table.id)[0]
    assert first.planned_minutes == 5 and panel.countdown.text() == "05:00"
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_F6)
    assert ws.timer.state == TimerState.RUNNING
    stored = store.get(AgendaSegment, first.id)
    assert stored is not None and stored.actual_start == "2026-03-12T13:30:00+00:00"

    clock.advance(150)
    panel.refresh()
    assert (panel.countdown.text(), panel.countdown.property("phase")) == ("02:30", "normal")
    clock.advance(31)
    panel.refresh()
    assert (panel.countdown.text(), panel.countdown.property("phase")) == ("01:59", "amber")
    clock.advance(150)
    panel.refresh()
    assert (panel.countdown.text(), panel.countdown.property("phase")) == ("+00:31", "overrun")
    clock.advance(60)
    panel.refresh()
    assert panel.countdown.text() == "+01:31"  # counting up

    qtbot.keyClick(ws.capture.field, Qt.Key.Key_F7)  # next segment
    ended = store.get(AgendaSegment, first.id)
    second = store.segments(ws.table.id)[1]
    assert ended is not None and ended.actual_end == "2026-03-12T13:36:31+00:00"
    assert second.actual_start == "2026-03-12T13:36:31+00:00" and second.actual_end is None
    assert panel.countdown.text() == "15:00" and panel.countdown.property("phase") == "normal"
    assert "13:30–13:36" in (panel.list.topLevelItem(0).text(2))  # type: ignore[union-attr]


def test_pause_stops_the_countdown(workspace: TableWorkspace, qtbot: QtBot, clock: FakeClock
                                   ) -> None:
    ws = workspace
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_F6)
    clock.advance(60)
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_F6)
    assert ws.timer.state == TimerState.PAUSED
    assert ws.agenda.start_button.text() == "Resume"
    clock.advance(600)
    ws.agenda.refresh()
    assert ws.agenda.countdown.text() == "04:00"
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_F6)
    clock.advance(30)
    ws.agenda.refresh()
    assert ws.agenda.countdown.text() == "03:30"


def test_the_question_follows_the_segment_and_can_be_changed(
    workspace: TableWorkspace, store: Store, qtbot: QtBot
) -> None:
    ws = workspace
    questions = store.questions(ws.table.id)
    for _ in range(3):  # welcome -> keynote -> question 1 -> question 2
        qtbot.keyClick(ws.capture.field, Qt.Key.Key_F7)
    assert ws.timer.current is not None and ws.timer.current.question_id == questions[1].id
    assert ws.current_question_id == questions[1].id
    assert questions[1].text in ws.question_label.text()
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert ws.current_question_id == questions[0].id
    assert ws.question_combo.currentData() == questions[0].id


def test_a_reopened_table_resumes_the_running_segment(
    demo_event: Event, store: Store, clock: FakeClock
) -> None:
    table = store.find_table(demo_event, 1)
    timer = AgendaTimer(store, table.id, clock)
    timer.start()
    timer.next()
    clock.advance(300)
    again = AgendaTimer(store, table.id, clock)  # as after a crash: only the saved times
    assert again.index == 1 and again.state == TimerState.RUNNING
    assert again.countdown_text() == "10:00"
    for _ in range(len(again.segments)):
        again.next()
    assert again.state == TimerState.DONE
    assert all(s.actual_start and s.actual_end for s in store.segments(table.id))
    assert AgendaTimer(store, table.id, clock).state == TimerState.DONE


def test_projector_shows_theme_question_and_countdown(
    workspace: TableWorkspace, qtbot: QtBot, clock: FakeClock
) -> None:
    ws = workspace
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_F5)
    projector = ws.projector
    assert projector is not None and projector.isVisible()
    assert ws.table.theme in projector.theme.text()
    assert ws.questions[0].text in projector.question.text()
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_F6)
    clock.advance(5 * 60 + 10)
    ws.agenda.ticker.timeout.emit()
    assert projector.countdown.text() == "+00:10"
    assert projector.countdown.font().pointSizeF() > 3 * ws.agenda.segment_title.font().pointSizeF()
    assert ws.timer.phase() == Phase.OVERRUN
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_F5)
    assert not projector.isVisible()
