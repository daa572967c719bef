"""Visible focus and reach: a focus frame, full segment names, windows that fit the screen."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from pytestqt.qtbot import QtBot
from ui_workspace_support import open_workspace

from roundtables.domain import AgendaSegment, Event
from roundtables.storage import Store
from roundtables.ui.organiser.editor import EventEditor
from roundtables.ui.rapporteur.workspace import RapporteurWindow
from roundtables.ui.start_window import StartWindow
from roundtables.ui.workspace import TableWorkspace

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "grabbing the keyboard"
)


def edge_pixels(widget: QWidget) -> list[int]:
    """The colours along the widget's outer edge (where a focus frame is drawn)."""
    image: QImage = widget.grab().toImage()
    w, h = image.width(), image.height()
    points = [(x, 0) for x in range(0, w, 3)] + [(0, y) for y in range(0, h, 3)]
    points += [(x, h - 1) for x in range(0, w, 3)] + [(w - 1, y) for y in range(0, h, 3)]
    return [image.pixel(x, y) for x, y in points]


def test_the_note_field_and_the_list_show_a_clear_focus_frame(
    demo_event: Event, store: Store, qtbot: QtBot
) -> None:
    ws = open_workspace(qtbot, store, demo_event, 1)
    for widget, other in ((ws.capture.field, ws.notes.view), (ws.notes.view, ws.capture.field),
                          (ws.notes.text_filter, ws.capture.field)):
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        focused = edge_pixels(widget)
        other.setFocus()
        qtbot.waitUntil(lambda w=widget: not w.hasFocus())  # type: ignore[misc]
        unfocused = edge_pixels(widget)
        changed = sum(a != b for a, b in zip(focused, unfocused, strict=True))
        assert changed > len(focused) * 0.8, f"{widget.accessibleName()}: no visible focus frame"


def test_long_segment_names_wrap_in_full(demo_event: Event, store: Store, qtbot: QtBot) -> None:
    table = store.find_table(demo_event, 1)
    segment = store.segments(table.id)[1]
    long_title = "Keynote and questions from the floor about life-cycle costing in tenders"
    store.save(AgendaSegment(**{**segment.__dict__, "title": long_title}))
    ws = open_workspace(qtbot, store, demo_event, 1)
    agenda = ws.agenda.list
    assert agenda.wordWrap()
    item = agenda.topLevelItem(1)
    assert item is not None and item.text(0) == long_title and item.toolTip(0) == long_title
    first = agenda.topLevelItem(0)
    assert first is not None
    assert agenda.fontMetrics().horizontalAdvance(long_title) > agenda.columnWidth(0)
    # wrapped onto more lines, not cut off
    qtbot.waitUntil(lambda: agenda.visualItemRect(item).height()
                    > agenda.visualItemRect(first).height())


@pytest.mark.parametrize("kind", ["start", "organiser", "rapporteur", "workspace"])
def test_every_window_fits_the_screen_it_opens_on(
    kind: str, demo_event: Event, store: Store, qtbot: QtBot
) -> None:
    window: QMainWindow
    if kind == "start":
        window = StartWindow(store)
    elif kind == "organiser":
        window = EventEditor(store, demo_event.id)
    elif kind == "rapporteur":
        window = RapporteurWindow(store, demo_event.id)
    else:
        window = TableWorkspace(store, store.find_table(demo_event, 1).id)
    qtbot.addWidget(window)
    window.show()
    screen = QApplication.primaryScreen().availableGeometry()
    hint = window.minimumSizeHint()
    assert window.width() <= max(screen.width(), hint.width())
    assert window.height() <= max(screen.height(), hint.height())
    # 1366×768 at 150 %: 910×512 logical pixels, less a title bar and a panel
    assert hint.width() <= 910 and hint.height() <= 470, (kind, hint)
