"""The workspace window as a whole: read-only events, help, status, reach, hand-in."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_workspace_support import open_workspace

from roundtables.domain import Event, EventStatus, Note
from roundtables.storage import Store
from roundtables.ui.prompts import ScriptedPrompts
from roundtables.ui.workspace import TableWorkspace
from roundtables.ui.workspace.notes_model import TEXT

CTRL = Qt.KeyboardModifier.ControlModifier

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


@pytest.fixture
def workspace(demo_event: Event, store: Store, qtbot: QtBot) -> TableWorkspace:
    return open_workspace(qtbot, store, demo_event, 1)


def finalise(store: Store, event: Event) -> None:
    event.status = EventStatus.FINALISED.value
    store.save(event)


def test_a_finalised_event_opens_read_only(
    demo_event: Event, store: Store, qtbot: QtBot
) -> None:
    finalise(store, demo_event)
    ws = open_workspace(qtbot, store, demo_event, 1)
    assert ws.banner.isVisible() and "read-only" in ws.banner.text()
    assert ws.capture.field.isReadOnly()
    count = len(store.notes(ws.table.id))
    qtbot.keyClicks(ws.capture.field, "cannot be typed")
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_Return, CTRL)
    assert len(store.notes(ws.table.id)) == count
    assert not ws.model.flags(ws.model.index(0, TEXT)) & Qt.ItemFlag.ItemIsEditable
    assert not ws.agenda.start_button.isEnabled()
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_F6)
    assert store.segments(ws.table.id)[0].actual_start is None
    for panel in ws.panels.values():
        assert panel.read_only  # type: ignore[attr-defined]


def test_finalising_while_open_locks_the_workspace(
    workspace: TableWorkspace, demo_event: Event, store: Store
) -> None:
    assert not workspace.banner.isVisible()
    finalise(store, demo_event)
    assert workspace.banner.isVisible() and workspace.read_only
    assert not workspace.action_by_id["save_note"].isEnabled()


def test_status_bar_says_saved_after_every_commit(
    workspace: TableWorkspace, qtbot: QtBot
) -> None:
    qtbot.keyClicks(workspace.capture.field, "Saved at once")
    qtbot.keyClick(workspace.capture.field, Qt.Key.Key_Return, CTRL)
    assert re.fullmatch(r"Saved \d\d:\d\d:\d\d", workspace.saved_label.text())


def test_help_overlay_lists_every_action_with_its_keys(
    workspace: TableWorkspace, qtbot: QtBot
) -> None:
    ws = workspace
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_F1)
    assert ws.help.isVisible()
    rows = dict(ws.help.rows())
    assert rows["Save the note"] == "Ctrl+Return, Ctrl+Enter"
    assert rows["Undo"] == "Ctrl+Z" and rows["Redo"] == "Ctrl+Shift+Z, Ctrl+Y"
    assert rows["Note type: Barrier"] == "Alt+2"
    for spec in ws.specs:
        assert rows[ws.action_by_id[spec.id].text().replace("&", "")] == spec.keys_text()
    keys = [k for spec in ws.specs for k in spec.shortcuts]
    assert len(keys) == len(set(keys)), "two actions share a shortcut"
    qtbot.keyClick(ws.help.table, Qt.Key.Key_Escape)
    assert not ws.help.isVisible()


def test_interactive_widgets_have_accessible_names(workspace: TableWorkspace) -> None:
    kinds = (QAbstractButton, QLineEdit, QComboBox, QPlainTextEdit, QAbstractItemView)
    panels = tuple(workspace.panels.values())
    unnamed = [
        w for w in workspace.findChildren(QWidget)
        if isinstance(w, kinds) and w.isVisible() and not w.accessibleName()
        and not any(p.isAncestorOf(w) for p in panels)  # the panels' own tests check theirs
        and not isinstance(w.parentWidget(), QComboBox | QAbstractItemView)
    ]
    assert unnamed == []


def test_fits_a_1366_by_768_screen(workspace: TableWorkspace) -> None:
    hint = workspace.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 740, hint


def test_tabs_by_keyboard_and_panels_embedded(workspace: TableWorkspace, qtbot: QtBot) -> None:
    ws = workspace
    for module_name, _title, key, tab in ws.panel_tabs:
        letter = getattr(Qt.Key, f"Key_{key[-1]}")
        qtbot.keyClick(ws.focusWidget() or ws, letter, Qt.KeyboardModifier.AltModifier)
        assert ws.tabs.currentIndex() == tab, module_name
    qtbot.keyClick(ws.focusWidget() or ws, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert ws.tabs.currentIndex() == 0 and ws.capture.field.hasFocus()


def test_hand_in_writes_the_results_file(
    workspace: TableWorkspace, prompts: ScriptedPrompts, tmp_path: Path, qtbot: QtBot
) -> None:
    target = tmp_path / "stick" / "results.zip"
    target.parent.mkdir()
    prompts.answer(target)
    qtbot.keyClick(workspace.capture.field, Qt.Key.Key_E, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert prompts.messages("error") == []
    assert zipfile.is_zipfile(target)
    assert str(target) in prompts.messages("inform")[0]


def test_hand_in_to_a_missing_stick_says_so_in_one_line(
    workspace: TableWorkspace, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    prompts.answer(tmp_path / "unplugged" / "results.zip")
    workspace.action_by_id["hand_in"].trigger()
    errors = prompts.messages("error")
    assert len(errors) == 1 and "\n" not in errors[0] and errors[0]
    assert not (tmp_path / "unplugged").exists()


def test_select_note_clears_filters_that_hide_it(
    workspace: TableWorkspace, store: Store, qtbot: QtBot
) -> None:
    ws = workspace
    note = store.notes(ws.table.id)[5]
    qtbot.keyClicks(ws.notes.text_filter, "no note says this")
    assert ws.notes.proxy.rowCount() == 0
    assert ws.select_note(note.id)
    assert ws.model.note_at(ws.notes.current_source_row() or -1) == note
    assert not ws.select_note("not-a-note")
    assert isinstance(store.get(Note, note.id), Note)


def test_consent_notice_from_the_workspace(workspace: TableWorkspace, qtbot: QtBot) -> None:
    qtbot.keyClick(workspace.capture.field, Qt.Key.Key_I,
                   CTRL | Qt.KeyboardModifier.ShiftModifier)
    notice = workspace.consent
    assert notice is not None and notice.isVisible()
    assert "how you may be quoted" in notice.body.text()


def test_panel_shortcuts_never_clash_with_the_window_shortcuts(workspace: TableWorkspace
                                                               ) -> None:
    # two actions on one key that can both fire are ambiguous: Qt then fires neither
    window_keys = {
        k for spec in workspace.specs if spec.widget is None for k in spec.shortcuts
    }
    for panel in workspace.panels.values():
        for action in panel.actions():
            for key in action.shortcuts():
                assert key.toString() not in window_keys, (action.text(), key.toString())
