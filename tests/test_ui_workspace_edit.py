"""Edit what was said from the keyboard: F2 parses like capture; Alt+n on the list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from ui_workspace_support import open_workspace

from roundtables.domain import Event, Note
from roundtables.storage import Store
from roundtables.ui.workspace import TableWorkspace

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "grabbing the keyboard"
)
CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


@pytest.fixture
def workspace(demo_event: Event, store: Store, qtbot: QtBot) -> TableWorkspace:
    ws = open_workspace(qtbot, store, demo_event, 1)
    # typed in one go (the offscreen platform mishandles the @-list's window activation)
    ws.capture.field.setPlainText("i: cost is what they look at @Guest")
    assert ws.save_note() is not None
    return ws


def to_list(ws: TableWorkspace, qtbot: QtBot) -> None:
    """The notes list one key away (Ctrl+L), the newest note selected."""
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_L, CTRL)
    assert QApplication.focusWidget() is ws.notes.view


def newest(store: Store, ws: TableWorkspace) -> Note:
    return store.notes(ws.table.id)[-1]


def test_f2_shows_the_note_as_typed_and_parses_markers_speaker_and_tags(
    workspace: TableWorkspace, store: Store, qtbot: QtBot
) -> None:
    ws = workspace
    to_list(ws, qtbot)
    qtbot.keyClick(ws.notes.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.text() == "i: cost is what they look at @Guest"
    editor.selectAll()
    qtbot.keyClicks(editor, "d: cost is NOT all they look at @Nadia #cost")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits on its next turn
    qtbot.waitUntil(lambda: newest(store, ws).type == "disagreement")
    note = newest(store, ws)
    assert (note.type, note.tags) == ("disagreement", ["cost"])
    assert note.text == "cost is NOT all they look at #cost"
    assert note.speaker == "Nadia El Amrani" and note.speaker_id is not None
    qtbot.keyClick(ws.notes.view, Qt.Key.Key_Z, CTRL)  # one undo step puts it all back
    note = newest(store, ws)
    assert (note.type, note.text, note.speaker) == ("insight", "cost is what they look at",
                                                    "Guest")


def test_alt_digit_in_the_list_changes_the_selected_note_not_the_next(
    workspace: TableWorkspace, store: Store, qtbot: QtBot
) -> None:
    ws = workspace
    to_list(ws, qtbot)
    next_type = ws.capture.current_type()
    qtbot.keyClick(ws.notes.view, Qt.Key.Key_2, ALT)
    assert newest(store, ws).type == ws.table_event.note_types[1].key
    assert ws.capture.current_type() == next_type


def test_the_speaker_is_edited_with_completion_and_the_question_linked(
    workspace: TableWorkspace, store: Store, qtbot: QtBot
) -> None:
    ws = workspace
    ws.set_question(ws.questions[1].id)
    to_list(ws, qtbot)
    qtbot.keyClick(ws.notes.view, Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "renee")
    completer = editor.completer()
    assert completer is not None and completer.currentCompletion() == "Renée Dubois"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: newest(store, ws).speaker != "Guest")
    note = newest(store, ws)
    assert note.speaker == "Renée Dubois" and note.speaker_id is not None
    ws.notes.view.setFocus()
    qtbot.keyClick(ws.notes.view, Qt.Key.Key_Q, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert newest(store, ws).question_id == ws.questions[1].id
