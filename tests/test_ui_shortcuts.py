"""Every declared shortcut of every window works in every language, and F1 lists them.

The windows and their keys come from roundtables/ui/keymap.py: a window declared
there is walked here (the test fails until it has a builder below), and a key
declared there is pressed here, with nothing to add to this file.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QMenuBar,
    QPushButton,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shortcut_walk import language, walk
from ui_workspace_support import FakeClock

from roundtables.domain import Event
from roundtables.storage import Store
from roundtables.ui import keymap
from roundtables.ui.actions import (
    Actions,
    ActionSpec,
    Keymap,
    clear_mnemonic_clashes,
    free_mnemonic,
    install_actions,
)
from roundtables.ui.i18n import install_translator
from roundtables.ui.organiser.editor import EventEditor
from roundtables.ui.organiser.library import LibraryWindow
from roundtables.ui.plenary.window import PlenaryWindow
from roundtables.ui.rapporteur.workspace import RapporteurWindow
from roundtables.ui.start_window import StartWindow
from roundtables.ui.workspace import TableWorkspace
from roundtables.ui.workspace.consent import ConsentNotice

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "grabbing the keyboard",
    "Ambiguous shortcut",
)

LANGUAGES = ("en", "nl", "fr")
NATIVE = QKeySequence.SequenceFormat.NativeText
#: a menu's or a button's Alt+letter, from its title: not a declared key, not in F1
MNEMONIC = re.compile(r"Alt\+\D$")

BUILDERS: dict[str, Callable[[Store, Event], QWidget]] = {
    "StartWindow": lambda store, event: StartWindow(store),
    "TableWorkspace": lambda store, event: TableWorkspace(
        store, store.find_table(event, 1).id, clock=FakeClock()),
    "RapporteurWindow": lambda store, event: RapporteurWindow(store, event.id),
    "PlenaryWindow": lambda store, event: PlenaryWindow(store, event.id),
    "LibraryWindow": lambda store, event: LibraryWindow(store),
    "EventEditor": lambda store, event: EventEditor(store, event.id),
    "ConsentNotice": lambda store, event: ConsentNotice(event),
}


def declared(window: QWidget) -> list[tuple[ActionSpec, Actions]]:
    """Every spec built in the window (its own and its panels'), with its actions."""
    owners = [window, *window.findChildren(QWidget)]
    found = [o.action_by_id for o in owners if isinstance(getattr(o, "action_by_id", None),
                                                          Actions)]
    return [(spec, actions) for actions in found for spec in actions.specs]


def test_every_declared_window_has_a_builder() -> None:
    assert set(BUILDERS) == set(keymap.WINDOWS)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", sorted(keymap.WINDOWS))
def test_every_declared_key_works_and_f1_lists_exactly_those(
    kind: str, lang: str, demo_event: Event, store: Store, qtbot: QtBot
) -> None:
    with language(lang):
        window = BUILDERS[kind](store, demo_event)
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        assert type(window).__name__ == kind
        specs = declared(window)
        live = {k.toString(NATIVE) for spec, actions in specs if actions[spec.id].isEnabled()
                for k in actions[spec.id].shortcuts()}
        off = {k.toString(NATIVE) for spec, actions in specs
               if not actions[spec.id].isEnabled() for k in spec.key_sequences()}
        # a page's button keys are pressed when the walk can see the button
        off |= {b.shortcut().toString(NATIVE) for b in window.findChildren(QAbstractButton)}
        every = {k.toString(NATIVE) for spec, _ in specs for k in spec.key_sequences()}
        rows = window.help.rows()  # type: ignore[attr-defined]
        listed = {k.strip() for _, keys in rows for k in keys.split(",")}
        if isinstance(window, TableWorkspace):
            window.agenda.ticker.stop()
        worked, dead = walk(window)
    assert all(title and "&" not in title for title, _ in rows)
    assert specs and live
    assert dead == []
    assert live <= worked, "a declared key did nothing"
    assert listed - off <= worked, "F1 lists a key that does nothing"
    assert worked - listed <= {k for k in worked if MNEMONIC.fullmatch(k)}, (
        "a key works that F1 does not list")
    assert every <= listed, "F1 misses a declared key"


@pytest.mark.parametrize("kind", sorted(keymap.WINDOWS))
def test_f1_opens_the_list_and_esc_closes_it(
    kind: str, demo_event: Event, store: Store, qtbot: QtBot
) -> None:
    window = BUILDERS[kind](store, demo_event)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)
    help_overlay = window.help  # type: ignore[attr-defined]
    qtbot.waitUntil(help_overlay.isVisible)
    assert ("Keyboard shortcuts", "F1") in help_overlay.rows()
    help_overlay.table.setFocus()
    qtbot.keyClick(help_overlay.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not help_overlay.isVisible())
    if isinstance(window, TableWorkspace):
        window.agenda.ticker.stop()


def test_no_two_window_wide_actions_share_a_key() -> None:
    # two actions on one key that can both fire are ambiguous: Qt then fires neither
    workspace = keymap.workspace_keymap([("a", "A", "Alt+A", 1)], ["Idea", "Barrier"])
    for declared_map in [*(m for m in keymap.WINDOWS.values() if m), workspace]:
        keys = [k for spec in declared_map.specs if not spec.widget for k in spec.shortcuts]
        assert len(keys) == len(set(keys)), declared_map.context


