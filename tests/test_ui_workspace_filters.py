"""Filters never hide the present: Esc clears, "n of m", new notes shown, right target."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_workspace_support import open_workspace

from roundtables.domain import Event, Note
from roundtables.storage import Store
from roundtables.ui.workspace import TableWorkspace

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "grabbing the keyboard"
)
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def workspace(demo_event: Event, store: Store, qtbot: QtBot) -> TableWorkspace:
    ws = open_workspace(qtbot, store, demo_event, 1)
    for text in ("alpha about cost", "beta about skills", "gamma about cost again"):
        ws.capture.field.setPlainText(text)
        assert ws.save_note() is not None
    return ws


def search(ws: TableWorkspace, qtbot: QtBot, text: str) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, CTRL)  # type: ignore[arg-type]
    assert QApplication.focusWidget() is ws.notes.text_filter
    qtbot.keyClicks(ws.notes.text_filter, text)


def test_a_visible_count_and_esc_clears_the_search(
    workspace: TableWorkspace, store: Store, qtbot: QtBot
) -> None:
    ws = workspace
    total = len(store.notes(ws.table.id))
    assert ws.notes.count_label.text() == f"{total} notes"
    search(ws, qtbot, "cost")
    shown = ws.notes.proxy.rowCount()
    assert 2 <= shown < total
    assert ws.notes.count_label.text() == f"{shown} of {total} notes"
    assert ws.notes.count_label.isVisible()
    qtbot.keyClick(ws.notes.text_filter, Qt.Key.Key_Escape)
    assert ws.notes.text_filter.text() == ""
    assert ws.notes.proxy.rowCount() == total
    assert ws.notes.count_label.text() == f"{total} notes"


def test_a_note_saved_while_filtered_out_is_shown_with_a_notice(
    workspace: TableWorkspace, store: Store, qtbot: QtBot
) -> None:
    ws = workspace
    search(ws, qtbot, "skills")
    qtbot.keyClick(ws.notes.text_filter, Qt.Key.Key_N, CTRL)  # back to the note field
    qtbot.keyClicks(ws.capture.field, "delta about nothing filtered")
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_Return, CTRL)
    newest = store.notes(ws.table.id)[-1]
    assert newest.text == "delta about nothing filtered"
    row = ws.notes.current_source_row()
    assert row is not None and ws.model.note_at(row).id == newest.id
    assert ws.notes.proxy.rowCount() == len(store.notes(ws.table.id))
    assert "filter" in ws.statusBar().currentMessage().lower()


def test_ctrl_k_stars_only_the_selected_visible_note(
    workspace: TableWorkspace, store: Store, qtbot: QtBot
) -> None:
    ws = workspace
    # "gamma" is selected (just saved); a search hides it
    search(ws, qtbot, "beta")
    assert ws.notes.proxy.rowCount() == 1
    before = {n.id for n in store.notes(ws.table.id) if n.key_message}
    qtbot.keyClick(ws.notes.text_filter, Qt.Key.Key_K, CTRL)
    changed = {n.id for n in store.notes(ws.table.id) if n.key_message} ^ before
    selected = ws.notes.view.selectionModel().selectedRows()
    visible = {ws.model.note_at(ws.notes.proxy.mapToSource(i).row()).id for i in selected}
    assert changed <= visible
    gamma = next(n for n in store.notes(ws.table.id) if n.text.startswith("gamma"))
    assert not store.get(Note, gamma.id).key_message  # type: ignore[union-attr]
