"""The notes list: filters, inline edit, delete, key-message star, undo; 5,000 notes."""

from __future__ import annotations

import copy
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from ui_workspace_support import open_workspace

from roundtables.domain import Event, Note
from roundtables.storage import Store
from roundtables.ui.workspace import TableWorkspace
from roundtables.ui.workspace.notes_model import STAR, TEXT, TYPE

CTRL = Qt.KeyboardModifier.ControlModifier

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "grabbing the keyboard"
)


@pytest.fixture
def workspace(demo_event: Event, store: Store, qtbot: QtBot) -> TableWorkspace:
    return open_workspace(qtbot, store, demo_event, 1)


def visible_notes(ws: TableWorkspace) -> list[Note]:
    proxy = ws.notes.proxy
    return [ws.model.note_at(proxy.mapToSource(proxy.index(r, 0)).row())
            for r in range(proxy.rowCount())]


def select_note(ws: TableWorkspace, note_id: str) -> None:
    assert ws.select_note(note_id)


def test_the_model_passes_qt_model_checks(workspace: TableWorkspace, qtmodeltester: ModelTester
                                          ) -> None:
    qtmodeltester.check(workspace.model)


def test_filters_by_type_question_speaker_tag_and_text(
    workspace: TableWorkspace, store: Store, qtbot: QtBot
) -> None:
    ws, panel = workspace, workspace.notes
    notes = store.notes(ws.table.id)
    assert len(visible_notes(ws)) == len(notes) > 0

    panel.type_filter.setCurrentIndex(panel.type_filter.findData("barrier"))
    assert {n.id for n in visible_notes(ws)} == {n.id for n in notes if n.type == "barrier"}
    panel.clear_filters()

    question = store.questions(ws.table.id)[0]
    panel.question_filter.setCurrentIndex(panel.question_filter.findData(question.id))
    expected = {n.id for n in notes if n.question_id == question.id}
    assert expected and {n.id for n in visible_notes(ws)} == expected
    panel.clear_filters()

    speaker = next(n for n in notes if n.speaker_id)
    name = ws.model.speaker_name(speaker)
    panel.speaker_filter.setCurrentIndex(panel.speaker_filter.findData(name))
    assert {n.id for n in visible_notes(ws)} == {
        n.id for n in notes if ws.model.speaker_name(n) == name
    }
    panel.clear_filters()

    tag = notes[0].tags[0]
    qtbot.keyClicks(panel.tag_filter, "#" + tag)
    assert {n.id for n in visible_notes(ws)} == {n.id for n in notes if tag in n.tags}
    panel.clear_filters()

    qtbot.keyClick(ws.capture.field, Qt.Key.Key_F, CTRL)
    assert panel.text_filter.hasFocus()
    qtbot.keyClicks(panel.text_filter, "SILOS")
    expected = {n.id for n in notes if "silos" in (n.text + " ".join(n.tags)).lower()}
    assert expected and {n.id for n in visible_notes(ws)} == expected


def test_inline_edit_of_text_goes_through_undo(
    workspace: TableWorkspace, store: Store, qtbot: QtBot
) -> None:
    ws, view = workspace, workspace.notes.view
    note = store.notes(ws.table.id)[3]
    select_note(ws, note.id)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Rewritten by the facilitator")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next loop turn
    qtbot.waitUntil(lambda: store.get(Note, note.id).text  # type: ignore[union-attr]
                    == "Rewritten by the facilitator")
    row = ws.model.row_of(note.id)
    assert row is not None
    assert ws.model.index(row, TEXT).data() == "Rewritten by the facilitator"
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert store.get(Note, note.id).text == note.text  # type: ignore[union-attr]
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert store.get(Note, note.id).text == "Rewritten by the facilitator"  # type: ignore[union-attr]


def test_an_empty_edit_changes_nothing(workspace: TableWorkspace, store: Store) -> None:
    ws = workspace
    note = store.notes(ws.table.id)[0]
    row = ws.model.row_of(note.id)
    assert row is not None
    assert not ws.model.setData(ws.model.index(row, TEXT), "   ", Qt.ItemDataRole.EditRole)
    assert store.get(Note, note.id) == note
    assert ws.undo_stack.count() == 0


def test_type_is_edited_with_a_combo(workspace: TableWorkspace, store: Store, qtbot: QtBot
                                     ) -> None:
    ws, view = workspace, workspace.notes.view
    note = next(n for n in store.notes(ws.table.id) if n.type != "proposal")
    select_note(ws, note.id)
    index = view.currentIndex().siblingAtColumn(TYPE)
    view.edit(index)
    editor = view.focusWidget()
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData("proposal"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: store.get(Note, note.id).type == "proposal")  # type: ignore[union-attr]
    assert index.data() == "Proposal"


def test_delete_star_and_undo_from_the_keyboard(
    workspace: TableWorkspace, store: Store, qtbot: QtBot
) -> None:
    ws, view = workspace, workspace.notes.view
    note = next(n for n in store.notes(ws.table.id) if not n.key_message)
    select_note(ws, note.id)
    qtbot.keyClick(view, Qt.Key.Key_K, CTRL)
    assert store.get(Note, note.id).key_message  # type: ignore[union-attr]
    row = ws.model.row_of(note.id)
    assert row is not None and ws.model.index(row, STAR).data() == "★"

    rows = ws.model.rowCount()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert store.get(Note, note.id).deleted  # type: ignore[union-attr]
    assert ws.model.rowCount() == rows - 1 and ws.model.row_of(note.id) is None
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    restored = store.get(Note, note.id)
    assert restored is not None and not restored.deleted and restored.key_message
    assert ws.model.rowCount() == rows
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert not store.get(Note, note.id).key_message  # type: ignore[union-attr]


def test_a_table_with_5000_notes_opens_and_saves_a_note(
    demo_event: Event, store: Store, qtbot: QtBot
) -> None:
    table = store.find_table(demo_event, 2)
    template = store.notes(table.id)[0]
    many = []
    for i in range(5000):
        note = copy.deepcopy(template)
        note.id, note.revision = f"{i:032x}", 0
        note.text = f"Bulk note {i} about procurement #bulk"
        note.created_at = f"2019-03-12T12:{i // 100 % 60:02d}:{i % 60:02d}.{i:06d}+00:00"
        many.append(note)
    store.save_all(many)  # type: ignore[arg-type]
    started = time.perf_counter()
    ws = open_workspace(qtbot, store, demo_event, 2)
    opened = time.perf_counter() - started
    assert ws.model.rowCount() == len(store.notes(table.id)) > 5000
    resets: list[bool] = []
    ws.model.modelReset.connect(lambda: resets.append(True))
    started = time.perf_counter()
    qtbot.keyClicks(ws.capture.field, "One more, at speed")
    qtbot.keyClick(ws.capture.field, Qt.Key.Key_Return, CTRL)
    saved = time.perf_counter() - started
    assert ws.model.row_of(store.notes(table.id)[-1].id) == ws.model.rowCount() - 1
    assert resets == []  # followed incrementally, not reloaded
    assert opened < 5 and saved < 1, (opened, saved)
