"""Press every shortcut of a window and see which ones reach their action.

Each action's own slots are disconnected first (only a counter listens), so the walk
tests the keyboard dispatch (ambiguous keys, clashing menu mnemonics, shortcut
contexts) without running a hundred commands.  The window is spent afterwards.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu, QTabWidget, QWidget

from roundtables.ui.i18n import install_translator


@contextmanager
def language(lang: str) -> Iterator[None]:
    """The interface in ``lang`` for the windows built inside the block."""
    app = QCoreApplication.instance()
    assert app is not None
    installed = install_translator(app, lang)
    assert lang == "en" or installed, f"no translation installed for {lang}"
    try:
        yield
    finally:
        for translator in installed:
            app.removeTranslator(translator)


def _bring_into_view(widget: QWidget) -> None:
    """Switch any tab page holding ``widget`` to the front."""
    child: QWidget | None = widget
    while child is not None:
        parent = child.parentWidget()
        if parent is not None and isinstance(parent.parentWidget(), QTabWidget):
            tabs = parent.parentWidget()
            assert isinstance(tabs, QTabWidget)
            index = tabs.indexOf(child)
            if index >= 0:
                tabs.setCurrentIndex(index)
        child = parent


def _target(window: QWidget, action: QAction) -> QWidget:
    if action.shortcutContext() in (Qt.ShortcutContext.WindowShortcut,
                                    Qt.ShortcutContext.ApplicationShortcut):
        return window
    for owner in action.associatedObjects():
        if isinstance(owner, QWidget) and not isinstance(owner, QMenu):
            return owner
    return window


def _press(window: QWidget, target: QWidget, sequence: QKeySequence) -> None:
    _bring_into_view(target)
    window.activateWindow()
    if target is not window and target.focusPolicy() != Qt.FocusPolicy.NoFocus:
        target.setFocus()
    focus = QApplication.focusWidget() or target
    combo = sequence[0]
    QTest.keyClick(focus, combo.key(), combo.keyboardModifiers())


def walk(window: QWidget) -> tuple[set[str], list[str]]:
    """Press each enabled shortcut; (keys that worked, "title: keys" that did not)."""
    worked: set[str] = set()
    dead: list[str] = []
    native = QKeySequence.SequenceFormat.NativeText
    for action in window.findChildren(QAction):
        if not action.isEnabled() or not action.shortcuts():
            continue
        for sequence in action.shortcuts():
            hits: list[bool] = []
            _disconnect(action.triggered)
            action.triggered.connect(lambda *_, h=hits: h.append(True))
            _press(window, _target(window, action), sequence)
            key = sequence.toString(native)
            if hits:
                worked.add(key)
            else:
                dead.append(f"{action.text()}: {key}")
    for button in window.findChildren(QAbstractButton):
        sequence = button.shortcut()
        if sequence.isEmpty() or not button.isEnabled():
            continue
        _bring_into_view(button)
        if not button.isVisible():
            continue  # in a page or dialog that is not open: its keys are not live
        hits = []
        _disconnect(button.clicked)
        button.clicked.connect(lambda *_, h=hits: h.append(True))
        _press(window, window, sequence)
        # a button's shortcut "animates" the click: pressed now, clicked a moment later
        pressed = bool(hits) or button.isDown()
        button.setDown(False)
        key = sequence.toString(native)
        (worked.add(key) if pressed else dead.append(f"{button.text()}: {key}"))
    return worked, dead


def _disconnect(signal: Any) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with suppress(RuntimeError, TypeError):
            signal.disconnect()
