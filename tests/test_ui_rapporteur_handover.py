"""The rapporteur imports results files and resolves hand-over conflicts in the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from roundtables.domain import Event, Note
from roundtables.exchange import import_file, write_results, write_table_kits
from roundtables.storage import Store
from roundtables.ui.rapporteur.workspace import RapporteurWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def results(store: Store, demo_event: Event, tmp_path: Path) -> dict[int, Path]:
    """Every demo table's results file, written from the facilitators' database."""
    folder = tmp_path / "stick"
    folder.mkdir()
    return {
        t.number: write_results(store, demo_event, t, folder / f"table-{t.number}.zip")
        for t in store.tables(demo_event.id)
    }


@pytest.fixture
def rapporteur_store(
    tmp_path: Path, results: dict[int, Path], store: Store, demo_event: Event
) -> Iterator[Store]:
    """The rapporteur's own database: the organiser's kits, then the results of table 1."""
    with Store.open(tmp_path / "rapporteur.db") as opened:
        for kit in write_table_kits(store, demo_event, tmp_path):
            assert import_file(opened, kit).outcome == "imported"
        assert import_file(opened, results[1], expect="results").outcome == "updated"
        yield opened


@pytest.fixture
def window(qtbot, rapporteur_store: Store, demo_event: Event) -> RapporteurWindow:
    win = RapporteurWindow(rapporteur_store, demo_event.id, opener=lambda path: None)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def _drop(window: RapporteurWindow, paths: list[Path], target: QWidget | None = None) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        QPoint(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target or window, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target or window, drop)
    return True


def test_import_with_ctrl_i_then_again_by_drop_says_unchanged(
    window: RapporteurWindow, qtbot, prompts, rapporteur_store: Store, results, demo_event
) -> None:
    assert sorted(window.tables_panel.table_models) == [1, 2, 3]  # the kits set them up
    prompts.answer([results[2], results[3]])
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    panel = window.handover_panel
    qtbot.waitUntil(lambda: len(panel.summary_lines()) == 2)
    lines = panel.summary_lines()
    assert lines[1].startswith("table-2.zip (table 2): updated — new ")
    assert lines[0].startswith("table-3.zip (table 3): updated — new ")
    assert lines[0].endswith("conflicts 0")
    assert window.tabs.currentWidget() is panel
    # The tables show side by side with all their notes.
    assert sorted(window.tables_panel.table_models) == [1, 2, 3]
    table3 = rapporteur_store.find_table(demo_event, 3)
    shown = window.tables_panel.table_models[3].notes()
    assert len(shown) == len(rapporteur_store.notes(table3.id)) > 0

    before = rapporteur_store.harvest(demo_event)
    assert _drop(window, [results[2]])
    line = panel.summary_lines()[0]
    assert line.startswith("table-2.zip (table 2): unchanged — new 0, updated 0")
    assert rapporteur_store.harvest(demo_event) == before


def test_a_dropped_file_that_is_not_a_zip_is_not_taken(
    window: RapporteurWindow, tmp_path: Path
) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not results", encoding="utf-8")
    assert not _drop(window, [text])
    assert window.handover_panel.summary_lines() == []


def test_a_corrupt_results_file_is_rejected_in_one_line_and_changes_nothing(
    window: RapporteurWindow, prompts, rapporteur_store: Store, demo_event, tmp_path, results
) -> None:
    broken = tmp_path / "broken.zip"
    broken.write_bytes(results[2].read_bytes()[:200])
    before = rapporteur_store.harvest(demo_event)
    prompts.answer([broken])
    window.import_action.trigger()
    line = window.handover_panel.summary_lines()[0]
    assert line.startswith("broken.zip: rejected — ")
    assert "\n" not in line
    assert rapporteur_store.harvest(demo_event) == before


def test_conflicts_resolved_by_keep_take_and_combine(
    window: RapporteurWindow,
    qtbot,
    store: Store,
    rapporteur_store: Store,
    demo_event: Event,
    tmp_path: Path,
) -> None:
    table = store.find_table(demo_event, 1)
    notes = store.notes(table.id)[:3]
    for note in notes:  # the facilitator corrects three notes after handing in...
        note.text = f"facilitator: {note.text}"
        store.save(note)
    newer = write_results(store, demo_event, table, tmp_path / "table-1-newer.zip")
    for note in notes:  # ...and the rapporteur already edited the same three
        mine = rapporteur_store.get(Note, note.id)
        assert mine is not None
        mine.text = f"rapporteur: {mine.text}"
        rapporteur_store.save(mine)

    window.import_paths([newer])
    panel = window.handover_panel
    assert panel.summary_lines()[0].endswith("conflicts 3")
    assert panel.conflicts.count() == 3
    assert window.tabs.tabText(window.tabs.indexOf(panel)) == "Hand-over — conflicts: 3"

    def current_note() -> Note:
        conflict = panel.current_conflict()
        assert conflict is not None
        found = rapporteur_store.get(Note, conflict.record_id)
        assert found is not None
        return found

    first = current_note()
    assert panel.local_text.toPlainText().startswith("Text: rapporteur: ")
    assert panel.incoming_text.toPlainText().startswith("Text: facilitator: ")
    panel.keep_button.click()
    assert rapporteur_store.get(Note, first.id).text == first.text  # type: ignore[union-attr]
    assert panel.conflicts.count() == 2

    second = current_note()
    panel.take_button.click()
    taken = rapporteur_store.get(Note, second.id)
    assert taken is not None and taken.text.startswith("facilitator: ")

    third = current_note()
    prefilled = panel.combined_text.toPlainText()
    assert "rapporteur: " in prefilled and "facilitator: " in prefilled
    panel.combined_text.setPlainText("Both said: the buyer and IT must work together.")
    panel.combine_button.click()
    combined = rapporteur_store.get(Note, third.id)
    assert combined is not None
    assert combined.text == "Both said: the buyer and IT must work together."
    assert panel.conflicts.count() == 0
    assert not panel.keep_button.isEnabled()
    assert window.tabs.tabText(window.tabs.indexOf(panel)) == "Hand-over"
    # The side-by-side view shows the resolved text.
    qtbot.waitUntil(
        lambda: any(
            n.text.startswith("Both said") for _, n in window.tables_panel.table_models[1].notes()
        )
    )


def test_combining_with_an_empty_text_is_refused_and_the_conflict_stays(
    window: RapporteurWindow, prompts, store: Store, rapporteur_store: Store, demo_event, tmp_path
) -> None:
    table = store.find_table(demo_event, 1)
    note = store.notes(table.id)[0]
    note.text = "facilitator's wording"
    store.save(note)
    newer = write_results(store, demo_event, table, tmp_path / "newer.zip")
    mine = rapporteur_store.get(Note, note.id)
    assert mine is not None
    mine.text = "rapporteur's wording"
    rapporteur_store.save(mine)
    window.import_paths([newer])
    panel = window.handover_panel
    panel.combined_text.setPlainText("  ")
    panel.combine_button.click()
    assert len(prompts.messages("error")) == 1
    assert "\n" not in prompts.messages("error")[0]
    assert panel.conflicts.count() == 1
    assert rapporteur_store.get(Note, note.id).text == "rapporteur's wording"  # type: ignore[union-attr]


def test_a_results_file_dropped_on_the_summary_is_imported_not_typed(
    window: RapporteurWindow, rapporteur_store: Store, results, demo_event
) -> None:
    summary = window.key_panel.summary
    text = summary.toPlainText()
    assert _drop(window, [results[2]], target=summary.viewport())
    assert window.handover_panel.summary_lines()[0].startswith("table-2.zip (table 2): updated")
    # Nothing typed: the drafted summary only follows the newly imported table.
    window.tabs.setCurrentWidget(window.key_panel)
    assert "table-2.zip" not in summary.toPlainText() and "file://" not in summary.toPlainText()
    assert summary.toPlainText() != text and "tables 1 and 2" in summary.toPlainText()
    assert not window.key_panel.summary.edited
    table2 = rapporteur_store.find_table(demo_event, 2)
    assert len(rapporteur_store.notes(table2.id)) > 0
