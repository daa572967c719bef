"""The themes page: pick proposed themes, merge, rename, write sentences, through the widget."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from roundtables.domain import Event
from roundtables.storage import Store
from roundtables.ui.rapporteur.themes import ThemesPanel
from roundtables.ui.rapporteur.workspace import RapporteurWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _open(qtbot, store: Store, event: Event) -> RapporteurWindow:
    opened: list[Path] = []
    window = RapporteurWindow(store, event.id, opener=opened.append)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach the active window only
    window.tabs.setCurrentWidget(window.themes_panel)
    return window


def _proposed_row(panel: ThemesPanel, label: str) -> int:
    for row in range(panel.proposed.count()):
        if panel.proposed.item(row).text().startswith(f"{label} "):
            return row
    raise AssertionError(f"{label} is not proposed")


def _curated_titles(panel: ThemesPanel) -> list[str]:
    return [panel.curated.item(r).text().split("  (")[0] for r in range(panel.curated.count())]


def test_pick_merge_rename_and_write_through_the_widget(
    qtbot, prompts, store: Store, demo_event: Event
) -> None:
    window = _open(qtbot, store, demo_event)
    panel = window.themes_panel
    assert panel.proposed.count() >= 6
    assert "Cost  (tables 1 and 3" in panel.proposed.item(_proposed_row(panel, "Cost")).text()

    panel.proposed.setCurrentRow(_proposed_row(panel, "Cost"))
    panel.pick_button.click()
    panel.proposed.setCurrentRow(_proposed_row(panel, "Silos"))
    qtbot.keyClick(panel.proposed, Qt.Key.Key_Return)  # Enter keeps the theme too
    assert _curated_titles(panel) == ["Cost", "Silos"]
    assert [t.title for t in store.curated_themes(demo_event.id)] == ["Cost", "Silos"]

    panel.curated.selectAll()
    panel.merge_button.click()
    assert _curated_titles(panel) == ["Cost"]
    (theme,) = store.curated_themes(demo_event.id)
    assert len(theme.note_ids) > 8  # every note of both, once

    panel.curated.setCurrentRow(0)
    panel.title_edit.selectAll()
    qtbot.keyClicks(panel.title_edit, "Cost and silos")
    qtbot.keyClick(panel.title_edit, Qt.Key.Key_Return)
    panel.sentences.setPlainText("Two tables tied cost to silos. Finance budgets per year.")
    panel.save_button.click()
    (theme,) = store.curated_themes(demo_event.id)
    assert theme.title == "Cost and silos"
    assert theme.synthesis == "Two tables tied cost to silos. Finance budgets per year."
    assert panel.notes.count() == len(theme.note_ids)
    assert prompts.messages("error") == []
    window.close()

    again = _open(qtbot, store, demo_event)
    assert _curated_titles(again.themes_panel) == ["Cost and silos"]
    again.themes_panel.curated.setCurrentRow(0)
    assert again.themes_panel.sentences.toPlainText().startswith("Two tables tied cost")


def test_merging_one_theme_and_an_empty_title_are_refused_in_one_line(
    qtbot, prompts, store: Store, demo_event: Event
) -> None:
    window = _open(qtbot, store, demo_event)
    panel = window.themes_panel
    panel.proposed.setCurrentRow(0)
    panel.pick_button.click()
    panel.curated.setCurrentRow(0)
    panel.merge_button.click()
    panel.title_edit.setText("   ")
    panel.rename()
    assert prompts.messages("error") == [
        "Select two or more themes to merge",
        "A theme needs a title",
    ]
    assert len(store.curated_themes(demo_event.id)) == 1


def test_alt_up_moves_the_selected_theme_earlier(
    qtbot, prompts, store: Store, demo_event: Event
) -> None:
    window = _open(qtbot, store, demo_event)
    panel = window.themes_panel
    for row in (0, 1):
        panel.proposed.setCurrentRow(row)
        panel.pick_button.click()
    first, second = _curated_titles(panel)
    panel.curated.setCurrentRow(1)
    panel.curated.setFocus()
    qtbot.keyClick(panel.curated, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _curated_titles(panel) == [second, first]
    assert panel.curated.currentRow() == 0  # the moved theme stays selected
    assert [t.title for t in store.curated_themes(demo_event.id)] == [second, first]
    panel.down_button.click()
    assert _curated_titles(panel) == [first, second]


def test_removing_a_theme_returns_to_the_proposals(
    qtbot, prompts, store: Store, demo_event: Event
) -> None:
    window = _open(qtbot, store, demo_event)
    panel = window.themes_panel
    panel.proposed.setCurrentRow(0)
    panel.pick_button.click()
    panel.curated.setCurrentRow(0)
    panel.remove_button.click()
    assert panel.curated.count() == 0
    assert store.curated_themes(demo_event.id) == []
    assert "proposed" in panel.mode_label.text()
