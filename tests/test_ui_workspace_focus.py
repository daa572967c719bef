"""Focus always comes home: overlays, windows and prompts give the keyboard back."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from ui_workspace_support import open_workspace

from roundtables.domain import Event
from roundtables.storage import Store
from roundtables.ui import prompts
from roundtables.ui.workspace import TableWorkspace

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "grabbing the keyboard"
)


@pytest.fixture
def workspace(demo_event: Event, store: Store, qtbot: QtBot) -> TableWorkspace:
    return open_workspace(qtbot, store, demo_event, 1)


def focus() -> QWidget | None:
    return QApplication.focusWidget()


@pytest.mark.parametrize("closing_key", [Qt.Key.Key_Escape, Qt.Key.Key_F1])
def test_closing_help_puts_the_keyboard_back_in_the_note_field(
    workspace: TableWorkspace, qtbot: QtBot, closing_key: Qt.Key
) -> None:
    ws = workspace
    ws.set_question(ws.questions[0].id)
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_F1)
    assert ws.help.isVisible()
    qtbot.keyClick(focus(), closing_key)  # type: ignore[arg-type]
    assert not ws.help.isVisible()
    assert focus() is ws.capture.field
    qtbot.keyClicks(focus(), "quick question from the floor")  # type: ignore[arg-type]
    assert ws.capture.field.toPlainText() == "quick question from the floor"
    assert ws.current_question_id == ws.questions[0].id


def test_help_gives_the_keyboard_back_to_the_notes_list_when_it_had_it(
    workspace: TableWorkspace, qtbot: QtBot
) -> None:
    ws = workspace
    ws.notes.view.setFocus()
    qtbot.waitUntil(lambda: focus() is ws.notes.view)
    qtbot.keyClick(ws.notes.view, Qt.Key.Key_F1)
    qtbot.keyClick(focus(), Qt.Key.Key_Escape)  # type: ignore[arg-type]
    assert focus() is ws.notes.view


def test_selectors_never_take_typed_text(workspace: TableWorkspace, qtbot: QtBot) -> None:
    ws = workspace
    ws.set_question(ws.questions[1].id)
    for combo in (ws.question_combo, ws.capture.type_combo):
        combo.setFocus()
        qtbot.waitUntil(lambda c=combo: focus() is c)  # type: ignore[misc]
        before = combo.currentIndex()
        qtbot.keyClicks(combo, "quite a few words about nothing")
        assert combo.currentIndex() == before
    assert ws.current_question_id == ws.questions[1].id


def test_the_consent_notice_and_the_projector_give_the_keyboard_back(
    workspace: TableWorkspace, qtbot: QtBot
) -> None:
    ws = workspace
    ws.show_consent_notice()
    assert ws.consent is not None
    ws.consent.activateWindow()
    ws.consent.setFocus()
    qtbot.waitUntil(ws.consent.isActiveWindow)  # Esc is a key of that window (keymap)
    qtbot.keyClick(ws.consent, Qt.Key.Key_Escape)
    assert not ws.consent.isVisible()
    qtbot.waitUntil(lambda: focus() is ws.capture.field)
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_F5)
    assert ws.projector is not None and ws.projector.isVisible()
    qtbot.keyClick(ws.projector, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: focus() is ws.capture.field)


class FocusStealingPrompts(prompts.ScriptedPrompts):
    """A dialog that takes the keyboard while it is open, like a real one."""

    def __init__(self, thief: QWidget) -> None:
        super().__init__()
        self.thief = thief

    def error(self, parent: Any, title: str, text: str) -> None:
        self.thief.setFocus()
        super().error(parent, title, text)


def test_a_prompt_gives_the_keyboard_back(workspace: TableWorkspace, qtbot: QtBot) -> None:
    ws = workspace
    thief = QLineEdit(ws)
    thief.show()
    previous = prompts.use(FocusStealingPrompts(thief))
    try:
        prompts.error(ws, "Not saved", "A reason")
    finally:
        prompts.use(previous)
    assert focus() is ws.capture.field
