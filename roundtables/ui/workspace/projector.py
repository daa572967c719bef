"""Projector mode (F5): theme, current guiding question and countdown in large type."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from roundtables.ui.workspace.agenda import PHASE_STYLES, Phase


class ProjectorWindow(QWidget):
    """A second window for the room; full screen on the second screen when there is one."""

    def __init__(self, parent: QWidget | None = None, *, keyboard: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        #: where typed text goes while this window is in front (the note field)
        self.keyboard = keyboard
        self.setWindowTitle(self.tr("Roundtables: projector"))
        self.setAccessibleName(self.tr("Projector view"))
        self.setStyleSheet("ProjectorWindow { background: #101418; } QLabel { color: #f4f4f4; }")
        self.theme = QLabel()
        self.question = QLabel()
        self.countdown = QLabel()
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # "2 min left", "Over time": what the colour says, in words for the room
        self.phase_words = QLabel()
        self.phase_words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase_words.hide()
        for label, scale, bold in (
            (self.theme, 2.0, False), (self.question, 2.8, True), (self.countdown, 7.0, True),
            (self.phase_words, 2.8, True),
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
        layout.addWidget(self.phase_words)
        self.resize(1024, 640)

    def show_on_room_screen(self) -> None:
        """Full screen on the second screen if there is one, else a window of its own
        in front of the workspace (one laptop, or a mirrored beamer)."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            # the room has its own screen: the facilitator keeps the laptop's window
            self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
            self.setScreen(screens[1])
            self.move(screens[1].geometry().topLeft())
            self.showFullScreen()
            return
        # one screen (or a mirrored beamer): in front, where the room can see it;
        # typing goes on into the note field behind it (keyPressEvent forwards it)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, False)
        self.show()
        self.raise_()
        self.activateWindow()

    @property
    def on_own_screen(self) -> bool:
        return len(QGuiApplication.screens()) > 1

    def toggle_full_screen(self) -> None:
        """F11 (here) or Shift+F5 (in the workspace): fill the screen, or not."""
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.raise_()

    def set_theme(self, text: str) -> None:
        self.theme.setText(text)

    def set_question(self, text: str) -> None:
        self.question.setText(text)

    def set_countdown(self, text: str, phase: Phase, words: str = "") -> None:
        self.countdown.setText(text)
        if self.phase_words.text() != words:
            self.phase_words.setText(words)
            self.phase_words.setVisible(bool(words))
        style = PHASE_STYLES[phase] or "color: #f4f4f4;"
        if self.countdown.styleSheet() != style:
            self.countdown.setStyleSheet(style)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.close()
            return
        if event.key() == Qt.Key.Key_F11:
            self.toggle_full_screen()
            return
        if self.keyboard is not None:
            # not a shortcut (those are the workspace's, shared with this window):
            # the facilitator's typing, for the note field
            QApplication.sendEvent(self.keyboard, event)
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.hide()
        event.accept()
        owner = self.parentWidget()
        if owner is not None and self.keyboard is not None and not self.on_own_screen:
            owner.activateWindow()  # the keyboard comes home
            self.keyboard.setFocus()
