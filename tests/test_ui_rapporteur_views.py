"""The rapporteur reads the tables: side by side, by theme, and what several tables raised."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from roundtables.domain import Event, Note, RoundtablesError
from roundtables.storage import Store
from roundtables.ui.rapporteur.notes_views import tables_phrase
from roundtables.ui.rapporteur.tree_model import NOTE_ID_ROLE
from roundtables.ui.rapporteur.workspace import RapporteurWindow

# The offscreen platform says so of every shown top-level window; it is not our warning.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def window(qtbot, store: Store, demo_event: Event) -> RapporteurWindow:
    opened: list[Path] = []
    win = RapporteurWindow(store, demo_event.id, opener=opened.append)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    with qtbot.waitExposed(win):
        win.show()
    # Shortcuts only fire in the active window.
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def test_side_by_side_shows_every_demo_note_under_its_table(
    window: RapporteurWindow, store: Store, demo_event: Event, qtmodeltester
) -> None:
    tables = store.tables(demo_event.id)
    assert sorted(window.tables_panel.table_models) == [t.number for t in tables]
    for table in tables:
        model = window.tables_panel.table_models[table.number]
        shown = model.notes()
        assert sorted(n.id for _, n in shown) == sorted(n.id for n in store.notes(table.id))
        assert {number for number, _ in shown} == {table.number}
    qtmodeltester.check(window.tables_panel.table_models[1])


def test_notes_sit_under_their_guiding_question_and_type(
    window: RapporteurWindow, store: Store, demo_event: Event
) -> None:
    table = store.tables(demo_event.id)[0]
    question = store.questions(table.id)[0]
    model = window.tables_panel.table_models[table.number]
    heading = next(
        model.index(r, 0)
        for r in range(model.rowCount())
        if str(model.index(r, 0).data()).startswith(f"{question.position}. ")
    )
    under = [
        model.index(n, 0, model.index(t, 0, heading)).data(NOTE_ID_ROLE)
        for t in range(model.rowCount(heading))
        for n in range(model.rowCount(model.index(t, 0, heading)))
    ]
    expected = [n.id for n in store.notes(table.id) if n.question_id == question.id]
    assert expected and sorted(under) == sorted(expected)


def test_theme_view_lists_a_tag_raised_at_several_tables(
    window: RapporteurWindow, qtbot, store: Store, demo_event: Event
) -> None:
    stack = window.tables_panel.stack
    # A button's shortcut clicks it after a short animation: wait for the effect.
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stack.currentWidget() is window.tables_panel.theme_view)
    model = window.tables_panel.theme_model
    labels = [str(model.index(r, 0).data()) for r in range(model.rowCount())]
    tagged = {
        t.number: {tag for n in store.notes(t.id) for tag in n.tags}
        for t in store.tables(demo_event.id)
    }
    shared = sorted(set.intersection(*tagged.values()))
    assert shared, "the demo has tags every table used"
    row = next(i for i, label in enumerate(labels) if label.startswith(f"#{shared[0]} "))
    assert "tables 1, 2, 3" in labels[row]
    heading = model.index(row, 0)
    numbers = {
        model.index(i, 0, heading).data(Qt.ItemDataRole.UserRole + 2)
        for i in range(model.rowCount(heading))
    }
    assert numbers == {1, 2, 3}
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stack.currentWidget() is window.tables_panel.scroll_area)


def test_raised_at_several_tables_shows_themes_with_their_tables(
    window: RapporteurWindow,
) -> None:
    pytest.importorskip("roundtables.analysis")
    panel = window.several_panel
    assert panel.theme_labels() == []  # worked out when first shown, not before
    window.tabs.setCurrentWidget(panel)
    labels = panel.theme_labels()
    assert labels, "the demo's tables share themes"
    assert all("raised at tables" in label and " and " in label for label in labels)
    first = panel.model.index(0, 0)
    assert panel.model.rowCount(first) >= 2


def test_star_a_note_as_key_message_and_undo(
    window: RapporteurWindow, qtbot, store: Store, demo_event: Event
) -> None:
    table = store.tables(demo_event.id)[1]
    plain = next(n for n in store.notes(table.id) if not n.key_message)
    view = window.tables_panel.table_views[table.number]
    model = window.tables_panel.table_models[table.number]
    target = next(idx for idx in _all_indexes(model) if idx.data(NOTE_ID_ROLE) == plain.id)
    view.setCurrentIndex(target)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _note(store, plain.id).key_message)
    qtbot.waitUntil(lambda: plain.text in "\n".join(_key_message_rows(window)))
    window.undo_action.trigger()
    assert _note(store, plain.id).key_message is False


def test_star_without_a_selection_changes_nothing(
    window: RapporteurWindow, store: Store, demo_event: Event
) -> None:
    before = [n.key_message for t in store.tables(demo_event.id) for n in store.notes(t.id)]
    window.toggle_key_message()
    after = [n.key_message for t in store.tables(demo_event.id) for n in store.notes(t.id)]
    assert before == after
    assert window.statusBar().currentMessage() == "Select a note first"


def test_unknown_event_is_refused_in_one_line(qtbot, store: Store) -> None:
    with pytest.raises(RoundtablesError, match="No event"):
        RapporteurWindow(store, "0" * 32)


def test_tables_phrase() -> None:
    def tr(text: str) -> str:
        return text

    assert tables_phrase([1], tr) == "1"
    assert tables_phrase([1, 3], tr) == "1 and 3"
    assert tables_phrase([1, 2, 3], tr) == "1, 2 and 3"


def _all_indexes(model):
    pending = [model.index(r, 0) for r in range(model.rowCount())]
    while pending:
        index = pending.pop()
        yield index
        pending.extend(model.index(r, 0, index) for r in range(model.rowCount(index)))


def _note(store: Store, note_id: str) -> Note:
    note = store.get(Note, note_id)
    assert note is not None
    return note


def _key_message_rows(window: RapporteurWindow) -> list[str]:
    messages = window.key_panel.messages
    return [messages.item(i).text() for i in range(messages.count())]


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
def test_the_start_window_opens_the_workspace_for_the_selected_event(
    qtbot, store: Store, demo_event: Event
) -> None:
    from roundtables.ui.start_window import StartWindow

    start = StartWindow(store)
    qtbot.addWidget(start)
    start.events_tree.setCurrentItem(start.events_tree.topLevelItem(0))
    start.open_rapporteur()
    opened = [w for w in start.windows if isinstance(w, RapporteurWindow)]
    assert len(opened) == 1
    assert opened[0].isWindow() and opened[0].isVisible()
    assert opened[0].event_id == demo_event.id


def test_alt_digits_switch_pages_and_focus_their_main_list(window: RapporteurWindow, qtbot) -> None:
    assert window.focusWidget() is window.tables_panel.table_views[1]
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is window.actions_panel
    qtbot.waitUntil(lambda: window.focusWidget() is window.actions_panel.table)
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is window.generate_panel
