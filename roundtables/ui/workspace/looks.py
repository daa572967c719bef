"""Reach and visibility shared by every window: a clear focus frame, a size that fits.

At 1366×768 and 150 % scaling a screen is 910×512 logical pixels: a window asking
for 1200×720 would open with its buttons off the screen.  :func:`fit_to_screen`
opens it at the wanted size only where that fits.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

#: a two-pixel frame in the highlight colour around whatever has the keyboard; the
#: same frame, transparent-grey, when it has not, so nothing moves when focus moves
FOCUS_FRAME = """
QPlainTextEdit, QTextEdit, QLineEdit, QAbstractItemView {
    border: 1px solid palette(mid); padding: 1px;
}
QPlainTextEdit:focus, QTextEdit:focus, QLineEdit:focus, QAbstractItemView:focus {
    border: 2px solid palette(highlight); padding: 0px;
}
QComboBox:focus, QPushButton:focus, QCheckBox:focus, QToolButton:focus {
    outline: 2px solid palette(highlight);
}
"""


def show_focus(window: QWidget) -> None:
    """Give every control of ``window`` the clear focus frame."""
    window.setStyleSheet(window.styleSheet() + FOCUS_FRAME)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Open at ``width``×``height``, or at what the screen has room for."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(width, height)
        return
    room = screen.availableGeometry()
    # a title bar and a window frame take some of the room too
    window.resize(min(width, room.width()), min(height, max(room.height() - 40, 200)))


def reflowing(content: QWidget) -> QScrollArea:
    """``content`` in a scroll area that shows bars only when the window is too small.

    At 200 % text on a 1366×768 screen a window needs more room than there is; its
    content then scrolls instead of falling off the edge out of the mouse's reach.
    """
    area = QScrollArea()
    area.setObjectName("reflowArea")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the controls inside take the keyboard
    area.setWidget(content)
    return area