class Owner(QWidget):
    """A window with handlers for the builder test."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[object, ...]] = []
        self.child = QWidget(self)

    def do(self, *args: object) -> None:
        self.calls.append(args)

    def refuse(self) -> None:
        raise ValueError("refused")


def test_one_function_builds_menus_toolbar_keys_and_read_only_from_the_declaration(
    qtbot: QtBot,
) -> None:
    owner = Owner()
    qtbot.addWidget(owner)
    bar, toolbar = QMenuBar(owner), QToolBar(owner)
    declared_map = Keymap("Test", (
        ActionSpec("a", "&Alpha", ("Ctrl+1",), "do", (1, "x"), menu="&One"),
        ActionSpec("b", "Beta {n}", ("Ctrl+2", "F9"), "do", menu="&One", separator=True,
                   edits=True, params=(("n", "7"),)),
        ActionSpec("c", "Gamma", (), "do", menu="&Two", read_only_only=True),
        ActionSpec("d", "Delta", ("Del",), "do", widget="child", focus_only=True),
        ActionSpec("e", "Refused", ("Ctrl+3",), "refuse", refusable=True),
    ), toolbar=("c", "a"))
    refused: list[str] = []

    def guard(call: Callable[[], object]) -> Callable[[], None]:
        def guarded() -> None:
            try:
                call()
            except ValueError as exc:
                refused.append(str(exc))
        return guarded

    actions = install_actions(owner, declared_map, menu_bar=bar, toolbar=toolbar, guard=guard)
    assert list(actions) == ["a", "b", "c", "d", "e"]
    assert [m.text() for m in bar.actions()] == ["&One", "&Two"]
    one = bar.actions()[0].menu()
    assert [a.text() for a in one.actions()] == ["&Alpha", "", "Beta 7"]  # "" the separator
    assert toolbar.actions() == [actions["c"], actions["a"]]
    assert actions["b"].statusTip() == "Beta 7"
    assert [k.toString() for k in actions["b"].shortcuts()] == ["Ctrl+2", "F9"]
    assert actions["d"] in owner.child.actions() and actions["d"] not in owner.actions()
    actions["a"].trigger()
    actions["b"].trigger()
    actions["e"].trigger()
    assert owner.calls == [(1, "x"), ()]
    assert refused == ["refused"]
    actions.set_read_only(True)
    assert not actions["b"].isEnabled() and actions["c"].isEnabled() and actions["a"].isEnabled()
    actions.set_read_only(False)
    assert actions["b"].isEnabled() and not actions["c"].isEnabled()
    assert [a.text() for a in actions.shortcut_actions()] == [
        "&Alpha", "Beta 7", "Delta", "Refused"]


def test_a_misspelt_handler_fails_when_the_window_is_built(qtbot: QtBot) -> None:
    owner = Owner()
    qtbot.addWidget(owner)
    with pytest.raises(AttributeError):
        install_actions(owner, Keymap("Test", (ActionSpec("x", "X", (), "no_such_method"),)))


def test_titles_and_menus_are_translated_in_the_window_context(
    qtbot: QtBot, store: Store, demo_event: Event
) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    installed = install_translator(app, "nl")
    try:
        window = LibraryWindow(store)
        qtbot.addWidget(window)
        menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
        assert menus[-1] == "Help" and "Bibliotheek" in menus[0]
        assert ("Sneltoetsen", "F1") in window.help.rows()
    finally:
        for translator in installed:
            app.removeTranslator(translator)


def test_a_menu_title_gives_up_a_letter_a_shortcut_uses() -> None:
    assert free_mnemonic("&Affichage", {"a"}) == "A&ffichage"
    assert free_mnemonic("&Edit", {"a"}) == "&Edit"
    assert free_mnemonic("&Ab", {"a", "b"}) == "Ab"
    assert free_mnemonic("R&&D &tools", {"t"}) == "&R&&D tools"


def test_every_declared_keymap_is_built_in_some_window(
    demo_event: Event, store: Store, qtbot: QtBot
) -> None:
    """A panel's or page's keymap declared but never installed would never be walked."""
    built: set[tuple[str, tuple[str, ...]]] = set()
    for build in BUILDERS.values():
        window = build(store, demo_event)
        qtbot.addWidget(window)
        owners = [window, *window.findChildren(QWidget)]
        for owner in owners:
            actions = getattr(owner, "action_by_id", None)
            if isinstance(actions, Actions):
                built.add((type(owner).__name__, tuple(s.id for s in actions.specs)))
        if isinstance(window, TableWorkspace):
            window.agenda.ticker.stop()
    declared_maps = [v for v in vars(keymap).values() if isinstance(v, Keymap)]
    assert len(declared_maps) >= 10
    built_ids = {ids for _, ids in built}
    missing = [m.context for m in declared_maps if tuple(s.id for s in m.specs) not in built_ids]
    assert missing == []


def test_a_button_keeps_its_own_key_when_its_title_gives_up_a_letter(qtbot: QtBot) -> None:
    # the French rapporteur lost Ctrl+U this way: a new title resets a button's key
    window = QWidget()
    qtbot.addWidget(window)
    button = QPushButton("&Unstar", window)
    button.setShortcut(QKeySequence("Ctrl+U"))
    install_actions(window, Keymap("Test", (ActionSpec("u", "U", ("Alt+U",), "show"),)))
    clear_mnemonic_clashes(window)
    assert button.text() == "U&nstar"  # Alt+U belongs to the declared action
    assert button.shortcut().toString() == "Ctrl+U"
