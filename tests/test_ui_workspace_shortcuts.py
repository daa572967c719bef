"""Every shortcut works in every language, and F1 lists exactly those."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot
from shortcut_walk import language, walk
from ui_workspace_support import FakeClock

from roundtables.domain import Event
from roundtables.storage import Store
from roundtables.ui.organiser.editor import EventEditor
from roundtables.ui.rapporteur.workspace import RapporteurWindow
from roundtables.ui.start_window import StartWindow
from roundtables.ui.workspace import TableWorkspace

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "grabbing the keyboard",
    "Ambiguous shortcut",
)

LANGUAGES = ("en", "nl", "fr")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_workspace_shortcut_works_and_help_lists_exactly_those(
    lang: str, demo_event: Event, store: Store, qtbot: QtBot
) -> None:
    with language(lang):
        table = store.find_table(demo_event, 1)
        ws = TableWorkspace(store, table.id, clock=FakeClock())
        qtbot.addWidget(ws)
        with qtbot.waitExposed(ws):
            ws.show()
        listed = {keys for _, keys in ws.help.rows()}
        listed = {k.strip() for keys in listed for k in keys.split(",")}
        ws.agenda.ticker.stop()
        worked, dead = walk(ws)
    assert dead == []
    assert listed == worked


def _other_window(kind: str, store: Store, event: Event) -> QMainWindow:
    if kind == "start":
        return StartWindow(store)
    if kind == "organiser":
        return EventEditor(store, event.id)
    return RapporteurWindow(store, event.id)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", ["start", "organiser", "rapporteur"])
def test_every_shortcut_of_the_other_windows_works(
    kind: str, lang: str, demo_event: Event, store: Store, qtbot: QtBot
) -> None:
    with language(lang):
        window = _other_window(kind, store, demo_event)
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        worked, dead = walk(window)
    assert worked
    assert dead == []


def test_a_menu_title_gives_up_a_letter_a_shortcut_uses() -> None:
    from roundtables.ui.workspace.actions import free_mnemonic

    assert free_mnemonic("&Affichage", {"a"}) == "A&ffichage"
    assert free_mnemonic("&Edit", {"a"}) == "&Edit"
    assert free_mnemonic("&Ab", {"a", "b"}) == "Ab"
    assert free_mnemonic("R&&D &tools", {"t"}) == "&R&&D tools"
