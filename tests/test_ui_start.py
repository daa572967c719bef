"""The start window and the command-line way in: --table, menus, import, refresh."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from roundtables.app import main
from roundtables.demo import create_demo
from roundtables.domain import AttributionPolicy, Event, RoundtablesError
from roundtables.storage import Store
from roundtables.ui.application import build_gui
from roundtables.ui.prompts import ScriptedPrompts
from roundtables.ui.start_window import StartWindow, find_table_ref

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


@pytest.fixture
def start(demo_event: Event, store: Store, qtbot: QtBot) -> StartWindow:
    window = StartWindow(store)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


def test_the_command_line_table_opens_straight_into_the_workspace(
    demo_event: Event, store: Store, qtbot: QtBot
) -> None:
    window = build_gui(store, f"{demo_event.slug}:1")
    qtbot.addWidget(window)
    assert not window.isVisible()
    (workspace,) = window.workspaces.values()
    qtbot.addWidget(workspace)
    assert workspace.table.number == 1 and workspace.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is workspace.capture.field)


@pytest.mark.parametrize("ref", ["no-such-event:1", "{slug}:9", "{slug}", "{slug}:one"])
def test_an_unknown_table_is_one_line_and_exit_1_before_any_window(
    ref: str, demo_event: Event, db_path: Path, store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    before = set(QApplication.topLevelWidgets())
    store.close()  # the command line opens the file itself
    code = main(["--db", str(db_path), "--table", ref.format(slug=demo_event.slug)])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("roundtables: ")
    assert set(QApplication.topLevelWidgets()) == before


def test_find_table_ref_accepts_slug_and_id_prefix(demo_event: Event, store: Store) -> None:
    assert find_table_ref(store, f"{demo_event.slug}:2")[1].number == 2
    assert find_table_ref(store, f"{demo_event.id[:8]}:3")[1].number == 3
    with pytest.raises(RoundtablesError, match="EVENT:TABLE"):
        find_table_ref(store, ":1")


def test_events_most_recent_first_and_enter_opens_a_table(
    start: StartWindow, store: Store, qtbot: QtBot
) -> None:
    older = store.save(Event(title="Older forum", slug="older", date="2017-05-01"))
    start.reload()
    tree = start.events_tree
    titles = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]  # type: ignore[union-attr]
    assert titles[-1] == older.title and len(titles) == 2
    first_table = tree.topLevelItem(0).child(1)  # type: ignore[union-attr]
    assert first_table is not None
    tree.setCurrentItem(first_table)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    (workspace,) = start.workspaces.values()
    assert workspace.table.number == 2
    qtbot.keyClick(tree, Qt.Key.Key_Return)  # again: the same window comes forward
    assert len(start.workspaces) == 1
    workspace.close()
    assert start.workspaces == {}


def test_the_list_refreshes_when_the_store_saves(
    start: StartWindow, store: Store, qtbot: QtBot
) -> None:
    create_demo(store)
    qtbot.waitUntil(lambda: start.events_tree.topLevelItemCount() == 2)


@pytest.mark.parametrize("policy", [AttributionPolicy.CONSENT, AttributionPolicy.CHATHAM_HOUSE])
def test_consent_notice_follows_the_attribution_policy(
    policy: AttributionPolicy, start: StartWindow, demo_event: Event, store: Store,
    qtbot: QtBot,
) -> None:
    demo_event.attribution_policy = policy.value
    store.save(demo_event)
    qtbot.keyClick(start.events_tree, Qt.Key.Key_I,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    notice = start.windows[-1]
    text = notice.body.text()  # type: ignore[attr-defined]
    assert ("Chatham House" in text) == (policy == AttributionPolicy.CHATHAM_HOUSE)
    assert demo_event.title in text
    assert notice.body.font().pointSizeF() >= 1.8 * start.font().pointSizeF()  # type: ignore[attr-defined]


def test_a_rejected_file_shows_its_reason_and_changes_nothing(
    start: StartWindow, store: Store, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    bad = tmp_path / "results.zip"
    bad.write_bytes(b"not a zip at all")
    before = len(store.events())
    prompts.answer([bad])
    start.action_by_id["import"].trigger()
    (error,) = prompts.messages("error")
    assert "results.zip" in error and "\n" not in error
    assert len(store.events()) == before and start.workspaces == {}


def test_an_imported_kit_opens_its_table(
    demo_event: Event, store: Store, tmp_path: Path, prompts: ScriptedPrompts, qtbot: QtBot
) -> None:
    from roundtables.exchange import write_table_kit

    kit = write_table_kit(store, demo_event, store.find_table(demo_event, 3), tmp_path)
    with Store.open(tmp_path / "laptop.db") as laptop:
        window = StartWindow(laptop)
        qtbot.addWidget(window)
        prompts.answer([kit])
        window.import_files()
        assert prompts.messages("error") == []
        (workspace,) = window.workspaces.values()  # closed with the start window
        assert workspace.table.number == 3 and workspace.table_event.id == demo_event.id
        window.close()


def test_a_window_that_refuses_to_open_says_why_in_one_line(
    start: StartWindow, prompts: ScriptedPrompts
) -> None:
    from roundtables.ui.rapporteur.workspace import RapporteurWindow

    # Our own modules always ship (no import guards); what can fail is the data.
    assert start._open(RapporteurWindow, "Rapporteur", "no-such-event-id") is None
    (error,) = prompts.messages("error")
    assert "no-such-event-id" in error and "\n" not in error


def test_organiser_and_rapporteur_entries_open_their_windows(
    start: StartWindow, prompts: ScriptedPrompts, qtbot: QtBot
) -> None:
    pytest.importorskip("roundtables.ui.organiser.editor")
    pytest.importorskip("roundtables.ui.rapporteur.workspace")
    start.action_by_id["edit_event"].trigger()
    start.action_by_id["rapporteur"].trigger()
    assert prompts.messages("error") == []
    names = [type(w).__name__ for w in start.windows]
    assert names == ["EventEditor", "RapporteurWindow"]
    for window in start.windows:
        qtbot.addWidget(window)


def test_library_opens_a_note_in_its_table(
    start: StartWindow, demo_event: Event, store: Store
) -> None:
    table = store.find_table(demo_event, 2)
    note = store.notes(table.id)[4]
    start.open_note(table.id, note.id)
    workspace = start.workspaces[table.id]
    assert workspace.model.note_at(workspace.notes.current_source_row() or -1).id == note.id


def test_library_entry_opens_the_library_and_its_hits_open_notes(
    start: StartWindow, demo_event: Event, store: Store, prompts: ScriptedPrompts,
    qtbot: QtBot,
) -> None:
    pytest.importorskip("roundtables.ui.organiser.library")
    qtbot.keyClick(start.events_tree, Qt.Key.Key_F,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert prompts.messages("error") == []
    library = start.windows[-1]
    qtbot.addWidget(library)
    assert type(library).__name__ == "LibraryWindow" and library.isVisible()
    table = store.find_table(demo_event, 3)
    note = store.notes(table.id)[7]
    library.open_note_requested.emit(table.id, note.id)  # type: ignore[attr-defined]
    workspace = start.workspaces[table.id]
    assert workspace.model.note_at(workspace.notes.current_source_row() or -1).id == note.id


def test_an_action_point_hit_opens_its_panel(
    start: StartWindow, demo_event: Event, store: Store
) -> None:
    table = store.find_table(demo_event, 1)
    point = store.action_points(table.id)[0]
    start.open_record("action_point", table.id, point.id)
    workspace = start.workspaces[table.id]
    if "action_points" in workspace.panels:
        assert workspace.tabs.currentWidget() is workspace.panels["action_points"]
    else:
        assert workspace.tabs.currentIndex() == 0


def test_an_imported_kit_is_told_in_the_interface_language(
    demo_event: Event, store: Store, tmp_path: Path, prompts: ScriptedPrompts, qtbot: QtBot,
    qapp: QApplication,
) -> None:
    # The status line after an import is the hand-over page's wording (one function).
    from roundtables.exchange import write_table_kit
    from roundtables.ui.i18n import install_translator

    kit = write_table_kit(store, demo_event, store.find_table(demo_event, 3), tmp_path)
    translators = install_translator(qapp, "nl")
    try:
        with Store.open(tmp_path / "laptop.db") as laptop:
            window = StartWindow(laptop)
            qtbot.addWidget(window)
            prompts.answer([kit])
            window.import_files()
            shown = window.statusBar().currentMessage()
            window.close()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert kit.name in shown and "tafel 3" in shown
    assert "imported" not in shown and "unchanged" not in shown and "conflicts" not in shown
