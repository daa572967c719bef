"""Capture by keyboard: notes saved with Ctrl+Enter, parsed, drafted, undone."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_workspace_support import FakeClock, open_workspace

from roundtables.domain import Event, Note
from roundtables.names import resolve_speaker
from roundtables.storage import Store
from roundtables.ui.workspace import TableWorkspace
from roundtables.ui.workspace.capture import DRAFT_INTERVAL_MS

CTRL = Qt.KeyboardModifier.ControlModifier

# the offscreen platform says these of main windows and popups; they are not our bugs
pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "grabbing the keyboard"
)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def workspace(demo_event: Event, store: Store, qtbot: QtBot, clock: FakeClock) -> TableWorkspace:
    return open_workspace(qtbot, store, demo_event, 1, clock)


def type_note(qtbot: QtBot, ws: TableWorkspace, text: str) -> None:
    field = ws.capture.field
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return, CTRL)


def newest_note(store: Store, ws: TableWorkspace) -> Note:
    return store.notes(ws.table.id)[-1]


def test_focus_is_in_the_note_field_when_the_table_opens(workspace: TableWorkspace) -> None:
    assert QApplication.focusWidget() is workspace.capture.field


def test_ctrl_enter_saves_a_parsed_note_linked_to_question_and_segment(
    workspace: TableWorkspace, store: Store, qtbot: QtBot
) -> None:
    ws = workspace
    before = ws.model.rowCount()
    ws.timer.next()  # keynote
    ws.timer.next()  # discussion of question 1: the question follows the segment
    type_note(qtbot, ws, "b: budget holders never see life-cycle cost @Mathieu #cost")
    note = newest_note(store, ws)
    assert note.text == "budget holders never see life-cycle cost #cost"
    assert note.type == "barrier"
    mathieu = next(p for p in ws.participants if p.name == "Mathieu Lefèvre")
    assert (note.speaker_id, note.speaker) == (mathieu.id, "Mathieu Lefèvre")
    assert note.tags == ["cost"]
    assert note.question_id == store.questions(ws.table.id)[0].id
    assert note.segment_id == store.segments(ws.table.id)[2].id
    # in the list at once, selected, and the field is empty again for the next one
    assert ws.model.rowCount() == before + 1
    assert ws.model.note_at(ws.notes.current_source_row() or 0).id == note.id
    assert ws.capture.field.toPlainText() == ""
    assert store.draft(ws.table.id) == ""


def test_keypad_enter_alt_type_keys_and_a_speaker_not_on_the_list(
    workspace: TableWorkspace, store: Store, qtbot: QtBot
) -> None:
    ws = workspace
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert ws.capture.current_type() == ws.table_event.note_types[2].key == "enabler"
    qtbot.keyClicks(ws.capture.field, "A pilot tender opened doors @Guest_Speaker")
    qtbot.keyClick(
        ws.capture.field, Qt.Key.Key_Enter, CTRL | Qt.KeyboardModifier.KeypadModifier
    )
    note = newest_note(store, ws)
    assert (note.type, note.speaker, note.speaker_id) == ("enabler", "Guest Speaker", None)
    assert note.segment_id is None  # the timer has not started: no segment yet
    assert note.question_id is None


def test_a_chosen_question_is_linked_and_an_empty_field_saves_nothing(
    workspace: TableWorkspace, store: Store, qtbot: QtBot
) -> None:
    ws = workspace
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_G, CTRL)
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_G, CTRL)
    second = store.questions(ws.table.id)[1]
    assert ws.current_question_id == second.id
    assert second.text in ws.question_label.text()
    count = len(store.notes(ws.table.id))
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_Return, CTRL)
    assert len(store.notes(ws.table.id)) == count
    type_note(qtbot, ws, "Quick win: reuse the city's clauses")
    assert newest_note(store, ws).question_id == second.id


def test_speaker_completion_inserts_the_participant(
    workspace: TableWorkspace, qtbot: QtBot
) -> None:
    field = workspace.capture.field
    qtbot.keyClicks(field, "Cost is the excuse @Nadia")
    popup = field.completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Tab)
    assert field.toPlainText() == "Cost is the excuse @Nadia_El_Amrani "
    assert QApplication.focusWidget() is field


def test_undo_and_redo_a_saved_note_from_the_keyboard(
    workspace: TableWorkspace, store: Store, qtbot: QtBot
) -> None:
    ws = workspace
    type_note(qtbot, ws, "A note to take back")
    note_id = newest_note(store, ws).id
    rows = ws.model.rowCount()
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_Z, CTRL)  # empty field: undo reaches the stack
    stored = store.get(Note, note_id)
    assert stored is not None and stored.deleted
    assert ws.model.rowCount() == rows - 1
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_Y, CTRL)
    stored = store.get(Note, note_id)
    assert stored is not None and not stored.deleted
    assert ws.model.rowCount() == rows


def test_the_draft_is_kept_within_a_second_and_restored_after_a_crash(
    demo_event: Event, store: Store, db_path: Path, qtbot: QtBot
) -> None:
    ws = open_workspace(qtbot, store, demo_event, 1)
    table_id = ws.table.id
    assert DRAFT_INTERVAL_MS <= 1000
    qtbot.keyClicks(ws.capture.field, "q: who signs off the half-typed")
    typed = "q: who signs off the half-typed"
    qtbot.waitUntil(lambda: store.draft(table_id) == typed, timeout=1000)
    # the crash: the window never closes, the connection just goes away
    ws.agenda.ticker.stop()
    ws.capture.draft_timer.stop()
    store.close()
    ws.hide()
    with Store.open(db_path) as reopened:
        again = TableWorkspace(reopened, table_id)
        qtbot.addWidget(again)
        with qtbot.waitExposed(again):
            again.show()
        again.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is again.capture.field)
        assert again.capture.field.toPlainText() == "q: who signs off the half-typed"
        type_note(qtbot, again, " bit?")
        saved = reopened.notes(table_id)[-1]
        assert (saved.type, saved.text) == ("open_question", "who signs off the half-typed bit?")
        assert reopened.draft(table_id) == ""
        again.close()
    ws.deleteLater()


def test_completion_and_matching_ignore_accents(
    workspace: TableWorkspace, store: Store, qtbot: QtBot
) -> None:
    field = workspace.capture.field
    qtbot.keyClicks(field, "Needs a brief @Renee")
    popup = field.completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Tab)
    assert field.toPlainText() == "Needs a brief @Renée_Dubois "
    qtbot.keyClicks(field, "#capacity")
    qtbot.keyClick(field, Qt.Key.Key_Return, CTRL)
    note = newest_note(store, workspace)
    assert (note.speaker, note.tags) == ("Renée Dubois", ["capacity"])
    assert resolve_speaker(workspace.participants, "renee dub")[1] == "Renée Dubois"


def test_tab_in_an_unknown_speaker_keeps_the_typing_in_the_field(
    workspace: TableWorkspace, qtbot: QtBot
) -> None:
    field = workspace.capture.field
    qtbot.keyClicks(field, "From the floor @Visitor")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is field
    qtbot.keyClicks(field, " #guest")
    assert field.toPlainText() == "From the floor @Visitor #guest"


CRASHING_FACILITATOR = """
import os, signal, sys, time
from PySide6.QtCore import Qt
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
QTest.keyClicks(ws.capture.field, "p: a saved proposal #kept")
QTest.keyClick(ws.capture.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
QTest.keyClicks(ws.capture.field, "half a sentence")
while store.draft(ws.table.id) != "half a sentence" and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
os.kill(os.getpid(), signal.SIGKILL)  # the battery dies
"""


def test_a_killed_process_keeps_the_note_and_the_half_typed_draft(
    demo_event: Event, store: Store, db_path: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    table = store.find_table(demo_event, 1)
    store.close()  # the facilitator's process opens the file for writing
    script = tmp_path / "facilitator.py"
    script.write_text(CRASHING_FACILITATOR, encoding="utf-8")
    root = Path(__file__).resolve().parents[1]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root))
    done = subprocess.run(
        [sys.executable, str(script), str(db_path), f"{demo_event.slug}:1"],
        env=env, cwd=root, capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    with Store.open(db_path) as reopened:
        saved = reopened.notes(table.id)[-1]
        assert (saved.type, saved.text, saved.tags) == ("proposal", "a saved proposal #kept",
                                                        ["kept"])
        again = TableWorkspace(reopened, table.id)
        qtbot.addWidget(again)
        assert again.capture.field.toPlainText() == "half a sentence"
        again.close()
