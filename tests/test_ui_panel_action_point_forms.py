"""Action points accept what people type: local dates, inline reasons, owner completion."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget, QLineEdit
from pytestqt.qtbot import QtBot
from ui_session_support import session_for

from roundtables.domain import ActionPoint, Event, RoundTable
from roundtables.storage import Store
from roundtables.ui.panels.action_points import DEADLINE, OWNER, ActionPointsPanel

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "grabbing the keyboard", "does not support raise"
)


@pytest.fixture
def table(store: Store, demo_event: Event) -> RoundTable:
    return store.find_table(demo_event, 1)


@pytest.fixture
def panel(qtbot: QtBot, store: Store, table: RoundTable) -> ActionPointsPanel:
    widget = ActionPointsPanel(session_for(store, table), table)
    qtbot.addWidget(widget)
    widget.resize(1300, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def open_editor(qtbot: QtBot, panel: ActionPointsPanel, column: int) -> QLineEdit:
    panel.view.setFocus()
    panel.select_row(0, column)
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.clear()
    return editor


def first(store: Store, table: RoundTable) -> ActionPoint:
    return store.action_points(table.id)[0]


@pytest.mark.parametrize("typed", ["31/03/2027", "31-3-2027", "2027-03-31"])
def test_a_deadline_in_the_local_forms(
    qtbot: QtBot, panel: ActionPointsPanel, store: Store, table: RoundTable, typed: str
) -> None:
    editor = open_editor(qtbot, panel, DEADLINE)
    qtbot.keyClicks(editor, typed)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: first(store, table).deadline == "2027-03-31")


def test_an_impossible_date_keeps_the_text_and_says_why_inline(
    qtbot: QtBot, panel: ActionPointsPanel, store: Store, table: RoundTable, prompts: object
) -> None:
    before = first(store, table).deadline
    editor = open_editor(qtbot, panel, DEADLINE)
    qtbot.keyClicks(editor, "31/02/2027")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.isVisible() and editor.hasFocus()
    assert editor.text() == "31/02/2027"
    assert "31/02/2027" in panel.notice.text() and panel.notice.isVisible()
    assert prompts.messages("error") == []  # type: ignore[attr-defined]
    assert first(store, table).deadline == before
    editor.selectAll()
    qtbot.keyClicks(editor, "28/02/2027")  # fixed in place
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: first(store, table).deadline == "2027-02-28")
    assert not panel.notice.isVisible()


def test_f4_opens_a_calendar_that_fills_the_date(
    qtbot: QtBot, panel: ActionPointsPanel, store: Store, table: RoundTable
) -> None:
    editor = open_editor(qtbot, panel, DEADLINE)
    qtbot.keyClicks(editor, "1/6/2027")
    qtbot.keyClick(editor, Qt.Key.Key_F4)
    calendar = editor.findChild(QCalendarWidget)
    assert calendar is not None
    qtbot.waitUntil(calendar.isVisible)
    assert calendar.selectedDate().toString("yyyy-MM-dd") == "2027-06-01"
    grid = QApplication.focusWidget()
    assert grid is not None and calendar.isAncestorOf(grid)  # the keys go to the month
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor)
    assert editor.text() == "2027-06-02"


def test_the_owner_is_completed_from_the_participants_and_fills_the_institution(
    qtbot: QtBot, panel: ActionPointsPanel, store: Store, table: RoundTable
) -> None:
    person = next(p for p in store.table_participants(table.id) if p.organisation)
    point = first(store, table)
    store.save(ActionPoint(**{**point.__dict__, "institution": ""}))
    editor = open_editor(qtbot, panel, OWNER)
    typed = person.name.split()[0].lower()
    qtbot.keyClicks(editor, typed)
    completer = editor.completer()
    assert completer is not None and completer.completionCount() >= 1
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: first(store, table).owner == person.name)
    assert first(store, table).institution == person.organisation
