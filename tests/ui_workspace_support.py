"""Helpers for the workspace and start-window tests: a fake clock, opening a table."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from roundtables.domain import Event
from roundtables.storage import Store
from roundtables.ui.workspace import TableWorkspace


class FakeClock:
    """A clock the test moves by hand: no test waits for real time."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 12, 13, 30, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


def open_workspace(
    qtbot: QtBot, store: Store, event: Event, number: int = 1, clock: FakeClock | None = None
) -> TableWorkspace:
    """The real workspace window of a table, shown and holding the keyboard focus."""
    table = store.find_table(event, number)
    workspace = TableWorkspace(store, table.id, clock=clock or FakeClock())
    qtbot.addWidget(workspace)
    with qtbot.waitExposed(workspace):
        workspace.show()
    workspace.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is workspace.capture.field)
    return workspace
