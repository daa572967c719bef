"""Projector mode (F5): theme, current guiding question and countdown in large type."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from roundtables.ui.workspace.agenda import PHASE_STYLES, Phase


class ProjectorWindow(QWidget):
    """A second window for the room; full screen on the second screen when there is one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Roundtables: projector"))
        self.setAccessibleName(self.tr("Projector view"))
        # the facilitator keeps typing on the laptop while the room watches this
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setStyleSheet("ProjectorWindow { background: #101418; } QLabel { color: #f4f4f4; }")
        self.theme = QLabel()
        self.question = QLabel()
        self.countdown = QLabel()
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for label, scale, bold in (
            (self.theme, 2.0, False), (self.question, 2.8, True), (self.countdown, 7.0, True)
        ):
            label.setWordWrap(label is not self.countdown)
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * scale)
            font.setBold(bold)
            label.setFont(font)
        self.theme.setAccessibleName(self.tr("Theme"))
        self.question.setAccessibleName(self.tr("Current guiding question"))
        self.countdown.setAccessibleName(self.tr("Time left"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.setSpacing(30)
        layout.addWidget(self.theme)
        layout.addWidget(self.question, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.countdown)
        self.resize(1024, 640)

    def show_on_room_screen(self) -> None:
        """Full screen on the second screen if there is one, else a normal window."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            self.setScreen(screens[1])
            self.move(screens[1].geometry().topLeft())
            self.showFullScreen()
        else:
            self.show()

    def set_theme(self, text: str) -> None:
        self.theme.setText(text)

    def set_question(self, text: str) -> None:
        self.question.setText(text)

    def set_countdown(self, text: str, phase: Phase) -> None:
        self.countdown.setText(text)
        style = PHASE_STYLES[phase] or "color: #f4f4f4;"
        if self.countdown.styleSheet() != style:
            self.countdown.setStyleSheet(style)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.hide()
        event.accept()
