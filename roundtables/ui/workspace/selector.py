"""A drop-down that never takes typed text meant for a note."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox


class SelectorCombo(QComboBox):
    """A combo box chosen with arrows, F4 or Alt+Down, never by typing letters.

    A plain QComboBox jumps to the item starting with a typed letter: a facilitator
    whose keyboard landed on it would silently switch the guiding question with the
    first word of a note.  Typed text is swallowed here instead.
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        text = event.text()
        if text and text.isprintable() and not text.isspace() and not mods:
            event.accept()
            return
        super().keyPressEvent(event)
