"""A stance key while typing the rationale keeps the text and the keyboard where they were."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_workspace_support import open_workspace

from roundtables.domain import Event
from roundtables.storage import Store
from roundtables.ui.panels.declaration import DeclarationPanel

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "grabbing the keyboard"
)
CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def test_ctrl_alt_s_while_typing_the_rationale_keeps_it(
    demo_event: Event, store: Store, qtbot: QtBot
) -> None:
    ws = open_workspace(qtbot, store, demo_event, 1)
    panel = ws.panels["declaration"]
    assert isinstance(panel, DeclarationPanel)
    ws.show_tab(next(t for name, _, _, t in ws.panel_tabs if name == "declaration"))
    editor = panel.editors[0]
    field = editor.fields["rationale"]
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.clear()
    qtbot.keyClicks(field, "it matches our procurement plan")
    qtbot.keyClick(field, Qt.Key.Key_S, CTRL_ALT)
    assert QApplication.focusWidget() is field
    assert field.toPlainText() == "it matches our procurement plan"
    saved = store.feedback_for(ws.table.id, editor.article.id)
    assert saved is not None and saved.stance == "support"
    assert saved.rationale == "it matches our procurement plan"
    qtbot.keyClicks(field, ", and the budget")
    assert field.toPlainText() == "it matches our procurement plan, and the budget"
