"""The consent notice: how the words said at the table will be used.

Shown before the discussion starts, large enough to read from the back of the
room (or on the projector), from the event's attribution policy.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from roundtables.domain import Event
from roundtables.ui.actions import install_actions
from roundtables.ui.help_overlay import HelpOverlay
from roundtables.ui.keymap import CONSENT_NOTICE


class ConsentNotice(QWidget):
    """A window in large type telling participants how their words will be used."""

    def __init__(self, event: Event, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.round_event = event
        self.setWindowTitle(self.tr("How your words will be used"))
        self.setAccessibleName(self.tr("Consent notice"))
        self.heading = QLabel(self.tr("How your words will be used"))
        self.body = QLabel(self.notice_text())
        self.body.setWordWrap(True)
        self.body.setAccessibleName(self.tr("Consent notice text"))
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        for label, scale in ((self.heading, 2.8), (self.body, 2.2)):
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * scale)
            font.setBold(label is self.heading)
            label.setFont(font)
        self.close_button = QPushButton(self.tr("Close (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close the consent notice"))
        self.close_button.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.setSpacing(24)
        layout.addWidget(self.heading)
        layout.addWidget(self.body, 1, Qt.AlignmentFlag.AlignTop)
        keys = QLabel(self.tr("F11: full screen"))
        bottom = QHBoxLayout()
        bottom.addWidget(keys)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        self.resize(1000, 640)
        self.help = HelpOverlay(self)
        self.action_by_id = install_actions(self, CONSENT_NOTICE)
        self.help.set_actions(self.action_by_id.shortcut_actions())

    def notice_text(self) -> str:
        """The notice for this event's attribution policy, in plain words."""
        title = self.round_event.title
        if self.round_event.under_chatham_house:
            text = self.tr(
                "This round table follows the Chatham House Rule. What you say will be "
                "written down and used in the report of “{event}”, but nothing will be "
                "attributed to anyone: not by name and not by organisation."
            )
        else:
            text = self.tr(
                "What you say will be written down and used in the report of “{event}”. "
                "Each of you chose at registration how you may be quoted: by name, by your "
                "organisation only, or anonymously. The report follows your choice. "
                "Tell the facilitator now if you want to change it."
            )
        closing = self.tr("You may ask at any time for a statement to be left out.")
        return text.format(event=title) + "\n\n" + closing

    def toggle_full_screen(self) -> None:
        """Fill the screen (F11), on the second screen when there is one."""
        if self.isFullScreen():
            self.showNormal()
            return
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            self.setScreen(screens[1])
            self.move(screens[1].geometry().topLeft())
        self.showFullScreen()

    def leave(self) -> None:
        """Esc: close the key list if it is open, else the notice, giving the keyboard
        back to the window that opened it (a bare X server has no one else to)."""
        if self.help.isVisible():
            self.help.hide()
            return
        self.close()
        opener = self.parentWidget()
        if opener is not None and opener.isVisible():
            opener.activateWindow()
