"""The app follows the system: its font size and a high-contrast palette reach every
control, and no type is fixed in pixels (EN 301 549 11.7 user preferences, 11.1.4.4
resize text)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPlainTextEdit, QScrollArea
from pytestqt.qtbot import QtBot
from ui_workspace_support import open_workspace

from roundtables.domain import Event
from roundtables.storage import Store

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
ROOT = Path(__file__).resolve().parent.parent
FIXED_TYPE = re.compile(r"setPixelSize\(|font-size:\s*\d+(\.\d+)?px|setPointSize(F)?\(\d")
#: the only fixed sizes, and why they are not the interface's type
ALLOWED = {
    "roundtables/ui/plenary/render.py": "type fitted to the projected page it is drawn on",
    "roundtables/ui/panels/participants.py": "the letter inside a badge icon, an image",
}


def test_no_type_is_fixed_in_pixels() -> None:
    offenders = []
    for path in sorted((ROOT / "roundtables" / "ui").rglob("*.py")):
        name = str(path.relative_to(ROOT))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if FIXED_TYPE.search(line) and name not in ALLOWED:
                offenders.append(f"{name}:{number}: {line.strip()}")
    assert not offenders, "type that ignores the system's font size:\n" + "\n".join(offenders)


@pytest.fixture
def system_font(qapp: QApplication) -> Iterator[QFont]:
    before = QApplication.font()
    large = QFont(before)
    large.setPointSizeF(20)
    QApplication.setFont(large)
    yield large
    QApplication.setFont(before)


def test_the_workspace_follows_the_system_font_size(
    system_font: QFont, store: Store, demo_event: Event, qtbot: QtBot
) -> None:
    ws = open_workspace(qtbot, store, demo_event)
    field = ws.capture.field
    assert field.font().pointSizeF() == pytest.approx(20)
    assert field.height() >= 3 * field.fontMetrics().lineSpacing()  # three lines still fit
    assert ws.agenda.countdown.font().pointSizeF() >= 3 * 20  # the countdown grows with it
    for view in ws.findChildren(QAbstractItemView):
        assert view.font().pointSizeF() >= 20, view.accessibleName()


@pytest.fixture
def high_contrast(qapp: QApplication) -> Iterator[QPalette]:
    before = QApplication.palette()
    palette = QPalette(QColor("black"))
    for role, colour in ((QPalette.ColorRole.Window, "black"), (QPalette.ColorRole.Base, "black"),
                         (QPalette.ColorRole.WindowText, "white"),
                         (QPalette.ColorRole.Text, "white"),
                         (QPalette.ColorRole.ButtonText, "white"),
                         (QPalette.ColorRole.Highlight, "yellow"),
                         (QPalette.ColorRole.HighlightedText, "black")):
        palette.setColor(role, QColor(colour))
    QApplication.setPalette(palette)
    yield palette
    QApplication.setPalette(before)


def test_the_workspace_follows_a_high_contrast_palette(
    high_contrast: QPalette, store: Store, demo_event: Event, qtbot: QtBot
) -> None:
    ws = open_workspace(qtbot, store, demo_event)
    for editor in ws.findChildren(QPlainTextEdit):
        palette = editor.palette()
        assert palette.color(QPalette.ColorRole.Base) == QColor("black"), editor.accessibleName()
        assert palette.color(QPalette.ColorRole.Text) == QColor("white"), editor.accessibleName()
    # what the capture box shows, drawn: white type on black, as the system asks
    image = ws.capture.field.grab().toImage()
    corner = image.pixelColor(image.width() - 8, image.height() - 8)
    assert corner.lightness() < 40, corner.name()


def test_at_200_percent_on_a_small_screen_the_workspace_scrolls_instead_of_cutting_off(
    store: Store, demo_event: Event, qtbot: QtBot
) -> None:
    """1366×768 at 200 % leaves 683×384 logical pixels: every control stays reachable."""
    ws = open_workspace(qtbot, store, demo_event)
    ws.resize(683, 384)
    qtbot.waitUntil(lambda: ws.width() <= 683)
    assert ws.width() <= 683 and ws.height() <= 384, ws.size()
    area = ws.findChild(QScrollArea, "reflowArea")
    assert area is not None
    viewport = area.viewport()
    for control in (ws.capture.save_button, ws.agenda.next_button):
        area.ensureWidgetVisible(control)
        corner = control.mapTo(viewport, control.rect().bottomRight())
        assert viewport.rect().contains(corner), control.text()
