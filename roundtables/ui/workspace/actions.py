"""Actions declared as data in one place: id, title, shortcuts, callback.

A window lists its actions as :class:`ActionSpec` values; :func:`install_actions`
turns them into QActions (in menus, with shortcuts), and the help overlay (F1)
is generated from the same list, so the list of shortcuts can never go stale.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget


@dataclass(frozen=True)
class ActionSpec:
    """One thing a person can do, with the keys that do it."""

    id: str
    title: str
    shortcuts: tuple[str, ...]
    callback: Callable[[], object]
    menu: str = ""  # title of the menu it appears in; "" for none
    #: where the shortcut listens; None means the whole window
    widget: QWidget | None = None
    edits: bool = False  # disabled when the event is read-only

    def keys_text(self) -> str:
        """The shortcuts as a person reads them ("Ctrl+Return, Ctrl+Enter")."""
        native = QKeySequence.SequenceFormat.NativeText
        return ", ".join(QKeySequence(k).toString(native) for k in self.shortcuts)


def install_actions(
    window: QWidget, specs: Sequence[ActionSpec], menu_bar: QMenuBar | None = None
) -> dict[str, QAction]:
    """Create a QAction per spec, add it to its menu and to the widget it listens on."""
    actions: dict[str, QAction] = {}
    menus: dict[str, QMenu] = {}
    for spec in specs:
        action = QAction(spec.title, window)
        action.setObjectName(spec.id)
        action.setShortcuts([QKeySequence(k) for k in spec.shortcuts])
        callback = spec.callback
        action.triggered.connect(lambda _checked=False, cb=callback: cb())
        target = spec.widget or window
        if spec.widget is not None:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        else:
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        target.addAction(action)
        if spec.menu and menu_bar is not None:
            if spec.menu not in menus:
                menus[spec.menu] = menu_bar.addMenu(spec.menu)
            menus[spec.menu].addAction(action)
        actions[spec.id] = action
    return actions
