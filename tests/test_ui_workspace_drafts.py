"""Drafts at most a second old whatever the rhythm; one commit per saved note."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import SIGNAL, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_workspace_support import FakeClock, open_workspace

from roundtables.domain import Event
from roundtables.storage import Store

CTRL = Qt.KeyboardModifier.ControlModifier

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "grabbing the keyboard"
)

SENTENCE = (
    "The procurement officers say the budget holders never see the life-cycle cost, "
    "so the cheapest bid wins every time and nobody is to blame"
)


def test_steady_typing_then_a_crash_keeps_all_but_the_last_second(
    demo_event: Event, store: Store, db_path: Path, qtbot: QtBot
) -> None:
    clock = FakeClock()
    ws = open_workspace(qtbot, store, demo_event, 1, clock)
    field = ws.capture.field
    # ten keys a second for about fourteen seconds, never a pause: a debounced draft
    # would never be written
    for char in SENTENCE:
        clock.advance(0.1)
        qtbot.keyClicks(field, char)
    assert field.toPlainText() == SENTENCE
    # the crash: no pause, no close; another process reads the file
    with Store.open(db_path, writer=False) as after_crash:
        draft = after_crash.draft(ws.table.id)
    assert SENTENCE.startswith(draft)
    assert len(SENTENCE) - len(draft) <= 10, f"lost {len(SENTENCE) - len(draft)} characters"
    ws.agenda.ticker.stop()


def test_the_last_keys_reach_the_draft_within_a_second_without_more_typing(
    demo_event: Event, store: Store, qtbot: QtBot
) -> None:
    clock = FakeClock()
    ws = open_workspace(qtbot, store, demo_event, 1, clock)
    qtbot.keyClicks(ws.capture.field, "first words")
    clock.advance(0.2)
    qtbot.keyClicks(ws.capture.field, " and more")
    # the trailing write: real time, at most a second
    qtbot.waitUntil(lambda: store.draft(ws.table.id) == "first words and more", timeout=1000)


def test_a_note_and_the_end_of_its_draft_are_one_commit(
    demo_event: Event, store: Store, qtbot: QtBot
) -> None:
    clock = FakeClock()
    ws = open_workspace(qtbot, store, demo_event, 1, clock)
    for char in "p: a pilot tender":
        clock.advance(0.3)
        qtbot.keyClicks(ws.capture.field, char)
    assert store.draft(ws.table.id)  # written on the way
    commits: list[str] = []
    store.conn.set_trace_callback(
        lambda sql: commits.append(sql) if sql.strip().upper() == "COMMIT" else None
    )
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_Return, CTRL)
    store.conn.set_trace_callback(None)
    assert store.notes(ws.table.id)[-1].text == "a pilot tender"
    assert store.draft(ws.table.id) == ""
    assert len(commits) == 1


def test_saves_do_not_pile_up_connections(
    demo_event: Event, store: Store, qtbot: QtBot
) -> None:
    ws = open_workspace(qtbot, store, demo_event, 1)
    field = ws.capture.field
    signal = SIGNAL("submit_requested()")
    assert field.receivers(signal) == 1
    for n in range(100):
        field.setPlainText(f"note {n}")
        assert ws.save_note() is not None
    assert field.receivers(signal) == 1


def test_ctrl_enter_with_the_speaker_list_open_saves_once_and_says_nothing_wrong(
    demo_event: Event, store: Store, qtbot: QtBot
) -> None:
    ws = open_workspace(qtbot, store, demo_event, 1)
    field = ws.capture.field
    qtbot.keyClicks(field, "a first note")
    qtbot.keyClick(field, Qt.Key.Key_Return, CTRL)
    count = len(store.notes(ws.table.id))
    qtbot.keyClicks(field, "Cost is the excuse @Nad")
    popup = field.completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    # what the completer does with a key pressed in its list: hands it to the field
    QApplication.sendEvent(field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, CTRL))
    assert len(store.notes(ws.table.id)) == count + 1
    assert store.notes(ws.table.id)[-1].text.startswith("Cost is the excuse")
    assert ws.statusBar().currentMessage() != ws.tr("Type a note first")
    assert field.toPlainText() == ""


STEADY_TYPIST = """
import os, signal, sys, time
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from roundtables.storage import Store
from roundtables.ui.application import build_gui
store = Store.open(sys.argv[1])
window = build_gui(store, sys.argv[2])
(ws,) = window.workspaces.values()
deadline = time.monotonic() + 20
while QApplication.focusWidget() is not ws.capture.field and time.monotonic() < deadline:
    app.processEvents()
text = sys.argv[3]
for char in text:  # ten keys a second, real time, never a pause
    QTest.keyClicks(ws.capture.field, char)
    until = time.monotonic() + 0.1
    while time.monotonic() < until:
        app.processEvents()
        time.sleep(0.005)
os.kill(os.getpid(), signal.SIGKILL)  # mid-word, no pause before it
"""


@pytest.mark.slow
def test_kill_9_during_steady_typing_loses_at_most_the_last_second(
    demo_event: Event, store: Store, db_path: Path, tmp_path: Path
) -> None:
    import os
    import signal
    import subprocess
    import sys

    table = store.find_table(demo_event, 1)
    store.close()
    script = tmp_path / "typist.py"
    script.write_text(STEADY_TYPIST, encoding="utf-8")
    root = Path(__file__).resolve().parents[1]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root))
    typed = SENTENCE[:40]
    done = subprocess.run(
        [sys.executable, str(script), str(db_path), f"{demo_event.slug}:1", typed],
        env=env, cwd=root, capture_output=True, text=True, timeout=90,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    with Store.open(db_path, writer=False) as after:
        draft = after.draft(table.id)
    assert typed.startswith(draft)
    assert len(typed) - len(draft) <= 10, f"lost {typed[len(draft):]!r}"
