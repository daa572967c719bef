"""A big table: rows formatted when shown, the filter waits for typing to pause."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_workspace_support import open_workspace

from roundtables.domain import Event, Note
from roundtables.storage import Store
from roundtables.ui.workspace import notes_view

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "grabbing the keyboard"
)


def test_a_big_tables_filter_applies_once_typing_pauses(
    demo_event: Event, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(notes_view, "FILTER_AT_ONCE_ROWS", 20)
    table = store.tables(demo_event.id)[0]
    store.save_all([Note(table_id=table.id, text=f"filler {i}", tags=["bulk"],
                         created_at=f"2026-01-01T10:{i // 60:02d}:{i % 60:02d}+00:00")
                    for i in range(40)])
    store.add_note(table.id, "The Zebra crossing note", tags=["traffic"])
    ws = open_workspace(qtbot, store, demo_event, 1)
    model, panel = ws.model, ws.notes
    total = model.rowCount()
    assert total > 40
    assert sum(shown is not None for shown in model._display) < total  # formatted lazily
    qtbot.keyClicks(panel.text_filter, "zebra")
    assert panel.proxy.rowCount() == total  # still typing: the list has not moved yet
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1)
    row = panel.proxy.mapToSource(panel.proxy.index(0, 0)).row()
    assert model.note_at(row).text == "The Zebra crossing note"
    assert model.index(row, notes_view.TAGS).data() == "#traffic"
    panel.text_filter.clear()
    qtbot.keyClicks(panel.tag_filter, "#bulk")
    assert panel.proxy.rowCount() == 1  # the list moves when typing pauses
    panel.current_source_row()  # acting on the list applies a waiting filter first
    assert panel.proxy.rowCount() == 40
    qtbot.keyClick(panel.tag_filter, Qt.Key.Key_Escape)
    assert panel.proxy.rowCount() == total


def test_a_renamed_speaker_shows_in_rows_already_formatted(
    demo_event: Event, store: Store, qtbot: QtBot
) -> None:
    ws = open_workspace(qtbot, store, demo_event, 1)
    model = ws.model
    row = next(r for r in range(model.rowCount()) if model.note_at(r).speaker_id)
    person = next(p for p in store.participants(demo_event.id)
                  if p.id == model.note_at(row).speaker_id)
    assert model.index(row, notes_view.SPEAKER).data() == person.name
    person.name = "Renamed Person"
    store.save(person)
    qtbot.waitUntil(lambda: model.index(row, notes_view.SPEAKER).data() == "Renamed Person")
    assert "renamed person" in model.haystack(row)
