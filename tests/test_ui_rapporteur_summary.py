"""The executive summary in the rapporteur's workspace: a draft to edit, kept when edited."""

from __future__ import annotations

from pathlib import Path

import pytest

from roundtables.domain import Event, Note
from roundtables.storage import Store
from roundtables.ui.rapporteur.workspace import RapporteurWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

OUTCOME = "Declaration of intention: supported by all three tables"


def _open(qtbot, store: Store, event: Event) -> RapporteurWindow:
    opened: list[Path] = []
    window = RapporteurWindow(store, event.id, opener=opened.append)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.key_panel)
    return window


def _stored(store: Store, event: Event) -> str:
    found = store.get(Event, event.id)
    assert found is not None
    return found.executive_summary


def test_the_workspace_shows_the_apps_draft_until_it_is_edited(
    qtbot, store: Store, demo_event: Event
) -> None:
    window = _open(qtbot, store, demo_event)
    pane = window.key_panel.summary_pane
    assert OUTCOME in pane.editor.toPlainText()
    assert "Asked of the Flemish Government:" in pane.editor.toPlainText()
    assert pane.status.text() == "Drafted by the app from the tables' results; edit it freely."
    assert not pane.draft_again_button.isEnabled()  # nothing to replace yet
    assert _stored(store, demo_event) == ""


def test_edit_save_and_reopen_keeps_the_rapporteurs_text(
    qtbot, store: Store, demo_event: Event
) -> None:
    window = _open(qtbot, store, demo_event)
    editor = window.key_panel.summary
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "The plenary welcomed the proposals.")
    qtbot.waitUntil(lambda: _stored(store, demo_event).endswith("welcomed the proposals."))
    pane = window.key_panel.summary_pane
    qtbot.waitUntil(lambda: pane.status.text().startswith("Edited by you"))
    assert pane.draft_again_button.isEnabled()
    window.close()

    again = _open(qtbot, store, demo_event)
    assert again.key_panel.summary.toPlainText() == _stored(store, demo_event)
    assert again.key_panel.summary.toPlainText().endswith("The plenary welcomed the proposals.")
    assert again.key_panel.summary_pane.status.text().startswith("Edited by you")


def test_draft_again_asks_first_and_then_replaces_the_edited_text(
    qtbot, prompts, store: Store, demo_event: Event
) -> None:
    window = _open(qtbot, store, demo_event)
    pane = window.key_panel.summary_pane
    pane.editor.setPlainText("My own summary.")
    pane.editor.flush()
    assert _stored(store, demo_event) == "My own summary."
    prompts.answer(False)
    pane.draft_again_button.click()
    assert pane.editor.toPlainText() == "My own summary."  # refused: nothing lost
    prompts.answer(True)
    pane.draft_again_button.click()
    assert prompts.messages("confirm")[-1].startswith("Replace your summary")
    assert OUTCOME in pane.editor.toPlainText()
    assert _stored(store, demo_event) == ""
    assert pane.status.text().startswith("Drafted by the app")


def test_an_untouched_draft_follows_new_results(
    qtbot, store: Store, demo_event: Event
) -> None:
    window = _open(qtbot, store, demo_event)
    editor = window.key_panel.summary
    table = store.tables(demo_event.id)[1]
    store.save(Note(table_id=table.id, text="Everyone agreed to meet again in June.",
                    type="agreement", key_message=True))
    qtbot.waitUntil(lambda: "meet again in June" in editor.toPlainText())
    assert _stored(store, demo_event) == ""  # still the app's draft, not stored text
